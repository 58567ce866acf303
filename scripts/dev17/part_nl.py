from common import *  # part nl: written blind

add("nl-01-inzageverzoek-formeel",
    "Pieter van der Berg <p.vanderberg@kpnmail.example>",
    "Inzageverzoek op grond van artikel 15 AVG",
    """Geachte heer/mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de Algemene verordening
gegevensbescherming, mij een overzicht te verstrekken van alle persoonsgegevens die u van mij
verwerkt, met daarbij de doeleinden, de ontvangers, de bewaartermijnen en de herkomst van de
gegevens.

Mijn klantnummer is 20.441.778. Ik woon op de Lindenlaan 14, 3705 GK Zeist.

Ik zie uw reactie binnen de wettelijke termijn van een maand graag tegemoet.

Met vriendelijke groet,

Pieter van der Berg
""",
    R(["Access"], "p.vanderberg@kpnmail.example", "Pieter", "van der Berg"))

add("nl-02-eenregelig-reclame",
    "gekkehenkie@snelmail.example",
    "reclame",
    """graag geen reclame meer van jullie in de bus en ook niet meer bellen
""",
    R(["Opposition"], "gekkehenkie@snelmail.example"))

add("nl-03-slimme-meter-boos",
    "Gerrit Hoekstra <gerrit.hoekstra@ziggo-achtig.example>",
    "Klacht slimme meter en mijn gegevens",
    """Goedemiddag,

Ik ben het zat. Vorig jaar is bij ons zonder duidelijke uitleg een slimme meter geplaatst,
"want de oude moest eruit". Ik heb toen expliciet gezegd dat ik de meter administratief uit
wilde hebben. Nu kreeg ik vorige week een mail met "uw verbruik per uur van afgelopen week"
en een aanbieding voor een dynamisch contract. Dus jullie lezen hem gewoon uit!

Ik wil nu precies weten welke standen jullie uitlezen en hoe vaak, en ik wil alle
meterstanden en verbruiksgegevens die jullie sinds de plaatsing van mij hebben
opgeslagen toegestuurd krijgen. Dan kan ik zelf zien wat er is gebeurd.

En die monteur heeft ook nog een kras op de meterkast gemaakt, maar dat is een ander
verhaal.

G. Hoekstra
Leeuwarden
""",
    R(["Information", "Access"], "gerrit.hoekstra@ziggo-achtig.example", "Gerrit", "Hoekstra"))

add("nl-04-geboortedatum-huisnummer",
    "Fatima El Amrani <f.elamrani@webpost.example>",
    "Foute gegevens in mijn dossier",
    """Beste,

In mijn account staan twee fouten: mijn geboortedatum is 14-02-1987 (niet 1978) en mijn
huisnummer is 23-bis, niet 23. Door dat laatste komt mijn post soms bij de buren. Kunnen
jullie dit aanpassen?

Groet,
Fatima El Amrani
06-41234567
""",
    R(["Rectification"], "f.elamrani@webpost.example", "Fatima", "El Amrani"))

add("nl-05-vlaams-wissen",
    "Jan De Smet <jan.desmet@telenetmail.example>",
    "Verwijdering persoonsgegevens",
    """Goeiedag,

Ik ben sinds september geen klant meer bij jullie (verhuisd naar een appartement met
collectieve verwarming). Gelieve al mijn persoonsgegevens te wissen en mij een bevestiging
te sturen eens dat gebeurd is.

Met vriendelijke groeten,
Jan De Smet
Gent
""",
    R(["Erasure"], "jan.desmet@telenetmail.example", "Jan", "De Smet"))

add("nl-06-verbruiksdata-overzetten",
    "Sanne de Vries <sanne.devries@mailbox.example>",
    "Mijn verbruiksgegevens meenemen",
    """Hallo,

Per 1 december stap ik over naar een andere leverancier. Ik zou graag mijn verbruiksdata
(kwartierwaarden stroom en dagwaarden gas van de afgelopen twee jaar) in een bestand willen
ontvangen dat ik in mijn energie-app kan importeren, CSV of JSON is prima. Als dat bestand
binnen is, mogen jullie mijn gegevens verwijderen, behalve wat je wettelijk moet bewaren.

Groetjes,
Sanne de Vries
""",
    R(["Portability", "Erasure"], "sanne.devries@mailbox.example", "Sanne", "de Vries"))

