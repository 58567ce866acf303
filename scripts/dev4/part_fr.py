# French messages of development set 4 (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("fr-01-dossier-salarie", "Julien Mercier <julien.mercier@acme-corp.example>",
"Consultation de mon dossier individuel",
"""Bonjour,

Agent d'exploitation à l'agence Acme Express de Lyon-Corbas depuis 2019, je souhaiterais
consulter l'intégralité de mon dossier individuel : contrat et avenants, entretiens annuels,
éventuels courriers de recadrage, ainsi que les données de pointage me concernant.

Pouvez-vous m'indiquer la marche à suivre ? Je peux passer au service RH un mardi matin si
c'est plus simple.

Cordialement,
Julien Mercier
""", R(["Access"], "julien.mercier@acme-corp.example", "Julien", "Mercier"))

add("fr-02-retrait-candidature", "Inès Benali <ines.benali@courriel.example>", "suppression de ma candidature",
"""Bonjour,

J'avais postulé en septembre au poste de chargée de clientèle pour votre logiciel de paie. J'ai
trouvé un poste ailleurs entre-temps. Merci de bien vouloir supprimer mon CV, ma lettre de
motivation et mon profil de votre CVthèque, je ne souhaite pas être recontactée.

Bonne journée,
Inès Benali
""", R(["Erasure"], "ines.benali@courriel.example", "Inès", "Benali"))

add("fr-03-photo-palier", "Gérard Lefèvre-Dubois <g.lefevre-dubois@wanadoo-mail.example>",
"photo de mon palier ???",
"""Madame, Monsieur,

Hier, votre livreur a déposé un colis devant ma porte et l'a pris en photo. Sur la photo, que
j'ai reçue par SMS, on voit ma porte ouverte, mon entrée et le nom sur la boîte aux lettres de
ma voisine. On ne m'a jamais demandé mon avis.

Je m'oppose formellement à ce que vos livreurs photographient mon domicile à l'avenir. Qu'ils
sonnent, qu'ils me fassent signer, mais pas de photo. Merci de le noter sur mon adresse.

Gérard Lefèvre-Dubois
12 rue des Tanneurs, 67000 Strasbourg
""", R(["Opposition"], "g.lefevre-dubois@wanadoo-mail.example", "Gérard", "Lefèvre-Dubois"),
    ct=LATIN1, encode="latin-1")

add("fr-04-videosurveillance-hall", "Maëlle Le Goff <maelle.legoff@breizhnet.example>",
"Demande d'accès aux images de vidéosurveillance - Acme Hôtel Nice Promenade",
"""Madame, Monsieur,

Le 7 novembre vers 18h30, mon sac a été volé dans le hall de l'Acme Hôtel Nice Promenade
pendant que je m'enregistrais à la réception. J'ai déposé plainte au commissariat le soir même.

En application de l'article 15 du RGPD, je vous demande la communication des images de
vidéosurveillance sur lesquelles j'apparais, entre 18h15 et 19h00, dans le hall et à la
réception. Je peux vous transmettre une photo de moi et la description de mes vêtements ce
jour-là.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Maëlle Le Goff
""", R(["Access"], "maelle.legoff@breizhnet.example", "Maëlle", "Le Goff"))

add("fr-05-directives-deces", "Bernadette Rousseau <b.rousseau@voila-mail.example>",
"Directives relatives à mes données après mon décès",
"""Madame, Monsieur,

Cliente fidèle de vos hôtels depuis de nombreuses années (carte Acme Rewards n° 4410 0926 31),
je souhaite, conformément à l'article 85 de la loi Informatique et Libertés, vous faire part de
mes directives concernant le sort de mes données personnelles après mon décès.

À mon décès, je souhaite que mon compte de fidélité soit clôturé et que l'ensemble de mes
données soit supprimé, à l'exception de ce que la loi vous impose de conserver. Je désigne ma
fille, Mme Claire Rousseau, pour veiller à l'exécution de ces directives.

Je vous remercie de bien vouloir me confirmer leur enregistrement.

Bernadette Rousseau
""", R(["AdvanceDirectives"], "b.rousseau@voila-mail.example", "Bernadette", "Rousseau"))

