from common import *  # part nl: written blind

add("nl-01-wat-hebben-jullie",
    "Sanne de Vries <sanne.devries@ziggo.example>",
    "Welke gegevens hebben jullie van mij?",
    """Beste medewerker,

Bij het aanvragen van een hypotheek werd verwezen naar een kredietrapport van jullie organisatie. Ik
zou graag een volledig overzicht ontvangen van alle persoonsgegevens die jullie over mij vastleggen,
inclusief welke partijen mijn dossier de afgelopen jaren hebben opgevraagd.

Mijn gegevens: Sanne de Vries, geboren 08-07-1990, Bloemgracht 112-2, 1015 TN Amsterdam.

Met vriendelijke groet,
Sanne de Vries
""",
    R(["Access"], "sanne.devries@ziggo.example", "Sanne", "de Vries"))

add("nl-02-een-regel",
    "gamer4life_nl@hotmail.example",
    "account weg",
    "verwijder mijn account aub ik gebruik het niet meer\n",
    R(["Erasure"], "gamer4life_nl@hotmail.example"))

add("nl-03-verkeerd-bedrag",
    "Jan-Willem van der Berg <jw.vanderberg@kpn.example>",
    "Onjuiste registratie lening",
    """Geachte heer/mevrouw,

In uw bestand staat een persoonlijke lening bij Lening Direct geregistreerd van EUR 25.000. Het
daadwerkelijke bedrag was EUR 2.500, dat blijkt ook uit de overeenkomst die ik kan meesturen. Door
deze fout kom ik niet in aanmerking voor een autofinanciering.

Ik verzoek u de registratie aan te passen naar het juiste bedrag.

Hoogachtend,
Jan-Willem van der Berg
""",
    R(["Rectification"], "jw.vanderberg@kpn.example", "Jan-Willem", "van der Berg"))

add("nl-04-niet-meer-bellen",
    "Els Peeters <els.peeters@telenet.example>",
    "Telefonische verkoop",
    """Goeiedag,

Sinds ik mijn wagen op jullie site heb gezet, word ik om de haverklap gebeld door firma's die me een
lening of een verzekering willen aansmeren. Gelieve mij niet langer te contacteren voor commerciële
doeleinden en mijn nummer aan niemand meer door te geven.

Met vriendelijke groeten,
Els Peeters
0471 23 45 67
""",
    R(["Opposition"], "els.peeters@telenet.example", "Els", "Peeters"))

add("nl-05-lang-verhaal-ex",
    "Fatima El Amrani <fatima.elamrani@gmail.example>",
    "Ik ben het zat",
    """Hallo,

Ik moet even mijn verhaal kwijt want ik word er gek van. Vorige maand wilde ik een tweedehands Toyota
kopen via jullie website. De verkoper wilde via jullie financieringspartner laten betalen, prima.
Maar ik werd afgewezen. Toen ik belde hoorde ik dat ik in jullie systeem nog "financieel verbonden"
ben met mijn ex-man. We zijn al sinds 2021 gescheiden! Hij heeft schulden, ik niet. Ik heb het
scheidingsconvenant hier liggen.

Ik heb drie keer gebeld en elke keer werd gezegd dat iemand me terug zou bellen. Niemand belde terug.
Mijn zus heeft uiteindelijk de auto voor mij gekocht, dus dat is opgelost, maar zo kan het niet verder.

Wat ik wil: eerst een overzicht van wat jullie eigenlijk allemaal over mij hebben staan. En die
koppeling met mijn ex klopt niet meer, die moet aangepast worden zodat ik los van hem sta.

En misschien kunnen jullie iets doen aan jullie klantenservice.

Fatima El Amrani
""",
    R(["Access", "Rectification"], "fatima.elamrani@gmail.example", "Fatima", "El Amrani"))

