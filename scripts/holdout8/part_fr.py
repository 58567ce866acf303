from common import *  # part fr: written blind

# ---------------------------------------------------------------- requests (1/2)

add("fr-01-dossier-refuse-acces",
    "Sébastien Lefèbvre <seb.lefebvre@orange.example>",
    "Candidature appartement rue Paul Bert - refus",
    """Bonjour,

J'ai déposé un dossier pour le T3 de la rue Paul Bert à Lyon 3e le mois dernier via votre agence de la Guillotière. On m'a répondu par un mail type que ma candidature n'avait pas été retenue, sans autre explication.

Je voudrais savoir exactement ce qui figure dans mon dossier chez vous : les pièces que j'ai transmises, mais aussi les commentaires ou notes que vos conseillers ont pu ajouter, et l'avis éventuellement transmis au propriétaire. Merci de me faire parvenir l'ensemble de ces éléments.

Cordialement,
Sébastien Lefèbvre
06 12 48 77 30
""",
    R(["Access"], "seb.lefebvre@orange.example", "Sébastien", "Lefèbvre"))

add("fr-02-supprimez-compte",
    "lucie.b1987@mail.example",
    "compte",
    """bonjour supprimez mon compte sur votre site svp je cherche plus d'appart merci
lucie
""",
    R(["Erasure"], "lucie.b1987@mail.example", "Lucie", None))

add("fr-03-stop-sms-caps",
    "Gérard POULAIN <g.poulain@wanadoo.example>",
    "ARRETEZ LES SMS",
    """BONJOUR

CELA FAIT TROIS FOIS CETTE SEMAINE QUE JE RECOIS VOS SMS POUR "ESTIMER GRATUITEMENT MON BIEN". JE NE VENDS RIEN ET JE NE VEUX PLUS ETRE CONTACTE NI PAR SMS NI PAR TELEPHONE.

RAYEZ MON NUMERO DE VOS LISTES.

G. POULAIN
""",
    R(["Opposition"], "g.poulain@wanadoo.example", "Gérard", "Poulain"))

add("fr-04-nom-quittances",
    "Nguyễn Thị Thu Hằng <hang.nguyen@free.example>",
    "Erreur sur mes quittances de loyer",
    """Bonjour,

Je suis locataire d'un appartement géré par votre agence de Montreuil (bail signé en mars). Sur toutes mes quittances de loyer et sur l'avis d'échéance, mon nom est écrit "NGUYEN Thi Thu Hang" mais surtout mon prénom est inversé : vous avez mis "Hang Thu" en prénom.

Mon nom de famille est Nguyễn et mes prénoms sont Thị Thu Hằng, comme sur ma carte de séjour. J'ai besoin que ce soit juste car je fournis ces quittances à la CAF pour l'APL et ils m'ont déjà renvoyé un dossier.

Pourriez-vous faire la modification dans votre logiciel pour les prochaines quittances et me renvoyer celles de septembre et octobre corrigées ?

Merci d'avance,
Thu Hằng Nguyễn
""",
    R(["Rectification"], "hang.nguyen@free.example", "Thị Thu Hằng", "Nguyễn"))

add("fr-05-acces-portabilite",
    "Mathieu Van den Broeck <mathieu.vandenbroeck@skynet.example>",
    "Demande au titre des articles 15 et 20 du RGPD",
    """Madame, Monsieur,

En ma qualité de locataire d'un bien situé avenue Louise à Ixelles, dont la gestion locative est assurée par votre agence de Bruxelles, je vous adresse la présente demande sur la base des articles 15 et 20 du Règlement (UE) 2016/679.

Je vous prie de bien vouloir :
1. me communiquer l'ensemble des données à caractère personnel me concernant que vous traitez, ainsi que les finalités, les destinataires et la durée de conservation de celles-ci ;
2. me transmettre, dans un format structuré, couramment utilisé et lisible par machine, les données que je vous ai fournies (formulaire de candidature, historique des paiements de loyer, état des lieux d'entrée), afin que je puisse les remettre au gestionnaire de mon futur logement.

Je vous rappelle que vous disposez d'un délai d'un mois pour donner suite à la présente.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Mathieu Van den Broeck
Avenue Louise 212, bte 4
1050 Ixelles
""",
    R(["Access", "Portability"], "mathieu.vandenbroeck@skynet.example", "Mathieu", "Van den Broeck"))

add("fr-06-groupe-whatsapp-creche",
    "Yasmina Benali <yasmina.benali@laposte.example>",
    "Mon numéro dans le groupe WhatsApp de la crèche",
    """Bonjour,

Ma fille est inscrite à la crèche Les Petits Explorateurs (Nantes, section des moyens). La directrice a créé un groupe WhatsApp "Parents Moyens 2026" et y a ajouté tous les parents avec nos numéros de portable, sans nous demander notre avis. Résultat, n'importe quel parent voit mon numéro et j'ai déjà reçu des messages privés que je n'avais pas sollicités.

Je ne suis pas d'accord pour que mon numéro serve à ça. Je souhaite qu'on me retire de ce groupe et que mon numéro soit effacé de la liste de diffusion que la crèche utilise pour ces groupes. Pour tout ce qui concerne ma fille, vous pouvez continuer à m'écrire par mail ou par l'application habituelle.

Merci,
Yasmina Benali
""",
    R(["Opposition", "Erasure"], "yasmina.benali@laposte.example", "Yasmina", "Benali"))

