from common import *  # part mix: written blind

# ---------------------------------------------------------------------------
# Mixed-language mail (English mixed with French, Dutch, German, Spanish, Italian) and a
# few messages in other EU languages. Organisation: Acme, mobile and broadband operator,
# with its collections arm Acme Credit Services.
# ---------------------------------------------------------------------------

add("mix-01-nl-kopie", "Sanne de Vries <sanne.devries@ziggo-mail.example>", "Request: kopie van mijn data",
    """Hoi,

Ik woon sinds vorig jaar in Londen en heb een contract bij jullie (mobile + broadband). Ik wil
graag een kopie van alle persoonlijke data die jullie van mij hebben, inclusief de call records
van het afgelopen jaar en de notes van customer service over mijn account.

Sorry voor het Nederlands/Engels door elkaar, my English is fine but this is quicker :)

Accountnummer: 70-441-8820

Groetjes,
Sanne de Vries
""",
    R(["Access"], "sanne.devries@ziggo-mail.example", "Sanne", "de Vries"))

add("mix-02-fr-copie-puis-suppression", "Camille Rousseau <camille.rousseau@orange-mail.example>",
    "Demande d'accès puis suppression / access then deletion",
    """Bonjour,

J'ai résilié mon forfait mobile chez vous le mois dernier (I moved back to Lyon). Avant que vous
supprimiez quoi que ce soit, je voudrais recevoir une copie de mes données : contrat, factures,
historique des appels. Once I've got it, please delete everything - je n'ai plus aucune raison
d'être dans vos fichiers.

Merci d'avance / thanks in advance,
Camille Rousseau
Ancien numéro : +44 7700 900347
""",
    R(["Access", "Erasure"], "camille.rousseau@orange-mail.example", "Camille", "Rousseau"))

add("mix-03-de-loeschen", "Jonas Becker <jonas.becker@gmx-mail.example>",
    "Datenlöschung + keine Newsletter mehr",
    """Hallo zusammen,

ich habe meinen Broadband-Vertrag zum 31.10. gekündigt (das Onboarding war übrigens ein Desaster,
aber egal). Bitte löscht alle meine Daten, inkl. Account im Kundenportal.

Und bitte keine Newsletter und keine "Come back"-Offers mehr per Mail oder SMS - I really mean it,
das ist jetzt schon die dritte Mail diese Woche.

Danke & cheers,
Jonas Becker
Kundennr. 9920-113-47
""",
    R(["Erasure", "Opposition"], "jonas.becker@gmx-mail.example", "Jonas", "Becker"))

add("mix-04-es-cobros", "Rosa Elena Gutiérrez <rosaelena.gtz@correo.example>",
    "llamadas de cobro - not my debt",
    """Hola, buenos días

Me están llamando todos los días de su agencia de cobros (Acme Credit Services) preguntando por mi
hermano Luis, que tuvo un contrato con ustedes. I am not responsible for his debt, no soy aval ni
nada, y él ya no vive conmigo desde hace un año.

Please stop calling me. No quiero que me llamen más, ni a la casa ni al celular. Ya se lo dije a la
señorita por teléfono la semana pasada pero siguen llamando.

Gracias,
Rosa Elena Gutiérrez Morales
""",
    R(["Opposition"], "rosaelena.gtz@correo.example", "Rosa Elena", "Gutiérrez Morales"))

add("mix-05-it-sms", "Davide Marchetti <davide.marchetti@libero-mail.example>", "SMS promozionali",
    """Buongiorno,
ricevo almeno due SMS promozionali a settimana ("Upgrade now!", "Black Friday deals"...). Non ho
mai dato il consenso al marketing. Please remove my number from all your marketing lists, grazie.

Cordiali saluti,
Davide Marchetti

Inviato da iPhone
""",
    R(["Opposition"], "davide.marchetti@libero-mail.example", "Davide", "Marchetti"))

add("mix-06-pt-retificacao", "João Pedro Carvalho Antunes <jp.antunes@sapo-mail.example>",
    "Pedido de retificação de dados pessoais - art.º 16.º RGPD",
    """Exmos. Senhores,

Ao abrigo do artigo 16.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar a
retificação dos meus dados pessoais constantes do vosso sistema.

A morada associada ao meu contrato de telemóvel (cliente n.º 58-330-1172) continua a ser a antiga:
Rua das Flores, 112, 2.º Esq., Porto. A morada correta, desde julho deste ano, é:
21 Wellington Street, Flat 4, Manchester M1 2AB.

Solicito ainda que o meu apelido seja registado por completo, "Carvalho Antunes", e não apenas
"Antunes".

Com os melhores cumprimentos,
João Pedro Carvalho Antunes
""",
    R(["Rectification"], "jp.antunes@sapo-mail.example", "João Pedro", "Carvalho Antunes"))

