from common import *  # part fr: written blind

# ---------------------------------------------------------------- demandes

add("fr-01-supprimez", "lucas.m75@zmail.example", "compte",
    "supprimez mon compte svp\n",
    R(["Erasure"], "lucas.m75@zmail.example"))

add("fr-02-art15-formel", "Geneviève Lefèvre-Dumas <g.lefevre-dumas@hexamail.example>",
    "Demande de droit d'accès - article 15 du RGPD",
    """Madame, Monsieur,

Abonnée à la saison du Théâtre des Célestins depuis 2018 et adhérente de l'association des Amis du
Musée (carte n° AM-56120), je vous prie de bien vouloir, en application de l'article 15 du
Règlement général sur la protection des données, me confirmer si des données à caractère personnel
me concernant font l'objet d'un traitement de votre part et, dans l'affirmative, m'en communiquer
une copie, accompagnée des informations prévues à cet article (finalités, destinataires, durée de
conservation, source des données).

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Geneviève Lefèvre-Dumas
8, place Bellecour
69002 Lyon
""",
    R(["Access"], "g.lefevre-dumas@hexamail.example", "Geneviève", "Lefèvre-Dumas"))

add("fr-03-quitte-panel", "Karim Benali <karim.benali@medmail.example>", "Je quitte le panel",
    """Bonjour,

Je ne souhaite plus faire partie du panel Acme Avis. Merci d'effacer mon profil, toutes mes réponses
aux questionnaires et mes coordonnées. Les points qui restent (environ 1 300), vous pouvez les
garder, ça m'est égal.

Karim Benali
""",
    R(["Erasure"], "karim.benali@medmail.example", "Karim", "Benali"))

add("fr-04-majuscules-newsletters", "Josiane Marchal <josiane.marchal@provence.example>",
    "ARRETEZ",
    """ARRETEZ DE M'ENVOYER VOS NEWSLETTERS ET VOS PROMOS TOUS LES JOURS !!! JE NE VEUX PLUS RIEN RECEVOIR
DE VOTRE PART, NI MAIL NI COURRIER. MERCI.

JOSIANE MARCHAL
""",
    R(["Opposition"], "josiane.marchal@provence.example", "Josiane", "Marchal"))

add("fr-05-abonnement-lilas-nom", "Thérèse Lemaître <therese.lemaitre@seinemail.example>",
    "Mon abonnement au Théâtre des Lilas : ça suffit",
    """Bonjour,

Je suis abonnée au Théâtre des Lilas depuis plus de quinze ans et je n'ai jamais connu une rentrée
pareille. D'abord, mes places habituelles (rang D, 14 et 16) ont été attribuées à d'autres sans que
personne ne me prévienne : on m'a « relogée » au balcon, côté jardin, où l'on ne voit qu'une moitié
de la scène. Ensuite, la nouvelle application qui devait remplacer les billets papier refuse
d'afficher mes billets une fois sur deux, et le contrôleur de samedi dernier m'a fait attendre dix
minutes dans le froid pendant qu'il « vérifiait ».

Il a vérifié quoi ? Que le nom sur le billet correspondait à ma pièce d'identité. Or votre fichier
m'appelle toujours « Therese Lemaitre », sans aucun accent. Je m'appelle Thérèse Lemaître, avec un
accent grave et un accent circonflexe, et je vous l'ai déjà signalé deux fois au guichet. Merci de
corriger enfin mon nom dans mon dossier d'abonnée, qu'on ne me refasse pas le coup au prochain
spectacle.

Quant au placement, j'attends une proposition sérieuse avant le renouvellement de janvier, sinon je
n'ai aucune raison de rester abonnée.

Thérèse Lemaître
""",
    R(["Rectification"], "therese.lemaitre@seinemail.example", "Thérèse", "Lemaître"))

add("fr-06-questions-panel-html", "Aurélien Fontaine <aurelien.fontaine@loiremail.example>",
    "Quelques questions avant de continuer les sondages",
    html("Bonjour,",
         "Je participe depuis peu au panel et, avant de répondre aux questionnaires plus longs, "
         "j'aimerais comprendre quelques points :",
         "&ndash; les marques qui commandent les études reçoivent-elles mon nom ou mon e-mail, ou "
         "seulement des réponses anonymes ?<br>&ndash; combien de temps conservez-vous mes réponses "
         "une fois l'étude terminée ?<br>&ndash; les données sont-elles hébergées ou traitées hors "
         "de l'Union européenne ?",
         "Merci d'avance,<br>Aurélien Fontaine"),
    R(["Information"], "aurelien.fontaine@loiremail.example", "Aurélien", "Fontaine"), ct=HTML)

