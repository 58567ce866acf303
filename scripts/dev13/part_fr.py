from common import *  # part fr: written blind

add("fr-01-savoir-fichier",
    "Élodie Marchand <elodie.marchand@orange.example>",
    "Mon dossier chez vous",
    """Bonjour,

Ma banque m'a indiqué que ma demande de prêt immobilier avait été examinée à partir d'un rapport
fourni par votre société. J'aimerais savoir précisément ce qui figure dans votre fichier à mon nom :
crédits, incidents éventuels, consultations par des organismes, tout ce que vous avez.

Merci de me faire parvenir ces éléments à cette adresse.

Élodie Marchand
12 rue des Tanneurs, 67000 Strasbourg
née le 14/05/1988
""",
    R(["Access"], "elodie.marchand@orange.example", "Élodie", "Marchand"))

add("fr-02-une-ligne",
    "zozo.lyon69@free.example",
    "compte",
    "fermez mon compte sur le site de voitures et virez toutes mes infos svp\n",
    R(["Erasure"], "zozo.lyon69@free.example"))

add("fr-03-directives-deces",
    "Bernard de la Roche <b.delaroche@wanadoo.example>",
    "Sort de mes données après mon décès",
    """Madame, Monsieur,

Âgé de 79 ans, je mets actuellement de l'ordre dans mes affaires. Conformément à l'article 85 de la
loi Informatique et Libertés, je souhaite vous faire connaître mes volontés concernant les
informations que vous détenez sur moi une fois que je ne serai plus là : je demande qu'elles soient
effacées dans les trois mois suivant mon décès, et je désigne mon fils, Hugues de la Roche, pour
veiller à l'exécution de ces instructions.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard de la Roche
""",
    R(["AdvanceDirectives"], "b.delaroche@wanadoo.example", "Bernard", "de la Roche"))

add("fr-04-date-naissance-latin1",
    "François Pélissier <f.pelissier@laposte.example>",
    "Erreur sur ma date de naissance",
    """Bonjour,

Lors d'un contrôle d'identité pour l'ouverture d'un compte en ligne, on m'a refusé au motif que ma
date de naissance ne correspondait pas. Après vérification, votre fichier indique le 03/11/1975
alors que je suis né le 11/03/1975 (inversion jour/mois). Mon adresse est également l'ancienne : je
réside désormais 4 allée des Châtaigniers, 87000 Limoges.

Pouvez-vous remettre tout cela d'aplomb ?

Cordialement,
François Pélissier
""",
    R(["Rectification"], "f.pelissier@laposte.example", "François", "Pélissier"),
    ct=LATIN1, encode="latin-1")

add("fr-05-demarchage",
    "Nadia Haddad <nadia.haddad@sfr.example>",
    "Démarchage téléphonique",
    """Bonjour,

Depuis que j'ai déposé une annonce pour ma Clio sur votre plateforme, je suis harcelée d'appels pour
des offres de financement et d'assurance auto. Je ne veux plus recevoir la moindre sollicitation
commerciale de votre part ni de vos partenaires, par téléphone, SMS ou mail. Mon annonce peut rester
en ligne, ce n'est pas le problème.

Nadia Haddad
06 12 34 56 78
""",
    R(["Opposition"], "nadia.haddad@sfr.example", "Nadia", "Haddad"))

add("fr-06-long-refus-credit",
    "Karim Benali <karim.benali@gmail.example>",
    "Refus de crédit incompréhensible",
    """Bonjour,

Je vous écris parce que franchement je ne sais plus à qui m'adresser. Je suis infirmier au CHU depuis
onze ans, en CDI, propriétaire de mon appartement, et jamais eu un seul retard de paiement. La semaine
dernière j'ai voulu financer une voiture d'occasion chez un concessionnaire partenaire. Le vendeur a
rempli le dossier sur sa tablette, et en moins d'une minute : refusé. Il m'a dit lui-même qu'il ne
comprenait pas, que « c'est le score qui décide » et que c'était votre société qui le calculait.

J'ai appelé l'organisme de crédit, qui me renvoie vers vous. J'ai appelé votre service client, qui me
renvoie vers l'organisme de crédit. Ça fait dix jours que ça dure, la voiture est partie chez un autre
acheteur entre-temps.

Je n'accepte pas qu'une machine décide de ça toute seule sans que personne ne regarde mon dossier. Je
demande que cette décision soit revue par une vraie personne, et je veux pouvoir donner mon point de vue
et contester ce résultat.

Je trouve aussi scandaleux qu'il n'y ait aucun numéro direct pour vous joindre.

Karim Benali
""",
    R(["AutomatedDecision"], "karim.benali@gmail.example", "Karim", "Benali"))

