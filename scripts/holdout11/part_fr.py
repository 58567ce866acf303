from common import *  # part fr: written blind

# Verdant (panneaux solaires, pompes à chaleur, appli de suivi du compteur, prêts verts) et
# Keystone Lettings (agence de location : dossiers de candidature, dépôts de garantie, espace
# propriétaires) : un seul groupe, une seule adresse privacy@acme-corp.example.

# ---------------------------------------------------------------- demandes

add("fr-01-une-ligne-effacer", "k.benali75@courriel.example", "suppression",
    "Merci d'effacer mon compte client et tout ce qui va avec.\n",
    R(["Erasure"], "k.benali75@courriel.example"))

add("fr-02-pac-en-panne-ras-le-bol", "Jean-Baptiste Lefèvre <jb.lefevre@orange-mail.example>",
    "Pompe à chaleur en panne depuis 3 semaines — ras-le-bol",
    """Madame, Monsieur,

Je ne sais plus à qui m'adresser, alors j'écris à cette adresse en espérant que quelqu'un
me lise enfin.

Votre pompe à chaleur a été installée chez nous le 18 septembre. Dès les premiers froids,
elle s'est mise en défaut tous les soirs (code E41). J'ai appelé votre SAV le 27 octobre,
le 30 octobre, le 4 novembre et encore hier. À chaque fois on me promet un technicien
« sous 48 heures ». Personne n'est venu. Nous avons deux enfants en bas âge et nous chauffons
la maison avec deux radiateurs d'appoint que j'ai dû acheter moi-même.

Hier, la conseillère m'a affirmé que je n'avais « jamais signalé de panne ». C'est faux.
Puisque c'est comme ça, je vous demande de me communiquer l'intégralité des données me
concernant que vous conservez : historique de mes appels et de mes tickets, notes des
techniciens et des conseillers, relevés de l'appli et journaux d'erreurs de la machine.
J'en ai besoin pour saisir le médiateur de la consommation.

Je précise que je continue de payer les mensualités du prêt pour un appareil qui ne
fonctionne pas, et que j'ai gardé toutes les factures d'électricité des radiateurs.

Jean-Baptiste Lefèvre
7 allée des Charmes, 44300 Nantes
""",
    R(["Access"], "jb.lefevre@orange-mail.example", "Jean-Baptiste", "Lefèvre"))

add("fr-03-lettre-effacement", "Hélène Dupuis-Marchal <helene.dupuis-marchal@laposte-mail.example>",
    "Demande d'effacement – article 17 du RGPD",
    """Madame, Monsieur,

Cliente de la société Verdant de 2021 à 2025 (contrat d'entretien n° VE-20417, résilié), je
vous prie, en application de l'article 17 du Règlement (UE) 2016/679, de procéder à
l'effacement de l'ensemble des données à caractère personnel me concernant figurant dans
vos fichiers, sous réserve de celles que la loi vous impose de conserver.

Je vous saurais gré de me confirmer l'exécution de cette demande dans le délai d'un mois
prévu à l'article 12, paragraphe 3, du même règlement.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène Dupuis-Marchal
""",
    R(["Erasure"], "helene.dupuis-marchal@laposte-mail.example", "Hélène", "Dupuis-Marchal"))

add("fr-04-fautes-sms", "Kevin Morel <kevin.morel33@mailbox.example>", "sms",
    """bonjour je veu plus recevoir vos sms de pub pour les panneau solaire sa fait 3 fois que je repond stop et sa continu merci de faire le necessaire
kevin morel
""",
    R(["Opposition"], "kevin.morel33@mailbox.example", "Kevin", "Morel"))

add("fr-05-majuscules-qui-vous-a-donne", "Gérard Fontaine <g.fontaine@wanadoo-mail.example>",
    "QUI VOUS A DONNÉ MON NUMÉRO",
    """BONJOUR
JE N'AI JAMAIS ÉTÉ CLIENT CHEZ VOUS. JE VEUX SAVOIR QUI VOUS A DONNÉ MON NUMÉRO DE PORTABLE
ET MON ADRESSE. ET VOUS ARRÊTEZ DE M'APPELER TOUS LES MIDIS POUR VOS PANNEAUX, C'EST CLAIR ?
G. FONTAINE
""",
    R(["Information", "Opposition"], "g.fontaine@wanadoo-mail.example", "Gérard", "Fontaine"))

