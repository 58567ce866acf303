from common import *  # part fr: written blind

# ---------------------------------------------------------------- demandes
add("fr-01-supprimer-compte", "Aurélien Vasseur <aurelien.vasseur@courriel.example>", "suppression",
    "Bonjour, merci de supprimer mon compte et toutes mes données. Aurélien Vasseur\n",
    R(["Erasure"], "aurelien.vasseur@courriel.example", "Aurélien", "Vasseur"))

add("fr-02-acces-donnees-sante", "Noémie Castagnet <noemie.castagnet@boitemail.example>", "Demande d'accès à mes données",
    """Bonjour,

J'utilise votre application de suivi sportif avec une montre connectée depuis 2024, et j'ai passé plusieurs commandes à la pharmacie en ligne.

Je souhaite obtenir une copie de l'ensemble des données personnelles me concernant : données de santé (fréquence cardiaque, sommeil, poids), historique des commandes, ordonnances transmises et échanges avec vos pharmaciens.

Merci par avance,
Noémie Castagnet
""",
    R(["Access"], "noemie.castagnet@boitemail.example", "Noémie", "Castagnet"))

add("fr-03-directives-post-mortem", "Jean-Baptiste de La Roche-Aymon <jb.delaroche@postemail.example>", "Directives concernant mes données après mon décès",
    """Madame, Monsieur,

Conformément à l'article 85 de la loi Informatique et Libertés, je souhaite vous communiquer mes directives particulières relatives au sort de mes données personnelles après mon décès.

Je demande qu'à mon décès, l'ensemble des données de santé collectées par votre application (mesures d'activité, tension, sommeil) soient supprimées, et que mon fils, Amaury de La Roche-Aymon, soit la personne chargée de l'exécution de ces directives. Il ne devra pas avoir accès au contenu de mes ordonnances.

Je vous remercie de m'indiquer comment ces directives seront enregistrées.

Jean-Baptiste de La Roche-Aymon
""",
    R(["AdvanceDirectives"], "jb.delaroche@postemail.example", "Jean-Baptiste", "de La Roche-Aymon"))

add("fr-04-latin1-nom-accent", "Helene Lefevre-Duclos <h.lefevreduclos@vieuxmail.example>", "Erreur sur mon nom",
    """Bonjour,

Sur mes colis et sur mes factures mon nom est écrit "Lefebvre Duclos" au lieu de "Lefèvre-Duclos" (avec un accent et un trait d'union), et mon prénom est Hélène, pas Helen.
La pharmacie de mon quartier a refusé un remboursement à cause de ça. Pouvez-vous corriger s'il vous plaît ?

Cordialement,
Hélène Lefèvre-Duclos
""",
    R(["Rectification"], "h.lefevreduclos@vieuxmail.example", "Hélène", "Lefèvre-Duclos"),
    ct=LATIN1, encode="latin-1")

add("fr-05-stop-sms-promo", "Karim Bensaïd <karim.bensaid@monmail.example>", "Arrêtez les SMS publicitaires",
    """Bonjour,

Je reçois chaque semaine des SMS pour des promotions sur des compléments alimentaires. Je n'ai jamais donné mon accord. Je m'oppose à l'utilisation de mon numéro à des fins de prospection, merci de le retirer de vos listes.

Karim Bensaïd
06 12 34 56 78
""",
    R(["Opposition"], "karim.bensaid@monmail.example", "Karim", "Bensaïd"))

add("fr-06-portabilite-montre", "Maëlle Kerjean <maelle.kerjean@courriel.example>", "Récupérer mes données d'entraînement",
    """Bonjour,

Je change d'application de sport. Est-ce que vous pouvez m'envoyer toutes mes séances, mes parcours GPS et mes données de fréquence cardiaque dans un format réutilisable (CSV, GPX, JSON) ? Le bouton "exporter" de l'application ne fonctionne pas chez moi.

Merci !
Maëlle
""",
    R(["Portability"], "maelle.kerjean@courriel.example", "Maëlle", "Kerjean"))

