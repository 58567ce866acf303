# French messages (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

# ---------------------------------------------------------------- requests
add("fr-01-salle-resiliation-suppression", "Camille Robert <camille.robert@orange.example>", "Résiliation abonnement Acme Fit Lyon Part-Dieu",
    """Bonjour,

Suite à mon déménagement à Nantes, je souhaite résilier mon abonnement à la salle de Lyon Part-Dieu (contrat n° LPD-55120) à la fin du mois. Je vous demande également de supprimer l'ensemble de mes données personnelles une fois la résiliation effective (photo, carte bancaire, historique de passages).

Merci de me confirmer la prise en compte.

Cordialement,
Camille Robert
""",
    R(["Erasure"], "camille.robert@orange.example", "Camille", "Robert"))

add("fr-02-stationnement-mairie-acces", "Jean-Pierre Lefèvre <jp.lefevre@free.example>", "Application de stationnement de la ville",
    """Madame, Monsieur,

J'utilise depuis deux ans l'application de paiement du stationnement que vous gérez pour la mairie de Villeurbanne. Je voudrais obtenir une copie de toutes les données me concernant : plaques d'immatriculation enregistrées, historique des stationnements, géolocalisation éventuelle, moyens de paiement.

Je vous remercie par avance.

Jean-Pierre Lefèvre
12 rue des Tilleuls
69100 Villeurbanne
""",
    R(["Access"], "jp.lefevre@free.example", "Jean-Pierre", "Lefèvre"))

add("fr-03-immo-acces-et-correction", "Inès Haddad <ines.haddad@gmail.example>", "Mon dossier de location - rue Paul Bert",
    """Bonjour,

J'ai déposé un dossier pour l'appartement de la rue Paul Bert le mois dernier, qui a été refusé. L'agent m'a dit au téléphone que mes revenus étaient « insuffisants », or il semble que vous ayez enregistré mon salaire net mensuel à 1 450 € alors qu'il est de 2 450 €. Je vous demande de m'envoyer une copie de mon dossier tel que vous l'avez enregistré et de corriger ce montant.

Cordialement,
Inès Haddad
""",
    R(["Access", "Rectification"], "ines.haddad@gmail.example", "Inès", "Haddad"))

add("fr-04-aerien-plus-de-promos", "Olivier Garnier <olivier.garnier@sfr.example>", "newsletters",
    "Bonjour, je ne veux plus recevoir vos offres promotionnelles par mail ni par SMS. Merci.\nO. Garnier\n",
    R(["Opposition"], "olivier.garnier@sfr.example", "Olivier", "Garnier"))

add("fr-05-concession-colere-suppression", "Bernard Masson <bernard.masson@wanadoo.example>", "Réclamation - révision Peugeot 3008",
    """Madame, Monsieur,

Je vous écris pour la troisième fois au sujet de la révision de mon 3008 effectuée le 14 octobre dans votre concession de Tours Nord. On m'a facturé 412 € pour un remplacement de plaquettes qui, selon le contrôle technique passé une semaine plus tard, n'a jamais été fait. Lorsque j'ai appelé, le chef d'atelier m'a raccroché au nez. Je ne remettrai plus les pieds chez vous et j'ai transmis le dossier à l'UFC-Que Choisir.

Puisque je ne serai plus votre client, je vous demande de supprimer mes coordonnées de vos fichiers, y compris pour les rappels d'entretien et les enquêtes de satisfaction, qui m'arrivent encore alors que je n'en veux plus.

Je reste dans l'attente du remboursement des 412 €, faute de quoi je saisirai le conciliateur de justice.

Bernard Masson
""",
    R(["Erasure"], "bernard.masson@wanadoo.example", "Bernard", "Masson"))

add("fr-06-directives-post-mortem", "Geneviève Fabre <genevieve.fabre@laposte.example>", "Directives concernant mes données après mon décès",
    """Madame, Monsieur,

Conformément à l'article 85 de la loi Informatique et Libertés, je souhaite vous transmettre des directives particulières relatives à la conservation, à l'effacement et à la communication de mes données personnelles après mon décès, pour mon compte client de votre agence de voyages.

Je désigne mon fils, M. Thomas Fabre, pour les exécuter. Je souhaite qu'à mon décès mon compte soit clôturé et mes données effacées, à l'exception des factures que la loi vous oblige à conserver.

Veuillez m'indiquer la procédure à suivre pour que ces directives soient enregistrées.

Geneviève Fabre
""",
    R(["AdvanceDirectives"], "genevieve.fabre@laposte.example", "Geneviève", "Fabre"))