add("fr-07-suisse-hebergement",
    "Cédric Vuilleumier <c.vuilleumier@bluewin.example>",
    "Question sur vos fiches de visite",
    """Bonjour,

J'ai visité samedi un 4,5 pièces à Lausanne (Chailly) avec un de vos courtiers, qui m'a fait remplir une fiche sur sa tablette : nom, employeur, salaire, nombre d'enfants, etc.

J'aimerais comprendre ce que devient cette fiche. Est-ce que ces informations sont stockées en Suisse ou chez un prestataire à l'étranger (je vois que votre groupe est aussi en France et en Belgique) ? Combien de temps les gardez-vous si je ne loue pas l'appartement ? Et est-ce que la gérance les transmet au propriétaire ?

Je ne demande rien d'autre pour l'instant, simplement d'y voir clair.

Meilleures salutations
Cédric Vuilleumier
Pully
""",
    R(["Information"], "c.vuilleumier@bluewin.example", "Cédric", "Vuilleumier"))

add("fr-08-proprio-furieux",
    "Bertrand de Villeneuve <b.devilleneuve@mail.example>",
    "Gestion de mon appartement boulevard Vauban - inadmissible",
    """Madame, Monsieur,

Je vous confie la gestion de mon appartement du boulevard Vauban à Lille depuis 2019 et je dois dire que je n'ai jamais été aussi mal servi.

Depuis le départ de Mme Carpentier, votre gestionnaire, personne ne répond au téléphone. Le chauffe-eau est en panne depuis le 2 octobre, le locataire m'appelle directement à moi (!) parce que votre agence ne rappelle pas, et j'ai appris par lui qu'un artisan que je n'ai jamais validé est passé faire un devis. Ce devis m'a été facturé 90 euros sur le relevé de gérance de septembre. Par ailleurs vos honoraires ont augmenté sans que je n'aie reçu le moindre avenant.

J'en profite : je veux recevoir tout ce que vous détenez sur moi dans vos systèmes — fiche propriétaire, coordonnées bancaires enregistrées, échanges internes me concernant, notes d'appels — parce que j'ai le sentiment que mes informations circulent sans contrôle entre vos agences et des prestataires que je ne connais pas.

Je vous demande également de me rappeler rapidement au sujet du chauffe-eau. Si les choses ne s'améliorent pas d'ici la fin du mois, je résilierai le mandat de gestion.

Bertrand de Villeneuve
""",
    R(["Access"], "b.devilleneuve@mail.example", "Bertrand", "de Villeneuve"))

add("fr-09-quebec-score",
    "Marie-Ève Gagnon <megagnon@videotron.example>",
    "Refus de ma demande de location - révision SVP",
    """Bonjour,

J'ai fait une demande de location pour un 5 et demi sur le Plateau par votre site web la semaine passée. J'ai reçu un courriel automatique moins d'une heure après qui disait que « mon dossier n'a pas atteint le pointage minimal requis » et que ma demande était refusée.

Je trouve ça assez spécial qu'aucun être humain ne l'ait regardé. Je travaille à temps plein depuis 6 ans, j'ai un bon dossier de crédit, mais je suis travailleuse autonome depuis janvier et j'imagine que c'est ça qui a fait baisser le « pointage ».

Je demande qu'une personne chez vous révise mon dossier et je veux pouvoir expliquer ma situation. J'aimerais aussi savoir sur quels critères le système s'est basé pour me refuser.

Merci,
Marie-Ève Gagnon
514 555-0187
""",
    R(["AutomatedDecision"], "megagnon@videotron.example", "Marie-Ève", "Gagnon"))

add("fr-10-directives-post-mortem",
    "Raymond Chaumette <raymond.chaumette@orange.example>",
    "Mes données après mon décès",
    """Messieurs,

J'ai 84 ans et je possède trois appartements dont vous assurez la location depuis de nombreuses années par votre agence de Périgueux. Je suis en train de mettre mes affaires en ordre avec mon notaire.

Je souhaiterais savoir comment je peux vous donner des instructions sur ce que vous ferez de mes informations personnelles après ma mort : je voudrais que mon espace propriétaire et mes coordonnées soient supprimés, et que ce soit mon fils Philippe, et lui seul, qui puisse obtenir de vous les documents me concernant. Mon notaire m'a parlé de "directives" prévues par la loi française. Pouvez-vous enregistrer ces volontés ou me dire la marche à suivre ?

Je vous prie d'agréer, Messieurs, mes salutations respectueuses.

Raymond Chaumette
""",
    R(["AdvanceDirectives"], "raymond.chaumette@orange.example", "Raymond", "Chaumette"))

add("fr-11-impaye-conteste",
    "Rachid El Amrani <rachid.elamrani@mail.example>",
    "Impayé de loyer inscrit à tort",
    """Bonjour,

Lors d'une nouvelle candidature dans une de vos agences (Marseille 8e), le conseiller m'a dit que mon dossier faisait apparaître un "incident de paiement" sur mon ancien logement géré par vous à Aubagne, en 2024.

C'est faux. Le loyer de juin 2024 a été payé en retard de 4 jours à cause d'un changement de banque et votre agence m'a elle-même confirmé par écrit que tout était régularisé. J'ai gardé le mail et le relevé.

Je demande :
- que cette mention soit corrigée (ou retirée) dans mon dossier ;
- et que, tant que vous vérifiez, vous n'utilisiez plus cette information pour étudier mes candidatures.

Je peux vous envoyer le justificatif de paiement si besoin.

Rachid El Amrani
07 81 22 64 09
""",
    R(["Rectification", "Restriction"], "rachid.elamrani@mail.example", "Rachid", "El Amrani"))