add("fr-07-apres-mon-deces", "Odette Chevalier <odette.chevalier@bocage.example>",
    "Mes volontés concernant mes données",
    """Madame, Monsieur,

Âgée de 81 ans, adhérente des Amis du Musée depuis 1987, je souhaite vous faire part de mes
directives relatives au sort de mes données après mon décès, comme la loi Informatique et Libertés
m'en donne la possibilité.

Je souhaite qu'à ma mort mon compte et mon adhésion soient clôturés et mes données effacées, et que
mon fils, M. Pierre Chevalier, soit la personne chargée de veiller à l'exécution de ces directives.
Pouvez-vous me confirmer que vous les avez bien enregistrées ?

Veuillez agréer mes salutations respectueuses.

Odette Chevalier
""",
    R(["AdvanceDirectives"], "odette.chevalier@bocage.example", "Odette", "Chevalier"))

add("fr-08-papa-decede", "Claire Rousseau-Blanc <claire.rousseaublanc@valmail.example>",
    "Compte de mon père décédé",
    """Bonjour,

Mon père, Bernard Rousseau, est décédé le 2 octobre dernier. Il était abonné à la saison lyrique
et membre de votre programme de fidélité (n° de client 447 203).

Il continue de recevoir vos courriers et vos e-mails, ce qui est assez pénible pour ma mère. En tant
qu'héritière, je vous remercie de bien vouloir clôturer son compte et effacer ses données
personnelles. Je peux vous adresser l'acte de décès si nécessaire.

Cordialement,
Claire Rousseau-Blanc
06 12 34 56 78
""",
    R(["Erasure"], "claire.rousseaublanc@valmail.example", "Bernard", "Rousseau",
      representative="Claire Rousseau-Blanc"))

add("fr-09-sortie-scolaire-ines", "Nadia Bouaziz <nadia.bouaziz@montreuilmail.example>",
    "Informations sur ma fille - sortie scolaire du 6 novembre",
    """Bonjour,

Ma fille Inès Bouaziz (CM1, école Jules-Ferry de Montreuil) a participé à une visite au musée le
6 novembre avec sa classe. L'école nous a fait remplir une fiche (allergies, traitement, personne à
prévenir, autorisation photo) qui vous aurait été transmise.

En tant que mère, j'aimerais savoir exactement ce que vous avez gardé sur elle et en recevoir le
détail : la fiche, les photos éventuelles, et tout autre renseignement.

Merci,
Nadia Bouaziz
""",
    R(["Access"], "nadia.bouaziz@montreuilmail.example", "Inès", "Bouaziz",
      representative="Nadia Bouaziz"))

add("fr-10-avocate-vasseur", "Maître Hélène Darmon <h.darmon@darmon-avocats.example>",
    "M. Thierry Vasseur - demande d'accès et de portabilité",
    """Madame, Monsieur,

J'interviens en qualité de conseil de M. Thierry Vasseur, demeurant 27 rue de la République,
69001 Lyon, titulaire d'un abonnement annuel et panéliste de votre programme Acme Avis.

Agissant en son nom et pour son compte, je vous prie de bien vouloir me communiquer l'intégralité
des données à caractère personnel le concernant, conformément à l'article 15 du RGPD, et de me
transmettre en outre les données qu'il vous a fournies dans un format structuré, couramment utilisé
et lisible par machine, en application de l'article 20.

Vous trouverez le pouvoir signé de mon client à votre disposition sur simple demande.

Je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments distingués.

Hélène Darmon
Avocate au Barreau de Lyon
04 72 00 00 00
Ce message est confidentiel et couvert par le secret professionnel.
""",
    R(["Access", "Portability"], "h.darmon@darmon-avocats.example", "Thierry", "Vasseur",
      representative="Hélène Darmon"))

add("fr-11-transfert-sms", "Sébastien Roy <sebastien.roy@acme-corp.example>", "TR: SMS",
    """Bonjour l'équipe,

Un client a écrit au service client, je pense que c'est pour vous. Je ne lui ai pas répondu.

Séb
Service client

-------- Message transféré --------
De : Yannick Le Goff <yannick.legoff@breizhmail.example>
Date : dim. 15 nov. 2026 à 19:40
Objet : SMS
À : serviceclient@acme-corp.example

Bonjour,

Je reçois des SMS publicitaires pour vos spectacles presque tous les jours depuis que j'ai acheté
deux places à Rennes. Je ne veux plus en recevoir, ni par SMS ni par téléphone.

Cordialement,
Yannick Le Goff
""",
    R(["Opposition"], "yannick.legoff@breizhmail.example", "Yannick", "Le Goff"))

