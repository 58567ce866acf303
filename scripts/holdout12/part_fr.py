from common import *  # part fr: written blind
# Splash (centres aquatiques et de loisirs, cartes d'abonné, vidéosurveillance, cours de
# natation enfants) et RootLine (tests ADN d'ascendance, mise en relation avec des parents) :
# un seul groupe, privacy@acme-corp.example.

# ---------------------------------------------------------------- demandes

add("fr-01-effacer-rootline", "mdelorme@laposte.example", "suppression",
"""Merci d'effacer mon compte RootLine et tout ce qui va avec. M. Delorme
""", R(["Erasure"], "mdelorme@laposte.example", None, "Delorme"))

add("fr-02-belge-sms-gsm", "Jérôme Vandenbussche <jerome.vdb@skynet.example>", "SMS publicitaires",
"""Bonjour,

Depuis septante jours (oui, j'ai compté) je reçois sur mon GSM des SMS de Splash Liège pour
des « stages aquagym à prix doux ». Je n'ai jamais rien demandé de tel. Pouvez-vous arrêter
ces envois et ne plus vous servir de mon numéro pour vos actions commerciales ?

Je reste abonné, hein, c'est juste la pub qui m'ennuie.

Merci bien,
Jérôme Vandenbussche
""", R(["Opposition"], "jerome.vdb@skynet.example", "Jérôme", "Vandenbussche"))

add("fr-03-vol-vestiaire", "Sandrine Morel <sandrine.morel@orange.example>",
"Vol dans les vestiaires et accueil lamentable",
"""Madame, Monsieur,

Je suis abonnée au centre Splash de Villeurbanne depuis quatre ans et je n'ai jamais été aussi
mal reçue. Samedi 7 novembre, pendant que ma fille était à son cours de natation, on a forcé
mon casier et volé mon sac (papiers, clés, carte bancaire). Le casier n° 112 fermait mal
depuis des semaines, je l'avais SIGNALÉ.

À l'accueil, on m'a répondu que « ce n'était pas de leur ressort », que le responsable était
absent et qu'il fallait « voir avec l'assurance ». Personne n'a proposé d'appeler la police,
j'ai dû le faire moi-même sur le parking, avec ma fille en pleurs et les cheveux mouillés.

Je vous demande par ailleurs de me communiquer les enregistrements de vidéosurveillance sur
lesquels j'apparais ce samedi-là entre 10 h et 12 h (hall, couloir des casiers), ainsi que la
fiche d'incident remplie à mon nom : le commissariat en a besoin pour la plainte.

Et puisque j'y suis : l'eau du petit bassin est froide, les sèche-cheveux sont en panne
depuis la rentrée et le cours de ma fille a été annulé deux fois sans prévenir. Pour le prix
de l'abonnement famille, c'est inadmissible. J'attends également un geste commercial.

Sandrine Morel
06 12 34 56 78
""", R(["Access"], "sandrine.morel@orange.example", "Sandrine", "Morel"))

add("fr-04-lettre-articles-17-21", "Hubert de La Roche-Aymon <h.delaroche@wanadoo.example>",
"Demande d'effacement et opposition - articles 17 et 21 du RGPD",
"""Madame, Monsieur,

Par la présente, et sur le fondement des articles 17 et 21 du règlement (UE) 2016/679, je vous
demande :

1° l'effacement de l'ensemble des données à caractère personnel me concernant traitées dans le
   cadre de mon ancien abonnement au centre Splash de Versailles, résilié le 30 juin 2026 ;

2° de cesser tout traitement de mes données à des fins de prospection commerciale, y compris
   par voie postale et téléphonique.

Je vous remercie de me confirmer l'exécution de ces demandes dans le délai d'un mois prévu à
l'article 12.3 du règlement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hubert de La Roche-Aymon
""", R(["Erasure", "Opposition"], "h.delaroche@wanadoo.example", "Hubert", "de La Roche-Aymon"))

add("fr-05-fautes-adrese", "Kevin Lemaire <kev.lemaire59@free.example>", "changement adrese",
"""bonjour jai déménager et vous continué d'envoyé mes courier a lancienne adrese. la nouvel c
14 rue des Tilleuls 59000 Lille. merci de mettre a jour mon dossier splash (carte n° 30-118274) et
arrêter de menvoyé les prospectus papier jen veux pas

cordialment
Kevin Lemaire
""", R(["Rectification", "Opposition"], "kev.lemaire59@free.example", "Kevin", "Lemaire"))