add("fr-06-html-export-production", "Solène Marchand <solene.marchand@free-mail.example>",
    "Récupérer mon historique de production",
    html("Bonjour,",
         "J'utilise votre application de suivi depuis la pose de mes panneaux en 2022. Je change "
         "d'outil de suivi énergétique et j'aimerais récupérer tout l'historique de production et "
         "de consommation (au pas de 30 minutes si possible) dans un fichier que je puisse importer "
         "ailleurs, type CSV ou JSON.",
         "Si vous pouvez l'envoyer directement à mon nouveau service "
         "(<a href=\"mailto:import@wattsuivi.example\">import@wattsuivi.example</a>), c'est encore mieux.",
         "Merci d'avance,<br>Solène Marchand"),
    R(["Portability"], "solene.marchand@free-mail.example", "Solène", "Marchand"), ct=HTML)

add("fr-07-latin1-demenagement", "François Bézier <francois.bezier@sfr-mail.example>",
    "Changement d'adresse",
    """Bonjour,

Nous avons déménagé le 1er octobre. Ma nouvelle adresse est : 12 rue des Écoles, 69007 Lyon.
Pouvez-vous mettre à jour mon dossier (contrat d'entretien de la pompe à chaleur et
échéancier du prêt) ? Mon ancien numéro fixe n'est plus attribué, le bon numéro est
désormais le 06 12 34 56 78.

Cordialement,
François Bézier
""",
    R(["Rectification"], "francois.bezier@sfr-mail.example", "François", "Bézier"),
    encode="latin-1", ct=LATIN1)

add("fr-08-cp1252-apres-mon-deces", "Monique Aubert <monique.aubert@club-internet.example>",
    "Mes données après mon décès",
    """Madame, Monsieur,

J’ai 79 ans et je mets de l’ordre dans mes affaires. Je souhaite vous faire connaître mes
directives sur le sort de mes données après ma mort : mon compte sur votre application devra
être fermé et mes informations supprimées, et ma sœur, Mme Odile Aubert, devra être
prévenue de ce qui reste dû sur mon prêt.

Pouvez-vous enregistrer ces instructions et me dire si un formulaire est nécessaire ?

Bien à vous,
Monique Aubert
""",
    R(["AdvanceDirectives"], "monique.aubert@club-internet.example", "Monique", "Aubert"),
    encode="cp1252", ct=CP1252)

add("fr-09-heritiere-pere-locataire", "Camille Rousseau <camille.rousseau@mailbox.example>",
    "Décès de mon père – M. Alain Rousseau",
    """Bonjour,

Mon père, Alain Rousseau, est décédé le 3 octobre dernier. Il était locataire d'un
appartement géré par Keystone au 4 place Saint-Pierre à Caen ; le bail a été résilié.

En tant qu'héritière, je vous demande de clôturer son espace locataire et de faire
disparaître ses données personnelles de vos fichiers, une fois le solde du dépôt de
garantie réglé. Vous trouverez ci-joint l'acte de décès et l'acte de notoriété.

Cordialement,
Camille Rousseau
""",
    R(["Erasure"], "camille.rousseau@mailbox.example", "Alain", "Rousseau",
      representative="Camille Rousseau"))

add("fr-10-avocat-candidate-ecartee", "Aurélien de La Tour <a.delatour@avocats-delatour.example>",
    "Mme Fatoumata Diallo – communication de données personnelles",
    """Madame, Monsieur,

Je suis le conseil de Madame Fatoumata Diallo, dont la candidature à la location d'un
logement situé 8 avenue Jean-Jaurès à Villeurbanne a été écartée le 2 novembre dernier.

Agissant en son nom, en vertu du mandat exprès ci-joint, je vous prie de me transmettre, sur
le fondement de l'article 15 du RGPD, l'ensemble des données à caractère personnel la
concernant, notamment les pièces de son dossier, les échanges avec le bailleur et tout
document ayant servi à l'évaluation de sa candidature.

Je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments distingués.

Aurélien de La Tour
Avocat au Barreau de Lyon
15 quai Romain Rolland – 69005 Lyon
Tél. : 04 78 12 34 56

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
S'il vous a été adressé par erreur, merci d'en informer l'expéditeur et de le détruire.
""",
    R(["Access"], "a.delatour@avocats-delatour.example", "Fatoumata", "Diallo",
      representative="Aurélien de La Tour"))

