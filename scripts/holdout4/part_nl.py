# Dutch (Netherlands and Flanders), 50 messages, written blind.
from common import *

# ---------------------------------------------------------------- requests
add("nl-01-kopie-gegevens", "Sanne de Vries <sanne.devries@ziggo.example>",
    "gegevens",
    "Graag ontvang ik een kopie van alle persoonsgegevens die jullie van mij hebben.\n\nGroet,\nSanne de Vries\n",
    R(["Access"], "sanne.devries@ziggo.example", "Sanne", "de Vries"))

add("nl-02-reishistorie-verwijderen", "Mohamed El Amrani <m.elamrani@kpnmail.example>",
    "Reishistorie reiskaart inzien en daarna wissen",
    "Beste meneer, mevrouw,\n\n"
    "Ik reis dagelijks met mijn persoonlijke reiskaart (kaartnummer eindigt op 4471) tussen Zwolle en Kampen. "
    "Ik wil graag weten welke in- en uitchecks jullie van mij hebben opgeslagen over de afgelopen twee jaar. "
    "Stuur mij daarvan een overzicht.\n\n"
    "Daarna wil ik dat alle reisgegevens ouder dan zes maanden worden verwijderd, ik zie niet in waarom jullie "
    "die nodig hebben.\n\n"
    "Met vriendelijke groet,\nMohamed El Amrani\nZwolle\n",
    R(["Access", "Erasure"], "m.elamrani@kpnmail.example", "Mohamed", "El Amrani"))

add("nl-03-boete-adres-vlaanderen", "Wouter Peeters <wouter.peeters@telenet.example>",
    "Verkeerd adres op mijn boete",
    "Goeiedag,\n\n"
    "Ik kreeg een boete voor zwartrijden (die ik betwist, maar dat is een ander verhaal) en die is verstuurd naar "
    "mijn oud adres in Mechelen. Ik woon sinds maart op de Kapucijnenvoer 12, 3000 Leuven. "
    "Kunnen jullie dat aanpassen in jullie bestand aub? Anders krijg ik nooit mijn post.\n\n"
    "Merci,\nWouter Peeters\n0476 12 34 56\n",
    R(["Rectification"], "wouter.peeters@telenet.example", "Wouter", "Peeters"))

add("nl-04-camerabeelden-bus", "Lotte Bakker <lotte.bakker@gmail.example>",
    "Camerabeelden lijn 12 opvragen",
    "Hallo,\n\n"
    "Op dinsdag 10 november rond 17.40 uur ben ik in bus lijn 12 (richting station) lastiggevallen door een "
    "medepassagier. Ik wil graag de camerabeelden waar ik op sta opvragen, op grond van de AVG. "
    "Ik droeg een gele jas en zat achterin.\n\n"
    "Ik hoop dat ze nog niet gewist zijn.\n\n"
    "Lotte Bakker\n",
    R(["Access"], "lotte.bakker@gmail.example", "Lotte", "Bakker"))

add("nl-05-nieuwsbrief-boekwinkel", "jeroen.smit@hetnet.example",
    "afmelden",
    "hoi ik krijg elke week 3 mails van jullie boekwinkel met aanbiedingen ik wil dat niet meer "
    "haal me van de lijst af aub ik heb me nooit aangemeld voor die nieuwbrief\n",
    R(["Opposition"], "jeroen.smit@hetnet.example", None, None))

add("nl-06-stop-bellen-voetbal", "Henk Mulder <h.mulder1958@planet.example>",
    "STOP MET BELLEN",
    "IK WORD NU VOOR DE VIERDE KEER GEBELD DOOR IEMAND VAN DE CLUB OVER EEN SEIZOENKAART. "
    "IK BEN GEEN LID MEER SINDS 2023. NIET MEER BELLEN EN GEEN POST MEER STUREN.\n\nH. MULDER\n",
    R(["Opposition"], "h.mulder1958@planet.example", "Henk", "Mulder"))

add("nl-07-dierenarts-adres", "Femke van der Linden <femke.vdlinden@xs4all.example>",
    "Adreswijziging en telefoonnummer",
    "Beste medewerkers van de dierenkliniek,\n\n"
    "Wij zijn verhuisd en ik zie in de herinnering voor de vaccinatie van onze kat Miep dat het oude adres er nog "
    "in staat. Nieuw adres: Laan van Meerdervoort 210, 2517 BJ Den Haag. Mijn mobiele nummer is ook gewijzigd: "
    "06-41234567.\n\nWillen jullie mijn gegevens bijwerken?\n\nHartelijke groet,\nFemke van der Linden\n",
    R(["Rectification"], "femke.vdlinden@xs4all.example", "Femke", "van der Linden"))

