from common import *  # part fr: written blind
# Amora (appli de rencontre + place de marché mariage) et Halcyon Hôtels (chaîne hôtelière,
# programme de fidélité Halcyon Privilèges), deux marques du groupe derrière privacy@acme-corp.example.
# Français de France, de Belgique, de Suisse et du Québec.

# ---------------------------------------------------------------- demandes

add("fr-01-oneliner-virez-mon-compte", "Kévin Da Silva <kevin.dasilva93@zmail.example>", "compte",
    """supprimez mon compte amora svp jen ai marre

Envoyé de mon iPhone
""", R(["Erasure"], "kevin.dasilva93@zmail.example", "Kévin", "Da Silva"))

add("fr-02-lettre-droit-acces-art15", "Grégoire Dubois-Maréchal <g.dubois-marechal@orange-like.example>",
    "Exercice de mon droit d'accès - article 15 du RGPD",
    """Madame, Monsieur,

Client du programme Halcyon Privilèges (carte n° 7781 220 946) depuis 2019, je vous prie de
bien vouloir me communiquer, conformément à l'article 15 du règlement (UE) 2016/679, l'ensemble
des données à caractère personnel me concernant que vous traitez, quel qu'en soit le support :
historique de séjours, données de facturation, préférences et annotations saisies par le
personnel de réception, enregistrements d'appels, ainsi que les segments marketing auxquels je
suis rattaché.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente
pour y répondre. Je tiens à votre disposition une copie de ma pièce d'identité si cela s'avère
nécessaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Grégoire Dubois-Maréchal
12, rue des Tanneurs
67000 Strasbourg
""", R(["Access"], "g.dubois-marechal@orange-like.example", "Grégoire", "Dubois-Maréchal"))

add("fr-03-directives-post-mortem", "Hélène Marchand <helene.marchand@laposte-like.example>",
    "Mes directives pour après mon décès",
    """Bonjour,

J'ai 78 ans et je mets de l'ordre dans mes affaires. Mes enfants m'ont expliqué que la loi
Informatique et Libertés (article 85) permet de laisser des directives sur le sort de ses données
après son décès.

Je suis membre Halcyon Privilèges depuis très longtemps. Je souhaite qu'à mon décès mon compte
soit fermé, que mes points soient transférés si possible à ma petite-fille, et que mon fils
Philippe Marchand soit la personne chargée de faire exécuter ces volontés auprès de vous.

Comment dois-je procéder pour que ce soit enregistré ? Faut-il un formulaire, un courrier
signé ?

Avec mes remerciements,
Hélène Marchand
""", R(["AdvanceDirectives"], "helene.marchand@laposte-like.example", "Hélène", "Marchand"))

add("fr-04-heritier-pere-decede", "Jean-Baptiste Lefèvre <jb.lefevre@freemail.example>",
    "Compte fidélité de mon père décédé",
    """Bonjour,

Mon père, Bernard Lefèvre, est décédé le 14 septembre dernier. Il continue de recevoir chaque
semaine vos offres Halcyon Privilèges, ce qui est pénible pour ma mère qui ouvre son courrier.

En tant qu'héritier, je vous demande de clôturer son compte fidélité (adresse
bernard.lefevre@freemail.example) et d'effacer ses données. Je peux vous adresser l'acte de
décès et l'acte de notoriété.

Cordialement,
Jean-Baptiste Lefèvre
06 12 34 56 78
""", R(["Erasure"], "jb.lefevre@freemail.example", "Bernard", "Lefèvre",
       representative="Jean-Baptiste Lefèvre"))

add("fr-05-majuscules-pub", "MICHELINE POULAIN <micheline.poulain@wanadoo-like.example>",
    "ARRETEZ VOS PUBS",
    """JE NE VEUX PLUS RECEVOIR VOS PUBLICITES HALCYON NI PAR COURRIER NI PAR MAIL NI PAR TELEPHONE.
CA FAIT TROIS FOIS QUE JE LE DIS A VOTRE CENTRE D'APPEL. RAYEZ MOI DE VOS FICHIERS PUBLICITAIRES.

MICHELINE POULAIN
""", R(["Opposition"], "micheline.poulain@wanadoo-like.example", "Micheline", "Poulain"))

add("fr-06-quebec-loi25-renseignements", "Sébastien Côté <seb.cote@videotron-like.example>",
    "Demande d'accès à mes renseignements personnels",
    """Bonjour,

En vertu de la Loi 25 (Loi sur la protection des renseignements personnels dans le secteur privé)
et puisque vous faites affaire avec des clients québécois, j'aimerais obtenir une copie des
renseignements personnels que vous détenez à mon sujet dans l'application Amora.

J'ai ouvert mon compte en 2024 pendant un stage à Lyon et je l'utilise présentement depuis
Montréal. Je voudrais voir entre autres ce qui est conservé de mes conversations et de mes
« j'aime ».

Merci et bonne journée,
Sébastien Côté
514 555-0147
""", R(["Access"], "seb.cote@videotron-like.example", "Sébastien", "Côté"))

