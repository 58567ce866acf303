# French: mostly a hospital / clinic group (Acme Santé), its complementary health insurance
# (Acme Mutuelle) and its HR.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH, AUTOREPLY, ref, irt

add("fr-01-supprimer-compte-sans-accents", "Nathalie Roux <nathalie.roux@orange.example>", "compte",
    """bonjour je veux que vous supprimiez mon compte sur l'espace adherent et toutes mes donnees, je ne suis plus chez vous depuis janvier merci
""", R(["Erasure"], "nathalie.roux@orange.example", "Nathalie", "Roux"))

add("fr-02-acces-dossier-medical-art15", "Bernard Fontaine <bernard.fontaine@wanadoo.example>",
    "Demande de communication de mon dossier médical",
    """Madame, Monsieur,

J'ai été hospitalisé à la Clinique Acme Santé de Tours du 3 au 9 mars 2026 (service de chirurgie orthopédique, prothèse de hanche).

En application de l'article L.1111-7 du Code de la santé publique et de l'article 15 du RGPD, je vous demande de bien vouloir me communiquer une copie de l'intégralité de mon dossier médical : comptes rendus opératoires, compte rendu d'hospitalisation, résultats d'examens et courriers adressés à mon médecin traitant.

Vous trouverez ci-joint la copie de ma carte d'identité. Je souhaite recevoir ces documents par voie postale à l'adresse ci-dessous.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Fontaine
14 rue des Tanneurs
37000 Tours
""", R(["Access"], "bernard.fontaine@wanadoo.example", "Bernard", "Fontaine"))

add("fr-03-directives-post-mortem", "Odile Mercier <odile.mercier@laposte.example>", "Mes directives concernant mes données après mon décès",
    """Bonjour,

Conformément à l'article 85 de la loi Informatique et Libertés, je souhaite vous faire connaître mes directives particulières relatives au sort de mes données personnelles après mon décès.

Je souhaite qu'à mon décès l'ensemble de mes données détenues par Acme Mutuelle soient supprimées, à l'exception de ce que la loi vous oblige à conserver. Je désigne ma fille, Mme Hélène Mercier-Cazals, pour veiller à l'exécution de ces directives.

Merci de m'accuser réception de ce courriel.

Odile Mercier
""", R(["AdvanceDirectives"], "odile.mercier@laposte.example", "Odile", "Mercier"))

add("fr-04-arretez-appels-mutuelle", "Gérard Petitjean <g.petitjean@sfr.example>", "Démarchage téléphonique",
    """Bonjour,

Cela fait trois fois cette semaine qu'on m'appelle de la part d'Acme Mutuelle pour me proposer une "surcomplémentaire hospitalisation", dont une fois à 20h30 !!

Je ne veux plus être appelé. Je vous demande de retirer mon numéro de vos listes de démarchage.

G. Petitjean
""", R(["Opposition"], "g.petitjean@sfr.example", "Gérard", "Petitjean"))

add("fr-05-nom-de-naissance-mal-orthographie", "Anne-Sophie Lemaître <as.lemaitre@gmail.example>", "Erreur sur mon nom",
    """Bonjour,

Sur mon dossier patient (et donc sur toutes mes ordonnances et comptes rendus) mon nom de naissance est écrit "LEMAITRE" au lieu de "LEMAÎTRE", et mon deuxième prénom est manquant (Anne-Sophie Claire). Ma pharmacie m'a fait la remarque car cela ne correspond pas à ma carte Vitale.

Pouvez-vous corriger ?

Merci d'avance,
Anne-Sophie Lemaître
06 12 34 56 78
""", R(["Rectification"], "as.lemaitre@gmail.example", "Anne-Sophie", "Lemaître"))