add("nl-07-html-bezwaar-profilering",
    "Emre Yıldız <emre.yildiz@vastmail.example>",
    "Bezwaar tegen profilering en telefonische verkoop",
    html("Geachte heer, mevrouw,",
         "Ik maak bezwaar tegen het gebruik van mijn verbruiksgegevens om een klantprofiel op te "
         "stellen voor commerciële doeleinden, en tegen het benaderen van mij voor "
         "verkoopgesprekken via telefoon of aan de deur.",
         "Mijn contract wil ik gewoon houden.",
         "Met vriendelijke groet,<br>Emre Yıldız<br>Klantnummer 31.009.254"),
    R(["Opposition"], "emre.yildiz@vastmail.example", "Emre", "Yıldız"), ct=HTML)

add("nl-08-lease-afgewezen-computer",
    "Wouter Bakker <wouter.bakker@thuismail.example>",
    "Afwijzing zonnepanelen lease",
    """Beste privacyteam,

Mijn aanvraag voor zonnepanelen via jullie leaseconstructie werd binnen een minuut afgewezen
met de melding "op basis van uw gegevens kunnen wij u helaas geen aanbod doen". Er heeft
dus niemand naar gekeken. Ik wil dat een medewerker de aanvraag handmatig opnieuw
beoordeelt en dat ik mijn kant van het verhaal kan toelichten.

Wouter Bakker
""",
    R(["AutomatedDecision"], "wouter.bakker@thuismail.example", "Wouter", "Bakker"))

add("nl-09-bewindvoerder",
    "Marloes Hendriks <m.hendriks@bewindkantoor-oost.example>",
    "Dhr. H. Jansen - inzage en geen overdracht aan incassobureau",
    """Geachte heer/mevrouw,

Ondergetekende is bij beschikking van de kantonrechter Arnhem benoemd tot beschermingsbewindvoerder
van de heer Henk Jansen, klantnummer 18.337.902. De beschikking treft u als bijlage aan.

Namens de heer Jansen verzoek ik u:
1. om een afschrift van alle persoonsgegevens die u van hem verwerkt, inclusief de
   betalingsachterstanden en correspondentie;
2. om, zolang het schuldhulptraject loopt en de vordering door ons wordt gecontroleerd,
   zijn gegevens niet verder te verwerken voor incasso en niet aan een incassobureau over
   te dragen.

Met vriendelijke groet,

Marloes Hendriks
Bewindkantoor Oost B.V.
026 - 555 1234
""",
    R(["Access", "Restriction"], "m.hendriks@bewindkantoor-oost.example", "Henk", "Jansen",
      representative="Marloes Hendriks"))

add("nl-10-zoon-overleden-moeder",
    "Ruud Visser <ruud.visser@hetnet-achtig.example>",
    "Overlijden mevrouw J. Visser-de Boer",
    """Goedendag,

Mijn moeder, mevrouw Johanna Visser-de Boer, is op 28 september overleden. Ik ben executeur
van haar nalatenschap. Het energiecontract is inmiddels opgezegd en de eindafrekening is
betaald. Ik wil u verzoeken haar gegevens nu te verwijderen; er komt nog steeds post voor
haar met aanbiedingen voor een warmtepomp.

Akte van overlijden en verklaring van executele stuur ik mee.

Ruud Visser
""",
    R(["Erasure"], "ruud.visser@hetnet-achtig.example", "Johanna", "Visser-de Boer",
      representative="Ruud Visser"))

add("nl-11-hoofdletters-verwijderen",
    "K. Brouwer <kbrouwer1955@oudmail.example>",
    "VERWIJDEREN",
    """VERWIJDER AL MIJN GEGEVENS UIT UW SYSTEMEN. IK BEN GEEN KLANT EN WIL GEEN KLANT WORDEN.
UW VERKOPER STOND GISTEREN AL WEER OP DE STOEP.

K. BROUWER
""",
    R(["Erasure"], "kbrouwer1955@oudmail.example", None, "Brouwer"))

