from common import *  # part fr: written blind

add("fr-01-vous-avez-quoi", "n.benali@courriel.example", "mes infos",
    "Bonjour, vous avez quoi exactement comme infos sur moi ? J'ai fait des missions d'intérim chez vous "
    "en 2024.\nNadia Benali\n",
    R(["Access"], "n.benali@courriel.example", "Nadia", "Benali"))

add("fr-02-lettre-art15-art21",
    "Me Gérard Lemoine-Vasseur <gerard.lemoine@orange-mail.example>",
    "Exercice de mes droits - articles 15 et 21 du RGPD",
    "Madame, Monsieur,\n\n"
    "Abonné à votre quotidien depuis 2011, je vous prie, en application de l'article 15 du Règlement "
    "(UE) 2016/679, de bien vouloir me communiquer l'ensemble des données à caractère personnel me "
    "concernant que vous détenez, ainsi que leur origine.\n\n"
    "Par ailleurs, sur le fondement de l'article 21 du même règlement, je m'oppose à toute utilisation "
    "de mes coordonnées à des fins de prospection commerciale, par vous-même comme par vos partenaires.\n\n"
    "Je vous rappelle que vous disposez d'un délai d'un mois pour me répondre.\n\n"
    "Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
    "Gérard Lemoine-Vasseur\n12, rue des Tanneurs\n67000 Strasbourg\n",
    R(["Access", "Opposition"], "gerard.lemoine@orange-mail.example", "Gérard", "Lemoine-Vasseur"))

add("fr-03-directives-post-mortem",
    "Simone Carrère <simone.carrere@laposte-mail.example>",
    "Mes données après mon décès",
    "Bonjour,\n\n"
    "J'ai 81 ans et je mets mes affaires en ordre. Je suis abonnée à votre journal (papier et "
    "numérique). Je souhaite laisser des directives sur ce que vous devrez faire de mes données "
    "quand je ne serai plus là : je voudrais que mon compte soit fermé et que tout soit effacé, et "
    "que ce soit mon neveu, Julien Carrère, qui s'en occupe. Comment dois-je procéder et est-ce que "
    "vous pouvez enregistrer ces instructions ?\n\n"
    "Avec mes remerciements,\nSimone Carrère\n",
    R(["AdvanceDirectives"], "simone.carrere@laposte-mail.example", "Simone", "Carrère"))

add("fr-04-heritiere-pere-decede",
    "Claire Dumont-Rey <claire.dumontrey@free-mail.example>",
    "Décès de mon père - abonnement et compte",
    "Bonjour,\n\n"
    "Mon père, Bernard Dumont, est décédé le 2 octobre. Il était abonné à l'édition numérique "
    "(compte bernard.dumont@free-mail.example). En tant que fille et héritière, je vous demande de "
    "clôturer son compte et d'effacer ses données personnelles, y compris sa carte bancaire. Je peux "
    "vous envoyer l'acte de décès si nécessaire.\n\n"
    "Cordialement,\nClaire Dumont-Rey\n06 12 34 56 78\n",
    R(["Erasure"], "claire.dumontrey@free-mail.example", "Bernard", "Dumont",
      representative="Claire Dumont-Rey"))

add("fr-05-rib-fiches-paie-latin1",
    "Yannick Le Gall <yannick.legall@wanadoo-mail.example>",
    "Erreur sur mes fiches de paie",
    "Bonjour,\n\n"
    "Je suis intérimaire chez vous depuis l'été (mission chez Brioches Pasquier à Lorient). Sur mes "
    "bulletins de salaire, mon adresse est toujours l'ancienne (rue de Belle-Île) alors que j'ai "
    "déménagé au 5 allée des Mouettes, 56100 Lorient. Et ma date de naissance est fausse : c'est le "
    "14/02/1993 et pas le 14/12/1993.\n\n"
    "Merci de corriger ça dans votre système.\n\n"
    "Yannick Le Gall\n",
    R(["Rectification"], "yannick.legall@wanadoo-mail.example", "Yannick", "Le Gall"),
    ct=LATIN1, encode="latin-1")

add("fr-06-entretien-video-logiciel",
    "Amélie Verhaegen <amelie.verhaegen@skynet-mail.example>",
    "Refus suite à l'entretien vidéo",
    "Bonjour,\n\n"
    "J'ai passé votre entretien vidéo différé pour le poste d'assistante de direction à Bruxelles. "
    "J'ai reçu un refus automatique le soir même, avec un « score de compatibilité » de 42 %. Je "
    "conteste cette décision : je demande qu'une personne de votre agence regarde réellement mon "
    "entretien et réexamine ma candidature. J'aimerais aussi comprendre sur quels critères le logiciel "
    "m'a notée.\n\n"
    "Bien à vous,\nAmélie Verhaegen\n",
    R(["AutomatedDecision"], "amelie.verhaegen@skynet-mail.example", "Amélie", "Verhaegen"))

