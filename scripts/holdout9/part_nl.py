from common import *  # part nl: written blind

# ---------------------------------------------------------------- requests

add("nl-01-kort-wat-opgeslagen",
    "Sanne de Vries <sanne.devries@ziggo.example>",
    "vraagje",
    """Hoi, wat hebben jullie eigenlijk allemaal over mij opgeslagen? Zou ik graag eens willen zien.

Sanne
""",
    R(["Access"], "sanne.devries@ziggo.example", "Sanne", "de Vries"))

add("nl-02-acount-weg-geen-leestekens",
    "kees1974@hetnet.example",
    "account",
    """goedemiddag

ik wil me acount bij jullie opheffen ik gebruik het al jaren niet meer en wil ook dat al mijn gegevens er af gaan dus ook die foto's die er nog op staan

gr
""",
    R(["Erasure"], "kees1974@hetnet.example"))

add("nl-03-kortingsmails-ophouden",
    "Ruud Hendriks <r.hendriks@planet.example>",
    "Mailtjes",
    """Kunnen jullie ophouden met die mailtjes over kortingen op fotokalenders? Ik heb daar nooit om gevraagd. Dank.

Ruud Hendriks
""",
    R(["Opposition"], "r.hendriks@planet.example", "Ruud", "Hendriks"))

add("nl-04-verhuisd-nieuw-adres",
    "Fatima Ouali <fatima.ouali@kpnmail.example>",
    "Verhuisd - nieuw adres",
    """Goedemorgen,

Ik ben twee maanden geleden verhuisd, maar in mijn profiel staat nog steeds mijn oude adres (Kanaalstraat 112, Utrecht). Ik kan het in de app niet zelf wijzigen omdat het veld grijs is sinds mijn ID-check. Willen jullie het bijwerken naar:

Van Speijkstraat 8-2
1057 GS Amsterdam

Dan gaat mijn volgende fotoboek tenminste naar het goede adres.

Alvast bedankt!
Fatima Ouali
""",
    R(["Rectification"], "fatima.ouali@kpnmail.example", "Fatima", "Ouali"))

add("nl-05-formeel-art15-art20",
    "Pieter-Jan van den Heuvel <pj.vandenheuvel@xs4all.example>",
    "Verzoek op grond van artikel 15 en 20 AVG",
    """Geachte heer, mevrouw,

Hierbij doe ik, als gebruiker van uw betaal- en crowdfundingplatform, een beroep op artikel 15 van de Algemene verordening gegevensbescherming (AVG). Ik verzoek u mij mede te delen of u persoonsgegevens van mij verwerkt en, zo ja, mij daarvan een afschrift te verstrekken, met vermelding van de verwerkingsdoeleinden, de ontvangers en de bewaartermijnen.

Daarnaast verzoek ik u, op grond van artikel 20 AVG, de gegevens die ik zelf aan u heb verstrekt, in het bijzonder mijn transactie- en donatiegeschiedenis, aan mij te leveren in een gestructureerde, gangbare en machineleesbare vorm.

Ik zie uw reactie graag binnen de wettelijke termijn van een maand tegemoet.

Hoogachtend,

mr. drs. P.J. van den Heuvel
Geboortedatum: 03-04-1969
Gebruikersnaam: pjvdh
""",
    R(["Access", "Portability"], "pj.vandenheuvel@xs4all.example", "Pieter-Jan", "van den Heuvel"))

add("nl-06-id-check-computer-zegt-nee",
    "Dewi Kartosen <dewi.kartosen@hotmail.example>",
    "identiteitscontrole afgekeurd??",
    """Hallo,

Ik probeer al een week mijn wallet te activeren. Ik heb drie keer een foto van mijn paspoort en een selfie geupload en elke keer krijg ik binnen 10 seconden de melding 'verificatie mislukt'. Er kijkt dus duidelijk niemand naar, het is gewoon een computer die nee zegt. Mijn paspoort is gewoon geldig tot 2031.

Ik wil dat een echte medewerker mijn documenten bekijkt en dat ik te horen krijg waarom ik ben afgewezen. Nu kan ik het geld voor de inzamelingsactie van onze voetbalclub niet ontvangen.

Groetjes,
Dewi Kartosen
""",
    R(["AutomatedDecision"], "dewi.kartosen@hotmail.example", "Dewi", "Kartosen"))

add("nl-07-waarom-rijksregisternummer",
    "Bram Willems <bram.willems@telenet.example>",
    "Waarom mijn rijksregisternummer?",
    """Dag,

Bij het aanmaken van een account om te doneren aan een project vraagt jullie app mijn rijksregisternummer, een kopie van mijn identiteitskaart en mijn rekeningnummer. Voor een gift van 25 euro lijkt mij dat nogal veel, zeker voor iemand die in België woont en het project enkel via een vriend kent.

Waarvoor gebruiken jullie dat precies, wie krijgt het te zien en hoe lang blijft het bewaard? Ik wil eerst weten hoe het zit voor ik verder ga.

Met vriendelijke groeten,
Bram Willems
Gent
""",
    R(["Information"], "bram.willems@telenet.example", "Bram", "Willems"),
    ct=LATIN1, encode="latin-1-qp")

