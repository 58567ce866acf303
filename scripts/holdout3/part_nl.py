# Dutch / Flemish messages (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

MDN_CT = 'multipart/report; report-type=disposition-notification; boundary="mdn7"'

# ---------------------------------------------------------------- requests
add("nl-01-sportschool-opzeggen-verwijderen", "Sanne de Boer <sanne.deboer@ziggo.example>", "Opzegging lidmaatschap Utrecht Centraal",
    """Beste medewerker,

Hierbij zeg ik mijn lidmaatschap van Acme Fit Utrecht Centraal op per 1 januari (lidnummer 311-70452). Daarnaast wil ik dat al mijn persoonsgegevens daarna worden verwijderd, inclusief de foto voor de toegangspoort en mijn IBAN.

Met vriendelijke groet,
Sanne de Boer
""",
    R(["Erasure"], "sanne.deboer@ziggo.example", "Sanne", "de Boer"))

add("nl-02-inzageverzoek-marktplaats", "Pieter van Dam <pieter.vandam@kpnmail.example>", "Inzageverzoek AVG",
    """Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die u van mij verwerkt in verband met mijn account op uw online marktplaats (gebruikersnaam: pvdam_verzamelaar), inclusief berichten met andere gebruikers voor zover u die bewaart, en de IP-adressen waarmee ik heb ingelogd.

Graag ontvang ik ook informatie over het doel van de verwerking, de ontvangers en de bewaartermijnen.

Ik zie uw reactie binnen de wettelijke termijn van een maand graag tegemoet.

Met vriendelijke groet,
Pieter van Dam
Amersfoort
""",
    R(["Access"], "pieter.vandam@kpnmail.example", "Pieter", "van Dam"))

add("nl-03-makelaar-niet-meer-bellen", "Joost Kramer <joost.kramer@hotmail.example>", "telefoontjes",
    """Hallo,

Uw kantoor in Haarlem belt mij steeds of ik mijn huis wil laten taxeren. Ik heb daar nooit om gevraagd. Wilt u mij niet meer benaderen voor dit soort acquisitie, niet telefonisch en niet per post.

Joost Kramer
""",
    R(["Opposition"], "joost.kramer@hotmail.example", "Joost", "Kramer"))

add("nl-04-autodealer-telefoonnummer", "Marloes Visser <marloes.visser@gmail.example>", "Verkeerd nummer in jullie systeem",
    """Hoi,

Bij de laatste APK-afspraak bleek dat jullie een oud telefoonnummer van mij hebben (06-12345678). Mijn nieuwe nummer is 06-87654321. Willen jullie dat aanpassen? Kenteken is 4-KLX-22.

Groetjes,
Marloes Visser
""",
    R(["Rectification"], "marloes.visser@gmail.example", "Marloes", "Visser"))

add("nl-05-gemeente-kenteken-bewaren", "Ahmed El Amrani <a.elamrani@xs4all.example>", "Parkeervergunning en kentekengegevens",
    """Geachte heer, mevrouw,

Voor mijn bewonersparkeervergunning in de gemeente Leiden gebruik ik uw digitale parkeersysteem. Hoe lang worden de scanauto-gegevens van mijn kenteken bewaard, en worden deze gedeeld met andere afdelingen van de gemeente of met de politie?

Met vriendelijke groet,
Ahmed El Amrani
""",
    R(["Information"], "a.elamrani@xs4all.example", "Ahmed", "El Amrani"))

add("nl-06-inzage-en-wissen", "Femke Jansen <femke.jansen@outlook.example>", "mijn gegevens",
    "Goedemiddag, graag ontvang ik een kopie van al mijn gegevens en daarna wil ik dat jullie alles wissen. Femke Jansen\n",
    R(["Access", "Erasure"], "femke.jansen@outlook.example", "Femke", "Jansen"))

add("nl-07-vlaams-schrappen", "Wouter Peeters <wouter.peeters@skynet.example>", "Schrapping gegevens",
    """Goeiendag,

Gelieve al mijn gegevens uit jullie klantenbestand te schrappen. Ik heb vorig jaar een citytrip bij jullie reisbureau in Gent geboekt maar ik ben geen klant meer.

Met vriendelijke groeten,
Wouter Peeters
Gentbrugge
""",
    R(["Erasure"], "wouter.peeters@skynet.example", "Wouter", "Peeters"))

