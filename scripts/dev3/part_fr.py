# dev3, français. Written blind (see scripts/BLIND-WRITER.md).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("fr-01-supprimez-compte", "nono.b59@courriel.example", "compte",
    "bonjour supprimez mon compte de la pharmacie en ligne svp je ne m en sers plus merci\n",
    R(["Erasure"], "nono.b59@courriel.example"))

add("fr-02-dossier-kine-art15", "Françoise Delmas-Roche <f.delmasroche@orange-mail.example>",
    "Demande de communication de mon dossier",
    """Madame, Monsieur,

Patiente du centre de kinésithérapie Acme de Villeurbanne de janvier à juin 2025 (rééducation
du genou gauche après ligamentoplastie), je vous demande, en application de l'article 15 du
Règlement général sur la protection des données et de l'article L.1111-7 du Code de la santé
publique, la communication de l'ensemble des informations me concernant :

- le bilan initial et les bilans de fin de série ;
- les fiches de suivi des séances ;
- les échanges avec mon chirurgien, le Dr Aubertin ;
- les prescriptions que vous avez reçues.

Je souhaite recevoir ces documents par voie électronique à la présente adresse.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Françoise Delmas-Roche
née le 3 avril 1972
""",
    R(["Access"], "f.delmasroche@orange-mail.example", "Françoise", "Delmas-Roche"))

add("fr-03-ayant-droit-mere", "Nathalie Vernet <nathalie.vernet@free-post.example>",
    "Dossier dentaire de ma mère décédée",
    """Bonjour,

Ma mère, Mme Jacqueline Vernet, née Moulin, est décédée le 12 septembre dernier. Elle était suivie
depuis de nombreuses années au cabinet dentaire Acme de Bordeaux-Chartrons.

En tant que fille et ayant droit, je souhaite obtenir la copie de son dossier dentaire. Quelques
semaines avant son décès elle a subi une extraction suivie d'une infection sévère, et nous
cherchons à comprendre les causes de son décès.

Je peux vous transmettre l'acte de décès, le livret de famille et ma pièce d'identité.

Cordialement,
Nathalie Vernet
06 12 34 56 78
""",
    R(["Access"], "nathalie.vernet@free-post.example", "Jacqueline", "Vernet", representative="Nathalie Vernet"))

add("fr-04-directives-post-mortem", "Bernard Chaumont <b.chaumont@laposte-mail.example>",
    "Mes données après mon décès",
    """Bonjour,

J'ai 78 ans et je mets mes affaires en ordre. Je suis patient de votre centre de kiné et client de la
pharmacie en ligne, et je donne chaque année à la Fondation Acme.

Je voudrais laisser des instructions sur ce que vous ferez de mes données quand je ne serai plus là :
je souhaite qu'elles soient effacées, sauf ce que la loi vous oblige à garder, et que mon fils
Olivier Chaumont soit la personne à prévenir et à qui vous pourrez répondre. Comment dois-je
procéder pour que ce soit pris en compte ? Faut-il un formulaire ?

Avec mes remerciements,
Bernard Chaumont
""",
    R(["AdvanceDirectives"], "b.chaumont@laposte-mail.example", "Bernard", "Chaumont"))

add("fr-05-donateur-echange-fichiers", "Yves-Marie Le Goff <ym.legoff@bzh-mail.example>",
    "Sollicitations - Fondation Acme",
    """Bonjour,

Je suis donateur de la Fondation Acme depuis 2019. Depuis quelques mois je reçois des courriers
d'appel aux dons de trois autres associations dont je n'avais jamais entendu parler, toutes avec
la même faute dans mon nom (« Le Gof »), exactement comme sur vos reçus fiscaux.

Je m'oppose à ce que mes coordonnées soient échangées, louées ou cédées à qui que ce soit.
Et j'aimerais savoir précisément à quels organismes vous les avez transmises jusqu'ici.

Mon don annuel n'est pas remis en cause pour l'instant.

Yves-Marie Le Goff
""",
    R(["Opposition", "Information"], "ym.legoff@bzh-mail.example", "Yves-Marie", "Le Goff"))