add("fr-07-avocat-opposition",
    "Maître Sophie Garnier-Lemoine <s.garnier@garnier-avocats.example>",
    "M. Julien Roux - opposition et effacement (art. 17 et 21 RGPD)",
    """Madame, Monsieur le Délégué à la protection des données,

J'interviens en qualité de conseil de M. Julien Roux, demeurant 9 quai de la Fosse, 44000 Nantes, né le
2 février 1984, dont vous trouverez le pouvoir en pièce jointe.

Mon client a été victime d'une usurpation d'identité en 2025 (plainte n° 25/0412 déposée auprès du
commissariat de Nantes). Des crédits ouverts frauduleusement à son nom figurent toujours dans vos
fichiers.

Au nom de mon client, je vous demande :
- sur le fondement de l'article 21 du RGPD, de cesser tout traitement de ces informations à des fins
  d'évaluation de sa solvabilité ;
- sur le fondement de l'article 17, d'effacer sans délai les données relatives à ces crédits frauduleux.

Je vous remercie de me tenir informée des suites données dans le délai d'un mois.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Garnier-Lemoine
Avocate au Barreau de Nantes
02 40 00 11 22
""",
    R(["Opposition", "Erasure"], "s.garnier@garnier-avocats.example", "Julien", "Roux",
      representative="Sophie Garnier-Lemoine"))

add("fr-08-mandataire",
    "Patrick Morel <p.morel@udaf-tutelles.example>",
    "Mme Germaine Thibault - mesure de curatelle renforcée",
    """Bonjour,

Je suis mandataire judiciaire à la protection des majeurs et exerce la curatelle renforcée de
Mme Germaine Thibault (jugement du tribunal judiciaire de Tours du 5 mars 2025, copie jointe).

Dans le cadre de la gestion de son budget, j'ai besoin de connaître l'ensemble des informations vous
concernant... pardon, la concernant : crédits recensés, incidents déclarés, organismes ayant consulté
son dossier. Merci de me transmettre ces éléments.

Patrick Morel
Mandataire judiciaire
Service des tutelles
""",
    R(["Access"], "p.morel@udaf-tutelles.example", "Germaine", "Thibault",
      representative="Patrick Morel"))

add("fr-09-portabilite-html",
    "Chloé Nguyen <chloe.nguyen@outlook.example>",
    "Récupérer mon historique d'annonces",
    html("Bonjour,",
         "Je quitte votre plateforme pour un autre site d'annonces auto. J'aimerais récupérer mon "
         "historique (annonces publiées, messages avec les acheteurs, avis reçus) dans un fichier "
         "exploitable, type CSV ou JSON, pour pouvoir l'importer ailleurs.",
         "Je garde mon compte pour l'instant.",
         "Merci,<br>Chloé Nguyen"),
    R(["Portability"], "chloe.nguyen@outlook.example", "Chloé", "Nguyen"), ct=HTML)

add("fr-10-questions-conservation",
    "Yannick Le Goff <yannick.legoff@orange.example>",
    "Quelques questions",
    """Bonjour,

Simple curiosité (et un peu d'inquiétude) : combien de temps gardez-vous la trace d'un crédit soldé ?
Et d'où tenez-vous vos informations - ce sont les banques qui vous les envoient d'office, ou il faut
mon accord ? Enfin, vos données sont-elles hébergées en France ?

Je ne vous demande pas mon dossier, juste de comprendre le fonctionnement.

Yannick Le Goff
""",
    R(["Information"], "yannick.legoff@orange.example", "Yannick", "Le Goff"))

