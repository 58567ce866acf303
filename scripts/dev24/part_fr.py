# Development set 24, French. Written blind.
from common import *

add("fr-01-acces-espace-parents",
    "Sandrine Lefèvre-Morel <sandrine.lefevremorel@courriel.example>",
    "Demande de communication de mes données",
    """Madame, Monsieur,

Mère de deux élèves inscrits au collège depuis 2021, j'utilise l'Espace Parents pour les
paiements, les absences et les messages aux enseignants.

Je souhaiterais recevoir l'ensemble des informations me concernant que vous conservez : mes
coordonnées, l'historique de mes connexions, les messages échangés via la plateforme et les
prélèvements effectués sur mon compte bancaire.

Merci de me faire parvenir ces éléments par courriel.

Cordialement,
Sandrine Lefèvre-Morel
""",
    R(["Access"], "sandrine.lefevremorel@courriel.example", "Sandrine", "Lefèvre-Morel"))

add("fr-02-directives-ancien-eleve",
    "Jean-Baptiste de la Tour <jb.delatour@orange-like.example>",
    "Mes données après mon décès - association des anciens",
    """Madame, Monsieur,

Ancien élève (promotion 1961) et membre de l'association des anciens élèves depuis sa
création, j'ai 82 ans et je mets de l'ordre dans mes affaires.

Conformément à la loi Informatique et Libertés, je souhaite vous faire connaître mes
directives concernant le sort de mes données personnelles après ma mort : mon profil dans
l'annuaire des anciens devra être supprimé et ma fille, Mme Anne de la Tour, sera seule
habilitée à vous contacter à ce sujet. Je vous prie de bien vouloir enregistrer ces
directives et de m'en accuser réception.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Baptiste de la Tour
""",
    R(["AdvanceDirectives"], "jb.delatour@orange-like.example", "Jean-Baptiste", "de la Tour"))

add("fr-03-photos-facebook-fils",
    "Leïla Benali <leila.benali@boitemail.example>",
    "Photos de mon fils Noah sur Facebook",
    """Bonjour,

J'ai découvert que plusieurs photos de mon fils, Noah Benali (CM2 B), prises lors du carnaval
de l'école, ont été publiées sur la page Facebook du groupe scolaire. Je n'ai jamais donné mon
accord pour une diffusion sur les réseaux sociaux.

Je m'oppose à toute utilisation de son image sur internet à l'avenir et je vous demande de
retirer immédiatement les photos déjà en ligne.

Leïla Benali
""",
    R(["Opposition", "Erasure"], "leila.benali@boitemail.example", "Noah", "Benali",
      representative="Leïla Benali"))

add("fr-04-rectif-adresse-latin1",
    "Thierry Gaudin <thierry.gaudin@village.example>",
    "Changement d'adresse",
    """Bonjour,

Nous avons déménagé le mois dernier. Dans l'espace parents mon adresse est toujours
12 rue des Tilleuls à Évreux et mon adresse mail est l'ancienne (thierry.g@vieuxfai.example)
qui ne fonctionne plus.

Nouvelle adresse : 5 chemin du Moulin, 27400 Louviers. Merci de mettre à jour ma fiche pour
que je reçoive les factures de cantine et les bulletins.

Thierry Gaudin
""",
    R(["Rectification"], "thierry.gaudin@village.example", "Thierry", "Gaudin"),
    ct=LATIN1, encode="latin-1")

add("fr-05-cantine-contestation-gel",
    "Nadia Haddad <nadia.haddad@monmail.example>",
    "Contestation facture cantine - relance huissier",
    """Bonjour,

J'ai reçu une relance d'une société de recouvrement pour une prétendue dette de cantine de
186 euros pour l'année 2025-2026. Ma fille était externe depuis janvier et je l'avais signalé
par écrit au secrétariat.

Tant que ce litige n'est pas tranché, je vous demande de geler l'utilisation de mes données
personnelles : qu'elles ne soient plus transmises à ce cabinet ni utilisées pour le
recouvrement. Je ne demande pas leur suppression, seulement que vous les mettiez de côté le
temps de vérifier.

Nadia Haddad
06 12 34 56 78
""",
    R(["Restriction"], "nadia.haddad@monmail.example", "Nadia", "Haddad"))

