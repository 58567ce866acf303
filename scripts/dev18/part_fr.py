from common import *  # part fr: written blind

add("fr-01-directives-deces", "Geneviève Aubertin <genevieve.aubertin@orange-mail.example>",
    "Mes données après ma disparition",
    """Maître,

Votre étude a reçu mon testament authentique l'an dernier. J'ai 81 ans et je mets mes affaires en ordre.

Je souhaiterais laisser des instructions sur ce que deviendront les informations personnelles que vous conservez sur moi une fois que je ne serai plus là : je voudrais que mon neveu, Monsieur Paul Aubertin, soit la personne désignée pour s'en occuper, et que rien ne soit communiqué à mes autres héritiers en dehors de ce que la loi impose pour la succession.

Pouvez-vous me dire comment enregistrer ces consignes auprès de vous ?

Avec mes respectueuses salutations,
Geneviève Aubertin
""",
    R(["AdvanceDirectives"], "genevieve.aubertin@orange-mail.example", "Geneviève", "Aubertin"))

add("fr-02-partie-adverse-latin1", "Mohamed Benali <m.benali@libremail.example>",
    "Demande concernant mes informations",
    """Bonjour,

Votre cabinet représente mon ancien associé dans le litige commercial qui nous oppose devant le tribunal de commerce de Lyon. Dans vos conclusions figurent des éléments sur ma situation personnelle (adresse de ma compagne, mes revenus de 2023) que je ne lui ai jamais communiqués.

Je vous demande de me faire savoir quelles données me concernant vous détenez, d'où elles proviennent et de m'en transmettre une copie.

Cordialement,
Mohamed Benali
""",
    R(["Access"], "m.benali@libremail.example", "Mohamed", "Benali"),
    ct=LATIN1, encode="latin-1")

add("fr-03-lettre-info", "jb.roussel@netcourrier.example",
    "desinscription",
    "merci de me retirer de votre lettre d actu juridique je la recois depuis 2 ans sans l avoir demandee\n",
    R(["Opposition"], "jb.roussel@netcourrier.example"))

add("fr-04-fils-heritier", "Laurent Delacroix <laurent.delacroix@free-post.example>",
    "Succession de ma mère - Mme Odile Delacroix",
    """Madame, Monsieur,

Ma mère, Odile Delacroix, est décédée le 4 octobre dernier. Votre office notarial est chargé du règlement de la succession. En ma qualité d'héritier, et avec l'accord de ma sœur, je souhaiterais obtenir communication de l'ensemble des informations personnelles de ma mère que votre étude détient encore (dossier client, correspondances, pièces d'identité, notes), afin de compléter nos démarches auprès des banques.

Vous trouverez ci-joint l'acte de décès et l'acte de notoriété.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Laurent Delacroix
06 12 34 56 78
""",
    R(["Access"], "laurent.delacroix@free-post.example", "Odile", "Delacroix",
      representative="Laurent Delacroix"))

add("fr-05-orthographe-nom", "Anne-Sophie Lefèbvre <as.lefebvre@webmel.example>",
    "Erreur sur mon nom",
    """Bonjour,

Sur tous vos courriers et sur le projet d'acte de vente, mon nom est écrit « Lefebvre ». Il s'écrit Lefèbvre, avec un accent grave. Ça a l'air anodin mais la banque a bloqué le virement à cause de ça.

Pouvez-vous corriger dans votre fichier ? Merci d'avance.

Anne-Sophie Lefèbvre
""",
    R(["Rectification"], "as.lefebvre@webmel.example", "Anne-Sophie", "Lefèbvre"))

add("fr-06-espace-client-html", "Thi Lan Nguyen <thilan.nguyen@courriel.example>",
    "Clôture de mon espace client",
    html("Bonjour,",
         "Mon dossier de divorce est terminé depuis juin. Je voudrais que vous fermiez mon accès à votre espace client en ligne "
         "et que vous effaciez les documents que j'y ai déposés ainsi que mes coordonnées.",
         "Bien à vous,<br>Thi Lan Nguyen"),
    R(["Erasure"], "thilan.nguyen@courriel.example", "Thi Lan", "Nguyen"),
    ct=HTML)