add("nl-06-automatisch-afgewezen",
    "Mehmet Yılmaz <mehmet.yilmaz@ziggo.example>",
    "Automatische afwijzing",
    """Goedemiddag,

Mijn aanvraag voor een leaseauto werd binnen een paar seconden automatisch afgewezen op basis van
jullie kredietscore. Ik wil graag dat een medewerker mijn situatie zelf beoordeelt, want ik heb net
een vaste aanstelling gekregen en dat zit er waarschijnlijk nog niet in. Ik wil bezwaar maken tegen
deze uitkomst.

Groet,
Mehmet Yılmaz
""",
    R(["AutomatedDecision"], "mehmet.yilmaz@ziggo.example", "Mehmet", "Yılmaz"))

add("nl-07-meenemen-html",
    "Lotte Bakker <lotte.bakker@xs4all.example>",
    "Mijn gegevens meenemen",
    html("Hoi,",
         "Ik stap over naar een ander autoplatform. Kunnen jullie mijn advertenties, "
         "berichten en beoordelingen exporteren in een bestand dat een computer kan lezen "
         "(CSV of zo), of het rechtstreeks naar hen doorsturen?",
         "Groetjes, Lotte Bakker"),
    R(["Portability"], "lotte.bakker@xs4all.example", "Lotte", "Bakker"), ct=HTML)

add("nl-08-vragen-delen",
    "Ruud van Dijk <ruud.vandijk@planet.example>",
    "Vragen over gegevensdeling",
    """Goedemorgen,

Ik heb een paar vragen. Aan welke soorten bedrijven verstrekken jullie gegevens? Hoe lang blijft een
afgeloste lening zichtbaar? En verkopen jullie gegevens van de autosite door aan adverteerders? Zo ja,
dan wil ik daar bezwaar tegen maken wat mij betreft.

Ruud van Dijk
""",
    R(["Information", "Opposition"], "ruud.vandijk@planet.example", "Ruud", "van Dijk"))

add("nl-09-op-slot",
    "Pieter van 't Hof <pieter.vanthof@kpn.example>",
    "Gegevens op slot tijdens klacht",
    """Geachte heer, mevrouw,

Ik heb een klacht lopen bij Kifid over een achterstandsmelding van Autokrediet Noord. Ik vraag u, in
afwachting van de uitspraak, het gebruik van deze registratie te beperken: niet verwijderen, want ik heb
het nodig als bewijs, maar ook niet meer tonen aan kredietverstrekkers.

Kifid-dossiernummer 26-4471.

Met vriendelijke groet,
P. van 't Hof
""",
    R(["Restriction"], "pieter.vanthof@kpn.example", "Pieter", "van 't Hof"))

add("nl-10-advocaat-wsnp",
    "mr. Annelies Verhoeven <a.verhoeven@verhoeven-advocaten.example>",
    "Cliënt B. Jansen - verzoek tot verwijdering",
    """Geachte functionaris gegevensbescherming,

Ik sta de heer Bram Jansen bij, geboren 30-11-1979, wonende te Utrecht. Zijn schuldsaneringstraject
(WSNP) is op 1 maart 2021 met een schone lei beëindigd. De bijbehorende registraties staan nog steeds
in uw bestand.

Namens cliënt verzoek ik u op grond van artikel 17 AVG deze registraties te verwijderen. Een machtiging
van cliënt treft u bijgaand aan.

Hoogachtend,

mr. A. Verhoeven
Verhoeven Advocaten
030 123 45 67
""",
    R(["Erasure"], "a.verhoeven@verhoeven-advocaten.example", "Bram", "Jansen",
      representative="Annelies Verhoeven"))

add("nl-11-doorgestuurd-collega",
    "Kim Visser <kim.visser@acme-corp.example>",
    "FW: nieuwsbrief en aanbevelingen",
    """Hoi privacyteam, deze kwam bij klantenservice binnen. Kunnen jullie dit oppakken?
Kim

---------- Doorgestuurd bericht ---------
Van: Wouter De Smet <wouter.desmet@telenet.example>
Datum: zo 15 nov. 2026 om 20:14
Onderwerp: nieuwsbrief en aanbevelingen
Aan: klantenservice@acme-corp.example

Ik wil geen nieuwsbrief meer ontvangen en ik wil ook niet dat jullie op basis van mijn zoekgedrag een
profiel van me maken om auto's aan te raden. Mijn account mag blijven bestaan.
Wouter De Smet
""",
    R(["Opposition"], "wouter.desmet@telenet.example", "Wouter", "De Smet"))