add("fr-07-marketplace-portabilite", "Karim Benali <karim@atelier-benali.example>", "Récupérer mes données vendeur",
    """Bonjour,

Je vends des luminaires sur votre place de marché depuis 2020. Je vais ouvrir mon propre site et souhaiterais récupérer mes données (fiches produits que j'ai créées, historique des commandes, avis clients, coordonnées de facturation) dans un format structuré et lisible par machine (CSV ou JSON) pour les importer sur ma nouvelle boutique. C'est bien un droit prévu par le RGPD, il me semble ?

Merci,
Karim Benali
Atelier Benali
""",
    R(["Portability"], "karim@atelier-benali.example", "Karim", "Benali"))

add("fr-08-sans-accents-iphone", "lucie.morel33@gmail.example", "compte",
    """bonjour je veux supprimer mon compte sur l appli de la salle svp et que vous gardiez rien merci

Lucie Morel

Envoyé de mon iPhone
""",
    R(["Erasure"], "lucie.morel33@gmail.example", "Lucie", "Morel"))

add("fr-09-lettre-article-15-cnil", "Antoine Mercier <antoine.mercier@protonmail.example>", "Demande d'accès - article 15 RGPD",
    """Madame, Monsieur le Délégué à la protection des données,

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de bien vouloir me communiquer :
- l'ensemble des données à caractère personnel me concernant que vous traitez ;
- les finalités de ces traitements ;
- les destinataires de ces données ;
- la durée de conservation envisagée ;
- la source des données lorsqu'elles n'ont pas été collectées auprès de moi.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente. À défaut de réponse dans ce délai, je me réserve le droit de saisir la CNIL.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Antoine Mercier
""",
    R(["Access"], "antoine.mercier@protonmail.example", "Antoine", "Mercier"))

add("fr-10-voyage-date-naissance-latin1", "Josiane Perrin <josiane.perrin@club-internet.example>", "Erreur sur ma date de naissance",
    """Bonjour,

Pour notre circuit en Andalousie (dossier 2026-88412), ma date de naissance sur la confirmation est le 03/07/1956 alors que c'est le 07/03/1956. Pourriez-vous corriger dans votre fichier avant que les billets d'avion soient émis ? Je ne voudrais pas avoir de problème à l'aéroport.

Bien à vous,
Josiane Perrin
""",
    R(["Rectification"], "josiane.perrin@club-internet.example", "Josiane", "Perrin"), encode="latin-1", ct=LATIN1)

add("fr-11-avocat-suppression", "Maître Sandrine Colas <s.colas@colas-avocats.example>", "V/Réf : Mme Léa Dumont - demande d'effacement",
    """Madame, Monsieur,

Je suis le conseil de Madame Léa Dumont, demeurant 8 allée des Acacias à Rennes, qui a été locataire d'un logement géré par votre agence jusqu'en juin 2025.

Ma cliente a constaté que des informations la concernant (nom, numéro de téléphone, mention d'un « incident de paiement ») continuaient d'être diffusées à des bailleurs tiers. Au nom de ma cliente, et sur le fondement de l'article 17 du RGPD, je vous demande de procéder à l'effacement de l'ensemble de ses données et de m'en confirmer l'exécution.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sandrine Colas
Avocate au Barreau de Rennes
""",
    R(["Erasure"], "s.colas@colas-avocats.example", "Léa", "Dumont", representative="Sandrine Colas"))

add("fr-12-heritiere-salle", "Nathalie Roussel <nathalie.roussel@orange.example>", "Décès de ma mère - abonnement",
    """Bonjour,

Ma mère, Monique Roussel, est décédée le 2 novembre. Elle avait un abonnement dans votre club de Montpellier (aquagym). Je vous remercie de clôturer son compte, d'arrêter les prélèvements et de supprimer ses informations. Je peux vous envoyer l'acte de décès.

Nathalie Roussel
06 12 34 56 78
""",
    R(["Erasure"], "nathalie.roussel@orange.example", "Monique", "Roussel", representative="Nathalie Roussel"))

