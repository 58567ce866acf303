from common import *  # part fr: written blind

# ---------------------------------------------------------------- demandes
add("fr-01-infos-svp", "Yanis Meziane <yanis.meziane@courriel.example>", "mes infos",
    "bonjour pouvez vous m'envoyer tout ce que vous conservez a mon nom svp j'étais licencié au club de "
    "handball de Saint-Priest jusqu'en 2023 merci\n",
    R(["Access"], "yanis.meziane@courriel.example", "Yanis", "Meziane"))

add("fr-02-directives", "Bérénice Château <berenice.chateau@laposte-mail.example>",
    "Sort de mes données après mon décès",
    "Madame, Monsieur,\n\n"
    "Bénévole depuis quinze ans comme arbitre de basket, je dispose d'un compte sur votre espace "
    "officiels. Conformément à l'article 85 de la loi Informatique et Libertés, je souhaite vous faire "
    "part de mes directives relatives à la conservation, l'effacement et la communication de mes données "
    "après mon décès : je désigne mon fils, Arthur Château, pour les exercer, et je souhaite que mon profil "
    "et mes photos soient supprimés dans les trois mois suivant mon décès.\n\n"
    "Pouvez-vous m'indiquer comment ces directives seront enregistrées ?\n\n"
    "Bien cordialement,\nBérénice Château\n",
    R(["AdvanceDirectives"], "berenice.chateau@laposte-mail.example", "Bérénice", "Château"))

add("fr-03-effacement-formel", "Jean-Baptiste de La Roche <jb.delaroche@avocat-mail.example>",
    "Demande d'effacement - article 17 RGPD",
    "Madame, Monsieur,\n\n"
    "Ancien licencié de la section aviron (licence n° 2019-44871), je n'ai plus aucune relation avec "
    "votre fédération depuis la saison 2022.\n\n"
    "En application de l'article 17 du Règlement (UE) 2016/679, je vous demande de procéder à "
    "l'effacement de l'ensemble des données à caractère personnel me concernant, y compris dans vos "
    "fichiers de résultats et de palmarès, et de m'en confirmer l'exécution par écrit.\n\n"
    "À défaut de réponse dans le délai d'un mois, je me réserve le droit de saisir la CNIL.\n\n"
    "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
    "Jean-Baptiste de La Roche\n",
    R(["Erasure"], "jb.delaroche@avocat-mail.example", "Jean-Baptiste", "de La Roche"))

add("fr-04-droit-image", "Aïcha Benali <aicha.benali@maison.example>", "Photo de mon fils sur Facebook",
    "Bonjour,\n\n"
    "Je découvre que la page Facebook du club de judo a publié une photo de mon fils Rayan Benali (11 ans) "
    "sur le podium du tournoi de Villeurbanne, avec son nom et son club en légende. Je n'ai jamais signé "
    "d'autorisation de droit à l'image.\n\n"
    "Je vous demande de retirer cette publication ainsi que toutes les autres images de Rayan présentes sur "
    "vos pages. Merci de me confirmer quand c'est fait.\n\n"
    "Aïcha Benali\n06 12 34 56 78\n\nEnvoyé de mon iPhone\n",
    R(["Erasure"], "aicha.benali@maison.example", "Rayan", "Benali", representative="Aïcha Benali"))

add("fr-05-nom-marital", "Noémie Lefèvre-Garnier <noemie.lg@orange-mail.example>",
    "Changement de nom",
    "Bonjour,\n\nJe me suis mariée cet été, je m'appelle désormais Noémie Lefèvre-Garnier (et non plus "
    "Noémie Lefèvre). Pourriez-vous modifier mon nom sur ma licence d'entraîneure et dans l'annuaire des "
    "éducateurs ? Mon adresse aussi a changé : 7 rue des Tilleuls, 69003 Lyon.\n\nMerci d'avance\nNoémie\n",
    R(["Rectification"], "noemie.lg@orange-mail.example", "Noémie", "Lefèvre-Garnier"))

add("fr-06-sms-colo", "Patrick Vasseur <pvasseur@free-mail.example>", "Stop SMS",
    "Bonjour\n\nje recois chaque semaine des SMS pour vos colonies de vacances alors que mes enfants ont "
    "passé l'âge depuis longtemps. Je ne veux plus rien recevoir de votre part, ni SMS ni mails "
    "publicitaires. Rayez mon numéro de vos listes et effacez-le de vos fichiers, ainsi que mon adresse.\n\nP. Vasseur\n",
    R(["Opposition", "Erasure"], "pvasseur@free-mail.example", "Patrick", "Vasseur"))

