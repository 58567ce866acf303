# Development set, French.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("fr-01-sans-accents", "Mathieu Giraud <mathieu.giraud@free.example>", "mes donnees",
    "bonjour, je voudrais que vous supprimiez toutes mes donnees personnelles de vos fichiers. merci\n",
    R(["Erasure"], "mathieu.giraud@free.example", "Mathieu", "Giraud"))
add("fr-02-acces-formel", "Hélène Marchand <helene.marchand@orange.example>", "Demande d'accès - article 15 du RGPD",
    "Madame, Monsieur,\n\nEn application de l'article 15 du Règlement général sur la protection des données, je vous "
    "prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, "
    "ainsi que leur origine.\n\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
    "Hélène Marchand\n12 rue des Lilas\n69003 Lyon\n06 12 34 56 78\n",
    R(["Access"], "helene.marchand@orange.example", "Hélène", "Marchand"))
add("fr-03-sms-pub", "Karim Benali <karim.benali@sfr.example>", "SMS",
    "Bonjour,\nJe reçois vos SMS publicitaires deux fois par semaine. Je ne veux plus en recevoir, merci de me retirer "
    "de vos listes de prospection.\nKarim Benali\n",
    R(["Opposition"], "karim.benali@sfr.example", "Karim", "Benali"))
add("fr-04-nom-mal-ecrit", "Sophie Lefèvre <sophie.lefevre@laposte.example>", "Erreur sur mon nom",
    "Bonjour,\n\nSur toutes vos factures mon nom est écrit « Lefevre » sans accent et mon prénom « Sofie ». "
    "Pouvez-vous corriger : Sophie Lefèvre.\n\nCordialement\n",
    R(["Rectification"], "sophie.lefevre@laposte.example", "Sophie", "Lefèvre"))
add("fr-05-directives", "Bernard Caron <bernard.caron@wanadoo.example>", "Directives sur mes données après mon décès",
    "Bonjour,\n\nConformément à la loi Informatique et Libertés, je souhaite vous transmettre mes directives relatives "
    "à la conservation, à l'effacement et à la communication de mes données après mon décès. Je désigne ma fille, "
    "Anne Caron, pour les exécuter.\n\nBernard Caron\n",
    R(["AdvanceDirectives"], "bernard.caron@wanadoo.example", "Bernard", "Caron"))
add("fr-06-heritier", "Julien Roux <julien.roux@gmail.example>", "Compte de ma mère décédée",
    "Bonjour,\n\nMa mère, Mme Jeanne Roux, est décédée le 2 octobre. Je vous demande de clôturer son compte client et "
    "d'effacer ses données. Je tiens l'acte de décès à votre disposition.\n\nJulien Roux\n",
    R(["Erasure"], "julien.roux@gmail.example", "Jeanne", "Roux", representative="Julien Roux"))
add("fr-07-avocat", "Maître Claire Vasseur <c.vasseur@vasseur-avocats.example>", "Demande de communication de données - Mme Sandrine Blanc",
    "Madame, Monsieur,\n\nJ'interviens pour le compte de ma cliente, Madame Sandrine Blanc, domiciliée 4 avenue Foch à "
    "Nantes. Au titre de l'article 15 du RGPD, elle sollicite la communication de l'intégralité des données personnelles "
    "la concernant. Vous trouverez ci-joint le mandat.\n\nMe Claire Vasseur\nAvocat au Barreau de Nantes\n",
    R(["Access"], "c.vasseur@vasseur-avocats.example", "Sandrine", "Blanc", representative="Claire Vasseur"))
add("fr-08-portabilite", "Nicolas Perrin <n.perrin@bbox.example>", "Changement d'opérateur",
    "Bonjour, je change de fournisseur. Merci de m'envoyer mes données (historique, contrats) dans un format "
    "structuré et lisible par machine, type CSV, afin de les transmettre à mon nouveau fournisseur.\nN. Perrin\n",
    R(["Portability"], "n.perrin@bbox.example", "Nicolas", "Perrin"))
add("fr-09-duree-conservation", "Amélie Fabre <amelie.fabre@gmail.example>", "question",
    "Bonjour, combien de temps conservez-vous mes coordonnées bancaires après la fin de mon abonnement ? Et sont-elles "
    "transmises à des tiers ?\nMerci\nAmélie\n",
    R(["Information"], "amelie.fabre@gmail.example", "Amélie", "Fabre"))
add("fr-10-limitation", "Thierry Morel <thierry.morel@orange.example>", "Contestation",
    "Madame, Monsieur,\n\nJe conteste l'exactitude des informations de solvabilité que vous détenez sur moi. Dans "
    "l'attente de la vérification, je demande la limitation du traitement de mes données.\n\nThierry Morel\n",
    R(["Restriction"], "thierry.morel@orange.example", "Thierry", "Morel"))
add("fr-11-acces-puis-effacement", "Laure Gauthier <laure.gauthier@hotmail.example>", "RGPD",
    "Bonjour,\n\nJe souhaite d'abord obtenir une copie de mes données, puis leur suppression définitive.\n\n"
    "Bien à vous,\nLaure Gauthier\n",
    R(["Access", "Erasure"], "laure.gauthier@hotmail.example", "Laure", "Gauthier"))
