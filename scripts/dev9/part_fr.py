from common import *  # part fr: written blind

# ---------------------------------------------------------------- demandes

add("fr-01-acces-court", "Solène Duchâteau <solene.duchateau@courriel.example>",
    "Demande d'accès à mes données",
    """Bonjour,

Je souhaite obtenir une copie de l'ensemble des données personnelles que vous détenez sur moi (carte Acme Plus et contrat d'assurance habitation).

Cordialement,
Solène Duchâteau
""",
    R(["Access"], "solene.duchateau@courriel.example", "Solène", "Duchâteau"))

add("fr-02-supprimer-fautes", "kevin.lebouc59@messagerie.example",
    "supression compte",
    """bonjour je veux que vous supprimez mon compte carte fidelite et tout mes infos jai pas utiliser la carte depuis 2 ans merci
kevin lebouc
""",
    R(["Erasure"], "kevin.lebouc59@messagerie.example", "Kevin", "Lebouc"))

add("fr-03-lettre-acces-portabilite", "Bérengère de La Roche-Aymon <b.delarocheaymon@orange-mail.example>",
    "Exercice de mes droits - articles 15 et 20 du RGPD",
    """Madame, Monsieur,

Titulaire de la carte de fidélité Acme Plus n° 2290 4418 0073 depuis 2014, je vous demande, sur le fondement de l'article 15 du Règlement général sur la protection des données, de me communiquer l'ensemble des données à caractère personnel me concernant, ainsi que les finalités des traitements et les destinataires de ces données.

Sur le fondement de l'article 20 du même règlement, je vous demande également de me transmettre l'historique de mes achats dans un format structuré, couramment utilisé et lisible par machine (CSV par exemple).

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente demande.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bérengère de La Roche-Aymon
12, rue des Tilleuls
69006 Lyon
""",
    R(["Access", "Portability"], "b.delarocheaymon@orange-mail.example", "Bérengère", "de La Roche-Aymon"),
    ct=LATIN1, encode="latin-1")

add("fr-04-majuscules-sms", "Gérard Poulain-Mérieux <gerard.poulain@wanadoo-mail.example>",
    "ARRETEZ LES SMS",
    """JE NE VEUX PLUS RECEVOIR VOS SMS PUBLICITAIRES POUR LES PROMOS DU WEEK-END. JE N'AI JAMAIS DONNE MON ACCORD. RETIREZ MON NUMERO 06 12 34 56 78 DE VOS LISTES IMMEDIATEMENT.

G. POULAIN-MERIEUX
""",
    R(["Opposition"], "gerard.poulain@wanadoo-mail.example", "Gérard", "Poulain-Mérieux"))

add("fr-05-directives-post-mortem", "Yvette Marchand-Oliveira <yvette.marchand@laposte-mail.example>",
    "Directives concernant mes données après mon décès",
    """Bonjour,

J'ai 81 ans et je mets mes affaires en ordre. Conformément à la loi Informatique et Libertés, je souhaite vous donner des directives particulières sur le sort de mes données après mon décès : je voudrais que mon compte de fidélité soit supprimé et que mon fils, M. Olivier Marchand, soit la personne à contacter pour mon contrat d'assurance habitation.

Pouvez-vous me dire comment enregistrer ces directives chez vous ?

Avec mes remerciements,
Yvette Marchand-Oliveira
""",
    R(["AdvanceDirectives"], "yvette.marchand@laposte-mail.example", "Yvette", "Marchand-Oliveira"))

add("fr-06-nouvelle-adresse", "Théo Nguyen-Lambert <theo.nguyenlambert@courriel.example>",
    "Changement d'adresse",
    """Bonjour, j'ai déménagé, merci de mettre à jour mon adresse sur mon contrat habitation et ma carte : 7 allée des Peupliers, 44300 Nantes. L'ancienne adresse est toujours indiquée sur mes courriers.
Théo Nguyen-Lambert
""",
    R(["Rectification"], "theo.nguyenlambert@courriel.example", "Théo", "Nguyen-Lambert"))

add("fr-07-avocat-sinistre", "Maître Aurélien Bastide-Costa <a.bastide@bastide-avocats.example>",
    "Demande de communication de données - M. Karim Benhaddou - sinistre incendie",
    """Madame, Monsieur le Délégué à la protection des données,

Je suis le conseil de M. Karim Benhaddou, assuré auprès de votre cabinet de courtage au titre d'un contrat multirisque habitation (police n° MRH-4481207), dont la déclaration de sinistre incendie du 3 septembre 2026 a été rejetée.

Agissant en son nom et pour son compte, et en vertu de l'article 15 du RGPD, je vous demande de me communiquer l'intégralité des données personnelles de mon client traitées par vos services, notamment le rapport de l'expert mandaté, les photographies, les échanges internes et les enregistrements téléphoniques.

Vous trouverez ci-joint le mandat signé de mon client.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Aurélien Bastide-Costa
Avocat au Barreau de Marseille
04 91 00 00 00

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""",
    R(["Access"], "a.bastide@bastide-avocats.example", "Karim", "Benhaddou",
      representative="Aurélien Bastide-Costa"))

