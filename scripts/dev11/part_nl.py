from common import *  # part nl: written blind

# ---------------------------------------------------------------- verzoeken
add("nl-01-inzageverzoek-private-lease",
    "Pieter van der Veen <p.vanderveen@kpnmail-like.example>",
    "Inzageverzoek op grond van artikel 15 AVG",
    """Geachte heer/mevrouw,

Hierbij doe ik een verzoek tot inzage in mijn persoonsgegevens, zoals bedoeld in artikel 15 van de Algemene Verordening Gegevensbescherming.

Ik heb sinds januari 2024 een private lease-contract bij Acme Lease (contractnummer PL-2024-018834, kenteken R-512-XK). Graag ontvang ik een overzicht van alle persoonsgegevens die uw organisatie over mij verwerkt, inclusief de gegevens van de BKR-toetsing, de notities van uw klantenservice en de gegevens die door het kastje in de auto zijn vastgelegd, met daarbij de doeleinden en de ontvangers.

Ik zie uw reactie graag binnen de wettelijke termijn van een maand tegemoet.

Met vriendelijke groet,

Pieter van der Veen
Lindelaan 23
3581 AB Utrecht""",
    R(["Access"], "p.vanderveen@kpnmail-like.example", "Pieter", "van der Veen"))

add("nl-02-oneliner-verwijderen",
    "zonnetje_1994@webpost.example",
    "account weg",
    """haal mijn amora account weg aub""",
    R(["Erasure"], "zonnetje_1994@webpost.example", None, None))

add("nl-03-bewaartermijn-ritten",
    "Sanne Bakker <sanne.bakker@ziggo-like.example>",
    "Hoe lang bewaren jullie mijn ritten?",
    """Hoi,

Ik gebruik AcmeShare een paar keer per maand. In de app zie ik al mijn ritten sinds 2023 terug, inclusief de exacte route. Hoe lang bewaren jullie dat eigenlijk, en wie binnen jullie bedrijf kan die routes inzien? Worden ze ook met de gemeente of de politie gedeeld?

Groetjes,
Sanne Bakker""",
    R(["Information"], "sanne.bakker@ziggo-like.example", "Sanne", "Bakker"))

add("nl-04-boos-deelauto-verkeerde-rit",
    "Mohamed El Amrani <m.elamrani@postvak.example>",
    "Klacht + verzoek: rit die ik nooit gereden heb",
    """Goedemiddag,

Ik ben echt klaar met jullie klantenservice. Vorige maand kreeg ik een rekening van € 186 voor een rit van Amsterdam naar Eindhoven op 9 oktober. Die dag zat ik de hele dag op mijn werk in Amstelveen, dat kan mijn werkgever bevestigen. Ik heb drie keer gebeld. Eerst zeiden ze dat het een storing was, daarna dat ik "waarschijnlijk mijn pas had uitgeleend" (nee dus), en de laatste keer werd ik gewoon doorverbonden naar een bandje.

Ondertussen is er ook nog een incassobureau dat me belt.

Wat ik wil: haal die rit van mijn naam af, want ik ben niet de bestuurder. Jullie administratie klopt gewoon niet. En ik wil zien welke gegevens jullie van mij hebben vastgelegd rond die rit: de reservering, de inloglogs, de locatiegegevens, alles, zodat ik kan zien wie er in mijn account heeft gezeten.

Ik hoop dat het via dit adres wel sneller gaat.

Mohamed El Amrani
06-12345678""",
    R(["Rectification", "Access"], "m.elamrani@postvak.example", "Mohamed", "El Amrani"),
    ct=CP1252, encode="cp1252")

add("nl-05-html-profiel-meenemen",
    "Femke Hoekstra <femke.hoekstra@mailbox-nl.example>",
    "Mijn gegevens meenemen",
    html("Hallo Amora,",
         "Ik stap over naar een andere app. Kunnen jullie mijn profieltekst, foto's en gesprekken in een bestand zetten dat ik daar weer kan importeren? Een JSON-bestand of zoiets, geen schermafdrukken.",
         "Bedankt!<br>Femke"),
    R(["Portability"], "femke.hoekstra@mailbox-nl.example", "Femke", "Hoekstra"),
    ct=HTML)