add("nl-08-taalschool-html-overdracht", "Anouk Visser <anouk.visser@outlook.example>",
    "Mijn resultaten meenemen naar een andere school",
    html("Beste taalschool,",
         "Ik stap over naar een andere taalschool voor mijn Spaanse les (niveau B1). Mijn nieuwe school vraagt om "
         "mijn toetsresultaten en aanwezigheid.",
         "Kunnen jullie al mijn gegevens in een <b>machineleesbaar bestand</b> (csv of json) aanleveren, of direct "
         "naar de nieuwe school sturen? Dat is toch mijn recht op gegevensoverdraagbaarheid?",
         "Met vriendelijke groet,<br>Anouk Visser"),
    R(["Portability"], "anouk.visser@outlook.example", "Anouk", "Visser"), ct=HTML)

add("nl-09-coworking-badge-latin1", "Pieter-Jan Claes <pj.claes@skynet.example>",
    "Vraag over toegangsbadge",
    "Dag,\n\n"
    "Ik huur een vaste werkplek in jullie coworking in Gent. Ik merk dat de badge elke deur registreert. "
    "Mag ik vragen hoe lang die toegangsregistraties bewaard worden, wie ze kan inkijken (ook mijn werkgever?) "
    "en of ze ergens buiten de EU terechtkomen?\n\n"
    "Ik vraag geen kopie, enkel wat uitleg. Dank bij voorbaat.\n\n"
    "Pieter-Jan Claes\nzelfstandig vertaler - Gent\n",
    R(["Information"], "pj.claes@skynet.example", "Pieter-Jan", "Claes"), ct=LATIN1, encode="latin-1")

add("nl-10-seizoenkaart-woedend", "Ruud Hendriks <ruud.hendriks@home.example>",
    "Schandalige behandeling seizoenkaarthouder",
    "Geachte heer/mevrouw,\n\n"
    "Al 22 jaar heb ik een seizoenkaart op de oosttribune, vak K. Dit jaar kreeg ik ineens bericht dat mijn "
    "verlenging 'niet kon worden verwerkt' en dat mijn plek aan iemand anders is gegeven. Niemand van de club "
    "belt terug, de ticketbalie verwijst naar de website en de website naar de ticketbalie. Mijn vader heeft "
    "die plek ooit voor mij geregeld, het gaat me echt aan het hart.\n\n"
    "Ik hoorde van een andere supporter dat er een 'stadionverbodlijst' zou bestaan en dat mensen daar per "
    "ongeluk op komen. Ik wil daarom weten welke gegevens jullie allemaal over mij hebben, inclusief eventuele "
    "aantekeningen over mij en met wie jullie die gedeeld hebben.\n\n"
    ""
    "Ik heb de club altijd gesteund, ook in de eerste divisie. Dit is hoe jullie trouwe supporters behandelen?\n\n"
    "Ruud Hendriks\nlidnummer 100238\n",
    R(["Access"], "ruud.hendriks@home.example", "Ruud", "Hendriks"))

add("nl-11-advocaat-art15", "mr. J.W. Brouwer <brouwer@brouwer-advocaten.example>",
    "Verzoek ex artikel 15 AVG namens cliënt de heer T. Kok",
    "Geachte heer, mevrouw,\n\n"
    "Namens mijn cliënt, de heer Thomas Kok, geboren 3 april 1986, wonende te Utrecht, verzoek ik u "
    "hierbij op grond van artikel 15 van de Algemene Verordening Gegevensbescherming om inzage in alle "
    "persoonsgegevens die Acme Group van mijn cliënt verwerkt in verband met de aan hem opgelegde "
    "boetes wegens reizen zonder geldig vervoersbewijs, met inbegrip van de verwerkingsdoeleinden, de "
    "ontvangers en de bewaartermijnen.\n\n"
    "Een machtiging van cliënt treft u bijgaand aan. Ik verzoek u binnen de wettelijke termijn van één maand "
    "te reageren, uitsluitend via ondergetekende.\n\n"
    "Hoogachtend,\n\nmr. J.W. (Jan-Willem) Brouwer\nBrouwer Advocaten\nMaliebaan 44, 3581 CR Utrecht\nT 030 123 45 67\n\n"
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, "
    "wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.\n",
    R(["Access"], "brouwer@brouwer-advocaten.example", "Thomas", "Kok", representative="Jan-Willem Brouwer"))

