from common import *  # part fr: written blind

# ---------------------------------------------------------------- demandes
add("fr-01-lettre-acces-loa",
    "Bernadette Lacombe <bernadette.lacombe@courriel.example>",
    "Demande de droit d'accès - article 15 du RGPD",
    """Madame, Monsieur,

Cliente de votre groupe depuis 2021 au titre d'un contrat de location avec option d'achat (contrat n° LOA-2021-077412, Peugeot 3008), je vous prie de bien vouloir me communiquer, conformément à l'article 15 du Règlement général sur la protection des données, l'ensemble des données à caractère personnel me concernant que vous traitez.

Je souhaite notamment obtenir :
- les informations recueillies lors de l'étude de mon dossier de financement ;
- les enregistrements de mes appels au service client ;
- les données issues du boîtier connecté installé dans le véhicule.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernadette Lacombe
12 rue des Tanneurs
31000 Toulouse""",
    R(["Access"], "bernadette.lacombe@courriel.example", "Bernadette", "Lacombe"))

add("fr-02-une-ligne-suppression",
    "minou.du.75@boitemail.example",
    "supression compte",
    """supprimez mon compte amora svp merci""",
    R(["Erasure"], "minou.du.75@boitemail.example", None, None))

add("fr-03-directives-post-mortem-latin1",
    "Thérèse Le Goff <therese.legoff@bretagne-mail.example>",
    "Directives concernant mes données après mon décès",
    """Bonjour,

A 81 ans, je mets de l'ordre dans mes affaires. J'ai un compte client chez vous (j'ai acheté mes voitures à la concession de Quimper depuis plus de vingt ans) et mon petit-fils m'a aussi inscrite sur votre application d'autopartage.

Je voudrais vous laisser des directives sur ce que vous devrez faire de mes informations quand je ne serai plus là : tout effacer, sauf ce que la loi vous oblige à garder, et prévenir mon fils Yann Le Goff, que je désigne pour s'en occuper.

Pouvez-vous me dire comment faire enregistrer ces volontés chez vous ?

Avec mes remerciements,
Thérèse Le Goff""",
    R(["AdvanceDirectives"], "therese.legoff@bretagne-mail.example", "Thérèse", "Le Goff"),
    ct=LATIN1, encode="latin-1")

add("fr-04-colere-autopartage-prospection",
    "Karim Benali <karim.benali@fournisseur.example>",
    "Scandaleux !!! caution non remboursée",
    """Bonjour,

Je vous écris parce que j'en ai plus que marre. Le 12 octobre j'ai loué une Clio via AcmeShare à la gare Part-Dieu pour aller à Villeurbanne. Au retour l'appli a planté, impossible de terminer la location, j'ai appelé la hotline, 40 minutes d'attente, on m'a dit de laisser la voiture et que ce serait réglé. Résultat : on me facture 11 heures de location et on garde ma caution de 300 euros !!

J'ai envoyé trois mails au service client, aucune réponse. Sur Trustpilot je vois que je suis pas le seul.

Par contre pour m'envoyer vos pubs "Roulez malin ce week-end -20%" là vous êtes très réactifs. Je ne veux plus recevoir aucune de vos offres commerciales, ni par mail, ni par SMS, ni par notification, c'est clair ? Je m'oppose à toute prospection.

Et je veux mon remboursement. Si je n'ai rien sous 15 jours je vais voir une association de consommateurs.

Karim Benali
06 12 34 56 78""",
    R(["Opposition"], "karim.benali@fournisseur.example", "Karim", "Benali"))

add("fr-05-html-portabilite-trajets",
    "Éloïse Dufresne <eloise.dufresne@messagerie.example>",
    "Récupérer l'historique de mes trajets",
    html("Bonjour,",
         "Je change d'assurance pour une formule « au kilomètre ». Mon nouvel assureur me demande l'historique de mes kilométrages et trajets.",
         "Pourriez-vous m'exporter les données enregistrées par le boîtier Acme Connect de ma voiture (kilométrage, trajets, dates) dans un fichier exploitable, type CSV, ou directement les transmettre à l'assureur si c'est possible ?",
         "Merci d'avance,<br>Éloïse Dufresne<br>Immat. GH-412-KL"),
    R(["Portability"], "eloise.dufresne@messagerie.example", "Éloïse", "Dufresne"),
    ct=HTML)