add("mix-07-pl-usuniecie", "Małgorzata Wiśniewska <m.wisniewska@wp-mail.example>",
    "Usunięcie danych osobowych",
    """Dzień dobry,

w 2023 roku miałam u Państwa umowę na internet domowy, która została rozwiązana. Wszystkie rachunki
zostały opłacone.

Proszę o usunięcie wszystkich moich danych osobowych z Państwa systemów zgodnie z art. 17 RODO
oraz o potwierdzenie wykonania na ten adres e-mail.

Z poważaniem,
Małgorzata Wiśniewska
""",
    R(["Erasure"], "m.wisniewska@wp-mail.example", "Małgorzata", "Wiśniewska"))

add("mix-08-be-bilingual", "Lies Vandenbroucke <lies.vandenbroucke@telenet-mail.example>",
    "Opnames van mijn gesprekken / Enregistrements de mes appels",
    html("<b>NL</b> - Beste, graag ontvang ik een kopie van de opnames van mijn telefoongesprekken "
         "met jullie klantendienst van september en oktober, en van de nota's die jullie "
         "medewerkers daarbij in mijn dossier gemaakt hebben.",
         "<b>FR</b> - Madame, Monsieur, je souhaiterais recevoir une copie des enregistrements de "
         "mes appels à votre service clientèle de septembre et octobre, ainsi que des notes prises "
         "par vos agents dans mon dossier.",
         "Klantnummer / numéro client : 31-998-0045",
         "Met vriendelijke groeten / Bien à vous,<br>Lies Vandenbroucke"),
    R(["Access"], "lies.vandenbroucke@telenet-mail.example", "Lies", "Vandenbroucke"), ct=HTML)

add("mix-09-fr-conteste", "Antoine Mercier <antoine.mercier@free-mail.example>",
    "Disputed debt - je conteste",
    """Hello,

I received a letter from your collection agency claiming I owe £486 for a phone that I returned to
your shop in Croydon on 3 September. Je conteste cette dette, j'ai le reçu du magasin (receipt
n° 00418-227).

Until this is sorted out, I'd like you to put my file on hold: don't pass my details to any credit
agency or external collector - ne faites rien avec ces données tant que ce n'est pas vérifié.

Merci,
Antoine Mercier
""",
    R(["Restriction"], "antoine.mercier@free-mail.example", "Antoine", "Mercier"))

add("mix-10-de-scoring", "Kübra Yıldırım <kuebra.yildirim@web-mail.example>",
    "Automatische Ablehnung - bitte human review",
    """Sehr geehrte Damen und Herren,

mein Online-Antrag für einen Handyvertrag (Order-ID 66120-XB) wurde innerhalb von Sekunden
abgelehnt: "credit decision: declined". Laut Ihrer Hotline entscheidet das ein Scoring-System
automatisch, ohne dass ein Mitarbeiter draufschaut.

Gemäß Art. 22 DSGVO verlange ich, dass ein Mensch diese Entscheidung überprüft. I'm a software
engineer with a permanent contract and no debts, I really don't see why this was declined.

Mit freundlichen Grüßen
Kübra Yıldırım
""",
    R(["AutomatedDecision"], "kuebra.yildirim@web-mail.example", "Kübra", "Yıldırım"))

add("mix-11-nl-export", "Thijs van der Meulen <thijs.vdmeulen@kpn-mail.example>", "data export",
    """Hey,

kunnen jullie al mijn usage data (bellen, sms, mobiele data) en facturen van de afgelopen 2 jaar
exporteren in een machine-readable format, CSV of JSON? Ik wil het in mijn eigen budget-app
importeren. Aan een stapel PDF's heb ik niks.

Thanks!
Thijs
""",
    R(["Portability"], "thijs.vdmeulen@kpn-mail.example", "Thijs", "van der Meulen"))

add("mix-12-es-terceros", "María José Fernández de la Torre <mj.fernandezdelatorre@correo.example>",
    "Consulta sobre cesión de datos / data sharing",
    """Estimados señores:

Soy clienta suya desde 2021 (línea móvil y fibra). Me gustaría saber con qué terceros comparten mis
datos personales. En concreto: ¿comparten mis datos con la agencia de cobros, con las credit
reference agencies o con empresas de marketing? ¿Se transfieren fuera del Reino Unido o de la UE?
¿Durante cuánto tiempo los conservan después de terminar el contrato?

No necesito una copia de mis datos, solo esta información.

Atentamente,
María José Fernández de la Torre
""",
    R(["Information"], "mj.fernandezdelatorre@correo.example", "María José", "Fernández de la Torre"))

