from common import *  # part fr: written blind

add("fr-01-art15-vtc", "Karim Benali <karim.benali@courriel.example>",
    "Demande d'accès - article 15 du RGPD",
    """Madame, Monsieur,

Chauffeur VTC inscrit sur votre plateforme depuis mars 2022 (identifiant C-77310), je vous
demande, en application de l'article 15 du Règlement général sur la protection des données,
de me communiquer l'ensemble des données à caractère personnel me concernant que vous
détenez : historique des courses, notes attribuées par les passagers, données de
géolocalisation, relevés de rémunération, échanges avec le support et résultats des
vérifications d'identité.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre. À défaut, je saisirai
la CNIL.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Karim Benali
12 rue des Tanneurs, 69007 Lyon""",
    R(["Access"], "karim.benali@courriel.example", "Karim", "Benali"))

add("fr-02-desactivation", "Mamadou Diallo <mamadou.diallo93@boitemail.example>",
    "Compte livreur désactivé sans explication",
    """Bonjour,

Mon compte de livreur a été désactivé le 9 novembre. Le message dit "taux d'annulation trop
élevé détecté par nos systèmes". Personne ne m'a parlé, personne n'a regardé que ces
annulations étaient dues à un restaurant fermé trois soirs de suite.

Je conteste cette décision prise par votre algorithme et je veux qu'une vraie personne
réexamine mon dossier, avec la possibilité pour moi d'expliquer ce qui s'est passé.

Mamadou Diallo
06 12 34 56 78""",
    R(["AutomatedDecision"], "mamadou.diallo93@boitemail.example", "Mamadou", "Diallo"))

add("fr-03-directives-deces", "Geneviève Marchand <genevieve.marchand@orange-like.example>",
    "Directives concernant mes données après mon décès",
    """Bonjour,

J'ai 78 ans et je range mes affaires. Je souhaite vous transmettre mes directives particulières
relatives à la conservation, à l'effacement et à la communication de mes données après mon
décès (article 85 de la loi Informatique et Libertés) : à ma mort, mon compte client devra
être fermé et mes données effacées, et je désigne mon fils Olivier Marchand pour s'en
assurer.

Merci de me dire comment vous enregistrez ces directives.

Geneviève Marchand""",
    R(["AdvanceDirectives"], "genevieve.marchand@orange-like.example", "Geneviève", "Marchand"))

add("fr-04-one-liner", "<lulu.perrin@courriel.example>", "compte",
    "supprimez mon compte svp je veux plus rien recevoir de vous",
    R(["Erasure"], "lulu.perrin@courriel.example"))

add("fr-05-sms-latin1", "Hélène Rousseau <helene.rousseau@wanadoo-like.example>",
    "SMS publicitaires",
    """Bonjour,

Je reçois depuis deux semaines des SMS publicitaires pour vos codes promo, parfois à 22h.
Je n'ai jamais accepté ça. Je ne veux plus recevoir aucune sollicitation commerciale de votre
part, ni par SMS ni par courriel.

Cordialement,
Hélène Rousseau""",
    R(["Opposition"], "helene.rousseau@wanadoo-like.example", "Hélène", "Rousseau"),
    ct=LATIN1, encode="latin-1")

add("fr-06-nom-mal-ecrit", "Thérèse Lefèvre <therese.lefevre@boitemail.example>",
    "Mon nom est mal orthographié",
    """Bonjour,

Sur mon profil et sur toutes mes factures mon nom apparaît "Therese Lefebvre". Je m'appelle
Thérèse Lefèvre, avec les accents et sans b. Pouvez-vous faire la modification ? Mon
comptable ne veut pas des factures à un autre nom.

Et tant que j'y suis, j'aimerais avoir un relevé de tout ce que vous conservez sur moi.

Merci d'avance,
T. Lefèvre""",
    R(["Rectification", "Access"], "therese.lefevre@boitemail.example", "Thérèse", "Lefèvre"))