add("fr-06-note-memoire", "Camille Nguyen-Faure <camille.nguyenfaure@etu-mail.example>",
    "Erreur sur ma note de mémoire - DU Éducation thérapeutique",
    """Bonjour,

Je suis inscrite au DU Éducation thérapeutique du patient à l'École de formation continue
(n° étudiant 24E0917). Sur mon relevé de notes, la note du mémoire est 9/20, alors que le jury
m'a annoncé 15/20 à l'issue de la soutenance le 26 juin, et c'est aussi ce qui figure sur le
procès-verbal que j'ai pu voir.

Pourriez-vous faire corriger la note dans le système ? Avec 9 je suis considérée comme
ajournée, ce qui m'empêche de recevoir mon diplôme.

Merci d'avance,
Camille Nguyen-Faure
""",
    R(["Rectification"], "camille.nguyenfaure@etu-mail.example", "Camille", "Nguyen-Faure"))

add("fr-07-photo-fille-facebook", "Karim Benali <karim.benali@webmel.example>",
    "Photo de ma fille sur votre page Facebook",
    """Bonjour,

Ma fille Inès Benali, 15 ans, a terminé son traitement d'orthodontie au cabinet Acme de Lille. Je
viens de découvrir qu'une photo « avant/après » de son sourire, avec son prénom, est publiée sur
la page Facebook du cabinet et sur votre site.

Nous n'avons jamais donné notre accord pour cela. Je vous demande en tant que père de retirer et
de supprimer ces photos immédiatement, ainsi que toute autre image d'elle utilisée à des fins
publicitaires.

Karim Benali
""",
    R(["Erasure"], "karim.benali@webmel.example", "Inès", "Benali", representative="Karim Benali"))

add("fr-08-portabilite-ordonnances", "Agnès Lefèvre <agnes.lefevre@net-courrier.example>",
    "Portabilité de mes données pharmacie",
    """Bonjour,

Je souhaite exercer mon droit à la portabilité : merci de me transmettre, dans un format
structuré et lisible par machine, l'historique de mes commandes et les ordonnances que j'ai
téléversées sur votre pharmacie en ligne depuis 2022. Je compte les importer chez une autre
pharmacie.

Bien à vous,
Agnès Lefèvre
""",
    R(["Portability"], "agnes.lefevre@net-courrier.example", "Agnès", "Lefèvre"))

add("fr-09-hebergeur-hds", "Luc Tessier <luc.tessier@courriel.example>",
    "Où sont stockées mes radios ?",
    """Bonjour,

Simple question : les radiographies et le dossier dentaire des patients de vos cabinets sont-ils
stockés en France, chez un hébergeur certifié HDS ? J'ai vu passer un article sur des cabinets qui
utilisaient des logiciels américains et ça m'inquiète un peu. Je ne demande rien de particulier,
juste à être rassuré.

Luc Tessier
""",
    R(["Information"], "luc.tessier@courriel.example", "Luc", "Tessier"))

add("fr-10-sms-promo", "Sabrina Haddad <sabrina.h@monmail.example>",
    "sms pub",
    """Bonjour

Arrêtez de m'envoyer des sms promo pour les crèmes solaires et compagnie, je vous ai donné mon
numéro pour qu'on me prévienne quand ma commande est prête, pas pour ça !!

Sabrina
Envoyé de mon Samsung Galaxy
""",
    R(["Opposition"], "sabrina.h@monmail.example", "Sabrina", "Haddad"))

add("fr-11-gel-pendant-verification", "Élodie Marchand <elodie.marchand@courriel.example>",
    "Limitation du traitement de mes données",
    """Madame, Monsieur,

Le 2 novembre j'ai demandé l'effacement de mes données au centre de kinésithérapie. On m'a
répondu oralement qu'il fallait « vérifier les obligations de conservation » et que cela
prendrait du temps.

Soit. En attendant l'issue de cette vérification, je demande la limitation du traitement : mes
données ne doivent plus être utilisées pour quoi que ce soit (rappels, enquêtes de satisfaction,
statistiques), seulement conservées.

Élodie Marchand
""",
    R(["Restriction"], "elodie.marchand@courriel.example", "Élodie", "Marchand"))