add("fr-06-avenant-rgpd-client", "Stéphanie Marchand <s.marchand@groupe-vernier.example>",
"Avenant RGPD / accord de sous-traitance - Acme Paie",
"""Bonjour,

Dans le cadre du renouvellement de notre abonnement Acme Paie, notre direction juridique nous
demande de formaliser un accord de sous-traitance au sens de l'article 28 du RGPD.

Vous trouverez en pièce jointe notre modèle d'avenant. Pourriez-vous le faire relire par votre
service juridique, compléter l'annexe 3 et nous le retourner signé avant le 15 décembre ?

Bien cordialement,

Stéphanie Marchand
Responsable SIRH - Groupe Vernier
01 99 00 42 17
""", R(["Unknown"], "s.marchand@groupe-vernier.example", "Stéphanie", "Marchand"))

add("fr-07-date-naissance", "Thierry Nguyen <thierry.nguyen@fibre-mail.example>",
"Erreur date de naissance dans Acme Paie",
"""Bonjour,

Je sais que j'ai le droit de demander l'effacement de mes données mais ce n'est pas ce que je
veux. Mon employeur (Transports Millet) utilise votre logiciel Acme Paie et ma date de naissance
y est fausse : 14/03/1986 au lieu de 04/03/1968. Du coup elle est fausse sur mes bulletins et sur
mon espace salarié. Mon employeur me dit que "c'est le logiciel". Merci de la corriger.

Thierry Nguyen
""", R(["Rectification"], "thierry.nguyen@fibre-mail.example", "Thierry", "Nguyen"))

add("fr-08-copie-et-transfert", "Sophie Lambert-Garnier <sophie.lg@mailbox-fr.example>",
"Mes données Acme Rewards",
"""Bonjour,

Je voudrais obtenir une copie de toutes les données que vous avez sur moi dans le cadre du
programme Acme Rewards (séjours, points, préférences...). Je souhaiterais aussi les recevoir
dans un fichier réutilisable (CSV ou autre) car je compte transférer mon historique vers un
autre programme de fidélité.

Merci d'avance,
Sophie Lambert-Garnier
""", R(["Access", "Portability"], "sophie.lg@mailbox-fr.example", "Sophie", "Lambert-Garnier"))

add("fr-09-sms-pub", "pat.roux@orange-mail.example", "sms",
"""bonjour arretez de m envoyer des sms de promo pour vos hotels svp jai jamais donné mon accord
merci
Patrick Roux
""", R(["Opposition"], "pat.roux@orange-mail.example", "Patrick", "Roux"))

add("fr-10-geoloc-contestation", "Karim Haddad <karim.haddad83@sfr-mail.example>",
"Contestation avertissement - données de géolocalisation",
"""Bonjour,

Je suis chauffeur-livreur à l'agence de Marseille-Vitrolles. J'ai reçu un avertissement le
2 novembre basé sur les données de géolocalisation de mon camion (soi-disant des "arrêts non
justifiés"). Je conteste ces données, le boîtier était en panne cette semaine-là et le garage
peut le confirmer.

Je demande que l'utilisation de ces données soit limitée/gelée tant que ma contestation n'est
pas examinée : qu'elles ne servent pas pour une autre sanction ni pour mon évaluation annuelle.

Karim Haddad
""", R(["Restriction"], "karim.haddad83@sfr-mail.example", "Karim", "Haddad"))

add("fr-11-test-en-ligne", "Léa Fontaine <lea.fontaine@etudiant-mail.example>",
"Refus de candidature après test en ligne",
"""Madame, Monsieur,

J'ai postulé pour un stage de consultante paie. Après un test de personnalité en ligne, j'ai
reçu un refus automatique en moins d'une heure, sans aucun échange avec un recruteur.

Conformément à l'article 22 du RGPD, je demande qu'une personne réexamine ma candidature et
que l'on m'explique la logique du test qui a conduit à ce refus.

Cordialement,
Léa Fontaine
""", R(["AutomatedDecision"], "lea.fontaine@etudiant-mail.example", "Léa", "Fontaine"))

