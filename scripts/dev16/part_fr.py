from common import *  # part fr: written blind

add("fr-01-ce-que-vous-savez",
    "Élodie Marchetti <elodie.marchetti@courriel.example>",
    "Mes données",
    """Bonjour,

J'aimerais savoir ce que votre service de streaming et le service de la redevance
conservent à mon sujet : historique de visionnage, coordonnées, échanges avec le service
client. Pouvez-vous me transmettre tout ça ?

Merci d'avance,
Élodie Marchetti
""",
    R(["Access"], "elodie.marchetti@courriel.example", "Élodie", "Marchetti"))

add("fr-02-supprimer-vite",
    "kevin.lambert93@freemail.example",
    "supression compte",
    """bonjour svp suprimer mon compte sur l appli je m en sert plus merci
""",
    R(["Erasure"], "kevin.lambert93@freemail.example"))

add("fr-03-redevance-adresse",
    "Josiane Bérard <josiane.berard@orange-like.example>",
    "Erreur d'adresse dossier redevance",
    """Madame, Monsieur,

Depuis mon déménagement en juin, le service de la redevance continue d'envoyer ses avis à
mon ancienne adresse (12 rue des Tanneurs, Rouen). Ma nouvelle adresse est :
4 allée des Châtaigniers, 76130 Mont-Saint-Aignan.

Je vous prie de bien vouloir mettre à jour mon dossier. Mon prénom est également mal
orthographié (« Josianne » au lieu de « Josiane »).

Avec mes remerciements,
Josiane Bérard
""",
    R(["Rectification"], "josiane.berard@orange-like.example", "Josiane", "Bérard"),
    ct=LATIN1, encode="latin-1")

add("fr-04-stop-caps",
    "Bernard Roux <b.roux@vieuxmail.example>",
    "ARRETEZ VOS MAILS",
    """JE NE VEUX PLUS RECEVOIR VOS LETTRES "LES PEPITES DE LA SEMAINE". DESINSCRIVEZ MOI DE
TOUTES VOS LISTES. MERCI.
B. ROUX
""",
    R(["Opposition"], "b.roux@vieuxmail.example", "Bernard", "Roux"))

add("fr-05-lettre-formelle-15-17",
    "Anne-Sophie de La Roche <as.delaroche@notaires-ouest.example>",
    "Exercice de mes droits – articles 15 et 17 du RGPD",
    """Madame, Monsieur le Délégué à la protection des données,

En application de l'article 15 du Règlement (UE) 2016/679, je vous demande de me
communiquer l'ensemble des données à caractère personnel me concernant que vous traitez,
ainsi que les finalités, les destinataires et la durée de conservation.

Dans un second temps, et conformément à l'article 17, je vous demande l'effacement de ces
données, à l'exception de celles que vous seriez légalement tenus de conserver au titre de
la redevance.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Anne-Sophie de La Roche
14, boulevard Guist'hau
44000 Nantes
""",
    R(["Access", "Erasure"], "as.delaroche@notaires-ouest.example", "Anne-Sophie", "de La Roche"))

add("fr-06-directives-post-mortem",
    "Gérard Fontaine <gerard.fontaine@retraite.example>",
    "Directives concernant mes données après mon décès",
    """Bonjour,

J'ai 81 ans et je mets de l'ordre dans mes affaires. Conformément à la loi Informatique
et Libertés, je souhaite vous laisser des directives pour le sort de mes données après
ma mort : mon compte de la plateforme devra être clôturé et mon historique effacé, et je
désigne ma fille, Martine Fontaine-Guérin, pour veiller à leur exécution.

Pouvez-vous m'indiquer si ces directives sont bien enregistrées chez vous ?

Gérard Fontaine
""",
    R(["AdvanceDirectives"], "gerard.fontaine@retraite.example", "Gérard", "Fontaine"))

add("fr-07-geler-dossier",
    "Mehdi Benali <mehdi.benali@boite.example>",
    "Contestation en cours – merci de ne rien faire de mon dossier",
    """Bonjour,

J'ai contesté auprès de votre service de la redevance le fait d'avoir un téléviseur
(je n'en ai pas, je regarde uniquement sur ordinateur des contenus qui ne sont pas les
vôtres). Le dossier est en cours d'examen.

En attendant la réponse, je demande que mes données soient mises de côté : pas de
transmission à l'huissier ni au prestataire de recouvrement, pas de relance, rien tant
que la vérification n'est pas terminée.

Cordialement,
Mehdi Benali
06 12 34 56 78
""",
    R(["Restriction"], "mehdi.benali@boite.example", "Mehdi", "Benali"))