add("fr-13-salle-videosurveillance-duree", "Théo Lambert <theo.lambert@gmail.example>", "Caméras dans la salle",
    """Bonjour,

Il y a des caméras partout dans la salle de Bordeaux Chartrons, y compris près des vestiaires. Combien de temps gardez-vous les images ? Qui peut les regarder ? Est-ce que c'est indiqué quelque part ?

Merci
Théo
""",
    R(["Information"], "theo.lambert@gmail.example", "Théo", "Lambert"))

add("fr-14-refus-financement-auto", "Mélanie Chevalier <melanie.chevalier@yahoo.example>", "Refus de crédit automatique",
    """Bonjour,

J'ai fait une demande de financement en ligne pour une Clio d'occasion sur votre site. La réponse (refus) est arrivée en 30 secondes, un samedi soir, donc sans aucune intervention humaine. Je demande qu'une personne réexamine mon dossier et qu'on m'explique sur quels critères ce refus est fondé. J'ai un CDI et aucun crédit en cours.

Mélanie Chevalier
""",
    R(["AutomatedDecision"], "melanie.chevalier@yahoo.example", "Mélanie", "Chevalier"))

add("fr-15-limitation-contestation", "Hugo Marchand <hugo.marchand@laposte.example>", "Contestation - fichier des impayés",
    """Bonjour,

Votre agence m'a inscrit comme « locataire à risque » dans votre outil interne suite à un litige sur le dépôt de garantie, que je conteste devant la commission de conciliation. En attendant la décision, je vous demande de geler l'utilisation de cette information (limitation du traitement, article 18 RGPD) : elle ne doit pas être utilisée ni communiquée à d'autres agences.

Hugo Marchand
""",
    R(["Restriction"], "hugo.marchand@laposte.example", "Hugo", "Marchand"))

add("fr-16-transfert-outlook-acces", "Aurélie Petit <aurelie.petit@acme-corp.example>", "TR: demande de données",
    """Bonjour l'équipe DPO,

Je vous transfère la demande d'une cliente reçue au service client voyages. Je n'ai rien répondu.

Aurélie

De : Sylvie Caron <sylvie.caron@neuf.example>
Envoyé : dimanche 15 novembre 2026 19:12
À : service-client@acme-corp.example
Objet : demande de données

Bonjour,
Je souhaiterais recevoir la copie de toutes les informations que vous détenez sur moi (réservations, passeports, échanges avec vos conseillers).
Cordialement
Sylvie Caron
""",
    R(["Access"], "sylvie.caron@neuf.example", "Sylvie", "Caron"))

add("fr-17-transfert-gmail-sms", "Romain Giraud <romain.giraud@acme-corp.example>", "Fwd: SMS",
    """Pour vous, c'est un client de la concession de Lille.

---------- Message transféré ---------
De : Patrick Vasseur <p.vasseur@numericable.example>
Date: dim. 15 nov. 2026 à 11:03
Subject: SMS
To: <lille@acme-corp.example>

Bonjour,
Je reçois 2 à 3 SMS par semaine pour vos journées portes ouvertes. Je m'oppose à toute prospection de votre part, par SMS, mail ou téléphone.
Patrick Vasseur
""",
    R(["Opposition"], "p.vasseur@numericable.example", "Patrick", "Vasseur"))

add("fr-18-transfert-thunderbird-effacement", "Claire Dubois <claire.dubois@acme-corp.example>", "Fwd: Suppression de mon annonce et de mes données",
    """Hello, reçu sur la boîte du support marketplace, à traiter par vous je pense.

-------- Message transféré --------
Sujet : 	Suppression de mon annonce et de mes données
Date : 	Sat, 14 Nov 2026 22:40:11 +0100
De : 	Éric Barbier <eric.barbier@free.example>
Pour : 	support@acme-corp.example

Bonjour, j'ai vendu mon canapé, merci de retirer l'annonce et d'effacer mon compte et toutes mes données, je n'utiliserai plus le site.
Éric Barbier
""",
    R(["Erasure"], "eric.barbier@free.example", "Éric", "Barbier"))

