# Development set 22, French (France, Belgium, Switzerland). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("fr-01-fichier-client", "Mathilde Garnier <mathilde.garnier@courriel.example>",
    "Mes informations",
    """Bonjour,

Je suis cliente de votre clinique vétérinaire de Nantes depuis 2018 (deux chats, Pistache et
Noisette). J'aimerais savoir ce qui figure exactement dans votre fichier clients à mon nom et en
obtenir une copie, y compris les commentaires internes s'il y en a.

Cordialement,
Mathilde Garnier
""",
    R(["Access"], "mathilde.garnier@courriel.example", "Mathilde", "Garnier"))

add("fr-02-resiliation-croquettes", "Julien Lefèvre <julien.lefevre@webmail.example>",
    "Résiliation abonnement croquettes + données",
    """Bonjour,

J'ai résilié mon abonnement de croquettes le mois dernier (mon chien est décédé). Je souhaite
que mon compte soit supprimé avec toutes les informations qui vont avec, et que vous cessiez de
m'envoyer vos offres promotionnelles par mail et SMS, dès maintenant.

Merci,
Julien Lefèvre
""",
    R(["Erasure", "Opposition"], "julien.lefevre@webmail.example", "Julien", "Lefèvre"))

add("fr-03-directives-deces", "Odette Marchand <odette.marchand@orange-like.example>",
    "Mes données après mon décès",
    """Madame, Monsieur,

J'ai 84 ans et j'ai souscrit chez vous une assurance santé pour mon chat Félix. Je mets de
l'ordre dans mes affaires. Je voudrais que, lorsque je ne serai plus là, mes informations chez
vous soient effacées, sauf ce qui est nécessaire pour que ma nièce, Mme Claire Vidal, puisse
reprendre le contrat de Félix. Je souhaite la désigner pour s'en occuper.

Pouvez-vous enregistrer ces directives ou me dire comment procéder ?

Avec mes remerciements,
Odette Marchand
12 rue des Tilleuls, 37000 Tours
""",
    R(["AdvanceDirectives"], "odette.marchand@orange-like.example", "Odette", "Marchand"))

add("fr-04-nom-usage", "Amandine Roux-Perrin <amandine.rp@laposte-like.example>",
    "Changement de nom et d'adresse",
    """Bonjour,

Suite à mon mariage je m'appelle désormais Amandine Roux-Perrin (anciennement Amandine Roux).
J'ai aussi déménagé : 5 allée des Cerisiers, 69008 Lyon. Merci de corriger ces éléments sur mon
contrat d'assurance et sur mon compte de la boutique en ligne, les colis partent encore à
l'ancienne adresse.

Bien à vous,
Amandine Roux-Perrin
""",
    R(["Rectification"], "amandine.rp@laposte-like.example", "Amandine", "Roux-Perrin"))

add("fr-05-demarchage", "Gérard Bonnet <g.bonnet@free-like.example>",
    "Démarchage téléphonique",
    """Bonjour,

On m'appelle depuis trois semaines pour me proposer votre mutuelle pour chiens alors que je
n'ai qu'un poisson rouge. Je m'oppose à ce que mon numéro soit utilisé pour la prospection.
Merci de me dire aussi d'où vous tenez ce numéro.

G. Bonnet
""",
    R(["Opposition", "Information"], "g.bonnet@free-like.example", "Gérard", "Bonnet"))

add("fr-06-historique-commandes", "Élodie Fournier <elodie.fournier@mail.example>",
    "Export de mon historique",
    """Bonjour,

Je ne veux pas fermer mon compte, rassurez-vous. Je voudrais simplement récupérer
l'historique de mes commandes et de mes abonnements dans un fichier réutilisable (CSV, JSON,
peu importe) pour le suivi de mon budget dans un autre outil.

Merci d'avance,
Élodie Fournier
""",
    R(["Portability"], "elodie.fournier@mail.example", "Élodie", "Fournier"))

add("fr-07-hebergement", "Thomas Nguyen <thomas.nguyen@proton-like.example>",
    "Hébergement des données de l'appli de garde",
    """Bonjour,

Votre application de garde d'animaux utilise-t-elle des prestataires situés aux États-Unis ?
Mes photos, messages avec les pet-sitters et coordonnées quittent-ils l'Union européenne, et
si oui sur quelle base (clauses contractuelles types ?). Combien de temps conservez-vous les
messages ?

Thomas Nguyen
""",
    R(["Information"], "thomas.nguyen@proton-like.example", "Thomas", "Nguyen"))