add("fr-11-tuteur-mere-demarchage", "Bernard Lemoine <bernard.lemoine@tutelle-mail.example>",
    "Démarchage de ma mère placée sous tutelle",
    """Madame, Monsieur,

Je suis le tuteur de ma mère, Mme Yvette Lemoine, 88 ans (jugement du juge des contentieux de
la protection de Tours du 12 mars 2024, copie jointe). Vos commerciaux l'ont démarchée à
domicile en octobre, puis rappelée plusieurs fois, pour lui vendre une pompe à chaleur.

Je vous demande de cesser immédiatement toute sollicitation commerciale à son égard, quel
que soit le canal (téléphone, courrier, visite), et de l'inscrire sur votre liste
d'opposition.

Bernard Lemoine
""",
    R(["Opposition"], "bernard.lemoine@tutelle-mail.example", "Yvette", "Lemoine",
      representative="Bernard Lemoine"))

add("fr-12-belge-pret-vert-refuse", "Thibault Vandenbroucke <thibault.vdb@skynet-mail.example>",
    "Refus de mon prêt vert – demande de réexamen",
    """Bonjour,

J'ai introduit hier une demande de prêt vert pour l'installation de panneaux à Namur.
Septante secondes plus tard, refus automatique par courriel. Je suis en CDI depuis huit ans
et je n'ai aucun crédit en cours.

Je souhaite qu'une personne de chez vous réexamine ma demande et pouvoir faire valoir mon
point de vue. Vous pouvez me joindre sur mon GSM au 0475 12 34 56.

Bien à vous,
Thibault Vandenbroucke
""",
    R(["AutomatedDecision"], "thibault.vdb@skynet-mail.example", "Thibault", "Vandenbroucke"))

add("fr-13-quebec-loi25-hebergement", "Marie-Ève Tremblay <marie-eve.tremblay@videotron-mail.example>",
    "Question – communication de mes renseignements personnels",
    """Bonjour,

Je suis cliente de votre appli de compteur intelligent depuis l'installation de ma thermopompe
à Sherbrooke. Pouvez-vous me dire où sont hébergés mes renseignements personnels, s'ils sont
communiqués à l'extérieur du Québec et à quelles fins? Avec la Loi 25, j'aimerais bien
comprendre avant de renouveler mon contrat.

Merci beaucoup,
Marie-Ève Tremblay
""",
    R(["Information"], "marie-eve.tremblay@videotron-mail.example", "Marie-Ève", "Tremblay"))

add("fr-14-collegue-transfert-enregistrements", "Nadia Berrada <nadia.berrada@acme-corp.example>",
    "TR: enregistrements de mes appels",
    """Bonjour l'équipe DPO,

Je vous transfère la demande d'un client arrivée sur la boîte du service financement. Je vous
laisse la traiter ?

Merci,
Nadia

-------- Message transféré --------
De : Loïc Le Gall <loic.legall@bzh-mail.example>
Date : dim. 15 nov. 2026 à 10:42
Objet : enregistrements de mes appels
À : financement@acme-corp.example

Bonjour,
Lors de mes appels avec vos conseillers au sujet de mon prêt, on m'a annoncé que les
conversations étaient enregistrées. Je voudrais obtenir ces enregistrements, ainsi que les
notes prises sur mon dossier à cette occasion.
Cordialement,
Loïc Le Gall
""",
    R(["Access"], "loic.legall@bzh-mail.example", "Loïc", "Le Gall"))

add("fr-15-collegue-piece-jointe-dossier", "Julien Marchetti <julien.marchetti@acme-corp.example>",
    "TR: Suppression de mon dossier de candidature", "",
    R(["Erasure"], "ines.haddad@mailbox.example", "Inès", "Haddad"),
    note="""Bonjour,

Une candidate nous a écrit sur la boîte de l'agence, voir son mail en pièce jointe. Je pense
que c'est pour vous.

Julien Marchetti
Agence Keystone Bordeaux-Chartrons
05 56 12 34 56
""",
    attached=("Inès Haddad <ines.haddad@mailbox.example>", "Suppression de mon dossier de candidature",
              """Bonjour,

J'avais déposé un dossier pour le T2 rue Notre-Dame. J'ai finalement trouvé autre chose.
Merci de supprimer mon dossier et toutes les pièces que j'ai envoyées (pièce d'identité,
bulletins de salaire, avis d'imposition).

Inès Haddad
"""))

add("fr-16-famille-reply-to-date-naissance", "Famille Nguyen <famille.nguyen@free-mail.example>",
    "Erreur sur l'offre de prêt",
    """Bonjour,

Sur l'offre de prêt vert que nous avons reçue, ma date de naissance est indiquée 14/07/1986 au
lieu de 14/07/1968, et mon prénom est écrit « Thi Lam ». Pouvez-vous corriger cela avant la
signature ?

Merci de me répondre sur mon adresse personnelle.
Thi Lan Nguyen
""",
    R(["Rectification"], "thilan.nguyen@mailbox.example", "Thi Lan", "Nguyen"),
    headers=["Reply-To: Thi Lan Nguyen <thilan.nguyen@mailbox.example>"])

