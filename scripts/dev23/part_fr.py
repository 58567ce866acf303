# Development set 23, French. Organisation: a coworking and serviced-office provider (badge
# access, meeting-room booking app, mail handling for virtual offices, visitor registration).
# Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("fr-01-badge-video", "Sébastien Lefèvre-Dumont <s.lefevre-dumont@free.example>",
    "Demande d'accès - historique badge et vidéosurveillance",
    """Madame, Monsieur,

Membre de votre espace de la rue de la Bourse (Lyon 2e) depuis janvier, je souhaite exercer mon
droit d'accès au titre de l'article 15 du RGPD.

Je vous demande de me communiquer l'ensemble des données me concernant, et notamment :
- l'historique des passages de mon badge (portes, ascenseurs, parking) ;
- les images de vidéosurveillance sur lesquelles j'apparais, s'il en existe encore ;
- les informations figurant dans mon dossier client.

Je vous remercie de bien vouloir me répondre à cette adresse.

Cordialement,
Sébastien Lefèvre-Dumont
""",
    R(["Access"], "s.lefevre-dumont@free.example", "Sébastien", "Lefèvre-Dumont"))

add("fr-02-directives", "Geneviève Marchand <genevieve.marchand@laposte.example>",
    "Mes données après mon décès",
    """Bonjour,

J'ai 74 ans et je garde une domiciliation chez vous pour ma petite activité de traduction. Mon
notaire m'a conseillé de régler aussi le sort de mes comptes en ligne.

Je souhaite donc vous indiquer mes directives particulières : à mon décès, je désigne mon neveu,
M. Laurent Marchand, pour qu'il récupère les courriers numérisés encore en attente, puis que vous
supprimiez mon compte et toutes mes informations. Pouvez-vous me confirmer que ces instructions
sont bien enregistrées et me dire comment elles seront appliquées ?

Avec mes remerciements,
Geneviève Marchand
""",
    R(["AdvanceDirectives"], "genevieve.marchand@laposte.example", "Geneviève", "Marchand"))

add("fr-03-afterworks", "jb.moreau@orange.example",
    "désinscription",
    """merci de ne plus m'envoyer les invitations aux afterworks et les mails promo, désinscrivez moi svp
""",
    R(["Opposition"], "jb.moreau@orange.example"))

add("fr-04-kbis-adresse", "Karim Benaïssa <karim@benaissa-conseil.example>",
    "Changement de dénomination et d'adresse de réexpédition",
    """Bonjour,

Suite à la transformation de ma société (nouveau Kbis en pièce jointe), la dénomination est
désormais « Benaïssa Conseil SAS » et non plus « KB Conseil EURL ». Par ailleurs j'ai déménagé :
le courrier de ma domiciliation doit être réexpédié au 14 allée des Tilleuls, 33600 Pessac, et non
plus à Talence.

Merci de mettre à jour mon dossier et les étiquettes de réexpédition.

Bien à vous,
Karim Benaïssa
06 55 01 22 87
""",
    R(["Rectification"], "karim@benaissa-conseil.example", "Karim", "Benaïssa"))

add("fr-05-supprimer-appli", "Lucie Tranh <lucie.tranh@gmail.example>",
    "supression de mon compte",
    """Bonjour

je voudrai que vous suprimiez mon compte sur l'appli de réservation des salles ainsi que toute mes
données, je n'ai plus d'abonement depuis septembre.

merci d'avance
Lucie
""",
    R(["Erasure"], "lucie.tranh@gmail.example", "Lucie", "Tranh"))

add("fr-06-changement-espace", "Maëlle Le Goff <maelle.legoff@breizhdesign.example>",
    "Récupération de mes données avant départ",
    """Bonjour,

Je quitte votre espace de Rennes fin décembre pour un autre opérateur. Deux choses :

1) j'aimerais obtenir une copie de tout ce que vous conservez à mon sujet (contrat, factures,
   réservations, échanges avec l'accueil) ;
2) l'historique de mes réservations et mes préférences de poste dans un fichier exploitable
   (CSV ou Excel), que je puisse le transmettre au nouveau prestataire.

Merci,
Maëlle Le Goff
""",
    R(["Access", "Portability"], "maelle.legoff@breizhdesign.example", "Maëlle", "Le Goff"))

