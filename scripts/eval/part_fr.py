# Frozen evaluation set, French. Written blind; never tune on it.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("fr-01-oneliner", "Julien Morel <julien.morel@gmail.example>", "desinscription",
    "merci de m'enlever de vos fichiers\n",
    R(["Erasure"], "julien.morel@gmail.example", "Julien", "Morel"))
add("fr-02-majuscules", "GERARD FAURE <gerard.faure@orange.example>", "ARRETEZ",
    "ARRETEZ DE M'ENVOYER VOS PUBLICITES !!! JE NE VEUX PLUS RIEN RECEVOIR DE VOTRE PART\n",
    R(["Opposition"], "gerard.faure@orange.example", "Gérard", "FAURE"))
add("fr-03-acces-formel", "Hélène Garnier <helene.garnier@laposte.example>", "Exercice du droit d'accès",
    "Madame, Monsieur,\n\nEn application de l'article 15 du Règlement général sur la protection des données, je vous demande de m'adresser une copie de l'ensemble des données à caractère personnel me concernant, ainsi que l'origine de ces données.\n\nVeuillez agréer mes salutations distinguées.\n\nHélène Garnier\n",
    R(["Access"], "helene.garnier@laposte.example", "Hélène", "Garnier"))
add("fr-04-fautes", "Kevin Dupuis <kevin.dupuis@hotmail.example>", "suprimer compte",
    "bjr je veu que vous suprimiez mon conte et toute mes infos perso merci\n",
    R(["Erasure"], "kevin.dupuis@hotmail.example", "Kevin", "Dupuis"))
add("fr-05-quelles-donnees", "Martine Leroy <martine.leroy@free.example>", "Mes informations",
    "Bonjour,\nJ'aimerais savoir quelles informations vous avez sur moi et à qui vous les avez transmises.\nCordialement\nMartine Leroy\n",
    R(["Access"], "martine.leroy@free.example", "Martine", "Leroy"))
add("fr-06-rectif-email", "Alexandre Chevalier <alex.chevalier@gmail.example>", "Erreur dans mon nom",
    "Bonjour, mon nom est mal orthographié sur mes factures : c'est Chevalier et non Chevallier. Pouvez-vous rectifier ? Merci\n",
    R(["Rectification"], "alex.chevalier@gmail.example", "Alexandre", "Chevalier"))
add("fr-07-portabilite", "Camille Renard <camille.renard@sfr.example>", "Récupérer mes données",
    "Bonjour, je change d'opérateur. Pouvez-vous m'envoyer mes données dans un format lisible par machine pour que je puisse les transférer ? Merci, Camille Renard\n",
    R(["Portability"], "camille.renard@sfr.example", "Camille", "Renard"))
add("fr-08-limitation", "Yves Bertrand <yves.bertrand@wanadoo.example>", "Gel de mes données",
    "Bonjour,\n\nJ'ai contesté ma facture. Je vous demande de geler l'utilisation de mes données jusqu'à la fin de la procédure, sans les effacer.\n\nYves Bertrand\n",
    R(["Restriction"], "yves.bertrand@wanadoo.example", "Yves", "Bertrand"))
add("fr-09-opposition-sms", "Manon Gauthier <manon.gauthier@bbox.example>", "SMS",
    "Je ne souhaite plus recevoir de SMS promotionnels de votre part. Merci de retirer mon numéro.\n",
    R(["Opposition"], "manon.gauthier@bbox.example", "Manon", "Gauthier"))
add("fr-10-acces-puis-effacement", "Antoine Lemaire <antoine.lemaire@gmail.example>", "RGPD",
    "Bonjour, pouvez-vous m'envoyer une copie de mes données puis les supprimer définitivement ? Antoine Lemaire\n",
    R(["Access", "Erasure"], "antoine.lemaire@gmail.example", "Antoine", "Lemaire"))
add("fr-11-html", "Isabelle Mathieu <isabelle.mathieu@orange.example>", "Demande de suppression",
    html("Bonjour,", "Je vous prie de bien vouloir supprimer mon compte client ainsi que l&#39;ensemble de mes donn&eacute;es.", "Isabelle Mathieu"),
    R(["Erasure"], "isabelle.mathieu@orange.example", "Isabelle", "Mathieu"), ct=HTML)