add("fr-12-compte-bloque-fraude", "Thierry Rousseau <thierry.rousseau@fai-mail.example>",
    "Compte bloqué automatiquement ???",
    """Bonjour,

Mon compte sur la pharmacie en ligne a été bloqué hier avec le message « Commande refusée suite à
une analyse automatique de risque ». Je commande chez vous depuis des années, la seule différence
c'est que j'ai payé avec la carte de ma femme.

Je demande qu'une personne réexamine cette décision, et je veux pouvoir donner mon point de vue.
Je n'accepte pas d'être traité de fraudeur par un algorithme.

Thierry Rousseau
""",
    R(["AutomatedDecision"], "thierry.rousseau@fai-mail.example", "Thierry", "Rousseau"))

add("fr-13-mandataire-tutelle", "Sandrine Lemaire <s.lemaire@udaf-nord.example>",
    "M. Gérard Poulain - mesure de tutelle",
    """Madame, Monsieur,

Je suis mandataire judiciaire à la protection des majeurs et j'exerce la mesure de tutelle de
M. Gérard Poulain, né le 8 février 1949, en vertu d'un jugement du tribunal judiciaire de
Douai (copie jointe).

Dans le cadre de cette mesure, je vous demande :
1. la communication des données que vous détenez sur M. Poulain en tant que client de la
   pharmacie en ligne (commandes, adresses de livraison, moyens de paiement enregistrés) ;
2. l'arrêt de tout envoi publicitaire à son nom, M. Poulain ayant passé de nombreuses commandes
   non nécessaires à la suite de vos offres.

Je reste à votre disposition.

Sandrine Lemaire
Mandataire judiciaire - Service des majeurs protégés
03 27 00 00 00
""",
    R(["Access", "Opposition"], "s.lemaire@udaf-nord.example", "Gérard", "Poulain",
      representative="Sandrine Lemaire"))

add("fr-14-colere-devis-mutuelle", "Patrick Lemoine <patrick.lemoine@maboite.example>",
    "INADMISSIBLE",
    """Je vous écris parce que personne au cabinet ne prend mes appels.

On m'a fait un devis pour deux couronnes en juin, 1 380 euros, la secrétaire m'a assuré que la
mutuelle remboursait presque tout. Résultat : 410 euros de reste à charge, la mutuelle dit que
le devis qu'elle a reçu n'est pas le même que celui que j'ai signé, il y a un acte en plus que je
n'ai jamais eu. Je n'y comprends plus rien.

Alors je veux tout : la copie de mon dossier chez vous, les devis, les feuilles de soins, ce que
vous avez envoyé à la mutuelle et quand. Tout.

Ensuite je verrai avec une association de consommateurs. Et je vous signale que le dentiste
n'a même pas daigné me serrer la main la dernière fois.

P. Lemoine
""",
    R(["Access"], "patrick.lemoine@maboite.example", "Patrick", "Lemoine"))

add("fr-15-prendre-rdv", "Mireille A. <mireille.a@courriel.example>",
    "rdv",
    """Bonjour je voudrais un rendez vous pour un détartrage au cabinet de Nantes le plus vite possible,
de préférence le mercredi après midi. Merci
Mireille
""",
    R(["Unknown"], "mireille.a@courriel.example", "Mireille", None))

add("fr-16-nom-epouse-latin1", "Isabelle Fournier <isabelle.fournier@vieuxmail.example>",
    "Changement de nom et d'adresse",
    """Bonjour,

Suite à mon mariage, je m'appelle désormais Isabelle Fournier (et non plus Isabelle Gauthier).
J'ai aussi déménagé : 14, rue des Tanneurs, 67000 Strasbourg.

Merci de mettre à jour mon dossier au centre de kiné et mon compte de la pharmacie en ligne.
Les courriers arrivent encore à l'ancienne adresse.

Très cordialement,
Isabelle Fournier
""",
    R(["Rectification"], "isabelle.fournier@vieuxmail.example", "Isabelle", "Fournier"),
    ct=LATIN1, encode="latin-1")

