from common import *  # part fr: written blind

add("fr-01-ce-que-vous-avez", "nb75@mailfr.example", "info",
    "bonjour je voudrais savoir tout ce que vous avez comme infos sur moi dans vos fichiers merci\nNadia\n",
    R(["Access"], "nb75@mailfr.example", "Nadia", None))

add("fr-02-lettre-art15-prospection", "Jean-Baptiste Lefèvre-Durand <jb.lefevre-durand@courriel.example>",
    "Exercice de mes droits - articles 15 et 21 du RGPD",
    """Madame, Monsieur,

Titulaire de la ligne mobile 06 12 34 56 78 et d'un abonnement fibre à mon domicile
(12 rue des Tanneurs, 67000 Strasbourg), je vous prie, en application de l'article 15 du
Règlement (UE) 2016/679, de bien vouloir me communiquer l'ensemble des données à caractère
personnel me concernant que vous détenez : données d'identification, historique de facturation,
relevés détaillés de communications, notes du service client et enregistrements d'appels le cas
échéant.

Par ailleurs, sur le fondement de l'article 21, je m'oppose à toute utilisation de mes
coordonnées à des fins de prospection commerciale, qu'il s'agisse de SMS, de courriels ou
d'appels téléphoniques, y compris pour le compte de vos partenaires.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre à la présente demande.
À défaut, je me réserve le droit de saisir la CNIL.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Baptiste Lefèvre-Durand
""",
    R(["Access", "Opposition"], "jb.lefevre-durand@courriel.example", "Jean-Baptiste", "Lefèvre-Durand"))

add("fr-03-preventel", "Karima Benali <karima.benali@webfr.example>", "Inscription au fichier Préventel - dette réglée",
    """Bonjour,

Je vous écris parce que je n'en peux plus. L'an dernier j'ai eu un litige avec vous pour une
box internet que j'avais renvoyée et que vous disiez ne jamais avoir reçue. Après des mois
d'appels, j'ai fini par payer les 189 euros pour avoir la paix, le 4 septembre (virement,
j'ai le justificatif).

Hier j'ai voulu prendre un forfait chez un autre opérateur et on m'a refusé parce que je
suis inscrite au fichier Préventel, à cause de VOUS. La dette est soldée depuis plus de deux
mois. Je demande donc la suppression de mon inscription dans ce fichier sans délai, ainsi que
de toutes les données liées à ce prétendu impayé.

Franchement c'est honteux de traiter les clients comme ça. Si rien n'est fait je saisis la CNIL
et le médiateur des communications électroniques.

Karima Benali
07 98 76 54 32
""",
    R(["Erasure"], "karima.benali@webfr.example", "Karima", "Benali"))

add("fr-04-directives-post-mortem", "Geneviève Marchal <genevieve.marchal@wanadoo-like.example>", "Mes données après mon décès",
    """Bonjour,

J'ai 78 ans et je mets mes affaires en ordre. J'ai lu que l'on pouvait donner des
instructions sur ce que deviennent ses données personnelles après son décès.

Je souhaite qu'à mon décès mon fils, Thomas Marchal, soit la personne chargée de ces
questions chez vous, et que mon compte client ainsi que mes données soient ensuite
supprimés. Pouvez-vous enregistrer ces directives et me dire comment faire si je dois
remplir un formulaire ?

Je vous remercie par avance.
Geneviève Marchal
""",
    R(["AdvanceDirectives"], "genevieve.marchal@wanadoo-like.example", "Geneviève", "Marchal"))

add("fr-05-fils-mere-decedee", "Philippe Rousseau <ph.rousseau@laposte-like.example>", "Décès de ma mère - clôture et suppression",
    """Madame, Monsieur,

Ma mère, Mme Odette Rousseau, est décédée le 12 octobre dernier. Elle était cliente chez vous
(ligne fixe et box, contrat n° 88 44 120). Je suis son fils et son seul héritier.

Je vous demande de résilier son contrat et d'effacer ses données personnelles de vos fichiers.
Vous trouverez ci-joint l'acte de décès et une attestation du notaire.

Cordialement,
Philippe Rousseau
""",
    R(["Erasure"], "ph.rousseau@laposte-like.example", "Odette", "Rousseau", representative="Philippe Rousseau"))