add("fr-12-depot-garantie",
    "Océane Martin-Giraud <oceane.mg@mail.example>",
    "dépôt de garantie toujours pas rendu",
    """Bonjour,

J'ai rendu les clés de mon studio à Rennes le 31 août, état des lieux de sortie sans aucune remarque. Deux mois et demi plus tard, je n'ai toujours pas récupéré ma caution de 520 €. L'agence ne répond plus.

Je ne sais pas si c'est la bonne adresse mail mais c'est la seule que j'ai trouvée sur le site. Pouvez-vous transmettre au service concerné ?

Océane Martin-Giraud
""",
    R(["Unknown"], "oceane.mg@mail.example", "Océane", "Martin-Giraud"))

add("fr-13-html-newsletter",
    "Anaïs Le Bihan <anais.lebihan@mail.example>",
    "Vos offres",
    html("Bonjour,",
         "Depuis que j'ai cherché un appartement à Brest l'an dernier, je reçois chaque semaine vos &laquo;&nbsp;coups de c&oelig;ur immobiliers&nbsp;&raquo;. J'ai trouvé un logement depuis longtemps.",
         "Je retire mon accord pour recevoir ces mails commerciaux. Merci de ne plus rien m'envoyer de ce type.",
         "Anaïs Le Bihan"),
    R(["Opposition"], "anais.lebihan@mail.example", "Anaïs", "Le Bihan"), ct=HTML)

add("fr-14-latin1-cv-educatrice",
    "Gaëlle Bouchard <gaelle.bouchard@laposte.example>",
    "Candidature auxiliaire de puériculture",
    """Bonjour,

J'avais postulé en avril pour un poste d'auxiliaire de puériculture dans votre crèche de Tours-Nord et j'ai finalement accepté un poste ailleurs.

Je préfère que mon CV, ma lettre, la copie de mon diplôme et les notes de l'entretien ne restent pas chez vous. Merci de tout effacer et de me confirmer que c'est fait.

Bien à vous,
Gaëlle Bouchard
""",
    R(["Erasure"], "gaelle.bouchard@laposte.example", "Gaëlle", "Bouchard"),
    ct=LATIN1, encode="latin-1")

add("fr-15-transfert-agence-lyon",
    "Camille Roussel <camille.roussel@acme-corp.example>",
    "TR: Mes informations",
    """Bonjour l'équipe,

Reçu ce matin sur la boîte de l'agence Lyon Part-Dieu, je pense que c'est pour vous. Le monsieur est locataire chez nous depuis 2022 (lot 14, rue Garibaldi).

Bonne journée,
Camille Roussel
Chargée de gestion locative – Agence Lyon Part-Dieu
Acme Corp Immobilier

-------- Message transféré --------
De : Kouassi Yao <kouassi.yao@mail.example>
Date : dim. 15 nov. 2026 à 21:14
Objet : Mes informations
À : lyon-partdieu@acme-corp.example

Bonsoir,

Je voudrais savoir quelles informations vous avez sur moi depuis mon entrée dans le logement : dossier de candidature, garant, relevés de paiements, échanges avec le syndic, tout. Pouvez-vous me les envoyer ?

Merci,
Kouassi Yao
""",
    R(["Access"], "kouassi.yao@mail.example", "Kouassi", "Yao"))

add("fr-16-piece-jointe-creche-adresse",
    "Sandrine Pelletier <sandrine.pelletier@acme-corp.example>",
    "Fwd: changement de coordonnées",
    None,
    R(["Rectification"], "thierry.nguessan@mail.example", "Thierry", "N'Guessan"),
    attached=("Thierry N'Guessan <thierry.nguessan@mail.example>", "changement de coordonnées",
              """Bonjour Madame Pelletier,

Nous avons déménagé le week-end dernier. Pouvez-vous mettre à jour mes coordonnées dans le dossier de la crèche ?

Nouvelle adresse : 7 allée des Tilleuls, 31200 Toulouse
Nouveau portable : 06 45 19 82 03

L'ancien numéro ne fonctionne plus, il ne faut surtout pas m'appeler dessus en cas d'urgence pour Eliott.

Merci beaucoup,
Thierry N'Guessan
"""),
    note="""Bonjour,

Je vous transfère la demande de M. N'Guessan (papa d'Eliott, section des bébés). Je ne sais pas si je peux modifier moi-même la fiche famille dans le logiciel ou si ça doit passer par vous ?

Sandrine Pelletier
Directrice – Crèche Les Lucioles, Toulouse
""")

# ---------------------------------------------------------------- requests (2/2)

add("fr-17-portabilite-nouveau-gestionnaire",
    "Loïc Le Goff <loic.legoff@mail.example>",
    "Transfert de mon dossier locataire",
    """Bonjour,

Je quitte votre gestion : le propriétaire de mon appartement de Quimper a repris le bien en direct et passe par une autre agence à partir de janvier.

Je ne vous demande pas de supprimer quoi que ce soit. J'aimerais simplement récupérer mon dossier (pièces fournies, historique de paiements, attestations d'assurance) sous forme de fichiers exploitables — CSV ou Excel pour l'historique, PDF pour le reste — pour que je puisse le transmettre tel quel au nouveau gestionnaire sans tout refaire. Si vous pouvez l'envoyer directement à leur adresse (gestion@immo-cornouaille.example), c'est encore mieux.

Merci
Loïc Le Goff
""",
    R(["Portability"], "loic.legoff@mail.example", "Loïc", "Le Goff"))

