from common import *  # part fr: written blind

add("fr-01-ce-que-vous-avez",
    "Aïcha Benali <aicha.benali@laposte-mail.example>",
    "question",
    "Bonjour, j'aimerais savoir ce que vous avez comme infos sur moi dans vos fichiers. Merci\nAïcha Benali\n",
    R(["Access"], "aicha.benali@laposte-mail.example", "Aïcha", "Benali"))

add("fr-02-lave-linge-cauchemar",
    "Jean-Baptiste Lefèvre <jb.lefevre@free-mail.example>",
    "Réclamation commande 4410928 - lave-linge",
    """Madame, Monsieur,

Je vous écris après trois semaines de galère. J'ai acheté un lave-linge au magasin de Villeneuve-d'Ascq le
12 octobre avec livraison et installation. Le premier livreur n'est jamais venu. Le second a livré la
machine mais l'installateur a refusé de la brancher parce que « ce n'est pas prévu dans la prestation ».
Quand j'ai enfin réussi à la brancher moi-même, elle a fui et abîmé le parquet de la cuisine.

Le service client m'a fait attendre 45 minutes au téléphone à deux reprises pour me dire qu'un
technicien me rappellerait. Personne n'a rappelé.

Je veux être remboursé intégralement, y compris l'extension de garantie que votre vendeur m'a quasiment
forcé à prendre. Et une fois ce remboursement effectué, je vous demande d'effacer mon compte client et
toutes les données personnelles me concernant : je ne veux plus rien avoir à faire avec votre enseigne.

Sans réponse sous huit jours, je saisirai le médiateur de la consommation.

Jean-Baptiste Lefèvre
59650 Villeneuve-d'Ascq
""",
    R(["Erasure"], "jb.lefevre@free-mail.example", "Jean-Baptiste", "Lefèvre"))

add("fr-03-lettre-art15-art20",
    "Marie-Claire de la Tour <mc.delatour@cabinet-mail.example>",
    "Exercice de mes droits - articles 15 et 20 du RGPD",
    """Madame, Monsieur le Délégué à la protection des données,

Cliente de votre enseigne depuis 2015 (magasin, site marchand et centre optique de Bordeaux-Lac), je
vous prie, en application de l'article 15 du Règlement (UE) 2016/679, de bien vouloir me communiquer
l'ensemble des données à caractère personnel me concernant que vous traitez, ainsi que les
informations prévues aux points a) à h) de cet article.

Par ailleurs, sur le fondement de l'article 20 du même règlement, je souhaite recevoir les données que
je vous ai fournies (historique d'achats, ordonnances transmises, coordonnées) dans un format
structuré, couramment utilisé et lisible par machine.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Marie-Claire de la Tour
""",
    R(["Access", "Portability"], "mc.delatour@cabinet-mail.example", "Marie-Claire", "de la Tour"))

add("fr-04-directives-apres-deces",
    "Étienne Roussel <etienne.roussel@wanadoo-mail.example>",
    "Mes données après mon décès",
    """Bonjour,

J'ai 78 ans et je mets mes affaires en ordre. Je suis client de vos magasins et de votre centre
auditif de Rennes.

Je voudrais laisser des consignes sur ce que vous devrez faire de mes informations quand je ne serai plus
là : je souhaite qu'elles soient supprimées et que mon fils, Pierre Roussel, soit la personne chargée de
veiller à ce que ce soit fait. Comment dois-je procéder pour que ce soit enregistré chez vous ?

Bien cordialement,
Étienne Roussel
""",
    R(["AdvanceDirectives"], "etienne.roussel@wanadoo-mail.example", "Étienne", "Roussel"))