add("nl-06-geen-leestekens-mailtjes",
    "Henk Wouters <henkwouters53@hetnet-like.example>",
    "mailtjes",
    """ik krijg elke week mailtjes van jullie over onderhoudsbeurten en acties ik heb die auto al jaren niet meer wil er niks meer van horen hou er mee op""",
    R(["Opposition"], "henkwouters53@hetnet-like.example", "Henk", "Wouters"))

add("nl-07-fraudedetectie-geblokkeerd",
    "Joost van den Heuvel <joost.vdheuvel@snelpost.example>",
    "Account geblokkeerd door jullie systeem",
    """Beste,

Mijn AcmeShare-account is sinds zaterdag geblokkeerd. Volgens de melding in de app heeft "ons fraudedetectiesysteem ongebruikelijke activiteit vastgesteld". Het enige ongewone is dat ik met vakantie in Portugal was en daar heb ingelogd.

Ik vind het onacceptabel dat een computer mij zonder enige menselijke tussenkomst buitensluit. Ik verzoek u dit besluit door een medewerker te laten beoordelen en mij de gelegenheid te geven mijn kant van het verhaal te doen.

Met vriendelijke groet,
Joost van den Heuvel""",
    R(["AutomatedDecision"], "joost.vdheuvel@snelpost.example", "Joost", "van den Heuvel"))

add("nl-08-ouder-dochter-17",
    "Marieke Smit <marieke.smit@gezin.example>",
    "Profiel van mijn minderjarige dochter",
    """Goedenavond,

Mijn dochter Isa Smit (17 jaar) blijkt een profiel op Amora te hebben aangemaakt met een valse geboortedatum. Als haar moeder en wettelijk vertegenwoordiger wil ik twee dingen:

1. Eerst wil ik weten wat ze allemaal bij jullie heeft gedeeld en met wie ze contact heeft gehad: stuur mij een overzicht van haar gegevens, inclusief de berichten.
2. Daarna moet het profiel volledig verwijderd worden, met alle foto's.

Haar account is gekoppeld aan isa.smit2009@scholier.example. Een kopie van haar paspoort en mijn ID kan ik meesturen.

Marieke Smit""",
    R(["Access", "Erasure"], "marieke.smit@gezin.example", "Isa", "Smit",
      representative="Marieke Smit"))

add("nl-09-collega-proefrit-verwijderen",
    "Dennis Kok <dennis.kok@acme-corp.example>",
    "FW: gegevens proefrit",
    """Hoi privacyteam,

Deze kwam binnen via het contactformulier van de vestiging Amersfoort. Kunnen jullie dit oppakken?

Gr. Dennis
Verkoopadviseur Acme Auto Amersfoort

-----Oorspronkelijk bericht-----
Van: Ayşe Yılmaz <ayse.yilmaz@internetpost.example>
Verzonden: donderdag 12 november 2026 20:03
Aan: amersfoort@acme-corp.example
Onderwerp: gegevens proefrit

Goedenavond, in september heb ik een proefrit gemaakt en toen hebben jullie een kopie van mijn rijbewijs gemaakt. Ik heb de auto niet gekocht. Graag wil ik dat de kopie van mijn rijbewijs en mijn andere gegevens worden gewist.
Met vriendelijke groet, Ayşe Yılmaz""",
    R(["Erasure"], "ayse.yilmaz@internetpost.example", "Ayşe", "Yılmaz"))