add("fr-18-heritiere-pere-decede",
    "Isabelle Dewulf <isabelle.dewulf@skynet.example>",
    "Décès de mon père, M. André Dewulf",
    """Madame, Monsieur,

J'ai le regret de vous informer du décès de mon père, André Dewulf, survenu le 3 octobre dernier à Namur. Il était propriétaire d'un appartement rue de Fer dont votre agence de Namur assurait la location jusqu'à la vente intervenue cet été.

En tant que sa fille et seule héritière (je joins l'acte de notoriété établi par Maître Gilson), je vous demande de clôturer son espace client et de supprimer les données le concernant que vous n'êtes plus tenus de conserver.

Vous pouvez me joindre à cette adresse ou au 0475 12 34 56.

Avec mes remerciements,
Isabelle Dewulf
""",
    R(["Erasure"], "isabelle.dewulf@skynet.example", "André", "Dewulf", representative="Isabelle Dewulf"))

add("fr-19-avocat-locataire",
    "Me Hélène Da Costa <h.dacosta@avocats-dacosta.example>",
    "V/Réf. : M. Moussa Ndiaye – droit d'accès",
    """Madame, Monsieur,

J'interviens en qualité de conseil de Monsieur Moussa Ndiaye, locataire d'un logement situé 18 rue des Poissonniers, 75018 Paris, dont votre société assure la gestion pour le compte du bailleur.

Un litige oppose actuellement mon client à son bailleur au sujet de l'état du logement. Dans ce cadre, et sur le fondement de l'article 15 du RGPD, mon client entend obtenir communication de l'intégralité des données le concernant détenues par votre société, y compris les courriels et notes internes échangés avec le bailleur, les comptes rendus de visite technique et les photographies prises dans le logement.

Vous trouverez ci-joint le pouvoir signé par mon client ainsi que la copie de sa pièce d'identité. Je vous remercie d'adresser votre réponse à mon cabinet.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Hélène Da Costa
Avocate au Barreau de Paris
12 boulevard de Magenta – 75010 Paris
Tél. 01 42 00 00 00

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. S'il ne vous est pas destiné, merci de le détruire et d'en avertir l'expéditeur.
""",
    R(["Access"], "h.dacosta@avocats-dacosta.example", "Moussa", "Ndiaye", representative="Hélène Da Costa"))

add("fr-20-mix-csv-then-delete",
    "Raïssa Mukendi <raissa.mukendi@mail.example>",
    "my account / mon compte",
    """Hello,

Sorry pour le mélange, I'm moving back to Kinshasa next month and I'm closing all my accounts here.

Before you close it, can you please export my data from the tenant portal (payments, documents, messages) in a file I can reuse, CSV or JSON is fine. Ensuite je veux que le compte soit supprimé et que vous ne gardiez plus mes infos.

Merci beaucoup / thanks,
Raïssa Mukendi
""",
    R(["Portability", "Erasure"], "raissa.mukendi@mail.example", "Raïssa", "Mukendi"))

add("fr-21-typos-fiches-paye",
    "Kevin Morel <kevin.morel59@mail.example>",
    "fiches de paye",
    """slt
jai fait un dossier chez vous y a plus d un an pour un appart a roubaix jai pas eu l appart
pk vous avez encore mes fiche de paye et mon avis d imposition, vous les garder combien de tps ?? et qui les a vu
kevin morel
""",
    R(["Information"], "kevin.morel59@mail.example", "Kevin", "Morel"))

add("fr-22-famille-replyto-appels",
    "Famille Diallo <famille.diallo@orange.example>",
    "Appels pour estimation",
    """Bonjour,

Une de vos agences m'appelle régulièrement pour me proposer d'estimer notre maison à Villeurbanne. Je n'ai jamais été en contact avec vous. D'où vient mon numéro ? Qui vous l'a donné ?

Et merci de ne plus m'appeler.

Aminata Diallo
""",
    R(["Information", "Opposition"], "aminata.diallo@mail.example", "Aminata", "Diallo"),
    headers=["Reply-To: Aminata Diallo <aminata.diallo@mail.example>"])

add("fr-23-pediatre-avis-imposition",
    "Dr Claire Vasseur-Roche <claire.vasseur-roche@cabinet-pediatrie.example>",
    "Crèche – justificatifs de revenus",
    """Bonjour,

Mon fils Gabin est accueilli à la crèche Les Petits Pas de Bordeaux-Caudéran depuis septembre. Lors de l'inscription on m'a demandé mon avis d'imposition et celui de mon conjoint pour calculer le tarif horaire.

Pourriez-vous m'indiquer qui a accès à ces documents, s'ils sont transmis à la CAF ou à la mairie, et combien de temps ils sont conservés une fois le tarif calculé ? Je précise que je ne conteste pas le tarif, c'est une question de principe.

Bien cordialement,

Dr Claire Vasseur-Roche
Pédiatre – Cabinet du Parc
33200 Bordeaux
Tél. 05 56 00 00 00

Ce courriel peut contenir des informations couvertes par le secret médical. Si vous l'avez reçu par erreur, merci de le supprimer.
""",
    R(["Information"], "claire.vasseur-roche@cabinet-pediatrie.example", "Claire", "Vasseur-Roche"))

add("fr-24-iphone-court",
    "Yanis Bouzid <yanis.bouzid@mail.example>",
    "Appart Croix-Rousse",
    """Bonjour pouvez vous m'envoyer tout ce que vous avez gardé sur moi suite a ma candidature pour l'appart de la Croix-Rousse en septembre
Merci
Yanis Bouzid

Envoyé de mon iPhone
""",
    R(["Access"], "yanis.bouzid@mail.example", "Yanis", "Bouzid"))