add("fr-06-nom-mal-ecrit", "Anne-Sophie Le Brun <as.lebrun@mailfr.example>", "Erreur sur mon nom et ma date de naissance",
    """Bonjour,

Sur mes factures et dans l'appli, mon nom apparaît « Lebrun » en un seul mot alors que c'est
« Le Brun », en deux mots. Et ma date de naissance est enregistrée au 03/07/1985 au lieu du
07/03/1985 (inversion jour/mois je suppose). Ça pose problème pour la vérification d'identité
en boutique. Merci de corriger les deux.

Anne-Sophie Le Brun
""",
    R(["Rectification"], "as.lebrun@mailfr.example", "Anne-Sophie", "Le Brun"))

add("fr-07-arretez-appels", "Gérard Fontaine <gerard.fontaine@orange-like.example>", "DEMARCHAGE",
    "ARRETEZ DE M APPELER POUR LA FIBRE !!! JE SUIS DEJA CLIENT CHEZ VOUS ET CA FAIT 4 APPELS CETTE SEMAINE. RAYEZ MON NUMERO DE VOS LISTES\nG. FONTAINE\n",
    R(["Opposition"], "gerard.fontaine@orange-like.example", "Gérard", "Fontaine"))

add("fr-08-geler-recouvrement", "Mathieu Nkoulou <mathieu.nkoulou@courriel.example>", "Contestation facture - gel de mes données",
    """Bonjour,

Je conteste la facture de résiliation de 240 € (dossier réclamation R-559021). Je n'ai jamais
signé le réengagement de 24 mois que vous invoquez.

En attendant que votre service réclamations vérifie la signature, je vous demande de limiter
l'utilisation de mes données : pas de transmission à une société de recouvrement, pas
d'inscription dans un fichier d'impayés. Gardez-les le temps de l'enquête mais n'en faites rien
d'autre.

Cordialement
Mathieu Nkoulou
""",
    R(["Restriction"], "mathieu.nkoulou@courriel.example", "Mathieu", "Nkoulou"))

add("fr-09-export-puis-suppression", "Élodie Vasseur <elodie.vasseur@mailfr.example>", "récupérer mes données avant de partir",
    """Bonjour

Je change d'opérateur à la fin du mois (j'ai déjà mon RIO, pas besoin). Je voudrais récupérer
l'historique de mes consommations et de mes factures dans un fichier exploitable (CSV, Excel,
peu importe) pour le transmettre à mon nouvel opérateur. Et une fois que c'est fait, merci de
supprimer mon compte et mes données.

Bonne journée
Élodie
""",
    R(["Portability", "Erasure"], "elodie.vasseur@mailfr.example", "Élodie", "Vasseur"))

add("fr-10-code-rio", "Yannick Le Goff <y.legoff@breizhmail.example>", "code rio",
    "Bonjour, comment je fais pour avoir mon code RIO ? le 3179 ne marche pas depuis l'étranger. Merci. Yannick Le Goff\n",
    R(["Unknown"], "y.legoff@breizhmail.example", "Yannick", "Le Goff"))

add("fr-11-box-pas-livree-html", "Fatoumata Diallo <fatou.diallo@webfr.example>", "Box non reçue",
    html("Bonjour,",
         "J'ai commandé une box fibre le 2 novembre, commande n° <b>CMD-7712093</b>, et je n'ai toujours rien reçu. "
         "Le suivi dit « livrée » mais personne n'a sonné.",
         "Pouvez-vous faire quelque chose ?",
         "Fatoumata Diallo"),
    R(["Unknown"], "fatou.diallo@webfr.example", "Fatoumata", "Diallo"), ct=HTML)

add("fr-12-refus-financement", "Sébastien Muller <seb.muller@alsacemail.example>", "Refus paiement en 24 fois",
    """Bonjour,

J'ai voulu acheter un téléphone en paiement en 24 fois sur votre site, et j'ai eu un refus
immédiat, sans explication. Visiblement c'est un algorithme qui décide. Je suis en CDI depuis
11 ans, jamais d'incident de paiement.

Je demande qu'une personne réexamine ma demande, et je conteste ce refus automatique.

Sébastien Muller
""",
    R(["AutomatedDecision"], "seb.muller@alsacemail.example", "Sébastien", "Muller"))