add("fr-06-une-ligne-anciens",
    "mfx75@boitemail.example",
    "newsletter",
    "désinscrivez moi de la lettre des anciens svp\n",
    R(["Opposition"], "mfx75@boitemail.example"))

add("fr-07-portabilite-lycee",
    "Inès Marchand <ines.marchand@etudiant.example>",
    "Récupérer mes notes dans un fichier",
    """Bonjour,

Je suis en terminale (majeure depuis octobre) et je change d'établissement en janvier pour
raisons familiales. Mon futur lycée me demande mes notes et appréciations du premier
trimestre et de l'année de première dans un format qu'il peut intégrer directement à son
logiciel (un export CSV ou similaire, pas des PDF scannés).

Pourriez-vous me transmettre ces données dans un tel format, ou directement au nouveau lycée
(secretariat@lycee-saint-exupery.example) ?

Merci d'avance,
Inès Marchand
""",
    R(["Portability"], "ines.marchand@etudiant.example", "Inès", "Marchand"))

add("fr-08-voyage-londres-questions",
    "Olivier Rousseau <o.rousseau@famille.example>",
    "Voyage à Londres - données transmises ?",
    """Bonjour,

Pour le voyage de fin d'année à Londres j'ai dû remplir un formulaire avec mon nom, mon
numéro de téléphone, une copie de ma pièce d'identité (je suis contact d'urgence) et une
attestation d'assurance.

Pouvez-vous m'indiquer à qui ces informations sont communiquées (agence de voyage, famille
d'accueil, compagnie de car ?), si elles partent au Royaume-Uni, et combien de temps vous
les gardez après le séjour ?

Et une fois rentrés, je souhaite que la copie de ma carte d'identité soit effacée de vos
dossiers, elle n'aura plus d'utilité.

Bien à vous,
Olivier Rousseau
""",
    R(["Information", "Erasure"], "o.rousseau@famille.example", "Olivier", "Rousseau"))

add("fr-09-admission-algorithme-fille",
    "Hélène Vasseur <helene.vasseur@courriel.example>",
    "Candidature de Camille en seconde - liste d'attente",
    """Madame la Directrice, Monsieur le Délégué à la protection des données,

La candidature de ma fille Camille Vasseur pour l'entrée en seconde a été placée en liste
d'attente. Lors de l'entretien téléphonique, on m'a expliqué que le classement des dossiers
est « calculé par le logiciel d'admission » à partir des bulletins et d'un questionnaire.

Je conteste ce classement établi sans intervention humaine et je demande qu'un membre de
l'équipe de direction réexamine personnellement le dossier de Camille. Je souhaite aussi
pouvoir présenter nos observations.

Hélène Vasseur
""",
    R(["AutomatedDecision"], "helene.vasseur@courriel.example", "Camille", "Vasseur",
      representative="Hélène Vasseur"))

add("fr-10-suppression-compte-parent",
    "Mathieu Perrin <mathieu.perrin@webmail.example>",
    "fermeture compte espace parents",
    """Bonjour,

Mes enfants ne sont plus scolarisés chez vous depuis la rentrée. Merci de clôturer mon compte
sur l'Espace Parents et d'effacer mes données (RIB, téléphones, adresse).

Cordialement
Mathieu Perrin
Envoyé de mon téléphone
""",
    R(["Erasure"], "mathieu.perrin@webmail.example", "Mathieu", "Perrin"))

add("fr-11-avocat-client",
    "Maître Claire Dubois-Lambert <cdl@avocats-dubois.example>",
    "M. Karim Ziani - demande au titre des articles 15 et 21 RGPD",
    """Madame, Monsieur,

J'interviens en qualité de conseil de Monsieur Karim Ziani, parent d'élève, dans le cadre du
différend qui l'oppose à votre établissement.

Au nom de mon client, je vous demande :
- de me communiquer une copie de l'ensemble des données à caractère personnel le concernant
  (article 15 du RGPD), y compris les notes internes et échanges de courriels entre membres
  du personnel le mentionnant ;
- de cesser tout traitement de ses coordonnées à des fins de sollicitation (campagnes de
  dons, kermesse, communication commerciale), mon client s'y opposant (article 21).

Vous trouverez ci-joint le mandat signé par M. Ziani.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Dubois-Lambert
Avocate au Barreau de Lyon
""",
    R(["Access", "Opposition"], "cdl@avocats-dubois.example", "Karim", "Ziani",
      representative="Claire Dubois-Lambert"))