add("nl-12-bijlage-herkomst",
    "Joost Meijer <joost.meijer@acme-corp.example>",
    "Doorgestuurd: vraag klant",
    "",
    R(["Access", "Information"], "thijs.terhorst@planet.example", "Thijs", "ter Horst"),
    attached=("Thijs ter Horst <thijs.terhorst@planet.example>", "Hoe komen jullie aan mijn gegevens?",
              """Goedendag,
Ik kreeg een brief van jullie met mijn naam en adres erop terwijl ik nooit klant ben geweest. Ik wil
weten van wie jullie mijn gegevens hebben gekregen, en ik wil een kopie van alles wat er over mij is
opgeslagen.
Thijs ter Horst
"""),
    note="Via de algemene inbox binnengekomen, zie bijlage. Groet, Joost")

add("nl-13-hoofdletters",
    "HENK BOS <henkbos1958@hetnet.example>",
    "GEEN MAIL MEER",
    """IK WIL GEEN MAILS MEER VAN JULLIE ONTVANGEN. HAAL MIJN GEGEVENS UIT JULLIE BESTANDEN. IK HEB
NOOIT TOESTEMMING GEGEVEN.
H. BOS
""",
    R(["Opposition", "Erasure"], "henkbos1958@hetnet.example", "Henk", "Bos"))

add("nl-14-cp1252-nieuwe-naam",
    "Ingrid van den Broek-Smit <ingrid.vdbroek@ziggo.example>",
    "Naamswijziging",
    """Beste,

Sinds mijn huwelijk in juni voer ik de naam “van den Broek-Smit”. In jullie systeem sta ik nog als
“Ingrid Smit”, waardoor de identiteitscontrole bij mijn bank mislukt. Ook mijn inkomen (nu € 4.250 bruto)
staat nog op het oude bedrag. Graag aanpassen.

Met vriendelijke groet,
Ingrid van den Broek-Smit
""",
    R(["Rectification"], "ingrid.vdbroek@ziggo.example", "Ingrid", "van den Broek-Smit"),
    ct=CP1252, encode="cp1252")

