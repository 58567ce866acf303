from common import *  # part fr: written blind
# Glide (trottinettes et vélos en libre-service) et Harbour Vets (cliniques vétérinaires,
# assurance santé animale, appli propriétaires) : un seul groupe, privacy@acme-corp.example.

# ---------------------------------------------------------------- demandes

add("fr-01-une-ligne", "jb.moreau75@courriel.example", "données",
    "Qu'est-ce que vous avez comme infos sur moi ? Envoyez-moi tout.\n",
    R(["Access"], "jb.moreau75@courriel.example"))

add("fr-02-antai-colere", "Sébastien Garnier <sebastien.garnier@courriel.example>",
    "Désignation ANTAI abusive - j'exige des explications",
    """\
Bonjour,

Je vous écris très remonté. Le 3 novembre, j'ai reçu un avis de contravention de l'ANTAI pour
un excès de vitesse (32 km/h en zone 20) commis le 12 septembre à 8h47 rue de la République à
Lyon, sur une trottinette Glide. C'est Glide qui m'a désigné comme conducteur. Petit problème :
le 12 septembre à cette heure-là, j'étais dans le TGV pour Paris, billet à l'appui.

J'ai appelé votre service client, qui m'a répondu que « le système » indiquait que la
trottinette était louée sur mon compte. On m'a conseillé de contester auprès de l'ANTAI,
autrement dit de me débrouiller tout seul. Merci du service.

Je vous demande donc, au titre du RGPD, de me transmettre l'ensemble des données me concernant
que vous détenez : la liste de mes locations, les traces GPS de la location du 12 septembre,
les connexions à mon compte ce jour-là (adresse IP, appareil) et la copie de ce que vous avez
envoyé à l'ANTAI. Je suis persuadé que vous vous êtes trompés de client.

Je me réserve le droit de saisir la CNIL.

Sébastien Garnier
06 12 34 56 78
""",
    R(["Access"], "sebastien.garnier@courriel.example", "Sébastien", "Garnier"))

add("fr-03-majuscules", "MICHEL BOUVIER <michel.bouvier@courriel.example>", "SUPPRESSION COMPTE",
    """\
BONJOUR, JE VEUX QUE VOUS SUPPRIMIEZ MON COMPTE GLIDE ET TOUTES MES DONNEES. JE NE ME SERS PLUS
DE VOS TROTINETTES. MERCI DE FAIRE LE NECESSAIRE RAPIDEMENT.
M. BOUVIER
""",
    R(["Erasure"], "michel.bouvier@courriel.example", "Michel", "Bouvier"))

add("fr-04-nom-d-usage", "Marie-Hélène Dupont-Lefèvre <mh.dupont-lefevre@courriel.example>",
    "Changement de nom sur mon dossier",
    """\
Bonjour,

Depuis mon mariage en juin j'utilise le nom Dupont-Lefèvre, mais l'application Harbour Vets et
les factures de la clinique de Nantes sont toujours au nom de Marie-Hélène Dupont. Pouvez-vous
modifier mon nom sur mon compte et sur le contrat d'assurance de ma chienne Praline ?

Mon adresse a changé aussi : 14 rue des Tanneurs, 44000 Nantes.

Merci d'avance,
Marie-Hélène Dupont-Lefèvre
""",
    R(["Rectification"], "mh.dupont-lefevre@courriel.example", "Marie-Hélène", "Dupont-Lefèvre"))

add("fr-05-sms-promo", "Patrice Lemaire <patrice.lemaire@mel.example>", "SMS publicitaires",
    """\
Bonjour,

Depuis septembre je reçois des SMS de Harbour Vets pour des promos sur les antiparasitaires et
les croquettes. Les rappels de vaccins me sont utiles et je ne veux surtout pas fermer mon
compte, mais la réclame, non merci : je n'ai jamais coché de case pour ça.

Merci de ne plus m'en envoyer.

Patrice Lemaire
""",
    R(["Opposition"], "patrice.lemaire@mel.example", "Patrice", "Lemaire"))

add("fr-06-suspension-algo", "Yasmine Haddad <yasmine.haddad@courriel.example>",
    "Compte suspendu par votre algorithme",
    """\
Madame, Monsieur,

Mon compte Glide a été suspendu le 8 novembre avec le message « comportement à risque détecté :
deux passagers ». Je circulais seule ; j'avais simplement un sac à dos chargé.

Personne ne m'a contactée, aucune vérification humaine n'a eu lieu, et le formulaire de
contestation me renvoie une réponse automatique. Conformément à l'article 22 du RGPD, je
demande qu'une personne de votre équipe réexamine cette décision et que je puisse faire valoir
mon point de vue.

Cordialement,
Yasmine Haddad
""",
    R(["AutomatedDecision"], "yasmine.haddad@courriel.example", "Yasmine", "Haddad"))