add("nl-12-ouder-taalschool-kind", "Marieke Jacobs <marieke.jacobs@ziggo.example>",
    "Gegevens van mijn dochter verwijderen",
    "Goedemiddag,\n\n"
    "Mijn dochter Noor Jacobs (14 jaar) heeft vorig jaar de zomercursus Engels bij jullie gevolgd. Ze doet niet "
    "meer mee en ik wil als ouder dat haar gegevens, inclusief de foto's van de diploma-uitreiking, worden "
    "verwijderd.\n\nVriendelijke groet,\nMarieke Jacobs (moeder van Noor)\n",
    R(["Erasure"], "marieke.jacobs@ziggo.example", "Noor", "Jacobs", representative="Marieke Jacobs"))

add("nl-13-erfgenaam-boekwinkel", "Esther van Dijk <esthervandijk@kpnmail.example>",
    "Account van mijn overleden vader",
    "Beste,\n\n"
    "Mijn vader, Gerrit van Dijk, is in september overleden. Hij had een account bij jullie online boekwinkel "
    "(gerrit.vandijk@kpnmail.example) en krijgt nog steeds mails. Ik ben executeur van de nalatenschap. "
    "Willen jullie zijn account en gegevens verwijderen? Een kopie van de akte van overlijden kan ik sturen.\n\n"
    "Met vriendelijke groet,\nEsther van Dijk\n",
    R(["Erasure"], "esthervandijk@kpnmail.example", "Gerrit", "van Dijk", representative="Esther van Dijk"))

add("nl-14-abonnement-geweigerd-automatisch", "Daan Koster <daan.koster@proton.example>",
    "Jaarabonnement automatisch afgewezen – graag menselijke beoordeling",
    "Beste privacyteam,\n\n"
    "Mijn aanvraag voor een jaarabonnement met maandelijkse betaling werd binnen 3 seconden afgewezen met de "
    "melding 'uw aanvraag voldoet niet aan onze acceptatiecriteria'. Er heeft dus duidelijk geen mens naar "
    "gekeken. Ik heb een vaste baan en nooit een betalingsachterstand gehad.\n\n"
    "Ik maak bezwaar tegen dit geautomatiseerde besluit en wil dat een medewerker mijn aanvraag opnieuw "
    "beoordeelt. Ook wil ik weten op basis van welke gegevens dit besluit is genomen.\n\n"
    "Daan Koster\n",
    R(["AutomatedDecision"], "daan.koster@proton.example", "Daan", "Koster"))

add("nl-15-boete-bezwaar-beperking", "Yara Boukhari <yara.boukhari@gmail.example>",
    "Boete nr. 2026-118834 – gegevens niet gebruiken tijdens bezwaar",
    "Geachte heer/mevrouw,\n\n"
    "Ik heb bezwaar gemaakt tegen boete 2026-118834; mijn reiskaart was gewoon ingecheckt, de controleur las "
    "de verkeerde kaart. Zolang het bezwaar loopt wil ik niet dat mijn gegevens aan een incassobureau worden "
    "doorgegeven. Ik verzoek u het gebruik van mijn gegevens te beperken tot het bezwaar is afgehandeld "
    "(artikel 18 AVG).\n\nMet vriendelijke groet,\nYara Boukhari\n",
    R(["Restriction"], "yara.boukhari@gmail.example", "Yara", "Boukhari"))

add("nl-16-gezinsadres-reply-to", "Familie Jansen <fam.jansen@caiway.example>",
    "Geen reclame meer van de dierenkliniek",
    "Hallo,\n\n"
    "Wij krijgen steeds folders en mails over kattenvoer en gebitscontroles. Dat hoeft niet meer, alleen "
    "de vaccinatieoproepen zijn prima. Wilt u mij afmelden voor alle reclame?\n\n"
    "Groetjes,\nPieter Jansen\n",
    R(["Opposition"], "pieter.jansen@gmail.example", "Pieter", "Jansen"),
    headers=["Reply-To: Pieter Jansen <pieter.jansen@gmail.example>"])