add("fr-19-famille-replyto-pub", "Famille Moreau <famille.moreau@orange.example>", "Courriers publicitaires",
    """Bonjour,

Nous recevons chaque mois votre catalogue papier de séjours à mon nom. Je ne souhaite plus recevoir de publicité de votre part, ni papier ni électronique. Merci de répondre sur mon adresse personnelle.

Françoise Moreau
""",
    R(["Opposition"], "francoise.moreau56@gmail.example", "Françoise", "Moreau"),
    headers=["Reply-To: Françoise Moreau <francoise.moreau56@gmail.example>"])

add("fr-20-exercer-droits", "Yannick Le Gall <yannick.legall@bbox.example>", "RGPD",
    "Bonjour,\n\nJe souhaite exercer mes droits au titre du RGPD. Pouvez-vous m'indiquer la marche à suivre ?\n\nYannick Le Gall\n",
    R(["Unknown"], "yannick.legall@bbox.example", "Yannick", "Le Gall"))

add("fr-21-majuscules-appels", "GERARD PONS <gerard.pons@orange.example>", "APPELS",
    "ARRETEZ DE M APPELER TOUS LES JOURS POUR ME VENDRE UNE VOITURE !!! JE N AI RIEN DEMANDE. RETIREZ MON NUMERO DE VOS LISTES D APPEL.\nG PONS\n",
    R(["Opposition"], "gerard.pons@orange.example", "Gerard", "Pons"))

add("fr-22-remboursement-et-nom", "Aïcha Diallo <aicha.diallo@hotmail.example>", "Vol annulé Paris-Dakar + orthographe",
    """Bonjour,

Mon vol du 9 novembre a été annulé et je n'ai toujours pas reçu le remboursement (dossier KX8R2P). Pouvez-vous faire le nécessaire ?

Par ailleurs, mon nom est mal orthographié dans mon compte : « Aicha Dialo » au lieu de « Aïcha Diallo ». Merci de le corriger, ça me pose problème pour l'enregistrement.

Aïcha Diallo
""",
    R(["Rectification"], "aicha.diallo@hotmail.example", "Aïcha", "Diallo"))

add("fr-23-html-acces-appli", "Manon Lefebvre <manon.lefebvre@outlook.example>", "Mes données dans l'appli Acme Fit",
    html("Bonjour,", "Pouvez-vous m'envoyer l'ensemble des données que l'application a collectées sur moi (poids, séances, fréquence cardiaque, photos de progression) ?",
         "Merci d'avance,", "<b>Manon Lefebvre</b><br>Coach indépendante<br>07 81 22 40 19"),
    R(["Access"], "manon.lefebvre@outlook.example", "Manon", "Lefebvre"), ct=HTML)

add("fr-24-tout-puis-effacer", "Samuel Cohen <sam.cohen@gmail.example>", "Mes données",
    "Bonjour, envoyez-moi tout ce que vous avez sur moi puis effacez-le. Merci. Samuel Cohen\n",
    R(["Access", "Erasure"], "sam.cohen@gmail.example", "Samuel", "Cohen"))

add("fr-25-mairie-dechets-cp1252-opposition", "Roger Blanchard <roger.blanchard@wanadoo.example>", "Badge déchetterie et courrier reçu",
    """Madame, Monsieur,

J'ai reçu la semaine dernière un courrier de rappel concernant mon badge d'accès à la déchetterie intercommunale, que vous gérez pour la communauté de communes. Passons sur le fait que le courrier m'indique 14 passages alors que j'en ai fait 4, et qu'on me réclame 35 € de « dépassement » – j'ai déjà écrit à la mairie à ce sujet et j'attends leur réponse.

Ce qui m'inquiète davantage, c'est qu'en même temps que ce courrier j'ai reçu une publicité d'une société de bennes qui connaissait mon nom, mon adresse et le fait que je fréquente la déchetterie. Je m'oppose formellement à ce que mes données soient transmises à des partenaires commerciaux, quels qu'ils soient.

Je vous prie de croire à l'assurance de mes sentiments les meilleurs.

Roger Blanchard
""",
    R(["Opposition"], "roger.blanchard@wanadoo.example", "Roger", "Blanchard"), encode="cp1252", ct=CP1252)

