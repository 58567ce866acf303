# Holdout set 14, French part. Written blind: pompes funèbres (contrats obsèques, espaces de
# condoléances en ligne, retransmission des obsèques) et fabricant de montres connectées /
# bracelets d'activité avec application (fréquence cardiaque, sommeil, sorties GPS).
from common import *

# ---------------------------------------------------------------- demandes

add("fr-01", "zozo.du.69@courriel.example", "compte",
    "supprimez mon compte svp\n",
    R(["Erasure"], "zozo.du.69@courriel.example"))

add("fr-02", "Jean-Baptiste de La Tour <jb.delatour@orange-mail.example>",
    "Demande d'accès - article 15 du RGPD", """\
Madame, Monsieur,

Utilisateur de votre montre connectée Pulse 3 depuis mars 2024, je vous prie, en application
de l'article 15 du Règlement général sur la protection des données, de bien vouloir me
communiquer l'ensemble des données à caractère personnel me concernant que vous détenez :
données de fréquence cardiaque, de sommeil, traces GPS, historique de service client, ainsi que
les informations prévues aux points a) à h) de cet article.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la
présente pour y répondre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Baptiste de La Tour
""", R(["Access"], "jb.delatour@orange-mail.example", "Jean-Baptiste", "de La Tour"))

add("fr-03", "Marie-Hélène Lacroix <mh.lacroix@laposte-mail.example>", "Changement de nom - contrat obsèques", """\
Bonjour,

Suite à mon divorce, j'ai repris mon nom de jeune fille. Mon contrat obsèques (n° CO-2019-44817)
est toujours établi au nom de Marie-Hélène Dubois. Pourriez-vous le modifier au nom de
Marie-Hélène Lacroix et corriger également mon adresse : 12 rue des Tanneurs, 67000 Strasbourg ?

Je peux vous faire parvenir une copie du jugement si nécessaire.

Cordialement,
Marie-Hélène Lacroix
""", R(["Rectification"], "mh.lacroix@laposte-mail.example", "Marie-Hélène", "Lacroix"),
    ct=LATIN1, encode="latin-1")

add("fr-04", "Gérard Pons <gerard.pons@wanadoo-mail.example>", "ARRÊTEZ VOS APPELS", """\
CELA FAIT QUATRE FOIS CE MOIS-CI QUE VOUS M'APPELEZ À L'HEURE DU DÉJEUNER POUR ME VENDRE UN
CONTRAT OBSÈQUES. J'AI 71 ANS, PAS L'INTENTION DE MOURIR, ET ENCORE MOINS DE VOUS ACHETER
QUOI QUE CE SOIT.

JE NE VEUX PLUS AUCUN APPEL, AUCUN COURRIER, AUCUN MAIL DE VOTRE PART. RAYEZ MON NUMÉRO DE VOS
FICHIERS DE PROSPECTION.

GÉRARD PONS
""", R(["Opposition"], "gerard.pons@wanadoo-mail.example", "Gérard", "Pons"))

add("fr-05", "Odette Ravel <odette.ravel@courriel.example>", "Mes directives pour après mon décès", """\
Madame, Monsieur,

Titulaire d'un contrat obsèques chez vous depuis 2020, je souhaite, conformément à l'article 85
de la loi Informatique et Libertés, vous faire part de mes directives particulières concernant
le sort de mes données personnelles après mon décès.

Je souhaite que l'espace de condoléances ouvert à mon nom soit fermé et ses messages effacés un
an après mes obsèques, et que mon fils, Bertrand Ravel, soit la personne chargée de faire
exécuter ces directives. Il pourra recevoir une copie des messages de condoléances s'il le
demande.

Merci de m'indiquer comment ces directives seront enregistrées.

Odette Ravel
""", R(["AdvanceDirectives"], "odette.ravel@courriel.example", "Odette", "Ravel"))

add("fr-06", "Claire Berthier <claire.berthier@mail.example>", "Compte de ma mère décédée", """\
Bonjour,

Ma mère, Simone Berthier, est décédée le 14 septembre. Elle portait votre bracelet d'activité
et son compte sur l'application est toujours actif : il continue d'envoyer chaque lundi un
« bilan de la semaine » sur sa boîte mail, que je consulte pour la succession.

En qualité d'héritière, je vous demande de clôturer son compte et de supprimer les données qui
y sont associées. Je tiens à votre disposition l'acte de décès et l'acte de notoriété.

Merci d'avance,
Claire Berthier
""", R(["Erasure"], "claire.berthier@mail.example", "Simone", "Berthier", representative="Claire Berthier"))