add("fr-06-majuscules-qui-voit-adn", "GISELE FOURNIER <gisele.fournier@club-internet.example>",
"QUI A ACCES A MON ADN ???",
"""BONJOUR

JE VEUX SAVOIR QUI CHEZ VOUS ET EN DEHORS DE CHEZ VOUS PEUT CONSULTER MES RESULTATS ADN.
VENDEZ VOUS MES DONNEES A DES LABORATOIRES PHARMACEUTIQUES OUI OU NON. ET COMBIEN DE TEMPS
LES GARDEZ VOUS.

MERCI DE ME REPONDRE CLAIREMENT
GISELE FOURNIER
""", R(["Information"], "gisele.fournier@club-internet.example", "Gisele", "Fournier"))

add("fr-07-html-fichier-brut", "Thibault Nguyen-Marchal <thibault.nm@proton.example>",
"Récupération de mes données génétiques brutes",
html("Bonjour,",
     "Je souhaite récupérer mon fichier de génotypage brut (format texte ou VCF, avec les "
     "identifiants rs) ainsi que mon arbre généalogique au format GEDCOM, dans un format "
     "ouvert que je puisse importer chez un autre prestataire.",
     "Le bouton « Télécharger mes données » de l'espace client affiche une page blanche "
     "depuis deux semaines.",
     "Bien cordialement,<br>Thibault Nguyen-Marchal"),
R(["Portability"], "thibault.nm@proton.example", "Thibault", "Nguyen-Marchal"), ct=HTML)

add("fr-08-suisse-releve", "Anne-Laure Perrenoud <al.perrenoud@bluewin.example>",
"Demande de renseignements",
"""Bonjour,

Je suis abonnée au Splash de Lausanne-Malley depuis 2019. J'aimerais recevoir un relevé
complet de ce que vous conservez à mon sujet : fiche d'abonnée, photo, historique des
paiements, passages aux tourniquets et éventuelles remarques du personnel.

Par la même occasion, mon adresse est mal orthographiée sur vos courriers : c'est chemin
des Écureuils 8, et non « chemin des Ecureil ». Merci de corriger.

Vous pouvez me joindre sur mon natel au 079 555 12 34 si besoin.

Avec mes meilleures salutations,
Anne-Laure Perrenoud
""", R(["Access", "Rectification"], "al.perrenoud@bluewin.example", "Anne-Laure", "Perrenoud"),
    ct=LATIN1, encode="latin-1")

add("fr-09-volontes-apres-deces", "Odette Lambert-Chaix <odette.lambert@sfr.example>",
"Mes volontés concernant mes données RootLine",
"""Bonjour,

J’ai 78 ans et je mets de l’ordre dans mes papiers. Après mon décès, je souhaite que mes
résultats ADN et l’arbre que j’ai constitué soient remis à mon petit-fils Mathéo, et que mon
échantillon soit détruit. Je ne veux pas que mon compte reste ouvert « dans le vide ».

Comment puis-je vous faire connaître ces directives pour qu’elles soient respectées le moment
venu ? Mon notaire m’a parlé de l’article 85 de la loi Informatique et Libertés.

Avec mes remerciements,
Odette Lambert-Chaix
""", R(["AdvanceDirectives"], "odette.lambert@sfr.example", "Odette", "Lambert-Chaix"),
    ct=CP1252, encode="cp1252")

add("fr-10-compte-bloque-algorithme", "Karim Benslimane <karim.benslimane@messagerie.example>",
"Compte bloqué par votre « système anti-fraude »",
"""Bonjour,

En activant mon kit RootLine hier soir, j'ai reçu immédiatement un message : « Activité
suspecte détectée par notre système – compte suspendu ». Aucun humain n'a regardé quoi que ce
soit, le blocage est tombé en deux secondes. J'ai simplement activé le kit depuis le Maroc où
je suis en vacances.

Je conteste cette décision prise de façon entièrement automatique et je demande qu'une
personne réexamine mon dossier. Je suis prêt à fournir une pièce d'identité.

Karim Benslimane
""", R(["AutomatedDecision"], "karim.benslimane@messagerie.example", "Karim", "Benslimane"))