add("fr-07-belgique-gsm-adresse", "Éloïse Vanderbeken <eloise.vanderbeken@skynet-like.example>",
    "Mise à jour de mes coordonnées",
    """Bonjour,

Pourriez-vous modifier mes coordonnées dans mon profil Halcyon Privilèges ? Je n'y arrive pas via
l'appli.

- nouveau numéro de GSM : 0470 12 34 56 (l'ancien, 0496 ..., n'est plus attribué)
- nouvelle adresse : avenue de la Couronne 75, 1050 Ixelles (j'ai quitté Namur)

Mon nom est aussi mal écrit : c'est Vanderbeken en un seul mot, pas « Van der Beken ».

Merci d'avance et bonne fin de journée,
Éloïse Vanderbeken
""", R(["Rectification"], "eloise.vanderbeken@skynet-like.example", "Éloïse", "Vanderbeken"))

add("fr-08-suisse-nlpd-transferts", "Noémie Rochat <noemie.rochat@bluewin-like.example>",
    "Question nLPD - où sont mes données ?",
    """Bonjour,

J'habite à Lausanne et je m'interroge sur l'application Amora. Depuis l'entrée en vigueur de la
nouvelle LPD, je fais plus attention à ces questions. Je ne demande pas de copie, seulement
quelques explications :

1. Dans quels pays mes données sont-elles hébergées ? Y a-t-il des transferts hors de Suisse et de
   l'UE, par exemple vers les États-Unis ?
2. Les sous-traitants (modération, hébergement, paiement) sont-ils listés quelque part ?
3. Combien de temps gardez-vous les données après la fermeture d'un compte ?

Avec mes salutations,
Noémie Rochat
""", R(["Information"], "noemie.rochat@bluewin-like.example", "Noémie", "Rochat"))

add("fr-09-long-recit-traiteur-copie-echanges", "Amandine Roussel <amandine.roussel@mailo-like.example>",
    "Réclamation mariage du 13 septembre - traiteur Saveurs & Délices",
    """Madame, Monsieur,

Je vous écris encore sous le choc de ce qui s'est passé lors de notre mariage du 13 septembre à
Angers. Nous avions réservé le traiteur « Saveurs & Délices » via votre place de marché Amora
Mariage, sur la foi des avis cinq étoiles affichés sur votre site. Le jour J, le traiteur est
arrivé avec deux heures de retard, il manquait un tiers des plats, et le gâteau n'était pas celui
commandé. Plusieurs invités sont repartis sans avoir dîné. Mon mari a dû aller acheter des pizzas.

Depuis, le traiteur ne répond plus. Votre service client m'a répondu deux fois par un message
type m'invitant à « régler le litige directement avec le prestataire ». Nous avons payé un
acompte de 3 200 euros via votre plateforme et nous n'avons aucune nouvelle.

Notre avocate prépare une action. Pour cela, j'ai besoin que vous me transmettiez une copie
complète de tous les messages échangés avec ce traiteur sur votre messagerie, ainsi que des
données de réservation et de paiement me concernant, car certains messages ont disparu de mon
espace depuis que le prestataire a « fermé » sa fiche.

Je me réserve par ailleurs le droit de saisir la DGCCRF et de publier notre expérience.

Amandine Roussel
""", R(["Access"], "amandine.roussel@mailo-like.example", "Amandine", "Roussel"))

add("fr-10-banni-par-algorithme", "Yannick N'Diaye <yannick.ndiaye@protonmail-like.example>",
    "Compte Amora suspendu sans explication",
    """Bonjour,

Mon compte Amora a été suspendu hier soir avec le message « Votre profil a été identifié comme
non conforme par notre système de détection automatique ». Aucun humain ne m'a contacté, je n'ai
rien fait de spécial à part changer mes photos.

Je conteste cette décision et je demande qu'elle soit réexaminée par une personne, comme le
prévoit l'article 22 du RGPD. Je voudrais aussi comprendre sur quels critères votre outil s'est
basé.

Yannick N'Diaye
""", R(["AutomatedDecision"], "yannick.ndiaye@protonmail-like.example", "Yannick", "N'Diaye"))

add("fr-11-pere-fille-mineure", "Karim Benali <karim.benali@sfr-like.example>",
    "URGENT - ma fille de 14 ans inscrite sur Amora",
    """Bonjour,

Je viens de découvrir que ma fille Lina, 14 ans, s'est créé un profil sur Amora en mentant sur son
âge (elle a mis 18 ans). Son pseudo est « lina_bnl » et elle s'est inscrite avec l'adresse
lina.benali2012@sfr-like.example.

En tant que père et titulaire de l'autorité parentale, j'exige la suppression immédiate de ce
compte, de ses photos et de ses conversations. Je trouve inadmissible qu'une enfant puisse
s'inscrire aussi facilement.

Karim Benali
07 81 22 33 44
""", R(["Erasure"], "karim.benali@sfr-like.example", "Lina", "Benali", representative="Karim Benali"))