add("fr-07-belge-dossier-chat", "Thierry Vandenbroucke <t.vandenbroucke@skynet-mail.example>",
    "Transfert du dossier de notre chat",
    """\
Bonjour,

Nous déménageons à Namur et allons changer de vétérinaire. Serait-il possible de recevoir le
dossier de Caramel (vaccins, poids, traitements) ainsi que les données de mon compte dans un
format informatique que la nouvelle clinique peut importer (fichier Excel ou CSV, pas un PDF de
septante pages) ?

Vous pouvez l'envoyer directement à accueil@vetonamur.example.

D'avance merci / alvast bedankt,
Thierry Vandenbroucke
""",
    R(["Portability"], "t.vandenbroucke@skynet-mail.example", "Thierry", "Vandenbroucke"))

add("fr-08-lettre-15-16", "Anne-Sophie Rousseau <as.rousseau@courriel.example>",
    "Demande d'exercice des droits - articles 15 et 16 du RGPD",
    """\
Madame, Monsieur,

Titulaire d'un compte Glide associé à l'adresse électronique as.rousseau@courriel.example, je
vous prie de bien vouloir, en application de l'article 15 du règlement (UE) 2016/679, me
communiquer l'ensemble des données à caractère personnel me concernant que vous traitez,
accompagnées des informations prévues aux points a) à h) de cet article.

Par ailleurs, en application de l'article 16 du même règlement, je vous demande de rectifier
l'adresse postale figurant dans mon profil, erronée depuis la migration de votre application en
mars dernier. L'adresse exacte est : 7, allée des Tilleuls, 33600 Pessac.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la
présente pour y répondre (article 12.3).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Anne-Sophie Rousseau
""",
    R(["Access", "Rectification"], "as.rousseau@courriel.example", "Anne-Sophie", "Rousseau"))

add("fr-09-avocat-chute", "Maître Laurent Béranger <l.beranger@avocats-beranger.example>",
    "N/Réf : 26/0412 - M. Karim Benali c/ Glide - communication de données",
    """\
Madame, Monsieur,

Je suis le conseil de Monsieur Karim Benali, demeurant 22 cours Lafayette à Lyon, victime le
19 octobre dernier d'une chute sur une trottinette Glide dont le guidon s'est désolidarisé.

Agissant en son nom, muni d'un mandat que vous trouverez ci-joint, je vous demande, sur le
fondement de l'article 15 du RGPD, la communication de l'ensemble des données personnelles de
mon client détenues par votre société, en particulier les données de la location du 19 octobre
(horodatage, géolocalisation, vitesse) ainsi que ses échanges avec votre service client.

Je vous remercie d'adresser ces éléments à mon cabinet.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Laurent Béranger
Avocat au Barreau de Lyon
Tél. 04 78 00 00 00

Ce courriel et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""",
    R(["Access"], "l.beranger@avocats-beranger.example", "Karim", "Benali",
      representative="Laurent Béranger"))

add("fr-10-fille-mineure", "Sandrine Morel <sandrine.morel@courriel.example>",
    "Compte ouvert par ma fille mineure",
    """\
Bonjour,

Ma fille Léa, 15 ans, s'est créé un compte Glide avec la carte bancaire de son grand frère et
une photo de sa carte d'identité. Je ne savais même pas que c'était possible.

En tant que mère et représentante légale, je vous demande de supprimer ce compte et toutes les
données la concernant (photo de la pièce d'identité, trajets, etc.). Le compte est lié à
l'adresse lea.morel09@courriel.example. Je peux vous fournir le livret de famille.

Sandrine Morel
""",
    R(["Erasure"], "sandrine.morel@courriel.example", "Léa", "Morel", representative="Sandrine Morel"))

add("fr-11-deces-mere", "Olivier Chevalier <olivier.chevalier@mel.example>",
    "Décès de ma mère - Mme Jacqueline Chevalier",
    """\
Bonjour,

Ma mère, Jacqueline Chevalier, est décédée le 2 octobre. Elle avait souscrit l'assurance santé
animale Harbour Vets pour son chat, que j'ai recueilli. Je m'occupe de la succession.

Je vous remercie de clôturer son compte, de mettre fin au contrat et de supprimer ses données
personnelles. L'acte de décès est à votre disposition.

Cordialement,
Olivier Chevalier
""",
    R(["Erasure"], "olivier.chevalier@mel.example", "Jacqueline", "Chevalier",
      representative="Olivier Chevalier"))

add("fr-12-directives-post-mortem", "Bernadette Fauré <bernadette.faure@courriel.example>",
    "Mes données après mon décès",
    """\
Bonjour,

J'ai 78 ans et je mets de l'ordre dans mes affaires. J'ai lu que la loi Informatique et
Libertés permettait de donner des consignes sur le sort de ses données une fois qu'on n'est
plus là.

Je souhaite qu'à mon décès mon compte Harbour Vets soit supprimé et que mon neveu, Julien
Fauré, soit la personne à contacter pour tout ce qui concerne mon chien Filou. Comment dois-je
procéder ?

Bien à vous,
Bernadette Fauré
""",
    R(["AdvanceDirectives"], "bernadette.faure@courriel.example", "Bernadette", "Fauré"))