add("fr-05-mutuelle-opticien",
    "Gaëlle Le Goff <gaelle.legoff@breizh-net.example>",
    "Erreur sur mon dossier optique",
    """Bonjour,

Lors de mon dernier passage à votre magasin d'optique de Quimper, j'ai remarqué que ma fiche indique
encore mon ancienne mutuelle et mon ancienne adresse (rue de Brest). Je n'habite plus là depuis deux
ans. Ma nouvelle adresse est 8 allée des Genêts, 29000 Quimper, et ma mutuelle est désormais la MGPO.

Pourriez-vous corriger tout ça ? J'ai peur que mes prochaines lunettes soient mal remboursées.

Merci d'avance,
Gaëlle Le Goff
""",
    R(["Rectification"], "gaelle.legoff@breizh-net.example", "Gaëlle", "Le Goff"),
    encode="latin-1", ct=LATIN1)

add("fr-06-appels-garantie",
    "<mimi.lyon69@sfr-mail.example>",
    "appels",
    "bonjour vous m'appelez tous les 2 jours pour me vendre une extension de garantie sur mon frigo je n'en veux pas arretez de m'appeler et de me demarcher et effacez mon numero de vos fichiers merci\n",
    R(["Opposition", "Erasure"], "mimi.lyon69@sfr-mail.example"))

add("fr-07-majuscules-supprimez",
    "Robert Vidal <robert.vidal@orange-mail.example>",
    "SUPPRESSION",
    "JE VOUS DEMANDE POUR LA DERNIERE FOIS DE FERMER MON COMPTE ET D'EFFACER TOUT CE QUE VOUS SAVEZ SUR MOI. C'EST LA TROISIEME FOIS QUE J'ECRIS.\nR. VIDAL\n",
    R(["Erasure"], "robert.vidal@orange-mail.example", "Robert", "Vidal"))

add("fr-08-carte-fidelite-hors-ue",
    "Nathalie Dupont-Moreau <n.dupontmoreau@mail-pro.example>",
    "Carte de fidélité : questions sur l'utilisation de mes données",
    html("Bonjour,",
         "Je viens de m'inscrire au programme de fidélité Acme en magasin. La vendeuse n'a pas su répondre à mes "
         "questions, je vous les pose donc directement :",
         "- à quelles sociétés transmettez-vous mes informations (partenaires, publicitaires) ?<br>"
         "- mes données sont-elles hébergées ou envoyées en dehors de l'Union européenne ?<br>"
         "- combien de temps les gardez-vous si je n'utilise plus la carte ?",
         "Cordialement,<br>Nathalie Dupont-Moreau"),
    R(["Information"], "n.dupontmoreau@mail-pro.example", "Nathalie", "Dupont-Moreau"), ct=HTML)

add("fr-09-refus-credit-score",
    "Yannick Kervella <y.kervella@armor-mail.example>",
    "Refus de financement - demande de réexamen",
    """Bonjour,

J'ai demandé samedi un financement en 10 fois avec la carte Acme pour un canapé et une TV au magasin de
Brest. Le refus est tombé en quelques secondes sur la tablette du vendeur, qui m'a expliqué que
c'était « le système de scoring » et qu'il ne pouvait rien faire.

Je conteste cette décision et je demande qu'un conseiller examine réellement mon dossier. Je suis en CDI
depuis 9 ans et je n'ai aucun incident de paiement.

Yannick Kervella
06 12 34 56 78
""",
    R(["AutomatedDecision"], "y.kervella@armor-mail.example", "Yannick", "Kervella"))

add("fr-10-limitation-art18",
    "Sophie Marchand <sophie.marchand@mailbox-fr.example>",
    "Demande de limitation du traitement - contrat de garantie GX-7781",
    """Madame, Monsieur,

Vous m'avez adressé une relance pour des mensualités impayées sur un contrat d'extension de garantie
(GX-7781) que je conteste avoir souscrit : je n'ai jamais signé ce contrat.

Dans l'attente de l'issue de votre vérification, je vous demande, conformément à l'article 18 du
RGPD, de geler le traitement de mes données liées à ce contrat et notamment de ne pas les transmettre
à une société de recouvrement.

Veuillez agréer mes salutations.

Sophie Marchand
""",
    R(["Restriction"], "sophie.marchand@mailbox-fr.example", "Sophie", "Marchand"))