add("fr-13-piece-identite-boutique", "Inès Bouchard <ines.bouchard@courriel.example>", "Question sur la copie de ma carte d'identité",
    """Bonjour,

En boutique à Lyon Part-Dieu, le vendeur a scanné ma carte d'identité pour ouvrir ma ligne.
Pourquoi avez-vous besoin d'une copie complète ? Combien de temps la conservez-vous et qui
peut la consulter ? Je voudrais simplement comprendre.

Merci
Inès Bouchard
""",
    R(["Information"], "ines.bouchard@courriel.example", "Inès", "Bouchard"))

add("fr-14-ex-conjoint-fadettes", "Laetitia Morel <laetitia.morel@mailfr.example>", "Mon ex a accès à mes infos ???",
    """Bonjour,

Je vais essayer d'être claire mais c'est compliqué. J'ai été en couple pendant 6 ans avec
quelqu'un qui gérait tous nos abonnements, dont ma ligne mobile chez vous. On s'est séparés en
mars, ça s'est mal passé, j'ai porté plainte pour harcèlement. J'ai changé le mot de passe de
mon espace client en avril.

Le problème c'est qu'il connaît des choses qu'il ne devrait pas savoir : à qui j'ai téléphoné,
où j'étais certains soirs. Je me demande s'il a encore accès à mon compte d'une manière ou
d'une autre, ou s'il a appelé votre service client en se faisant passer pour moi.

Je vous demande de me transmettre toutes les données que vous avez sur moi, y compris
l'historique des connexions à mon espace client (dates, adresses IP) et la liste des appels au
service client concernant ma ligne depuis mars, avec ce qui a été dit ou modifié. Mon avocate
en aura besoin.

Merci de traiter ça sérieusement.
Laetitia Morel
06 45 32 18 90
""",
    R(["Access"], "laetitia.morel@mailfr.example", "Laetitia", "Morel"))

add("fr-15-latin1-supprimer-newsletter", "François Pérez <francois.perez@vieuxmail.example>", "Suppression de mon compte",
    """Bonjour,

Je ne suis plus client depuis l'été. Merci de supprimer mon compte et toutes mes données,
et surtout d'arrêter de m'envoyer vos newsletters et « offres de retour » chaque semaine.

François Pérez
Envoyé de mon iPad
""",
    R(["Erasure", "Opposition"], "francois.perez@vieuxmail.example", "François", "Pérez"), ct=LATIN1, encode="latin-1")

add("fr-16-avocat-bornage", "Maître Claire Dubois-Lambert <c.dubois-lambert@avocats-lyon.example>",
    "Demande de communication de données - M. Rachid El Amrani",
    """Madame, Monsieur le Délégué à la protection des données,

Je suis le conseil de M. Rachid El Amrani, titulaire de la ligne 06 77 88 99 00, dont vous
trouverez ci-joint le mandat ainsi que la copie de la pièce d'identité.

Au nom de mon client et en application de l'article 15 du RGPD, je vous prie de me communiquer
l'ensemble des données personnelles le concernant, et notamment les données de localisation
(bornage) de sa ligne pour la nuit du 14 au 15 août 2026.

Je vous prie de croire, Madame, Monsieur, en l'assurance de mes salutations distinguées.

Claire Dubois-Lambert
Avocate au Barreau de Lyon
04 72 00 00 00

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""",
    R(["Access"], "c.dubois-lambert@avocats-lyon.example", "Rachid", "El Amrani", representative="Claire Dubois-Lambert"))

add("fr-17-partenaires-opposition", "Thibault de La Roche-Aymon <thibault.delaroche@chateaumail.example>", "transmission de mes données à des partenaires",
    """Bonjour,

Depuis que j'ai souscrit chez vous, je reçois des appels d'assureurs et de fournisseurs
d'énergie qui connaissent mon nom et mon numéro. À quels partenaires transmettez-vous les
données de vos abonnés, et sur quelle base ? Par ailleurs je m'oppose à toute transmission
future de mes coordonnées à des tiers à des fins commerciales.

Th. de La Roche-Aymon
""",
    R(["Information", "Opposition"], "thibault.delaroche@chateaumail.example", "Thibault", "de La Roche-Aymon"))

