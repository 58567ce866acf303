# Development set 21, French (France, Belgium, Switzerland).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("fr-01-historique-validations", "Clémence Rouvière <clemence.rouviere@courriel.example>",
    "Demande de communication de mes données - carte RegioPass",
    """Madame, Monsieur,

Titulaire d'une carte RegioPass nominative depuis 2021, je souhaiterais obtenir communication de
l'ensemble des informations me concernant que vous conservez : identité, photo, historique des
validations (arrêts, dates, heures), rechargements et moyens de paiement enregistrés.

Je vous remercie de bien vouloir me faire parvenir ces éléments dans le délai prévu par la
réglementation.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Clémence Rouvière
""", R(["Access"], "clemence.rouviere@courriel.example", "Clémence", "Rouvière"))

add("fr-02-supprimer-compte", "kev.lemoine@free-mail.example", "compte",
    """bonjour je veux que vous supprimiez mon compte sur l appli j ai plus besoin je prend le velo maintenant merci
kevin
""", R(["Erasure"], "kev.lemoine@free-mail.example", "Kevin", None))

add("fr-03-prospection", "Jean-Baptiste Ferrand <jb.ferrand@orange-mail.example>",
    "Vos mails promotionnels",
    """Bonjour,

Je reçois chaque semaine vos « bons plans week-end » et vos offres « Pass Découverte ». Je n'ai
jamais demandé cela. Merci de ne plus m'adresser aucune communication commerciale, ni par courriel
ni par SMS.

Cordialement,
J.-B. Ferrand
""", R(["Opposition"], "jb.ferrand@orange-mail.example", "Jean-Baptiste", "Ferrand"))

add("fr-04-demenagement-be", "Wouter-Marie Delvaux <wm.delvaux@skynet-mail.example>",
    "Changement d'adresse - abonnement annuel",
    """Bonjour,

J'ai déménagé de Namur à Liège au mois d'août. Mon abonnement annuel scolaire pour ma propre
formation continue continue d'être envoyé rue de Fer 27 à Namur, alors que j'habite désormais
rue Saint-Gilles 112, 4000 Liège. Pouvez-vous mettre à jour mon adresse dans vos fichiers s.v.p. ?

Mon numéro de client est le 7712093.

D'avance merci, bonne journée,
Wouter-Marie Delvaux
""", R(["Rectification"], "wm.delvaux@skynet-mail.example", "Wouter-Marie", "Delvaux"))

add("fr-05-video-tram", "Samia Benhaddou <samia.benhaddou@laposte-mail.example>",
    "Caméras dans les rames",
    """Bonjour,

Depuis la rénovation des tramways de la ligne T2, il y a des caméras au-dessus de chaque porte.
Combien de temps gardez-vous ces images ? Qui peut les visionner ? Est-ce qu'il y a du son ?

Merci d'avance pour votre réponse,
Samia Benhaddou
""", R(["Information"], "samia.benhaddou@laposte-mail.example", "Samia", "Benhaddou"))

add("fr-06-directives", "Odette Marchal <odette.marchal@wanadoo-mail.example>",
    "Mes données après mon décès",
    """Bonjour,

J'ai 84 ans et je mets mes affaires en ordre. J'ai une carte senior chez vous et un compte sur
internet que ma petite-fille a créé pour moi.

Je voudrais laisser des instructions pour qu'après ma mort toutes mes données soient effacées,
et que ce soit ma petite-fille, Mme Laure Marchal, qui s'en occupe. Comment dois-je procéder
pour que ce soit enregistré chez vous ?

Avec mes remerciements,
Odette Marchal
""", R(["AdvanceDirectives"], "odette.marchal@wanadoo-mail.example", "Odette", "Marchal"))

add("fr-07-tarif-solidaire", "Rachid Aït-Ouali <rachid.aitouali@mail-libre.example>",
    "Refus automatique du tarif solidaire",
    """Bonjour,

Ma demande de tarif solidaire a été refusée en quelques secondes sur votre site, avec le message
« éligibilité non confirmée par le contrôle automatique ». Mon quotient familial a baissé en
septembre, ce que l'outil n'a visiblement pas pris en compte.

Je conteste cette décision et je demande qu'un agent examine mon dossier lui-même, avec mes
justificatifs de la CAF que je peux envoyer.

Rachid Aït-Ouali
""", R(["AutomatedDecision"], "rachid.aitouali@mail-libre.example", "Rachid", "Aït-Ouali"))

