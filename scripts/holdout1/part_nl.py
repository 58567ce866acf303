# Held-out set holdout1, Dutch messages (NL and Flemish). Written blind.
from common import add, R, IGN, INC, TASK, FU, AUTH, SPAM_HDR, HTML, html, LATIN1, CP1252

# ---------------------------------------------------------------- requests

add("nl-01-inzageverzoek", "Marieke de Vries <marieke.devries@ziggo.example>", "Inzageverzoek AVG",
    """Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij
een overzicht te sturen van alle persoonsgegevens die u van mij verwerkt, met daarbij de doelen,
de ontvangers en de bewaartermijnen.

Ik ben klant bij u met klantnummer 1023-55871 (mobiel abonnement).

Ik zie uw reactie binnen de wettelijke termijn van een maand tegemoet.

Met vriendelijke groet,

Marieke de Vries
Prinsengracht 412-II
1016 JM Amsterdam
""",
    R(["Access"], "marieke.devries@ziggo.example", "Marieke", "de Vries"))

add("nl-02-verwijder-kort", "Sander Kok <sanderkok@kpnmail.example>", "gegevens",
    "Verwijder al mijn gegevens aub. Ik ben geen klant meer.\n\nSander\n",
    R(["Erasure"], "sanderkok@kpnmail.example", "Sander", "Kok"))

add("nl-03-stop-bellen", "Henk Jansen <h.jansen@hetnet.example>", "Telefonische verkoop",
    """Goedemiddag,

Ik word bijna elke week gebeld door uw verkopers over een nieuw abonnement. Ik heb al drie keer
gezegd dat ik geen interesse heb. Ik wil NIET meer gebeld worden voor reclame of aanbiedingen.

Henk Jansen
06-55512398
""",
    R(["Opposition"], "h.jansen@hetnet.example", "Henk", "Jansen"))

add("nl-04-verhuisd", "Fatima El Amrani <fatima.elamrani@gmail.example>", "nieuw adres",
    """Hallo,

Ik ben verhuisd, kunnen jullie mijn adres aanpassen? Nieuw adres: Oudegracht 88, 3511 AV Utrecht.
Mijn achternaam staat ook verkeerd gespeld (Amrani zonder El), graag ook corrigeren.

Groetjes,
Fatima El Amrani
""",
    R(["Rectification"], "fatima.elamrani@gmail.example", "Fatima", "El Amrani"))

add("nl-05-dataportabiliteit", "Joost van Dijk <joost.vandijk@xs4all.example>", "Verzoek dataportabiliteit",
    """Beste,

Ik stap over naar een andere provider. Graag ontvang ik op grond van artikel 20 AVG mijn
persoonsgegevens en mijn gebruiksgegevens in een gestructureerd, gangbaar en machineleesbaar
formaat (bijvoorbeeld CSV), zodat ik deze aan mijn nieuwe aanbieder kan geven.

Met vriendelijke groet,
Joost van Dijk
""",
    R(["Portability"], "joost.vandijk@xs4all.example", "Joost", "van Dijk"))

add("nl-06-krediet-afgewezen", "Kevin Bos <kevinbos@hotmail.example>", "Afwijzing toestelkrediet",
    """Hallo,

Ik wilde een iPhone met toestelkrediet bestellen maar kreeg binnen een paar seconden een
afwijzing op het scherm. Niemand heeft naar mijn aanvraag gekeken. Ik wil graag dat een
medewerker de aanvraag opnieuw beoordeelt en ik wil weten waarom ik ben afgewezen. Ik heb geen
BKR-registratie.

Kevin Bos
""",
    R(["AutomatedDecision"], "kevinbos@hotmail.example", "Kevin", "Bos"))

add("nl-07-bewaartermijn", "Ingrid Smit <ingrid.smit@planet.example>", "Hoe lang bewaren jullie mijn gegevens?",
    """Hallo,

Mijn contract is in 2023 afgelopen. Hoe lang bewaren jullie mijn gegevens nog, en waarom?
En worden ze gedeeld met andere bedrijven?

Vriendelijke groet,
Ingrid Smit
""",
    R(["Information"], "ingrid.smit@planet.example", "Ingrid", "Smit"))