add("fr-07-quebec-infolettre",
    "Jean-François Tremblay <jf.tremblay@videotron-mail.example>",
    "Désabonnement SVP",
    "Bonjour,\n\n"
    "Ça fait trois fois que je me désabonne de votre infolettre pis je la reçois encore à tous les "
    "matins, en plus des courriels de promotion. Arrêtez de m'écrire, je veux plus rien recevoir de "
    "vous autres. Merci bien.\n\n"
    "J-F Tremblay\n",
    R(["Opposition"], "jf.tremblay@videotron-mail.example", "Jean-François", "Tremblay"))

add("fr-08-colere-prelevements",
    "Martine Rousseau <martine.rousseau@sfr-mail.example>",
    "INADMISSIBLE",
    "Madame, Monsieur,\n\n"
    "Je vous écris pour la troisième fois. J'ai résilié mon abonnement au journal en juin, par lettre "
    "recommandée, après des mois de livraisons aléatoires (le journal arrivait un jour sur deux, "
    "parfois trempé, parfois chez la voisine). On m'a confirmé la résiliation par téléphone.\n\n"
    "En juillet, j'ai encore été prélevée. En août aussi. J'ai dû faire opposition auprès de ma banque, "
    "ce qui m'a coûté des frais. Votre service client me répond des messages types sans jamais régler "
    "le problème.\n\n"
    "Je veux maintenant que vous supprimiez mes coordonnées bancaires et mon compte client, purement "
    "et simplement, et que vous ne m'envoyiez plus aucune offre de réabonnement, ni par courrier ni "
    "par téléphone.\n\n"
    "Je demande aussi le remboursement des deux prélèvements indus, mais je suppose que ce n'est pas "
    "vous qui gérez ça.\n\n"
    "Sans réponse sous quinze jours, je saisirai la CNIL et le médiateur.\n\n"
    "Martine Rousseau\n",
    R(["Erasure", "Opposition"], "martine.rousseau@sfr-mail.example", "Martine", "Rousseau"))

add("fr-09-conservation-cv",
    "Thibault de La Rochefoucauld <thibault.dlr@gmail-like.example>",
    "Conservation de mon CV",
    "Bonjour,\n\n"
    "J'ai déposé mon CV sur votre site il y a trois ans. Combien de temps le gardez-vous ? Est-il "
    "transmis à vos clients sans mon accord, et certains de ces clients sont-ils hors de l'Union "
    "européenne ? Je ne demande pas de suppression pour l'instant, je veux juste savoir.\n\n"
    "Merci,\nThibault de La Rochefoucauld\n",
    R(["Information"], "thibault.dlr@gmail-like.example", "Thibault", "de La Rochefoucauld"))

add("fr-10-portabilite-releves",
    "Fatou Ndiaye <fatou.ndiaye@mel.example>",
    "Récupérer mes relevés d'heures",
    "Bonjour,\n\n"
    "Je change d'agence d'intérim. Est-ce que vous pouvez m'envoyer mes relevés d'heures, mes "
    "habilitations (CACES, SST) et mes évaluations de mission dans un fichier que la nouvelle agence "
    "pourra importer (Excel ou CSV) ? Ou les leur envoyer directement, l'adresse c'est "
    "inscriptions@interim-plus.example.\n\n"
    "Merci d'avance\nFatou Ndiaye\n\nEnvoyé de mon iPhone\n",
    R(["Portability"], "fatou.ndiaye@mel.example", "Fatou", "Ndiaye"))

add("fr-11-gel-reference-negative",
    "Olivier Marchetti <olivier.marchetti@proton-like.example>",
    "Prise de références contestée",
    "Bonjour,\n\n"
    "Le consultant qui suit mon dossier m'a dit qu'une prise de références auprès de mon ancien "
    "employeur était « défavorable ». Je conteste formellement ce qui a été dit, qui est faux et qui "
    "vient d'un manager avec qui j'étais en conflit (procédure prud'homale en cours).\n\n"
    "Tant que ce n'est pas éclairci, je vous demande de ne plus utiliser cette référence et de ne la "
    "communiquer à aucun client. Ne la supprimez pas, elle pourra servir de pièce.\n\n"
    "Olivier Marchetti\n",
    R(["Restriction"], "olivier.marchetti@proton-like.example", "Olivier", "Marchetti"))

