from common import *  # part fr: written blind

# ---------------------------------------------------------------- requests

add("fr-01-copie-carte-fidelite", "Sandrine Colombel <sandrine.colombel@orange-mail.example>",
    "Mes données carte fidélité",
    """Bonjour,

Pourriez-vous m'envoyer une copie de toutes les données que vous détenez sur moi en lien avec ma carte de fidélité (n° 4410 2287 9013) ?

Cordialement,
Sandrine Colombel
""",
    R(["Access"], "sandrine.colombel@orange-mail.example", "Sandrine", "Colombel"))

add("fr-02-supression-compte-formation", "Thierry Vasseur <titi.vasseur59@laposte-mail.example>",
    "supression compte",
    """bonjour je voudrai que vous supprimiez mon compte sur votre site de formation en ligne je men sert plus depuis longtemp merci d avance
thierry
""",
    R(["Erasure"], "titi.vasseur59@laposte-mail.example", "Thierry", "Vasseur"))

add("fr-03-examen-annule-surveillance", "Maëlys Ndiaye-Fournier <maelys.ndiaye@etu-univ.example>",
    "Examen annulé par votre logiciel de surveillance - demande de réexamen",
    """Madame, Monsieur,

Le lundi 9 novembre j'ai passé l'examen final du parcours « Data Analyst – niveau 2 » sur votre plateforme, avec la surveillance par webcam. Le lendemain j'ai reçu un mail automatique m'indiquant que mon examen était « invalidé suite à la détection d'un comportement suspect » et que je ne pourrais pas obtenir mon certificat.

Je n'ai pas triché. Pendant l'épreuve mon petit frère est entré dans la pièce et j'ai tourné la tête deux ou trois fois pour lui demander de sortir. C'est tout. Personne ne m'a contactée, personne ne m'a demandé d'explication : tout a visiblement été décidé par un logiciel.

Je conteste cette décision prise sans aucune intervention humaine et je demande qu'une personne de votre équipe examine réellement l'enregistrement et revoie la décision. Je souhaite également recevoir une copie de l'enregistrement vidéo de mon examen ainsi que du rapport ou du « score de suspicion » qui a été généré à mon sujet.

Ce certificat conditionne mon stage, je vous remercie donc de traiter ma demande rapidement.

Maëlys Ndiaye-Fournier
""",
    R(["AutomatedDecision", "Access"], "maelys.ndiaye@etu-univ.example", "Maëlys", "Ndiaye-Fournier"))

add("fr-04-images-camera-liege", "Grégory Delvaux <g.delvaux@skynet-mail.example>",
    "Images caméra cinéma Liège",
    """Bonjour,

Le samedi 7 novembre j'étais à votre cinéma de Liège (salle 4, séance de 20h30) et mon GSM a disparu de mon siège pendant que j'étais aux toilettes. J'ai porté plainte, et la police m'a dit de vous écrire directement.

En application de mon droit d'accès, je vous demande une copie des images de vidéosurveillance sur lesquelles j'apparais entre 20h15 et 23h00 (hall, couloir de la salle 4). Pour me reconnaître : veste jaune, casquette noire, j'étais avec mon fils de 10 ans.

Pouvez-vous aussi me confirmer que les images ne seront pas effacées entre-temps ?

Bien à vous,
Grégory Delvaux
0475 12 34 56
""",
    R(["Access"], "g.delvaux@skynet-mail.example", "Grégory", "Delvaux"))

add("fr-05-stop-pub-majuscules", "JM PEYROLLES <jmpeyrolles@wanadoo-mail.example>",
    "STOP PUB!!!!",
    """JE VOUS AI DEJA DEMANDE 3 FOIS D ARRETER DE M ENVOYER VOS MAILS ET VOS SMS POUR LES AVANT PREMIERES ET LES MENUS POP CORN. JE NE VEUX PLUS RIEN RECEVOIR DE VOTRE PART. C EST CLAIR ??

JEAN-MARC PEYROLLES
""",
    R(["Opposition"], "jmpeyrolles@wanadoo-mail.example", "Jean-Marc", "Peyrolles"))

add("fr-06-nom-certificats", "Lætitia Brossard-Kerhervé <l.brossard.kerherve@mail-bzh.example>",
    "Correction de mon nom sur mes certificats",
    """Bonjour,

Sur mon compte apprenant et sur les deux certificats que j'ai obtenus (« Gestion de projet Agile » et « Excel avancé »), mon nom apparaît comme « Laetitia Brossard ».

Mon nom complet est Lætitia Brossard-Kerhervé (avec le « æ » et le deuxième nom). Merci de corriger mon profil et de regénérer les certificats avec le bon nom, j'en ai besoin pour mon dossier de candidature.

Merci d'avance,
Lætitia Brossard-Kerhervé
""",
    R(["Rectification"], "l.brossard.kerherve@mail-bzh.example", "Lætitia", "Brossard-Kerhervé"))