add("fr-07", "Kévin N'Diaye <kevin.ndiaye@courriel.example>", "récupérer mes sorties", """\
Salut,

Je passe sur une autre marque de montre et j'aimerais récupérer toutes mes sorties (environ 600
courses et sorties vélo) avec les traces GPS et la fréquence cardiaque, en GPX ou en FIT, pour
les importer sur ma nouvelle appli. L'export dans l'appli ne prend que les 30 derniers jours.

Vous pouvez me les envoyer en fichier ?

Merci, Kévin
""", R(["Portability"], "kevin.ndiaye@courriel.example", "Kévin", "N'Diaye"))

add("fr-08", "Aïcha Benali <aicha.benali@boite.example>", "Hébergement de mes données de santé", """\
Bonjour,

Avant d'activer le suivi de l'électrocardiogramme sur ma montre, j'aurais quelques questions :

- où sont hébergées mes données de santé, et chez quel prestataire ?
- sont-elles transférées en dehors de l'Union européenne ?
- combien de temps les conservez-vous si je supprime l'application ?
- sont-elles transmises à des mutuelles ou à des assureurs ?

Merci pour vos réponses.
Aïcha Benali
""", R(["Information"], "aicha.benali@boite.example", "Aïcha", "Benali"))

add("fr-09", "Théo Marchand <theo.marchand@mail.example>", "Compte suspendu par votre algorithme", """\
Bonjour,

Mon compte a été suspendu hier soir avec le message « activité frauduleuse détectée
automatiquement » juste après mon semi-marathon de Lille, et j'ai perdu mes points du programme
de récompenses ainsi que mon classement dans le challenge de novembre. J'ai simplement couru
vite, pour une fois !

Je conteste cette décision et je demande qu'une personne, et pas un robot, réexamine mon
dossier. Je peux fournir mon dossard et mon résultat officiel.

Théo Marchand
""", R(["AutomatedDecision"], "theo.marchand@mail.example", "Théo", "Marchand"))

add("fr-10", "Bernadette Le Goff <bernadette.legoff@courriel.example>", "Bénéficiaire erroné - gel du dossier", """\
Madame, Monsieur,

J'ai découvert en relisant mon relevé annuel que le bénéficiaire indiqué sur mon contrat
obsèques n'est pas celui que j'ai désigné en 2018. Je conteste donc l'exactitude des
informations que vous détenez.

Dans l'attente de la vérification, je vous demande de limiter l'utilisation de mes données et
de ne procéder à aucune modification, transmission à l'assureur ou relance sur la base de ce
dossier tant que le point n'est pas éclairci.

Bernadette Le Goff
""", R(["Restriction"], "bernadette.legoff@courriel.example", "Bernadette", "Le Goff"))

add("fr-11", "Yannick Morvan <yannick.morvan@mail.example>", "Espace condoléances de M. Corentin Guéguen", """\
Bonjour,

J'ai laissé un message sur l'espace de condoléances de M. Corentin Guéguen en indiquant mon nom,
ma ville et mon numéro de portable. Je regrette d'avoir mis mon numéro. Pourriez-vous retirer
mon message et effacer mes coordonnées de vos fichiers ?

Par ailleurs, depuis, je reçois votre lettre d'information « Prévoir sereinement » : je ne veux
plus la recevoir.

Cordialement,
Yannick Morvan
""", R(["Erasure", "Opposition"], "yannick.morvan@mail.example", "Yannick", "Morvan"))

add("fr-12", "Sandrine Cohen <sandrine.cohen@boite.example>", "mes données + erreur de profil", """\
Bonjour,

J'aimerais savoir quelles informations vous avez exactement sur moi via l'appli et la montre,
et en recevoir une copie.

Et au passage, mon profil indique 1,56 m alors que je mesure 1,65 m, ce qui fausse toutes mes
calories. Le champ est grisé, je ne peux pas le modifier moi-même : merci de rectifier.

Sandrine Cohen
""", R(["Access", "Rectification"], "sandrine.cohen@boite.example", "Sandrine", "Cohen"))