add("nl-08-boos-bruiloftsboek-lang",
    "Ingrid Postma <ingrid.postma@zonnet.example>",
    "Klacht!!! fotoboek bruiloft",
    """Geachte Acme,

Ik weet niet eens waar ik moet beginnen. Op 3 oktober heb ik bij jullie het fotoboek van onze bruiloft besteld, 60 pagina's, linnen kaft, samen met mijn man drie avonden aan gewerkt. Levertijd volgens de site: 5 werkdagen. Na twee weken nog niks. De chat gaf alleen maar standaardantwoorden ('uw bestelling is in productie'), en toen ik belde werd ik na 25 minuten wachten gewoon afgebroken.

Uiteindelijk is het boek bij de buren afgeleverd, drie huizen verderop, terwijl wij gewoon thuis waren. En dan het boek zelf: de kleuren zijn veel te donker, mijn jurk lijkt wel grijs, en pagina 14 tot en met 20 zitten in de verkeerde volgorde, dus de ceremonie staat na het diner. Er zit een kras over de foto van mijn overleden oma. Dat is onvervangbaar.

Ik heb het niet meer met jullie. Ik wil ook dat jullie alle foto's van onze bruiloft en mijn hele account van jullie servers afhalen, ik vertrouw jullie er gewoon niet meer mee.

Verder wil ik het volledige bedrag van 89,95 euro terug, plus de verzendkosten, en ik verwacht dat iemand mij belt in plaats van weer een automatisch mailtje. Als ik binnen een week niets hoor, zet ik het op alle reviewsites.

Ingrid Postma
Leeuwarden
""",
    R(["Erasure"], "ingrid.postma@zonnet.example", "Ingrid", "Postma"))

add("nl-09-html-overstappen-export",
    "Thijs Koster <thijs.koster@gmail.example>",
    "Overstappen - export wallet",
    html("Beste Acme,",
         "Ik ga binnenkort over naar een andere betaalapp. Kunnen jullie mijn volledige transactieoverzicht van de afgelopen jaren (betalingen, betaalverzoeken, donaties) aanleveren in een bestand dat ik daar kan importeren, bijvoorbeeld CSV of JSON?",
         "Zodra ik dat binnen heb mag mijn account worden opgeheven en mogen al mijn gegevens weg.",
         "Groet,<br>Thijs Koster<br>06-41239876"),
    R(["Portability", "Erasure"], "thijs.koster@gmail.example", "Thijs", "Koster"),
    ct=HTML)

add("nl-10-latin1-bevriezen-geschil",
    "Geert Verbeke <geert.verbeke@skynet.example>",
    "Betwisting - gegevens niet gebruiken aub",
    """Goedendag,

Ik heb een geschil met jullie over de terugbetaling van een project dat nooit is doorgegaan (dossier 2026-11-0042). Volgens jullie systeem zou ik als projecteigenaar 340 euro aan donateurs moeten terugstorten, maar in jullie gegevens staat een verkeerde einddatum van de campagne en een bedrag dat niet klopt. Ik betwist dat.

Zolang dat niet uitgeklaard is, wil ik niet dat jullie mijn gegevens voor iets anders gebruiken dan voor die betwisting: niet doorgeven aan een incassobureau, niet gebruiken voor een kredietscore, niets. Gewoon vastzetten tot het onderzoek rond is en ik geïnformeerd ben.

Met vriendelijke groet,
Geert Verbeke
Brugge, België
""",
    R(["Restriction"], "geert.verbeke@skynet.example", "Geert", "Verbeke"),
    ct=LATIN1, encode="latin-1")

add("nl-11-moeder-account-dochter",
    "Marieke Bakker <marieke.bakker@ziggo.example>",
    "Account van mijn dochter (15) verwijderen",
    """Beste,

Mijn dochter Noor Bakker (15 jaar) heeft zonder dat wij het wisten een account bij jullie aangemaakt en daarmee geld ingezameld voor een schoolreis. Er staat nu een projectpagina met haar foto en volledige naam openbaar online.

Als ouder met het gezag verzoek ik jullie het account en alle gegevens van Noor te verwijderen. Zij heeft zich aangemeld met noortje2011@gmail.example. Een kopie van mijn ID en haar geboorteakte kan ik sturen als dat nodig is.

Met vriendelijke groet,
Marieke Bakker
06-28817734
""",
    R(["Erasure"], "marieke.bakker@ziggo.example", "Noor", "Bakker", representative="Marieke Bakker"))

add("nl-12-executeur-vader-overleden",
    "Jolanda Smit <jolanda.smit@kpnplanet.example>",
    "Overlijden vader - account H. Smit",
    """Geachte heer/mevrouw,

Op 2 oktober is mijn vader, Hendrik (Henk) Smit, overleden. Ik ben in zijn testament aangewezen als executeur. Mijn vader gebruikte jullie app om geld over te maken naar de kleinkinderen en er staat volgens mij nog een saldo op zijn wallet.

Om de nalatenschap af te wikkelen zou ik graag een overzicht ontvangen van alles wat jullie over hem hebben vastgelegd: gegevens, gekoppelde rekeningnummers en transacties. Daarna wil ik dat zijn account wordt gesloten en dat zijn gegevens worden verwijderd.

Een kopie van de akte van overlijden en de verklaring van executele stuur ik mee.

Met vriendelijke groet,
Jolanda Smit
""",
    R(["Access", "Erasure"], "jolanda.smit@kpnplanet.example", "Hendrik", "Smit", representative="Jolanda Smit"))