add("nl-08-portabiliteit-sporthorloge", "Daan Mulder <daan.mulder@proton.example>", "Export trainingsdata",
    """Hallo,

Ik wil al mijn trainingsdata uit de Acme Fit app (hardloopsessies met GPS, hartslag, krachttraining) meenemen naar een andere app. Kunnen jullie die leveren in een gangbaar machineleesbaar formaat, bijvoorbeeld GPX/CSV? Of direct doorsturen naar de andere dienst, als dat kan.

Bedankt,
Daan Mulder
""",
    R(["Portability"], "daan.mulder@proton.example", "Daan", "Mulder"))

add("nl-09-lease-automatisch-afgewezen", "Ricardo Tjon <ricardo.tjon@gmail.example>", "Afwijzing private lease",
    """Goedendag,

Mijn aanvraag voor private lease van een Kia Niro werd binnen een minuut automatisch afgewezen op basis van een "scoringsmodel". Ik wil dat een medewerker mijn aanvraag opnieuw beoordeelt en ik wil weten welke factoren tot de afwijzing hebben geleid.

Ricardo Tjon
""",
    R(["AutomatedDecision"], "ricardo.tjon@gmail.example", "Ricardo", "Tjon"))

add("nl-10-vlucht-lang-verhaal", "Henk Bosman <h.bosman@planet.example>", "Klacht vlucht HV-6021 en nog wat",
    """Geachte heer/mevrouw,

Op 28 oktober zouden mijn vrouw en ik met vlucht HV-6021 van Eindhoven naar Malaga vliegen. De vlucht had eerst drie uur vertraging, daarna werd hij geannuleerd, en uiteindelijk zijn we de volgende dag via Amsterdam gevlogen. Het hotel dat u ons aanbood lag 40 minuten rijden van het vliegveld, de taxi moesten we zelf betalen, en de maaltijdvoucher van 10 euro was in het restaurant van het hotel niet geldig. Ik heb inmiddels twee keer het claimformulier ingevuld.

Wat me echter het meeste stoort is dat ik sindsdien elke week reclame van u krijg voor "last minute zonvakanties", terwijl ik nooit toestemming heb gegeven. Ik wil weten welke gegevens u allemaal van mij heeft en ik wil geen enkele reclame meer van u ontvangen.

Verder verwacht ik de compensatie van 400 euro per persoon volgens de EU-regels.

Met vriendelijke groet,
H. Bosman
""",
    R(["Access", "Opposition"], "h.bosman@planet.example", "Henk", "Bosman"))

add("nl-11-ouder-dochter-marktplaats", "Ingrid Smit <ingrid.smit@kpnmail.example>", "Account van mijn dochter",
    """Goedemorgen,

Mijn dochter Lotte Smit (13 jaar) heeft zonder onze toestemming een account aangemaakt op jullie marktplaats en daar spullen te koop gezet met haar adres erbij. Ik wil dat haar account en alle gegevens verwijderd worden. Het account staat op lotte.smit2013@gmail.example.

Ingrid Smit (moeder)
""",
    R(["Erasure"], "ingrid.smit@kpnmail.example", "Lotte", "Smit", representative="Ingrid Smit"))

add("nl-12-advocaat-inzage", "mr. R.J. Hoekstra <hoekstra@hoekstra-advocaten.example>", "Inzageverzoek namens cliënt dhr. M. Yilmaz",
    """Geachte heer/mevrouw,

Ondergetekende treedt op als advocaat van de heer Mehmet Yilmaz, wonende te Rotterdam, die in 2025 via uw dealervestiging Rotterdam-Zuid een occasion heeft gekocht.

Namens cliënt verzoek ik u, op grond van artikel 15 AVG, om afschrift van alle persoonsgegevens die u van hem verwerkt, waaronder de financieringsaanvraag en interne notities over zijn klacht. Een machtiging van cliënt treft u bijgaand aan.

Hoogachtend,

mr. R.J. (Roel) Hoekstra
Hoekstra Advocaten
""",
    R(["Access"], "hoekstra@hoekstra-advocaten.example", "Mehmet", "Yilmaz", representative="Roel Hoekstra"))

