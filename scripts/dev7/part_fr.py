from common import *  # part fr: written blind

# ---------------------------------------------------------------- demandes
add("fr-01-acces-ancienne-etudiante", "Héloïse Marchand-Duplessis <heloise.md@courriel.example>",
    "Demande d'accès à mes données personnelles",
    """Madame, Monsieur,

Ancienne étudiante de l'université (licence de psychologie, promotion 2020, n° étudiant
20160733), je souhaite, en application de l'article 15 du RGPD, obtenir la communication de
l'ensemble des données me concernant que vous détenez : dossier de scolarité, dossier du
service de santé universitaire et données du service des anciens.

Je vous remercie de me répondre dans le délai d'un mois prévu par le règlement.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Héloïse Marchand-Duplessis
""", R(["Access"], "heloise.md@courriel.example", "Héloïse", "Marchand-Duplessis"))

add("fr-02-suppression-candidature", "kevin lefort <kev.lefort93@messagerie.example>",
    "supprimer mon dossier",
    """bonjour jai candidaté en master l'an dernier mais jai été refuser et je suis parti dans une
autre fac. je veux que vous supprimier mon dossier de candidature et mon compte sur la plateforme
merci
kevin lefort""", R(["Erasure"], "kev.lefort93@messagerie.example", "Kevin", "Lefort"))

add("fr-03-directives-post-mortem", "Anne-Sophie de Villeneuve <as.devilleneuve@courriel.example>",
    "Directives relatives à mes données après mon décès",
    """Bonjour,

Doctorante en histoire médiévale, je souhaite enregistrer des directives particulières
concernant le sort de mes données après mon décès, comme le permet l'article 85 de la loi
Informatique et Libertés. Je désigne mon frère, Thibault de Villeneuve, pour décider de la
conservation de mes travaux de recherche déposés sur vos serveurs et de la suppression de ma
messagerie universitaire.

Pouvez-vous m'indiquer la marche à suivre ?

Cordialement,
Anne-Sophie de Villeneuve
""", R(["AdvanceDirectives"], "as.devilleneuve@courriel.example", "Anne-Sophie", "de Villeneuve"))

add("fr-04-opposition-formation-continue", "Jean-Baptiste Okou <jb.okou@fournisseur.example>",
    "Arrêt des mails formation continue",
    """Bonjour,

Je reçois chaque semaine vos offres de formation continue et de diplômes universitaires
alors que je n'ai jamais rien demandé. Je m'oppose à l'utilisation de mon adresse à des fins
de prospection. Merci de me retirer de toutes vos listes.

J.-B. Okou
""", R(["Opposition"], "jb.okou@fournisseur.example", "Jean-Baptiste", "Okou"))

add("fr-05-rectification-adresse", "Maëlle Kerguélen <maelle.kerguelen@courriel.example>",
    "Changement d'adresse et de nom",
    """Bonjour,

Je me suis mariée cet été. Merci de mettre à jour mon dossier de résidente (résidence
Les Tilleuls, studio B212) : mon nom d'usage est désormais Maëlle Kerguélen-Rouzic, et mon
adresse de correspondance est le 4 rue des Goélands, 29200 Brest.

Bien à vous,
Maëlle
""", R(["Rectification"], "maelle.kerguelen@courriel.example", "Maëlle", "Kerguélen"))

add("fr-06-avocat-impayes", "Maître Cyprien Aubergier <c.aubergier@avocats-aubergier.example>",
    "Mme Nadège Fofana-Lemaire - loyers impayés - articles 15 et 21 RGPD",
    """Madame, Monsieur le Délégué à la protection des données,

J'interviens en qualité de conseil de Mme Nadège Fofana-Lemaire, ancienne locataire de votre
résidence universitaire Jean-Moulin (mandat ci-joint).

Ma cliente conteste la dette locative de 1 870 euros qui lui est réclamée et a appris que son
dossier avait été transmis à une société de recouvrement.

Je vous prie en conséquence :
- de me communiquer, sur le fondement de l'article 15 du RGPD, l'intégralité des données
  personnelles la concernant, y compris celles transmises à la société de recouvrement ;
- de prendre acte de son opposition, au titre de l'article 21, à toute nouvelle transmission
  de ses données à ce prestataire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Cyprien Aubergier
Avocat au Barreau de Lyon
Tél. 04 72 00 18 36

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""", R(["Access", "Opposition"], "c.aubergier@avocats-aubergier.example", "Nadège", "Fofana-Lemaire",
       representative="Cyprien Aubergier"))