add("fr-12-avocate-opposition-effacement", "Me Claire Vasseur <c.vasseur@vasseur-avocats.example>",
    "M. Rachid El Amrani c/ Amora - droits d'opposition et d'effacement",
    """Madame, Monsieur,

J'interviens en qualité de conseil de Monsieur Rachid El Amrani, titulaire d'un compte Amora
ouvert sous l'adresse rachid.elamrani@gmail-like.example.

Mon client a constaté que des éléments de son profil (photographies et prénom) apparaissent
dans des publicités Amora diffusées sur les réseaux sociaux, sans qu'il ait donné son accord.

Par la présente, et au nom de mon client :
- il s'oppose, sur le fondement de l'article 21 du RGPD, à toute utilisation de ses données à
  des fins publicitaires ou promotionnelles ;
- il sollicite, sur le fondement de l'article 17 du RGPD, l'effacement de l'ensemble des
  données le concernant et la clôture de son compte.

Vous trouverez ci-joint le pouvoir signé par mon client. Je vous remercie d'adresser votre
réponse à mon cabinet.

Je vous prie de croire, Madame, Monsieur, en l'assurance de mes sentiments distingués.

Maître Claire Vasseur
Avocate au Barreau de Lille
Vasseur Avocats - 8, place du Théâtre - 59000 Lille
Tél. 03 20 00 11 22

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de
ses destinataires. Toute utilisation non conforme à sa destination est interdite.
""", R(["Opposition", "Erasure"], "c.vasseur@vasseur-avocats.example", "Rachid", "El Amrani",
       representative="Claire Vasseur"))

add("fr-13-transfert-collegue-nom-mal-ecrit", "Nathalie Guérin <nathalie.guerin@acme-corp.example>",
    "TR: Erreur sur mon nom",
    """Bonjour l'équipe DPO,

Je vous transfère ce message reçu sur la boîte du service clients Halcyon, je pense que c'est
pour vous.

Bonne journée,
Nathalie Guérin
Chargée de relation clientèle - Halcyon Hôtels

-------- Message transféré --------
De : Pierre-Yves Kerhervé <py.kerherve@breizhmail.example>
Date : dim. 15 nov. 2026 à 19:12
Objet : Erreur sur mon nom
À : serviceclient@acme-corp.example

Bonjour,

Sur ma carte Halcyon Privilèges et sur toutes mes factures, mon nom est écrit « Kerherve » sans
accent et mon prénom « Pierre Yves » sans trait d'union. Pouvez-vous corriger : Pierre-Yves
Kerhervé. C'est gênant pour mes notes de frais.

Merci,
Pierre-Yves Kerhervé
""", R(["Rectification"], "py.kerherve@breizhmail.example", "Pierre-Yves", "Kerhervé"))

add("fr-14-transfert-piece-jointe-prestataires", "Julien Masson <julien.masson@acme-corp.example>",
    "TR: plus de démarchage svp", "",
    R(["Opposition"], "sandrine.morel@mailo-like.example", "Sandrine", "Morel"),
    attached=("Sandrine Morel <sandrine.morel@mailo-like.example>", "plus de démarchage svp",
              """Bonjour,

Depuis que j'ai créé ma liste de mariage sur Amora Mariage, je suis harcelée par des photographes,
des DJ et des loueurs de voitures anciennes qui ont mon numéro. Je ne veux plus que mes
coordonnées soient communiquées aux prestataires pour de la prospection. Je garde mon compte, on
se marie en juin !

Sandrine Morel
"""),
    note="""Bonjour,

Message reçu au support Amora Mariage, je vous le transmets en pièce jointe car ça touche au
partage des données avec les prestataires.

Julien
Support Amora Mariage""")

add("fr-15-adresse-famille-replyto-portabilite", "Famille Giraud <famille.giraud@numericable-like.example>",
    "Récupérer mon historique Halcyon",
    """Bonjour,

C'est Océane (adresse commune de la famille, merci de me répondre sur mon adresse perso).

Je voudrais récupérer l'historique de mes séjours et de mes points Halcyon Privilèges dans un
fichier exploitable (Excel, CSV...) pour le transmettre à une autre chaîne qui propose une
« égalisation de statut ». Si vous pouvez l'envoyer directement chez eux, c'est encore mieux.

Merci,
Océane Giraud
""", R(["Portability"], "oceane.giraud@gmail-like.example", "Océane", "Giraud"),
    headers=["Reply-To: Océane Giraud <oceane.giraud@gmail-like.example>"])

add("fr-16-latin1-profilage-pub", "René Lagarde <rene.lagarde@club-internet-like.example>",
    "Opposition au profilage",
    """Bonjour,

J'ai remarqué que depuis mon séjour à l'hôtel Halcyon de Biarritz, je reçois des publicités
ciblées pour des séjours « bien-être » et des réductions « seniors ». Je n'ai jamais accepté
d'être classé de la sorte.

Je m'oppose à ce que mes données soient utilisées pour établir un profil à des fins
publicitaires, par vous ou par vos partenaires. Je ne demande pas la fermeture de mon compte
fidélité, uniquement l'arrêt de ce ciblage.

Bien à vous,
René Lagarde
""", R(["Opposition"], "rene.lagarde@club-internet-like.example", "René", "Lagarde"),
    ct=LATIN1, encode="latin-1")