add("fr-11-gel-contestation",
    "Anne-Sophie Vasseur <as.vasseur@laposte.example>",
    "Contestation d'un incident de paiement",
    """Madame, Monsieur,

Un incident de paiement a été déclaré à mon nom par la société Finauto pour un prétendu impayé de
janvier 2026. J'ai les relevés bancaires prouvant que toutes les échéances ont été prélevées.

Je vous demande de corriger votre fichier en supprimant cette mention erronée et, en attendant l'issue
de vos vérifications auprès de Finauto, de suspendre l'utilisation de cette information (article 18 du
RGPD) : elle ne doit être communiquée à personne.

Anne-Sophie Vasseur
""",
    R(["Rectification", "Restriction"], "as.vasseur@laposte.example", "Anne-Sophie", "Vasseur"))

add("fr-12-transfert-collegue",
    "Claire Dubois <claire.dubois@acme-corp.example>",
    "TR: demande client",
    """Bonjour l'équipe,

Je vous transfère la demande ci-dessous reçue au service client, je crois que c'est pour vous.

Bonne journée,
Claire Dubois
Service Relation Clients - Acme Corp

-------- Message transféré --------
De : Mathieu Girard <mathieu.girard@orange.example>
Date : 13 nov. 2026 à 17:45
Objet : infos
À : service-client@acme-corp.example

Bonjour, pouvez-vous m'envoyer tout ce que vous avez enregistré sur moi ? J'ai fait une vérification
d'identité chez vous pour un achat de voiture et je voudrais savoir ce qui a été conservé (photos de
pièce d'identité etc.).
Mathieu Girard
""",
    R(["Access"], "mathieu.girard@orange.example", "Mathieu", "Girard"))

add("fr-13-piece-jointe",
    "Romain Lacroix <romain.lacroix@acme-corp.example>",
    "TR: Désinscription",
    "",
    R(["Opposition", "Erasure"], "ines.boucher@free.example", "Inès", "Boucher"),
    attached=("Inès Boucher <ines.boucher@free.example>", "Désinscription",
              """Bonjour,
Je retire mon consentement pour recevoir votre lettre d'information et les alertes « bonnes
affaires ». Et tant qu'à faire, supprimez mon compte acheteur, je n'en ai plus l'usage.
Inès Boucher
"""),
    note="Pour traitement, reçu sur la boîte marketing. Romain")

add("fr-14-majuscules",
    "ROGER FAURE <roger.faure@wanadoo.example>",
    "RAYEZ MOI",
    """JE VEUX QUE VOUS ME RAYIEZ DEFINITIVEMENT DE VOS FICHIERS. JE N'AI JAMAIS RIEN DEMANDE A
VOTRE SOCIETE. QUE PLUS RIEN NE RESTE A MON NOM CHEZ VOUS.

ROGER FAURE
""",
    R(["Erasure"], "roger.faure@wanadoo.example", "Roger", "Faure"))

add("fr-15-nom-mal-orthographie",
    "Anaïs Villeneuve <anais.villeneuve@gmail.example>",
    "Mon nom est mal écrit",
    """Bonjour,

Je ne veux surtout pas qu'on supprime mon compte vendeur, j'ai des annonces en cours ! Par contre mon
nom apparaît partout comme « Anais Villeneuf » au lieu de « Anaïs Villeneuve ». Les acheteurs pensent
que c'est une arnaque quand ils voient le nom sur la carte grise. Merci de mettre ça au propre.

Anaïs
Envoyé de mon iPhone
""",
    R(["Rectification"], "anais.villeneuve@gmail.example", "Anaïs", "Villeneuve"))

add("fr-16-facture",
    "Thierry Masson <thierry.masson@laposte.example>",
    "Facture option mise en avant",
    """Bonjour, j'ai payé l'option « mise en avant » pour mon annonce le 2 novembre mais je n'ai jamais
reçu la facture, et mon comptable la réclame. Pouvez-vous me la renvoyer ? Merci. T. Masson
""",
    R(["Unknown"], "thierry.masson@laposte.example", "Thierry", "Masson"))

add("fr-17-adresse-famille",
    "Famille Rousseau <famille.rousseau@free.example>",
    "Demande concernant mes données",
    """Bonjour,

Je souhaiterais obtenir une copie intégrale des données personnelles que vous traitez à mon sujet, y
compris les consultations de mon dossier effectuées par des organismes de crédit ces deux dernières
années.

Merci de répondre à mon adresse personnelle (en réponse), pas à la boîte familiale.

Lucie Rousseau
""",
    R(["Access"], "lucie.rousseau@laposte.example", "Lucie", "Rousseau"),
    headers=["Reply-To: Lucie Rousseau <lucie.rousseau@laposte.example>"])

