from common import *  # part fr: written blind

add("fr-01-ce-que-vous-avez", "Nadège Boulanger <nadege.boulanger@laposte.example>",
    "question",
"""bonjour je voudrais savoir ce que vous avez comme infos sur moi dans vos fichiers merci
Nadège Boulanger""",
    R(["Access"], "nadege.boulanger@laposte.example", "Nadège", "Boulanger"))

add("fr-02-directives-deces", "Jean-Baptiste de La Tour <jb.delatour@orange.example>",
    "Directives relatives à mes données après mon décès",
"""Madame, Monsieur,

Conformément à l'article 85 de la loi n° 78-17 du 6 janvier 1978 modifiée, je souhaite vous
communiquer mes directives particulières concernant le sort de mes données personnelles après
mon décès, et notamment de mon dossier de remboursements, de mes questionnaires de santé et de
mon dossier au centre dentaire de Bordeaux-Chartrons.

Je désigne mon fils, M. Arnaud de La Tour, pour exécuter ces directives : il pourra obtenir
communication de ces données puis en demander l'effacement. Je vous remercie de bien vouloir
m'indiquer la manière dont ces directives seront enregistrées.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Baptiste de La Tour
Adhérent n° 0047 815 22""",
    R(["AdvanceDirectives"], "jb.delatour@orange.example", "Jean-Baptiste", "de La Tour"))

add("fr-03-changement-adresse", "Hélène Lefèvre-Marchand <helene.lefevre-marchand@sfr.example>",
    "Mise à jour de mes coordonnées",
"""Bonjour,

J'ai déménagé cet été et mes relevés de prestations partent toujours à mon ancienne adresse
(12 rue des Tilleuls, Nantes). Pouvez-vous enregistrer la nouvelle :
4 impasse du Moulin, 44240 La Chapelle-sur-Erdre.
Mon numéro de portable a aussi changé : 06 71 48 22 90.

Merci d'avance,
Hélène Lefèvre-Marchand""",
    R(["Rectification"], "helene.lefevre-marchand@sfr.example", "Hélène", "Lefèvre-Marchand"))

add("fr-04-plus-de-lettres-info", "François Pétillon <f.petillon@club-internet.example>",
    "Vos lettres d'information",
"""Bonjour,

Je reçois depuis des mois votre lettre « Prévention & Bien-être » et des offres pour
l'orthodontie adulte. Cela ne m'intéresse pas : je ne veux plus rien recevoir de ce genre, ni
par courriel ni par courrier.

Cordialement,
François Pétillon""",
    R(["Opposition"], "f.petillon@club-internet.example", "François", "Pétillon"),
    ct=LATIN1, encode="latin-1")

add("fr-05-refus-en-trois-minutes", "Sébastien Moulin <seb.moulin@neuf.example>",
    "Refus de prise en charge - demande de réexamen",
"""Madame, Monsieur,

J'ai déposé le 2 novembre une demande de prise en charge pour des lunettes progressives. Le
refus est arrivé trois minutes après, avec la mention « non conforme aux critères ». Il est
évident qu'aucune personne n'a examiné mon dossier.

Je vous demande qu'un gestionnaire en chair et en os réétudie ma demande, et que l'on m'explique
sur quels critères ce refus a été décidé. Je souhaite pouvoir présenter mes observations.

Sébastien Moulin
Contrat 5521-AX""",
    R(["AutomatedDecision"], "seb.moulin@neuf.example", "Sébastien", "Moulin"))

add("fr-06-quitter-appli", "Maëlle Quéméner <maelle.quemener@bzh.example>",
    "Application bien-être : récupération puis suppression",
"""Bonjour,

J'arrête d'utiliser votre appli bien-être. Avant que tout disparaisse, j'aimerais récupérer mon
historique de sommeil et de pas dans un fichier que je peux réimporter dans une autre appli
(CSV ou autre format standard). Une fois que je l'ai, merci d'effacer mon compte et tout ce qui
va avec.

Bonne journée,
Maëlle""",
    R(["Portability", "Erasure"], "maelle.quemener@bzh.example", "Maëlle", "Quéméner"))