add("fr-07-parent-mineur", "Sandrine Boulanger <sandrine.boulanger@maison.example>",
    "Données de ma fille mineure - examen en ligne",
    """Bonjour,

Ma fille Clémence Boulanger, 16 ans, suit le diplôme universitaire d'accès aux études en
ligne. Lors de l'examen du 8 novembre, le logiciel de télésurveillance l'a enregistrée
pendant deux heures.

En tant que représentante légale, je demande à recevoir une copie des enregistrements et de
toutes les données la concernant collectées à cette occasion.

Sandrine Boulanger
06 12 48 77 90
""", R(["Access"], "sandrine.boulanger@maison.example", "Clémence", "Boulanger",
       representative="Sandrine Boulanger"))

add("fr-08-portabilite-notes", "Ilyès Benhamou <ilyes.benhamou@etu-mail.example>",
    "Portabilité de mes notes",
    """Bonjour,

Je pars en échange puis en double diplôme dans une université québécoise. Est-il possible de
recevoir mes relevés de notes et mes crédits ECTS dans un format structuré et lisible par
machine (CSV, JSON…) pour pouvoir les transmettre à ma nouvelle université ?

Merci d'avance,
Ilyès Benhamou
""", R(["Portability"], "ilyes.benhamou@etu-mail.example", "Ilyès", "Benhamou"))

add("fr-09-majuscules-sms", "GHISLAINE PERRAUDIN <ghislaine.perraudin@fournisseur.example>",
    "ARRETEZ LES SMS",
    """BONJOUR JE NE SUIS PLUS ETUDIANTE DEPUIS 2015 ET JE RECOIS TOUJOURS DES SMS POUR LES JOURNEES
PORTES OUVERTES ET LE GALA DES ANCIENS. JE NE VEUX PLUS RIEN RECEVOIR. SUPPRIMEZ MON NUMERO DE
VOS LISTES.
GHISLAINE PERRAUDIN""", R(["Opposition"], "ghislaine.perraudin@fournisseur.example", "Ghislaine", "Perraudin"))

add("fr-10-html-videosurveillance", "Aurélien Nguyen-Tessier <aurelien.nt@courriel.example>",
    "Caméras dans la résidence",
    html("Bonjour,",
         "Des caméras ont été installées dans le hall et les couloirs de la résidence "
         "<i>Les Érables</i>. Pourriez-vous m'indiquer qui a accès aux images, combien de temps "
         "elles sont conservées et dans quel but elles sont utilisées ?",
         "Merci,<br>Aurélien Nguyen-Tessier<br>Résident, bâtiment C"),
    R(["Information"], "aurelien.nt@courriel.example", "Aurélien", "Nguyen-Tessier"), ct=HTML)

add("fr-11-latin1-trombinoscope", "Gaëtan Lévêque <gaetan.leveque@fournisseur.example>",
    "Ma photo sur le trombinoscope",
    """Bonjour,

Ma photo d'identité est affichée sur le trombinoscope de la promotion de L3 droit, accessible
à tous les étudiants et enseignants sur l'ENT. Je n'ai jamais donné mon accord pour ça.
Je m'oppose à cette diffusion et je demande que ma photo soit effacée du trombinoscope.

Gaëtan Lévêque
""", R(["Opposition", "Erasure"], "gaetan.leveque@fournisseur.example", "Gaëtan", "Lévêque"),
    ct=LATIN1, encode="latin-1")