add("fr-13", "Isabelle Fournier <i.fournier@fournier-avocats.example>",
    "M. Lucien Favre - demande de communication de données", """\
Madame, Monsieur,

J'interviens en qualité de conseil de M. Lucien Favre, demeurant 8 chemin des Vignes, 69450
Saint-Cyr-au-Mont-d'Or, dans le cadre d'un différend relatif au contrat obsèques souscrit auprès
de votre agence de Villefranche-sur-Saône en 2017.

Au nom de mon client, dont vous trouverez ci-joint le mandat signé, je vous demande la
communication de l'intégralité des données personnelles le concernant, notamment les
enregistrements d'appels, le questionnaire de souscription et l'historique des prélèvements.

Je vous remercie d'adresser votre réponse à mon cabinet.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Isabelle Fournier
Avocate au Barreau de Lyon
Fournier Avocats - 04 72 00 00 31

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""", R(["Access"], "i.fournier@fournier-avocats.example", "Lucien", "Favre", representative="Isabelle Fournier"))

add("fr-14", "Rachid Haddad <rachid.haddad@famille.example>", "Données de ma fille mineure", """\
Bonjour,

Ma fille Inès Haddad, 13 ans, utilise votre bracelet KidsBand depuis l'été. Je viens de
découvrir que l'application enregistrait en permanence sa position, y compris le trajet du
collège.

Je voudrais d'abord savoir précisément ce que vous avez collecté sur elle, puis que tout soit
supprimé, compte compris.

Rachid Haddad, son père
""", R(["Access", "Erasure"], "rachid.haddad@famille.example", "Inès", "Haddad", representative="Rachid Haddad"))

add("fr-15", "Pascal Girard <pascal.girard@mail.example>", "Commande non reçue", """\
Bonjour,

J'ai commandé une montre Pulse 4 le 22 octobre (commande n° 7718204) et je n'ai toujours rien
reçu. Le suivi indique « en préparation » depuis trois semaines. Pouvez-vous me dire où elle en
est ?

Pascal Girard
""", R(["Unknown"], "pascal.girard@mail.example", "Pascal", "Girard"))

add("fr-16", "Nathalie Rousseau <nathalie.rousseau@courriel.example>", "Facture obsèques de mon père", """\
Bonjour,

La facture des obsèques de mon père (dossier n° 2026-0912) comporte une ligne « Retransmission
vidéo en direct - 380 € » alors que nous n'avons jamais demandé ce service. Merci de m'envoyer
une facture corrigée.

Nathalie Rousseau
""", R(["Unknown"], "nathalie.rousseau@courriel.example", "Nathalie", "Rousseau"),
    ct=CP1252, encode="cp1252")

add("fr-17", "Léa Fontaine <lea.fontaine@boite.example>", "Désinscription", html(
    "Bonjour,",
    "Je reçois presque tous les jours vos e-mails promotionnels sur les nouveaux bracelets et "
    "les « offres coach premium ». Je n'en veux plus : merci de me retirer de vos listes.",
    "Léa Fontaine"),
    R(["Opposition"], "lea.fontaine@boite.example", "Léa", "Fontaine"), ct=HTML)

add("fr-18", "Jordan Petit <jordan.petit@mail.example>", "sommeil pub", """\
bonjour je veux plus que vous utilisé mes donné de sommeil pour me mettre des pub de matelas
dans lappli et je veux savoir ce que vous avez sur moi en tout merci
""", R(["Opposition", "Access"], "jordan.petit@mail.example", "Jordan", "Petit"))

add("fr-19", "Françoise Delmas-Vidal <f.delmasvidal@courriel.example>", "Réclamation - obsèques de ma soeur", """\
Madame, Monsieur,

Je vous écris, avec beaucoup de colère, au sujet des obsèques de ma soeur Jeanine, organisées
par votre agence de Montauban le 6 novembre.

Le corbillard est arrivé avec quarante minutes de retard, le faire-part publié sur votre espace
de condoléances comportait une faute dans son prénom, et la retransmission pour la famille restée
en Martinique s'est coupée au moment de l'éloge. Votre conseillère m'a ensuite rappelée à trois
reprises pour me proposer un contrat obsèques « pour moi-même », le lendemain de l'enterrement.

Je vous demande de supprimer purement et simplement toutes mes coordonnées de vos fichiers une
fois cette facture réglée : je ne veux plus jamais avoir affaire à votre société.

J'attends par ailleurs un geste commercial pour la retransmission, que nous avons payée.

Françoise Delmas-Vidal
""", R(["Erasure"], "f.delmasvidal@courriel.example", "Françoise", "Delmas-Vidal"))