add("nl-12-herkomst-adres",
    "Annelies Mulder <annelies.mulder@postvak.example>",
    "Hoe komen jullie aan mijn gegevens?",
    """Hallo,

Ik kreeg gisteren een persoonlijk gerichte brief over "uw dak is geschikt voor
zonnepanelen" met mijn naam en zelfs het bouwjaar van mijn huis. Ik ben nooit klant geweest.
Van wie hebben jullie die gegevens gekregen, en wat doen jullie er verder mee? Ik ben gewoon
benieuwd hoe dit werkt.

Annelies Mulder
""",
    R(["Information"], "annelies.mulder@postvak.example", "Annelies", "Mulder"))

add("nl-13-collega-doorgestuurd-email-fout",
    "Tim Jacobs <tim.jacobs@acme-corp.example>",
    "FW: verkeerd e-mailadres",
    """Hoi privacy,

Zie onder. Klant zegt dat er al maanden een verkeerd e-mailadres in het systeem staat en dat
zijn facturen naar iemand anders gaan. Ik kan het niet wijzigen zonder verificatie, kunnen
jullie dit oppakken?

Tim Jacobs
Klantenservice

---------- Doorgestuurd bericht ---------
Van: Daan van Leeuwen <daan.vanleeuwen@provider.example>
Datum: za 14 nov 2026 10:03
Onderwerp: verkeerd e-mailadres
Aan: <klantenservice@acme-corp.example>

Beste, in mijn klantgegevens staat daan.vanleeuwen@provder.example (zonder i). Het juiste
adres is daan.vanleeuwen@provider.example. Wilt u dit aanpassen? Klantnummer 27.118.530.
Daan van Leeuwen
""",
    R(["Rectification"], "daan.vanleeuwen@provider.example", "Daan", "van Leeuwen"))

add("nl-14-collega-bijlage-gesprek",
    "Esther Smits <esther.smits@acme-corp.example>",
    "Doorgestuurd: opname telefoongesprek",
    "",
    R(["Access"], "lotte.verhoeven@inbox.example", "Lotte", "Verhoeven"),
    note="""Hallo,

Bijgevoegd een mail van een klant die de opname van een verkoopgesprek wil hebben. Ik weet
niet of we die mogen geven. Graag jullie advies / afhandeling.

Esther Smits | Teamleider Verkoop Inbound""",
    attached=("Lotte Verhoeven <lotte.verhoeven@inbox.example>", "opname telefoongesprek",
              """Beste Acme,

Op 2 oktober ben ik gebeld door een medewerker en volgens jullie heb ik toen een contract
voor drie jaar afgesloten. Ik herinner me dat anders. Ik wil graag de opname van dat gesprek
ontvangen en alle andere gegevens die jullie over mij hebben vastgelegd.

Lotte Verhoeven
"""))

add("nl-15-zonder-leestekens",
    "mo.bakkali@snelpost.example",
    "slimme meter",
    """hoi ik wil weten wat jullie allemaal doen met de data van mijn slimme meter en wie het
krijgt en ik wil niet dat jullie hem elk kwartier uitlezen alleen voor de rekening is goed
groetjes mo
""",
    R(["Information", "Opposition"], "mo.bakkali@snelpost.example", "Mo", "Bakkali"))

add("nl-16-wanneer-monteur",
    "Henk-Jan Postma <hj.postma@dorpsmail.example>",
    "Installatie warmtepomp",
    """Goedemorgen,

Ik heb op 3 oktober een hybride warmtepomp besteld (ordernummer WP-55021) maar heb nog steeds
geen afspraak voor de installatie. Kunt u mij laten weten wanneer de monteur komt?

Henk-Jan Postma
""",
    R(["Unknown"], "hj.postma@dorpsmail.example", "Henk-Jan", "Postma"))

add("nl-17-niet-verwijderen-wel-overzicht",
    "Ingrid Smeets <ingrid.smeets@limburgpost.example>",
    "Overzicht van mijn gegevens",
    """Beste mensen,

Ik hoef niet uit jullie systemen verwijderd te worden, ik ben een tevreden klant. Wel zou ik
één keer een volledig overzicht willen krijgen van wat er allemaal over mij is vastgelegd:
persoonsgegevens, betaalgegevens, notities van gesprekken, enzovoort.

Met vriendelijke groet,
Ingrid Smeets
Maastricht
""",
    R(["Access"], "ingrid.smeets@limburgpost.example", "Ingrid", "Smeets"),
    ct=LATIN1, encode="latin-1")