add("mix-13-it-padre", "Francesca Russo <francesca.russo@tiscali-mail.example>",
    "Mio padre Giuseppe Russo - contratti firmati in negozio",
    """Buongiorno,

scrivo per conto di mio padre, Giuseppe Russo, 84 anni, che vive da solo a Bedford. Il mese scorso
è andato nel vostro negozio per "cambiare la SIM" ed è uscito con due contratti nuovi e un tablet.
He was clearly mis-sold, he doesn't even know how to switch a tablet on.

Vorrei ricevere una copia di tutti i dati che avete su di lui, compresi i contratti firmati, le note
del negozio e il credit check. Allego la delega firmata da lui e la copia del suo documento.

Grazie,
Francesca Russo
(figlia)
""",
    R(["Access"], "francesca.russo@tiscali-mail.example", "Giuseppe", "Russo",
      representative="Francesca Russo"))

add("mix-14-fr-sim", "Yannick Traoré <yannick.traore@laposte-mail.example>", "SIM ne marche plus",
    """bonjour, ma carte SIM ne marche plus depuis hier soir, no signal at all, ça affiche "SIM not provisioned". j'ai besoin de mon téléphone pour le travail!! can you help please? numéro 07700 900629. merci
""",
    R(["Unknown"], "yannick.traore@laposte-mail.example", "Yannick", "Traoré"))

add("mix-15-fr-accents-latin1", "Hélène Lefèvre <helene.lefevre@mail.example>", "Orthographe de mon nom",
    """Bonjour,

Sur toutes mes factures mon nom apparaît comme « Helene Lefevre », ou pire « H?l?ne Lef?vre ».
Mon nom est Hélène Lefèvre, avec les accents. Could you please correct it in your system? C'est
aussi un problème pour le credit check, car mon passeport porte les accents.

Cordialement,
Hélène Lefèvre
""",
    R(["Rectification"], "helene.lefevre@mail.example", "Hélène", "Lefèvre"),
    ct=LATIN1, encode="latin-1")

add("mix-16-de-erbin", "Sabine Vogel-Krämer <sabine.vogel-kraemer@t-mail.example>",
    "Verstorbener Kunde Heinrich Vogel / deceased customer",
    """Sehr geehrte Damen und Herren, dear Sir or Madam,

mein Vater Heinrich Vogel ist am 2. Oktober verstorben. He had a mobile contract with you (number
07700 900815), which my brother cancelled through your bereavement team. Die letzte Rechnung wurde
aus dem Nachlass bezahlt.

Als Erbin und Testamentsvollstreckerin bitte ich Sie, sämtliche personenbezogenen Daten meines
Vaters zu löschen, soweit keine gesetzlichen Aufbewahrungspflichten bestehen. The death
certificate and the Erbschein can be provided on request.

Mit freundlichen Grüßen / Kind regards
Sabine Vogel-Krämer
""",
    R(["Erasure"], "sabine.vogel-kraemer@t-mail.example", "Heinrich", "Vogel",
      representative="Sabine Vogel-Krämer"))

add("mix-17-nl-fwd-afmelden", "Pieter Jansen <pieter.jansen@acme-corp.example>", "FW: afmelden",
    """Hi privacy team,

See below from a Dutch customer who called our Amsterdam desk and then emailed the shared inbox.
She wants out of all marketing. Can you action? I told her it'll be done within a few days.

Thanks,
Pieter Jansen
Customer Care NL

-----Oorspronkelijk bericht-----
Van: Anouk Smit <anouk.smit@hotmail-mail.example>
Verzonden: zondag 15 november 2026 21:14
Aan: klantenservice@acme-corp.example
Onderwerp: afmelden

Goedenavond,

Ik wil me afmelden voor alle marketing: geen mails, geen sms'jes en zeker geen telefoontjes meer
over "upgrades". Ik heb hier nooit toestemming voor gegeven.

Mvg,
Anouk Smit
""",
    R(["Opposition"], "anouk.smit@hotmail-mail.example", "Anouk", "Smit"))

# --- tasks from staff -------------------------------------------------------