add("fr-20", "Julien Mercier <julien.mercier@acme-corp.example>", "TR: mes données", """\
Bonjour l'équipe RGPD,

Une cliente nous a écrit sur l'adresse du service client, je vous transfère. Je ne lui ai pas
encore répondu.

Julien Mercier
Service client - Objets connectés

-------- Message transféré --------
De : Élodie Garnier <elodie.garnier@boite.example>
Date : dim. 15 nov. 2026 à 19:02
Objet : mes données
À : service-client@acme-corp.example

Bonjour, j'aimerais savoir quelles données vous conservez sur moi depuis que j'ai acheté ma
montre, et en avoir une copie. Merci.
Élodie Garnier
""", R(["Access"], "elodie.garnier@boite.example", "Élodie", "Garnier"))

add("fr-21", "Amandine Roux <amandine.roux@acme-corp.example>", "TR: Erreur d'adresse sur mon contrat", "",
    R(["Rectification"], "herve.lebihan@courriel.example", "Hervé", "Le Bihan"),
    note="Bonjour,\n\nCi-joint un mail d'un souscripteur reçu à l'agence de Quimper. Il demande une\n"
         "correction de ses coordonnées, je préfère que vous le traitiez.\n\nAmandine Roux\n"
         "Conseillère funéraire - Agence de Quimper\n",
    attached=("Hervé Le Bihan <herve.lebihan@courriel.example>", "Erreur d'adresse sur mon contrat",
              "Bonjour,\n\nSur l'échéancier de mon contrat obsèques, mon adresse est toujours\n"
              "« 4 impasse des Mouettes, Concarneau ». J'habite depuis deux ans au\n"
              "17 rue de Kerfeunteun, 29000 Quimper. Merci de corriger.\n\nHervé Le Bihan\n"))

add("fr-22", "Famille Martin <famille.martin@maison.example>", "Partage de mes données avec vos partenaires", """\
Bonjour,

Je retire mon consentement au partage de mes données de santé (fréquence cardiaque, sommeil)
avec vos partenaires « bien-être ». Merci de ne plus leur transmettre quoi que ce soit me
concernant.

Merci de me répondre sur mon adresse personnelle, pas sur celle de la famille.

Sophie Martin
""", R(["Opposition"], "sophie.martin@courriel.example", "Sophie", "Martin"),
    headers=["Reply-To: Sophie Martin <sophie.martin@courriel.example>"])

add("fr-23", "Mathieu Roussel <mathieu.roussel@mail.example>", "Durée de conservation des traces GPS", """\
Bonjour,

Je ne demande ni copie de mes données ni suppression de mon compte. Je voudrais simplement
savoir combien de temps vous conservez mes traces GPS, si elles sont anonymisées au bout d'un
moment et si les cartes de chaleur publiques sont construites à partir d'elles.

Merci,
Mathieu Roussel
""", R(["Information"], "mathieu.roussel@mail.example", "Mathieu", "Roussel"))

add("fr-24", "Gaëlle Kerbrat <gaelle.kerbrat@boite.example>", "export puis fermeture du compte", """\
Bonjour,

Je souhaite quitter votre service. Avant cela, merci de m'envoyer l'ensemble de mes activités
et de mes mesures dans un format réutilisable (CSV, JSON, peu importe tant que je peux les
réimporter ailleurs).

Une fois l'export reçu, vous pourrez supprimer définitivement mon compte et toutes les données
qui y sont liées.

Gaëlle Kerbrat
""", R(["Portability", "Erasure"], "gaelle.kerbrat@boite.example", "Gaëlle", "Kerbrat"))