add("fr-07-export-historique-formation", "Hugo Marchetti <hugo.marchetti@proton-mail.example>",
    "Export de mon historique de formation (portabilité)",
    """Bonjour,

Mon nouvel employeur utilise sa propre plateforme de formation et souhaite reprendre mon historique. Au titre du droit à la portabilité (article 20 du RGPD), je vous demande de me fournir l'ensemble de mes données d'apprentissage (cours suivis, dates, taux de complétion, notes aux quiz et aux examens, certificats) dans un format structuré et lisible par machine, idéalement CSV ou JSON.

Si c'est possible, vous pouvez aussi l'envoyer directement à l'adresse formation@nouvel-employeur.example.

Merci,
Hugo Marchetti
""",
    R(["Portability"], "hugo.marchetti@proton-mail.example", "Hugo", "Marchetti"))

add("fr-08-questions-videos-surveillance", "Corinne Chappuis <corinne.chappuis@bluewin-mail.example>",
    "Questions avant examen surveillé",
    """Bonjour,

Je dois passer dans deux semaines un examen avec surveillance par webcam sur votre plateforme. Avant de m'inscrire, j'aimerais avoir quelques précisions :

- où sont stockées les vidéos de ma webcam et les captures de mon écran ?
- combien de temps sont-elles conservées ?
- qui les regarde (des personnes chez vous, un prestataire, un logiciel) ?
- est-ce que des données partent aux États-Unis ou ailleurs hors d'Europe ?

J'habite à Lausanne, la nouvelle LPD s'applique aussi je crois.

Avec mes meilleures salutations,
Corinne Chappuis
""",
    R(["Information"], "corinne.chappuis@bluewin-mail.example", "Corinne", "Chappuis"))

add("fr-09-lettre-acces-effacement", "Bernadette Lacombe-Vidal <b.lacombevidal@club-internet.example>",
    "Exercice de mes droits d'accès et d'effacement (articles 15 et 17 du RGPD)",
    """Bernadette Lacombe-Vidal
12, impasse des Tilleuls
31400 Toulouse

À l'attention du Délégué à la protection des données

Objet : exercice de mes droits d'accès et d'effacement (articles 15 et 17 du RGPD)

Madame, Monsieur,

Cliente de vos cinémas depuis de nombreuses années et titulaire d'une carte de fidélité, je vous prie de bien vouloir me communiquer, conformément à l'article 15 du Règlement général sur la protection des données, l'ensemble des données à caractère personnel me concernant que vous traitez, ainsi que les finalités de ces traitements, les destinataires et la durée de conservation.

Par ailleurs, une fois cette communication effectuée, je vous demande, sur le fondement de l'article 17 du même règlement, de procéder à l'effacement de l'intégralité de ces données et de clôturer mon compte.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre. À défaut, je me réserve la possibilité de saisir la CNIL.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernadette Lacombe-Vidal
""",
    R(["Access", "Erasure"], "b.lacombevidal@club-internet.example", "Bernadette", "Lacombe-Vidal"))

add("fr-10-html-suppression-cinepass", "Océane Thibaudeau <oceane.thibaudeau@mailbox-fr.example>",
    "Suppression compte CinéPass",
    html("Bonjour,",
         "Je souhaite la <b>suppression définitive</b> de mon compte CinéPass et de toutes les données associées (historique des séances, points, moyens de paiement enregistrés).",
         "Merci de me confirmer par retour de mail quand ce sera fait.",
         "Océane Thibaudeau<br><span style=\"color:#888\">Nantes</span>"),
    R(["Erasure"], "oceane.thibaudeau@mailbox-fr.example", "Océane", "Thibaudeau"), ct=HTML)

add("fr-11-latin1-limitation-revente", "Rémi Castagné <remi.castagne@numericable-mail.example>",
    "Compte suspendu - limitation et correction de mes données",
    """Bonjour,

Mon compte client a été suspendu le 3 novembre au motif de "revente de billets". D'après votre service client, mon historique montre l'achat de 42 places en octobre. Je n'ai acheté que 4 places ce mois-là (2 séances, facture à l'appui). Je pense que les achats d'une autre personne ont été rattachés à mon compte, peut-être à cause de mon ancienne carte perdue en été.

Je vous demande donc :
1) de corriger mon historique d'achats pour qu'il ne contienne que mes propres achats ;
2) en attendant la vérification, de geler l'utilisation de ces données (limitation du traitement, article 18 du RGPD), en particulier de ne pas les transmettre à qui que ce soit ni vous en servir pour me bloquer.

Je reste à votre disposition pour tout justificatif.

Rémi Castagné
Montauban
""",
    R(["Rectification", "Restriction"], "remi.castagne@numericable-mail.example", "Rémi", "Castagné"),
    encode="latin-1", ct=LATIN1)

add("fr-12-mere-compte-fils-mineur", "Nathalie Quéré <nathalie.quere@free-mail.example>",
    "Compte de mon fils mineur",
    """Bonjour,

Mon fils Enzo Quéré, 13 ans, a créé un compte sur votre plateforme de cours en ligne en indiquant une fausse date de naissance (il s'est mis 18 ans). Je ne l'ai appris qu'hier en voyant un prélèvement sur ma carte bancaire.

Je n'ai jamais donné mon accord. En tant que mère et représentante légale, je vous demande de supprimer son compte et toutes ses données, y compris les vidéos de webcam s'il a passé des examens et la photo de pièce d'identité qu'il a dû envoyer.

Son adresse mail de compte est enzo.qq2013@mail-jeune.example.

Nathalie Quéré
06 72 18 40 93
""",
    R(["Erasure"], "nathalie.quere@free-mail.example", "Enzo", "Quéré", representative="Nathalie Quéré"))

