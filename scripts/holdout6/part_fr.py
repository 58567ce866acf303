from common import *  # part fr: written blind

# Organisation: ACME Habitat (bailleur social) and ACME Énergie & Eaux (utility).

add("fr-01-copie-donnees-une-ligne", "kevin.morel93@free.example", "données",
    "Bonjour je voudrais recevoir une copie de toutes les données que vous avez sur moi. merci\n",
    R(["Access"], "kevin.morel93@free.example"))

add("fr-02-compteur-quart-horaire", "Jean-Pierre Lambotte <jp.lambotte@skynet.example>",
    "Compteur communicant - relevés quart-horaires",
    """\
Madame, Monsieur,

Votre technicien est passé le 12 septembre pour remplacer mon ancien compteur par un compteur
communicant (EAN 541448920701234567, point de fourniture rue des Carmes 14 à 5000 Namur).

On m'a expliqué à l'époque que le relevé se ferait « à distance une fois par mois ». Je constate
maintenant dans l'application que vous disposez de ma consommation par quart d'heure, ce qui permet
de savoir à quelle heure je me lève, quand je pars et quand je rentre. Je n'ai jamais marqué mon
accord là-dessus.

Je m'oppose à la collecte et à l'utilisation de mes données quart-horaires et je vous demande de
repasser à un relevé mensuel, comme le permet la réglementation wallonne.

À l'avance merci de me confirmer la chose endéans le mois.

Bien à vous,

Jean-Pierre Lambotte
081 22 45 70
""",
    R(["Opposition"], "jp.lambotte@skynet.example", "Jean-Pierre", "Lambotte"))

add("fr-03-fuite-toit-huit-mois", "Nadia Belkacem <nadia.belkacem@laposte.example>",
    "PLAINTE !!! appartement 3B résidence Les Tilleuls",
    """\
Bonjour,

Je vous écrit parce que plus personne ne me répond à l'agence ni au numéro vert. Ca fait HUIT MOIS
que j'ai une fuite au plafond de la chambre des enfants. J'ai fait la demande d'intervention en mars,
le technicien est venu une première fois, il a pris des photos partout et il est reparti en disant
que c'était la copropriété du dessus. Deuxième passage en mai, pareil, photos, "on vous rappelle".
Troisième passage en juillet avec un monsieur de l'entreprise de toiture qui a dit que c'était la
faute de mon sèche-linge (!!!) alors que je n'ai même pas de sèche-linge.

Pendant ce temps le plafond a noirci, ma fille de 4 ans tousse tout l'hiver, le médecin a fait un
certificat que j'ai déposé à l'accueil en main propre. En plus le gardien, M. Royer, raconte aux
voisins que je "fais des histoires" et que je suis en retard de loyer ce qui est faux, j'ai juste eu
un décalage de la CAF en juin qui a été régularisé.

Et maintenant j'apprends par ma voisine du 2e qu'il y a des plaintes contre moi pour le bruit dans
votre dossier. Alors je veux savoir tout ce que vous avez sur moi : mon dossier de locataire complet,
les rapports des techniciens avec les photos, les notes du gardien, les plaintes des voisins, tout.
J'y ai droit, je me suis renseignée.

Je veux aussi que quelqu'un vienne enfin réparer ce toit avant l'hiver. Si rien ne bouge je vais voir
une association de locataires et le journal.

Nadia Belkacem
Résidence Les Tilleuls, bât. B, appt 3B
93200 Saint-Denis
06 12 48 77 30
""",
    R(["Access"], "nadia.belkacem@laposte.example", "Nadia", "Belkacem"))

add("fr-04-lettre-articles-15-20", "Olivier Delacroix-Martin <o.delacroix-martin@orange.example>",
    "Demande au titre des articles 15 et 20 du RGPD - contrat n° 3004 118 772",
    """\
Olivier Delacroix-Martin
27, cours Gambetta
69003 Lyon

ACME Énergie & Eaux
À l'attention du Délégué à la protection des données

Lyon, le 15 novembre 2026

Objet : exercice du droit d'accès et du droit à la portabilité (articles 15 et 20 du Règlement (UE)
2016/679)

Madame, Monsieur,

Titulaire du contrat d'électricité et de gaz n° 3004 118 772, je vous prie, en application de
l'article 15 du RGPD, de bien vouloir me communiquer l'ensemble des données à caractère personnel me
concernant que vous traitez, ainsi que les informations prévues au paragraphe 1 de cet article.

Par ailleurs, conformément à l'article 20, je souhaite recevoir les données que je vous ai fournies
et mes historiques de consommation (index et courbes de charge) dans un format structuré,
couramment utilisé et lisible par machine (CSV ou JSON).

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

O. Delacroix-Martin
""",
    R(["Access", "Portability"], "o.delacroix-martin@orange.example", "Olivier", "Delacroix-Martin"))

add("fr-05-avocate-locataire-impayes", "Me Sophie Aubert-Lemaire <s.aubert@aubert-avocats.example>",
    "Mme Fatoumata DIALLO c/ ACME Habitat - demande de communication de données",
    """\
Madame, Monsieur,

J'interviens en qualité de conseil de Madame Fatoumata DIALLO, locataire du logement situé 8 allée
des Peupliers, 59000 Lille (réf. locataire L-0045821), à l'encontre de laquelle votre organisme a
engagé une procédure pour impayés de loyer.

Agissant au nom et pour le compte de ma cliente, dont vous trouverez le mandat ci-joint, je vous
demande, sur le fondement de l'article 15 du RGPD, la communication de l'intégralité des données
personnelles la concernant détenues par vos services, notamment :
- l'historique de son compte locataire et des relances ;
- les notes internes et comptes rendus d'entretien avec la conseillère sociale ;
- les enregistrements des appels téléphoniques avec votre service recouvrement ;
- les échanges avec la société de recouvrement mandatée.

Je vous remercie de me faire parvenir ces éléments à l'adresse ci-dessous.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Aubert-Lemaire
Avocate au Barreau de Lille
12 rue Nationale - 59000 Lille
Tél. 03 20 55 18 42

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. Si vous
l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire.
""",
    R(["Access"], "s.aubert@aubert-avocats.example", "Fatoumata", "Diallo",
      representative="Sophie Aubert-Lemaire"))