add("nl-15-niet-opzeggen",
    "Daan Smit <daan.smit@gmail.example>",
    "Toestemming partners",
    """Hallo,

Ik wil mijn verkopersaccount absoluut niet opzeggen. Maar ik trek wel mijn toestemming in om mijn
gegevens te delen met jullie "partners" voor aanbiedingen. Graag bevestigen.

Daan

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
    R(["Opposition"], "daan.smit@gmail.example", "Daan", "Smit"))

add("nl-16-aanbetaling",
    "Noor Hendriks <noor.hendriks@kpn.example>",
    "Aanbetaling terug?",
    """Hoi, ik heb via jullie site een aanbetaling van 500 euro gedaan voor een Peugeot 208 maar de koop
is niet doorgegaan. Wanneer krijg ik mijn geld terug? Ik weet niet of ik hier goed zit.
Noor Hendriks
""",
    R(["Unknown"], "noor.hendriks@kpn.example", "Noor", "Hendriks"))

add("nl-17-gezinsadres",
    "Gezin Mulder <fam.mulder@hetnet.example>",
    "Oud account opheffen",
    """Goedenavond,

Ik had jaren geleden een account op jullie autosite (met dit gezinsadres). Dat gebruik ik niet meer.
Graag helemaal verwijderen, inclusief mijn oude advertenties en berichten. Antwoord graag naar mijn
eigen mailadres.

Esther Mulder
""",
    R(["Erasure"], "esther.mulder@planet.example", "Esther", "Mulder"),
    headers=["Reply-To: Esther Mulder <esther.mulder@planet.example>"])

add("nl-18-vader-dochter",
    "Marco Kuipers <marco.kuipers@ziggo.example>",
    "Dochter minderjarig - kredietcheck?",
    """Geachte heer/mevrouw,

Mijn dochter Sophie Kuipers is 16 jaar. Ze kreeg een brief van een telefoonaanbieder dat er bij jullie
een kredietcheck op haar naam is gedaan. Dat kan niet kloppen, zij heeft niets aangevraagd. Als ouder
met gezag wil ik graag inzien wat er bij jullie over haar geregistreerd staat.

Geboortedatum Sophie: 04-02-2010.

Met vriendelijke groet,
Marco Kuipers
""",
    R(["Access"], "marco.kuipers@ziggo.example", "Sophie", "Kuipers", representative="Marco Kuipers"))

add("nl-19-typfouten",
    "Anouk Vermeulen <anoukje_v@hotmail.example>",
    "waarom?",
    """hoi waarom hebbe julie mijn gegevens en van wie hebben jullie die gekrege?? ik wil dat ze meteen
verwijdert worden
anouk vermeulen
""",
    R(["Information", "Erasure"], "anoukje_v@hotmail.example", "Anouk", "Vermeulen"))

add("nl-20-task-verwerkersovereenkomst",
    "Bas Willems <bas.willems@acme-corp.example>",
    "Verwerkersovereenkomst keuringspartner",
    """Hallo,

We gaan samenwerken met AutoKeur BV voor de aankoopkeuringen op de marketplace. Zij krijgen naam,
telefoon en kenteken van kopers. Kunnen jullie hun verwerkersovereenkomst doornemen? Ik stuur hem
apart door. Liefst deze maand nog rond.

Bas Willems
Partnermanager
""",
    TASK("bas.willems@acme-corp.example", "Bas", "Willems"))

add("nl-21-task-bewaartermijnen",
    "Merel Dekker <merel.dekker@acme-corp.example>",
    "Bewaartermijnen chatberichten",
    """Hoi,

Voor de nieuwe chatfunctie tussen kopers en verkopers moeten we een bewaartermijn instellen. Kunnen
jullie advies geven en het in het verwerkingsregister opnemen? Development wil het volgende sprint
bouwen.

Merel Dekker | Product Owner
""",
    TASK("merel.dekker@acme-corp.example", "Merel", "Dekker"))

add("nl-22-task-phishingtraining",
    "Robin Claes <robin.claes@acme-corp.example>",
    "Bewustwordingstraining Q1",
    """Dag collega's,

Kunnen we in Q1 een privacy-awarenesssessie organiseren voor het team Acceptatie in Gent? Er zijn veel
nieuwe mensen bij. Liefst in het Nederlands, een uurtje is genoeg.

Robin Claes
Teamleider Acceptatie
""",
    TASK("robin.claes@acme-corp.example", "Robin", "Claes"))

add("nl-23-inc-usb-kwijt",
    "Erik Schouten <erik.schouten@acme-corp.example>",
    "USB-stick verloren in de trein",
    """Hoi,

Ik ben vanochtend in de intercity Utrecht-Amersfoort een USB-stick kwijtgeraakt. Daarop stond een
export met bezwaardossiers (ongeveer 80 klanten, namen en BSN-loze klantnummers, adressen). Niet
versleuteld, helaas. NS gevonden voorwerpen is ingelicht.

Erik Schouten
""",
    INC("erik.schouten@acme-corp.example", "Erik", "Schouten"))

add("nl-24-inc-andere-verkoper",
    "Yvonne Brouwer <yvonne.brouwer@gmail.example>",
    "Ik zie gegevens van iemand anders",
    """Goedemiddag,

Toen ik vanochtend inlogde op mijn verkopersaccount zag ik niet mijn eigen advertenties maar die van
een andere verkoper, met zijn naam, telefoonnummer, adres en zelfs zijn IBAN voor de uitbetaling. Na
opnieuw inloggen was het weer normaal. Dit lijkt me een ernstig lek.

Yvonne Brouwer
""",
    INC("yvonne.brouwer@gmail.example", "Yvonne", "Brouwer"))

add("nl-25-inc-cc-bcc",
    "Sven de Graaf <sven.degraaf@acme-corp.example>",
    "Fout: mailing verstuurd met alle adressen zichtbaar",
    """Beste privacyteam,

Ik heb zojuist een mail over de prijswijziging van advertentiepakketten naar 340 verkopers gestuurd
met alle adressen in CC in plaats van BCC. Een paar ontvangers hebben al "allen beantwoorden" gedaan.
Wat moet ik doen?

Sven de Graaf
Marketing
""",
    INC("sven.degraaf@acme-corp.example", "Sven", "de Graaf"))

add("nl-26-fu-dsr",
    "Wim Koster <wim.koster@hetnet.example>",
    "Re: [DSR-60412] Ontvangstbevestiging",
    """Goedemiddag,

Ik heb op 2 november een kopie van mijn paspoort gestuurd zoals gevraagd. Hoe staat het nu met mijn
verzoek?

Wim Koster

Op 28-10-2026 schreef privacy@acme-corp.example:
> Uw verzoek is geregistreerd onder nummer [DSR-60412]. Wij reageren binnen een maand.
""",
    FU("60412", "wim.koster@hetnet.example", "Wim", "Koster"))

add("nl-27-fu-uitspraak",
    "Pieter van 't Hof <pieter.vanthof@kpn.example>",
    "Re: Gegevens op slot tijdens klacht",
    """Aanvulling: Kifid heeft laten weten dat de uitspraak pas in februari komt. Ik neem aan dat de
beperking tot die tijd blijft staan? Graag bevestiging.

P. van 't Hof
""",
    FU(ref("nl-09-op-slot"), "pieter.vanthof@kpn.example", "Pieter", "van 't Hof"),
    headers=irt("nl-09-op-slot"))

add("nl-28-spam-crypto",
    "Crypto Winst <info@cryptowinst-nu.example>",
    "Verdien 3.000 euro per dag vanuit huis",
    """Beste lezer,

Duizenden Nederlanders verdienen al dagelijks met ons automatische handelsplatform. Registreer nu en
ontvang 250 euro bonus. Uw gegevens zijn 100% beschermd volgens de AVG.

Klik hier: http://cryptowinst-nu.example/start
""",
    IGN("spam", "info@cryptowinst-nu.example"), headers=SPAM_HDR)

add("nl-29-spam-pakket",
    "PostNL Bezorging <noreply@postnl-bezorging.example>",
    "Uw pakket kon niet worden bezorgd",
    """Uw pakket kon niet worden bezorgd wegens ontbrekende adresgegevens. Bevestig uw gegevens en
betaal 1,99 euro verzendkosten binnen 48 uur, anders wordt uw pakket teruggestuurd.

https://postnl-bezorging.example/bevestig
""",
    IGN("spam", "noreply@postnl-bezorging.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="postnl-bezorging.example")])

add("nl-30-ticket-bevestiging",
    "Servicedesk Lening Direct <servicedesk@leningdirect.example>",
    "Uw melding is ontvangen [Ticket #884213]",
    """Geachte relatie,

Hartelijk dank voor uw bericht. Uw melding is geregistreerd onder ticketnummer 884213. Wij streven
ernaar binnen 5 werkdagen te reageren. Dit is een automatisch gegenereerd bericht; u kunt hier niet
op antwoorden.

Servicedesk Lening Direct
""",
    IGN("auto_reply", "servicedesk@leningdirect.example"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-31-nieuwsbrief-branche",
    "Vereniging Kredietinformatie <nieuws@vki-branche.example>",
    "Nieuwsbrief november: nieuwe gedragscode",
    """NIEUWSBRIEF VKI - november 2026

- Concept gedragscode kredietregistratie gepubliceerd
- Terugblik ledenvergadering
- Agenda: kennissessie AVG en AI

U ontvangt deze nieuwsbrief als lid. Afmelden: https://vki-branche.example/afmelden
""",
    IGN("bulk", "nieuws@vki-branche.example"),
    headers=["List-Id: <leden.vki-branche.example>",
             "List-Unsubscribe: <mailto:afmelden@vki-branche.example>",
             "Precedence: bulk"])