add("fr-08-pv-date-naissance", "Anne-Sophie Guérin <as.guerin@numericable-mail.example>",
    "Procès-verbal n° 2026-PV-55821 - erreur sur ma date de naissance",
    """Bonjour,

Suite à un contrôle dans le TER le 2 octobre, un procès-verbal a été dressé à mon nom. Or le
contrôleur a inscrit le 12/07/1998 comme date de naissance au lieu du 21/07/1989.

1) Je souhaite recevoir une copie de toutes les informations qui ont été saisies à mon sujet lors
de ce contrôle.
2) Je vous demande de corriger la date de naissance dans vos systèmes.

Bien à vous,
Anne-Sophie Guérin
""", R(["Access", "Rectification"], "as.guerin@numericable-mail.example", "Anne-Sophie", "Guérin"))

add("fr-09-export-fermeture", "Matthieu Lagarde <m.lagarde@pro-mail.example>",
    "Export de mes trajets puis clôture",
    """Bonjour,

Mon employeur passe au forfait mobilités durables et je vais utiliser les vélos en libre-service.
Avant de partir, j'aimerais récupérer tous mes trajets et paiements dans un fichier exploitable
(CSV ou autre format ouvert) que je pourrai importer dans l'outil de notes de frais.

Une fois le fichier reçu, vous pourrez fermer le compte et tout effacer.

Merci,
Matthieu Lagarde
""", R(["Portability", "Erasure"], "m.lagarde@pro-mail.example", "Matthieu", "Lagarde"))

add("fr-10-contestation", "Hélène Barbier <helene.barbier@mail-sud.example>",
    "Amende contestée - merci de geler mon dossier",
    """Bonjour,

J'ai contesté l'indemnité forfaitaire qui m'a été réclamée le 18 octobre (ma carte était bien
valide, le valideur était en panne). En attendant la décision, je vous demande de ne pas utiliser
mes données, et surtout de ne pas les transmettre à votre prestataire de recouvrement. Je ne
demande pas leur suppression, juste la suspension de leur utilisation.

Hélène Barbier
""", R(["Restriction"], "helene.barbier@mail-sud.example", "Hélène", "Barbier"))

add("fr-11-mere-carte-scolaire", "Nathalie Dubreuil <nathalie.dubreuil@famille.example>",
    "Carte scolaire de ma fille - suppression",
    """Bonjour,

Ma fille Inès Dubreuil, 13 ans, a eu une carte scolaire RegioPass l'an dernier. Nous avons quitté la
région et elle ne l'utilisera plus. En tant que représentante légale, je vous demande d'effacer son
dossier, y compris sa photo et le nom de son collège.

Je peux vous transmettre le livret de famille si nécessaire.

Nathalie Dubreuil
""", R(["Erasure"], "nathalie.dubreuil@famille.example", "Inès", "Dubreuil",
       representative="Nathalie Dubreuil"))

add("fr-12-avocat-video", "Maître Pascal Vautrin <p.vautrin@vautrin-avocats.example>",
    "Agression de M. Thierry Legrand - bus ligne 9 - images de vidéoprotection",
    """Madame, Monsieur le Délégué à la protection des données,

Je suis le conseil de M. Thierry Legrand, victime d'une agression le 7 novembre 2026 vers 22h15
dans le bus de la ligne 9, entre les arrêts Gare Nord et Pasteur.

Au nom de mon client, et en application de l'article 15 du RGPD, je vous prie de bien vouloir
nous communiquer les enregistrements le concernant. Par ailleurs, ces images étant nécessaires à
l'exercice de ses droits en justice, je vous demande d'en empêcher l'effacement à l'issue de la
durée normale de conservation et de les conserver en l'état jusqu'à l'issue de la procédure.

Vous trouverez ci-joint le mandat signé par mon client.

Pascal Vautrin
Avocat au Barreau de Lyon
""", R(["Access", "Restriction"], "p.vautrin@vautrin-avocats.example", "Thierry", "Legrand",
       representative="Pascal Vautrin"))

