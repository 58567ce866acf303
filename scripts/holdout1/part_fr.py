# Held-out set holdout1, French messages. Written blind.
from common import add, R, IGN, INC, TASK, FU, AUTH, SPAM_HDR, HTML, html, LATIN1, CP1252

# ---------------------------------------------------------------- requests

add("fr-01-supprimer-sans-accents", "DUPONT Jean <jean.dupont@orange.example>", "compte",
    "bonjour je veux que vous supprimiez mon compte et toutes mes donnees merci\n",
    R(["Erasure"], "jean.dupont@orange.example", "Jean", "Dupont"))

add("fr-02-droit-acces-formel", "Catherine Lemaire <catherine.lemaire@free.example>", "Demande d'accès à mes données personnelles",
    """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je
vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me
concernant que vous détenez, ainsi que les finalités des traitements, les destinataires et la
durée de conservation.

Je suis titulaire de l'abonnement mobile associé au numéro 06 12 55 43 21.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre à cette demande.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Catherine Lemaire
12 rue des Tanneurs
67000 Strasbourg
""",
    R(["Access"], "catherine.lemaire@free.example", "Catherine", "Lemaire"))

add("fr-03-colere-box-appels", "Gérard Fontaine <gerard.fontaine@wanadoo.example>", "Inadmissible",
    """Bonjour,

Cela fait maintenant trois semaines que ma box ne fonctionne plus correctement. J'ai appelé
votre service client à SEPT reprises, à chaque fois on me demande de débrancher et
rebrancher, comme si je n'y avais pas pensé. Le technicien qui devait passer le jeudi 5 n'est
jamais venu, personne ne m'a prévenu, j'ai pris une demi-journée de congé pour rien.

Et pendant ce temps-là, le comble : je reçois des appels de vos commerciaux pour me proposer
l'option TV ! Je m'oppose formellement à ce que vous m'appeliez pour me vendre quoi que ce soit,
retirez mon numéro de vos listes de prospection.

Je veux aussi un geste commercial pour les semaines sans internet.

Gérard Fontaine
Client n° 2201987
""",
    R(["Opposition"], "gerard.fontaine@wanadoo.example", "Gérard", "Fontaine"))

add("fr-04-demenagement-adresse", "Nadia Benali <nadia.benali@gmail.example>", "changement d'adresse",
    """Bonjour,

J'ai déménagé, pouvez-vous mettre à jour mon adresse postale sur mon compte svp ?
Nouvelle adresse : 4 allée des Platanes, 44300 Nantes.
Mon ancienne adresse apparaît toujours sur mes factures.

Merci
Nadia Benali
""",
    R(["Rectification"], "nadia.benali@gmail.example", "Nadia", "Benali"))

add("fr-05-directives-post-mortem", "Bernard Roussel <b.roussel@laposte.example>", "Directives concernant mes données après mon décès",
    """Madame, Monsieur,

Conformément à l'article 85 de la loi Informatique et Libertés, je souhaite vous transmettre
mes directives particulières relatives à la conservation, à l'effacement et à la communication
de mes données personnelles après mon décès.

Je désigne ma fille, Mme Hélène Roussel, pour exécuter ces directives. Je souhaite qu'à mon
décès mon compte client soit clôturé et que mes données soient effacées, à l'exception des
factures que vous devez légalement conserver.

Je vous remercie d'enregistrer ces directives et de m'en accuser réception.

Bernard Roussel
""",
    R(["AdvanceDirectives"], "b.roussel@laposte.example", "Bernard", "Roussel"))

add("fr-06-deces-mere", "Isabelle Garnier <isabelle.garnier@sfr.example>", "Décès de ma mère - clôture",
    """Bonjour,

Ma mère, Mme Monique Garnier, est décédée le 2 novembre. Elle avait une ligne fixe et internet
chez vous (n° client 88120455). Je suis sa fille et héritière.

Je vous demande de résilier son abonnement et de supprimer ses données personnelles. Je peux
vous envoyer l'acte de décès.

Cordialement,
Isabelle Garnier
""",
    R(["Erasure"], "isabelle.garnier@sfr.example", "Monique", "Garnier", representative="Isabelle Garnier"))

add("fr-07-exercer-droits", "Yannick Le Goff <yannick.legoff@orange.example>", "RGPD",
    "Bonjour,\n\nJe souhaite exercer mes droits au titre du RGPD. Merci de me dire comment faire.\n\nY. Le Goff\n",
    R(["Unknown"], "yannick.legoff@orange.example", "Yannick", "Le Goff"))