add("mix-18-nl-verwerkersovereenkomst", "Femke Bakker <femke.bakker@acme-corp.example>",
    "Review verwerkersovereenkomst nieuw incassobureau",
    """Hoi privacy team,

Vanuit Finance NL gaan we per Q1 samenwerken met een nieuw incassobureau (Van Dijk Incasso B.V.)
voor de Nederlandse debiteuren. Kunnen jullie de verwerkersovereenkomst (DPA) reviewen voordat we
tekenen? Ze willen o.a. een sub-processor in Polen inzetten voor het call center.

Deadline is eind volgende week, de documenten staan in de Teams-folder "Incasso 2027".

Thanks!
Femke Bakker
Finance Operations NL
""",
    TASK("femke.bakker@acme-corp.example", "Femke", "Bakker"))

add("mix-19-de-vvt", "Lukas Hoffmann <lukas.hoffmann@acme-corp.example>", "VVT-Update wegen CRM-Migration",
    """Hi Privacy-Team,

wir migrieren bis Ende Januar das CRM von Siebel auf Salesforce (EU-Region). Das Verzeichnis von
Verarbeitungstätigkeiten müsste entsprechend angepasst werden (neue Systeme, neuer
Auftragsverarbeiter, evtl. neue Löschfristen).

Könnt ihr das übernehmen bzw. mir sagen, welche Infos ihr von uns braucht? Happy to jump on a call.

Viele Grüße
Lukas Hoffmann
IT Program Manager
""",
    TASK("lukas.hoffmann@acme-corp.example", "Lukas", "Hoffmann"))

add("mix-20-fr-aipd-gps", "Mathilde Garnier <mathilde.garnier@acme-corp.example>",
    "AIPD / DPIA géolocalisation des techniciens",
    """Bonjour l'équipe privacy,

Field Operations veut activer le GPS tracking en temps réel des camionnettes et des tablettes des
techniciens (nouveau tool "FieldPulse"). On m'a dit qu'il fallait une AIPD - a DPIA - avant le
go-live du 15 janvier, et probablement informer les représentants du personnel.

Pouvez-vous lancer le process ? Je peux vous envoyer le cahier des charges et le contrat du
fournisseur.

Merci,
Mathilde Garnier
Chef de projet Field Ops
""",
    TASK("mathilde.garnier@acme-corp.example", "Mathilde", "Garnier"))

# --- incidents --------------------------------------------------------------

add("mix-21-es-excel-morosos", "Javier Morales Ruiz <javier.morales@acme-corp.example>",
    "Incidente: Excel de morosos enviado a un cliente por error",
    """Hola equipo de privacidad,

Esta mañana un compañero de Collections ha enviado por error a un cliente (una empresa) un Excel con
el listado de debtors del mes: unos 450 registros con nombre, teléfono, dirección e importe de la
deuda. El email tenía que ir al printing provider.

Ya hemos pedido al cliente que lo borre pero todavía no ha contestado. What are the next steps?
¿Hay que notificar a la autoridad?

Saludos,
Javier Morales Ruiz
Team Lead Collections
""",
    INC("javier.morales@acme-corp.example", "Javier", "Morales Ruiz"))

add("mix-22-it-bolletta-altrui", "Chiara Bianchi <chiara.bianchi@virgilio-mail.example>",
    "Ho ricevuto la bolletta di un'altra persona",
    """Salve,

oggi nella mia email "Your Acme bill is ready" c'era allegata la bolletta di un altro cliente, un
certo Mr R. Patel, con indirizzo, numero di telefono e tutte le chiamate del mese. Non so se lui ha
ricevuto la mia...

I think you should know, mi sembra una violazione della privacy abbastanza grave.

Chiara Bianchi
""",
    INC("chiara.bianchi@virgilio-mail.example", "Chiara", "Bianchi"))

add("mix-23-fr-telephone-vole", "Karim Haddad <karim.haddad@acme-corp.example>",
    "Vol du téléphone pro - store Westfield",
    """Hello,

Mon téléphone professionnel a été volé ce midi dans le store de Westfield Stratford. Il y a WhatsApp
Business dessus avec les conversations clients (photos de pièces d'identité envoyées par des
clients pour les contrats, adresses...). Le phone avait un code à 6 chiffres mais je ne suis pas
sûr que le remote wipe ait marché, IT is checking.

Karim Haddad
Store Manager, Westfield Stratford
""",
    INC("karim.haddad@acme-corp.example", "Karim", "Haddad"))

# --- follow-ups -------------------------------------------------------------