add("fr-17-proprietaire-conservation-signature", "Philippe Garnier <p.garnier@sci-lestilleuls.example>",
    "Conservation de mes données après la fin du mandat",
    """Madame, Monsieur,

Je mets fin au mandat de gestion de mes deux appartements nantais au 31 décembre. Pouvez-vous
m'indiquer combien de temps vous conserverez ensuite mes données (pièce d'identité, RIB,
comptes rendus de gérance) et à quels tiers elles ont pu être transmises pendant le mandat ?

Bien cordialement,

Philippe Garnier
Gérant – SCI Les Tilleuls
Tél. : 02 40 12 34 56 – Port. : 06 98 76 54 32

Avertissement : ce message et ses pièces jointes sont confidentiels et destinés exclusivement
à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite.
""",
    R(["Information"], "p.garnier@sci-lestilleuls.example", "Philippe", "Garnier"))

add("fr-18-garder-compte-sans-offres", "Yasmine Cherif <yasmine.cherif@laposte-mail.example>",
    "Offres « sur mesure » dans l'appli",
    """Bonjour,

Je précise d'emblée que je ne veux pas fermer mon compte : l'appli m'est bien utile pour
suivre ma batterie. En revanche je refuse que mes données de consommation servent à me
proposer des « offres sur mesure ». Merci de désactiver cela pour moi.

Yasmine Cherif
""",
    R(["Opposition"], "yasmine.cherif@laposte-mail.example", "Yasmine", "Cherif"))

add("fr-19-mise-en-service", "Patrick Guérin <patrick.guerin@orange-mail.example>",
    "Mise en service ?",
    """Bonjour,
Les panneaux sont posés depuis quinze jours mais toujours pas de mise en service ni de passage
du Consuel. À qui dois-je m'adresser ?
Cordialement,
P. Guérin
""",
    R(["Unknown"], "patrick.guerin@orange-mail.example", "Patrick", "Guérin"))

add("fr-20-qp-impaye-conteste", "Sandrine Okou <sandrine.okou@mailbox.example>",
    "Contestation d'un impayé",
    """Bonjour,

Vous m'avez signalée comme « locataire en impayé » pour le loyer d'août alors que j'ai la
preuve du virement. J'ai saisi la commission départementale de conciliation.

En attendant qu'elle se prononce, je vous demande de mettre cette information de côté : ne
la transmettez ni au propriétaire, ni à votre assureur loyers impayés, et ne vous en servez
pas. Ne la supprimez pas non plus, j'en aurai besoin devant la commission.

Sandrine Okou
""",
    R(["Restriction"], "sandrine.okou@mailbox.example", "Sandrine", "Okou"),
    encode="latin-1-qp", ct=LATIN1)

add("fr-21-copie-puis-effacement", "Mathieu Girard <mathieu.girard@mailbox.example>",
    "Clôture de compte",
    """Bonjour,

Je résilie mon contrat d'entretien et je quitte l'appli. Avant toute suppression, je veux
recevoir la totalité de ce que vous avez enregistré à mon sujet. Une fois que je l'aurai,
effacez tout.

Mathieu Girard
""",
    R(["Access", "Erasure"], "mathieu.girard@mailbox.example", "Mathieu", "Girard"))

add("fr-22-franglais-ciblage", "Clara Weber <clara.weber@mailbox.example>",
    "Ciblage pub / retargeting",
    """Hi, sorry je mélange un peu English et français.

I keep seeing ads for your heat pumps on Instagram juste après avoir utilisé votre simulateur
d'économies. I don't want to be tracked like this : je refuse le ciblage publicitaire, please
stop sharing my data with Meta and co.

Merci !
Clara Weber
""",
    R(["Opposition"], "clara.weber@mailbox.example", "Clara", "Weber"))

add("fr-23-iphone-desinscription", "Lucas Perrin <lucas.perrin@icloud-like.example>",
    "newsletter",
    """desinscrivez moi de vos newsletters svp merci

Envoyé de mon iPhone
""",
    R(["Opposition"], "lucas.perrin@icloud-like.example", "Lucas", "Perrin"))

add("fr-24-score-insuffisant", "Ousmane Sy <ousmane.sy@mailbox.example>",
    "Candidature refusée par votre logiciel",
    """Bonjour,

Mon dossier pour le studio rue Pasteur a été refusé en quelques minutes avec le message
« score insuffisant ». Aucun humain ne l'a regardé, c'est évident. Je conteste ce refus et je
demande qu'un conseiller de l'agence examine réellement mon dossier : j'ai un garant et six
mois de loyer d'avance à proposer.

Ousmane Sy
""",
    R(["AutomatedDecision"], "ousmane.sy@mailbox.example", "Ousmane", "Sy"))