add("fr-06-quebec-fermer-compte", "Marie-Ève Tremblay <marieeve.tremblay@videotron.example>",
    "Fermeture de mon compte et infolettre",
    """\
Bonjour,

J'ai habité à Grenoble de 2022 à 2025 pis j'avais un abonnement d'eau et d'électricité chez vous.
Je suis revenue à Montréal depuis l'été passé et je reçois encore vos infolettres pis vos courriels
de promotion à toutes les semaines.

Pouvez-vous svp fermer mon compte client pour de bon et effacer mes renseignements personnels de vos
systèmes? Et arrêtez de m'envoyer des courriels, je vous ai déjà écrit en mars.

Merci et bonne journée!

Marie-Ève Tremblay
Montréal (Québec)
""",
    R(["Erasure", "Opposition"], "marieeve.tremblay@videotron.example", "Marie-Ève", "Tremblay"))

add("fr-07-suisse-nom-naissance", "Léa Rochat <lea.rochat@bluewin.example>",
    "Modification de mes données personnelles",
    """\
Madame, Monsieur,

Suite à mon mariage en juillet, je porte désormais le nom de Rochat (anciennement Favre). Je vous
prie de bien vouloir adapter mon nom dans votre fichier clients ainsi que sur les factures d'eau.

J'en profite pour vous signaler que ma date de naissance est erronée dans mon espace client : il
s'agit du 14.08.1991 et non du 14.08.1971.

N° de client : 77-204-118
Adresse : Chemin de Montelly 22, 1007 Lausanne

Je vous remercie d'avance et vous adresse mes meilleures salutations.

Léa Rochat
Natel 079 412 86 03
""",
    R(["Rectification"], "lea.rochat@bluewin.example", "Léa", "Rochat"))

add("fr-08-demarcheur-porte", "Gérard Poulain <gerard.poulain45@wanadoo.example>",
    "demarcheur a mon domicile",
    """\
bonjour

hier soir a 19h un jeune homme avec un badge acme energie a sonné chez moi , il connaissait mon nom
mon prénom et savait que j'etait chez un autre fournisseur . il voulait que je signe sur sa tablette
pour changer de contrat. j'ai 81 ans et j'ai pas aimé du tout.

je voudrais savoir comment vous avez eu mon nom et mon adresse et qui vous les a donné. et je veux
plus que vos vendeurs viennent chez moi ni qu'on m'appelle.

G. Poulain
12 rue du Bourg 45000 Orleans
""",
    R(["Information", "Opposition"], "gerard.poulain45@wanadoo.example", "Gérard", "Poulain"))

add("fr-09-html-images-parking", "Thomas N'Guessan <thomas.nguessan@gmail.example>",
    "Images vidéosurveillance parking résidence Bellevue", html(
        "Bonjour,",
        "Dans la nuit du 7 au 8 novembre mon véhicule a été rayé sur toute la longueur dans le parking "
        "souterrain de la résidence Bellevue (place n° 41). Le gardien m'a confirmé qu'une caméra filme "
        "l'entrée du parking et l'allée des places 35 à 50.",
        "Je vous demande de me communiquer les enregistrements sur lesquels j'apparais, moi et mon "
        "véhicule, pour la période du 7 novembre 20h au 8 novembre 8h. J'ai déposé plainte au "
        "commissariat (récépissé disponible).",
        "Cordialement,<br>Thomas N'Guessan<br>Bât. C, appt 12<br>Résidence Bellevue, Nantes"),
    R(["Access"], "thomas.nguessan@gmail.example", "Thomas", "N'Guessan"), ct=HTML)

add("fr-10-majuscules-panneaux", "MICHELINE ROUX <micheline.roux@orange.example>",
    "ARRETEZ",
    """\
ARRETEZ DE M'APPELER POUR VOS PANNEAUX SOLAIRES !!! 4 APPELS CETTE SEMAINE DONT UN LE DIMANCHE.
JE SUIS LOCATAIRE JE N'AI MEME PAS DE TOIT A MOI. SUPPRIMEZ MON NUMERO DE VOS LISTES
DEFINITIVEMENT.

MICHELINE ROUX
""",
    R(["Opposition", "Erasure"], "micheline.roux@orange.example", "Micheline", "Roux"))

add("fr-11-latin1-avis-imposition", "Bernadette Lefèvre <b.lefevre@sfr.example>",
    "Enquête ressources - questions",
    """\
Bonjour,

J'ai reçu le courrier pour l'enquête sur les ressources (supplément de loyer de solidarité). Vous
demandez l'avis d'imposition de toutes les personnes qui vivent au foyer, y compris celui de ma
fille qui est étudiante et qui a un petit emploi à côté.

Avant d'envoyer quoi que ce soit je voudrais comprendre :
- à quoi servent exactement ces documents ?
- qui les voit chez vous, et est-ce que vous les transmettez à quelqu'un (préfecture, mairie...) ?
- combien de temps vous les gardez ?

Je ne refuse pas de répondre mais je veux savoir où vont nos papiers.

Bernadette Lefèvre
résidence du Parc, escalier D
Amiens
""",
    R(["Information"], "b.lefevre@sfr.example", "Bernadette", "Lefèvre"), ct=LATIN1, encode="latin-1")