add("fr-12-ne-pas-supprimer", "Sylvie Perrin <sylvie.perrin@free.example>", "Mon compte",
    "Bonjour, surtout ne supprimez pas mon compte ! Je voudrais juste corriger mon adresse de livraison : 8 avenue Foch, 75016 Paris.\n",
    R(["Rectification"], "sylvie.perrin@free.example", "Sylvie", "Perrin"))
add("fr-13-question-duree", "Nicolas Roussel <nicolas.roussel@gmail.example>", "Durée de conservation",
    "Bonjour, combien de temps conservez-vous les enregistrements des appels au service client ?\n",
    R(["Information"], "nicolas.roussel@gmail.example", "Nicolas", "Roussel"))
add("fr-14-sans-nom-signature", "cdurand75@gmail.example", "suppression données",
    "Bonjour,\nMerci d'effacer toutes les données me concernant.\nCordialement,\nCécile Durand\n",
    R(["Erasure"], "cdurand75@gmail.example", "Cécile", "Durand"))
add("fr-15-transfere-collegue", "Laure Picard <laure.picard@acme-corp.example>", "TR: Demande client",
    "Bonjour l'équipe DPO, une demande reçue au service client, je vous la transmets.\nLaure\n\n-------- Message transféré --------\nDe : Bernard Collet <bernard.collet@orange.example>\nDate : 12 nov. 2026 09:41\nObjet : Demande\nÀ : service.client@acme-corp.example\n\nBonjour, je souhaite obtenir une copie de toutes les données personnelles que vous détenez sur moi. Bernard Collet\n",
    R(["Access"], "bernard.collet@orange.example", "Bernard", "Collet"))
add("fr-16-reponse-accuse", "Hélène Garnier <helene.garnier@laposte.example>", "RE: [DSR-8120] Nous avons bien reçu votre demande",
    "Bonjour, vous me demandez une pièce d'identité : la voici en pièce jointe.\n\n> Nous avons bien reçu votre demande et y répondrons dans un délai d'un mois.\n",
    FU("8120", "helene.garnier@laposte.example", "Hélène", "Garnier"))
add("fr-17-avocat", "Maître Sophie Vidal <s.vidal@vidal-avocats.example>", "Demande d'accès pour le compte de M. Olivier Lucas",
    "Madame, Monsieur,\n\nJe suis le conseil de M. Olivier Lucas. Agissant au nom et pour le compte de mon client, je vous demande communication de l'ensemble des données personnelles le concernant, conformément à l'article 15 du RGPD.\n\nMe Sophie Vidal\nAvocat au barreau de Lyon\n",
    R(["Access"], "s.vidal@vidal-avocats.example", "Olivier", "Lucas", representative="Sophie Vidal"))
add("fr-18-parent-mineur", "Valérie Marchand <valerie.marchand@orange.example>", "Compte de ma fille",
    "Bonjour,\n\nJe suis la mère de Léa Marchand, 13 ans. Elle s'est inscrite sur votre site sans notre accord. Je vous demande de supprimer son compte et ses données.\n\nValérie Marchand\n",
    R(["Erasure"], "valerie.marchand@orange.example", "Léa", "Marchand", representative="Valérie Marchand"))
add("fr-19-famille-replyto", "Famille Blanchard <famille.blanchard@free.example>", "Suppression",
    "Bonjour, c'est Paul Blanchard. Merci d'effacer mes données personnelles et de me répondre sur mon adresse personnelle.\nPaul\n",
    R(["Erasure"], "paul.blanchard@gmail.example", "Paul", "Blanchard"),
    headers=["Reply-To: Paul Blanchard <paul.blanchard@gmail.example>"])
add("fr-20-tache-contrat", "Aurélie Fabre <aurelie.fabre@acme-corp.example>", "Relecture contrat sous-traitant",
    "Bonjour,\n\nPouvez-vous relire le contrat de sous-traitance (article 28) avec notre nouveau prestataire de paie avant signature vendredi ?\n\nMerci,\nAurélie\n",
    TASK("aurelie.fabre@acme-corp.example", "Aurélie", "Fabre"))
add("fr-21-tache-registre", "Damien Roche <damien.roche@acme-corp.example>", "Registre des traitements",
    "Bonjour, nous lançons un nouvel outil de gestion des candidatures. Merci de l'ajouter au registre des traitements.\n",
    TASK("damien.roche@acme-corp.example", "Damien", "Roche"))
add("fr-22-tache-aipd", "Céline Brun <celine.brun@acme-corp.example>", "AIPD vidéosurveillance",
    "Bonjour, il nous faudrait une analyse d'impact (AIPD) pour le projet de vidéoprotection du parking. Pouvez-vous vous en charger ?\n",
    TASK("celine.brun@acme-corp.example", "Céline", "Brun"))