add("fr-25-nom-mal-ecrit-prospectus", "Gwenaëlle Kerbrat <gwenaelle.kerbrat@bzh-mail.example>",
    "Nom mal orthographié + prospectus",
    """Bonjour,

Sur tous vos courriers mon nom est écrit « Kerbat » : c'est Kerbrat, avec un r. Merci de
corriger. Et tant qu'à faire, je ne veux plus recevoir vos prospectus papier sur les bornes
de recharge.

Gwenaëlle Kerbrat
""",
    R(["Rectification", "Opposition"], "gwenaelle.kerbrat@bzh-mail.example", "Gwenaëlle", "Kerbrat"))

add("fr-26-linky-partage", "Henri Castagnet <henri.castagnet@sud-mail.example>",
    "Mes relevés Linky sont-ils transmis ?",
    """Bonjour,

Votre appli récupère les données de mon compteur Linky. Est-ce que vous les transmettez à
quelqu'un d'autre (Enedis, fournisseurs d'énergie, partenaires commerciaux) ? Et combien de
temps les gardez-vous ?

Henri Castagnet
""",
    R(["Information"], "henri.castagnet@sud-mail.example", "Henri", "Castagnet"))

add("fr-27-lettre-droit-acces-bail", "Capucine Delaunay-Brissac <c.delaunay-brissac@mailbox.example>",
    "Exercice de mon droit d'accès",
    """Capucine Delaunay-Brissac
21 rue Sainte-Catherine
33000 Bordeaux

Keystone Lettings – Délégué à la protection des données

Objet : demande d'accès à mes données personnelles

Madame, Monsieur,

Locataire depuis mars 2023 d'un appartement dont vous assurez la gestion, je sollicite,
conformément à l'article 15 du RGPD, la communication de l'ensemble des données à caractère
personnel me concernant traitées dans le cadre de ma candidature puis de mon bail, ainsi que
les informations relatives aux finalités, aux destinataires et à la durée de conservation.

Je vous remercie de me répondre dans le délai légal d'un mois.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

C. Delaunay-Brissac
""",
    R(["Access"], "c.delaunay-brissac@mailbox.example", "Capucine", "Delaunay-Brissac"))

add("fr-28-suisse-nlpd-renseignements", "Laurent Favre <laurent.favre@bluewin-mail.example>",
    "Demande de renseignements selon la nLPD",
    """Bonjour,

Propriétaire d'une pompe à chaleur installée par vos soins à Lausanne, je vous prie, selon
l'art. 25 de la nouvelle loi fédérale sur la protection des données, de me faire savoir
quelles données personnelles me concernant vous traitez et de m'en remettre une copie.

Vous pouvez me joindre sur mon natel au 079 123 45 67.

Meilleures salutations,
Laurent Favre
""",
    R(["Access"], "laurent.favre@bluewin-mail.example", "Laurent", "Favre"))

add("fr-29-mari-pour-epouse", "Roger Baudin <roger.baudin@orange-mail.example>",
    "Appels à mon épouse",
    """Bonjour,

Je vous écris pour mon épouse, Mme Josiane Baudin, qui n'a pas d'adresse mail. Elle reçoit
sans arrêt des appels de vos commerciaux sur son portable. Elle ne veut plus être contactée,
ni par téléphone ni par SMS. Elle est d'accord pour que je fasse la démarche à sa place.

Roger Baudin
""",
    R(["Opposition"], "roger.baudin@orange-mail.example", "Josiane", "Baudin",
      representative="Roger Baudin"))

add("fr-30-proprio-changement-agence", "Isabelle Nakamura-Roy <isabelle.nakamura@mailbox.example>",
    "Changement d'agence – transfert de mon espace propriétaire",
    """Bonjour,

Je confie la gestion de mon appartement à une autre agence à partir de janvier. Merci de
m'envoyer l'export de mon espace propriétaire (quittances, états des lieux, historique des
travaux, comptes rendus de gérance) dans un format structuré et réutilisable, idéalement
transmis directement à la nouvelle agence : gestion@immo-rivegauche.example.

Isabelle Nakamura-Roy
""",
    R(["Portability"], "isabelle.nakamura@mailbox.example", "Isabelle", "Nakamura-Roy"))

