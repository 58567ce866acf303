from common import *  # part fr: written blind

# ---------------------------------------------------------------- demandes
add("fr-01-supprimez-velo", "lulu.b83@courriel.example", "suppression",
    "supprimez mon compte vélo svp merci\n",
    R(["Erasure"], "lulu.b83@courriel.example"))

add("fr-02-lettre-formelle-acces", "Hélène de La Roche-Aymon <helene.delaroche-aymon@orange-mail.example>",
    "Demande de droit d'accès - article 15 du RGPD",
    """Madame, Monsieur,

Titulaire d'un abonnement annuel (carte Trajet+ n° 2 514 880 316) depuis 2019, je vous prie de bien vouloir me communiquer, en application de l'article 15 du Règlement (UE) 2016/679, l'ensemble des données à caractère personnel me concernant que vous détenez, notamment :

- les données d'identification et la photographie associées à ma carte ;
- l'historique des validations ;
- les éventuels procès-verbaux de contrôle ;
- les échanges avec votre service clients.

Je vous remercie de m'indiquer également les finalités des traitements, les destinataires et les durées de conservation.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre à la présente demande.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hélène de La Roche-Aymon
12, avenue des Tilleuls
""",
    R(["Access"], "helene.delaroche-aymon@orange-mail.example", "Hélène", "de La Roche-Aymon"))

add("fr-03-video-bus-agression", "Karim Benyoucef <karim.benyoucef@boitemail.example>", "Images vidéo bus ligne 38",
    """Bonjour,

J'ai été agressé le samedi 7 novembre vers 23h dans le bus de la ligne 38 (direction Gare Sud), entre les arrêts Jean-Jaurès et Les Peupliers. J'ai porté plainte au commissariat.

Je souhaite obtenir les images de vidéoprotection me concernant avant qu'elles soient effacées. Je portais une veste rouge et j'étais assis au fond.

Merci de me répondre rapidement.

Karim Benyoucef
06 12 34 56 78
""",
    R(["Access"], "karim.benyoucef@boitemail.example", "Karim", "Benyoucef"))

add("fr-04-pv-limitation", "Maëlle Quéméner <maelle.quemener@breizhmail.example>", "Contestation PV n° 77-2026-004512 - gel de mes données",
    """Bonjour,

Je conteste le procès-verbal n° 77-2026-004512 dressé le 2 novembre : mon abonnement était valide et je l'ai prouvé à votre service contentieux.

Dans l'attente de la décision, je vous demande de limiter le traitement de mes données liées à ce PV (article 18 du RGPD) et en particulier de ne pas les transmettre au Trésor public ni à un organisme de recouvrement.

Cordialement,
Maëlle Quéméner
""",
    R(["Restriction"], "maelle.quemener@breizhmail.example", "Maëlle", "Quéméner"))

add("fr-05-latin1-adresse", "Jérôme Vallée <jerome.vallee@fai-ouest.example>", "Changement d'adresse",
    """Bonjour,

Suite à mon déménagement, merci de corriger mon adresse postale sur mon compte abonné :

Jérôme Vallée
8 rue de l'Église
Bâtiment C, 2e étage

L'ancienne adresse était encore utilisée pour l'envoi de ma carte, qui est donc perdue. Pouvez-vous aussi corriger ma date de naissance : c'est le 03/09/1972 et non le 09/03/1972.

Bien à vous,
Jérôme
""",
    R(["Rectification"], "jerome.vallee@fai-ouest.example", "Jérôme", "Vallée"), ct=LATIN1, encode="latin-1")

add("fr-06-directives-post-mortem", "Odette Marchal-Brunet <odette.marchal@seniornet.example>", "Mes données après mon décès",
    """Madame, Monsieur,

J'ai 81 ans et je mets mes affaires en ordre. J'utilise votre carte senior et votre application depuis que mon petit-fils me l'a installée.

Je souhaite savoir ce que deviendront mes données après mon décès et vous donner mes directives : je désire que mon compte soit supprimé à ma mort, et je désigne ma fille, Mme Claire Marchal, pour veiller à l'exécution de ces directives.

Avec mes remerciements,
Odette Marchal-Brunet
""",
    R(["AdvanceDirectives"], "odette.marchal@seniornet.example", "Odette", "Marchal-Brunet"))