add("fr-17-html-supprimer-newsletter", "Hugo Perrin <hugo.perrin@courrielpro.example>",
    "Fermeture de compte",
    html("Bonjour,",
         "Je souhaite que mon compte client sur la pharmacie en ligne soit fermé et que mes "
         "données soient effacées.",
         "Et d'ici là, merci de ne plus m'envoyer la newsletter ni les &laquo; offres "
         "personnalisées &raquo;.",
         "Hugo Perrin"),
    R(["Erasure", "Opposition"], "hugo.perrin@courrielpro.example", "Hugo", "Perrin"), ct=HTML)

add("fr-18-secretaire-transfere-radios", "Corinne Blanchard <corinne.blanchard@acme-corp.example>",
    "TR: demande de mes radios",
    """Bonjour,

Je vous transfère la demande d'une patiente reçue sur la boîte du cabinet. Je ne sais pas si je
peux lui envoyer directement ou si ça passe par vous.

Corinne
Secrétariat - Cabinet dentaire Acme Montpellier

-------- Message transféré --------
De : Aurélie Saint-Martin <aurelie.stmartin@sudmail.example>
Date : 13 nov. 2026 à 19:42
Objet : demande de mes radios
À : cabinet.montpellier@acme-corp.example

Bonjour, je change de dentiste, pouvez-vous m'envoyer une copie de mes radios panoramiques et de
mon dossier ? Merci. Aurélie Saint-Martin
""",
    R(["Access"], "aurelie.stmartin@sudmail.example", "Aurélie", "Saint-Martin"))

add("fr-19-pourquoi-secu", "Jérôme Dufresne <jerome.dufresne@courriel.example>",
    "Numéro de sécurité sociale à l'inscription ?",
    """Bonjour,

Je m'inscris à une formation courte (« Gestes et postures ») à l'École de formation continue. Le
formulaire en ligne me demande mon numéro de sécurité sociale et ma situation familiale. Pour
quoi faire ? Qui y a accès et combien de temps c'est conservé ? Je préfère comprendre avant de
remplir.

Merci,
Jérôme Dufresne
""",
    R(["Information"], "jerome.dufresne@courriel.example", "Jérôme", "Dufresne"))

add("fr-20-appreciations-jury", "Mathis Carpentier <mathis.carpentier@etu-mail.example>",
    "Accès aux appréciations me concernant",
    """Bonjour,

J'ai suivi le certificat « Management en santé » (promotion 2025). J'aimerais obtenir une copie
des appréciations écrites par le jury et par mon tuteur de stage, ainsi que toute note interne me
concernant dans mon dossier d'étudiant. Je crois comprendre que le RGPD me permet de les
demander.

Cordialement,
Mathis Carpentier
""",
    R(["Access"], "mathis.carpentier@etu-mail.example", "Mathis", "Carpentier"))

add("fr-21-candidature-spontanee", "Amandine Giraud <amandine.giraud@courriel.example>",
    "Candidature spontanée - assistante dentaire",
    """Madame, Monsieur,

Assistante dentaire qualifiée avec six ans d'expérience, je me permets de vous adresser ma
candidature spontanée pour un poste dans l'un de vos cabinets de la région lyonnaise. Vous
trouverez mon CV en pièce jointe.

Dans l'attente de votre retour, je vous prie d'agréer mes salutations distinguées.

Amandine Giraud
""",
    R(["Unknown"], "amandine.giraud@courriel.example", "Amandine", "Giraud"))

add("fr-22-formation-assistantes", "Stéphanie Morel <stephanie.morel@acme-corp.example>",
    "Sensibilisation RGPD pour les nouvelles assistantes",
    """Bonjour l'équipe conformité,

Nous accueillons cinq nouvelles assistantes dentaires en janvier sur les cabinets de Lyon et
Villeurbanne. Serait-il possible d'organiser une session de sensibilisation RGPD (1 h ou 2 h) :
secret médical, envoi des radios par mail, accueil au téléphone, etc. ?

Dites-moi vos disponibilités la semaine du 11 janvier.

Bien cordialement,
Stéphanie Morel
Responsable régionale - Cabinets dentaires Acme Rhône
""",
    TASK("stephanie.morel@acme-corp.example", "Stéphanie", "Morel"))