add("fr-07-certificat-latin1", "Martine Goujon <martine.goujon@wanadoo-mail.example>",
    "Question sur les certificats médicaux",
    "Bonjour,\n\nA chaque rentrée nous déposons sur votre site le certificat médical de nos deux filles "
    "(gymnastique). Je voudrais savoir qui a accès à ces documents : l'entraîneur, le club, la fédération, "
    "l'assureur ? Et pendant combien de temps sont-ils gardés ? Sont-ils hébergés en France ?\n\n"
    "Je ne demande pas de copie, simplement des explications.\n\nCordialement,\nMartine Goujon\n",
    R(["Information"], "martine.goujon@wanadoo-mail.example", "Martine", "Goujon"),
    ct=LATIN1, encode="latin-1")

add("fr-08-portabilite", "Théo Marchand <theo.marchand@sportmail.example>",
    "Récupération de mon historique",
    "Salut,\n\nJe change de fédé la saison prochaine (je passe en FFTri). Est-ce que vous pouvez "
    "m'exporter mon historique de compétitions, mes chronos et mes licences dans un fichier exploitable, "
    "genre CSV ou JSON, que je puisse le réimporter chez eux ? Idéalement transmis directement à leur "
    "service licences.\n\nThéo Marchand\n",
    R(["Portability"], "theo.marchand@sportmail.example", "Théo", "Marchand"))

add("fr-09-acces-rectif", "Sandrine Okafor <sandrine.okafor@messagerie.example>",
    "Mon dossier adhérent",
    "Bonjour,\n\nJ'aimerais consulter l'intégralité de mon dossier adhérent : ce que vous avez "
    "enregistré lors de mes inscriptions, les échanges, les paiements. J'ai l'impression que des "
    "informations sont fausses (ma date de naissance notamment, qui apparaît comme 12/03/1988 alors que "
    "je suis née le 21/03/1988) : merci de la corriger au passage.\n\nSandrine Okafor\n",
    R(["Access", "Rectification"], "sandrine.okafor@messagerie.example", "Sandrine", "Okafor"))

add("fr-10-colo-colere", "Gérard Fontaine <gerard.fontaine@club-internet.example>",
    "Réclamation colonie de Morzine + appels incessants",
    "Madame, Monsieur,\n\n"
    "Mon petit-fils a participé en juillet au séjour multisports de Morzine. Le deuxième jour il s'est "
    "tordu la cheville, personne ne nous a prévenus avant le surlendemain, et il a passé le reste du séjour "
    "assis au bord du terrain. Le remboursement partiel promis par la directrice n'est jamais arrivé. "
    "J'ai envoyé trois courriers recommandés, sans réponse.\n\n"
    "Par ailleurs, depuis septembre, votre service commercial m'appelle sans arrêt, parfois à 20h, pour "
    "me vendre les séjours d'hiver. Je m'oppose formellement à toute utilisation de mon numéro de téléphone "
    "pour de la prospection, par vous ou vos partenaires.\n\n"
    "Quant au remboursement, j'attends une réponse sous huit jours, faute de quoi je saisirai le "
    "médiateur.\n\nGérard Fontaine\n",
    R(["Opposition"], "gerard.fontaine@club-internet.example", "Gérard", "Fontaine"))

add("fr-11-limitation", "Laurent Diallo <l.diallo@pro-mail.example>",
    "Dossier transmis à une société de recouvrement",
    "Bonjour,\n\nJ'ai reçu un courrier d'une société de recouvrement pour une cotisation 2025 "
    "prétendument impayée. J'ai pourtant réglé par virement le 2 octobre 2025 (justificatif joint). "
    "Tant que la vérification n'est pas faite, je vous demande de geler mes données : ne plus les "
    "transmettre à ce prestataire ni les utiliser pour des relances. Je ne demande pas leur "
    "suppression.\n\nLaurent Diallo\n",
    R(["Restriction"], "l.diallo@pro-mail.example", "Laurent", "Diallo"))

add("fr-12-html-compte", "Inès Roussel <ines.roussel@mailbox.example>", "Suppression compte appli",
    html("Bonjour,",
         "Je souhaite que mon compte sur l'application <i>MonClub</i> soit clôturé et que toutes mes "
         "informations (profil, photos, messages dans le fil de l'équipe) soient effacées définitivement.",
         "Merci,<br>Inès Roussel"),
    R(["Erasure"], "ines.roussel@mailbox.example", "Inès", "Roussel"), ct=HTML)