add("nl-13-erfgenaam-vader-dealer", "Annemiek Vos <annemiek.vos@ziggo.example>", "Overlijden J. Vos",
    """Beste,

Mijn vader, Johannes Vos, is in september overleden. Hij ontvangt nog steeds onderhoudsherinneringen van uw garage in Apeldoorn. De auto is verkocht. Als erfgenaam verzoek ik u zijn gegevens uit uw systemen te verwijderen.

Met vriendelijke groet,
Annemiek Vos
""",
    R(["Erasure"], "annemiek.vos@ziggo.example", "Johannes", "Vos", representative="Annemiek Vos"))

add("nl-14-beperking-kilometerstand", "Bart Willems <bart.willems@telenet.example>", "Betwisting kilometerstand in dossier",
    """Goeiedag,

In het dossier van mijn wagen staat een kilometerstand die niet klopt (132.000 i.p.v. 82.000), wat de inruilwaarde sterk verlaagt. Ik betwist de juistheid. Zolang dit onderzocht wordt, vraag ik de verwerking van dat gegeven te beperken: niet gebruiken voor offertes en niet doorgeven aan Car-Pass of derden.

Bart Willems
""",
    R(["Restriction"], "bart.willems@telenet.example", "Bart", "Willems"))

add("nl-15-doorgestuurd-outlook-adres", "Kim Bakker <kim.bakker@acme-corp.example>", "FW: Adreswijziging",
    """Hoi privacy, deze kwam bij ons binnen op de klantenservice van de sportschool. Kunnen jullie dit oppakken?

Kim

Van: Thijs Meijer <thijs.meijer@hetnet.example>
Verzonden: zondag 15 november 2026 20:17
Aan: klantenservice@acme-corp.example
Onderwerp: Adreswijziging

Goedenavond, ik ben verhuisd. Mijn nieuwe adres is Kerkstraat 14, 3511 LX Utrecht. Jullie brieven gaan nog naar mijn oude adres, graag aanpassen.
Thijs Meijer
""",
    R(["Rectification"], "thijs.meijer@hetnet.example", "Thijs", "Meijer"))

add("nl-16-doorgestuurd-gmail-verwijderen", "Lars Hendriks <lars.hendriks@acme-corp.example>", "Fwd: account opheffen",
    """---------- Doorgestuurd bericht ---------
Van: Esther Koster <esther.koster@gmail.example>
Date: za 14 nov. 2026 om 16:22
Subject: account opheffen
To: <support@acme-corp.example>


Hallo, ik wil mijn account op de marktplaats opheffen en al mijn gegevens laten verwijderen. Bedankt, Esther Koster
""",
    R(["Erasure"], "esther.koster@gmail.example", "Esther", "Koster"))

add("nl-17-apple-doorgestuurd-bezwaar", "Yvonne Dekker <yvonne.dekker@acme-corp.example>", "Fwd: Reclame",
    """Ter info, klant van het reisbureau in Zwolle.

Verstuurd vanaf mijn iPhone

Begin doorgestuurd bericht:

Van: Gerrit Brouwer <gerrit.brouwer@home.example>
Datum: 15 november 2026 om 09:58:31 CET
Aan: zwolle@acme-corp.example
Onderwerp: Reclame

Ik maak bezwaar tegen het gebruik van mijn gegevens voor reclame. Stuur mij geen folders en mails meer.
G. Brouwer
""",
    R(["Opposition"], "gerrit.brouwer@home.example", "Gerrit", "Brouwer"))

add("nl-18-rechten-avg", "Noor Hassan <noor.hassan@outlook.example>", "AVG",
    "Hallo, ik wil graag gebruik maken van mijn rechten onder de AVG. Hoe gaat dat bij jullie?\n\nGroet, Noor Hassan\n",
    R(["Unknown"], "noor.hassan@outlook.example", "Noor", "Hassan"))