add("fr-12-vie-scolaire-transfert-photographe",
    "Marc Lemoine <m.lemoine@acme-corp.example>",
    "TR: photos de classe",
    """Bonjour, je vous transfère la question d'une maman, je ne sais pas quoi lui répondre.
Marc - Vie scolaire

-------- Message transféré --------
De : Aurélie Fontaine <aurelie.fontaine@maison.example>
Date : 14/11/2026 20:02
À : vie-scolaire@acme-corp.example
Objet : photos de classe

Bonsoir,
Quelles informations sur notre famille donnez-vous au photographe (nom, adresse, mail ?) et
est-ce qu'il les garde après la vente des photos ? Je voudrais juste savoir comment ça
fonctionne.
Aurélie Fontaine
""",
    R(["Information"], "aurelie.fontaine@maison.example", "Aurélie", "Fontaine"))

add("fr-13-date-naissance-pas-supprimer",
    "Guillaume Nguyen <guillaume.nguyen@pro.example>",
    "Annuaire des anciens - erreur",
    """Bonjour,

Dans l'annuaire en ligne de l'association des anciens, ma date de naissance est indiquée
au 14/02/1988 au lieu du 04/12/1988. Je ne demande pas la suppression de ma fiche, j'y tiens,
je voudrais seulement que cette date soit corrigée.

Merci,
Guillaume Nguyen (promo 2006)
""",
    R(["Rectification"], "guillaume.nguyen@pro.example", "Guillaume", "Nguyen"))

add("fr-14-html-acces-portabilite",
    "Élodie Garnier <elodie.garnier@courriel.example>",
    "Mes informations chez vous",
    html("Bonjour,",
         "Ancienne élève (bac 2014), je reçois régulièrement des courriers de l'association des anciens.",
         "J'aimerais savoir <b>quelles informations vous détenez exactement à mon sujet</b>, et les "
         "recevoir dans un fichier structuré que je puisse réutiliser ailleurs (par exemple pour "
         "rejoindre le réseau des anciens de mon école d'ingénieurs).",
         "Bien cordialement,<br>Élodie Garnier"),
    R(["Access", "Portability"], "elodie.garnier@courriel.example", "Élodie", "Garnier"), ct=HTML)

add("fr-15-longue-colere-voyage-espagne",
    "Patrick Leroy <patrick.leroy@fai.example>",
    "Voyage en Espagne annulé et SMS à répétition",
    """Madame, Monsieur,

Je vous écris très en colère. Le voyage à Séville de la classe de 4e C a été annulé à huit
jours du départ, soi-disant pour un problème avec le transporteur. Nous avions payé 480 euros
en trois fois, et à ce jour, six semaines plus tard, aucun remboursement. Personne au
secrétariat n'est capable de me dire quand l'argent reviendra, le professeur organisateur ne
répond pas aux messages sur l'Espace Parents, et mon fils a été privé d'un voyage qu'il
attendait depuis un an.

Pendant ce temps, par contre, je reçois trois SMS par semaine pour la vente de gâteaux, la
tombola, la kermesse et les « journées portes ouvertes ». Je vous demande d'arrêter
immédiatement d'utiliser mon numéro de portable pour ce genre de messages promotionnels.
Les informations réellement utiles (absences, fermeture de l'école) peuvent continuer.

J'attends aussi une date ferme pour le remboursement.

Patrick Leroy
""",
    R(["Opposition"], "patrick.leroy@fai.example", "Patrick", "Leroy"))

add("fr-16-inconnu-photos-commande",
    "Sophie Marchal <sophie.marchal@boitemail.example>",
    "photos de classe",
    """Bonjour, quand pourra-t-on commander les photos de classe ? mon fils a perdu le papier
avec le code. Merci
Sophie Marchal
""",
    R(["Unknown"], "sophie.marchal@boitemail.example", "Sophie", "Marchal"))