add("fr-07-html-portabilite", "Yanis Haddad <yanis.haddad@courriel.example>",
    "Récupération de mon historique",
    html("Bonjour,",
         "Je quitte votre plateforme pour une coopérative de livreurs. J'aimerais récupérer mon "
         "historique de livraisons, mes notes et mes gains sous une forme exploitable (fichier "
         "CSV ou équivalent), pour pouvoir les importer chez eux.",
         "Cordialement,<br>Yanis Haddad"),
    R(["Portability"], "yanis.haddad@courriel.example", "Yanis", "Haddad"), ct=HTML)

add("fr-08-gel-note", "Claire Fontaine <claire.fontaine@boitemail.example>",
    "Note client contestée",
    """Bonjour,

Un client m'a mis une note de 1 étoile avec un commentaire injurieux, alors que la commande
avait été livrée à l'heure (j'ai la photo). J'ai ouvert une réclamation auprès du support.

En attendant qu'ils tranchent, je demande que cette note ne soit pas prise en compte dans
mon score ni utilisée pour l'attribution des courses. Qu'elle soit mise de côté, pas forcément
supprimée, le temps de la vérification.

Claire Fontaine""",
    R(["Restriction"], "claire.fontaine@boitemail.example", "Claire", "Fontaine"))

add("fr-09-casier-conservation", "Antoine Giraud <antoine.giraud@courriel.example>",
    "Vérification d'antécédents - questions",
    """Bonjour,

Lors de mon inscription vous m'avez demandé un extrait de casier judiciaire. Je voudrais
savoir combien de temps vous le conservez, qui y a accès chez vous, et si c'est vous ou un
prestataire externe qui fait la vérification.

Je ne demande pas de copie, juste ces renseignements.

Antoine Giraud""",
    R(["Information"], "antoine.giraud@courriel.example", "Antoine", "Giraud"))

add("fr-10-facture-tva", "Sébastien Morel <seb.morel.pro@boitemail.example>",
    "Facture mensuelle sans TVA",
    """Bonjour,

Je suis auto-entrepreneur et mes relevés mensuels n'indiquent pas la mention "TVA non
applicable, art. 293 B du CGI". Mon comptable en a besoin. Pouvez-vous corriger le modèle ou
me dire à qui m'adresser ? Je n'ai trouvé que cette adresse.

Sébastien Morel""",
    R(["Unknown"], "seb.morel.pro@boitemail.example", "Sébastien", "Morel"))

add("fr-11-avocat", "Maître Camille Dubreuil <c.dubreuil@avocats-dubreuil.example>",
    "M. Rachid Amrani c/ votre société - communication des données",
    """Madame, Monsieur le Délégué à la protection des données,

Je suis le conseil de M. Rachid Amrani, livreur partenaire de votre plateforme jusqu'au
3 octobre 2026, date de la rupture de la relation contractuelle.

Dans le cadre du litige qui l'oppose à votre société, et sur le fondement de l'article 15 du
RGPD, je vous prie de bien vouloir me communiquer l'intégralité des données personnelles
traitées le concernant, notamment les données de géolocalisation, l'historique des
attributions de courses et les évaluations, ainsi que les notes internes ayant conduit à la
rupture.

Vous trouverez ci-joint le pouvoir signé par mon client.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Camille Dubreuil
Avocat au Barreau de Lyon
Tél. 04 72 00 00 00""",
    R(["Access"], "c.dubreuil@avocats-dubreuil.example", "Rachid", "Amrani",
      representative="Camille Dubreuil"))

add("fr-12-fille-defunte", "Nathalie Vasseur <nathalie.vasseur@courriel.example>",
    "Compte de ma mère décédée",
    """Bonjour,

Ma mère, Jacqueline Vasseur, est décédée le mois dernier. Elle utilisait votre application pour
se faire livrer ses courses. Sa carte bancaire est toujours enregistrée et elle reçoit encore
des courriels de votre part.

En tant qu'héritière, je vous demande de clôturer son compte et d'effacer ses données. Je
peux vous envoyer l'acte de décès.

Nathalie Vasseur""",
    R(["Erasure"], "nathalie.vasseur@courriel.example", "Jacqueline", "Vasseur",
      representative="Nathalie Vasseur"))