add("fr-13-avocate-client-exclusion", "Delphine Aubert-Rossignol <d.aubert-rossignol@aubert-avocats.example>",
    "M. Farid HADDAD - demande d'accès et de conservation des données",
    """Madame, Monsieur,

J'interviens en qualité de conseil de Monsieur Farid HADDAD, né le 22 juin 1987, domicilié à Villeurbanne, dont vous trouverez le mandat ci-joint.

Le 31 octobre 2026, mon client s'est vu refuser l'entrée de votre établissement de Lyon Part-Dieu et a été informé par votre personnel qu'il faisait l'objet d'une « exclusion » de vos cinémas, sans autre explication.

Au nom de mon client, et en application de l'article 15 du RGPD, je vous demande de me communiquer l'intégralité des données personnelles le concernant, et notamment :
- les images de vidéosurveillance du 31 octobre 2026 entre 19h00 et 20h30 ;
- toute note, signalement ou mention interne relative à cette « exclusion » ;
- les données de son compte client et de sa carte de fidélité.

Un contentieux étant envisagé, je vous demande en outre, conformément à l'article 18 du RGPD, de limiter le traitement de ces données et de ne pas les effacer dans l'attente de la résolution du litige.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Delphine Aubert-Rossignol
Avocate au Barreau de Lyon
Aubert & Associés – 24 quai Saint-Antoine, 69002 Lyon
Tél. 04 78 00 00 00

Ce message est confidentiel et couvert par le secret professionnel. S'il vous a été adressé par erreur, merci de le détruire et d'en avertir l'expéditeur.
""",
    R(["Access", "Restriction"], "d.aubert-rossignol@aubert-avocats.example", "Farid", "Haddad",
      representative="Delphine Aubert-Rossignol"))

add("fr-14-fils-pere-decede", "Olivier Ferrand <olivier.ferrand@sfr-mail.example>",
    "Décès de mon père - carte fidélité",
    """Bonjour,

Mon père, Gérard Ferrand, est décédé le 14 septembre dernier. Il avait une carte de fidélité chez vous (il allait au cinéma tous les mardis) et ma mère continue de recevoir chaque semaine des mails et des courriers à son nom, ce qui est très pénible pour elle.

En tant que fils et héritier, je vous demande de clôturer son compte et de supprimer toutes ses données. Je peux vous envoyer l'acte de décès si nécessaire.

Cordialement,
Olivier Ferrand
""",
    R(["Erasure"], "olivier.ferrand@sfr-mail.example", "Gérard", "Ferrand", representative="Olivier Ferrand"))

add("fr-15-directives-apres-deces", "Marie-Thérèse Lagarde-Poncet <mt.lagarde@aliceadsl-mail.example>",
    "Mes directives pour après mon décès",
    """Bonjour,

J'ai 76 ans et je suis depuis trois ans des cours d'histoire de l'art sur votre plateforme, j'ai obtenu plusieurs certificats dont je suis fière.

Je souhaite vous faire connaître mes directives relatives au sort de mes données après mon décès, comme le permet la loi Informatique et Libertés (article 85, si je ne me trompe pas) :
- mes certificats et mes travaux devront être transmis à ma fille, Aurélie Poncet (aurelie.poncet@mail-fr.example) ;
- tout le reste (compte, historique, coordonnées) devra être effacé.

Pouvez-vous m'indiquer si vous enregistrez ces directives et comment je peux les modifier plus tard ?

Merci beaucoup,
Marie-Thérèse Lagarde-Poncet
""",
    R(["AdvanceDirectives"], "mt.lagarde@aliceadsl-mail.example", "Marie-Thérèse", "Lagarde-Poncet"))

add("fr-16-famille-sms-pub", "Famille Garnier <famille.garnier@bbox-mail.example>",
    "sms promo",
    """Bonjour, c'est Inès Garnier (on partage l'adresse mail de la famille, merci de me répondre sur mon adresse perso).

Je ne veux plus recevoir vos SMS promotionnels ni les mails « Vos films de la semaine ». Mon numéro : 06 45 89 12 03, ma carte fidélité est à mon nom.

Merci
Inès
""",
    R(["Opposition"], "ines.garnier@etu-mail.example", "Inès", "Garnier"),
    headers=["Reply-To: Inès Garnier <ines.garnier@etu-mail.example>"])

add("fr-17-transfert-service-client", "Camille Roussel <camille.roussel@acme-corp.example>",
    "TR: mes données",
    """Bonjour l'équipe privacy,

Je vous transfère la demande ci-dessous reçue sur la boîte du service client cinéma, je pense que c'est pour vous.

Bonne journée,
Camille Roussel
Service Relation Client – Cinémas

-------- Message transféré --------
De : Yannick Le Bihan <yannick.lebihan@mail-bzh.example>
Date : dim. 15 nov. 2026 à 19:42
Objet : mes données
À : contact@acme-corp.example

Bonsoir,
je voudrais savoir exactement quelles informations vous avez sur moi (compte en ligne, achats de billets, carte de fidélité) et en avoir une copie.
Merci
Yannick Le Bihan
""",
    R(["Access"], "camille.roussel@acme-corp.example", "Yannick", "Le Bihan"))

