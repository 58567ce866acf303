from common import *  # part fr: written blind

# ---------------------------------------------------------------- requests

add("fr-01-copie-une-ligne", "kevin.moreau75@mailbox.example", "données",
"""bonjour je veux une copie de toutes mes donnees que vous avez (appli autopartage) merci
Kevin Moreau
""", R(["Access"], "kevin.moreau75@mailbox.example", "Kevin", "Moreau"))

add("fr-02-supprime-mon-compte-tutoiement", "Lucas Ferrand <lucas.ferrand@webmail.example>", "supprimer mon compte stp",
"""Salut,

J'ai revendu ma carte de membre à un pote (enfin, il s'est inscrit de son côté) et je me sers plus du tout de l'appli depuis que j'ai déménagé à Rennes. Tu peux virer mon compte et tout ce qui va avec ? Le mail du compte c'est celui-ci.

Merci d'avance !
Lucas

Envoyé de mon iPhone
""", R(["Erasure"], "lucas.ferrand@webmail.example", "Lucas", "Ferrand"))

add("fr-03-lettre-art15-dossier-dentaire", "Hélène Castaing-Labat <h.castaing-labat@laposte-mail.example>",
"Demande de communication de mon dossier médical – art. 15 RGPD",
"""Hélène Castaing-Labat
14, allée des Demoiselles
31400 Toulouse

À l'attention du Délégué à la protection des données

Toulouse, le 12 novembre 2026

Objet : demande d'accès à mon dossier – article 15 du Règlement (UE) 2016/679 et article L.1111-7 du Code de la santé publique

Madame, Monsieur,

Patiente du centre dentaire de Toulouse-Saint-Michel depuis 2019 (Dr Garrigues puis Dr Amrani), je vous prie de bien vouloir me communiquer l'intégralité des données me concernant, et notamment :
- mon dossier médical complet (comptes rendus de soins, plan de traitement, devis signés) ;
- les radiographies panoramiques et rétro-alvéolaires réalisées, de préférence au format numérique d'origine ;
- l'historique de mes rendez-vous.

Je joins la copie de ma carte d'identité. Je vous rappelle que le délai de réponse est d'un mois à compter de la réception de la présente.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Castaing-Labat
""", R(["Access"], "h.castaing-labat@laposte-mail.example", "Hélène", "Castaing-Labat"))

add("fr-04-transfert-dossier-nouveau-dentiste", "Séverine Vandenbroucke <severine.vdb@skynet-mail.example>",
"Transfert de mon dossier vers mon nouveau dentiste",
"""Bonjour,

Je déménage de Liège à Namur à la fin du mois et je vais donc changer de dentiste. Serait-il possible de transmettre directement mon dossier complet (radios comprises, fichiers numériques si possible) au cabinet du Dr Mathieu Lambot, rue de Fer 27 à 5000 Namur ? Son adresse mail : secretariat@cabinet-lambot.example

Je vous remercie de faire le nécessaire endéans les deux semaines si possible, j'ai un rendez-vous là-bas le 4 décembre.

Pour toute question, vous pouvez me joindre sur mon GSM au 0476 12 34 56.

Bien à vous,
Séverine Vandenbroucke
(patiente du cabinet de Liège-Guillemins)
""", R(["Portability"], "severine.vdb@skynet-mail.example", "Séverine", "Vandenbroucke"))

add("fr-05-amende-nom-mal-orthographie", "Jean-Baptiste N'Diaye <jb.ndiaye@free-post.example>",
"Erreur sur mon identité dans la désignation d'une contravention",
"""Bonjour,

J'ai reçu ce matin un courrier de l'ANTAI : vous m'avez désigné comme conducteur pour un excès de vitesse commis avec une de vos voitures le 21 octobre. Je ne conteste pas, c'était bien moi.

Par contre, dans vos fichiers je m'appelle visiblement « Jean-Baptiste NDIAY » et vous avez encore mon ancienne adresse à Créteil (12 rue des Mèches). Le courrier a mis trois semaines à me parvenir.

Merci de corriger mon nom (N'Diaye, avec l'apostrophe et le E) et de mettre à jour mon adresse : 8 avenue Aubert, 94300 Vincennes. Je l'avais pourtant modifiée dans l'appli, je ne comprends pas.

Cordialement,
Jean-Baptiste N'Diaye
""", R(["Rectification"], "jb.ndiaye@free-post.example", "Jean-Baptiste", "N'Diaye"))

add("fr-06-stop-sms-majuscules", "Gérard Blanc <g.blanc@orange-mail.example>", "STOP SMS",
"""ARRETEZ DE M'ENVOYER VOS SMS DE PROMOTION "-20% CE WEEK-END" TOUS LES VENDREDIS !!! JE N'AI LOUE QU'UNE FOIS CHEZ VOUS EN 2024 POUR UN DEMENAGEMENT. JE NE VEUX PLUS RIEN RECEVOIR, NI SMS NI MAIL. MON NUMERO C'EST LE 06 71 22 48 90.

G. BLANC
""", R(["Opposition"], "g.blanc@orange-mail.example", "Gérard", "Blanc"))

add("fr-07-opposition-score-conduite", "Thibault de La Roche <thibault.delaroche@corsaire.example>",
"Opposition au calcul d'un score de conduite",
"""Madame, Monsieur,

J'ai découvert dans la dernière version de votre application une rubrique « Mon éco-conduite » qui m'attribue une note (62/100) à partir de mes accélérations, freinages et vitesses relevés par le boîtier GPS des véhicules.

Je n'ai jamais souhaité ce suivi. Sur le fondement de l'article 21 du RGPD, je m'oppose à ce que mes données de géolocalisation et de conduite soient utilisées pour établir un profil de conduite, quel qu'en soit l'usage (classement, offres, « récompenses »). La géolocalisation nécessaire à la facturation et à la récupération du véhicule n'est pas visée par ma demande.

Je vous remercie de me confirmer la prise en compte de mon opposition.

Thibault de La Roche
Versailles
""", R(["Opposition"], "thibault.delaroche@corsaire.example", "Thibault", "de La Roche"))