add("fr-12-echeancier-refuse-score", "Yannick Le Goff <yannick.legoff@gmail.example>",
    "Refus d'échéancier - demande de réexamen",
    """\
Bonjour,

J'ai voulu mettre en place un échéancier pour ma facture de régularisation (1 284,60 €) via votre
espace client. Au bout de 30 secondes l'écran a affiché : « Votre demande ne peut pas aboutir,
votre score d'éligibilité est insuffisant ». Aucun conseiller ne m'a parlé.

Je conteste cette décision prise par un logiciel. Je demande qu'une personne de chez vous réexamine
mon dossier, et je veux savoir sur quels critères ce "score" a été calculé. Je suis client depuis
11 ans et je n'ai jamais eu d'incident de paiement.

Yannick Le Goff
Brest
Contrat 3004 552 019
""",
    R(["AutomatedDecision"], "yannick.legoff@gmail.example", "Yannick", "Le Goff"))

add("fr-13-contestation-arrieres-geler", "Christelle Dewolf <christelle.dewolf@skynet.example>",
    "Contestation arriérés - dossier huissier",
    """\
Bonjour,

J'ai reçu un courrier de l'huissier Maître Closset me réclamant 2.340 € d'arriérés de loyer pour mon
ancien logement à Marchienne-au-Pont. Or j'ai quitté ce logement fin 2024 et l'état des lieux de
sortie a été signé sans remarque, la garantie locative m'a même été rendue.

Je conteste ce montant et j'ai demandé à votre service contentieux de vérifier. En attendant le
résultat de cette vérification, je vous demande de limiter l'utilisation de mes données : qu'elles
ne soient plus transmises à l'huissier ni à une société de recouvrement tant que la vérification
n'est pas terminée.

Je vous prie de croire, Madame, Monsieur, en mes sentiments distingués.

Christelle Dewolf
Rue de la Station 45
6000 Charleroi
0476 58 22 19
""",
    R(["Restriction"], "christelle.dewolf@skynet.example", "Christelle", "Dewolf"))

add("fr-14-directives-apres-deces", "Odette Marchand <odette.marchand@laposte.example>",
    "mes données après mon décès",
    """\
Madame, Monsieur,

J'ai 86 ans et je suis locataire chez vous depuis 1979 (résidence Jean-Jaurès à Tours). Mon notaire
m'a parlé de la possibilité de laisser des directives pour mes données personnelles après ma mort.

Je souhaite donc que, après mon décès, mon fils Bernard Marchand soit la personne chargée de ces
questions, qu'il puisse obtenir la clôture de mon dossier et que mes données soient ensuite
supprimées, sauf ce que la loi vous oblige à garder.

Pouvez-vous enregistrer ces directives et me dire si c'est suffisant par courriel ou s'il faut un
papier signé ?

Avec mes remerciements,

Odette Marchand
""",
    R(["AdvanceDirectives"], "odette.marchand@laposte.example", "Odette", "Marchand"))

add("fr-15-fils-pere-decede", "Philippe Girard <philippe.girard@free.example>",
    "Décès de M. Raymond Girard - contrat eau/électricité",
    """\
Bonjour,

Mon père, M. Raymond Girard, est décédé le 3 octobre dernier. Il était client chez vous pour
l'électricité et l'eau au 5 impasse des Lilas à Perpignan (contrat 3004 210 887).

Le logement a été vidé et rendu, j'ai déjà transmis l'acte de décès à votre service client pour la
résiliation. En tant qu'unique héritier, je vous demande maintenant de supprimer ses données
personnelles de vos fichiers une fois la facture de clôture réglée, notamment son numéro de
téléphone et ses coordonnées bancaires.

Je joins l'acte de décès et l'attestation du notaire.

Cordialement,
Philippe Girard
""",
    R(["Erasure"], "philippe.girard@free.example", "Raymond", "Girard", representative="Philippe Girard"))

add("fr-16-transfert-service-client", "Aurélie Fontaine <aurelie.fontaine@acme-corp.example>",
    "TR: suppression compte",
    """\
Bonjour l'équipe DPO,

Je vous transfère ce mail arrivé sur la boîte du service clientèle, je pense que c'est pour vous.
Le client a déjà appelé deux fois.

Bonne journée,
Aurélie Fontaine
Conseillère clientèle - ACME Énergie & Eaux
Poste 4412

-------- Message transféré --------
De : Hamid Benali <h.benali@orange.example>
Date : jeu. 12 nov. 2026 à 21:14
Objet : suppression compte
À : service.client@acme-corp.example

Bonsoir,
J'ai résilié mon contrat de gaz en août (déménagement chez un autre fournisseur). Je voudrais que
mon compte sur votre espace client soit supprimé ainsi que toutes mes informations personnelles.
Merci.
Hamid Benali
""",
    R(["Erasure"], "h.benali@orange.example", "Hamid", "Benali"))