add("fr-07-no-show", "Thibault Garnier <thibault.garnier@outlook.example>",
    "Compte suspendu automatiquement - contestation",
    """Bonjour,

Mon compte sur l'application de réservation a été suspendu ce matin avec le message « 3 no-shows
détectés - réservations bloquées 30 jours ». Les trois « absences » correspondent à des jours où
le lecteur de badge de l'étage 4 était en panne (l'accueil peut le confirmer) : j'étais bien là,
c'est juste que mon passage n'a pas été enregistré.

Je conteste cette décision prise par votre logiciel sans aucune intervention humaine. Je demande
qu'une personne réexamine mon dossier et lève la suspension.

Thibault Garnier
""",
    R(["AutomatedDecision"], "thibault.garnier@outlook.example", "Thibault", "Garnier"))

add("fr-08-photo-accueil", "Inès Aït-Ouali <ines.aitouali@hotmail.example>",
    "Photo prise à l'accueil",
    """Bonjour,

Je suis venue passer un entretien d'embauche chez une entreprise hébergée dans votre centre de
Nantes. À l'accueil on m'a photographiée pour imprimer un badge visiteur.

Pourquoi est-ce nécessaire, combien de temps gardez-vous cette photo et mes nom/prénom, et
l'entreprise chez qui j'allais y a-t-elle accès ? Je n'ai vu aucune information affichée.

Merci de votre réponse,
Inès Aït-Ouali
""",
    R(["Information"], "ines.aitouali@hotmail.example", "Inès", "Aït-Ouali"))

add("fr-09-avocat", "Maître Olivier Castaing <o.castaing@castaing-avocats.example>",
    "Droit d'accès - Mme Nadia Ferrand",
    """Madame, Monsieur,

Je suis le conseil de Madame Nadia Ferrand, salariée de la société Orizon Digital, locataire de
bureaux dans votre immeuble de la Défense. Son employeur lui reproche des retards et s'appuie, selon
ses dires, sur des relevés de badge que vous lui auriez transmis.

Agissant en son nom (pouvoir ci-joint), je vous prie de me communiquer, conformément à l'article 15
du RGPD, toutes les données personnelles de ma cliente que vous traitez, et en particulier les
journaux d'accès liés à son badge du 1er septembre à ce jour, ainsi que l'indication des
destinataires auxquels ces données ont été communiquées.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Olivier Castaing
Avocat au Barreau des Hauts-de-Seine
""",
    R(["Access"], "o.castaing@castaing-avocats.example", "Nadia", "Ferrand", representative="Olivier Castaing"))

add("fr-10-heures-badge", "Pauline Ducasse <pauline.ducasse@sfr.example>",
    "Relevés de badge erronés",
    """Bonjour,

Mon relevé de badge du mois d'octobre indique des arrivées à 10h30 alors que j'arrive tous les
jours vers 9h (mes collègues peuvent en témoigner). Visiblement la porte du hall B enregistre mal.

Tant que vous n'avez pas vérifié, je vous demande de geler ces données et de ne pas les transmettre
à mon employeur. Ensuite, merci de corriger les horaires qui sont faux.

Pauline Ducasse
""",
    R(["Restriction", "Rectification"], "pauline.ducasse@sfr.example", "Pauline", "Ducasse"))

add("fr-11-appels", "Arnaud Vasseur <arnaud.vasseur@wanadoo.example>",
    "Démarchage téléphonique",
    html("Bonjour,",
         "Depuis que j'ai demandé un devis pour un bureau privatif en juin, votre service commercial "
         "m'appelle presque chaque semaine. Je ne suis <b>plus intéressé</b>.",
         "Je m'oppose à toute prospection de votre part et je vous demande d'effacer mon numéro "
         "de portable de vos fichiers.",
         "Arnaud Vasseur"),
    R(["Opposition", "Erasure"], "arnaud.vasseur@wanadoo.example", "Arnaud", "Vasseur"),
    ct=HTML)

