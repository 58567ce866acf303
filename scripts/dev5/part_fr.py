from common import *  # part fr: written blind

# ---------------------------------------------------------------- demandes
add("fr-01-copie-passeport", "Gwenaëlle Le Bihan <gwen.lebihan@courriel.example>",
    "Copie de mon passeport",
    """Bonjour,

Lors de mon arrivée à votre hôtel de Nantes le 2 novembre, la réception a photocopié mon passeport. Mon séjour est terminé : merci de supprimer cette copie et de me confirmer qu'elle a bien été détruite.

Cordialement,
Gwenaëlle Le Bihan
""",
    R(["Erasure"], "gwen.lebihan@courriel.example", "Gwenaëlle", "Le Bihan"))

add("fr-02-acces-formel", "Étienne de La Roche-Aymon <e.delaroche@cabinet-conseil.example>",
    "Demande d'accès à mes données personnelles (article 15 du RGPD)",
    """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données, je vous prie de bien vouloir me communiquer l'ensemble des données à caractère personnel me concernant que vous détenez, notamment :

- l'historique de mes réservations effectuées sur votre site et dans vos hôtels ;
- les données de mon compte de fidélité ;
- les enregistrements de mes appels au service client ;
- les commentaires internes éventuellement saisis à mon sujet.

Je vous remercie de m'indiquer également les finalités des traitements, les destinataires et la durée de conservation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Étienne de La Roche-Aymon
14, rue des Carmes, 69002 Lyon
""",
    R(["Access"], "e.delaroche@cabinet-conseil.example", "Étienne", "de La Roche-Aymon"))

add("fr-03-directives", "Solène d'Harcourt <solene.dharcourt@orange-mail.example>",
    "Directives concernant mes données après mon décès",
    """Bonjour,

J'ai 78 ans et je mets de l'ordre dans mes affaires. Je souhaite vous faire part de mes directives relatives au sort de mes données après mon décès : je souhaite que mon compte client et mon compte fidélité soient clôturés et que mes données soient effacées, et je désigne mon neveu, M. Arnaud d'Harcourt, pour veiller à leur exécution.

Pouvez-vous m'indiquer comment enregistrer ces directives chez vous ?

Solène d'Harcourt
""",
    R(["AdvanceDirectives"], "solene.dharcourt@orange-mail.example", "Solène", "d'Harcourt"))

add("fr-04-majuscules", "THIBAULT VASSEUR <thibault.vasseur@free-mail.example>",
    "STOP PUB",
    """ARRETEZ DE M'ENVOYER VOS PROMOS ET VOS SMS !!! JE VOUS AI DEJA DIT 3 FOIS AU TELEPHONE. JE NE VEUX PLUS RIEN RECEVOIR DE VOTRE PART.

T. VASSEUR
""",
    R(["Opposition"], "thibault.vasseur@free-mail.example", "Thibault", "Vasseur"))

add("fr-05-latin1-adresse", "Clémence Fournier-Morel <clemence.fm@laposte-mail.example>",
    "Changement d'adresse et de nom",
    """Bonjour,

Je me suis mariée cet été et j'ai déménagé. Pourriez-vous mettre à jour mon profil de fidélité :
- nom : Fournier-Morel (et non plus Fournier)
- adresse : 8 allée des Tilleuls, 35000 Rennes

Merci d'avance,
Clémence Fournier-Morel
""",
    R(["Rectification"], "clemence.fm@laposte-mail.example", "Clémence", "Fournier-Morel"),
    ct=LATIN1, encode="latin-1")

add("fr-06-avis-publie", "Aïcha Benkirane <aicha.benkirane@webmail.example>",
    "Mon avis sur votre site",
    """Bonjour,

J'ai laissé un avis négatif sur votre hôtel de Marseille Vieux-Port et il apparaît sur votre site avec mon nom complet et ma photo de profil. Je m'oppose à ce que mon nom et ma photo soient affichés publiquement. Vous pouvez laisser le texte de l'avis, mais anonymisé.

Aïcha Benkirane
""",
    R(["Opposition"], "aicha.benkirane@webmail.example", "Aïcha", "Benkirane"))