add("fr-08-devis-refuse-score", "Maëlle Kerbrat <maelle.kerbrat@messagerie.example>",
    "Refus automatique de mon devis",
    """Bonjour,

J'ai demandé un devis d'assurance habitation sur votre site et j'ai reçu immédiatement le message « Nous ne sommes pas en mesure de vous proposer une offre ». Apparemment c'est un « score » calculé automatiquement.

Je conteste cette décision et je demande qu'une personne réexamine mon dossier. Je voudrais aussi comprendre quels critères ont été utilisés et d'où viennent les informations (fichier de solvabilité ?).

Maëlle Kerbrat
""",
    R(["AutomatedDecision", "Information"], "maelle.kerbrat@messagerie.example", "Maëlle", "Kerbrat"))

add("fr-09-limitation-expertise", "Jean-Baptiste Vidal-Ferrand <jb.vidal@courriel.example>",
    "Contestation du rapport d'expertise - gel du traitement",
    """Bonjour,

Le rapport de visite de risque de mon logement (visite du 14 octobre) contient des erreurs : il indique une cheminée à foyer ouvert alors qu'elle est condamnée depuis 2019, et une absence d'alarme alors que j'en ai une.

Tant que ces points ne sont pas vérifiés, je demande la limitation du traitement de ce rapport : qu'il ne soit pas utilisé pour calculer ma prime ni transmis à l'assureur.

Cordialement,
Jean-Baptiste Vidal-Ferrand
""",
    R(["Restriction"], "jb.vidal@courriel.example", "Jean-Baptiste", "Vidal-Ferrand"))

add("fr-10-destinataires-achats", "Nadège Ombredane <nadege.ombredane@fai.example>",
    "Question sur mes données d'achat",
    """Bonjour,
Est-ce que vous vendez ou transmettez l'historique de mes achats (carte Acme Plus) à des marques ou à d'autres sociétés ? Et combien de temps gardez-vous ces tickets ?
Merci,
Nadège Ombredane
""",
    R(["Information"], "nadege.ombredane@fai.example", "Nadège", "Ombredane"))

add("fr-11-html-newsletter", "Capucine Delorme <capucine.delorme@courriel.example>",
    "Désinscription et suppression",
    html("Bonjour,",
         "Merci de me <b>désinscrire de toutes vos newsletters</b> (offres magasin et conseils habitation) et de <b>supprimer mon compte client</b> ainsi que toutes les données associées.",
         "Bien à vous,<br>Capucine Delorme"),
    R(["Opposition", "Erasure"], "capucine.delorme@courriel.example", "Capucine", "Delorme"),
    ct=HTML)

add("fr-12-heritiere-pere", "Francine Aubertin <francine.aubertin@laposte-mail.example>",
    "Décès de mon père, M. Roland Aubertin",
    """Bonjour,

Mon père, Roland Aubertin, est décédé le 2 novembre. Il continue de recevoir vos catalogues et ses points de fidélité lui sont envoyés par courrier. En tant que sa fille et héritière, je vous demande de supprimer son compte et ses données. Je peux vous transmettre l'acte de décès.

Francine Aubertin
""",
    R(["Erasure"], "francine.aubertin@laposte-mail.example", "Roland", "Aubertin",
      representative="Francine Aubertin"))

add("fr-13-adresse-famille", "Famille Lemaître <famille.lemaitre@fai.example>",
    "Mes données",
    """Bonjour,

C'est Inès Lemaître qui écrit, depuis l'adresse de la famille. Je voudrais savoir quelles données vous avez sur moi dans le cadre de l'assurance habitation de l'appartement que je loue, et en recevoir une copie. Merci de répondre sur mon adresse personnelle.

Inès
""",
    R(["Access"], "ines.lemaitre@courriel.example", "Inès", "Lemaître"),
    headers=["Reply-To: Inès Lemaître <ines.lemaitre@courriel.example>"])