add("fr-13-suisse-hebergement", "Nicolas Perrenoud <n.perrenoud@bluewin-mail.example>",
    "Hébergement des données - question",
    """\
Bonjour,

J'utilise Glide à Lausanne et à Genève. Pourriez-vous me dire où sont hébergées les données des
utilisateurs suisses (traces GPS, photos du permis) ? Partent-elles aux États-Unis ou ailleurs
hors de Suisse et de l'UE, et sur quelle base au sens de la nLPD et du RGPD ?

Je ne demande pas de copie de mes données, uniquement ces renseignements.

Avec mes meilleures salutations,
Nicolas Perrenoud
Natel 079 000 12 34
""",
    R(["Information"], "n.perrenoud@bluewin-mail.example", "Nicolas", "Perrenoud"))

add("fr-14-html-ciblage", "Camille Nguyen-Tessier <camille.nt@courriel.example>", "Ciblage publicitaire",
    html("Bonjour,",
         "Je reçois sur les réseaux sociaux des publicités Glide qui collent exactement à mes trajets "
         "(« Vous allez souvent à la gare Part-Dieu ? »). Je refuse que mes données de localisation "
         "servent à me cibler : merci d'arrêter ce profilage publicitaire et de ne plus transmettre "
         "mes données aux régies.",
         "Cordialement,<br>Camille Nguyen-Tessier"),
    R(["Opposition"], "camille.nt@courriel.example", "Camille", "Nguyen-Tessier"), ct=HTML)

add("fr-15-latin1-adresse", "Hélène Bérard <helene.berard@orange-mail.example>",
    "Mise à jour de mes coordonnées",
    """\
Bonjour,

Suite à mon déménagement, je vous prie de bien vouloir corriger mon adresse :
ancienne adresse : 3 rue Émile Zola, 59000 Lille
nouvelle adresse : 128 boulevard de la Liberté, 59800 Lille

Mon numéro de téléphone a également changé : 07 81 22 45 90. Les courriers de l'assurance de
mon chien arrivent toujours à l'ancienne adresse.

Merci, bonne journée.
Hélène Bérard
""",
    R(["Rectification"], "helene.berard@orange-mail.example", "Hélène", "Bérard"),
    ct=LATIN1, encode="latin-1")

add("fr-16-cp1252-effacement", "Jérôme Lœuillet <jerome.loeuillet@courriel.example>",
    "Effacement de mes données",
    """\
Bonjour,

J’ai utilisé Glide pendant mes études à Grenoble ; je suis rentré à Saint-Étienne et je n’en ai
plus l’usage. La rubrique « Mon compte » ne propose aucun bouton de suppression, d’où ce mail.

Je souhaite l’effacement complet de mon compte et des données qui y sont rattachées (y compris
la photo de mon permis et mon RIB). Il me reste 4,50 € de crédit : gardez-les…

Bien cordialement,
Jérôme Lœuillet
""",
    R(["Erasure"], "jerome.loeuillet@courriel.example", "Jérôme", "Lœuillet"),
    ct=CP1252, encode="cp1252")

add("fr-17-degradation-gel", "Kévin Da Silva <kevin.dasilva@courriel.example>",
    "Contestation frais de dégradation - gel de mes données",
    """\
Bonjour,

Vous m'avez prélevé 120 euros de « frais de dégradation » pour un vélo que j'ai rendu en
parfait état (photos de fin de trajet à l'appui). J'ai ouvert une contestation, dossier
n° 77215.

En attendant qu'elle soit tranchée, je vous demande de geler l'utilisation de mes données pour
ce dossier : pas de transmission à une société de recouvrement, pas d'inscription dans une
liste d'« utilisateurs à risque ». Je ne demande pas la suppression, vous en aurez besoin pour
l'enquête.

Kévin Da Silva
""",
    R(["Restriction"], "kevin.dasilva@courriel.example", "Kévin", "Da Silva"))

add("fr-18-transfert-service-client", "Aurélie Marchand <aurelie.marchand@acme-corp.example>",
    "TR: suppression de mon compte svp",
    """\
Bonjour l'équipe DPO,

Ci-dessous un message arrivé sur la boîte du service client Glide. Je vous le transmets, je
pense que c'est pour vous.

Bonne journée,
Aurélie Marchand
Conseillère service client

-------- Message transféré --------
De : Thomas Girard <thomas.girard@mel.example>
Date : dim. 15 nov. 2026 à 19:42
Objet : suppression de mon compte svp
À : support@acme-corp.example

Bonjour, je n'utilise plus l'appli depuis que j'ai acheté ma propre trottinette. Merci
d'effacer mon compte et mes infos. Thomas Girard
""",
    R(["Erasure"], "thomas.girard@mel.example", "Thomas", "Girard"))