add("fr-07-hebergement-transferts", "Bastien Ollivier-Marchal <bastien.om@postemail.example>", "Où sont hébergées mes données de santé ?",
    """Bonjour,

Avant de connecter ma montre à votre application, j'aimerais savoir :
- où sont hébergées les données de santé (hébergeur certifié HDS ?) ;
- si des données sont transférées aux États-Unis ;
- combien de temps vous les conservez après la résiliation de l'abonnement ;
- si elles sont transmises à des mutuelles ou assureurs.

Je ne demande pas de copie, seulement ces informations.

Bien cordialement,
Bastien Ollivier-Marchal
""",
    R(["Information"], "bastien.om@postemail.example", "Bastien", "Ollivier-Marchal"))

add("fr-08-paiement-refuse-auto", "Fatoumata Diarra <fatoumata.diarra@boitemail.example>", "Paiement en 3 fois refusé automatiquement",
    """Bonjour,

Ma demande de paiement en trois fois pour l'abonnement annuel + la balance connectée a été refusée en quelques secondes, avec le message "votre profil ne permet pas ce mode de paiement". Il s'agit manifestement d'une décision automatique.

Je conteste cette décision et je demande qu'elle soit réexaminée par une personne, et qu'on m'explique sur quels critères elle repose.

Fatoumata Diarra
""",
    R(["AutomatedDecision"], "fatoumata.diarra@boitemail.example", "Fatoumata", "Diarra"))

add("fr-09-limitation-poids", "Ludovic Sarrazin <ludovic.sarrazin@monmail.example>", "Contestation de données",
    """Bonjour,

Suite à un bug de synchronisation avec ma balance, mon profil indique que j'ai pris 25 kg en une semaine et l'application me propose maintenant des "programmes perte de poids" et des produits en pharmacie. Ces données sont fausses.

Je vous demande de geler l'utilisation de ces mesures (limitation du traitement) le temps que vous vérifiiez, et de ne plus les utiliser pour me faire des recommandations.

Ludovic Sarrazin
""",
    R(["Restriction"], "ludovic.sarrazin@monmail.example", "Ludovic", "Sarrazin"))

add("fr-10-avocate-acces", "Maître Solène Abitbol <s.abitbol@abitbol-avocats.example>", "Demande de droit d'accès - M. Grégoire Ancelin",
    """Madame, Monsieur,

Je suis le conseil de Monsieur Grégoire Ancelin, demeurant 8 rue des Tanneurs à Tours, dans le cadre d'un litige relatif à la délivrance d'un médicament en juillet 2026.

Au nom et pour le compte de mon client, et sur le fondement de l'article 15 du RGPD, je vous prie de bien vouloir me communiquer l'intégralité des données personnelles le concernant, notamment l'historique de ses commandes, les ordonnances transmises, les échanges avec le service client et les enregistrements d'appels.

Vous trouverez ci-joint le mandat signé par mon client ainsi que la copie de sa pièce d'identité.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Solène Abitbol
Avocate au Barreau de Tours
02 47 00 11 22

Ce message est confidentiel et couvert par le secret professionnel.
""",
    R(["Access"], "s.abitbol@abitbol-avocats.example", "Grégoire", "Ancelin",
      representative="Solène Abitbol"))

add("fr-11-tutrice-majeur-protege", "Odile Charpentier <odile.charpentier@association-tutelaire.example>", "Majeur protégé - M. Rémi Fauconnet",
    """Bonjour,

Je suis mandataire judiciaire à la protection des majeurs et j'exerce la mesure de tutelle de Monsieur Rémi Fauconnet (jugement du tribunal judiciaire de Besançon du 4 mars 2025, copie jointe).

M. Fauconnet a souscrit un abonnement à votre application et passe des commandes répétées de compléments alimentaires. Je souhaite connaître les données que vous détenez à son sujet, et je vous demande de cesser de lui adresser des offres commerciales.

Odile Charpentier
Mandataire judiciaire
""",
    R(["Access", "Opposition"], "odile.charpentier@association-tutelaire.example", "Rémi", "Fauconnet",
      representative="Odile Charpentier"))