add("fr-06-heritier-mere-decedee", "Philippe Lefebvre <philippe.lefebvre@free.example>", "Décès de Mme Jeannine Lefebvre - adhérente n° 5521873",
    """Madame, Monsieur,

Ma mère, Mme Jeannine Lefebvre, adhérente n° 5521873, est décédée le 17 août dernier. L'acte de décès a été envoyé à votre service adhésions le 2 septembre.

Je souhaite que son espace adhérent en ligne soit clôturé et que ses données personnelles soient supprimées, une fois les derniers remboursements effectués.

En vous remerciant,

Philippe Lefebvre (son fils)
""", R(["Erasure"], "philippe.lefebvre@free.example", "Jeannine", "Lefebvre", representative="Philippe Lefebvre"))

add("fr-07-avocate-pour-client", "Maître Sophie Garnier <s.garnier@garnier-avocats.example>", "M. Karim BENALI - demande de droit d'accès",
    """Madame, Monsieur,

J'interviens en qualité de conseil de M. Karim BENALI, demeurant 8 allée des Cèdres, 69008 Lyon, ancien salarié de votre établissement de Villeurbanne (aide-soignant, 2018-2025).

Dans le cadre d'un litige prud'homal en cours, mon client souhaite exercer son droit d'accès prévu par l'article 15 du RGPD. Je vous remercie de bien vouloir me communiquer l'ensemble des données personnelles le concernant, notamment son dossier du personnel, ses plannings, les relevés de badgeage et tout échange électronique le mentionnant.

Vous trouverez ci-joint le mandat signé par M. BENALI.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Garnier
Avocate au Barreau de Lyon
Garnier Avocats - 22 quai Saint-Antoine, 69002 Lyon
""", R(["Access"], "s.garnier@garnier-avocats.example", "Karim", "Benali", representative="Sophie Garnier"))

add("fr-08-mere-fille-teleconsultation", "Valérie Chevalier <valerie.chevalier@hotmail.example>", "Compte de ma fille sur l'appli",
    """Bonjour,

Ma fille Inès Chevalier, 15 ans, a utilisé votre application de téléconsultation pour un rendez-vous avec un dermatologue, avec ma carte bancaire. Je suis son représentant légal et je voudrais savoir quelles données vous avez sur elle (compte, échanges avec le médecin, photos envoyées) et en obtenir une copie.

Cordialement,
Valérie Chevalier
""", R(["Access"], "valerie.chevalier@hotmail.example", "Inès", "Chevalier", representative="Valérie Chevalier"))

add("fr-09-copie-donnees-iphone", "Julien Marchand <julien.marchand@icloud.example>", "Mes données",
    """Bonjour, pouvez vous me faire parvenir une copie de mes données personnelles svp. Merci

Julien Marchand

Envoyé de mon iPhone
""", R(["Access"], "julien.marchand@icloud.example", "Julien", "Marchand"))

add("fr-10-lettre-colere-remboursement-latin1", "Monique Barbier <monique.barbier@neuf.example>", "Réclamation - remboursement refusé",
    """Madame, Monsieur,

Je vous écris pour la troisième fois au sujet du remboursement de mes lunettes (facture du 12 mai, 489 euros) que vous refusez de prendre en charge au motif que je n'aurais pas respecté le délai de renouvellement. C'est faux : mes anciennes lunettes datent de 2022, comme le prouve la facture que je vous ai déjà envoyée deux fois.

Au téléphone, votre conseillère m'a parlé comme à une enfant et m'a raccroché au nez. Je suis adhérente chez vous depuis 1998, j'ai toujours payé mes cotisations et c'est la première fois que je demande quoi que ce soit.

J'ai résilié mon contrat à compter du 31 décembre. Je vous demande également d'effacer toutes les données me concernant dès que la résiliation sera effective, je ne veux plus avoir affaire à vous. Je vous rappelle néanmoins que vous me devez toujours ces 489 euros.

Sans réponse sous quinze jours je saisirai le médiateur de l'assurance.

Monique Barbier
""", R(["Erasure"], "monique.barbier@neuf.example", "Monique", "Barbier"), encode="latin-1")

