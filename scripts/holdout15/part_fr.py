# Holdout set 15, French part. Written blind. Organisation: a ski resort operator
# (Acme Peaks: forfaits avec photo, portiques RFID, école de ski, abonnés saison, webcams)
# and a dating app (Sparkle: profils, matchs, messages, selfies de vérification, Premium).
from common import *

# --- demandes -------------------------------------------------------------------------

add("fr-01", "lea.moreau@courriel.example", "compte",
"""supprimez mon compte svp

Léa
Envoyé de mon iPhone
""", R(["Erasure"], "lea.moreau@courriel.example", "Léa"))

add("fr-02", "Hélène de la Tour <helene.delatour@laposte-mail.example>",
    "Demande d'exercice du droit d'accès (article 15 du RGPD)",
"""Madame, Monsieur,

Titulaire d'un forfait saison Acme Peaks (n° FS-2026-10457) depuis trois hivers, je vous
prie, en application de l'article 15 du Règlement (UE) 2016/679, de bien vouloir me confirmer
que des données à caractère personnel me concernant font l'objet d'un traitement et, dans
l'affirmative, de m'en communiquer l'intégralité, accompagnée des informations prévues au
même article (finalités, destinataires, durée de conservation, source des données).

Ma demande porte notamment sur la photographie figurant sur mon forfait, l'historique des
passages aux remontées mécaniques enregistré par vos portiques et les éventuelles images de
vidéosurveillance.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la
présente pour y répondre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène de la Tour
12, rue des Capucins – 69001 Lyon
""", R(["Access"], "helene.delatour@laposte-mail.example", "Hélène", "de la Tour"))

add("fr-03", "Kévin N'Diaye <kevin.ndiaye@mail.example>", "mes données sur Sparkle",
"""Bonjour,

Avant de quitter l'appli, j'aimerais savoir ce que vous gardez sur moi : mes conversations, le
selfie que j'ai envoyé pour le badge "profil vérifié", la liste de mes matchs, les
signalements éventuels. Envoyez-moi tout ça, et une fois que je l'aurai reçu, effacez tout
définitivement.

Merci d'avance,
Kévin N'Diaye
""", R(["Access", "Erasure"], "kevin.ndiaye@mail.example", "Kévin", "N'Diaye"))

add("fr-04", "Mathis Lefèvre <mathis.lefevre@mail.example>", "erreur sur mon forfait",
"""Bonjour,

Sur mon forfait saison mon nom est écrit "LEFEVRE" sans accent et la photo date d'il y a dix
ans (j'avais 14 ans...). Du coup le contrôleur au télésiège du Col m'a retenu dix minutes.
Pouvez-vous mettre à jour la photo (je vous en envoie une récente) et corriger l'orthographe :
Lefèvre, avec un accent grave ?

Cordialement,
Mathis Lefèvre
""", R(["Rectification"], "mathis.lefevre@mail.example", "Mathis", "Lefèvre"))

add("fr-05", "Yannick Le Gall <yannick.legall@breizhmail.example>", "newsletter",
"""bonjour arretez de m envoyer vos newsletter "bons plans neige" tous les jeudis je me suis
jamais inscrit a ca. merci
yannick
""", R(["Opposition"], "yannick.legall@breizhmail.example", "Yannick", "Le Gall"))

add("fr-06", "Gérard Bouvier <g.bouvier@free-mail.example>", "SMS PUBLICITAIRES",
"""JE NE VEUX PLUS RECEVOIR VOS SMS PUBLICITAIRES "OFFRE FLASH FORFAIT" A 7H DU MATIN !!!
ARRETEZ IMMEDIATEMENT.

GERARD BOUVIER
""", R(["Opposition"], "g.bouvier@free-mail.example", "Gérard", "Bouvier"))