add("fr-07-portabilite", "Yannick N'Diaye <yannick.ndiaye@entreprise-mail.example>",
    "Portabilité de mes données de fidélité",
    """Bonjour,

Je souhaiterais exercer mon droit à la portabilité : merci de m'envoyer l'historique de mes séjours, nuitées et points de fidélité dans un format structuré et lisible par machine (CSV ou JSON).

Bien à vous,
Yannick N'Diaye
Responsable achats
06 12 34 56 78
""",
    R(["Portability"], "yannick.ndiaye@entreprise-mail.example", "Yannick", "N'Diaye"))

add("fr-08-info-transfert", "Océane Garnier <oceane.garnier@mailbox.example>",
    "Question : où sont traitées mes données ?",
    """Bonjour,

Quand j'ai appelé votre service réservation, la personne m'a dit qu'elle se trouvait à l'étranger. Mes données sont-elles transférées hors de l'Union européenne ? Vers quel pays, et avec quelles garanties ? Je ne demande rien d'autre, juste une explication.

Merci,
Océane Garnier
""",
    R(["Information"], "oceane.garnier@mailbox.example", "Océane", "Garnier"))

add("fr-09-paiement-refuse", "Jean-Baptiste Lacombe <jb.lacombe@sfr-mail.example>",
    "Paiement en plusieurs fois refusé automatiquement",
    """Bonjour,

J'ai voulu réserver un séjour de 7 nuits en Corse en payant en 4 fois. Le site m'a répondu en deux secondes « demande refusée suite à l'analyse de votre profil ». Aucune explication. Je conteste cette décision prise par un algorithme et je demande qu'une personne réexamine mon dossier et m'explique les critères utilisés.

Jean-Baptiste Lacombe
""",
    R(["AutomatedDecision"], "jb.lacombe@sfr-mail.example", "Jean-Baptiste", "Lacombe"))

add("fr-10-limitation-points", "Bertrand Chevalier <bertrand.chevalier@numericable-mail.example>",
    "Historique de séjours erroné",
    """Madame, Monsieur,

Mon relevé de fidélité mentionne trois séjours à Lille en septembre que je n'ai jamais effectués, et m'attribue une dette de points. Je vous demande de corriger cet historique. En attendant la vérification, je demande la limitation du traitement de ces données : qu'elles ne soient ni utilisées ni transmises à qui que ce soit.

Bertrand Chevalier
Carte n° 7700 2291 45
""",
    R(["Rectification", "Restriction"], "bertrand.chevalier@numericable-mail.example", "Bertrand", "Chevalier"))

add("fr-11-avocat", "Maître Anne-Sophie Rigaud <as.rigaud@rigaud-avocats.example>",
    "Demande de communication de données - M. Loïc Kerjean",
    """Madame, Monsieur,

Je suis le conseil de M. Loïc Kerjean, demeurant 3 impasse du Port, 29200 Brest, qui a séjourné dans votre établissement de Quimper du 10 au 14 août 2026.

Agissant en son nom et pour son compte, en vertu du mandat ci-joint, je vous demande de me communiquer l'intégralité des données personnelles le concernant, y compris les échanges avec votre service client et les images de vidéosurveillance du 12 août.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Anne-Sophie Rigaud
Avocate au Barreau de Rennes

Ce message est confidentiel et couvert par le secret professionnel. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire.
""",
    R(["Access"], "as.rigaud@rigaud-avocats.example", "Loïc", "Kerjean", representative="Anne-Sophie Rigaud"))

add("fr-12-curatelle", "Patrice Lemoine <patrice.lemoine@udaf-mail.example>",
    "Mesure de tutelle - Mme Josiane Perrot",
    """Bonjour,

Je suis le mandataire judiciaire chargé de la tutelle de Mme Josiane Perrot (jugement du tribunal de Dijon, copie jointe). Mme Perrot reçoit de nombreuses offres commerciales de votre part par courrier et téléphone, et a réservé plusieurs voyages qu'elle ne pouvait pas payer.

Je vous demande de cesser toute prospection à son égard et de supprimer son compte client.

Patrice Lemoine
Mandataire judiciaire à la protection des majeurs
""",
    R(["Opposition", "Erasure"], "patrice.lemoine@udaf-mail.example", "Josiane", "Perrot", representative="Patrice Lemoine"))