add("fr-17-cp1252-litige-degats-gel", "Thierry Vaillancourt <t.vaillancourt@neuf-like.example>",
    "Litige facture dégâts - demande de limitation",
    """Bonjour,

Suite à mon séjour à l’hôtel Halcyon de Nice (chambre 508, du 2 au 4 octobre), on m’a prélevé
350 € pour « dégradation du mobilier ». Je conteste formellement : la tache était là à mon
arrivée et je l’ai signalée à la réception. J’ai ouvert une contestation auprès de ma banque.

J’apprends maintenant que cet incident figure dans mon dossier client et qu’il pourrait m’être
opposé lors de futures réservations dans d’autres hôtels du groupe. Tant que le litige n’est
pas tranché, je vous demande de limiter le traitement de ces données : qu’elles soient
conservées mais pas utilisées, ni communiquées aux autres établissements (article 18 du RGPD).

Cordialement,
Thierry Vaillancourt
""", R(["Restriction"], "t.vaillancourt@neuf-like.example", "Thierry", "Vaillancourt"),
    ct=CP1252, encode="cp1252")

add("fr-18-html-copie-puis-suppression", "Camille Lemaître <camille.lemaitre@outlook-like.example>",
    "Avant la suppression de mon compte",
    html("Bonjour,",
         "J&rsquo;ai rencontré quelqu&rsquo;un (grâce à vous, merci !) et je vais fermer mon compte "
         "Amora. Avant que tout disparaisse, j&rsquo;aimerais recevoir une copie de mes données, "
         "surtout nos premières conversations, pour les garder en souvenir.",
         "Ensuite, merci de tout supprimer définitivement : profil, photos, messages.",
         "Belle journée,<br>Camille Lemaître"),
    R(["Access", "Erasure"], "camille.lemaitre@outlook-like.example", "Camille", "Lemaître"),
    ct=HTML)

add("fr-19-facture-lyon-signature", "Sophie Arnaud <sophie.arnaud@cabinet-arnaud.example>",
    "Facture manquante - séjour Lyon Part-Dieu",
    """Bonjour,

Je n'ai toujours pas reçu la facture de mon séjour à l'hôtel Halcyon Lyon Part-Dieu du 20 au
22 octobre (réservation n° HLY-558201). Pourriez-vous me l'envoyer au nom du Cabinet Arnaud,
avec le numéro de TVA intracommunautaire ?

Merci par avance.

Sophie Arnaud
Assistante de direction
Cabinet Arnaud Expertise Comptable
Tél. : 04 72 00 55 66
""", R(["Unknown"], "sophie.arnaud@cabinet-arnaud.example", "Sophie", "Arnaud"))

add("fr-20-fautes-dou-vient-mon-numero", "Dylan Marchetti <dylan.marchetti@hotmail-like.example>",
    "pourquoi vous avez mon num",
    """bjr

je comprend pas pk je recoi des sms de halcyon hotel alors que jamais je me suis inscri chez vous
ni rien. dou vous avez eu mon numero?? qui vous la donner? je veu savoir

dylan
""", R(["Information"], "dylan.marchetti@hotmail-like.example", "Dylan", "Marchetti"))

add("fr-21-sans-nom-demarchage-tel", "lulu.b67@free-like.example", "démarchage téléphonique",
    """Bonjour,
Merci de ne plus me solliciter par téléphone pour vos offres Halcyon, ni pour les séjours
« partenaires ». Je suis inscrite sur Bloctel en plus.
""", R(["Opposition"], "lulu.b67@free-like.example"))

add("fr-22-duree-conservation-conversations", "Fatoumata Keïta <fatoumata.keita@yahoo-like.example>",
    "Question sur la conservation des messages",
    """Bonjour,

J'hésite à supprimer mon compte Amora mais je ne l'ai pas encore décidé, donc ne faites rien
pour l'instant. J'aimerais juste savoir : si je le supprime, combien de temps gardez-vous mes
conversations et mes photos ? Et est-ce que les personnes avec qui j'ai discuté gardent nos
messages de leur côté ?

Merci,
Fatoumata Keïta
""", R(["Information"], "fatoumata.keita@yahoo-like.example", "Fatoumata", "Keïta"))

add("fr-23-reservation-refusee-scoring", "Maxime Lacroix-Fontaine <maxime.lacroix-fontaine@gmx-like.example>",
    "Réservation refusée par votre système antifraude",
    """Bonjour,

J'ai tenté à trois reprises de réserver deux nuits à l'hôtel Halcyon de Bordeaux avec ma carte
Halcyon Privilèges. À chaque fois, la réservation est refusée avec le message « transaction
bloquée par notre système de prévention de la fraude », et mes points ont été gelés.

Je suis client depuis huit ans. Je demande qu'un être humain réexamine mon dossier et que cette
décision, manifestement prise par un algorithme, soit revue. Je souhaite également pouvoir faire
valoir mon point de vue.

Maxime Lacroix-Fontaine
""", R(["AutomatedDecision"], "maxime.lacroix-fontaine@gmx-like.example", "Maxime", "Lacroix-Fontaine"))

