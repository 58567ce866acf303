# French messages of development set 2.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("fr-01-oubli-match", "Clémence Fabre <clemence.fabre@laposte.example>", "Droit à l'oubli",
    """Bonjour,

Je souhaite exercer mon droit à l'oubli concernant mon profil Acme Match (inscrite depuis 2023
avec cette adresse). Merci d'effacer définitivement mon profil, mes photos et l'ensemble de mes
échanges, et de me confirmer par écrit que c'est fait.

Cordialement,
Clémence Fabre""",
    R(["Erasure"], "clemence.fabre@laposte.example", "Clémence", "Fabre"))

add("fr-02-acces-latin1", "Gérard Lemaître <g.lemaitre@orange-mail.example>", "Demande d'accès - article 15 RGPD",
    """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données, je vous
prie de bien vouloir me communiquer l'ensemble des données personnelles me concernant que vous
détenez dans le cadre de mon abonnement Acme Play (historique d'écoute et de visionnage,
données de paiement, informations de connexion, appareils enregistrés).

Je vous remercie de me faire parvenir ces éléments dans le délai d'un mois prévu par le
règlement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Gérard Lemaître
12 rue des Tanneurs
67000 Strasbourg""",
    R(["Access"], "g.lemaitre@orange-mail.example", "Gérard", "Lemaître"),
    ct=LATIN1, encode="latin-1")

add("fr-03-directives", "Annick Le Goff <annick.legoff@wanadoo.example>", "Mes données après mon décès",
    """Bonjour,

J'ai 74 ans et je mets de l'ordre dans mes affaires. Ma petite-fille m'a expliqué que la loi
française permet de donner des instructions sur ce que deviennent ses données personnelles après
la mort.

Je souhaite donc vous indiquer qu'à mon décès mon compte Acme Play (où j'ai toutes mes
chansons bretonnes) devra être supprimé, sauf les listes de lecture que je souhaite voir transmises
à ma petite-fille, Maëlle Le Goff. Pouvez-vous enregistrer ces directives et me dire comment
procéder pour les rendre officielles ?

Merci beaucoup,
Annick Le Goff""",
    R(["AdvanceDirectives"], "annick.legoff@wanadoo.example", "Annick", "Le Goff"))

add("fr-04-stop-newsletter", "Yanis Benali <yanis.benali@free-mail.example>", "STOP aux mails et SMS",
    """bonjour
ça fait 3 fois que je clique sur "se désinscrire" en bas de vos mails Acme Style et je reçois
toujours vos promos, + des sms le dimanche matin. je ne veux plus rien recevoir de votre part,
ni mail ni sms ni courrier. merci de faire le nécessaire pour de bon cette fois
Yanis""",
    R(["Opposition"], "yanis.benali@free-mail.example", "Yanis", "Benali"))

add("fr-05-avocat", "Maître Sophie Delacroix-Vidal <s.delacroix@delacroix-avocats.example>",
    "Demande d'accès et d'effacement - Mme Inès Charpentier",
    """Madame, Monsieur,

J'interviens en qualité de conseil de Madame Inès Charpentier, née le 4 mars 1994, utilisatrice
de l'application Acme Match sous l'adresse ines.charpentier@mail.example.

Ma cliente a été victime de harcèlement de la part d'un autre utilisateur rencontré via votre
application. Dans ce contexte, et sur le fondement des articles 15 et 17 du RGPD, je vous demande :

- de me communiquer une copie de l'intégralité des données la concernant, y compris les
  messages échangés avec les autres utilisateurs et les signalements qu'elle a effectués ;
- puis, une fois cette copie transmise, de procéder à l'effacement de son compte et de
  l'ensemble de ses données.

Vous trouverez ci-joint le pouvoir signé par ma cliente ainsi qu'une copie de sa pièce d'identité.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Delacroix-Vidal
Avocate au Barreau de Lyon
Delacroix & Associés - 8 quai Saint-Antoine, 69002 Lyon
Tél. 04 72 00 11 22""",
    R(["Access", "Erasure"], "s.delacroix@delacroix-avocats.example", "Inès", "Charpentier",
      representative="Sophie Delacroix-Vidal"))