add("fr-07", "Sandrine Moulin <sandrine.moulin@mail.example>", "Dossier de ma fille - école de ski",
"""Bonjour,

Ma fille Chloé Moulin-Ferrand (6 ans) est inscrite au Club Piou-Piou de votre école de ski
pour les vacances de février. En relisant la fiche d'inscription que vous m'avez renvoyée, je
constate qu'elle est notée allergique aux arachides : c'est faux, elle est allergique au
kiwi. Merci de corriger sa fiche au plus vite, c'est important pour les goûters.

Par ailleurs, pouvez-vous m'indiquer quelles informations vous conservez sur elle (fiche,
photos, évaluations des moniteurs, médailles) et m'en transmettre une copie ?

Je suis sa mère et titulaire de l'autorité parentale.

Sandrine Moulin
06 12 34 56 78
""", R(["Rectification", "Access"], "sandrine.moulin@mail.example", "Chloé", "Moulin-Ferrand",
       representative="Sandrine Moulin"))

add("fr-08", "Bruno Castagnet <bruno.castagnet@mail.example>", "webcams des pistes",
"""Bonjour,

Je fais du ski de randonnée tôt le matin et je passe devant votre webcam du Grand Plateau. Les
images sont-elles enregistrées, et si oui combien de temps les gardez-vous ? Qui y a accès ?
Sont-elles vendues ou transmises à des tiers ?

Simple curiosité, je ne demande rien d'autre.

Bruno Castagnet
""", R(["Information"], "bruno.castagnet@mail.example", "Bruno", "Castagnet"))

add("fr-09", "Inès Haddad <ines.haddad@webmail.example>", "récupérer mon profil",
"""Bonjour,

Je quitte Sparkle pour une autre application. Je voudrais récupérer mon profil, mes photos et
l'historique de mes conversations dans un fichier exploitable par une autre plateforme (pas
une capture d'écran ni un PDF), ou que vous l'envoyiez directement à leur service.

Bien à vous,
Inès Haddad
""", R(["Portability"], "ines.haddad@webmail.example", "Inès", "Haddad"))

add("fr-10", "Maëlle Kerbrat <maelle.kerbrat@mail.example>", "compte suspendu sans explication",
"""Bonjour,

Mon compte Sparkle a été suspendu hier soir, deux minutes après l'envoi de mon selfie de
vérification, avec le message "votre visage ne correspond pas à vos photos". C'est
évidemment une machine qui a décidé ça : je me suis juste coupé les cheveux.

Je demande qu'une personne réexamine mon dossier et revienne sur cette décision. Je peux
envoyer une photo de ma carte d'identité si besoin.

Maëlle Kerbrat
""", R(["AutomatedDecision"], "maelle.kerbrat@mail.example", "Maëlle", "Kerbrat"))

add("fr-11", "Sébastien Gagnon <seb.gagnon@courriel-qc.example>", "Signalement injustifié",
"""Bonjour,

Un utilisateur m'a signalé pour « faux profil » et votre équipe m'a écrit qu'une enquête était
en cours. Je conteste ce signalement, mon profil est bien réel.

En attendant la fin de votre vérification, je vous demande de limiter le traitement de mon
profil : ne le supprimez pas, ne l'utilisez pas pour quoi que ce soit, gelez-le simplement tel
quel jusqu'à ce que vous ayez tranché.

Merci,
Sébastien Gagnon
Montréal
""", R(["Restriction"], "seb.gagnon@courriel-qc.example", "Sébastien", "Gagnon"))

add("fr-12", "Anne-Sophie Perrin <as.perrin@mail.example>", "Prélèvement abusif – j'en ai assez",
"""Bonjour,

Je vous écris pour la quatrième fois. J'ai résilié mon abonnement Sparkle Premium le
2 octobre, j'ai même reçu un mail de confirmation. Le 1er novembre, vous m'avez quand même
prélevé 89,99 € pour un an. Votre chat "assistance" est un robot qui me renvoie vers la FAQ,
le numéro de téléphone n'existe plus, et la seule réponse humaine que j'ai eue me dit que
"la résiliation n'a pas été prise en compte côté paiement". Ma banque me dit de voir avec vous.

Je veux être remboursée. Et puisque vous avez manifestement gardé ma carte bancaire alors que
j'ai résilié, je veux que vous supprimiez mes coordonnées bancaires de vos fichiers, tout de
suite. Je ne vous demande pas de supprimer mon compte, je garde la version gratuite, mais plus
aucun moyen de paiement enregistré.

Si je n'ai pas de réponse sous huit jours, je saisis la CNIL et la DGCCRF.

Anne-Sophie Perrin
""", R(["Erasure"], "as.perrin@mail.example", "Anne-Sophie", "Perrin"),
    encode="cp1252", ct=CP1252)