add("fr-13-heritiere", "Marie-Hélène Dubois-Lefèvre <mh.dubois@wanadoo-mail.example>",
    "Décès de ma mère - compte fidélité",
    """Bonjour,

Ma mère, Geneviève Dubois, est décédée le 4 octobre dernier. Elle avait un compte fidélité chez vous et continue de recevoir vos lettres d'information. En tant que fille et héritière, je vous demande de clôturer son compte et de supprimer ses données. Je peux vous transmettre l'acte de décès.

Marie-Hélène Dubois-Lefèvre

Envoyé de mon iPad
""",
    R(["Erasure"], "mh.dubois@wanadoo-mail.example", "Geneviève", "Dubois", representative="Marie-Hélène Dubois-Lefèvre"))

add("fr-14-html-desinscription", "Inès Haddad <ines.haddad@gmail-like.example>",
    "Désinscription + suppression",
    html("Bonjour,",
         "Je ne veux plus recevoir votre newsletter ni vos &laquo; ventes flash &raquo;. Merci également de supprimer mon compte et toutes mes données.",
         "Inès Haddad"),
    R(["Opposition", "Erasure"], "ines.haddad@gmail-like.example", "Inès", "Haddad"), ct=HTML)

add("fr-15-long-colere", "Lucie Marchetti <lucie.marchetti@mailbox.example>",
    "Séjour catastrophique à Biarritz",
    """Bonjour,

Je vous écris après le pire séjour de ma vie. Chambre réservée « vue mer » : vue sur le parking. Climatisation en panne pendant trois jours en pleine canicule. Le petit-déjeuner était servi jusqu'à 9h30 alors que le site indiquait 10h30. Et pour couronner le tout, on m'a facturé deux fois le parking.

Quand j'ai appelé, l'agent m'a dit qu'il y avait « des remarques » sur mon dossier et qu'il ne pouvait rien faire pour moi. Quelles remarques ? Je veux savoir exactement ce que vous avez enregistré à mon sujet : je demande une copie de toutes les données que vous conservez sur moi, y compris ces fameuses remarques.

J'attends également le remboursement du parking facturé en double (2 x 25 euros).

Lucie Marchetti
""",
    R(["Access"], "lucie.marchetti@mailbox.example", "Lucie", "Marchetti"))

add("fr-16-sans-ponctuation", "loic.tanguy56@laposte-mail.example",
    "mes donnees",
    """bonjour je voudrais savoir quelles donnees vous avez sur moi et ensuite les supprimer j ai reserve une fois en 2021 a vannes merci loic tanguy
""",
    R(["Access", "Erasure"], "loic.tanguy56@laposte-mail.example", "Loic", "Tanguy"))

add("fr-17-objet-oublie", "Francine Aubert <francine.aubert@mailbox.example>",
    "Objet oublié chambre 412",
    """Bonjour, j'ai oublié mon chargeur et une écharpe bleue dans la chambre 412 de votre hôtel de Tours (départ le 14/11). Pouvez-vous me les renvoyer ? Je paierai les frais de port.

Francine Aubert
""",
    R(["Unknown"], "francine.aubert@mailbox.example", "Francine", "Aubert"))

add("fr-18-collegue-inline", "Nathalie Ferrand <nathalie.ferrand@acme-corp.example>",
    "TR: demande client",
    """Bonjour l'équipe DPO,

Je vous transfère ce message reçu sur la boîte du service client, je pense que c'est pour vous.

Nathalie Ferrand
Service clientèle

-------- Message transféré --------
De : Romain Castagné <romain.castagne@bbox-mail.example>
Date : 15/11/2026 21:03
Objet : demande client
À : serviceclient@acme-corp.example

Bonjour, je voudrais recevoir une copie de toutes les informations personnelles que vous avez sur moi (réservations, fidélité, appels). Merci. Romain Castagné
""",
    R(["Access"], "romain.castagne@bbox-mail.example", "Romain", "Castagné"))