add("fr-14-longue-colere", "Hervé Quintard <herve.quintard@fai.example>",
    "Inadmissible",
    """Madame, Monsieur,

Je suis client chez vous depuis plus de quinze ans, aussi bien au magasin de Villefranche qu'à votre assurance habitation. Je n'ai jamais eu de problème jusqu'à cet été.

Après le dégât des eaux de juillet, on m'a envoyé un expert qui est arrivé avec une heure de retard, a à peine regardé le plafond, puis a passé vingt minutes à me poser des questions sur mes revenus et sur mes voisins. Ensuite plus rien pendant deux mois. Quand j'ai enfin eu quelqu'un au téléphone, on m'a dit que le dossier était « en suspicion » et qu'on ne pouvait pas m'en dire plus.

Je veux recevoir une copie de tout ce qui a été écrit sur moi dans ce dossier, y compris le rapport de l'expert et les notes de vos gestionnaires. Je veux savoir ce qu'on me reproche.

Je précise que j'ai gardé toutes les factures et que je suis prêt à aller jusqu'au médiateur.

Hervé Quintard
""",
    R(["Access"], "herve.quintard@fai.example", "Hervé", "Quintard"))

add("fr-15-transfert-collegue", "Sandrine Roux <sandrine.roux@acme-corp.example>",
    "TR: mes informations",
    """Bonjour l'équipe DPO,
Une cliente a écrit à l'accueil du magasin de Bourg-en-Bresse, je vous transfère. Je ne sais pas quoi lui répondre.
Sandrine Roux - Responsable accueil

-------- Message transféré --------
De : Agathe Villeneuve-Sarr <agathe.villeneuve@courriel.example>
Date : 13/11/2026 19:45
Objet : mes informations
À : accueil.bourg@acme-corp.example

Bonjour, je voudrais savoir ce que vous avez enregistré sur moi avec ma carte de fidélité (achats, adresse, etc.) et en avoir une copie. Merci. Agathe Villeneuve-Sarr
""",
    R(["Access"], "agathe.villeneuve@courriel.example", "Agathe", "Villeneuve-Sarr"))

add("fr-16-piece-jointe-ci", "Ludovic Ferrandi <ludovic.ferrandi@acme-corp.example>",
    "TR: Suppression de ma pièce d'identité",
    "",
    R(["Erasure"], "p.azoulay@messagerie.example", "Perrine", "Azoulay"),
    attached=("Perrine Azoulay <p.azoulay@messagerie.example>", "Suppression de ma pièce d'identité",
              """Bonjour,

Lors de ma souscription, votre conseiller m'a demandé une photo de ma carte d'identité et de mon avis d'imposition. Mon contrat est résilié depuis mars. Je demande que ces documents et mes données soient effacés.

Perrine Azoulay
"""),
    note="Bonjour, reçu sur la boîte du service souscription, je pense que c'est pour vous. Ludovic")

add("fr-17-carte-bloquee", "Arnaud Picard <arnaud.picard@fai.example>",
    "carte bloquée",
    """Bonjour, ma carte Acme Plus est refusée en caisse depuis lundi, le caissier dit qu'elle est « désactivée ». J'avais 2 300 points dessus. Que se passe-t-il ?
Arnaud Picard
""",
    R(["Unknown"], "arnaud.picard@fai.example", "Arnaud", "Picard"))

add("fr-18-profilage-cp1252", "Françoise Bœuf-Lachaux <f.boeuf@courriel.example>",
    "Opposition au profilage",
    """Bonjour,

J’ai remarqué que vos coupons sont « personnalisés » en fonction de mes achats. Je m’oppose à ce que mes achats soient analysés pour établir un profil à des fins publicitaires. Je veux garder ma carte uniquement pour cumuler des points.

Merci d’en tenir compte – et de me confirmer la prise en compte par écrit.

Françoise Bœuf-Lachaux
""",
    R(["Opposition"], "f.boeuf@courriel.example", "Françoise", "Bœuf-Lachaux"),
    ct=CP1252, encode="cp1252")

add("fr-19-franglais", "Dylan Tremblay-Gagnon <dylan.tg@videotron-mail.example>",
    "delete my account svp",
    """Allo, I'm living in France for a year, j'ai pris la carte Acme Plus pendant mon séjour mais je rentre au Québec next month. Please delete my account et toutes mes données, I won't need it anymore. Merci!
Dylan Tremblay-Gagnon
""",
    R(["Erasure"], "dylan.tg@videotron-mail.example", "Dylan", "Tremblay-Gagnon"))

add("fr-20-appels-iphone", "Monique Sarrazin <monique.sarrazin@fai.example>",
    "appels",
    """Arrêtez de m'appeler pour me proposer une assurance habitation, je ne suis pas intéressée et je ne veux plus être démarchée.

Envoyé de mon iPhone
""",
    R(["Opposition"], "monique.sarrazin@fai.example", "Monique", "Sarrazin"))