add("fr-11-portabilite-changement-mutuelle", "Thomas Girault <thomas.girault@gmail.example>", "Récupération de mes données de remboursement",
    """Bonjour,

Je change de complémentaire santé au 1er janvier. Je souhaiterais récupérer l'historique de mes remboursements (dates, actes, montants) des trois dernières années dans un format exploitable, type CSV ou Excel, pour le transmettre à mon nouvel organisme. Il me semble que c'est le droit à la portabilité.

Numéro d'adhérent : 7730415

Merci,
Thomas Girault
""", R(["Portability"], "thomas.girault@gmail.example", "Thomas", "Girault"))

add("fr-12-limitation-contestation", "Élodie Renaud <elodie.renaud@outlook.example>", "Demande de limitation du traitement",
    """Bonjour,

Votre service contentieux m'a transmis une mise en demeure pour des cotisations impayées de 2024 que je conteste (j'avais résilié en décembre 2023, courrier recommandé à l'appui). J'ai fait une réclamation le 4 novembre.

En attendant l'issue de cette réclamation, je demande la limitation du traitement de mes données (article 18 du RGPD) : merci de ne pas transmettre mon dossier à une société de recouvrement tant que la vérification n'est pas terminée.

Élodie Renaud
""", R(["Restriction"], "elodie.renaud@outlook.example", "Élodie", "Renaud"))

add("fr-13-questions-enregistrements-appels", "Christian Moulin <christian.moulin@orange.example>", "question",
    """Bonjour

Lors de mon dernier appel à la plateforme, on m'a dit que la conversation était enregistrée. Combien de temps conservez-vous ces enregistrements ? Et est-ce que mes données de santé sont transmises à d'autres sociétés (réassureurs, courtiers...) ? Je n'ai pas trouvé de réponse claire dans votre politique de confidentialité.

Cordialement
C. Moulin
""", R(["Information"], "christian.moulin@orange.example", "Christian", "Moulin"))

add("fr-14-refus-adhesion-automatique", "Yasmine Haddad <yasmine.haddad@gmail.example>", "Refus d'adhésion en ligne",
    """Bonjour,

J'ai voulu souscrire à votre contrat prévoyance sur votre site et après avoir répondu au questionnaire de santé, j'ai eu immédiatement un message "nous ne pouvons pas donner suite à votre demande". Aucun conseiller n'a regardé mon dossier, c'est manifestement un algorithme.

Je demande qu'une personne réexamine ma demande et qu'on m'explique sur quels critères ce refus a été décidé.

Cordialement,
Yasmine Haddad
""", R(["AutomatedDecision"], "yasmine.haddad@gmail.example", "Yasmine", "Haddad"))

add("fr-15-desabonnement-et-effacement", "Luc Perrin <luc.perrin@free.example>", "Newsletter",
    """Merci de me désabonner de votre lettre d'information "Bien-être" et d'effacer mes coordonnées de vos fichiers. Je ne me souviens même pas m'être inscrit.

Luc Perrin
""", R(["Opposition", "Erasure"], "luc.perrin@free.example", "Luc", "Perrin"))

add("fr-16-exercer-droits-rgpd", "M. Dubois <dubois.jp@orange.example>", "Demande RGPD",
    """Bonjour,

Je souhaite exercer mes droits au titre du RGPD.

Cordialement,
M. Dubois
""", R(["Unknown"], "dubois.jp@orange.example", None, "Dubois"))

add("fr-17-majuscules-pub", "josiane.vidal@laposte.example", "PUBLICITES",
    """JE NE SUIS PLUS CLIENTE CHEZ VOUS DEPUIS 2 ANS ET JE RECOIS ENCORE VOS COURRIERS PUBLICITAIRES TOUTES LES SEMAINES. ARRETEZ DE M'ENVOYER VOS PUBLICITES.

MME VIDAL JOSIANE
""", R(["Opposition"], "josiane.vidal@laposte.example", "Josiane", "Vidal"))

add("fr-18-candidate-infirmiere-cv", "Camille Aubert <camille.aubert.ide@gmail.example>", "Candidature IDE - suppression",
    """Bonjour,

J'avais postulé en septembre au poste d'infirmière de nuit à la clinique de Nantes, ma candidature n'a pas été retenue. Merci de supprimer mon CV, ma lettre de motivation et toutes les données liées à ma candidature.

Bonne journée,
Camille Aubert
""", R(["Erasure"], "camille.aubert.ide@gmail.example", "Camille", "Aubert"))