add("nl-08-inzage-dan-verwijderen", "Ruud Visser <ruud.visser@gmail.example>", "mijn gegevens",
    """Beste,

Ik wil graag weten welke gegevens jullie van mij hebben. Stuur me een kopie. Daarna wil ik dat
alles verwijderd wordt.

Ruud Visser
""",
    R(["Access", "Erasure"], "ruud.visser@gmail.example", "Ruud", "Visser"))

add("nl-09-afmelden-wissen", "Lotte Mulder <lotte.mulder@outlook.example>", "Afmelden",
    """Hoi,

Ik krijg steeds jullie nieuwsbrief terwijl ik me al twee keer heb afgemeld via de link. Meld me
nu echt af en wis mijn e-mailadres uit jullie systeem.

Lotte Mulder
""",
    R(["Opposition", "Erasure"], "lotte.mulder@outlook.example", "Lotte", "Mulder"))

add("nl-10-advocaat-verwijdering", "mr. P.J. Hendriks <hendriks@hendriks-advocatuur.example>", "Cliënt: de heer T. Meijer - verzoek tot verwijdering",
    """Geachte heer/mevrouw,

Ik sta de heer Thomas Meijer, wonende te Haarlem, bij. Namens cliënt verzoek ik u op grond van
artikel 17 AVG alle persoonsgegevens van cliënt te verwijderen, nu de overeenkomst per
1 oktober 2026 is beëindigd en de openstaande factuur is voldaan.

Een machtiging van cliënt treft u bijgaand aan.

Hoogachtend,

mr. Pieter Hendriks
Hendriks Advocatuur
Zijlweg 150, 2015 BN Haarlem
""",
    R(["Erasure"], "hendriks@hendriks-advocatuur.example", "Thomas", "Meijer", representative="Pieter Hendriks"))

add("nl-11-moeder-dochter-inzage", "Saskia Peeters <saskia.peeters@telenet.example>", "Gegevens van mijn dochter",
    """Goedendag,

Mijn dochter Noor Peeters (12 jaar) heeft via jullie app een account aangemaakt voor een
prepaid simkaart. Als ouder wil ik graag weten welke gegevens jullie van haar hebben
vastgelegd. Kunt u mij een overzicht sturen?

Met vriendelijke groeten,
Saskia Peeters
""",
    R(["Access"], "saskia.peeters@telenet.example", "Noor", "Peeters", representative="Saskia Peeters"))

add("nl-12-overleden-vader", "Wouter Claes <wouter.claes@skynet.example>", "Overlijden - opzeggen abonnement en gegevens",
    """Beste,

Mijn vader, Jozef Claes, is op 30 oktober overleden. Hij had een abonnement voor internet en tv
bij u (klantnummer 7723-110). Als zoon en erfgenaam vraag ik u het abonnement stop te zetten en
zijn persoonsgegevens te verwijderen. Een kopie van de overlijdensakte kan ik bezorgen.

Vriendelijke groeten,
Wouter Claes
""",
    R(["Erasure"], "wouter.claes@skynet.example", "Jozef", "Claes", representative="Wouter Claes"))

add("nl-13-beperking", "Anouk Hermans <anouk.hermans@kpnmail.example>", "Bezwaar en beperking verwerking",
    """Geachte heer/mevrouw,

Ik heb bezwaar gemaakt tegen de incasso van een factuur die volgens mij onjuist is. Zolang dit
niet is opgelost verzoek ik u de verwerking van mijn gegevens te beperken (artikel 18 AVG):
geef mijn gegevens niet door aan een incassobureau en stuur geen aanmaningen.

Met vriendelijke groet,
Anouk Hermans
""",
    R(["Restriction"], "anouk.hermans@kpnmail.example", "Anouk", "Hermans"))

add("nl-14-doorgestuurd-van-verzonden", "Bram Wouters <bram.wouters@acme-corp.example>", "FW: geen reclame meer",
    """Ter info, kwam binnen bij de winkel in Gent.

Bram

Van: Elke Vermeulen <elke.vermeulen@telenet.example>
Verzonden: zondag 15 november 2026 20:11
Aan: winkel.gent@acme-corp.example
Onderwerp: geen reclame meer

Goedenavond,
Ik wens geen reclame meer te ontvangen van jullie, noch per post, noch per mail of sms.
Elke Vermeulen
""",
    R(["Opposition"], "elke.vermeulen@telenet.example", "Elke", "Vermeulen"))

