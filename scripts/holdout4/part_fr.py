from common import *

# ---------------------------------------------------------------- demandes
add("fr-01-supprimer-compte", "Julien Marchand <julien.marchand@courriel.example>",
    "suppression compte",
    "Bonjour, merci de supprimer mon compte client de la librairie en ligne. Julien Marchand\n",
    R(["Erasure"], "julien.marchand@courriel.example", "Julien", "Marchand"))

add("fr-02-fautes-carte-transport", "Nadia Bensaïd <nadia.bensaid@boite.example>",
    "mes donné",
    "bonjour\n\nje voudrai savoir quesque vous avez comme information sur moi avec ma carte de transport "
    "(abonement mensuel) , les trajet et tout ça , on m'as dit que j'avais le droit de demander une copie.\n\n"
    "merci d'avance\nnadia bensaid\n",
    R(["Access"], "nadia.bensaid@boite.example", "Nadia", "Bensaïd"))

add("fr-03-majuscules-sms", "PIERRE-YVES LE GOFF <py.legoff@fournisseur.example>",
    "ARRETEZ LES SMS",
    "BONJOUR\n\nJE RECOIS DES SMS DU CLUB TOUS LES JOURS POUR LA BILLETTERIE ET LA BOUTIQUE. JE N'AI JAMAIS "
    "DONNE MON ACCORD. ARRETEZ IMMEDIATEMENT DE M'ENVOYER DE LA PUB PAR SMS ET PAR MAIL.\n\nPY LE GOFF\n",
    R(["Opposition"], "py.legoff@fournisseur.example", "Pierre-Yves", "Le Goff"))

add("fr-04-html-dossier-veterinaire", "Camille Rousseau <camille.rousseau@messagerie.example>",
    "Transfert du dossier de Filou",
    html("Bonjour,",
         "Nous déménageons à Lyon et notre chat Filou sera suivi par une nouvelle clinique vétérinaire. "
         "Pourriez-vous leur transmettre directement son dossier complet ainsi que mes coordonnées, "
         "dans un format électronique qu'ils pourront importer ?",
         "Adresse de la nouvelle clinique : accueil@clinique-saone.example",
         "Bien cordialement,<br>Camille Rousseau"),
    R(["Portability"], "camille.rousseau@messagerie.example", "Camille", "Rousseau"), ct=HTML)

add("fr-05-lettre-colere-controle", "Bernard Chevallier <b.chevallier@orange-mail.example>",
    "Contrôle du 4 novembre - honteux",
    "Madame, Monsieur,\n\n"
    "Je vous écris pour dénoncer le comportement inadmissible de vos contrôleurs dans le bus de la ligne 12, "
    "le 4 novembre vers 8h. J'ai 72 ans, j'avais mon titre de transport mais le valideur ne fonctionnait pas. "
    "On m'a traité comme un fraudeur devant tout le monde, on a exigé ma pièce d'identité et un des agents a "
    "pris des notes sur une tablette en refusant de me dire ce qu'il écrivait.\n\n"
    "J'ai utilisé vos bus toute ma vie, j'ai payé mes impôts et mon abonnement sans jamais rater un mois. "
    "Je voudrais savoir précisément ce qui a été enregistré sur moi ce jour-là et ce que vous conservez "
    "comme informations à mon sujet dans vos fichiers. Je demande une copie de tout cela.\n\n"
    "Je précise que j'ai écrit au maire et à l'association des usagers. Je n'en resterai pas là. "
    "Votre société devrait avoir honte de traiter ses clients ainsi.\n\n"
    "Bernard Chevallier\n8 rue des Tilleuls\n",
    R(["Access"], "b.chevallier@orange-mail.example", "Bernard", "Chevallier"))

