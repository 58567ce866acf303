from common import *  # part nl: written blind

# ---------------------------------------------------------------- requests

add("nl-01-wis-profiel", "k.jansen78@mail.example.nl", "rewards",
    "Gelieve mijn Rewards-profiel te wissen.\n",
    R(["Erasure"], "k.jansen78@mail.example.nl"))

add("nl-02-inzage-art15", "P.J. van Oosterhout <pj.vanoosterhout@kpnmail.example.nl>",
    "Verzoek ex artikel 15 AVG",
    """Geachte heer, mevrouw,

Sinds 2019 ben ik lid van het loyaliteitsprogramma Staybright Rewards (lidnummer SR-0048213).
Met een beroep op artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij
binnen de wettelijke termijn van één maand mede te delen welke persoonsgegevens van mij door uw
organisatie worden verwerkt, en mij daarvan een afschrift te doen toekomen.

Ik verzoek u daarbij uitdrukkelijk ook de gegevens op te nemen die bij het inchecken van mijn
identiteitsbewijs zijn vastgelegd, alsmede eventuele aantekeningen van het receptiepersoneel in
mijn gastprofiel.

Ik zie uw reactie met belangstelling tegemoet.

Hoogachtend,

drs. P.J. (Pieter) van Oosterhout
Lindenlaan 14
3742 KB Baarn
""",
    R(["Access"], "pj.vanoosterhout@kpnmail.example.nl", "Pieter", "van Oosterhout"))

add("nl-03-wellness-sms-klacht", "Griet Vermeulen <griet.vermeulen@telenet.example.be>",
    "Zeer ontevreden over wellnessarrangement Brugge",
    """Goeiemiddag,

Ik schrijf jullie omdat ik echt niet meer weet waar ik terecht kan. Voor de verjaardag van mijn
man had ik in september een wellnessarrangement geboekt in jullie hotel in Brugge: twee nachten,
hamam, een duomassage en een diner. Bij aankomst bleek de massage "niet in het systeem" te staan,
de hamam was in onderhoud (dat wist men blijkbaar al weken) en het diner werd vervangen door een
broodje in de lounge omdat de keuken "onderbezet" was. Bij het uitchecken hebben ze dan nog
eens het volledige bedrag aangerekend, ook voor de massage die nooit heeft plaatsgevonden.

Ik heb toen al een klacht ingediend aan de balie en later ook via het formulier op de website.
Antwoord: niks. Na drie weken een standaardmail "we nemen uw feedback ter harte".

En nog iets, en daarvoor schrijf ik eigenlijk naar dit adres: sindsdien krijg ik bijna elke
week sms'kes met "exclusieve aanbiedingen" en "laatste kans" van Staybright. Daar heb ik nooit
om gevraagd en ik wil dat dat per direct ophoudt, ook die mails met promoties.

Voor de rest verwacht ik nog altijd een terugbetaling van de massage (2 x 95 euro).
Mijn man vindt dat ik het moet laten rusten maar dat ga ik niet doen.

Griet Vermeulen
Assebroek
""",
    R(["Opposition"], "griet.vermeulen@telenet.example.be", "Griet", "Vermeulen"))

add("nl-04-ouder-dossier-zoon", "Marloes Visser-de Graaf <marloes.visser@planet.example.nl>",
    "Gegevens van mijn zoon bij Brightpath",
    """Beste mensen van Brightpath,

Mijn zoon Daan Visser (groep 7) volgt sinds vorig schooljaar bijles rekenen en begrijpend lezen
via jullie platform. Er wordt volgens mij nogal wat bijgehouden: toetsresultaten, de
aantekeningen van zijn bijlesdocent, voortgangsgrafiekjes, en volgens Daan worden de videolessen
ook opgenomen.

Als moeder (en gezaghebbende ouder) wil ik graag het complete dossier van Daan ontvangen, dus
alles wat er over hem is vastgelegd, inclusief eventuele opnames en de notities van de docent.

Alvast bedankt,
Marloes Visser-de Graaf
06-41 22 87 90
""",
    R(["Access"], "marloes.visser@planet.example.nl", "Daan", "Visser",
      representative="Marloes Visser-de Graaf"))

add("nl-05-paspoortscan-weg", "Mohamed El Amrani <mo.elamrani@hotmail.example.com>",
    "paspoort",
    """hallo ik heb vorige week ingecheckt in jullie hotel in rotterdam en de receptie heeft een scan gemaakt van mijn paspoort zonder iets te vragen ik wil niet dat die ergens bewaard blijft dus graag weghalen uit jullie systeem
dank u
mohamed el amrani
""",
    R(["Erasure"], "mo.elamrani@hotmail.example.com", "Mohamed", "El Amrani"))

add("nl-06-naam-na-huwelijk", "Annelies Brouwer-Kuipers <annelies.bk@zonnet.example.nl>",
    "Wijziging naam en geboortedatum in mijn profiel",
    """Hallo,

Sinds mijn huwelijk in september gebruik ik de naam Annelies Brouwer-Kuipers. In mijn
Rewards-account en op de ledenpas staat nog steeds „A. Kuipers”. Willen jullie dat aanpassen?

Daarnaast staat mijn geboortedatum fout: 17-03-1985 in plaats van 13-07-1985. Daardoor kreeg ik
mijn verjaardagstegoed van €25 in maart, terwijl ik toen helemaal geen reis gepland had.

Met vriendelijke groet,
Annelies Brouwer-Kuipers
""",
    R(["Rectification"], "annelies.bk@zonnet.example.nl", "Annelies", "Brouwer-Kuipers"),
    ct=CP1252, encode="cp1252")