add("fr-12-commentaires-html",
    "Hélène Fauconnier <helene.fauconnier@mel.example>",
    "Retrait de mes commentaires",
    html("Bonjour,",
         "Sous le pseudo <b>LN_Fauco</b> j'ai publié pas mal de commentaires sur vos articles "
         "politiques entre 2019 et 2022. Je souhaite qu'ils soient tous retirés du site, ils "
         "apparaissent dans les moteurs de recherche avec mon nom.",
         "Je garde mon abonnement, il ne s'agit pas de fermer mon compte.",
         "Merci,<br>Hélène Fauconnier"),
    R(["Erasure"], "helene.fauconnier@mel.example", "Hélène", "Fauconnier"), ct=HTML)

add("fr-13-arretez-appels",
    "dchevalier@box.example", "appels",
    "svp arretez de m appeler pour vos offres d abonnement c est tous les jours a 19h je veux plus "
    "etre appele merci denis chevalier\n",
    R(["Opposition"], "dchevalier@box.example", "Denis", "Chevalier"))

add("fr-14-transfert-conseillere",
    "Sandrine Poulain <sandrine.poulain@acme-corp.example>",
    "TR: Demande candidat",
    "Bonjour l'équipe DPO,\n\n"
    "Je vous transfère la demande d'un candidat que j'ai suivi l'an dernier (agence de Nantes). "
    "Je n'ai rien répondu.\n\n"
    "Sandrine Poulain\nChargée de recrutement - Agence Nantes\n\n"
    "-------- Message transféré --------\n"
    "De : Karim Haddad <karim.haddad@laposte-mail.example>\n"
    "Date : 12/11/2026 18:47\n"
    "À : Sandrine Poulain <sandrine.poulain@acme-corp.example>\n"
    "Objet : mon dossier\n\n"
    "Bonjour Madame Poulain,\n"
    "Pouvez-vous me transmettre tout ce que l'agence a sur moi (tests, notes d'entretien, "
    "commentaires) ? Ensuite je voudrais que tout soit effacé, j'ai trouvé un CDI.\n"
    "Cordialement, Karim Haddad\n",
    R(["Access", "Erasure"], "karim.haddad@laposte-mail.example", "Karim", "Haddad"))

add("fr-15-piece-jointe-adresse-livraison",
    "Service Abonnés <abonnes@acme-corp.example>",
    "TR: changement de nom et d'adresse",
    None,
    R(["Rectification"], "c.nguyen.lambert@mel.example", "Camille", "Nguyen-Lambert"),
    note="Bonjour,\nMessage reçu au service abonnés, la lectrice parle de ses données et de la CNIL "
         "donc on préfère vous le transmettre.\nBonne journée,\nLaurence - Service Abonnés",
    attached=("Camille Nguyen-Lambert <c.nguyen.lambert@mel.example>", "changement de nom et d'adresse",
              "Bonjour,\n\nSuite à mon mariage je m'appelle désormais Camille Nguyen-Lambert (et non plus "
              "Camille Nguyen). J'ai aussi déménagé : 8 impasse des Lilas, 31400 Toulouse. Merci de "
              "mettre à jour mon dossier d'abonnée et l'adresse de livraison du journal du week-end. "
              "Je connais mes droits auprès de la CNIL, j'ai déjà demandé deux fois.\n\n"
              "Camille Nguyen-Lambert\n"))

add("fr-16-debit-double",
    "Patrice Olivier <patrice.olivier@box.example>",
    "Prélevé deux fois ce mois-ci",
    "Bonjour, j'ai été prélevé deux fois de 14,90 € le 3 novembre pour mon abonnement numérique. "
    "Pouvez-vous me rembourser le doublon ? Merci. Patrice Olivier, abonné n° 552019\n",
    R(["Unknown"], "patrice.olivier@box.example", "Patrice", "Olivier"))