add("fr-08-compte-suspendu-verification-auto", "Noé Rochat <noe.rochat@bluemail.example>",
"Compte suspendu sans explication – je demande un examen par une personne",
"""Bonjour,

Depuis mardi mon compte est « suspendu pour vérification d'identité échouée ». J'ai refait trois fois le selfie et le scan de mon permis (permis suisse, format carte, délivré dans le canton de Vaud) et à chaque fois le message tombe au bout de dix secondes : « Document non reconnu ». Personne n'a regardé mon dossier, c'est évident.

Je conteste cette décision prise par votre système automatique et je demande qu'un collaborateur réexamine mes documents et débloque mon compte. J'utilise vos voitures à Lausanne depuis deux ans sans aucun souci.

Avec mes meilleures salutations,
Noé Rochat
Natel +41 79 345 67 80
""", R(["AutomatedDecision"], "noe.rochat@bluemail.example", "Noé", "Rochat"))

add("fr-09-question-conservation-gps", "Mélissa Nguyen <melissa.nguyen@kmail.example>",
"Question sur les données GPS",
"""Bonjour,

J'utilise votre service d'autopartage à Lyon. Par curiosité (et un peu par inquiétude), j'aimerais savoir :
1) combien de temps vous gardez la position GPS de mes trajets ;
2) si ces données peuvent être transmises à la police, à une assurance ou à des partenaires commerciaux ;
3) si la voiture enregistre la position aussi quand je ne suis pas en réservation.

Je ne demande pas de copie de mes données, juste de comprendre comment ça fonctionne.

Merci et bonne journée,
Mélissa
""", R(["Information"], "melissa.nguyen@kmail.example", "Mélissa", "Nguyen"))

add("fr-10-directives-apres-deces", "Jacqueline Humbert <j.humbert@wanadoo-mail.example>",
"Mes directives pour mes donnees apres mon deces",
"""Madame, Monsieur,

Agée de 81 ans et soignée depuis longtemps dans votre cabinet dentaire de Dijon, je souhaite mettre mes affaires en ordre.

En application de l'article 85 de la loi Informatique et Libertés, je vous fais part de mes directives particulières concernant mes données après mon décès :
- mon dossier dentaire pourra être communiqué à ma fille, Mme Claire Humbert-Rossi, si elle en fait la demande ;
- aucune autre personne ne devra y avoir accès ;
- les rappels de rendez-vous et courriers devront cesser dès que le cabinet sera informé de mon décès.

Je désigne ma fille pour veiller à l'exécution de ces directives.

Je vous prie de croire, Madame, Monsieur, à l'assurance de ma considération distinguée.

Jacqueline Humbert
7 rue Chabot-Charny, Dijon
""", R(["AdvanceDirectives"], "j.humbert@wanadoo-mail.example", "Jacqueline", "Humbert"),
    ct=LATIN1, encode="latin-1")

add("fr-11-fils-pere-decede-cloture", "Baptiste Lemaire <baptiste.lemaire@proton-like.example>",
"Décès de mon père – clôture de son compte",
"""Bonjour,

Mon père, Robert Lemaire, est décédé le 3 septembre dernier. Il était abonné à votre formule « Autopartage Senior » (compte ouvert avec l'adresse robert.lemaire@ancien-fai.example, à laquelle je n'ai plus accès).

Le prélèvement mensuel continue de tomber sur son compte bancaire, que nous sommes en train de clôturer chez le notaire. En tant que fils et héritier, je vous demande de fermer son compte et de supprimer ses données (permis, carte bancaire, historique). Je peux vous fournir l'acte de décès et l'attestation du notaire.

Merci de votre compréhension,
Baptiste Lemaire
06 45 78 12 09
""", R(["Erasure"], "baptiste.lemaire@proton-like.example", "Robert", "Lemaire", representative="Baptiste Lemaire"))

add("fr-12-mere-radios-orthodontie", "Fatima Zahra El Amrani <fz.elamrani@courriel.example>",
"radios de ma fille",
"""Bonjour,

Ma fille Inès Benali (12 ans, née le 02/05/2014) est suivie en orthodontie dans votre centre de Villeurbanne depuis janvier. On nous propose maintenant l'extraction de quatre prémolaires et avant de donner notre accord nous voudrions un deuxième avis.

Pouvez-vous m'envoyer une copie de ses radiographies (panoramique et téléradiographie de profil) et du plan de traitement ? Je suis sa mère et j'ai l'autorité parentale avec son père.

Merci beaucoup
Fatima Zahra El Amrani
""", R(["Access"], "fz.elamrani@courriel.example", "Inès", "Benali", representative="Fatima Zahra El Amrani"))