add("fr-07-sms-prospection", "Kevin Morel <kevin.morel93@mailo.example>",
    "sms publicitaires",
    """bonjour je recoi des sms de votre cabinet pour des "consultations gratuites en droit du travail" alors que je vous ai jamais donner mon numero. arretez svp, je veux plus recevoir ce genre de truc ni par sms ni par mail et effacez mon numero de vos fichiers

kevin
""",
    R(["Opposition", "Erasure"], "kevin.morel93@mailo.example", "Kevin", "Morel"))

add("fr-08-acces-portabilite", "Sébastien Dupont-Moreau <s.dupontmoreau@avocat-mail.example>",
    "Exercice de mes droits - articles 15 et 20 du RGPD",
    """Madame, Monsieur le Délégué à la protection des données,

J'ai été client de votre cabinet de 2019 à 2025 pour la gestion de mes baux commerciaux.

En application de l'article 15 du Règlement (UE) 2016/679, je vous prie de me communiquer l'ensemble des données à caractère personnel me concernant faisant l'objet d'un traitement par votre cabinet, accompagnées des informations prévues audit article.

En application de l'article 20 du même règlement, je vous demande en outre de me transmettre, dans un format structuré, couramment utilisé et lisible par machine, les données que je vous ai fournies (notamment les tableaux de loyers et les états locatifs), afin de les confier à mon nouveau conseil.

Je vous rappelle que vous disposez d'un délai d'un mois pour répondre.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Sébastien Dupont-Moreau
12 rue des Carmes, 31000 Toulouse
""",
    R(["Access", "Portability"], "s.dupontmoreau@avocat-mail.example", "Sébastien", "Dupont-Moreau"))

add("fr-09-gel-donnees", "Gaëlle Le Goff <gaelle.legoff@breizhmail.example>",
    "Contestation - revenus mentionnés dans le dossier",
    """Bonjour,

Dans le cadre de la procédure de prestation compensatoire, votre cabinet (qui assiste mon ex-mari) a transmis à l'expert un chiffre de revenus me concernant qui est faux : 58 000 € au lieu de 38 000 €.

Tant que l'exactitude de ce chiffre n'a pas été vérifiée, je vous demande de ne plus l'utiliser et de ne plus le communiquer à qui que ce soit. Je ne demande pas sa suppression, les pièces justificatives vont suivre.

Gaëlle Le Goff
""",
    R(["Restriction"], "gaelle.legoff@breizhmail.example", "Gaëlle", "Le Goff"))

add("fr-10-conflits-interets", "Yannick Kervella <y.kervella@armor-net.example>",
    "Vérification de conflits : que gardez-vous ?",
    """Bonjour,

J'ai contacté votre cabinet en septembre pour un litige avec mon assureur. On m'a répondu qu'après « vérification des conflits d'intérêts » vous ne pouviez pas m'assister.

Je n'ai rien contre, mais j'aimerais comprendre : qu'est-ce que vous conservez de ce premier contact, pour combien de temps, pour quelle raison, et est-ce que ces informations sont partagées avec d'autres cabinets ou avec votre réseau international ?

Merci,
Yannick Kervella
""",
    R(["Information"], "y.kervella@armor-net.example", "Yannick", "Kervella"))

add("fr-11-echeancier-refuse", "Nathalie Rigaud <nathalie.rigaud@laposte-mail.example>",
    "Refus automatique de paiement échelonné",
    """Bonjour,

J'ai demandé sur votre site de régler vos honoraires en plusieurs fois. En moins d'une minute, j'ai reçu un message « Votre demande n'est pas éligible selon notre analyse de solvabilité ». Personne ne m'a posé de question.

Je conteste cette décision et je souhaite qu'un membre du cabinet réexamine ma situation. Je voudrais aussi savoir sur quels critères ce refus a été décidé.

Nathalie Rigaud
""",
    R(["AutomatedDecision"], "nathalie.rigaud@laposte-mail.example", "Nathalie", "Rigaud"))

add("fr-12-tuteur", "UDAF - Service des majeurs protégés <mjpm.secteur4@udaf-asso.example>",
    "M. Bernard Fouquet - mesure de tutelle",
    """Madame, Monsieur,

En qualité de mandataire judiciaire à la protection des majeurs, désignée tutrice de M. Bernard Fouquet par jugement du juge des contentieux de la protection de Rennes du 3 mars 2026 (copie jointe), je vous informe que M. Fouquet a été démarché par votre cabinet à la suite d'une inscription à un salon.

Je vous demande de procéder à l'effacement des données le concernant utilisées à des fins de prospection et de me confirmer l'exécution de cette demande.

Claire Vasseur
Mandataire judiciaire
UDAF d'Ille-et-Vilaine
""",
    R(["Erasure"], "mjpm.secteur4@udaf-asso.example", "Bernard", "Fouquet",
      representative="Claire Vasseur"))