add("fr-25", "Armand Lefebvre <armand.lefebvre@courriel.example>", "Qui vous a donné mon adresse ?", """\
Monsieur,

Je reçois depuis septembre vos courriers publicitaires pour des contrats obsèques, adressés
nominativement, alors que je n'ai jamais été client chez vous. Je souhaite savoir d'où vous
tenez mon nom et mon adresse : quel fichier, acheté à qui ?

Et je m'oppose à recevoir la moindre prospection de votre part à l'avenir.

Armand Lefebvre
""", R(["Information", "Opposition"], "armand.lefebvre@courriel.example", "Armand", "Lefebvre"))

add("fr-26", "Harriet Bowden <harriet.bowden@post.example>", "mon message condoléances / my post", """\
Bonjour,

Sorry, mon français n'est pas parfait. I live in Bordeaux since 2019. J'ai écrit un message sur
la page de condoléances de mon voisin M. Arnaud Lesage, with my photo. Pouvez-vous please
supprimer mon message et ma photo ? I don't want them online anymore.

Merci beaucoup,
Harriet Bowden
""", R(["Erasure"], "harriet.bowden@post.example", "Harriet", "Bowden"))

add("fr-27", "Dr Hélène Saint-Arnaud <h.saintarnaud@cabinet-medical.example>", "Mise à jour de mes coordonnées", """\
Bonjour,

Mes coordonnées ont changé : mon numéro de portable est désormais le 06 12 34 56 78 et mon
adresse postale le 3 place du Marché, 21000 Dijon. Merci de mettre à jour mon compte client
(montre Pulse 3, compte ouvert en 2023) en conséquence.

Bien cordialement,

Dr Hélène Saint-Arnaud
Médecin généraliste
Cabinet médical du Marché - 03 80 00 00 14

Ce courriel et les documents qui y sont joints sont confidentiels et peuvent contenir des
informations couvertes par le secret médical. Si vous l'avez reçu par erreur, merci de le
détruire et d'en avertir l'expéditeur.
""", R(["Rectification"], "h.saintarnaud@cabinet-medical.example", "Hélène", "Saint-Arnaud"))

add("fr-28", "Jacqueline Moreau <jacqueline.moreau@courriel.example>", "Enregistrement de la cérémonie", """\
Bonjour,

Les obsèques de mon mari ont été retransmises en direct par vos soins le 30 octobre. J'y prends
la parole pendant une dizaine de minutes. Je souhaiterais obtenir l'enregistrement me
concernant ainsi que toutes les informations personnelles que vous détenez à mon nom dans le
cadre de ce dossier.

Avec mes remerciements,
Jacqueline Moreau
""", R(["Access"], "jacqueline.moreau@courriel.example", "Jacqueline", "Moreau"),
    ct=LATIN1, encode="latin-1")

add("fr-29", "Lucas Bernard <lucas.bernard@mail.example>", "suppression compte Fitlink", """\
Bonjour, merci de supprimer mon compte Fitlink et toutes mes données. J'ai revendu la montre.
Lucas

Envoyé de mon iPhone
""", R(["Erasure"], "lucas.bernard@mail.example", "Lucas", "Bernard"))

add("fr-30", "Jean-Pierre Vandenbroucke <jp.vandenbroucke@skynet-mail.example>", "Désinscription SVP", """\
Bonjour,

Pourriez-vous me désinscrire de toutes vos listes de diffusion endéans la semaine ? Je reçois
septante mails par an à propos de vos montres et ça suffit. Plus de publicité non plus par
la poste, s'il vous plaît.

Bien à vous,
Jean-Pierre Vandenbroucke
Liège
""", R(["Opposition"], "jp.vandenbroucke@skynet-mail.example", "Jean-Pierre", "Vandenbroucke"))

add("fr-31", "Florian Garcia-Lopez <florian.garcialopez@boite.example>", "Contestation prélèvements - contrat obsèques", """\
Madame, Monsieur,

Vous prélevez chaque mois 31,20 EUR sur mon compte au titre d'un contrat obsèques que je n'ai
jamais souscrit. Je conteste formellement ce contrat.

Pendant l'examen de ma contestation, je demande que mes données ne soient utilisées à aucune
autre fin que leur simple conservation. Je demande également une copie de toutes les données
que vous détenez sur moi, y compris le bulletin de souscription prétendument signé.

Florian Garcia-Lopez
""", R(["Restriction", "Access"], "florian.garcialopez@boite.example", "Florian", "Garcia-Lopez"))

