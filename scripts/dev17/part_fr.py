from common import *  # part fr: written blind

add("fr-01-courrier-droit-acces",
    "Jean-Baptiste Lefèvre <jb.lefevre@courriel.example>",
    "Demande d'accès à mes données personnelles (article 15 du RGPD)",
    """Madame, Monsieur,

Titulaire du contrat d'électricité n° 102 448 917 pour le logement situé 8 rue des
Tanneurs, 21000 Dijon, je vous prie de bien vouloir me communiquer, conformément à
l'article 15 du Règlement général sur la protection des données, l'ensemble des
informations me concernant que vous détenez : données d'identification, historique de
consommation, échanges avec le service client, enregistrements téléphoniques le cas
échéant, ainsi que la source de ces données lorsqu'elles n'ont pas été collectées auprès de
moi.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la
présente demande.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Baptiste Lefèvre
""",
    R(["Access"], "jb.lefevre@courriel.example", "Jean-Baptiste", "Lefèvre"))

add("fr-02-une-ligne-demarchage-tel",
    "zaza.du.69@boitemail.example",
    "appels",
    """merci de ne plus m'appeler pour vos panneaux solaires, c'est la 5e fois ce mois ci
""",
    R(["Opposition"], "zaza.du.69@boitemail.example"))

add("fr-03-directives-post-mortem",
    "Monique Dubois-Arnaud <monique.dubois-arnaud@orange-like.example>",
    "Directives concernant mes données après mon décès",
    """Bonjour,

J'ai 78 ans et je mets mes affaires en ordre. La loi Informatique et Libertés permet, si
j'ai bien compris, de donner des directives sur le sort de ses données après le décès.

Je souhaite qu'à mon décès mes données soient supprimées, à l'exception de ce qui est
nécessaire au règlement de la dernière facture, et je désigne mon fils, M. Thierry Dubois,
pour veiller à l'exécution de ces directives. Pouvez-vous m'indiquer la marche à suivre et
enregistrer ces instructions sur mon dossier client (contrat n° 557 301 220) ?

Avec mes remerciements,
Monique Dubois-Arnaud
""",
    R(["AdvanceDirectives"], "monique.dubois-arnaud@orange-like.example", "Monique", "Dubois-Arnaud"))

add("fr-04-demarcheur-porte-a-porte",
    "Rachid Bouazza <rachid.bouazza@netcourrier.example>",
    "Réclamation - démarchage à domicile abusif",
    """Bonjour,

Je vous écris très énervé. Samedi dernier un vendeur portant un badge à votre nom s'est
présenté chez moi en affirmant qu'il venait "vérifier le compteur" suite à une "mise à jour
obligatoire". Il a demandé à voir une facture de mon fournisseur actuel, l'a prise en photo,
puis m'a fait signer sur une tablette ce que je croyais être un simple bon de passage. Lundi
j'ai reçu un mail de bienvenue : j'étais devenu votre client. J'ai évidemment exercé mon
droit de rétractation le jour même.

Ce que je veux maintenant : savoir comment ce vendeur avait mon nom et mon adresse avant de
sonner (il m'a appelé par mon nom), à qui vous avez transmis les informations relevées sur
ma facture, et que l'intégralité de ces données soient effacées de vos systèmes puisque je
ne suis pas et ne serai jamais votre client.

J'envisage de saisir la DGCCRF et la CNIL.

Rachid Bouazza
""",
    R(["Information", "Erasure"], "rachid.bouazza@netcourrier.example", "Rachid", "Bouazza"))

add("fr-05-changement-nom-adresse",
    "Sandrine Le Goff <sandrine.legoff@breizhmail.example>",
    "Modification de mes coordonnées",
    """Bonjour,

Suite à mon divorce j'ai repris mon nom de jeune fille, Le Goff (et non plus Kerbrat), et
j'ai déménagé au 3 impasse des Goélands, 29200 Brest. Mes factures arrivent toujours au nom
de Kerbrat à l'ancienne adresse, ce qui pose problème. Merci de mettre mon dossier à jour.

Cordialement,
Sandrine Le Goff
06 12 34 56 78
""",
    R(["Rectification"], "sandrine.legoff@breizhmail.example", "Sandrine", "Le Goff"))