add("fr-11-pere-pour-fille",
    "Thomas Garnier <thomas.garnier@famille-garnier.example>",
    "Dossier optique de ma fille Léa",
    """Bonjour,

Ma fille Léa Garnier, 11 ans, est suivie dans votre centre optique de Tours depuis trois ans (myopie
évolutive). Son ophtalmologue nous demande l'historique complet de ses mesures et corrections.

En tant que père et représentant légal, pourriez-vous m'envoyer une copie de toutes les informations
de son dossier ?

Merci,
Thomas Garnier
""",
    R(["Access"], "thomas.garnier@famille-garnier.example", "Léa", "Garnier", representative="Thomas Garnier"))

add("fr-12-tutrice-mere",
    "Christine Vasseur-Blanc <c.vasseurblanc@mail-perso.example>",
    "Mme Odette Vasseur - démarchage à cesser",
    """Madame, Monsieur,

Je suis la tutrice de ma mère, Mme Odette Vasseur, 86 ans, placée sous tutelle par jugement du
tribunal de Lille (je peux vous en adresser copie). Elle est appareillée dans votre centre auditif de
Roubaix.

Elle reçoit chaque semaine des appels et des courriers lui proposant de nouveaux appareils et des
« bilans offerts ». Elle ne comprend pas ces sollicitations et a failli signer un devis de 4 000 euros.

Je vous demande de cesser immédiatement toute prospection commerciale la concernant, par téléphone,
courrier ou SMS.

Christine Vasseur-Blanc
""",
    R(["Opposition"], "c.vasseurblanc@mail-perso.example", "Odette", "Vasseur",
      representative="Christine Vasseur-Blanc"))

add("fr-13-avocate-client",
    "Maître Élise Fontaine <e.fontaine@fontaine-avocats.example>",
    "M. Karim Haddouche c/ Acme - demande de communication de données",
    """Madame, Monsieur,

J'interviens en qualité de conseil de M. Karim Haddouche, domicilié 17 rue Paul Bert à Lyon (3e),
dans le cadre du litige l'opposant à votre société au sujet de l'installation défectueuse de sa
cuisine (commande n° 3301874).

Au nom de mon client, dont vous trouverez le mandat ci-joint, je vous demande de me communiquer
l'intégralité des données personnelles le concernant détenues par votre société, y compris les
enregistrements de ses appels au service client, les rapports d'intervention des poseurs et les
échanges internes le mentionnant.

Je vous prie de croire, Madame, Monsieur, en l'assurance de mes sentiments distingués.

Élise Fontaine
Avocate au Barreau de Lyon
Fontaine Avocats - 04 72 00 00 00
Ce message est confidentiel et couvert par le secret professionnel.
""",
    R(["Access"], "e.fontaine@fontaine-avocats.example", "Karim", "Haddouche", representative="Élise Fontaine"))

add("fr-14-garder-compte-pas-de-profil",
    "Hugo Perrin <hugo.perrin@net-courrier.example>",
    "Recommandations personnalisées",
    """Bonjour,

Je ne souhaite pas supprimer mon compte, j'en ai besoin pour mes garanties. En revanche je ne veux plus
que vous vous serviez de mon historique d'achats pour me proposer des produits « qui pourraient vous
plaire » sur le site et dans vos e-mails. Merci de désactiver ce profilage.

Hugo Perrin
""",
    R(["Opposition"], "hugo.perrin@net-courrier.example", "Hugo", "Perrin"))