add("fr-19-collegue-piece-jointe", "Karim Belkacem <karim.belkacem@acme-corp.example>",
    "TR: Erreur sur ma date de naissance",
    "",
    R(["Rectification"], "sandrine.oudin@mailbox.example", "Sandrine", "Oudin"),
    attached=("Sandrine Oudin <sandrine.oudin@mailbox.example>", "Erreur sur ma date de naissance",
              """Bonjour,

Sur mon compte client, ma date de naissance est indiquée au 07/05/1968 alors que je suis née le 05/07/1986. Merci de corriger, cela bloque l'accès au tarif senior/jeune que vous proposez.

Sandrine Oudin
"""),
    note="Bonjour, reçu par la réception de Bordeaux, je vous le transmets en pièce jointe. Karim\n")

add("fr-20-cp1252-video", "Hervé Lançon <herve.lancon@club-mail.example>",
    "Vidéosurveillance – durée de conservation",
    """Bonjour,

J’ai remarqué de nombreuses caméras dans le hall et les couloirs de votre hôtel de Grenoble. Combien de temps conservez-vous ces images ? Qui peut les consulter ? Sont-elles transmises à un prestataire de sécurité ?

Merci pour vos réponses,
Hervé Lançon
""",
    R(["Information"], "herve.lancon@club-mail.example", "Hervé", "Lançon"), ct=CP1252, encode="cp1252")

add("fr-21-famille-replyto", "Famille Rousseau-Blanc <rousseau.blanc@famille-mail.example>",
    "appels commerciaux",
    """Bonjour,

C'est Mathilde Rousseau-Blanc qui écrit depuis l'adresse familiale. Vos conseillers voyage m'appellent sur mon portable pour me proposer des séjours. Je ne veux plus être démarchée par téléphone. Merci de répondre sur mon adresse personnelle.

Mathilde
""",
    R(["Opposition"], "mathilde.rb@perso-mail.example", "Mathilde", "Rousseau-Blanc"),
    headers=["Reply-To: Mathilde Rousseau-Blanc <mathilde.rb@perso-mail.example>"])

add("fr-22-une-ligne", "k.mbappe-diallo@mailbox.example",
    "suppression",
    """Supprimez mes données svp.
""",
    R(["Erasure"], "k.mbappe-diallo@mailbox.example", None, None))

add("fr-23-prix-dynamique", "Agathe Villeneuve <agathe.villeneuve@mailbox.example>",
    "Prix différent selon mon profil ?",
    """Bonjour,

Connectée à mon compte, le prix d'une chambre à Annecy est de 189 €. Déconnectée, 152 €. Si votre système fixe automatiquement un prix plus élevé à partir de mon profil, je conteste cette décision automatisée et je demande qu'un humain revoie le tarif appliqué à ma réservation n° ANC-55781.

Agathe Villeneuve
""",
    R(["AutomatedDecision"], "agathe.villeneuve@mailbox.example", "Agathe", "Villeneuve"))

# ---------------------------------------------------------------- tâches
add("fr-24-tache-registre", "Julien Perrin <julien.perrin@acme-corp.example>",
    "Registre des traitements - nouveau CRM",
    """Bonjour,

Nous basculons le 1er janvier sur le nouveau CRM pour le service commercial groupes. Il faudrait mettre à jour le registre des traitements en conséquence. Je peux vous envoyer la liste des champs et des flux.

Julien Perrin
Chef de projet CRM
""",
    TASK("julien.perrin@acme-corp.example", "Julien", "Perrin"))

add("fr-25-tache-aipd", "Sabine Morel <sabine.morel@acme-corp.example>",
    "AIPD lecture de plaques parking",
    """Bonjour,

Le site de Nice veut installer un système de lecture automatique des plaques d'immatriculation pour le parking clients. Faut-il une analyse d'impact ? Si oui, pouvons-nous la lancer rapidement, le devis doit être signé avant fin décembre.

Sabine Morel
Directrice d'exploitation Nice Promenade
""",
    TASK("sabine.morel@acme-corp.example", "Sabine", "Morel"))