add("fr-25-dakar-copie-puis-effacement",
    "Aïssatou Bâ <aissatou.ba@orange-sn.example>",
    "Demande concernant mes données - ancienne locataire",
    """Bonjour,

J'ai été locataire d'un studio géré par votre agence de Montpellier pendant mes études (2021-2024). Je suis rentrée à Dakar depuis.

J'aimerais d'abord recevoir une copie des informations que vous conservez à mon nom. Une fois que je l'aurai reçue, je vous demande d'effacer ce qui n'est plus nécessaire, puisque je n'ai plus aucun lien avec votre société.

Je vous remercie par avance.

Aïssatou Bâ
Dakar, Sénégal
+221 77 000 00 00
""",
    R(["Access", "Erasure"], "aissatou.ba@orange-sn.example", "Aïssatou", "Bâ"))

add("fr-26-geneve-litige-gel",
    "Nicolas Favre <nicolas.favre@bluewin.example>",
    "Procédure devant la commission de conciliation – conservation des données",
    """Madame, Monsieur,

Je suis en litige avec le propriétaire de mon ancien logement à Genève (contestation du décompte de charges et de la retenue sur garantie). Une audience devant la commission de conciliation en matière de baux et loyers est fixée en février.

J'ai appris que votre régie procède à l'effacement des dossiers des anciens locataires après un certain délai. Je vous demande expressément de ne PAS effacer mon dossier : j'en ai besoin pour faire valoir mes droits. En revanche, je souhaite que ces données soient mises de côté et ne soient plus utilisées à d'autres fins (notamment pour des relances commerciales ou pour évaluer mes futures candidatures dans votre réseau) jusqu'à l'issue de la procédure.

Merci de me confirmer la prise en compte de cette demande.

Nicolas Favre
Carouge
""",
    R(["Restriction"], "nicolas.favre@bluewin.example", "Nicolas", "Favre"))

add("fr-27-curatrice",
    "Véronique Lachaud <v.lachaud@udaf-mandataire.example>",
    "Mesure de protection – M. Serge Mbarga",
    """Madame, Monsieur,

Mandataire judiciaire à la protection des majeurs, j'ai été désignée curatrice renforcée de Monsieur Serge Mbarga par jugement du juge des contentieux de la protection de Créteil du 12 septembre 2026 (copie jointe).

M. Mbarga est locataire d'un appartement géré par votre agence de Vitry-sur-Seine. Dans le cadre de la mesure, je vous prie de bien vouloir :
- me transmettre l'ensemble des informations que vous détenez le concernant (bail, situation du compte locataire, courriers envoyés) ;
- remplacer l'adresse de correspondance enregistrée par celle de notre service (UDAF, 4 rue Gabriel Péri, 94400 Vitry-sur-Seine), M. Mbarga ne relevant plus son courrier.

Je reste à votre disposition.

Véronique Lachaud
Mandataire judiciaire à la protection des majeurs
Tél. 01 45 00 00 00
""",
    R(["Access", "Rectification"], "v.lachaud@udaf-mandataire.example", "Serge", "Mbarga", representative="Véronique Lachaud"))

add("fr-28-quebec-courriels",
    "Jean-François Tremblay <jf.tremblay@videotron.example>",
    "Désabonnement",
    """Bonjour,

Veuillez me désabonner de tous vos courriels promotionnels et de vos alertes « nouvelles inscriptions ». Je n'ai jamais consenti à ça, j'ai juste demandé de l'information sur un condo à Laval en 2024. En vertu de la Loi 25, j'aimerais aussi que vous cessiez de m'envoyer des sondages de satisfaction.

Merci,
J.-F. Tremblay
""",
    R(["Opposition"], "jf.tremblay@videotron.example", "Jean-François", "Tremblay"))

add("fr-29-trait-union",
    "Éloïse Dubois-Lefèvre <eloise.dl@mail.example>",
    "Mon nom",
    """Bonjour, mon nom c'est Dubois-Lefèvre avec un trait d'union et un accent, pas "Dubois Lefevre". C'est faux sur mon contrat et sur mon espace en ligne, merci de corriger. Éloïse
""",
    R(["Rectification"], "eloise.dl@mail.example", "Éloïse", "Dubois-Lefèvre"))

add("fr-30-releves-bancaires",
    "Fatoumata Traoré <fatoumata.traore@mail.example>",
    "Documents demandés pour une location",
    """Bonjour,

Votre agence de Saint-Denis me demande, pour étudier ma candidature, mes trois derniers relevés de compte bancaire et une attestation de la CAF en plus de mes fiches de paie et de mon contrat de travail.

Est-ce que vous avez le droit de demander des relevés bancaires ? Qu'est-ce qui en est fait exactement : qui les lit, est-ce qu'ils sont envoyés au propriétaire ou à une société qui vérifie la solvabilité, et qu'est-ce qui se passe si mon dossier n'est pas retenu ?

Je ne demande pas de copie de mon dossier, juste des explications avant d'envoyer quoi que ce soit.

Cordialement,
Fatoumata Traoré
""",
    R(["Information"], "fatoumata.traore@mail.example", "Fatoumata", "Traoré"))

add("fr-31-facture-creche",
    "pauline.garnier@mail.example",
    "facture octobre crèche",
    """Bonjour,
Je n'ai pas reçu la facture d'octobre pour Jules (crèche Les Coccinelles, Dijon). Il me la faut pour mon employeur (CESU). Vous pouvez me la renvoyer ?
Merci
Pauline Garnier
""",
    R(["Unknown"], "pauline.garnier@mail.example", "Pauline", "Garnier"))