add("fr-19-ancien-salarie-dossier", "Stéphane Colin <stephane.colin57@orange.example>", "Dossier du personnel",
    """Bonjour,

J'ai travaillé à la clinique Acme Santé de Metz comme brancardier de 2016 à 2024. Je souhaite obtenir une copie de mon dossier du personnel, y compris les comptes rendus d'entretiens annuels et les éventuelles sanctions disciplinaires.

Merci de me l'envoyer par mail.

Stéphane Colin
12 rue Mazelle, 57000 Metz
""", R(["Access"], "stephane.colin57@orange.example", "Stéphane", "Colin"))

add("fr-20-html-changement-adresse", "Martine Guérin <martine.guerin@sfr.example>", "Changement de coordonnées",
    html("Bonjour,",
         "Suite à mon déménagement, merci de mettre à jour mes coordonnées :",
         "Nouvelle adresse : 5 impasse des Lilas, 31200 Toulouse<br>Nouveau téléphone : 07 81 22 90 14",
         "Votre fichier contient toujours mon ancienne adresse à Albi et vos courriers me reviennent.",
         "Bien cordialement,<br>Martine Guérin"),
    R(["Rectification"], "martine.guerin@sfr.example", "Martine", "Guérin"), ct=HTML)

add("fr-21-transfert-accueil-clinique", "Accueil Clinique Lyon Est <accueil.lyonest@acme-corp.example>", "TR: suppression compte portail patient",
    """Bonjour,

Nous avons reçu ce message à l'accueil, je vous le transfère car il concerne les données personnelles.

Cordialement,
Sandrine - Accueil

-------- Message d'origine --------
De : Kevin Lambert <kevin.lambert91@gmail.example>
Date : 14/11/2026 19:52
À : accueil.lyonest@acme-corp.example
Objet : suppression compte portail patient

Bonjour
J'ai un compte sur votre portail patient depuis mon opération de l'an dernier mais je n'en ai plus besoin. Pouvez-vous supprimer le compte et les données associées ?
Merci
Kevin Lambert
""", R(["Erasure"], "kevin.lambert91@gmail.example", "Kevin", "Lambert"))

add("fr-22-secretariat-transfert-piece-jointe", "Secrétariat Cardiologie <secretariat.cardio@acme-corp.example>", "TR: demande de dossier",
    "", R(["Access"], "h.bonnet@laposte.example", "Hélène", "Bonnet"),
    attached=("Hélène Bonnet <h.bonnet@laposte.example>", "demande de dossier",
              """Bonjour,

J'ai passé une échographie cardiaque et un holter dans votre service en juin. Mon nouveau cardiologue voudrait les résultats. Pouvez-vous m'envoyer une copie de mon dossier ?

Merci beaucoup,
Hélène Bonnet
née le 02/04/1958
"""),
    note="Bonjour, une patiente demande son dossier, je vous transmets pour traitement. Bonne journée, Le secrétariat de cardiologie\n")

add("fr-23-famille-reply-to-sms", "Famille Girard <famille.girard@free.example>", "SMS publicitaires",
    """Bonjour,

C'est Claire Girard. Je reçois depuis un mois des SMS pour des "bilans de santé" et des offres de votre mutuelle. Je ne veux plus recevoir de messages commerciaux, ni par SMS ni par mail. Les rappels de rendez-vous, ça va.

Merci de répondre sur mon adresse perso.
Claire
""", R(["Opposition"], "c.girard@laposte.example", "Claire", "Girard"),
    headers=["Reply-To: c.girard@laposte.example"])