add("nl-10-bijlage-adreswijziging",
    "Lieke Janssen <lieke.janssen@acme-corp.example>",
    "Doorgestuurd klantverzoek",
    "",
    R(["Rectification"], "g.tjonafat@vrijmail.example", "Wendy", "Tjon-A-Fat"),
    attached=("Wendy Tjon-A-Fat <g.tjonafat@vrijmail.example>", "Verhuisd",
              """Beste Acme Lease,

Ik ben per 1 november verhuisd. Mijn nieuwe adres is Kastanjeplein 4, 2512 JX Den Haag. Kunnen jullie dit aanpassen? De boetes en de jaaroverzichten gaan nog steeds naar mijn oude adres in Rijswijk. Ook staat mijn achternaam verkeerd: Tjon-A-Fat met streepjes, niet Tjonafat.

Groet,
Wendy Tjon-A-Fat"""),
    note="""Hoi,

Klant heeft dit naar de lease-servicedesk gestuurd, volgens onze werkinstructie gaat correctie van persoonsgegevens via jullie. Zie bijlage.

Lieke Janssen
Servicedesk Acme Lease""")

add("nl-11-beperking-kilometerstand",
    "Rutger Dijkstra <rutger.dijkstra@zakelijkmail.example>",
    "Betwisting eindafrekening - verzoek om beperking",
    """Geachte heer, mevrouw,

Bij het inleveren van mijn leaseauto (contract OL-2022-4471) is een kilometerstand van 118.240 km genoteerd. Volgens mijn eigen foto van het dashboard bij inlevering was dat 98.240 km. U rekent mij nu ruim € 2.400 aan meerkilometers.

Ik heb bezwaar gemaakt bij uw afdeling eindafrekening. Zolang de juistheid van de kilometerstand wordt onderzocht, verzoek ik u op grond van artikel 18 AVG de verwerking van deze gegevens te beperken: gebruik ze niet voor de eindafrekening, incasso of een BKR-melding. Verwijder ze ook niet, ze zijn nodig voor het onderzoek.

Hoogachtend,
R. Dijkstra""",
    R(["Restriction"], "rutger.dijkstra@zakelijkmail.example", "Rutger", "Dijkstra"),
    ct=CP1252, encode="cp1252")

add("nl-12-hoofdletters-verwijder-alles",
    "Gerrit Mulder <g.mulder@planet-like.example>",
    "VERWIJDER MIJN GEGEVENS",
    """IK WIL DAT JULLIE ALLES WAT JULLIE OVER MIJ HEBBEN WISSEN. KLANTNUMMER 20883. NU.""",
    R(["Erasure"], "g.mulder@planet-like.example", "Gerrit", "Mulder"))

add("nl-13-niet-opzeggen-wel-geen-advertenties",
    "Noor Visser <noor.visser@mijnmail.example>",
    "Gepersonaliseerde advertenties",
    """Hallo,

Ik wil mijn Amora-profiel gewoon houden, dus niet verwijderen alsjeblieft. Maar ik zie op andere sites ineens advertenties over "singles in Haarlem" en datingcoaches. Ik ga er vanuit dat jullie mijn gegevens daarvoor doorgeven. Daar heb ik geen toestemming voor gegeven, of als ik dat ooit heb aangevinkt trek ik het hierbij in.

Noor Visser""",
    R(["Opposition"], "noor.visser@mijnmail.example", "Noor", "Visser"),
    ct=LATIN1, encode="latin-1")

add("nl-14-vlaams-kopie-en-geen-reclame",
    "Bram Verhoeven <bram.verhoeven@telenet-like.example>",
    "Vraag ivm mijn gegevens",
    """Goeiedag,

Gelieve mij een overzicht te bezorgen van alle persoonsgegevens die jullie garage in Mechelen en jullie leasemaatschappij van mij bijhouden. Ik heb al eens gevraagd aan de balie maar daar wist men van niets.

Daarnaast wens ik niet langer gecontacteerd te worden voor commerciële doeleinden, noch via mail, noch op mijn gsm.

Met vriendelijke groeten,
Bram Verhoeven
0476 11 22 33""",
    R(["Access", "Opposition"], "bram.verhoeven@telenet-like.example", "Bram", "Verhoeven"))

add("nl-15-onbekend-levering",
    "Kees de Wit <kees.dewit@provider.example>",
    "levering auto",
    """Beste,

Ik heb in augustus een Kia EV3 besteld bij jullie vestiging in Zwolle, levering was beloofd in week 44. Ik hoor niks meer. Weten jullie wanneer hij komt?

Kees de Wit""",
    R(["Unknown"], "kees.dewit@provider.example", "Kees", "de Wit"))