add("fr-07-avocate-client", "Me Sophie Delaunay-Vidal <s.delaunay-vidal@avocats-dv.example>",
    "M. Thierry Ngoma - demande de communication (art. 15 RGPD)",
"""Madame, Monsieur le Délégué à la protection des données,

J'interviens en qualité de conseil de M. Thierry Ngoma, demeurant 8 avenue Jean Jaurès, 69007
Lyon, adhérent sous le n° 2210-458, dont vous trouverez le mandat ci-joint.

Sur le fondement de l'article 15 du Règlement (UE) 2016/679, mon client sollicite la
communication de l'intégralité des données le concernant, y compris les questionnaires
médicaux d'adhésion, l'avis de votre médecin-conseil et les échanges internes relatifs au
refus de sa garantie incapacité.

Je vous remercie d'adresser votre réponse à mon cabinet.

Me Sophie Delaunay-Vidal
Avocate au Barreau de Lyon
04 72 00 00 18""",
    R(["Access"], "s.delaunay-vidal@avocats-dv.example", "Thierry", "Ngoma", representative="Sophie Delaunay-Vidal"))

add("fr-08-partenaires-profilage", "Loïc Le Goff <loic.legoff@armor.example>",
    "Partage avec vos partenaires",
    html("Bonjour,",
         "En lisant vos conditions, je découvre que mes données d'activité peuvent servir à des "
         "<i>offres personnalisées</i> de vos partenaires et à établir un « profil santé ».",
         "Je m'y oppose formellement : aucun profilage, aucune transmission à des partenaires commerciaux.",
         "Loïc Le Goff"),
    R(["Opposition"], "loic.legoff@armor.example", "Loïc", "Le Goff"), ct=HTML)

add("fr-09-tutrice-frere", "Brigitte Garnier <brigitte.garnier@wanadoo.example>",
    "Changement d'adresse pour mon frère (majeur protégé)",
"""Bonjour,

Je suis la tutrice de mon frère, M. Olivier Garnier (jugement du tribunal de Tours du
14/03/2024, copie jointe). Il vit désormais à la résidence Les Glycines, 3 rue Pasteur, 37000
Tours, mais vos courriers arrivent encore chez ma mère. Sa date de naissance est aussi erronée
sur ses attestations (07/04/1971 au lieu du 17/04/1971).

Merci de corriger ces informations.

Brigitte Garnier""",
    R(["Rectification"], "brigitte.garnier@wanadoo.example", "Olivier", "Garnier", representative="Brigitte Garnier"))

add("fr-10-geler-questionnaire", "Yannick Diallo <yannick.diallo@free.example>",
    "Questionnaire de santé contesté",
"""Bonjour,

Votre courrier de renouvellement mentionne une « pathologie cardiaque déclarée ». Je n'ai
jamais déclaré cela, je pense qu'il y a eu confusion avec un homonyme. Le temps que vous
vérifiiez, je demande que cette information ne soit plus utilisée, ni pour ma cotisation ni
pour autre chose. Je ne demande pas pour l'instant qu'elle soit supprimée, je veux d'abord
savoir d'où elle vient.

Yannick Diallo""",
    R(["Restriction"], "yannick.diallo@free.example", "Yannick", "Diallo"))

add("fr-11-transfert-hors-ue", "Camille Rousseau <camille.rousseau@acme-corp.example>",
    "TR: Hébergement de mes données",
"""Bonjour l'équipe DPO,

Un adhérent a écrit au service client, je vous transfère, c'est plutôt pour vous.

Belle journée,
Camille Rousseau
Conseillère relation adhérents

-------- Message transféré --------
De : Gérard Lemaire <gerard.lemaire@wanadoo.example>
Date : 12/11/2026 18:02
À : service.client@acme-corp.example
Objet : Hébergement de mes données

Bonjour, à qui transmettez-vous mes informations de santé ? Et est-ce qu'elles sont stockées
aux États-Unis, comme on le lit partout pour les applis ? Merci de m'éclairer.
G. Lemaire""",
    R(["Information"], "gerard.lemaire@wanadoo.example", "Gérard", "Lemaire"))

add("fr-12-fautes-effacer-appels", "kevin duchemin <kevin.duchemin59@hotmail.example>",
    "arretez",
"""bonjour je veu que vous efface tout mes donnée chez vous je suis plus adherent depuis 2024
et aretez de m apelez pour vos offre mutuelle sa fait 3 fois ce mois ci
kevin""",
    R(["Erasure", "Opposition"], "kevin.duchemin59@hotmail.example", "Kevin", "Duchemin"))