add("nl-07-camerabeelden-gent", "Jonas De Wilde <jonas.dewilde@skynet.example.be>",
    "vraagje over de camera's in jullie hotel",
    """Dag,

Ik logeerde vorig weekend in jullie hotel in Gent en zag overal camera's hangen, ook aan de
ingang van de wellness en in de gang naar de kleedkamers. Mag ik vragen hoelang die beelden
worden bijgehouden en wie ze allemaal mag bekijken? Worden die ook doorgegeven aan de politie of
aan een bewakingsfirma?

Ik vraag niet om de beelden zelf, ik ben gewoon benieuwd hoe dat geregeld is.

Groeten,
Jonas De Wilde
""",
    R(["Information"], "jonas.dewilde@skynet.example.be", "Jonas", "De Wilde"),
    ct=LATIN1, encode="latin-1-qp")

add("nl-08-docent-export", "Fleur Dijkstra <fleur@dijkstra-bijles.example.nl>",
    "Export van mijn docentprofiel",
    """Goedemiddag,

Ik geef sinds 2023 als zelfstandig docent Frans en Duits bijles via Brightpath. Per 1 januari
stop ik op jullie platform en ga ik verder via een andere aanbieder.

Ik wil graag mijn gegevens meenemen: mijn profiel, de beoordelingen die ouders over mij hebben
gegeven en mijn lesgeschiedenis (data, duur, vakken). Kunnen jullie dat aanleveren in een
bestandsformaat dat ik elders kan importeren, bijvoorbeeld CSV of JSON? Een pdf heb ik niks aan.

Groet,
Fleur Dijkstra
""",
    R(["Portability"], "fleur@dijkstra-bijles.example.nl", "Fleur", "Dijkstra"))

add("nl-09-stop-bellen-caps", "Henk de Boer <henkdeboer1958@kabelnet.example.nl>",
    "STOP MET BELLEN",
    """IK WORD NU AL VOOR DE DERDE KEER DEZE MAAND GEBELD DOOR JULLIE ZOGENAAMDE "LOYALTY TEAM".
IK HEB GEEN INTERESSE IN EEN UPGRADE. HOUD ERMEE OP EN HAAL MIJN TELEFOONNUMMER UIT JULLIE BESTAND!!!!

HENK DE BOER
""",
    R(["Opposition", "Erasure"], "henkdeboer1958@kabelnet.example.nl", "Henk", "de Boer"))

add("nl-10-html-wat-en-aan-wie", "Sevda Yıldız <sevda.yildiz@outlook.example.com>",
    "Mijn gegevens na verblijf Maastricht",
    html("Beste privacyteam,",
         "Na mijn verblijf in Staybright Maastricht in oktober wil ik graag weten welke "
         "persoonsgegevens u over mij heeft opgeslagen. Graag ontvang ik een overzicht.",
         "Daarnaast vraag ik me af aan welke partijen u mijn gegevens doorgeeft: reisbureaus, "
         "boekingssites, de vervoerder van de airportshuttle? En hoeveel jaar bewaart u dit "
         "eigenlijk?",
         "Met vriendelijke groet,<br>Sevda Yıldız"),
    R(["Access", "Information"], "sevda.yildiz@outlook.example.com", "Sevda", "Yıldız"),
    ct=HTML)

add("nl-11-receptie-fw-gast", "Ruud Hendriks <ruud.hendriks@acme-corp.example>",
    "FW: klacht",
    """Hoi privacy,

Deze kwam gisteravond binnen op de receptiemail van Utrecht. Kunnen jullie dit oppakken? Ik heb
de gast laten weten dat jullie contact met hem opnemen.

Groet,
Ruud Hendriks
Front Office Manager | Staybright Utrecht Centraal
T +31 30 555 0142

-----Oorspronkelijk bericht-----
Van: Tobias Lammers <t.lammers@ziggo.example.nl>
Verzonden: zondag 15 november 2026 21:14
Aan: receptie.utrecht@acme-corp.example
Onderwerp: klacht

Na dit weekend kom ik nooit meer bij jullie. Kamer niet schoongemaakt, ontbijt koud, en niemand
die er iets mee deed. Ik wil dat mijn gastprofiel en alles wat jullie over mij bewaren
verwijderd wordt, inclusief mijn Rewards-lidmaatschap.

Tobias Lammers
""",
    R(["Erasure"], "t.lammers@ziggo.example.nl", "Tobias", "Lammers"))