add("fr-12-html-desinscription", "Inès Bouchareb <ines.bouchareb@webmail.example>", "Désinscription + profilage",
    html("Bonjour,",
         "Je ne veux plus recevoir votre newsletter ni vos <i>conseils personnalisés</i>. Je refuse aussi que mes achats soient utilisés pour me profiler.",
         "Merci,<br>Inès Bouchareb"),
    R(["Opposition"], "ines.bouchareb@webmail.example", "Inès", "Bouchareb"), ct=HTML)

add("fr-13-sans-ponctuation", "Dylan Moreau-Pichon <dylanmp@mobimail.example>", "mes donnees",
    """bonjour je voudrai savoir quelle donnees vous avez sur moi jai commander une fois chez vous et depuis je recoit plein de pub de partout merci de menvoyer ce que vous avez

Envoyé de mon iPhone
""",
    R(["Access"], "dylanmp@mobimail.example", "Dylan", "Moreau-Pichon"))

add("fr-14-majuscules", "GISELE TROADEC <gisele.troadec@vieuxmail.example>", "SUPPRESSION DE MON COMPTE",
    """BONJOUR
JE VOUS DEMANDE DE SUPPRIMER MON COMPTE ET TOUTES MES INFORMATIONS. JE NE VEUX PLUS RIEN RECEVOIR DE VOTRE PART.
MME TROADEC GISELE
""",
    R(["Erasure"], "gisele.troadec@vieuxmail.example", "Gisele", "Troadec"))

add("fr-15-longue-colere", "Yannick Le Guennec <yannick.leguennec@courriel.example>", "Inadmissible",
    """Bonjour,

Je vous écris parce que j'en ai assez. Depuis septembre, j'ai commandé trois fois mon traitement pour la tension et à chaque fois il y a eu un problème. La première fois le colis est arrivé ouvert. La deuxième fois il manquait une boîte, et votre service client m'a répondu au bout de dix jours avec un message automatique. La troisième fois on m'a débité deux fois sur ma carte.

En plus, votre application m'envoie des notifications le soir à 23h pour me dire que je "n'ai pas atteint mon objectif de pas". Je n'ai jamais fixé d'objectif.

J'ai décidé de ne plus être client. Je veux que vous effaciez ma carte bancaire, mon historique de commandes et mon compte dans l'application. Je ne veux plus aucun lien avec vous.

Je veux aussi être remboursé du double débit de 38,90 euros.

Yannick Le Guennec
""",
    R(["Erasure"], "yannick.leguennec@courriel.example", "Yannick", "Le Guennec"))

add("fr-16-facture-mutuelle", "Sabine Rouchon <sabine.rouchon@monmail.example>", "facture pour ma mutuelle",
    """Bonjour,
pourriez-vous m'envoyer une facture détaillée de ma commande n° 55120931 pour ma mutuelle ? Je ne la trouve pas dans mon espace.
Merci
Sabine Rouchon
""",
    R(["Unknown"], "sabine.rouchon@monmail.example", "Sabine", "Rouchon"))

add("fr-17-transfert-service-client", "Capucine Delahaye <capucine.delahaye@acme-corp.example>", "TR: Mes données",
    """Bonjour l'équipe DPO,

Je vous transfère ce message reçu sur la boîte du service client, la cliente demande ses données. Je la laisse entre vos mains.

Capucine
Service Client

-------- Message transféré --------
De : Armelle Quintin-Baudry <armelle.qb@postemail.example>
Date : 15/11/2026 10:02
À : service-client@acme-corp.example
Objet : Mes données

Bonjour, je souhaite recevoir une copie de toutes les informations que vous avez sur moi, y compris les notes des pharmaciens. Armelle Quintin-Baudry
""",
    R(["Access"], "armelle.qb@postemail.example", "Armelle", "Quintin-Baudry"))