add("fr-13-greve-remboursement", "Yannick Le Goff <yannick.legoff@breizh-mail.example>",
    "remboursement grève",
    """Bonjour, avec la grève de la semaine dernière je n'ai pas pu utiliser mon abonnement mensuel
pendant 4 jours. Est-ce que j'ai droit à un dédommagement et comment le demander ? Merci.
Yannick Le Goff
""", R(["Unknown"], "yannick.legoff@breizh-mail.example", "Yannick", "Le Goff"))

add("fr-14-html-enquetes", "Agathe Fontaine <agathe.fontaine@webmel.example>",
    "Questionnaires de satisfaction",
    html("Bonjour,",
         "À chaque trajet en TER, je reçois ensuite un questionnaire « Comment s'est passé votre voyage ? ». J'avais coché une case à l'inscription, mais je retire mon consentement.",
         "Merci de ne plus m'envoyer ces enquêtes.",
         "Agathe Fontaine"),
    R(["Opposition"], "agathe.fontaine@webmel.example", "Agathe", "Fontaine"), ct=HTML)

add("fr-15-latin1-effacer", "Gérard Poulain <gerard.poulain@vieux-mail.example>",
    "Arrêt des appels",
    """Bonjour,

Votre service commercial m'a encore téléphoné hier soir à 19h30 pour me proposer un abonnement
annuel « avantageux ». C'est la troisième fois. Je ne veux plus être appelé, et je veux que vous
effaciez mes coordonnées de vos fichiers, numéro de téléphone compris.

Gérard Poulain
""", R(["Opposition", "Erasure"], "gerard.poulain@vieux-mail.example", "Gérard", "Poulain"),
    ct=LATIN1, encode="latin-1")

add("fr-16-transfert-agence", "Agence Commerciale Gare <agence.gare@acme-corp.example>",
    "TR: question sur le recouvrement",
    """Bonjour l'équipe DPO,

Une cliente nous a écrit à l'agence, je pense que c'est pour vous. Pouvez-vous lui répondre
directement ?

Merci,
Sylvie - Agence Gare Centrale

-------- Message transféré --------
De : Lucie Mercier <lucie.mercier@boitemail.example>
Date : 12 novembre 2026 16:02
Objet : question sur le recouvrement
À : agence.gare@acme-corp.example

Bonjour,
J'ai reçu une lettre d'une société de recouvrement pour une amende de 2025. Comment ont-ils eu mon
adresse ? Quelles informations leur transmettez-vous exactement et combien de temps les gardent-ils ?
Lucie Mercier
""", R(["Information"], "lucie.mercier@boitemail.example", "Lucie", "Mercier"))

add("fr-17-longue-histoire", "Florent Bastide <florent.bastide@mail-est.example>",
    "Réclamation et demande",
    """Bonjour,

Je vous écris parce que je suis à bout. Le 4 septembre, j'ai pris le train de 7h12 pour aller
travailler, comme tous les jours depuis six ans. Ma carte RegioPass, rechargée la veille, n'a pas
été acceptée par le lecteur du contrôleur. Il m'a traité comme un fraudeur devant tout le wagon,
a relevé mon identité et m'a dressé une amende de 50 euros.

J'ai prouvé par la suite que le rechargement était bien passé, l'amende a été annulée par votre
service clients le 30 septembre (réf. RC-99120). Très bien. Mais le contrôleur m'a dit que j'étais
désormais « dans le fichier ». Je n'ai rien à y faire : je demande que toute trace de ce contrôle
et de ma prétendue fraude soit effacée de vos fichiers de contrevenants.

Et franchement, un petit geste commercial ne serait pas de trop après tout ça.

Florent Bastide
""", R(["Erasure"], "florent.bastide@mail-est.example", "Florent", "Bastide"))

add("fr-18-notifications", "Inès Carvalho <ines.carvalho@mailbox-fr.example>",
    "notifications de l'appli",
    """Bonjour,
Je ne souhaite pas supprimer mon compte, l'appli m'est utile pour acheter mes billets. Par contre
j'aimerais que vous arrêtiez les notifications publicitaires (« -20 % sur le Pass Famille » etc.)
et que mes trajets ne servent plus à me cibler.
Merci
Inès
""", R(["Opposition"], "ines.carvalho@mailbox-fr.example", "Inès", "Carvalho"))