add("fr-13-avocat-bruxelles-acces", "Me Arnaud Vermeulen <a.vermeulen@vermeulen-avocats.example>",
"V/Réf. litige dommages – N/Réf. 2026/0412 – M. Yannick Mertens",
"""Madame, Monsieur,

J'interviens en qualité de conseil de M. Yannick Mertens, domicilié avenue Louise 212 à 1050 Ixelles, titulaire d'un compte client auprès de votre société.

Vous réclamez à mon client une somme de 1.250,00 EUR au titre de dommages qui auraient été constatés sur le véhicule 1-XKV-418 à l'issue de sa location du 9 octobre 2026, ce qu'il conteste formellement.

Au nom et pour compte de mon client, et sur la base de l'article 15 du RGPD, je vous prie de me communiquer une copie de l'ensemble des données à caractère personnel le concernant que vous traitez, en ce compris :
- les photographies et le rapport de constat de dommages, avec leurs métadonnées (date, heure, auteur) ;
- les données de géolocalisation et de télémétrie relatives à la location précitée ;
- l'état des lieux de départ et de retour ;
- l'ensemble des échanges avec votre service clientèle.

Vous trouverez en annexe le mandat signé par mon client ainsi que la copie de sa carte d'identité.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Arnaud Vermeulen
Avocat au barreau de Bruxelles
Vermeulen & Associés – chaussée de Charleroi 110, 1060 Bruxelles
T +32 2 538 00 00

Ce message et ses annexes sont confidentiels et peuvent être couverts par le secret professionnel. S'il vous est parvenu par erreur, merci d'en avertir l'expéditeur et de le détruire.
""", R(["Access"], "a.vermeulen@vermeulen-avocats.example", "Yannick", "Mertens", representative="Arnaud Vermeulen"))

add("fr-14-limitation-contestation-dommage", "Océane Da Silva <oceane.dasilva@mailo-like.example>",
"Contestation du constat de dommages – demande de limitation",
"""Bonjour,

Suite à ma location du 28 octobre (Bordeaux, Citroën C3), vous m'avez envoyé un constat de dommages pour une rayure sur la portière arrière droite et un prélèvement de 450 € sur ma caution est annoncé. J'ai des photos horodatées de la voiture au moment du départ qui montrent que la rayure était déjà là, j'ai répondu au service client avec ces photos.

En attendant que ma contestation soit examinée, je vous demande de limiter l'utilisation de mes données à ce dossier (article 18 du RGPD) : pas de transmission à votre société de recouvrement, pas d'inscription sur une liste de « clients à risque », pas de transmission à votre assureur tant que rien n'est tranché. Je ne demande pas la suppression, je veux que les données restent conservées pour le litige.

Merci de me confirmer.
Océane Da Silva
""", R(["Restriction"], "oceane.dasilva@mailo-like.example", "Océane", "Da Silva"))

add("fr-15-suisse-acces-puis-effacement", "Grégoire Du Pasquier <gregoire.dupasquier@lemanmail.example>",
"Demande selon la LPD / RGPD",
"""Bonjour,

Je suis client de votre service d'autopartage à Genève depuis 2023 mais je vais quitter la Suisse l'année prochaine.

En vertu de l'art. 25 de la loi fédérale sur la protection des données (nLPD) et, pour autant qu'il s'applique, de l'art. 15 du RGPD, je vous prie de m'indiquer quelles données personnelles vous détenez à mon sujet et de m'en transmettre une copie.

Une fois cette copie reçue, je vous demanderai – et je vous le demande donc d'ores et déjà – d'effacer l'ensemble de ces données, hormis ce que la loi vous oblige à garder (factures).

Avec mes salutations les meilleures,
Grégoire Du Pasquier
Route de Chêne 78, 1208 Genève
Natel 079 612 70 90
""", R(["Access", "Erasure"], "gregoire.dupasquier@lemanmail.example", "Grégoire", "Du Pasquier"))

add("fr-16-mariage-nom-et-newsletter", "Chloé Dubois-Marchal <chloe.dubois.marchal@netcourrier.example>",
"changement de nom + newsletter",
"""Bonjour,

Suite à mon mariage en septembre, je m'appelle désormais Chloé Dubois-Marchal (avant : Chloé Dubois). Pourriez-vous mettre à jour mon dossier patient au cabinet de Nantes, ainsi que l'adresse mail, qui est maintenant celle-ci ? Ma mutuelle me dit que les feuilles de soins ne correspondent plus.

Et tant que j'y suis : je ne souhaite plus recevoir la lettre d'information « Sourire & Santé » du centre, merci de me désinscrire.

Belle journée,
Chloé
""", R(["Rectification", "Opposition"], "chloe.dubois.marchal@netcourrier.example", "Chloé", "Dubois-Marchal"))

add("fr-17-html-suppression-permis", "Clément Boulanger <clement.boulanger@boitemail.example>",
"Suppression de mon permis",
html("Bonjour,",
     "J'ai fermé mon compte client la semaine dernière. Dans l'application je vois qu'il reste <b>la photo de mon permis de conduire (recto/verso)</b> et <b>mon selfie de vérification</b>.",
     "Je demande que ces documents soient effacés de vos serveurs, ainsi que le reste de mes données personnelles, puisque je ne suis plus client.",
     "Cordialement,<br>Clément Boulanger<br><i>Envoyé depuis Outlook pour Android</i>"),
R(["Erasure"], "clement.boulanger@boitemail.example", "Clément", "Boulanger"), ct=HTML)

add("fr-18-mutuelle-quelles-donnees", "Hervé Le Goff <herve.legoff@armor-net.example>",
"Tiers payant - quelles informations transmises ?",
"""Bonjour,

Lors de mes soins (couronne + implant) au centre dentaire de Brest, le secrétariat a fait le tiers payant avec ma mutuelle.

Je voudrais savoir exactement quelles informations vous transmettez à la mutuelle et à la caisse primaire : seulement les actes et montants, ou aussi les radios, le diagnostic, le schéma dentaire ? Et combien de temps ces informations restent-elles chez vous ?

Merci d'avance pour votre réponse.

Hervé Le Goff
""", R(["Information"], "herve.legoff@armor-net.example", "Hervé", "Le Goff"),
    ct=LATIN1, encode="latin-1-qp")

add("fr-19-caution-pas-remboursee", "Karim Haddad <karim.haddad@messagerie.example>",
"caution toujours pas remboursée",
"""Bonjour

J'ai rendu la voiture le 2 novembre à la gare Saint-Charles (réservation MRS-88213) sans aucun problème, et la caution de 300 € n'est toujours pas revenue sur ma carte, ça fait deux semaines. Le chat de l'appli me répond en boucle. Je ne sais pas à qui écrire alors j'écris ici.

Merci de regarder
Karim Haddad
""", R(["Unknown"], "karim.haddad@messagerie.example", "Karim", "Haddad"))