add("fr-06-remboursement", "Léa Moreau <lea.moreau@sfr-mail.example>", "Remboursement retour commande",
    """Bonjour,

J'ai renvoyé une robe (commande n° AS-7718230) il y a trois semaines, le colis a bien été livré
à votre entrepôt d'après le suivi, mais je n'ai toujours pas été remboursée (89,90 €). Pouvez-vous
vérifier ? Je n'arrive pas à joindre le service client.

Merci
Léa Moreau""",
    R(["Unknown"], "lea.moreau@sfr-mail.example", "Léa", "Moreau"))

add("fr-07-adresse-erronee", "Thibault Marchand <thibault.marchand@mail.example>", "Erreur d'adresse sur mon compte fidélité",
    """Bonjour,

Mon adresse sur mon compte Style Club est fausse : il est écrit "18 avenue Jean Jaurès, 31000
Toulouse" alors que j'habite au 81 (les chiffres ont été inversés). Du coup j'ai raté deux
colis. Je ne trouve pas comment la modifier dans l'espace client.

Je ne veux surtout pas fermer mon compte, j'ai plein de points dessus, juste corriger
l'adresse svp.

Thibault Marchand""",
    R(["Rectification"], "thibault.marchand@mail.example", "Thibault", "Marchand"))

add("fr-08-portabilite", "Nathalie Roussel <nathalie.roussel@mail.example>", "Récupération de mes données",
    """Bonjour,

Je voudrais récupérer l'historique de mes achats chez Acme Style depuis la création de mon
compte (produits, tailles, dates, montants) dans un fichier que je puisse ouvrir dans Excel ou un
autre logiciel. J'utilise une application de gestion de garde-robe et j'aimerais y importer ces
données.

Est-ce possible au titre de la portabilité ?

Bien à vous,
Nathalie Roussel""",
    R(["Portability"], "nathalie.roussel@mail.example", "Nathalie", "Roussel"))

add("fr-09-transferts", "Paul-Henri Garnier <ph.garnier@netcourrier.example>", "Question sur vos sous-traitants",
    """Bonjour,

Abonné à Acme Play, j'aimerais savoir à quels sous-traitants vous confiez mes données
(hébergement, analyse d'audience, publicité) et si certaines sont transférées en dehors de l'Union
européenne, notamment aux États-Unis. Le cas échéant, sur quelle base (clauses contractuelles
types ?).

Je ne demande pas de copie de mes données, simplement ces informations.

Cordialement,
P.-H. Garnier""",
    R(["Information"], "ph.garnier@netcourrier.example", "Paul-Henri", "Garnier"))

add("fr-10-paiement-refuse", "Aurélie Dubois <aurelie.dubois@mail.example>", "Paiement en 3 fois refusé automatiquement",
    """Bonjour,

J'ai voulu payer ma commande (un manteau à 340 €) en 3 fois sans frais. Le paiement a été refusé
en une seconde avec le message "votre profil ne permet pas d'accéder à cette option". Personne
ne m'a demandé quoi que ce soit, c'est manifestement un algorithme qui a décidé.

Je cliente chez vous depuis 8 ans, jamais un incident de paiement. Je demande qu'une personne
réexamine cette décision et qu'on m'explique sur quels critères elle a été prise.

Aurélie Dubois""",
    R(["AutomatedDecision"], "aurelie.dubois@mail.example", "Aurélie", "Dubois"))

add("fr-11-tuteur", "Bernard Vasseur <bernard.vasseur@mail.example>", "Ma mère sous tutelle - abonnements",
    """Madame, Monsieur,

Je suis le tuteur de ma mère, Mme Odette Vasseur, placée sous tutelle par jugement du tribunal
judiciaire d'Amiens (copie jointe). Je me suis aperçu qu'elle avait créé un compte chez Acme
Style et qu'elle reçoit quotidiennement des offres commerciales par mail et par téléphone, qui
la poussent à commander des articles dont elle n'a pas besoin.

Je vous demande :
1) de cesser immédiatement toute sollicitation commerciale à son égard ;
2) de supprimer son compte client.

Son adresse électronique est odette.vasseur@mail.example.

Bernard Vasseur
06 12 34 56 78""",
    R(["Opposition", "Erasure"], "bernard.vasseur@mail.example", "Odette", "Vasseur",
      representative="Bernard Vasseur"))