add("fr-06-lettre-formelle-rgpd", "Marie-Hélène Dubois-Martin <mh.duboismartin@courriel.example>",
    "Demande d'exercice de droits - articles 15 et 17 du RGPD",
    "Madame, Monsieur le Délégué à la protection des données,\n\n"
    "En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de me communiquer l'ensemble "
    "des données à caractère personnel me concernant traitées par votre école de langues (inscription, "
    "résultats de tests, paiements, échanges avec les formateurs).\n\n"
    "Une fois cette communication effectuée, je vous demande, sur le fondement de l'article 17, de procéder "
    "à l'effacement de ces données, ma formation étant terminée depuis plus d'un an.\n\n"
    "Je vous rappelle que vous disposez d'un délai d'un mois pour répondre (article 12.3).\n\n"
    "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
    "Marie-Hélène Dubois-Martin\n",
    R(["Access", "Erasure"], "mh.duboismartin@courriel.example", "Marie-Hélène", "Dubois-Martin"))

add("fr-07-changement-adresse", "Thomas Nguyen <thomas.nguyen@boite.example>",
    "Changement d'adresse",
    "Bonjour,\n\nJe constate que mon adresse n'a pas été mise à jour dans mon dossier d'abonné malgré mon "
    "courrier de septembre : mes relevés arrivent toujours au 3 rue Pasteur. Ma nouvelle adresse est "
    "17 avenue Jean Jaurès, 69007 Lyon. Merci de corriger.\n\nThomas Nguyen\n",
    R(["Rectification"], "thomas.nguyen@boite.example", "Thomas", "Nguyen"))

add("fr-08-parent-photos-enfant", "Sandrine Morel <sandrine.morel@famille.example>",
    "Photos de mon fils sur votre site",
    "Bonjour,\n\nMon fils Lucas Morel, 11 ans, est inscrit à l'école de foot du club. Sa photo apparaît sur le "
    "site et sur la page Facebook du club sans que nous ayons donné notre accord. En tant que mère, je vous "
    "demande de retirer ces photos et de les supprimer de vos fichiers.\n\nSandrine Morel\n06 12 34 56 78\n",
    R(["Erasure"], "sandrine.morel@famille.example", "Lucas", "Morel", representative="Sandrine Morel"))

add("fr-09-heritier-librairie", "François Lemaire <francois.lemaire@courriel.example>",
    "Décès de ma mère - compte client",
    "Bonjour,\n\nMa mère, Jeanne Lemaire, est décédée le 2 octobre dernier. Elle avait un compte sur votre "
    "librairie en ligne et continue de recevoir des courriels et des relances. En tant que son fils et "
    "héritier, je vous demande de clôturer son compte et d'effacer ses données. Je peux vous transmettre "
    "l'acte de décès.\n\nCordialement,\nFrançois Lemaire\n",
    R(["Erasure"], "francois.lemaire@courriel.example", "Jeanne", "Lemaire", representative="François Lemaire"))

add("fr-10-avocat-videoprotection", "Maître Aurélie de la Fontaine <a.delafontaine@avocats-lyon.example>",
    "V/Réf : M. Karim Benali - communication des images de vidéoprotection",
    "Madame, Monsieur,\n\nJe suis le conseil de Monsieur Karim Benali, qui a été victime d'une agression dans "
    "le tramway de la ligne T2 le 30 octobre 2026 vers 22h30.\n\n"
    "Au nom et pour le compte de mon client, dont vous trouverez le mandat ci-joint, je vous demande, en "
    "application de l'article 15 du RGPD, la communication des images de vidéoprotection sur lesquelles il "
    "apparaît, ainsi que de toute donnée le concernant en lien avec cet incident.\n\n"
    "Je vous remercie de bien vouloir adresser votre réponse à mon cabinet.\n\n"
    "Maître Aurélie de la Fontaine\nAvocat au Barreau de Lyon\n12 quai Saint-Antoine, 69002 Lyon\n"
    "Tél. : 04 78 00 00 00\n\nCe message est confidentiel et couvert par le secret professionnel.\n",
    R(["Access"], "a.delafontaine@avocats-lyon.example", "Karim", "Benali",
      representative="Aurélie de la Fontaine"))