add("fr-17-ancienne-surveillante-dossier",
    "Fatoumata Diallo <fatoumata.diallo@courriel.example>",
    "Demande d'accès à mon dossier",
    """Bonjour,

J'ai travaillé comme surveillante au lycée de septembre 2022 à juin 2025. Je souhaite obtenir
communication de mon dossier : contrat, évaluations annuelles, courriers, et tout écrit
interne me concernant, y compris les échanges entre le CPE et la direction au sujet de ma
fin de contrat.

Par ailleurs, l'attestation employeur que vous m'avez remise indique une fin de contrat au
30 avril 2025 alors que j'ai travaillé jusqu'au 30 juin : merci de rectifier cette date dans
vos fichiers.

Merci de me transmettre ces documents dans le délai légal.

Fatoumata Diallo
""",
    R(["Access", "Rectification"], "fatoumata.diallo@courriel.example", "Fatoumata", "Diallo"))

add("fr-18-fautes-suppression",
    "Kévin Barbier <kevinbarbier@webmail.example>",
    "supresion",
    """bjr je veu que vous suprimiez mes coordoné de votre fichier des ancien eleve, je sais
meme pas comment vous les avez eu merci
""",
    R(["Erasure"], "kevinbarbier@webmail.example", "Kévin", "Barbier"))

# --- tâches
add("fr-19-tache-contrat-cantine",
    "Isabelle Caron <i.caron@acme-corp.example>",
    "Nouveau prestataire de restauration - contrat à relire",
    """Bonjour,

Le nouveau prestataire de restauration (RestoScol) démarre au 1er janvier. Il aura accès à
la liste des élèves demi-pensionnaires, aux régimes alimentaires et aux PAI (allergies).
Pourriez-vous relire l'annexe « protection des données » de leur contrat avant signature ?

Merci,
Isabelle Caron
Directrice administrative et financière
""",
    TASK("i.caron@acme-corp.example", "Isabelle", "Caron"))

add("fr-20-tache-registre-ent",
    "Benoît Lacroix <b.lacroix@acme-corp.example>",
    "Registre des traitements : nouvel ENT",
    """Bonjour,

Nous avons basculé sur le nouvel ENT (cahier de textes, notes, messagerie) pendant les
vacances. Il faudrait mettre à jour le registre des traitements : le fournisseur, les
catégories de données, les durées de conservation. Je peux vous envoyer la fiche technique.

Benoît
Responsable informatique
""",
    TASK("b.lacroix@acme-corp.example", "Benoît", "Lacroix"))

add("fr-21-tache-formation-enseignants",
    "Catherine Morel <c.morel@acme-corp.example>",
    "Formation RGPD pour l'équipe pédagogique",
    """Bonjour,

Plusieurs collègues m'ont demandé ce qu'ils ont le droit de publier sur les groupes WhatsApp
de classe et sur le blog de l'école. Serait-il possible d'organiser une courte formation RGPD
pour les enseignants du primaire, par exemple lors de la journée pédagogique du 8 janvier ?

Catherine Morel
Directrice de l'école primaire
""",
    TASK("c.morel@acme-corp.example", "Catherine", "Morel"))

# --- incidents
add("fr-22-incident-cle-usb",
    "Romain Faure <r.faure@acme-corp.example>",
    "Perte clé USB - notes bac blanc",
    """Bonjour,

J'ai perdu hier soir, probablement dans le RER, une clé USB non chiffrée contenant les copies
numérisées et les notes du bac blanc de philosophie de mes trois classes de terminale
(environ 90 élèves, noms et notes). Je ne l'ai pas retrouvée.

Je préfère vous prévenir tout de suite.

Romain Faure
Professeur de philosophie
""",
    INC("r.faure@acme-corp.example", "Romain", "Faure"))

add("fr-23-incident-bulletin-autre-eleve",
    "Christophe Meunier <christophe.meunier@fai.example>",
    "Bulletin reçu qui n'est pas celui de ma fille",
    """Bonjour,

Dans l'enveloppe du bulletin du premier trimestre que ma fille a rapportée ce soir, il y
avait aussi le bulletin d'un autre élève de sa classe, avec ses notes, les appréciations et
une mention de son suivi par l'orthophoniste. Je vous le rapporterai lundi, mais je pense
qu'il faut prévenir la famille.

Christophe Meunier
""",
    INC("christophe.meunier@fai.example", "Christophe", "Meunier"))