add("nl-17-medewerker-eigen-gegevens", "Inge Smits <inge.smits@acme-corp.example>",
    "Inzage in mijn personeelsdossier",
    "Hoi privacyteam,\n\n"
    "Ik werk sinds 2019 als chauffeur/planner bij de vervoerstak. Ik zou graag een kopie willen van mijn "
    "personeelsdossier en van de rijstijlgegevens die de boordcomputer over mij verzamelt. Kan dat via jullie "
    "of moet ik bij HR zijn?\n\nAlvast bedankt,\nInge Smits\nPlanning – vestiging Deventer\n",
    R(["Access"], "inge.smits@acme-corp.example", "Inge", "Smits"))

add("nl-18-collega-doorstuur-boekwinkel", "Kevin de Boer <kevin.deboer@acme-corp.example>",
    "FW: account opheffen",
    "Hoi privacy, deze kwam binnen bij klantenservice van de boekwinkel. Kunnen jullie dit oppakken? Thx, Kevin\n\n"
    "---------- Doorgestuurd bericht ----------\n"
    "Van: Saskia Willems <saskia.willems@hotmail.example>\n"
    "Datum: zo 15 nov. 2026 om 21:12\n"
    "Onderwerp: account opheffen\n"
    "Aan: klantenservice@acme-corp.example\n\n"
    "Goedenavond, ik wil mijn account bij jullie boekwinkel laten opheffen en al mijn gegevens (ook mijn "
    "verlanglijstje en adres) laten verwijderen. Bestelnummer van de laatste bestelling: BK-778123.\n"
    "Saskia Willems\n",
    R(["Erasure"], "saskia.willems@hotmail.example", "Saskia", "Willems"))

add("nl-19-bijlage-lidmaatschap", "Bram Verbeek <bram.verbeek@acme-corp.example>",
    "Doorgestuurd: verzoek van lid",
    "",
    R(["Erasure"], "tim.vanleeuwen@live.example", "Tim", "van Leeuwen"),
    attached=("Tim van Leeuwen <tim.vanleeuwen@live.example>", "Lidmaatschap beëindigen + gegevens wissen",
              "Beste ledenadministratie,\n\nIk heb mijn lidmaatschap van de supportersvereniging per 1 november "
              "opgezegd. Ik wil ook dat jullie al mijn gegevens verwijderen, inclusief de foto op mijn clubcard.\n\n"
              "Tim van Leeuwen\nlidnummer 88412\n"),
    note="Ter info, zit als bijlage. Lijkt me een AVG-verzoek. Groet, Bram (ledenadministratie)")

add("nl-20-verwerkersovereenkomst-tekenen", "Lisa Meijer <lisa.meijer@studioblauw.example>",
    "Verwerkersovereenkomst ter ondertekening",
    "Beste,\n\n"
    "Wij huren sinds oktober drie flexplekken in jullie coworking in Utrecht. Onze klanten vereisen dat "
    "al onze leveranciers een verwerkersovereenkomst tekenen. Bijgevoegd ons standaardmodel; kunnen jullie "
    "deze ondertekend retourneren?\n\n"
    "Met vriendelijke groet,\nLisa Meijer\nOffice manager | Studio Blauw B.V.\n",
    R(["Unknown"], "lisa.meijer@studioblauw.example", "Lisa", "Meijer"))

add("nl-21-waar-is-bestelling", "Gert-Jan Vos <gjvos@kpnplanet.example>",
    "bestelling",
    "Goedemorgen, ik heb 2 weken geleden 3 boeken besteld (BK-771904) en nog niks ontvangen. "
    "Track & trace doet het niet. Wat is er aan de hand?\nGert-Jan Vos\n",
    R(["Unknown"], "gjvos@kpnplanet.example", "Gert-Jan", "Vos"))

add("nl-22-profilering-mixed", "Sophie van den Berg <sophie.vdberg@gmail.example>",
    "recommendations / aanbevelingen",
    "Hi,\n\nI noticed your bookshop emails are full of 'omdat je X kocht' recommendations. Ik vind het "
    "nogal creepy dat jullie mijn koopgedrag zo analyseren. Please stop profiling me for marketing, "
    "ik wil gewoon boeken kopen zonder dat er een profiel van me wordt gemaakt.\n\nThanks,\nSophie\n",
    R(["Opposition"], "sophie.vdberg@gmail.example", "Sophie", "van den Berg"))