add("fr-11-photo-fils-site", "Émilie Rousseau <emilie.rousseau@free.example>",
"Photo de mon fils sur votre site",
"""Bonjour,

Mon fils Noah Rousseau (6 ans) apparaît sur la page d'accueil du site de Splash Nantes, dans le
bandeau « Cours de natation enfants ». Je n'ai jamais donné mon accord pour cette utilisation
de son image.

Merci de retirer cette photo et de supprimer tous les clichés de lui que vous pourriez avoir.

Émilie Rousseau
""", R(["Erasure"], "emilie.rousseau@free.example", "Noah", "Rousseau",
       representative="Émilie Rousseau"))

add("fr-12-pere-decede", "Laurent Kessler <laurent.kessler@numericable.example>",
"Compte RootLine de mon père décédé",
"""Madame, Monsieur,

Mon père, Bernard Kessler, est décédé le 3 août dernier à Strasbourg. Il avait un compte
RootLine (kit acheté en 2022). Il n'a laissé aucune consigne à ce sujet.

En ma qualité d'héritier et d'exécuteur testamentaire, je vous demande de clôturer son compte
et de détruire ses données génétiques ainsi que son échantillon. Je tiens à votre disposition
l'acte de décès et l'acte de notoriété.

Cordialement,
Laurent Kessler
""", R(["Erasure"], "laurent.kessler@numericable.example", "Bernard", "Kessler",
       representative="Laurent Kessler"))

add("fr-13-avocate-limitation", "Claire Dufresne-Haddad <c.dufresne@avocats-dufresne.example>",
"V/Réf : Mme Valérie Chopin - limitation du traitement",
"""Madame, Monsieur,

Je suis le conseil de Madame Valérie Chopin, abonnée au centre Splash de Lyon-Gerland.

Ma cliente conteste l'exactitude des mentions portées sur le registre de sécurité et dans le
rapport établi par le maître-nageur à la suite de l'incident du 12 septembre 2026, sur la base
desquelles son abonnement a été suspendu.

Sur le fondement de l'article 18.1.a) du RGPD, je vous demande de bien vouloir limiter le
traitement de ces données pendant la durée nécessaire à la vérification de leur exactitude :
elles ne devront faire l'objet d'aucune utilisation ni communication, hors leur conservation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Claire Dufresne-Haddad
Avocate au Barreau de Lyon
Cabinet Dufresne-Haddad - 04 72 00 00 00
Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire.
""", R(["Restriction"], "c.dufresne@avocats-dufresne.example", "Valérie", "Chopin",
       representative="Claire Dufresne-Haddad"))

add("fr-14-mandataire-majeur-protege", "Martine Ferrand <martine.ferrand@mjpm-reims.example>",
"Demande de communication - M. Gilles Aubertin (majeur protégé)",
"""Madame, Monsieur,

En ma qualité de mandataire judiciaire à la protection des majeurs, désignée tutrice de
M. Gilles Aubertin par jugement du juge des contentieux de la protection de Reims du
4 mars 2025 (copie jointe), je vous demande de me transmettre l'ensemble des données
personnelles que vous détenez le concernant, au titre de son abonnement au centre Splash de
Reims, notamment les prélèvements effectués et le contrat souscrit.

Cordialement,
Martine Ferrand
Mandataire judiciaire
""", R(["Access"], "martine.ferrand@mjpm-reims.example", "Gilles", "Aubertin",
       representative="Martine Ferrand"))

add("fr-15-tr-accueil-photo-carte", "Nadia Belkacem <nadia.belkacem@acme-corp.example>", "TR: ma photo",
"""Bonjour l'équipe données perso,

Je vous transfère la demande d'une adhérente arrivée sur la boîte de l'accueil de Toulouse.

Bonne journée,
Nadia - Chargée d'accueil, Splash Toulouse-Compans

-------- Message transféré --------
De : Inès Carvalho <ines.carvalho@laposte.example>
Date : 13/11/2026 19:42
Objet : ma photo
À : toulouse@acme-corp.example

Bonsoir, lors de mon inscription on m'a prise en photo pour la carte. Je préfère présenter une
pièce d'identité à l'entrée, et je souhaite que cette photo disparaisse de vos fichiers.

Inès Carvalho
""", R(["Erasure"], "ines.carvalho@laposte.example", "Inès", "Carvalho"))

add("fr-16-pj-mise-en-relation", "Olivier Garnier <olivier.garnier@acme-corp.example>",
"TR: Recherche de parenté", None,
R(["Opposition"], "b.lefevre@mailo.example", "Béatrice", "Lefèvre-Nkemelu"),
attached=("Béatrice Lefèvre-Nkemelu <b.lefevre@mailo.example>", "Recherche de parenté",
"""Bonjour,

Plusieurs « cousins » m'ont contactée via votre fonction de mise en relation, et ça commence à
me peser. Je garde mon compte et mes résultats, mais je ne veux plus que mon profil génétique
serve à la recherche de correspondances familiales.

Merci,
Béatrice Lefèvre-Nkemelu
"""),
note="""Bonjour,

Ci-joint un message client arrivé au support RootLine, je pense que c'est pour vous.

Olivier Garnier - Support niveau 2
""")