add("fr-13", "Camille Rousseau <camille.rousseau@mail.example>", "Offres ciblées",
html("Bonjour,",
     "Je constate que vos offres promotionnelles sont manifestement calculées à partir de mes "
     "passages aux remontées (&laquo; vous avez beaucoup skié sur le secteur Nord, profitez de... &raquo;).",
     "Je m'oppose à l'utilisation de mes données de passage pour m'adresser des offres "
     "personnalisées.",
     "Cordialement,<br>Camille Rousseau"),
R(["Opposition"], "camille.rousseau@mail.example", "Camille", "Rousseau"), ct=HTML)

add("fr-14", "François Bénard <francois.benard@mail.example>", "vidéo webcam snowpark",
"""Bonjour,

Le 28 décembre je suis passé sur le big air du snowpark et la webcam m'a filmé. La vidéo est
archivée sur votre site dans la rubrique "Meilleurs moments" et on voit très bien mon visage
(je n'avais pas de masque). Je n'ai jamais donné mon accord.

Je vous demande de retirer cette vidéo de votre site et d'effacer l'enregistrement.

Cordialement,
François Bénard
""", R(["Erasure"], "francois.benard@mail.example", "François", "Bénard"),
    encode="latin-1-qp", ct=LATIN1)

add("fr-15", "Julie Lambert <julie.lambert@acme-corp.example>", "TR: demande client",
"""Bonjour l'équipe RGPD,

Je vous transfère le message d'un client reçu à la caisse centrale, je pense que c'est pour
vous.

Bonne journée,
Julie Lambert
Responsable caisses – Acme Peaks

-------- Message transféré --------
De : Thierry Vandenbroucke <thierry.vdb@skynet-mail.example>
Date : sam. 14 nov. 2026 à 17:40
Objet : mes données
À : caisses@acme-corp.example

Bonjour,

Pourriez-vous me faire parvenir les données que vous avez à mon sujet, y compris les photos
prises aux caisses pour mes forfaits ? Septante-deux ans et toujours sur les pistes, mais je
veux savoir ce qu'on garde sur moi.

Thierry Vandenbroucke
Namur
""", R(["Access"], "thierry.vdb@skynet-mail.example", "Thierry", "Vandenbroucke"))

add("fr-16", "Nicolas Girard <nicolas.girard@acme-corp.example>", "TR: Supprimer mon profil", "",
    R(["Erasure"], "oceane.baptiste@mail.example", "Océane", "Baptiste"),
    note="""Bonjour,

Demande reçue au support Sparkle, voir le message en pièce jointe. ID utilisateur 5582013.
Je vous laisse gérer.

Nicolas Girard
Support client Sparkle
""",
    attached=("Océane Baptiste <oceane.baptiste@mail.example>", "Supprimer mon profil",
"""Bonjour,

Je souhaite que vous désactiviez et effaciez mon profil Sparkle ainsi que toutes mes photos et
mes messages. Merci de me confirmer par mail quand ce sera fait.

Océane Baptiste
"""))