add("nl-15-html-inzage", "Daan Willems <daan.willems@live.example>", "Opvragen gegevens",
    html("Beste medewerker,",
         "Graag ontvang ik een kopie van alle persoonsgegevens die jullie over mij bewaren, "
         "inclusief opnames van telefoongesprekken met de klantenservice.",
         "Klantnummer: 4490-21187",
         "Met vriendelijke groet,<br>Daan Willems"),
    R(["Access"], "daan.willems@live.example", "Daan", "Willems"), ct=HTML)

add("nl-16-rechten-avg", "<m.bakker1985@gmail.example>", "AVG",
    "Goedendag, ik wil graag gebruik maken van mijn rechten onder de AVG. Hoe gaat dat?\n\nM. Bakker\n",
    R(["Unknown"], "m.bakker1985@gmail.example", None, "Bakker"))

add("nl-17-glasvezel-en-naam", "Gerrit Brouwer <gerrit.brouwer@ziggo.example>", "Vraag glasvezel",
    """Hallo,

Weet u al wanneer de glasvezel in de Kastanjelaan in Zwolle wordt aangelegd? De buren hebben
al een brief gehad en wij nog niet.

Misschien komt dat doordat mijn naam en adres fout in uw systeem staan: op de facturen staat
"G. Bouwer, Kastanjelaan 12" maar het is Brouwer en huisnummer 21. Wilt u dat aanpassen?

Gerrit Brouwer
""",
    R(["Rectification"], "gerrit.brouwer@ziggo.example", "Gerrit", "Brouwer"))

add("nl-18-ff-uitschrijven", "<jesse_2004@hotmail.example>", "uitschrijven",
    "hoi kan je me ff uitschrijven van alle mails en sms? thx\n",
    R(["Opposition"], "jesse_2004@hotmail.example", None, None))

add("nl-19-corrigeren-en-inzage", "Annemarie Dekker <a.dekker@caiway.example>", "Onjuiste gegevens",
    """Beste,

Bij het afsluiten van mijn abonnement is mijn geboortedatum verkeerd ingevoerd (het moet
14-02-1979 zijn). Wilt u dat corrigeren? Ik zou ook graag een overzicht krijgen van wat er
verder over mij is vastgelegd, zodat ik kan controleren of de rest wel klopt.

Annemarie Dekker
""",
    R(["Rectification", "Access"], "a.dekker@caiway.example", "Annemarie", "Dekker"))

add("nl-20-profilering-vraag", "Tim Hoekstra <tim.hoekstra@protonmail.example>", "Profilering en AI",
    """Hallo privacyteam,

Ik zie dat ik in de app 'persoonlijke aanbiedingen' krijg. Op basis van welke gegevens wordt dat
bepaald? Gebruiken jullie mijn belgedrag of locatie daarvoor, en zitten daar externe partijen
of AI-modellen tussen? Ik wil gewoon begrijpen hoe het werkt.

Groet,
Tim Hoekstra
""",
    R(["Information"], "tim.hoekstra@protonmail.example", "Tim", "Hoekstra"))

add("nl-21-typfouten-verwijderen", "<r.vandenberg@chello.example>", "acount verwijderen",
    """hallo graag mijn acount verwijderen en alle gegevns die u van mij heeft. ik heb al 2 keer
gebeld maar er gebeurt niks

groet rob van den berg
""",
    R(["Erasure"], "r.vandenberg@chello.example", "Rob", "van den Berg"))

add("nl-22-bezwaar-gerichte-reclame", "Eva Koster <eva.koster@gmail.example>", "Bezwaar",
    """Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen het gebruik van mijn gegevens voor gerichte advertenties en
profilering, zowel in de app als via jullie advertentiepartners.

Met vriendelijke groet,
Eva Koster
""",
    R(["Opposition"], "eva.koster@gmail.example", "Eva", "Koster"))

add("nl-23-camerabeelden", "Mohammed Yilmaz <m.yilmaz@gmail.example>", "Camerabeelden winkel Rotterdam Zuidplein",
    """Goedemiddag,

Op zaterdag 14 november rond 15:30 uur werd ik in uw winkel op Zuidplein ten onrechte
beschuldigd van diefstal van een oplader. Ik verzoek u mij de camerabeelden te verstrekken
waarop ik te zien ben.

Mohammed Yilmaz
06-55518273
""",
    R(["Access"], "m.yilmaz@gmail.example", "Mohammed", "Yilmaz"))