add("mix-24-fr-piece-identite", "Nathalie Dumont <nathalie.dumont@mail.example>",
    "RE: [DSR-60418] Accusé de réception de votre demande",
    """Bonjour,

Voici en pièce jointe la copie de ma carte d'identité, comme vous me l'avez demandé.

Thanks,
Nathalie Dumont

-----Message d'origine-----
De : Acme Privacy Team <privacy@acme-corp.example>
Envoyé : jeudi 12 novembre 2026 15:31
Objet : [DSR-60418] Accusé de réception de votre demande

Dear Ms Dumont,

We have received your request (reference DSR-60418). Before we can proceed, please send us a copy
of an identity document.

Acme Privacy Team
""",
    FU("60418", "nathalie.dumont@mail.example", "Nathalie", "Dumont"))

add("mix-25-de-nachfrage", "Jonas Becker <jonas.becker@gmx-mail.example>",
    "Re: Datenlöschung + keine Newsletter mehr",
    """Hallo nochmal,

seit meiner Mail unten habe ich schon wieder zwei "We miss you"-Mails bekommen. Habt ihr meine
Anfrage überhaupt bearbeitet? Bitte kurze Bestätigung.

Jonas

> Hallo zusammen,
> ich habe meinen Broadband-Vertrag zum 31.10. gekündigt [...] Bitte löscht alle meine Daten,
> inkl. Account im Kundenportal.
""",
    FU(ref("mix-03-de-loeschen"), "jonas.becker@gmx-mail.example", "Jonas", "Becker"),
    headers=irt("mix-03-de-loeschen"))

# --- nothing to create ------------------------------------------------------

add("mix-26-colis", "DHL Express <noreply@dhl-tracking-parcel.example>",
    "Votre colis / Your parcel is on hold - frais de douane 1,99 EUR",
    """Bonjour / Hello,

Votre colis n° 7734 2210 9981 est en attente au centre de tri. Your parcel is on hold due to unpaid
customs fees (1,99 EUR).

Veuillez régler les frais sous 48h / Please pay within 48 hours:
http://dhl-tracking-parcel.example/pay?id=77342210

Sans paiement, le colis sera retourné à l'expéditeur.

DHL Express Service
""",
    IGN("spam", "noreply@dhl-tracking-parcel.example"), headers=SPAM_HDR)

add("mix-27-it-adeguamento", "Studio Conformità Srl <info@conformita-gdpr.example>",
    "Adeguamento GDPR in 48 ore - GDPR compliance audit",
    """Gentile Responsabile,

la Sua azienda è davvero conforme al GDPR? Le sanzioni arrivano fino a 20 milioni di euro!

Il nostro team offre un audit completo in 48 ore: registro dei trattamenti, nomina DPO esterno,
gestione delle richieste di cancellazione dati e template privacy pronti all'uso.
Full GDPR compliance package - only 490 EUR + IVA.

Rispondi "SI" per ricevere l'offerta. Per non ricevere più comunicazioni rispondi "CANCELLAMI".

Studio Conformità Srl
""",
    IGN("spam", "info@conformita-gdpr.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="conformita-gdpr.example")])

add("mix-28-de-abwesend", "Stefan Müller <stefan.mueller@partner-firma.example>",
    "Abwesenheitsnotiz: Ihre Anfrage / Out of Office",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@partner-firma.example.

Thank you for your message. I am out of the office until 27 November with no access to e-mail.
For urgent matters please contact info@partner-firma.example.

Stefan Müller
""",
    IGN("auto_reply", "stefan.mueller@partner-firma.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("mix-29-nl-nieuwsbrief", "Privacy Nieuws <nieuwsbrief@privacynieuws.example>",
    "Privacy Nieuws | november: nieuwe boete voor telecomaanbieder, DPIA tips & more",
    html("<b>Privacy Nieuws</b> - november 2026",
         "De toezichthouder heeft een telecomaanbieder beboet voor het te lang bewaren van "
         "verkeersgegevens. Lees verder &raquo;",
         "<b>Webinar</b>: DPIA's in de praktijk - 10 december (in English).",
         "Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven. "
         "<a href=\"https://privacynieuws.example/afmelden\">Afmelden / unsubscribe</a>"),
    IGN("bulk", "nieuwsbrief@privacynieuws.example"), ct=HTML,
    headers=["List-Id: Privacy Nieuws <nieuwsbrief.privacynieuws.example>",
             "List-Unsubscribe: <https://privacynieuws.example/afmelden?id=55120>",
             "Precedence: bulk"])