# ---------------------------------------------------------------- tâches

add("fr-32", "Camille Brunet <camille.brunet@acme-corp.example>", "AIPD - partage des données cardio avec les mutuelles", """\
Bonjour,

Nous préparons pour le printemps un partenariat avec deux mutuelles : les utilisateurs qui le
souhaitent pourraient partager leur fréquence cardiaque au repos et leur nombre de pas en
échange d'une réduction de cotisation.

Pouvez-vous lancer l'analyse d'impact (AIPD) ? Je vous envoie le cahier des charges et le
schéma des flux dans la foulée.

Camille Brunet
Cheffe de produit - Santé connectée
""", TASK("camille.brunet@acme-corp.example", "Camille", "Brunet"))

add("fr-33", "Stéphane Duval <stephane.duval@acme-corp.example>", "Relecture DPA hébergeur espace condoléances", """\
Bonjour,

L'hébergeur des espaces de condoléances (MémoWeb) nous a envoyé son nouvel accord de
sous-traitance (article 28). Il y a une clause sur les sous-traitants ultérieurs et une autre
sur la durée de conservation des sauvegardes qui me semblent floues.

Pouvez-vous le relire avant la signature prévue le 4 décembre ?

Stéphane Duval
Service Achats
""", TASK("stephane.duval@acme-corp.example", "Stéphane", "Duval"))

add("fr-34", "Nadia Chérif <nadia.cherif@acme-corp.example>", "Registre - nouvelle agence de Nantes", """\
Bonjour à tous,

L'agence de Nantes ouvre le 1er décembre avec un nouveau logiciel de gestion des dossiers
funéraires (FunérOffice) et un système de vidéosurveillance dans la salle de cérémonie.

Il faudrait mettre à jour le registre des traitements en conséquence. Dites-moi quelles
informations vous manquent.

Nadia Chérif
Directrice des opérations Grand Ouest
""", TASK("nadia.cherif@acme-corp.example", "Nadia", "Chérif"))

add("fr-35", "Olivier Blanchard <olivier.blanchard@acme-corp.example>", "Questionnaire conformité de l'assureur partenaire", """\
Bonjour,

L'assureur qui porte nos contrats obsèques nous demande de remplir son questionnaire annuel de
conformité RGPD (sécurité, sous-traitants, exercice des droits, violations de l'année). Le
fichier est joint ; la partie 3 relève clairement du DPO.

Retour souhaité avant le 15 décembre.

Olivier Blanchard
Responsable partenariats
""", TASK("olivier.blanchard@acme-corp.example", "Olivier", "Blanchard"))

add("fr-36", "Manon Leroy <manon.leroy@acme-corp.example>", "Mentions d'information formulaire de devis", """\
Bonjour,

Nous refondons le formulaire de demande de devis obsèques en ligne. Pourriez-vous rédiger ou
valider les mentions d'information à placer sous le formulaire (finalités, durée de
conservation, droits) ? La mise en ligne est prévue pour fin novembre.

Merci !
Manon Leroy
Marketing digital
""", TASK("manon.leroy@acme-corp.example", "Manon", "Leroy"))

# ---------------------------------------------------------------- incidents

add("fr-37", "Karim Bensaïd <karim.bensaid@acme-corp.example>", "Vol de mon téléphone pro", """\
Bonjour,

On m'a volé mon téléphone professionnel ce matin dans le métro (ligne 13). Il contient mes
mails, les photos des défunts prises pour les faire-part et les groupes WhatsApp avec une
quinzaine de familles en cours d'organisation d'obsèques. Il était verrouillé par un code à
4 chiffres.

J'ai porté plainte et prévenu la DSI pour le blocage de la ligne.

Karim Bensaïd
Conseiller funéraire - Agence Paris 17
""", INC("karim.bensaid@acme-corp.example", "Karim", "Bensaïd"))

add("fr-38", "Valérie Gauthier <valerie.gauthier@acme-corp.example>", "Devis envoyé à la mauvaise famille", """\
Bonjour,

Je me suis trompée d'adresse hier soir : j'ai envoyé le devis et le bon de commande des obsèques
de Mme Huguette Lemaire (avec les coordonnées de sa fille et la copie de l'acte de décès) à la
famille Lemoine, qui organise les obsèques de son père avec nous cette semaine.

Mme Lemoine m'a appelée ce matin pour me le signaler. Que dois-je faire ?

Valérie Gauthier
Agence de Rouen
""", INC("valerie.gauthier@acme-corp.example", "Valérie", "Gauthier"))