add("nl-24-export-en-wissen", "Roos van Leeuwen <roos.vanleeuwen@xs4all.example>", "overstap",
    """Hallo,

Ik ga over naar een andere aanbieder. Kunnen jullie mijn gegevens (contactgegevens, contract en
verbruik) als bestand exporteren, CSV of JSON, zodat ik ze kan meenemen? Daarna graag alles
verwijderen wat niet wettelijk bewaard hoeft te worden.

Roos van Leeuwen
""",
    R(["Portability", "Erasure"], "roos.vanleeuwen@xs4all.example", "Roos", "van Leeuwen"))

add("nl-25-iphone-verwijderen", "Niels <niels.prins@icloud.example>", "Gegevens",
    "Graag al mijn gegevens verwijderen.\n\nNiels Prins\n\nVerstuurd vanaf mijn iPhone\n",
    R(["Erasure"], "niels.prins@icloud.example", "Niels", "Prins"))

add("nl-26-werkadres-replyto", "Jeroen Bakker <j.bakker@bouwbedrijf-hoorn.example>", "inzage",
    """Goedemorgen,

Ik stuur dit vanaf mijn werk, wilt u antwoorden op mijn privéadres? Ik wil graag een kopie van
mijn persoonsgegevens die bij jullie bekend zijn.

Jeroen Bakker
""",
    R(["Access"], "jeroen.bakker@gmail.example", "Jeroen", "Bakker"),
    headers=["Reply-To: jeroen.bakker@gmail.example"])

add("nl-27-bewindvoerder-moeder", "Carla Timmermans <c.timmermans@online.example>", "Mijn moeder - geen verkoop meer",
    """Geachte heer/mevrouw,

Ik ben bewindvoerder van mijn moeder, mevrouw Wilhelmina Timmermans (geboren 1939), die
dementie heeft. Zij is door een van uw verkopers aan de deur overgehaald tot een duur
abonnement. Ik verzoek u haar niet meer te benaderen voor verkoop of reclame, op welke manier
dan ook. De beschikking van de rechtbank stuur ik mee.

Met vriendelijke groet,
Carla Timmermans
""",
    R(["Opposition"], "c.timmermans@online.example", "Wilhelmina", "Timmermans", representative="Carla Timmermans"))

add("nl-28-gelieve-latin1", "Frédéric Lambrechts <f.lambrechts@skynet.example>", "Verwijdering persoonsgegevens",
    """Geachte,

Gelieve al mijn persoonsgegevens uit uw bestanden te verwijderen. Ik ben sinds vorig jaar
geen klant meer en wens niet meer gecontacteerd te worden.

Met vriendelijke groeten,
Frédéric Lambrechts
Brugge
""",
    R(["Erasure"], "f.lambrechts@skynet.example", "Frédéric", "Lambrechts"),
    encode="latin-1", ct=LATIN1)

# ---------------------------------------------------------------- ignore

add("nl-29-spam-avg-software", "AVG Compleet <info@avgcompleet-software.example>", "Verwijderverzoeken automatisch afhandelen? Nu 40% korting",
    """Beste ondernemer,

Krijgt u ook steeds meer verzoeken van klanten om hun gegevens te verwijderen of in te zien?
Met AVG Compleet handelt u elk verzoek automatisch af. Boetes tot 20 miljoen euro voorkomen?

Alleen deze week: 40% korting op een jaarlicentie! Klik hier: https://avgcompleet-software.example/actie

Afmelden? Klik hier.
""",
    IGN("spam"))

add("nl-30-phish-mailbox-vol", "Postmaster <postmaster@acme-mailbeheer.example>", "Uw mailbox is bijna vol - actie vereist",
    """Beste gebruiker,

Uw mailbox heeft 98% van de opslaglimiet bereikt. Nieuwe berichten worden binnenkort geweigerd.
Bevestig uw account om gratis extra opslag te krijgen:

https://acme-mailbeheer.example/login

IT-afdeling
""",
    IGN("spam"), headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="acme-mailbeheer.example")])

add("nl-31-crypto", "Anna de Groot <anna.degroot.invest@mail.example>", "Ik verdiende 4.500 euro per week met bitcoin",
    """Hoi,

Sorry dat ik je zomaar mail. Ik wilde je vertellen hoe ik met een klein bedrag van 250 euro
inmiddels 4.500 euro per week verdien met een automatisch bitcoin handelsplatform. Het is
volledig legaal en zelfs bekende Nederlanders doen mee. Registreer snel, er zijn nog maar 12
plekken over: https://crypto-winst-nu.example

Groetjes, Anna
""",
    IGN("spam"))