add("fr-08-sms-majuscules", "<kevin.morel59@hotmail.example>", "SMS",
    "ARRETEZ DE M ENVOYER DES SMS PUBLICITAIRES TOUS LES JOURS !!! JE N AI JAMAIS DONNE MON ACCORD\n\nKevin Morel\n",
    R(["Opposition"], "kevin.morel59@hotmail.example", "Kevin", "Morel"))

add("fr-09-portabilite-art20", "Sandrine Aubert <sandrine.aubert@proton.example>", "Portabilité de mes données (article 20)",
    """Bonjour,

Attention, il ne s'agit pas de la portabilité de mon numéro (j'ai déjà mon RIO).

Je vous demande, au titre de l'article 20 du RGPD, de me transmettre les données que je vous ai
fournies et mon historique de consommation dans un format structuré et lisible par machine
(CSV ou JSON), afin de les transmettre à mon nouvel opérateur.

Cordialement,
Sandrine Aubert
""",
    R(["Portability"], "sandrine.aubert@proton.example", "Sandrine", "Aubert"))

add("fr-10-paiement-refuse", "Mohamed Cherif <m.cherif@gmail.example>", "Paiement en 24 fois refusé",
    """Bonjour,

J'ai voulu acheter un téléphone avec le paiement en 24 fois sur votre site et la demande a été
refusée immédiatement, sans explication. Je suppose que c'est un algorithme qui a décidé.

Je demande qu'une personne réexamine ma demande et qu'on m'explique sur quels critères ce
refus a été décidé. J'ai un CDI et aucun incident bancaire.

Merci,
Mohamed Cherif
""",
    R(["AutomatedDecision"], "m.cherif@gmail.example", "Mohamed", "Cherif"))

add("fr-11-conservation-rib", "Aurélie Vidal <aurelie.vidal@laposte.example>", "Question sur mes coordonnées bancaires",
    """Bonjour,

J'ai résilié mon forfait en juin. Combien de temps conservez-vous mes coordonnées bancaires
(IBAN) après la résiliation ? Et sont-elles transmises à un prestataire ?

Merci pour votre réponse.
Aurélie Vidal
""",
    R(["Information"], "aurelie.vidal@laposte.example", "Aurélie", "Vidal"))

add("fr-12-acces-et-correction", "Philippe Marchand <philippe.marchand@free.example>", "Mes informations",
    """Bonjour,

Je souhaiterais obtenir une copie des informations personnelles que vous avez sur moi. Je
pense que ma date de naissance est fausse dans votre fichier (vous m'avez souhaité mon
anniversaire en mars alors que je suis né le 17 juillet 1968), merci de la corriger.

Philippe Marchand
""",
    R(["Access", "Rectification"], "philippe.marchand@free.example", "Philippe", "Marchand"))

add("fr-13-desinscription-effacement", "Léa Perrin <lea.perrin@icloud.example>", "désinscription",
    """Bonjour, merci de me désinscrire de toutes vos newsletters et d'effacer mes données de vos
fichiers. Je n'ai jamais été cliente, je ne sais même pas comment vous avez eu mon adresse.

Léa Perrin

Envoyé de mon iPhone
""",
    R(["Opposition", "Erasure"], "lea.perrin@icloud.example", "Léa", "Perrin"))

add("fr-14-avocat-client", "Maître Antoine Delorme <a.delorme@delorme-avocats.example>", "M. Julien Bertrand - demande de communication de données",
    """Madame, Monsieur,

Je vous informe intervenir en qualité de conseil de Monsieur Julien Bertrand, demeurant 8 place
Bellecour, 69002 Lyon, titulaire d'un contrat fibre résilié le 30 septembre 2026.

Mon client entend exercer son droit d'accès tel que prévu par l'article 15 du RGPD. Je vous
remercie de bien vouloir me communiquer l'intégralité des données le concernant, y compris les
enregistrements de ses échanges téléphoniques avec votre service client.

Vous trouverez ci-joint le mandat signé par mon client.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Antoine Delorme
Avocat au Barreau de Lyon
""",
    R(["Access"], "a.delorme@delorme-avocats.example", "Julien", "Bertrand", representative="Antoine Delorme"))