add("fr-18-pj-ancien-apprenant", "Baptiste Morel <baptiste.morel@acme-corp.example>",
    "Fwd: Suppression de mon compte apprenant", "",
    R(["Erasure"], "baptiste.morel@acme-corp.example", "Sébastien", "Roux-Mallet"),
    note="""Salut,

Un ancien apprenant d'un de nos comptes entreprise (Groupe Vauclair) nous écrit, il veut que son compte soit supprimé maintenant qu'il a quitté la boîte. Je vous laisse gérer ? Message en PJ.

Baptiste
--
Baptiste Morel | Account Manager B2B | e-learning
""",
    attached=("Sébastien Roux-Mallet <seb.rouxmallet@perso-mail.example>", "Suppression de mon compte apprenant",
              """Bonjour,

J'ai quitté le Groupe Vauclair fin octobre mais mon compte apprenant sur votre plateforme est toujours actif et je reçois encore les relances de mon ancien manager.

Je vous demande de supprimer mon compte et mes données (résultats, vidéos d'examens, photo de profil).

Sébastien Roux-Mallet
"""))

add("fr-19-longue-colere-billets", "Fabrice Delmotte <fabrice.delmotte@hotmail-like.example>",
    "INADMISSIBLE - double prélèvement et aucune réponse",
    """Bonjour,

Je vous écris parce que je n'en peux plus de votre service client. Le 24 octobre j'ai acheté 4 places en ligne pour l'avant-première de samedi soir à Lille. J'ai été débité DEUX fois (2 x 51,60 euros), j'ai reçu un seul mail de confirmation, et le samedi on m'annonce à la caisse que la séance est annulée pour « problème technique ». Mes enfants étaient déçus, on avait fait 40 minutes de route.

Depuis : 5 appels, 3 mails, un chatbot qui me répond à côté, et une conseillère qui m'a dit « ce n'est pas mon service ». Aucun remboursement à ce jour.

Et puisque j'y suis, je découvre en fouillant dans l'appli que vous gardez tout sur moi : séances, horaires, ce que j'achète au bar, avec qui je viens. Je veux une copie complète de toutes les données que vous avez sur moi. Et je m'oppose à ce que vous vous en serviez pour m'envoyer vos pubs ciblées.

Quant au remboursement, si je n'ai rien d'ici la fin de la semaine je fais opposition auprès de ma banque et je laisse un avis sur tous les sites possibles. Franchement, 8 euros le petit pop-corn et pas fichus de rembourser une séance annulée.

Fabrice Delmotte
""",
    R(["Access", "Opposition"], "fabrice.delmotte@hotmail-like.example", "Fabrice", "Delmotte"))

add("fr-20-facture-abonnement", "Agathe Pelletier <agathe.pelletier@mail-fr.example>",
    "Facture abonnement",
    """Bonjour,
je n'ai pas reçu la facture de mon abonnement annuel à la plateforme (formule Pro, 189 euros, payé le 2 novembre). Pouvez-vous me la renvoyer ? J'en ai besoin pour la note de frais.
Merci
Agathe Pelletier
""",
    R(["Unknown"], "agathe.pelletier@mail-fr.example", "Agathe", "Pelletier"))

add("fr-21-ce-que-voit-employeur", "Kévin Lemaire <kevin.lemaire.pro@mail-fr.example>",
    "Question sur ce que voit mon employeur",
    """Bonjour,

Mon entreprise nous a inscrits sur votre plateforme via un compte entreprise pour des formations obligatoires (sécurité, conformité).

Qu'est-ce que mon employeur peut voir exactement ? Le temps passé sur chaque module, les notes, les tentatives ratées, les vidéos des examens surveillés ? Est-ce que mes résultats sont transmis automatiquement à mon manager ou aux RH ?

Je ne demande pas de copie, juste de comprendre.

Merci,
Kévin Lemaire
""",
    R(["Information"], "kevin.lemaire.pro@mail-fr.example", "Kévin", "Lemaire"))

add("fr-22-opposition-profilage-films", "Solène Igounet <solene.igounet@mail-fr.example>",
    "Opposition au profilage",
    """Bonjour,

Je découvre dans votre application que vous me proposez des films « selon mon profil » et des offres personnalisées en fonction des séances que j'ai vues. Je m'oppose à ce profilage et à l'utilisation de mon historique pour de la publicité personnalisée.

Je veux continuer à utiliser ma carte et acheter mes billets normalement.

Solène Igounet
""",
    R(["Opposition"], "solene.igounet@mail-fr.example", "Solène", "Igounet"))

add("fr-23-iphone-supprimer", "Anthony Guérin <anthony.guerin85@mail-fr.example>",
    "Supprimer mon compte",
    """Bonjour merci de supprimer mon compte client et toutes mes données associées
Anthony Guérin

Envoyé de mon iPhone
""",
    R(["Erasure"], "anthony.guerin85@mail-fr.example", "Anthony", "Guérin"))