add("fr-13-transfert-collegue", "Julie Carpentier <j.carpentier@acme-corp.example>",
    "TR: plus de courriers svp",
    """Bonjour l'équipe données perso,

Je vous transfère ce mail reçu sur ma boîte. La cliente est agacée, merci de traiter rapidement.

Julie Carpentier
Assistante juridique - Pôle immobilier
Acme Corp Avocats & Notaires

-------- Message transféré --------
De : Martine Chevallier <martine.chevallier@sfr-mail.example>
Date : 12/11/2026 09:47
Objet : plus de courriers svp
À : j.carpentier@acme-corp.example

Madame,

La vente de mon appartement est signée, je n'ai plus besoin de vous. Je ne veux plus recevoir vos invitations aux petits-déjeuners de l'immobilier, et je souhaite que vous supprimiez mes coordonnées de vos listes.

Martine Chevallier
""",
    R(["Opposition", "Erasure"], "martine.chevallier@sfr-mail.example", "Martine", "Chevallier"))

add("fr-14-piece-jointe", "Thomas Girard <t.girard@acme-corp.example>",
    "TR: question sur vos fichiers",
    "",
    R(["Information"], "c.boucher@numericable-mail.example", "Christophe", "Boucher"),
    attached=("Christophe Boucher <c.boucher@numericable-mail.example>", "question sur vos fichiers",
              """Bonjour Maître Girard,

Une question qui n'a rien à voir avec mon dossier : vous m'avez demandé beaucoup de justificatifs (avis d'imposition, relevés, livret de famille). Pourquoi tout ça, qui y a accès chez vous, et combien de temps les gardez-vous après la fin de l'affaire ?

Bien cordialement,
Christophe Boucher
"""),
    note="Pour vous, merci. Thomas Girard, Avocat associé")

add("fr-15-heure-signature", "Sandrine Petit <sandrine.petit@wanadoo-mail.example>",
    "signature vendredi",
    """Bonjour, à quelle heure est prévue la signature de l'acte de vente vendredi, et faut-il apporter un chèque de banque ? Je n'arrive pas à joindre le clerc. Merci. Sandrine Petit
""",
    R(["Unknown"], "sandrine.petit@wanadoo-mail.example", "Sandrine", "Petit"))

add("fr-16-majuscules", "ROGER BLANCHARD <rblanchard@vieuxmail.example>",
    "EFFACEZ TOUT",
    """JE NE SUIS PAS VOTRE CLIENT ET JE NE L'AI JAMAIS ETE. VOUS M'AVEZ ENVOYE UN COURRIER POUR UNE "SUCCESSION EN DESHERENCE". EFFACEZ MON NOM, MON ADRESSE ET TOUT LE RESTE DE VOS FICHIERS IMMEDIATEMENT.

R. BLANCHARD
""",
    R(["Erasure"], "rblanchard@vieuxmail.example", "Roger", "Blanchard"))

add("fr-17-prudhommes-recit", "Isabelle Fontaine <isabelle.fontaine@numeri-mail.example>",
    "Réclamation",
    """Bonjour,

Je vous écris après des mois de frustration. Votre cabinet m'a représentée devant le conseil de prud'hommes contre mon ancien employeur. L'avocate qui suivait mon dossier est partie en cours de route, la remplaçante ne connaissait pas le dossier et l'audience a été renvoyée deux fois. J'ai payé plus de 6 000 € pour un jugement qui me donne à peine raison.

Ce qui m'inquiète surtout, c'est que lors de la dernière audience, l'avocat adverse a fait allusion à un arrêt maladie que je n'avais mentionné qu'à votre cabinet. Je me demande qui, chez vous, a eu accès à mon dossier.

Je veux donc recevoir la liste des informations que vous détenez sur moi, avec les noms des personnes ou organismes à qui elles ont été transmises. Je ne demande pas la suppression de mon dossier, j'en aurai peut-être besoin pour une action en responsabilité.

Je réfléchis aussi à saisir le bâtonnier.

Isabelle Fontaine
""",
    R(["Access"], "isabelle.fontaine@numeri-mail.example", "Isabelle", "Fontaine"))