add("fr-19", "Me Claire Dumont-Saint-Jean <c.dumont@avocats-dsj.example>",
    "M. Loïc Guérin c/ Sparkle – exclusion de l'application",
"""Madame, Monsieur,

J'interviens en qualité de conseil de M. Loïc Guérin, dont le compte Sparkle a été clôturé le
3 novembre 2026 au motif d'un « comportement inapproprié détecté ». Il ressort des échanges
de mon client avec votre service client que cette exclusion a été décidée par un système
automatisé d'analyse des messages, sans aucune intervention humaine.

Au nom de mon client, et sur le fondement de l'article 22 du RGPD, je vous demande d'obtenir
une intervention humaine et le réexamen de cette décision. Je vous demande également, sur le
fondement de l'article 15, la communication de l'ensemble des données personnelles le
concernant, y compris les messages et signalements ayant conduit à l'exclusion.

Vous trouverez ci-joint le pouvoir signé de M. Guérin.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Dumont-Saint-Jean
Avocate au Barreau de Grenoble
04 76 00 00 00

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""", R(["AutomatedDecision", "Access"], "c.dumont@avocats-dsj.example", "Loïc", "Guérin",
       representative="Claire Dumont-Saint-Jean"))

add("fr-20", "Isabelle Aubert <isabelle.aubert@mail.example>", "profil de mon père décédé",
"""Bonjour,

Mon père, Jean-Pierre Aubert, est décédé le 9 octobre. Nous avons découvert que son profil sur
votre application de rencontre est toujours visible et que des personnes continuent de lui
écrire. C'est très pénible pour la famille.

En tant que fille et héritière, je vous demande de supprimer son compte et ses données. Je
peux vous fournir l'acte de décès et un justificatif de filiation.

Isabelle Aubert
""", R(["Erasure"], "isabelle.aubert@mail.example", "Jean-Pierre", "Aubert",
       representative="Isabelle Aubert"))

add("fr-21", "Famille Mercier <famille.mercier@maison-mail.example>", "changement d'adresse",
"""Bonjour,

Pourriez-vous mettre à jour mon adresse sur mon compte abonné saison : nous avons déménagé au
4, chemin des Mélèzes, 73700 Bourg-Saint-Maurice. Et ma date de naissance est fausse, c'est le
17/03/1984 et pas le 17/08/1984.

Merci
Pauline Mercier
""", R(["Rectification"], "pauline.mercier@pro-mail.example", "Pauline", "Mercier"),
    headers=["Reply-To: Pauline Mercier <pauline.mercier@pro-mail.example>"])

add("fr-22", "Thérèse Mbala <therese.mbala@mail.example>", "Mes directives pour après mon décès",
"""Madame, Monsieur,

Conformément à l'article 85 de la loi Informatique et Libertés, je souhaite vous transmettre
mes directives particulières concernant le sort de mes données après mon décès.

À ma mort, je souhaite que mon compte client Acme Peaks et mon abonnement saison soient
clôturés, que mes photos soient effacées et que mon fils, M. Arnaud Mbala, en soit informé.
Merci de me confirmer l'enregistrement de ces directives et de m'indiquer s'il existe un
formulaire à remplir.

Thérèse Mbala
""", R(["AdvanceDirectives"], "therese.mbala@mail.example", "Thérèse", "Mbala"))

add("fr-23", "Zoé Dubois <zoe.dubois@mail.example>", "question confidentialité",
"""Coucou,

Deux petites questions : est-ce que vos modérateurs lisent nos conversations ? Et combien de
temps vous gardez les selfies de vérification après validation du profil ?

Je ne veux pas supprimer mon compte hein, l'appli me plaît, je veux juste comprendre.

Zoé
""", R(["Information"], "zoe.dubois@mail.example", "Zoé", "Dubois"))

add("fr-24", "Rachid Benali <rachid.benali@mail.example>", "démarchage téléphonique",
"""Bonjour,

Vos commerciaux m'appellent pour la troisième fois ce mois-ci pour me proposer un forfait
"Famille". Je n'ai plus d'enfants en âge de skier. Je ne veux plus être appelé et je vous
demande d'effacer mon numéro de téléphone de tous vos fichiers.

Rachid Benali
""", R(["Opposition", "Erasure"], "rachid.benali@mail.example", "Rachid", "Benali"))