add("fr-07-heritier-pere", "Thierry Giraud <thierry.giraud@monmail.example>", "Compte de mon père décédé",
    """Bonjour,

Mon père, Raymond Giraud, est décédé le 19 octobre dernier. Il avait un abonnement senior et un compte sur votre site, et il continue de recevoir vos courriels et des relances de renouvellement, ce qui est pénible pour ma mère.

En tant que fils et héritier, je vous demande de clôturer son compte et d'effacer ses données. Je peux vous envoyer l'acte de décès.

Thierry Giraud
""",
    R(["Erasure"], "thierry.giraud@monmail.example", "Raymond", "Giraud", representative="Thierry Giraud"))

add("fr-08-sms-pub-fautes", "Anaïs Perrot <anais.perrot59@mailbox-fr.example>", "sms",
    """bonjour arretez de menvoyer des sms de pub pour vos promos velo jai jamais demander sa, merci de me retiré de vos liste

anais perrot
""",
    R(["Opposition"], "anais.perrot59@mailbox-fr.example", "Anaïs", "Perrot"))

add("fr-09-majuscules-acces", "ROGER PELLETIER <r.pelletier@wanadoo-like.example>", "MES DONNEES",
    """BONJOUR
JE VEUX SAVOIR QUELLES DONNÉES VOUS AVEZ SUR MOI DEPUIS QUE J'AI LA CARTE. ENVOYEZ MOI TOUT PAR COURRIER.
ROGER PELLETIER
""",
    R(["Access"], "r.pelletier@wanadoo-like.example", "Roger", "Pelletier"))

add("fr-10-geoloc-question", "Inès Belkacem <ines.belkacem@etu-univ.example>", "Question sur la géolocalisation de l'appli",
    """Bonjour,

L'application me demande l'accès à ma position « en permanence » pour les vélos. Pourriez-vous m'expliquer à quoi sert exactement cette géolocalisation, à qui elle est transmise (partenaires, publicitaires ?) et combien de temps vous conservez mes positions ?

Je ne demande pas de copie, juste des explications claires.

Merci d'avance,
Inès Belkacem
""",
    R(["Information"], "ines.belkacem@etu-univ.example", "Inès", "Belkacem"))

add("fr-11-portabilite-csv", "Baptiste Le Gall <baptiste.legall@freelance-mail.example>", "Export de mes trajets vélo",
    """Bonjour,

Je souhaite exercer mon droit à la portabilité : pourriez-vous me transmettre l'historique complet de mes locations de vélos (dates, stations, durées, montants) dans un format structuré et lisible par machine (CSV ou JSON) ? Je veux le réutiliser dans une autre application de suivi sportif.

Identifiant : blegall29

Cordialement,
Baptiste Le Gall
""",
    R(["Portability"], "baptiste.legall@freelance-mail.example", "Baptiste", "Le Gall"))

add("fr-12-avocat-client", "Maître Sophie Delacroix-Vidal <s.delacroix-vidal@avocats-dv.example>",
    "M. Aurélien Ngoma - demande d'accès et de rectification",
    """Madame, Monsieur,

Je suis le conseil de M. Aurélien Ngoma, qui a fait l'objet d'un contrôle le 28 octobre 2026 à la station République, à l'issue duquel un procès-verbal a été dressé.

Le procès-verbal mentionne une adresse erronée, ce qui a conduit à l'envoi des relances chez un tiers. Au nom de mon client, je vous demande :

- de me communiquer l'intégralité des données le concernant, y compris le procès-verbal et les notes de l'agent (article 15 RGPD) ;
- de rectifier son adresse dans vos fichiers (article 16 RGPD).

Vous trouverez ci-joint le mandat signé par mon client.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Delacroix-Vidal
Avocate au Barreau
Tél. 01 23 45 67 89

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel.
""",
    R(["Access", "Rectification"], "s.delacroix-vidal@avocats-dv.example", "Aurélien", "Ngoma",
      representative="Sophie Delacroix-Vidal"))