add("fr-18-belge-gsm", "Famille Vandenbroucke <famille.vdb@skynet-mail.example>",
    "changement coordonnées",
    """Bonjour,

Suite à notre déménagement, pourriez-vous mettre à jour mes coordonnées dans votre dossier : nouvelle adresse avenue Louise 212, 1050 Ixelles, et mon nouveau numéro de GSM 0475 12 34 56. L'ancien numéro n'est plus à moi. Et par la même occasion, je ne souhaite plus recevoir votre magazine « Patrimoine & Famille ».

Merci de répondre sur mon adresse personnelle.

Dominique Vandenbroucke
""",
    R(["Rectification", "Opposition"], "dominique.vandenbroucke@proximus-mail.example", "Dominique", "Vandenbroucke"),
    headers=["Reply-To: Dominique Vandenbroucke <dominique.vandenbroucke@proximus-mail.example>"])

add("fr-19-task-registre", "Hélène Marchetti <h.marchetti@acme-corp.example>",
    "Nouveau logiciel de l'étude - registre",
    """Bonjour,

L'office notarial passe au nouveau logiciel de rédaction d'actes à partir du 1er janvier (hébergement chez l'éditeur). Pouvez-vous mettre à jour la fiche correspondante du registre des traitements et me dire si une analyse d'impact est nécessaire ?

Je vous transmets la documentation technique de l'éditeur dès réception.

Hélène Marchetti
Notaire associée
""",
    TASK("h.marchetti@acme-corp.example", "Hélène", "Marchetti"))

add("fr-20-task-archivage", "François-Xavier de la Tour <fx.delatour@acme-corp.example>",
    "Contrat archivage externe à relire",
    """Bonjour à tous,

Le prestataire d'archivage papier (ArchivSûr) nous envoie un nouveau contrat avec une annexe « protection des données ». Ils vont stocker nos minutes et dossiers clôturés. Merci de relire l'annexe sous-traitance avant la fin du mois, notamment la partie sur les sous-traitants ultérieurs et la destruction.

Bien à vous,
François-Xavier de la Tour
Directeur administratif et financier
""",
    TASK("fx.delatour@acme-corp.example", "François-Xavier", "de la Tour"))

add("fr-21-task-formation", "Émilie Rousseau <e.rousseau@acme-corp.example>",
    "Formation RGPD nouveaux collaborateurs",
    """Coucou,

Nous accueillons 6 nouveaux collaborateurs et 3 stagiaires le 4 janvier. Serait-il possible d'organiser une session de sensibilisation RGPD (secret professionnel, mails, clés USB...) pendant leur semaine d'intégration ? Une heure suffira.

Merci !
Émilie - RH
""",
    TASK("e.rousseau@acme-corp.example", "Émilie", "Rousseau"))

add("fr-22-inc-cle-usb", "Arnaud Lemaire <a.lemaire@acme-corp.example>",
    "Perte clé USB",
    """Bonjour,

Je pense avoir perdu hier au tribunal judiciaire de Nanterre une clé USB contenant les pièces de trois dossiers de droit de la famille (bulletins de salaire, certificats médicaux, jugements). La clé n'était pas chiffrée. Je l'ai cherchée partout et signalée à l'accueil du tribunal.

Désolé. Dites-moi ce que je dois faire.

Arnaud Lemaire
Avocat collaborateur
""",
    INC("a.lemaire@acme-corp.example", "Arnaud", "Lemaire"))

add("fr-23-inc-mauvais-destinataire", "Corinne Faure <c.faure@acme-corp.example>",
    "Envoi par erreur",
    """Bonjour,

Ce matin j'ai envoyé le projet d'acte de donation des époux Marchal (avec leur patrimoine détaillé et les coordonnées de leurs enfants) à un M. Marchand, un autre client, à cause de l'autocomplétion d'Outlook. J'ai tenté de rappeler le message, sans succès. Je l'ai appelé, il n'a pas répondu.

Corinne Faure, clerc de notaire
""",
    INC("c.faure@acme-corp.example", "Corinne", "Faure"))