add("fr-21-tuteur-majeur", "Association Tutélaire du Rhône <mj.girardot@atr-tutelle.example>",
    "Demande de copie - majeur protégé M. Lucien Fabre-Dumas",
    """Madame, Monsieur,

Je suis mandataire judiciaire à la protection des majeurs et exerce la mesure de curatelle renforcée de M. Lucien Fabre-Dumas, né le 8 avril 1952, par jugement du tribunal judiciaire de Lyon du 5 janvier 2026 (copie jointe).

Nous constatons plusieurs prélèvements au titre d'options d'assurance dont M. Fabre-Dumas ne se souvient pas. Je vous demande de nous communiquer une copie des données personnelles le concernant, en particulier les contrats, avenants et enregistrements des ventes par téléphone.

Marie-José Girardot
Mandataire judiciaire
Association Tutélaire du Rhône
""",
    R(["Access"], "mj.girardot@atr-tutelle.example", "Lucien", "Fabre-Dumas",
      representative="Marie-José Girardot"))

# ---------------------------------------------------------------- tâches

add("fr-22-tache-contrat-caisses", "Isabelle Moreau-Chevalier <isabelle.moreau@acme-corp.example>",
    "Relecture DPA prestataire caisses libre-service",
    """Bonjour,

Nous changeons de prestataire pour la maintenance des caisses libre-service (Scanova). Ils auront accès à distance aux caisses, donc potentiellement aux numéros de carte de fidélité. Pouvez-vous relire leur accord de sous-traitance (article 28) avant signature ? Échéance souhaitée : fin du mois.

Merci,
Isabelle Moreau-Chevalier
Direction des achats
""",
    TASK("isabelle.moreau@acme-corp.example", "Isabelle", "Moreau-Chevalier"))

add("fr-23-tache-registre-formation", "Mathieu Lefebvre <mathieu.lefebvre@acme-corp.example>",
    "Formation RGPD équipes sinistres + registre",
    """Salut,
On accueille 12 nouveaux gestionnaires sinistres en janvier. Est-ce que vous pourriez animer une session de sensibilisation RGPD d'une heure (données de santé dans les dossiers, envoi de pièces par mail, etc.) ? Et au passage il faudrait ajouter le nouvel outil de gestion des expertises au registre des traitements.
Merci !
Mathieu - Responsable plateau sinistres
""",
    TASK("mathieu.lefebvre@acme-corp.example", "Mathieu", "Lefebvre"))

add("fr-24-tache-aipd-camera", "Chloé Benamar <chloe.benamar@acme-corp.example>",
    "AIPD caméras « intelligentes » magasin pilote",
    """Bonjour l'équipe protection des données,

Le magasin pilote de Lille veut tester des caméras qui détectent les « comportements suspects » aux caisses automatiques. Avant tout déploiement, il nous faut une analyse d'impact (AIPD). Pouvez-vous la lancer et nous dire quelles informations vous faut-il ?

Chloé Benamar
Direction sûreté
""",
    TASK("chloe.benamar@acme-corp.example", "Chloé", "Benamar"))

# ---------------------------------------------------------------- incidents

add("fr-25-incident-cle-usb", "Pascal Hennequin <pascal.hennequin@acme-corp.example>",
    "Perte d'une clé USB",
    """Bonjour,

J'ai perdu hier dans le train entre Rennes et Paris une clé USB non chiffrée contenant l'export des dossiers sinistres en cours de l'agence de Rennes (environ 300 assurés : noms, adresses, montants, quelques certificats médicaux scannés). Je m'en suis rendu compte ce matin. J'ai fait une déclaration aux objets trouvés SNCF.

Que dois-je faire ?
Pascal Hennequin
Agence de Rennes
""",
    INC("pascal.hennequin@acme-corp.example", "Pascal", "Hennequin"))

add("fr-26-incident-mail-cc", "Élodie Garnier <elodie.garnier@acme-corp.example>",
    "Erreur d'envoi - adresses en copie visible",
    """Bonjour,

Ce matin j'ai envoyé le rappel de renouvellement à 186 assurés en mettant toutes les adresses en « À » au lieu de « Cci ». Tout le monde voit les adresses mail des autres. Deux clients ont déjà répondu à tous. Je suis désolée. Que faut-il faire ?

Élodie Garnier
Service relation client assurance
""",
    INC("elodie.garnier@acme-corp.example", "Élodie", "Garnier"))