add("fr-11-directives-post-mortem", "Geneviève Arnaud <genevieve.arnaud@courriel.example>",
    "Directives sur mes données après mon décès",
    "Bonjour,\n\nJe suis abonnée au club depuis 1985. Conformément à la loi Informatique et Libertés, je "
    "souhaite vous faire part de mes directives concernant le sort de mes données après mon décès : je "
    "souhaite qu'elles soient effacées, à l'exception de ma carte de membre d'honneur qui pourra être remise "
    "à ma petite-fille, Élodie Arnaud. Pouvez-vous enregistrer ces directives ?\n\n"
    "Bien à vous,\nGeneviève Arnaud\n",
    R(["AdvanceDirectives"], "genevieve.arnaud@courriel.example", "Geneviève", "Arnaud"))

add("fr-12-duree-conservation-video", "Olivier Garnier <olivier.garnier@messagerie.example>",
    "Caméras dans les bus",
    "Bonjour, combien de temps gardez-vous les enregistrements des caméras dans les bus, et qui peut les "
    "consulter (police, société de sécurité) ? Je ne demande pas les images, juste l'information. Merci\n"
    "O. Garnier\n",
    R(["Information"], "olivier.garnier@messagerie.example", "Olivier", "Garnier"))

add("fr-13-tarif-solidaire-refuse", "Fatoumata Diallo <fatoumata.diallo@boite.example>",
    "Refus automatique du tarif solidaire",
    "Bonjour,\n\nJ'ai fait ma demande de tarif solidaire en ligne pour mon abonnement de transport. La réponse "
    "est arrivée en une minute : refusée, \"critères non remplis\". Personne n'a regardé mes justificatifs. "
    "Je conteste cette décision et je demande qu'une personne réexamine mon dossier et m'explique sur quoi "
    "le refus est fondé.\n\nFatoumata Diallo\n",
    R(["AutomatedDecision"], "fatoumata.diallo@boite.example", "Fatoumata", "Diallo"))

add("fr-14-limitation-contestation", "Antoine Mercier <antoine.mercier@courriel.example>",
    "Contestation d'un signalement - gel de mes données",
    "Bonjour,\n\nLe club m'a signalé comme \"supporter à risque\" suite au match du 8 novembre, alors que je "
    "n'étais même pas au stade ce jour-là. Je conteste l'exactitude de ce signalement. Dans l'attente de "
    "votre vérification, je demande que l'utilisation de ces données soit limitée : ne les transmettez à "
    "personne et ne m'empêchez pas d'acheter des billets sur cette base.\n\nAntoine Mercier\n",
    R(["Restriction"], "antoine.mercier@courriel.example", "Antoine", "Mercier"))

add("fr-15-opposition-profilage", "Léa Fournier <lea.fournier@messagerie.example>",
    "Recommandations personnalisées",
    "Bonjour,\n\nJe ne souhaite pas que la librairie analyse mes achats et mes consultations pour me proposer "
    "des recommandations personnalisées. Je m'oppose à ce profilage. Merci de le désactiver pour mon compte.\n\n"
    "Léa Fournier\n",
    R(["Opposition"], "lea.fournier@messagerie.example", "Léa", "Fournier"))

add("fr-16-transfert-collegue", "Sophie Lambert <sophie.lambert@acme-corp.example>",
    "TR: erreur date de naissance",
    "Bonjour l'équipe RGPD,\n\nUne demande reçue au guichet de l'agence commerciale, je vous la transmets.\n\n"
    "Sophie\n\n-------- Message transféré --------\nDe : Hugo Perrin <hugo.perrin@boite.example>\n"
    "Date : dim. 15 nov. 2026 à 19:02\nObjet : erreur date de naissance\nÀ : agence@acme-corp.example\n\n"
    "Bonjour, sur ma carte de transport jeune ma date de naissance est fausse (12/03/2005 au lieu du "
    "21/03/2005), du coup on me dit que mon tarif jeune expire trop tôt. Pouvez-vous corriger ? "
    "Hugo Perrin\n\n--\nSophie Lambert\nResponsable agence commerciale\n",
    R(["Rectification"], "hugo.perrin@boite.example", "Hugo", "Perrin"))