add("fr-15-fille-mineure", "Valérie Chevalier <valerie.chevalier@orange.example>", "Compte de ma fille mineure",
    """Bonjour,

Ma fille Manon Chevalier, 15 ans, a créé un compte sur votre boutique en ligne et reçoit
maintenant vos publicités par mail et SMS. Elle est mineure et je n'ai pas donné mon accord.
En tant que représentante légale, je vous demande de supprimer son compte et toutes ses données.

Valérie Chevalier
""",
    R(["Erasure"], "valerie.chevalier@orange.example", "Manon", "Chevalier", representative="Valérie Chevalier"))

add("fr-16-inexact-limitation", "Thierry Caron <thierry.caron@bbox.example>", "Données inexactes - demande de limitation",
    """Madame, Monsieur,

Vous m'avez inscrit comme débiteur d'une facture de 189 EUR correspondant à une ligne que je
n'ai jamais souscrite. Les données associées à cette ligne (adresse, date de naissance) ne sont
d'ailleurs pas les miennes.

Je vous demande de rectifier ces informations et, le temps de la vérification, de limiter le
traitement de mes données (article 18 du RGPD) : aucune relance, aucune transmission à une
société de recouvrement.

Thierry Caron
""",
    R(["Rectification", "Restriction"], "thierry.caron@bbox.example", "Thierry", "Caron"))

add("fr-17-transfert-message-origine", "Émilie Roux <emilie.roux@acme-corp.example>", "TR: demande client",
    """Bonjour l'équipe,

Reçu sur la boîte du service client, je vous laisse gérer.

Bonne journée,
Émilie

-------- Message d'origine --------
De : Patrick Henry <patrick.henry@numericable.example>
Date : 15/11/2026 19:42
À : service-client@acme-corp.example
Objet : mes données

Bonjour,
Pouvez-vous m'envoyer une copie de toutes les données que vous conservez à mon sujet ?
Merci d'avance.
Patrick Henry
""",
    R(["Access"], "patrick.henry@numericable.example", "Patrick", "Henry"))

add("fr-18-latin1-effacement", "Françoise Lebrun <francoise.lebrun@club-internet.example>", "Suppression de mes données",
    """Bonjour,

Je ne suis plus cliente depuis deux ans. Je vous prie de procéder à l'effacement complet de mes
données personnelles (nom, prénom, adresse, téléphone, historique d'achats).

Merci de me confirmer que c'est fait.

Françoise Lebrun
""",
    R(["Erasure"], "francoise.lebrun@club-internet.example", "Françoise", "Lebrun"),
    encode="latin-1", ct=LATIN1)

add("fr-19-html-partenaires", "Olivier Masson <olivier.masson@outlook.example>", "Partenaires commerciaux",
    html("Bonjour,",
         "Je reçois depuis ma commande des offres de vos &laquo; partenaires &raquo;. Je m'oppose à la "
         "transmission de mes données à des tiers à des fins commerciales et à toute prospection de votre part.",
         "Cordialement,<br>Olivier Masson"),
    R(["Opposition"], "olivier.masson@outlook.example", "Olivier", "Masson"), ct=HTML)

add("fr-20-facture-et-carte", "Julie Fabre <julie.fabre@gmail.example>", "facture + carte bancaire",
    """Bonjour,

Je ne comprends pas ma facture de novembre, il y a 9,99 EUR d'"options" que je n'ai pas
demandées. Pouvez-vous vérifier ?

Par ailleurs je voudrais que vous supprimiez la carte bancaire enregistrée sur mon compte, je ne
veux pas que mes coordonnées bancaires restent stockées chez vous.

Merci
Julie Fabre
""",
    R(["Erasure"], "julie.fabre@gmail.example", "Julie", "Fabre"))

add("fr-21-iphone-quelles-donnees", "Hugo Lambert <hugo.lambert@icloud.example>", "Question",
    "Quelles données avez-vous sur moi ? Je voudrais les recevoir.\n\nEnvoyé de mon iPhone\n",
    R(["Access"], "hugo.lambert@icloud.example", "Hugo", "Lambert"))

add("fr-22-transferts-hors-ue", "Claire Dumas <claire.dumas@laposte.example>", "Hébergement de mes données",
    """Bonjour,

Votre politique de confidentialité indique que certaines données peuvent être transférées
en dehors de l'Union européenne. Pourriez-vous préciser vers quels pays, à quels prestataires et
avec quelles garanties ? Je n'ai rien trouvé de précis.

Merci,
Claire Dumas
""",
    R(["Information"], "claire.dumas@laposte.example", "Claire", "Dumas"))