add("fr-23-questionnaire-mutuelle", "Arnaud Petit <arnaud.petit@acme-corp.example>",
    "Questionnaire sécurité de la Mutuelle Horizon à compléter",
    """Bonjour,

La Mutuelle Horizon nous demande de remplir leur questionnaire « sécurité et protection des
données » (62 questions, fichier Excel) avant de renouveler le conventionnement tiers payant pour
les centres de kiné. Une bonne partie concerne le DPO, le registre, les sous-traitants et les
AIPD.

Je l'ai déposé dans le dossier partagé Conformité > Mutuelles. Pouvez-vous compléter les
sections 3 à 6 ? Échéance : 4 décembre.

Merci !
Arnaud
""",
    TASK("arnaud.petit@acme-corp.example", "Arnaud", "Petit"))

add("fr-24-registre-teleconsultation", "Julie Barbier <julie.barbier@acme-corp.example>",
    "Téléconsultation kiné - registre",
    """Bonjour,

On lance en février des séances de télé-rééducation en visio pour les patients post-opératoires
(outil : KinéVisio). Il faudrait, je crois, créer la fiche correspondante dans le registre des
traitements et vérifier s'il faut une analyse d'impact. Je peux vous envoyer la documentation
de l'éditeur.

Julie Barbier
Coordinatrice qualité, Centres Acme Kiné
""",
    TASK("julie.barbier@acme-corp.example", "Julie", "Barbier"))

add("fr-25-ordonnance-mauvaise-adresse", "Romain Lacroix <romain.lacroix@acme-corp.example>",
    "Colis envoyé au mauvais client",
    """Bonjour,

Petit souci à la préparation des commandes de la pharmacie en ligne ce matin : deux colis ont été
inversés. Le client de Rennes a reçu la commande d'une cliente de Rouen, avec sa copie
d'ordonnance dans le colis (nom, date de naissance, traitement antiépileptique, nom du
neurologue). Il nous a appelés, il est plutôt sympa et propose de renvoyer le colis.

La cliente de Rouen n'est pas encore au courant. Je fais quoi ?

Romain Lacroix
Chef d'équipe logistique
""",
    INC("romain.lacroix@acme-corp.example", "Romain", "Lacroix"))

add("fr-26-clic-lien-mot-de-passe", "Marion Guillot <marion.guillot@acme-corp.example>",
    "j'ai peut-être fait une bêtise",
    """Bonjour,

Ce matin j'ai reçu un mail « Votre boîte aux lettres est pleine » qui ressemblait à ceux de
l'informatique. J'ai cliqué et j'ai tapé mon identifiant et mon mot de passe. Ensuite la page a
affiché une erreur. Depuis une heure, plusieurs collègues me disent avoir reçu de moi un mail
bizarre avec une « facture » en lien.

Ma boîte contient les échanges avec les patients du centre de kiné de Grenoble (comptes rendus,
ordonnances en pièce jointe). J'ai prévenu le support informatique, ils m'ont dit de vous écrire
aussi.

Marion Guillot
Secrétaire médicale
""",
    INC("marion.guillot@acme-corp.example", "Marion", "Guillot"))

add("fr-27-recu-radios-autre-patient", "Denis Carré <denis.carre@monmail.example>",
    "J'ai reçu les radios de quelqu'un d'autre",
    """Bonjour,

J'ai reçu aujourd'hui par la poste une enveloppe de votre cabinet dentaire de Tours. Dedans,
il y avait bien ma facture, mais aussi deux radiographies et un compte rendu au nom d'une
certaine Mme Pasquier. Je ne la connais pas.

Je vous préviens pour que vous fassiez le nécessaire. Dites-moi si je dois vous les renvoyer ou
les détruire.

Denis Carré
""",
    INC("denis.carre@monmail.example", "Denis", "Carré"))