add("fr-32-belge-cp1252",
    "Michaël Lambotte <michael.lambotte@proximus.example>",
    "Suppression de mes coordonnées",
    """Bonjour,

J’ai visité deux appartements avec votre agence de Liège en 2023 (quai de Rome) et depuis je suis dans vos fichiers. Je n’ai loué ni l’un ni l’autre.

Je voudrais être effacé de vos fichiers, et qu’on ne me recontacte plus pour quoi que ce soit — ni par e-mail, ni par téléphone, ni par courrier. Ça fait déjà trop de sollicitations.

D’avance merci et bonne journée,
Michaël Lambotte
""",
    R(["Erasure", "Opposition"], "michael.lambotte@proximus.example", "Michaël", "Lambotte"),
    ct=CP1252, encode="cp1252")

# ---------------------------------------------------------------- tasks

add("fr-33-contrat-solvabilite",
    "Julien Marchetti <julien.marchetti@acme-corp.example>",
    "Contrat SolvaCheck à relire avant signature",
    """Salut l'équipe DPO,

On s'apprête à signer avec SolvaCheck, la plateforme de vérification des dossiers locataires (contrôle des fiches de paie, détection de faux documents). La direction des agences veut démarrer le 1er janvier sur l'Île-de-France.

Le juriste m'a dit qu'il fallait que vous jetiez un œil à leur accord de sous-traitance (annexe 4 du contrat, en PJ) — notamment la partie sur les sous-traitants ultérieurs, ils ont des serveurs au Maroc je crois. Vous pourriez nous faire un retour d'ici le 4 décembre ?

Merci !
Julien Marchetti
Responsable des opérations – Gestion locative
""",
    TASK("julien.marchetti@acme-corp.example", "Julien", "Marchetti"))

add("fr-34-aipd-appli-parents",
    "Nadia Belkacem <nadia.belkacem@acme-corp.example>",
    "Nouvelle appli de transmissions pour les crèches – AIPD ?",
    """Bonjour,

Le pôle petite enfance souhaite remplacer les cahiers de transmission papier par l'application KidiLog dans nos 14 crèches : les équipes y noteront les repas, siestes, changes, petits bobos, et pourront envoyer des photos aux parents.

Comme il y a des données de santé d'enfants (allergies, PAI, traitements) et des photos, notre directrice m'a demandé de voir avec vous si une analyse d'impact est nécessaire et, si oui, de la lancer avec vous. On aimerait un déploiement pilote en février sur Grenoble et Échirolles.

Pouvez-vous me dire comment on procède ?

Nadia Belkacem
Coordinatrice pédagogique – Pôle Petite Enfance
Acme Corp Crèches
""",
    TASK("nadia.belkacem@acme-corp.example", "Nadia", "Belkacem"))

add("fr-35-registre-video",
    "Olivier Charpentier <olivier.charpentier@acme-corp.example>",
    "Caméras agences Bruxelles - registre",
    """Hello,

Pour info on a fait poser des caméras dans les agences de Bruxelles-Uccle et Woluwe (accueil + local à clés) suite aux deux cambriolages de l'été. Le prestataire est Securisys, enregistrement 30 jours.

Il faudrait ajouter ce traitement au registre et me dire si on doit mettre un pictogramme particulier à l'entrée (on est en Belgique, je ne sais pas si c'est pareil qu'en France). Je peux vous envoyer le plan d'implantation des caméras.

Olivier
--
Olivier Charpentier | Facility manager Benelux | Acme Corp
""",
    TASK("olivier.charpentier@acme-corp.example", "Olivier", "Charpentier"))

add("fr-36-formation-nouveaux-conseillers",
    "Émilie Rakotomalala <emilie.rakotomalala@acme-corp.example>",
    "Session de sensibilisation pour les nouveaux conseillers location",
    """Bonjour,

Nous accueillons 9 nouveaux conseillers location en janvier (agences Sud-Est). J'aimerais intégrer dans leur parcours d'intégration une heure sur ce qu'on peut et ne peut pas demander aux candidats locataires (pièces justificatives, questions interdites, conservation des dossiers refusés).

Est-ce que l'un de vous pourrait animer cette session en visio le 13 ou le 14 janvier ? Si vous avez déjà un support, je suis preneuse.

Merci,
Émilie Rakotomalala
Chargée de formation – RH
""",
    TASK("emilie.rakotomalala@acme-corp.example", "Émilie", "Rakotomalala"))

add("fr-37-questionnaire-assureur",
    "Laurent Berset <laurent.berset@acme-corp.example>",
    "Questionnaire sécurité / protection des données - partenaire GLI",
    """Bonjour,

Notre assureur de garantie loyers impayés (HelvAssur) nous demande de remplir leur questionnaire fournisseur "protection des données et sécurité de l'information" avant le renouvellement du partenariat (62 questions, fichier Excel joint). La moitié des questions concernent le RGPD et la nLPD, je ne saurais pas y répondre seul.

Délai : 30 novembre. Peut-on se répartir les questions ?

Meilleures salutations,
Laurent Berset
Responsable partenariats – Acme Corp Suisse romande, Lausanne
""",
    TASK("laurent.berset@acme-corp.example", "Laurent", "Berset"))

# ---------------------------------------------------------------- incidents