add("nl-23-waar-adres-vandaan", "Ahmet Yilmaz <ahmet.yilmaz@online.example>",
    "Hoe komen jullie aan mijn adres?",
    "Goedendag,\n\nIk kreeg een brief van de voetbalclub met een aanbod voor een businessseat. Ik ben nooit "
    "klant geweest. Van wie hebben jullie mijn naam en adres gekregen en waarvoor gebruiken jullie dat?\n\n"
    "Ahmet Yilmaz\n",
    R(["Information"], "ahmet.yilmaz@online.example", "Ahmet", "Yilmaz"))

add("nl-24-camera-bewaartermijn-wissen", "Els Wouters <els.wouters@telenet.example>",
    "camera's op de tram",
    "Dag, hoelang worden de beelden van de camera's op de tram bewaard en wie bekijkt die? En ik wil dat "
    "beelden waarop ik sta van vorige week (ik heb daar een ruzie gehad met mijn vriend, gênant) gewist "
    "worden als dat kan.\nEls Wouters\nVerzonden vanaf mijn Samsung Galaxy-smartphone.\n",
    R(["Information", "Erasure"], "els.wouters@telenet.example", "Els", "Wouters"))

add("nl-25-toestemming-fotos-intrekken", "Julia Dekker <julia.dekker@outlook.example>",
    "Intrekken toestemming foto's",
    "Beste taalschool,\n\n"
    "Bij mijn inschrijving heb ik toestemming gegeven voor het gebruik van foto's op jullie website en "
    "Instagram. Die toestemming trek ik in. Verwijder graag ook de foto's van mij die er nu op staan "
    "(groepsfoto Italiaans voor beginners, september).\n\nGroet,\nJulia Dekker\n",
    R(["Opposition", "Erasure"], "julia.dekker@outlook.example", "Julia", "Dekker"))

add("nl-26-coworking-account-iphone", "Niels Bosman <niels@bosmandesign.example>",
    "Account verwijderen",
    "Ik zit niet meer bij jullie op de flexplek. Wil je mijn account in de app en mijn gegevens verwijderen?\n\n"
    "Niels\n\nVerstuurd vanaf mijn iPhone\n",
    R(["Erasure"], "niels@bosmandesign.example", "Niels", "Bosman"))

add("nl-27-geen-naam-reiskaart", "k.degroot77@hetnet.example",
    "inzage",
    "welke gegevens hebben jullie van mij gekoppeld aan mijn reiskaart 3528 0091 4471 ? graag een overzicht\n",
    R(["Access"], "k.degroot77@hetnet.example", None, None))

add("nl-28-naamswijziging-handtekening", "Charlotte Hermans-de Wit <charlotte.hermans@advies.example>",
    "Naamswijziging lidmaatschap",
    "Geachte ledenadministratie,\n\n"
    "Sinds mijn huwelijk gebruik ik de naam Hermans-de Wit. Op mijn clubkaart en in de ledenlijst sta ik nog "
    "als Charlotte de Wit. Wilt u dit aanpassen? Mijn geboortedatum staat er bovendien verkeerd in "
    "(moet 12-07-1991 zijn).\n\n"
    "Met vriendelijke groet,\n\nCharlotte Hermans-de Wit\nSenior adviseur\nHermans Advies | +31 6 2345 6789\n\n"
    "De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. "
    "Aan dit bericht kunnen geen rechten worden ontleend.\n",
    R(["Rectification"], "charlotte.hermans@advies.example", "Charlotte", "Hermans-de Wit"))

add("nl-29-bewindvoerder", "Bewindvoering Oost <info@bewindvoering-oost.example>",
    "Inzageverzoek cliënt dhr. W. de Jong",
    "Geachte heer/mevrouw,\n\n"
    "Ondergetekende is door de kantonrechter benoemd tot beschermingsbewindvoerder van de heer Willem de Jong "
    "(geb. 14-02-1962). Ten behoeve van het overzicht van zijn schulden verzoek ik u om een overzicht van alle "
    "persoonsgegevens van betrokkene, in het bijzonder openstaande boetes en betalingsregelingen bij uw "
    "vervoersbedrijf. De beschikking van de kantonrechter is bijgevoegd.\n\n"
    "Met vriendelijke groet,\n\nA. (Annemieke) Schouten\nBewindvoerder\nBewindvoering Oost\n",
    R(["Access"], "info@bewindvoering-oost.example", "Willem", "de Jong", representative="Annemieke Schouten"))