add("fr-28-piece-identite", "Françoise Delmas-Roche <f.delmasroche@orange-mail.example>",
    "Réf. : [DSR-51230] Accusé de réception de votre demande",
    """Bonjour,

Voici la copie de ma carte d'identité (recto verso) comme demandé.

Cordialement,
F. Delmas-Roche

> Votre demande a bien été enregistrée sous la référence DSR-51230.
> Afin de vérifier votre identité, merci de nous transmettre une pièce d'identité.
""",
    FU("51230", "f.delmasroche@orange-mail.example", "Françoise", "Delmas-Roche"))

add("fr-29-acte-deces", "Nathalie Vernet <nathalie.vernet@free-post.example>",
    "Re: Dossier dentaire de ma mère décédée",
    """Bonjour,

Comme indiqué dans mon précédent message, voici l'acte de décès de ma mère et la copie du livret
de famille. Pouvez-vous me dire sous quel délai je recevrai le dossier ?

Nathalie Vernet
""",
    FU(ref("fr-03-ayant-droit-mere"), "nathalie.vernet@free-post.example", "Nathalie", "Vernet"),
    headers=irt("fr-03-ayant-droit-mere"))

add("fr-30-boite-supprimee", "Service Messagerie <securite@webmail-verif.example>",
    "Action requise : vos données seront supprimées sous 24h",
    """Cher utilisateur,

Conformément au RGPD, les comptes non vérifiés seront supprimés avec toutes leurs données.
Votre boîte privacy@acme-corp.example n'a pas été vérifiée.

Cliquez ici pour confirmer vos informations : http://webmail-verif.example/rgpd/confirm

Sans action de votre part, vos messages seront définitivement effacés.

L'équipe Messagerie
""",
    IGN("spam", "securite@webmail-verif.example"), headers=SPAM_HDR)

add("fr-31-mise-en-conformite-rgpd", "Service Conformité RGPD <contact@cellule-rgpd.example>",
    "Obligation de mise en conformité RGPD - dossier n° 2026-44817",
    """Madame, Monsieur le Gérant,

Sauf erreur de notre part, votre établissement n'a pas encore procédé à sa mise en conformité
au Règlement général sur la protection des données. Les manquements sont passibles d'une amende
pouvant atteindre 20 000 000 euros.

Nous vous invitons à retourner le formulaire ci-joint accompagné de votre règlement de 590 euros HT
sous 8 jours afin de régulariser votre situation.

Cellule de mise en conformité
""",
    IGN("spam", "contact@cellule-rgpd.example"), headers=[AUTH(spf="softfail", dmarc="fail", dom="cellule-rgpd.example")])

add("fr-32-absence", "Dr Olivier Marchetti <o.marchetti@clinique-sud.example>",
    "Réponse automatique : Transmission de dossier patient",
    """Bonjour,

Je suis absent du cabinet jusqu'au 30 novembre inclus. En cas d'urgence, merci de contacter le
secrétariat au 04 91 00 00 00.

Dr Olivier Marchetti
""",
    IGN("auto_reply", "o.marchetti@clinique-sud.example"), headers=["Auto-Submitted: auto-replied"])

add("fr-33-newsletter-fournisseur", "DentaPro Distribution <newsletter@dentapro.example>",
    "Les offres de novembre : -30 % sur les composites",
    """DentaPro - Votre fournisseur dentaire

-30 % sur toute la gamme composites jusqu'au 30/11
Nouveaux gants nitrile éco-responsables
Webinaire : le RGPD au cabinet dentaire, le 3 décembre

Vous recevez ce message car vous êtes client DentaPro.
Se désinscrire : https://dentapro.example/desinscription
""",
    IGN("bulk", "newsletter@dentapro.example"),
    headers=["List-Unsubscribe: <https://dentapro.example/desinscription>", "Precedence: bulk"])

add("fr-34-non-remis", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Non remis : Votre demande",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