add("fr-20-deplacer-rendez-vous", "Agnès Delvaux <agnes.delvaux@namur-net.example>",
"Rendez-vous de jeudi",
"""Bonjour Madame,

J'ai un rendez-vous jeudi 19 à 14h30 chez le Dr Fontaine pour un détartrage mais je ne sais pas venir, ma petite-fille est malade et je dois la garder. Est-ce qu'on peut le déplacer à la semaine prochaine, de préférence le matin ?

Merci bien et à bientôt,
Agnès Delvaux
081 22 45 67
""", R(["Unknown"], "agnes.delvaux@namur-net.example", "Agnès", "Delvaux"))

add("fr-21-export-trajets-format-reutilisable", "Pierre-Yves Favre <pyfavre@vaudmail.example>",
"Export de mes trajets et factures",
"""Bonjour,

J'aimerais récupérer l'historique complet de mes réservations (dates, durées, kilomètres, montants) et mes factures sous une forme exploitable par une machine – CSV, JSON ou Excel, peu importe – afin de les importer chez le nouveau prestataire de mobilité de mon employeur, qui reprend les abonnements des collaborateurs au 1er janvier.

Les PDF un par un dans l'appli ne me servent à rien, il y en a plus de 200.

Merci d'avance et meilleures salutations,
Pierre-Yves Favre
Yverdon-les-Bains
""", R(["Portability"], "pyfavre@vaudmail.example", "Pierre-Yves", "Favre"))

add("fr-22-retrait-consentement-photos-sourire", "Élodie Chevallier <elodie.chevallier@zmail.example>",
"Photos avant/après – retrait de mon accord",
"""Bonjour,

En mars j'avais signé au cabinet d'Annecy une autorisation pour que les photos de mon sourire avant/après les facettes soient utilisées dans vos supports de communication (site, brochures, réseaux sociaux).

J'ai changé d'avis : je retire mon consentement à compter d'aujourd'hui. Merci de ne plus utiliser ces photos dans vos communications.

Cordialement,
Élodie Chevallier
""", R(["Opposition"], "elodie.chevallier@zmail.example", "Élodie", "Chevallier"))

add("fr-23-belge-tout-savoir-sans-ponctuation", "dylan.lambert.6000@hotmail-like.example", "amendes",
"""bonjour ca fait deux fois que vous me refacturez des amendes avec 25 euros de frais en plus et j ai meme pas roulé ces jours la moi je veux savoir tout ce que vous avez comme donnees sur moi les trajets les heures les adresses tout et que vous me l envoyez par mail svp merci d avance a tantot
dylan lambert charleroi
""", R(["Access"], "dylan.lambert.6000@hotmail-like.example", "Dylan", "Lambert"))

add("fr-24-collegue-transfere-suppression", "Sandrine Morel <sandrine.morel@acme-corp.example>",
"TR: Suppression de mon compte",
"""Bonjour l'équipe privacy,

Une cliente nous demande la suppression de son compte, je vous transfère car le service client ne peut pas supprimer les données lui-même. Elle n'a plus de réservation en cours et son solde est à zéro.

Bonne journée,
Sandrine Morel
Service client – Autopartage
Tél. interne 4412

-------- Message transféré --------
De : Anaïs Bertrand <anais.bertrand@courriel-perso.example>
Date : dim. 15 nov. 2026 à 21:14
À : support@acme-corp.example
Objet : Suppression de mon compte

Bonsoir,
Je n'utilise plus vos services depuis que j'ai acheté une voiture. Merci de supprimer mon compte et toutes les données qui vont avec (permis, carte bancaire).
Anaïs Bertrand
""", R(["Erasure"], "anais.bertrand@courriel-perso.example", "Anaïs", "Bertrand"))

add("fr-25-assistante-transfere-piece-jointe", "Laetitia Roussel <laetitia.roussel@acme-corp.example>",
"Fwd: demande de dossier",
"", R(["Access"], "m.perrin@fournisseur-mail.example", "Mathieu", "Perrin"),
    attached=("Mathieu Perrin <m.perrin@fournisseur-mail.example>", "demande de dossier",
"""Bonjour,

Je suis patient du centre de Montpellier-Antigone. Je souhaite récupérer une copie complète de mon dossier : radios, comptes rendus, devis, et ce que vous avez noté sur mes antécédents. J'ai le droit je crois.

Vous pouvez me l'envoyer par mail à cette adresse.

Mathieu Perrin
"""),
    note="""Bonjour,

Reçu ce mail sur l'adresse du cabinet de Montpellier, je pense que c'est pour vous. Je le mets en pièce jointe.

Laetitia
Assistante dentaire – Centre Montpellier-Antigone
""")

add("fr-26-famille-replyto-demarchage", "Famille Girard <famille.girard@foyer.example>",
"Appels commerciaux",
"""Bonjour,

Depuis un mois je suis appelée presque tous les jours par vos commerciaux pour une offre de « location longue durée » alors que j'avais seulement loué un utilitaire chez vous l'an dernier.

Je vous demande de cesser tout démarchage téléphonique et de me retirer de vos fichiers de prospection. Mon numéro : 06 33 21 45 87.

Merci de me répondre sur mon adresse personnelle.
Sophie Girard
""", R(["Opposition"], "sophie.girard@perso-mail.example", "Sophie", "Girard"),
    headers=["Reply-To: Sophie Girard <sophie.girard@perso-mail.example>"])