add("fr-19-majuscules", "MARCEL DUPIN <marcel.dupin@mail-retraite.example>",
    "MES DONNEES",
    """BONJOUR JE VEUX SAVOIR TOUT CE QUE VOUS AVEZ COMME RENSEIGNEMENTS SUR MOI DANS VOS ORDINATEURS.
MERCI DE M ENVOYER CA PAR LA POSTE.
MARCEL DUPIN 12 RUE DES LILAS
""", R(["Access"], "marcel.dupin@mail-retraite.example", "Marcel", "Dupin"))

add("fr-20-suisse-hebergement", "Séverine Rochat <severine.rochat@bluewin-mail.example>",
    "Hébergement de vos données clients",
    """Bonjour,

Frontalière, j'utilise votre abonnement régional entre Genève et Annemasse. J'ai lu dans la presse
que votre nouvelle billetterie serait hébergée chez un prestataire américain. Est-ce le cas ? Mes
données sont-elles transférées hors d'Europe, et sur quelle base ?

Avec mes meilleures salutations,
Séverine Rochat
""", R(["Information"], "severine.rochat@bluewin-mail.example", "Séverine", "Rochat"))

add("fr-21-fils-deces", "Bernard Lefèvre <bernard.lefevre@mail-nord.example>",
    "Compte de ma mère décédée",
    """Bonjour,

Ma mère, Mme Jacqueline Lefèvre, est décédée le 28 septembre. Elle avait un abonnement senior
avec prélèvement automatique. J'ai déjà fait arrêter le prélèvement auprès de la banque.

En ma qualité d'héritier, je vous demande de fermer son compte et de supprimer les données la
concernant. Je joins l'acte de décès.

Bernard Lefèvre
06 12 34 56 78
""", R(["Erasure"], "bernard.lefevre@mail-nord.example", "Jacqueline", "Lefèvre",
       representative="Bernard Lefèvre"))

add("fr-22-task-soustraitant", "Damien Roussel <damien.roussel@acme-corp.example>",
    "Relecture clauses RGPD - nouveau prestataire billettique",
    """Bonjour,

Nous finalisons le contrat avec BilletNet pour la maintenance de la billettique sans contact. Ils
auront accès à la base clients en lecture pour le support de niveau 3.

Pouvez-vous relire l'annexe « sous-traitance des données » (article 28) avant la signature prévue
le 4 décembre ?

Merci,
Damien Roussel
Direction des Achats
""", TASK("damien.roussel@acme-corp.example", "Damien", "Roussel"))

add("fr-23-task-formation", "Claire Méndez <claire.mendez@acme-corp.example>",
    "Formation RGPD pour les contrôleurs",
    """Bonjour à vous,

Avec l'arrivée des nouveaux terminaux de contrôle en janvier, nous aimerions organiser une
sensibilisation RGPD pour les 45 agents de contrôle (photo des pièces d'identité, saisie des
PV, etc.). Seriez-vous disponibles pour animer deux sessions d'une heure en décembre ?

Claire Méndez
Responsable formation, Direction Sûreté
""", TASK("claire.mendez@acme-corp.example", "Claire", "Méndez"))

add("fr-24-task-registre", "Olivier Tessier <olivier.tessier@acme-corp.example>",
    "MAJ registre - comptage voyageurs par wifi",
    """Salut l'équipe,

On lance le comptage des voyageurs via les sondes wifi dans les gares (adresses MAC hachées).
Il faudrait ajouter ce traitement au registre et me dire si une analyse d'impact est nécessaire.

Olivier
Data & Offre de transport
""", TASK("olivier.tessier@acme-corp.example", "Olivier", "Tessier"))

add("fr-25-inc-cle-usb", "Mickaël Robin <mickael.robin@acme-corp.example>",
    "Perte d'une clé USB",
    """Bonjour,

Je dois vous signaler que j'ai perdu hier, probablement dans le bus de retour, une clé USB non
chiffrée contenant l'export des abonnés scolaires du secteur Ouest (environ 1 200 élèves : nom,
prénom, établissement, adresse des parents).

Je suis vraiment désolé. Que dois-je faire ?

Mickaël Robin
Service Scolaire
""", INC("mickael.robin@acme-corp.example", "Mickaël", "Robin"))

add("fr-26-inc-autre-client", "Aurélie Perrot <aurelie.perrot@mail-ouest.example>",
    "Je vois les trajets de quelqu'un d'autre dans l'appli",
    """Bonjour,

Ce matin, en ouvrant l'application, mon historique affichait des trajets qui ne sont pas les miens,
au nom de « Frédéric Garnier », avec sa carte bancaire masquée et son adresse de facturation.
Je me suis déconnectée et reconnectée, et c'est revenu à la normale. J'ai fait une capture d'écran
si besoin.

Aurélie Perrot
""", INC("aurelie.perrot@mail-ouest.example", "Aurélie", "Perrot"))