add("fr-23-incident-ordi", "Mathieu Giraud <mathieu.giraud@acme-corp.example>", "Ordinateur volé",
    "Bonjour, on m'a volé mon ordinateur portable professionnel dans le train ce matin. Il contenait des fichiers clients. J'ai porté plainte.\n",
    INC("mathieu.giraud@acme-corp.example", "Mathieu", "Giraud"))
add("fr-24-incident-mauvais-destinataire", "Élodie Carpentier <elodie.carpentier@acme-corp.example>", "Erreur d'envoi",
    "Bonjour, j'ai envoyé par erreur le dossier d'un patient à un autre patient. Le mail contenait son bilan sanguin. Que dois-je faire ?\n",
    INC("elodie.carpentier@acme-corp.example", "Élodie", "Carpentier"))
add("fr-25-incident-hameconnage", "Jérôme Dumont <jerome.dumont@acme-corp.example>", "J'ai cliqué sur un lien",
    "Bonjour, j'ai saisi mon mot de passe sur une fausse page Office 365 après avoir cliqué dans un mail. Depuis, des messages partent de ma boîte sans moi.\n",
    INC("jerome.dumont@acme-corp.example", "Jérôme", "Dumont"))
add("fr-26-spam-heritage", "Me Kouassi Yao <cabinet.yao@notaires-intl.example>", "Héritage non réclamé",
    "Cher(e) ami(e),\n\nJe suis Maître Kouassi Yao. Un de mes clients décédé a laissé un héritage de 4 800 000 euros sans héritier. Je vous propose de partager cette somme. Pour supprimer vos données de notre dossier, répondez simplement. Envoyez vos coordonnées bancaires et une copie de votre passeport en urgence.\n",
    IGN("spam"), headers=["Reply-To: kouassi.yao.notaire@freemail.example"])
add("fr-27-spam-hameconnage", "Service Client Impots <contact@impots-remboursement.example>", "Remboursement en attente",
    "Vous avez droit à un remboursement de 389,00 €. Vos données seront supprimées sous 48 heures si vous ne confirmez pas votre identité. Cliquez ici pour recevoir votre remboursement.\n",
    IGN("spam"), headers=[AUTH("softfail", "fail", "fail", "impots-remboursement.example")])
add("fr-28-spam-score", "Promo Express <promo@bonsplans-flash.example>", "Derniers jours !!!",
    "Dernière chance : -70 % sur tout le site ! Gagnez un iPhone. Pour effacer vos données, cliquez ici.\n",
    IGN("spam"), headers=SPAM_HDR)
add("fr-29-absence", "Corinne Masson <corinne.masson@partenaire.example>", "Absence",
    "Bonjour, je suis actuellement en congés et n'aurai pas accès à ma messagerie avant le 4 janvier. Bonne journée.\n",
    IGN("auto_reply"))
add("fr-30-relance", "Julien Morel <julien.morel@gmail.example>", "RE: desinscription",
    "Je vous ai écrit il y a un mois, toujours pas de réponse !\n",
    FU("file:ev-fr-01-oneliner.eml", "julien.morel@gmail.example", "Julien", "Morel"),
    headers=["In-Reply-To: <ev-fr-01-oneliner@mail.example.net>"])
add("fr-31-oubli-google", "Bastien Noël <bastien.noel@gmail.example>", "Déréférencement",
    "Bonjour, un article de votre site mentionne mon nom et ma condamnation de 2012. Je demande l'effacement de ces informations qui n'ont plus lieu d'être.\n",
    R(["Erasure"], "bastien.noel@gmail.example", "Bastien", "Noël"))
add("fr-32-decision-auto", "Inès Benali <ines.benali@gmail.example>", "Refus de crédit",
    "Bonjour, mon crédit a été refusé automatiquement. Je demande qu'une personne réexamine mon dossier et qu'on m'explique les critères de cette décision.\n",
    R(["AutomatedDecision"], "ines.benali@gmail.example", "Inès", "Benali"))
add("fr-33-post-mortem", "Françoise Gilbert <francoise.gilbert@orange.example>", "Mes directives",
    "Bonjour, je souhaite enregistrer mes directives relatives au sort de mes données après mon décès : je veux qu'elles soient toutes supprimées.\n",
    R(["AdvanceDirectives"], "francoise.gilbert@orange.example", "Françoise", "Gilbert"))