add("fr-13-mere-fille-scolaire", "Nadia Haddad-Morel <nadia.haddad-morel@famillemail.example>", "Carte scolaire de ma fille",
    """Bonjour,

Ma fille Lina Morel (15 ans) avait une carte de transport scolaire avec photo. Elle a changé d'établissement et n'utilise plus vos lignes. Je souhaite, en tant que sa mère, que vous supprimiez son compte, sa photo et toutes ses données.

Cordialement,
Nadia Haddad-Morel
""",
    R(["Erasure"], "nadia.haddad-morel@famillemail.example", "Lina", "Morel", representative="Nadia Haddad-Morel"))

add("fr-14-html-blocage-auto", "Timothée Vasseur <timothee.vasseur@pro-mail.example>", "Compte vélo bloqué automatiquement",
    html("Bonjour,",
         "Mon compte vélo a été <b>suspendu automatiquement</b> pour « suspicion de fraude » après une location de plus de 24 h (la station était pleine, j'ai dû garder le vélo). Personne ne m'a contacté.",
         "Je conteste cette décision prise par votre système et je demande qu'elle soit réexaminée <b>par une personne</b>, avec une explication de la logique utilisée.",
         "Timothée Vasseur"),
    R(["AutomatedDecision"], "timothee.vasseur@pro-mail.example", "Timothée", "Vasseur"), ct=HTML)

add("fr-15-transfert-collegue", "Claire Montagné <claire.montagne@acme-corp.example>", "TR: demande de copie de mes données",
    """Bonjour l'équipe RGPD,

Reçu à l'agence commerciale Gare Centrale, je vous transfère. Le client est passé au guichet hier et a laissé ce mail.

Claire Montagné
Agence commerciale Gare Centrale

-------- Message transféré --------
De : Yannick Le Bihan <yannick.lebihan@kermail.example>
Date : 13/11/2026 17:42
À : agence.garecentrale@acme-corp.example
Objet : demande de copie de mes données

Bonjour, comme convenu au guichet, je voudrais recevoir une copie de toutes les données que vous avez sur moi (abonnement, validations, PV éventuels).
Yannick Le Bihan
""",
    R(["Access"], "yannick.lebihan@kermail.example", "Yannick", "Le Bihan"))

add("fr-16-transfert-piece-jointe", "Mathieu Rocher <mathieu.rocher@acme-corp.example>", "TR: désinscription + suppression",
    "",
    R(["Erasure", "Opposition"], "solene.arnaud-petit@webmail-fr.example", "Solène", "Arnaud-Petit"),
    note="Bonjour,\n\nCi-joint un message arrivé sur la boîte du service client. La cliente demande la suppression de son compte et ne veut plus de newsletter. Je vous laisse traiter.\n\nMathieu Rocher\nService Relation Clients\n",
    attached=("Solène Arnaud-Petit <solene.arnaud-petit@webmail-fr.example>", "Ne plus recevoir vos mails",
              "Bonjour,\n\nJe ne veux plus recevoir votre newsletter ni vos offres. Et supprimez mon compte en ligne, je n'ai plus d'abonnement.\n\nSolène Arnaud-Petit\n"))

add("fr-17-famille-replyto", "Famille Rousseau <famille.rousseau@foyer.example>", "Changement de nom",
    """Bonjour,

C'est Gaëlle qui écrit (adresse familiale, merci de me répondre sur mon adresse perso). Je me suis mariée cet été : mon nom est désormais Gaëlle Rousseau et non plus Gaëlle Tessier. Pouvez-vous mettre à jour mon nom sur mon abonnement et sur ma carte ?

Merci,
Gaëlle Rousseau
""",
    R(["Rectification"], "gaelle.rousseau@perso-mail.example", "Gaëlle", "Rousseau"),
    headers=["Reply-To: Gaëlle Rousseau <gaelle.rousseau@perso-mail.example>"])