add("fr-12-visiteur-latin1", "Benoît Lécuyer <benoit.lecuyer@neuf.example>",
    "Effacement de mes données visiteur",
    """Bonjour,

Je ne suis venu qu'une seule fois dans vos locaux de Lille, pour une réunion. Je ne vois pas
pourquoi mon nom, ma société et mon numéro de téléphone resteraient dans votre registre des
visiteurs. Merci de les effacer et de me le confirmer.

Benoît Lécuyer
""",
    R(["Erasure"], "benoit.lecuyer@neuf.example", "Benoît", "Lécuyer"),
    ct=LATIN1, encode="latin-1")

add("fr-13-transfert-client", "Camille Roux <camille.roux@acme-corp.example>",
    "TR: Demande de M. Delmas",
    """Bonjour l'équipe conformité,

Je vous transfère la demande d'un client domicilié, je ne sais pas quoi lui répondre.

Camille Roux
Responsable de site - Marseille Joliette

-------- Message transféré --------
De : Hervé Delmas <h.delmas@cabinet-delmas.example>
Date : 12/11/2026 09:41
À : accueil.marseille@acme-corp.example
Objet : Mes informations

Bonjour,

Pouvez-vous me transmettre l'ensemble des informations que vous détenez sur moi dans le cadre de
mon contrat de domiciliation, y compris la liste des courriers reçus et scannés depuis le début ?

Cordialement,
Hervé Delmas
Expert-comptable
""",
    R(["Access"], "h.delmas@cabinet-delmas.example", "Hervé", "Delmas"))

add("fr-14-quebec-wifi", "Jean-Philippe Tremblay <jp.tremblay@videotron.example>",
    "Question sur le wi-fi",
    """Allô,

Je suis de passage à Paris pour trois mois et j'ai pris un abonnement nomade chez vous. Pour me
brancher au wi-fi, il faut entrer mon courriel et accepter que « les données de connexion soient
traitées ». Ça veut dire quoi exactement? Vous voyez les sites que je visite? Vous gardez ça
combien de temps et c'est partagé avec qui?

Merci ben gros,
Jean-Philippe Tremblay
""",
    R(["Information"], "jp.tremblay@videotron.example", "Jean-Philippe", "Tremblay"))

add("fr-15-pere-decede", "Claire Vial-Bonnet <claire.vialbonnet@orange.example>",
    "Décès de mon père - domiciliation",
    """Madame, Monsieur,

Mon père, Robert Vial, est décédé le 2 octobre. Il était domicilié chez vous (contrat RV-2207) pour
son activité d'agent commercial. En tant que fille et héritière, je vous demande de clôturer son
contrat et de supprimer les données le concernant. Vous trouverez ci-joint l'acte de décès et
l'attestation du notaire.

Claire Vial-Bonnet
""",
    R(["Erasure"], "claire.vialbonnet@orange.example", "Robert", "Vial", representative="Claire Vial-Bonnet"))

add("fr-16-photo-brochure", "Yasmine Belkacem <yasmine.belkacem@yb-studio.example>",
    "Ma photo dans votre brochure",
    """Bonjour,

Je précise tout de suite : je ne vous demande pas de supprimer mon compte, je suis contente de mon
poste fixe.

En revanche, la photo prise lors de la soirée d'inauguration, où l'on me voit très nettement, est
maintenant dans votre brochure commerciale et sur votre page LinkedIn. Je n'ai jamais donné mon
accord pour un usage publicitaire. Merci de cesser de l'utiliser.

Yasmine Belkacem
""",
    R(["Opposition"], "yasmine.belkacem@yb-studio.example", "Yasmine", "Belkacem"))

add("fr-17-facture-double", "Gilles Peyrac <gilles.peyrac@peyrac-immo.example>",
    "Facture en double ?",
    """Bonjour,

J'ai reçu deux fois la facture FAC-2026-11-0387 pour ma domiciliation de novembre, et j'ai été
prélevé deux fois. Pouvez-vous vérifier et me rembourser ?

Gilles Peyrac
""",
    R(["Unknown"], "gilles.peyrac@peyrac-immo.example", "Gilles", "Peyrac"))