add("fr-06-portabilite-latin1",
    "Éric Rousseau-Vidal <eric.rv@maboite.example>",
    "Récupération de mes relevés de consommation",
    """Bonjour,

J'envisage de faire installer une pompe à chaleur et le bureau d'études me demande mes
relevés de consommation de gaz des deux dernières années, au pas journalier si possible.
Pourriez-vous me les transmettre dans un fichier exploitable (tableur, CSV...) plutôt qu'en
PDF ? Un simple export me suffit.

Merci d'avance,
Éric Rousseau-Vidal
""",
    R(["Portability"], "eric.rv@maboite.example", "Éric", "Rousseau-Vidal"),
    ct=LATIN1, encode="latin-1")

add("fr-07-html-gel-recouvrement",
    "Yasmina Benali <yasmina.benali@webcourrier.example>",
    "Contestation de facture - suspension du recouvrement",
    html("Madame, Monsieur,",
         "Je conteste la facture de régularisation n° R-2026-88412 d'un montant de 2 140 euros, "
         "établie sur la base d'un index estimé manifestement erroné.",
         "Dans l'attente de l'examen de ma réclamation, je vous demande de limiter l'utilisation "
         "de mes données au seul traitement de cette contestation et de ne pas les communiquer "
         "à une société de recouvrement ni à un fichier d'impayés.",
         "Cordialement,<br>Yasmina Benali<br>12 avenue Jean Jaurès, 69007 Lyon"),
    R(["Restriction"], "yasmina.benali@webcourrier.example", "Yasmina", "Benali"), ct=HTML)

add("fr-08-depot-garantie-automatique",
    "Guillaume Perrin <g.perrin@fibre-mail.example>",
    "Dépôt de garantie exigé automatiquement",
    """Bonjour,

Lors de ma souscription en ligne, votre site m'a imposé un dépôt de garantie de 300 euros
"suite à l'analyse de votre dossier", sans aucune intervention humaine manifestement, le
résultat s'est affiché instantanément. Je n'ai jamais eu d'incident de paiement.

Je demande qu'une personne de chez vous réexamine ce dossier et je souhaite pouvoir
présenter mes observations. Je conteste cette décision.

Guillaume Perrin
""",
    R(["AutomatedDecision"], "g.perrin@fibre-mail.example", "Guillaume", "Perrin"))

add("fr-09-mandataire-tutelle",
    "Claire Moreau-Lambert <c.moreau-lambert@atmp-mandataires.example>",
    "M. Gérard Fontaine - mesure de tutelle",
    """Madame, Monsieur,

En ma qualité de mandataire judiciaire à la protection des majeurs, désignée tuteur de
M. Gérard Fontaine par jugement du tribunal judiciaire de Rouen du 4 mars 2026 (copie
jointe), je vous demande :

- de me transmettre une copie des données personnelles de M. Fontaine détenues par votre
  société, notamment l'historique des contrats souscrits et des paiements ;
- de corriger l'adresse de correspondance de son dossier, tous les courriers devant
  désormais être adressés à notre service : ATMP, 5 quai de Paris, 76000 Rouen.

Je vous prie d'agréer mes salutations distinguées.

Claire Moreau-Lambert
Mandataire judiciaire
02 35 00 11 22
""",
    R(["Access", "Rectification"], "c.moreau-lambert@atmp-mandataires.example", "Gérard", "Fontaine",
      representative="Claire Moreau-Lambert"))

add("fr-10-veuve-adresse-familiale",
    "Famille Chauvin <famille.chauvin@maisonmail.example>",
    "Décès de mon mari - contrat gaz",
    """Bonjour,

Mon mari, Bernard Chauvin, est décédé le 2 octobre. Le contrat de gaz a été transféré à mon
nom par le service client. Je souhaiterais que toutes les informations personnelles le
concernant soient maintenant effacées, je continue à recevoir des publicités à son nom et
c'est très dur.

Merci de me répondre sur mon adresse personnelle.

Odile Chauvin
""",
    R(["Erasure"], "odile.chauvin@maisonmail.example", "Bernard", "Chauvin",
      representative="Odile Chauvin"),
    headers=["Reply-To: Odile Chauvin <odile.chauvin@maisonmail.example>"])

add("fr-11-majuscules-sms",
    "GERARD PASQUIER <gpasquier@campagne.example>",
    "STOP SMS",
    """ARRETEZ DE M'ENVOYER DES SMS POUR VOS OFFRES ET VOS POMPES A CHALEUR. JE N'AI JAMAIS
DONNE MON ACCORD. C'EST LA DERNIERE FOIS QUE JE LE DEMANDE.
""",
    R(["Opposition"], "gpasquier@campagne.example", "Gérard", "Pasquier"))