add("nl-30-dossier-dierenarts-overdragen", "Tom Huisman <tom.huisman@zeelandnet.example>",
    "Medisch dossier Bello naar nieuwe dierenarts",
    "Goedemiddag,\n\nWe zijn naar Middelburg verhuisd en gaan naar een andere dierenarts. Kunnen jullie het "
    "volledige dossier van onze hond Bello en mijn klantgegevens digitaal (pdf of ander bestand) doorsturen naar "
    "dierenartspraktijk Walcheren, info@dap-walcheren.example?\n\nBedankt!\nTom Huisman\n",
    R(["Portability"], "tom.huisman@zeelandnet.example", "Tom", "Huisman"))

# ---------------------------------------------------------------- tasks
add("nl-31-task-verwerkersovk-camera", "Rik Janssen <rik.janssen@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe camerasupplier bussen",
    "Hoi privacyteam,\n\n"
    "We gaan per januari over op een nieuwe leverancier voor de camerasystemen in de bussen (cloudopslag van "
    "de beelden). Inkoop heeft het concept van de verwerkersovereenkomst gestuurd. Kunnen jullie die voor "
    "1 december reviewen? Vooral de bewaartermijn en subverwerkers.\n\nGroet,\nRik Janssen\nFleet management\n",
    TASK("rik.janssen@acme-corp.example", "Rik", "Janssen"))

add("nl-32-task-dpia-kentekencamera", "Marloes Kuipers <marloes.kuipers@acme-corp.example>",
    "DPIA nodig voor slimme camera's op perrons?",
    "Dag allemaal,\n\nHet project 'drukte-monitoring' wil camera's met personentelling op de busstations "
    "plaatsen. Moeten we hier een DPIA voor doen? Zo ja, kunnen jullie die opstarten, dan plan ik een "
    "sessie met de projectleider.\n\nMarloes Kuipers\nProjectmanager Innovatie\n",
    TASK("marloes.kuipers@acme-corp.example", "Marloes", "Kuipers"))

add("nl-33-task-register-spaarprogramma", "Joost van Wijk <joost.vanwijk@acme-corp.example>",
    "Register van verwerkingen bijwerken – spaarprogramma boekwinkel",
    "Hi,\n\nVolgende maand lanceren we het spaarprogramma 'Leespunten' in de webshop. Graag opnemen in het "
    "verwerkingsregister; ik heb de doelen en datavelden in de bijlage gezet.\n\nJoost\n",
    TASK("joost.vanwijk@acme-corp.example", "Joost", "van Wijk"))

add("nl-34-task-vragenlijst-sponsor", "Nadia Ouali <nadia.ouali@acme-corp.example>",
    "Security & privacy questionnaire van sponsor",
    "Hoi,\n\nDe nieuwe shirtsponsor van de club wil dat we hun leveranciers-vragenlijst over privacy "
    "en beveiliging invullen voordat we ledengegevens voor de actie delen. Deadline 27 november. Kunnen "
    "jullie de AVG-vragen (sectie 4 en 5) invullen?\n\nDank, Nadia\nCommercie & Sponsoring\n",
    TASK("nadia.ouali@acme-corp.example", "Nadia", "Ouali"))

add("nl-35-task-training-balie", "Hanneke Vermeulen <hanneke.vermeulen@acme-corp.example>",
    "AVG-training voor baliemedewerkers klinieken",
    "Beste privacyteam,\n\nOnze baliemedewerkers in de dierenklinieken krijgen regelmatig vragen als "
    "'wat doen jullie met mijn gegevens'. Zouden jullie in december een korte AVG-training (1 uur) kunnen "
    "geven voor ongeveer 25 mensen?\n\nHartelijke groet,\nHanneke Vermeulen\nRegiomanager Klinieken Noord\n",
    TASK("hanneke.vermeulen@acme-corp.example", "Hanneke", "Vermeulen"))

# ---------------------------------------------------------------- incidents
add("nl-36-inc-laptop-gestolen", "Dennis Prins <dennis.prins@acme-corp.example>",
    "laptop gestolen uit auto",
    "Hoi, vanochtend is mijn werklaptop uit de auto gestolen (Rotterdam, parkeergarage). Er staan exports "
    "van de ledenadministratie op van afgelopen week (excel). Laptop is wel met wachtwoord beveiligd, weet "
    "niet zeker of de schijf versleuteld is. Aangifte is gedaan. Wat moet ik nu doen?\nDennis Prins\n06-55512345\n",
    INC("dennis.prins@acme-corp.example", "Dennis", "Prins"))