add("fr-24-acces-et-rectification", "Nicolas Fabre <nicolas.fabre@gmail.example>", "Mes informations",
    """Bonjour,

Je souhaiterais recevoir une copie de toutes les informations que vous détenez sur moi. Par ailleurs, ma situation familiale a changé : je suis marié depuis juin, et mon épouse doit être ajoutée comme ayant droit. Ma situation indiquée chez vous ("célibataire") est donc inexacte, merci de la corriger.

Nicolas Fabre
Adhérent 6610298
""", R(["Access", "Rectification"], "nicolas.fabre@gmail.example", "Nicolas", "Fabre"))

add("fr-25-remboursement-et-acces", "Sylvie Roche <sylvie.roche@orange.example>", "Remboursement de mars + mes données",
    """Bonjour,

Je n'ai toujours pas reçu le remboursement de ma consultation chez l'ostéopathe du 14 mars (60 €), pourtant la feuille de soins a été envoyée en avril. Pouvez-vous vérifier ?

Par ailleurs, je souhaite savoir quelles données personnelles vous avez sur moi, et en avoir une copie.

Cordialement,
Sylvie Roche
""", R(["Access"], "sylvie.roche@orange.example", "Sylvie", "Roche"))

add("fr-26-copie-puis-suppression", "Arnaud Picard <arnaud.picard@protonmail.example>", "RGPD art. 15 et 17",
    """Bonjour,

Je vous demande :
1. la communication de l'ensemble des données personnelles me concernant (article 15 RGPD) ;
2. puis, une fois cette communication faite, l'effacement de ces données (article 17 RGPD).

J'ai été patient de la clinique de Bordeaux en 2021.

Arnaud Picard
""", R(["Access", "Erasure"], "arnaud.picard@protonmail.example", "Arnaud", "Picard"))

add("fr-27-opposition-prospection-cp1252", "Françoise Lemoine <f.lemoine@wanadoo.example>", "Opposition à la prospection",
    """Madame, Monsieur,

Par la présente, je m’oppose à l’utilisation de mes données personnelles à des fins de prospection commerciale, qu’il s’agisse de courriers, d’appels ou de courriels. Je vous demande également de ne pas les céder à vos « partenaires ».

Je vous remercie d’en tenir compte et de me le confirmer.

Françoise Lemoine
""", R(["Opposition"], "f.lemoine@wanadoo.example", "Françoise", "Lemoine"), encode="cp1252")

add("fr-28-question-cookies-partenaires", "Damien Rolland <damien.rolland@gmail.example>", "cookies sur votre site",
    """Bonjour,

En allant sur votre site de prise de rendez-vous, j'ai vu passer des requêtes vers Facebook et Google. Est-ce que vous partagez avec eux le fait que je prends rendez-vous chez un psychiatre ? Quels partenaires reçoivent ces informations et dans quel but ?

Merci pour votre réponse.
Damien Rolland
""", R(["Information"], "damien.rolland@gmail.example", "Damien", "Rolland"))

add("fr-29-fille-pour-pere-procuration", "Isabelle Blanchard <isabelle.blanchard@sfr.example>", "Dossier de mon père, M. Roger Blanchard",
    """Bonjour,

Mon père, M. Roger Blanchard, 84 ans, est suivi dans votre clinique de Grenoble (service de gériatrie). Il m'a demandé de récupérer pour lui une copie de son dossier médical car il ne sait pas utiliser internet et se déplace difficilement. Je vous joins la procuration qu'il a signée ainsi que la copie de nos deux pièces d'identité.

Merci de m'indiquer la marche à suivre.

Isabelle Blanchard
""", R(["Access"], "isabelle.blanchard@sfr.example", "Roger", "Blanchard", representative="Isabelle Blanchard"))

add("fr-30-effacer-photo-site-ancien-salarie", "Mathieu Carré <mathieu.carre@gmail.example>", "Ma photo sur votre site",
    """Bonjour,

J'ai quitté Acme Santé en juillet mais ma photo et mon nom figurent toujours sur la page "Notre équipe" de la clinique de Rennes, et sur vos brochures. Merci de les retirer et de supprimer ma photo de vos fichiers.

Mathieu Carré
""", R(["Erasure"], "mathieu.carre@gmail.example", "Mathieu", "Carré"))