add("fr-12-iphone-desinscription", "Yannick <yannick56@orange.example>", "stop",
    "desinscrivez moi de votre newsletter svp\n\nEnvoyé de mon iPhone\n",
    R(["Opposition"], "yannick56@orange.example", "Yannick", None))
add("fr-13-transfert-origine", "Céline Dupuis <celine.dupuis@acme-corp.example>", "TR: Suppression de compte",
    "Pour traitement, merci.\n\nCéline\n\n-------- Message d'origine --------\nDe : Pascal Renaud <pascal.renaud@free.example>\n"
    "Date : 14/11/2026 21:14\nÀ : service-client@acme-corp.example\nObjet : Suppression de compte\n\n"
    "Bonjour, merci de supprimer mon compte et toutes les informations me concernant.\nPascal Renaud\n",
    R(["Erasure"], "pascal.renaud@free.example", "Pascal", "Renaud"))
add("fr-14-tache-sous-traitance", "Marion Lambert <marion.lambert@acme-corp.example>", "Contrat de sous-traitance Hébergeur",
    "Bonjour l'équipe,\n\nPourrais-tu relire le contrat de sous-traitance (clauses article 28) avec notre nouvel "
    "hébergeur avant signature ? La version est sur le drive.\n\nMerci !\nMarion Lambert\nAchats\n",
    TASK("marion.lambert@acme-corp.example", "Marion", "Lambert"))
add("fr-15-tache-aipd", "Olivier Chevalier <olivier.chevalier@acme-corp.example>", "Vidéosurveillance entrepôt",
    "Bonjour, nous allons installer des caméras dans l'entrepôt de Rungis. Faut-il faire une analyse d'impact (AIPD) ? "
    "Si oui, pouvez-vous la lancer avec nous ?\nOlivier Chevalier\n",
    TASK("olivier.chevalier@acme-corp.example", "Olivier", "Chevalier"))
add("fr-16-incident-cle-usb", "Nathalie Robin <nathalie.robin@acme-corp.example>", "Clé USB perdue",
    "Bonjour,\n\nJ'ai perdu hier dans le train une clé USB non chiffrée qui contenait la liste des salariés avec leurs "
    "salaires. Je préfère vous prévenir tout de suite.\n\nNathalie Robin\nPaie\n",
    INC("nathalie.robin@acme-corp.example", "Nathalie", "Robin"))
add("fr-17-incident-compte-pirate", "Antoine Muller <antoine.muller@acme-corp.example>", "Mon compte a été piraté",
    "Bonjour, ce matin des clients m'ont signalé avoir reçu de ma boîte des mails bizarres avec un lien. Je crois que "
    "mon compte de messagerie a été piraté après avoir saisi mon mot de passe sur une fausse page. Le service "
    "informatique est prévenu.\nAntoine\n",
    INC("antoine.muller@acme-corp.example", "Antoine", "Muller"))
add("fr-18-spam-colis", "Colissimo <suivi@colis-livraison.example>", "Votre colis est en attente",
    "Votre colis n'a pas pu être livré. Des frais de 1,99 EUR sont à régler. Confirmez vos coordonnées bancaires "
    "sous 24h : http://colis-suivi.example/paiement\n",
    IGN("spam"), headers=["X-Spam-Flag: YES"])
add("fr-19-absence", "Isabelle Petit <isabelle.petit@cabinet-petit.example>", "Réponse automatique : Votre demande",
    "Bonjour,\nJe suis absente du bureau jusqu'au 30 novembre inclus. Votre message ne sera pas transféré.\n"
    "En cas d'urgence, contactez le standard.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
add("fr-20-relance-tag", "Gérard Simon <gerard.simon@orange.example>", "Re: [DSR-6120] Accusé de réception",
    "Bonjour, je n'ai toujours pas reçu de réponse à ma demande du mois dernier. Merci de me tenir informé.\n"
    "G. Simon\n",
    FU("6120", "gerard.simon@orange.example", "Gérard", "Simon"))
add("fr-21-latin1", "Élodie Brunet <elodie.brunet@neuf.example>", "Effacement",
    "Bonjour,\n\nJe n'utilise plus votre service depuis deux ans. Je vous demande l'effacement de mes données "
    "personnelles et la fermeture de mon espace client.\n\nÉlodie Brunet\n",
    R(["Erasure"], "elodie.brunet@neuf.example", "Élodie", "Brunet"), encode="latin-1", ct="text/plain; charset=iso-8859-1")
add("fr-22-own-ack", "Acme Corp - Protection des données <privacy@acme-corp.example>", "[DSR-6121] Accusé de réception de votre demande",
    "Bonjour,\n\nNous avons bien reçu votre demande d'accès à vos données personnelles. Nous y répondrons dans un délai "
    "d'un mois.\n\nLe service protection des données\n",
    IGN("own_message"))