add("fr-06-date-naissance-fautes",
    "Jean-Baptiste de La Roche <jb.delaroche@orange-like.example>",
    "erreur sur mon contrat",
    """bonjour

sur mon contrat de location longue durée il y a une erreure sur ma date de naissance, c'est le 14/03/1979 et pas 1997 !! du coup l'assurance me classe jeune conducteur et me facture une surprime. merci de corigé rapidement dans vos fichiers

JB de La Roche
contrat LLD 2025-33108""",
    R(["Rectification"], "jb.delaroche@orange-like.example", "Jean-Baptiste", "de La Roche"))

add("fr-07-pas-supprimer-photos-pub",
    "Nadège Kouassi <nadege.kouassi@mail-ci.example>",
    "Mes photos dans vos publicités ?!",
    """Bonjour,

Une amie m'a envoyé une capture d'une publicité Amora sur Instagram où l'on voit, floutée mais reconnaissable, ma photo de profil. Je n'ai jamais accepté que mes photos servent à faire votre pub.

Attention, je ne demande pas la fermeture de mon compte, j'aime bien l'appli. Je veux simplement que vous cessiez immédiatement d'utiliser mes photos à des fins publicitaires.

Cordialement,
Nadège Kouassi""",
    R(["Opposition"], "nadege.kouassi@mail-ci.example", "Nadège", "Kouassi"))

add("fr-08-curatrice-majeur-protege",
    "UDAF - Service mandataires <mjpm.lyon@udaf-asso.example>",
    "M. Gilbert Marchetti - mesure de curatelle renforcée",
    """Madame, Monsieur,

Je suis mandataire judiciaire à la protection des majeurs et j'exerce une mesure de curatelle renforcée au bénéfice de M. Gilbert Marchetti, né le 02/06/1958, selon jugement du juge des contentieux de la protection de Lyon du 4 avril 2025 (copie jointe).

Nous avons découvert que M. Marchetti a été démarché à plusieurs reprises par téléphone par votre concession de Vénissieux et a signé un bon de commande. Afin d'y voir clair, je vous remercie de me transmettre l'ensemble des informations que vous détenez le concernant (fiche client, historique des contacts, documents signés).

Je vous demande par ailleurs de cesser tout démarchage commercial à son égard, quel que soit le canal.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Sandrine Vidal
Mandataire judiciaire
UDAF du Rhône""",
    R(["Access", "Opposition"], "mjpm.lyon@udaf-asso.example", "Gilbert", "Marchetti",
      representative="Sandrine Vidal"))

add("fr-09-transfert-collegue-source-numero",
    "Olivier Mercier <olivier.mercier@acme-corp.example>",
    "TR: D'où vient mon numéro ?",
    """Bonjour l'équipe DPO,

Reçu sur la boîte de la concession de Nantes, je vous laisse gérer. Pour info on a eu son numéro via un salon auto je crois, mais je ne suis pas sûr.

Olivier Mercier
Chef des ventes - Acme Automobiles Nantes

-------- Message transféré --------
De : Fabienne Roux <fabienne.roux@webmel.example>
Date : 12/11/2026 10:14
À : nantes@acme-corp.example
Objet : D'où vient mon numéro ?

Bonjour,
Je suis appelée régulièrement par un de vos vendeurs alors que je n'ai jamais mis les pieds dans votre concession. J'aimerais savoir comment vous avez obtenu mon numéro de portable, depuis quand vous l'avez et à qui vous l'avez éventuellement communiqué.
Fabienne Roux""",
    R(["Information"], "fabienne.roux@webmel.example", "Fabienne", "Roux"))