add("nl-19-wat-weten-jullie", "jesse <jesse2004@hotmail.example>", "vraagje",
    "hoi wat weten jullie allemaal van mij?? stuur maar op\n\njesse\n",
    R(["Access"], "jesse2004@hotmail.example", "Jesse", None))

add("nl-20-html-nieuwsbrief-weg", "Linda Prins <linda.prins@ziggo.example>", "Re: Uw weekaanbiedingen",
    html("Goedemiddag,", "Ik wil deze nieuwsbrief niet meer ontvangen. Haal mij uit uw bestand en verwijder mijn gegevens.",
         "Met vriendelijke groet,<br>Linda Prins"),
    R(["Opposition", "Erasure"], "linda.prins@ziggo.example", "Linda", "Prins"), ct=HTML)

add("nl-21-camerabeelden-qp", "Erik van Leeuwen <erik.vanleeuwen@kpnmail.example>", "Camerabeelden 10 november",
    """Geachte heer/mevrouw,

Op 10 november rond 19.30 uur is mijn tas uit een kluisje in uw sportschool in Tilburg gestolen. Ik heb aangifte gedaan. Ik verzoek u om inzage in / een kopie van de camerabeelden waarop ik te zien ben in die periode, zodat ik die aan de politie kan geven.

Met vriendelijke groet,
Erik van Leeuwen
""",
    R(["Access"], "erik.vanleeuwen@kpnmail.example", "Erik", "van Leeuwen"), encode="latin-1-qp", ct=LATIN1)

add("nl-22-gemeente-verkopen", "Mirjam Groen <mirjam.groen@planet.example>", "Delen jullie gegevens?",
    """Goedendag,

Ik gebruik de afvalpas-app die u voor de gemeente beheert. Delen of verkopen jullie mijn gegevens (adres, aantal keer dat ik de container open) aan andere partijen? En op welke grondslag verwerken jullie dit eigenlijk?

Mirjam Groen
""",
    R(["Information"], "mirjam.groen@planet.example", "Mirjam", "Groen"))

add("nl-23-bestelling-en-telefoon", "Stefan Claes <stefan.claes@telenet.example>", "Bestelling 55102 nooit ontvangen",
    """Dag,

Bestelling 55102 (fietsendrager) heb ik nooit ontvangen, de verkoper reageert niet. Graag jullie tussenkomst.

En nog iets anders: haal mijn gsm-nummer alsjeblieft uit mijn profiel en uit jullie systemen, ik word gebeld door verkopers die het blijkbaar via jullie hebben.

Stefan Claes
""",
    R(["Erasure"], "stefan.claes@telenet.example", "Stefan", "Claes"))

add("nl-24-toestemming-intrekken", "Rianne Kok <rianne.kok@gmail.example>", "Toestemming",
    "Hierbij trek ik mijn toestemming in voor het ontvangen van aanbiedingen per e-mail en sms. Rianne Kok\n",
    R(["Opposition"], "rianne.kok@gmail.example", "Rianne", "Kok"))

add("nl-25-marktplaats-account-weg", "Tom Verbeek <tom.verbeek@live.example>", "Verwijder account",
    """Hallo,

Ik gebruik jullie marktplaats niet meer. Kunnen jullie mijn account verwijderen met alle advertenties, berichten en gegevens? Gebruikersnaam: tomv_1988.

Dank je,
Tom
""",
    R(["Erasure"], "tom.verbeek@live.example", "Tom", "Verbeek"))

add("nl-26-familie-replyto-inzage", "Fam. de Vries <fam.devries@ziggo.example>", "Inzage gegevens huurwoning",
    """Goedemiddag,

Graag ontvang ik een overzicht van de persoonsgegevens die uw makelaarskantoor van mij heeft in verband met onze huurwoning aan de Dorpsstraat. Wilt u antwoorden op mijn eigen mailadres?

Met vriendelijke groet,
Marieke de Vries
""",
    R(["Access"], "marieke.devries@gmail.example", "Marieke", "de Vries"),
    headers=["Reply-To: Marieke de Vries <marieke.devries@gmail.example>"])