add("fr-17-agence-schaerbeek-piece-jointe", "Luc Mertens <luc.mertens@acme-corp.example>",
    "Fwd: mes données", "",
    R(["Information"], "aicha.elamrani@skynet.example", "Aïcha", "El Amrani"),
    note="""\
Bonjour,

Mail reçu à l'agence de Schaerbeek, à traiter svp. Je n'ai pas su quoi lui répondre.

Luc Mertens
Agent d'accueil - Agence Schaerbeek
""",
    attached=("Aïcha El Amrani <aicha.elamrani@skynet.example>", "mes données", """\
Bonjour,

Lors de la révision annuelle de mon loyer vous connaissiez déjà le montant de mes allocations de
chômage et de mes allocations familiales alors que je ne vous avais rien envoyé.

D'où viennent ces informations ? Est-ce que vous avez consulté la Banque-Carrefour de la Sécurité
sociale ou le SPF Finances ? Et sur quelle base vous avez le droit de le faire ?

Merci pour votre réponse,
Aïcha El Amrani
Avenue Rogier 210, 1030 Schaerbeek
"""))

add("fr-18-famille-composition-foyer", "Famille Nguyen <famille.nguyen@wanadoo.example>",
    "Mise à jour composition du foyer",
    """\
Bonjour,

Notre fils Minh a quitté le logement en septembre pour ses études à Toulouse, il n'habite plus
avec nous. Pourtant il apparaît toujours comme occupant dans notre dossier locataire et dans
le calcul du supplément de loyer.

Merci de corriger la composition du foyer (2 personnes et non 3). Je peux fournir son nouveau bail
si besoin.

Merci de répondre sur mon adresse personnelle.

Linh Nguyen
Locataire réf. L-0031760
""",
    R(["Rectification"], "linh.nguyen@gmail.example", "Linh", "Nguyen"),
    headers=["Reply-To: Linh Nguyen <linh.nguyen@gmail.example>"])

add("fr-19-changement-fournisseur-csv", "Serge Mbala <serge.mbala@proximus.example>",
    "Transfert de mes données de consommation",
    """\
Bonjour,

Je passe chez un autre fournisseur au 1er janvier. Mon nouveau fournisseur propose un tarif
dynamique et me demande mon historique de consommation.

Pourriez-vous me transmettre mes données de consommation des deux dernières années (relevés
quart-horaires du compteur intelligent) dans un fichier exploitable, genre CSV ou Excel, ou
directement les envoyer à mon nouveau fournisseur si c'est possible ?

EAN : 541449500012345678
Client n° 220 418 663

Merci d'avance,
Serge Mbala
Liège
""",
    R(["Portability"], "serge.mbala@proximus.example", "Serge", "Mbala"))

add("fr-20-tutoiement-compteur", "jordan.b@hotmail.example", "question compteur",
    """\
salut,

petite question : le compteur que t'as installé chez moi il envoie quoi exactement comme infos, et
est-ce que vous revendez ça à des pubs ou des assurances ? parce que je commence à recevoir des
offres bizarres depuis qu'il est posé.

merci
Jordan

Envoyé de mon iPhone
""",
    R(["Information"], "jordan.b@hotmail.example", "Jordan", None))

add("fr-21-orthographe-et-copie", "Francoise Daoud-Perrin <f.daoudperrin@orange.example>",
    "Dossier locataire",
    """\
Bonjour,

Deux choses :

1) Mon prénom est écrit sans cédille partout chez vous (Francoise). C'est Françoise, avec un ç,
comme sur ma carte d'identité. Merci de corriger, ça pose problème avec la CAF qui ne retrouve pas
mes quittances.

2) Je souhaiterais avoir une copie de mon dossier de locataire, avec les pièces que j'ai fournies
à l'attribution et l'historique des paiements.

Cordialement,
Françoise Daoud-Perrin
Logement 104, 3 rue Pasteur, Villeurbanne
""",
    R(["Rectification", "Access"], "f.daoudperrin@orange.example", "Françoise", "Daoud-Perrin"))

add("fr-22-facture-estimee", "Alain Chevalier <alain.chevalier@laposte.example>",
    "facture estimée beaucoup trop élevée",
    """\
Bonjour,

Ma facture d'eau du 2e semestre est estimée à 412 € alors que je vis seul et que je consomme
d'habitude 35 m3 par an. Personne n'est venu relever le compteur. Je vous ai envoyé ma photo du
compteur (index 04512) mais rien n'a changé.

Je ne sais pas à qui écrire, toutes les adresses me renvoient vers un robot.

Alain Chevalier
Contrat 7700 321 554
""",
    R(["Unknown"], "alain.chevalier@laposte.example", "Alain", "Chevalier"))

add("fr-23-mandataire-majeur-protege", "Isabelle Honoré <i.honore@atmp-rhone.example>",
    "M. Marcel JACQUET - mesure de curatelle renforcée",
    """\
Madame, Monsieur,

Je suis mandataire judiciaire à la protection des majeurs et j'exerce la curatelle renforcée de
M. Marcel JACQUET, né le 02/05/1954, domicilié 15 rue Duguesclin, 69006 Lyon (jugement du juge des
contentieux de la protection du 18/03/2025, copie jointe).

M. Jacquet reçoit très régulièrement des appels et des courriers commerciaux de votre part
(offres de panneaux photovoltaïques, contrats d'entretien de chaudière). Compte tenu de sa
vulnérabilité, je vous demande de cesser toute sollicitation commerciale à son égard.

Je vous demande également de m'adresser une copie des données personnelles que vous détenez sur
lui, afin de vérifier les contrats souscrits ces derniers mois.

Toute correspondance est à adresser à notre service.

Isabelle Honoré
Mandataire judiciaire à la protection des majeurs
ATMP du Rhône - Service Lyon Centre
04 72 10 33 58
""",
    R(["Opposition", "Access"], "i.honore@atmp-rhone.example", "Marcel", "Jacquet",
      representative="Isabelle Honoré"))