add("fr-12-avocate-ancien-salarie", "Maître Anne-Sophie Delcourt <as.delcourt@delcourt-avocats.example>",
"M. Rachid Benhamou c/ Acme Hôtels - demande de communication de données",
"""Madame, Monsieur,

Je suis le conseil de M. Rachid Benhamou, ancien réceptionniste de nuit de l'Acme Hôtel Lille
Europe, licencié le 30 septembre 2026.

Agissant pour son compte et sur mandat dont copie jointe, je vous demande, sur le fondement de
l'article 15 du RGPD, la communication de l'ensemble des données personnelles le concernant,
et notamment : son dossier individuel, les plannings et relevés de badge, les courriels internes
le mentionnant et les comptes rendus de l'entretien préalable.

Je vous remercie de me faire parvenir ces éléments dans le délai d'un mois.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Anne-Sophie Delcourt
Avocate au Barreau de Lille
""", R(["Access"], "as.delcourt@delcourt-avocats.example", "Rachid", "Benhamou", representative="Anne-Sophie Delcourt"))

add("fr-13-suivi-colis-questions", "Hervé Blanchard <herve.blanchard@free-mail.example>",
"Questions sur l'application de suivi",
html("Bonjour,",
     "J'utilise votre application de suivi de colis depuis peu. Elle me demande l'accès à ma "
     "localisation &laquo; pour améliorer la livraison &raquo;. Quelles données collectez-vous "
     "exactement via l'application, avec qui sont-elles partagées (vos livreurs sous-traitants ?) "
     "et combien de temps les gardez-vous ?",
     "Merci de votre réponse,<br>Hervé Blanchard"),
R(["Information"], "herve.blanchard@free-mail.example", "Hervé", "Blanchard"), ct=HTML)

add("fr-14-supprimez-tout", "Jean-Baptiste Dufour <jb.dufour@neuf-mail.example>", "DÉSINSCRIPTION + SUPPRESSION",
"""Bonjour,

Ça fait trois fois que je me désinscris de votre newsletter "Escapades Acme" et je la reçois
toujours. Je ne veux plus AUCUN mail de votre part. Et tant qu'on y est, supprimez mon compte
client et toutes mes données, je ne remettrai plus les pieds dans vos hôtels.

J-B Dufour
""", R(["Opposition", "Erasure"], "jb.dufour@neuf-mail.example", "Jean-Baptiste", "Dufour"))

add("fr-15-tutrice-demarchage", "Catherine Perrin <catherine.perrin@laposte-mail.example>",
"Démarchage téléphonique - Mme Odette Perrin",
"""Madame, Monsieur,

Je suis la tutrice de ma mère, Mme Odette Perrin, 87 ans, placée sous tutelle par jugement du
tribunal judiciaire de Tours (copie disponible sur demande).

Depuis plusieurs semaines, ma mère reçoit des appels de votre service commercial lui proposant
des « séjours bien-être » dans vos hôtels. Elle ne comprend pas ces appels et s’en inquiète.
Je vous demande de cesser immédiatement toute prospection à son égard, par téléphone comme par
courrier.

Recevez, Madame, Monsieur, mes salutations.

Catherine Perrin
""", R(["Opposition"], "catherine.perrin@laposte-mail.example", "Odette", "Perrin", representative="Catherine Perrin"),
    ct=CP1252, encode="cp1252")

add("fr-16-fwd-sav-suppression", "Manon Girard <manon.girard@acme-corp.example>",
"TR: suppression de mes données", "",
R(["Erasure"], "alain.mercadier@laposte-mail.example", "Alain", "Mercadier"),
    note="""Bonjour,

Demande reçue sur la boîte du SAV ce week-end, je vous la transfère en pièce jointe car je
pense que c'est pour vous.

Bonne journée,
Manon - SAV Acme Express
""",
    attached=("Alain Mercadier <alain.mercadier@laposte-mail.example>", "suppression de mes données",
"""Bonjour,

Suite à la perte de mon colis le mois dernier et vu la façon dont ma réclamation a été traitée,
je ne souhaite plus être client. Merci d'effacer mon compte, mes adresses enregistrées et tout
mon historique d'envois.

Alain Mercadier
"""))