add("fr-39", "Benoît Masson <benoit.masson@mail.example>", "Montre d'occasion - données de l'ancien propriétaire", """\
Bonjour,

J'ai acheté une de vos montres d'occasion sur un site de petites annonces. En l'associant à
l'application, je vois apparaître l'historique complet de l'ancien propriétaire : son prénom,
son poids, ses nuits, et toutes ses sorties GPS qui partent de son domicile à Angers.

Je ne pense pas que ce soit normal, je préfère vous prévenir.

Benoît Masson
""", INC("benoit.masson@mail.example", "Benoît", "Masson"))

add("fr-40", "Thomas Lemaire <thomas.lemaire@acme-corp.example>", "Fichier clients partagé par lien public", """\
Bonjour,

En faisant le ménage dans le Drive, je me suis aperçu que le fichier « Souscripteurs contrats
obsèques 2025.xlsx » (environ 3 200 lignes : nom, adresse, date de naissance, IBAN partiel)
était partagé depuis juin avec un lien « toute personne disposant du lien ». Je ne sais pas si
le lien a circulé. J'ai coupé le partage à 9 h 40.

Thomas Lemaire
Contrôle de gestion
""", INC("thomas.lemaire@acme-corp.example", "Thomas", "Lemaire"))

add("fr-41", "Corinne Aubert <corinne.aubert@courriel.example>", "Adresses visibles sur l'espace condoléances", """\
Bonjour,

En voulant laisser un message sur l'espace de condoléances de Mme Paulette Vasseur, j'ai cliqué
sur « voir les participants » et la page affiche l'adresse e-mail et le numéro de téléphone de
toutes les personnes qui ont écrit un message, pas seulement leur nom.

Je suppose que ce n'est pas voulu. Je n'ai rien fait de plus.

Corinne Aubert
""", INC("corinne.aubert@courriel.example", "Corinne", "Aubert"))

# ---------------------------------------------------------------- relances

add("fr-42", "Roland Perrin <roland.perrin@mail.example>", "Re: [DSR-61402] Accusé de réception de votre demande", """\
Bonjour,

Un mois et demi après votre accusé de réception, je n'ai toujours aucune réponse. Je vous
rappelle que le délai légal est d'un mois. Sans réponse sous huit jours, je saisirai la CNIL.

Roland Perrin

Le 2 oct. 2026, privacy@acme-corp.example a écrit :
> Bonjour,
> Nous avons bien reçu votre demande, enregistrée sous la référence DSR-61402.
> Nous vous répondrons dans un délai d'un mois.
> L'équipe Protection des données
""", FU("61402", "roland.perrin@mail.example", "Roland", "Perrin"))

add("fr-43", "Émilie Charpentier <emilie.charpentier@boite.example>", "RE: [DSR-59318] Justificatif d'identité", """\
Bonjour,

Voici ma pièce d'identité en pièce jointe, comme demandé. J'ai masqué le numéro du document,
j'espère que cela convient.

Émilie Charpentier

-----Message d'origine-----
De : Protection des données <privacy@acme-corp.example>
Objet : [DSR-59318] Justificatif d'identité

Afin de traiter votre demande, merci de nous adresser une copie d'une pièce d'identité.
""", FU("59318", "emilie.charpentier@boite.example", "Émilie", "Charpentier"))

add("fr-44", "Théo Marchand <theo.marchand@mail.example>", "Re: Compte suspendu par votre algorithme", """\
Bonjour,

Je reviens vers vous : mon compte est toujours suspendu et le challenge se termine dimanche.
Je joins le lien vers les résultats officiels du semi-marathon (je suis 212e).

Théo

> Mon compte a été suspendu hier soir avec le message « activité frauduleuse détectée
> automatiquement » ...
""", FU(ref("fr-09"), "theo.marchand@mail.example", "Théo", "Marchand"), headers=irt("fr-09"))