add("fr-08-recuperer-listes",
    "Clémence Nguyen <clemence.nguyen@mel.example>",
    "récupérer ma liste et mon historique",
    """Bonjour, est-il possible de récupérer ma liste « à regarder plus tard », mes notes et
mon historique dans un fichier exploitable (type tableur) ? Je voudrais les transférer
vers une autre plateforme. Je ne veux pas fermer mon compte pour l'instant.

Clémence
""",
    R(["Portability"], "clemence.nguyen@mel.example", "Clémence", "Nguyen"))

add("fr-09-emission-radio-conservation",
    "Yves Le Goff <yves.legoff@bzh.example>",
    "Appel à l'émission du matin",
    """Bonjour,

J'ai participé par téléphone à l'émission de libre antenne de mardi matin. Votre
standardiste a noté mon nom, ma commune et mon numéro de portable.

Combien de temps gardez-vous ces informations ? Est-ce que l'enregistrement de mon
intervention est archivé, et est-il transmis à d'autres (l'INA, des partenaires) ?
Simple question, je n'ai rien contre.

Yves Le Goff
""",
    R(["Information"], "yves.legoff@bzh.example", "Yves", "Le Goff"))

add("fr-10-compte-suspendu-auto",
    "Laetitia Morel <laetitia.morel@webmel.example>",
    "Compte bloqué pour « partage de compte » – je conteste",
    """Bonjour,

Mon compte a été suspendu hier soir avec le message « activité inhabituelle détectée :
partage de compte ». Personne ne partage mon compte : je me suis simplement connectée
depuis la maison de mes parents en Bretagne pendant les vacances.

Le service client me dit que c'est « le système » qui décide et qu'ils ne peuvent rien
faire. Je demande qu'un être humain réexamine ce blocage et que je puisse m'expliquer.

Laetitia Morel
""",
    R(["AutomatedDecision"], "laetitia.morel@webmel.example", "Laetitia", "Morel"))

add("fr-11-casting-ado",
    "lucas.petitjean@college-mail.example",
    "casting emission ado",
    """bonjour jai envoyé ma candidature pour le casting de l emission pour les ados avec une
video et mon numero mais en fait mes parents veulent pas. vous pouvez tout effacer ? la
video aussi. merci
Lucas Petitjean
""",
    R(["Erasure"], "lucas.petitjean@college-mail.example", "Lucas", "Petitjean"))

add("fr-12-avocat-client",
    "Maître Hugo Castelnau <h.castelnau@avocats-castelnau.example>",
    "V/Réf. redevance – M. Armand Vasseur – demande de communication",
    """Madame, Monsieur,

Je suis le conseil de Monsieur Armand Vasseur, demeurant 3 impasse des Lilas à Lille,
dans le cadre du litige l'opposant à votre service de recouvrement de la redevance.

Je vous prie de bien vouloir me communiquer, en application de l'article 15 du RGPD,
l'intégralité des informations personnelles détenues sur mon client, y compris les
comptes rendus de visite d'agents assermentés et les enregistrements d'appels.

Vous trouverez ci-joint le pouvoir signé de mon client.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Hugo Castelnau
Avocat au Barreau de Lille
Tél. 03 20 00 00 00

Ce message est confidentiel et couvert par le secret professionnel.
""",
    R(["Access"], "h.castelnau@avocats-castelnau.example", "Armand", "Vasseur",
      representative="Hugo Castelnau"))

add("fr-13-html-profilage-pub",
    "Sandrine Aubert <sandrine.aubert@mail-pro.example>",
    "Publicité ciblée",
    html("Bonjour,",
         "Je constate que les publicités diffusées avant les replays correspondent étrangement "
         "à ce que je regarde. Je m'oppose à ce que mon historique serve à me cibler "
         "publicitairement.",
         "Merci de prendre en compte mon refus, et de m'indiquer au passage quels annonceurs "
         "ou régies ont pu recevoir des informations sur moi.",
         "Sandrine Aubert"),
    R(["Opposition", "Information"], "sandrine.aubert@mail-pro.example", "Sandrine", "Aubert"),
    ct=HTML)