add("nl-16-bewindvoerder-overzicht",
    "Bewindvoering Noord <info@bewindvoering-noord.example>",
    "Cliënt dhr. J. Brouwer - verzoek om overzicht",
    """Geachte heer/mevrouw,

Wij zijn door de kantonrechter benoemd tot beschermingsbewindvoerder van de heer Jan Brouwer, geboren 11-02-1967 (beschikking bijgevoegd).

Wij hebben aanwijzingen dat de heer Brouwer bij uw organisatie een leasecontract en mogelijk een deelauto-abonnement heeft. Wij verzoeken u ons een volledig overzicht te sturen van de persoonsgegevens die u over hem verwerkt, inclusief lopende contracten, betalingsachterstanden en correspondentie.

Met vriendelijke groet,

mr. Esther Kuipers
Bewindvoerder
Bewindvoering Noord B.V.""",
    R(["Access"], "info@bewindvoering-noord.example", "Jan", "Brouwer",
      representative="Esther Kuipers"))

add("nl-17-rijgedrag-verzekeraars-bezwaar",
    "Tim Schouten <tim.schouten@vrijmail.example>",
    "Rijgedrag en verzekeraars",
    """Hallo,

Verkopen of delen jullie de rijstijlgegevens uit mijn Acme Connect-app met verzekeraars of andere partijen? Ik wil graag precies weten welke partijen het zijn en sinds wanneer.

Als dat zo is, maak ik daar per direct bezwaar tegen. Mijn rijgedrag gaat niemand iets aan.

Tim Schouten""",
    R(["Information", "Opposition"], "tim.schouten@vrijmail.example", "Tim", "Schouten"))

add("nl-18-mobiel-matches-weg",
    "Daan Peeters <daan.peeters@gsmmail.example>",
    "Profiel",
    """Kunnen jullie mijn profiel en alle matches en chats definitief wissen? Ik heb iemand leren kennen :)

Verstuurd vanaf mijn Samsung Galaxy-smartphone.""",
    R(["Erasure"], "daan.peeters@gsmmail.example", "Daan", "Peeters"))

add("nl-19-algoritme-score-inzage",
    "Sevda Öztürk <sevda.ozturk@postbus-online.example>",
    "Afwijzing leaseaanvraag",
    """Geachte heer/mevrouw,

Mijn aanvraag voor private lease werd binnen enkele seconden afgewezen. Blijkbaar heeft een systeem mij een score gegeven. Ik wil dat er een mens naar mijn aanvraag kijkt, want ik heb een vast contract en geen schulden.

Daarnaast wil ik weten welke gegevens over mij in die beoordeling zijn meegenomen en ontvang ik daar graag een kopie van.

Met vriendelijke groet,
Sevda Öztürk""",
    R(["AutomatedDecision", "Access"], "sevda.ozturk@postbus-online.example", "Sevda", "Öztürk"))

add("nl-20-gezinsadres-telefoonnummer",
    "Familie de Jong <fam.dejong@thuis.example>",
    "Telefoonnummer en belletjes",
    """Goedemorgen,

Hier Femke de Jong. Jullie bellen steeds ons huisnummer voor mij, terwijl ik dat nummer niet meer gebruik. Pas het nummer in mijn klantgegevens aan naar 06-98765432 aub.

En voor de duidelijkheid: op dat nieuwe nummer wil ik geen verkoopgesprekken, alleen berichten over mijn onderhoudsafspraken. Antwoord graag op mijn eigen e-mailadres.

Femke de Jong""",
    R(["Rectification", "Opposition"], "femke.dejong@eigenmail.example", "Femke", "de Jong"),
    headers=["Reply-To: Femke de Jong <femke.dejong@eigenmail.example>"])