add("nl-32-spam-vlag", "Zonnepanelen Deal <aanbod@zonnepanelen-deal.example>", "Gratis zonnepanelen offerte voor uw bedrijfspand",
    """Wist u dat uw bedrijfspand geschikt is voor zonnepanelen? Vraag vandaag nog een vrijblijvende
offerte aan.
""",
    IGN("spam"), headers=SPAM_HDR[1:])

add("nl-33-afwezig", "Linda Verbeek <linda.verbeek@hosting-partner.example>", "Automatisch antwoord: Verwerkersovereenkomst 2027",
    """Ik ben afwezig tot en met 20 november en heb beperkt toegang tot mijn e-mail. Bij dringende
zaken kunt u contact opnemen met support@hosting-partner.example.

Met vriendelijke groet,
Linda Verbeek
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-34-nieuwsbrief", "Privacy Nieuws <nieuwsbrief@privacynieuws.example>", "Privacy Nieuws week 47: boete voor telecomaanbieder",
    """PRIVACY NIEUWS - week 47

- Autoriteit Persoonsgegevens beboet telecomaanbieder voor trage inzageverzoeken
- Hoe ga je om met verwijderverzoeken van ex-klanten?
- Vacatures: Privacy Officer (32-40 uur)

Je ontvangt deze nieuwsbrief omdat je je hebt ingeschreven. Uitschrijven: https://privacynieuws.example/uit
""",
    IGN("bulk"), headers=["List-Id: <nieuwsbrief.privacynieuws.example>",
                          "List-Unsubscribe: <https://privacynieuws.example/uit?id=5521>"])

# ---------------------------------------------------------------- tasks

add("nl-35-task-verwerkersovereenkomst", "Maarten de Boer <maarten.deboer@acme-corp.example>", "Verwerkersovereenkomst nieuwe bezorgpartner",
    """Hoi privacyteam,

We gaan vanaf januari in Nederland ook met PakketSnel bezorgen. Zij hebben hun eigen
verwerkersovereenkomst gestuurd. Kunnen jullie die beoordelen? Ik heb hem in de gedeelde map
Logistiek > Contracten gezet.

Dank!
Maarten de Boer
Logistiek
""",
    TASK("maarten.deboer@acme-corp.example", "Maarten", "de Boer"))

add("nl-36-task-dpia-camera", "Sanne Vos <sanne.vos@acme-corp.example>", "DPIA cameratoezicht winkels",
    """Hallo,

We willen in de 14 Nederlandse winkels nieuwe camera's plaatsen met 'slimme' telling van
bezoekers. Moet hier een DPIA voor worden gedaan? Zo ja, kunnen jullie die opstarten? De
leverancier kan volgende week langskomen.

Sanne Vos
Retail Operations
""",
    TASK("sanne.vos@acme-corp.example", "Sanne", "Vos"))

add("nl-37-task-privacyverklaring", "Pieter Jacobs <pieter.jacobs@acme-corp.example>", "Privacyverklaring website aanpassen",
    """Hi,

Met de lancering van de nieuwe webshop in België moet de privacyverklaring ook in het Nederlands
(Vlaams) en Frans beschikbaar zijn, en er komt een nieuwe betaalprovider bij. Kunnen jullie de
tekst nakijken en aanpassen voor 1 december?

Groeten,
Pieter Jacobs
E-commerce
""",
    TASK("pieter.jacobs@acme-corp.example", "Pieter", "Jacobs"))

add("nl-38-task-register", "Yvonne Smits <yvonne.smits@acme-corp.example>", "verwerkingsregister HR",
    """Beste collega's,

HR stapt over op een nieuw salaris- en verlofsysteem. Het verwerkingsregister voor HR moet
daarom bijgewerkt worden (nieuwe leverancier, andere bewaartermijnen). Wie pakt dit op?

Yvonne Smits
HR Business Partner
""",
    TASK("yvonne.smits@acme-corp.example", "Yvonne", "Smits"))

# ---------------------------------------------------------------- incidents

add("nl-39-inc-telefoon-kwijt", "Rick Dijkstra <rick.dijkstra@acme-corp.example>", "zakelijke telefoon kwijt",
    """Hoi,

Ik ben gisteravond mijn zakelijke telefoon kwijtgeraakt in de trein naar Utrecht. Daar staat mijn
mail op, en WhatsApp met klantgesprekken (namen, adressen, soms foto's van ID-bewijzen die
klanten stuurden). De telefoon heeft wel een pincode. IT heeft hem op afstand gewist om 8:15.

Rick Dijkstra
Buitendienst zakelijke markt
""",
    INC("rick.dijkstra@acme-corp.example", "Rick", "Dijkstra"))

add("nl-40-inc-partner-webshop", "Ilse Kuipers <ilse.kuipers@shopplugins.example>", "Melding beveiligingsincident",
    """Geachte Acme Corp,

Als verwerker melden wij u een beveiligingsincident. Op 13 november is via een kwetsbaarheid in
onze betaalmodule gedurende ongeveer zes uur kwaadaardige code uitgevoerd op de afrekenpagina
van uw webshop. Daarbij kunnen namen, adressen en kaartgegevens van klanten zijn
onderschept. Wij schatten dat het om circa 600 bestellingen gaat.

Wij houden u op de hoogte van het verdere onderzoek.

Ilse Kuipers
Security Officer, ShopPlugins B.V.
""",
    INC("ilse.kuipers@shopplugins.example", "Ilse", "Kuipers"))

add("nl-41-inc-medewerker-snuffelt", "Ahmed Bouzid <ahmed.bouzid@acme-corp.example>", "Collega kijkt in klantdossiers",
    """Hallo,

Ik wil iets melden. Een collega op de klantenservice heeft de afgelopen weken het klantdossier
van zijn ex-vriendin en haar nieuwe partner meerdere keren geopend (adres, belgegevens), zonder
dat daar een klantcontact voor was. Hij liet het zelf zien in de pauze. Ik weet niet goed bij wie
ik dit moet melden.

Ahmed Bouzid
""",
    INC("ahmed.bouzid@acme-corp.example", "Ahmed", "Bouzid"))

add("nl-42-inc-link-openbaar", "Lisa Maas <lisa.maas@acme-corp.example>", "Gedeelde link stond open",
    """Hi,

Ik ontdekte net dat een gedeelde map met klachtdossiers (ongeveer 90 klanten, met namen,
telefoonnummers en soms medische info over een beperking) sinds september via een openbare link
toegankelijk was voor iedereen met de link. De link stond in een mail aan een externe
bemiddelaar. Ik heb de link nu uitgezet.

Lisa Maas
Klachtenbehandeling
""",
    INC("lisa.maas@acme-corp.example", "Lisa", "Maas"))

# ---------------------------------------------------------------- follow-ups

add("nl-43-fu-nog-niets", "Kees Verhoeven <kees.verhoeven@ziggo.example>", "Re: [DSR-3702] Ontvangstbevestiging van uw verzoek",
    """Goedemiddag,

Ik heb nog steeds niets ontvangen terwijl de termijn van een maand voorbij is. Wanneer kan ik een
reactie verwachten?

Kees Verhoeven
""",
    FU("3702", "kees.verhoeven@ziggo.example", "Kees", "Verhoeven"))

add("nl-44-fu-id", "Marieke de Vries <marieke.devries@ziggo.example>", "RE: Inzageverzoek AVG",
    """Beste,

Zoals gevraagd stuur ik hierbij een kopie van mijn rijbewijs (BSN en foto afgeschermd).

Met vriendelijke groet,
Marieke de Vries
""",
    FU("file:h1-nl-01-inzageverzoek.eml", "marieke.devries@ziggo.example", "Marieke", "de Vries"),
    headers=["In-Reply-To: <h1-nl-01-inzageverzoek@mail.example.net>",
             "References: <h1-nl-01-inzageverzoek@mail.example.net>"])

add("nl-45-fu-bedankt-maar", "Lotte Mulder <lotte.mulder@outlook.example>", "Re: [DSR-4188] Uw verzoek is afgehandeld",
    """Bedankt voor de bevestiging, maar ik kreeg vanochtend tóch weer een nieuwsbrief. Hoe kan dat?

Lotte

> Wij hebben uw gegevens verwijderd en u afgemeld voor alle commerciële berichten.
> Met vriendelijke groet, Acme Corp Privacy Team
""",
    FU("4188", "lotte.mulder@outlook.example", "Lotte", "Mulder"))