add("fr-17-curatrice-suisse",
    "Isabelle Favre <i.favre@curatelles-vd.example>",
    "Demande d'accès - M. Lucien Perrenoud (sous curatelle)",
    "Madame, Monsieur,\n\n"
    "Je suis la curatrice de portée générale de M. Lucien Perrenoud, né le 3.5.1971, domicilié à "
    "Yverdon-les-Bains, désignée par la Justice de paix (décision jointe). M. Perrenoud a effectué "
    "des missions temporaires par votre intermédiaire entre 2019 et 2023.\n\n"
    "En vertu de la loi fédérale sur la protection des données (art. 25 LPD), je vous prie de me "
    "faire parvenir une copie de l'ensemble des données le concernant, y compris les décomptes de "
    "salaire et les éventuelles évaluations.\n\n"
    "Avec mes salutations distinguées,\n\nIsabelle Favre\nCuratrice professionnelle\n"
    "Office des curatelles, Lausanne\nTél. 021 555 72 40\n",
    R(["Access"], "i.favre@curatelles-vd.example", "Lucien", "Perrenoud",
      representative="Isabelle Favre"))

add("fr-18-cookies-paywall-partenaires",
    "Raphaël Cohen-Solal <raphael.cs@mel.example>",
    "Traçage publicitaire",
    "Bonjour,\n\n"
    "Même abonné et connecté, votre site charge une vingtaine de traceurs publicitaires. Je refuse "
    "que mon historique de lecture serve à me profiler pour la publicité : merci d'y mettre fin pour "
    "mon compte. Et j'aimerais savoir à quels partenaires vous transmettez ces informations, et "
    "pour combien de temps.\n\n"
    "Raphaël Cohen-Solal\n",
    R(["Opposition", "Information"], "raphael.cs@mel.example", "Raphaël", "Cohen-Solal"))

add("fr-19-tache-registre-tests",
    "Aurélie Masson <aurelie.masson@acme-corp.example>",
    "Registre des traitements - nouveaux tests psychotechniques",
    "Bonjour,\n\n"
    "À partir de janvier, les agences vont utiliser la plateforme Psykora pour les tests de "
    "personnalité des candidats cadres. Pourriez-vous créer la fiche correspondante dans le registre "
    "des traitements et me dire si une AIPD est nécessaire ? Je vous envoie le contrat et la doc "
    "technique.\n\n"
    "Merci,\nAurélie Masson\nResponsable RH - Direction du Recrutement\n",
    TASK("aurelie.masson@acme-corp.example", "Aurélie", "Masson"))

add("fr-20-tache-questionnaire-client",
    "Mathieu Garnier <mathieu.garnier@acme-corp.example>",
    "Questionnaire sécurité / RGPD d'un grand compte",
    "Salut,\n\n"
    "Le groupe Valorail (client intérim, 300 intérimaires par mois) nous demande de remplir leur "
    "questionnaire fournisseur RGPD/sécurité avant le renouvellement de l'accord-cadre. Il y a "
    "80 questions, dont pas mal sur les sous-traitants et les transferts. Deadline le 30/11. "
    "Tu peux t'en charger ou me dire qui ?\n\n"
    "Mathieu Garnier\nDirecteur Grands Comptes\n",
    TASK("mathieu.garnier@acme-corp.example", "Mathieu", "Garnier"))

add("fr-21-tache-formation",
    "Nathalie Roux <nathalie.roux@acme-corp.example>",
    "Formation RGPD nouveaux recruteurs",
    "Bonjour,\n\nOn a 12 nouveaux chargés de recrutement qui arrivent le 1er décembre. Est-ce que "
    "vous pourriez animer une session d'une heure sur le RGPD (CV, prises de références, durées de "
    "conservation) la première semaine ? Dites-moi vos dispos.\n\nNathalie\nFormation interne\n",
    TASK("nathalie.roux@acme-corp.example", "Nathalie", "Roux"))

add("fr-22-inc-dossier-mauvais-client",
    "Julien Besson <julien.besson@acme-corp.example>",
    "Erreur d'envoi - dossiers candidats",
    "Bonjour,\n\n"
    "Ce matin j'ai envoyé par erreur les dossiers complets de trois candidats (CV, tests, "
    "coordonnées, prétentions salariales) à la mauvaise entreprise : Transports Michaud au lieu de "
    "Transports Michel. L'autocomplétion... Je les ai appelés, ils disent avoir supprimé le mail "
    "mais je n'ai rien par écrit.\n\n"
    "Que dois-je faire ?\n\nJulien Besson\nConsultant Logistique - Agence Lyon\n",
    INC("julien.besson@acme-corp.example", "Julien", "Besson"))

add("fr-23-inc-espace-abonne-autre",
    "Sophie Lacombe <sophie.lacombe@mel.example>",
    "Je vois le compte de quelqu'un d'autre",
    "Bonjour,\n\n"
    "En me connectant à mon espace abonné ce soir, je suis tombée sur le compte d'une autre "
    "personne : un certain Pierre Aubert, avec son adresse, son téléphone et les 4 derniers chiffres "
    "de sa carte. J'ai fait une capture d'écran puis je me suis déconnectée. Ça me semble grave, "
    "si lui voit le mien...\n\n"
    "Sophie Lacombe\n",
    INC("sophie.lacombe@mel.example", "Sophie", "Lacombe"))