add("fr-24-photo-fille-journal", "Valérie Bouchard <valerie.bouchard@gmail.example>",
    "Photo de ma fille dans le journal des locataires",
    """\
Bonjour,

Dans le dernier numéro du « Mag des Locataires » (octobre) et sur votre site, il y a une photo de la
fête des voisins de la résidence des Acacias où on voit très bien ma fille Inès (9 ans) en gros plan,
avec son prénom dans la légende. Personne ne nous a demandé notre autorisation.

Je vous demande de retirer cette photo de votre site et de vos archives, et de ne pas la réutiliser.

Valérie Bouchard
maman d'Inès Bouchard
Résidence des Acacias, Angers
""",
    R(["Erasure"], "valerie.bouchard@gmail.example", "Inès", "Bouchard", representative="Valérie Bouchard"))

add("fr-25-photos-chambre-technicien", "Rosalie Pinto <rosalie.pinto@free.example>",
    "photos prises chez moi",
    """\
Bonjour,

Le 28 octobre, l'entreprise que vous avez envoyée pour la VMC a pris une dizaine de photos dans mon
appartement, y compris dans ma chambre et dans la chambre de mon fils, avec nos photos de famille
et nos affaires bien visibles. Le technicien m'a dit que c'était "pour le dossier ACME".

Je veux que ces photos soient effacées, chez vous et chez l'entreprise. Et je voudrais savoir qui a
pu les voir et où elles sont stockées.

Merci,
Rosalie Pinto
appt 22, 40 avenue de la République, Montreuil
""",
    R(["Erasure", "Information"], "rosalie.pinto@free.example", "Rosalie", "Pinto"))

add("fr-26-fribourg-profilage", "Urs Baumann <urs.baumann@bluewin.example>",
    "Utilisation de mes données de consommation",
    """\
Bonjour,

Je reçois depuis quelques mois des « conseils personnalisés » et des offres de pompe à chaleur
basés, d'après votre courrier, sur « l'analyse de votre profil de consommation ».

Je m'oppose à ce que mes données de consommation soient analysées pour établir un profil et pour
m'adresser de la publicité. Mes relevés doivent servir à la facturation, un point c'est tout.

Meilleures salutations

Urs Baumann
Route de la Glâne 118
1700 Fribourg
""",
    R(["Opposition"], "urs.baumann@bluewin.example", "Urs", "Baumann"))

add("fr-27-typos-appli", "Dylan Perret <dylanperret.pro@gmail.example>", "suprimer compte",
    "bjr jveux que vous suprimmer mon compte de l apli acme et tout mes donné svp jlutilise plus merci\n",
    R(["Erasure"], "dylanperret.pro@gmail.example", "Dylan", "Perret"))

add("fr-28-fiche-gardien-plaintes", "Mamadou Sow <mamadou.sow@laposte.example>",
    "fiche sur moi ?",
    """\
Madame, Monsieur,

Le gardien de mon immeuble m'a dit la semaine dernière, pendant une dispute au sujet des poubelles,
qu'il « a une fiche sur moi » et qu'il « note tout ».

J'aimerais comprendre. Est-ce que les gardiens ont le droit de tenir des fiches sur les locataires ?
Combien de temps gardez-vous les plaintes entre voisins ? Qui peut les consulter, est-ce que ça
peut être utilisé contre moi pour une demande de mutation ?

Dans l'attente de votre réponse, veuillez agréer mes salutations.

Mamadou Sow
Bât. 4, cité des Bleuets, Creil
""",
    R(["Information"], "mamadou.sow@laposte.example", "Mamadou", "Sow"))

add("fr-29-enregistrements-coupure", "Jean-Baptiste Okafor <jb.okafor@outlook.example>",
    "Enregistrements de mes appels - coupure du 22/10",
    """\
Bonjour,

Le 22 octobre mon électricité a été coupée alors que j'avais eu l'accord au téléphone, le 9 et le
15 octobre, d'un conseiller de votre service recouvrement pour payer en trois fois. Vos conseillers
disent maintenant qu'il n'y a "aucune trace" de cet accord.

Vos appels sont enregistrés (le message d'accueil le dit). Je vous demande :
- une copie des enregistrements de mes appels du 9 et du 15 octobre, et de tout ce qui a été noté
  dans mon dossier à ces dates ;
- de ne surtout pas supprimer ces enregistrements, même si votre durée de conservation est
  dépassée, car j'en ai besoin pour saisir le médiateur de l'énergie.

Jean-Baptiste Okafor
Contrat 3004 771 240
06 58 14 20 93
""",
    R(["Access", "Restriction"], "jb.okafor@outlook.example", "Jean-Baptiste", "Okafor"))

add("fr-30-quebec-hebergement", "Jean-François Gagnon <jf.gagnon@sympatico.example>",
    "Hébergement de mes renseignements",
    """\
Bonjour,

J'ai un chalet à Chamonix où je passe l'hiver et j'ai un compte chez vous pour l'eau et
l'électricité.

Pouvez-vous me dire dans quel pays sont hébergés mes renseignements personnels ? Votre application
semble utiliser un fournisseur infonuagique américain. Est-ce que mes données sont communiquées à
l'extérieur de l'Union européenne et, si oui, avec quelles garanties ?

Merci de votre retour.

Jean-François Gagnon, CPA
Québec (Québec)
418 555-0142
""",
    R(["Information"], "jf.gagnon@sympatico.example", "Jean-François", "Gagnon"))