add("fr-25", "Lucas Martin <lucas.martin@mail.example>", "forfait perdu",
"""Bonjour, j'ai perdu mon forfait 6 jours hier sur les pistes, comment je fais pour le faire
refaire sans le repayer ? J'ai le reçu. Merci
Lucas Martin
""", R(["Unknown"], "lucas.martin@mail.example", "Lucas", "Martin"))

add("fr-26", "Eloïse Chevalier <eloise.chevalier@mail.example>", "mot de passe",
"""Bonjour,

Le lien de réinitialisation du mot de passe que vous m'envoyez ne marche pas ("lien expiré"
alors que je clique tout de suite). Je n'arrive plus à me connecter à Sparkle depuis trois
jours. Pouvez-vous m'aider ?

Eloïse Chevalier
""", R(["Unknown"], "eloise.chevalier@mail.example", "Eloïse", "Chevalier"))

add("fr-27", "Hugo Lemaire <hugo.lemaire@mail.example>", "géolocalisation",
"""Bonjour,

J'avais accepté la fonction "Matchs à proximité" qui utilise ma position. Je retire mon
consentement : je ne veux plus que ma localisation soit utilisée par l'application.

Hugo Lemaire
""", R(["Opposition"], "hugo.lemaire@mail.example", "Hugo", "Lemaire"))

add("fr-28", "fanny.r.1992@mail.example", "infos",
"""bonjour je voudrais voir toutes les infos que vous avez sur moi merci
""", R(["Access"], "fanny.r.1992@mail.example"))

add("fr-29", "Jean-François Delorme <jf.delorme@mail.example>", "mon prénom",
"""Bonjour,

Sur mon profil Sparkle mon prénom s'affiche "Jean Francois" (sans trait d'union ni cédille)
et l'appli ne me laisse pas le modifier. Merci de le corriger en "Jean-François". Au passage,
pouvez-vous m'indiquer quelles autres données vous détenez sur moi ?

Jean-François Delorme
""", R(["Rectification", "Access"], "jf.delorme@mail.example", "Jean-François", "Delorme"))

add("fr-30", "Emily Carter <emily.carter@mail.example>", "delete mon compte",
"""Bonjour,

Je suis anglaise, sorry my French is not very good. Je veux delete mon compte Sparkle et toutes
les photos, please. I don't use it anymore.

Merci beaucoup,
Emily Carter
""", R(["Erasure"], "emily.carter@mail.example", "Emily", "Carter"))

add("fr-31", "Gilles Favre <gilles.favre@bluemail.example>", "départ de la station",
"""Bonjour,

Je quitte la région pour de bon (mutation à Genève). Avant que vous fermiez mon compte client,
envoyez-moi l'historique de mes passages et de mes achats de forfaits dans un format que je
peux importer dans mon tableur. Ensuite, merci de supprimer le compte et tout ce qui va avec.

Meilleures salutations,
Gilles Favre
""", R(["Portability", "Erasure"], "gilles.favre@bluemail.example", "Gilles", "Favre"))

add("fr-32", "Nathalie Roux <nathalie.roux@mail.example>", "partenaires",
"""Bonjour,

Votre politique de confidentialité parle de "partenaires sélectionnés". Qui sont-ils et
qu'est-ce que vous leur transmettez exactement ? Par ailleurs je m'oppose à toute
transmission de mes données à des partenaires commerciaux.

Nathalie Roux
""", R(["Information", "Opposition"], "nathalie.roux@mail.example", "Nathalie", "Roux"))

add("fr-33", "Damien Lefort <damien.lefort@mail.example>", "profilage",
"""Bonjour,

Je reçois des pubs Sparkle sur Instagram qui mentionnent des choses que je n'ai écrites que
sur mon profil. Envoyez-moi l'ensemble des données que vous avez sur moi, et cessez de
m'utiliser pour du ciblage publicitaire.

D. Lefort
""", R(["Access", "Opposition"], "damien.lefort@mail.example", "Damien", "Lefort"))