add("nl-12-bijlage-naam-factuur", "Samira Ouali <samira.ouali@acme-corp.example>",
    "Doorgestuurd: Verkeerde naam op facturen", "",
    R(["Rectification"], "bart.wouters@telenet.example.be", "Bart", "Wouters"),
    attached=("Bart Wouters <bart.wouters@telenet.example.be>", "Verkeerde naam op facturen",
              """Goeiedag,

Op al jullie facturen en in het ouderaccount staat mijn naam als "Bert Wauters". Dat moet Bart
Wouters zijn. Ook ons adres klopt niet meer, wij zijn verhuisd naar de Kerkstraat 8,
2000 Antwerpen. Kunnen jullie dat in orde brengen?

Mvg
Bart Wouters
"""),
    note="""Hoi team privacy,

Zie bijgevoegde mail uit de klantenservice-inbox van Brightpath. Is dit iets voor jullie of mogen
wij dat zelf aanpassen in het CRM? Ik laat hem even liggen tot ik van jullie hoor.

Samira
Klantenservice Brightpath
""")

add("nl-13-aantekening-roker", "Wouter Smit <wouter.smit@xs4all.example.nl>",
    "Aantekening in mijn gastprofiel",
    """Geachte heer/mevrouw,

Bij mijn laatste verblijf (Staybright Amsterdam Zuid, 2-4 oktober) werd ik ervan beschuldigd
op de kamer te hebben gerookt en werden er €150 schoonmaakkosten in rekening gebracht. Ik rook
niet en heb dat ook schriftelijk betwist bij het hotel; die discussie loopt nog.

Nu hoor ik van een medewerker dat er in mijn profiel een aantekening "roker - boete opgelegd"
staat, die bij elke volgende boeking zichtbaar is voor de receptie.

Ik vraag niet om verwijdering van mijn profiel. Wel wil ik dat deze aantekening niet meer
gebruikt of getoond wordt zolang mijn betwisting van de kosten niet is afgehandeld.

Met vriendelijke groet,
Wouter Smit
""",
    R(["Restriction"], "wouter.smit@xs4all.example.nl", "Wouter", "Smit"))

add("nl-14-boeking-auto-geannuleerd", "Rachid Bouzid <r.bouzid@kpn.example.nl>",
    "Reservering automatisch geannuleerd - ik wil een mens spreken",
    """Goedendag,

Mijn reservering voor drie nachten in Staybright Den Haag (bevestiging SB-DH-771203) werd
binnen een minuut na het boeken geannuleerd met de melding "betaling afgewezen na
risicobeoordeling". Mijn creditcard is gewoon in orde, de bank ziet niks vreemds.

Ik neem aan dat hier een computersysteem over mij heeft beslist. Daar ben ik het niet mee eens.
Ik wil dat een medewerker deze beslissing opnieuw bekijkt en dat ik mijn kant van het verhaal
kan doen.

Rachid Bouzid
""",
    R(["AutomatedDecision"], "r.bouzid@kpn.example.nl", "Rachid", "Bouzid"))

add("nl-15-executeur-vader", "Jolanda Hoekstra <jolanda.hoekstra@home.example.nl>",
    "Overlijden lid Staybright Rewards",
    """Geachte mevrouw, heer,

Mijn vader, de heer Gerrit Hoekstra (geboren 11-02-1941), is op 2 oktober jl. overleden. Hij was
jarenlang Gold-lid van uw Rewards-programma.

Als executeur van zijn nalatenschap verzoek ik u zijn account op te heffen en zijn
persoonsgegevens uit uw bestanden te verwijderen. De resterende punten mogen vervallen. Een
kopie van de akte van overlijden en van de verklaring van executele stuur ik als bijlage mee.

Met vriendelijke groet,
Jolanda Hoekstra
""",
    R(["Erasure"], "jolanda.hoekstra@home.example.nl", "Gerrit", "Hoekstra",
      representative="Jolanda Hoekstra"))

add("nl-16-foto-yogales", "Noor Verbeek <noor.verbeek@proton.example.com>",
    "Foto's yogales spa Scheveningen",
    """Hoi,

Tijdens de yogales in de spa van Staybright Scheveningen in augustus werden er foto's gemaakt
en ik heb toen snel een formuliertje getekend dat dat goed was. Inmiddels sta ik op jullie
Instagram en, zo zag ik gisteren, ook in de nieuwe folder.

Ik heb daar achteraf toch geen goed gevoel bij. Mijn toestemming trek ik bij deze in.

Groetjes,
Noor Verbeek
""",
    R(["Opposition"], "noor.verbeek@proton.example.com", "Noor", "Verbeek"))

add("nl-17-oplader-vergeten", "Ria Mulder <riamulder@chello.example.nl>",
    "Oplader laten liggen",
    """Hallo,

Ik heb afgelopen donderdag mijn telefoonoplader en een leesbril laten liggen in kamer 412 van
het hotel in Eindhoven. Weet iemand of dat gevonden is? Ik kon op de website nergens een ander
mailadres vinden dan dit.

Groetjes,
Ria Mulder
""",
    R(["Unknown"], "riamulder@chello.example.nl", "Ria", "Mulder"),
    to="receptie.eindhoven@acme-corp.example, privacy@acme-corp.example")

add("nl-18-overzicht-vlaams", "Lien Peeters <lien.peeters@icloud.example.com>",
    "mijn gegevens",
    """Dag, mag ik eens een overzicht krijgen van al wat jullie over mij bijhouden? Ben al jaren klant bij jullie.
Thx
Lien Peeters

Verstuurd vanaf mijn iPhone
""",
    R(["Access"], "lien.peeters@icloud.example.com", "Lien", "Peeters"))