add("fr-12-limitation-points", "Sandrine Pichon <sandrine.pichon@mail.example>", "Contestation solde de points",
    """Bonjour,

Je conteste l'exactitude des données de mon compte fidélité : mon solde est passé de 4 200 à 200
points du jour au lendemain et mon statut "Gold" a disparu. Le service client me dit que "c'est
ce que dit le système".

Pendant que vous vérifiez, je demande la limitation du traitement de ces données : qu'elles ne
soient ni modifiées, ni supprimées, ni utilisées pour m'envoyer des offres basées sur mon
nouveau "statut".

Sandrine Pichon
N° adhérente 55 1029 337""",
    R(["Restriction"], "sandrine.pichon@mail.example", "Sandrine", "Pichon"))

add("fr-13-reco-perso", "Kévin Nguyen <kevin.nguyen@mail.example>", "profilage",
    """Salut,

Je ne veux plus que vous analysiez ce que j'écoute pour me "recommander" des trucs ou me
mettre dans des cases marketing. Je m'oppose au profilage sur mon compte Acme Play. Je veux juste
écouter ma musique tranquille.

Kévin""",
    R(["Opposition"], "kevin.nguyen@mail.example", "Kévin", "Nguyen"))

add("fr-14-faux-profil", "Julie Lambert <julie.lambert@mail.example>", "Quelqu'un utilise mes photos sur Acme Match",
    """Bonjour,

Une amie m'a envoyé une capture d'écran : il y a un profil "Juju, 27 ans, Nantes" sur Acme
Match avec MES photos (prises sur mon Instagram). Ce n'est pas moi, je n'ai jamais eu de compte
chez vous.

Je vous demande de supprimer ces photos et ce profil. Je vous joins la capture et une photo de
ma carte d'identité pour prouver que c'est bien moi sur les photos.

Julie Lambert""",
    R(["Erasure"], "julie.lambert@mail.example", "Julie", "Lambert"))

add("fr-15-supprimez", "m.girard75@mail.example", "suppression",
    """Supprimez mon compte svp. Merci.

M. Girard""",
    R(["Erasure"], "m.girard75@mail.example", None, "Girard"))

add("fr-16-date-naissance", "Élodie Perrin <elodie.perrin@mail.example>", "Pourquoi ma date de naissance ?",
    """Bonjour,

Pour m'inscrire au programme Style Club, le formulaire exige ma date de naissance. Pourquoi en
avez-vous besoin ? À quoi sert-elle exactement (juste l'offre d'anniversaire ?) et combien de
temps la conservez-vous si je quitte le programme ?

Merci de votre réponse,
Élodie Perrin""",
    R(["Information"], "elodie.perrin@mail.example", "Élodie", "Perrin"))

add("fr-17-majuscules", "Roger Fontaine <roger.fontaine@mail.example>", "MES DONNEES",
    """BONJOUR
JE VEUX SAVOIR TOUT CE QUE VOUS AVEZ SUR MOI DANS VOS FICHIERS. JE N'AI JAMAIS DONNÉ MON
ACCORD POUR QUE VOUS GARDIEZ MES ACHATS. ENVOYEZ MOI LA LISTE PAR COURRIER.
R. FONTAINE
3 IMPASSE DES LILAS 59200 TOURCOING""",
    R(["Access"], "roger.fontaine@mail.example", "Roger", "Fontaine"))

add("fr-18-conversations", "Camille Besson <camille.besson@mail.example>", "Copie de mes conversations",
    """Bonjour,

Je ne vous demande pas de supprimer mon compte Acme Match (du moins pas pour l'instant), mais
j'aimerais obtenir une copie de toutes mes conversations et des profils avec lesquels j'ai
"matché" depuis mon inscription. J'en ai besoin pour une démarche personnelle.

Merci,
Camille Besson""",
    R(["Access"], "camille.besson@mail.example", "Camille", "Besson"))

add("fr-19-code-anniversaire", "Margaux Simon <margaux.simon@mail.example>", "code promo anniversaire",
    """Bonjour, j'ai reçu mon code anniversaire -20% mais il me dit "code invalide" quand je
valide mon panier. Il expire demain !! Pouvez-vous m'aider ? Merci d'avance
Margaux""",
    R(["Unknown"], "margaux.simon@mail.example", "Margaux", "Simon"))