add("fr-12-centre-appel-hors-ue",
    "Amélie Nguyen <amelie.nguyen@lapost.example>",
    "Vos centres d'appels et mes données",
    """Bonjour,

En appelant votre service client hier, je suis tombée sur une conseillère qui m'a dit être
basée à l'étranger. Je n'ai rien contre, mais j'aimerais savoir dans quels pays mes données
sont consultées, par quels prestataires, et quelles garanties encadrent ces transferts. Je
ne demande pas de copie de mon dossier, juste ces explications.

Bien à vous,
Amélie Nguyen
""",
    R(["Information"], "amelie.nguyen@lapost.example", "Amélie", "Nguyen"))

add("fr-13-collegue-transfert-texte",
    "Sébastien Roux <sebastien.roux@acme-corp.example>",
    "TR: demande client dossier complet",
    """Bonjour l'équipe DPO,

Je vous transfère la demande ci-dessous reçue sur la boîte service client. La cliente veut
tout son dossier, je ne sais pas ce qu'on a le droit de lui envoyer. Je vous laisse gérer.

Sébastien Roux
Conseiller clientèle senior

-------- Message transféré --------
De : Hélène Marchetti <helene.marchetti@sfrmail.example>
Date : 12/11/2026 19:42
À : service-client@acme-corp.example
Objet : mon dossier

Bonjour, je souhaiterais obtenir l'ensemble des informations que vous avez sur moi, y
compris les notes prises lors de mes appels de l'an dernier au sujet de mon échéancier.
Merci. Hélène Marchetti, contrat 884 120 337
""",
    R(["Access"], "helene.marchetti@sfrmail.example", "Hélène", "Marchetti"))

add("fr-14-collegue-piece-jointe",
    "Inès Carpentier <ines.carpentier@acme-corp.example>",
    "Fwd: ancien compte",
    "",
    R(["Erasure", "Opposition"], "kevin.ndiaye@monmail.example", "Kévin", "N'Diaye"),
    note="""Bonjour,
Un ancien client nous écrit, message en pièce jointe. Je crois que c'est pour vous.
Inès Carpentier - Back-office résiliations""",
    attached=("Kévin N'Diaye <kevin.ndiaye@monmail.example>", "ancien compte",
              """Bonjour,

J'ai quitté Acme en 2024 mais je reçois encore vos newsletters et des courriers pour les
panneaux solaires. Je veux que mon ancien compte client soit supprimé pour de bon et que
vous arrêtiez toute prospection à mon égard.

Kévin N'Diaye
"""))

add("fr-15-fautes-sans-ponctuation",
    "manon.b33@toutmail.example",
    "pub",
    """bonjour je veux plus recevoir vos pub par courier dans ma boite et aussi je voudrai savoir
ce que vous avez comme info sur moi parce que j ai jamais été cliente chez vous merci
manon
""",
    R(["Opposition", "Access"], "manon.b33@toutmail.example", "Manon", None))

add("fr-16-question-echeancier",
    "Patrick Guérin <patrick.guerin@boite.example>",
    "échéancier 2027",
    """Bonjour,

Je n'ai pas reçu mon nouvel échéancier pour 2027 et le prélèvement de novembre a été fait
en double. Pouvez-vous me rembourser le second prélèvement de 97,40 euros ?

Patrick Guérin
Contrat 330 918 442
""",
    R(["Unknown"], "patrick.guerin@boite.example", "Patrick", "Guérin"))

add("fr-17-pas-supprimer-juste-opposition",
    "Laurence Delacroix-Martin <laurence.dm@courriel.example>",
    "Usage de mes données de consommation",
    """Bonjour,

Je tiens à rester cliente et je ne vous demande pas de supprimer mon compte. En revanche,
j'ai découvert dans mon espace client que mes données de consommation servent à me
"proposer des offres adaptées". Je refuse cet usage commercial : merci de ne plus exploiter
ma consommation à des fins de prospection ou de profilage.

Laurence Delacroix-Martin
""",
    R(["Opposition"], "laurence.dm@courriel.example", "Laurence", "Delacroix-Martin"))