add("fr-17-transfert-piece-jointe", "Mathieu Roux <mathieu.roux@acme-corp.example>",
    "TR: Demande de suppression",
    "",
    R(["Erasure"], "ines.haddad@courriel.example", "Inès", "Haddad"),
    attached=("Inès Haddad <ines.haddad@courriel.example>", "Demande de suppression",
              "Bonjour,\n\nJ'ai résilié mon abonnement à l'espace de coworking en juin. Je souhaite que "
              "toutes mes données soient supprimées : fiche membre, photo du badge, historique des "
              "réservations.\n\nMerci,\nInès Haddad\n"),
    note="Bonjour, reçu sur la boîte de l'accueil du coworking. Je vous laisse gérer. Mathieu\n")

add("fr-18-salarie-propres-donnees", "Kevin Lefebvre <kevin.lefebvre@acme-corp.example>",
    "Demande d'accès à mes données (salarié)",
    "Bonjour,\n\nJe suis conducteur au dépôt Nord. Je souhaite obtenir une copie des données me concernant : "
    "les données de géolocalisation de mes services, les enregistrements des caméras conducteur et les "
    "rapports me concernant depuis janvier. C'est dans le cadre d'un désaccord avec ma hiérarchie.\n\n"
    "Kevin Lefebvre\nMatricule 40718\n",
    R(["Access"], "kevin.lefebvre@acme-corp.example", "Kevin", "Lefebvre"))

add("fr-19-adresse-famille", "Famille Girard <famille.girard@foyer.example>",
    "Suppression de mes données",
    "Bonjour,\n\nJ'ai suivi des cours d'anglais chez vous en 2023. Je ne souhaite plus figurer dans votre "
    "fichier, merci d'effacer mes données. Merci de me répondre sur mon adresse personnelle.\n\n"
    "Claire Girard\n",
    R(["Erasure"], "claire.girard@perso.example", "Claire", "Girard"),
    headers=["Reply-To: Claire Girard <claire.girard@perso.example>"])

add("fr-20-latin1-acces-rectif", "Hélène Bérard <helene.berard@courriel.example>",
    "Dossier de mon chien",
    "Bonjour,\n\nPourriez-vous m'envoyer une copie des informations que vous détenez sur moi et sur mon chien "
    "Réglisse (clinique vétérinaire de la Croix-Rousse) ? Par ailleurs mon prénom est mal orthographié "
    "(\"Helene Berard\" sans accents) : merci de le corriger en Hélène Bérard.\n\nHélène Bérard\n",
    R(["Access", "Rectification"], "helene.berard@courriel.example", "Hélène", "Bérard"),
    ct=LATIN1, encode="latin-1")

add("fr-21-cp1252-prospection", "Grégoire d'Harcourt <gregoire.dharcourt@messagerie.example>",
    "Prospection commerciale",
    "Madame, Monsieur,\n\nJe reçois chaque semaine vos « offres exclusives » de la librairie : –20 € sur les "
    "beaux livres, etc. Je n’en veux plus. Je m’oppose à toute prospection commerciale de votre part, "
    "par courriel comme par courrier.\n\nGrégoire d’Harcourt\n",
    R(["Opposition"], "gregoire.dharcourt@messagerie.example", "Grégoire", "d'Harcourt"),
    ct=CP1252, encode="cp1252")

add("fr-22-sans-nom-origine", "lucie.b.1989@boite.example",
    "comment vous avez mon numéro",
    "bonjour on m'appelle depuis votre école de langues pour me proposer des cours alors que je ne vous ai "
    "jamais contacté. d'où vient mon numéro ? qui vous l'a donné ?\n",
    R(["Information"], "lucie.b.1989@boite.example"))

add("fr-23-contrat-sous-traitance", "Damien Faure <d.faure@startup-lumen.example>",
    "Accord de traitement des données à signer",
    "Bonjour,\n\nLumen SAS occupe un bureau privatif dans votre espace de coworking de Part-Dieu. Dans le cadre "
    "de notre mise en conformité RGPD, nous devons faire signer notre accord de sous-traitance (article 28) "
    "à tous nos prestataires. Vous le trouverez en pièce jointe. Merci de nous le retourner signé.\n\n"
    "Damien Faure\nCo-fondateur, Lumen SAS\n",
    R(["Unknown"], "d.faure@startup-lumen.example", "Damien", "Faure"))