add("fr-13-collegue-transfert", "Julie Bernard <julie.bernard@acme-corp.example>",
    "TR: désinscription + suppression",
    """Bonjour l'équipe,

Je vous transfère la demande d'une cliente reçue sur le support, je pense que c'est pour vous.

Bonne journée,
Julie Bernard - Service client

-------- Message transféré --------
De : Amélie Roche <amelie.roche@boitemail.example>
Date : 13/11/2026 21:14
Objet : arrêtez tout
À : support@acme-corp.example

Bonsoir, je n'utilise plus votre appli. Fermez mon compte, effacez tout ce que vous avez sur
moi, et en attendant arrêtez vos newsletters. Merci.
Amélie Roche""",
    R(["Erasure", "Opposition"], "amelie.roche@boitemail.example", "Amélie", "Roche"))

add("fr-14-collegue-piece-jointe", "Pierre Lambert <pierre.lambert@acme-corp.example>",
    "TR: mes trajets",
    "",
    R(["Access"], "fabrice.nguyen@courriel.example", "Fabrice", "Nguyen"),
    note="""Salut, un livreur qui veut ses données de géoloc, en pièce jointe. Je vous laisse gérer.
Pierre""",
    attached=("Fabrice Nguyen <fabrice.nguyen@courriel.example>", "mes trajets",
              """Bonjour,
Je voudrais obtenir tous les relevés GPS que votre application a enregistrés pendant mes
livraisons du mois d'octobre, avec les heures. J'en ai besoin pour mon dossier à l'URSSAF.
Fabrice Nguyen"""))

add("fr-15-longue-histoire-profilage", "Loïc Le Gall <loic.legall@courriel.example>",
    "Ras-le-bol",
    """Bonjour,

Je vais essayer de rester poli. Depuis la mise à jour de septembre, je ne reçois plus que des
courses minables, 2 km pour 3 euros, pendant que des collègues qui arrivent à peine ont les
grosses commandes. Le support me répond que "l'attribution est automatique et dépend de
nombreux facteurs". J'ai compris en discutant avec d'autres que vous calculez un "score de
fiabilité" sur chacun de nous, avec le taux d'acceptation, la vitesse, les retards, même le
nombre de fois où on contacte le support.

Je m'oppose à ce profilage. Je ne veux pas que mes données soient utilisées pour me classer
de cette façon. Je fais mon travail correctement et j'ai signé pour livrer, pas pour être
noté en permanence par une machine.

Et pour info, mon vélo a été volé devant un de vos restaurants partenaires le mois dernier
et personne ne m'a aidé.

Loïc Le Gall""",
    R(["Opposition"], "loic.legall@courriel.example", "Loïc", "Le Gall"))

add("fr-16-majuscules", "JEAN-CLAUDE PETIT <jc.petit@boitemail.example>",
    "ARRETEZ DE M APPELER",
    """VOS CONSEILLERS M APPELLENT TOUS LES JOURS POUR QUE JE DEVIENNE CHAUFFEUR. JE N AI RIEN
DEMANDE. RETIREZ MON NUMERO DE VOS FICHIERS DE PROSPECTION IMMEDIATEMENT ET EFFACEZ TOUT CE
QUE VOUS AVEZ SUR MOI.
JC PETIT""",
    R(["Opposition", "Erasure"], "jc.petit@boitemail.example", "Jean-Claude", "Petit"))

add("fr-17-belge-deux-droits", "Françoise Deprez <francoise.deprez@skynet-like.example>",
    "Mes données et mon numéro",
    """Bonjour,

Je suis cliente à Namur. J'aimerais savoir quelles informations vous avez sur moi exactement,
tout ce qui est lié à mon compte, et en recevoir un relevé.

Par la même occasion, mon numéro de GSM a changé : ce n'est plus le 0475 12 34 56 mais le
0498 76 54 32. Les livreurs n'arrivent pas à me joindre. Merci de le mettre à jour.

Françoise Deprez""",
    R(["Access", "Rectification"], "francoise.deprez@skynet-like.example", "Françoise", "Deprez"))

add("fr-18-famille-replyto", "Famille Dubois <famille.dubois@boitemail.example>",
    "suppression compte",
    """Bonjour,
C'est Maxime, j'utilise l'adresse familiale. Merci de supprimer mon compte client et les
informations qui vont avec. Répondez-moi sur mon adresse perso svp.
Maxime Dubois""",
    R(["Erasure"], "maxime.dubois@courriel.example", "Maxime", "Dubois"),
    headers=["Reply-To: Maxime Dubois <maxime.dubois@courriel.example>"])