add("fr-12-algorithme-logement", "Rokhaya Diallo-Mercier <rokhaya.dm@etu-mail.example>",
    "Refus de logement - décision automatique ?",
    """Bonjour,

Je vous écris parce que je suis à bout. Depuis juin j'ai fait ma demande de logement en
résidence universitaire, j'ai fourni tous les justificatifs, mon avis d'imposition, la
notification de bourse échelon 6, tout. En août, j'ai reçu un mail automatique disant que ma
demande n'était « pas prioritaire selon les critères d'attribution ». Aucun nom, aucune
explication. Mes amis avec des échelons plus bas ont eu une chambre.

J'ai appelé trois fois le service logement, on m'a répondu que « c'est le système qui
calcule le score ». Je dors chez une amie à 1h30 de la fac depuis la rentrée.

Je demande qu'une personne réexamine ma demande au lieu du logiciel, et je veux recevoir une
copie des données qui ont servi à calculer mon score.

Rokhaya Diallo-Mercier
n° de demande LOG-2026-11873
""", R(["AutomatedDecision", "Access"], "rokhaya.dm@etu-mail.example", "Rokhaya", "Diallo-Mercier"))

add("fr-13-heritier-mere", "Étienne Rabaud-Sénéchal <etienne.rabaud@courriel.example>",
    "Décès de ma mère - suppression de ses données",
    """Madame, Monsieur,

Ma mère, Josette Rabaud, est décédée le 2 septembre dernier. Elle suivait depuis trois ans
les cours de l'Université du temps libre. Nous continuons de recevoir des courriers et des
relances de cotisation à son nom.

En ma qualité d'héritier, je vous demande de clôturer son compte et de supprimer ses données.
Je tiens l'acte de décès à votre disposition.

Étienne Rabaud-Sénéchal
""", R(["Erasure"], "etienne.rabaud@courriel.example", "Josette", "Rabaud",
       representative="Étienne Rabaud-Sénéchal"))

add("fr-14-limitation-note", "Pierre-Alexandre Tchakounté <pa.tchakounte@etu-mail.example>",
    "Note erronée - limitation",
    """Bonjour,

Ma note de partiel en thermodynamique (UE PHY304) a été saisie à 4/20 alors que la copie est
notée 14/20, l'enseignant l'a reconnu. La commission pédagogique ne se réunit qu'en janvier.
D'ici là, je demande que cette note ne soit pas utilisée, notamment pour mon dossier de
candidature en master qui part le 1er décembre.

Cordialement,
Pierre-Alexandre Tchakounté
""", R(["Restriction"], "pa.tchakounte@etu-mail.example", "Pierre-Alexandre", "Tchakounté"))

add("fr-15-famille-replyto", "Famille Lagarde-Oumarou <famille.lagarde@maison.example>",
    "Demande de copie de mes données",
    """Bonjour,

Je m'appelle Inès Lagarde-Oumarou, je suis en 2e année de BUT informatique. J'utilise
l'adresse familiale mais merci de répondre sur mon adresse personnelle.
Je voudrais savoir quelles données vous avez sur moi et en avoir une copie.

Merci
Inès
""", R(["Access"], "ines.lagarde@etu-mail.example", "Inès", "Lagarde-Oumarou"),
    headers=["Reply-To: ines.lagarde@etu-mail.example"])

add("fr-16-transfert-scolarite", "Corinne Vasseur <corinne.vasseur@acme-corp.example>",
    "TR: suppression photo site web",
    """Bonjour,

Je vous transfère la demande ci-dessous reçue à la scolarité, c'est pour vous je pense.

Bonne journée,
Corinne Vasseur
Service de la scolarité - UFR Lettres

-------- Message transféré --------
De : Bastien Ollivier-Ndiaye <bastien.on@courriel.example>
Date : 12/11/2026 17:45
À : scolarite-lettres@acme-corp.example
Objet : suppression photo site web

Bonjour, une photo de moi prise à la remise des diplômes est sur la page d'accueil du site de
l'UFR avec mon nom en légende. Je veux qu'elle soit supprimée s'il vous plaît.
Bastien Ollivier-Ndiaye
""", R(["Erasure"], "corinne.vasseur@acme-corp.example", "Bastien", "Ollivier-Ndiaye"))