add("fr-18-carte-perdue", "Mamadou Diallo <mamadou.diallo@mail-afrique.example>", "carte perdue",
    """Bonjour j'ai perdu ma carte Trajet+ dans le tram hier, est-ce que quelqu'un l'a retrouvée ? Sinon comment je fais pour en refaire une sans repayer l'abonnement du mois ?

Mamadou Diallo
""",
    R(["Unknown"], "mamadou.diallo@mail-afrique.example", "Mamadou", "Diallo"))

add("fr-19-long-colere-controle", "Sébastien Morvan <seb.morvan@netcourrier-like.example>", "Contrôle scandaleux et fichier des fraudeurs",
    """Madame, Monsieur,

Je tiens à vous faire part de mon indignation. Le 10 novembre, ligne B, j'ai été contrôlé par quatre agents qui m'ont traité comme un délinquant devant tout le wagon parce que ma carte ne passait pas sur leur appareil. J'ai expliqué que la puce était abîmée et que mon abonnement était payé (prélèvement du 1er novembre, je l'ai sur mon relevé). Ils n'ont rien voulu entendre, ont relevé mon identité et m'ont dit que j'étais désormais « fiché ».

Le lendemain, au guichet, on m'a confirmé que mon nom apparaissait dans une liste de « fraudeurs récidivistes » alors que c'est le premier contrôle de ma vie. Je demande donc que vous effaciez immédiatement mes données de ce fichier, puisque je n'ai jamais fraudé, et que vous me communiquiez tout ce que vous avez enregistré sur moi à cette occasion.

J'attends aussi des excuses, et le remboursement de la nouvelle carte que j'ai dû payer 8 €.

Sébastien Morvan
""",
    R(["Erasure", "Access"], "seb.morvan@netcourrier-like.example", "Sébastien", "Morvan"))

add("fr-20-iphone-newsletter", "Élodie Fontaine <elodie.fontaine@icloud-like.example>", "Désinscription",
    """Bonjour, je retire mon consentement pour la newsletter et les notifications promotionnelles de l'appli. Merci de ne plus m'écrire à des fins commerciales.

Élodie Fontaine

Envoyé de mon iPhone
""",
    R(["Opposition"], "elodie.fontaine@icloud-like.example", "Élodie", "Fontaine"))

add("fr-21-curatrice", "Brigitte Lemaire <b.lemaire@udaf-exemple.example>", "Majeur protégé - M. Jean-Baptiste Hoarau",
    """Madame, Monsieur,

En ma qualité de curatrice de M. Jean-Baptiste Hoarau (jugement du tribunal judiciaire joint), je sollicite la communication de l'ensemble des données personnelles le concernant détenues par votre société, notamment les amendes et procès-verbaux enregistrés à son nom depuis 2025.

Je vous remercie de m'adresser votre réponse à l'adresse ci-dessous.

Brigitte Lemaire
Mandataire judiciaire à la protection des majeurs
UDAF - Service des tutelles
""",
    R(["Access"], "b.lemaire@udaf-exemple.example", "Jean-Baptiste", "Hoarau", representative="Brigitte Lemaire"))

add("fr-22-sans-ponctuation", "kevin <kev.d.42@jeuxmail.example>", "question videos",
    """bonjour je voudrai connaitre combien de temps vous garder les videos des cameras dans les bus et qui peut les regarder merci kevin
""",
    R(["Information"], "kev.d.42@jeuxmail.example", "Kevin", None))

# ---------------------------------------------------------------- tâches
add("fr-23-tache-contrat-maintenance", "Aurore Delmas <aurore.delmas@acme-corp.example>", "Revue contrat sous-traitant - maintenance des vélos",
    """Bonjour,

Nous renouvelons le marché de maintenance des vélos en libre-service avec la société Cyclotech. Le prestataire aura accès à la supervision des stations et aux signalements des usagers (nom, téléphone). Pouvez-vous relire l'annexe « protection des données » du contrat avant le 30 novembre ?

Document dans le dossier Achats > 2026 > Cyclotech.

Merci,
Aurore Delmas
Direction des Achats
""",
    TASK("aurore.delmas@acme-corp.example", "Aurore", "Delmas"))