add("fr-38-pc-vole-voiture",
    "Stéphane Giordano <stephane.giordano@acme-corp.example>",
    "URGENT ordinateur volé",
    """Bonjour,

Mon PC portable pro a été volé cette nuit dans ma voiture, garée devant chez moi à Nice (vitre cassée). Il y avait aussi dans la sacoche une pochette avec 4 dossiers de candidats locataires imprimés (pièces d'identité, bulletins de salaire, RIB).

Le PC a un mot de passe Windows mais je ne suis pas sûr qu'il soit chiffré. J'ai porté plainte ce matin au commissariat. Je préviens aussi la DSI.

Dites-moi ce que je dois faire de plus.

Stéphane Giordano
Agence Nice Libération
06 60 00 00 00
""",
    INC("stephane.giordano@acme-corp.example", "Stéphane", "Giordano"))

add("fr-39-recu-dossier-autre-candidat",
    "Hugo Fontaine <hugo.fontaine@mail.example>",
    "Vous m'avez envoyé le dossier de quelqu'un d'autre",
    """Bonjour,

Je viens de recevoir de votre agence de Toulouse Carmes un mail "Votre dossier de location - pièces complètes" avec 6 pièces jointes. Ce n'est pas mon dossier : c'est celui d'une certaine Mme L., avec sa carte d'identité, ses trois fiches de paie, son avis d'imposition et même le RIB de son garant.

Je n'ai rien ouvert d'autre que la première pièce pour comprendre. Je suppose que vous voulez que je supprime ce mail ? Prévenez quand même cette personne, à sa place je voudrais le savoir.

Hugo Fontaine
""",
    INC("hugo.fontaine@mail.example", "Hugo", "Fontaine"))

add("fr-40-fiche-allergie-mauvais-parent",
    "Corinne Marchal <corinne.marchal@acme-corp.example>",
    "Erreur de remise de document - crèche Les Écureuils",
    """Bonjour,

Je signale un incident survenu hier soir à la crèche Les Écureuils (Metz) : une collègue a remis à la maman d'une petite Léna la fiche de transmission d'un autre enfant, Adam, avec son protocole d'allergie (PAI arachide), le nom de son médecin et le numéro de portable de ses deux parents.

La maman nous a rapporté la fiche ce matin. Nous n'avons pas encore prévenu les parents d'Adam, je préférais vous demander d'abord comment faire.

Corinne Marchal
Directrice – Crèche Les Écureuils
03 87 00 00 00
""",
    INC("corinne.marchal@acme-corp.example", "Corinne", "Marchal"))

add("fr-41-phishing-logiciel-gestion",
    "Dylan Moreau <dylan.moreau@acme-corp.example>",
    "j'ai cliqué sur un lien bizarre",
    """Bonjour,
ce matin j'ai reçu un mail qui ressemblait à une alerte de notre logiciel de gestion locative ("votre session expire, reconnectez-vous"). J'ai cliqué et j'ai tapé mon identifiant et mon mot de passe avant de voir que l'adresse du site était bizarre. J'ai changé mon mot de passe tout de suite après. Avec mon compte on voit tous les locataires et propriétaires de l'agence (environ 1 800 lots).
Je fais quoi ?
Dylan Moreau – agence Angers
""",
    INC("dylan.moreau@acme-corp.example", "Dylan", "Moreau"))

add("fr-42-portail-parents-autre-famille",
    "Pierre-Yves Chevalier <py.chevalier@mail.example>",
    "Portail parents : je vois les infos d'une autre famille",
    html("Bonjour,",
         "En me connectant ce soir au portail parents de la crèche (Annecy – Les Marmottes), je suis tombé sur le tableau de bord d'une autre famille&nbsp;: photos de leur enfant, factures, adresse et numéros de téléphone des parents.",
         "J'ai fait des captures d'écran pour vous montrer puis je me suis déconnecté. Je trouve ça grave, surtout pour les photos d'enfants. Merci de me dire ce qui s'est passé et si <b>mes</b> informations sont visibles par d'autres parents.",
         "Pierre-Yves Chevalier"),
    INC("py.chevalier@mail.example", "Pierre-Yves", "Chevalier"), ct=HTML)

# ---------------------------------------------------------------- follow-ups

add("fr-43-relance-cinq-semaines",
    "Sylvie Ferrand <sylvie.ferrand@mail.example>",
    "RE: [DSR-40817] Accusé de réception de votre demande",
    """Bonjour,

Cela fait maintenant cinq semaines que j'ai reçu votre accusé de réception et je n'ai toujours rien. Le délai légal est d'un mois. Merci de me dire où en est ma demande, sinon je saisirai la CNIL.

Sylvie Ferrand

> Bonjour,
> Nous accusons réception de votre demande relative à vos données personnelles,
> enregistrée sous la référence DSR-40817. Nous vous répondrons dans un délai d'un mois.
> L'équipe Protection des données – Acme Corp
""",
    FU("40817", "sylvie.ferrand@mail.example", "Sylvie", "Ferrand"))

add("fr-44-piece-identite-suite",
    "Mathieu Van den Broeck <mathieu.vandenbroeck@skynet.example>",
    "Re: Demande au titre des articles 15 et 20 du RGPD",
    """Bonjour,

Suite à mon courrier de la semaine dernière, vous trouverez ci-joint une copie recto de ma carte d'identité (numéro national masqué), comme votre collaboratrice me l'a demandé par téléphone.

Cordialement,
Mathieu Van den Broeck
""",
    FU(ref("fr-05-acces-portabilite"), "mathieu.vandenbroeck@skynet.example", "Mathieu", "Van den Broeck"),
    headers=irt("fr-05-acces-portabilite"))