add("fr-31-desinscription-sms", "Anne-Sophie Van Damme <as.vandamme@telenet.example>",
    "désinscription",
    """\
Bonjour,

Merci de me retirer de toutes vos listes : newsletter « Écogestes », SMS promotionnels et enquêtes
de satisfaction. Je retire le consentement que j'ai donné en ouvrant mon compte.

Je reste cliente, donc je veux bien sûr continuer à recevoir mes factures.

Anne-Sophie Van Damme
Wavre
""",
    R(["Opposition"], "as.vandamme@telenet.example", "Anne-Sophie", "Van Damme"))

add("fr-32-cotation-logement-refus", "Samira Haddad <samira.haddad@gmail.example>",
    "Refus de ma candidature - demande de révision humaine",
    """\
Bonjour,

J'ai reçu un courrier m'indiquant que ma candidature pour un logement 3 chambres à Anderlecht a été
« classée sans suite par le système de cotation » parce que mes revenus dépasseraient le plafond.
C'est faux : mon revenu imposable 2024 a baissé depuis mon licenciement, j'ai envoyé l'attestation
du chômage en août.

Il n'y a eu aucun contact avec un agent. Je demande qu'une personne examine réellement mon dossier
et me donne une explication sur le calcul des points.

Bien à vous,
Samira Haddad
Candidate n° C-2023-18842
""",
    R(["AutomatedDecision"], "samira.haddad@gmail.example", "Samira", "Haddad"))

# --- tasks from staff ---

add("fr-33-tache-aipd-courbes-charge", "Nicolas Brun <nicolas.brun@acme-corp.example>",
    "AIPD projet « Conseil énergie personnalisé »",
    """\
Bonjour à l'équipe vie privée,

Dans le cadre du projet « Conseil énergie personnalisé », la direction marketing souhaite exploiter
les courbes de charge quart-horaires des clients équipés de compteurs communicants pour leur
proposer des offres adaptées (pompe à chaleur, batterie, tarif heures creuses).

Le COPIL du 3 décembre demande qu'une analyse d'impact (AIPD) soit réalisée avant le pilote prévu en
février sur 5 000 clients. Pouvez-vous nous dire comment lancer la démarche et qui doit remplir
quoi ? Je vous joins la note de cadrage.

Merci,
Nicolas Brun
Chef de projet Data - Direction Clients
ACME Énergie & Eaux
""",
    TASK("nicolas.brun@acme-corp.example", "Nicolas", "Brun"))

add("fr-34-tache-contrat-sous-traitant", "Emmanuelle Carré <emmanuelle.carre@acme-corp.example>",
    "Relecture contrat plateforme FixIt - données/photos",
    """\
Bonjour,

Nous allons confier la prise des demandes d'intervention technique à la plateforme FixIt (appli
locataire + prestataires). Les locataires y déposeront des photos de leur logement et les artisans
y auront accès.

Le contrat et son annexe « protection des données » sont en PJ. Pourriez-vous les relire et nous
dire si l'annexe tient la route (sous-traitance ultérieure, hébergement, durée de conservation des
photos) ? Signature prévue le 30/11.

Merci d'avance,
Emmanuelle Carré
Responsable Achats
""",
    TASK("emmanuelle.carre@acme-corp.example", "Emmanuelle", "Carré"))

add("fr-35-tache-registre-cameras", "Didier Lecomte <didier.lecomte@acme-corp.example>",
    "cameras halls bat A a F - registre",
    """\
Salut,

On a fini la pose des caméras dans les halls d'entrée et les caves des bâtiments A à F de la
résidence du Moulin (12 caméras, enregistrement 30 jours, consultation par le gardien et la
sécurité). Il paraît qu'il faut mettre à jour le registre des traitements et l'affichage.

Tu peux t'en occuper ou me dire ce qu'il te faut comme infos ?

Didier
Responsable de secteur Nord
""",
    TASK("didier.lecomte@acme-corp.example", "Didier", "Lecomte"))

add("fr-36-tache-formation-gardiens", "Karima Benaissa <karima.benaissa@acme-corp.example>",
    "Demande de sensibilisation RGPD pour les gardiens",
    """\
Bonjour,

Suite à plusieurs remontées (listes de locataires affichées, cahiers de doléances laissés dans les
loges, photos envoyées par WhatsApp), j'aimerais organiser une sensibilisation RGPD pour les
32 gardiens de la direction territoriale Sud, idéalement en janvier lors de la réunion trimestrielle.

Pouvez-vous animer une session d'1h30, ou nous fournir un support ?

Karima Benaissa
Responsable RH de proximité
""",
    TASK("karima.benaissa@acme-corp.example", "Karima", "Benaissa"))

add("fr-37-tache-questionnaire-banque", "Stéphane Moreau <stephane.moreau@acme-corp.example>",
    "TR: Questionnaire sécurité & RGPD - partenaire prélèvements",
    """\
Bonjour,

La banque qui gère nos prélèvements SEPA nous demande de remplir leur questionnaire annuel
« sécurité des données et conformité RGPD » (fichier Excel, 84 questions) avant le 4 décembre.
Une bonne partie concerne la protection des données, je ne peux pas y répondre seul.

Peux-tu compléter les onglets 3 et 4 ?

Merci,
Stéphane Moreau
Trésorerie
""",
    TASK("stephane.moreau@acme-corp.example", "Stéphane", "Moreau"))

# --- incidents ---

add("fr-38-incident-publipostage-relances", "Corinne Favier <corinne.favier@acme-corp.example>",
    "URGENT - erreur d'envoi lettres de relance",
    """\
Bonjour,

Je viens de me rendre compte que le publipostage des lettres de relance pour impayés parti hier
(environ 140 courriers, secteur Bordeaux Rive Droite) a été décalé d'une ligne : chaque locataire
a reçu la lettre avec le nom, l'adresse imprimée correcte mais le montant de la dette et le
détail des échéances d'un autre locataire.

Deux locataires ont déjà appelé l'agence. Que devons-nous faire ?

Corinne Favier
Service Recouvrement
05 56 00 12 41
""",
    INC("corinne.favier@acme-corp.example", "Corinne", "Favier"))