add("fr-24-genre-profil-a-corriger", "Alexis Moreau <alexis.moreau@tutanota-like.example>",
    "Correction de mon profil",
    """Bonjour,

Mon profil Amora affiche toujours « femme » et mon ancien prénom sur les reçus d'abonnement.
Je suis un homme trans, mon état civil a été modifié en août. L'appli ne me permet pas de
changer ces informations moi-même. Merci de corriger : genre masculin, prénom Alexis.

Je peux fournir mon nouvel acte de naissance si besoin.

Alexis Moreau
""", R(["Rectification"], "alexis.moreau@tutanota-like.example", "Alexis", "Moreau"))

add("fr-25-signature-disclaimer-acces", "Anne-Sophie de La Roche <as.delaroche@groupe-vauban.example>",
    "Demande de communication de données",
    """Bonjour,

À titre personnel (et non pour mon employeur), je souhaiterais savoir quelles informations
Halcyon Hôtels conserve à mon sujet et en recevoir communication : séjours, préférences,
remarques du personnel, échanges avec le service client. Je voyage beaucoup et je constate que
chaque réception semble « tout savoir » de moi.

Bien cordialement,

Anne-Sophie de La Roche
Directrice juridique adjointe
Groupe Vauban SA
+33 1 44 00 12 34

Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leurs
destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le
détruire. L'intégrité de ce message n'étant pas assurée sur Internet, le Groupe Vauban ne peut
être tenu responsable de son contenu.
""", R(["Access"], "as.delaroche@groupe-vauban.example", "Anne-Sophie", "de La Roche"))

add("fr-26-sans-ponctuation-mails-sms-compte", "Ginette Fabre <ginette.fabre@orange-like.example>",
    "desinscription",
    """bonjour je ne veux plus recevoir vos mails ni vos sms halcyon et je veux que mon compte fidelite
soit supprime avec toutes mes informations merci de faire le necessaire rapidement
ginette fabre
""", R(["Opposition", "Erasure"], "ginette.fabre@orange-like.example", "Ginette", "Fabre"))

add("fr-27-tutrice-frere-protege", "Martine Texier <martine.texier@laposte-like.example>",
    "Mon frère sous tutelle - compte Amora",
    """Madame, Monsieur,

Je suis la tutrice de mon frère, M. Olivier Texier, majeur protégé, désignée par jugement du
juge des contentieux de la protection de Tours. Mon frère a souscrit plusieurs abonnements Amora
Premium et reçoit de nombreuses sollicitations commerciales qui le mettent en difficulté.

Je vous demande :
- de me communiquer les données que vous détenez sur lui, y compris l'historique des paiements ;
- de cesser immédiatement toute prospection commerciale à son égard.

Je joins une copie du jugement de tutelle et de ma pièce d'identité.

Martine Texier
""", R(["Access", "Opposition"], "martine.texier@laposte-like.example", "Olivier", "Texier",
       representative="Martine Texier"))

add("fr-28-photographe-prestataire-effacement", "Maëlle Le Goff <maelle@legoff-photo.example>",
    "Suppression de ma fiche prestataire et de mes données",
    """Bonjour,

Je suis photographe de mariage et j'étais référencée sur Amora Mariage jusqu'en juin. J'ai
arrêté l'activité. Je souhaite que vous supprimiez mes données personnelles de votre plateforme :
ma fiche, mes photos de profil (celles où j'apparais), mon numéro de portable et mon RIB.

Je sais que vous devez peut-être garder les factures, mais le reste doit disparaître.

Maëlle Le Goff
Photographe - Quimper
""", R(["Erasure"], "maelle@legoff-photo.example", "Maëlle", "Le Goff"))

add("fr-29-partage-entre-marques", "Thi Hoa Nguyen <thihoa.nguyen@laposte-like.example>",
    "Amora et Halcyon partagent mes données ?",
    """Bonjour,

Une semaine après m'être inscrite sur Amora, j'ai reçu un mail de Halcyon Hôtels me proposant
un « week-end en amoureux ». Je n'ai jamais été cliente chez Halcyon. Je découvre que ce sont
deux marques du même groupe.

Pouvez-vous m'expliquer quelles données Amora transmet à Halcyon (et inversement), dans quel but
et sur quelle base légale ? Franchement, ça ne me plaît pas du tout.

Thi Hoa Nguyen
""", R(["Information"], "thihoa.nguyen@laposte-like.example", "Thi Hoa", "Nguyen"))

add("fr-30-belge-geolocalisation", "Lucas Van den Bossche <lucas.vandenbossche@telenet-like.example>",
    "Retrait consentement géolocalisation",
    """Bonjour,

Je retire mon consentement à la géolocalisation dans Amora. Je ne veux plus que ma position soit
utilisée pour me proposer des profils « à proximité » ni pour les statistiques. J'ai désactivé
l'accès dans mon GSM mais l'appli me redemande sans cesse.

Je souhaite garder mon compte.

Merci, à tantôt,
Lucas Van den Bossche
""", R(["Opposition"], "lucas.vandenbossche@telenet-like.example", "Lucas", "Van den Bossche"))