add("fr-31-rien-effacer-litige-depot", "Rachid Benhamou <rachid.benhamou@mailbox.example>",
    "Ne rien effacer – litige dépôt de garantie",
    """Bonjour,

Surtout, je ne vous demande pas d'effacer quoi que ce soit : j'ai un litige avec mon ancien
propriétaire sur la restitution du dépôt de garantie, et les photos de l'état des lieux de
sortie sont des preuves. Je vous demande en revanche de bloquer leur utilisation : qu'elles
ne soient ni modifiées ni utilisées à d'autres fins jusqu'à la fin de la procédure.

Rachid Benhamou
""",
    R(["Restriction"], "rachid.benhamou@mailbox.example", "Rachid", "Benhamou"))

# ---------------------------------------------------------------- tâches (collègues)

add("fr-32-tache-avenant-sous-traitant", "Sophie Lambert <sophie.lambert@acme-corp.example>",
    "Relecture avenant RGPD – sous-traitant pose",
    """Bonjour,

Notre nouveau sous-traitant pour la pose des PAC en Occitanie (ThermiPose SARL) nous a
envoyé son avenant « protection des données ». Pouvez-vous le relire avant signature ? Ils
demandent un accès à notre CRM et veulent pouvoir sous-traiter à leur tour.

Merci,
Sophie Lambert
Responsable achats
""",
    TASK("sophie.lambert@acme-corp.example", "Sophie", "Lambert"))

add("fr-33-tache-aipd-scoring", "Karim Haddouche <karim.haddouche@acme-corp.example>",
    "AIPD outil de scoring locataires",
    """Salut,

On envisage de passer à un outil de notation automatique des candidatures locataires
(SolvaScore) au 1er trimestre. Le juridique pense qu'il faut une analyse d'impact. Tu peux la
lancer ? Je peux te faire une démo de l'outil quand tu veux.

Karim
Directeur des agences Keystone
""",
    TASK("karim.haddouche@acme-corp.example", "Karim", "Haddouche"))

add("fr-34-tache-registre-camera", "Élodie Fabre <elodie.fabre@acme-corp.example>",
    "Registre – caméras agence de Marseille",
    """Bonjour,

Nous installons des caméras dans l'agence de Marseille en décembre (accueil et local
archives). Il faut sans doute mettre à jour le registre des traitements et prévoir
l'affichage. Pouvez-vous vous en charger ?

Élodie Fabre
Services généraux
""",
    TASK("elodie.fabre@acme-corp.example", "Élodie", "Fabre"))

add("fr-35-tache-sensibilisation", "Antoine Marchal <antoine.marchal@acme-corp.example>",
    "Sensibilisation RGPD nouveaux techniciens",
    """Bonjour,

Huit nouveaux techniciens arrivent le 7 décembre. Serait-il possible d'organiser une session
de sensibilisation à la protection des données (une heure) pendant leur semaine
d'intégration ?

Antoine Marchal
Responsable formation
""",
    TASK("antoine.marchal@acme-corp.example", "Antoine", "Marchal"))

add("fr-36-tache-questionnaire-banque", "Manon Petit <manon.petit@acme-corp.example>",
    "Questionnaire conformité banque partenaire",
    """Coucou,

La banque qui finance nos prêts verts nous a envoyé son questionnaire annuel de conformité
(volet RGPD + sécurité). Tu peux compléter la partie protection des données avant le 10/12 ?
Je te mets le fichier en PJ.

Bises,
Manon
""",
    TASK("manon.petit@acme-corp.example", "Manon", "Petit"))

# ---------------------------------------------------------------- incidents

add("fr-37-inc-relance-mauvais-locataire", "Céline Roux <celine.roux@acme-corp.example>",
    "Lettre de relance envoyée au mauvais locataire",
    """Bonjour,

On vient de se rendre compte que la lettre de relance pour loyer impayé du locataire de
l'appartement 5 (résidence Les Acacias) a été envoyée à la locataire de l'appartement 15,
erreur de publipostage. La lettre mentionne le montant de la dette et les coordonnées du
garant. La locataire nous a appelés ce matin. Que doit-on faire ?

Céline Roux
Gestionnaire locative
""",
    INC("celine.roux@acme-corp.example", "Céline", "Roux"))

add("fr-38-inc-vol-portable-technicien", "David Mercier <david.mercier@acme-corp.example>",
    "Vol ordinateur portable + tablette",
    """Bonjour,

On m'a volé hier soir dans ma voiture, à Toulouse, mon ordinateur portable pro et la tablette
de relevés. Il y avait les fiches de visite technique de la semaine : noms, adresses,
téléphones et codes de portail des clients. Plainte déposée ce matin.

David Mercier
Technicien SAV – 06 11 22 33 44
""",
    INC("david.mercier@acme-corp.example", "David", "Mercier"))