add("fr-26-fille-pour-mere-appels", "Valérie Noël <valerie.noel@orange.example>", "Appels à ma mère",
    """Bonjour,

Ma mère, Odette Noël, 87 ans, reçoit plusieurs appels par semaine de votre concession de Reims pour lui proposer de reprendre sa voiture. Elle ne conduit plus et ces appels la perturbent beaucoup. Je m'occupe de ses affaires (je suis sa tutrice). Merci de cesser tout démarchage à son égard.

Valérie Noël
""",
    R(["Opposition"], "valerie.noel@orange.example", "Odette", "Noël", representative="Valérie Noël"))

add("fr-27-annonce-telephone", "Pauline Vidal <pauline.vidal@gmail.example>", "Mon numéro visible partout",
    """Bonjour,

J'ai vendu une poussette via votre site l'an dernier et mon numéro de portable apparaît encore dans une vieille annonce en cache. Je reçois des appels bizarres. Effacez mon numéro de téléphone de vos bases et de cette annonce s'il vous plaît.

Pauline
""",
    R(["Erasure"], "pauline.vidal@gmail.example", "Pauline", "Vidal"))

add("fr-28-aerien-transmission-donnees", "Christophe André <christophe.andre@laposte.example>", "Données passagers",
    """Bonjour,

Je voyage souvent vers les États-Unis avec votre compagnie. À qui transmettez-vous mes données de réservation (autorités, partenaires) et combien de temps les conservez-vous ? Je ne demande pas de copie, simplement une explication claire.

Christophe André
""",
    R(["Information"], "christophe.andre@laposte.example", "Christophe", "André"))

# ---------------------------------------------------------------- follow-ups
add("fr-29-reponse-accuse-reception", "Denis Faure <denis.faure@free.example>", "RE: [DSR-3087] Accusé de réception de votre demande",
    """Bonjour,

Vous trouverez ci-joint la copie de ma carte d'identité comme demandé.

Denis Faure

Le lun. 9 nov. 2026 à 10:02, Acme Corp - Protection des données <privacy@acme-corp.example> a écrit :
> Bonjour,
>
> Nous avons bien reçu votre demande, enregistrée sous la référence DSR-3087.
> Nous y répondrons dans un délai d'un mois.
>
> Le service Protection des données
""",
    FU("3087", "denis.faure@free.example", "Denis", "Faure"))

add("fr-30-inreplyto-justificatif", "Inès Haddad <ines.haddad@gmail.example>", "Re: Mon dossier de location - rue Paul Bert",
    """Bonjour,

Je joins mes trois derniers bulletins de salaire pour justifier du montant exact (2 450 € net). Merci de m'indiquer quand la correction sera faite.

Inès Haddad
""",
    FU(ref("fr-03-immo-acces-et-correction"), "ines.haddad@gmail.example", "Inès", "Haddad"),
    headers=irt("fr-03-immo-acces-et-correction"))

add("fr-31-relance", "Martine Gauthier <martine.gauthier@sfr.example>", "Relance [DSR-3012]",
    "Bonjour, je n'ai toujours pas de nouvelles de ma demande de suppression envoyée il y a plus d'un mois. Merci de me répondre rapidement.\nMartine Gauthier\n",
    FU("3012", "martine.gauthier@sfr.example", "Martine", "Gauthier"))

# ---------------------------------------------------------------- tasks
add("fr-32-tache-registre-crm", "Julien Roche <julien.roche@acme-corp.example>", "Nouveau CRM concessions",
    """Bonjour,

On migre les concessions sur le nouveau CRM (Salesforce) à partir du 1er décembre. Il faudrait mettre à jour le registre des traitements en conséquence (nouvel outil, hébergement UE, sous-traitant intégrateur). Dites-moi ce dont vous avez besoin.

Julien Roche
DSI Acme Motors
""",
    TASK("julien.roche@acme-corp.example", "Julien", "Roche"))