add("fr-12-transfert-pj-coordonnees", "Amélie Caron <amelie.caron@acme-corp.example>",
    "TR: Changement de coordonnées", "",
    R(["Rectification"], "mn.duboislacroix@alpesmail.example", "Marie-Noëlle", "Dubois-Lacroix"),
    note="""Bonjour,

Je vous transfère la demande ci-jointe reçue sur la boîte adhésions, je crois que c'est à traiter
chez vous.

Bonne journée,
Amélie Caron
Service Adhésions""",
    attached=("Marie-Noëlle Dubois-Lacroix <mn.duboislacroix@alpesmail.example>",
              "Changement de coordonnées",
              """Bonjour,

Sur ma carte d'adhérente et dans mon espace en ligne, ma date de naissance est indiquée au
12/07/1964 alors que je suis née le 21/07/1964. Par ailleurs, mon ancienne adresse e-mail
(mn.dubois@vieuxmail.example) n'existe plus : merci de la remplacer par celle-ci.

Bien à vous,
Marie-Noëlle Dubois-Lacroix
"""))

add("fr-13-billets-pas-recus", "Patrick Girard <patrick.girard@nordmail.example>",
    "Billets non reçus",
    """Bonjour,

J'ai payé 96 EUR pour quatre places au spectacle de samedi (commande n° 8830-4412) et je n'ai
toujours pas reçu les e-billets. Rien dans les spams non plus. Pouvez-vous me les renvoyer ?

Patrick Girard
""",
    R(["Unknown"], "patrick.girard@nordmail.example", "Patrick", "Girard"))

add("fr-14-expo-annulee", "Sylvie Nguyen <sylvie.nguyen@rivegauche.example>",
    "Exposition annulée - remboursement ?",
    """Bonjour,

L'exposition « Lumières d'Orient » à laquelle j'avais réservé pour le 28 novembre a été annulée
d'après votre site. Serai-je remboursée automatiquement ou dois-je faire une démarche ? Je n'ai
reçu aucun message.

Cordialement,
Sylvie Nguyen
""",
    R(["Unknown"], "sylvie.nguyen@rivegauche.example", "Sylvie", "Nguyen"))

add("fr-15-famille-carte", "Famille Martin-Lopez <famille.martinlopez@maison.example>",
    "Nos données",
    """Bonjour,

Je suis le titulaire de la carte famille du musée. Je souhaiterais savoir quelles informations
vous conservez à mon sujet dans vos fichiers. Merci de me répondre sur mon adresse personnelle
plutôt que sur la boîte familiale.

Julien Martin
""",
    R(["Access"], "julien.martin@courriel.example", "Julien", "Martin"),
    headers=["Reply-To: Julien Martin <julien.martin@courriel.example>"])

add("fr-16-compte-desactive-algo", "Mamadou Diallo <mamadou.diallo@sahelmail.example>",
    "Compte panéliste désactivé sans explication",
    """Bonjour,

Mon compte panéliste a été désactivé hier, avec un simple message automatique qui parle
d'« activité suspecte détectée ». Mes 2 850 points ont disparu. Personne ne m'a contacté, je n'ai
rien fait d'anormal, je réponds aux questionnaires le soir après le travail.

Je n'accepte pas qu'une machine décide seule de me fermer mon compte. Je demande qu'une personne de
chez vous réexamine cette décision et m'explique sur quels critères votre système s'est fondé.

Mamadou Diallo
""",
    R(["AutomatedDecision"], "mamadou.diallo@sahelmail.example", "Mamadou", "Diallo"))

add("fr-17-points-geler", "Élodie Garnier <elodie.garnier@jura.example>",
    "Contestation de mon historique de points",
    """Bonjour,

Je conteste l'exactitude de l'historique de points de mon compte panéliste : plusieurs enquêtes
que j'ai terminées en septembre n'y figurent pas, et deux « pénalités » apparaissent que je ne
comprends pas.

Dans l'attente de votre vérification, je vous demande de geler mes données : ne les utilisez plus,
ne les modifiez pas et ne les supprimez pas tant que la question n'est pas réglée.

Élodie Garnier
""",
    R(["Restriction"], "elodie.garnier@jura.example", "Élodie", "Garnier"))

add("fr-18-csv-typos", "Kevin Morel <kevin.morel@zapmail.example>", "mes donné",
    """bjr

je voudrai recupéré mes donné du panel (reponses profil points) en fichier csv ou excel pr les
importé sur un autre site de sondage c possible ?

merci
kevin
""",
    R(["Portability"], "kevin.morel@zapmail.example", "Kevin", "Morel"))

add("fr-19-profilage-latin1", "François Pelletier <francois.pelletier@auvergne.example>",
    "Retrait de mon consentement au profilage",
    """Bonjour,

Je retire mon consentement au profilage : je ne veux plus que mes réponses servent à me classer
dans des « segments » pour vous permettre de me proposer des enquêtes ciblées ou de me vendre à vos
clients comme « cible ». Je reste panéliste pour les études générales.

Cordialement,
François Pelletier
""",
    R(["Opposition"], "francois.pelletier@auvergne.example", "François", "Pelletier"),
    ct=LATIN1, encode="latin-1")