add("fr-10-piece-jointe-carte-grise",
    "Camille Besnard <camille.besnard@acme-corp.example>",
    "Demande client à traiter",
    "",
    R(["Erasure"], "h.ndiaye@courrier.example", "Habib", "Ndiaye"),
    attached=("Habib Ndiaye <h.ndiaye@courrier.example>", "Mes documents",
              """Bonjour,

En 2024 j'avais envoyé à votre concession une copie de mon permis, de ma carte d'identité et de mes trois derniers bulletins de salaire pour une demande de financement. Finalement je n'ai rien acheté chez vous.

Je souhaite que tous ces documents soient détruits et que mon dossier soit effacé de vos systèmes.

Merci de me le confirmer.
Habib Ndiaye"""),
    note="""Bonjour,

Ci-joint le mail de M. Ndiaye reçu au service après-vente. Je vous le transmets comme convenu.

Bonne journée,
Camille Besnard
Assistante commerciale""")

add("fr-11-refus-financement-scoring",
    "Aurélien Moreau <aurelien.moreau@zmail.example>",
    "Refus de financement automatique",
    """Bonjour,

J'ai fait une demande de LOA en ligne sur votre site pour une Mégane E-Tech. Refus immédiat, en moins d'une minute, avec un message "votre profil ne correspond pas à nos critères".

Je suis en CDI depuis 9 ans, sans crédit en cours. Je conteste cette décision prise par un algorithme et je demande qu'un conseiller examine réellement mon dossier. J'aimerais aussi comprendre sur quels critères on m'a recalé.

Cordialement
Aurélien Moreau""",
    R(["AutomatedDecision"], "aurelien.moreau@zmail.example", "Aurélien", "Moreau"))

add("fr-12-majuscules-appels",
    "Ginette Poulain <g.poulain@club-internet.example>",
    "ARRETEZ",
    """ARRETEZ DE M APPELER TOUS LES JOURS POUR ME PROPOSER UN CONTROLE TECHNIQUE !!!! JE N AI PLUS DE VOITURE DEPUIS 2 ANS. RAYEZ MOI DE VOS LISTES.

MME POULAIN""",
    R(["Opposition"], "g.poulain@club-internet.example", "Ginette", "Poulain"))

add("fr-13-limitation-contestation-pv",
    "Lucas Fontaine <lucas.fontaine@laposte-like.example>",
    "Désignation contestée - gel de mes données",
    """Madame, Monsieur,

J'ai reçu un avis de contravention pour un excès de vitesse commis le 22 septembre à 23h12 à Marseille avec un véhicule AcmeShare. Votre service m'a désigné comme conducteur auprès de l'ANTAI. Or, à cette heure-là, ma location était terminée depuis 22h40, ce que montre mon historique dans l'application.

J'ai contesté la désignation. Dans l'attente de l'issue de cette contestation, je vous demande, en application de l'article 18 du RGPD, de limiter le traitement de mes données à leur seule conservation et de ne pas les transmettre à d'autres autorités ou à un organisme de recouvrement. Conservez néanmoins les journaux de réservation, ils me serviront de preuve.

Bien à vous,
Lucas Fontaine""",
    R(["Restriction"], "lucas.fontaine@laposte-like.example", "Lucas", "Fontaine"))

add("fr-14-selfies-conservation-transfert",
    "Inès Haddad <ines.haddad@boite.example>",
    "Question sur les selfies de vérification",
    """Bonjour,

Avant de faire la vérification de profil sur Amora, j'aimerais savoir : combien de temps gardez-vous le selfie ? Qui le voit, un humain ou un logiciel ? Est-ce qu'il part aux États-Unis ou ailleurs hors de l'Union européenne ?

Je ne veux rien recevoir pour l'instant, juste des réponses claires.

Merci
Inès""",
    R(["Information"], "ines.haddad@boite.example", "Inès", "Haddad"))

add("fr-15-inconnu-voiture-garage",
    "Patrick Lemaire <patrick.lemaire@fai.example>",
    "Ma voiture",
    """Bonjour, ma voiture est à l'atelier de votre concession de Reims depuis trois semaines pour un problème d'embrayage et personne ne me rappelle. Quand est-ce que je peux la récupérer ? Merci. P. Lemaire 06 98 76 54 32""",
    R(["Unknown"], "patrick.lemaire@fai.example", "Patrick", "Lemaire"))