add("fr-18-reclamation-longue", "Frédéric Aubertin <f.aubertin@aubertin-ingenierie.example>",
    "Réclamation - espace de Strasbourg",
    """Bonjour,

Je vous écris car la situation dans votre centre de Strasbourg devient intenable. Depuis la rentrée,
le chauffage de l'open space du 2e ne fonctionne qu'un jour sur deux, la salle « Kléber » que je
réserve pour mes rendez-vous clients est régulièrement occupée par d'autres personnes sans
réservation, et mon badge a été désactivé deux fois « par erreur ». Lors de la dernière panne,
l'agent d'accueil m'a dit qu'il y avait « des remarques » sur moi dans votre système, sans vouloir
me dire lesquelles.

Je souhaite donc savoir précisément ce que vous avez enregistré à mon sujet, notes de l'accueil
comprises, et en recevoir une copie. Et pendant qu'on y est, arrêtez de m'envoyer vos e-mails
promotionnels sur les « offres de fin d'année », c'est franchement indécent vu le service rendu.

J'attends aussi un geste commercial pour les désagréments.

Frédéric Aubertin
Gérant, Aubertin Ingénierie
""",
    R(["Access", "Opposition"], "f.aubertin@aubertin-ingenierie.example", "Frédéric", "Aubertin"))

add("fr-19-task-registre-ocr", "Audrey Fontaine <audrey.fontaine@acme-corp.example>",
    "Registre des traitements - numérisation du courrier avec OCR",
    """Bonjour,

À partir de janvier, le service de numérisation du courrier va utiliser un outil d'OCR qui extrait
l'expéditeur et le type de document pour classer automatiquement les scans. Il faut mettre à jour
la fiche du registre (finalités, catégories de données, sous-traitant, durée de conservation) et
sans doute l'information aux clients domiciliés. Pouvez-vous vous en charger ou me dire ce dont
vous avez besoin ?

Audrey Fontaine
Juriste
""",
    TASK("audrey.fontaine@acme-corp.example", "Audrey", "Fontaine"))

add("fr-20-task-formation", "Mathieu Perrin <mathieu.perrin@acme-corp.example>",
    "Formation RGPD équipe accueil Lyon Part-Dieu",
    """Salut,

On a recruté 4 nouveaux hôtes et hôtesses d'accueil à Part-Dieu. Ils manipulent le registre
visiteurs, les badges et le courrier. Est-ce que vous pourriez organiser une session de
sensibilisation RGPD (1h) avant le 15 décembre ? Je peux bloquer la salle Rhône.

Merci,
Mathieu Perrin
Directeur de centre
""",
    TASK("mathieu.perrin@acme-corp.example", "Mathieu", "Perrin"))

add("fr-21-task-cookies", "Élodie Marchetti <elodie.marchetti@acme-corp.example>",
    "Nouveau site de réservation : bandeau cookies et politique de confidentialité",
    """Bonjour,

Le nouveau site de réservation en ligne part en recette la semaine prochaine. L'agence a ajouté
Hotjar, le pixel Meta et Google Ads. Il nous faudrait votre validation du bandeau cookies et une
mise à jour de la politique de confidentialité avant la mise en production du 1er décembre.

Élodie Marchetti
Marketing digital
""",
    TASK("elodie.marchetti@acme-corp.example", "Élodie", "Marchetti"))

add("fr-22-inc-tablette-volee", "Romain Gillet <romain.gillet@acme-corp.example>",
    "URGENT - tablette d'accueil volée à Bordeaux",
    """Bonjour,

Ce midi, pendant la relève, la tablette de l'accueil de Bordeaux Chartrons a été volée sur le
comptoir. Elle contient l'application d'enregistrement des visiteurs (noms, sociétés, photos des
7 derniers jours environ) et était déverrouillée. Plainte en cours au commissariat. J'ai demandé au
support de déconnecter la session à distance.

Romain Gillet
Responsable d'exploitation Sud-Ouest
06 48 22 19 03
""",
    INC("romain.gillet@acme-corp.example", "Romain", "Gillet"))

add("fr-23-inc-cc-visible", "Sandrine Cotte <sandrine.cotte@acme-corp.example>",
    "Erreur d'envoi - adresses membres visibles",
    """Bonjour,

Je viens d'envoyer l'invitation à la soirée de Noël aux membres de Paris Opéra en mettant toutes les
adresses en « À » au lieu de « Cci ». Environ 310 destinataires voient les adresses des autres. Un
membre m'a déjà répondu à tous pour se plaindre. Que dois-je faire ?

Sandrine
Community manager
""",
    INC("sandrine.cotte@acme-corp.example", "Sandrine", "Cotte"))