add("fr-19-transfert-pj-assurance", "Romain Leclerc <romain.leclerc@acme-corp.example>",
    "TR: Demande de mes données assurance", "",
    R(["Access"], "fatou.diallo@courriel.example", "Fatou", "Diallo"),
    attached=("Fatou Diallo <fatou.diallo@courriel.example>", "Demande de mes données assurance", """\
Bonjour,

Je souhaiterais obtenir l'ensemble des informations que vous détenez sur moi dans le cadre de
mon contrat d'assurance pour mon chien Simba : questionnaire de souscription, historique des
remboursements, échanges avec vos conseillers.

Merci par avance,
Fatou Diallo
Contrat n° HVA-2024-118842
"""),
    note="""\
Bonjour,

Demande reçue par le service sinistres de l'assurance Harbour Vets, voir pièce jointe. Je vous
laisse la traiter.

Romain Leclerc
Gestionnaire sinistres
""")

add("fr-20-famille-replyto", "Famille Nguyen <famille.nguyen@courriel.example>", "désinscription newsletter",
    """\
Bonjour,

C'est Linh (j'écris depuis l'adresse de la famille, merci de me répondre sur mon adresse
perso). Je ne souhaite plus recevoir la newsletter Glide ni les offres des partenaires. Merci
de me retirer de vos listes.

Linh Nguyen
""",
    R(["Opposition"], "linh.nguyen@mel.example", "Linh", "Nguyen"),
    headers=["Reply-To: Linh Nguyen <linh.nguyen@mel.example>"])

add("fr-21-signature-export", "Grégoire Aubert <gregoire.aubert@cabinet-aubert.example>",
    "Export de mes trajets",
    """\
Bonjour,

Mon employeur prend en charge le forfait mobilités durables et me demande un justificatif.
Pourriez-vous me transmettre l'historique de mes trajets Glide de 2026 dans un fichier
exploitable (CSV ou Excel) que je puisse retraiter ?

Merci.
Cordialement,

Grégoire Aubert
Directeur administratif et financier
Cabinet Aubert & Associés - Expertise comptable
12 place Bellecour - 69002 Lyon
Tél. : 04 72 00 00 00 | Port. : 06 00 00 00 00

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive
de ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous
avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.
Pensez à l'environnement avant d'imprimer ce message.
""",
    R(["Portability"], "gregoire.aubert@cabinet-aubert.example", "Grégoire", "Aubert"))

add("fr-22-fautes-numero", "lolo.martin@courriel.example", "numero",
    "bjr jvoudrai savoir comment vous avez eu mon numero de portable et a qui vous le donné parce "
    "que jresois des appel de vos partenaire assurance alors que jai jamais rien demander merci\n"
    "Laurent\n",
    R(["Information"], "lolo.martin@courriel.example", "Laurent", None))

add("fr-23-trottinette-bloquee", "Inès Belkacem <ines.belkacem@courriel.example>", "trottinette bloquée",
    """\
Bonjour, hier soir la trottinette ne voulait pas se déverrouiller mais le trajet a quand même
été lancé et facturé 6,20 euros. Je peux être remboursée ?

Envoyé de mon iPhone
""",
    R(["Unknown"], "ines.belkacem@courriel.example", "Inès", "Belkacem"))

add("fr-24-facture-sterilisation", "Gérard Poulain <gerard.poulain@mel.example>", "Facture stérilisation",
    """\
Bonjour,

Je ne comprends pas la facture de la stérilisation de ma chatte Mimi à la clinique de Rennes :
on m'avait annoncé 180 euros et on me réclame 245 euros. Pouvez-vous m'expliquer la
différence ?

Cordialement,
G. Poulain
""",
    R(["Unknown"], "gerard.poulain@mel.example", "Gérard", "Poulain"))

add("fr-25-permis-ocr", "Antoine Mercier <antoine.mercier@courriel.example>", "Permis refusé automatiquement",
    """\
Bonjour,

Votre appli refuse mon permis (catégorie B, obtenu en 2009) au motif qu'il serait « expiré ».
Visiblement la lecture automatique a pris ma date de naissance pour la date de délivrance.

Merci de corriger les informations enregistrées sur mon profil et de faire examiner mon dossier
par un membre de votre équipe plutôt que par la machine, qui l'a déjà rejeté trois fois.

Antoine Mercier
""",
    R(["AutomatedDecision", "Rectification"], "antoine.mercier@courriel.example", "Antoine", "Mercier"))