add("fr-27-longue-colere-amende-lyon", "Amélie Rousseau-Lefèvre <amelie.rl@courriel.example>",
"INADMISSIBLE - amende pour un trajet que je n'ai pas fait",
"""Bonjour,

Je vous écris parce que j'en ai vraiment assez et que personne au service client ne semble capable de lire un message jusqu'au bout.

Le 14 octobre, j'ai réservé une de vos voitures à Paris 11e, de 9h à 13h, pour emmener ma mère à un rendez-vous à l'hôpital. Voiture rendue à 12h40, tout était normal. Trois semaines plus tard, je reçois un mail automatique m'informant que vous m'avez « désignée » pour un stationnement gênant à LYON le 14 octobre à 18h52, et que des frais de gestion de 30 € ont été prélevés sur ma carte. À 18h52 j'étais chez moi, à Paris, avec ma mère, et j'ai des témoins.

J'ai appelé trois fois. La première fois on m'a dit que c'était « forcément moi » puisque la voiture était réservée à mon nom (ce qui est faux, ma réservation était terminée depuis six heures). La deuxième fois on m'a raccroché au nez. La troisième fois on m'a donné cette adresse mail.

Alors voilà : je veux recevoir une copie de toutes les données que vous avez sur moi – mes réservations, les relevés GPS de ma location du 14 octobre avec les heures exactes de début et de fin, et ce que vous avez transmis à l'ANTAI en mon nom. Je vais contester cette contravention et j'ai besoin de ces éléments.

Et je veux aussi être remboursée des 30 €, mais ça je suppose que ce n'est pas votre service.

Je suis cliente depuis 2021 et c'est bien la dernière fois que je vous fais confiance.

Amélie Rousseau-Lefèvre
""", R(["Access"], "amelie.rl@courriel.example", "Amélie", "Rousseau-Lefèvre"))

add("fr-28-supprimez-et-stop-pub", "Ines Ferreira <ines.ferreira@mel.example>", "desinscription",
"""Bonjour, suprimez mon compte svp et arretez de m envoyer vos mails de pub, je les ai jamais demandé.
Ines Ferreira
""", R(["Erasure", "Opposition"], "ines.ferreira@mel.example", "Ines", "Ferreira"))

add("fr-29-curatrice-vaud-dossier", "Nathalie Gander <nathalie.gander@curatelles-vd.example>",
"Mme Lucienne Pittet – demande de copie du dossier dentaire",
"""Madame, Monsieur,

En ma qualité de curatrice de Mme Lucienne Pittet, née le 11 février 1941, domiciliée à l'EMS Les Tilleuls à Morges, désignée par la Justice de paix du district de Morges (curatelle de représentation et de gestion, décision jointe), je vous prie de me faire parvenir une copie du dossier dentaire de ma protégée, ainsi que le détail des factures 2025 et 2026 émises par votre cabinet de Morges.

Ces documents sont nécessaires pour vérifier la prise en charge par les prestations complémentaires.

Je vous remercie de votre diligence et vous adresse mes meilleures salutations.

Nathalie Gander
Curatrice professionnelle
Office des curatelles et tutelles professionnelles – Région Ouest
Tél. 021 316 00 00
""", R(["Access"], "nathalie.gander@curatelles-vd.example", "Lucienne", "Pittet", representative="Nathalie Gander"))

add("fr-30-transferts-hors-ue-soustraitants", "Laurent Schaller <l.schaller@fribourg-net.example>",
"Hébergement des données de l'application",
"""Bonjour,

Avant de m'inscrire, j'aimerais quelques précisions que je n'ai pas trouvées dans votre politique de confidentialité :
- Les données de l'application (permis, selfie, géolocalisation) sont-elles hébergées en Suisse, dans l'UE ou aux États-Unis ?
- Quels sont vos sous-traitants pour la vérification d'identité ?
- Sur quelle base légale conservez-vous la copie du permis après la vérification, et pendant combien de temps ?

Je vous remercie par avance.
Laurent Schaller
""", R(["Information"], "l.schaller@fribourg-net.example", "Laurent", "Schaller"))

add("fr-31-date-naissance-fausse-franglais", "Kenza Martin <kenza.martin@startup-mail.example>",
"wrong birth date / surcharge jeune conducteur",
"""Hello,

Sorry je mélange un peu, je bosse en anglais toute la journée. Ma date of birth est wrong dans l'app : il y a 14/03/2001 au lieu de 14/03/1996. Du coup on me facture la « surcharge jeune conducteur » à chaque location, which is super annoying.

Can you please corriger ça ? Je peux envoyer mon passeport si besoin.

Thanks !
Kenza Martin
""", R(["Rectification"], "kenza.martin@startup-mail.example", "Kenza", "Martin"))

add("fr-32-formel-art17-disclaimer", "Olivier Vasseur <olivier.vasseur@groupe-industriel.example>",
"Exercice du droit à l'effacement (article 17 RGPD)",
"""Madame, Monsieur,

J'ai utilisé votre service de location dans le cadre du compte entreprise de mon ancien employeur jusqu'au 30 juin 2026. Ayant quitté cette société, je n'ai plus aucune relation avec vous.

Conformément à l'article 17 du RGPD, je vous demande d'effacer sans délai l'ensemble des données personnelles me concernant (identité, copie du permis de conduire, historique de locations, données de géolocalisation), sous réserve des seules obligations légales de conservation, et de m'en confirmer l'exécution par écrit.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Vasseur
Directeur administratif et financier
Groupe Industriel du Nord – 59000 Lille
Tél. +33 3 20 00 00 00

AVERTISSEMENT : ce courriel et les éventuelles pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination est interdite. L'intégrité de ce message n'étant pas assurée sur Internet, la société ne peut être tenue responsable de son contenu.
""", R(["Erasure"], "olivier.vasseur@groupe-industriel.example", "Olivier", "Vasseur"))