add("fr-24-question-facture", "Martine Bouchard <martine.bouchard@courriel.example>",
    "facture consultation",
    "Bonjour, j'ai été facturée deux fois pour la consultation de ma chienne le 6 novembre (2 x 45 euros). "
    "Pouvez-vous me rembourser ? Merci. Martine Bouchard\n",
    R(["Unknown"], "martine.bouchard@courriel.example", "Martine", "Bouchard"))

add("fr-25-iphone-supprimer", "Yanis Cherki <yanis.cherki@boite.example>",
    "Supprimer mon compte supporter",
    "Supprimez mon compte supporter et toutes mes infos svp, je ne vais plus au stade\n\n"
    "Envoyé de mon iPhone\n",
    R(["Erasure"], "yanis.cherki@boite.example", "Yanis", "Cherki"))

add("fr-26-signature-portabilite", "Stéphanie Vidal <stephanie.vidal@cabinet-vidal.example>",
    "Récupération de mes données de réservation",
    "Bonjour,\n\nJe quitte votre espace de coworking pour un autre prestataire. Je souhaite récupérer "
    "l'historique de mes réservations de salles et mes factures dans un format structuré et lisible par "
    "machine, afin de les transmettre à mon nouveau prestataire.\n\nCordialement,\n\n"
    "Stéphanie Vidal\nExpert-comptable\nCabinet Vidal & Associés\nTél. 04 72 00 00 00\n\n"
    "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. "
    "Si vous l'avez reçu par erreur, merci de le détruire et d'en avertir l'expéditeur.\n",
    R(["Portability"], "stephanie.vidal@cabinet-vidal.example", "Stéphanie", "Vidal"))

add("fr-27-franglais", "Jean-Baptiste Moreau <jb.moreau@messagerie.example>",
    "Data request / demande de données",
    "Hello,\n\nI live in London now but I was a member of your football club in France. Je voudrais recevoir "
    "une copie de toutes les données que vous avez sur moi (membership, tickets, everything). Thanks / merci.\n\n"
    "JB Moreau\n",
    R(["Access"], "jb.moreau@messagerie.example", "Jean-Baptiste", "Moreau"))

add("fr-28-sans-ponctuation", "Mélanie Petit <melanie.petit@boite.example>",
    "newsletter",
    "bonjour je retire mon consentement pour la newsletter de l'école de langues je ne veux plus rien recevoir "
    "merci\n",
    R(["Opposition"], "melanie.petit@boite.example", "Mélanie", "Petit"))

add("fr-29-transferts-hors-ue", "Paul-Henri Blanchard <ph.blanchard@courriel.example>",
    "Sous-traitants et transferts hors UE",
    "Bonjour,\n\nClient de la librairie en ligne, je souhaiterais savoir à quels sous-traitants vous confiez "
    "mes données (paiement, livraison, emailing) et si certaines sont transférées hors de l'Union "
    "européenne, avec quelles garanties. Je ne demande pas de copie de mes données.\n\n"
    "Paul-Henri Blanchard\n",
    R(["Information"], "ph.blanchard@courriel.example", "Paul-Henri", "Blanchard"))

add("fr-30-tutrice-majeur-protege", "Josiane Collin <josiane.collin@tutelle.example>",
    "Demande pour mon frère sous tutelle",
    "Madame, Monsieur,\n\nJe suis la tutrice de mon frère, Didier Collin, placé sous tutelle par jugement du "
    "juge des contentieux de la protection. Il est titulaire d'une carte de transport gratuite. Je souhaite "
    "obtenir la copie des données le concernant et faire corriger son adresse, qui est désormais celle de "
    "son foyer : Résidence Les Acacias, 5 allée des Roses, 38000 Grenoble. Je joins le jugement.\n\n"
    "Josiane Collin\n",
    R(["Access", "Rectification"], "josiane.collin@tutelle.example", "Didier", "Collin",
      representative="Josiane Collin"))