# ---- ignore ----
add("fr-31-phish-carte-vitale", "Assurance Maladie <ne-pas-repondre@ameli-renouvellement.example>", "Votre carte Vitale arrive à expiration",
    """Cher(e) assuré(e),

Votre carte Vitale arrive à expiration le 30/11/2026. Afin de continuer à bénéficier de vos remboursements, vous devez commander votre nouvelle carte dès aujourd'hui.

Frais d'envoi : 1,99 €

Commander ma nouvelle carte : http://ameli-renouvellement.example/vitale

Sans action de votre part sous 48h, vos droits seront suspendus.

L'Assurance Maladie
""", IGN("spam"), headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="ameli-renouvellement.example")])

add("fr-32-arnaque-mise-en-conformite-rgpd", "Service Conformité RGPD <contact@cellule-rgpd-entreprises.example>",
    "URGENT : mise en conformité RGPD obligatoire - dernier rappel",
    """Madame, Monsieur le dirigeant,

Sauf erreur de notre part, votre entreprise n'a pas encore effectué sa mise en conformité au Règlement Général sur la Protection des Données. Les sanctions peuvent atteindre 20 millions d'euros ou 4 % du chiffre d'affaires.

Vous devez impérativement nous contacter sous 48 heures au 09 70 00 00 00 afin de régulariser votre situation. Un kit de mise en conformité vous sera adressé (tarif : 590 € HT).

Pour ne plus recevoir nos communications, répondez STOP.

Le service conformité
""", IGN("spam"), headers=SPAM_HDR)

add("fr-33-heritage-notaire", "Maître Jean-Claude Ndiaye <notaire.ndiaye@gmail.example>", "Succession en déshérence - votre accord",
    """Bonjour,

Je suis Maître Jean-Claude Ndiaye, notaire. Un de mes clients, décédé sans héritier, a laissé un héritage de 2 450 000 € sur un compte bloqué. Après recherches, votre nom a été retenu pour bénéficier de ce fonds.

Pour débloquer la somme, merci de me faire parvenir vos coordonnées complètes, une copie de votre pièce d'identité et vos coordonnées bancaires. Des frais de dossier de 850 € seront à prévoir.

Répondez uniquement à mon adresse personnelle : jc.ndiaye.etude@outlook.example

Cordialement
""", IGN("spam"), headers=["Reply-To: jc.ndiaye.etude@outlook.example"])

add("fr-34-desinscription-gain", "Service Clients <info@grand-jeu-gagnant.example>", "Félicitations ! Vous avez été sélectionné(e)",
    """FÉLICITATIONS !

Votre adresse e-mail a été tirée au sort : vous gagnez un iPhone 17 Pro ! Pour recevoir votre cadeau, il vous suffit de confirmer vos coordonnées et de régler les frais de port (2 €).

>>> JE RÉCUPÈRE MON CADEAU <<<

Conformément au RGPD, vous pouvez demander la suppression de vos données ou vous désinscrire en cliquant ici.
""", IGN("spam"))

add("fr-35-reponse-automatique-absence", "Dr Pascale Henry <pascale.henry@cabinet-henry.example>", "Réponse automatique : Demande de pièces complémentaires",
    """Bonjour,

Je suis absente du cabinet jusqu'au 30 novembre inclus. En cas d'urgence, merci de contacter le Dr Morel au 02 40 00 00 00 ou le 15.

Cordialement,
Dr Pascale Henry
""", IGN("auto_reply"), headers=AUTOREPLY)

add("fr-36-lettre-info-sante", "La Lettre Santé Pro <lettre@santepro-hebdo.example>", "Santé Pro Hebdo n°412 : télésanté, cybersécurité des établissements",
    """SANTÉ PRO HEBDO - n°412

- Télésanté : le nouveau cadre de remboursement
- Cybersécurité : trois hôpitaux touchés en octobre
- Dossier : l'hébergement des données de santé (HDS) en pratique

Vous recevez cette lettre car vous êtes abonné(e). Se désabonner : https://santepro-hebdo.example/desabo
""", IGN("bulk"), headers=["List-Unsubscribe: <mailto:desabo@santepro-hebdo.example>",
                           "List-Id: <hebdo.santepro-hebdo.example>"])