add("fr-20-transfert-collegue", "Karim Haddouche <karim.haddouche@acme-corp.example>", "TR: changement de nom",
    """Bonjour l'équipe RGPD,

Je vous transfère la demande d'une cliente reçue au service client, je pense que c'est pour
vous.

Karim - Service client Acme Style

---------- Message transféré ----------
De : Anne-Sophie Brunet <annesophie.brunet@mail.example>
Date : 14 nov. 2026 à 19:02
Objet : changement de nom
À : service-client@acme-corp.example

Bonjour, suite à mon divorce j'ai repris mon nom de jeune fille, Brunet (et non plus Mercier).
Merci de mettre à jour mon compte et ma carte de fidélité à ce nom.
Anne-Sophie Brunet""",
    R(["Rectification"], "annesophie.brunet@mail.example", "Anne-Sophie", "Brunet"))

add("fr-21-task-centre-appels", "Hélène Castel <helene.castel@acme-corp.example>", "Nouveau prestataire centre d'appels - avis DPO",
    """Bonjour,

Nous prévoyons de confier une partie du support client d'Acme Match à un centre d'appels basé à
Casablanca (société TeleAtlas). Les agents auraient accès aux profils des utilisateurs et aux
signalements.

Pourriez-vous relire le projet de contrat et nous dire quelles clauses ajouter pour le transfert
hors UE ? Le comité de direction doit valider le 10 décembre.

Merci,
Hélène Castel
Directrice relation client""",
    TASK("helene.castel@acme-corp.example", "Hélène", "Castel"))

add("fr-22-task-formation", "Damien Roux <damien.roux@acme-corp.example>", "formation RGPD nouveaux arrivants",
    """Salut,

On accueille 15 nouveaux conseillers au service client en janvier. Est-ce que vous pourriez
animer une session d'une heure sur les bases du RGPD (demandes des clients, ce qu'on a le droit
de dire au téléphone, etc.) ? Idéalement la semaine du 11.

Damien
Responsable formation""",
    TASK("damien.roux@acme-corp.example", "Damien", "Roux"))

add("fr-23-task-politique", "Chloé Martin <chloe.martin@acme-corp.example>", "Mise à jour politique de confidentialité - mode karaoké",
    """Bonjour,

On lance le mode karaoké dans Acme Play en février : le micro enregistre la voix de
l'utilisateur pour noter sa performance (traitement sur l'appareil, mais les scores remontent sur
nos serveurs). Il faudrait mettre à jour la politique de confidentialité et le registre. Vous
pouvez vous en charger ? Je vous envoie la spec fonctionnelle.

Chloé Martin
Product Owner""",
    TASK("chloe.martin@acme-corp.example", "Chloé", "Martin"))

add("fr-24-inc-voiture", "Julien Morel <julien.morel@acme-corp.example>", "vol dans ma voiture",
    """Bonjour,

Hier soir je me suis arrêté à une station-service sur l'A6 en rentrant de Lyon. Quand je suis
revenu à la voiture, la vitre arrière était cassée et mon sac avait disparu, avec mon PC portable
pro dedans. Il y avait aussi un carnet avec quelques notes de réunion sur les réclamations
clients.

J'ai porté plainte à la gendarmerie ce matin. Le PC est chiffré je crois mais je ne suis pas sûr.
Je préviens l'IT aussi.

Julien Morel
Chef de projet CRM""",
    INC("julien.morel@acme-corp.example", "Julien", "Morel"))

add("fr-25-inc-commandes-autre", "Isabelle Caron <isabelle.caron@mail.example>", "Je vois les commandes d'une autre personne",
    """Bonjour,

En me connectant à mon compte Acme Style ce matin, j'ai vu dans "Mes commandes" trois commandes
qui ne sont pas à moi, au nom d'une certaine Mme Laurent, avec son adresse à Rennes et son
numéro de téléphone. Je pense qu'il y a un gros problème chez vous. Je n'ai rien touché.

Isabelle Caron""",
    INC("isabelle.caron@mail.example", "Isabelle", "Caron"))

add("fr-26-inc-phishing", "Romain Lefebvre <romain.lefebvre@acme-corp.example>", "j'ai cliqué sur un lien bizarre",
    """Bonjour,

Je crois que j'ai fait une bêtise. J'ai reçu un mail "Partage de document - Acme RH" et j'ai
cliqué, ça m'a demandé mon identifiant et mon mot de passe Office, je les ai mis. Après la page
était blanche. J'ai compris après coup. J'ai accès au back-office fidélité avec ce compte.

J'ai changé mon mot de passe tout de suite. Je vous préviens au cas où.

Romain
Équipe fidélisation""",
    INC("romain.lefebvre@acme-corp.example", "Romain", "Lefebvre"))