add("fr-17-adresse-famille-desabo", "Famille Dubois <famille.dubois@orange.example>", "désinscription",
"""Bonjour,

Merci de ne plus m'envoyer la lettre d'information Splash ni les « offres partenaires ». C'est
une adresse partagée, merci de me répondre sur mon adresse personnelle.

Claire Dubois
""", R(["Opposition"], "claire.dubois@orange.example", "Claire", "Dubois"),
    headers=["Reply-To: Claire Dubois <claire.dubois@orange.example>"])

add("fr-18-daf-cameras", "Philippe Marchetti <p.marchetti@cabinet-marchetti.example>",
"Caméras à la piscine",
"""Bonjour,

À titre personnel (je suis abonné au Splash d'Ajaccio), je m'interroge sur les caméras
installées récemment : combien de temps conservez-vous les images ? Y en a-t-il dans les
vestiaires ou seulement dans les circulations ? Qui peut les visionner, et sont-elles
transmises à l'extérieur ?

Merci d'avance.

Philippe Marchetti
Directeur administratif et financier
Cabinet Marchetti & Associés
Tél. +33 4 95 00 00 00
--
Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Toute diffusion non autorisée est interdite.
""", R(["Information"], "p.marchetti@cabinet-marchetti.example", "Philippe", "Marchetti"))

add("fr-19-iphone-resilie", "Lucas Girard <lucas.girard@icloud.example>", "Résiliation",
"""Salut, j'ai résilié mon abonnement Splash le mois dernier. Vous pouvez virer mes infos de vos
fichiers maintenant, merci.

Lucas

Envoyé de mon iPhone
""", R(["Erasure"], "lucas.girard@icloud.example", "Lucas", "Girard"))

add("fr-20-double-prelevement", "Yvette Marchal <yvette.marchal@bbox.example>", "Remboursement",
"""Bonjour,

J'ai été prélevée deux fois en octobre (2 × 39,90 €). À qui dois-je m'adresser pour être
remboursée ?

Merci.
Yvette Marchal
""", R(["Unknown"], "yvette.marchal@bbox.example", "Yvette", "Marchal"))

add("fr-21-places-cours-enfants", "Pauline Tessier <pauline.tessier@courriel.example>", "Cours enfants",
"""Bonjour, est-ce qu'il reste des places pour les cours de natation des 4-6 ans le mercredi
matin à Splash Angers ? Et quel est le tarif au trimestre ?

Merci,
Pauline
""", R(["Unknown"], "pauline.tessier@courriel.example", "Pauline", "Tessier"))

add("fr-22-quebec-loi25", "Geneviève Tremblay <genevieve.tremblay@videotron.example>",
"Où sont stockées mes données ADN?",
"""Bonjour-hi,

J'ai commandé une trousse RootLine l'an passé. Avec la Loi 25, j'aimerais savoir si mon profil
génétique est communiqué à l'extérieur du Québec, aux États-Unis ou en Europe, et à qui. Est-ce
que c'est hébergé sur des serveurs au Canada? Pis combien de temps vous le gardez une fois que
je ferme mon compte?

Merci ben,
Geneviève Tremblay
Saguenay
""", R(["Information"], "genevieve.tremblay@videotron.example", "Geneviève", "Tremblay"))

add("fr-23-pas-supprimer-juste-nom", "Marie-Noëlle Ratsimba <mn.ratsimba@courrier.example>",
"Erreur sur mon nom",
"""Bonjour,

Je ne souhaite surtout pas fermer mon compte, mais mon nom est mal orthographié sur mon arbre
et sur mon profil de correspondances : « Ratsimbah » au lieu de « Ratsimba ». Et mon prénom
s'écrit « Marie-Noëlle », avec le tréma. Pouvez-vous arranger ça ?

Merci,
Marie-Noëlle Ratsimba
""", R(["Rectification"], "mn.ratsimba@courrier.example", "Marie-Noëlle", "Ratsimba"))