add("nl-13-collega-doorgestuurd-bellen",
    "Lars de Boer <lars.deboer@acme-corp.example>",
    "Fwd: bellen",
    """Hoi privacyteam,

Deze kwam gisteravond binnen bij klantenservice, volgens mij is dit voor jullie. Kunnen jullie het oppakken?

Groet,
Lars de Boer
Customer Care | Acme

---------- Doorgestuurd bericht ---------
Van: Anouk Peeters <anouk.peeters@telenet.example>
Datum: zo 15 nov. 2026 om 19:42
Onderwerp: bellen
Aan: <support@acme-corp.example>

Goeienavond, ik word nu al voor de derde keer gebeld door iemand van jullie om een premium fotoboekabonnement te nemen. Ik wil niet meer gebeld worden, haal mijn nummer van jullie bellijst aub.

Anouk Peeters
""",
    R(["Opposition"], "anouk.peeters@telenet.example", "Anouk", "Peeters"))

add("nl-14-bijlage-klant-wil-gegevens",
    "Eva Lambrechts <eva.lambrechts@acme-corp.example>",
    "FW: Inzage gegevens",
    "",
    R(["Access"], "p.mendes@outlook.example", "Priscilla", "Mendes"),
    note="""Ter info: klant vraagt om haar gegevens, zie bijlage. Ik heb haar nog niets geantwoord.

Eva
Klantcontact
""",
    attached=("Priscilla Mendes <p.mendes@outlook.example>", "Inzage gegevens",
              """Hallo,

Ik heb een tijd terug een fotoboek en een canvas bij jullie besteld en ik heb een paar keer gedoneerd via de app. Ik wil graag weten wat er allemaal over mij bewaard wordt en daar een kopie van krijgen.

Mvg,
Priscilla Mendes
"""))

add("nl-15-hoofdletters-geen-reklame",
    "Henk Meijer <henkmeijer@home.example>",
    "STOP MET DIE REKLAME",
    """IK HEB AL 3X GEVRAAGD OM GEEN REKLAME MEER TE STUREN. IK WIL NIKS MEER VAN JULLIE ONTVANGEN GEEN MAIL GEEN SMS NIKS!!! HAAL MIJ UIT AL JULLIE LIJSTEN

H MEIJER
""",
    R(["Opposition"], "henkmeijer@home.example", "Henk", "Meijer"))

add("nl-16-gezinsadres-replyto-naam",
    "Familie Jansen <fam.jansen@kpnmail.example>",
    "Naam en geboortedatum klopt niet",
    """Hallo,

In mijn account staat mijn naam als 'Lote Jansen' en mijn geboortedatum als 12-07-2004, dat moet 'Lotte' zijn en 21-07-2004. Daardoor lukt de ID-check niet, want het komt niet overeen met mijn ID-kaart. Willen jullie dit aanpassen?

Antwoord graag naar mijn eigen mailadres, dit is het gezinsadres.

Groetjes Lotte
""",
    R(["Rectification"], "lotte.jansen@gmail.example", "Lotte", "Jansen"),
    headers=["Reply-To: Lotte Jansen <lotte.jansen@gmail.example>"])

add("nl-17-vlaams-welke-gegevens-doorspelen",
    "Wouter Claes <wouter.claes@proximus.example>",
    "persoonsgegevens",
    """Goeiedag,

Graag had ik geweten welke persoonsgegevens jullie zoal over mij bijhouden sinds ik in 2022 een project op jullie platform heb opgezet. Kunnen jullie mij die bezorgen?

Ik zou ook willen weten aan welke bedrijven jullie mijn gegevens doorspelen, want sinds kort krijg ik reclame van een drukkerij waar ik nog nooit van gehoord heb.

Alvast bedankt en nog een fijne dag,
Wouter Claes
Kortrijk
""",
    R(["Access", "Information"], "wouter.claes@proximus.example", "Wouter", "Claes"))

add("nl-18-niet-opzeggen-wel-geen-profiel",
    "Mehmet Yıldız <mehmet.yildiz@gmail.example>",
    "Geen profilering",
    """Beste,

Voor de duidelijkheid: ik wil mijn account NIET opzeggen of laten verwijderen, ik gebruik de app dagelijks om met vrienden af te rekenen. Maar ik krijg steeds 'aanbevolen projecten' en advertenties op basis van wat ik betaal en waar ik aan doneer. Daar heb ik bezwaar tegen. Zet dat profileren voor mij uit alsjeblieft.

Groet,
Mehmet Yıldız
""",
    R(["Opposition"], "mehmet.yildiz@gmail.example", "Mehmet", "Yıldız"))

add("nl-19-waar-blijft-kalender",
    "Joke van Leeuwen <jokevanleeuwen@hetnet.example>",
    "Bestelling 7734120",
    """Goedemiddag, op 2 november heb ik een fotokalender besteld (bestelnr. 7734120) maar ik heb nog niks ontvangen en de track & trace doet het niet. Kunnen jullie kijken waar hij blijft? Het is een cadeau voor de verjaardag van mijn moeder.

Joke van Leeuwen
""",
    R(["Unknown"], "jokevanleeuwen@hetnet.example", "Joke", "van Leeuwen"))

add("nl-20-penningmeester-jaaroverzicht",
    "penningmeester@dierenopvang-zuid.example",
    "Factuur / jaaroverzicht donaties",
    """Geachte mevrouw/heer,

Voor onze boekhouding hebben wij een jaaroverzicht nodig van alle donaties die via uw platform op ons project 'Nieuw verblijf voor de zwerfkatten' zijn binnengekomen, plus de facturen van uw transactiekosten over 2026. Kunt u die naar dit adres sturen?

Met vriendelijke groet,
Paula de Graaf
Penningmeester Stichting Dierenopvang Zuid
""",
    R(["Unknown"], "penningmeester@dierenopvang-zuid.example", "Paula", "de Graaf"))