add("fr-23-plus-client", "Serge Blanchard <serge.blanchard@wanadoo.example>", "Je ne suis plus client !",
    """Bonjour

Je ne suis plus client chez vous depuis 2021 et je reçois encore votre catalogue par la poste et
vos mails. Effacez mes données une bonne fois pour toutes.

S. Blanchard
""",
    R(["Erasure"], "serge.blanchard@wanadoo.example", "Serge", "Blanchard"))

add("fr-24-famille-replyto", "Famille Moreau <famille.moreau@orange.example>", "courriers publicitaires",
    """Bonjour,

Je ne souhaite plus recevoir vos courriers publicitaires ni vos appels commerciaux. Merci de me
répondre sur mon adresse personnelle.

Christine Moreau
""",
    R(["Opposition"], "christine.moreau@gmail.example", "Christine", "Moreau"),
    headers=["Reply-To: Christine Moreau <christine.moreau@gmail.example>"])

add("fr-25-bloctel", "Alain Petitjean <alain.petitjean@sfr.example>", "Démarchage téléphonique",
    """Bonjour,

Je suis inscrit sur Bloctel et pourtant vos conseillers m'appellent régulièrement pour me
proposer un changement de forfait. Je vous demande de cesser immédiatement tout démarchage
téléphonique sur mon numéro 07 55 12 34 89.

A. Petitjean
""",
    R(["Opposition"], "alain.petitjean@sfr.example", "Alain", "Petitjean"))

add("fr-26-copie-et-export", "Camille Rivière <camille.riviere@gmail.example>", "mes données + historique",
    """Bonjour,

Est-ce que vous pouvez m'envoyer une copie de mes données personnelles, et aussi l'historique de
mes commandes sous forme de fichier exploitable (csv ou excel) que je puisse réutiliser
ailleurs ?

Merci beaucoup,
Camille Rivière
""",
    R(["Access", "Portability"], "camille.riviere@gmail.example", "Camille", "Rivière"))

add("fr-27-cp1252-court", "Rémi Gauthier <remi.gauthier@neuf.example>", "Suppression compte client n° 5512093",
    "Bonjour, merci de supprimer mon compte client n° 5512093 et les données associées. Cdt, Rémi Gauthier\n",
    R(["Erasure"], "remi.gauthier@neuf.example", "Rémi", "Gauthier"),
    encode="cp1252", ct=CP1252)

add("fr-28-date-naissance", "Sophie N'Diaye <sophie.ndiaye@gmail.example>", "Erreur date de naissance",
    """Bonjour,

Je n'arrive pas à activer ma nouvelle ligne parce que la date de naissance enregistrée sur mon
dossier (03/11/1992) ne correspond pas à celle de ma pièce d'identité (11/03/1992). Le jour et le
mois ont été inversés lors de la saisie en boutique. Merci de corriger.

Sophie N'Diaye
06 44 55 12 87
""",
    R(["Rectification"], "sophie.ndiaye@gmail.example", "Sophie", "N'Diaye"))

add("fr-29-savoir-puis-supprimer", "Marc-Antoine Giraud <ma.giraud@orange.example>", "données personnelles",
    """Bonjour,

Je souhaite savoir quelles données personnelles vous détenez me concernant et d'où elles
proviennent. Ensuite, je vous demande de les supprimer.

Marc-Antoine Giraud
""",
    R(["Access", "Erasure"], "ma.giraud@orange.example", "Marc-Antoine", "Giraud"))

add("fr-30-qp-opposition", "Élodie Brunet <elodie.brunet@laposte.example>", "Utilisation de mes données à des fins publicitaires",
    """Bonjour,

Je retire mon consentement à l'utilisation de mes données à des fins publicitaires (mails, SMS,
publicité ciblée). Merci d'en tenir compte dès à présent.

Élodie Brunet
""",
    R(["Opposition"], "elodie.brunet@laposte.example", "Élodie", "Brunet"),
    encode="latin-1-qp", ct=LATIN1)

# ---------------------------------------------------------------- ignore

add("fr-31-spam-conformite", "Conformité Express <contact@rgpd-conformite-express.example>", "Votre entreprise est-elle en règle avec le RGPD ?",
    """Madame, Monsieur,

Depuis le 25 mai 2018, toute entreprise doit traiter les demandes de suppression de données
sous 30 jours sous peine d'amende. Nos experts réalisent votre mise en conformité RGPD pour
seulement 490 EUR HT, financement OPCO possible.

Offre valable jusqu'à vendredi. Réservez votre audit gratuit : https://rgpd-conformite-express.example/audit

Pour ne plus recevoir nos messages, répondez STOP.
""",
    IGN("spam"))