add("nl-27-hoofdletters", "KEES VAN DER BERG <keesvdberg@hetnet.example>", "VERWIJDER MIJ",
    "VERWIJDER AL MIJN GEGEVENS UIT UW SYSTEEM. IK HEB NOOIT IETS BIJ U GEKOCHT.\nK. VAN DER BERG\n",
    R(["Erasure"], "keesvdberg@hetnet.example", "Kees", "van der Berg"))

add("nl-28-geboortedatum-ticket", "Sevda Aydin <sevda.aydin@outlook.example>", "Fout in mijn profiel",
    """Hallo,

In mijn profiel bij jullie luchtvaartmaatschappij staat mijn geboortedatum verkeerd (12-08-1990, moet 21-08-1990 zijn). Dat geeft problemen bij online inchecken. Willen jullie dit corrigeren?

Groet,
Sevda Aydin
""",
    R(["Rectification"], "sevda.aydin@outlook.example", "Sevda", "Aydin"))

# ---------------------------------------------------------------- follow-ups
add("nl-29-reactie-op-bevestiging", "Jeroen Smits <jeroen.smits@gmail.example>", "Re: [DSR-4410] Uw verzoek is ontvangen",
    """Goedemiddag,

Bijgaand een kopie van mijn rijbewijs (BSN afgeschermd) zoals gevraagd. Wanneer kan ik de gegevens verwachten?

Jeroen Smits

Op ma 9 nov. 2026 om 10:02 schreef Acme Corp Privacy <privacy@acme-corp.example>:
> Beste heer/mevrouw,
>
> Wij hebben uw verzoek ontvangen en geregistreerd onder referentie DSR-4410.
> U ontvangt binnen een maand een reactie.
>
> Privacyteam Acme Corp
""",
    FU("4410", "jeroen.smits@gmail.example", "Jeroen", "Smits"))

add("nl-30-inreplyto-extra-account", "Pieter van Dam <pieter.vandam@kpnmail.example>", "Re: Inzageverzoek AVG",
    """Aanvulling op mijn verzoek van vanochtend: ik had tot 2022 ook een tweede account (pvd_verkoop). Graag die gegevens ook meenemen.

Pieter van Dam
""",
    FU(ref("nl-02-inzageverzoek-marktplaats"), "pieter.vandam@kpnmail.example", "Pieter", "van Dam"),
    headers=irt("nl-02-inzageverzoek-marktplaats"))

add("nl-31-herinnering", "Wendy Mertens <wendy.mertens@telenet.example>", "Herinnering: [DSR-4388] nog geen antwoord",
    "Dag, ik heb nog steeds geen antwoord op mijn verzoek. De termijn is verstreken. Graag een reactie.\nWendy Mertens\n",
    FU("4388", "wendy.mertens@telenet.example", "Wendy", "Mertens"))

# ---------------------------------------------------------------- tasks
add("nl-32-taak-verwerkersovereenkomst", "Maarten de Graaf <maarten.degraaf@acme-corp.example>", "Verwerkersovereenkomst nieuwe betaalprovider",
    """Hoi,

Voor de marktplaats stappen we over op PayNova als betaalprovider. Zij hebben hun standaard verwerkersovereenkomst gestuurd. Kunnen jullie die beoordelen voor we tekenen? Deadline is 4 december.

Maarten de Graaf
Finance
""",
    TASK("maarten.degraaf@acme-corp.example", "Maarten", "de Graaf"))

add("nl-33-taak-register", "Sarah Wouters <sarah.wouters@acme-corp.example>", "register verwerkingen",
    """Hey, we gaan vanaf volgende maand in de Belgische clubs ook lichaamssamenstelling meten (InBody scans) en de resultaten in de app tonen. Moet dit niet in het verwerkingsregister? Laat maar weten wat jullie van mij nodig hebben.

Sarah
Operations Benelux
""",
    TASK("sarah.wouters@acme-corp.example", "Sarah", "Wouters"))