add("fr-34", "Valentin Roche <valentin.roche@mail.example>", "photo slalom",
"""Bonjour,

Le photographe de la station m'a pris en photo à l'arrivée du slalom du dimanche et la photo
est en vente sur votre site avec mon nom et mon temps. Je n'en veux pas : retirez-la et
supprimez-la.

Valentin Roche
""", R(["Erasure"], "valentin.roche@mail.example", "Valentin", "Roche"))

add("fr-35", "Sébastien Tremblay <s.tremblay@courriel-qc.example>", "Mon dossier",
"""Bonjour,

J'aimerais obtenir une copie de mon dossier chez vous : mes achats de billets de remontée, les
cours de ski de mes enfants payés avec ma carte, et tout ce que vous avez noté sur moi.

Merci bien, bonne journée là,
Sébastien Tremblay
""", R(["Access"], "s.tremblay@courriel-qc.example", "Sébastien", "Tremblay"))

# --- suivis -----------------------------------------------------------------------------

add("fr-17", "Aurélie Vidal <aurelie.vidal@mail.example>", "RE: [DSR-39904] Accusé de réception de votre demande",
"""Bonjour,

Vous m'aviez promis une réponse sous un mois. Nous en sommes à cinq semaines et je n'ai
toujours rien reçu. Où en est ma demande ?

Aurélie Vidal

> Le 6 oct. 2026 à 10:02, privacy@acme-corp.example a écrit :
> Bonjour, nous avons bien reçu votre demande, enregistrée sous la référence DSR-39904.
""", FU("39904", "aurelie.vidal@mail.example", "Aurélie", "Vidal"))

add("fr-18", "Hélène de la Tour <helene.delatour@laposte-mail.example>",
    "Re: Demande d'exercice du droit d'accès (article 15 du RGPD)",
"""Madame, Monsieur,

Suite à mon courrier ci-dessous, je vous adresse en pièce jointe la copie de ma carte
d'identité, comme le demande votre formulaire en ligne.

Salutations distinguées,
Hélène de la Tour
""", FU(ref("fr-02"), "helene.delatour@laposte-mail.example", "Hélène", "de la Tour"),
    headers=irt("fr-02"))

add("fr-36", "Kenza Amrani <kenza.amrani@mail.example>", "Re: [DSR-52260] Votre copie de données",
"""Bonjour,

Merci pour le fichier, mais il manque l'historique de mes conversations et le selfie de
vérification. Pouvez-vous compléter ?

Kenza
""", FU("52260", "kenza.amrani@mail.example", "Kenza", "Amrani"))

add("fr-37", "Anne-Sophie Perrin <as.perrin@mail.example>", "Re: Prélèvement abusif – j'en ai assez",
"""Toujours aucune réponse, ni sur le remboursement ni sur la suppression de ma carte. Je
relance une dernière fois avant la CNIL.

A.-S. Perrin
""", FU(ref("fr-12"), "as.perrin@mail.example", "Anne-Sophie", "Perrin"), headers=irt("fr-12"))

# --- tâches -----------------------------------------------------------------------------

add("fr-38", "Audrey Vasseur <audrey.vasseur@acme-corp.example>", "Contrat prestataire SMS à relire",
"""Bonjour,

Nous changeons de prestataire pour l'envoi des SMS (alertes météo, ouverture des pistes, offres
flash). Le contrat de SmsFlow comprend un accord de sous-traitance et mentionne un hébergement
au Maroc. Pouvez-vous le relire avant signature, idéalement d'ici vendredi ?

Merci !
Audrey Vasseur
Responsable CRM – Acme Peaks
""", TASK("audrey.vasseur@acme-corp.example", "Audrey", "Vasseur"))

add("fr-39", "Olivier Garnier <olivier.garnier@acme-corp.example>", "Registre des traitements – webcams",
"""Bonjour,

Nous installons quatre nouvelles webcams (snowpark, front de neige, Grand Plateau, départ du
téléphérique), dont deux avec enregistrement en continu 7 jours. Il faudrait mettre à jour
le registre des traitements. Je peux vous envoyer les fiches techniques.

Olivier Garnier
DSI
""", TASK("olivier.garnier@acme-corp.example", "Olivier", "Garnier"))