add("fr-37-propre-accuse-reception", "Acme Corp - Protection des données <privacy@acme-corp.example>", "[DSR-30650] Accusé de réception de votre demande",
    """Bonjour,

Nous accusons réception de votre demande, enregistrée sous la référence DSR-30650. Nous vous répondrons dans un délai d'un mois.

Le service Protection des données
Acme Corp
""", IGN("own_message"))

# ---- tasks ----
add("fr-38-tache-contrat-sous-traitance-teleconsultation", "Aurélie Masson <aurelie.masson@acme-corp.example>", "Contrat avec MédiLink - relecture clause données",
    """Bonjour l'équipe,

Nous allons signer avec MédiLink pour la téléconsultation dans nos 12 cliniques. Leur contrat comporte une annexe "protection des données" (article 28) que je n'arrive pas à évaluer : hébergement HDS, sous-traitants ultérieurs, durée de conservation des vidéos...

Pourriez-vous la relire et me faire vos commentaires d'ici le 4 décembre ? Je vous mets le document en pièce jointe.

Merci !
Aurélie Masson
Direction des achats
""", TASK("aurelie.masson@acme-corp.example", "Aurélie", "Masson"))

add("fr-39-tache-registre-prise-rdv", "Hugo Vasseur <hugo.vasseur@acme-corp.example>", "Nouvelle appli de prise de RDV - registre",
    """Salut,

On met en production la nouvelle application de prise de rendez-vous le 1er décembre (remplace l'ancien module Doctolib-like). Les données collectées changent un peu : on ajoute le motif de consultation et le numéro de sécu.

Il faut mettre à jour le registre des traitements, je crois ? Dis-moi ce dont tu as besoin.

Hugo
DSI - chef de projet
""", TASK("hugo.vasseur@acme-corp.example", "Hugo", "Vasseur"))

add("fr-40-tache-aipd-videosurveillance-urgences", "Dr Laurent Chauvin <laurent.chauvin@acme-corp.example>", "Caméras aux urgences",
    """Bonjour,

Suite aux agressions répétées aux urgences de Marseille, la direction souhaite installer des caméras dans la salle d'attente et les box d'examen avec enregistrement 30 jours.

On m'a dit qu'il fallait une analyse d'impact avant de lancer quoi que ce soit. Pouvez-vous la piloter avec nous ? Je suis disponible la semaine prochaine.

Dr Laurent Chauvin
Chef de service des urgences
""", TASK("laurent.chauvin@acme-corp.example", "Laurent", "Chauvin"))

add("fr-41-tache-formation-secretaires", "Nadia Benhamou <nadia.benhamou@acme-corp.example>", "Formation RGPD nouvelles secrétaires médicales",
    """Bonjour,

Nous accueillons 9 nouvelles secrétaires médicales en janvier sur le site de Lille. Serait-il possible d'organiser une session de sensibilisation RGPD (secret médical, mails, appels des familles...) d'environ 1h pendant leur semaine d'intégration, du 5 au 9 janvier ?

Merci d'avance,
Nadia Benhamou
Responsable RH - Lille
""", TASK("nadia.benhamou@acme-corp.example", "Nadia", "Benhamou"))

# ---- incidents ----
add("fr-42-incident-cle-usb-perdue", "Céline Poirier <celine.poirier@acme-corp.example>", "Perte d'une clé USB",
    """Bonjour,

Je pense avoir perdu hier soir une clé USB, probablement sur le parking de la clinique ou dans le tram. Elle contenait la liste des patients programmés au bloc pour novembre (nom, date de naissance, type d'intervention), que j'avais copiée pour travailler sur les plannings chez moi. Elle n'était pas chiffrée.

Je suis vraiment désolée. Que dois-je faire ?

Céline Poirier
Cadre de santé - bloc opératoire
""", INC("celine.poirier@acme-corp.example", "Céline", "Poirier"))