add("nl-19-ouderaccount-opheffen", "Eva Timmermans <eva.timmermans@caiway.example.nl>",
    "Opzeggen en geen mails meer",
    """Beste Brightpath,

Onze dochter is na de zomer gestopt met de bijlessen en ik heb het abonnement netjes opgezegd.
Toch krijg ik nog steeds jullie nieuwsbrief en de wekelijkse "tips voor ouders". Daar wil ik
vanaf. Verder wil ik dat mijn ouderaccount helemaal wordt opgeruimd, met alles erop en eraan;
we komen niet meer terug.

Met groet,
Eva Timmermans
""",
    R(["Erasure", "Opposition"], "eva.timmermans@caiway.example.nl", "Eva", "Timmermans"))

add("nl-20-advocaat-parkeergarage", "mr. S. van Leeuwen <s.vanleeuwen@leeuwen-advocaten.example.nl>",
    "Cliënt B. Koster - camerabeelden parkeergarage Staybright Schiphol",
    """Geachte heer, mevrouw,

Ik sta de heer Bram Koster bij. Mijn cliënt verbleef van 20 tot 22 oktober 2026 in Staybright
Schiphol en parkeerde zijn auto in de bij het hotel behorende parkeergarage. Bij terugkomst
bleek het voertuig aanzienlijk beschadigd.

Namens cliënt verzoek ik u op grond van artikel 15 AVG om verstrekking van de camerabeelden
waarop mijn cliënt en zijn voertuig zichtbaar zijn in de periode van 20 oktober 12.00 uur tot
22 oktober 10.00 uur, alsmede van de overige persoonsgegevens die u in verband met dit verblijf
van hem verwerkt.

Voorts verzoek ik u, onder verwijzing naar artikel 18 lid 1 sub c AVG, deze beelden niet te
wissen en de verwerking ervan te beperken tot opslag, nu mijn cliënt deze nodig heeft voor de
instelling van een rechtsvordering. Een machtiging van cliënt treft u bijgaand aan.

Hoogachtend,

mr. Sophie van Leeuwen
advocaat
Van Leeuwen Advocaten
Herengracht 301, 1016 AV Amsterdam
T 020 555 31 80

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht
ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
""",
    R(["Access", "Restriction"], "s.vanleeuwen@leeuwen-advocaten.example.nl", "Bram", "Koster",
      representative="Sophie van Leeuwen"))

add("nl-21-gezinsadres-telefoon", "Fam. Bakker <familiebakker@home.example.nl>",
    "dubbel account",
    """Hallo,

Ik heb per ongeluk twee Rewards-accounts, eentje op ons gezinsadres en eentje op mijn eigen
mail. Op die eerste staat nog een oud telefoonnummer (06-12345678), het goede is 06-87654321.
Kunnen jullie de twee samenvoegen en het nummer goedzetten?

Antwoord graag naar mijn eigen adres, deze mailbox lezen we met het hele gezin.

Ineke
""",
    R(["Rectification"], "ineke.bakker@gmail.example.com", "Ineke", "Bakker"),
    headers=["Reply-To: Ineke Bakker <ineke.bakker@gmail.example.com>"])

add("nl-22-hr-zakelijke-portal", "Marieke Zwart <m.zwart@vandermeer-logistics.example.nl>",
    "Vragen ondernemingsraad over zakelijke boekingen",
    """Geachte heer, mevrouw,

Via uw zakelijke portal boeken wij jaarlijks enkele honderden overnachtingen voor onze
medewerkers. Onze ondernemingsraad heeft mij gevraagd na te gaan welke persoonsgegevens van onze
medewerkers Staybright via die portal ontvangt, voor welke doeleinden u deze gebruikt (ook voor
marketing?), en of de gegevens buiten de EER worden opgeslagen.

Kunt u mij hierover informeren, of verwijzen naar de juiste documentatie?

Met vriendelijke groet,

Marieke Zwart
HR-directeur
Van der Meer Logistics B.V.
T +31 (0)10 555 82 00 | M +31 (0)6 5550 1177

Disclaimer: De informatie in dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de
geadresseerde. Van der Meer Logistics B.V. aanvaardt geen aansprakelijkheid voor schade
voortvloeiend uit onvolledige of onjuiste overbrenging van dit bericht.
""",
    R(["Information"], "m.zwart@vandermeer-logistics.example.nl", "Marieke", "Zwart"))

add("nl-23-oudere-dame-paspoort", "J. Hermans <jhermans.coenen@zeelandnet.example.nl>",
    "Mijn paspoortgegevens",
    """Geachte mevrouw/heer,

Bij het inchecken in uw hotel te Valkenburg in september heeft men mijn paspoort gescand. Ik ben
81 jaar en niet zo thuis in de computer, maar mijn kleinzoon zegt dat ik mag vragen wat u
daarvan allemaal hebt opgeslagen. Graag ontvang ik dat van u, per post mag ook: Brugstraat 3,
6301 BB Valkenburg.

Met vriendelijke groeten,
mevr. Josephine Hermans-Coenen
""",
    R(["Access"], "jhermans.coenen@zeelandnet.example.nl", "Josephine", "Hermans-Coenen"),
    ct=LATIN1, encode="latin-1")