add("fr-14-agents-histoire-longue",
    "Rémi Dufresne <remi.dufresne@campagne.example>",
    "Plainte – visites répétées de vos agents",
    """Bonjour,

Je vous écris parce que je n'en peux plus. Depuis l'été, des agents se présentent chez moi
à des heures pas possibles pour « vérifier » que je n'ai pas de télévision. La première
fois, ma mère de 87 ans était seule à la maison et elle a eu très peur. La deuxième fois,
l'agent a regardé par la fenêtre du salon. La troisième fois, il a dit à mon voisin que
j'étais « en infraction », devant tout le monde.

J'ai appelé votre numéro surtaxé trois fois, on me renvoie d'un service à l'autre. Je
voudrais donc, avant de saisir qui de droit, obtenir tous les documents que vous avez
sur moi : les rapports de visite, les notes des agents, les commentaires du service
client, ce que vous avez noté sur ma mère aussi si c'est à mon nom. Je veux voir ce qui
est écrit.

Et j'aimerais qu'on arrête de venir chez moi, mais je suppose que ce n'est pas vous qui
décidez.

Rémi Dufresne
""",
    R(["Access"], "remi.dufresne@campagne.example", "Rémi", "Dufresne"))

add("fr-15-double-prelevement",
    "Chantal Girard <chantal.girard@mel.example>",
    "prélevé deux fois ??",
    """Bonjour j'ai été prélevée deux fois de 138 euros ce mois-ci pour la redevance, pouvez
vous me rembourser ou me dire à qui m'adresser. Merci
Chantal Girard
""",
    R(["Unknown"], "chantal.girard@mel.example", "Chantal", "Girard"))

add("fr-16-adresse-familiale",
    "Famille Martin-Durand <famille.martindurand@maison.example>",
    "Changement de numéro de téléphone",
    """Bonjour,

Merci de remplacer le numéro de téléphone associé à mon dossier (06 98 76 54 32, ce
n'est plus le bon) par le 07 11 22 33 44, et de me répondre sur mon adresse personnelle
plutôt que sur celle de la famille.

Cordialement,
Pauline Martin-Durand
""",
    R(["Rectification"], "pauline.md@perso.example", "Pauline", "Martin-Durand"),
    headers=["Reply-To: Pauline Martin-Durand <pauline.md@perso.example>"])

add("fr-17-pas-supprimer-juste-sondages",
    "Thierry Vidal <thierry.vidal@laposte-like.example>",
    "Appels pour vos sondages",
    """Bonjour,

Je précise tout de suite : je ne demande pas la suppression de mon compte, je l'utilise
tous les jours. En revanche, je reçois depuis un mois des appels d'un institut qui
réalise des « enquêtes de satisfaction » pour votre compte, parfois à 20 h 30. Je ne
souhaite plus être sollicité de cette manière. Pouvez-vous faire le nécessaire ?

Thierry Vidal
Envoyé de mon téléphone
""",
    R(["Opposition"], "thierry.vidal@laposte-like.example", "Thierry", "Vidal"))

add("fr-18-transfert-piece-jointe",
    "Nadia Cherif <nadia.cherif@acme-corp.example>",
    "TR: message d'une téléspectatrice",
    "",
    R(["Rectification", "Access"], "odile.vautrin@courriel.example", "Odile", "Vautrin"),
    note="Bonjour l'équipe données perso,\n\nJe vous transmets en pièce jointe le mail "
         "d'une téléspectatrice reçu sur la boîte du service relations auditeurs. Je pense que "
         "c'est pour vous.\n\nBonne journée,\nNadia Cherif\nRelations auditeurs",
    attached=("Odile Vautrin <odile.vautrin@courriel.example>",
              "Mon nom de famille",
              "Bonjour,\n\nJe me suis mariée et mon compte est toujours au nom de Vautrin-Lebas, "
              "je voudrais qu'il soit simplement au nom de Vautrin. Et au passage, je voudrais "
              "aussi une copie de ce qui figure dans mon dossier.\n\nOdile Vautrin\n"))