add("nl-21-advocaat-inzage-clint",
    "Anne Visser <a.visser@vissernotenboom-advocaten.example>",
    "Inzageverzoek namens cliënt Y. El Amrani",
    """Geachte heer/mevrouw,

Ik sta de heer Youssef El Amrani, wonende te Rotterdam, bij. Een door cliënt ondertekende machtiging treft u als bijlage aan.

Cliënt is projecteigenaar op uw platform. Zijn account is op 28 september jl. zonder opgaaf van redenen geblokkeerd, waarna de op zijn project ingezamelde gelden (€ 4.180) niet zijn uitbetaald. Namens cliënt verzoek ik u op grond van artikel 15 AVG om een volledig afschrift van alle persoonsgegevens die u van cliënt verwerkt, met inbegrip van interne notities, signaleringen en correspondentie met derden die betrekking hebben op de blokkade.

Ik verzoek u uw reactie uitsluitend aan ondergetekende te richten.

Hoogachtend,

mr. A. Visser
Advocaat
Visser Notenboom Advocaten
Coolsingel 40, 3011 AD Rotterdam
T 010-4128800

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de afzender direct te informeren en het bericht te verwijderen.
""",
    R(["Access"], "a.visser@vissernotenboom-advocaten.example", "Youssef", "El Amrani", representative="Anne Visser"))

add("nl-22-projectpagina-offline",
    "Sophie van Dam <sophie@vandam-fotografie.example>",
    "Projectpagina offline halen",
    """Hallo,

Mijn crowdfundingcampagne voor mijn fotoboek 'Noordzeekust' is sinds juni afgelopen en alle beloningen zijn verstuurd. Toch staat de pagina met mijn foto, mijn woonplaats en het verhaal over mijn ziekte nog steeds online, en hij komt bovenaan in Google. Dat was nooit de bedoeling.

Ik wil graag dat jullie de pagina weghalen en ook mijn persoonlijke gegevens wissen die jullie niet meer nodig hebben. Ik snap dat jullie de financiële gegevens een tijd moeten bewaren voor de belasting, dat is prima.

Groet,
Sophie van Dam
Fotografie & Vormgeving | www.vandam-fotografie.example
""",
    R(["Erasure"], "sophie@vandam-fotografie.example", "Sophie", "van Dam"))

add("nl-23-wat-ziet-projecteigenaar",
    "Erik Bos <erikbos@upcmail.example>",
    "Wat ziet de projecteigenaar van mij?",
    """Hoi,

Ik wil doneren aan een project van iemand uit mijn straat, maar die ken ik niet zo goed. Krijgt de projecteigenaar mijn naam, mail en adres te zien als ik doneer? En wat doen jullie zelf met die gegevens, gaan ze naar partners? Ik kon het niet echt terugvinden in de privacyverklaring.

Erik
""",
    R(["Information"], "erikbos@upcmail.example", "Erik", "Bos"))

add("nl-24-paspoortkopie-hoelang-en-wissen",
    "Lieke Hermans <lieke.hermans@kpnmail.example>",
    "kopie paspoort",
    """Goedenavond,

Vorig jaar moest ik een kopie van mijn paspoort uploaden om de wallet te kunnen gebruiken. Hoe lang bewaren jullie die kopie eigenlijk, en wie kan erbij?

Ik gebruik de wallet inmiddels niet meer (alleen de fotoservice nog), dus ik zou graag zien dat die paspoortkopie en mijn BSN gewist worden.

Vriendelijke groet,
Lieke Hermans
""",
    R(["Information", "Erasure"], "lieke.hermans@kpnmail.example", "Lieke", "Hermans"))

add("nl-25-fraudeonderzoek-foute-gegevens",
    "Rachid Bouzid <r.bouzid@ziggo.example>",
    "Account bevroren ivm fraudeonderzoek - gegevens kloppen niet",
    """Geachte Acme,

Sinds vorige week is mijn wallet geblokkeerd 'in verband met een fraudeonderzoek'. Bij navraag bleek dat in jullie systeem een woonadres in Antwerpen staat en een ander geboortejaar (1979 in plaats van 1997). Dat ben ik niet, daar is iets door elkaar gehaald.

Ik verzoek jullie mijn gegevens te corrigeren naar wat op mijn ID-kaart staat (meegestuurd). En zolang jullie uitzoeken wat er is misgegaan, wil ik niet dat die foute gegevens nog gebruikt worden of doorgestuurd naar banken of andere instanties.

Met vriendelijke groet,
Rachid Bouzid
Tilburg
""",
    R(["Rectification", "Restriction"], "r.bouzid@ziggo.example", "Rachid", "Bouzid"))

add("nl-26-14000-fotos-meenemen",
    "Femke Dijkstra <femke.dijkstra@fastmail.example>",
    "Al mijn foto's exporteren",
    """Hallo!

Ik heb sinds 2017 zo'n 14.000 foto's bij jullie staan in albums, plus 9 fotoboekontwerpen. Ik ga alles naar een andere dienst verhuizen. Kunnen jullie me een export geven van alle foto's in de originele resolutie, met de albumindeling en de datums erbij (bv. een zip met een JSON- of CSV-bestand)? Per album downloaden via de site is echt niet te doen.

Dank je wel,
Femke Dijkstra

Verzonden vanaf mijn iPad
""",
    R(["Portability"], "femke.dijkstra@fastmail.example", "Femke", "Dijkstra"))