add("nl-24-geen-verjaardagsmail", "Kevin Janssens <kevin.janssens@proximus.example.be>",
    "Verjaardagsmails",
    """Hallo,

Om misverstanden te voorkomen: ik wil mijn account NIET opzeggen of laten verwijderen, ik spaar
nog voor een gratis nacht. Ik wil enkel geen verjaardagsmail, geen "we missen je"-mail en geen
"speciaal voor jou"-aanbiedingen meer ontvangen.

Merci,
Kevin Janssens
""",
    R(["Opposition"], "kevin.janssens@proximus.example.be", "Kevin", "Janssens"))

add("nl-25-overstap-export-wissen", "Dirk-Jan Schouten <dj.schouten@online.example.nl>",
    "Overstap naar andere hotelketen",
    """Goedemorgen,

Na tien jaar Staybright stap ik over naar een andere keten, die mijn status wil matchen als ik
mijn verblijfshistorie kan aantonen. Kunnen jullie mijn verblijven, puntenhistorie en
voorkeuren (kussentype, kamertype, allergieën) exporteren in een gangbaar formaat zoals CSV of
Excel, zodat ik dat kan uploaden?

Zodra ik dat bestand heb, mag mijn profiel bij jullie weg.

Groet,
Dirk-Jan Schouten
""",
    R(["Portability", "Erasure"], "dj.schouten@online.example.nl", "Dirk-Jan", "Schouten"))

add("nl-26-brief-zonder-kind", "Hanneke Vos <hanneke.vos@hetnet.example.nl>",
    "Hoe komen jullie aan mijn adres?",
    """Hallo,

Vandaag lag er een brief van Brightpath in de bus, op mijn naam, met een aanbieding voor
"examentraining voor uw kind". Ik heb nooit een account bij jullie gehad en mijn kinderen zijn
allang de deur uit. Hoe komen jullie aan mijn naam en adres? Hebben jullie een adressenbestand
gekocht, en zo ja van wie?

En ik wil verder geen post of reclame meer van jullie.

Hanneke Vos
""",
    R(["Information", "Opposition"], "hanneke.vos@hetnet.example.nl", "Hanneke", "Vos"))

add("nl-27-voogd-opnames", "Karin Smeets <karin.smeets@kpnplanet.example.nl>",
    "Verwijdering opnames en profiel Milan de Jong",
    """Geachte heer/mevrouw,

Ik ben door de rechtbank benoemd tot voogd van Milan de Jong (12 jaar). Milan heeft via zijn
basisschool een proefperiode van zes weken bij Brightpath gehad, waarbij de videolessen zijn
opgenomen. Zonder mijn medeweten.

Ik verzoek u alle opnames en het leerlingprofiel van Milan te wissen en mij te bevestigen dat dit
is gebeurd. Een afschrift van de beschikking kan ik u op verzoek toesturen.

Met vriendelijke groet,
Karin Smeets
""",
    R(["Erasure"], "karin.smeets@kpnplanet.example.nl", "Milan", "de Jong",
      representative="Karin Smeets"))

add("nl-28-expat-half-engels", "Priya Raghunathan <priya.r@fastmail.example.com>",
    "Mijn gegevens / my data",
    """Hoi,

Sorry, my Dutch is not so good yet. I am a parent on Brightpath en ik wil graag alles zien wat
jullie over MIJ hebben (not about my kids, just my own parent account), inclusief de
betalingsgegevens en de chat with customer service. Is that possible?

Dank je wel!
Priya Raghunathan
""",
    R(["Access"], "priya.r@fastmail.example.com", "Priya", "Raghunathan"))

add("nl-29-leerling-cijfer-fout", "Zoë Aydın <zoe.aydin2010@live.example.nl>",
    "cijfer klopt niet",
    """hoi

ik ben zoë en ik zit in 4 havo. In het Brightpath portaal staat bij de oefentoets scheikunde
van 3 november een 3,2 maar ik had een 7,2, mijn bijlesdocent heeft het ook gezien. kan dat
verbeterd worden?? anders denkt mijn mentor dat ik het heel slecht doe

groetjes Zoë Aydın
""",
    R(["Rectification"], "zoe.aydin2010@live.example.nl", "Zoë", "Aydın"))

add("nl-30-bezwaar-profilering", "Arjen Veldkamp <arjen@veldkamp.example.nl>",
    "Bezwaar klantprofiel",
    """Geacht privacyteam,

Hierbij maak ik bezwaar tegen het gebruik van mijn boekings- en bestedingsgegevens (minibar,
restaurant, spa) voor het opstellen van een klantprofiel en voor gepersonaliseerde
aanbiedingen. Mijn Rewards-nummer is SR-1190433.

Met vriendelijke groet,
Arjen Veldkamp
""",
    R(["Opposition"], "arjen@veldkamp.example.nl", "Arjen", "Veldkamp"))