add("fr-13-remboursement-couronne", "Josiane Martineau <josiane.martineau@orange.example>",
    "Remboursement couronne",
"""Bonjour,

Je n'ai toujours pas été remboursée de ma couronne posée au centre dentaire de Niort le 25
septembre (reste à charge 310 €). Pouvez-vous me dire où en est le dossier ?

Josiane Martineau""",
    R(["Unknown"], "josiane.martineau@orange.example", "Josiane", "Martineau"))

add("fr-14-colere-dentiste", "Raphaël Benhamou <raphael.benhamou@gmail-fr.example>",
    "Réclamation centre dentaire Montpellier",
"""Madame, Monsieur,

Je vous écris parce que je n'en peux plus. Depuis mars je fais des allers-retours au centre
dentaire de Montpellier pour un bridge qui n'a jamais tenu. Trois rendez-vous annulés la
veille, un praticien différent à chaque fois, et la dernière fois on m'a facturé une
radiographie panoramique que je n'ai jamais passée. À l'accueil on m'a répondu que « c'est le
logiciel ».

J'ai décidé de me faire soigner ailleurs. Ma nouvelle dentiste a besoin de tout l'historique :
je vous demande donc de me faire parvenir mon dossier dentaire complet, radios comprises, ainsi
que les notes des praticiens. Je ne vous demande pas de supprimer quoi que ce soit, au
contraire, j'en ai besoin.

Je réserve par ailleurs la question de la facturation, que je traiterai avec le service
réclamations.

Raphaël Benhamou
06 12 34 56 78""",
    R(["Access"], "raphael.benhamou@gmail-fr.example", "Raphaël", "Benhamou"))

add("fr-15-famille-orthographe", "Famille Moreau <famille.moreau@free.example>",
    "Mon prénom mal orthographié",
"""Bonjour,

Sur ma carte de tiers payant et dans l'appli, mon prénom est écrit « Ines » sans accent et mon
nom « Moreaux ». C'est Inès Moreau. La pharmacie a refusé la carte la semaine dernière à cause
de ça. Merci de rectifier et de me répondre sur mon adresse perso (pas celle de la famille).

Inès Moreau""",
    R(["Rectification"], "ines.moreau@etu-univ.example", "Inès", "Moreau"),
    headers=["Reply-To: ines.moreau@etu-univ.example"])

add("fr-16-piece-jointe-consentement-employeur", "Thomas Girard <thomas.girard@acme-corp.example>",
    "TR: retrait consentement programme entreprise", "",
    R(["Opposition"], "as.lambert@orange.example", "Anne-Sophie", "Lambert-Nguyen"),
    note="Bonjour, je vous transfère le mail d'une adhérente reçu sur la boîte contrats collectifs. Thomas",
    attached=("Anne-Sophie Lambert-Nguyen <as.lambert@orange.example>", "Programme santé entreprise",
"""Bonjour,

Dans le cadre du contrat collectif de mon employeur j'avais accepté que mes statistiques
d'activité de l'appli soient partagées (de façon « agrégée ») avec les RH pour le challenge
sportif. Je retire mon accord à compter d'aujourd'hui : plus aucune donnée me concernant ne doit
partir vers mon employeur.

Anne-Sophie Lambert-Nguyen"""))

add("fr-17-majuscules-source", "MARCEL TESSIER <marcel.tessier@laposte.example>",
    "D'OU VIENT MON NUMERO",
"""BONJOUR
JE NE SUIS PAS CHEZ VOUS ET VOUS M'APPELEZ POUR UNE MUTUELLE SENIOR. JE VEUX SAVOIR QUI VOUS A
DONNE MON NUMERO DE TELEPHONE ET MON AGE. ET JE NE VEUX PLUS ETRE DEMARCHE, C'EST CLAIR ?
MARCEL TESSIER""",
    R(["Information", "Opposition"], "marcel.tessier@laposte.example", "Marcel", "Tessier"))