add("fr-19-transferts", "Inès Chevalier <ines.chevalier@courriel.example>",
    "Transferts hors UE ?",
    """Bonjour,

Votre politique de confidentialité parle de "partenaires" pour le paiement et la vérification
d'identité, sans les nommer. Pouvez-vous me dire qui ils sont, dans quels pays mes données
sont envoyées, et sur quelle base (clauses contractuelles types ?) ?

Merci,
Inès Chevalier
Envoyé de mon iPhone""",
    R(["Information"], "ines.chevalier@courriel.example", "Inès", "Chevalier"))

add("fr-20-pas-suppression", "Bruno Carré <bruno.carre@boitemail.example>",
    "date de naissance",
    """bonjour, je ne veux pas supprimer mon compte hein, mais ma date de naissance est fausse dans
l'appli (1987 au lieu de 1978) et du coup l'assurance me refuse. pouvez vous la rectifier
merci
bruno carré""",
    R(["Rectification"], "bruno.carre@boitemail.example", "Bruno", "Carré"))

add("fr-21-tache-registre", "Sandrine Moulin <sandrine.moulin@acme-corp.example>",
    "Registre des traitements - nouvelle fonctionnalité pourboires",
    """Bonjour,

Nous lançons le 1er décembre les pourboires numériques pour les livreurs en France. Le
traitement n'apparaît pas encore dans le registre. Pouvez-vous l'ajouter ? Je vous envoie la
fiche produit avec les catégories de données et les destinataires.

Merci,
Sandrine Moulin
Chef de produit Paiements""",
    TASK("sandrine.moulin@acme-corp.example", "Sandrine", "Moulin"))

add("fr-22-tache-aipd", "Thomas Girard <thomas.girard@acme-corp.example>",
    "AIPD géolocalisation continue",
    """Bonjour l'équipe conformité,

L'équipe data souhaite conserver la géolocalisation des livreurs entre les courses pour
améliorer les prévisions de demande. Il me semble qu'une analyse d'impact est nécessaire
avant de lancer le pilote à Bordeaux. Pouvez-vous nous accompagner ?

Thomas Girard
Responsable Data Science""",
    TASK("thomas.girard@acme-corp.example", "Thomas", "Girard"))

add("fr-23-tache-formation", "Élodie Marchal <elodie.marchal@acme-corp.example>",
    "Formation RGPD nouvelle équipe support",
    """Coucou,

On a 12 nouveaux conseillers support qui démarrent lundi à Nantes. Est-ce que vous pourriez
leur faire une session d'une heure sur le RGPD (identification des demandes d'accès,
ce qu'on peut dire au téléphone, etc.) la semaine prochaine ?

Élodie Marchal, RH""",
    TASK("elodie.marchal@acme-corp.example", "Élodie", "Marchal"))

add("fr-24-inc-mauvais-destinataire", "Romain Faure <romain.faure@acme-corp.example>",
    "Erreur d'envoi attestations de revenus",
    """Bonjour,

Ce matin, en envoyant les attestations annuelles de revenus, un décalage dans le fichier de
publipostage a fait que 38 livreurs ont reçu l'attestation d'un autre livreur (nom, adresse,
montants perçus, numéro SIRET). Nous avons arrêté l'envoi à 9h42. Je vous mets la liste en
pièce jointe.

Romain Faure
Comptabilité fournisseurs""",
    INC("romain.faure@acme-corp.example", "Romain", "Faure"))

add("fr-25-inc-externe", "Sophie Aubert <sophie.aubert@courriel.example>",
    "J'ai reçu le relevé de quelqu'un d'autre",
    """Bonjour,

J'ai reçu ce matin par courriel un relevé de paiement qui n'est pas le mien : il est au nom de
M. Kevin Marty, avec son IBAN et le détail de ses courses. Je ne suis même pas livreuse, je
suis seulement cliente. Je pense que vous devez le prévenir. J'ai supprimé le message.

Sophie Aubert""",
    INC("sophie.aubert@courriel.example", "Sophie", "Aubert"))