add("fr-16-fille-mere-decedee-amora",
    "Sophie Garnier <sophie.garnier@famille.example>",
    "Compte de ma mère décédée",
    """Bonjour,

Ma mère, Monique Garnier, est décédée le 3 octobre dernier. En rangeant ses affaires nous avons découvert qu'elle avait un profil sur votre application Amora, qui est toujours visible. C'est très douloureux pour la famille de voir son visage apparaître à des inconnus.

En tant que fille et héritière, je vous demande de supprimer définitivement son profil et toutes les données associées. Je peux vous fournir l'acte de décès et un acte de notoriété.

Merci de votre compréhension.
Sophie Garnier""",
    R(["Erasure"], "sophie.garnier@famille.example", "Monique", "Garnier",
      representative="Sophie Garnier"))

add("fr-17-avocat-acces-rectification",
    "Maître Antoine Delorme <a.delorme@avocats-delorme.example>",
    "Notre client M. Rachid Ouali - demande d'accès et de rectification",
    """Madame, Monsieur,

J'interviens en qualité de conseil de M. Rachid Ouali, client de votre société Acme Lease au titre d'un contrat de location longue durée n° LLD-2023-55201.

Mon client a constaté que votre fichier mentionne à tort plusieurs incidents de paiement (mars, avril et mai 2025), alors que les prélèvements ont bien été honorés, relevés bancaires à l'appui (pièces jointes).

Je vous demande en conséquence :
1. de me communiquer l'intégralité des données personnelles de mon client détenues par votre société, en application de l'article 15 du RGPD ;
2. de procéder à la correction de ces mentions erronées, en application de l'article 16.

Je vous remercie de bien vouloir adresser votre réponse à mon cabinet.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Antoine Delorme
Avocat au Barreau de Bordeaux
Ce message est confidentiel et couvert par le secret professionnel.""",
    R(["Access", "Rectification"], "a.delorme@avocats-delorme.example", "Rachid", "Ouali",
      representative="Antoine Delorme"))

add("fr-18-tout-voir-puis-effacer",
    "Mathilde Rousseau-Perrin <mathilde.rp@mel.example>",
    "je quitte Amora",
    """Salut,

Je quitte l'appli. Avant que vous effaciez tout, je veux savoir ce que vous aviez sur moi : envoyez-moi le dossier complet (profil, likes, qui m'a likée, messages, photos, logs de connexion). Ensuite vous supprimez tout, compte compris.

Merci
Mathilde""",
    R(["Access", "Erasure"], "mathilde.rp@mel.example", "Mathilde", "Rousseau-Perrin"))

add("fr-19-retrait-geoloc-android",
    "Yannick Tessier <yannick.tessier@mobile.example>",
    "géolocalisation",
    """Bonjour je retire mon consentement à la géolocalisation en continu dans l'appli AcmeShare, je veux être localisé seulement pendant une location. Et effacez l'historique de mes positions enregistrées en dehors des locations. Merci de faire le nécessaire.

Envoyé depuis mon appareil Android""",
    R(["Opposition", "Erasure"], "yannick.tessier@mobile.example", "Yannick", "Tessier"))

add("fr-20-adresse-famille-replyto",
    "Famille Nguyen <famille.nguyen@foyer.example>",
    "Nom mal orthographié",
    """Bonjour,

Je suis Thi Lan Nguyen. Sur tous vos courriers et sur la facture de l'entretien, mon nom est écrit "Thi Lanh Nguyen". Merci de corriger l'orthographe de mon prénom et de mettre à jour mon adresse email avec mon adresse personnelle (celle de réponse) au lieu de l'adresse familiale.

Cordialement,
Thi Lan Nguyen""",
    R(["Rectification"], "thilan.nguyen@perso.example", "Thi Lan", "Nguyen"),
    headers=["Reply-To: thilan.nguyen@perso.example"])

add("fr-21-belge-enregistrements-gsm",
    "Quentin Van Damme <quentin.vandamme@skynet-like.example>",
    "Enregistrements de mes appels",
    """Bonjour,

J'ai eu plusieurs conversations téléphoniques avec votre service après-vente de Bruxelles concernant la reprise de ma voiture (on m'avait promis septante mille kilomètres garantis, et maintenant plus personne ne s'en souvient). On m'a dit à chaque fois que l'appel était enregistré.

Je voudrais recevoir une copie de ces enregistrements ainsi que les notes prises par vos agents dans mon dossier. Vous pouvez me joindre sur mon GSM au 0475 12 34 56.

Bien à vous,
Quentin Van Damme""",
    R(["Access"], "quentin.vandamme@skynet-like.example", "Quentin", "Van Damme"))