add("fr-08-compte-suspendu", "Sabrina Haddouche <sabrina.h@mailbox.example>",
    "Compte pet-sitter suspendu automatiquement ??",
    """Bonjour,

Mon compte de pet-sitter a été suspendu hier soir avec le message « votre score de fiabilité
est passé sous le seuil ». Personne ne m'a contactée. J'ai eu UNE annulation pour cause
d'hospitalisation de ma mère.

Je demande qu'une personne réexamine cette suspension et que je puisse m'expliquer. C'est une
partie de mes revenus.

Sabrina Haddouche
06 12 34 56 78
""",
    R(["AutomatedDecision"], "sabrina.h@mailbox.example", "Sabrina", "Haddouche"))

add("fr-09-impaye-conteste", "Philippe Aubert <philippe.aubert@example.fr.example>",
    "Impayé contesté",
    """Madame, Monsieur,

Vous m'indiquez un impayé de 212 EUR pour une consultation d'urgence du 3 août que j'ai réglée
par carte sur place (j'ai le ticket). Tant que la vérification est en cours, je vous demande de
geler cette information : pas de transmission à un organisme de recouvrement, pas d'utilisation
pour refuser mes prochains rendez-vous.

Philippe Aubert
""",
    R(["Restriction"], "philippe.aubert@example.fr.example", "Philippe", "Aubert"))

add("fr-10-tuteur", "UDAF Service Tutelles <tutelles.secteur3@udaf-like.example>",
    "M. Raymond Lemaire - mesure de tutelle",
    """Madame, Monsieur,

En ma qualité de tutrice de M. Raymond Lemaire (jugement du tribunal judiciaire de Rouen du
14 mars 2025, copie jointe), je vous prie de me communiquer l'ensemble des données personnelles
que vous détenez le concernant : contrats d'assurance animaux, abonnements, factures des
cliniques.

Je vous remercie de m'adresser votre réponse à cette adresse.

Nathalie Perrot
Mandataire judiciaire à la protection des majeurs
""",
    R(["Access"], "tutelles.secteur3@udaf-like.example", "Raymond", "Lemaire",
      representative="Nathalie Perrot"))

add("fr-11-avocat", "Maître Bertrand Delacroix <b.delacroix@avocats-delacroix.example>",
    "Droit d'accès - Mme Inès Benali",
    html("Madame, Monsieur le Délégué à la protection des données,",
         "Je suis le conseil de Mme Inès Benali, domiciliée 8 rue Pasteur à Montpellier, "
         "assurée auprès de vous pour son chien Oslo.",
         "Sur le fondement de l'article 15 du RGPD, ma cliente entend obtenir communication de "
         "l'ensemble des données la concernant, notamment les échanges relatifs au sinistre "
         "n° S-2026-08812, les notes des gestionnaires et les comptes rendus vétérinaires transmis "
         "à votre service indemnisation.",
         "Je vous saurais gré de me faire parvenir ces éléments dans le délai légal.",
         "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
         "Me Bertrand Delacroix<br>Avocat au Barreau de Montpellier"),
    R(["Access"], "b.delacroix@avocats-delacroix.example", "Inès", "Benali",
      representative="Bertrand Delacroix"),
    ct=HTML)

add("fr-12-heritier", "Laurent Moreau <laurent.moreau@famille.example>",
    "Décès de ma mère, Mme Josiane Moreau",
    """Bonjour,

Ma mère, Josiane Moreau, est décédée le 28 septembre. Elle avait un compte sur votre boutique de
nourriture pour animaux et une assurance pour son chat que nous avons déjà résiliée. En tant
que fils et héritier, je vous demande de clôturer son compte et d'effacer ses données.

Je peux vous envoyer l'acte de décès.

Laurent Moreau
""",
    R(["Erasure"], "laurent.moreau@famille.example", "Josiane", "Moreau",
      representative="Laurent Moreau"))