add("fr-18-ensemble-format-reutilisable", "Cœur de Lion Amélie <amelie.coeurdelion@numericable.example>",
    "Demande concernant mes données – adhérente depuis 2011",
"""Bonjour,

Je souhaiterais obtenir l’ensemble des informations que vous conservez sur moi depuis mon
adhésion en 2011 (remboursements, échanges avec le service client, questionnaire d’adhésion…),
et, pour les remboursements, les recevoir dans un format informatique réutilisable, type
tableur, afin de les transmettre à ma nouvelle complémentaire.

Bien à vous,
Amélie Cœur de Lion""",
    R(["Access", "Portability"], "amelie.coeurdelion@numericable.example", "Amélie", "Cœur de Lion"),
    ct=CP1252, encode="cp1252")

add("fr-19-task-aipd-scoring", "Julien Marchetti <julien.marchetti@acme-corp.example>",
    "AIPD - nouvel outil de contrôle automatique des remboursements",
"""Bonjour,

La direction des opérations souhaite déployer au T1 un outil de détection d'anomalies sur les
demandes de remboursement (scoring automatique, mise en attente des dossiers suspects). Pouvez-
vous nous accompagner sur l'analyse d'impact ? Je peux vous envoyer le dossier d'architecture
et la fiche fournisseur dès cette semaine.

Cordialement,

Julien Marchetti
Responsable Innovation & Data
Acme Corp Mutuelle – 01 86 95 00 42
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs
destinataires.""",
    TASK("julien.marchetti@acme-corp.example", "Julien", "Marchetti"))

add("fr-20-task-contrat-teleconsultation", "Élodie Chambon <elodie.chambon@acme-corp.example>",
    "Relecture contrat sous-traitant téléconsultation",
"""Bonjour,

Pourriez-vous relire l'annexe « protection des données » du contrat avec MédiVisio (service de
téléconsultation inclus dans nos garanties 2027) ? Ils sont hébergeurs certifiés HDS mais ont un
sous-traitant au Maroc pour le support. Signature prévue le 10/12.

Merci !
Élodie Chambon – Direction juridique""",
    TASK("elodie.chambon@acme-corp.example", "Élodie", "Chambon"))

add("fr-21-task-formation-assistantes", "Karim Bouaziz <karim.bouaziz@acme-corp.example>",
    "formation RGPD assistantes dentaires",
"""Salut,

On accueille 14 nouvelles assistantes dentaires dans les centres du Sud-Ouest en janvier.
Est-ce que vous pourriez animer (ou nous fournir) une session de sensibilisation RGPD d'une
heure, surtout sur le secret médical et l'accueil téléphonique ?

Karim Bouaziz
RRH Réseau dentaire""",
    TASK("karim.bouaziz@acme-corp.example", "Karim", "Bouaziz"))

add("fr-22-inc-decompte-mauvais-adherent", "Valérie Fontaine <valerie.fontaine@acme-corp.example>",
    "Envoi d'un décompte au mauvais adhérent",
"""Bonjour,

Ce matin j'ai envoyé par mail un décompte de remboursements (avec actes d'un psychiatre) à
M. Martin Lefort au lieu de M. Martin Lefèvre : erreur de sélection dans l'annuaire. M. Lefort
m'a rappelée pour me le signaler et dit l'avoir supprimé. Que dois-je faire de plus ?

Valérie Fontaine
Gestionnaire prestations – plateau de Rennes""",
    INC("valerie.fontaine@acme-corp.example", "Valérie", "Fontaine"))

add("fr-23-inc-externe-appli", "Stéphane Roux <stephane.roux@bbox.example>",
    "Je vois les données de quelqu'un d'autre dans l'appli",
"""Bonjour,

En me connectant à l'application ce soir, l'écran « mes remboursements » affichait ceux d'une
certaine Mme Chantal Perrin : dates de consultations, montants, noms des médecins. Après
déconnexion/reconnexion j'ai retrouvé mon compte. Capture d'écran disponible si besoin. Ça me
semble grave.

Stéphane Roux""",
    INC("stephane.roux@bbox.example", "Stéphane", "Roux"))

add("fr-24-inc-cle-usb-radios", "Dr Nathalie Ferrand <nathalie.ferrand@acme-corp.example>",
    "Perte clé USB - centre dentaire Lyon Part-Dieu",
"""Bonjour,

Une clé USB contenant des radiographies panoramiques et les fiches de 30 à 40 patients a
disparu du cabinet 3 depuis vendredi. Elle servait à transférer les images vers le
prothésiste. Elle n'était pas chiffrée. Nous avons fouillé partout.

Dr Nathalie Ferrand
Chirurgien-dentiste, responsable du centre Lyon Part-Dieu
04 78 00 11 22""",
    INC("nathalie.ferrand@acme-corp.example", "Nathalie", "Ferrand"))