add("fr-17-attestation-caf", "Yasmine Haddadi <yasmine.haddadi@etu-mail.example>",
    "attestation de loyer",
    """Bonjour, j'ai besoin d'une attestation de loyer pour la CAF, à qui je dois la demander ?
Je suis à la résidence Voltaire chambre 118.
Merci
Yasmine Haddadi
""", R(["Unknown"], "yasmine.haddadi@etu-mail.example", "Yasmine", "Haddadi"))

add("fr-18-sans-ponctuation", "lucas.berthoumieux@messagerie.example",
    "question",
    """bonjour pourquoi vous avez besoin de mon numero de secu et de mon rib pour la reinscription
et a qui vous les donnez
lucas""", R(["Information"], "lucas.berthoumieux@messagerie.example", "Lucas", "Berthoumieux"))

add("fr-19-cp1252-belge", "Amélie Vandevelde <amelie.vandevelde@courriel.example>",
    "Accès et export de mes données – résidence",
    """Bonjour,

J’ai occupé un kot dans votre résidence étudiante de 2022 à 2025 et j’ai payé environ 14 000 €
de loyers. Je souhaite recevoir une copie de toutes mes données (contrat, paiements, états des
lieux, badges) et, si possible, l’historique des paiements dans un fichier Excel ou CSV que je
puisse réutiliser pour ma déclaration.

Merci d’avance,
Amélie Vandevelde
""", R(["Access", "Portability"], "amelie.vandevelde@courriel.example", "Amélie", "Vandevelde"),
    ct=CP1252, encode="cp1252")

add("fr-20-transfert-piece-jointe", "Hugues Delmas-Ferreira <hugues.delmas@acme-corp.example>",
    "Tr : télésurveillance examens",
    "", R(["Opposition"], "hugues.delmas@acme-corp.example", "Solène", "Marchetti-Baudouin"),
    attached=("Solène Marchetti-Baudouin <solene.mb@etu-mail.example>", "télésurveillance examens",
              """Madame, Monsieur,

Je refuse que mes examens à distance soient surveillés par un logiciel qui analyse mon visage
et enregistre ma chambre. Je m'oppose à ce traitement et je demande à passer mes épreuves en
présentiel.

Solène Marchetti-Baudouin
M1 Sciences de l'éducation
"""),
    note="""Bonjour,

Voir la demande d'une étudiante en pièce jointe, reçue sur la boîte du service des examens.
Je vous laisse gérer la partie RGPD.

Hugues Delmas-Ferreira
Responsable du service des examens
""")

# ---------------------------------------------------------------- tâches
add("fr-21-tache-aipd-badges", "Nathalie Grosjean <nathalie.grosjean@acme-corp.example>",
    "AIPD - contrôle d'accès biométrique résidences",
    """Bonjour,

Le service logement étudiant envisage de remplacer les badges des résidences par une
reconnaissance faciale à l'entrée des bâtiments. Avant de lancer le marché, pouvez-vous
réaliser avec nous une analyse d'impact (AIPD) ? Nous avons une réunion avec le prestataire
le 3 décembre.

Nathalie Grosjean
Directrice du logement étudiant
""", TASK("nathalie.grosjean@acme-corp.example", "Nathalie", "Grosjean"))

add("fr-22-tache-contrat-paiement", "Romain Lhuillier <romain.lhuillier@acme-corp.example>",
    "Relecture contrat sous-traitant - paiement des loyers",
    """Bonjour au service DPO,

Nous changeons de prestataire pour le paiement en ligne des loyers et des cautions. Pouvez-vous
relire l'annexe « protection des données » du contrat (clauses article 28) avant signature ?
Le document est en pièce jointe.

Merci,
Romain Lhuillier
Service financier - Pôle logement
""", TASK("romain.lhuillier@acme-corp.example", "Romain", "Lhuillier"))