add("fr-31-badge-acces-opposition", "Rémi Lacroix <remi.lacroix@messagerie.example>",
    "Badges d'accès au coworking",
    "Bonjour,\n\nJ'aimerais savoir quelles données sont enregistrées par mon badge d'accès (heures d'entrée "
    "et de sortie, salles ?) et en avoir une copie. Par ailleurs je m'oppose à ce que ces données servent à "
    "des statistiques de fréquentation nominatives.\n\nRémi Lacroix\n",
    R(["Access", "Opposition"], "remi.lacroix@messagerie.example", "Rémi", "Lacroix"))

# ---------------------------------------------------------------- tâches
add("fr-32-tache-contrat-prestataire", "Nathalie Roussel <nathalie.roussel@acme-corp.example>",
    "Relecture contrat prestataire de paiement",
    "Bonjour,\n\nNous changeons de prestataire de paiement pour la librairie en ligne. Pourriez-vous relire "
    "les clauses de protection des données du contrat (annexe 4) avant signature mardi prochain ?\n\n"
    "Merci,\nNathalie Roussel\nDirection financière\n",
    TASK("nathalie.roussel@acme-corp.example", "Nathalie", "Roussel"))

add("fr-33-tache-registre", "Cédric Fabre <cedric.fabre@acme-corp.example>",
    "Mise à jour du registre - nouveau logiciel vétérinaire",
    "Bonjour,\n\nLes cliniques vétérinaires passent au nouveau logiciel de gestion VetSoft le 1er décembre. "
    "Il faudrait mettre à jour la fiche du registre des traitements correspondante. Je vous envoie les "
    "informations dont vous avez besoin ?\n\nCédric Fabre\nDSI\n",
    TASK("cedric.fabre@acme-corp.example", "Cédric", "Fabre"))

add("fr-34-tache-aipd-billetterie", "Audrey Blanc <audrey.blanc@acme-corp.example>",
    "AIPD billetterie nominative",
    "Bonjour,\n\nLa préfecture nous impose la billetterie nominative avec contrôle d'identité pour les matchs "
    "à risque. Faut-il réaliser une analyse d'impact (AIPD) ? Si oui, pouvons-nous la lancer rapidement, le "
    "dispositif doit être en place en février.\n\nAudrey Blanc\nResponsable billetterie\n",
    TASK("audrey.blanc@acme-corp.example", "Audrey", "Blanc"))

add("fr-35-tache-formation", "Laurent Gauthier <laurent.gauthier@acme-corp.example>",
    "Sensibilisation RGPD des formateurs",
    "Bonjour,\n\nNous accueillons 8 nouveaux formateurs à l'école de langues en janvier. Serait-il possible "
    "d'organiser une session de sensibilisation au RGPD (une heure suffit) ?\n\nLaurent Gauthier\n"
    "Directeur pédagogique\n",
    TASK("laurent.gauthier@acme-corp.example", "Laurent", "Gauthier"))

add("fr-36-tache-questionnaire", "Sébastien Morin <sebastien.morin@acme-corp.example>",
    "Questionnaire conformité - appel d'offres métropole",
    "Bonjour,\n\nPour le renouvellement de la délégation de service public, la métropole nous demande de "
    "remplir un questionnaire de conformité RGPD (DPO, registre, gestion des demandes, sous-traitants). "
    "Pouvez-vous compléter la partie qui vous concerne d'ici le 30 ?\n\nSébastien Morin\n"
    "Service juridique\n",
    TASK("sebastien.morin@acme-corp.example", "Sébastien", "Morin"))

# ---------------------------------------------------------------- incidents
add("fr-37-telephone-vole", "Aline Picard <aline.picard@acme-corp.example>",
    "Vol de mon téléphone professionnel",
    "Bonjour,\n\nOn m'a volé mon téléphone professionnel ce matin dans le métro. Il contient mes mails "
    "professionnels et la liste des adhérents du club avec leurs numéros (fichier Excel en pièce jointe "
    "d'un mail). Le téléphone a un code à 4 chiffres. J'ai prévenu le support informatique.\n\n"
    "Aline Picard\nService adhérents\n",
    INC("aline.picard@acme-corp.example", "Aline", "Picard"))