add("nl-34-taak-dpia-gemeente", "Vincent Huisman <vincent.huisman@acme-corp.example>", "DPIA slimme camera's parkeergarage",
    """Beste collega's,

De gemeente Delft wil dat wij in de parkeergarage Zuidpoort camera's met kentekenherkenning plaatsen voor ticketloos parkeren. Zij vragen ons om een DPIA aan te leveren. Kunnen jullie die opstellen? Ik kan de technische specificaties aanleveren.

Vincent Huisman
Accountmanager Overheid
""",
    TASK("vincent.huisman@acme-corp.example", "Vincent", "Huisman"))

add("nl-35-taak-privacyverklaring-makelaar", "Laura Brink <laura.brink@acme-corp.example>", "nieuwe website makelaardij",
    """Hallo privacyteam,

De nieuwe website van de makelaardij gaat 1 december live, met een zoekprofiel-functie en cookies van een chatbotleverancier. Willen jullie de privacyverklaring en de cookietekst nog even checken? Concept zit in de bijlage.

Groet,
Laura Brink
Marketing
""",
    TASK("laura.brink@acme-corp.example", "Laura", "Brink"))

# ---------------------------------------------------------------- incidents
add("nl-36-incident-usb-kwijt", "Dennis Vermeulen <dennis.vermeulen@acme-corp.example>", "usb stick kwijt",
    """hoi, ik ben gisteren een usb-stick kwijtgeraakt in de trein, daar stond een export op van de ledenlijst van de club in Breda (naam, adres, geboortedatum, iban). niet versleuteld helaas. wat moet ik doen?

Dennis
""",
    INC("dennis.vermeulen@acme-corp.example", "Dennis", "Vermeulen"))

add("nl-37-incident-cc-bcc", "Petra Schouten <petra.schouten@acme-corp.example>", "Mail met alle adressen zichtbaar",
    """Beste privacyteam,

Vanochtend heb ik een mail over de gewijzigde vertrektijd naar alle 86 deelnemers van de busreis naar Berlijn gestuurd, maar per ongeluk in de CC in plaats van BCC. Iedereen ziet nu elkaars e-mailadres. Twee deelnemers hebben al geklaagd.

Petra Schouten
Reisbureau Zwolle
""",
    INC("petra.schouten@acme-corp.example", "Petra", "Schouten"))

add("nl-38-incident-admin-gehackt", "Niels Bos <niels.bos@acme-corp.example>", "Verdachte logins beheeraccount marktplaats",
    """Hallo,

Vannacht is er ingelogd op een van onze beheeraccounts van de marktplaats vanuit Vietnam. Vanuit dat account zijn ongeveer 3.000 verkopersprofielen bekeken en is een export gedraaid. Het account is geblokkeerd. Security onderzoekt het, maar ik meld het ook hier.

Niels Bos
Teamlead Trust & Safety
""",
    INC("niels.bos@acme-corp.example", "Niels", "Bos"))

add("nl-39-incident-leverancier-meldt", "Incident Response <ir@print-en-post.example>", "Melding beveiligingsincident - mailing Acme Reizen",
    """Geachte relatie,

Hierbij melden wij dat bij de verwerking van uw mailing "Winterbrochure 2026" door een fout in onze adresseringssoftware circa 1.200 brochures met de adresgegevens van een andere ontvanger zijn verstuurd. Het betreft naam en adres van uw klanten. Wij onderzoeken de oorzaak en informeren u uiterlijk vrijdag nader.

Met vriendelijke groet,
Hanneke Bosch
Print & Post B.V.
""",
    INC("ir@print-en-post.example", "Hanneke", "Bosch"))

# ---------------------------------------------------------------- ignore
add("nl-40-spam-belastingdienst", "Belastingdienst <teruggave@belastingdienst-nl.example>", "U heeft recht op een teruggave van € 412,50",
    """Geachte heer/mevrouw,

Na een herberekening van uw aanslag blijkt dat u recht heeft op een teruggave van € 412,50. Om de teruggave te ontvangen moet u binnen 3 dagen uw bankgegevens bevestigen via DigiD:

https://belastingdienst-nl.example/teruggave/digid

Met vriendelijke groet,
Belastingdienst
""",
    IGN("spam"), headers=[AUTH("fail", "fail", "fail", "belastingdienst-nl.example")])