add("fr-45", "Pascal Girard <pascal.girard@mail.example>", "Re: Commande non reçue", """\
toujours rien reçu, et personne ne répond. c'est inadmissible.
Pascal Girard

> J'ai commandé une montre Pulse 4 le 22 octobre (commande n° 7718204) ...
""", FU(ref("fr-15"), "pascal.girard@mail.example", "Pascal", "Girard"), headers=irt("fr-15"))

# ---------------------------------------------------------------- ignorés

add("fr-46", "Protection Données Express <contact@protection-donnees-express.example>",
    "Vos données personnelles sont en danger - suppression garantie", """\
Madame, Monsieur,

Vos données personnelles circulent sur plus de 300 sites sans votre accord !

Notre service SUPPRIME vos données et celles de vos clients de tous les fichiers en 72 h.
Mise en conformité RGPD garantie ou remboursée.

OFFRE EXCEPTIONNELLE : -60 % jusqu'à dimanche minuit.
Cliquez ici : http://protection-donnees-express.example/offre

Pour ne plus recevoir nos offres, répondez STOP.
""", IGN("spam", "contact@protection-donnees-express.example"), headers=SPAM_HDR)

add("fr-47", "Support Messagerie <admin@acme-corp-webmail.example>",
    "Votre boîte privacy@ sera supprimée sous 24 h", """\
Cher utilisateur,

Votre boîte aux lettres a atteint sa limite de stockage. Tous vos messages et vos données
seront définitivement supprimés dans les 24 heures.

Pour conserver vos données, validez votre compte immédiatement :
http://acme-corp-webmail.example/valider

Service informatique
""", IGN("spam", "admin@acme-corp-webmail.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="acme-corp-webmail.example")])

add("fr-48", "Référencement Pro <seo@referencement-pro.example>", "Pompes funèbres : 1re page Google en 30 jours", """\
Bonjour,

Votre site n'apparaît qu'en 3e page pour « pompes funèbres » dans votre ville. Nos experts
SEO vous placent en première page en 30 jours, avec netlinking et avis clients optimisés.

Audit gratuit sur simple réponse à ce mail.

Kevin, consultant SEO
""", IGN("spam", "seo@referencement-pro.example"))

add("fr-49", "Sylvie Renard <sylvie.renard@entreprise.example>", "Réponse automatique : Votre demande", """\
Bonjour,

Je suis absente jusqu'au 30 novembre inclus, sans accès à ma messagerie. En cas d'urgence,
vous pouvez joindre le standard au 01 00 00 00 00.

Cordialement,
Sylvie Renard
""", IGN("auto_reply", "sylvie.renard@entreprise.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("fr-50", "Assurances Prévoyance Service Client <ne-pas-repondre@assur-prevoyance.example>",
    "Accusé de réception - demande n° 2026-118734", """\
Bonjour,

Nous accusons réception de votre message, enregistré sous le numéro 2026-118734. Un
conseiller vous répondra dans un délai de 5 jours ouvrés.

Ceci est un message automatique, merci de ne pas y répondre.

Le service client
""", IGN("auto_reply", "ne-pas-repondre@assur-prevoyance.example"))

add("fr-51", "La Lettre Données & Conformité <lettre@donnees-conformite.example>",
    "La Lettre n° 87 - Données de santé, objets connectés et droit des personnes", """\
LA LETTRE DONNÉES & CONFORMITÉ - n° 87

Au sommaire :
- Objets connectés : la CNIL publie ses recommandations sur les données de santé
- Droit d'accès des héritiers : ce que dit la jurisprudence
- Sanction record pour un fabricant de bracelets d'activité
- Agenda : webinaire « Répondre à une demande d'effacement », 8 décembre

Lire en ligne : https://donnees-conformite.example/lettre/87

Vous recevez cette lettre car vous y êtes abonné.
Se désabonner : https://donnees-conformite.example/desabonnement
""", IGN("bulk", "lettre@donnees-conformite.example"),
    headers=["List-Id: La Lettre <lettre.donnees-conformite.example>",
             "List-Unsubscribe: <https://donnees-conformite.example/desabonnement>",
             "Precedence: bulk"])

add("fr-52", "Mail Delivery System <mailer-daemon@smtp.courriel.example>", "Échec de la remise du message", "",
    IGN("bounce", "mailer-daemon@smtp.courriel.example"), dsn=True)