add("nl-27-bezwaar-art21-disclaimer",
    "Cornelis Vermeulen <c.vermeulen@vermeulen-consultancy.example>",
    "Bezwaar ex artikel 21 AVG",
    """Geachte functionaris gegevensbescherming,

Hierbij maak ik bezwaar, op grond van artikel 21, tweede lid, AVG, tegen iedere verwerking van mijn persoonsgegevens ten behoeve van direct marketing, waaronder begrepen het opstellen van een klantprofiel op basis van mijn bestel- en betaalgedrag. Ik verzoek u deze verwerking per direct te staken en mij dit schriftelijk te bevestigen.

Mijn klantnummer is 20-448193.

Met vriendelijke groet,

drs. C.J. (Cornelis) Vermeulen
Directeur | Vermeulen Consultancy B.V.
M +31 6 5310 2277

DISCLAIMER: De informatie verzonden met dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Vermeulen Consultancy B.V. aanvaardt geen aansprakelijkheid voor schade voortvloeiend uit het gebruik van elektronische communicatie.
""",
    R(["Opposition"], "c.vermeulen@vermeulen-consultancy.example", "Cornelis", "Vermeulen"))

add("nl-28-gezichtsherkenning-uit-en-weg",
    "Naomi Groen <naomi.groen@live.example>",
    "gezichtsherkenning uitzetten",
    """Hoi,

Bij het maken van een fotoboek zag ik dat jullie app automatisch gezichten herkent en 'personen' groepeert, ook van mijn kinderen. Daar heb ik nooit bewust voor gekozen, en als ik het ergens heb aangevinkt dan trek ik dat bij deze in.

Ook wil ik dat de gezichtsgegevens die jullie al van mij en de kinderen hebben gemaakt worden verwijderd. De foto's zelf mogen blijven staan.

Naomi Groen
""",
    R(["Opposition", "Erasure"], "naomi.groen@live.example", "Naomi", "Groen"))

add("nl-29-nieuw-nummer-iphone",
    "Tom Verhoeven <tomverhoeven88@gmail.example>",
    "nieuw nummer",
    """hoi kunnen jullie mn telefoonnummer aanpassen in mijn account? heb een nieuw nummer 06 19 44 72 05. oude werkt niet meer dus ik krijg de sms codes niet binnen en kan niet inloggen

Verstuurd vanaf mijn iPhone
""",
    R(["Rectification"], "tomverhoeven88@gmail.example", "Tom", "Verhoeven"))

add("nl-30-steenkolenengels-dump",
    "Jasper Mulder <jasper.mulder@protonmail.example>",
    "data request / inzageverzoek",
    """Hi team,

Ik wil graag een subject access request indienen. Basically wil ik alles zien wat jullie on file hebben over mij: account info, KYC documents, transaction logs, device info, whatever. Please send it as a download link, ik heb geen zin in 40 losse pdf's.

Thanks!
Jasper
""",
    R(["Access"], "jasper.mulder@protonmail.example", "Jasper", "Mulder"))

add("nl-31-bewindvoerder-mevrouw-kok",
    "Gerda Mulder <g.mulder@mulderbewind.example>",
    "Bewind mw. W. Kok - opvragen gegevens",
    """Geachte heer/mevrouw,

Bij beschikking van de kantonrechter te Zwolle ben ik benoemd tot beschermingsbewindvoerder over de goederen van mevrouw Wilhelmina Kok (geb. 14-02-1948). Uit haar bankafschriften blijkt dat er het afgelopen jaar via uw app regelmatig bedragen zijn overgemaakt naar diverse 'projecten'.

Ten behoeve van het bewind verzoek ik u mij alle gegevens te verstrekken die u van mevrouw Kok heeft vastgelegd, waaronder haar transacties en de gekoppelde rekeningen. De beschikking is bijgevoegd.

Met vriendelijke groet,
G. Mulder
Mulder Bewindvoering
Postbus 1120, 8001 BC Zwolle
""",
    R(["Access"], "g.mulder@mulderbewind.example", "Wilhelmina", "Kok", representative="Gerda Mulder"))

add("nl-32-limiet-verlaagd-algoritme",
    "Iris Kuipers <iris.kuipers@xs4all.example>",
    "Limiet verlaagd door jullie algoritme?",
    """Beste mensen,

Sinds gisteren kan ik maar 150 euro per maand overmaken in plaats van 2.500. In de app staat alleen 'je limiet is aangepast op basis van een automatische risicobeoordeling'. Ik ben penningmeester van een kleine turnvereniging en betaal daar alle trainers mee, dus dit is een probleem.

Ik ga niet akkoord met een beslissing die een computer over mij heeft genomen. Ik wil dat een medewerker ernaar kijkt, dat ik mijn kant van het verhaal kan doen, en ik wil weten waarop die beoordeling gebaseerd is.

Iris Kuipers
""",
    R(["AutomatedDecision"], "iris.kuipers@xs4all.example", "Iris", "Kuipers"))

add("nl-33-cp1252-oude-ontwerpen-wissen",
    "Marloes Timmermans <marloes.timmermans@telfort.example>",
    "Oude projecten definitief wissen",
    """Goedemorgen,

Ik heb in de loop der jaren een stuk of twaalf fotoboeken bij jullie gemaakt. Die ontwerpen – inclusief alle geüploade foto’s – staan nog steeds in mijn account. Ik wil dat die “oude projecten” definitief weggegooid worden, ook uit jullie back-ups. Mijn account zelf wil ik voorlopig houden.

Kunnen jullie bevestigen wanneer dat gebeurd is?

Met vriendelijke groet,
Marloes Timmermans
""",
    R(["Erasure"], "marloes.timmermans@telfort.example", "Marloes", "Timmermans"),
    ct=CP1252, encode="cp1252")