add("fr-20-voir-puis-effacer-cp1252", "Anaïs Beaulieu <anais.beaulieu@cotemail.example>",
    "Mes données, puis effacement",
    """Bonjour,

J’ai été adhérente « Pass Jeune » (15 € par an) de 2019 à 2024. Je souhaite d’abord obtenir
l’ensemble des informations que vous détenez sur moi ; une fois que je les aurai reçues, je vous
demande de tout effacer, y compris mon historique de réservations et mes vœux de spectacles.

Merci,
Anaïs Beaulieu
""",
    R(["Access", "Erasure"], "anais.beaulieu@cotemail.example", "Anaïs", "Beaulieu"),
    ct=CP1252, encode="cp1252")

add("fr-21-quebec-cellulaire", "Marie-Ève Tremblay <marieeve.tremblay@saguenay.example>",
    "Sollicitations",
    """Bonjour,

J'ai magasiné des billets sur votre site l'été passé pendant mon voyage en France. Depuis, vos
agents m'appellent sur mon cellulaire à toutes les semaines pour des abonnements, et je reçois
des courriels promotionnels en rafale.

Cessez de me solliciter au téléphone et par courriel, s'il vous plaît, et retirez mon numéro de
cellulaire de vos dossiers une fois pour toutes.

Merci bien,
Marie-Ève Tremblay
Chicoutimi (Québec)
""",
    R(["Opposition", "Erasure"], "marieeve.tremblay@saguenay.example", "Marie-Ève", "Tremblay"))

add("fr-22-belgique-visites-scolaires", "Frédéric Vandenbroucke <f.vandenbroucke@ecole-liege.example>",
    "Données des élèves lors des visites scolaires",
    """Bonjour,

Notre école organise chaque année une septantaine de visites dans vos musées pour nos classes de
primaire. On nous demande maintenant, à l'inscription, les nom, prénom et date de naissance de
chaque élève.

Avant de continuer, notre direction voudrait savoir : à quoi servent ces données, combien de temps
vous les conservez après la visite, qui y a accès et si elles sont hébergées en dehors de l'Union
européenne.

D'avance merci,
Frédéric Vandenbroucke
Instituteur - École communale de Cointe, Liège
""",
    R(["Information"], "f.vandenbroucke@ecole-liege.example", "Frédéric", "Vandenbroucke"))

add("fr-23-suisse-lpd", "Laurent Favre <laurent.favre@leman.example>",
    "Renseignements sur mes données",
    """Bonjour,

Domicilié à Lausanne, j'ai acheté chez vous depuis 2021 environ nonante billets pour des
spectacles à Genève et Annecy, et je suis membre du programme fidélité.

Conformément à la LPD et au RGPD, je souhaite savoir quelles informations vous détenez à mon sujet
et recevoir ces renseignements par écrit. Par la même occasion, merci de corriger mon numéro de
téléphone, qui est désormais le +41 79 000 12 34 (l'ancien commence par +41 78).

Avec mes meilleures salutations,
Laurent Favre
""",
    R(["Access", "Rectification"], "laurent.favre@leman.example", "Laurent", "Favre"))

add("fr-24-curatrice-lambert", "Sophie Aubert <sophie.aubert@mandataires.example>",
    "M. Gérard Lambert - mesure de curatelle renforcée",
    """Madame, Monsieur,

Mandataire judiciaire à la protection des majeurs, j'exerce la curatelle renforcée de M. Gérard
Lambert, né le 3 mars 1949, par jugement du juge des contentieux de la protection de Tours
(copie sur demande).

M. Lambert a souscrit ces derniers mois plusieurs adhésions et abonnements sur votre site, et
reçoit de très nombreux appels et courriers commerciaux de votre part. Je vous demande de supprimer
les données le concernant et de cesser toute sollicitation commerciale à son égard.

Sophie Aubert
Mandataire judiciaire
02 47 00 00 00
""",
    R(["Erasure", "Opposition"], "sophie.aubert@mandataires.example", "Gérard", "Lambert",
      representative="Sophie Aubert"))

add("fr-25-franglais-adresse", "Graham Whitaker <graham.whitaker@channelmail.example>",
    "Nouvelle adresse / new address",
    """Hello, bonjour,

Sorry, mon français n'est pas parfait. I moved from Bordeaux to Nantes in September. Merci de
mettre à jour mon adresse sur mon compte membre : 12 rue Crébillon, 44000 Nantes. The old one
(Bordeaux) is not valid anymore.

Thanks / merci beaucoup,
Graham Whitaker
""",
    R(["Rectification"], "graham.whitaker@channelmail.example", "Graham", "Whitaker"))