add("fr-18-boutique-transfert-cni", "Kevin Lemaire <kevin.lemaire@acme-corp.example>", "TR: copie de ma carte d'identité",
    """Bonjour l'équipe DPO,

Une cliente m'a envoyé ce mail sur l'adresse de la boutique de Nantes. Je vous le transfère,
je ne sais pas quoi lui répondre.

Kevin Lemaire
Responsable boutique Nantes Centre

-------- Message transféré --------
De : Aurélie Chevalier <aurelie.chevalier@webfr.example>
Date : 13/11/2026 17:44
À : boutique.nantes@acme-corp.example
Objet : copie de ma carte d'identité

Bonjour,
Lors de mon passage samedi, votre collègue a photocopié ma carte d'identité recto verso pour
un simple changement de carte SIM. Je ne suis pas d'accord : je veux que cette copie soit
détruite et effacée de vos systèmes.
Aurélie Chevalier
""",
    R(["Erasure"], "aurelie.chevalier@webfr.example", "Aurélie", "Chevalier"))

add("fr-19-piecejointe-geoloc", "Service Client N2 <sc.niveau2@acme-corp.example>", "TR: retrait consentement localisation",
    "",
    R(["Opposition"], "bernard.lacroix@courriel.example", "Bernard", "Lacroix"),
    attached=("Bernard Lacroix <bernard.lacroix@courriel.example>", "retrait consentement localisation",
              """Bonjour,

J'avais accepté dans l'appli que ma position soit utilisée pour les "bons plans à proximité".
Je retire ce consentement, je ne veux plus que ma localisation serve à ça.

Bernard Lacroix
"""),
    note="Bonjour, demande client reçue au service client, à traiter par vos soins (retrait de consentement). Merci. Sophie - SC niveau 2")

add("fr-20-relance-dsr", "Jacqueline Ferreira <jacqueline.ferreira@mailfr.example>", "RE: Accusé de réception de votre demande [DSR-30877]",
    """Bonjour,

Je n'ai toujours rien reçu alors que le délai d'un mois est dépassé depuis une semaine.
Où en est ma demande ?

Jacqueline Ferreira

-----Message d'origine-----
De : privacy@acme-corp.example
Objet : Accusé de réception de votre demande [DSR-30877]
Votre demande a bien été enregistrée sous la référence DSR-30877.
""",
    FU("30877", "jacqueline.ferreira@mailfr.example", "Jacqueline", "Ferreira"))

add("fr-21-karima-justificatif", "Karima Benali <karima.benali@webfr.example>", "RE: Inscription au fichier Préventel - dette réglée",
    """Re bonjour,

Comme promis voici le justificatif du virement du 4 septembre (en pièce jointe). Merci de me
confirmer quand l'inscription sera levée.

Karima Benali
""",
    FU(ref("fr-03-preventel"), "karima.benali@webfr.example", "Karima", "Benali"),
    headers=irt("fr-03-preventel"))

add("fr-22-tache-sous-traitant-maroc", "Camille Roussel <camille.roussel@acme-corp.example>", "Revue contrat centre d'appels Casablanca",
    """Bonjour,

Les achats renouvellent le contrat avec le prestataire de centre d'appels de Casablanca
(avenant pour la relance des impayés). Il faudrait que vous relisiez les clauses de
sous-traitance et la partie transfert hors UE avant signature, prévue le 30/11.

Merci !
Camille Roussel
Juriste contrats - Direction juridique
""",
    TASK("camille.roussel@acme-corp.example", "Camille", "Roussel"))

add("fr-23-tache-formation-boutiques", "Olivier Tran <olivier.tran@acme-corp.example>", "formation rgpd conseillers",
    """Salut,

Suite aux remontées sur les photocopies de pièces d'identité en boutique, la direction réseau
voudrait une session de sensibilisation RGPD pour les conseillers (1h, en visio, janvier).
Vous pourriez préparer un support ? Je m'occupe des inscriptions.

Olivier Tran
RH - Formation réseau
""",
    TASK("olivier.tran@acme-corp.example", "Olivier", "Tran"))