add("fr-24-ce-que-vous-gardez-et-fichier", "Antoine Baptiste <antoine.baptiste@mailbox.example>",
"Mes données RootLine",
"""Bonjour,

Je voudrais savoir précisément ce que RootLine conserve sur moi : informations de compte,
résultats, liste des correspondances, messages échangés avec d'autres membres.

Je souhaite aussi récupérer mes données brutes dans un fichier exploitable, pour les importer
chez un autre prestataire de généalogie.

Cordialement,
Antoine Baptiste
""", R(["Access", "Portability"], "antoine.baptiste@mailbox.example", "Antoine", "Baptiste"))

add("fr-25-qp-destruction-prelevement", "Françoise Le Goff <f.legoff@bretagne.example>",
"Destruction de mon prélèvement",
"""Demat,

Je vous prie de détruire mon prélèvement de salive ainsi que l'ADN extrait que le laboratoire
aurait conservé. Mon compte peut rester ouvert pour l'instant. Numéro de kit : RL-5520-TB.

Françoise Le Goff
Quimper
""", R(["Erasure"], "f.legoff@bretagne.example", "Françoise", "Le Goff"),
    ct=LATIN1, encode="latin-1-qp")

add("fr-26-belge-geler-fiche", "Marc Dewinter <marc.dewinter@telenet.example>",
"Fiche d'incident contestée",
"""Bonjour,

On m'apprend qu'une fiche indique que j'aurais prêté ma carte à mon beau-frère au Splash de
Namur. C'est faux, il a son propre abonnement. En attendant que vous vérifiiez, je vous
demande de geler ces données : qu'elles ne servent pas à suspendre mon abonnement et ne soient
pas transmises aux autres centres. Ne les supprimez pas non plus, j'en aurai besoin pour me
défendre.

Merci d'avance, et à tantôt.
Marc Dewinter
""", R(["Restriction"], "marc.dewinter@telenet.example", "Marc", "Dewinter"))

add("fr-27-franglais-profilage", "Sophie Martin-Clarke <sophie.mclarke@webmail.example>",
"Personalised offers / offres personnalisées",
"""Hi,

Je suis bilingue, so sorry for the mix. I noticed the Splash app shows me "recommended
classes" based on my visits and my age. I don't want to be profiled like that - merci
d'arrêter d'analyser mes habitudes de fréquentation pour me cibler.

Thanks,
Sophie Martin-Clarke
""", R(["Opposition"], "sophie.mclarke@webmail.example", "Sophie", "Martin-Clarke"))

add("fr-28-sans-ponctuation-passages", "Dylan Petit <dylanpetit93@mail.example>", "historique",
"""bonjour je voudrais avoir la liste de tous mes passages a la piscine splash de montreuil depuis
janvier avec les dates et heures cest pour mon ce qui rembourse une partie de labonnement
dylan petit carte 93-220417
""", R(["Access"], "dylanpetit93@mail.example", "Dylan", "Petit"))

add("fr-29-retrait-consentement-etudes", "Raphaël Azoulay <raphael.azoulay@netcourrier.example>",
"Consentement recherche scientifique",
"""Bonjour,

Lors de mon inscription, j'avais accepté que mon ADN serve à des projets de recherche. Je
reviens sur cet accord, avec effet immédiat. Merci de me confirmer que mes données ne seront
intégrées à aucune nouvelle étude, et effacez au passage mes réponses au questionnaire de
santé que j'avais rempli pour ces recherches.

Raphaël Azoulay
""", R(["Opposition", "Erasure"], "raphael.azoulay@netcourrier.example", "Raphaël", "Azoulay"))

add("fr-30-qui-vous-a-donne-mon-adresse", "Jean-Baptiste Ouédraogo <jb.ouedraogo@laposte.example>",
"Publicité reçue - d'où vient mon adresse ?",
"""Bonjour,

J'ai trouvé dans ma boîte aux lettres un dépliant Splash à mon nom, avec une offre « spéciale
voisins » pour le nouveau centre de Montpellier. Je n'ai jamais été client chez vous. Qui vous
a fourni mon nom et mon adresse ?

Par la même occasion, rayez-moi de vos fichiers de prospection.

Jean-Baptiste Ouédraogo
""", R(["Information", "Opposition"], "jb.ouedraogo@laposte.example", "Jean-Baptiste", "Ouédraogo"))