add("fr-26-mandataire-tutelle", "Nadia Bensaïd <n.bensaid@tutelles-rhone.example>",
    "Demande de communication - M. Roger Lambert, majeur protégé",
    """\
Madame, Monsieur,

Mandataire judiciaire à la protection des majeurs, j'exerce la mesure de tutelle de Monsieur
Roger Lambert, né le 14/02/1951, en vertu d'un jugement du juge des contentieux de la
protection du tribunal judiciaire de Villeurbanne, joint au présent courriel.

M. Lambert est assuré chez Harbour Vets pour son chien. Afin de gérer son budget, je vous
demande la communication de l'ensemble des données le concernant : contrat, échéancier,
sinistres et courriers.

Nadia Bensaïd
Mandataire judiciaire
Association Tutélaire du Rhône - 04 72 00 11 22
""",
    R(["Access"], "n.bensaid@tutelles-rhone.example", "Roger", "Lambert", representative="Nadia Bensaïd"))

add("fr-27-quebec", "Marie-Ève Tremblay <marieeve.tremblay@videotron-mail.example>",
    "Mes renseignements personnels",
    """\
Allô,

J'ai utilisé vos vélos Glide pendant mon échange à Bordeaux l'an passé. Là je suis revenue à
Montréal pis j'aimerais ça avoir une copie de tous les renseignements personnels que vous avez
sur moi. Une fois que je l'ai reçue, vous pouvez fermer mon compte pis tout effacer, j'en ai pu
besoin.

Merci ben gros!
Marie-Ève
""",
    R(["Access", "Erasure"], "marieeve.tremblay@videotron-mail.example", "Marie-Ève", "Tremblay"))

add("fr-28-opposition-etudes", "Dr Philippe Arnaud <p.arnaud@chu-mail.example>",
    "Opposition - réutilisation de mes données de géolocalisation",
    """\
Madame, Monsieur,

Votre politique de confidentialité indique que les données de géolocalisation des trajets sont
réutilisées, sur le fondement de l'intérêt légitime, pour réaliser des « études de mobilité »
commercialisées auprès des collectivités.

Je m'oppose, en vertu de l'article 21 du RGPD, à ce traitement de mes données : mes trajets
quotidiens révèlent mon domicile et mes horaires de garde à l'hôpital. Merci de me confirmer
que mes trajets seront exclus de ces études.

Philippe Arnaud
""",
    R(["Opposition"], "p.arnaud@chu-mail.example", "Philippe", "Arnaud"))

add("fr-29-numero-errone", "Céline Roux <celine.roux@courriel.example>", "Numéro erroné dans le dossier d'Oslo",
    """\
Bonjour,

La clinique d'Annecy n'a pas réussi à me joindre après l'opération d'Oslo (mon berger
australien) : dans son dossier, mon numéro est enregistré « 06 45 12 78 3 », il manque un
chiffre, et mon nom est écrit « Céline Rous ».

Le bon numéro est le 06 45 12 78 33. Pouvez-vous rectifier tout ça, dans l'appli et à la
clinique ?

Merci,
Céline Roux
""",
    R(["Rectification"], "celine.roux@courriel.example", "Céline", "Roux"))

add("fr-30-photos-conservation", "Mathieu Lefort <mathieu.lefort@mel.example>",
    "Durée de conservation des photos",
    """\
Bonjour,

À chaque fin de trajet l'appli me demande de photographier la trottinette garée. Combien de
temps gardez-vous ces photos et la géolocalisation qui va avec ? Et qui peut les consulter
(mairie, police municipale, prestataires) ?

Simple curiosité, je n'ai rien à vous reprocher.

Bonne journée,
Mathieu
""",
    R(["Information"], "mathieu.lefort@mel.example", "Mathieu", "Lefort"))

add("fr-31-sinistres-errones", "Élodie Carpentier <elodie.carpentier@courriel.example>",
    "Historique de sinistres erroné - ne rien transmettre",
    """\
Bonjour,

En préparant un changement d'assureur pour mon chat, j'ai vu que mon relevé d'informations
Harbour Vets mentionne trois sinistres en 2025, alors que je n'en ai déclaré qu'un. Je conteste
l'exactitude de cet historique.

Tant que la vérification n'est pas faite, je vous demande de limiter le traitement de ces
données et notamment de ne pas les communiquer au nouvel assureur.

Élodie Carpentier
Contrat HVA-2023-007751
""",
    R(["Restriction"], "elodie.carpentier@courriel.example", "Élodie", "Carpentier"))

add("fr-32-score-conducteur", "Hugo Marchetti <hugo.marchetti@courriel.example>",
    "mon « score conducteur »",
    """\
Salut,

L'appli affiche maintenant un « score conducteur » de 62/100 sur mon profil. Je ne veux pas
qu'on efface quoi que ce soit, mais j'aimerais voir ce que vous avez sur moi, surtout ce qui
nourrit ce score (vitesses, freinages, stationnements signalés).

Thanks, bonne journée
Hugo
""",
    R(["Access"], "hugo.marchetti@courriel.example", "Hugo", "Marchetti"))