add("fr-18-heritier-mere",
    "Laurent Carpentier <laurent.carpentier@orange.example>",
    "Décès de ma mère, Monique Carpentier",
    """Bonjour,

Ma mère, Monique Carpentier, est décédée le 28 septembre dernier à Reims. Je suis son fils et son
seul héritier ; je tiens à votre disposition l'acte de décès et l'attestation du notaire.

Elle avait un compte sur votre site d'annonces automobiles (elle vendait la voiture de mon père). Je
vous demande de clôturer ce compte et d'effacer les informations la concernant.

Laurent Carpentier
""",
    R(["Erasure"], "laurent.carpentier@orange.example", "Monique", "Carpentier",
      representative="Laurent Carpentier"))

add("fr-19-mes-volontes",
    "Marie-Claude Fontaine <mc.fontaine@sfr.example>",
    "mes volontés numériques",
    """Bonjour,

Je rédige en ce moment mes volontés numériques avec mon notaire. Pour ce qui vous concerne : le jour
où je décéderai, je souhaite que ma fille Camille puisse obtenir la clôture de mes comptes chez vous et
que rien ne soit conservé au-delà de ce que la loi impose. Pouvez-vous enregistrer ces directives et me
confirmer leur prise en compte ?

Marie-Claude Fontaine
""",
    R(["AdvanceDirectives"], "mc.fontaine@sfr.example", "Marie-Claude", "Fontaine"))

add("fr-20-sans-ponctuation",
    "Kevin Lemaire <kev.lemaire@gmail.example>",
    "question",
    "bonjour je voudrais savoir comment vous avez eu mon adresse et mon numero alors que je vous ai jamais rien donne et a qui vous les passez merci\n",
    R(["Information"], "kev.lemaire@gmail.example", "Kevin", "Lemaire"))

add("fr-21-task-registre",
    "Olivier Mercier <olivier.mercier@acme-corp.example>",
    "Mise à jour du registre - partenariat Banque Azur",
    """Bonjour,

Nous avons signé la semaine dernière le partenariat avec Banque Azur pour la pré-qualification des
acheteurs sur la marketplace. Il faudrait mettre à jour le registre des traitements (nouvelle finalité,
nouveau destinataire). Je peux vous transmettre la fiche projet. Dites-moi ce qu'il vous faut.

Olivier Mercier
Responsable partenariats
""",
    TASK("olivier.mercier@acme-corp.example", "Olivier", "Mercier"))

add("fr-22-task-questionnaire",
    "Sandrine Roy <sandrine.roy@acme-corp.example>",
    "Questionnaire conformité Crédit Mutuel Sud",
    """Hello,

Notre client Crédit Mutuel Sud nous envoie son questionnaire annuel « sécurité et RGPD des
sous-traitants » (62 questions, en PJ). Il est à rendre pour le 4 décembre. Pourriez-vous prendre
les parties protection des données ? Je m'occupe du reste avec la DSI.

Merci !
Sandrine Roy
Key Account Manager
""",
    TASK("sandrine.roy@acme-corp.example", "Sandrine", "Roy"))

add("fr-23-task-cookies",
    "Hugo Perrin <hugo.perrin@acme-corp.example>",
    "Revue bandeau cookies marketplace",
    """Bonjour,

On refond le bandeau cookies de la marketplace (nouveau CMP). Avant la mise en prod le 1er décembre,
pouvez-vous valider les textes et la liste des traceurs ? Maquettes ici : \\\\partage\\web\\cmp-v2.

Hugo Perrin - Équipe Web
""",
    TASK("hugo.perrin@acme-corp.example", "Hugo", "Perrin"))

add("fr-24-inc-courrier-erreur",
    "Valérie Gauthier <valerie.gauthier@acme-corp.example>",
    "Courrier envoyé à la mauvaise personne",
    """Bonjour,

Une cliente nous a appelés ce matin : elle a reçu dans sa boîte aux lettres le relevé de dossier d'un
autre particulier (même nom de rue, autre ville). Il s'agit d'une erreur de publipostage de notre
côté, lot du 10 novembre. On ne sait pas encore combien de courriers sont concernés.

Valérie Gauthier
Back-office courrier
""",
    INC("valerie.gauthier@acme-corp.example", "Valérie", "Gauthier"))