add("fr-24-inc-telephone-perdu",
    "Kevin Morel <kevin.morel@acme-corp.example>",
    "Perte téléphone pro",
    "Bonjour, j'ai perdu mon téléphone professionnel hier soir dans le TGV Paris-Rennes. Il y a "
    "WhatsApp avec les intérimaires, les mails et l'appli de pointage. Code à 4 chiffres. J'ai "
    "prévenu l'informatique pour le bloquer.\nKevin Morel, agence Rennes\n",
    INC("kevin.morel@acme-corp.example", "Kevin", "Morel"))

add("fr-25-relance-dsr",
    "Élodie Brunet <elodie.brunet@box.example>",
    "RE: [DSR-30577] Accusé de réception de votre demande",
    "Bonjour,\n\nJe n'ai toujours rien reçu, le délai d'un mois est dépassé depuis une semaine. "
    "Merci de me dire où en est ma demande.\n\nÉlodie Brunet\n\n"
    "Le 06/10/2026 à 10:12, privacy@acme-corp.example a écrit :\n"
    "> Bonjour,\n> Nous avons bien reçu votre demande, enregistrée sous la référence DSR-30577.\n"
    "> Nous vous répondrons dans un délai d'un mois.\n> L'équipe Protection des données\n",
    FU("30577", "elodie.brunet@box.example", "Élodie", "Brunet"))

add("fr-26-relance-lettre-art15",
    "Me Gérard Lemoine-Vasseur <gerard.lemoine@orange-mail.example>",
    "RE: Exercice de mes droits - articles 15 et 21 du RGPD",
    "Madame, Monsieur,\n\n"
    "Je reviens vers vous au sujet de mon courrier ci-dessous, resté sans réponse à ce jour. "
    "Je vous saurais gré de m'indiquer quand vous comptez y donner suite.\n\n"
    "Gérard Lemoine-Vasseur\n\n"
    "> je vous prie, en application de l'article 15 du Règlement (UE) 2016/679, de bien vouloir me\n"
    "> communiquer l'ensemble des données à caractère personnel me concernant\n",
    FU(ref("fr-02-lettre-art15-art21"), "gerard.lemoine@orange-mail.example", "Gérard", "Lemoine-Vasseur"),
    headers=irt("fr-02-lettre-art15-art21"))

add("fr-27-spam-mise-en-conformite",
    "Cabinet Conformité Express <contact@conformite-express.example>",
    "Dernier rappel : mise en conformité RGPD obligatoire",
    "Madame, Monsieur le Dirigeant,\n\n"
    "Votre entreprise n'a pas encore déclaré sa mise en conformité RGPD. Les sanctions peuvent "
    "atteindre 20 millions d'euros. Notre cabinet prend en charge l'audit, la suppression des "
    "données à risque et la désignation d'un DPO externe pour 490 € HT.\n\n"
    "Rappelez-nous au 01 99 00 12 34 avant le 20/11.\n",
    IGN("spam", "contact@conformite-express.example"), headers=SPAM_HDR)

add("fr-28-spam-heritage",
    "Maître Alphonse Koffi <alphonse.koffi@notaire-intl.example>",
    "Succession en déshérence - confidentiel",
    "Cher(e) bénéficiaire,\n\n"
    "Je suis notaire et je vous contacte au sujet d'un fonds de 4 850 000 EUR laissé par un client "
    "décédé sans héritier portant le même nom que votre organisation. Afin de protéger vos données "
    "personnelles conformément au RGPD, merci de me répondre uniquement à cette adresse avec votre "
    "nom complet, votre téléphone et une copie de votre pièce d'identité.\n\n"
    "Maître A. Koffi\n",
    IGN("spam", "alphonse.koffi@notaire-intl.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="notaire-intl.example")])

add("fr-29-absence",
    "Bérénice Joly <berenice.joly@partenaire-rh.example>",
    "Réponse automatique : Absence du bureau",
    "Bonjour,\n\nJe suis absente jusqu'au 27 novembre inclus. En cas d'urgence, merci de contacter "
    "accueil@partenaire-rh.example.\n\nCordialement,\nBérénice Joly\n",
    IGN("auto_reply", "berenice.joly@partenaire-rh.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-30-non-distribuable",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    None,
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