add("fr-23-tache-registre", "Valérie N'Guessan <valerie.nguessan@acme-corp.example>",
    "Mise à jour du registre - enquête insertion professionnelle",
    """Bonjour,

L'observatoire de la vie étudiante lance une nouvelle enquête sur l'insertion professionnelle
des diplômés 2024, avec un prestataire externe pour les relances téléphoniques. Il faudrait
ajouter ce traitement au registre. Dites-moi quelles informations vous faut-il.

Valérie N'Guessan
Chargée d'études, OVE
""", TASK("valerie.nguessan@acme-corp.example", "Valérie", "N'Guessan"))

add("fr-24-tache-questionnaire", "Julien Caradec <julien.caradec@acme-corp.example>",
    "Questionnaire sécurité fournisseur à compléter",
    """Salut,

Le fournisseur de la nouvelle plateforme de stages nous a envoyé leur questionnaire « sécurité
et conformité RGPD » de 60 questions à remplir côté université. Est-ce que quelqu'un de votre
équipe peut le compléter avec moi cette semaine ?

Julien
DSI - Pôle applications
""", TASK("julien.caradec@acme-corp.example", "Julien", "Caradec"))

# ---------------------------------------------------------------- incidents
add("fr-25-incident-cle-usb", "Patrice Lemoine-Assani <patrice.lemoine@acme-corp.example>",
    "Perte d'une clé USB - délibérations",
    """Bonjour,

J'ai perdu hier soir, probablement dans le tram, une clé USB non chiffrée contenant le
procès-verbal des délibérations du jury de L2 (environ 240 étudiants avec noms, numéros et
notes) ainsi que deux certificats médicaux scannés.

Que dois-je faire ?

Patrice Lemoine-Assani
Maître de conférences, département de mathématiques
""", INC("patrice.lemoine@acme-corp.example", "Patrice", "Lemoine-Assani"))

add("fr-26-incident-courrier-erreur", "Odile Fauconnier <odile.fauconnier@fournisseur.example>",
    "Courrier reçu qui ne m'est pas destiné",
    """Bonjour,

J'ai reçu à mon domicile une lettre de relance de votre service logement adressée à un
étudiant que je ne connais pas, M. Karim Sebbah, avec le détail de ses impayés et son numéro
de dossier. L'enveloppe portait bien mon adresse. Je suppose qu'il y a une erreur dans vos
fichiers. Que dois-je faire de ce courrier ?

Odile Fauconnier
""", INC("odile.fauconnier@fournisseur.example", "Odile", "Fauconnier"))

add("fr-27-incident-rancongiciel", "Sébastien Quérel <sebastien.querel@acme-corp.example>",
    "Serveur du labo chiffré - rançongiciel ?",
    """Bonjour,

Ce matin tous les fichiers du serveur de notre laboratoire de sociologie ont une extension
« .lockd » et il y a un fichier README demandant une rançon. Le serveur contient les
entretiens enregistrés de l'enquête sur la précarité étudiante (noms et coordonnées de 85
participants). La DSI est prévenue, j'ai débranché le serveur du réseau.

Sébastien Quérel
Ingénieur d'études
""", INC("sebastien.querel@acme-corp.example", "Sébastien", "Quérel"))

# ---------------------------------------------------------------- relances
add("fr-28-relance-dsr", "Héloïse Marchand-Duplessis <heloise.md@courriel.example>",
    "RE: [DSR-61408] Accusé de réception de votre demande",
    """Bonjour,

Je n'ai toujours rien reçu, alors que le délai d'un mois est dépassé depuis une semaine.
Merci de me dire où en est ma demande.

Héloïse Marchand-Duplessis

> Nous accusons réception de votre demande, enregistrée sous la référence DSR-61408.
""", FU("61408", "heloise.md@courriel.example", "Héloïse", "Marchand-Duplessis"))