add("nl-21-dashcam-deelauto-vraag",
    "Lotte Claes <lotte.claes@brusselmail.example>",
    "Camera in de deelwagen?",
    """Dag,

Ik zag gisteren in een AcmeShare-wagen een klein cameraatje boven de achteruitkijkspiegel. Filmt dat ook het interieur, dus mij? Waarvoor worden die beelden gebruikt en hoe lang worden ze bewaard? Ik vond daar niets over in de voorwaarden.

Groetjes,
Lotte""",
    R(["Information"], "lotte.claes@brusselmail.example", "Lotte", "Claes"))

# ---------------------------------------------------------------- taken
add("nl-22-taak-verwerkersovereenkomst",
    "Marloes Verbeek <marloes.verbeek@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe schadehersteller",
    """Hoi,

We gaan per januari samenwerken met Schadeherstel Midden voor alle schades aan deelauto's. Zij krijgen toegang tot huurdergegevens bij schademeldingen. Kunnen jullie de verwerkersovereenkomst opstellen of hun versie beoordelen? Concept zit in de bijlage.

Dank!
Marloes Verbeek
Fleetmanager AcmeShare Benelux""",
    TASK("marloes.verbeek@acme-corp.example", "Marloes", "Verbeek"))

add("nl-23-taak-dpia-leeftijdscheck",
    "Stefan Bos <stefan.bos@acme-corp.example>",
    "DPIA leeftijdsverificatie Amora",
    """Beste privacy office,

Naar aanleiding van de discussie over minderjarigen op het platform willen we een leeftijdsschatting op basis van de verificatieselfie invoeren. Dat is biometrie, dus ik neem aan dat er een DPIA nodig is. Kunnen jullie die begeleiden? Kick-off graag nog voor de kerst.

Groet,
Stefan Bos
Head of Trust & Safety, Amora""",
    TASK("stefan.bos@acme-corp.example", "Stefan", "Bos"))

add("nl-24-taak-register-bijwerken",
    "Anouk Willems <anouk.willems@acme-corp.example>",
    "Register van verwerkingen - vestigingen Limburg",
    """Hallo,

De drie vestigingen in Limburg zijn overgenomen en draaien nu op onze systemen. Ze stonden nog niet in het verwerkingsregister. Kun je ze toevoegen? Ik heb een lijst met welke gegevens ze verwerken (werkplaats, verkoop, verhuur van vervangend vervoer).

Anouk Willems
Compliance officer""",
    TASK("anouk.willems@acme-corp.example", "Anouk", "Willems"))

# ---------------------------------------------------------------- incidenten
add("nl-25-incident-telefoon-kwijt",
    "Jeroen Hendriks <jeroen.hendriks@acme-corp.example>",
    "Zakelijke telefoon verloren",
    """Hoi,

Ik ben gisteravond in de trein mijn werktelefoon kwijtgeraakt. Daarop staat WhatsApp met gesprekken met klanten (foto's van rijbewijzen en kentekenbewijzen voor inruil) en de mailapp. Er zat een pincode op. IT is al ingelicht maar ze zeiden dat ik het ook hier moest melden.

Jeroen Hendriks
Inkoper gebruikte auto's""",
    INC("jeroen.hendriks@acme-corp.example", "Jeroen", "Hendriks"))

add("nl-26-incident-phishing-geklikt",
    "Priscilla Boateng <priscilla.boateng@acme-corp.example>",
    "Ik heb op een link geklikt",
    """Hallo,

Vanochtend kreeg ik een mail die van DocuSign leek te komen, over een leasecontract. Ik heb op de link geklikt en mijn Microsoft-wachtwoord ingevuld. Pas daarna zag ik dat het adres niet klopte. Ik heb mijn wachtwoord meteen veranderd. Ik heb toegang tot het klantsysteem van Acme Lease.

Sorry!
Priscilla Boateng
Backoffice Acme Lease""",
    INC("priscilla.boateng@acme-corp.example", "Priscilla", "Boateng"))

add("nl-27-incident-externe-adres-vorige-huurder",
    "Wouter Kramer <wouter.kramer@webmail-nl.example>",
    "Navigatie toont adres van andere klant",
    """Beste,

Toen ik gisteren een AcmeShare-auto ophaalde, stond in het navigatiesysteem bij "recente bestemmingen" en "thuis" het woonadres van de vorige huurder, plus een telefoon die nog via bluetooth gekoppeld was met de naam "iPhone van Sabine" en haar contactenlijst. Ik had dus haar hele adresboek kunnen zien.

Dit lijkt me een privacyprobleem dat jullie moeten weten.

Wouter Kramer""",
    INC("wouter.kramer@webmail-nl.example", "Wouter", "Kramer"))