add("fr-38-courrier-mauvais-destinataire", "Jérôme Masson <jerome.masson@acme-corp.example>",
    "Courriers d'amende envoyés aux mauvaises personnes",
    "Bonjour,\n\nSuite à un décalage dans le publipostage, une cinquantaine d'avis d'amende envoyés hier "
    "comportent le nom et l'adresse d'une autre personne que le destinataire. Deux usagers nous ont déjà "
    "appelés. Que devons-nous faire ?\n\nJérôme Masson\nService contentieux\n",
    INC("jerome.masson@acme-corp.example", "Jérôme", "Masson"))

add("fr-39-phishing-clic", "Chloé Renaud <chloe.renaud@acme-corp.example>",
    "J'ai cliqué sur un lien suspect",
    "Bonjour,\n\nJ'ai reçu un mail soi-disant de la direction avec une facture en lien, j'ai cliqué et saisi "
    "mes identifiants. Je me rends compte que c'était une arnaque. J'ai accès au logiciel des cliniques "
    "vétérinaires. Désolée.\n\nChloé Renaud\nAccueil clinique Bellecour\n",
    INC("chloe.renaud@acme-corp.example", "Chloé", "Renaud"))

add("fr-40-donnees-autre-client", "Vincent Dumas <vincent.dumas@courriel.example>",
    "Je reçois le dossier d'un autre animal",
    "Bonjour,\n\nJ'ai reçu par mail le compte rendu d'opération d'un chien qui n'est pas le mien, avec le "
    "nom, l'adresse et le téléphone de sa propriétaire. Je pense qu'il y a eu une erreur. Je vous le signale "
    "et je vais supprimer le message.\n\nVincent Dumas\n",
    INC("vincent.dumas@courriel.example", "Vincent", "Dumas"))

add("fr-41-fichier-partage-public", "Émilie Carpentier <emilie.carpentier@acme-corp.example>",
    "Fichier des élèves accessible publiquement",
    "Bonjour,\n\nJe viens de m'apercevoir que le tableau partagé des inscriptions de l'école de langues "
    "(noms, mails, téléphones, numéros de passeport) était accessible à toute personne disposant du lien "
    "depuis septembre. Je l'ai restreint à l'instant. Je ne sais pas si quelqu'un l'a consulté.\n\n"
    "Émilie Carpentier\n",
    INC("emilie.carpentier@acme-corp.example", "Émilie", "Carpentier"))

# ---------------------------------------------------------------- relances
add("fr-42-relance-dsr", "Isabelle Fontaine <isabelle.fontaine@boite.example>",
    "RE: [DSR-37452] Accusé de réception de votre demande",
    "Bonjour,\n\nCela fait plus d'un mois que vous avez accusé réception de ma demande et je n'ai toujours rien "
    "reçu. Merci de me dire où en est mon dossier.\n\nIsabelle Fontaine\n\n"
    "> Madame,\n> Nous accusons réception de votre demande, enregistrée sous la référence DSR-37452.\n"
    "> Le service Protection des données\n",
    FU("37452", "isabelle.fontaine@boite.example", "Isabelle", "Fontaine"))

add("fr-43-reponse-avocat", "Maître Aurélie de la Fontaine <a.delafontaine@avocats-lyon.example>",
    "RE: V/Réf : M. Karim Benali - communication des images de vidéoprotection",
    "Madame, Monsieur,\n\nSans réponse de votre part à mon courrier ci-dessous, je me permets de vous "
    "rappeler que les images doivent être conservées. Je vous remercie de m'indiquer la date à laquelle "
    "elles me seront communiquées.\n\nMaître Aurélie de la Fontaine\n",
    FU(ref("fr-10-avocat-videoprotection"), "a.delafontaine@avocats-lyon.example", "Aurélie", "de la Fontaine"),
    headers=irt("fr-10-avocat-videoprotection"))

add("fr-44-dsr-nouvelle-demande", "Arnaud Perret <arnaud.perret@messagerie.example>",
    "Re: [DSR-40981] Votre demande d'accès",
    "Bonjour, merci. Tant que vous y êtes, pouvez-vous aussi supprimer mon adresse postale de vos fichiers "
    "de prospection ?\n\nArnaud Perret\n\nLe 12/11/2026, Acme Group Protection des données a écrit :\n"
    "> Nous avons bien reçu votre demande d'accès (DSR-40981).\n",
    FU("40981", "arnaud.perret@messagerie.example", "Arnaud", "Perret"))