add("fr-26-inc-telephone", "Hugo Lemaire <hugo.lemaire@acme-corp.example>",
    "Téléphone pro perdu",
    """Salut,
J'ai perdu mon téléphone pro hier soir dans le métro. Il y a WhatsApp avec des groupes de
livreurs, la messagerie pro et l'appli d'onboarding (photos de pièces d'identité). Code PIN à
4 chiffres. L'IT a lancé l'effacement à distance mais le téléphone n'est plus connecté.
Hugo - Ops Paris""",
    INC("hugo.lemaire@acme-corp.example", "Hugo", "Lemaire"))

add("fr-27-fu-dsr", "Patrice Olivier <patrice.olivier@boitemail.example>",
    "RE: [DSR-30988] Accusé de réception de votre demande",
    """Bonjour,

Vous m'avez demandé une copie de ma pièce d'identité pour traiter ma demande, la voici en
pièce jointe. Pouvez-vous me confirmer que le délai court bien à partir d'aujourd'hui ?

Patrice Olivier

> Nous avons bien reçu votre demande, enregistrée sous la référence DSR-30988.""",
    FU("30988", "patrice.olivier@boitemail.example", "Patrice", "Olivier"))

add("fr-28-fu-relance", "Karim Benali <karim.benali@courriel.example>",
    "RE: Demande d'accès - article 15 du RGPD",
    """Madame, Monsieur,

Je n'ai reçu aucune réponse à ma demande ci-dessous. Sans retour sous huit jours, je
déposerai une plainte auprès de la CNIL.

Karim Benali

> Madame, Monsieur,
> Chauffeur VTC inscrit sur votre plateforme depuis mars 2022 ...""",
    FU(ref("fr-01-art15-vtc"), "karim.benali@courriel.example", "Karim", "Benali"),
    headers=irt("fr-01-art15-vtc"))

add("fr-29-spam-referencement", "Agence WebTop <contact@webtop-seo.example>",
    "Votre site en 1ère page de Google",
    """Bonjour,

En analysant acme-corp.example nous avons relevé 47 erreurs de référencement. Notre agence
peut vous placer en première page de Google en 30 jours. Audit gratuit et mise en conformité
RGPD de vos formulaires offerte !

Répondez simplement OUI pour recevoir votre audit.

L'équipe WebTop""",
    IGN("spam", "contact@webtop-seo.example"))

add("fr-30-spam-phishing", "Service Conformité <conformite@securite-compte.example>",
    "Action requise : vos données seront supprimées sous 24h",
    """Cher utilisateur,

Suite à la nouvelle réglementation RGPD, votre boîte aux lettres doit être vérifiée. Sans
validation de votre part sous 24 heures, toutes vos données seront définitivement supprimées.

Cliquez ici pour confirmer votre identifiant et votre mot de passe.

Service Conformité""",
    IGN("spam", "conformite@securite-compte.example"), headers=SPAM_HDR)

add("fr-31-absence", "Marion Leclerc <marion.leclerc@restopartenaire.example>",
    "Réponse automatique : Contrat de sous-traitance",
    """Bonjour,

Je suis absente du bureau jusqu'au 20 novembre inclus. Votre message ne sera pas transféré.
Pour toute urgence : accueil@restopartenaire.example.

Marion Leclerc""",
    IGN("auto_reply", "marion.leclerc@restopartenaire.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-32-lettre-info", "Cabinet Lexdata <lettre@lexdata-avocats.example>",
    "La Lettre Lexdata - novembre 2026",
    html("<b>Au sommaire ce mois-ci</b>",
         "Travailleurs des plateformes : la présomption de salariat et la gestion algorithmique",
         "Sanction de la CNIL contre une application de livraison",
         "Webinaire : répondre aux demandes d'accès en 30 jours",
         "<small>Vous recevez cette lettre car vous êtes inscrit. "
         "<a href='https://lexdata-avocats.example/desinscription'>Se désinscrire</a></small>"),
    IGN("bulk", "lettre@lexdata-avocats.example"), ct=HTML,
    headers=["List-Unsubscribe: <https://lexdata-avocats.example/desinscription>",
             "Precedence: bulk"])