add("fr-34-melange-en", "Anne Schneider <anne.schneider@gmail.example>", "delete / supprimer",
    "Hello, merci de delete mon account svp. Thanks.\n",
    R(["Erasure"], "anne.schneider@gmail.example", "Anne", "Schneider"))
add("fr-35-appels", "Roger Lacroix <roger.lacroix@wanadoo.example>", "Démarchage téléphonique",
    "Vos vendeurs m'appellent sans arrêt. Je vous demande de supprimer mon numéro de téléphone de vos listes d'appel.\n",
    R(["Opposition"], "roger.lacroix@wanadoo.example", "Roger", "Lacroix"))
add("fr-36-question-contrat", "Patricia Henry <patricia.henry@free.example>", "Facture",
    "Bonjour, je n'ai pas reçu ma facture de novembre, pouvez-vous me la renvoyer ?\n",
    R(["Unknown"], "patricia.henry@free.example", "Patricia", "Henry"))
add("fr-37-employe-transfert-courrier", "Accueil <accueil@acme-corp.example>", "TR: courrier d'une cliente",
    "Pour info, reçu ce matin.\n\n-----Message d'origine-----\nDe : Monique Lefort <monique.lefort@orange.example>\nEnvoyé : mercredi 11 novembre 2026 16:20\nÀ : accueil@acme-corp.example\nObjet : mes données\n\nBonjour, je m'oppose à ce que vous utilisiez mes données pour de la prospection. Monique Lefort\n",
    R(["Opposition"], "monique.lefort@orange.example", "Monique", "Lefort"))
add("fr-38-tuteur", "Association Tutélaire du Rhône <mandataire@atr69.example>", "Demande d'effacement - majeur protégé",
    "Madame, Monsieur,\n\nEn qualité de mandataire judiciaire de M. Denis Arnaud, placé sous tutelle, je vous demande l'effacement des données le concernant.\n\nLe mandataire, Karim Saidi\n",
    R(["Erasure"], "mandataire@atr69.example", "Denis", "Arnaud", representative="Karim Saidi"))
add("fr-39-rectif-naissance", "Lucas Martinez <lucas.martinez@gmail.example>", "Date de naissance",
    "Ma date de naissance est fausse dans mon espace client (01/01/1900). La bonne est le 12/03/1991. Merci de modifier.\n",
    R(["Rectification"], "lucas.martinez@gmail.example", "Lucas", "Martinez"))
add("fr-40-spam-crypto", "Invest Pro <contact@crypto-gains.example>", "Doublez votre capital",
    "Investissez 250 € aujourd'hui et gagnez jusqu'à 5 000 € par mois grâce à notre robot de trading. Offre urgente, places limitées. Pour ne plus recevoir nos messages et supprimer vos données, répondez STOP.\n",
    IGN("spam"), headers=["X-Spam-Status: Yes, score=7.4 required=5.0"])
add("fr-41-court", "Zoé <zoe.m@laposte.example>", "?",
    "vous avez quoi comme données sur moi ?\n",
    R(["Access"], "zoe.m@laposte.example", "Zoé", None))
add("fr-42-retrait-consentement", "Damien Fournier <damien.fournier@gmail.example>", "Retrait de consentement",
    "Je retire mon consentement au traitement de mes données à des fins publicitaires.\n",
    R(["Opposition"], "damien.fournier@gmail.example", "Damien", "Fournier"))
add("fr-43-incident-cle-usb", "Service Paie <paie@acme-corp.example>", "Clé USB perdue",
    "Bonjour, une clé USB non chiffrée contenant les fiches de paie d'octobre a été perdue hier lors du déménagement des bureaux.\n",
    INC("paie@acme-corp.example", None, None))
add("fr-44-tache-formation", "Direction Commerciale <dircom@acme-corp.example>", "Formation RGPD équipe commerciale",
    "Bonjour, pourriez-vous organiser une session de sensibilisation RGPD pour les nouveaux commerciaux en janvier ?\n",
    TASK("dircom@acme-corp.example", "Direction", "Commerciale"))
add("fr-45-newsletter-cnil", "Veille RGPD <lettre@veille-rgpd.example>", "La lettre de la semaine : droit d'accès et effacement",
    "Au sommaire : la CNIL sanctionne un site pour non-respect du droit à l'effacement.\n",
    IGN("bulk"), headers=["List-Unsubscribe: <mailto:desabo@veille-rgpd.example>"])