add("fr-29-relance-irt-logement", "Rokhaya Diallo-Mercier <rokhaya.dm@etu-mail.example>",
    "Re: Refus de logement - décision automatique ?",
    """Bonjour,

Je me permets de relancer, je n'ai eu aucune réponse à mon message sur le refus de logement.
La commission de réattribution a lieu le 30 novembre.

Rokhaya Diallo-Mercier
""", FU(ref("fr-12-algorithme-logement"), "rokhaya.dm@etu-mail.example", "Rokhaya", "Diallo-Mercier"),
    headers=irt("fr-12-algorithme-logement"))

add("fr-30-relance-piece-identite", "Grégoire Ampère-Saulnier <gregoire.as@courriel.example>",
    "Re: [DSR-58874] Justificatif d'identité",
    """Bonjour, voici ma carte d'étudiant en pièce jointe comme demandé. Cordialement, G. Ampère-Saulnier

Envoyé de mon iPhone
""", FU("58874", "gregoire.as@courriel.example", "Grégoire", "Ampère-Saulnier"))

# ---------------------------------------------------------------- ignorés
add("fr-31-spam-seo", "Mathis de Référencement <mathis@top-seo-agence.example>",
    "Votre site universitaire en 1ère page de Google",
    """Bonjour,

J'ai analysé le site acme-corp.example : 47 erreurs SEO bloquent votre visibilité. Notre
agence peut vous placer en première page en 30 jours, résultats garantis.

Un appel de 10 minutes cette semaine ?

Mathis - Top SEO Agence
Pour ne plus recevoir nos messages, répondez STOP.
""", IGN("spam", "mathis@top-seo-agence.example"))

add("fr-32-phishing-boite", "Service Messagerie <support@webmail-securite.example>",
    "Votre boîte mail sera supprimée sous 24h",
    """Cher utilisateur,

Votre boîte aux lettres a atteint sa capacité maximale. Conformément au RGPD, vos données
seront supprimées définitivement sous 24 heures si vous ne validez pas votre compte.

Validez votre compte ici : http://webmail-securite.example/valider

Service Messagerie
""", IGN("spam", "support@webmail-securite.example"),
    headers=SPAM_HDR + [AUTH(spf="fail", dkim="none", dmarc="fail", dom="webmail-securite.example")])

add("fr-33-courtiers-donnees", "Effacio <bonjour@effacio.example>",
    "Supprimez vos données personnelles de 200 courtiers en données",
    """Bonjour,

Saviez-vous que vos données personnelles sont revendues par plus de 200 courtiers en données ?
Avec Effacio, nous envoyons pour vous des demandes de suppression automatiques.

Offre de lancement : -50 % pour les établissements d'enseignement supérieur.
Découvrir l'offre : https://effacio.example/universites

Se désabonner : https://effacio.example/unsub
""", IGN("spam", "bonjour@effacio.example"))

add("fr-34-absence", "Delphine Moreau-Kassab <delphine.moreau@rectorat.example>",
    "Réponse automatique : Convention de partage de données",
    """Bonjour,

Je suis absente du bureau jusqu'au 23 novembre inclus. En cas d'urgence, merci de contacter
le secrétariat au 01 44 62 00 00.

Delphine Moreau-Kassab
""", IGN("auto_reply", "delphine.moreau@rectorat.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-35-lettre-info", "Veille RGPD Sup <lettre@veille-rgpd-sup.example>",
    "La lettre RGPD de l'enseignement supérieur - novembre 2026",
    """LA LETTRE RGPD DE L'ENSEIGNEMENT SUPÉRIEUR - n° 58

- Télésurveillance des examens : les recommandations mises à jour
- Durées de conservation des dossiers étudiants : le référentiel
- Agenda : webinaire DPO des universités le 10 décembre

Vous recevez cette lettre car vous êtes inscrit à la liste de diffusion.
Se désinscrire : https://veille-rgpd-sup.example/desinscription
""", IGN("bulk", "lettre@veille-rgpd-sup.example"),
    headers=["List-Id: <lettre.veille-rgpd-sup.example>",
             "List-Unsubscribe: <mailto:unsubscribe@veille-rgpd-sup.example>",
             "Precedence: list"])