add("fr-27-incident-releve-autre", "Rémi Castagnet <remi.castagnet@courriel.example>",
    "J'ai reçu le relevé de points d'un autre client",
    """Bonjour,

Dans l'enveloppe de mon relevé de points trimestriel il y avait aussi le relevé d'une autre cliente, Mme Sylvie B., avec son adresse, son numéro de carte et le détail de ses achats. Je pense que c'est une erreur d'impression. Je vous le renvoie par courrier ?

Rémi Castagnet
""",
    INC("remi.castagnet@courriel.example", "Rémi", "Castagnet"))

# ---------------------------------------------------------------- relances

add("fr-28-relance-dsr", "Odile Bréhat <odile.brehat@laposte-mail.example>",
    "Re: [DSR-39406] Accusé de réception de votre demande",
    """Bonjour,

Je n'ai toujours rien reçu alors que le délai d'un mois est dépassé. Sans réponse sous huit jours, je saisirai la CNIL.

Odile Bréhat

> Nous avons bien reçu votre demande, enregistrée sous la référence DSR-39406.
""",
    FU("39406", "odile.brehat@laposte-mail.example", "Odile", "Bréhat"))

add("fr-29-relance-irt-expertise", "Jean-Baptiste Vidal-Ferrand <jb.vidal@courriel.example>",
    "Re: Contestation du rapport d'expertise - gel du traitement",
    """Je vous joins la facture d'installation de l'alarme (2021) et l'attestation du ramoneur indiquant que la cheminée est condamnée. Merci de les ajouter au dossier.

JB Vidal-Ferrand
""",
    FU(ref("fr-09-limitation-expertise"), "jb.vidal@courriel.example", "Jean-Baptiste", "Vidal-Ferrand"),
    headers=irt("fr-09-limitation-expertise"))

add("fr-30-relance-dsr-incomplet", "Anne-Sophie Kowalczyk <as.kowalczyk@fai.example>",
    "RE: [DSR-41178] Votre demande d'accès",
    """Bonjour,

Merci pour le fichier. Il manque cependant les enregistrements des appels de septembre avec votre service client, que j'avais explicitement demandés. Pouvez-vous les ajouter ?

Anne-Sophie Kowalczyk
""",
    FU("41178", "as.kowalczyk@fai.example", "Anne-Sophie", "Kowalczyk"))

# ---------------------------------------------------------------- ignorés

add("fr-31-spam-colis", "Service Livraison <notification@colis-suivi-fr.example>",
    "Votre colis est en attente - frais de douane 1,99 EUR",
    """Bonjour,

Votre colis n° FR8812-33 n'a pas pu être livré. Des frais de 1,99 EUR doivent être réglés sous 48h, faute de quoi il sera retourné à l'expéditeur.

Régler maintenant : http://colis-suivi-fr.example/paiement
""",
    IGN("spam", "notification@colis-suivi-fr.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="colis-suivi-fr.example")])

add("fr-32-spam-rgpd-audit", "Cabinet Conformité Express <contact@conformite-express.example>",
    "Mise en conformité RGPD : votre site est-il à jour ?",
    """Bonjour,

Savez-vous que 87 % des sites e-commerce ne respectent pas le RGPD ? Notre cabinet réalise votre audit complet, la rédaction de votre registre et la suppression des données obsolètes de vos bases pour 490 € HT seulement.

Offre valable jusqu'au 30 novembre. Répondez « OUI » pour être rappelé.

Pour ne plus recevoir nos messages, répondez STOP.
""",
    IGN("spam", "contact@conformite-express.example"))

add("fr-33-spam-heritage", "Me Jean-Claude Ekwueme <jc.ekwueme.notaire@gmx-mail.example>",
    "URGENT : succession non réclamée",
    """Cher(e) ami(e),

Je suis notaire et j'ai la charge de la succession de feu M. Albert Acme, décédé sans héritier, d'un montant de 8 500 000 EUR. Votre société portant le même nom, je vous propose de vous présenter comme bénéficiaire. Pour cela, envoyez-moi vos coordonnées bancaires et une copie de la pièce d'identité du gérant.

Dans l'attente de votre réponse rapide.
""",
    IGN("spam", "jc.ekwueme.notaire@gmx-mail.example"),
    headers=SPAM_HDR)

add("fr-34-absence", "Laurence Thibault <laurence.thibault@cabinet-thibault.example>",
    "Réponse automatique : Demande de communication de données",
    """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclus. En cas d'urgence, vous pouvez joindre le secrétariat au 01 23 45 67 89.

Cordialement,
Laurence Thibault
""",
    IGN("auto_reply", "laurence.thibault@cabinet-thibault.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-35-bounce", "MAILER-DAEMON@mx.acme-corp.example",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