add("fr-24-inc-recommande", "Damien Roussel <damien.roussel@roussel-btp.example>",
    "Courrier d'une autre société dans mon casier",
    """Bonjour,

En récupérant mon courrier ce matin à votre centre de Toulouse, j'ai trouvé dans mon casier une
lettre recommandée ouverte destinée à une autre entreprise (un jugement du tribunal de commerce,
avec les coordonnées personnelles du gérant). Je l'ai rendue à l'accueil mais je trouve ça
inquiétant : est-ce que mon courrier finit aussi chez d'autres ?

Damien Roussel
""",
    INC("damien.roussel@roussel-btp.example", "Damien", "Roussel"))

add("fr-25-fu-piece-identite", "Aurélie Santini <aurelie.santini@corsica-web.example>",
    "RE: [DSR-30971] Accusé de réception de votre demande",
    """Bonjour,

Comme demandé, vous trouverez ci-joint la copie de ma carte d'identité pour compléter ma demande.

Aurélie Santini

-----Message d'origine-----
De : privacy@acme-corp.example
Objet : [DSR-30971] Accusé de réception de votre demande
> Bonjour, nous avons bien reçu votre demande, enregistrée sous la référence DSR-30971. Afin de
> vérifier votre identité, merci de nous adresser une pièce justificative.
""",
    FU("30971", "aurelie.santini@corsica-web.example", "Aurélie", "Santini"))

add("fr-26-fu-toujours-bloque", "Thibault Garnier <thibault.garnier@outlook.example>",
    "Re: Compte suspendu automatiquement - contestation",
    """Bonjour,

Une semaine plus tard, toujours aucune réponse et mon compte est toujours bloqué. J'ai dû louer une
salle ailleurs pour mon rendez-vous de jeudi. Merci de traiter ma demande.

Thibault Garnier

Le lun. 16 nov. 2026, Thibault Garnier a écrit :
> Mon compte sur l'application de réservation a été suspendu ce matin
""",
    FU(ref("fr-07-no-show"), "thibault.garnier@outlook.example", "Thibault", "Garnier"),
    headers=irt("fr-07-no-show"))

add("fr-27-spam-amende", "Service Conformité RGPD <contact@cnil-conformite-service.example>",
    "Mise en conformité RGPD obligatoire - risque d'amende",
    """Madame, Monsieur le dirigeant,

Suite à un contrôle automatisé, votre entreprise ne semble pas à jour de ses obligations RGPD
(registre, DPO, mentions légales). Vous vous exposez à une amende pouvant aller jusqu'à 4 % du
chiffre d'affaires.

Pour régulariser votre situation et protéger les données personnelles de vos clients, retournez
le formulaire ci-joint accompagné du règlement de 490 EUR HT sous 8 jours.

Service Conformité
""",
    IGN("spam", "contact@cnil-conformite-service.example"),
    headers=SPAM_HDR)

add("fr-28-spam-boite-supprimee", "Administrateur Messagerie <admin@webmail-securite.example>",
    "Votre boîte mail sera supprimée aujourd'hui",
    """Cher utilisateur privacy@acme-corp.example,

Votre boîte aux lettres a dépassé son quota. Elle sera supprimée avec toutes vos données dans 24
heures. Pour conserver vos messages, validez votre compte ici :

https://webmail-securite.example/validation

L'équipe technique
""",
    IGN("spam", "admin@webmail-securite.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="webmail-securite.example")])

add("fr-29-absence", "Nathalie Bourdon <n.bourdon@bourdon-associes.example>",
    "Réponse automatique : Votre demande",
    """Bonjour,

Je suis absente du bureau jusqu'au 23 novembre inclus. Votre message ne sera pas transféré. En cas
d'urgence, merci de contacter le standard au 01 44 55 66 77.

Nathalie Bourdon
""",
    IGN("auto_reply", "n.bourdon@bourdon-associes.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-30-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