add("fr-13-belge-newsletter", "Marie-Claire Dubois <mc.dubois@skynet-like.example>",
    "Désinscription s.v.p.",
    """Bonjour,

Depuis que j'ai adopté mon chaton à votre clinique de Namur, je reçois septante-cinq mails par
mois (j'exagère à peine). Pouvez-vous me désinscrire de toutes vos newsletters ? Le lien en bas
des mails ne fonctionne pas.

Merci bien, à tantôt,
Marie-Claire Dubois
""",
    R(["Opposition"], "mc.dubois@skynet-like.example", "Marie-Claire", "Dubois"))

add("fr-14-plus-proprietaire", "Yann Le Goff <yann.legoff@breizh.example>",
    "Je ne suis plus le propriétaire",
    """Bonjour,

J'ai donné mon chien Tonnerre à mon frère en juillet. Votre fichier de la clinique de Quimper
m'indique toujours comme propriétaire et je reçois ses rappels de vaccins. Pouvez-vous mettre
la fiche à jour (nouveau propriétaire : Erwan Le Goff) et retirer mon numéro de téléphone de
son dossier ?

Yann Le Goff
""",
    R(["Rectification"], "yann.legoff@breizh.example", "Yann", "Le Goff"))

add("fr-15-fautes", "lolo.du.59@mailbox.example", "suppresion",
    "bjr je veu que vous efacier mes donné de votre apli de garde de chien svp je lutilise "
    "plu merci Laura\n",
    R(["Erasure"], "lolo.du.59@mailbox.example", "Laura", None))

add("fr-16-majuscules", "Christian Ferrand <c.ferrand@wanadoo-like.example>", "ARRETEZ LES SMS",
    "ARRETEZ DE M'ENVOYER DES SMS POUR VOS PROMOTIONS DE CROQUETTES. JE N'AI JAMAIS DONNE MON "
    "ACCORD. C'EST LA DERNIERE FOIS QUE JE LE DEMANDE.\nC. FERRAND\n",
    R(["Opposition"], "c.ferrand@wanadoo-like.example", "Christian", "Ferrand"))

add("fr-17-html-acces-correction", "Sophie Martin-Lambert <sophie.ml@mail.example>",
    "Dossier de mon chien et erreurs",
    html("Bonjour,",
         "J'ai remarqué sur mon espace client que ma date de naissance est fausse (15/06/1982 et non "
         "16/05/1982) et que mon numéro de téléphone est celui de mon ex-conjoint. Merci de corriger.",
         "Par la même occasion, pourriez-vous m'envoyer tout ce que vous avez enregistré me "
         "concernant ? Je voudrais vérifier qu'il n'y a pas d'autres erreurs.",
         "Sophie Martin-Lambert"),
    R(["Rectification", "Access"], "sophie.ml@mail.example", "Sophie", "Martin-Lambert"),
    ct=HTML)

add("fr-18-secret-veterinaire", "Hélène Castagné <helene.castagne@sud.example>",
    "Transmission du dossier à l'assurance ?",
    """Bonjour,

Ma question est simple : quand je consulte dans une de vos cliniques, est-ce que le dossier
médical de mon chien et mes coordonnées sont transmis automatiquement à votre filiale
d'assurance, même quand je ne fais pas de demande de remboursement ? Et à qui d'autre ?

Merci pour votre réponse,
Hélène Castagné
""",
    R(["Information"], "helene.castagne@sud.example", "Hélène", "Castagné"),
    ct=LATIN1, encode="latin-1")

add("fr-19-facture", "Bruno Chevalier <bruno.chevalier@mail.example>", "Facture en double",
    """Bonjour,

J'ai été prélevé deux fois pour la consultation du 9 novembre à la clinique de Dijon
(2 x 68 EUR). Pouvez-vous me rembourser le doublon ?

Bruno Chevalier
""",
    R(["Unknown"], "bruno.chevalier@mail.example", "Bruno", "Chevalier"))

add("fr-20-transfert-accueil", "Clémence Rivière <clemence.riviere@acme-corp.example>",
    "TR: demande cliente",
    """Bonjour l'équipe DPO,

Je vous transfère la demande ci-dessous reçue à l'accueil de la clinique de Bordeaux.

Clémence

-------- Message transféré --------
De : Agathe Lemoine <agathe.lemoine@gironde.example>
Date : 14/11/2026 10:12
À : bordeaux@acme-corp.example
Objet : mes coordonnées

Bonjour, je ne viens plus chez vous depuis mon déménagement. Merci de supprimer mon dossier et
mes coordonnées de vos fichiers. Agathe Lemoine
""",
    R(["Erasure"], "agathe.lemoine@gironde.example", "Agathe", "Lemoine"))