# ---------------------------------------------------------------- tasks

add("nl-40-taak-verwerkersovereenkomst-idcheck",
    "Bas van Rijn <bas.vanrijn@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe ID-verificatiepartner",
    """Hoi privacy,

We gaan in Q1 over op een nieuwe partij voor de identiteitscontroles (IDcheckr, zit in Litouwen, met een subverwerker in de VS voor de face-match). Legal heeft het hoofdcontract al gezien, maar de verwerkersovereenkomst en de bijlage met beveiligingsmaatregelen moeten nog door jullie beoordeeld worden. Kunnen jullie daar voor 4 december naar kijken? Stukken staan in de Teams-map 'Vendor - IDcheckr'.

Dank!
Bas van Rijn
Product Owner Onboarding
""",
    TASK("bas.vanrijn@acme-corp.example", "Bas", "van Rijn"))

add("nl-41-taak-register-slim-fotoboek",
    "Yvonne Brouwer <yvonne.brouwer@acme-corp.example>",
    "Verwerkingsregister bijwerken - AI fotoboek-layout",
    """Hallo team,

Vanaf volgende maand gaat de functie 'Slim fotoboek' live, waarbij een AI-model de foto's selecteert en de opmaak maakt. Ik neem aan dat dit in het verwerkingsregister moet. Willen jullie de verwerking toevoegen? Hieronder de info die jullie normaal vragen:

- doel: automatisch opmaken van fotoboeken
- gegevens: foto's, metadata (datum, locatie), albumnamen
- leverancier: eigen model, hosting in Frankfurt
- bewaartermijn: zolang het project bestaat

Groet,
Yvonne Brouwer
Teamlead Print & Fotoboek
""",
    TASK("yvonne.brouwer@acme-corp.example", "Yvonne", "Brouwer"))

add("nl-42-taak-dpia-transactiemonitoring",
    "Daan Smeets <daan.smeets@acme-corp.example>",
    "DPIA nodig voor transactiemonitoring?",
    """Hoi,

Compliance wil de transactiemonitoring uitbreiden met een scoringsmodel dat verdachte donaties automatisch tegenhoudt. Volgens mij valt dat onder de DPIA-plicht (profilering, grote schaal). Kunnen jullie een DPIA opstarten, of ons vertellen welk template we moeten invullen? Kick-off kan ergens in week 50.

Daan Smeets
Risk & Compliance
""",
    TASK("daan.smeets@acme-corp.example", "Daan", "Smeets"))

add("nl-43-taak-training-antwerpen",
    "Charlotte Wuyts <charlotte.wuyts@acme-corp.example>",
    "AVG-training nieuwe klantcontactmedewerkers",
    """Dag collega's,

In januari beginnen er 12 nieuwe mensen bij klantcontact op ons kantoor in Antwerpen. Zouden jullie een korte AVG-sessie kunnen geven (1 a 1,5 uur), met de nadruk op hoe ze inzageverzoeken herkennen en wat ze wel en niet mogen zeggen aan de telefoon? Laat maar weten welke data jullie passen.

Groetjes,
Charlotte
--
Charlotte Wuyts
HR Business Partner | Acme Belgium
""",
    TASK("charlotte.wuyts@acme-corp.example", "Charlotte", "Wuyts"))

add("nl-44-taak-vragenlijst-partnerbank",
    "Martijn Prins <martijn.prins@acme-corp.example>",
    "security & privacy vragenlijst partnerbank - deadline vrijdag",
    """Hi,

De bank waarmee we de uitbetalingen aan projecteigenaren doen stuurt ons hun jaarlijkse leveranciersvragenlijst (87 vragen, Excel in de bijlage). Het deel over gegevensbescherming (tabblad 4: bewaartermijnen, datalekken, subverwerkers) moet door jullie worden ingevuld. Ze willen hem vrijdag terug. Lukt dat?

Martijn Prins
Partnerships
""",
    TASK("martijn.prins@acme-corp.example", "Martijn", "Prins"))

# ---------------------------------------------------------------- incidents

add("nl-50-inc-laptop-uit-auto",
    "Jeroen Huisman <jeroen.huisman@acme-corp.example>",
    "Laptop gestolen uit auto - URGENT",
    """Hoi,

Gisteravond is in Amersfoort mijn auto opengebroken en mijn werklaptop is gestolen. Volgens IT is de schijf versleuteld, maar ik had vrijdag een export van de donateurs van de kerstcampagne (namen, e-mailadressen, bedragen, ongeveer 3.000 regels) op het bureaublad gezet om in Excel te bekijken. Aangifte is gedaan en IT heeft mijn account geblokkeerd.

Wat moet ik nog meer doen?

Jeroen Huisman
Marketing Analist
06-22318840
""",
    INC("jeroen.huisman@acme-corp.example", "Jeroen", "Huisman"))