add("fr-39-incident-cle-usb-gardien", "Marc Delhaye <marc.delhaye@acme-corp.example>",
    "perte clé USB",
    """\
Bonjour,

Je vous signale que j'ai perdu ce week-end une clé USB, probablement au marché de Jemappes. Dessus
il y avait la liste des locataires de la cité (noms, numéros de téléphone, numéros d'appartement),
les codes des portes de caves et un tableau des interventions en cours. La clé n'était pas
protégée par un mot de passe.

Désolé, je préfère le dire tout de suite.

Marc Delhaye
Concierge - Cité du Coron, Mons
""",
    INC("marc.delhaye@acme-corp.example", "Marc", "Delhaye"))

add("fr-40-incident-clic-phishing", "Véronique Amrani <veronique.amrani@acme-corp.example>",
    "J'ai cliqué sur un lien bizarre",
    """\
Bonjour,

Ce matin j'ai reçu un mail « Partage de document - Relevé fournisseurs » qui semblait venir de notre
expert-comptable. J'ai cliqué et j'ai saisi mon identifiant et mon mot de passe Outlook sur la page
qui s'est ouverte. Ensuite la page a affiché une erreur.

Depuis, trois collègues m'ont dit avoir reçu de ma part un mail avec le même lien. J'ai accès dans
ma boîte aux fichiers des fournisseurs et aux IBAN des locataires pour les remboursements de
dépôts de garantie.

L'informatique est prévenue, mais on m'a dit de vous écrire aussi.

Véronique Amrani
Comptabilité
""",
    INC("veronique.amrani@acme-corp.example", "Véronique", "Amrani"))

add("fr-41-incident-espace-client-autre", "Pascal Girardin <pascal.girardin@bluewin.example>",
    "Je vois les données d'un autre client",
    """\
Bonjour,

En me connectant à mon espace client ce soir, j'ai vu s'afficher le nom, l'adresse à Genève, le
numéro de compteur et les factures d'une autre personne (une certaine Mme Jacot). J'ai même pu
télécharger sa dernière facture et voir ses consommations.

Je n'ai rien modifié. Je pense que c'est un sérieux problème chez vous et que cette dame devrait
être prévenue.

Pascal Girardin
Carouge
""",
    INC("pascal.girardin@bluewin.example", "Pascal", "Girardin"))

add("fr-42-incident-liste-impayes-hall", "Sabrina Leroy <sabrina.leroy@laposte.example>",
    "liste des impayés affichée dans le hall",
    """\
Bonjour,

Depuis lundi une feuille est scotchée dans le hall du bâtiment C (résidence Les Mimosas, Nîmes)
avec les noms des locataires « en retard de paiement » et les montants. Mon nom est dessus ainsi
que celui de huit autres familles. Tout le monde passe devant, les enfants aussi.

C'est le gardien qui l'a mise d'après ma voisine. Je trouve ça honteux. J'ai pris une photo.

Sabrina Leroy
""",
    INC("sabrina.leroy@laposte.example", "Sabrina", "Leroy"))

# --- follow-ups ---

add("fr-43-relance-dsr-cinq-semaines", "Christophe Lemaire <christophe.lemaire@orange.example>",
    "RE: [DSR-40583] Accusé de réception de votre demande",
    """\
Bonjour,

Cela fait maintenant cinq semaines et je n'ai toujours rien reçu. Le délai d'un mois est dépassé.
Sans réponse sous huit jours, je saisirai la CNIL.

Christophe Lemaire

> Bonjour,
> Nous accusons réception de votre demande relative à vos données personnelles, enregistrée sous
> la référence DSR-40583. Nous vous répondrons dans un délai d'un mois.
> Le service Protection des données - ACME
""",
    FU("40583", "christophe.lemaire@orange.example", "Christophe", "Lemaire"))

add("fr-44-suite-piece-identite", "Olivier Delacroix-Martin <o.delacroix-martin@orange.example>",
    "Re: Demande au titre des articles 15 et 20 du RGPD - contrat n° 3004 118 772",
    """\
Madame, Monsieur,

Pour faire suite à mon courrier ci-dessous, et afin de faciliter la vérification de mon identité,
vous trouverez ci-joint une copie de ma carte nationale d'identité (recto-verso), les mentions non
nécessaires ayant été masquées.

Salutations distinguées,
O. Delacroix-Martin

Le 15/11/2026, Olivier Delacroix-Martin a écrit :
> Objet : exercice du droit d'accès et du droit à la portabilité (articles 15 et 20 du Règlement
> (UE) 2016/679)
""",
    FU(ref("fr-04-lettre-articles-15-20"), "o.delacroix-martin@orange.example", "Olivier", "Delacroix-Martin"),
    headers=irt("fr-04-lettre-articles-15-20"))

add("fr-45-releves-manquants-latin1", "René Bouvier <rene.bouvier@wanadoo.example>",
    "Re: [DSR-40102] Réponse à votre demande d'accès",
    """\
Bonjour,

Merci pour l'envoi du fichier. Par contre il manque les relevés et les factures de l'année 2024,
alors que j'étais bien client chez vous à cette période (logement de Vichy). Pouvez-vous compléter ?

René Bouvier

----- Message d'origine -----
De : privacy@acme-corp.example
Objet : [DSR-40102] Réponse à votre demande d'accès
Veuillez trouver ci-joint les données vous concernant.
""",
    FU("40102", "rene.bouvier@wanadoo.example", "René", "Bouvier"), ct=LATIN1, encode="latin-1")