add("fr-24-tache-registre-comptage", "Franck Nguyen-Lambert <franck.nguyen-lambert@acme-corp.example>", "Registre des traitements : comptage voyageurs par caméras",
    """Bonjour,

Nous déployons en janvier un système de comptage des voyageurs par capteurs vidéo aux portes des tramways (images non conservées selon le fournisseur). Il faudrait l'ajouter au registre des traitements et nous dire si une AIPD est nécessaire.

Bien cordialement,
Franck Nguyen-Lambert
Responsable Exploitation Tramway
""",
    TASK("franck.nguyen-lambert@acme-corp.example", "Franck", "Nguyen-Lambert"))

add("fr-25-tache-questionnaire", "Camille Ferrand <camille.ferrand@acme-corp.example>", "Questionnaire fournisseur billettique",
    """Salut,

Le nouveau fournisseur de la billettique mobile nous a renvoyé leur questionnaire sécurité/RGPD, mais il y a toute une partie sur les transferts hors UE que je ne sais pas évaluer. Tu peux y jeter un œil cette semaine ?

Camille
DSI - Projets Billettique
""",
    TASK("camille.ferrand@acme-corp.example", "Camille", "Ferrand"))

# ---------------------------------------------------------------- incidents
add("fr-26-incident-courriers-pv", "Laurent Bessière <laurent.bessiere@acme-corp.example>", "URGENT - relances PV envoyées aux mauvaises adresses",
    """Bonjour,

Nous venons de nous apercevoir que le lot de relances d'amendes du 12 novembre (environ 240 courriers) a été imprimé avec un décalage : chaque lettre est partie à l'adresse du contrevenant suivant dans la liste. Les lettres contiennent nom, montant, date et lieu du contrôle.

Plusieurs personnes nous ont déjà appelés. Que devons-nous faire ?

Laurent Bessière
Service Contentieux
""",
    INC("laurent.bessiere@acme-corp.example", "Laurent", "Bessière"))

add("fr-27-incident-vol-portable", "Sandrine Okafor <sandrine.okafor@acme-corp.example>", "Vol de mon ordinateur portable",
    """Bonjour,

On m'a volé mon ordinateur portable professionnel dans ma voiture ce matin au parking du dépôt Nord. J'y avais des extractions Excel d'abonnés (réclamations du mois) en local. J'ai déposé plainte et prévenu le support informatique.

Sandrine Okafor
Chargée de clientèle
Envoyé de mon téléphone
""",
    INC("sandrine.okafor@acme-corp.example", "Sandrine", "Okafor"))

add("fr-28-incident-releve-autre", "Pierre-Louis Castagnet <pl.castagnet@provence-mail.example>", "J'ai reçu le relevé d'un autre abonné",
    """Bonjour,

En me connectant à mon espace client, j'ai téléchargé mon relevé de validations d'octobre et c'est celui d'une autre personne (Mme V. Santini) avec tous ses trajets, son adresse et son numéro de carte. Je pense qu'il y a un gros problème sur votre site.

Pierre-Louis Castagnet
""",
    INC("pl.castagnet@provence-mail.example", "Pierre-Louis", "Castagnet"))

# ---------------------------------------------------------------- suivis
add("fr-29-suivi-dsr", "Véronique Thibault <veronique.thibault@courriel.example>", "RE: [DSR-41102] Accusé de réception de votre demande",
    """Bonjour,

Je n'ai toujours rien reçu alors que le délai d'un mois est dépassé. Merci de me dire où en est ma demande.

Véronique Thibault

-----Message d'origine-----
Objet : [DSR-41102] Accusé de réception de votre demande
Nous avons bien reçu votre demande et l'avons enregistrée sous la référence DSR-41102.
""",
    FU("41102", "veronique.thibault@courriel.example", "Véronique", "Thibault"))