add("fr-26-pas-resilier-sms", "Nicole Besnard <nicole.besnard@normandie.example>",
    "Invitations avant-premières",
    """Bonjour,

Attention, je ne veux surtout pas résilier mon adhésion ni que vous supprimiez mon compte ! Je
voudrais simplement ne plus recevoir les invitations aux avant-premières par SMS, c'est devenu
quotidien. Les e-mails, ça va.

Merci,
Nicole Besnard
""",
    R(["Opposition"], "nicole.besnard@normandie.example", "Nicole", "Besnard"))

add("fr-27-plainte-prix-acces", "Raymond Caron <raymond.caron@picardie.example>",
    "Augmentation de l'abonnement : inadmissible",
    """Monsieur le directeur,

Abonné depuis 22 ans, je découvre une augmentation de 18 % du prix de l'abonnement, et la
suppression des places en orchestre pour les abonnés du mardi. On nous traite comme des vaches à
lait. J'ai aussi attendu 40 minutes au téléphone la semaine dernière pour qu'on me raccroche au nez.

Et tant que j'y suis : envoyez-moi tout ce que vous avez sur moi dans vos fichiers. Je veux voir ce
que vous savez de moi après toutes ces années.

Raymond Caron
""",
    R(["Access"], "raymond.caron@picardie.example", "Raymond", "Caron"))

add("fr-28-signature-dlr", "Catherine de La Roche <c.delaroche@groupe-vauban.example>",
    "Mon compte adhérente",
    """Bonjour,

Mon compte adhérente est encore rattaché à mon ancienne adresse professionnelle
(cdelaroche@ancienne-societe.example), qui n'est plus active : merci de la remplacer par celle
depuis laquelle je vous écris.

Par ailleurs, je m'oppose à ce que mes coordonnées soient transmises à vos partenaires (mécènes,
autres théâtres, etc.) pour leurs offres.

Bien cordialement,

Catherine de La Roche
Directrice administrative et financière
Groupe Vauban
Tél. : +33 1 44 00 00 00 | Mobile : +33 6 00 00 00 00

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de
ses destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez
reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.
""",
    R(["Rectification", "Opposition"], "c.delaroche@groupe-vauban.example", "Catherine", "de La Roche"))

add("fr-29-dou-tenez-vous", "Hervé Le Floch <herve.lefloch@armor.example>",
    "D'où tenez-vous mon adresse ?",
    """Bonjour,

Je n'ai jamais été client chez vous et je viens de recevoir par la poste votre brochure de saison,
à mon nom et à mon adresse. D'où tenez-vous ces informations ? Les avez-vous achetées à une autre
société ?

Et rayez-moi de vos listes d'envoi, je ne veux plus rien recevoir.

Hervé Le Floch
""",
    R(["Information", "Opposition"], "herve.lefloch@armor.example", "Hervé", "Le Floch"))

add("fr-30-litige-banque-sans-accents", "Nathalie Perrin <nathalie.perrin@dauphine.example>",
    "litige en cours - ne pas effacer",
    """bonjour

merci de ne pas effacer mes donnees car j ai un litige en cours avec ma banque au sujet d un double
prelevement de mon abonnement. par contre je vous demande de bloquer leur utilisation, sans les
modifier ni les supprimer, jusqu a la fin du litige.

cdlt
N. Perrin
""",
    R(["Restriction"], "nathalie.perrin@dauphine.example", "Nathalie", "Perrin"))

add("fr-31-fermez-compte-iphone", "Léa Roux <lea.roux@mobil.example>", "Compte panel",
    """Bonjour, fermez mon compte panéliste et effacez tout ce qui me concerne svp. Merci

Léa

Envoyé de mon iPhone
""",
    R(["Erasure"], "lea.roux@mobil.example", "Léa", "Roux"))

add("fr-32-transfert-scene-nationale", "Damien Lacroix <damien.lacroix@vosges.example>",
    "Transfert de mon historique d'abonnements",
    html("Bonjour,",
         "Le festival dont je suis abonné depuis 2016 passe l'an prochain sur la billetterie de la "
         "Scène nationale. Pouvez-vous leur transmettre directement mon historique d'abonnements et "
         "mes préférences de placement, dans un format qu'ils peuvent importer dans leur système ?",
         "Merci d'avance,<br>Damien Lacroix"),
    R(["Portability"], "damien.lacroix@vosges.example", "Damien", "Lacroix"), ct=HTML)