add("fr-32-phish-colis", "Service Livraison <noreply@colis-suivi-fr.example>", "Votre colis est en attente - frais de douane",
    """Bonjour,

Votre colis n° FR8812004 est bloqué en centre de tri. Des frais de réexpédition de 1,99 EUR
doivent être réglés sous 48h, faute de quoi il sera retourné à l'expéditeur.

Régler maintenant : http://colis-suivi-fr.example/paiement

Service Livraison
""",
    IGN("spam"), headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="colis-suivi-fr.example")])

add("fr-33-gagnant", "Loterie Internationale <gagnant@mail-loterie.example>", "FELICITATIONS !!! Vous avez gagné 850 000 EUR",
    """Cher(e) gagnant(e),

Votre adresse e-mail a été tirée au sort lors de notre tirage international. Vous avez gagné la
somme de 850 000 EUR. Pour recevoir vos gains, veuillez envoyer vos nom, adresse, copie de
pièce d'identité et RIB à notre agent : maitre.dubois.agent@webmail.example

Frais de dossier : 250 EUR par Western Union.
""",
    IGN("spam"), headers=["Reply-To: maitre.dubois.agent@webmail.example"])

add("fr-34-spam-entete", "Promo Vins <offres@grands-crus-promo.example>", "-50% sur les grands crus ce week-end",
    """Découvrez notre sélection de grands crus à prix cassés ce week-end seulement.
Livraison offerte dès 6 bouteilles.
""",
    IGN("spam"), headers=SPAM_HDR)

add("fr-35-absence", "Nathalie Simon <nathalie.simon@cabinet-simon.example>", "Réponse automatique : Demande de pièces complémentaires",
    """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter
le secrétariat au 01 45 55 12 00.

Cordialement,
Nathalie Simon
""",
    IGN("auto_reply"))

add("fr-36-newsletter", "La Lettre Données & Droit <lettre@donnees-droit.example>", "La lettre n°87 : droit d'accès, les nouvelles lignes directrices",
    """LA LETTRE DONNÉES & DROIT - n°87

- Droit d'accès : ce que changent les nouvelles lignes directrices
- Effacement des données : une sanction record pour un opérateur
- Agenda : webinaire du 3 décembre

Se désinscrire : https://donnees-droit.example/desinscription
""",
    IGN("bulk"), headers=["List-Unsubscribe: <mailto:unsubscribe@donnees-droit.example>",
                          "Precedence: bulk"])

# ---------------------------------------------------------------- tasks

add("fr-37-task-sous-traitant", "Julien Mercier <julien.mercier@acme-corp.example>", "Contrat prestataire centre d'appels - clauses RGPD",
    """Bonjour,

Nous renouvelons le contrat avec notre centre d'appels externe à Casablanca. Le juridique m'a
demandé de vous faire relire l'annexe sur la protection des données (clauses de sous-traitance
et transfert hors UE) avant signature. Le document est sur le SharePoint Achats.

Signature prévue le 10 décembre.

Merci,
Julien Mercier
Acheteur - Direction des Achats
""",
    TASK("julien.mercier@acme-corp.example", "Julien", "Mercier"))

add("fr-38-task-registre", "Amandine Faure <amandine.faure@acme-corp.example>", "Mise à jour du registre - nouvel outil d'emailing",
    """Bonjour,

Le marketing passe sur un nouvel outil d'emailing début janvier. Il faudrait mettre à jour la
fiche du registre des traitements « Prospection commerciale » (nouveau sous-traitant, durée de
conservation des désinscrits). Je peux vous fournir les infos techniques.

Amandine Faure
Responsable CRM
""",
    TASK("amandine.faure@acme-corp.example", "Amandine", "Faure"))

add("fr-39-task-mentions", "Romain Girard <romain.girard@acme-corp.example>", "Relecture mentions d'information - formulaire parrainage",
    """Salut,

On lance un programme de parrainage sur le site (le client donne le nom et l'email d'un ami).
Pouvez-vous relire les mentions d'information sous le formulaire et nous dire si c'est ok ?
Maquette en pièce jointe. Mise en ligne visée le 1er décembre.

Romain
Chef de projet digital
""",
    TASK("romain.girard@acme-corp.example", "Romain", "Girard"))