add("fr-17-facture-sejour", "Nadia Chérif <nadia.cherif@pro-mail.example>", "Facture séjour Bordeaux",
"""Bonjour,

Je n'arrive pas à obtenir la facture de mon séjour à l'Acme Hôtel Bordeaux Lac (du 3 au 5
novembre, réservation BDX-77120). La réception me renvoie vers le site, le site vers la réception.
J'en ai besoin pour ma note de frais. Pouvez-vous me l'envoyer ?

Merci,
Nadia Chérif
""", R(["Unknown"], "nadia.cherif@pro-mail.example", "Nadia", "Chérif"))

add("fr-18-badgeuse", "Élodie Garnier <elodie.garnier@acme-corp.example>", "Données de badgeage",
"""Bonjour,

On nous a installé une nouvelle badgeuse biométrique au siège en septembre. Pourriez-vous me
dire quelles données elle enregistre sur moi (empreinte ? horaires ?) et m'en transmettre une
copie pour les trois derniers mois ?

Merci,
Élodie Garnier
Comptabilité fournisseurs
""", R(["Access"], "elodie.garnier@acme-corp.example", "Élodie", "Garnier"))

add("fr-19-origine-adresse", "Olivier Chevalier <olivier.chevalier@club-mail.example>",
"D'où vient mon adresse ?",
"""Bonjour,

Je viens de recevoir un courrier publicitaire de vos hôtels à mon nom et à mon adresse
personnelle. Je n'ai jamais séjourné chez vous ni créé de compte. J'aimerais simplement savoir
comment vous avez obtenu mes coordonnées : achat de fichier ? partenaire ? Et à qui d'autre vous
les avez transmises.

Olivier Chevalier
""", R(["Information"], "olivier.chevalier@club-mail.example", "Olivier", "Chevalier"))

add("fr-20-nom-mal-ecrit", "Anaïs Lefèbvre <anais.lefebvre@mail-perso.example>", "orthographe de mon nom",
"""Bonjour, mon nom est écrit "Lefebre" sur toutes mes réservations et sur ma carte de fidélité
alors que c'est Lefèbvre. Ça pose problème quand je dois présenter ma pièce d'identité à
l'arrivée. Merci de corriger.

Anaïs Lefèbvre

Envoyé de mon téléphone
""", R(["Rectification"], "anais.lefebvre@mail-perso.example", "Anaïs", "Lefèbvre"))

add("fr-21-notes-entretien", "Yannick Le Bihan <y.lebihan@armor-mail.example>",
"Compte rendu de mes entretiens",
"""Bonjour,

J'ai passé trois entretiens pour le poste de responsable d'exploitation hôtelière à Rennes,
sans suite. Je souhaite recevoir les notes prises par les recruteurs lors des entretiens et les
grilles d'évaluation me concernant.

Cordialement,
Yannick Le Bihan
""", R(["Access"], "y.lebihan@armor-mail.example", "Yannick", "Le Bihan"))

add("fr-22-task-registre-planning", "Sébastien Morel <sebastien.morel@acme-corp.example>",
"Nouveau logiciel de planification des tournées - registre",
"""Bonjour l'équipe,

On déploie début janvier un nouvel outil d'optimisation des tournées (RouteMax) dans les agences
du Sud-Est. Il traite les noms des livreurs, leurs horaires, la géolocalisation des camions et
les adresses des destinataires. Pouvez-vous l'ajouter au registre des traitements et me dire
s'il faut une analyse d'impact ? Je vous envoie la fiche fournisseur.

Merci,
Sébastien Morel
Directeur des opérations Sud-Est
""", TASK("sebastien.morel@acme-corp.example", "Sébastien", "Morel"))

add("fr-23-task-formation", "Valérie Roche <valerie.roche@acme-corp.example>",
"Session de sensibilisation RGPD - directeurs d'hôtel",
"""Bonjour,

Nous réunissons les 18 nouveaux directeurs d'hôtel à Paris les 12 et 13 janvier. Serait-il
possible que quelqu'un de votre équipe anime une session d'une heure sur le RGPD (fiches
clients, vidéosurveillance, demandes d'accès) ? Dites-moi quel créneau vous convient.

Bien à vous,
Valérie Roche
Responsable formation, Acme Hôtels France
""", TASK("valerie.roche@acme-corp.example", "Valérie", "Roche"))