add("fr-24-melange-anglais", "Priya Raghunathan <priya.raghunathan@inbox-mail.example>",
    "Demande / request - my personal data",
    """Hello,

Désolée, mon français n'est pas parfait. I would like to get a copy of all the personal data you have about me – compte e-learning et aussi la carte du cinéma (I moved to Paris last year). Est-ce possible d'avoir la réponse en anglais ?

Thanks / merci beaucoup,
Priya Raghunathan
""",
    R(["Access"], "priya.raghunathan@inbox-mail.example", "Priya", "Raghunathan"))

add("fr-25-cp1252-adresse-naissance", "Françoise Lhermitte <francoise.lhermitte@mail-fr.example>",
    "Mise à jour adresse et date de naissance",
    """Bonjour,

Suite à mon déménagement, merci de mettre à jour l’adresse de mon compte fidélité :
ancienne adresse : 4 rue du Cœur-Volant, 78000 Versailles
nouvelle adresse : 17 allée des Œillets, 92190 Meudon

Par ailleurs, ma date de naissance est erronée dans votre fichier : c’est le 12/03/1961 et non le 21/03/1961. Du coup j’ai reçu l’offre “anniversaire” de 5 € le mauvais jour et elle avait expiré…

Merci de corriger ces deux informations.

Françoise Lhermitte
""",
    R(["Rectification"], "francoise.lhermitte@mail-fr.example", "Françoise", "Lhermitte"),
    encode="cp1252", ct=CP1252)

add("fr-26-sans-nom-appels", "appel.stop.77@mail-fr.example",
    "appels commerciaux",
    """Vous m'appelez tous les deux jours pour me vendre votre abonnement formation premium. Je ne veux plus être appelée. Retirez mon numéro 06 81 27 55 40 de vos listes d'appel, merci.
""",
    R(["Opposition"], "appel.stop.77@mail-fr.example", None, None))

add("fr-27-retrait-consentement-biometrie", "Yasmine Belkacem <yasmine.belkacem@mail-fr.example>",
    "Retrait de mon consentement - reconnaissance faciale examens",
    """Bonjour,

Lors de mon inscription à la certification « Assistante RH », j'ai accepté la vérification d'identité par reconnaissance faciale et l'enregistrement de mon visage pendant les examens. Je retire ce consentement.

Je vous demande aussi de supprimer la photo de ma carte d'identité, mon gabarit facial et les vidéos de mes examens déjà passés.

Cordialement,
Yasmine Belkacem
""",
    R(["Opposition", "Erasure"], "yasmine.belkacem@mail-fr.example", "Yasmine", "Belkacem"))

add("fr-28-suisse-acces-portabilite", "Yves Rochat <yves.rochat@hispeed-mail.example>",
    "Demande d'accès et export de mes données",
    """Bonjour,

Domicilié à Genève, je suis client de votre plateforme depuis 2023. Je souhaite :
- obtenir une copie de toutes les données personnelles me concernant ;
- recevoir mes résultats, mes attestations et mes certificats dans un format réutilisable (CSV ou JSON) afin de les importer dans un autre outil.

Avec mes salutations les meilleures,
Yves Rochat
+41 22 000 00 00
""",
    R(["Access", "Portability"], "yves.rochat@hispeed-mail.example", "Yves", "Rochat"))

add("fr-29-mandataire-curatelle", "Josiane Meunier <j.meunier@udaf-mandataires.example>",
    "M. Lucien Barthélémy - personne protégée - demande de communication",
    """Madame, Monsieur,

En ma qualité de mandataire judiciaire à la protection des majeurs, désignée par jugement du tribunal judiciaire d'Angers pour exercer la curatelle renforcée de Monsieur Lucien Barthélémy (né le 03/02/1954), je vous demande de bien vouloir me communiquer l'ensemble des données personnelles le concernant, en particulier les abonnements et achats associés à son compte et à sa carte de fidélité.

Il semble en effet avoir souscrit plusieurs abonnements dont il n'a pas le souvenir.

Vous trouverez en pièce jointe la copie du jugement.

Josiane Meunier
Mandataire judiciaire – Service des majeurs protégés
02 41 00 00 00
""",
    R(["Access"], "j.meunier@udaf-mandataires.example", "Lucien", "Barthélémy", representative="Josiane Meunier"))

add("fr-30-signature-disclaimer", "Dr Hélène Tissier <h.tissier@cabinet-kine.example>",
    "Carte fidélité - suppression",
    """Bonjour,

Je souhaite que mon compte fidélité soit supprimé ainsi que les données qui y sont liées, et que vous cessiez tout envoi commercial à mon adresse professionnelle.

Merci.

--
Dr Hélène Tissier
Masseur-kinésithérapeute D.E.
Cabinet de kinésithérapie du Parc – 3 avenue Foch, 54000 Nancy
Tél. 03 83 00 00 00

AVERTISSEMENT : Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer.
""",
    R(["Erasure", "Opposition"], "h.tissier@cabinet-kine.example", "Hélène", "Tissier"))