add("fr-15-export-fichier",
    "Rémi Chevalier <remi.chevalier@geek-mail.example>",
    "export de mes données",
    """Salut,

Est-ce que c'est possible d'avoir un export (CSV ou JSON, peu importe) de mes commandes, de mes
garanties et de mes factures ? Je change de gestionnaire de budget et je voudrais tout réimporter
proprement au lieu de tout retaper à la main.

Rémi
""",
    R(["Portability"], "remi.chevalier@geek-mail.example", "Rémi", "Chevalier"))

add("fr-16-facture-manquante",
    "Josiane Henry <josiane.henry@mail-fr.example>",
    "facture",
    "Bonjour je n'ai toujours pas recu la facture de ma garantie pour le four, j'en ai besoin pour mon assurance. Commande 8820145. Merci\nJosiane Henry\n",
    R(["Unknown"], "josiane.henry@mail-fr.example", "Josiane", "Henry"))

add("fr-17-famille-dubois",
    "Famille Dubois <famille.dubois@maison-mail.example>",
    "Mon compte - vérification",
    """Bonjour,

C'est Laurent Dubois qui écrit (nous partageons cette adresse en famille, merci de me répondre sur mon
adresse personnelle). J'aimerais voir ce que vous avez enregistré sur moi, et corriger au passage mon
prénom : vous m'appelez « Laurence » sur tous vos courriers.

Merci,
Laurent Dubois
""",
    R(["Access", "Rectification"], "laurent.dubois@perso-mail.example", "Laurent", "Dubois"),
    headers=["Reply-To: Laurent Dubois <laurent.dubois@perso-mail.example>"])

add("fr-18-vendeuse-transfert",
    "Amandine Roux <amandine.roux@acme-corp.example>",
    "TR: suppression dossier optique",
    """Bonjour l'équipe protection des données,

Un client est passé au magasin puis nous a écrit, je vous transfère sa demande ci-dessous. Je lui ai dit
que vous reviendriez vers lui.

Bonne journée,
Amandine Roux
Opticienne - Acme Optique Lyon Part-Dieu

-------- Message transféré --------
De : Bernard Petitjean <b.petitjean@courriel-lyon.example>
Date : 13/11/2026 17:42
Objet : suppression dossier optique
À : optique.lyonpartdieu@acme-corp.example

Bonjour,
Je ne suis plus client chez vous depuis mon déménagement. Je souhaite que mon dossier (ordonnances,
mesures, coordonnées) soit détruit.
Bernard Petitjean
""",
    R(["Erasure"], "b.petitjean@courriel-lyon.example", "Bernard", "Petitjean"))

add("fr-19-transfert-piece-jointe", "Sébastien Noël <sebastien.noel@acme-corp.example>",
    "Tr: SMS publicitaires ???", "",
    R(["Information", "Opposition"], "hugo.lambert@mail-zone.example", "Hugo", "Lambert"),
    note="Bonjour, reçu sur la boîte du service client, je vous le passe en pièce jointe. Bonne journée, Sébastien (service client)",
    attached=("Hugo Lambert <hugo.lambert@mail-zone.example>", "SMS publicitaires ???",
              "Bonjour,\n\nJe reçois depuis un mois des SMS de promotions Acme alors que je n'ai jamais donné mon numéro "
              "de portable. D'où le tenez-vous ? Et arrêtez de m'envoyer ces SMS s'il vous plaît.\n\nHugo Lambert\n"))

add("fr-20-resultats-audiometrie-qp",
    "Françoise Méric <francoise.meric@sud-mail.example>",
    "Demande de mes résultats d'audiogramme",
    """Madame, Monsieur,

J'ai passé un test auditif dans votre centre de Montpellier en septembre. Je souhaiterais obtenir
une copie de mes résultats (audiogramme) et de tout ce qui a été noté dans mon dossier à cette
occasion, pour le montrer à mon médecin ORL.

Avec mes remerciements,
Françoise Méric
""",
    R(["Access"], "francoise.meric@sud-mail.example", "Françoise", "Méric"),
    encode="latin-1-qp", ct=LATIN1)