add("fr-31-quebec-copie-puis-detruire", "Étienne Gagnon <etienne.gagnon@sympatico.example>",
"Fermeture de mon compte",
"""Allô,

Avant de fermer mon compte RootLine, j'aimerais recevoir une copie de tous les renseignements
personnels que vous détenez à mon sujet. Une fois que je l'aurai reçue, détruisez toute
l'information, incluant l'échantillon.

Merci,
Étienne Gagnon
Trois-Rivières
""", R(["Access", "Erasure"], "etienne.gagnon@sympatico.example", "Étienne", "Gagnon"))

add("fr-32-suisse-date-naissance-fille", "Reto Baumgartner <reto.baumgartner@sunrise.example>",
"Date de naissance erronée - cours de natation",
"""Bonjour,

Ma fille Léa Baumgartner est inscrite au cours « Grenouilles » du samedi à Splash
Genève-Vernets. Sur son inscription figure le 14.02.2019 comme date de naissance alors que
c'est le 14.02.2018, et du coup on l'a placée dans le mauvais groupe. Pourriez-vous rectifier ?

Meilleures salutations,
Reto Baumgartner
""", R(["Rectification"], "reto.baumgartner@sunrise.example", "Léa", "Baumgartner",
       representative="Reto Baumgartner"))

# ---------------------------------------------------------------- tâches

add("fr-33-accord-sous-traitance-labo", "Sébastien Royer <sebastien.royer@acme-corp.example>",
"Accord de sous-traitance GenoAnalytix - relecture",
"""Bonjour,

Le laboratoire de séquençage GenoAnalytix (Lyon) nous a transmis son projet d'accord de
sous-traitance (art. 28). Pouvez-vous le relire, en particulier les clauses sur la
sous-traitance ultérieure et la destruction des échantillons, avant la signature prévue le
10 décembre ?

Sébastien Royer
Responsable achats
""", TASK("sebastien.royer@acme-corp.example", "Sébastien", "Royer"))

add("fr-34-aipd-reconnaissance-faciale", "Camille Fontaine <camille.fontaine@acme-corp.example>",
"AIPD - contrôle d'accès Bordeaux-Lac",
"""Bonjour,

Nous étudions un contrôle d'accès par reconnaissance faciale aux tourniquets du Splash
Bordeaux-Lac. On me dit qu'une AIPD est obligatoire. Pouvez-vous lancer la démarche et me
dire quelles informations vous fournir ?

Camille Fontaine
Cheffe de projet digital
""", TASK("camille.fontaine@acme-corp.example", "Camille", "Fontaine"))

add("fr-35-registre-reservation", "Thomas Lebrun <thomas.lebrun@acme-corp.example>",
"Registre : nouvelle appli de réservation",
"""Hello,

La nouvelle appli de réservation des lignes d'eau (prestataire Aquabook) est en production
depuis lundi. Merci d'ajouter le traitement au registre. Données : nom, e-mail, téléphone,
créneaux réservés, moyen de paiement.

Thomas
""", TASK("thomas.lebrun@acme-corp.example", "Thomas", "Lebrun"))

add("fr-36-sensibilisation-maitres-nageurs", "Aurélie Simon <aurelie.simon@acme-corp.example>",
"Session RGPD maîtres-nageurs Grand Est",
"""Bonjour,

Serait-il possible d'organiser une session de sensibilisation au RGPD pour les maîtres-nageurs
et les agents d'accueil de la région Grand Est, début janvier ? Thèmes souhaités : droit à
l'image des enfants, demandes de vidéos par les familles, consultation des fiches adhérents.

Aurélie Simon
Chargée RH
""", TASK("aurelie.simon@acme-corp.example", "Aurélie", "Simon"))

add("fr-37-transfert-cloud-us", "Mathieu Carpentier <mathieu.carpentier@acme-corp.example>",
"Hébergement US RootLine - TIA et CCT",
"""Salut,

RootLine envisage de confier l'hébergement des résultats à un prestataire cloud américain.
Peux-tu préparer l'analyse d'impact des transferts et vérifier les clauses contractuelles
types proposées ? Le comité de direction en parle le 15.

Mathieu
Juriste
""", TASK("mathieu.carpentier@acme-corp.example", "Mathieu", "Carpentier"))

# ---------------------------------------------------------------- incidents

add("fr-38-portable-vole-voiture", "Julien Barbier <julien.barbier@acme-corp.example>",
"Vol de mon PC portable",
"""Bonjour,

Mon ordinateur portable professionnel a été volé ce matin dans ma voiture, sur le parking du
centre. Il contient des exports Excel des adhérents (noms, adresses, IBAN pour les
prélèvements). À ma connaissance le disque n'est pas chiffré. Plainte déposée au commissariat.

Julien Barbier
Directeur, Splash Metz
""", INC("julien.barbier@acme-corp.example", "Julien", "Barbier"))