add("fr-33-comment-avez-vous-mon-adresse", "Mathilde Garnier <mathilde.garnier@cmail.example>",
"D'où vient mon adresse ?",
"""Bonjour,

Je reçois depuis quinze jours vos mails « Votre première location offerte à Strasbourg ». Je n'ai jamais créé de compte chez vous ni loué quoi que ce soit.

Pouvez-vous me dire d'où vous tenez mon adresse électronique (achat de fichier, partenaire ?) et qui vous l'a communiquée ?

Merci,
Mathilde Garnier
""", R(["Information"], "mathilde.garnier@cmail.example", "Mathilde", "Garnier"))

# ---------------------------------------------------------------- tasks

add("fr-34-tache-dpa-boitiers-telematiques", "Julien Roux <julien.roux@acme-corp.example>",
"Relecture DPA – nouveau fournisseur boîtiers télématiques",
"""Salut,

On est en train de finaliser le contrat avec GéoTrack Systems pour le remplacement des boîtiers télématiques sur toute la flotte (1 800 véhicules, déploiement à partir de février). Ils hébergent les positions GPS et les données moteur chez eux.

Le juridique m'a dit de te faire relire l'annexe « accord de traitement des données » avant signature. Je te mets le PDF en pièce jointe, on aimerait signer vendredi 27 si possible. Je peux passer te voir si c'est plus simple.

Merci !
Julien Roux
Responsable Flotte & Télématique
""", TASK("julien.roux@acme-corp.example", "Julien", "Roux"))

add("fr-35-tache-registre-logiciel-radio", "Marion Lefort <marion.lefort@acme-corp.example>",
"Mise à jour du registre – logiciel d'imagerie",
"""Bonjour,

À partir du 1er décembre, les cabinets de la région Sud passent au nouveau logiciel d'imagerie dentaire (radios panoramiques et cone beam stockées dans le cloud de l'éditeur, serveurs en Allemagne d'après eux).

Pourriez-vous mettre à jour le registre des traitements en conséquence et me dire s'il y a quelque chose à faire de notre côté (information des patients, affichage en salle d'attente) ?

Merci d'avance,
Marion Lefort
Directrice des opérations – Centres dentaires Région Sud
""", TASK("marion.lefort@acme-corp.example", "Marion", "Lefort"))

add("fr-36-tache-formation-accueil-belgique", "Nicolas Dewez <nicolas.dewez@acme-corp.example>",
"Formation RGPD pour les nouvelles assistantes",
"""Bonjour,

Nous avons engagé cinq nouvelles assistantes pour les cabinets de Bruxelles et de Liège, qui commencent le 1er décembre. Serait-il possible d'organiser une session de sensibilisation RGPD (secret médical, téléphone, mails aux patients, ce qu'on peut dire ou pas à la famille) pendant leur première semaine ? Une heure trente suffirait, en présentiel à Bruxelles de préférence.

Dites-moi quelles dates vous conviendraient.

Merci bien,
Nicolas Dewez
HR Business Partner Belgique
""", TASK("nicolas.dewez@acme-corp.example", "Nicolas", "Dewez"))

add("fr-37-tache-questionnaire-client-b2b", "Caroline Mercier <caroline.mercier@acme-corp.example>",
"URGENT questionnaire RGPD fournisseur – client Transports Lemoine",
"""Bonjour,

Transports Lemoine (420 collaborateurs sur notre offre Autopartage Entreprise) renouvelle son contrat et leur service achats nous envoie leur questionnaire « sécurité et protection des données fournisseurs » : 64 questions, dont la localisation des données, les sous-traitants, la gestion des violations, la durée de conservation des trajets de leurs salariés…

Il faut le leur retourner avant le 4 décembre sinon on sort de l'appel d'offres. Je vous le transmets en pièce jointe ; j'ai rempli la partie commerciale, pouvez-vous prendre la partie données personnelles ?

Merci beaucoup !!
Caroline Mercier
Key Account Manager – Grands comptes
""", TASK("caroline.mercier@acme-corp.example", "Caroline", "Mercier"))

add("fr-38-tache-aipd-dashcams", "Stéphane Aubry <stephane.aubry@acme-corp.example>",
"Projet dashcams – besoin d'une AIPD ?",
"""Bonjour,

Suite aux nombreux litiges sur les dommages, la direction veut tester des caméras embarquées (avant + habitacle) dans 150 véhicules à Paris et Lyon à partir du T1. Les vidéos seraient déclenchées en cas de choc et envoyées sur nos serveurs.

J'imagine qu'il faut une analyse d'impact avant de lancer le pilote. Peux-tu nous accompagner pour la réaliser ? Je peux organiser un atelier avec l'équipe produit la semaine prochaine.

Stéphane Aubry
Chef de projet Innovation
""", TASK("stephane.aubry@acme-corp.example", "Stéphane", "Aubry"))

# ---------------------------------------------------------------- incidents

add("fr-39-inc-portable-vole-liege", "Valérie Henrard <valerie.henrard@acme-corp.example>",
"Vol du portable du cabinet",
"""Bonjour,

Je vous signale que l'ordinateur portable du cabinet de Liège-Guillemins a été volé ce matin dans ma voiture, sur le parking de la Médiacité (vitre brisée). Je l'avais emporté pour travailler sur les plannings.

Il contenait l'agenda des rendez-vous et un export Excel de la liste des patients avec les numéros de téléphone et les mutualités, que j'avais fait pour les rappels. Je ne suis pas sûre qu'il était chiffré. J'ai porté plainte à la police (PV joint).

Que dois-je faire ?

Valérie Henrard
Responsable administrative – Cabinet Liège-Guillemins
""", INC("valerie.henrard@acme-corp.example", "Valérie", "Henrard"))