add("fr-33-stop-prospection", "Claire Besson <claire.besson@mel.example>", "STOP prospection",
    """\
Bonjour,

Je reçois vos mails « Offres Harbour Vets » alors que je n'ai jamais été cliente : j'ai juste
rempli un bulletin de jeu-concours sur un salon animalier. Retirez-moi de vos listes de
prospection et effacez mon adresse et mes coordonnées de vos fichiers.

Claire Besson
""",
    R(["Opposition", "Erasure"], "claire.besson@mel.example", "Claire", "Besson"))

# ---------------------------------------------------------------- tâches

add("fr-40-contrat-recharge", "Vincent Royer <vincent.royer@acme-corp.example>",
    "Contrat de sous-traitance - prestataire de recharge",
    """\
Bonjour,

Nous allons confier la collecte et la recharge des trottinettes à Lyon à la société ChargeOn.
Leurs « juicers » verront dans leur appli la position des engins et, en cas de signalement, le
prénom de l'utilisateur. Pourriez-vous relire la clause de protection des données (annexe 4)
de leur contrat avant la signature prévue le 30 novembre ?

Merci,
Vincent Royer
Responsable des opérations Lyon
""",
    TASK("vincent.royer@acme-corp.example", "Vincent", "Royer"))

add("fr-41-aipd-cameras", "Sarah Benhamou <sarah.benhamou@acme-corp.example>",
    "AIPD - caméras embarquées sur les trottinettes",
    """\
Bonjour l'équipe,

Nous testons à Bordeaux un module de caméra frontale sur les trottinettes pour détecter la
circulation sur trottoir. La question d'une analyse d'impact s'est posée en comité produit.
Pouvez-vous nous accompagner pour réaliser l'AIPD avant le pilote de février ? Je vous
envoie le cahier des charges.

Sarah Benhamou
Cheffe de produit Sécurité
""",
    TASK("sarah.benhamou@acme-corp.example", "Sarah", "Benhamou"))

add("fr-42-registre-teleconsultation", "Julien Petitjean <julien.petitjean@acme-corp.example>",
    "Nouvelle fonctionnalité téléconsultation - registre",
    """\
Bonjour,

La téléconsultation vétérinaire (visio et envoi de photos) sera ouverte aux clients de l'appli
Harbour Vets en janvier. Il faudrait l'ajouter au registre des traitements. Je peux vous donner
les infos sur l'hébergeur et les durées de conservation prévues.

Julien Petitjean
Chef de projet digital
""",
    TASK("julien.petitjean@acme-corp.example", "Julien", "Petitjean"))

add("fr-43-questionnaire-grand-compte", "Mélanie Fournier <melanie.fournier@acme-corp.example>",
    "Questionnaire RGPD client Glide Business",
    """\
Bonjour,

Un grand compte (flotte de 400 salariés) nous envoie son questionnaire de conformité RGPD avant
de signer l'offre Glide Business : 45 questions sur nos sous-traitants, la localisation des
données et les mesures de sécurité. Pouvez-vous le compléter d'ici le 8 décembre ? Le fichier
est dans le dossier partagé Ventes/Grands comptes.

Mélanie Fournier
Account Manager Grands Comptes
""",
    TASK("melanie.fournier@acme-corp.example", "Mélanie", "Fournier"))

add("fr-44-formation-asv", "Isabelle Vasseur <isabelle.vasseur@acme-corp.example>", "Formation RGPD ASV",
    """\
Bonjour,

Nous avons recruté 14 nouvelles ASV dans les cliniques de l'Ouest depuis la rentrée. Serait-il
possible d'organiser une session de sensibilisation RGPD (accueil téléphonique, confidentialité
des dossiers, envoi des comptes rendus) en visio au premier trimestre ?

Isabelle Vasseur
Responsable RH régionale
""",
    TASK("isabelle.vasseur@acme-corp.example", "Isabelle", "Vasseur"))

# ---------------------------------------------------------------- incidents

add("fr-50-telephone-vole", "Damien Perrot <damien.perrot@acme-corp.example>",
    "Vol du téléphone de la clinique",
    """\
Bonjour,

Le smartphone professionnel de la clinique de Montpellier a été volé à l'accueil cet
après-midi. Il servait à envoyer des photos et des messages WhatsApp aux propriétaires (environ
200 contacts, avec photos des animaux et comptes rendus). Il était protégé par un code à
4 chiffres. La plainte est en cours au commissariat.

Que devons-nous faire ?

Dr Damien Perrot
Vétérinaire responsable, Harbour Vets Montpellier
""",
    INC("damien.perrot@acme-corp.example", "Damien", "Perrot"))

add("fr-51-mauvais-destinataire", "Laetitia Robin <laetitia.robin@acme-corp.example>",
    "Envoi d'un fichier au mauvais destinataire",
    """\
Bonjour,

Ce matin j'ai envoyé le fichier Excel des désignations de conducteurs d'octobre (environ
850 lignes : nom, adresse, numéro de permis, infraction) à une mauvaise adresse externe :
l'autocomplétion a choisi le « contact@ » d'un ancien prestataire au lieu de notre
correspondant. Je leur ai écrit pour demander la suppression, pas de réponse pour l'instant.

Laetitia Robin
Service Contraventions
""",
    INC("laetitia.robin@acme-corp.example", "Laetitia", "Robin"))