add("fr-24-tache-registre-crm", "Sandrine Perrin <sandrine.perrin@acme-corp.example>", "Registre des traitements - nouveau CRM",
    """Bonjour,

La bascule vers le nouveau CRM est prévue le 15 janvier. Pouvez-vous mettre à jour la fiche
du registre (finalités, durées de conservation, sous-traitant hébergeur) ? Je vous envoie le
dossier d'architecture.

Sandrine Perrin
Cheffe de projet SI
""",
    TASK("sandrine.perrin@acme-corp.example", "Sandrine", "Perrin"))

add("fr-25-inc-fichier-impayes", "Julien Marchand <julien.marchand@acme-corp.example>", "Erreur d'envoi - fichier clients",
    """Bonjour,

Ce matin j'ai envoyé par erreur le fichier des impayés du mois (environ 2 300 clients : noms,
numéros, montants dus) à une adresse externe, un homonyme de notre contact chez le cabinet de
recouvrement. Je lui ai demandé de supprimer le mail mais pas de réponse pour l'instant.

Que dois-je faire ?
Julien Marchand
Service Recouvrement
""",
    INC("julien.marchand@acme-corp.example", "Julien", "Marchand"))

add("fr-26-inc-courrier-voisin", "Martine Gauthier <martine.gauthier@courriel.example>", "courrier reçu pour une autre personne",
    """Bonjour, j'ai reçu dans ma boîte aux lettres une lettre de relance à votre en-tête adressée
à un M. Dupuis, avec son numéro de client, son numéro de portable et le montant qu'il vous
doit. Ce n'est pas mon adresse à lui, c'est bien la mienne sur l'enveloppe. Je préfère vous
prévenir.
Martine Gauthier
""",
    INC("martine.gauthier@courriel.example", "Martine", "Gauthier"))

add("fr-27-inc-telephone-perdu", "Nicolas Fabre <nicolas.fabre@acme-corp.example>", "Smartphone pro perdu",
    """Bonjour,

J'ai perdu mon smartphone professionnel hier soir dans le TGV Paris-Bordeaux. L'appli CRM
était connectée (accès aux fiches clients de la zone Sud-Ouest). Le téléphone avait un code à
4 chiffres. J'ai prévenu le support informatique pour l'effacement à distance.

Nicolas Fabre
Commercial entreprises
""",
    INC("nicolas.fabre@acme-corp.example", "Nicolas", "Fabre"))

add("fr-28-spam-audit-rgpd", "Conformité Express <contact@conformite-express.example>", "Votre entreprise est-elle en règle avec le RGPD ?",
    """Bonjour,

Amende CNIL jusqu'à 4 % du chiffre d'affaires ! Notre audit GRATUIT identifie en 48h les
données personnelles à supprimer et protège votre entreprise.

Offre limitée : -50 % sur notre pack DPO externalisé.
Répondez OUI pour être rappelé.

Pour ne plus recevoir nos messages, cliquez ici.
""",
    IGN("spam", "contact@conformite-express.example"), headers=SPAM_HDR)

add("fr-29-spam-heritage", "Maître Jean-Claude Kouassi <jc.kouassi.notaire@freemail.example>", "Héritage non réclamé - CONFIDENTIEL",
    """Cher(e) bénéficiaire,

Je suis notaire à Abidjan. Un de mes clients, décédé sans héritier, a laissé la somme de
8 500 000 EUR. Vous portez le même nom. Pour protéger vos données personnelles, cette
transaction doit rester strictement confidentielle. Envoyez-moi votre nom complet, adresse et
numéro de téléphone pour débuter la procédure.

Maître Kouassi
""",
    IGN("spam", "jc.kouassi.notaire@freemail.example"))

add("fr-30-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Undelivered Mail Returned to Sender",
    "", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("fr-31-reponse-auto", "Dominique Henry <dominique.henry@entreprise-x.example>", "Réponse automatique : Votre demande d'information",
    """Bonjour,

Je suis absent du bureau jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter
mon collègue à l'adresse accueil@entreprise-x.example.

Cordialement,
Dominique Henry
""",
    IGN("auto_reply", "dominique.henry@entreprise-x.example"), headers=["Auto-Submitted: auto-replied"])