add("fr-45-precision-ancienne-adresse",
    "Thomas Nkoulou <thomas.nkoulou@mail.example>",
    "Re: [DSR-40902] Votre demande",
    """Bonjour,

J'ai oublié de préciser dans ma demande : à l'époque j'habitais 23 rue Nationale à Tours (appartement 12), et mon ancienne adresse mail était t.nkoulou@laposte.example. Ça vous aidera peut-être à retrouver mon dossier.

Merci,
Thomas Nkoulou
""",
    FU("40902", "thomas.nkoulou@mail.example", "Thomas", "Nkoulou"))

add("fr-46-quebec-complement",
    "Marie-Ève Gagnon <megagnon@videotron.example>",
    "Re: Refus de ma demande de location - révision SVP",
    """Re-bonjour,

Pour compléter mon courriel de lundi : je vous joins mes avis de cotisation des deux dernières années et une lettre de mon principal client qui confirme mes contrats jusqu'en 2028. J'espère que ça aidera la personne qui va regarder mon dossier.

Marie-Ève
""",
    FU(ref("fr-09-quebec-score"), "megagnon@videotron.example", "Marie-Ève", "Gagnon"),
    headers=irt("fr-09-quebec-score"))

# ---------------------------------------------------------------- ignored

add("fr-47-spam-amende-rgpd",
    "Cabinet Conformité Express <contact@conformite-express.example>",
    "Votre agence risque une amende de 20 000 000 € - audit RGPD offert",
    """Madame, Monsieur,

Notre robot d'analyse a détecté 14 non-conformités RGPD sur votre site internet (cookies, mentions légales, formulaire de contact). Les contrôles de la CNIL visent en priorité les agences immobilières en 2026.

Profitez de notre AUDIT GRATUIT et de la mise en conformité clé en main à partir de 49 € HT/mois : registre, suppression automatique des données, DPO externalisé.

Répondez OUI à ce mail pour être rappelé par un expert sous 24h.

Pour ne plus recevoir nos offres, répondez STOP.
""",
    IGN("spam", "contact@conformite-express.example"), headers=SPAM_HDR)

add("fr-48-phishing-boite-suppression",
    "Service Messagerie <no-reply@acme-corp-securite.example>",
    "Action requise : votre boîte privacy@ sera supprimée sous 24h",
    """Cher utilisateur,

Suite à la mise à jour de nos règles de protection des données, votre boîte aux lettres privacy@acme-corp.example sera définitivement supprimée avec l'ensemble de vos données personnelles si vous ne confirmez pas votre identité.

Confirmez maintenant : http://acme-corp-securite.example/verification

Le service Messagerie
""",
    IGN("spam", "no-reply@acme-corp-securite.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-securite.example")])

add("fr-49-heritage-notaire",
    "Maître Koffi Amessan <notaire.amessan@mail-ci.example>",
    "CONFIDENTIEL - Succession en déshérence",
    """Bonjour cher(e) ami(e),

Je suis Maître Koffi Amessan, notaire à Abidjan. Un de nos clients, décédé sans héritier, portait le même nom que votre responsable. Il a laissé la somme de 4.500.000 EUR sur un compte bloqué.

Pour protéger vos données personnelles, cette affaire doit rester strictement confidentielle. Envoyez-moi votre nom complet, votre numéro de téléphone et une copie de votre pièce d'identité pour ouvrir le dossier de transfert. Vous recevrez 40 % de la somme.

Que Dieu vous bénisse,
Me Koffi Amessan
""",
    IGN("spam", "notaire.amessan@mail-ci.example"))

add("fr-50-effacement-courtiers-donnees",
    "DataNettoyage <offres@datanettoyage.example>",
    "Vos clients veulent disparaître d'internet ? Nous aussi on efface tout",
    """Bonjour,

Chaque jour, vos locataires et propriétaires voient leurs données revendues par des courtiers. DataNettoyage supprime automatiquement leurs informations de plus de 300 sites, et booste le référencement de votre agence en première page Google.

Offre partenaire agence : -50 % la première année.
Prenez rendez-vous : https://datanettoyage.example/rdv

Vous recevez ce message car votre adresse est publique. Désinscription : https://datanettoyage.example/unsub
""",
    IGN("spam", "offres@datanettoyage.example"), headers=SPAM_HDR)

add("fr-51-absence-notaire",
    "Étude Maître Roussel <accueil@etude-roussel.example>",
    "Réponse automatique : Votre demande d'informations",
    """Bonjour,

Notre étude est fermée du 16 au 20 novembre inclus. Votre message sera traité à notre retour.
Pour toute urgence concernant une signature, merci de contacter l'étude de Maître Cassagne au 04 00 00 00 00.

Bien cordialement,
L'étude
""",
    IGN("auto_reply", "accueil@etude-roussel.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("fr-52-newsletter-federation",
    "Fédération Immo Pros <newsletter@federation-immopros.example>",
    "La lettre des professionnels de l'immobilier – novembre 2026",
    """LA LETTRE DES PROS – Novembre 2026

• Encadrement des loyers : les nouveaux plafonds à Lyon et Bordeaux
• DPE : le calendrier des interdictions de location pour 2027
• RGPD : la CNIL publie sa nouvelle fiche sur les dossiers locataires
• Agenda : congrès annuel à Marseille les 3 et 4 décembre

Lire la lettre en ligne : https://federation-immopros.example/lettre/2026-11

Vous recevez cette lettre en tant qu'adhérent. Se désinscrire : https://federation-immopros.example/desinscription
""",
    IGN("bulk", "newsletter@federation-immopros.example"),
    headers=["List-Id: Lettre des pros <lettre.federation-immopros.example>",
             "List-Unsubscribe: <https://federation-immopros.example/desinscription>",
             "Precedence: bulk"])

add("fr-53-bounce",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    None,
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