# ---------------------------------------------------------------- tâches
add("fr-22-tache-registre-crm",
    "Delphine Caron <delphine.caron@acme-corp.example>",
    "Mise à jour du registre - nouveau CRM concessions",
    """Bonjour,

Nous basculons toutes les concessions françaises sur le nouveau CRM au 1er janvier. Il faudrait mettre à jour le registre des traitements (finalités, durées de conservation, destinataires) et vérifier les mentions d'information sur les formulaires d'essai.

Peux-tu me dire quand on peut caler un point ? Je t'envoie la cartographie des flux.

Merci,
Delphine Caron
Responsable CRM & Data""",
    TASK("delphine.caron@acme-corp.example", "Delphine", "Caron"))

add("fr-23-tache-questionnaire-sous-traitant",
    "Hugo Lefèvre <hugo.lefevre@acme-corp.example>",
    "Questionnaire sécurité fournisseur boîtiers télématiques",
    """Bonjour l'équipe conformité,

Dans le cadre de l'appel d'offres pour les nouveaux boîtiers télématiques, nous avons reçu les réponses de trois fournisseurs au questionnaire sécurité. Pourriez-vous les analyser côté protection des données (hébergement, sous-traitants ultérieurs, transferts hors UE) et nous faire un retour avant le comité du 10 décembre ?

Merci d'avance,
Hugo Lefèvre
Achats Flotte & Mobilité""",
    TASK("hugo.lefevre@acme-corp.example", "Hugo", "Lefèvre"))

add("fr-24-tache-aipd-videosurveillance",
    "Céline Aubert <celine.aubert@acme-corp.example>",
    "AIPD caméras parkings autopartage",
    """Bonjour,

On souhaite installer des caméras avec lecture de plaques sur les 12 parkings AcmeShare d'Île-de-France pour lutter contre les vols. La direction demande une analyse d'impact avant déploiement. Tu peux lancer l'AIPD ?

Céline Aubert
Directrice des opérations AcmeShare""",
    TASK("celine.aubert@acme-corp.example", "Céline", "Aubert"))

# ---------------------------------------------------------------- incidents
add("fr-25-incident-cle-usb",
    "Romain Giraud <romain.giraud@acme-corp.example>",
    "Perte clé USB avec fichier clients",
    """Bonjour,

Je crois avoir perdu hier, entre la concession de Lille et le train, une clé USB non chiffrée contenant un export Excel des clients LOA de la région (environ 1 800 lignes : noms, adresses, téléphones, mensualités). Je l'ai cherchée partout.

Je suis vraiment désolé. Que dois-je faire ?

Romain Giraud
Chargé de clientèle financement
03 20 00 00 00""",
    INC("romain.giraud@acme-corp.example", "Romain", "Giraud"))

add("fr-26-incident-mauvais-destinataire",
    "Laetitia Mbappé <laetitia.mbappe@acme-corp.example>",
    "Mail envoyé au mauvais client",
    """Bonjour,

Ce matin j'ai envoyé par erreur le bon de commande de M. Durand, avec la copie de sa carte d'identité et de son RIB, à un autre client qui porte le même nom (M. Durand de Tours au lieu de M. Durand d'Angers). Le destinataire m'a répondu pour me le signaler. Je lui ai demandé de le supprimer.

Je vous le signale comme prévu par la procédure.

Laetitia Mbappé
Conseillère commerciale - Acme Automobiles Angers""",
    INC("laetitia.mbappe@acme-corp.example", "Laetitia", "Mbappé"))

add("fr-27-incident-externe-permis-autre",
    "Frédéric Aubry <fred.aubry@messagerie.example>",
    "J'ai reçu le permis de conduire de quelqu'un d'autre",
    """Bonjour,

Je viens de recevoir un email de confirmation AcmeShare pour une réservation que je n'ai pas faite. En pièce jointe il y a le scan du permis de conduire d'une certaine Mme Claire Bouchard, avec sa photo et son adresse.

Je pense qu'il y a un gros problème chez vous. Je n'ai pas envie qu'un inconnu reçoive mon permis de la même façon. Je supprime le mail.

Frédéric Aubry""",
    INC("fred.aubry@messagerie.example", "Frédéric", "Aubry"))