add("fr-39-parents-en-copie-visible", "Céline Marchand <celine.marchand@acme-corp.example>",
"Erreur d'envoi planning Dauphins",
"""Bonjour,

Ce matin j'ai envoyé le planning du trimestre à tous les parents du groupe Dauphins en mettant
les adresses en « À » au lieu de « Cci ». 43 parents voient les adresses des autres, et un
papa s'en est déjà plaint. Que dois-je faire ?

Céline Marchand
Coordinatrice école de natation
""", INC("celine.marchand@acme-corp.example", "Céline", "Marchand"))

add("fr-40-resultats-autre-cliente", "Denis Poirier <denis.poirier@free.example>",
"Résultats ADN d'une autre personne dans mon espace",
"""Bonsoir,

En me connectant, je suis tombé sur le rapport d'origines d'une certaine « Huguette
Blanchard », avec ses correspondances familiales et son arbre. Ce n'est évidemment pas moi. Je
n'ai rien téléchargé, mais je préfère vous prévenir : c'est grave.

Denis Poirier
""", INC("denis.poirier@free.example", "Denis", "Poirier"))

add("fr-41-belge-ecran-accueil", "Nathalie Vermeulen <nathalie.vermeulen@proximus.example>",
"Écran de l'accueil visible par tous",
"""Bonjour,

Hier vers 18 h, à l'accueil du Splash de Charleroi, l'écran tourné vers la file affichait la
fiche d'un autre adhérent : nom, adresse, date de naissance et une note « épilepsie -
surveillance renforcée ». Tout le monde pouvait lire. Ça ne se fait pas, hein.

Nathalie Vermeulen
""", INC("nathalie.vermeulen@proximus.example", "Nathalie", "Vermeulen"))

add("fr-42-piece-jointe-chiffrement", "Yannick Roux <yannick.roux@acme-corp.example>",
"URGENT fichiers chiffrés à l'accueil de Rennes",
"""Bonjour,

J'ai ouvert ce matin une pièce jointe « Facture_impayee.zip » sur le poste de l'accueil de
Splash Rennes. L'écran a clignoté et les fichiers du partage commun portent maintenant
l'extension .lockd. Ce partage contient les dossiers d'inscription des cours enfants
(certificats médicaux compris). J'ai débranché le câble réseau.

Yannick Roux
Technicien support
""", INC("yannick.roux@acme-corp.example", "Yannick", "Roux"))

# ---------------------------------------------------------------- suivis

add("fr-43-piece-identite-dsr", "Colette Maréchal <colette.marechal@laposte.example>",
"RE: [DSR-52310] Accusé de réception de votre demande",
"""Bonjour,

Vous trouverez ci-joint la copie de ma carte d'identité, comme demandé.

Cordialement,
Colette Maréchal

> Madame,
> Nous accusons réception de votre demande, enregistrée sous la référence DSR-52310. Afin de
> vérifier votre identité, merci de nous transmettre la copie d'un justificatif.
> L'équipe Protection des données
""", FU("52310", "colette.marechal@laposte.example", "Colette", "Maréchal"))

add("fr-44-toujours-pas-de-fichier", "Thibault Nguyen-Marchal <thibault.nm@proton.example>",
"Re: Récupération de mes données génétiques brutes",
"""Bonjour,

Trois semaines plus tard, toujours rien reçu, et le bouton de téléchargement affiche encore une
page blanche. Pouvez-vous me donner un délai ?

Thibault
""", FU(ref("fr-07-html-fichier-brut"), "thibault.nm@proton.example", "Thibault", "Nguyen-Marchal"),
    headers=irt("fr-07-html-fichier-brut"))

add("fr-45-relance-sans-nouvelles", "Patrick Hoarau <patrick.hoarau@runmail.example>",
"Relance [DSR-48815] - sans nouvelles",
"""Bonjour,

Ma demande d'effacement date du 2 octobre. Plus d'un mois sans réponse, alors que le délai
légal est d'un mois. Merci de me tenir informé.

P. Hoarau
Saint-Denis (La Réunion)
""", FU("48815", "patrick.hoarau@runmail.example", "Patrick", "Hoarau"))