add("nl-31-na-overlijden-regelen", "Ton Verhoeven <ton.verhoeven@kpnmail.example.nl>",
    "Regelen wat er met mijn account gebeurt",
    """Beste mensen,

Ik heb onlangs te horen gekregen dat ik niet meer beter word en ik ben mijn zaken aan het
regelen. Ik kom al dertig jaar in jullie hotels, dus ook dit hoort erbij.

Ik zou bij jullie willen vastleggen wat er met mijn gegevens en mijn Rewards-account moet
gebeuren als ik er niet meer ben: alles mag dan weg, en mijn dochter Sanne mag dat namens mij
afhandelen. Kan dat, en hoe leg ik dat bij jullie vast?

Hartelijke groet,
Ton Verhoeven
""",
    R(["AdvanceDirectives"], "ton.verhoeven@kpnmail.example.nl", "Ton", "Verhoeven"))

# ---------------------------------------------------------------- tasks

add("nl-32-verwerkersovereenkomst-camera", "Lisa Kramer <lisa.kramer@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe camera-leverancier",
    """Hoi privacyteam,

Per januari gaan we voor het beheer van de camera's in de Benelux-hotels over op SecurVision.
Inkoop heeft hun concept-verwerkersovereenkomst gestuurd (zie bijlage). Kunnen jullie die vóór
1 december doornemen? Vooral de bewaartermijnen, het inzien op afstand en de subverwerkers
buiten de EU baren me zorgen.

Dank!
Lisa Kramer
Facilitair Manager Benelux
""",
    TASK("lisa.kramer@acme-corp.example", "Lisa", "Kramer"))

add("nl-33-dpia-ai-nakijken", "Yara Kok <yara.kok@acme-corp.example>",
    "DPIA nodig voor automatisch nakijken opstellen?",
    """Hi,

We willen in het voorjaar een pilot starten met een AI-tool die opstellen van leerlingen
(groep 8 en onderbouw vo) automatisch nakijkt en feedback geeft. De leverancier zit in Ierland,
het model draait bij een Amerikaanse cloudpartij. Ik vermoed dat we daar een DPIA voor moeten
doen. Kunnen jullie die met ons opstarten? Ik kan volgende week een sessie inplannen.

Groet,
Yara Kok
Product Owner Brightpath Learn
""",
    TASK("yara.kok@acme-corp.example", "Yara", "Kok"))

add("nl-34-register-intakeformulier-spa", "Tim Bosman <tim.bosman@acme-corp.example>",
    "nieuw intakeformulier spa",
    """He privacy,

De spa in Noordwijk gaat vanaf december een nieuw intakeformulier gebruiken met vragen over
zwangerschap, allergieën, medicijngebruik en hartklachten. Moet dat in het verwerkingsregister?
Zo ja, kunnen jullie het toevoegen of mij laten weten wat ik moet aanleveren?

Tim Bosman
Spa Manager Noordwijk
""",
    TASK("tim.bosman@acme-corp.example", "Tim", "Bosman"))

add("nl-35-vragenlijst-schoolbestuur", "Femke Brands <femke.brands@acme-corp.example>",
    "Privacyvragenlijst Stichting Openbaar Onderwijs Gooi - deadline vrijdag",
    """Beste collega's,

Stichting Openbaar Onderwijs Gooi (14 scholen) wil vóór ondertekening van de licentie dat wij
hun privacy- en beveiligingsvragenlijst invullen (65 vragen, o.a. over het Model
Verwerkersovereenkomst, logging, bewaartermijnen en incidentmelding). Hij staat in de gedeelde
map onder Sales/Onderwijs/SOOG. Kunnen jullie de privacyvragen voor je rekening nemen? Deadline
is vrijdag.

Met vriendelijke groet,

Femke Brands
Accountmanager Onderwijs | Brightpath
M +31 6 5550 7788

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de beoogde ontvanger, verwijder
het dan en informeer de afzender.
""",
    TASK("femke.brands@acme-corp.example", "Femke", "Brands"))

add("nl-36-training-receptie-be", "Sander Claes <sander.claes@acme-corp.example>",
    "Opleiding receptieteams i.v.m. identiteitskaarten",
    """Dag collega's,

Bij de audit in Antwerpen bleek dat de receptie nog steeds kopieën van identiteitskaarten
bewaart in een map achter de balie. Kunnen jullie in januari een korte opleiding geven aan de
receptieteams van de Belgische hotels over wat wel en niet mag met identiteitskaarten en
paspoorten? Liefst een uurtje, online, met een paar praktijkvoorbeelden.

Bedankt,
Sander Claes
Operations Manager Staybright België
""",
    TASK("sander.claes@acme-corp.example", "Sander", "Claes"))

# ---------------------------------------------------------------- incidents

add("nl-37-paspoort-verkeerde-gast", "Esra Koç <esra.koc@acme-corp.example>",
    "Paspoortscan naar verkeerde gast gestuurd",
    """Hallo,

Vanochtend heeft een collega bij het nasturen van een factuur per ongeluk ook de paspoortscan
van een andere gast meegestuurd (mevrouw uit kamer 208, Duitse nationaliteit). De ontvanger
heeft ons net gebeld en zegt dat hij de mail verwijderd heeft. Wat moeten we nu doen? Moeten we
de gast zelf informeren?

Esra Koç
Receptie Staybright Eindhoven
""",
    INC("esra.koc@acme-corp.example", "Esra", "Koç"))