add("fr-18-adresse-famille", "Famille Rakotomalala <famille.rakoto@maisonmail.example>", "Mise à jour de mes informations",
    """Bonjour,

Je m'appelle Tahina Rakotomalala, j'ai un compte chez vous (pharmacie + appli). J'utilise l'adresse de la famille mais merci de me répondre sur mon adresse personnelle.

1) Je voudrais savoir quelles données vous avez sur moi.
2) Mon numéro de téléphone a changé : c'est maintenant le 07 81 22 45 60. Merci de le corriger.

Tahina
""",
    R(["Access", "Rectification"], "tahina.rakoto@persomail.example", "Tahina", "Rakotomalala"),
    headers=["Reply-To: tahina.rakoto@persomail.example"])

add("fr-19-lettre-art15-20", "Pierre-Emmanuel Vautrin <pe.vautrin@lettre.example>", "Exercice de mes droits - articles 15 et 20 du RGPD",
    """Madame, Monsieur,

En application des articles 15 et 20 du Règlement (UE) 2016/679, je vous prie de bien vouloir :

- me communiquer une copie des données à caractère personnel me concernant que vous traitez, ainsi que les informations prévues à l'article 15 ;
- me transmettre, dans un format structuré, couramment utilisé et lisible par machine, les données que j'ai fournies à l'application (mesures, séances, journaux alimentaires).

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Pierre-Emmanuel Vautrin
14 allée des Charmilles, 69005 Lyon
""",
    R(["Access", "Portability"], "pe.vautrin@lettre.example", "Pierre-Emmanuel", "Vautrin"))

add("fr-20-fille-mere-decedee", "Corinne Aubertin <corinne.aubertin@courriel.example>", "Compte de ma mère décédée",
    """Bonjour,

Ma mère, Mme Jacqueline Aubertin, est décédée le 30 septembre. Elle avait un compte sur votre pharmacie en ligne et recevait encore des rappels pour renouveler son traitement.

En tant que fille et héritière, je vous demande de clôturer son compte et de supprimer ses données. Je peux vous fournir l'acte de décès.

Corinne Aubertin
""",
    R(["Erasure"], "corinne.aubertin@courriel.example", "Jacqueline", "Aubertin",
      representative="Corinne Aubertin"))

add("fr-21-cp1252-samsung", "Théo Vandamme <theo.vandamme@mobimail.example>", "Questionnaire santé",
    """Bonjour,

Lors de ma commande j\u2019ai rempli un questionnaire de santé (antécédents, cœur, allergies). Je ne commanderai plus chez vous : merci d\u2019effacer ce questionnaire et mes réponses. Le reste du compte peut être supprimé aussi.

Théo Vandamme

Envoyé depuis mon Samsung Galaxy
""",
    R(["Erasure"], "theo.vandamme@mobimail.example", "Théo", "Vandamme"),
    ct=CP1252, encode="cp1252")

# ---------------------------------------------------------------- tâches
add("fr-22-tache-contrat-logisticien", "Marion Lecomte-Bastide <marion.lecomte-bastide@acme-corp.example>", "Relecture DPA nouveau logisticien",
    """Bonjour,

Nous changeons de prestataire pour la préparation et la livraison des colis pharmacie à partir de janvier (LogiSanté Express). Pouvez-vous relire l'accord de sous-traitance (article 28) et nous dire si les clauses sur les données de santé sont suffisantes ? Le document est dans le dossier Achats > 2026 > Logistique.

Merci,
Marion Lecomte-Bastide
Responsable Achats
""",
    TASK("marion.lecomte-bastide@acme-corp.example", "Marion", "Lecomte-Bastide"))

add("fr-23-tache-aipd-teleconsult", "Raphaël N'Guessan <raphael.nguessan@acme-corp.example>", "AIPD téléconsultation",
    """Bonjour l'équipe conformité,

On lance au printemps un service de téléconsultation avec des médecins partenaires depuis l'application. Il faudrait réaliser l'analyse d'impact (AIPD) avant la mise en production. Pouvez-vous nous dire par quoi on commence et quand vous êtes disponibles pour un atelier ?

Raphaël N'Guessan
Chef de projet produit
""",
    TASK("raphael.nguessan@acme-corp.example", "Raphaël", "N'Guessan"))