add("fr-21-tache-aipd-crm",
    "Camille Roche <camille.roche@acme-corp.example>",
    "AIPD nouveau CRM magasins",
    """Bonjour,

Nous lançons le projet de remplacement du CRM des magasins (prestataire retenu : NovaCRM, hébergement
annoncé en Irlande). Le comité projet demande une analyse d'impact (AIPD) avant la mise en production
prévue en mars, ainsi que la revue du questionnaire sécurité du prestataire.

Pouvez-vous me dire qui chez vous prend le sujet et quels documents vous faut-il ?

Merci,
Camille Roche
Cheffe de projet SI
""",
    TASK("camille.roche@acme-corp.example", "Camille", "Roche"))

add("fr-22-tache-formation-vendeurs",
    "Julien Mercier <julien.mercier@acme-corp.example>",
    "Formation RGPD pour les nouveaux vendeurs",
    """Bonjour,

Nous accueillons 35 vendeurs saisonniers pour les fêtes dans la région Sud-Est. Serait-il possible
d'organiser une courte session de sensibilisation RGPD (30 min en visio) avant le 1er décembre, en
particulier sur la collecte des données à l'ouverture de la carte Acme ?

Cordialement,
Julien Mercier
Responsable formation régional
""",
    TASK("julien.mercier@acme-corp.example", "Julien", "Mercier"))

add("fr-23-tache-registre-fidelite",
    "Inès Bouchard <ines.bouchard@acme-corp.example>",
    "Mise à jour registre - nouveau programme fidélité",
    """Bonjour à tous,

Le nouveau programme « Acme & Moi » démarre le 15 janvier (cagnotte, offres anniversaire, partenariat
avec une enseigne de jardinage). Il faudrait mettre à jour la fiche du registre des traitements et
relire les mentions d'information du formulaire d'inscription. Je vous envoie les maquettes en suivant.

Inès Bouchard
Marketing CRM
""",
    TASK("ines.bouchard@acme-corp.example", "Inès", "Bouchard"))

add("fr-24-inc-ordonnance-mauvaise-adresse",
    "Manon Girard <manon.girard@acme-corp.example>",
    "Erreur d'envoi - ordonnance client",
    """Bonjour,

Je dois vous signaler une erreur : hier j'ai envoyé par courrier les lunettes et la copie de
l'ordonnance de Mme Colette Arnaud à un autre client, M. Arnaud (même nom, adresse différente). Il nous
a appelés ce matin pour nous prévenir. Le colis contenait l'ordonnance, le devis avec la prise en
charge mutuelle et son numéro de sécurité sociale.

Que dois-je faire ?

Manon Girard
Acme Optique Nantes
""",
    INC("manon.girard@acme-corp.example", "Manon", "Girard"))

add("fr-25-inc-espace-client-autre",
    "Olivier Brun <olivier.brun@mail-ouest.example>",
    "Je vois les commandes de quelqu'un d'autre",
    """Bonjour,

En me connectant à mon espace client ce soir, je suis tombé sur les commandes, l'adresse et le
téléphone d'une certaine Sandrine M., à Angers. Je n'ai rien touché et je me suis déconnecté. Je pense
que c'est grave, il faudrait que vous regardiez. Et je me demande qui voit mes informations à moi !

Olivier Brun
""",
    INC("olivier.brun@mail-ouest.example", "Olivier", "Brun"))

add("fr-26-inc-telephone-perdu",
    "Kevin Morel <kevin.morel@acme-corp.example>",
    "perte téléphone pro",
    "Bonjour, j'ai perdu mon téléphone professionnel dans le tram hier soir (Samsung, pas de code je crois). Il y a la messagerie pro dessus et le carnet de RDV des poses de la semaine avec les coordonnées clients. Kevin Morel, poseur équipe Grenoble\n",
    INC("kevin.morel@acme-corp.example", "Kevin", "Morel"))