add("nl-18-toestemming-intrekken-partners",
    "Bram Kuipers <bram.kuipers@delta-mail.example>",
    "Intrekken toestemming",
    """Goedendag,

Bij het afsluiten van mijn contract heb ik blijkbaar een vinkje gezet voor \u201cdelen met
zorgvuldig geselecteerde partners\u201d. Die toestemming trek ik hierbij in. Ik wil niet dat mijn
gegevens nog naar installateurs of verzekeraars gaan en ook geen aanbiedingen van hen.

Bram Kuipers \u2013 klantnr. 40.227.615
""",
    R(["Opposition"], "bram.kuipers@delta-mail.example", "Bram", "Kuipers"),
    ct=CP1252, encode="cp1252")

add("nl-19-taak-verwerkersovereenkomst-incasso",
    "Joost Willems <joost.willems@acme-corp.example>",
    "Verwerkersovereenkomst nieuw incassobureau",
    """Hoi,

We stappen per februari over naar een nieuw incassobureau (Vermeulen Gerechtsdeurwaarders &
Incasso). Kunnen jullie de verwerkersovereenkomst beoordelen die zij hebben aangeleverd? Ze
willen zelf subverwerkers in India kunnen inschakelen, daar heb ik mijn twijfels over.

Groet,
Joost Willems
Teamlead Debiteurenbeheer
""",
    TASK("joost.willems@acme-corp.example", "Joost", "Willems"))

add("nl-20-taak-dpia-dashcams",
    "Naima Ouali <naima.ouali@acme-corp.example>",
    "DPIA dashcams in bedrijfsbusjes",
    """Beste privacy officer,

Fleet management wil dashcams met GPS installeren in alle 120 monteursbusjes (ook camera
naar binnen gericht). Ik vermoed dat hier een DPIA voor nodig is en dat de OR mee moet
praten. Kunnen we volgende week even sparren over de aanpak?

Naima Ouali
HR Business Partner Field Services
""",
    TASK("naima.ouali@acme-corp.example", "Naima", "Ouali"))

add("nl-21-taak-vragenlijst-zakelijke-klant",
    "Stefan de Graaf <stefan.degraaf@acme-corp.example>",
    "Privacy vragenlijst gemeente Amersfoort",
    """Hallo team,

De gemeente Amersfoort (aanbesteding energielevering gemeentelijke panden) heeft een
privacy- en securityvragenlijst van 64 vragen gestuurd. Deadline is 4 december. Kunnen jullie
het privacydeel invullen? Ik zet het bestand in de Teams-map van de tender.

Groet,
Stefan de Graaf
Accountmanager Zakelijk
M 06-55512345
""",
    TASK("stefan.degraaf@acme-corp.example", "Stefan", "de Graaf"))

add("nl-22-inc-excel-verkeerde-ontvanger",
    "Lisa Peeters <lisa.peeters@acme-corp.example>",
    "Per ongeluk klantbestand naar verkeerde partij gemaild",
    """Hoi,

Ik heb net een Excel met 312 warmtepompklanten (naam, adres, telefoon, type installatie)
gemaild naar installatiebedrijf Klimaat Totaal in plaats van naar Klimaat Techniek, onze
echte partner. Ik heb ze gebeld en gevraagd de mail te verwijderen, ze zeiden dat ze dat
doen maar ik heb niets op papier. Wat moet ik nu doen?

Lisa Peeters
Planning Installaties
""",
    INC("lisa.peeters@acme-corp.example", "Lisa", "Peeters"))

add("nl-23-inc-extern-app-andere-klant",
    "Koen Dijkstra <koen.dijkstra@eigenmail.example>",
    "Ik zie gegevens van een andere klant in de app",
    """Goedemiddag,

Na de update van gisteren zie ik in de app onder "mijn contracten" een tweede adres staan:
een woning in Zwolle met de naam W. Kok, inclusief het verbruik en de termijnbedragen. Ik
heb daar niets mee te maken. Dit lijkt me een datalek, dus ik meld het even.

Koen Dijkstra
""",
    INC("koen.dijkstra@eigenmail.example", "Koen", "Dijkstra"))