add("fr-31-belge-origine-adresse", "Maïté Vandenbroucke <maite.vdb@telenet-mail.example>",
    "D'où tenez-vous mon adresse ?",
    """Bonjour,

Je reçois depuis peu vos publicités pour des formations en ligne alors que je ne vous ai jamais donné mon adresse e-mail et que je n'ai jamais été cliente. Pouvez-vous me dire d'où vous la tenez et si vous l'avez achetée à quelqu'un ?

Bien à vous,
Maïté Vandenbroucke
""",
    R(["Information"], "maite.vdb@telenet-mail.example", "Maïté", "Vandenbroucke"))

# ---------------------------------------------------------------- tasks

add("fr-32-tache-aipd-eye-tracking", "Romain Chevallier <romain.chevallier@acme-corp.example>",
    "AIPD suivi du regard - examens surveillés",
    """Bonjour,

On lance en janvier une nouvelle fonctionnalité de suivi du regard (eye tracking) dans la surveillance des examens en ligne. Le juridique nous dit qu'il faut une analyse d'impact (AIPD) avant la mise en production.

Pouvez-vous nous indiquer comment on procède, quel modèle utiliser et qui remplit quoi ? Le comité produit se réunit le 4 décembre et on aimerait avoir au moins un premier jet.

Merci,
Romain Chevallier
Product Manager – Plateforme e-learning
""",
    TASK("romain.chevallier@acme-corp.example", "Romain", "Chevallier"))

add("fr-33-tache-contrat-videosurveillance", "Sophie Lavergne <sophie.lavergne@acme-corp.example>",
    "Relecture annexe sous-traitance - nouveau prestataire vidéosurveillance",
    """Bonjour,

Nous changeons de prestataire pour la maintenance et la télésurveillance des caméras de nos 18 cinémas (SécuriVision). Le contrat comporte une annexe « sous-traitance des données personnelles » que je vous joins.

Pourriez-vous la relire avant vendredi ? Le prestataire souhaite signer en fin de semaine.

Merci d'avance,
Sophie Lavergne
Direction des Achats
""",
    TASK("sophie.lavergne@acme-corp.example", "Sophie", "Lavergne"))

add("fr-34-tache-registre-appli", "Julien Barreau <julien.barreau@acme-corp.example>",
    "Registre des traitements - nouvelle appli fidélité",
    """Salut,

La v3 de l'appli fidélité sort le 1er décembre avec la géolocalisation (notif quand on passe à côté d'un cinéma) et le paiement au bar depuis le téléphone. Il faudrait mettre à jour le registre des traitements en conséquence. Je peux vous faire un point de 30 min pour vous expliquer les flux, dites-moi quand.

Julien
DSI – Applications mobiles
""",
    TASK("julien.barreau@acme-corp.example", "Julien", "Barreau"))

add("fr-35-tache-questionnaire-banque", "Aurore Delacroix <aurore.delacroix@acme-corp.example>",
    "URGENT questionnaire sécurité client bancaire - section protection des données",
    """Bonjour,

Un gros prospect (une banque régionale, 4 000 collaborateurs à former) nous a envoyé son questionnaire fournisseur. La section 7 « Protection des données personnelles » compte 35 questions (sous-traitants, transferts hors UE, durées de conservation des vidéos d'examen, DPO, etc.).

Pouvez-vous la compléter ou au moins relire mes réponses ? Ils la veulent pour jeudi.

Merci !!
Aurore Delacroix
Responsable Grands Comptes
""",
    TASK("aurore.delacroix@acme-corp.example", "Aurore", "Delacroix"))

add("fr-36-tache-formation-directeurs", "Stéphane Giraud <stephane.giraud@acme-corp.example>",
    "Formation des directeurs de cinéma - demandes d'images",
    """Bonjour,

Mes directeurs de cinéma reçoivent de plus en plus de demandes d'images de vidéosurveillance (police, clients, assurances) et chacun répond un peu comme il veut. Serait-il possible d'organiser une courte formation (visio d'une heure) et de nous fournir une procédure écrite ?

La réunion des directeurs de la région Ouest a lieu le 10 décembre, ce serait idéal.

Stéphane Giraud
Directeur régional Ouest
""",
    TASK("stephane.giraud@acme-corp.example", "Stéphane", "Giraud"))

# ---------------------------------------------------------------- incidents

add("fr-37-incident-ordinateur-vole", "Nadia Chérif <nadia.cherif@acme-corp.example>",
    "Vol de mon ordinateur portable dans le TGV",
    """Bonjour,

Je suis formatrice sur la plateforme. Hier soir mon ordinateur portable professionnel a été volé dans le TGV Paris–Marseille pendant que j'étais au wagon-bar. Il contenait un export Excel des résultats d'examen d'environ 300 apprenants (noms, e-mails, notes, entreprise) que j'avais téléchargé pour préparer un jury.

Le disque n'était pas chiffré, je crois. J'ai déposé plainte ce matin à la gare Saint-Charles et prévenu le support informatique.

Que dois-je faire d'autre ?

Nadia Chérif
06 11 22 33 44
""",
    INC("nadia.cherif@acme-corp.example", "Nadia", "Chérif"))