# ---------------------------------------------------------------- vervolg
add("nl-28-vervolg-dsr-tag",
    "Ingrid Vos <ingrid.vos@kabelmail.example>",
    "RE: [DSR-51742] Ontvangstbevestiging van uw verzoek",
    """Goedemiddag,

U vraagt om een kopie van mijn legitimatie. Hierbij, met het BSN en de foto afgeschermd zoals de Rijksoverheid adviseert.

Ingrid Vos

-----Oorspronkelijk bericht-----
Van: privacy@acme-corp.example
Onderwerp: [DSR-51742] Ontvangstbevestiging van uw verzoek
Wij hebben uw verzoek ontvangen onder nummer DSR-51742.""",
    FU("51742", "ingrid.vos@kabelmail.example", "Ingrid", "Vos"))

add("nl-29-vervolg-reactie-inzage",
    "Pieter van der Veen <p.vanderveen@kpnmail-like.example>",
    "Re: Inzageverzoek op grond van artikel 15 AVG",
    """Geachte heer/mevrouw,

In aanvulling op mijn verzoek van vanochtend: ik wil ook graag de gegevens ontvangen van mijn vorige auto, die ik in 2020 bij uw vestiging in Nieuwegein heb gekocht.

Met vriendelijke groet,
Pieter van der Veen""",
    FU(ref("nl-01-inzageverzoek-private-lease"), "p.vanderveen@kpnmail-like.example", "Pieter", "van der Veen"),
    headers=irt("nl-01-inzageverzoek-private-lease"))

# ---------------------------------------------------------------- negeren
add("nl-30-spam-avg-scan",
    "AVG Check Nederland <info@avgcheck-nl.example>",
    "Uw website lekt persoonsgegevens - gratis AVG-scan",
    """Geachte ondernemer,

Uit onze geautomatiseerde scan blijkt dat uw website persoonsgegevens lekt en niet voldoet aan de AVG. Boetes van de Autoriteit Persoonsgegevens kunnen oplopen tot € 20 miljoen.

Vraag vandaag nog uw GRATIS AVG-rapport aan en laat onnodige klantgegevens automatisch verwijderen met ons DataClean-pakket. Eerste maand gratis!

Klik hier: https://avgcheck-nl.example/scan

Afmelden? Stuur STOP.""",
    IGN("spam", "info@avgcheck-nl.example"),
    headers=SPAM_HDR)

add("nl-31-spam-phishing-betaling",
    "Acme Lease Betalingen <betalingen@acme-lease-nl.example>",
    "Laatste herinnering: openstaande factuur",
    """Geachte klant,

Uw laatste termijnbetaling is niet ontvangen. Om blokkering van uw voertuig en registratie bij het BKR te voorkomen, dient u binnen 48 uur te betalen via onderstaande beveiligde link:

https://acme-lease-nl.example/betaal

Met vriendelijke groet,
Afdeling Debiteuren""",
    IGN("spam", "betalingen@acme-lease-nl.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="acme-lease-nl.example")])

add("nl-32-afwezigheidsmelding",
    "Rob Jacobs <rob.jacobs@leverancier-telematica.example>",
    "Automatisch antwoord: Vragenlijst informatiebeveiliging",
    """Bedankt voor uw bericht. Ik ben tot en met 20 november afwezig en lees mijn e-mail niet. Voor dringende zaken kunt u contact opnemen met onze servicedesk.

Met vriendelijke groet,
Rob Jacobs""",
    IGN("auto_reply", "rob.jacobs@leverancier-telematica.example"),
    headers=["Auto-Submitted: auto-replied"])

add("nl-33-bounce",
    "Mail Delivery Subsystem <mailer-daemon@acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@acme-corp.example"),
    dsn=True)