add("fr-33-ia-reponses", "Bérénice Aït-Hamou <berenice.aithamou@kabylie.example>",
    "Panel et intelligence artificielle",
    """Bonjour,

Utilisez-vous les réponses du panel (y compris les réponses libres) pour entraîner des modèles
d'intelligence artificielle, chez vous ou chez vos clients ? Si c'est le cas, je m'y oppose pour ce
qui me concerne.

Bérénice Aït-Hamou
""",
    R(["Information", "Opposition"], "berenice.aithamou@kabylie.example", "Bérénice", "Aït-Hamou"))

# ---------------------------------------------------------------- tâches

add("fr-40-tache-contrat-routeur", "Mathilde Girard <mathilde.girard@acme-corp.example>",
    "Relecture contrat de sous-traitance - Mailvia",
    """Bonjour,

Nous allons confier l'envoi des newsletters billetterie au routeur Mailvia à partir de janvier.
Pourriez-vous relire leur accord de traitement des données (DPA) et leur liste de sous-traitants
ultérieurs avant signature ? Les documents sont dans le dossier Achats > Mailvia.

Signature prévue le 27 novembre.

Merci,
Mathilde Girard
Acheteuse - Direction des achats
""",
    TASK("mathilde.girard@acme-corp.example", "Mathilde", "Girard"))

add("fr-41-tache-aipd-cameras", "Olivier Bernard <olivier.bernard@acme-corp.example>",
    "Caméras « intelligentes » au musée - AIPD ?",
    """Bonjour,

La direction souhaite tester au printemps des caméras avec analyse automatique des flux de
visiteurs (comptage, détection de comportements « anormaux ») dans les salles du musée des
Beaux-Arts. Je suppose qu'une analyse d'impact est nécessaire : pouvez-vous la lancer ou me dire
ce dont vous avez besoin de notre côté ?

Olivier Bernard
Responsable sûreté - Musées
""",
    TASK("olivier.bernard@acme-corp.example", "Olivier", "Bernard"))

add("fr-42-tache-registre-scolaire", "Sandrine Colin <sandrine.colin@acme-corp.example>",
    "Mise à jour du registre - nouveau module visites scolaires",
    """Bonjour,

Le nouveau module d'inscription des visites scolaires sera en production le 1er décembre (liste
nominative des élèves, besoins particuliers, contacts des accompagnateurs). Pouvez-vous mettre à
jour le registre des traitements en conséquence ? Je vous envoie la fiche fonctionnelle si besoin.

Merci,
Sandrine Colin
Cheffe de projet billetterie scolaire
""",
    TASK("sandrine.colin@acme-corp.example", "Sandrine", "Colin"))

add("fr-43-tache-formation-panel", "antoine.mercier@acme-corp.example", "formation rgpd",
    """Salut,

On a 8 nouveaux chargés d'études dans l'équipe panel depuis octobre. Est-ce que vous pourriez leur
faire une session de sensibilisation RGPD (questionnaires, données sensibles, anonymisation des
exports clients) courant décembre ? Une heure suffit.

Merci !
Antoine Mercier
Responsable panel
""",
    TASK("antoine.mercier@acme-corp.example", "Antoine", "Mercier"))

add("fr-44-tache-questionnaire-collectivite", "Camille Dupuis <camille.dupuis@acme-corp.example>",
    "Appel d'offres Métropole - questionnaire RGPD",
    """Bonjour,

Dans le cadre de l'appel d'offres de la Métropole pour la billetterie de ses trois musées, nous
devons remplir un questionnaire sécurité et protection des données (annexe 7 : hébergement,
sous-traitants, durées de conservation, gestion des violations). Pourriez-vous vous en charger ?
Remise des offres le 4 décembre.

Camille Dupuis
Chargée d'affaires secteur public
""",
    TASK("camille.dupuis@acme-corp.example", "Camille", "Dupuis"))

# ---------------------------------------------------------------- incidents

add("fr-50-incident-pc-tgv", "Vincent Leroy <vincent.leroy@acme-corp.example>",
    "Vol de mon ordinateur portable dans le TGV",
    """Bonjour,

On m'a volé mon ordinateur portable professionnel ce matin dans le TGV Paris-Lyon (sac laissé dans
le porte-bagages). Plainte déposée à la police ferroviaire, la DSI est prévenue.

Sur le poste il y avait un export Excel des abonnés de la saison lyrique (environ 4 000 lignes :
nom, adresse, téléphone, e-mail, formule d'abonnement). Je ne sais pas si le disque était chiffré.

Vincent Leroy
Chargé de relation abonnés
06 00 00 00 00
""",
    INC("vincent.leroy@acme-corp.example", "Vincent", "Leroy"))