add("fr-26-tache-formation", "Delphine Carré <delphine.carre@acme-corp.example>",
    "Formation RGPD réceptionnistes",
    """Bonjour,

Nous accueillons 12 nouveaux réceptionnistes en janvier. Serait-il possible d'organiser une session de sensibilisation RGPD (pièces d'identité, demandes des clients, ce qu'on peut dire au téléphone) ? Une heure suffirait.

Delphine Carré
RH - Région Ouest
""",
    TASK("delphine.carre@acme-corp.example", "Delphine", "Carré"))

add("fr-27-tache-contrat", "Antoine Bérenger <antoine.berenger@acme-corp.example>",
    "Contrat prestataire wifi - clause données",
    """Salut,

Le prestataire du portail wifi invités nous envoie son nouveau contrat. Il y a une clause sur la « réutilisation des données de connexion à des fins statistiques ». Tu peux jeter un œil avant que je signe ?

Antoine
Achats IT
""",
    TASK("antoine.berenger@acme-corp.example", "Antoine", "Bérenger"))

# ---------------------------------------------------------------- incidents
add("fr-28-inc-cle-usb", "Mélanie Robin <melanie.robin@acme-corp.example>",
    "Perte d'une clé USB - réception Strasbourg",
    """Bonjour,

Une clé USB de la réception a disparu hier soir. Elle contenait les scans des pièces d'identité d'un groupe de 30 personnes (séminaire du 12 novembre) que nous devions transmettre à l'organisateur. Elle n'était pas chiffrée. Nous l'avons cherchée partout sans succès.

Mélanie Robin
Chef de réception, Strasbourg Centre
""",
    INC("melanie.robin@acme-corp.example", "Mélanie", "Robin"))

add("fr-29-inc-facture-tiers", "Grégoire Lamarque <gregoire.lamarque@mailbox.example>",
    "J'ai reçu la facture d'un autre client",
    """Bonjour,

En réponse à ma demande de facture pour mon séjour à Reims, j'ai reçu la facture de quelqu'un d'autre : un certain M. Fabre, avec son adresse, son numéro de téléphone et le détail de ses consommations. Je pense que ce n'est pas normal. Je l'ai supprimée, mais vous devriez vérifier vos envois.

Grégoire Lamarque
""",
    INC("gregoire.lamarque@mailbox.example", "Grégoire", "Lamarque"))

add("fr-30-inc-liste-hall", "Cyril Fontaine <cyril.fontaine@acme-corp.example>",
    "Liste des arrivées laissée dans le hall",
    """Bonjour,

Ce matin un client m'a rapporté une liste imprimée des arrivées du jour (noms, numéros de chambre, téléphones) qu'il a trouvée sur une table du lobby. On ne sait pas depuis combien de temps elle y était. Je vous le signale.

Cyril Fontaine
Night auditor - Paris Gare de Lyon
""",
    INC("cyril.fontaine@acme-corp.example", "Cyril", "Fontaine"))

add("fr-31-inc-rancongiciel", "Pascale Giraud <pascale.giraud@acme-corp.example>",
    "URGENT poste réception bloqué - message de rançon",
    """Bonjour,

Le PC de la réception de Montpellier affiche un écran rouge demandant une rançon en bitcoins et tous les fichiers ont une extension bizarre. Le PC est débranché du réseau. L'informatique est prévenue mais on m'a dit de vous prévenir aussi car il y avait les fiches clients dessus.

Pascale Giraud
""",
    INC("pascale.giraud@acme-corp.example", "Pascale", "Giraud"))

# ---------------------------------------------------------------- suivis
add("fr-32-suivi-dsr-piece", "Marc-Antoine Lefort <ma.lefort@mailbox.example>",
    "RE: [DSR-41102] Accusé de réception de votre demande",
    """Bonjour,

Comme demandé, voici ma pièce d'identité en pièce jointe.

Cordialement,
Marc-Antoine Lefort

> Nous avons bien reçu votre demande. Afin de vérifier votre identité, merci de nous transmettre...
""",
    FU("41102", "ma.lefort@mailbox.example", "Marc-Antoine", "Lefort"))