add("fr-43-incident-compte-rendu-mauvais-medecin", "Dr Vincent Gautier <vincent.gautier@acme-corp.example>", "Compte rendu envoyé au mauvais destinataire",
    """Bonjour,

Ce matin, mon secrétariat a envoyé par messagerie le compte rendu d'hospitalisation d'une patiente (oncologie) à un homonyme du médecin traitant, un Dr Martin à Nancy au lieu du Dr Martin à Metz. Le confrère nous a appelés pour le signaler et dit avoir supprimé le message.

Je vous le signale, je ne sais pas s'il faut faire une déclaration.

Dr Vincent Gautier
""", INC("vincent.gautier@acme-corp.example", "Vincent", "Gautier"))

add("fr-44-incident-rancongiciel-labo", "Support Informatique <sylvain.roussel@acme-corp.example>", "URGENT - serveur du laboratoire chiffré",
    """Bonjour,

Depuis 6h ce matin, le serveur du laboratoire d'analyses de la clinique de Nîmes est inaccessible : tous les fichiers sont chiffrés avec une extension .lockbit et une demande de rançon s'affiche. Le serveur contient les résultats d'analyses des 5 dernières années.

Nous avons isolé le réseau du laboratoire. Nous ne savons pas encore si des données ont été exfiltrées.

Sylvain Roussel
Responsable infrastructure
""", INC("sylvain.roussel@acme-corp.example", "Sylvain", "Roussel"))

add("fr-45-incident-patient-voit-autre-dossier", "Émilie Tessier <emilie.tessier@acme-corp.example>", "Un patient voit les résultats d'une autre personne",
    """Bonjour,

Un patient vient d'appeler le standard : en se connectant au portail patient, il voit les résultats de prise de sang d'une autre personne (nom, date de naissance, résultats). Il a fait des captures d'écran.

J'ai prévenu la DSI qui regarde. Je vous transmets pour information.

Émilie Tessier
Standard / accueil
""", INC("emilie.tessier@acme-corp.example", "Émilie", "Tessier"))

# ---- follow-ups ----
add("fr-46-suivi-piece-identite", "Bernadette Caron <bernadette.caron@orange.example>", "RE: [DSR-30702] Votre demande",
    """Bonjour,

Voici la copie de ma carte d'identité comme demandé.

Bernadette Caron

De : Acme Corp - Protection des données <privacy@acme-corp.example>
Envoyé : jeudi 12 novembre 2026 10:20
Objet : [DSR-30702] Votre demande

Madame,
Nous avons bien reçu votre demande. Afin de la traiter, merci de nous faire parvenir un justificatif d'identité.
""", FU("30702", "bernadette.caron@orange.example", "Bernadette", "Caron"))

add("fr-47-relance-propre-message", "Thomas Girault <thomas.girault@gmail.example>", "Re: Récupération de mes données de remboursement",
    """Bonjour,

Je me permets de vous relancer, je n'ai reçu aucune réponse à ma demande ci-dessous. Mon nouveau contrat commence le 1er janvier.

Cordialement,
Thomas Girault

Le 20/10/2026 à 18:05, Thomas Girault a écrit :
> Bonjour,
> Je change de complémentaire santé au 1er janvier. Je souhaiterais récupérer l'historique de mes remboursements...
""", FU(ref("fr-11-portabilite-changement-mutuelle"), "thomas.girault@gmail.example", "Thomas", "Girault"),
    headers=irt("fr-11-portabilite-changement-mutuelle"))

add("fr-48-suivi-mecontent-delai", "Pierre-Yves Le Gall <py.legall@bbox.example>", "Re: [DSR-30299] Accusé de réception de votre demande",
    """Cela fait maintenant plus d'un mois, le délai légal est dépassé. Sans réponse de votre part sous 8 jours je saisirai la CNIL.

P-Y Le Gall

> Nous accusons réception de votre demande, enregistrée sous la référence DSR-30299. Nous vous répondrons dans un délai d'un mois.
""", FU("30299", "py.legall@bbox.example", "Pierre-Yves", "Le Gall"))