add("fr-25-inc-recu-rapport-autre",
    "Sébastien Blanc <seb.blanc@free.example>",
    "Je reçois les mails de quelqu'un d'autre",
    """Bonjour,

Depuis une semaine je reçois vos mails destinés à un certain M. Blanc Sébastien-Pierre (ce n'est pas
moi). Le dernier contenait en pièce jointe son rapport de solvabilité complet avec ses crédits et son
adresse. Je pense qu'il y a une erreur d'adresse mail dans votre système. Je n'ai rien fait de ce
document, mais il faut corriger ça.

S. Blanc
""",
    INC("seb.blanc@free.example", "Sébastien", "Blanc"))

add("fr-26-inc-drive-public",
    "Julien Moreau <julien.moreau@acme-corp.example>",
    "Lien de partage public sur un export",
    """Salut,

En faisant le ménage dans nos dossiers partagés, je me suis aperçu qu'un export des réclamations
clients (environ 1 200 lignes, noms, emails, motifs) était partagé via un lien « toute personne
disposant du lien » depuis juillet. J'ai coupé le lien. Je ne sais pas s'il a été consulté de
l'extérieur.

Julien Moreau
Data Analyst
""",
    INC("julien.moreau@acme-corp.example", "Julien", "Moreau"))

add("fr-27-relance-dsr",
    "Gilles Arnaud <gilles.arnaud@laposte.example>",
    "RE: [DSR-51877] Accusé de réception de votre demande",
    """Bonjour,

Je reviens vers vous car je n'ai toujours reçu aucune réponse. Le délai d'un mois est dépassé.

Gilles Arnaud

> Bonjour,
> Nous accusons réception de votre demande, enregistrée sous la référence [DSR-51877].
> Nous vous répondrons dans un délai d'un mois.
> L'équipe Protection des données - Acme Corp
""",
    FU("51877", "gilles.arnaud@laposte.example", "Gilles", "Arnaud"))

add("fr-28-reponse-piece-identite",
    "Anne-Sophie Vasseur <as.vasseur@laposte.example>",
    "RE: Contestation d'un incident de paiement",
    """Bonjour,

Comme demandé par téléphone, je vous joins la copie de ma carte d'identité ainsi que les relevés
bancaires de janvier à mars 2026.

Bien cordialement,
Anne-Sophie Vasseur
""",
    FU(ref("fr-11-gel-contestation"), "as.vasseur@laposte.example", "Anne-Sophie", "Vasseur"),
    headers=irt("fr-11-gel-contestation"))

add("fr-29-spam-referencement",
    "Agence WebTop <contact@webtop-seo.example>",
    "Votre site en 1ère page Google",
    """Bonjour,

Nous avons analysé votre site acme-corp.example : il est mal positionné sur Google. Notre agence
garantit la première page en 30 jours. Audit SEO offert, mise en conformité RGPD de votre site
incluse (suppression des données inutiles, bandeau cookies).

Répondez « OUI » pour recevoir votre audit gratuit.

L'équipe WebTop
""",
    IGN("spam", "contact@webtop-seo.example"))

add("fr-30-spam-hameconnage",
    "Service Messagerie <support@messagerie-securite.example>",
    "Votre boîte sera suspendue sous 24h",
    """Cher utilisateur,

Conformément au RGPD, nous devons vérifier vos informations personnelles. Votre boîte mail sera
suspendue et vos données supprimées si vous ne confirmez pas votre identifiant et mot de passe sous
24 heures :

http://messagerie-securite.example/verification

Service Messagerie
""",
    IGN("spam", "support@messagerie-securite.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="messagerie-securite.example")] + SPAM_HDR)

add("fr-31-absence",
    "Isabelle Caron <isabelle.caron@banque-azur.example>",
    "Réponse automatique : Absence du bureau",
    """Bonjour,

Je suis absente jusqu'au 20 novembre inclus. En cas d'urgence, merci de contacter
conformite@banque-azur.example.

Cordialement,
Isabelle Caron
""",
    IGN("auto_reply", "isabelle.caron@banque-azur.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-32-rejet",
    "Mail Delivery System <MAILER-DAEMON@mx.orange.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.orange.example"), dsn=True)