add("fr-33-suivi-irt", "Jean-Baptiste Lacombe <jb.lacombe@sfr-mail.example>",
    "Re: Paiement en plusieurs fois refusé automatiquement",
    """Bonjour,

Je complète mon message précédent : le numéro de ma tentative de réservation était COR-88213. Toujours pas de réponse de votre part.

JB Lacombe

Le 16/11/2026, Jean-Baptiste Lacombe a écrit :
> J'ai voulu réserver un séjour de 7 nuits en Corse en payant en 4 fois.
""",
    FU(ref("fr-09-paiement-refuse"), "jb.lacombe@sfr-mail.example", "Jean-Baptiste", "Lacombe"),
    headers=irt("fr-09-paiement-refuse"))

add("fr-34-suivi-dsr-relance", "Valérie Chauvin <valerie.chauvin@mailbox.example>",
    "Re: [DSR-38864] votre demande",
    """Bonjour, cela fait maintenant six semaines. Où en est ma demande de suppression ? Je reçois toujours vos mails. Valérie Chauvin
""",
    FU("38864", "valerie.chauvin@mailbox.example", "Valérie", "Chauvin"))

# ---------------------------------------------------------------- ignorés
add("fr-35-spam-heritage", "Me Gaston Ambroise <notaire.ambroise@legs-international.example>",
    "Héritage non réclamé - confidentiel",
    """Cher(e) bénéficiaire,

Je suis Maître Gaston Ambroise, notaire. Un de vos parents éloignés, décédé sans héritier, a laissé la somme de 4 500 000 euros. Pour recevoir votre part, merci de me communiquer vos coordonnées complètes et de régler les frais de dossier de 950 euros.

Dans l'attente de votre réponse urgente.
""",
    IGN("spam", "notaire.ambroise@legs-international.example"), headers=SPAM_HDR)

add("fr-36-spam-rgpd", "Service Conformité <conformite@rgpd-obligatoire.example>",
    "Dernier rappel : mise en conformité RGPD obligatoire",
    """Madame, Monsieur,

Votre entreprise n'a pas encore effectué sa déclaration de conformité RGPD. Vous vous exposez à une amende pouvant atteindre 20 millions d'euros. Notre service se charge de supprimer les données non conformes de vos fichiers et de vous délivrer l'attestation officielle pour 349 € HT.

Réglez dès aujourd'hui pour éviter la sanction.
""",
    IGN("spam", "conformite@rgpd-obligatoire.example"))

add("fr-37-spam-phishing", "Service Réservations <noreply@reservation-confirm.example>",
    "Votre réservation a été annulée",
    """Bonjour,

Un problème de paiement a entraîné l'annulation de votre réservation. Pour la réactiver, confirmez vos coordonnées bancaires sous 24 h :
http://reservation-confirm.example/reactiver

L'équipe Réservations
""",
    IGN("spam", "noreply@reservation-confirm.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="reservation-confirm.example")])

add("fr-38-absence", "Camille Besson <camille.besson@partenaire-voyages.example>",
    "Réponse automatique : Convention de partenariat",
    """Bonjour,

Je suis absente jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter contact@partenaire-voyages.example.

Camille Besson
""",
    IGN("auto_reply", "camille.besson@partenaire-voyages.example"),
    headers=["Auto-Submitted: auto-replied"])

add("fr-39-lettre-info", "Salon Tourisme & Hôtellerie <info@salon-tourisme.example>",
    "J-30 : votre badge pour le Salon Tourisme & Hôtellerie",
    """Le Salon Tourisme & Hôtellerie ouvre ses portes dans un mois !
Conférences, exposants, soirée networking.

Pour ne plus recevoir nos communications, cliquez ici : https://salon-tourisme.example/desinscription
""",
    IGN("bulk", "info@salon-tourisme.example"),
    headers=["List-Unsubscribe: <https://salon-tourisme.example/desinscription>",
             "List-Id: <actus.salon-tourisme.example>", "Precedence: bulk"])