add("fr-24-task-questionnaire-client", "Guillaume Perret <guillaume.perret@acme-corp.example>",
"Questionnaire conformité - Mutuelle Horizon",
"""Salut,

La Mutuelle Horizon (prospect Acme Paie, 2 300 salariés) nous envoie son questionnaire de
conformité RGPD : hébergement, sous-traitants, durées de conservation, procédure en cas de
violation. Réponse attendue pour le 4 décembre. Je vous le dépose sur le Teams, vous pourriez
remplir la partie données personnelles ?

Merci !
Guillaume
Ingénieur avant-vente
""", TASK("guillaume.perret@acme-corp.example", "Guillaume", "Perret"))

add("fr-25-inc-tablette-camion", "Mickaël Dumas <mickael.dumas@acme-corp.example>",
"tournée 14",
"""Bonjour,

Je vous écris parce que mon responsable m'a dit de le faire. Hier soir en rentrant à l'agence
de Toulouse-Fondeyre, le livreur de la tournée 14 s'est rendu compte que son terminal de
livraison n'était plus dans la cabine. Il pense l'avoir posé sur le toit du camion à un arrêt
à Blagnac et être reparti. On a cherché, rien.

Dans le terminal il y a la liste de la tournée (environ 110 noms, adresses, téléphones) et les
signatures et photos des livraisons du jour. Il est verrouillé par un code à 4 chiffres.

Mickaël Dumas
Chef d'équipe
""", INC("mickael.dumas@acme-corp.example", "Mickaël", "Dumas"))

add("fr-26-inc-augmentations", "Aurélie Masson <aurelie.masson@acme-corp.example>",
"Erreur d'envoi - fichier augmentations",
"""Bonjour,

Ce matin à 9h12, j'ai envoyé par erreur le tableau des augmentations individuelles 2027 de
l'hôtel Paris Gare de Lyon à la liste de diffusion "tous-hotel-pgl" (environ 90 personnes) au
lieu de la seule direction. Le fichier contient les noms, salaires actuels et futurs de 64
salariés. J'ai demandé le rappel du message, mais plusieurs personnes l'ont déjà ouvert.

Que dois-je faire maintenant ?

Aurélie Masson
Assistante RH
""", INC("aurelie.masson@acme-corp.example", "Aurélie", "Masson"))

add("fr-27-inc-bulletins-autre", "Romain Giraud <romain.giraud@webmel.example>",
"Je vois les bulletins de quelqu'un d'autre",
"""Bonjour,

Mon employeur utilise Acme Paie. En me connectant ce matin à mon espace salarié pour télécharger
mon bulletin d'octobre, je suis tombé sur les bulletins d'une autre personne (une certaine
Mme S. Petitjean) avec son salaire, son numéro de sécurité sociale et son RIB. J'ai fait une
capture pour vous prouver le problème mais je ne l'ai partagée avec personne.

Je préfère vous prévenir directement.

Romain Giraud
""", INC("romain.giraud@webmel.example", "Romain", "Giraud"))

add("fr-28-inc-fiches-police", "Fatou Diallo <fatou.diallo@acme-corp.example>",
"classeur réception",
"""Bonsoir,

Je suis réceptionniste à l'Acme Hôtel Marseille Vieux-Port. En prenant mon service ce soir, le
classeur avec les fiches de police des clients étrangers du mois (noms, dates de naissance,
numéros de passeport) n'était plus sous le comptoir. Mes collègues du jour ne savent pas où il
est. Il y avait beaucoup de monde dans le hall cet après-midi pour un séminaire.

Je ne sais pas si c'est à vous qu'il faut le dire, mais mon chef n'est pas joignable.

Fatou Diallo
""", INC("fatou.diallo@acme-corp.example", "Fatou", "Diallo"))

add("fr-29-fu-toujours-rien", "Monique Bertrand <monique.bertrand@orange-mail.example>",
"RE: [DSR-48502] Accusé de réception de votre demande",
"""Bonjour,

J'attends toujours les éléments demandés le 2 octobre. Le délai d'un mois est dépassé. Sans
réponse de votre part sous huit jours, je saisirai la CNIL.

Monique Bertrand

-----Message d'origine-----
De : privacy@acme-corp.example
Objet : [DSR-48502] Accusé de réception de votre demande
Votre demande a bien été enregistrée. Nous vous répondrons dans un délai d'un mois.
""", FU("48502", "monique.bertrand@orange-mail.example", "Monique", "Bertrand"))