add("fr-39-inc-externe-offre-pret", "Aurore Lefranc <aurore.lefranc@mailbox.example>",
    "J'ai reçu l'offre de prêt de quelqu'un d'autre",
    """Bonjour,

J'ai reçu ce matin de votre part un mail contenant l'offre de prêt d'une autre personne :
nom, adresse, revenus et RIB. Je ne suis pas concernée et je n'ai jamais fait de demande chez
vous. Je vous préviens, je vais supprimer ce message.

Aurore Lefranc
""",
    INC("aurore.lefranc@mailbox.example", "Aurore", "Lefranc"))

add("fr-40-inc-externe-appli-autre-foyer", "Vincent Arnaud <vincent.arnaud@mailbox.example>",
    "Appli : je vois la conso d'un autre foyer",
    """Bonjour,

Depuis la mise à jour d'hier, l'appli m'affiche la consommation et l'adresse d'une maison qui
n'est pas la mienne (à Angers, moi je suis à Tours). Le nom du client apparaît aussi. Ça me
paraît grave, je préfère vous prévenir.

Vincent Arnaud
""",
    INC("vincent.arnaud@mailbox.example", "Vincent", "Arnaud"))

add("fr-41-inc-hameconnage", "Léa Bonnet <lea.bonnet@acme-corp.example>",
    "J'ai cliqué sur un lien bizarre",
    """Bonjour,

J'ai reçu un mail « facture impayée » soi-disant d'un fournisseur, j'ai cliqué et j'ai saisi
mon identifiant et mon mot de passe Microsoft. J'ai changé le mot de passe depuis, mais ma
boîte contient tous les dossiers des candidats locataires de l'agence. Désolée...

Léa
""",
    INC("lea.bonnet@acme-corp.example", "Léa", "Bonnet"))

# ---------------------------------------------------------------- relances

add("fr-42-suivi-dsr-toujours-rien", "Émilie Charpentier <emilie.charpentier@mailbox.example>",
    "RE: [DSR-51230] Accusé de réception de votre demande",
    """Bonjour,

Cela fait plus d'un mois et je n'ai rien reçu à part ce message automatique. Où en est ma
demande ?

Émilie Charpentier

> Bonjour,
> Nous accusons réception de votre demande, enregistrée sous la référence DSR-51230.
> Nous y répondrons dans un délai d'un mois.
> L'équipe Protection des données – Verdant & Keystone Lettings
""",
    FU("51230", "emilie.charpentier@mailbox.example", "Émilie", "Charpentier"))

add("fr-43-suivi-lettre-effacement", "Hélène Dupuis-Marchal <helene.dupuis-marchal@laposte-mail.example>",
    "RE: Demande d'effacement – article 17 du RGPD",
    """Madame, Monsieur,

Suite à mon courrier ci-dessous, je constate que je reçois toujours vos lettres
d'information. Je vous remercie de me confirmer que l'effacement a bien été réalisé.

Hélène Dupuis-Marchal
""",
    FU(ref("fr-03-lettre-effacement"), "helene.dupuis-marchal@laposte-mail.example", "Hélène", "Dupuis-Marchal"),
    headers=irt("fr-03-lettre-effacement"))

add("fr-44-suivi-belge-reexamen", "Thibault Vandenbroucke <thibault.vdb@skynet-mail.example>",
    "RE: Refus de mon prêt vert – demande de réexamen",
    """Bonjour,

Je reviens vers vous : toujours pas de nouvelles du réexamen. L'installateur ne peut garder
son prix que jusqu'au 30. Merci de me tenir au courant.

Thibault Vandenbroucke
""",
    FU(ref("fr-12-belge-pret-vert-refuse"), "thibault.vdb@skynet-mail.example", "Thibault", "Vandenbroucke"),
    headers=irt("fr-12-belge-pret-vert-refuse"))

add("fr-45-suivi-dsr-piece-identite", "Stéphane Kowalski <stephane.kowalski@mailbox.example>",
    "TR: [DSR-49911] Vérification de votre identité",
    """Bonjour,

Comme demandé, voici ma pièce d'identité en pièce jointe.

Cordialement,
Stéphane Kowalski

-----Message d'origine-----
De : privacy@acme-corp.example
Objet : [DSR-49911] Vérification de votre identité

Afin de traiter votre demande, nous avons besoin de vérifier votre identité. Merci de nous
adresser une copie d'une pièce d'identité en cours de validité.
""",
    FU("49911", "stephane.kowalski@mailbox.example", "Stéphane", "Kowalski"))