add("fr-40", "Laetitia Bonnet <laetitia.bonnet@acme-corp.example>", "AIPD vérification d'âge",
"""Bonjour à tous,

L'équipe produit Sparkle veut lancer en février une vérification d'âge par estimation faciale
(le selfie est analysé par un prestataire, qui renvoie une tranche d'âge). Je suppose qu'une
analyse d'impact est nécessaire. Pouvez-vous la lancer ou me dire ce dont vous avez besoin ?

Laetitia Bonnet
Product Owner Sparkle
""", TASK("laetitia.bonnet@acme-corp.example", "Laetitia", "Bonnet"))

add("fr-41", "Pierre-Yves Chabert <py.chabert@acme-corp.example>", "questionnaire RGPD tour-opérateur",
"""Salut,

Le tour-opérateur SnowTrips nous envoie un questionnaire "sécurité et protection des données"
(42 questions) à remplir avant de renouveler le partenariat pour les cours de ski de leurs
clients. Je ne sais pas répondre à la moitié. Vous pouvez le prendre ? Date limite le 30.

PY
Pierre-Yves Chabert
Directeur de l'École de ski
""", TASK("py.chabert@acme-corp.example", "Pierre-Yves", "Chabert"))

add("fr-42", "Karima Aït-Ahmed <karima.aitahmed@acme-corp.example>", "Formation RGPD saisonniers",
"""Bonjour,

Nous accueillons 90 saisonniers aux caisses et aux remontées à partir du 1er décembre.
Pourriez-vous animer une sensibilisation RGPD d'une heure (photos des forfaits, pièces
d'identité, demandes des clients) lors de la journée d'intégration du 28 novembre ?

Karima Aït-Ahmed
Ressources humaines
""", TASK("karima.aitahmed@acme-corp.example", "Karima", "Aït-Ahmed"))

# --- incidents --------------------------------------------------------------------------

add("fr-43", "Julien Morel <julien.morel@acme-corp.example>", "vol ordinateur portable école de ski",
"""Bonjour,

On a fracturé ma voiture cette nuit sur le parking P3 et on m'a volé mon ordinateur portable
professionnel. Il contient les listes d'inscription de l'école de ski pour les vacances de
Noël (noms des enfants, âges, téléphones des parents, informations médicales). Le disque
n'est pas chiffré, je crois. J'ai porté plainte à la gendarmerie ce matin.

Julien Morel
Adjoint de direction, École de ski
""", INC("julien.morel@acme-corp.example", "Julien", "Morel"))

add("fr-44", "Manon Petit <manon.petit@acme-corp.example>", "erreur d'envoi mail abonnés",
"""Bonjour,

Ce matin j'ai envoyé le mail d'information "ouverture anticipée" aux abonnés saison en mettant
les adresses en "À" au lieu de "Cci". Environ 480 adresses sont visibles par tous les
destinataires. Plusieurs ont déjà répondu à tous. Que dois-je faire ?

Manon Petit
Service clients
""", INC("manon.petit@acme-corp.example", "Manon", "Petit"))

add("fr-45", "Christophe Lemoine <c.lemoine@mail.example>", "facture d'un autre client",
"""Bonjour,

J'ai reçu ce matin par mail une facture qui n'est pas la mienne : forfait saison au nom de
Mme Valérie Masson, avec son adresse postale, sa date de naissance et les quatre derniers
chiffres de sa carte. Je pense qu'il y a un problème dans votre système. Je supprime le mail
de mon côté.

Christophe Lemoine
""", INC("c.lemoine@mail.example", "Christophe", "Lemoine"))

add("fr-46", "Amandine Faure <amandine.faure@mail.example>", "selfie d'une autre personne",
"""Bonjour,

En ouvrant l'application ce matin, dans "Mon profil > Vérification", ce n'est pas mon selfie
qui s'affiche mais celui d'un homme que je ne connais pas, avec son prénom et sa ville. J'ai
fait une capture d'écran si vous en avez besoin. Ce n'est pas rassurant du tout.

Amandine Faure
""", INC("amandine.faure@mail.example", "Amandine", "Faure"))