add("nl-51-inc-fotoboek-van-vreemden",
    "Annemiek Hoekstra <annemiek.hoekstra@home.example>",
    "Verkeerd fotoboek ontvangen met foto's van andere mensen",
    """Goedemiddag,

Vandaag kreeg ik mijn pakketje, maar het fotoboek dat erin zit is niet van mij. Het staat vol met foto's van een onbekend gezin, met kinderen in zwemkleding en een pagina met hun trouwkaart en adres erop. Op de pakbon staat wel mijn naam. Ik vind dit heel naar voor die mensen.

Wat moet ik ermee doen? Ik stuur het graag terug, en ik hoop maar dat mijn eigen boek niet bij iemand anders is beland.

Annemiek Hoekstra
""",
    INC("annemiek.hoekstra@home.example", "Annemiek", "Hoekstra"))

add("nl-52-inc-link-geklikt",
    "Sven Jacobs <sven.jacobs@acme-corp.example>",
    "Ik heb op een link geklikt..",
    """Hoi, beetje gênant maar ik heb vanochtend op een link geklikt in een mail 'Uw DocuSign-document wacht op u' en daarna mijn Microsoft-wachtwoord ingevuld. Pas daarna zag ik dat het adres niet klopte. Wachtwoord heb ik meteen gewijzigd. Ik heb wel toegang tot het supportsysteem met klantgegevens en KYC-documenten. Moet ik nog iets melden?

Sven
Support Tier 2
""",
    INC("sven.jacobs@acme-corp.example", "Sven", "Jacobs"))

add("nl-53-inc-transacties-van-ander-html",
    "Kevin Dekker <kevin.dekker@gmail.example>",
    "ik zie iemand anders zijn transacties in de app!!",
    html("Hallo,",
         "Na de update van vanochtend opende ik de app en ik zag ineens een heel ander saldo en een lijst betalingen van een zekere 'M. Verhagen', met namen en omschrijvingen erbij. Na opnieuw inloggen was het weer mijn eigen account. Ik heb er een screenshot van.",
         "Dit lijkt me niet de bedoeling dus ik meld het even. Betekent dit ook dat iemand anders mijn gegevens kan zien?",
         "Kevin Dekker"),
    INC("kevin.dekker@gmail.example", "Kevin", "Dekker"),
    ct=HTML)

add("nl-54-inc-excel-verkeerde-tom",
    "Esther Lammers <esther.lammers@acme-corp.example>",
    "Datalek? Excel naar verkeerde Tom gestuurd",
    """Hallo privacyteam,

Ik heb om 10:12 een Excelbestand met de uitbetalingsgegevens van 46 projecteigenaren (naam, IBAN, bedrag) gemaild naar tom.dekker@gmail.example in plaats van naar onze collega Tom Dekker van Finance. Autocomplete... Ik heb de ontvanger al gevraagd het te verwijderen maar nog geen reactie. Het bestand zat niet achter een wachtwoord.

Sorry! Wat moet ik nu doen?

Esther Lammers
Finance Operations
""",
    INC("esther.lammers@acme-corp.example", "Esther", "Lammers"))

# ---------------------------------------------------------------- follow-ups

add("nl-60-fu-vijf-weken-later",
    "Ahmed Benali <ahmed.benali@ziggo.example>",
    "Re: [DSR-48213] Wij hebben uw verzoek ontvangen",
    """Het is nu vijf weken later en ik heb nog steeds niks gekregen. Volgens de wet hebben jullie een maand. Wanneer krijg ik mijn gegevens?

Ahmed

Op 9 okt. 2026 om 14:02 schreef privacy@acme-corp.example:
> Beste Ahmed Benali,
>
> Wij hebben uw verzoek goed ontvangen. Het heeft referentie DSR-48213.
> Wij reageren binnen een maand.
>
> Met vriendelijke groet,
> Team Privacy Acme
""",
    FU("48213", "ahmed.benali@ziggo.example", "Ahmed", "Benali"))

add("nl-61-fu-aanvulling-oud-adres",
    "Sanne de Vries <sanne.devries@ziggo.example>",
    "Re: vraagje",
    """Hoi, nog even een aanvulling op mijn vorige mail: ik heb vroeger ook een account gehad op mijn oude mailadres sanne_dv@hotmail.example. Willen jullie dat ook meenemen?

Sanne

> Hoi, wat hebben jullie eigenlijk allemaal over mij opgeslagen? Zou ik graag eens willen zien.
""",
    FU(ref("nl-01-kort-wat-opgeslagen"), "sanne.devries@ziggo.example", "Sanne", "de Vries"),
    headers=irt("nl-01-kort-wat-opgeslagen"))

add("nl-62-fu-kopie-rijbewijs",
    "Karin Vos <karin.vos@planet.example>",
    "RE: [DSR-50977] Aanvullende informatie nodig",
    """Goedemiddag,

Zoals gevraagd stuur ik hierbij een kopie van mijn rijbewijs (BSN en foto afgeschermd), zodat jullie mijn verzoek verder kunnen behandelen.

Met vriendelijke groet,
Karin Vos

-----Oorspronkelijk bericht-----
Van: Privacy Acme <privacy@acme-corp.example>
Verzonden: vrijdag 13 november 2026 11:30
Aan: karin.vos@planet.example
Onderwerp: [DSR-50977] Aanvullende informatie nodig

Beste mevrouw Vos,

Om uw verzoek te kunnen afhandelen moeten wij eerst uw identiteit vaststellen. Wilt u ons een afgeschermde kopie van een geldig identiteitsbewijs sturen?
""",
    FU("50977", "karin.vos@planet.example", "Karin", "Vos"))