add("fr-13-transfert-inline", "Céline Arnaud <celine.arnaud@acme-corp.example>",
    "TR: D'où vient mon numéro ?",
    "Bonjour l'équipe DPO,\n\nUn monsieur a écrit à l'accueil, je vous transfère. Merci !\n\n"
    "Céline Arnaud\nAccueil - Acme Corp\n\n"
    "-------- Message transféré --------\n"
    "De : Hervé Kerbrat <herve.kerbrat@bzh-mail.example>\n"
    "Date : 13 nov. 2026 10:02\n"
    "Objet : D'où vient mon numéro ?\n"
    "À : accueil@acme-corp.example\n\n"
    "Bonjour, je n'ai jamais été adhérent chez vous et pourtant j'ai reçu un SMS de votre part pour le "
    "camp de Pâques. Comment avez-vous obtenu mes coordonnées, et à qui les avez-vous achetées ? "
    "Hervé Kerbrat\n",
    R(["Information"], "herve.kerbrat@bzh-mail.example", "Hervé", "Kerbrat"))

add("fr-14-transfert-piece-jointe", "Olivier Ngata <olivier.ngata@acme-corp.example>",
    "TR: dossier colo", "",
    R(["Access"], "lucie.perrin@netmail.example", "Lucie", "Perrin"),
    note="Bonjour, reçu sur la boîte des séjours, c'est pour vous je pense.\nOlivier",
    attached=("Lucie Perrin <lucie.perrin@netmail.example>", "dossier colo",
              "Bonjour,\n\nJ'ai été animatrice sur vos séjours d'été 2024 et 2025. Je voudrais obtenir la "
              "copie de mon dossier : évaluations de fin de séjour, fiche de recrutement, et tout ce qui a été "
              "noté à mon sujet.\n\nLucie Perrin\n"))

add("fr-15-facture", "compta.famille.roux@boite.example", "facture cotisation",
    "Bonjour, je n'arrive pas a télécharger la facture de la cotisation de mon fils pour ma mutuelle, le "
    "lien renvoie une erreur 404. Pouvez vous me l'envoyer ? Merci\n",
    R(["Unknown"], "compta.famille.roux@boite.example"))

add("fr-16-candidature-auto", "Mamadou Sy <mamadou.sy@etudiant-mail.example>",
    "Refus automatique de ma candidature d'animateur",
    "Bonjour,\n\nJ'ai postulé comme animateur BAFA pour les séjours d'été. J'ai reçu un refus automatique "
    "une minute après l'envoi, avec un « score de compatibilité insuffisant ». Je conteste cette décision : "
    "j'ai 3 ans d'expérience en centre de loisirs. Je demande qu'une personne réexamine mon dossier et "
    "m'explique les critères utilisés. Je souhaite aussi recevoir une copie des données me concernant que "
    "vous avez utilisées pour ce tri.\n\nMamadou Sy\n",
    R(["AutomatedDecision", "Access"], "mamadou.sy@etudiant-mail.example", "Mamadou", "Sy"))

add("fr-17-sponsors", "Camille Rousseau-Petit <camille.rp@velo-mail.example>",
    "Partage de mes résultats avec les sponsors",
    "Bonjour,\n\nJe ne veux pas supprimer mon compte ni ma licence, j'aime beaucoup le club. En revanche "
    "j'ai compris que vous transmettiez les résultats et coordonnées des coureurs à vos sponsors pour "
    "leurs offres. Je refuse que les miens leur soient communiqués. Et au passage : à quels sponsors "
    "précisément avez-vous déjà envoyé mes coordonnées, et depuis quand ?\n\nCamille\n",
    R(["Opposition", "Information"], "camille.rp@velo-mail.example", "Camille", "Rousseau-Petit"))

add("fr-18-famille-replyto", "Famille Dubois <famille.dubois@foyer.example>",
    "Numéro de téléphone à changer",
    "Bonjour,\n\nMerci de remplacer mon ancien numéro (06 11 22 33 44) par le 07 55 66 77 88 sur ma "
    "fiche de bénévole. Répondez-moi sur mon adresse perso svp.\n\nClaire Dubois\n",
    R(["Rectification"], "claire.dubois@perso.example", "Claire", "Dubois"),
    headers=["Reply-To: Claire Dubois <claire.dubois@perso.example>"])