add("fr-18-avocat-cp1252",
    "Maître Laurent de la Salle <l.delasalle@cabinet-delasalle.example>",
    "Mme Fatou Diallo \u2013 demande de communication de données",
    """Madame, Monsieur,

J\u2019interviens en qualité de conseil de Mme Fatou Diallo, demeurant 27 rue Pasteur,
93200 Saint-Denis, dans le cadre d\u2019un litige relatif à une souscription conclue lors
d\u2019un démarchage à domicile le 18 juin 2026.

Au nom de ma cliente, et sur le fondement de l\u2019article 15 du RGPD, je vous demande de me
communiquer l\u2019intégralité des données la concernant, et notamment le contrat signé sur
tablette, les données de géolocalisation éventuellement associées à la signature et
l\u2019identité du vendeur.

Je vous prie de croire, Madame, Monsieur, à l\u2019assurance de mes sentiments distingués.

Laurent de la Salle
Avocat au Barreau de Seine-Saint-Denis
Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""",
    R(["Access"], "l.delasalle@cabinet-delasalle.example", "Fatou", "Diallo",
      representative="Laurent de la Salle"),
    ct=CP1252, encode="cp1252")

add("fr-19-resiliation-suppression-iphone",
    "Thu Hà Nguyen <thuha.nguyen@rapidmail.example>",
    "Résiliation et suppression",
    """Bonjour, j'ai résilié mon contrat le mois dernier (déménagement à l'étranger). Pouvez-vous
effacer mes données et mon espace client ? Le solde est réglé.
Merci
Thu Hà

Envoyé de mon iPhone
""",
    R(["Erasure"], "thuha.nguyen@rapidmail.example", "Thu Hà", "Nguyen"))

add("fr-20-tache-registre-telereleve",
    "Mathieu Brunet <mathieu.brunet@acme-corp.example>",
    "Registre des traitements - nouveau service télérelève",
    """Bonjour,

Nous lançons en janvier un service de télérelève des compteurs gaz pour les clients
professionnels (relève horaire, alertes de surconsommation). Pouvez-vous créer la fiche
correspondante dans le registre des traitements ? Je vous envoie la description fonctionnelle
et la liste des champs d'ici demain.

Mathieu Brunet
Chef de projet Marché Pro
""",
    TASK("mathieu.brunet@acme-corp.example", "Mathieu", "Brunet"))

add("fr-21-tache-sous-traitant-tunisie",
    "Nadège Fabre <nadege.fabre@acme-corp.example>",
    "Avis DPO - contrat prestataire centre d'appels",
    """Bonjour,

Nous renouvelons le contrat avec notre prestataire de centre d'appels à Tunis. Les achats
me demandent votre validation sur l'annexe protection des données (clauses contractuelles
types, mesures de sécurité) avant le comité du 30 novembre. Pouvez-vous la relire ?

Merci,
Nadège Fabre
Responsable relation client externalisée
Tél. 01 70 00 45 12
""",
    TASK("nadege.fabre@acme-corp.example", "Nadège", "Fabre"))

add("fr-22-tache-formation-recouvrement",
    "Olivier Mercier <olivier.mercier@acme-corp.example>",
    "Sensibilisation RGPD pour l'équipe recouvrement",
    """Bonjour,

Suite à l'incident de l'été, je souhaiterais organiser une session de sensibilisation RGPD
d'une heure pour les 25 personnes de l'équipe recouvrement (ce qu'on peut dire au
téléphone, à qui, vérification d'identité...). Auriez-vous des disponibilités en décembre ?

Olivier Mercier
Manager Recouvrement
""",
    TASK("olivier.mercier@acme-corp.example", "Olivier", "Mercier"))

add("fr-23-inc-courrier-mauvaise-adresse",
    "Aurélie Vasseur <aurelie.vasseur@acme-corp.example>",
    "Erreur d'envoi - lettres de relance",
    """Bonjour,

Nous venons de nous rendre compte que le lot de lettres de relance imprimé hier (environ 140
courriers) a été mis sous pli avec un décalage : chaque client a reçu la lettre du client
suivant, avec nom, adresse, montant dû et numéro de contrat. Les courriers sont partis ce
matin. Que doit-on faire ?

Aurélie Vasseur
Service éditique
""",
    INC("aurelie.vasseur@acme-corp.example", "Aurélie", "Vasseur"))