add("fr-25-fu-relance-dsr", "Mireille Castagnet <mireille.castagnet@orange.example>",
    "RE: [DSR-30571] Accusé de réception de votre demande",
"""Bonjour,

Je n'ai toujours rien reçu malgré votre accusé de réception du mois dernier. Pouvez-vous me dire
où en est ma demande ?

Mireille Castagnet

> Madame,
> Nous accusons réception de votre demande, enregistrée sous la référence DSR-30571.
> Le service Protection des données""",
    FU("30571", "mireille.castagnet@orange.example", "Mireille", "Castagnet"))

add("fr-26-fu-relance-dossier-dentaire", "Raphaël Benhamou <raphael.benhamou@gmail-fr.example>",
    "Re: Réclamation centre dentaire Montpellier",
"""Bonjour,

Je me permets de revenir vers vous : ma nouvelle dentiste me relance, avez-vous pu avancer sur
l'envoi de mon dossier ? Mon rendez-vous est le 2 décembre.

R. Benhamou""",
    FU(ref("fr-14-colere-dentiste"), "raphael.benhamou@gmail-fr.example", "Raphaël", "Benhamou"),
    headers=irt("fr-14-colere-dentiste"))

add("fr-27-spam-amende-rgpd", "Service Conformité <conformite@rgpd-officiel-france.example>",
    "URGENT : mise en conformité RGPD obligatoire - risque d'amende",
"""Madame, Monsieur,

Votre entreprise n'a pas encore transmis son attestation de conformité RGPD. Sans régularisation
sous 72 heures, une amende pouvant atteindre 20 000 € pourra être appliquée.

Régularisez dès maintenant pour 349 € HT : registre, suppression des données obsolètes et
certificat inclus.

Cliquez ici pour régulariser.""",
    IGN("spam", "conformite@rgpd-officiel-france.example"), headers=SPAM_HDR)

add("fr-28-spam-heritage", "Me Kouassi Aboubakar <cabinet.kouassi@notaires-abidjan.example>",
    "Succession de feu M. Jean-Pierre Acme",
"""Cher(e) ami(e),

Je suis le notaire de feu M. Jean-Pierre Acme, décédé sans héritier, dont la succession s'élève
à 8 500 000 EUR. Vos coordonnées correspondant à son nom, je vous propose de vous présenter
comme bénéficiaire. Pour la protection de vos données personnelles, merci de m'écrire
uniquement sur mon adresse privée avec une copie de votre pièce d'identité.

Me Kouassi""",
    IGN("spam", "cabinet.kouassi@notaires-abidjan.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="notaires-abidjan.example")])

add("fr-29-lettre-dpo", "La Lettre du DPO <newsletter@lettre-dpo.example>",
    "La Lettre du DPO n°212 - sanctions, cookies et santé",
"""La Lettre du DPO - n°212 - novembre 2026

Au sommaire :
- Données de santé : les nouvelles recommandations sur les applis de bien-être
- Sanction record contre un courtier en assurance
- Cookies : où en est-on ?

Vous recevez cette lettre car vous êtes inscrit sur lettre-dpo.example.
Se désinscrire : https://lettre-dpo.example/desinscription""",
    IGN("bulk", "newsletter@lettre-dpo.example"),
    headers=["List-Id: La Lettre du DPO <lettre.lettre-dpo.example>",
             "List-Unsubscribe: <https://lettre-dpo.example/desinscription>",
             "Precedence: bulk"])

add("fr-30-reponse-automatique", "Pascale Verdier <pascale.verdier@cabinet-verdier.example>",
    "Réponse automatique : Votre demande",
"""Bonjour,

Je suis absente du cabinet jusqu'au 30 novembre inclus. Votre message ne sera pas transféré.
En cas d'urgence, merci de contacter le secrétariat au 05 56 00 00 00.

Pascale Verdier""",
    IGN("auto_reply", "pascale.verdier@cabinet-verdier.example"),
    headers=["Auto-Submitted: auto-replied"])