add("fr-19-tutrice", "Fatoumata Keïta <fatoumata.keita@famille-mail.example>",
    "Données de mon neveu",
    "Bonjour,\n\nJe suis la tutrice légale de mon neveu, Moussa Keïta, 13 ans, licencié en athlétisme "
    "(jugement du tribunal joint). Son père, qui l'inscrivait auparavant, est décédé. J'aimerais savoir "
    "quelles informations vous détenez sur Moussa, en particulier les données médicales et les "
    "personnes à prévenir en cas d'urgence, et en obtenir une copie.\n\nFatoumata Keïta\n",
    R(["Access"], "fatoumata.keita@famille-mail.example", "Moussa", "Keïta",
      representative="Fatoumata Keïta"))

# ---------------------------------------------------------------- tâches
add("fr-20-registre", "Sébastien Moreau <sebastien.moreau@acme-corp.example>",
    "Nouvelle plateforme d'inscription - registre",
    "Bonjour,\n\nOn bascule les inscriptions des clubs sur la nouvelle plateforme en janvier. Il faudrait "
    "mettre à jour le registre des traitements (nouveau sous-traitant, nouvelles catégories de données : "
    "photo d'identité, attestation d'assurance). Je peux vous envoyer la fiche technique, dites-moi ce "
    "qu'il vous faut.\n\nSébastien Moreau\nResponsable SI\n",
    TASK("sebastien.moreau@acme-corp.example", "Sébastien", "Moreau"))

add("fr-21-questionnaire-transport", "Amandine Leroy <amandine.leroy@acme-corp.example>",
    "Questionnaire sécurité transporteur",
    "Coucou,\n\nLe transporteur des colos (Cars Alpins) nous renvoie leur questionnaire sécurité / RGPD "
    "rempli. Tu peux y jeter un œil et me dire si on peut leur envoyer les listes d'enfants avec les "
    "allergies ? Départ des premiers séjours en février.\n\nAmandine\nPôle séjours\n",
    TASK("amandine.leroy@acme-corp.example", "Amandine", "Leroy"),
    ct=CP1252, encode="cp1252")

add("fr-22-contrat-billetterie", "Hugo Bertrand <hugo.bertrand@acme-corp.example>",
    "Relecture clause données - billetterie finale",
    "Bonjour,\n\nPour la finale nationale de volley jeunes, on passe par un prestataire de billetterie. "
    "Pouvez-vous relire l'annexe « protection des données » de leur contrat avant signature jeudi ?\n\n"
    "Merci,\nHugo Bertrand\nService événements\nTél. 04 72 00 00 00\n",
    TASK("hugo.bertrand@acme-corp.example", "Hugo", "Bertrand"))

# ---------------------------------------------------------------- incidents
add("fr-23-cc-cci", "Nathalie Girard <nathalie.girard@acme-corp.example>", "Erreur d'envoi - urgent",
    "Bonjour,\n\nJe viens d'envoyer le mail de convocation au stage de Toussaint à 87 familles en mettant "
    "toutes les adresses en « À » au lieu de Cci. Dans la pièce jointe il y avait aussi le tableau des "
    "régimes alimentaires et allergies des enfants. J'ai tenté un rappel du message, sans succès. "
    "Qu'est-ce que je dois faire ?\n\nNathalie\n",
    INC("nathalie.girard@acme-corp.example", "Nathalie", "Girard"))

add("fr-24-autre-famille", "Julien Faure <julien.faure@lyonmail.example>",
    "Je vois les informations d'une autre famille",
    "Bonjour,\n\nEn me connectant ce soir à l'espace parents pour inscrire ma fille, je suis tombé sur le "
    "dossier d'une autre enfant : nom, date de naissance, adresse, le certificat médical et même le "
    "RIB des parents. Je n'ai rien téléchargé. Il y a visiblement un gros problème sur votre site.\n\n"
    "Julien Faure\n",
    INC("julien.faure@lyonmail.example", "Julien", "Faure"))