add("fr-19-belge-acces-portabilite",
    "Jean-Luc Vandenbroucke <jl.vandenbroucke@skynet-like.example>",
    "Demande concernant mes données - Bruxelles",
    """Bonjour,

Je suis abonné depuis septante-deux mois environ (j'ai fait le compte, oui). Je souhaiterais
obtenir une copie de mes données à caractère personnel, et aussi, si c'est possible, mon
historique dans un format informatique standard, que je puisse le réutiliser ailleurs.

D'avance merci, et bonne journée à vous.

Jean-Luc Vandenbroucke
Ixelles
""",
    R(["Access", "Portability"], "jl.vandenbroucke@skynet-like.example", "Jean-Luc", "Vandenbroucke"))

add("fr-20-mandataire-tutelle",
    "Jean-Baptiste Lefèvre <jb.lefevre@mjpm-assoc.example>",
    "Mesure de tutelle – M. Roger Pasquier",
    """Madame, Monsieur,

En ma qualité de mandataire judiciaire à la protection des majeurs, désigné tuteur de
Monsieur Roger Pasquier par jugement du tribunal judiciaire d'Amiens, je vous demande de
cesser tout démarchage commercial et tout appel téléphonique à destination de M. Pasquier,
qui souscrit régulièrement des offres qu'il ne comprend pas.

Je vous demande également de clôturer le compte de streaming ouvert à son nom et d'en
effacer les données.

Copie du jugement en pièce jointe.

Jean-Baptiste Lefèvre
Mandataire judiciaire
""",
    R(["Opposition", "Erasure"], "jb.lefevre@mjpm-assoc.example", "Roger", "Pasquier",
      representative="Jean-Baptiste Lefèvre"))

add("fr-21-relance-dsr",
    "Françoise Delmas <f.delmas@mel.example>",
    "Re: Accusé de réception de votre demande [DSR-30577]",
    """Bonjour,

Un mois s'est écoulé depuis votre accusé de réception et je n'ai toujours rien reçu.
Merci de me tenir informée.

Françoise Delmas

> Votre demande a bien été enregistrée sous la référence DSR-30577.
""",
    FU("30577", "f.delmas@mel.example", "Françoise", "Delmas"))

add("fr-22-piece-identite",
    "Anne-Sophie de La Roche <as.delaroche@notaires-ouest.example>",
    "RE: Exercice de mes droits – articles 15 et 17 du RGPD",
    """Madame, Monsieur,

Comme suite à mon courrier de ce jour, vous trouverez ci-joint la copie de ma carte
d'identité, puisque votre formulaire en ligne l'exige.

Anne-Sophie de La Roche
""",
    FU(ref("fr-05-lettre-formelle-15-17"), "as.delaroche@notaires-ouest.example",
       "Anne-Sophie", "de La Roche"),
    headers=irt("fr-05-lettre-formelle-15-17"))

add("fr-23-registre-jeu-concours",
    "Camille Rousseau <camille.rousseau@acme-corp.example>",
    "Nouveau jeu-concours radio : à ajouter au registre ?",
    """Bonjour à tous,

On lance en janvier un jeu-concours quotidien sur l'antenne du matin, avec inscription
par formulaire web (nom, âge, téléphone, ville). Est-ce que vous pouvez l'inscrire au
registre des traitements et me dire s'il faut une mention d'information spécifique sur
le formulaire ?

Merci !
Camille Rousseau
Chargée de production – Matinale
""",
    TASK("camille.rousseau@acme-corp.example", "Camille", "Rousseau"))

add("fr-24-questionnaire-fournisseur",
    "Olivier Garnier <olivier.garnier@acme-corp.example>",
    "Questionnaire sécurité prestataire CDN – besoin d'un avis",
    """Salut,

Le nouveau prestataire de diffusion vidéo nous a renvoyé notre questionnaire sécurité
et conformité (il est sur le SharePoint Achats). Quelques réponses me paraissent légères,
notamment sur l'hébergement des logs hors UE. Vous pouvez y jeter un œil et me dire si on
peut valider ou s'il faut des clauses contractuelles types ?

Olivier Garnier
Acheteur IT
""",
    TASK("olivier.garnier@acme-corp.example", "Olivier", "Garnier"))

add("fr-25-aipd-reconnaissance-vocale",
    "Isabelle Morin <isabelle.morin@acme-corp.example>",
    "AIPD – transcription automatique des appels d'auditeurs",
    """Bonjour,

La direction de l'antenne souhaite transcrire automatiquement tous les appels d'auditeurs
avec un outil d'IA pour en tirer des extraits. On m'a dit qu'une analyse d'impact était
sans doute nécessaire. Qui peut la piloter avec moi ? Idéalement avant fin décembre.

Isabelle Morin
Directrice adjointe des programmes
""",
    TASK("isabelle.morin@acme-corp.example", "Isabelle", "Morin"))