add("fr-24-tache-registre-crm", "Estelle Morvan <estelle.morvan@acme-corp.example>", "Mise à jour du registre - nouveau CRM",
    """Bonjour,

Le marketing a migré vers le nouveau CRM (Salesforce) le 2 novembre. Il faut mettre à jour la fiche du registre des traitements "Prospection clients" (outil, sous-traitant, localisation des données). Je peux vous envoyer les infos techniques.

Estelle Morvan
Marketing Ops
""",
    TASK("estelle.morvan@acme-corp.example", "Estelle", "Morvan"))

add("fr-25-tache-questionnaire-mutuelle", "Grégory Fontanel <gregory.fontanel@acme-corp.example>", "Questionnaire conformité RGPD de la mutuelle Hexagone Santé",
    """Salut,

La mutuelle Hexagone Santé veut proposer notre appli à ses adhérents et nous a envoyé un questionnaire RGPD de 60 questions (DPO, registre, sécurité, hébergement HDS, durées de conservation). Tu peux le compléter ou me dire qui doit le faire ? Ils veulent une réponse pour le 4 décembre.

Grégory
Business Development
""",
    TASK("gregory.fontanel@acme-corp.example", "Grégory", "Fontanel"))

# ---------------------------------------------------------------- incidents
add("fr-26-incident-mauvais-destinataire", "Anaïs Guerrier <anais.guerrier@acme-corp.example>", "Erreur d'envoi - ordonnance envoyée au mauvais client",
    """Bonjour,

Ce matin j'ai répondu à une cliente (Mme P.) en joignant par erreur l'ordonnance scannée d'un autre patient, avec son nom, son adresse et son traitement (antidépresseur). Je m'en suis rendu compte dix minutes après. J'ai écrit à la cliente pour lui demander de supprimer le message mais pas de réponse pour l'instant.

Que dois-je faire ?

Anaïs Guerrier
Pharmacienne - équipe Ordonnances
""",
    INC("anais.guerrier@acme-corp.example", "Anaïs", "Guerrier"))

add("fr-27-incident-colis-autre-client", "Hervé Lachaud <herve.lachaud@boitemail.example>", "J'ai reçu le colis de quelqu'un d'autre",
    """Bonjour,

J'ai reçu aujourd'hui un colis de votre pharmacie qui ne m'était pas destiné : il contient les médicaments et l'ordonnance d'une autre personne (nom, date de naissance, adresse à Nantes). Mon colis à moi n'est jamais arrivé.

Je trouve grave que des informations médicales d'une autre personne m'aient été envoyées. Comment je vous renvoie tout ça ?

Hervé Lachaud
""",
    INC("herve.lachaud@boitemail.example", "Hervé", "Lachaud"))

add("fr-28-incident-bucket-expose", "Ophélie Garnier-Sainz <ophelie.gs@securitylab.example>", "Signalement de vulnérabilité - fichiers exposés",
    """Bonjour,

Je suis chercheuse en sécurité. En analysant des espaces de stockage cloud accessibles publiquement, j'ai trouvé un bucket nommé "acme-app-exports-prod" qui semble contenir des exports CSV d'utilisateurs de votre application (adresses e-mail, dates de naissance, poids, fréquence cardiaque). Je n'ai téléchargé qu'un fichier pour vérifier et je l'ai supprimé.

Je vous conseille de le rendre privé rapidement. Je reste disponible pour vous donner les détails.

Ophélie Garnier-Sainz
""",
    INC("ophelie.gs@securitylab.example", "Ophélie", "Garnier-Sainz"))

# ---------------------------------------------------------------- suivis
add("fr-29-suivi-dsr-relance", "Mathilde Perrichon <mathilde.perrichon@courriel.example>", "RE: [DSR-38812] Accusé de réception de votre demande",
    """Bonjour,

Le délai d'un mois est dépassé et je n'ai toujours rien reçu. Merci de me dire où en est ma demande.

Mathilde Perrichon

Le 12/10/2026, privacy@acme-corp.example a écrit :
> Bonjour,
> Nous avons bien reçu votre demande, enregistrée sous la référence DSR-38812.
""",
    FU("38812", "mathilde.perrichon@courriel.example", "Mathilde", "Perrichon"))