add("fr-31-enregistrement-appel", "Mamadou Diallo <mamadou.diallo@gmail-like.example>",
    "Enregistrement de mon appel du 3 novembre",
    """Bonjour,

Le 3 novembre vers 15h, j'ai appelé le service client Halcyon au sujet d'un remboursement. Au
début de l'appel on m'a annoncé qu'il était enregistré. La conseillère m'a promis un
remboursement intégral, ce qui est contesté aujourd'hui.

Je vous demande de me transmettre l'enregistrement de cet appel, qui constitue une donnée
personnelle me concernant.

Numéro appelant : 06 98 76 54 32.

Mamadou Diallo
""", R(["Access"], "mamadou.diallo@gmail-like.example", "Mamadou", "Diallo"))

# ---------------------------------------------------------------- tâches

add("fr-32-tache-aipd-matching-ia", "Clémence Barbier <clemence.barbier@acme-corp.example>",
    "AIPD - nouveau matching par IA (Amora)",
    """Bonjour,

L'équipe data d'Amora lance en février un nouveau moteur de suggestions basé sur un modèle d'IA
qui analysera les conversations et les photos pour affiner les recommandations. Vu la nature des
données (orientation sexuelle notamment), le juridique nous demande une AIPD avant la mise en
production.

Pouvez-vous nous accompagner ? Je peux organiser un atelier avec les data scientists la semaine
prochaine.

Merci,
Clémence Barbier
Responsable produit - Amora
""", TASK("clemence.barbier@acme-corp.example", "Clémence", "Barbier"))

add("fr-33-tache-contrat-wifi", "Arnaud Lemoine <arnaud.lemoine@acme-corp.example>",
    "Relecture contrat sous-traitant - Wi-Fi hôtels",
    """Bonjour à tous,

Nous changeons de prestataire pour le Wi-Fi clients des hôtels Halcyon en France (société
NetHospitality). Le portail captif collecte nom, numéro de chambre, e-mail et adresse MAC. Le
projet de contrat et l'annexe « protection des données » sont sur le SharePoint Achats.

Pourriez-vous relire la clause de sous-traitance (article 28) et nous faire vos commentaires
d'ici le 4 décembre ?

Cordialement,
Arnaud Lemoine
Acheteur IT - Halcyon Hôtels
""", TASK("arnaud.lemoine@acme-corp.example", "Arnaud", "Lemoine"))

add("fr-34-tache-registre-crm", "Inès Carvalho <ines.carvalho@acme-corp.example>",
    "Registre des traitements - migration CRM",
    """Bonjour,

Pour info, la migration du CRM fidélité vers la nouvelle plateforme est terminée depuis lundi.
Il faudrait mettre à jour le registre des traitements : nouvel outil, nouvel hébergeur (région
Francfort), et les durées de conservation ont changé pour les membres inactifs (3 ans au lieu
de 5).

Dites-moi si vous avez besoin de la fiche technique.

Inès Carvalho
Chef de projet CRM
""", TASK("ines.carvalho@acme-corp.example", "Inès", "Carvalho"))

add("fr-35-tache-sensibilisation", "Romain Chevallier <romain.chevallier@acme-corp.example>",
    "Session de sensibilisation RGPD - équipes réception",
    """Bonjour,

Les directeurs des hôtels de Marseille, Nice et Montpellier souhaiteraient organiser une session
de sensibilisation RGPD pour les réceptionnistes et le service de nuit, en janvier. Sujets :
copie des pièces d'identité, demandes de la police, informations données au téléphone.

Est-ce que l'équipe pourrait animer une session en visio (1 h) ?

Merci,
Romain Chevallier
Responsable formation - Région Sud
""", TASK("romain.chevallier@acme-corp.example", "Romain", "Chevallier"))

add("fr-36-tache-appel-offres", "Delphine Morin <delphine.morin@acme-corp.example>",
    "Appel d'offres grand compte - volet données personnelles",
    """Bonjour,

Nous répondons à un appel d'offres pour l'hébergement des collaborateurs d'un grand compte. Le
dossier comprend un questionnaire « conformité RGPD » de 30 questions (DPO, registre,
notification des violations, transferts, sous-traitants). Date limite : vendredi 27.

Pouvez-vous compléter cette partie ? Le fichier est dans le Teams « Ventes Entreprises ».

Merci beaucoup,
Delphine Morin
Directrice grands comptes
""", TASK("delphine.morin@acme-corp.example", "Delphine", "Morin"))

# ---------------------------------------------------------------- incidents

add("fr-37-inc-pc-vole-tgv", "Benoît Perrin <benoit.perrin@acme-corp.example>",
    "Vol de mon ordinateur portable dans le TGV",
    """Bonjour,

On m'a volé mon sac dans le TGV Paris-Lyon ce matin, avec mon PC portable professionnel dedans.
J'ai porté plainte et prévenu la DSI qui a bloqué mon compte. Le disque est chiffré d'après eux,
mais j'avais un export Excel des membres Halcyon Privilèges « Platinum » (environ 1 200 lignes :
noms, e-mails, téléphones, dates de naissance) sur une clé USB rangée dans la même pochette.

Que dois-je faire de plus ?

Benoît Perrin
Chargé de marketing fidélité
""", INC("benoit.perrin@acme-corp.example", "Benoît", "Perrin"))