add("fr-30-suivi-pv", "Maëlle Quéméner <maelle.quemener@breizhmail.example>", "Re: Contestation PV n° 77-2026-004512 - gel de mes données",
    """Bonjour,

Je complète mon message : j'ai reçu hier un courrier d'une société de recouvrement pour ce même PV. Vous avez donc transmis mes données malgré ma demande ? Merci de m'expliquer.

Maëlle Quéméner

Le lun. 16 nov. 2026, Maëlle Quéméner a écrit :
> Je conteste le procès-verbal n° 77-2026-004512...
""",
    FU(ref("fr-04-pv-limitation"), "maelle.quemener@breizhmail.example", "Maëlle", "Quéméner"),
    headers=irt("fr-04-pv-limitation"))

add("fr-31-suivi-mandat", "Maître Sophie Delacroix-Vidal <s.delacroix-vidal@avocats-dv.example>", "RE: M. Aurélien Ngoma - demande d'accès et de rectification",
    """Madame, Monsieur,

Faisant suite à mon précédent courriel, je vous prie de trouver ci-joint la copie de la pièce d'identité de mon client, que le mandat mentionnait sans l'inclure.

Bien cordialement,
Sophie Delacroix-Vidal
""",
    FU(ref("fr-12-avocat-client"), "s.delacroix-vidal@avocats-dv.example", "Sophie", "Delacroix-Vidal"),
    headers=irt("fr-12-avocat-client"))

# ---------------------------------------------------------------- à ignorer
add("fr-32-spam-conformite", "Julien - ConformExpress <julien@conformexpress.example>", "Votre mise en conformité RGPD en 48h",
    """Bonjour,

Saviez-vous que 8 entreprises sur 10 ne sont pas conformes au RGPD ? Notre logiciel ConformExpress automatise la suppression des données de vos clients, votre registre et vos mentions légales. Offre spéciale transporteurs : -40 % jusqu'au 30 novembre.

Réservez une démo de 15 minutes : https://conformexpress.example/demo

Pour ne plus recevoir nos messages, répondez STOP.
""",
    IGN("spam", "julien@conformexpress.example"))

add("fr-33-phishing-colis", "Service Livraison <notification@colis-suivi-fr.example>", "Votre colis est en attente - frais de douane",
    """Bonjour,

Votre colis n° FR8822910 ne peut être livré : des frais de 1,99 € restent à régler. Sans paiement sous 48h, il sera retourné et vos données supprimées.

Payer maintenant : http://colis-suivi-fr.example/paiement

Service Client
""",
    IGN("spam", "notification@colis-suivi-fr.example"),
    headers=SPAM_HDR + [AUTH(spf="fail", dkim="none", dmarc="fail", dom="colis-suivi-fr.example")])

add("fr-34-absence", "Nathalie Roux <nathalie.roux@collectivite.example>", "Réponse automatique : Convention d'échange de données - abonnements scolaires",
    """Bonjour,

Je suis absente du bureau jusqu'au 27 novembre inclus. En cas d'urgence, merci de contacter le service transports scolaires au 04 00 00 00 00.

Cordialement,
Nathalie Roux
""",
    IGN("auto_reply", "nathalie.roux@collectivite.example"), headers=["Auto-Submitted: auto-replied"])

add("fr-35-lettre-info", "La Lettre de la Mobilité <lettre@mobilite-infos.example>", "La Lettre de la Mobilité n° 147 - vélos en libre-service : le bilan",
    html("<b>La Lettre de la Mobilité - n° 147</b>",
         "Au sommaire : le bilan 2026 des vélos en libre-service, la billettique sans contact, et notre dossier « Données de mobilité et vie privée ».",
         "Vous recevez cette lettre car vous êtes inscrit à notre liste. <a href='https://mobilite-infos.example/desabonnement'>Se désabonner</a>"),
    IGN("bulk", "lettre@mobilite-infos.example"), ct=HTML,
    headers=["List-Id: <lettre.mobilite-infos.example>", "List-Unsubscribe: <https://mobilite-infos.example/desabonnement>",
             "Precedence: bulk"])