add("fr-33-tache-relire-politique", "Émilie Fournier <emilie.fournier@acme-corp.example>", "Relecture politique de confidentialité appli",
    """Coucou,

La nouvelle version de l'appli Acme Fit sort le 10/12, le juridique a rédigé la politique de confidentialité mais veut votre relecture avant publication. Le doc est sur le drive (dossier Appli v5 > Légal). Vous pourriez y jeter un œil cette semaine ?

Merci !
Émilie
""",
    TASK("emilie.fournier@acme-corp.example", "Émilie", "Fournier"))

add("fr-34-tache-formation-agences", "Stéphane Brun <stephane.brun@acme-corp.example>", "formation rgpd agences",
    """Bonjour,

Les directeurs d'agence immobilière demandent une session de formation RGPD pour leurs négociateurs (environ 40 personnes), surtout sur ce qu'on a le droit de garder dans les dossiers locataires. Est-ce que vous pourriez organiser ça en janvier ?

Stéphane Brun
Responsable RH
""",
    TASK("stephane.brun@acme-corp.example", "Stéphane", "Brun"))

add("fr-35-tache-aipd-geoloc", "Nadia Kaci <nadia.kaci@acme-corp.example>", "AIPD géolocalisation véhicules de courtoisie",
    """Bonjour,

Nous voulons installer des boîtiers de géolocalisation dans les véhicules de courtoisie prêtés aux clients pendant les réparations. Le prestataire est GeoTrack. Il faut probablement faire une AIPD ; pouvez-vous la lancer et me dire quelles infos vous faut-il ?

Nadia Kaci
Responsable après-vente
""",
    TASK("nadia.kaci@acme-corp.example", "Nadia", "Kaci"))

# ---------------------------------------------------------------- incidents
add("fr-36-incident-telephone-metro", "Maxime Perret <maxime.perret@acme-corp.example>", "téléphone perdu",
    """salut, j'ai paumé mon téléphone pro dans le métro ce matin (ligne 13). il y a mes mails dessus et whatsapp avec les locataires. code à 4 chiffres. je fais quoi ?

Max
""",
    INC("maxime.perret@acme-corp.example", "Maxime", "Perret"))

add("fr-37-incident-mauvais-destinataire", "Sophie Lemaire <sophie.lemaire@acme-corp.example>", "Erreur d'envoi - attestations CAF",
    """Bonjour,

Ce matin j'ai envoyé par erreur à un propriétaire (M. Durand) un PDF contenant les attestations CAF de 6 locataires d'un autre immeuble, au lieu de son relevé de gérance. Je m'en suis rendu compte 1 h après. Je l'ai appelé, il dit l'avoir supprimé mais je préfère vous le signaler.

Sophie Lemaire
Gestionnaire locative, agence Nantes Centre
""",
    INC("sophie.lemaire@acme-corp.example", "Sophie", "Lemaire"))

add("fr-38-incident-rancongiciel", "Laurent Michel <laurent.michel@acme-corp.example>", "URGENT virus PC agence",
    """Bonjour,

Ce matin tous les fichiers du PC de l'accueil de l'agence voyages de Marseille sont renommés en .lockbit et il y a un message demandant une rançon en bitcoin. Le PC contient les scans de passeports des clients des groupes. On l'a débranché du réseau. La DSI est prévenue.

Laurent Michel
Directeur d'agence
""",
    INC("laurent.michel@acme-corp.example", "Laurent", "Michel"))

add("fr-39-incident-drive-public", "Chloé Marie <chloe.marie@acme-corp.example>", "Dossier partagé accessible à tous",
    """Bonjour,

En faisant le ménage dans le Drive, je me suis aperçue que le dossier « Candidatures locataires 2025 » était partagé en « toute personne disposant du lien » depuis mars. Il contient des pièces d'identité et des avis d'imposition. J'ai coupé le partage. Je ne sais pas si le lien a circulé.

Chloé Marie
""",
    INC("chloe.marie@acme-corp.example", "Chloé", "Marie"))

# ---------------------------------------------------------------- ignore
add("fr-40-spam-antai", "ANTAI - Service Amendes <avis@antai-amende-gouv.example>", "Avis de contravention impayée - dernier rappel",
    """Madame, Monsieur,

Nous vous informons qu'une contravention (n° 9982 2026 1141) reste impayée à ce jour. Le montant de 35 € sera majoré à 375 € si le paiement n'est pas effectué sous 48 heures.

Régler votre amende en ligne : https://antai-amende-gouv.example/paiement

Agence Nationale de Traitement Automatisé des Infractions
""",
    IGN("spam"), headers=[AUTH("softfail", "none", "fail", "antai-amende-gouv.example")])