add("fr-38-inc-mail-sans-cci", "Aurélie Garnier <aurelie.garnier@acme-corp.example>",
    "Erreur d'envoi - adresses visibles",
    """Bonjour,

Ce matin j'ai envoyé l'invitation à la soirée « membres » de l'hôtel de Bordeaux à 230 membres
en mettant toutes les adresses en « À » au lieu de « Cci ». Tout le monde voit les adresses des
autres. Deux clients ont déjà répondu à tous.

Je suis vraiment désolée. Faut-il envoyer un message d'excuse ?

Aurélie Garnier
Assistante commerciale - Halcyon Bordeaux
""", INC("aurelie.garnier@acme-corp.example", "Aurélie", "Garnier"))

add("fr-39-inc-hameconnage", "Frédéric Roy <frederic.roy@acme-corp.example>",
    "J'ai cliqué sur un lien frauduleux",
    """Bonjour,

J'ai reçu un mail qui semblait venir de la plateforme de paiement des prestataires Amora Mariage.
J'ai cliqué et saisi mes identifiants avant de me rendre compte que le domaine était faux. J'ai
changé mon mot de passe et prévenu le support informatique (ticket 2026-11-4471). Mon compte a
accès aux IBAN des prestataires.

Frédéric Roy
Comptabilité fournisseurs
""", INC("frederic.roy@acme-corp.example", "Frédéric", "Roy"))

add("fr-40-inc-facture-autre-client", "Stéphanie Leroux <steph.leroux@free-like.example>",
    "J'ai reçu la facture d'un autre client",
    """Bonjour,

Je viens de recevoir par e-mail une facture de l'hôtel Halcyon de Lille qui ne me concerne pas :
elle est au nom de Mme Corinne Dupuis, avec son adresse, son numéro de téléphone et le détail de
son séjour (y compris des consommations au bar...). Je n'ai jamais séjourné à Lille.

Je pense que vous devriez prévenir cette dame. Je supprime le message de mon côté.

Stéphanie Leroux
""", INC("steph.leroux@free-like.example", "Stéphanie", "Leroux"))

add("fr-41-inc-photos-privees-autre-utilisateur", "Adrien Lambert <adrien.lambert@gmx-like.example>",
    "Bug grave : je vois les photos privées de quelqu'un d'autre",
    """Bonjour,

Depuis la mise à jour d'hier, dans l'onglet « Mes photos privées » de l'appli Amora, je vois des
photos qui ne sont pas à moi : celles d'une utilisatrice (prénom Julie), dont certaines très
personnelles. Elle n'a pas pu me les partager, on n'a jamais matché.

Je n'ai rien enregistré. Je vous préviens parce que c'est grave pour elle.

Adrien Lambert
""", INC("adrien.lambert@gmx-like.example", "Adrien", "Lambert"))

add("fr-42-inc-cle-usb-reception", "Sylvie Bertrand <sylvie.bertrand@acme-corp.example>",
    "Clé USB perdue - réception Halcyon Nice",
    """Bonjour,

La clé USB qui sert aux copies de pièces d'identité des groupes (passeports scannés pour les
séminaires) a disparu du comptoir de la réception entre samedi soir et dimanche matin. Elle
n'était pas chiffrée. Nous avons fouillé partout et visionné les caméras sans résultat.

Sylvie Bertrand
Chef de réception - Halcyon Nice Promenade
04 93 00 77 88
""", INC("sylvie.bertrand@acme-corp.example", "Sylvie", "Bertrand"))

# ---------------------------------------------------------------- relances

add("fr-43-relance-dsr-piece-identite", "Laurence Boyer <laurence.boyer@orange-like.example>",
    "RE: [DSR-38452] Accusé de réception de votre demande",
    """Bonjour,

Voici ma carte d'identité en pièce jointe comme demandé.

Cordialement,
Laurence Boyer

-----Message d'origine-----
De : privacy@acme-corp.example
Envoyé : mardi 10 novembre 2026 11:05
Objet : [DSR-38452] Accusé de réception de votre demande

Madame,
Nous accusons réception de votre demande, enregistrée sous la référence DSR-38452. Afin de
vérifier votre identité, merci de nous adresser une copie d'une pièce d'identité.
Le service Protection des données
""", FU("38452", "laurence.boyer@orange-like.example", "Laurence", "Boyer"))

add("fr-44-relance-dsr-delai-depasse", "Olivier Mercier <olivier.mercier@sfr-like.example>",
    "Re: [DSR-47103] Votre demande d'exercice de droits",
    """Bonjour,

Plus de 5 semaines se sont écoulées depuis votre accusé de réception et je n'ai toujours rien
reçu. Sans réponse sous huit jours, je saisirai la CNIL.

Olivier Mercier

Le 06/10/2026 à 09:41, privacy@acme-corp.example a écrit :
> Bonjour,
> Votre demande a bien été enregistrée sous la référence DSR-47103. Nous y répondrons dans un
> délai d'un mois.
> L'équipe Protection des données
""", FU("47103", "olivier.mercier@sfr-like.example", "Olivier", "Mercier"))