add("nl-41-spam-pakket", "PostNL <info@postnl-bezorging.example>", "Uw pakket kon niet worden bezorgd",
    """Beste klant,

Wij hebben geprobeerd uw pakket te bezorgen, maar er is nog € 1,95 aan verzendkosten verschuldigd. Betaal via iDEAL om een nieuw bezorgmoment te kiezen:

http://postnl-bezorging.example/ideal

Met vriendelijke groet,
PostNL Klantenservice
""",
    IGN("spam"))

add("nl-42-spam-gegevens-verwijderd", "Account Beveiliging <security@acme-accounts-verify.example>", "Uw gegevens worden over 24 uur verwijderd (AVG)",
    """Beste gebruiker,

In het kader van de AVG worden inactieve accounts en alle bijbehorende gegevens automatisch verwijderd. Uw account staat gepland voor verwijdering over 24 uur.

Wilt u uw gegevens behouden? Verifieer dan direct uw account:
https://acme-accounts-verify.example/login

Team Beveiliging
""",
    IGN("spam"), headers=[SPAM_HDR[0], "Reply-To: verify.team@freemail.example"])

add("nl-43-spam-crypto", "Mark <mark.rutte.invest@bitmail.example>", "Verdien €1.200 per dag met bitcoin",
    """Hoi,

Nederlanders verdienen nu tot €1.200 per dag met het nieuwe crypto-handelsplatform. Start met slechts €250. Geen ervaring nodig!

Registreer vandaag: https://crypto-winst.example/nl

Uitschrijven? Antwoord STOP.
""",
    IGN("spam"), headers=[SPAM_HDR[1]])

add("nl-44-afwezig", "Erik van Leeuwen <erik.vanleeuwen@kpnmail.example>", "Automatisch antwoord: Camerabeelden 10 november",
    """Ik ben afwezig tot en met 25 november. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met 013-1234567.

Erik van Leeuwen
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-45-bulk-nieuwsbrief", "Vastgoed Vandaag <redactie@vastgoedvandaag.example>", "Vastgoed Vandaag: huurprijzen stijgen, nieuwe regels voor verhuurders",
    """VASTGOED VANDAAG - week 47

- Huurprijzen in de Randstad stijgen opnieuw
- Wat de nieuwe Wet goed verhuurderschap betekent voor makelaars
- Privacy: mag u nog een loonstrook vragen van huurders?

Lees verder: https://vastgoedvandaag.example/week47

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden: https://vastgoedvandaag.example/afmelden
""",
    IGN("bulk"), headers=["List-Id: <nieuwsbrief.vastgoedvandaag.example>", "List-Unsubscribe: <https://vastgoedvandaag.example/afmelden?id=552>"])

add("nl-46-leesbevestiging", "Femke Jansen <femke.jansen@outlook.example>", "Gelezen: [DSR-4415] Uw verzoek is ontvangen",
    """--mdn7
Content-Type: text/plain; charset=utf-8

Uw bericht

  Aan: Femke Jansen
  Onderwerp: [DSR-4415] Uw verzoek is ontvangen
  Verzonden: maandag 16 november 2026 08:04:11 (UTC+01:00)

is gelezen op maandag 16 november 2026 08:30:52 (UTC+01:00).

--mdn7
Content-Type: message/disposition-notification

Reporting-UA: outlook.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;femke.jansen@outlook.example
Original-Message-ID: <dsr-4415-ack@acme-corp.example>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn7--
""",
    IGN("auto_reply"), ct=MDN_CT)

add("nl-47-spam-verwijderverzoek-marketing", "Privacy Schild <info@privacyschild-nl.example>", "Stop met spam: laat uw gegevens overal verwijderen",
    """Beste ondernemer,

Wist u dat uw gegevens bij honderden bedrijven bekend zijn? Met Privacy Schild sturen wij namens u AVG-verwijderverzoeken naar meer dan 400 bedrijven. Nu tijdelijk 3 maanden GRATIS bij een jaarabonnement!

Profiteer nu: https://privacyschild-nl.example/actie

Wilt u geen berichten meer ontvangen? Klik hier om u af te melden.
""",
    IGN("spam"), headers=[AUTH("pass", "none", "none", "privacyschild-nl.example")])