add("fr-26-mauvaise-liste-diffusion",
    "Sébastien Caron <sebastien.caron@acme-corp.example>",
    "Erreur d'envoi – liste des candidats du casting",
    """Bonjour,

Ce matin j'ai envoyé par erreur le tableau des candidats au casting (nom, âge, téléphone,
et pour certains des remarques sur leur situation familiale) à la liste de diffusion
« partenaires-presse » au lieu de l'équipe de production. Environ 60 destinataires
externes. J'ai tenté un rappel du message, sans garantie.

Que dois-je faire ?

Sébastien Caron
""",
    INC("sebastien.caron@acme-corp.example", "Sébastien", "Caron"))

add("fr-27-recu-fichier-abonnes",
    "Paul Mercier <paul.mercier@webmel.example>",
    "Je crois que vous m'avez envoyé un fichier qui ne m'est pas destiné",
    """Bonjour,

En répondant à votre enquête de satisfaction, j'ai reçu en retour un mail avec un fichier
Excel joint. Il contient des centaines de lignes : noms, adresses mail, villes et
« formule d'abonnement » d'autres abonnés. Je ne l'ai pas diffusé et je vais le supprimer,
mais je pense que vous devez être au courant.

Paul Mercier
""",
    INC("paul.mercier@webmel.example", "Paul", "Mercier"))

add("fr-28-telephone-vole",
    "Aurélie Blanc <aurelie.blanc@acme-corp.example>",
    "vol de mon téléphone pro",
    """Bonjour, on m'a volé mon téléphone pro dans le métro hier soir. Il y a dessus ma
messagerie avec les échanges des auditeurs de l'émission (coordonnées, témoignages). Le
code de déverrouillage était à 4 chiffres. J'ai prévenu le support informatique.
Aurélie Blanc, journaliste
""",
    INC("aurelie.blanc@acme-corp.example", "Aurélie", "Blanc"))

add("fr-29-phishing-compte-supprime",
    "Service Clients <securite@acme-corp-verification.example>",
    "Votre compte sera supprimé sous 48h – confirmez vos données",
    """Cher(e) client(e),

Conformément au RGPD, votre compte sera définitivement supprimé et vos données personnelles
effacées si vous ne confirmez pas vos informations bancaires sous 48 heures.

Cliquez ici pour protéger vos données : http://acme-verif.example/login

Le service sécurité
""",
    IGN("spam", "securite@acme-corp-verification.example"),
    headers=SPAM_HDR)

add("fr-30-reponse-auto",
    "Martine Leroy <m.leroy@cabinet-conseil.example>",
    "Réponse automatique : Votre demande du 12 novembre",
    """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclus. Pour toute urgence, merci de
contacter le standard au 01 23 45 67 89.

Martine Leroy
""",
    IGN("auto_reply", "m.leroy@cabinet-conseil.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-31-mise-en-conformite-arnaque",
    "Cellule Conformité RGPD <contact@rgpd-obligatoire.example>",
    "DERNIER RAPPEL : mise en conformité RGPD obligatoire avant amende",
    """Madame, Monsieur,

Sauf erreur de notre part, votre entreprise n'a pas encore procédé à sa mise en
conformité RGPD obligatoire. Les sanctions peuvent atteindre 20 000 000 €.

Pour régulariser votre situation, réglez les frais d'enregistrement de 390 € HT en
suivant le lien ci-dessous.

Service des formalités
""",
    IGN("spam", "contact@rgpd-obligatoire.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="rgpd-obligatoire.example")])

add("fr-32-lettre-association",
    "Association des Médias Publics <lettre@amp-infos.example>",
    "La Lettre de l'AMP – novembre 2026",
    """LA LETTRE DE L'AMP – n° 87

• Audiovisuel public : le point sur la réforme du financement
• Protection des données : retour sur notre journée d'étude
• Agenda : assemblée générale le 10 décembre

Vous recevez cette lettre en tant qu'adhérent. Se désinscrire : https://amp-infos.example/desinscription
""",
    IGN("bulk", "lettre@amp-infos.example"),
    headers=["List-Id: <lettre.amp-infos.example>",
             "List-Unsubscribe: <https://amp-infos.example/desinscription>",
             "Precedence: bulk"])