add("nl-24-inc-laptop-auto",
    "Ahmet Kaya <ahmet.kaya@acme-corp.example>",
    "laptop gestolen",
    """Vanmorgen is mijn werklaptop uit mijn auto gestolen (ruit ingeslagen) op een
parkeerplaats in Utrecht. Laptop is versleuteld met BitLocker denk ik, maar er stonden ook
een paar exports van klantklachten lokaal op het bureaublad. Aangifte is gedaan. Servicedesk
is ingelicht.

Ahmet Kaya
Klachtenmanagement

Verzonden vanaf mijn Android
""",
    INC("ahmet.kaya@acme-corp.example", "Ahmet", "Kaya"))

add("nl-25-herinnering-dsr",
    "Willemijn Boersma <w.boersma@noordpost.example>",
    "Re: [DSR-33902] Ontvangstbevestiging van uw verzoek",
    """Geachte heer/mevrouw,

Op 6 oktober ontving ik onderstaande bevestiging. Inmiddels zijn we ruim een maand verder
en heb ik nog niets ontvangen. Wanneer kan ik een reactie verwachten?

W. Boersma

> Uw verzoek is geregistreerd onder nummer DSR-33902. U ontvangt binnen een maand antwoord.
> Team Privacy Acme Corp
""",
    FU("33902", "w.boersma@noordpost.example", "Willemijn", "Boersma"))

add("nl-26-reactie-bestand-al-klaar",
    "Sanne de Vries <sanne.devries@mailbox.example>",
    "Re: Mijn verbruiksgegevens meenemen",
    """Hoi, nog even een vraagje over mijn verzoek hieronder: is het bestand al klaar? Mijn
nieuwe leverancier begint op 1 december. Alvast bedankt!

Sanne
""",
    FU(ref("nl-06-verbruiksdata-overzetten"), "sanne.devries@mailbox.example", "Sanne", "de Vries"),
    headers=irt("nl-06-verbruiksdata-overzetten"))

add("nl-27-spam-seo",
    "Mark | Groei Online <mark@groei-online-seo.example>",
    "Uw website staat niet op pagina 1 van Google",
    """Hallo,

Ik heb uw website acme-corp.example bekeken en zie 23 fouten die uw ranking kosten. Wij
garanderen een top 3 positie binnen 90 dagen, anders geld terug. Zal ik u een gratis
rapport sturen?

Met vriendelijke groet,
Mark
""",
    IGN("spam", "mark@groei-online-seo.example"))

add("nl-28-spam-afpersing-gegevens",
    "Security Team <alert@dataleak-notice.example>",
    "Uw persoonsgegevens zijn gelekt - laatste waarschuwing",
    """Wij hebben toegang tot uw computer en al uw persoonsgegevens. Als u niet binnen 48 uur
0,05 BTC overmaakt naar het onderstaande adres, publiceren wij alles. Wilt u dat wij uw
gegevens verwijderen? Betaal dan nu.

BTC: bc1qexampleexampleexample
""",
    IGN("spam", "alert@dataleak-notice.example"), headers=SPAM_HDR)

add("nl-29-bulk-brancheblad",
    "Energie Nederland Nieuws <nieuws@energiebranche.example>",
    "Nieuwsbrief november: energiedelen, slimme meters en de AVG",
    """ENERGIEBRANCHE NIEUWSBRIEF - NOVEMBER

* Nieuwe regels voor energiedelen per 2027
* Handreiking: bewaartermijnen slimme-meterdata
* Terugblik congres Warmtetransitie

U ontvangt deze nieuwsbrief omdat u lid bent. Afmelden? Klik hier.
""",
    IGN("bulk", "nieuws@energiebranche.example"),
    headers=["List-Id: <nieuwsbrief.energiebranche.example>",
             "List-Unsubscribe: <mailto:afmelden@energiebranche.example>",
             "Precedence: bulk"])

add("nl-30-auto-ticket-bevestiging",
    "Meldingen Gemeente <noreply@meldingen.gemeente-zeist.example>",
    "Uw melding is ontvangen (zaaknummer Z-2026-118344)",
    """Geachte heer/mevrouw,

Wij hebben uw bericht ontvangen en geregistreerd onder zaaknummer Z-2026-118344. U ontvangt
binnen 10 werkdagen een reactie. Dit is een automatisch gegenereerd bericht, u kunt hier
niet op antwoorden.

Gemeente Zeist
""",
    IGN("auto_reply", "noreply@meldingen.gemeente-zeist.example"),
    headers=["Auto-Submitted: auto-generated"])