add("fr-52-compte-rendu-autre-animal", "Françoise Michaud <francoise.michaud@courriel.example>",
    "J'ai reçu le compte rendu d'un autre animal",
    """\
Bonjour,

Je viens de recevoir par mail un compte rendu de consultation qui ne concerne pas mon chat :
il s'agit d'un labrador, « Ulysse », avec le nom, l'adresse et le téléphone de sa propriétaire,
et le diagnostic. Je pense qu'il y a eu une erreur d'adresse. Je supprime le message ?

Françoise Michaud
""",
    INC("francoise.michaud@courriel.example", "Françoise", "Michaud"))

add("fr-53-chercheur-stockage", "Yanis Chérif <y.cherif@securite-mail.example>",
    "Signalement de vulnérabilité - stockage public",
    """\
Bonjour,

Chercheur en sécurité indépendant, j'ai découvert un espace de stockage cloud accessible
publiquement, nommé glide-kyc-prod-backup, qui contient ce qui semble être des photos de permis
de conduire et des selfies d'utilisateurs. J'ai ouvert trois fichiers pour confirmer, puis
j'ai arrêté.

Je vous le signale dans le cadre d'une divulgation responsable et reste disponible pour tout
détail technique.

Yanis Chérif
""",
    INC("y.cherif@securite-mail.example", "Yanis", "Chérif"))

add("fr-54-phishing-docusign", "Stéphanie Lacroix <stephanie.lacroix@acme-corp.example>",
    "J'ai cliqué sur un lien frauduleux",
    """\
Bonjour,

J'ai reçu un faux mail DocuSign « Avenant contrat vétérinaire » et j'ai saisi mes identifiants
Microsoft sur la page. Je m'en suis rendu compte aussitôt et j'ai prévenu la DSI, qui a
réinitialisé mon mot de passe. Ma boîte contient les échanges avec les propriétaires pour les
devis d'assurance. Je préfère le signaler ici aussi.

Stéphanie Lacroix
Conseillère assurance
""",
    INC("stephanie.lacroix@acme-corp.example", "Stéphanie", "Lacroix"))

# ---------------------------------------------------------------- suivis

add("fr-60-relance-dsr", "Nathalie Giraud <nathalie.giraud@courriel.example>",
    "Re: [DSR-51234] Accusé de réception de votre demande",
    """\
Bonjour,

Plus d'un mois après cet accusé de réception, toujours aucune nouvelle. Pouvez-vous me dire où
en est ma demande ?

Nathalie Giraud

> Bonjour,
> Nous accusons réception de votre demande, enregistrée sous la référence DSR-51234.
> Nous vous répondrons dans un délai d'un mois.
> L'équipe Protection des données
""",
    FU("51234", "nathalie.giraud@courriel.example", "Nathalie", "Giraud"))

add("fr-61-relance-lettre", "Anne-Sophie Rousseau <as.rousseau@courriel.example>",
    "RE: Demande d'exercice des droits - articles 15 et 16 du RGPD",
    """\
Madame, Monsieur,

Sans réponse de votre part à mon courrier ci-dessous, je vous le renvoie et vous remercie de
bien vouloir m'en accuser réception. À défaut de réponse dans le délai légal, je saisirai la
CNIL.

Anne-Sophie Rousseau

-----Message d'origine-----
De : Anne-Sophie Rousseau
Objet : Demande d'exercice des droits - articles 15 et 16 du RGPD

Titulaire d'un compte Glide associé à l'adresse électronique as.rousseau@courriel.example, je
vous prie de bien vouloir, en application de l'article 15 du règlement (UE) 2016/679...
""",
    FU(ref("fr-08-lettre-15-16"), "as.rousseau@courriel.example", "Anne-Sophie", "Rousseau"),
    headers=irt("fr-08-lettre-15-16"))

add("fr-62-piece-identite", "Baptiste Lemoine <baptiste.lemoine@mel.example>",
    "Re: [DSR-50877] Vérification de votre identité",
    """\
Bonjour,

Voici la copie de ma carte d'identité comme demandé.

Cordialement,
Baptiste Lemoine
""",
    FU("50877", "baptiste.lemoine@mel.example", "Baptiste", "Lemoine"))

add("fr-63-alors", "MICHEL BOUVIER <michel.bouvier@courriel.example>", "Re: SUPPRESSION COMPTE",
    """\
ALORS ? TOUJOURS PAS DE REPONSE ET JE RECOIS ENCORE VOS MAILS. C'EST FAIT OU PAS ?
M. BOUVIER

> BONJOUR, JE VEUX QUE VOUS SUPPRIMIEZ MON COMPTE GLIDE ET TOUTES MES DONNEES.
""",
    FU(ref("fr-03-majuscules"), "michel.bouvier@courriel.example", "Michel", "Bouvier"),
    headers=irt("fr-03-majuscules"))