add("fr-51-incident-releves-points", "Laure Besson <laure.besson@acme-corp.example>",
    "Relevés de points envoyés aux mauvaises personnes",
    """Bonjour,

Suite à une erreur de fusion dans le publipostage d'hier, environ 350 panélistes ont reçu par
e-mail le relevé de points d'un autre panéliste (nom, prénom, solde de points, historique des
études et adresse postale). Plusieurs panélistes nous ont déjà écrit pour le signaler.

L'envoi a été stoppé à 16 h 20. Que devons-nous faire maintenant ?

Laure Besson
Responsable communication panel
""",
    INC("laure.besson@acme-corp.example", "Laure", "Besson"))

add("fr-52-incident-hameconnage", "Hugo Fabre <hugo.fabre@acme-corp.example>",
    "j'ai cliqué sur un lien bizarre",
    """Bonjour,

J'ai reçu un mail « DocuSign » pour un contrat de mécénat, j'ai cliqué et j'ai saisi mon identifiant
et mon mot de passe Office 365 avant de me rendre compte que l'adresse n'était pas la bonne. J'ai
changé mon mot de passe tout de suite. Ma boîte contient pas mal d'échanges avec les mécènes et
leurs coordonnées. Désolé...

Hugo Fabre
Chargé de mécénat
""",
    INC("hugo.fabre@acme-corp.example", "Hugo", "Fabre"))

add("fr-53-incident-liste-eleves-recue", "Christine Morin <christine.morin@vallee.example>",
    "Reçu par erreur : liste d'élèves",
    """Bonjour,

Je viens de recevoir un e-mail de confirmation de réservation pour un groupe scolaire (école
Saint-Exupéry, visite du 9 décembre) avec en pièce jointe la liste des élèves : noms, dates de
naissance, allergies et numéros de téléphone des parents. Je ne suis pas enseignante et je n'ai
rien à voir avec cette école.

Je vous préviens pour que vous fassiez le nécessaire ; je vais supprimer le message.

Christine Morin
""",
    INC("christine.morin@vallee.example", "Christine", "Morin"))

add("fr-54-incident-espace-membre-autre", "Alain Petitjean <alain.petitjean@lorraine.example>",
    "Je vois les données d'une autre personne dans mon espace",
    """Bonjour,

En me connectant ce soir à mon espace membre, je tombe sur le compte d'une autre personne : nom,
adresse à Metz, téléphone, date de naissance et la liste de ses réservations. J'ai fermé le
navigateur et recommencé, c'est pareil.

Je n'ai rien modifié mais il me semble important de vous prévenir. J'imagine que quelqu'un d'autre
voit peut-être mes données à moi.

Alain Petitjean
""",
    INC("alain.petitjean@lorraine.example", "Alain", "Petitjean"), ct=LATIN1, encode="latin-1-qp")

# ---------------------------------------------------------------- relances

add("fr-60-relance-dsr", "Jacqueline Moreau <jacqueline.moreau@touraine.example>",
    "Re: [DSR-61204] Accusé de réception de votre demande",
    """Bonjour,

Votre accusé de réception date du 8 octobre et je n'ai toujours rien reçu. Le délai d'un mois est
dépassé. Merci de me dire où en est ma demande.

Jacqueline Moreau

Le 08/10/2026 à 09:12, privacy@acme-corp.example a écrit :
> Madame,
> Nous accusons réception de votre demande, enregistrée sous la référence DSR-61204.
> Nous vous répondrons dans un délai d'un mois.
> L'équipe Protection des données
""",
    FU("61204", "jacqueline.moreau@touraine.example", "Jacqueline", "Moreau"))

add("fr-61-piece-identite", "Youssef El Amrani <youssef.elamrani@atlasmail.example>",
    "RE: [DSR-59388] Vérification d'identité",
    """Bonjour,

Comme demandé, je vous joins la copie de ma carte d'identité (recto) pour la vérification.

Cordialement,
Youssef El Amrani

-----Message d'origine-----
De : Protection des données <privacy@acme-corp.example>
Objet : [DSR-59388] Vérification d'identité

Afin de traiter votre demande, nous avons besoin de vérifier votre identité...
""",
    FU("59388", "youssef.elamrani@atlasmail.example", "Youssef", "El Amrani"))

add("fr-62-precision-appels", "Geneviève Lefèvre-Dumas <g.lefevre-dumas@hexamail.example>",
    "Re: Demande de droit d'accès - article 15 du RGPD",
    """Madame, Monsieur,

Pour compléter mon courrier de ce matin, je précise que ma demande porte également sur les
enregistrements de mes appels au service abonnés (j'ai appelé à trois reprises en septembre).

Bien cordialement,
Geneviève Lefèvre-Dumas
""",
    FU(ref("fr-02-art15-formel"), "g.lefevre-dumas@hexamail.example", "Geneviève", "Lefèvre-Dumas"),
    headers=irt("fr-02-art15-formel"))