add("nl-38-laptop-gestolen", "Martijn Peters <martijn.peters@acme-corp.example>",
    "laptop gestolen uit auto",
    """Hoi,

Gisteravond is uit mijn auto (Arnhem, parkeerplaats station) mijn werklaptop gestolen. Er staan
exports van leerlingresultaten op, in Excel, van ongeveer 40 kinderen uit de examentraining.
De laptop heeft een wachtwoord maar ik weet niet zeker of de schijfversleuteling aanstond.
Aangifte bij de politie doe ik vanmiddag. Wat heb je verder van me nodig?

Martijn Peters
Onderwijscoördinator
""",
    INC("martijn.peters@acme-corp.example", "Martijn", "Peters"))

add("nl-39-ouder-ziet-ander-kind", "Ahmed Benali <ahmed.benali@ziggo.example.nl>",
    "Cijfers van een ander kind in de ouder-app",
    """Goedenavond,

Toen ik vanavond inlogde in de ouder-app om de voortgang van mijn zoon te bekijken, zag ik niet
zijn resultaten maar die van een meisje, "Lotte B.", uit een andere groep. Met haar cijfers en
opmerkingen van de docent over haar concentratie en thuissituatie. Na opnieuw inloggen was het
weer goed.

Dit lijkt me iets wat niet mag gebeuren. Ik heb een screenshot gemaakt als bewijs, die kan ik
sturen als jullie dat willen.

Ahmed Benali
""",
    INC("ahmed.benali@ziggo.example.nl", "Ahmed", "Benali"))

add("nl-40-factuur-andere-gast", "Stijn Maes <stijn.maes@scarlet.example.be>",
    "factuur van iemand anders ontvangen",
    """Hallo,

In de envelop met mijn factuur van het hotel in Leuven zat ook de factuur van een andere gast:
met zijn naam, thuisadres, kamernummer, de laatste vier cijfers van zijn kredietkaart en wat hij
allemaal in de bar heeft gedronken. Wat moet ik ermee doen? Terugsturen of vernietigen?

Stijn Maes
""",
    INC("stijn.maes@scarlet.example.be", "Stijn", "Maes"))

add("nl-41-phishing-extranet", "Nadia Hamdi <nadia.hamdi@acme-corp.example>",
    "Op verkeerde link geklikt",
    html("Hoi,",
         "Ik heb vanochtend op een link geklikt in een mail die van het extranet van een "
         "boekingssite leek te komen en daar mijn gebruikersnaam en wachtwoord ingevuld. Pas "
         "daarna zag ik dat het adres niet klopte. Via dat account kun je alle reserveringen van "
         "ons hotel zien, met namen, telefoonnummers en soms creditcardgegevens.",
         "Ik heb mijn wachtwoord al veranderd en IT gebeld. Moet ik nog iets anders doen?",
         "Nadia Hamdi<br>Reservations Agent - Staybright Amsterdam Zuid"),
    INC("nadia.hamdi@acme-corp.example", "Nadia", "Hamdi"),
    ct=HTML)

# ---------------------------------------------------------------- follow-ups

add("nl-42-dsr-vijf-weken", "Wim Bos <wim.bos@xs4all.example.nl>",
    "Re: [DSR-30418] Uw verzoek is ontvangen",
    """Het is inmiddels vijf weken verder en ik heb nog steeds niets ontvangen. De wettelijke termijn
is een maand, dacht ik. Wanneer kan ik iets verwachten?

Wim Bos

Op 9 okt. 2026 om 10:02 schreef privacy@acme-corp.example:
> Beste heer Bos,
>
> Wij hebben uw verzoek ontvangen en geregistreerd onder nummer DSR-30418.
> U ontvangt binnen een maand een reactie.
>
> Met vriendelijke groet,
> Privacyteam Staybright & Brightpath
""",
    FU("30418", "wim.bos@xs4all.example.nl", "Wim", "Bos"))

add("nl-43-aanvulling-rijbewijs", "P.J. van Oosterhout <pj.vanoosterhout@kpnmail.example.nl>",
    "Re: Verzoek ex artikel 15 AVG",
    """Geachte heer, mevrouw,

In aanvulling op mijn eerdere bericht van vandaag zend ik u hierbij een afschrift van mijn
rijbewijs, waarop de pasfoto en het documentnummer zijn afgeschermd, zodat u mijn identiteit kunt
vaststellen.

Hoogachtend,
P.J. van Oosterhout
""",
    FU(ref("nl-02-inzage-art15"), "pj.vanoosterhout@kpnmail.example.nl", "Pieter", "van Oosterhout"),
    headers=irt("nl-02-inzage-art15"))

add("nl-44-dsr-lidnummer", "Katrien Goossens <katrien.goossens@telenet.example.be>",
    "Antw: [DSR-29977] Aanvullende gegevens nodig",
    """Goeiedag,

Hierbij mijn lidnummer zoals gevraagd: SR-7731902. Mijn geboortedatum is 04/05/1979.

Mvg,
Katrien Goossens

----- Oorspronkelijk bericht -----
Van: privacy@acme-corp.example
Onderwerp: [DSR-29977] Aanvullende gegevens nodig

Beste mevrouw Goossens,
Om uw verzoek te kunnen behandelen hebben wij uw lidnummer en geboortedatum nodig.
""",
    FU("29977", "katrien.goossens@telenet.example.be", "Katrien", "Goossens"))