add("fr-45-relance-fautes", "Bernard Chevallier <b.chevallier@orange-mail.example>",
    "Re: Contrôle du 4 novembre - honteux",
    "Toujour pas de réponse !! Je vous ai écrit il y a deux semaines. J'attend.\n\nB. Chevallier\n",
    FU(ref("fr-05-lettre-colere-controle"), "b.chevallier@orange-mail.example", "Bernard", "Chevallier"),
    headers=irt("fr-05-lettre-colere-controle"))

# ---------------------------------------------------------------- ignorés
add("fr-46-spam-referencement", "Agence Top Visibilité <contact@top-visibilite.example>",
    "Votre site en première page de Google",
    "Bonjour,\n\nVotre site acme-corp.example mérite plus de visibilité ! Notre agence vous garantit la "
    "première page de Google en 30 jours. Audit gratuit sur simple réponse.\n\nPour ne plus recevoir nos "
    "messages et supprimer vos données, répondez STOP.\n",
    IGN("spam", "contact@top-visibilite.example"), headers=SPAM_HDR)

add("fr-47-phishing-colis", "La Poste Service <service@colis-suivi-fr.example>",
    "Votre colis est en attente - frais de 1,99 EUR",
    "Bonjour,\n\nVotre colis n'a pas pu être livré. Merci de régler les frais de réexpédition de 1,99 EUR "
    "sous 48h : http://colis-suivi-fr.example/paiement\n\nService Client\n",
    IGN("spam", "service@colis-suivi-fr.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="colis-suivi-fr.example")])

add("fr-48-heritage-arnaque", "Mme Christine Dupuis <christine.dupuis.notaire@gratuit.example>",
    "Héritage en attente - urgent",
    "Cher(e) ami(e),\n\nJe suis une veuve atteinte d'un cancer et je souhaite léguer 2 500 000 euros à une "
    "personne honnête. Vos données personnelles seront détruites après le virement. Envoyez-moi votre nom "
    "complet, votre adresse et une copie de votre pièce d'identité.\n\nQue Dieu vous bénisse\n",
    IGN("spam", "christine.dupuis.notaire@gratuit.example"))

add("fr-49-absence", "Corinne Lebrun <corinne.lebrun@mairie.example>",
    "Réponse automatique : Votre demande",
    "Bonjour,\n\nJe suis absente du bureau jusqu'au 20 novembre inclus. Pour toute urgence, merci de contacter "
    "l'accueil au 04 76 00 00 00.\n\nCordialement,\nCorinne Lebrun\n",
    IGN("auto_reply", "corinne.lebrun@mairie.example"), headers=["Auto-Submitted: auto-replied"])

add("fr-50-auto-dsr", "Service client <ne-pas-repondre@banque-exemple.example>",
    "Accusé de réception automatique - RE: [DSR-39120] Votre demande",
    "Ceci est un message automatique. Nous avons bien reçu votre message et y répondrons dans les meilleurs "
    "délais. Merci de ne pas répondre à ce courriel.\n",
    IGN("auto_reply", "ne-pas-repondre@banque-exemple.example"), headers=["Auto-Submitted: auto-replied"])

add("fr-51-lettre-info", "La Lettre de la CNIL-Watch <lettre@cnilwatch.example>",
    "La lettre RGPD du mois - novembre 2026",
    "Au sommaire ce mois-ci :\n- Vidéoprotection dans les transports : les nouvelles règles\n"
    "- Sanctions récentes\n- Fiche pratique : répondre à une demande d'accès\n\n"
    "Se désinscrire : https://cnilwatch.example/desinscription\n",
    IGN("bulk", "lettre@cnilwatch.example"),
    headers=["List-Id: Lettre RGPD <lettre.cnilwatch.example>",
             "List-Unsubscribe: <https://cnilwatch.example/desinscription>", "Precedence: bulk"])

add("fr-52-non-distribue", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