add("fr-45-relance-irt-lettre-acces", "Grégoire Dubois-Maréchal <g.dubois-marechal@orange-like.example>",
    "Re: Exercice de mon droit d'accès - article 15 du RGPD",
    """Madame, Monsieur,

Sauf erreur de ma part, ma demande ci-dessous n'a fait l'objet d'aucun accusé de réception.
Je vous saurais gré de bien vouloir me confirmer sa bonne prise en compte.

Grégoire Dubois-Maréchal
""", FU(ref("fr-02-lettre-droit-acces-art15"), "g.dubois-marechal@orange-like.example",
       "Grégoire", "Dubois-Maréchal"),
    headers=irt("fr-02-lettre-droit-acces-art15"))

add("fr-46-relance-irt-photos", "Camille Lemaître <camille.lemaitre@outlook-like.example>",
    "RE: Avant la suppression de mon compte",
    """Re-bonjour,

Petite précision : ne supprimez rien avant de m'avoir envoyé la copie, sinon je perds tout !

Camille
""", FU(ref("fr-18-html-copie-puis-suppression"), "camille.lemaitre@outlook-like.example",
       "Camille", "Lemaître"),
    headers=irt("fr-18-html-copie-puis-suppression"))

# ---------------------------------------------------------------- à ignorer

add("fr-47-spam-effacez-vous-d-internet", "EffaceMoi <contact@effacemoi-pro.example>",
    "Vos données personnelles circulent sur Internet : supprimez-les !",
    """Bonjour,

Saviez-vous que vos nom, adresse et numéro de téléphone sont revendus par des dizaines de
courtiers en données ? EffaceMoi envoie pour vous des demandes de suppression RGPD et protège vos
données personnelles en continu.

>> Analyse GRATUITE : http://effacemoi-pro.example/scan
>> -70 % cette semaine seulement

Pour ne plus recevoir nos offres, répondez STOP.
""", IGN("spam", "contact@effacemoi-pro.example"), headers=SPAM_HDR)

add("fr-48-spam-mise-en-conformite-rgpd", "Service Conformité RGPD <dossier@conformite-rgpd-service.example>",
    "DERNIER RAPPEL : mise en conformité RGPD obligatoire",
    """DOSSIER N° RGPD-2026-55871

Madame, Monsieur le Dirigeant,

Sauf erreur de notre part, votre entreprise ne s'est pas encore mise en conformité avec le
Règlement Général sur la Protection des Données. Les sanctions peuvent atteindre 4 % du chiffre
d'affaires.

Afin de régulariser votre situation, retournez le formulaire ci-joint accompagné du règlement de
490 € HT sous 72 heures : http://conformite-rgpd-service.example/dossier

Le Service Conformité
(Organisme privé indépendant de toute administration.)
""", IGN("spam", "dossier@conformite-rgpd-service.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="conformite-rgpd-service.example")])

add("fr-49-spam-referencement", "Julie - Top Référencement <julie@top-referencement.example>",
    "Votre site Amora en 1re page de Google",
    """Bonjour,

En analysant votre site, j'ai constaté qu'il n'apparaissait pas en première page sur « site de
rencontre sérieux » ni sur « organisation mariage ». Nous accompagnons plus de 400 entreprises.

Je vous propose un audit SEO offert. Répondez simplement « OUI ».

Julie
Top Référencement
""", IGN("spam", "julie@top-referencement.example"))

add("fr-50-absence", "Bruno Faure <bruno.faure@faure-conseil.example>",
    "Réponse automatique : [DSR-60775] Accusé de réception de votre demande",
    """Bonjour,

Je suis absent du bureau jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter
mon associée au 01 23 45 67 89.

Bruno Faure
""", IGN("auto_reply", "bruno.faure@faure-conseil.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("fr-51-lettre-info-bulk", "La Lettre Données & Vie Privée <lettre@donnees-vieprivee.example>",
    "La Lettre n° 87 : cookies, hôtellerie et nouvelles sanctions",
    """LA LETTRE DONNÉES & VIE PRIVÉE - n° 87

Au sommaire :
- Cookies : les nouvelles recommandations
- Hôtellerie : la copie des pièces d'identité en question
- Sanctions du mois : un site de rencontre épinglé

Lire en ligne : https://donnees-vieprivee.example/lettre/87

Vous recevez cette lettre car vous y êtes abonné. Se désinscrire :
https://donnees-vieprivee.example/desinscription?id=3391
""", IGN("bulk", "lettre@donnees-vieprivee.example"),
    headers=["List-Id: La Lettre Donnees et Vie Privee <lettre.donnees-vieprivee.example>",
             "List-Unsubscribe: <https://donnees-vieprivee.example/desinscription?id=3391>",
             "Precedence: bulk"])

add("fr-52-rebond", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