# ---------------------------------------------------------------- relances
add("fr-28-relance-dsr",
    "Martine Chevalier <martine.chevalier@courriel.example>",
    "RE: [DSR-30917] Accusé de réception de votre demande",
    """Bonjour,

Je n'ai toujours rien reçu alors que le délai est dépassé depuis une semaine. Merci de me dire où en est ma demande.

Martine Chevalier

> Madame,
> Nous accusons réception de votre demande, enregistrée sous la référence DSR-30917.
> Le Service Protection des Données""",
    FU("30917", "martine.chevalier@courriel.example", "Martine", "Chevalier"))

add("fr-29-relance-avocat-pieces",
    "Maître Antoine Delorme <a.delorme@avocats-delorme.example>",
    "RE: Notre client M. Rachid Ouali - demande d'accès et de rectification",
    """Madame, Monsieur,

Faisant suite à mon courriel de ce jour, vous trouverez ci-joint le pouvoir signé par M. Ouali ainsi que la copie de sa pièce d'identité.

Bien à vous,
Antoine Delorme
Avocat""",
    FU(ref("fr-17-avocat-acces-rectification"), "a.delorme@avocats-delorme.example", "Antoine", "Delorme"),
    headers=irt("fr-17-avocat-acces-rectification"))

# ---------------------------------------------------------------- à ignorer
add("fr-30-spam-mise-en-conformite",
    "Service Conformité RGPD <contact@mise-en-conformite-rgpd.example>",
    "URGENT : votre entreprise n'est pas conforme au RGPD - amende jusqu'à 20 M€",
    """Madame, Monsieur,

Suite à un contrôle, nous avons constaté que votre site ne respecte pas les obligations du RGPD (registre, suppression des données, cookies). Vous vous exposez à une amende pouvant atteindre 20 000 000 €.

Régularisez votre situation sous 72 h en souscrivant à notre pack de mise en conformité pour 490 € HT seulement. Appelez le 08 99 00 00 00.

Le service conformité""",
    IGN("spam", "contact@mise-en-conformite-rgpd.example"),
    headers=SPAM_HDR)

add("fr-31-spam-heritage",
    "Me Jean-Paul Okafor <jp.okafor.notaire@freemail.example>",
    "Héritage non réclamé - confidentiel",
    """Cher ami,

Je suis notaire et je représente feu M. Antoine Dubreuil, décédé sans héritier, laissant la somme de 4 500 000 euros sur un compte bloqué. Vous portez le même nom de famille qu'un de ses parents et je vous propose de vous présenter comme bénéficiaire. Pour protéger vos données personnelles, merci de me répondre uniquement à cette adresse avec vos coordonnées complètes et une copie de votre pièce d'identité.

Partage 50/50. Discrétion absolue.

Me J.-P. Okafor""",
    IGN("spam", "jp.okafor.notaire@freemail.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="freemail.example")])

add("fr-32-reponse-automatique",
    "Valérie Simon <valerie.simon@cabinet-audit.example>",
    "Réponse automatique : Audit sous-traitance",
    """Bonjour,

Je suis absente jusqu'au 25 novembre inclus. En cas d'urgence, merci de contacter le standard au 01 00 00 00 00.

Cordialement,
Valérie Simon""",
    IGN("auto_reply", "valerie.simon@cabinet-audit.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-33-lettre-info-association",
    "Club des DPO <lettre@club-dpo.example>",
    "La lettre du Club des DPO - novembre 2026",
    """La lettre du Club des DPO - novembre 2026

- Véhicules connectés : ce que change le nouveau règlement européen sur les données
- Retour sur l'atelier "droit d'accès et enregistrements téléphoniques"
- Agenda : matinale du 3 décembre

Vous recevez cette lettre car vous êtes adhérent. Se désabonner : https://club-dpo.example/desabonnement""",
    IGN("bulk", "lettre@club-dpo.example"),
    headers=["List-Id: <lettre.club-dpo.example>",
             "List-Unsubscribe: <mailto:desabonnement@club-dpo.example>",
             "Precedence: list"])