add("fr-24-incident-ordinateur-vole-berlin",
    "Anne-Sophie Roux <as.roux@acme-corp.example>",
    "Vol ordinateur portable - voyage Berlin",
    """Bonjour,

Pendant le voyage à Berlin, mon ordinateur portable professionnel a été volé dans le car
pendant la visite du Reichstag. Il contenait le tableau du voyage : noms des 46 élèves,
numéros de passeport, contacts des parents et fiches sanitaires. L'ordinateur a un mot de
passe mais je ne sais pas si le disque est chiffré. Plainte déposée auprès de la police
allemande.

Anne-Sophie Roux
Professeure d'allemand
""",
    INC("as.roux@acme-corp.example", "Anne-Sophie", "Roux"))

# --- suivis
add("fr-25-suivi-dsr",
    "Véronique Blanchard <v.blanchard@courriel.example>",
    "RE: [DSR-30517] Accusé de réception de votre demande",
    """Bonjour,

Je reviens vers vous concernant ma demande enregistrée le 5 octobre. Le délai d'un mois est
dépassé. Pouvez-vous me dire où en est le traitement ?

Véronique Blanchard

> Votre demande a bien été enregistrée sous la référence DSR-30517.
""",
    FU("30517", "v.blanchard@courriel.example", "Véronique", "Blanchard"))

add("fr-26-suivi-directives-precision",
    "Jean-Baptiste de la Tour <jb.delatour@orange-like.example>",
    "Re: Mes données après mon décès - association des anciens",
    """Madame, Monsieur,

Pour compléter mon courrier précédent : l'adresse de ma fille est
anne.delatour@courriel.example. Je vous remercie.

J.-B. de la Tour
""",
    FU(ref("fr-02-directives-ancien-eleve"), "jb.delatour@orange-like.example", "Jean-Baptiste", "de la Tour"),
    headers=irt("fr-02-directives-ancien-eleve"))

# --- ignorés
add("fr-27-spam-conformite-rgpd",
    "Service Conformité RGPD <contact@mise-en-conformite-rgpd.example>",
    "Établissements scolaires : mise en conformité RGPD OBLIGATOIRE",
    """Madame, Monsieur le Chef d'établissement,

Depuis le 25 mai 2018, tout établissement scolaire doit protéger les données personnelles de
ses élèves. Les sanctions peuvent atteindre 4 % du chiffre d'affaires.

Notre kit « RGPD École » (registre, affichages, modèles de suppression des données) est
disponible à 349 euros HT au lieu de 890 euros jusqu'à vendredi.

Commandez ici : http://mise-en-conformite-rgpd.example/kit
Pour ne plus recevoir nos offres, répondez STOP.
""",
    IGN("spam", "contact@mise-en-conformite-rgpd.example"), headers=SPAM_HDR)

add("fr-28-spam-heritage",
    "Maître Albert Kouassi <albert.kouassi@notaire-intl.example>",
    "Succession de feu M. Durand - confidentiel",
    """Cher(e) ami(e),

Je suis le notaire de feu M. Édouard Durand, décédé sans héritier, qui a laissé la somme de
4 500 000 euros destinée à une œuvre éducative. Votre établissement a été choisi. Pour
recevoir les fonds, merci de me transmettre les coordonnées bancaires de l'établissement et
une copie de la pièce d'identité du directeur. Vos données resteront strictement
confidentielles.

Maître Albert Kouassi
""",
    IGN("spam", "albert.kouassi@notaire-intl.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="notaire-intl.example")])

add("fr-29-reponse-auto-absence",
    "Jacques Moulin <jacques.moulin@entreprise.example>",
    "Réponse automatique : Votre demande",
    """Bonjour,

Je suis absent du bureau jusqu'au 30 novembre inclus. Je prendrai connaissance de votre
message à mon retour. En cas d'urgence, merci de contacter le standard au 01 23 45 67 89.

Jacques Moulin
""",
    IGN("auto_reply", "jacques.moulin@entreprise.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-30-rebond",
    "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