# ---------------------------------------------------------------- à ignorer

add("fr-70-spam-conformite", "Service Conformité RGPD <relance@mise-en-conformite-rgpd.example>",
    "DERNIER RAPPEL : votre entreprise n'est pas conforme au RGPD",
    """\
DERNIER RAPPEL AVANT TRANSMISSION

Votre établissement ne figure pas dans notre registre de mise en conformité RGPD. Sans action de
votre part sous 72 heures, votre dossier pourra être transmis et vous exposer à une amende
pouvant atteindre 20 000 000 euros.

Protégez les données personnelles de vos clients : régularisez dès aujourd'hui votre situation
pour 490 euros HT (attestation de conformité incluse).

https://mise-en-conformite-rgpd.example/regulariser?id=ACME-7731

Le Service Conformité
""",
    IGN("spam", "relance@mise-en-conformite-rgpd.example"), headers=SPAM_HDR)

add("fr-71-spam-effacer-internet", "NetClean <promo@netclean-offres.example>",
    "Effacez vos données personnelles d'Internet en 1 clic",
    """\
Bonjour,

Votre nom, votre adresse et votre numéro circulent sur des centaines de sites d'annuaires.
NetClean envoie pour vous les demandes de suppression et surveille Internet 24h/24.

-70 % cette semaine seulement : https://netclean-offres.example/promo

Se désinscrire
""",
    IGN("spam", "promo@netclean-offres.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="netclean-offres.example")])

add("fr-72-phishing-boite", "Administrateur Messagerie <admin@acme-corp-webmail.example>",
    "Votre boîte aux lettres sera désactivée sous 24h",
    """\
Cher utilisateur,

Votre boîte aux lettres privacy@acme-corp.example a atteint 98 % de son quota. Pour éviter la
désactivation et la perte de vos messages, validez votre compte ici :

https://acme-corp-webmail.example/validation

Service informatique
""",
    IGN("spam", "admin@acme-corp-webmail.example"))

add("fr-73-heritage", "Me Jean-Baptiste Koffi <jb.koffi.notaire@fastmail-offre.example>",
    "HERITAGE EN ATTENTE - CONFIDENTIEL",
    """\
Bonjour cher(e) ami(e),

Je suis Maître Jean-Baptiste Koffi, notaire. Un de mes clients, décédé sans héritier, a laissé
la somme de 4 500 000 euros que je souhaite transférer sur votre compte en toute discrétion.
Vous recevrez 40 % de la somme. Merci de m'envoyer vos coordonnées complètes et une copie de
votre pièce d'identité.

Dans l'attente de votre réponse urgente.
""",
    IGN("spam", "jb.koffi.notaire@fastmail-offre.example"))

add("fr-74-absence", "Cécile Morin <cecile.morin@chargeon.example>",
    "Réponse automatique : Contrat de sous-traitance",
    """\
Bonjour,

Je suis absente du bureau jusqu'au 1er décembre inclus. Pour toute urgence, merci de contacter
contrats@chargeon.example.

Cordialement,
Cécile Morin
""",
    IGN("auto_reply", "cecile.morin@chargeon.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("fr-75-ticket-auto", "Assistance Partenaires <no-reply@assur-partenaire.example>",
    "[Ticket #45821] Nous avons bien reçu votre message",
    """\
Bonjour,

Votre demande a bien été enregistrée sous le numéro #45821. Un conseiller vous répondra sous
48 heures ouvrées. Merci de ne pas répondre à ce message automatique.

L'équipe Assistance Partenaires
""",
    IGN("auto_reply", "no-reply@assur-partenaire.example"),
    headers=["Auto-Submitted: auto-generated"])

add("fr-76-lettre-veille", "Veille Données & Libertés <lettre@veille-dl.example>",
    "La lettre de la veille n°148 - sanctions, cookies, IA",
    """\
LA LETTRE DE LA VEILLE - n°148

Au sommaire :
- Sanction d'un opérateur de mobilité pour conservation excessive des données de localisation
- Cookies : les nouvelles recommandations sur les bandeaux
- IA et données de santé animale : ce qu'il faut savoir

Lire en ligne : https://veille-dl.example/lettre/148

Vous recevez cette lettre car vous êtes abonné(e). Se désabonner :
https://veille-dl.example/desabonnement?u=3391
""",
    IGN("bulk", "lettre@veille-dl.example"),
    headers=["List-Id: Lettre de la veille <lettre.veille-dl.example>",
             "List-Unsubscribe: <https://veille-dl.example/desabonnement?u=3391>",
             "Precedence: bulk"])

add("fr-77-non-remis", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Non remis : Votre demande", "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