add("fr-30-suivi-avocate-pieces", "Maître Solène Abitbol <s.abitbol@abitbol-avocats.example>", "RE: Demande de droit d'accès - M. Grégoire Ancelin",
    """Madame, Monsieur,

Suite à mon courriel d'hier, je vous prie de trouver ci-joint le mandat signé, qui n'avait pas été joint par erreur.

Bien à vous,
Solène Abitbol
""",
    FU(ref("fr-10-avocate-acces"), "s.abitbol@abitbol-avocats.example", "Grégoire", "Ancelin"),
    headers=irt("fr-10-avocate-acces"))

add("fr-31-suivi-dsr-piece-identite", "Loïc Tessier <loic.tessier@monmail.example>", "Re: [DSR-39457] Vérification de votre identité",
    """Bonjour, voici ma pièce d'identité comme demandé (recto verso). Loïc Tessier

Envoyé de mon Android
""",
    FU("39457", "loic.tessier@monmail.example", "Loïc", "Tessier"))

# ---------------------------------------------------------------- ignorés
add("fr-32-spam-heritage", "Me Bernard Koffi <cabinet.koffi@notaire-afrique.example>", "URGENT : succession de 4 500 000 EUR",
    """Cher(e) ami(e),

Je suis Maître Bernard Koffi, notaire. Un de mes clients, décédé sans héritier, portait le même nom que vous. Je vous propose de recevoir la somme de 4 500 000 EUR en tant qu'héritier. Pour cela, envoyez-moi vos coordonnées complètes, une copie de votre pièce d'identité et vos coordonnées bancaires.

Ces informations seront supprimées après la transaction conformément au RGPD.

Dans l'attente de votre réponse rapide,
Me Bernard Koffi
""",
    IGN("spam", "cabinet.koffi@notaire-afrique.example"), headers=SPAM_HDR)

add("fr-33-spam-fichiers-prospects", "Julien | DataLeads <julien@dataleads-france.example>", "Fichier de 250 000 sportifs qualifiés - conforme RGPD",
    """Bonjour,

Nous proposons des fichiers de prospects qualifiés : 250 000 contacts de personnes sportives, abonnés à des salles de sport, avec e-mail et téléphone. 100% conforme RGPD (opt-in).

Tarif exceptionnel ce mois-ci : 0,02 EUR par contact.

Pour ne plus recevoir nos offres et faire supprimer vos données de notre base, répondez STOP.

Julien
""",
    IGN("spam", "julien@dataleads-france.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="dataleads-france.example")])

add("fr-34-absence", "Véronique Salmon <veronique.salmon@cabinet-salmon.example>", "Réponse automatique : Votre demande DSR-40112",
    """Bonjour,

Je suis absente du cabinet jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter le secrétariat au 01 44 55 66 77.

Cordialement,
Véronique Salmon
""",
    IGN("auto_reply", "veronique.salmon@cabinet-salmon.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-35-newsletter-pharma", "La Lettre de l'e-Santé <newsletter@lettre-esante.example>", "Numéro 212 : données de santé et objets connectés",
    html("<h1>La Lettre de l'e-Santé</h1>",
         "Au sommaire : le nouveau référentiel HDS, les recommandations de la CNIL sur les objets connectés, et notre dossier sur la pharmacie en ligne en Europe.",
         "Vous recevez cette lettre car vous êtes abonné. <a href='https://lettre-esante.example/desabonnement'>Se désabonner</a>"),
    IGN("bulk", "newsletter@lettre-esante.example"), ct=HTML,
    headers=["List-Id: <lettre.lettre-esante.example>",
             "List-Unsubscribe: <mailto:desabonnement@lettre-esante.example>",
             "Precedence: list"])