add("nl-63-fu-liever-downloadlink",
    "Pieter-Jan van den Heuvel <pj.vandenheuvel@xs4all.example>",
    "Re: Verzoek op grond van artikel 15 en 20 AVG",
    """Geachte heer, mevrouw,

In aanvulling op mijn verzoek van vanochtend: ik ontvang de gegevens bij voorkeur via een beveiligde downloadlink en niet per post, aangezien ik de komende maanden in het buitenland verblijf.

Hoogachtend,
P.J. van den Heuvel
""",
    FU(ref("nl-05-formeel-art15-art20"), "pj.vandenheuvel@xs4all.example", "Pieter-Jan", "van den Heuvel"),
    headers=irt("nl-05-formeel-art15-art20"))

# ---------------------------------------------------------------- ignored

add("nl-70-spam-datahandelaren-verwijderen",
    "PrivacyWacht <info@privacywacht-nl.example>",
    "Uw persoonsgegevens staan bij 312 datahandelaren - laat ze NU verwijderen",
    """Beste ondernemer,

Wist u dat uw naam, adres en telefoonnummer op dit moment bij meer dan 312 datahandelaren te koop staan? Met PrivacyWacht Premium laten wij uw gegevens automatisch verwijderen onder de AVG. Geen gedoe, wij sturen de verwijderverzoeken voor u!

ALLEEN VANDAAG: 70% korting, slechts 4,99 per maand.
Klik hier om direct te starten: http://privacywacht-nl.example/start?ref=88412

Afmelden? Antwoord met STOP.
""",
    IGN("spam", "info@privacywacht-nl.example"),
    headers=SPAM_HDR)

add("nl-71-spam-wallet-geblokkeerd-phish",
    "Acme Beveiliging <beveiliging@acme-corp-verificatie.example>",
    "Actie vereist: uw wallet is tijdelijk geblokkeerd",
    """Geachte klant,

Wegens nieuwe AVG-regelgeving moeten wij uw gegevens opnieuw verifieren. Doet u dit niet binnen 24 uur, dan worden uw wallet en al uw gegevens definitief verwijderd en vervalt uw saldo.

Verifieer nu: http://acme-verify.example/login

Met vriendelijke groet,
Afdeling Beveiliging
""",
    IGN("spam", "beveiliging@acme-corp-verificatie.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-verificatie.example")])

add("nl-72-spam-seo-html",
    "Rik van GroeiMarketing <rik@groeimarketing.example>",
    "Samenwerking? Uw website op #1 in Google",
    html("Hallo,",
         "Ik kwam uw website tegen en zag dat u nog veel bezoekers misloopt. Wij hebben al 400+ webshops naar pagina 1 in Google geholpen met linkbuilding en technische SEO.",
         "Zullen we volgende week 15 minuten bellen? Ik laat u graag een gratis analyse zien.",
         "Groet,<br>Rik<br>GroeiMarketing"),
    IGN("spam", "rik@groeimarketing.example"),
    ct=HTML)

add("nl-73-spam-nalatenschap",
    "Mr. Johannes Okafor <j.okafor.advocaat@mailbox.example>",
    "VERTROUWELIJK: nalatenschap van uw familielid",
    """Goede dag,

Ik ben advocaat Johannes Okafor, persoonlijk adviseur van wijlen de heer Robert Acme die een bedrag van 8.500.000 USD heeft achtergelaten bij een bank in Lomé. Omdat u dezelfde achternaam heeft kan ik u voorstellen als begunstigde. U ontvangt 40% van het bedrag.

Stuur mij uw volledige naam, adres, telefoonnummer en een kopie van uw paspoort voor de afwikkeling. Alles is 100% legaal en vertrouwelijk.

Met vriendelijke groet,
Barrister J. Okafor
""",
    IGN("spam", "j.okafor.advocaat@mailbox.example"),
    headers=SPAM_HDR)

add("nl-74-afwezig-drukkerij",
    "Hanneke Stam <hanneke.stam@partnerdrukkerij.example>",
    "Automatisch antwoord: Vraag over verwerkersovereenkomst",
    """Bedankt voor uw bericht. Ik ben afwezig tot en met maandag 23 november en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u contact opnemen met mijn collega Wim Bakker via wim.bakker@partnerdrukkerij.example of 030-2298710.

Met vriendelijke groet,
Hanneke Stam
""",
    IGN("auto_reply", "hanneke.stam@partnerdrukkerij.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-75-nieuwsbrief-privacyrecht",
    "Privacyrecht Nieuws <nieuwsbrief@privacyrecht-nieuws.example>",
    "Privacyrecht Nieuws #47: boete voor betaaldienst, nieuwe richtsnoeren inzageverzoeken",
    """PRIVACYRECHT NIEUWS - editie 47

In deze editie:
1. Toezichthouder beboet betaaldienst voor te laat beantwoorden van inzageverzoeken
2. Nieuwe richtsnoeren over het recht op verwijdering bij crowdfundingplatforms
3. Webinar: hoe gaat u om met verzoeken van erfgenamen?

Lees verder op https://privacyrecht-nieuws.example/editie-47

U ontvangt deze nieuwsbrief omdat u zich heeft ingeschreven. Afmelden: https://privacyrecht-nieuws.example/afmelden?u=8812
""",
    IGN("bulk", "nieuwsbrief@privacyrecht-nieuws.example"),
    headers=["List-Id: Privacyrecht Nieuws <nieuws.privacyrecht-nieuws.example>",
             "List-Unsubscribe: <https://privacyrecht-nieuws.example/afmelden?u=8812>",
             "Precedence: bulk"])

add("nl-76-onbestelbaar",
    "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Onbestelbaar: Uw verzoek",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"),
    dsn=True)