add("nl-45-nog-geen-reactie-annulering", "Rachid Bouzid <r.bouzid@kpn.example.nl>",
    "Re: Reservering automatisch geannuleerd - ik wil een mens spreken",
    """Nog steeds geen reactie op mijn mail van vorige week. Ik heb inmiddels elders geboekt, maar ik
wil nog altijd weten waarom dat systeem mij heeft afgewezen.

Rachid
""",
    FU(ref("nl-14-boeking-auto-geannuleerd"), "r.bouzid@kpn.example.nl", "Rachid", "Bouzid"),
    headers=irt("nl-14-boeking-auto-geannuleerd"))

# ---------------------------------------------------------------- ignored

add("nl-46-spam-gegevens-verwijderen", "DataVrij Service <info@datavrij-nu.example>",
    "Uw persoonsgegevens staan op 143 websites - laat ze vandaag nog verwijderen",
    """Beste klant,

Wist u dat uw naam, adres en telefoonnummer te vinden zijn op maar liefst 143 websites van
databrokers? Met DataVrij laat u ze in één klik verwijderen, volledig volgens de AVG.

Bescherm uw privacy nu voor slechts €4,95 per maand. Eerste maand GRATIS!

>> Start uw gratis scan: http://datavrij-nu.example/scan

Afmelden? Antwoord STOP.
""",
    IGN("spam", "info@datavrij-nu.example"), headers=SPAM_HDR)

add("nl-47-phishing-mailbox", "IT Servicedesk <servicedesk@acme-corp.example>",
    "Actie vereist: uw mailbox wordt vandaag gedeactiveerd",
    """Beste gebruiker,

Uw mailbox privacy@acme-corp.example heeft de opslaglimiet overschreden en wordt vandaag om
17:00 gedeactiveerd. Om verlies van gegevens te voorkomen moet u uw account direct verifiëren:

https://acme-corp-mail.example-login.example/verify

Met vriendelijke groet,
IT Servicedesk
""",
    IGN("spam", "servicedesk@acme-corp.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp.example")])

add("nl-48-spam-avg-register", "Register Gegevensbescherming NL <registratie@avg-register-nl.example>",
    "Verplichte AVG-registratie 2027 - voorkom een boete",
    """Geachte ondernemer,

Volgens onze gegevens is uw organisatie nog niet opgenomen in het Register Gegevensbescherming.
Vanaf 1 januari 2027 is registratie voor alle organisaties die persoonsgegevens verwerken
verplicht. Organisaties zonder registratie riskeren een boete tot €20 miljoen.

Registreer vandaag nog voor €349 excl. btw via onderstaande link en ontvang direct uw
AVG-certificaat.

Registratieteam
""",
    IGN("spam", "registratie@avg-register-nl.example"))

add("nl-49-afwezig-school", "Anouk de Vries <a.devries@basisschool-dewaaier.example.nl>",
    "Automatisch antwoord: Uw vraag over de Brightpath-licenties",
    """Beste afzender,

Ik ben afwezig tot en met maandag 23 november en heb beperkt toegang tot mijn mail. Voor
dringende zaken kunt u contact opnemen met de administratie via administratie@basisschool-dewaaier.example.nl.

Met vriendelijke groet,
Anouk de Vries
Directeur Basisschool De Waaier
""",
    IGN("auto_reply", "a.devries@basisschool-dewaaier.example.nl"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-50-melding-ontvangen", "Klantcontact Gemeente Zeist <noreply@klantcontact.gemeente-zeist.example.nl>",
    "Uw melding 2026-118733 is ontvangen",
    """Geachte heer/mevrouw,

Wij hebben uw bericht in goede orde ontvangen en geregistreerd onder meldingsnummer 2026-118733.
U ontvangt binnen tien werkdagen een inhoudelijke reactie.

Dit is een automatisch gegenereerd bericht; u kunt hier niet op reageren.

Gemeente Zeist
""",
    IGN("auto_reply", "noreply@klantcontact.gemeente-zeist.example.nl"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-51-nieuwsbrief-horeca", "HorecaVak Nieuwsbrief <nieuwsbrief@horecavak.example.nl>",
    "Week 47: toeristenbelasting, AVG-boete voor hotelketen en meer",
    """HorecaVak - week 47

* Toeristenbelasting stijgt in 23 gemeenten
* Hotelketen krijgt boete van de toezichthouder voor bewaren van paspoortkopieën
* Personeelstekort: zo houdt u uw receptieteam vast
* Agenda: Horecava 2027

Lees alle artikelen op horecavak.example.nl

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan via de link onderaan.
""",
    IGN("bulk", "nieuwsbrief@horecavak.example.nl"),
    headers=["List-Id: HorecaVak nieuwsbrief <nieuwsbrief.horecavak.example.nl>",
             "List-Unsubscribe: <https://horecavak.example.nl/afmelden?u=8812>",
             "Precedence: bulk"])

add("nl-52-onbestelbaar", "Mail Delivery Subsystem <MAILER-DAEMON@mail.example.nl>",
    "Onbestelbaar: Uw verzoek", "",
    IGN("bounce", "MAILER-DAEMON@mail.example.nl"), dsn=True)