add("fr-40-inc-client-voit-constat-autre", "Romain Carpentier <romain.carpentier@fastmail-like.example>",
"Je vois les documents d'un autre client dans l'appli",
"""Bonjour,

En ouvrant l'onglet « Mes sinistres » de l'application ce soir, je ne vois pas mon dossier mais celui de quelqu'un d'autre : un constat amiable au nom d'une certaine Mme L. avec son adresse, la photo de son permis de conduire et les photos de la voiture. Je n'ai rien téléchargé mais je préfère vous prévenir, ce n'est pas normal. Je suppose que quelqu'un voit peut-être mes documents aussi.

Capture d'écran (floutée) en pièce jointe.

Romain Carpentier
""", INC("romain.carpentier@fastmail-like.example", "Romain", "Carpentier"))

add("fr-41-inc-sms-rappels-decales", "Sébastien Roy <sebastien.roy@acme-corp.example>",
"Problème envoi SMS rappels de rendez-vous",
"""Bonjour,

Petit souci ce matin : le lot de SMS de rappel pour les rendez-vous de demain (centre de Marseille-Prado) est parti avec un décalage de ligne dans le fichier. Environ 140 patients ont reçu « Bonjour [prénom nom d'un autre patient], rappel de votre RDV implantologie demain à ... ». Plusieurs patients ont déjà appelé le cabinet.

J'ai bloqué les envois suivants. Je vous mets le fichier en pièce jointe. Dites-moi ce qu'il faut faire, on doit peut-être prévenir quelqu'un ?

Sébastien Roy
Support informatique – Centres dentaires
""", INC("sebastien.roy@acme-corp.example", "Sébastien", "Roy"))

add("fr-42-inc-clic-phishing", "Loïc Marchand <loic.marchand@acme-corp.example>",
"j'ai cliqué sur un lien bizarre",
"""Bonjour,

Je suis désolé, je crois que j'ai fait une bêtise. J'ai reçu un mail « DocuSign – contrat de location à signer » qui avait l'air de venir d'un client pro, j'ai cliqué et j'ai tapé mon identifiant et mon mot de passe Microsoft sur la page. Ensuite la page a affiché une erreur.

Ça s'est passé vers 9h15. J'ai changé mon mot de passe à 9h40 quand j'ai compris. Mon compte a accès au back-office clients de l'agence de Nantes (permis, cartes d'identité, contrats).

Loïc Marchand
Agent de comptoir – Agence Nantes Gare
""", INC("loic.marchand@acme-corp.example", "Loïc", "Marchand"))

add("fr-43-inc-radios-autre-patient-courrier", "Bernadette Faure <bernadette.faure@ardeche-mail.example>",
"Erreur dans votre courrier",
"""Bonjour,

J'ai reçu hier par la poste ma facture du centre dentaire d'Aubenas. Dans la même enveloppe il y avait aussi les radios et le devis d'implants d'un autre patient, un monsieur de Privas, avec son nom, sa date de naissance et son numéro de sécurité sociale.

Je ne sais pas quoi en faire. Voulez-vous que je vous les renvoie ou que je les détruise ? Je trouve ça quand même très grave, ce pauvre monsieur ne sait sûrement pas que ses papiers sont chez moi.

Bernadette Faure
""", INC("bernadette.faure@ardeche-mail.example", "Bernadette", "Faure"), ct=CP1252, encode="cp1252")

# ---------------------------------------------------------------- follow-ups

add("fr-44-fu-dsr-relance-sans-reponse", "Didier Maréchal <didier.marechal@mail-pro.example>",
"RE: [DSR-40718] Accusé de réception de votre demande",
"""Bonjour,

Cela fait maintenant plus de cinq semaines que j'ai reçu cet accusé de réception et je n'ai toujours rien reçu. Le délai d'un mois est dépassé. Sans réponse d'ici la fin de la semaine je saisirai la CNIL.

Didier Maréchal

-----Message d'origine-----
De : privacy@acme-corp.example
Envoyé : jeudi 8 octobre 2026 10:02
Objet : [DSR-40718] Accusé de réception de votre demande

Bonjour,
Nous avons bien reçu votre demande d'accès à vos données personnelles, enregistrée sous la référence DSR-40718. Nous vous répondrons dans un délai d'un mois.
L'équipe Protection des données
""", FU("40718", "didier.marechal@mail-pro.example", "Didier", "Maréchal"))

add("fr-45-fu-irt-permis-carte-identite", "Clément Boulanger <clement.boulanger@boitemail.example>",
"Re: Suppression de mon permis",
"""Re-bonjour,

J'ai oublié de préciser dans mon message d'hier : lors de l'inscription j'avais aussi envoyé une photo de ma carte d'identité. Merci de la supprimer également.

Clément

Le dim. 15 nov. 2026 à 20:11, Clément Boulanger a écrit :
> Bonjour,
> J'ai fermé mon compte client la semaine dernière...
""", FU(ref("fr-17-html-suppression-permis"), "clement.boulanger@boitemail.example", "Clément", "Boulanger"),
    headers=irt("fr-17-html-suppression-permis"))

add("fr-46-fu-dsr-piece-identite", "Yasmine Bouzid <yasmine.bouzid@courrier.example>",
"[DSR-41233] pièce d'identité demandée",
"""Bonjour,

Comme demandé dans votre mail, vous trouverez ci-joint la copie recto verso de ma carte d'identité pour ma demande de suppression.

Bien cordialement,
Yasmine Bouzid
""", FU("41233", "yasmine.bouzid@courrier.example", "Yasmine", "Bouzid"))