add("fr-38-incident-rapport-mauvais-client", "Mathieu Carré <mathieu.carre@acme-corp.example>",
    "Erreur d'envoi - rapport de progression envoyé au mauvais client",
    """Bonjour,

Ce matin à 9h12 j'ai envoyé par erreur le rapport mensuel de progression du Groupe Vauclair (142 apprenants : noms, e-mails, modules suivis, scores) à notre contact chez Transports Mercier, à cause de l'autocomplétion.

J'ai appelé le destinataire qui dit avoir supprimé le mail, je lui ai demandé de me le confirmer par écrit. Je préviens Vauclair ?

Mathieu Carré
Chargé de comptes B2B
""",
    INC("mathieu.carre@acme-corp.example", "Mathieu", "Carré"))

add("fr-39-incident-certificat-autre-personne", "Pascal Oudin <pascal.oudin@mail-fr.example>",
    "Certificat d'une autre personne reçu par erreur",
    """Bonjour,

J'ai reçu ce matin un mail « Félicitations, voici votre certificat » avec en pièce jointe un certificat au nom d'une autre personne (une certaine Mme Viviane L.), avec sa date de naissance, son numéro de candidat et sa note. Je ne la connais pas.

Je pense qu'il y a une erreur chez vous. J'ai supprimé le mail mais je préfère vous prévenir. Et du coup, mon certificat à moi, il est parti chez qui ?

Pascal Oudin
""",
    INC("pascal.oudin@mail-fr.example", "Pascal", "Oudin"))

add("fr-40-incident-phishing-caisse", "Léa Fontaine <lea.fontaine@acme-corp.example>",
    "J'ai cliqué sur un lien bizarre",
    """Bonjour,

Je suis responsable de caisse au cinéma de Bordeaux. Ce matin j'ai reçu un mail « Mise à jour obligatoire du logiciel de caisse » et j'ai cliqué sur le lien, puis j'ai tapé mon identifiant et mon mot de passe du back-office (celui où on voit les fiches des clients fidélité). Ensuite la page a affiché une erreur.

Mon collègue m'a dit que c'était sûrement du phishing. J'ai changé mon mot de passe tout de suite. Je vous transfère le mail si besoin.

Désolée,
Léa Fontaine
""",
    INC("lea.fontaine@acme-corp.example", "Léa", "Fontaine"))

add("fr-41-incident-video-reseaux", "Clémence Aubry <clemence.aubry@mail-fr.example>",
    "Vidéo de votre caméra de surveillance sur TikTok",
    """Bonjour,

Je voulais vous prévenir qu'une vidéo de la caméra de surveillance de votre cinéma de Nantes (hall d'entrée, samedi dernier vers 22h) circule sur TikTok et a déjà été partagée des milliers de fois. On y voit une dispute entre plusieurs personnes, dont moi et mon compagnon, nos visages sont parfaitement reconnaissables.

D'après l'angle et les inscriptions à l'écran, quelqu'un a filmé avec son téléphone l'écran de votre local de sécurité. Je pense que ça vient de votre personnel.

Clémence Aubry
""",
    INC("clemence.aubry@mail-fr.example", "Clémence", "Aubry"))

# ---------------------------------------------------------------- follow-ups

add("fr-42-relance-dsr-delai", "Armelle Kergoat <armelle.kergoat@mail-bzh.example>",
    "RE: [DSR-48213] Accusé de réception de votre demande",
    """Bonjour,

Le délai d'un mois est dépassé depuis une semaine et je n'ai toujours rien reçu. Merci de me dire où en est ma demande.

Armelle Kergoat

> Bonjour,
>
> Nous avons bien reçu votre demande d'accès à vos données personnelles, enregistrée sous la référence DSR-48213.
> Nous y répondrons dans un délai d'un mois.
>
> L'équipe Protection des données
""",
    FU("48213", "armelle.kergoat@mail-bzh.example", "Armelle", "Kergoat"))

add("fr-43-dsr-piece-identite", "Tristan Aubertin-Maze <tristan.am@mail-fr.example>",
    "Re: [DSR-50977] Vérification de votre identité",
    """Bonjour,
voici la copie de ma pièce d'identité comme demandé (en pièce jointe), l'adresse indiquée dessus est l'ancienne.
Cordialement
Tristan Aubertin-Maze

Le 12/11/2026 à 10:05, privacy@acme-corp.example a écrit :
> Afin de traiter votre demande (référence DSR-50977), nous avons besoin de vérifier votre identité.
""",
    FU("50977", "tristan.am@mail-fr.example", "Tristan", "Aubertin-Maze"))

add("fr-44-complement-examen-annule", "Maëlys Ndiaye-Fournier <maelys.ndiaye@etu-univ.example>",
    "Re: Examen annulé par votre logiciel de surveillance - demande de réexamen",
    """Bonjour,

Je complète mon message de ce matin : mon identifiant candidat est CND-77812, session du 9 novembre à 14h00. Mon frère peut témoigner s'il le faut.

Merci de me tenir au courant.
Maëlys
""",
    FU(ref("fr-03-examen-annule-surveillance"), "maelys.ndiaye@etu-univ.example", "Maëlys", "Ndiaye-Fournier"),
    headers=irt("fr-03-examen-annule-surveillance"))