add("fr-21-chat-perdu", "Vincent Lacroix <vincent.lacroix@mail.example>",
    "Chat perdu pendant une garde - je veux des réponses",
    """Bonjour,

Le 2 novembre j'ai confié mon chat Moka à une pet-sitter trouvée via votre application pendant
un week-end à Lille. Le dimanche matin elle m'annonce que Moka s'est enfui par une fenêtre
qu'elle avait laissée ouverte. Nous l'avons cherché deux jours, il a été retrouvé blessé. La
clinique de Lille l'a soigné (merci à eux).

Depuis, la pet-sitter nie, a supprimé une partie de nos conversations de son côté et votre
service client me répond par des messages automatiques. J'ai déposé plainte.

Pour ma plainte j'ai besoin de l'intégralité des échanges entre elle et moi enregistrés dans
votre application, ainsi que les horaires de check-in/check-out qu'elle a validés. Merci de me
transmettre toutes les données me concernant liées à cette réservation.

Et je trouve scandaleux qu'elle ait encore 5 étoiles.

Vincent Lacroix
""",
    R(["Access"], "vincent.lacroix@mail.example", "Vincent", "Lacroix"))

add("fr-22-suisse-portabilite", "Nicolas Favre <nicolas.favre@bluewin-like.example>",
    "Changement d'assurance",
    """Bonjour,

Je change d'assureur pour mes deux chats au 1er janvier. Pourriez-vous transmettre directement
à mon nouvel assureur (contrats@nouvelleassurance.example) l'historique de mes sinistres sous
forme électronique ? Et, une fois le contrat terminé, effacer mes données, sauf obligation
légale.

Meilleures salutations,
Nicolas Favre
Lausanne
""",
    R(["Portability", "Erasure"], "nicolas.favre@bluewin-like.example", "Nicolas", "Favre"))

add("fr-23-tache-registre", "Pauline Girard <pauline.girard@acme-corp.example>",
    "Registre des traitements - nouvelle clinique de Lyon",
    """Bonjour,

La clinique de Lyon Confluence ouvre le 1er décembre avec un logiciel de gestion différent
(VetManager). Pouvez-vous mettre à jour le registre des traitements et me dire ce qu'il faut
prévoir côté mentions d'information à l'accueil ?

Merci,
Pauline Girard
Directrice des opérations cliniques
""",
    TASK("pauline.girard@acme-corp.example", "Pauline", "Girard"))

add("fr-24-tache-cameras", "Karim Benslimane <karim.benslimane@acme-corp.example>",
    "Caméras dans le chenil - analyse d'impact ?",
    """Bonjour,

Nous voulons installer des caméras dans les chenils d'hospitalisation, consultables à distance
par les propriétaires via l'appli. Les soignants apparaîtront à l'image. Pouvez-vous nous dire
si une AIPD est nécessaire et nous accompagner ?

Karim Benslimane
Responsable travaux et sécurité
""",
    TASK("karim.benslimane@acme-corp.example", "Karim", "Benslimane"))

add("fr-25-tache-formation", "Anne-Sophie Roche <as.roche@acme-corp.example>",
    "Formation RGPD équipes d'accueil",
    """Bonjour,

Nous recrutons 12 assistantes vétérinaires pour les cliniques du Sud-Ouest. Serait-il possible
d'organiser une session de sensibilisation RGPD (demandes des clients, secret, téléphone) en
janvier ?

Anne-Sophie Roche, RH
""",
    TASK("as.roche@acme-corp.example", "Anne-Sophie", "Roche"))

add("fr-26-inc-ordonnance", "Dr Marion Texier <marion.texier@acme-corp.example>",
    "Ordonnance envoyée au mauvais client",
    """Bonjour,

Ce matin j'ai envoyé par mail l'ordonnance et le compte rendu d'opération de la chienne de
Mme Perrin à un autre client, M. Perret (autocomplétion). Le document contient le nom,
l'adresse et le téléphone de Mme Perrin. J'ai demandé à M. Perret de le supprimer, pas de
réponse pour l'instant.

Dr Marion Texier
Clinique vétérinaire de Grenoble
""",
    INC("marion.texier@acme-corp.example", "Marion", "Texier"))