add("fr-41-spam-colis", "Suivi Colis <notification@colis-suivi-fr.example>", "Votre colis est en attente de livraison",
    """Bonjour,

Votre colis n'a pas pu être livré car l'adresse est incomplète. Des frais de réexpédition de 1,99 € sont nécessaires.

Confirmez votre adresse et réglez les frais : http://colis-suivi-fr.example/confirm

Sans action de votre part sous 24h, le colis sera retourné.
""",
    IGN("spam"))

add("fr-42-spam-mise-conformite-rgpd", "Service Conformité RGPD <contact@conformite-rgpd-obligatoire.example>", "Mise en conformité RGPD obligatoire - Acme Corp",
    """Madame, Monsieur le dirigeant,

Sauf erreur de notre part, votre entreprise ne s'est pas encore mise en conformité avec le Règlement Général sur la Protection des Données. Les sanctions peuvent atteindre 20 millions d'euros.

Pour éviter tout contrôle, complétez votre dossier de mise en conformité avant le 30 novembre et réglez les frais de 489 € HT :
https://conformite-rgpd-obligatoire.example/dossier

Pour ne plus recevoir nos messages et faire supprimer vos données, cliquez ici.
""",
    IGN("spam"), headers=SPAM_HDR)

add("fr-43-spam-heritage", "Me Jacques Kouassi <cabinet.kouassi@notaires-afrique.example>", "Succession de feu M. Robert Acme",
    """Cher(e) ami(e),

Je suis Maître Jacques Kouassi, notaire à Abidjan. Feu M. Robert Acme, décédé sans héritier, a laissé la somme de 8.500.000 € sur un compte bloqué. Compte tenu de votre nom, vous êtes habilité(e) à recevoir ces fonds.

Merci de me faire parvenir vos coordonnées bancaires et une copie de votre pièce d'identité afin de débloquer les fonds en toute confidentialité.

Répondez uniquement à : jacques.kouassi.notaire@webmail-free.example
""",
    IGN("spam"), headers=["Reply-To: jacques.kouassi.notaire@webmail-free.example"])

add("fr-44-absence", "Antoine Mercier <antoine.mercier@protonmail.example>", "Absence du bureau : Demande d'accès - article 15 RGPD",
    """Bonjour,

Je suis absent jusqu'au 30 novembre inclus et n'aurai qu'un accès limité à mes messages. En cas d'urgence, contactez mon associé au 01 23 45 67 89.

Cordialement,
Antoine Mercier
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])

add("fr-45-bulk-newsletter-voyage", "Les Bons Plans Voyage <news@bonsplansvoyage.example>", "Black Friday : -50 % sur les séjours au soleil ☀️",
    html("Black Friday chez Les Bons Plans Voyage !", "Jusqu'à -50 % sur une sélection de séjours aux Canaries, au Maroc et en Égypte.",
         "<a href='https://bonsplansvoyage.example/bf'>J'en profite</a>",
         "Vous recevez cet e-mail car vous êtes inscrit à notre newsletter. <a href='https://bonsplansvoyage.example/desinscription'>Se désinscrire</a>"),
    IGN("bulk"), ct=HTML, headers=["List-Unsubscribe: <mailto:unsub@bonsplansvoyage.example>, <https://bonsplansvoyage.example/desinscription>",
                                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

add("fr-46-propre-accuse", "Acme Corp - Protection des données <privacy@acme-corp.example>", "Accusé de réception de votre demande [DSR-3101]",
    """Bonjour,

Nous avons bien reçu votre demande, enregistrée sous la référence DSR-3101. Nous y répondrons dans un délai d'un mois.

Le service Protection des données
Acme Corp
""",
    IGN("own_message"))

add("fr-47-bounce", "MAILER-DAEMON@mx.acme-corp.example", "Undelivered Mail Returned to Sender", None,
    IGN("bounce"), dsn=True)