add("fr-63-toujours-rien", "Mamadou Diallo <mamadou.diallo@sahelmail.example>",
    "Re: Compte panéliste désactivé sans explication",
    """Bonjour,

Toujours aucune nouvelle de votre part. Mon compte est toujours bloqué. Quelqu'un a-t-il regardé
mon dossier ?

Mamadou Diallo

> Je n'accepte pas qu'une machine décide seule de me fermer mon compte...
""",
    FU(ref("fr-16-compte-desactive-algo"), "mamadou.diallo@sahelmail.example", "Mamadou", "Diallo"),
    headers=irt("fr-16-compte-desactive-algo"))

# ---------------------------------------------------------------- à ignorer

add("fr-70-spam-heritage", "Me Jean-Claude Kouassi <jc.kouassi.notaire@freemail.example>",
    "HERITAGE EN ATTENTE - TRES URGENT",
    """Cher(e) ami(e),

Je suis Maître Jean-Claude Kouassi, notaire de feu M. Albert Acme, décédé sans héritier en laissant
la somme de 8 700 000 EUR (huit millions sept cent mille euros) sur un compte bloqué. Je vous propose
de vous présenter comme bénéficiaire ; vous recevrez 35 % de la somme.

Merci de m'envoyer vos nom complet, date de naissance, numéro de téléphone et une copie de votre
pièce d'identité. Pour votre sécurité, supprimez ce message après lecture.

Que Dieu vous bénisse,
Me Kouassi
""",
    IGN("spam", "jc.kouassi.notaire@freemail.example"), headers=SPAM_HDR)

add("fr-71-spam-boite-supprimee", "Service Messagerie <support@messagerie-securite.example>",
    "Votre boîte privacy@ sera supprimée sous 24h",
    """Cher utilisateur,

Votre boîte aux lettres privacy@acme-corp.example a dépassé son quota. Elle sera SUPPRIMÉE sous
24 heures avec toutes vos données personnelles.

Pour conserver votre boîte, confirmez vos identifiants ici :
http://messagerie-securite.example/confirmer

Le service messagerie
""",
    IGN("spam", "support@messagerie-securite.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="messagerie-securite.example")])

add("fr-72-spam-referencement", "Julie - WebBoost <julie@webboost-seo.example>",
    "Première page Google pour « billetterie spectacle »",
    """Bonjour,

En analysant acme-corp.example, j'ai constaté que vous n'apparaissez pas en première page sur
« billetterie spectacle » ni « adhésion musée ». Notre équipe SEO vous y place en 30 jours, résultat
garanti ou remboursé.

Puis-je vous envoyer un audit gratuit ? Répondez simplement OUI.

Julie
WebBoost Référencement
""",
    IGN("spam", "julie@webboost-seo.example"))

add("fr-73-spam-effacer-internet", "ProtègeMoi <offres@protegemoi.example>",
    "Effacez vos données personnelles d'Internet - -70 % aujourd'hui",
    """Vos données personnelles sont en vente !

Des centaines de sites revendent votre nom, votre adresse et votre numéro de téléphone. ProtègeMoi
supprime vos données personnelles de plus de 200 courtiers en données et les protège pour de bon.

OFFRE BLACK FRIDAY : -70 % sur tous les abonnements, aujourd'hui seulement !
Je protège ma vie privée >> https://protegemoi.example/bf

Pour ne plus recevoir nos offres, répondez STOP.
""",
    IGN("spam", "offres@protegemoi.example"))

add("fr-74-absence", "Philippe Garnier <p.garnier@cabinet-garnier.example>",
    "Réponse automatique : Votre demande",
    """Bonjour,

Je suis absent du bureau jusqu'au 30 novembre inclus, avec un accès limité à ma messagerie. Pour
toute urgence, vous pouvez contacter mon assistante au 01 40 00 00 00.

Cordialement,
Philippe Garnier
""",
    IGN("auto_reply", "p.garnier@cabinet-garnier.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-75-lettre-musees", "Réseau des Musées <lettre@reseau-musees.example>",
    "La lettre du Réseau des Musées - novembre 2026",
    """LA LETTRE DU RÉSEAU DES MUSÉES - NOVEMBRE 2026

Au sommaire :
- Atelier : répondre aux demandes d'accès des visiteurs (RGPD), le 10 décembre
- Billetterie : les nouveaux usages du pass culture
- Offres d'emploi : 9 postes à pourvoir

Vous recevez cette lettre car vous êtes inscrit à la liste de diffusion du Réseau des Musées.
Se désinscrire : https://reseau-musees.example/desinscription
""",
    IGN("bulk", "lettre@reseau-musees.example"),
    headers=["List-Id: La lettre du Reseau des Musees <lettre.reseau-musees.example>",
             "List-Unsubscribe: <https://reseau-musees.example/desinscription>",
             "Precedence: bulk"])

add("fr-76-non-distribue", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