# ---------------------------------------------------------------- à ignorer

add("fr-46-spam-mise-en-conformite", "Service Conformité RGPD <contact@mise-en-conformite-rgpd.example>",
    "URGENT : mise en conformité RGPD obligatoire avant le 30/11",
    """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise n'a pas encore effectué sa mise en conformité
RGPD. Vous vous exposez à une amende pouvant atteindre 4 % de votre chiffre d'affaires.

Pour protéger les données personnelles de vos clients et éviter toute sanction, régularisez
votre situation avant le 30/11 : attestation de conformité et registre clés en main pour
390 € HT seulement.

Cliquez ici pour régulariser.
""",
    IGN("spam", "contact@mise-en-conformite-rgpd.example"), headers=SPAM_HDR)

add("fr-47-spam-boite-suspendue", "Support Messagerie <support@messagerie-securite.example>",
    "Votre boîte mail sera suspendue sous 24h",
    """Cher utilisateur,

Votre boîte privacy@acme-corp.example a dépassé son quota de stockage. Sans action de votre
part, elle sera suspendue sous 24 heures.

Validez votre compte ici : https://messagerie-securite.example/valider

Le support messagerie
""",
    IGN("spam", "support@messagerie-securite.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="messagerie-securite.example")])

add("fr-48-spam-effacer-mes-donnees", "ProtègeMesDonnées <bonjour@protege-mes-donnees.example>",
    "Vos données personnelles circulent sur 214 sites",
    """Bonjour,

Nous avons détecté votre nom, votre adresse et votre numéro de téléphone sur 214 sites de
courtiers en données. Notre service supprime vos données personnelles d'Internet en 48 h et
les surveille toute l'année.

Offre de lancement : -60 % aujourd'hui seulement.

Je protège mes données >>
""",
    IGN("spam", "bonjour@protege-mes-donnees.example"))

add("fr-49-spam-referencement", "Julie - Agence Web <julie@top-referencement.example>",
    "Première page Google pour vos panneaux solaires",
    """Bonjour,

En consultant votre site, j'ai remarqué qu'il n'apparaît pas sur la première page de Google
pour « installateur panneaux solaires ». Nous pouvons y remédier en 30 jours, résultats
garantis ou remboursés.

Seriez-vous disponible pour un appel de 15 minutes cette semaine ?

Julie
Chargée d'affaires
""",
    IGN("spam", "julie@top-referencement.example"))

add("fr-50-absence-bureau", "Thomas Girod <thomas.girod@thermipose.example>",
    "Réponse automatique : Relecture avenant RGPD – sous-traitant pose",
    """Bonjour,

Je suis absent du bureau jusqu'au 23 novembre inclus, sans accès à mes messages. Pour toute
urgence, merci de contacter contact@thermipose.example.

Thomas Girod
""",
    IGN("auto_reply", "thomas.girod@thermipose.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-51-accuse-ticket-banque", "Support Banque Horizon <ne-pas-repondre@banque-horizon.example>",
    "[Demande n° 2026-114587] Votre demande a bien été enregistrée",
    """Ceci est un message automatique, merci de ne pas y répondre.

Votre demande a bien été enregistrée sous le numéro 2026-114587. Un conseiller vous
répondra dans un délai de 5 jours ouvrés.

Banque Horizon – Service partenaires
""",
    IGN("auto_reply", "ne-pas-repondre@banque-horizon.example"),
    headers=["Auto-Submitted: auto-generated"])

add("fr-52-lettre-information", "Observatoire de la rénovation énergétique <lettre@obs-renovation.example>",
    "La lettre de novembre : MaPrimeRénov' 2027, ce qui change",
    """LA LETTRE DE L'OBSERVATOIRE – NOVEMBRE

• MaPrimeRénov' 2027 : les nouveaux plafonds
• Pompes à chaleur : le marché repart au 3e trimestre
• Webinaire : rénovation d'ampleur et copropriétés

Lire la lettre en ligne.

Vous recevez cette lettre car vous êtes abonné(e). Se désabonner :
https://obs-renovation.example/desabonnement
""",
    IGN("bulk", "lettre@obs-renovation.example"),
    headers=["List-Id: Lettre de l'Observatoire <lettre.obs-renovation.example>",
             "List-Unsubscribe: <https://obs-renovation.example/desabonnement?u=4471>",
             "Precedence: bulk"])

add("fr-53-rebond", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Non remis : Votre demande", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