add("fr-47-fu-irt-avocat-relance", "Me Arnaud Vermeulen <a.vermeulen@vermeulen-avocats.example>",
"RE: V/Réf. litige dommages – N/Réf. 2026/0412 – M. Yannick Mertens",
"""Madame, Monsieur,

Je reviens vers vous concernant mon courrier ci-dessous, resté sans réponse à ce jour.

Je vous saurais gré de me faire parvenir les éléments demandés dans les meilleurs délais. À défaut, mon client se réserve le droit de déposer plainte auprès de l'Autorité de protection des données.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Arnaud Vermeulen
Avocat au barreau de Bruxelles

Ce message et ses annexes sont confidentiels et peuvent être couverts par le secret professionnel.
""", FU(ref("fr-13-avocat-bruxelles-acces"), "a.vermeulen@vermeulen-avocats.example", "Arnaud", "Vermeulen"),
    headers=irt("fr-13-avocat-bruxelles-acces"))

# ---------------------------------------------------------------- ignored

add("fr-48-spam-seo-cabinet", "Julie – Agence Visibilité+ <julie@visibilite-plus.example>",
"Votre cabinet dentaire en 1ère page de Google ?",
"""Bonjour,

En analysant le site de vos centres dentaires, j'ai remarqué que vous n'apparaissez pas dans les premiers résultats pour « dentiste urgence Lyon » ou « implant dentaire prix ».

Notre agence accompagne plus de 300 professionnels de santé : audit SEO offert, netlinking, fiches Google optimisées. Résultats garantis en 90 jours ou remboursé.

Êtes-vous disponible 15 minutes cette semaine pour un appel ?

Julie
Chargée de développement – Visibilité+
Pour ne plus recevoir nos messages, répondez STOP.
""", IGN("spam", "julie@visibilite-plus.example"))

add("fr-49-spam-phishing-quota", "Service Messagerie <admin-quota@acme-corp-support.example>",
"Action requise : votre boîte de réception sera désactivée",
"""Cher utilisateur privacy@acme-corp.example,

Votre boîte aux lettres a atteint 99 % de son quota de stockage. Les nouveaux messages seront rejetés sous 24 heures.

Pour conserver vos messages et éviter la suppression de vos données, veuillez valider votre compte en cliquant ci-dessous :

>> VALIDER MON COMPTE MAINTENANT <<
http://acme-corp-support.example/owa/validate?u=privacy

Service de messagerie – Équipe informatique
""", IGN("spam", "admin-quota@acme-corp-support.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-support.example")])

add("fr-50-spam-conformite-rgpd-obligatoire", "Service Conformité RGPD <relance@mise-en-conformite-rgpd.example>",
"DERNIER RAPPEL - Mise en conformité RGPD obligatoire avant sanction",
"""Madame, Monsieur le responsable,

Sauf erreur de notre part, votre établissement n'a pas encore procédé à sa mise en conformité au Règlement général sur la protection des données. Les entreprises non conformes s'exposent à une amende pouvant atteindre 20 000 000 €.

Pour régulariser votre situation, il vous suffit de retourner le formulaire ci-joint accompagné de votre règlement de 390 € HT. Vous recevrez votre registre, votre attestation de conformité et la procédure de gestion des demandes d'effacement et d'accès.

Sans retour de votre part sous 8 jours, votre dossier sera transmis au service contentieux.

Service Conformité – Cellule RGPD
""", IGN("spam", "relance@mise-en-conformite-rgpd.example"), headers=SPAM_HDR)

add("fr-51-spam-heritage", "Maître Jean-Luc Kouassi <jl.kouassi.notaire@freemail-offshore.example>",
"Succession non réclamée – réponse urgente",
"""Cher(e) ami(e),

Je suis Maître Jean-Luc Kouassi, notaire. Un de vos homonymes, décédé sans héritier, a laissé une somme de 4 750 000 € (quatre millions sept cent cinquante mille euros) dans notre établissement. Je vous propose de vous présenter comme bénéficiaire ; nous partagerons les fonds 60/40.

Pour commencer la procédure, envoyez-moi votre nom complet, votre adresse, votre numéro de téléphone et une copie de votre pièce d'identité.

Cordialement,
Me Kouassi
""", IGN("spam", "jl.kouassi.notaire@freemail-offshore.example"), headers=SPAM_HDR)

add("fr-52-absence-bureau", "Isabelle Poirier <isabelle.poirier@mutuelle-partenaire.example>",
"Réponse automatique : Demande d'information – dossier patient",
"""Bonjour,

Je suis absente du bureau jusqu'au lundi 23 novembre inclus, sans accès à ma messagerie.

Pour toute demande urgente, merci de contacter le service gestion au 01 40 00 00 00 ou gestion@mutuelle-partenaire.example.

Cordialement,
Isabelle Poirier
""", IGN("auto_reply", "isabelle.poirier@mutuelle-partenaire.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("fr-53-lettre-information-dpo", "La Lettre des DPO <newsletter@lettre-des-dpo.example>",
"La Lettre des DPO – n° 142 – novembre 2026",
"""LA LETTRE DES DPO – n° 142

Au sommaire ce mois-ci :
- Santé : la conservation des dossiers dentaires, ce que disent les textes
- Géolocalisation des véhicules de location : nouvelles recommandations
- Droit d'accès : trois décisions récentes à connaître
- Agenda : webinaire « Gérer les demandes d'effacement » le 3 décembre

Lire la lettre en ligne : https://lettre-des-dpo.example/142

Vous recevez cette lettre car vous êtes inscrit(e) avec l'adresse privacy@acme-corp.example.
Se désabonner : https://lettre-des-dpo.example/desabonnement
""", IGN("bulk", "newsletter@lettre-des-dpo.example"),
    headers=["List-Id: La Lettre des DPO <lettre.lettre-des-dpo.example>",
             "List-Unsubscribe: <https://lettre-des-dpo.example/desabonnement>",
             "Precedence: bulk"])

add("fr-54-non-remis", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
"Non remis : Votre demande d'accès",
"", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