add("fr-25-vol-telephone", "Karim Haddad <karim.haddad@acme-corp.example>", "vol telephone colo",
    "Salut, on m'a volé le téléphone pro du séjour de Gérardmer hier soir pendant la veillée. Dedans il y "
    "avait le groupe WhatsApp des parents, les fiches sanitaires en photo et les numéros d'urgence. "
    "Plainte déposée ce matin. Pas de code de verrouillage je crois...\n\nKarim, directeur de séjour\n\n"
    "Envoyé depuis mon mobile\n",
    INC("karim.haddad@acme-corp.example", "Karim", "Haddad"))

# ---------------------------------------------------------------- suivis
add("fr-26-suivi-tag", "Sylvie Marchetti <sylvie.marchetti@laposte-mail.example>",
    "RE: [DSR-38214] Accusé de réception de votre demande",
    "Bonjour,\n\nJe n'ai toujours rien reçu alors que le délai d'un mois est dépassé depuis une semaine. "
    "Merci de me dire où en est ma demande.\n\nSylvie Marchetti\n\n"
    "> Bonjour,\n> Votre demande a bien été enregistrée sous la référence DSR-38214.\n"
    "> Nous vous répondrons dans un délai d'un mois.\n> L'équipe Protection des données\n",
    FU("38214", "sylvie.marchetti@laposte-mail.example", "Sylvie", "Marchetti"))

add("fr-27-suivi-effacement", "Jean-Baptiste de La Roche <jb.delaroche@avocat-mail.example>",
    "RE: Demande d'effacement - article 17 RGPD",
    "Madame, Monsieur,\n\nJe vous précise, pour faciliter vos recherches, que j'ai également été "
    "licencié sous l'adresse jbdlr@ancien-mail.example entre 2015 et 2018.\n\nJ.-B. de La Roche\n",
    FU(ref("fr-03-effacement-formel"), "jb.delaroche@avocat-mail.example", "Jean-Baptiste", "de La Roche"),
    headers=irt("fr-03-effacement-formel"))

# ---------------------------------------------------------------- ignorés
add("fr-28-spam-amende-rgpd", "Service Conformité <alerte@conformite-rgpd-officiel.example>",
    "URGENT : votre structure n'est pas en conformité RGPD - amende de 20 000 €",
    "Madame, Monsieur,\n\nSuite à un contrôle automatisé, votre association ne respecte pas les "
    "obligations du RGPD (registre, suppression des données, affichage). Vous risquez une amende "
    "pouvant atteindre 20 000 €.\n\nPour régulariser votre situation, réglez les frais de mise en "
    "conformité de 390 € HT avant 48h via le lien ci-dessous.\n\nService Conformité\n",
    IGN("spam", "alerte@conformite-rgpd-officiel.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="conformite-rgpd-officiel.example")])

add("fr-29-spam-seo", "Kevin - Agence Top1 <kevin@top1-referencement.example>",
    "Votre site en 1ère page de Google",
    "Bonjour,\n\nJ'ai analysé le site de votre fédération : 47 erreurs SEO empêchent les familles de vous "
    "trouver. Nous garantissons la 1ère page Google en 30 jours pour 149€/mois. Dispo pour un appel de 10 "
    "min cette semaine ?\n\nKevin\nAgence Top1\n",
    IGN("spam", "kevin@top1-referencement.example"), headers=SPAM_HDR)

add("fr-30-absence", "Anne-Sophie Lemaire <as.lemaire@mairie-exemple.example>",
    "Réponse automatique : Demande de documents",
    "Bonjour,\n\nJe suis absente du bureau jusqu'au 30 novembre inclus. En cas d'urgence, merci de "
    "contacter le service des sports au 04 00 00 00 00.\n\nCordialement,\nAnne-Sophie Lemaire\n",
    IGN("auto_reply", "as.lemaire@mairie-exemple.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-31-lettre-ligue", "Ligue Régionale Jeunes Sports <lettre@ligue-jeunes.example>",
    "La lettre de la Ligue - novembre",
    "LA LETTRE DE LA LIGUE\n\n- Calendrier des championnats régionaux U13/U15\n- Formation des "
    "éducateurs : inscriptions ouvertes\n- Retour en images sur les Jeux de l'Avenir\n\n"
    "Vous recevez cette lettre car vous êtes inscrit à la liste de diffusion de la Ligue.\n"
    "Se désinscrire : https://ligue-jeunes.example/desinscription\n",
    IGN("bulk", "lettre@ligue-jeunes.example"),
    headers=["List-Id: <lettre.ligue-jeunes.example>",
             "List-Unsubscribe: <mailto:unsubscribe@ligue-jeunes.example>", "Precedence: list"])