add("fr-24-inc-espace-client-autre", "Valérie Bonnet <valerie.bonnet@numericable-mail.example>",
    "Je vois le dossier de quelqu'un d'autre !",
    """Bonjour,

En me connectant ce soir à mon espace client, j'ai vu dans « Mes documents » un jugement de divorce et des bulletins de paie au nom d'une autre personne. Je n'ai rien téléchargé mais c'est très inquiétant : est-ce que quelqu'un voit aussi mes documents à moi ?

Valérie Bonnet
""",
    INC("valerie.bonnet@numericable-mail.example", "Valérie", "Bonnet"))

add("fr-25-fu-dsr", "Pierre-Alain Gauthier <pa.gauthier@bluewin-mail.example>",
    "RE: [DSR-30572] Accusé de réception de votre demande",
    """Bonjour,

Je vous renvoie comme demandé la copie recto verso de ma carte d'identité pour que vous puissiez traiter ma demande.

Cordialement,
Pierre-Alain Gauthier

-----Message d'origine-----
De : privacy@acme-corp.example
Objet : [DSR-30572] Accusé de réception de votre demande

Nous avons bien reçu votre demande, enregistrée sous la référence DSR-30572. Afin de vérifier votre identité, merci de nous transmettre un justificatif.
""",
    FU("30572", "pa.gauthier@bluewin-mail.example", "Pierre-Alain", "Gauthier"))

add("fr-26-fu-portabilite-format", "Sébastien Dupont-Moreau <s.dupontmoreau@avocat-mail.example>",
    "Re: Exercice de mes droits - articles 15 et 20 du RGPD",
    """Madame, Monsieur,

Pour compléter mon courrier précédent : pour les états locatifs, un export CSV ou Excel me conviendra parfaitement. Merci de m'indiquer le délai prévisible.

S. Dupont-Moreau
""",
    FU(ref("fr-08-acces-portabilite"), "s.dupontmoreau@avocat-mail.example", "Sébastien", "Dupont-Moreau"),
    headers=irt("fr-08-acces-portabilite"))

add("fr-27-spam-rgpd-amende", "Service Conformité RGPD <mise-en-conformite@rgpd-obligatoire.example>",
    "DERNIER RAPPEL : mise en conformité RGPD obligatoire - amende jusqu'à 20 M€",
    """Madame, Monsieur le responsable,

Sauf erreur de notre part, votre cabinet n'a pas encore effectué sa déclaration de mise en conformité au Règlement Général sur la Protection des Données. Les contrôles débutent dans votre département.

Pour éviter une sanction, contactez sous 48h notre service au 08 99 00 00 00 (service payant) afin d'obtenir votre attestation de conformité et faire supprimer les données non conformes.

Service Conformité RGPD
""",
    IGN("spam", "mise-en-conformite@rgpd-obligatoire.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="rgpd-obligatoire.example")])

add("fr-28-spam-referencement", "Lucas <lucas.seo.expert@webpromo.example>",
    "Votre site acme-corp en 1ère page de Google",
    """Bonjour,

J'ai analysé votre site et il n'apparaît pas pour « avocat divorce » ni « notaire succession ». Nous pouvons vous placer en première page en 30 jours garanti. Tarif spécial cabinets d'avocats : 290 €/mois.

Répondez simplement OUI pour recevoir l'audit gratuit.

Lucas
""",
    IGN("spam", "lucas.seo.expert@webpromo.example"),
    headers=SPAM_HDR)

add("fr-29-absence", "Marc Delorme <marc.delorme@cabinet-delorme.example>",
    "Réponse automatique : Demande de renseignements",
    """Bonjour,

Je suis absent du bureau jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter mon assistante au 01 23 45 67 89.

Cordialement,
Marc Delorme
""",
    IGN("auto_reply", "marc.delorme@cabinet-delorme.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-30-newsletter-editeur", "Dalloz Actu Pro <newsletter@actu-juridique.example>",
    "La lettre du droit des données - novembre 2026",
    """Au sommaire ce mois-ci :

- CNIL : nouvelle recommandation sur les durées de conservation dans les cabinets d'avocats
- CJUE : précisions sur le droit d'accès et les copies de documents
- Sanction : 150 000 € pour un office notarial

Lire la lettre en ligne.

Vous recevez ce message car vous êtes abonné à La lettre du droit des données. Se désabonner.
""",
    IGN("bulk", "newsletter@actu-juridique.example"),
    headers=["List-Id: <lettre-donnees.actu-juridique.example>",
             "List-Unsubscribe: <mailto:unsubscribe@actu-juridique.example>",
             "Precedence: bulk"])