add("fr-45-complement-lettre-carte", "Bernadette Lacombe-Vidal <b.lacombevidal@club-internet.example>",
    "Re: Exercice de mes droits d'accès et d'effacement (articles 15 et 17 du RGPD)",
    """Madame, Monsieur,

Comme suite à mon courrier de ce jour, je vous communique le numéro de ma carte de fidélité, que j'avais omis : 4410 0938 1177.

Salutations distinguées,
B. Lacombe-Vidal
""",
    FU(ref("fr-09-lettre-acces-effacement"), "b.lacombevidal@club-internet.example", "Bernadette", "Lacombe-Vidal"),
    headers=irt("fr-09-lettre-acces-effacement"))

# ---------------------------------------------------------------- ignored

add("fr-46-spam-referencement", "Kevin - Expert SEO <contact@top-rank-seo.example>",
    "Votre site en 1ère page Google en 30 jours GARANTI",
    """Bonjour,

En analysant votre site acme-corp.example, j'ai remarqué qu'il n'apparaît pas dans les premiers résultats pour « cinéma » et « formation en ligne ». Notre agence propose un référencement garanti en 1ère page en 30 jours, 299 euros/mois sans engagement.

Répondez OUI pour recevoir un audit gratuit.

Kevin
Pour ne plus recevoir nos messages répondez STOP.
""",
    IGN("spam", "contact@top-rank-seo.example"), headers=SPAM_HDR)

add("fr-47-phishing-suppression-donnees", "Service Conformité RGPD <securite@acme-corp-verification.example>",
    "Action requise : vos données seront supprimées sous 24h",
    """Cher utilisateur,

Conformément au Règlement Général sur la Protection des Données, votre boîte privacy@acme-corp.example sera désactivée et toutes les données associées définitivement supprimées sous 24 heures.

Pour conserver votre accès, confirmez vos identifiants ici : http://acme-corp-verification.example/rgpd/confirm

Service Conformité
""",
    IGN("spam", "securite@acme-corp-verification.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-verification.example")])

add("fr-48-arnaque-heritage", "Maître Jean-Pierre Koffi <jp.koffi.cabinet@freemail-africa.example>",
    "CONFIDENTIEL : succession en déshérence",
    """Bonjour cher ami,

Je suis Maître Jean-Pierre Koffi, avocat à Lomé. Un de mes clients, un riche expatrié décédé sans héritier, a laissé la somme de 4.500.000 euros sur un compte bloqué. Comme vous portez le même nom de famille, je vous propose de vous présenter comme son bénéficiaire. Nous partagerons 50/50.

Envoyez-moi vos nom complet, adresse, numéro de téléphone et copie de pièce d'identité pour commencer la procédure. Toute cette affaire est strictement confidentielle.

Que Dieu vous bénisse,
Me Koffi
""",
    IGN("spam", "jp.koffi.cabinet@freemail-africa.example"))

add("fr-49-reponse-automatique-absence", "Hervé Lindon <herve.lindon@cabinet-conseil.example>",
    "Réponse automatique : Votre demande",
    """Bonjour,

Je suis absent du bureau jusqu'au lundi 23 novembre inclus, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter Mme Perrine Adam au 01 40 00 00 00.

Cordialement,
Hervé Lindon
""",
    IGN("auto_reply", "herve.lindon@cabinet-conseil.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("fr-50-newsletter-box-office", "Ciné Pro Hebdo <newsletter@cine-pro-hebdo.example>",
    "Box-office de la semaine : le film d'animation reste en tête",
    """CINÉ PRO HEBDO – la lettre des exploitants

Box-office France, semaine du 9 au 15 novembre
1. Le Petit Phare – 812 000 entrées
2. Nuit Blanche à Marseille – 455 000 entrées
3. Les Héritiers du silence – 301 000 entrées

À lire aussi : la fréquentation des salles en hausse de 6 % sur un an ; le point sur les nouvelles normes de projection laser.

Vous recevez cette lettre car vous êtes abonné à Ciné Pro Hebdo.
Se désabonner : https://cine-pro-hebdo.example/desabonnement
""",
    IGN("bulk", "newsletter@cine-pro-hebdo.example"),
    headers=["List-Id: Cine Pro Hebdo <hebdo.cine-pro-hebdo.example>",
             "List-Unsubscribe: <https://cine-pro-hebdo.example/desabonnement>",
             "Precedence: bulk"])

add("fr-51-non-remis", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Non remis : Votre demande", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("fr-52-demarchage-logiciel-rgpd", "Julie de DataClean <julie@dataclean-solutions.example>",
    "Automatisez vos demandes de suppression RGPD",
    """Bonjour,

Vous recevez des demandes d'accès et de suppression de données sur privacy@acme-corp.example ? DataClean les traite automatiquement : suppression des données dans tous vos outils en un clic, registre à jour, tableaux de bord pour le DPO.

Plus de 300 entreprises nous font confiance. Puis-je vous proposer une démo de 20 minutes cette semaine ?

Julie Martin
Business Developer – DataClean Solutions
""",
    IGN("spam", "julie@dataclean-solutions.example"))