add("fr-27-inc-publipostage", "Service Relation Clients <relation.clients@acme-corp.example>",
    "Erreur de publipostage - renouvellement abonnements",
    """Bonjour,

Lors de l'envoi des courriers de renouvellement d'abonnement mardi, un décalage dans le fichier de
fusion a fait que 312 clients ont reçu le courrier d'un autre abonné (nom, adresse, formule et
IBAN partiellement masqué). Plusieurs clients nous ont appelés.

Nous avons stoppé l'envoi. Pouvez-vous nous dire comment procéder ?

Stéphanie Lambert
Responsable Relation Clients
""", INC("relation.clients@acme-corp.example", "Stéphanie", "Lambert"))

add("fr-28-relance-dsr", "Clément Vasseur <clement.vasseur@courriel.example>",
    "RE: [DSR-51236] Accusé de réception de votre demande",
    """Bonjour,

Je n'ai toujours aucune nouvelle de ma demande depuis votre accusé de réception du 2 octobre.
Pouvez-vous me dire où elle en est ?

Clément Vasseur

-----Message d'origine-----
Objet : [DSR-51236] Accusé de réception de votre demande
Votre demande a bien été enregistrée sous la référence DSR-51236.
""", FU("51236", "clement.vasseur@courriel.example", "Clément", "Vasseur"))

add("fr-29-relance-irt", "Clémence Rouvière <clemence.rouviere@courriel.example>",
    "RE: Demande de communication de mes données - carte RegioPass",
    """Bonjour,

Je complète mon courriel précédent : je joins la copie de ma pièce d'identité demandée au
téléphone. Mon numéro de carte est le 6015 2230 8841.

Cordialement,
Clémence Rouvière
""", FU(ref("fr-01-historique-validations"), "clemence.rouviere@courriel.example", "Clémence", "Rouvière"),
    headers=irt("fr-01-historique-validations"))

add("fr-30-spam-conformite", "Cabinet Conformité RGPD <contact@rgpd-express.example>",
    "Mise en demeure : votre site n'est pas conforme RGPD",
    """Madame, Monsieur,

Votre site acme-corp.example présente 14 non-conformités RGPD. Vous risquez une sanction de la CNIL.
Pour supprimer les données personnelles exposées et obtenir votre attestation, réglez 390 € HT via
le lien ci-dessous sous 72 h.

http://rgpd-express.example/attestation

Service Conformité
""", IGN("spam", "contact@rgpd-express.example"), headers=SPAM_HDR)

add("fr-31-spam-boite", "Administrateur Messagerie <admin@webmail-securite.example>",
    "Votre boîte aux lettres sera supprimée",
    """Cher utilisateur,

Votre boîte aux lettres privacy@acme-corp.example a dépassé son quota. Elle sera supprimée avec
toutes vos données dans 24 heures. Pour la conserver, validez votre compte ici :

http://webmail-securite.example/valider

L'équipe technique
""", IGN("spam", "admin@webmail-securite.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="webmail-securite.example")])

add("fr-32-absence", "Martine Girard <martine.girard@mairie-exemple.example>",
    "Réponse automatique : Convention de partage de données",
    """Bonjour,

Je suis absente du 16 au 27 novembre inclus. Pour toute urgence, merci de contacter le secrétariat
au 04 00 00 00 00.

Martine Girard
Service Mobilités, Mairie
""", IGN("auto_reply", "martine.girard@mairie-exemple.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-33-lettre-info", "Union des Transports Publics <lettre@utp-info.example>",
    "La lettre de la mobilité - novembre 2026",
    """LA LETTRE DE LA MOBILITÉ

- Billettique : le point sur le paiement par carte bancaire
- Réglementation : ce qui change au 1er janvier
- Agenda : rencontres nationales du transport public

Se désabonner : https://utp-info.example/desabonnement
""", IGN("bulk", "lettre@utp-info.example"),
    headers=["List-Id: <lettre.utp-info.example>",
             "List-Unsubscribe: <mailto:desabonnement@utp-info.example>",
             "Precedence: bulk"])