add("fr-24-inc-externe-contrat-autre",
    "François Caron <francois.caron@mesmails.example>",
    "J'ai reçu le contrat de quelqu'un d'autre",
    """Bonjour,

Je viens de recevoir par mail un "récapitulatif de votre souscription" qui ne me concerne pas
du tout : il s'agit du contrat de Mme Sophie Lemaire, avec son adresse, sa date de naissance
et son IBAN complet. Je suppose qu'il y a une erreur d'adresse mail. Je vais le supprimer,
mais je préférais vous prévenir.

François Caron
""",
    INC("francois.caron@mesmails.example", "François", "Caron"))

add("fr-25-inc-cle-usb-perdue",
    "Julien Marchand <julien.marchand@acme-corp.example>",
    "Perte d'une clé USB",
    """Bonjour,

J'ai perdu hier soir dans le train Paris-Lille une clé USB non chiffrée contenant un export
des clients ayant fait installer des panneaux solaires en 2025 (environ 900 lignes : noms,
adresses, téléphones, montants des financements). Je l'avais prise pour travailler sur le
reporting. J'ai fait une déclaration aux objets trouvés SNCF.

Désolé,
Julien Marchand
Contrôleur de gestion
""",
    INC("julien.marchand@acme-corp.example", "Julien", "Marchand"))

add("fr-26-relance-dsr",
    "Christiane Bonnet <christiane.bonnet@domicile.example>",
    "RE: [DSR-51230] Accusé de réception de votre demande",
    """Bonjour,

Je n'ai toujours rien reçu alors que le délai d'un mois est largement dépassé. Merci de me
dire où en est ma demande.

Christiane Bonnet

-----Message d'origine-----
Objet : [DSR-51230] Accusé de réception de votre demande
Madame, nous accusons réception de votre demande, enregistrée sous la référence DSR-51230.
""",
    FU("51230", "christiane.bonnet@domicile.example", "Christiane", "Bonnet"))

add("fr-27-reponse-piece-identite",
    "Jean-Baptiste Lefèvre <jb.lefevre@courriel.example>",
    "Re: Demande d'accès à mes données personnelles (article 15 du RGPD)",
    """Madame, Monsieur,

Pour compléter ma demande d'accès envoyée plus tôt, vous trouverez ci-joint une copie de ma
carte d'identité, au cas où vous en auriez besoin pour vérifier mon identité.

Cordialement,
Jean-Baptiste Lefèvre
""",
    FU(ref("fr-01-courrier-droit-acces"), "jb.lefevre@courriel.example", "Jean-Baptiste", "Lefèvre"),
    headers=irt("fr-01-courrier-droit-acces"))

add("fr-28-spam-audit-rgpd",
    "Conformité Express <contact@conformite-express.example>",
    "Votre entreprise risque 20 millions d'euros d'amende",
    """Bonjour,

Saviez-vous que 87 % des entreprises ne sont pas en conformité avec le RGPD ? Protégez les
données personnelles de vos clients et évitez les sanctions de la CNIL grâce à notre audit
gratuit en 15 minutes. Offre réservée aux 50 premières entreprises !

Prenez rendez-vous maintenant.

Pour ne plus recevoir nos messages, cliquez ici.
""",
    IGN("spam", "contact@conformite-express.example"), headers=SPAM_HDR)

add("fr-29-spam-remboursement",
    "Service Remboursement <remboursement@trop-percu-energie.example>",
    "Vous avez droit à un remboursement de 187,34 EUR",
    """Cher client,

Suite à une erreur de facturation, un remboursement de 187,34 EUR vous est dû. Pour des
raisons de protection de vos données personnelles, nous devons vérifier votre identité.
Merci de saisir vos coordonnées bancaires sur notre formulaire sécurisé sous 48h, faute de
quoi votre dossier sera supprimé.

Service Clients
""",
    IGN("spam", "remboursement@trop-percu-energie.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="trop-percu-energie.example")])

add("fr-30-reponse-auto-absence",
    "Vincent Lacombe <vincent.lacombe@cabinetlacombe.example>",
    "Réponse automatique : [DSR-51877] Accusé de réception de votre demande",
    """Bonjour,

Je suis absent du cabinet jusqu'au 27 novembre inclus. Pour toute urgence, merci de
contacter mon assistante au 04 91 00 22 33.

Vincent Lacombe
""",
    IGN("auto_reply", "vincent.lacombe@cabinetlacombe.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-31-bounce",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