add("fr-27-inc-appli-autre-client", "Aurélie Blanchard <aurelie.blanchard@mail.example>",
    "Je vois les données d'une autre personne dans l'appli",
    """Bonjour,

En ouvrant l'application ce soir, l'onglet « Mes animaux » m'affiche un chien qui n'est pas le
mien, avec le nom, l'adresse à Toulouse et le numéro de téléphone de sa propriétaire, et même
le code de sa boîte à clés. Je pense qu'il y a un gros problème chez vous.

Aurélie Blanchard
""",
    INC("aurelie.blanchard@mail.example", "Aurélie", "Blanchard"))

add("fr-28-inc-cle-usb", "Romain Gautier <romain.gautier@acme-corp.example>",
    "Clé USB perdue",
    """Bonjour,

J'ai perdu hier une clé USB non chiffrée contenant l'export des résiliations d'assurance du
troisième trimestre (environ 400 clients : noms, e-mails, motifs). Probablement dans le parking
du siège. Désolé.

Romain Gautier
Service indemnisation
""",
    INC("romain.gautier@acme-corp.example", "Romain", "Gautier"))

add("fr-29-relance-dsr", "Mathilde Garnier <mathilde.garnier@courriel.example>",
    "RE: [DSR-51907] Accusé de réception de votre demande",
    """Bonjour,

Je n'ai toujours rien reçu. Pouvez-vous me dire où en est ma demande ?

Mathilde Garnier

> Votre demande a bien été enregistrée sous la référence DSR-51907.
""",
    FU("51907", "mathilde.garnier@courriel.example", "Mathilde", "Garnier"))

add("fr-30-suite-heritier", "Laurent Moreau <laurent.moreau@famille.example>",
    "Re: Décès de ma mère, Mme Josiane Moreau",
    """Bonjour,

Comme convenu je vous joins l'acte de décès de ma mère. Merci de me confirmer quand ce sera
fait.

Laurent Moreau
""",
    FU(ref("fr-12-heritier"), "laurent.moreau@famille.example", "Laurent", "Moreau"),
    headers=irt("fr-12-heritier"))

add("fr-31-spam-referencement", "Agence SEO Premium <contact@seo-premium.example>",
    "Votre site n'apparaît pas sur Google !",
    """Bonjour,

Votre site de clinique vétérinaire est invisible sur Google. Notre agence vous garantit la
première page en 30 jours, et la conformité RGPD de vos formulaires offerte (suppression des
données inutiles incluse). Offre à 199 EUR/mois sans engagement.

Répondez OUI pour être rappelé.
""",
    IGN("spam", "contact@seo-premium.example"))

add("fr-32-spam-heritage", "Me Jean-Pierre Kouassi <jp.kouassi@cabinet-heritage.example>",
    "Héritage non réclamé - confidentiel",
    """Cher(e) bénéficiaire,

Un de nos clients décédé sans héritier a laissé la somme de 4 500 000 EUR. Vous partagez son nom
de famille. Pour recevoir votre part, envoyez-nous une copie de votre pièce d'identité et vos
coordonnées bancaires. Vos données personnelles seront protégées et détruites après le transfert.

Me Kouassi
""",
    IGN("spam", "jp.kouassi@cabinet-heritage.example"),
    headers=SPAM_HDR)

add("fr-33-absence", "Caroline Petit <caroline.petit@fournisseur-aliments.example>",
    "Réponse automatique : Questionnaire sous-traitant",
    """Bonjour,

Je suis absente du bureau jusqu'au 23 novembre inclus. Pour toute urgence, merci de contacter
commercial@fournisseur-aliments.example.

Cordialement,
Caroline Petit
""",
    IGN("auto_reply", "caroline.petit@fournisseur-aliments.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-34-lettre-info", "Le Point Vétérinaire Pro <newsletter@veto-actu.example>",
    "Lettre d'information n°412 - Nouveautés réglementaires",
    """Au sommaire cette semaine :
- Ordonnances électroniques : ce qui change en 2027
- RGPD en clinique : les 5 erreurs à éviter
- Antibiorésistance : le point

Pour vous désabonner, cliquez ici.
""",
    IGN("bulk", "newsletter@veto-actu.example"),
    headers=["List-Id: Veto Actu Pro <pro.veto-actu.example>",
             "List-Unsubscribe: <mailto:unsubscribe@veto-actu.example>",
             "Precedence: bulk"])