add("nl-37-inc-boetelijst-verkeerd", "Sandra Kok <sandra.kok@acme-corp.example>",
    "Excel met boetes naar verkeerde ontvanger gemaild",
    "Beste,\n\nIk heb net per ongeluk het overzicht van openstaande boetes (ca. 340 reizigers, met naam, "
    "adres en bedrag) gemaild naar een externe 'J. de Boer' in plaats van naar onze collega Jeroen de Boer. "
    "Ik heb de ontvanger gevraagd de mail te verwijderen, nog geen reactie. Sorry!\n\nSandra Kok\nAfdeling Inning\n",
    INC("sandra.kok@acme-corp.example", "Sandra", "Kok"))

add("nl-38-inc-factuur-ander", "Bart Maes <bart.maes@proximus.example>",
    "Ik krijg de factuur van iemand anders",
    "Hallo,\n\nIn mijn account op jullie boekenwebsite zie ik bij 'mijn bestellingen' een factuur van een "
    "mevrouw uit Antwerpen, met haar adres en wat ze gekocht heeft. Dat lijkt me niet de bedoeling. Ik heb "
    "niets aangeraakt. Misschien moet iemand daar eens naar kijken.\n\nBart Maes\n",
    INC("bart.maes@proximus.example", "Bart", "Maes"))

add("nl-39-inc-phishing-geklikt", "Priya Ramdin <priya.ramdin@acme-corp.example>",
    "Op link geklikt in nep-mail?",
    "Hoi, ik kreeg een mail 'Uw Microsoft wachtwoord verloopt' en heb op de link geklikt en mijn "
    "wachtwoord ingevuld. Pas daarna zag ik dat het adres raar was. Ik heb toegang tot het klantsysteem van de "
    "taalschool. Wachtwoord heb ik nu gewijzigd. Moet ik nog iets melden?\n\nPriya Ramdin\nCursusadministratie\n",
    INC("priya.ramdin@acme-corp.example", "Priya", "Ramdin"))

add("nl-40-inc-app-ander-lid", "Stijn Lambrechts <stijn.lambrechts@telenet.example>",
    "CLUBAPP TOONT GEGEVENS VAN ANDER LID",
    "Dag, toen ik vandaag inlogde in de club-app zag ik de gegevens van een ander lid: naam, geboortedatum, "
    "adres en zijn seizoenkaart met QR-code. Ik heb een screenshot gemaakt als bewijs. Dit is toch een datalek?\n\n"
    "Stijn Lambrechts\n",
    INC("stijn.lambrechts@telenet.example", "Stijn", "Lambrechts"))

# ---------------------------------------------------------------- follow-ups
add("nl-41-fu-nog-geen-reactie", "Hanna Groen <hanna.groen@gmail.example>",
    "Re: [DSR-41207] Uw verzoek is ontvangen",
    "Hallo,\n\nHet is nu bijna vijf weken geleden en ik heb nog steeds niets ontvangen. Wanneer kan ik mijn "
    "gegevens verwachten?\n\nHanna Groen\n\n"
    "> Op 12 okt. 2026 schreef privacy@acme-corp.example:\n"
    "> Beste Hanna Groen,\n"
    "> Wij hebben uw verzoek ontvangen onder nummer [DSR-41207]. Wij reageren binnen een maand.\n"
    "> Met vriendelijke groet, het privacyteam van Acme Group\n",
    FU("41207", "hanna.groen@gmail.example", "Hanna", "Groen"))

add("nl-42-fu-reactie-seizoenkaart", "Ruud Hendriks <ruud.hendriks@home.example>",
    "Re: Schandalige behandeling seizoenkaarthouder",
    "Aanvulling op mijn mail van vanochtend: mijn geboortedatum is 02-05-1971 en mijn postcode 6811 AB, "
    "voor als jullie me moeten opzoeken.\n\nRuud Hendriks\n",
    FU(ref("nl-10-seizoenkaart-woedend"), "ruud.hendriks@home.example", "Ruud", "Hendriks"),
    headers=irt("nl-10-seizoenkaart-woedend"))