add("fr-46-belge-complement-temoignage", "Marc Dewinter <marc.dewinter@telenet.example>",
"Re: Fiche d'incident contestée",
"""Re-bonjour,

Pour compléter : mon beau-frère vous envoie une attestation et une copie de sa propre carte
(n° 51-330981). J'espère que ça fera avancer les choses.

Marc Dewinter
""", FU(ref("fr-26-belge-geler-fiche"), "marc.dewinter@telenet.example", "Marc", "Dewinter"),
    headers=irt("fr-26-belge-geler-fiche"))

# ---------------------------------------------------------------- à ignorer

add("fr-47-effaceur-donnees", "Protection Vie Privée <contact@effaceur-donnees.example>",
"Vos données personnelles circulent sur 300 sites - effacez-les maintenant",
"""Bonjour,

Votre nom, votre adresse et votre numéro de téléphone sont en vente sur plus de 300 sites de
courtiers en données.

Notre service EFFACE automatiquement vos données personnelles et PROTÈGE votre vie privée
conformément au RGPD. Offre de lancement : -70 % aujourd'hui seulement !

>> http://effaceur-donnees.example/go?c=5521

Pour ne plus recevoir nos messages, cliquez ici.
""", IGN("spam", "contact@effaceur-donnees.example"), headers=SPAM_HDR)

add("fr-48-hameconnage-boite", "Support Messagerie <support-messagerie@acme-corp.example>",
"Votre boîte privacy@acme-corp.example sera suspendue",
"""Cher utilisateur,

Suite à une mise à jour de sécurité, votre boîte privacy@acme-corp.example sera suspendue
sous 24 heures et ses messages supprimés.

Pour conserver vos données, confirmez votre identifiant et votre mot de passe ici :
http://acme-corp-webmail-securite.example/connexion

Le support messagerie
""", IGN("spam", "support-messagerie@acme-corp.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="acme-corp.example")])

add("fr-49-arnaque-mise-en-conformite", "Service Conformité RGPD <info@conformite-rgpd-obligatoire.example>",
"DERNIER RAPPEL : mise en conformité RGPD obligatoire",
html("<b>DERNIER RAPPEL AVANT SANCTION</b>",
     "Votre entreprise n'a pas encore transmis son attestation de mise en conformité au "
     "règlement général sur la protection des données. Les sanctions peuvent atteindre "
     "20 000 000 € ou 4 % du chiffre d'affaires.",
     "Régularisez votre situation sous 72 heures : frais de dossier 490 € HT.",
     "<a href=\"http://conformite-rgpd-obligatoire.example/formulaire\">Accéder au formulaire</a>"),
IGN("spam", "info@conformite-rgpd-obligatoire.example"), ct=HTML)

add("fr-50-absent-du-bureau", "Hélène Bastide <helene.bastide@aquabook.example>",
"Réponse automatique : Absente du bureau",
"""Bonjour,

Je suis absente jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter
support@aquabook.example.

Hélène Bastide
""", IGN("auto_reply", "helene.bastide@aquabook.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-51-lettre-info-federation", "La Lettre des Équipements Aquatiques <lettre@equipements-aquatiques.example>",
"N° 87 - Qualité de l'eau, vidéoprotection et RGPD, tarifs 2027",
"""LA LETTRE DES ÉQUIPEMENTS AQUATIQUES - n° 87

- Qualité de l'eau : ce que change l'arrêté de 2026
- Vidéoprotection en piscine : les bonnes pratiques
- Tarifs 2027 : enquête auprès de 120 exploitants

Lire en ligne : https://equipements-aquatiques.example/lettre/87

Vous recevez cette lettre car vous êtes inscrit sur notre site.
Se désabonner : https://equipements-aquatiques.example/desabo?id=9921
""", IGN("bulk", "lettre@equipements-aquatiques.example"),
    headers=["List-Id: Lettre EA <lettre.equipements-aquatiques.example>",
             "List-Unsubscribe: <https://equipements-aquatiques.example/desabo?id=9921>",
             "Precedence: bulk"])

add("fr-52-non-remis", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
"Non remis : Votre demande", "",
IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("fr-53-accuse-ticket-prestataire", "Support Aquabook <support@aquabook.example>",
"[Demande #40211] Votre demande a bien été reçue",
"""Ceci est un message automatique, merci de ne pas y répondre.

Votre demande n° 40211 a bien été enregistrée. Un conseiller vous répondra sous 48 heures
ouvrées.

L'équipe Aquabook
""", IGN("auto_reply", "support@aquabook.example"), headers=["Auto-Submitted: auto-replied"])