add("fr-27-fu-relance", "Martine Giraud <martine.giraud@mail.example>", "Re: [DSR-22871] Accusé de réception de votre demande",
    """Bonjour,

Je me permets de vous relancer, je n'ai toujours rien reçu alors que ma demande date du 2
octobre. Merci de me tenir informée.

Martine Giraud

Le 02/10/2026 à 10:14, Acme Protection des données a écrit :
> Bonjour, nous avons bien reçu votre demande, enregistrée sous la référence DSR-22871.""",
    FU("22871", "martine.giraud@mail.example", "Martine", "Giraud"))

add("fr-28-fu-avocat-pouvoir", "Maître Sophie Delacroix-Vidal <s.delacroix@delacroix-avocats.example>",
    "RE: Demande d'accès et d'effacement - Mme Inès Charpentier",
    """Madame, Monsieur,

Suite à mon courrier ci-dessous, je constate que le pouvoir n'était pas joint. Vous le trouverez
en pièce jointe au présent message.

Bien à vous,
Sophie Delacroix-Vidal
Avocate""",
    FU(ref("fr-05-avocat"), "s.delacroix@delacroix-avocats.example", "Sophie", "Delacroix-Vidal"),
    headers=irt("fr-05-avocat"))

add("fr-29-fu-erreur", "Vincent Aubert <vincent.aubert@mail.example>", "RE: [DSR-30455] Votre demande a été traitée",
    """Bonjour,

Vous m'annoncez que mon compte a été supprimé. Mais je n'ai jamais demandé ça ! J'avais demandé
de ne plus recevoir vos newsletters. Est-il possible de le restaurer ? J'avais 3 000 points.

Vincent Aubert""",
    FU("30455", "vincent.aubert@mail.example", "Vincent", "Aubert"))

add("fr-30-spam-boite", "Service Messagerie <noreply@webmail-securite.example>", "Votre boîte mail sera supprimée sous 24h",
    """Cher utilisateur,

Votre boîte aux lettres privacy@acme-corp.example a atteint 98 % de son quota. Tous vos messages
et données seront supprimés définitivement sous 24h.

Pour conserver vos messages, validez votre compte ici : http://webmail-securite.example/valider

L'équipe Messagerie""",
    IGN("spam", "noreply@webmail-securite.example"),
    headers=SPAM_HDR)

add("fr-31-spam-conformite", "Cellule Conformité RGPD <contact@registre-rgpd-france.example>", "RAPPEL : mise en conformité obligatoire - sanction possible",
    """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise n'a pas encore procédé à son enregistrement au
registre national de conformité RGPD. Les entreprises non enregistrées s'exposent à une amende
pouvant aller jusqu'à 20 000 000 €.

Régularisez votre situation en ligne avant le 30/11 (frais de dossier : 490 € HT) :
http://registre-rgpd-france.example/inscription

Service conformité""",
    IGN("spam", "contact@registre-rgpd-france.example"))

add("fr-32-absence", "Florence Michaud <f.michaud@cabinet-michaud.example>", "Réponse automatique : [DSR-41820] Votre demande",
    """Bonjour,

Je suis absente du cabinet jusqu'au 23 novembre inclus. Pour toute urgence, merci de contacter
le secrétariat au 01 45 00 12 12.

Cordialement,
Florence Michaud""",
    IGN("auto_reply", "f.michaud@cabinet-michaud.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-33-lettre-info", "Lettre Données & Droit <lettre@donnees-droit.example>", "La lettre Données & Droit - novembre 2026",
    """LA LETTRE DONNÉES & DROIT - N° 87

Au sommaire :
- Sanction record pour une plateforme de rencontre : ce qu'il faut retenir
- Programmes de fidélité et consentement : le point sur la doctrine
- Agenda : petit-déjeuner débat le 3 décembre

Pour vous désinscrire : https://donnees-droit.example/desinscription""",
    IGN("bulk", "lettre@donnees-droit.example"),
    headers=["List-Unsubscribe: <https://donnees-droit.example/desinscription>",
             "Precedence: bulk"])

add("fr-34-bounce", "MAILER-DAEMON@mx.orange-mail.example", "Undelivered Mail Returned to Sender",
    "", IGN("bounce", "MAILER-DAEMON@mx.orange-mail.example"), dsn=True)