add("fr-30-fu-plainte", "Maëlle Le Goff <maelle.legoff@breizhnet.example>",
"RE: Demande d'accès aux images de vidéosurveillance - Acme Hôtel Nice Promenade",
"""Bonjour,

Pour compléter ma demande, voici le numéro de mon dépôt de plainte : 2026/004812. Le
commissariat m'indique qu'il pourra aussi vous adresser une réquisition, mais je souhaite
malgré tout recevoir moi-même les images.

Maëlle Le Goff
""", FU(ref("fr-04-videosurveillance-hall"), "maelle.legoff@breizhnet.example", "Maëlle", "Le Goff"),
    headers=irt("fr-04-videosurveillance-hall"))

add("fr-31-fu-piece-identite", "Denis Carpentier <denis.carpentier@libertysurf.example>",
"Re: [DSR-49960] Justificatif d'identité",
"""Bonjour,

Pourquoi avez-vous besoin d'une copie de ma carte d'identité alors que je vous écris depuis
l'adresse mail enregistrée sur mon compte ? Ça me paraît excessif. Je veux bien vous donner mon
numéro de client à la place : 88 120 447.

D. Carpentier
""", FU("49960", "denis.carpentier@libertysurf.example", "Denis", "Carpentier"))

add("fr-32-spam-douane", "Acme Express <suivi@acme-colis-suivi.example>",
"Votre colis est en attente : frais de douane à régler",
"""Bonjour,

Votre colis n° FR8841207 est bloqué à notre centre de tri en raison de frais de douane non
réglés (2,99 EUR).

Pour éviter son retour à l'expéditeur, veuillez confirmer vos coordonnées et régler les frais
sous 48h : https://acme-colis-suivi.example/paiement

Conformément au RGPD, vos données ne seront utilisées que pour la livraison.

Service Client Acme Express
""", IGN("spam", "suivi@acme-colis-suivi.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="acme-colis-suivi.example")])

add("fr-33-spam-mise-en-conformite", "Service Conformité RGPD <contact@registre-rgpd-officiel.example>",
"Mise en conformité RGPD obligatoire - dernier avis avant sanction",
"""DERNIER AVIS

Votre entreprise n'a pas répondu à nos précédents courriers concernant son obligation de mise
en conformité au Règlement Général sur la Protection des Données.

Sans régularisation sous 72 heures (formulaire + frais de dossier de 490 EUR HT), votre dossier
sera transmis au service contentieux. Amende encourue : jusqu'à 20 000 000 EUR.

Régularisez maintenant : https://registre-rgpd-officiel.example/dossier

Le Service Conformité
""", IGN("spam", "contact@registre-rgpd-officiel.example"), headers=SPAM_HDR)

add("fr-34-absence", "Stéphanie Marchand <s.marchand@groupe-vernier.example>",
"Réponse automatique : Avenant RGPD / accord de sous-traitance - Acme Paie",
"""Bonjour,

Je suis absente du bureau jusqu'au vendredi 20 novembre inclus. Pour toute urgence, merci de
contacter sirh@groupe-vernier.example.

Cordialement,
Stéphanie Marchand
""", IGN("auto_reply", "s.marchand@groupe-vernier.example"))

add("fr-35-lettre-hotellerie", "La Lettre de l'Hôtellerie <lettre@hotellerie-actu.example>",
"La Lettre de l'Hôtellerie - novembre : fiches de police, RGPD et vidéosurveillance",
"""LA LETTRE DE L'HÔTELLERIE - n° 148

- Fiches de police numériques : ce qui change au 1er janvier
- Vidéosurveillance dans les parties communes : les rappels de la CNIL
- Programmes de fidélité : bien gérer le consentement
- Agenda : salon EquipHotel

Vous recevez cette lettre car vous êtes abonné. Se désabonner :
https://hotellerie-actu.example/desabonnement
""", IGN("bulk", "lettre@hotellerie-actu.example"),
    headers=["List-Id: <lettre.hotellerie-actu.example>",
             "List-Unsubscribe: <https://hotellerie-actu.example/desabonnement>", "Precedence: bulk"])