add("fr-40-task-formation", "Karine Lopez <karine.lopez@acme-corp.example>", "Formation RGPD nouveaux conseillers",
    """Bonjour,

Nous accueillons 25 nouveaux conseillers en boutique en janvier. Serait-il possible que l'équipe
protection des données anime une session de sensibilisation RGPD d'une heure pendant leur
parcours d'intégration (semaine du 11 janvier) ?

Merci d'avance,
Karine Lopez
RH - Formation
""",
    TASK("karine.lopez@acme-corp.example", "Karine", "Lopez"))

# ---------------------------------------------------------------- incidents

add("fr-41-inc-cle-usb", "David Renard <david.renard@acme-corp.example>", "Perte clé USB",
    """Bonjour,

J'ai perdu hier une clé USB, probablement dans le train Paris-Lille. Elle contenait un export de
la base de fidélité (environ 5 000 clients : nom, email, téléphone, points). La clé n'était pas
chiffrée. Désolé.

David Renard
Marketing fidélité
""",
    INC("david.renard@acme-corp.example", "David", "Renard"))

add("fr-42-inc-cc-visible", "Pauline Colin <pauline.colin@acme-corp.example>", "Erreur d'envoi - adresses en copie",
    """Bonjour,

Ce matin, j'ai envoyé un mail d'information sur la coupure réseau à 180 clients professionnels en
mettant toutes les adresses en copie (À) au lieu de CCI. Tous les destinataires voient donc les
adresses des autres. Un client nous a déjà répondu en se plaignant.

Pauline Colin
Service clients entreprises
""",
    INC("pauline.colin@acme-corp.example", "Pauline", "Colin"))

add("fr-43-inc-rancongiciel", "Stéphane Bonnet <stephane.bonnet@acme-corp.example>", "URGENT - poste boutique Rennes chiffré",
    """Bonjour,

Le PC de caisse de la boutique de Rennes affiche un message de rançon depuis 9h, tous les
fichiers sont chiffrés (.lockbit). Le poste contient les contrats scannés des clients de la
boutique avec pièces d'identité. Nous l'avons débranché du réseau. La DSI est prévenue.

Stéphane Bonnet
Responsable boutique Rennes
""",
    INC("stephane.bonnet@acme-corp.example", "Stéphane", "Bonnet"))

add("fr-44-inc-facture-mauvais-client", "Laurence Picard <laurence.picard@acme-corp.example>", "factures envoyées aux mauvais clients",
    """Bonjour,

Suite à un bug du traitement de facturation de cette nuit, une partie des factures de novembre
a été envoyée par email au mauvais client (décalage d'une ligne dans le fichier). On estime
environ 1 200 factures concernées, avec nom, adresse, numéro de ligne et détail des
consommations. L'envoi a été stoppé à 7h30.

Laurence Picard
Responsable facturation
""",
    INC("laurence.picard@acme-corp.example", "Laurence", "Picard"))

# ---------------------------------------------------------------- follow-ups

add("fr-45-fu-relance", "Bruno Lefèvre <bruno.lefevre@free.example>", "RE: [DSR-3390] Accusé de réception de votre demande",
    """Bonjour,

Je n'ai toujours aucune réponse à ma demande de suppression envoyée il y a plus d'un mois.
Sans réponse sous 8 jours je saisirai la CNIL.

Bruno Lefèvre

-----Message d'origine-----
De : Acme Corp - Protection des données <privacy@acme-corp.example>
Objet : [DSR-3390] Accusé de réception de votre demande
Nous avons bien reçu votre demande, enregistrée sous la référence DSR-3390.
""",
    FU("3390", "bruno.lefevre@free.example", "Bruno", "Lefèvre"))

add("fr-46-fu-piece-identite", "Catherine Lemaire <catherine.lemaire@free.example>", "Re: Demande d'accès à mes données personnelles",
    """Bonjour,

Suite à votre demande, vous trouverez ci-joint la copie de ma carte d'identité.

Cordialement,
Catherine Lemaire
""",
    FU("file:h1-fr-02-droit-acces-formel.eml", "catherine.lemaire@free.example", "Catherine", "Lemaire"),
    headers=["In-Reply-To: <h1-fr-02-droit-acces-formel@mail.example.net>"])

add("fr-47-fu-precision", "Sandrine Aubert <sandrine.aubert@proton.example>", "Re: [DSR-4105] Votre demande de portabilité",
    """Bonjour,

Pour répondre à votre question : oui, je souhaite aussi l'historique de la ligne secondaire
(06 55 98 12 40), qui est à mon nom.

Merci,
Sandrine Aubert
""",
    FU("4105", "sandrine.aubert@proton.example", "Sandrine", "Aubert"))