add("fr-47", "Sarah Cohen <sarah.cohen@acme-corp.example>", "fichier partagé par erreur",
"""Bonjour,

Hier j'ai exporté la liste des comptes bloqués et signalés du mois (pseudos, adresses mail,
motifs de signalement) dans un Google Sheet pour préparer la revue avec le prestataire de
modération. Je viens de voir que le partage était réglé sur "tous les utilisateurs disposant
du lien" et que le lien a été posté dans un canal Slack partagé avec le prestataire. J'ai
coupé le partage il y a 5 minutes.

Sarah Cohen
Modération Sparkle
""", INC("sarah.cohen@acme-corp.example", "Sarah", "Cohen"))

# --- à ignorer -------------------------------------------------------------------------

add("fr-48", "Service Conformité RGPD <contact@mise-en-conformite-rgpd.example>",
    "DERNIER RAPPEL : mise en conformité RGPD obligatoire",
"""Madame, Monsieur le Dirigeant,

Sauf erreur de notre part, votre entreprise n'a toujours pas procédé à sa mise en conformité
RGPD. Les sanctions peuvent atteindre 20 millions d'euros. Nous effaçons pour vous les données
personnelles non conformes et vous délivrons votre attestation sous 48 h.

Retournez le formulaire ci-joint accompagné de votre règlement de 390 € HT.

Le Service Conformité
""", IGN("spam", "contact@mise-en-conformite-rgpd.example"), headers=SPAM_HDR)

add("fr-49", "Sécurité Sparkle <securite@sparkle-verification.example>",
    "Votre compte sera supprimé sous 24h",
"""Cher utilisateur,

Suite à une activité suspecte, votre compte et toutes vos données seront supprimés sous 24 h.
Pour conserver votre compte, confirmez votre identité ici :
http://sparkle-verification.example/confirmer

L'équipe Sécurité
""", IGN("spam", "securite@sparkle-verification.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="sparkle-verification.example")])

add("fr-50", "E-Réputation Express <hello@ereputation-express.example>",
    "Effacez vos traces sur les sites de rencontre",
"""Bonjour,

Votre nom apparaît sur des sites de rencontre et des annuaires ? Nos experts suppriment vos
données personnelles d'Internet en 72 h, garanti ou remboursé.

Profitez de -50 % ce mois-ci : http://ereputation-express.example/offre

Pour ne plus recevoir nos messages, répondez STOP.
""", IGN("spam", "hello@ereputation-express.example"))

add("fr-51", "Martine Lefebvre <martine.lefebvre@entreprise-mail.example>",
    "Réponse automatique : [DSR-48877] Nous avons bien reçu votre demande",
"""Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter
accueil@entreprise-mail.example.

Cordialement,
Martine Lefebvre
""", IGN("auto_reply", "martine.lefebvre@entreprise-mail.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-52", "La Lettre des Stations <lettre@lettre-des-stations.example>",
    "La Lettre des Stations n°218 – ouverture de saison, enneigement, RGPD et billetterie",
"""LA LETTRE DES STATIONS – n°218

- Ouverture de saison : 42 stations ouvertes dès le 28 novembre
- Enneigement de culture : le point sur les restrictions d'eau
- Billetterie en ligne : la CNIL publie ses recommandations sur les forfaits avec photo
- Portrait : une école de ski 100 % électrique

Lire en ligne : http://lettre-des-stations.example/218

Vous recevez cette lettre car vous êtes abonné. Se désinscrire :
http://lettre-des-stations.example/desinscription
""", IGN("bulk", "lettre@lettre-des-stations.example"),
    headers=["List-Id: La Lettre des Stations <lettre.lettre-des-stations.example>",
             "List-Unsubscribe: <http://lettre-des-stations.example/desinscription>",
             "Precedence: bulk"])

add("fr-53", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Échec de la remise du message", "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