add("fr-46-quebec-toujours-courriels", "Marie-Ève Tremblay <marieeve.tremblay@videotron.example>",
    "Re: Fermeture de mon compte et infolettre",
    """\
Allô,

Je vous ai écrit la semaine passée pour fermer mon compte pis j'ai encore reçu votre infolettre
à matin. Pouvez-vous me confirmer que c'est en cours?

Marie-Ève
""",
    FU(ref("fr-06-quebec-fermer-compte"), "marieeve.tremblay@videotron.example", "Marie-Ève", "Tremblay"),
    headers=irt("fr-06-quebec-fermer-compte"))

# --- ignored ---

add("fr-47-spam-boite-supprimee", "Service Messagerie <securite@webmail-verif.example>",
    "Votre boîte aux lettres sera supprimée sous 24h (RGPD)",
    """\
Cher utilisateur privacy@acme-corp.example,

Conformément à la nouvelle réglementation RGPD, les comptes non vérifiés seront supprimés
définitivement sous 24 heures avec toutes leurs données.

Pour conserver votre boîte et vos messages, validez votre compte maintenant :
http://webmail-verif.example/rgpd/valider?u=privacy

Équipe Sécurité Messagerie
""",
    IGN("spam", "securite@webmail-verif.example"), headers=SPAM_HDR)

add("fr-48-spam-referencement", "Julien | SEO Expert <julien@top-referencement.example>",
    "Proposition de partenariat - acme-corp.example",
    """\
Bonjour,

J'ai analysé votre site acme-corp.example et constaté qu'il n'apparaît pas en première page de
Google sur des requêtes importantes comme « logement social » ou « fournisseur électricité ».

Notre agence propose un audit SEO gratuit et des backlinks de qualité à partir de 99 € / mois.
Seriez-vous disponible pour un appel de 15 minutes cette semaine ?

Bien cordialement,
Julien
Top Référencement

Si vous ne souhaitez plus recevoir nos messages, répondez STOP.
""",
    IGN("spam", "julien@top-referencement.example"))

add("fr-49-spam-heritage", "Maître Bernard Kouassi <b.kouassi.notaire@mailbox.example>",
    "Succession en déshérence - confidentiel",
    """\
Cher(e) ami(e),

Je suis Maître Bernard Kouassi, notaire à Abidjan. Un de mes clients, décédé sans héritier, a
laissé la somme de 8 500 000 EUR sur un compte bloqué. Votre organisation a été sélectionnée
pour recevoir ces fonds dans le cadre d'un projet de logement social.

Merci de me communiquer en toute confidentialité le nom de votre responsable, ses coordonnées
bancaires et une copie de son passeport afin que je puisse débloquer le transfert.

Que Dieu vous bénisse.
Me B. Kouassi
""",
    IGN("spam", "b.kouassi.notaire@mailbox.example"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="mailbox.example")])

add("fr-50-absence-huissier", "Etude Closset & Associés <contact@closset-huissiers.example>",
    "Réponse automatique : Absence",
    """\
Bonjour,

Notre étude est fermée du 16 au 20 novembre inclus. Votre message sera traité à notre retour.
Pour toute urgence, vous pouvez contacter le 071 30 44 12.

Étude Closset & Associés, huissiers de justice
""",
    IGN("auto_reply", "contact@closset-huissiers.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("fr-51-lettre-federation-bailleurs", "Fédération des bailleurs sociaux <lettre@federation-bailleurs.example>",
    "La Lettre du Logement social n° 212 - novembre 2026",
    """\
LA LETTRE DU LOGEMENT SOCIAL - N° 212

À la une :
- Loi de finances 2027 : ce qui change pour les organismes HLM
- Réhabilitation thermique : retour sur le congrès de Lyon
- RGPD : la CNIL publie un nouveau référentiel « gestion locative »
- Agenda : webinaire « Vidéoprotection dans les parties communes », 8 décembre

Lire la lettre en ligne : https://federation-bailleurs.example/lettre/212

Vous recevez cette lettre car vous êtes abonné(e) à la liste d'information de la Fédération.
Se désinscrire : https://federation-bailleurs.example/desinscription
""",
    IGN("bulk", "lettre@federation-bailleurs.example"),
    headers=["List-Id: La Lettre <lettre.federation-bailleurs.example>",
             "List-Unsubscribe: <https://federation-bailleurs.example/desinscription>",
             "Precedence: bulk"])

add("fr-52-non-remis", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Non remis : Votre demande relative à vos données personnelles", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("fr-53-spam-conformite-rgpd", "Cabinet Conformité Plus <contact@conformite-plus.example>",
    "⚠️ Votre organisation risque 20 millions d'euros d'amende",
    """\
Madame, Monsieur le Dirigeant,

Saviez-vous que 9 entreprises sur 10 ne sont pas conformes au RGPD ? Les sanctions peuvent atteindre
20 millions d'euros ou 4 % du chiffre d'affaires.

Notre kit « RGPD Express » (registre, mentions, DPO externalisé) est proposé à -40 % jusqu'au
30 novembre seulement. Cliquez ici pour votre diagnostic gratuit :
http://conformite-plus.example/diag

Pour ne plus recevoir nos offres, cliquez ici.
""",
    IGN("spam", "contact@conformite-plus.example"),
    headers=SPAM_HDR + ["List-Unsubscribe: <http://conformite-plus.example/unsub>"])