add("fr-27-relance-dsr",
    "Patricia Colin <patricia.colin@mail-centre.example>",
    "RE: [DSR-52209] Accusé de réception de votre demande",
    """Bonjour,

Je reviens vers vous car je n'ai toujours rien reçu depuis cet accusé de réception il y a un mois et
demi. Pouvez-vous me dire où en est ma demande ?

Patricia Colin

> Nous avons bien reçu votre demande, enregistrée sous la référence DSR-52209.
""",
    FU("52209", "patricia.colin@mail-centre.example", "Patricia", "Colin"))

add("fr-28-suite-directives",
    "Étienne Roussel <etienne.roussel@wanadoo-mail.example>",
    "Re: Mes données après mon décès",
    """Bonjour,

Pour compléter mon message de la semaine dernière : l'adresse de mon fils Pierre est
pierre.roussel@mail-bretagne.example. Je n'ai pas encore eu de réponse.

Étienne Roussel
""",
    FU(ref("fr-04-directives-apres-deces"), "etienne.roussel@wanadoo-mail.example", "Étienne", "Roussel"),
    headers=irt("fr-04-directives-apres-deces"))

add("fr-29-spam-mise-en-conformite",
    "Service Conformité RGPD <contact@conformite-rgpd-express.example>",
    "URGENT : votre site n'est pas conforme au RGPD - amende jusqu'à 20 millions",
    """Madame, Monsieur,

Suite à un contrôle automatisé, votre site acme-corp.example présente 12 manquements au RGPD
(bannière cookies, registre absent, données personnelles non protégées).

Pour éviter une sanction, souscrivez avant vendredi à notre pack de mise en conformité à 490 € HT :
https://conformite-rgpd-express.example/pack

Pour ne plus recevoir nos messages et faire supprimer vos données, répondez STOP.
""",
    IGN("spam", "contact@conformite-rgpd-express.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="conformite-rgpd-express.example")])

add("fr-30-spam-heritage",
    "Me Antoine Kouassi <antoine.kouassi.notaire@free-mail.example>",
    "Succession non réclamée - votre nom",
    """Bonjour,

Je suis notaire et je vous contacte au sujet d'une succession de 3 850 000 euros laissée par un client
décédé sans héritier et portant le même nom que vous. Je vous propose d'en partager le montant.

Merci de me répondre en toute confidentialité avec vos nom, adresse, numéro de téléphone et copie de
pièce d'identité.
""",
    IGN("spam", "antoine.kouassi.notaire@free-mail.example"), headers=SPAM_HDR)

add("fr-31-absence",
    "Sylvie Lemaire <sylvie.lemaire@cabinet-lemaire.example>",
    "Réponse automatique : Absence du bureau",
    """Bonjour,

Je suis absente jusqu'au 30 novembre inclus. Votre message ne sera pas transféré. Pour toute urgence,
merci de contacter le secrétariat au 01 23 45 67 89.

Sylvie Lemaire
""",
    IGN("auto_reply", "sylvie.lemaire@cabinet-lemaire.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-32-lettre-info",
    "La Lettre Données & Droit <lettre@donnees-droit.example>",
    "La Lettre n°88 : cookies, prospection et sanctions récentes",
    html("<b>La Lettre Données &amp; Droit</b> - n°88",
         "Au sommaire : les nouvelles lignes directrices sur la prospection commerciale, trois sanctions contre "
         "des enseignes de distribution, et notre dossier sur la durée de conservation des données clients.",
         "Vous recevez cette lettre car vous y êtes abonné. <a href='https://donnees-droit.example/desabo'>Se désabonner</a>"),
    IGN("bulk", "lettre@donnees-droit.example"), ct=HTML,
    headers=["List-Id: <lettre.donnees-droit.example>",
             "List-Unsubscribe: <mailto:desabo@donnees-droit.example>",
             "Precedence: bulk"])