add("nl-43-fu-ook-verwijderen", "Karin Bos <karin.bos@hetnet.example>",
    "RE: [DSR-41288] Bevestiging van uw inzageverzoek",
    "Dank voor de bevestiging. Als jullie toch bezig zijn: na de inzage wil ik ook dat mijn account bij de "
    "taalschool helemaal verwijderd wordt.\n\nKarin Bos\n\n"
    "-----Oorspronkelijk bericht-----\n"
    "Van: privacy@acme-corp.example\n"
    "Onderwerp: [DSR-41288] Bevestiging van uw inzageverzoek\n\n"
    "Geachte mevrouw Bos, uw verzoek is geregistreerd onder [DSR-41288].\n",
    FU("41288", "karin.bos@hetnet.example", "Karin", "Bos"))

add("nl-44-fu-busnummer", "Lotte Bakker <lotte.bakker@gmail.example>",
    "Re: Camerabeelden lijn 12 opvragen",
    "Nog even een aanvulling: het busnummer was 4127, dat stond op de sticker bij de deur.\n\nLotte\n\n"
    "Verzonden vanaf mijn iPhone\n",
    FU(ref("nl-04-camerabeelden-bus"), "lotte.bakker@gmail.example", "Lotte", "Bakker"),
    headers=irt("nl-04-camerabeelden-bus"))

# ---------------------------------------------------------------- ignored
add("nl-45-spam-avg-certificaat", "AVG Keurmerk Nederland <info@avg-keurmerk-nl.example>",
    "LAATSTE KANS: uw AVG-certificaat verloopt vandaag!",
    "Geachte ondernemer,\n\nUit onze gegevens blijkt dat uw organisatie nog NIET beschikt over het verplichte "
    "AVG-keurmerk. Boetes lopen op tot € 20.000.000! Regel het vandaag nog voor slechts € 299 via onze "
    "website. Wilt u geen mails meer, antwoord dan met VERWIJDER.\n",
    IGN("spam", "info@avg-keurmerk-nl.example"), headers=SPAM_HDR)

add("nl-46-spam-mailbox-vol", "Postmaster <postmaster@acme-corp-mail.example>",
    "Uw mailbox is 98% vol – actie vereist",
    "Beste gebruiker privacy@acme-corp.example,\n\nUw mailbox heeft de opslaglimiet bereikt. Inkomende "
    "berichten worden binnen 24 uur verwijderd. Klik hier om uw account te verifiëren en extra opslag te "
    "activeren: http://acme-corp-verify.example/login\n\nIT Helpdesk\n",
    IGN("spam", "postmaster@acme-corp-mail.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mail.example")])

add("nl-47-spam-seo", "Marco | Groei Online <marco@groei-online.example>",
    "Samenwerking voor jullie website?",
    "Hoi,\n\nIk zag dat jullie website niet op pagina 1 van Google staat voor 'boeken online kopen'. Wij "
    "kunnen dat binnen 30 dagen regelen, gegarandeerd. Zullen we een belafspraak inplannen?\n\n"
    "Marco\nGroei Online – SEO & linkbuilding\n",
    IGN("spam", "marco@groei-online.example"))

add("nl-48-afwezig-dsr", "Hanna Groen <hanna.groen@gmail.example>",
    "Automatisch antwoord: Re: [DSR-41207] Uw verzoek is ontvangen",
    "Ik ben afwezig tot en met 30 november en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet "
    "doorgestuurd.\n\nHanna Groen\n",
    IGN("auto_reply", "hanna.groen@gmail.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-49-nieuwsbrief-privacy", "Privacy Nieuws NL <nieuwsbrief@privacynieuws.example>",
    "Nieuwsbrief november: nieuwe boetes van de AP",
    "Privacy Nieuws – november 2026\n\n1. Autoriteit Persoonsgegevens beboet vervoerder voor camerabeelden\n"
    "2. Webinar: verwerkersovereenkomsten in de praktijk\n3. Jurisprudentie inzageverzoeken\n\n"
    "U ontvangt deze nieuwsbrief omdat u zich hebt aangemeld. Afmelden: https://privacynieuws.example/afmelden\n",
    IGN("bulk", "nieuwsbrief@privacynieuws.example"),
    headers=["List-Id: Privacy Nieuws <nieuws.privacynieuws.example>",
             "List-Unsubscribe: <https://privacynieuws.example/afmelden>", "Precedence: bulk"])

add("nl-50-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Onbestelbaar: Uw verzoek",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
