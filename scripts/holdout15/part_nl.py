# Holdout set 15, Dutch (Netherlands and Flanders). Written blind.
# Organisation: solar panels / heat pumps with a home-energy monitoring app, and a blood and
# plasma donation service.
from common import *

# ---------------------------------------------------------------- requests

add("nl-01", "Sanne de Jong <sanne.dejong@ziggo.example>", "vraagje",
    """Hoi, wat hebben jullie eigenlijk allemaal van mij opgeslagen? Ik ben donor en heb ook jullie energie-app.

Groetjes, Sanne de Jong
""", R(["Access"], "sanne.dejong@ziggo.example", "Sanne", "de Jong"))

add("nl-02", "Pieter van den Berg <p.vandenberg@kpnmail.example>", "Klacht installatie warmtepomp + gegevens",
    """Geachte heer/mevrouw,

Ik ben werkelijk ten einde raad. In augustus hebben wij bij jullie een hybride warmtepomp laten plaatsen. De installateur kwam twee keer niet opdagen zonder af te bellen, ik heb daarvoor twee dagen vrij genomen. Toen hij er uiteindelijk was, bleek de buitenunit niet op de afgesproken plek te kunnen omdat niemand de tekening had bekeken. Het ding staat nu pal onder het slaapkamerraam van de buren en maakt 's nachts een herrie waar je u tegen zegt. De buren hebben inmiddels een klacht bij de gemeente ingediend.

Ik heb vier keer gebeld met jullie klantenservice. Iedere keer een ander verhaal. Eén keer werd ik gewoon doorverbonden met een nummer dat niet bestond.

Ik ben er klaar mee. Ik laat het ding door een ander bedrijf verplaatsen en ik wil niets meer met jullie te maken hebben. Haal al mijn gegevens uit jullie systemen, ook mijn account in die monitoringsapp en de gegevens van de slimme meter die jullie uitlezen. Ik wil niet dat jullie daar nog iets mee doen.

Over de kosten van het verplaatsen hoort u nog van mijn rechtsbijstandsverzekering.

Pieter van den Berg
Lindelaan 14
3722 AB Bilthoven
""", R(["Erasure"], "p.vandenberg@kpnmail.example", "Pieter", "van den Berg"))

add("nl-03", "mr. drs. Willemijn Kuipers <w.kuipers@xs4all.example>",
    "Verzoek ex artikel 15 en 20 AVG",
    """Geachte functionaris voor gegevensbescherming,

Hierbij verzoek ik u, met een beroep op artikel 15 van de Algemene Verordening Gegevensbescherming (AVG), mij binnen de wettelijke termijn van een maand inzage te verstrekken in alle persoonsgegevens die u over mij verwerkt in verband met mijn zonnepaneleninstallatie en het bijbehorende monitoringsabonnement (klantnummer ZW-118204).

Daarnaast verzoek ik u op grond van artikel 20 AVG de meetgegevens van mijn omvormer en slimme meter (kwartierwaarden opwek en verbruik vanaf 1 januari 2024) aan mij te verstrekken in een gestructureerde, gangbare en machineleesbare vorm, bij voorkeur CSV, zodat ik deze kan meenemen naar een andere aanbieder van energiemonitoring.

Ik verzoek u de ontvangst van dit verzoek te bevestigen.

Hoogachtend,

W. Kuipers
Keizersgracht 402-II
1016 GC Amsterdam
""", R(["Access", "Portability"], "w.kuipers@xs4all.example", "Willemijn", "Kuipers"))

add("nl-04", "Lien Vermeulen <lien.vermeulen@telenet.example>", "adreswijziging donor",
    """Dag,

Ik ben sinds begin deze maand verhuisd van Aalst naar Gent. Mag ik vragen om mijn adres in mijn donordossier aan te passen? Het nieuwe adres is Sint-Pietersnieuwstraat 88 bus 3, 9000 Gent. Mijn GSM-nummer blijft hetzelfde.

Alvast bedankt!
Met vriendelijke groeten,
Lien Vermeulen
""", R(["Rectification"], "lien.vermeulen@telenet.example", "Lien", "Vermeulen"))

add("nl-05", "GERRIT KAMPHUIS <g.kamphuis@planet.example>", "BELLEN",
    """STOP MET MIJ TE BELLEN OVER THUISBATTERIJEN!!!! VANDAAG AL DRIE KEER. IK HEB GEEN INTERESSE EN WIL NOOIT MEER GEBELD WORDEN DOOR JULLIE OF JULLIE PARTNERS.

G. KAMPHUIS
""", R(["Opposition"], "g.kamphuis@planet.example", "Gerrit", "Kamphuis"))

add("nl-06", "Fatima El Amrani <fatima.elamrani@outlook.example>", "Slimme meter - wie krijgt mijn gegevens?",
    html("Goedemiddag,",
         "Sinds vorige maand is mijn slimme meter gekoppeld aan jullie app. Ik vraag me af wat er precies met die "
         "meterstanden gebeurt. Geven jullie die door aan mijn energieleverancier of aan de netbeheerder? En hoe lang "
         "worden de kwartierwaarden bewaard nadat ik de app eventueel niet meer gebruik?",
         "Ik wil er verder niets aan veranderen, ik wil het gewoon begrijpen.",
         "Met vriendelijke groet,<br>Fatima El Amrani"),
    R(["Information"], "fatima.elamrani@outlook.example", "Fatima", "El Amrani"), ct=HTML)

add("nl-07", "Thijs Bakker <thijsbakker@hotmail.example>", "stoppen als donor",
    """Hallo,

Na twaalf jaar plasma geven stop ik ermee, mijn knie laat de fietstocht naar het centrum niet meer toe. Ik wil graag dat mijn donorgegevens verwijderd worden voor zover dat mag. En stuur me alsjeblieft geen sms'jes en e-mails meer met oproepen, ook niet die met de spaarpunten-acties.

Bedankt voor alles,
Thijs Bakker
06-41928837
""", R(["Erasure", "Opposition"], "thijsbakker@hotmail.example", "Thijs", "Bakker"))

add("nl-08", "Marieke Smit | Smit Bewind <m.smit@smitbewind.example>", "Inzage gegevens cliënt H. Mulder",
    """Geachte heer/mevrouw,

Bij beschikking van de rechtbank Gelderland van 14 maart 2025 ben ik benoemd tot beschermingsbewindvoerder van de heer Hendrik Mulder, geboren 02-05-1951, wonende Veluwsestraat 7, 6711 KL Ede. Een kopie van de beschikking treft u in de bijlage.

De heer Mulder heeft in 2023 aan de deur een leaseovereenkomst voor zonnepanelen afgesloten. Om zijn financiële situatie in kaart te brengen verzoek ik u mij een overzicht te verstrekken van alle gegevens die u over de heer Mulder heeft vastgelegd, waaronder de gegevens die zijn gebruikt bij het afsluiten van de lease en de betalingshistorie.

Met vriendelijke groet,

Marieke Smit
Beschermingsbewindvoerder
Smit Bewind & Budgetbeheer
T 0318-204411

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de afzender te informeren en het bericht te verwijderen.
""", R(["Access"], "m.smit@smitbewind.example", "Hendrik", "Mulder", representative="Marieke Smit"))

add("nl-09", "Anneke Visser <anneke.visser@kpnmail.example>", "account van mijn overleden vader",
    """Beste mensen,

Op 28 september is mijn vader, Johannes (Jan) Visser, overleden. Hij had bij jullie een warmtepomp met het monitoringsabonnement en de app staat nog op zijn tablet. Ik regel als oudste dochter de nalatenschap; een akte van erfrecht kan ik meesturen als dat nodig is.

Het huis wordt verkocht. Willen jullie zijn account en alle gegevens die jullie van hem hebben verwijderen? Het contract voor het onderhoud heb ik al via de klantenservice opgezegd.

Met vriendelijke groet,
Anneke Visser
""", R(["Erasure"], "anneke.visser@kpnmail.example", "Johannes", "Visser", representative="Anneke Visser"))

add("nl-10", "Daphne Smeets <daphne.smeets@home.example>", "nieuwsbrief",
    """hoi ik krijg elke week jullie nieuwsbrief over warmtepompen ik heb daar nooit om gevraagd wil eruit mijn app account mag gewoon blijven die gebruik ik wel

daphne
""", R(["Opposition"], "daphne.smeets@home.example", "Daphne", "Smeets"))

add("nl-11", "Marloes Groen <marloes.groen@acme-corp.example>", "FW: foto's huisbezoek",
    """Hoi privacyteam,

Deze kwam gisteren binnen bij klantenservice, volgens mij is dit iets voor jullie. Kunnen jullie het oppakken? De klant heeft al twee keer gebeld.

Groet,
Marloes Groen
Klantenservice

-----Oorspronkelijk bericht-----
Van: Ahmed Bouzid <a.bouzid@kpnmail.example>
Verzonden: zondag 15 november 2026 21:14
Aan: klantenservice@acme-corp.example
Onderwerp: foto's huisbezoek

Beste,

Op 3 november is jullie monteur bij ons geweest voor de schouw van de warmtepomp. Hij heeft toen in bijna alle kamers foto's gemaakt, ook in de slaapkamer van mijn dochter, en hij typte steeds dingen in op zijn tablet. Ik wil graag alle foto's en aantekeningen ontvangen die jullie van dat bezoek over ons hebben bewaard.

Met vriendelijke groet,
Ahmed Bouzid
""", R(["Access"], "a.bouzid@kpnmail.example", "Ahmed", "Bouzid"))

add("nl-12", "Jelle Dykstra <jelle.dykstra@freeler.example>", "naam verkeerd op donorpas",
    """Goedendag,

Op mijn nieuwe donorpas staat mijn achternaam als Dijkstra, maar het is Dykstra met een y (Fries). Willen jullie dat aanpassen? Ik ben er ook benieuwd naar wat jullie nog meer over mij hebben vastgelegd, dus stuur me ook graag een overzicht daarvan, dan kan ik meteen controleren of de rest wel klopt.

Groet,
Jelle Dykstra
Leeuwarden
""", R(["Rectification", "Access"], "jelle.dykstra@freeler.example", "Jelle", "Dykstra"))

add("nl-13", "Joëlle Van Damme <joelle.vandamme@skynet.example>", "verbruiksprofiel en reclame",
    """Goeiemiddag,

Sinds wij de zonnepanelen en de digitale meter in de app gekoppeld hebben, krijg ik om de haverklap voorstellen voor een thuisbatterij "op basis van uw verbruiksprofiel". Ik ben daar niet in geïnteresseerd en ik vind het geen goed idee dat mijn verbruik geanalyseerd wordt om mij dingen te verkopen. Ik maak hierbij bezwaar tegen het gebruik van mijn verbruiksgegevens voor dat soort analyses en aanbiedingen.

De app zelf wil ik wel blijven gebruiken.

Met vriendelijke groeten,
Joëlle Van Damme
Kortrijk
""", R(["Opposition"], "joelle.vandamme@skynet.example", "Joëlle", "Van Damme"), ct=LATIN1, encode="latin-1")

add("nl-14", "Kevin Hoekstra <kevin.hoekstra@gmail.example>", "Afwijzing financiering zonnepanelen",
    """Hallo,

Ik kreeg vanochtend een mail dat mijn aanvraag voor financiering van 12 panelen is afgewezen. Er stond letterlijk in: "Op basis van een geautomatiseerde beoordeling kunnen wij u helaas geen financiering aanbieden." Ik heb een vast contract en geen schulden, dus ik snap er niks van.

Ik wil dat iemand van vlees en bloed mijn aanvraag opnieuw bekijkt en ik wil weten waarom ik ben afgewezen. Ik ben het niet eens met deze beslissing.

Kevin Hoekstra

Verzonden vanaf mijn iPhone
""", R(["AutomatedDecision"], "kevin.hoekstra@gmail.example", "Kevin", "Hoekstra"))

add("nl-15", "R. Schouten <ruud.schouten@caiway.example>", "Betwisting meterstanden - niet doorsturen naar incasso",
    """Geachte heer, mevrouw,

U stelt dat mijn zonnepanelen in 2025 veel minder hebben opgewekt dan gegarandeerd en dat ik daardoor een bijbetaling verschuldigd ben onder de leaseovereenkomst. Die berekening is gebaseerd op meterstanden die volgens mij niet kloppen: de omvormer is van april tot juli offline geweest door een storing die uw eigen monteur heeft vastgesteld.

Ik heb hierover een klacht ingediend (uw referentie KL-55120). Zolang die klacht niet is afgehandeld, wil ik dat u de betwiste meetgegevens niet verder gebruikt en in elk geval niet aan een incassobureau of aan het BKR doorgeeft. Bevestigt u mij dat deze gegevens tot die tijd geblokkeerd blijven?

Met vriendelijke groet,
Ruud Schouten
""", R(["Restriction"], "ruud.schouten@caiway.example", "Ruud", "Schouten"))

add("nl-16", "Ingrid Bos <ingrid.bos@upcmail.example>", "afspraak verzetten",
    """Beste,

Ik heb donderdag om 10.30 een afspraak voor bloed geven in Zwolle maar mijn dochter is jarig. Kan ik die verzetten naar volgende week? Ik kon in de app geen ander moment kiezen. En krijg ik dan nog steeds de € 10 cadeaubon voor mijn 25e donatie?

Ingrid Bos
""", R(["Unknown"], "ingrid.bos@upcmail.example", "Ingrid", "Bos"), ct=CP1252, encode="cp1252")

add("nl-17", "Bas Verbeek <bas.verbeek@acme-corp.example>", "Fwd: Overstappen naar andere monitoringdienst",
    "",
    R(["Portability"], "mvanleeuwen@ziggo.example", "Martijn", "van Leeuwen"),
    attached=("Martijn van Leeuwen <mvanleeuwen@ziggo.example>", "Overstappen naar andere monitoringdienst",
              """Hallo,

Mijn monitoringsabonnement loopt op 31 december af en ik stap over naar de app van mijn nieuwe energieleverancier. Ik wil graag de complete historie van mijn opwek en verbruik sinds de installatie in 2021 meenemen. Kunnen jullie die als bestand (Excel of CSV, iets wat een computer kan inlezen) naar mij sturen, of rechtstreeks naar de nieuwe partij?

Groeten,
Martijn van Leeuwen
"""),
    note="""Hoi, zie bijgevoegde mail van een klant. Ik weet niet of wij dat zomaar mogen exporteren, dus ik leg hem bij jullie neer.

Bas Verbeek
Teamleider Klantcontact
""")

add("nl-18", "Corinne Vos <corinne.vos@hetnet.example>", "Reclame van verzekeraar??",
    """Goedemorgen,

Twee weken nadat jullie onze zonnepanelen hebben gelegd, kreeg ik een brief en daarna een telefoontje van een verzekeraar die mij een "zonnepanelenpolis" wilde aansmeren. Zij wisten precies hoeveel panelen we hebben en wanneer ze geplaatst zijn.

Hebben jullie mijn gegevens aan dat bedrijf gegeven? Aan wie geven jullie nog meer gegevens door? En ik wil dat jullie mijn gegevens vanaf nu niet meer aan dit soort partijen voor reclame doorgeven.

Corinne Vos
""", R(["Information", "Opposition"], "corinne.vos@hetnet.example", "Corinne", "Vos"))

add("nl-19", "Familie Jansen <fam.jansen@kpnplanet.example>", "donorprofiel",
    """Hallo,

Dit is Eva Jansen. Ik heb vorig jaar een donorprofiel bij jullie aangemaakt maar ben nooit komen doneren (ik bleek te laag ijzer te hebben). Ik wil graag dat dat profiel en de vragenlijst die ik toen heb ingevuld helemaal verwijderd worden.

Dit is het gezinsadres, antwoord alsjeblieft naar mijn eigen mailadres.

Groetjes,
Eva
""", R(["Erasure"], "eva.jansen02@gmail.example", "Eva", "Jansen"),
    headers=["Reply-To: Eva Jansen <eva.jansen02@gmail.example>"])

add("nl-20", "mr. B. Willems | Willems Advocatuur <b.willems@willems-advocatuur.example>",
    "Uw kenmerk onbekend - inzageverzoek namens de heer W. de Graaf",
    """Geachte heer, mevrouw,

Ik sta de heer Wouter de Graaf, wonende Molenweg 31 te Harderwijk, bij in het geschil met uw onderneming over de schade aan zijn dakconstructie die is ontstaan bij de montage van zonnepanelen op 12 mei 2026. Een machtiging van cliënt treft u bijgaand aan.

Namens cliënt doe ik hierbij een beroep op artikel 15 AVG. Cliënt wenst te ontvangen: alle persoonsgegevens die u over hem verwerkt, daaronder begrepen de werkbonnen, de foto's die door uw monteurs voor en na de montage zijn gemaakt, interne notities, opnames van telefoongesprekken met uw klantenservice en de correspondentie met uw onderaannemer.

Ik verzoek u de gegevens binnen de wettelijke termijn aan mij toe te zenden.

Hoogachtend,

mr. Bart Willems
advocaat

Willems Advocatuur
Stationsplein 4, 3818 LE Amersfoort
T 033 - 461 22 90

Dit e-mailbericht is vertrouwelijk en kan onder het verschoningsrecht vallen.
""", R(["Access"], "b.willems@willems-advocatuur.example", "Wouter", "de Graaf", representative="Bart Willems"))

add("nl-21", "Bram Peeters <bram.peeters@proximus.example>", "GSM-nummer aanpassen",
    """Dag,

Ik wil mijn account zeker niet laten verwijderen, ik ben heel tevreden over de app. Maar ik heb een nieuw GSM-nummer en de sms'en bij een storing van de omvormer komen nog toe op mijn oud nummer. Kunt ge dat aanpassen naar 0472 55 18 90? In de app zelf lukt dat niet, dat veld is grijs.

Merci,
Bram Peeters
Mechelen
""", R(["Rectification"], "bram.peeters@proximus.example", "Bram", "Peeters"))

add("nl-22", "Noor Hendriks <noor.hendriks@live.example>", "ten onrechte uitgesloten als donor",
    """Beste medewerker,

Bij mijn laatste bezoek aan het plasmacentrum in Nijmegen ben ik voor onbepaalde tijd uitgesloten, omdat in mijn gezondheidsvragenlijst zou staan dat ik in de afgelopen zes maanden in een malariagebied ben geweest. Dat klopt niet: ik ben in Portugal geweest, niet in Mozambique. Volgens mij is er bij het overtypen iets fout gegaan.

Ik wil graag een kopie van de vragenlijst zoals die bij jullie in het systeem staat. En zolang niet is uitgezocht wat er mis is gegaan, wil ik niet dat die aantekening wordt gebruikt of gedeeld met andere centra.

Met vriendelijke groet,
Noor Hendriks
""", R(["Access", "Restriction"], "noor.hendriks@live.example", "Noor", "Hendriks"))

add("nl-23", "Kees Smits <c.smits1944@kpnmail.example>", "Wat gebeurt er met mijn gegevens als ik er niet meer ben",
    """Geachte mevrouw, mijnheer,

Ik ben 82 jaar en ben bezig mijn zaken op orde te brengen. Ik heb bij u de zonnepanelen en de app, en ik ben tot mijn 70e bloeddonor geweest.

Ik zou graag vastleggen wat er na mijn overlijden met mijn gegevens moet gebeuren. Mijn wens is dat mijn zoon Frank de gegevens van de zonnepanelen krijgt, want hij neemt het huis over, en dat alles wat met het bloed geven te maken heeft dan wordt vernietigd. Kan ik dat bij u laten vastleggen en hoe gaat dat in zijn werk?

Met vriendelijke groet,
C. (Kees) Smits
""", R(["AdvanceDirectives"], "c.smits1944@kpnmail.example", "Kees", "Smits"))

add("nl-24", "t.claes@telenet.example", "uitschrijven",
    """Gelieve mij uit te schrijven van al uw mailings aub.

T. Claes
""", R(["Opposition"], "t.claes@telenet.example", None, "Claes"))

add("nl-25", "Daan Verhoeven <daan.verhoeven@protonmail.example>", "Plasma naar het buitenland?",
    """Hoi,

Ik geef sinds kort plasma. Een collega zei dat het plasma naar een farmaceutisch bedrijf in het buitenland gaat om er medicijnen van te maken. Gaan mijn persoonsgegevens of gegevens uit de gezondheidsvragenlijst dan ook mee naar dat bedrijf, en zo ja, naar welk land? Of is dat allemaal gepseudonimiseerd?

Vriendelijke groet,
Daan Verhoeven
""", R(["Information"], "daan.verhoeven@protonmail.example", "Daan", "Verhoeven"))

add("nl-26", "Miriam Koster <miriamkoster@zonnet.example>", "meterstanden slimme meter",
    """Goedemiddag,

Kunnen jullie mij laten zien welke meterstanden jullie sinds 2023 van mijn slimme meter hebben uitgelezen? Ik heb het gevoel dat er ook gegevens worden binnengehaald van de periode dat ik de app nog niet had, en ik wil weten wat jullie precies van mij hebben.

Met vriendelijke groet,
Miriam Koster
""", R(["Access"], "miriamkoster@zonnet.example", "Miriam", "Koster"))

add("nl-27", "Sofie Wouters <sofie.wouters@telenet.example>", "Mijn vragenlijsten",
    """Hallo,

Ik heb vijf jaar bloed gegeven in Leuven maar ben ermee gestopt na mijn zwangerschap. Ik wil niet dat mijn medische vragenlijsten nog ergens blijven rondslingeren: wis die alstublieft. Kunt ge mij daarbij ook laten weten aan welke instanties of labo's die vragenlijsten ooit zijn doorgegeven?

Vriendelijke groeten,
Sofie Wouters
""", R(["Erasure", "Information"], "sofie.wouters@telenet.example", "Sofie", "Wouters"))

add("nl-28", "Lotte van der Meer <lotte.vdmeer@gmail.example>", "name in app",
    """Hi! Mijn last name staat verkeerd in de app en op de facturen: "Vandermeer" aan elkaar. Het moet "van der Meer" zijn, los en met kleine v. Can you fix that please? Thanks!!

Lotte
""", R(["Rectification"], "lotte.vdmeer@gmail.example", "Lotte", "van der Meer"))

add("nl-29", "Hans Timmermans <hans.timmermans@chello.example>", "buurtvergelijking",
    """Geachte heer/mevrouw,

In de laatste update van de app staat een nieuwe functie "Vergelijk met je buurt", waarbij mijn verbruik anoniem zou worden vergeleken met dat van huizen in mijn straat. Ik heb daar bij de installatie toestemming voor gegeven zonder goed te lezen wat het inhield. Ik trek die toestemming hierbij in. Mijn gegevens mogen niet meer in die vergelijking worden meegenomen.

Met vriendelijke groet,
H. Timmermans
Venlo
""", R(["Opposition"], "hans.timmermans@chello.example", "Hans", "Timmermans"))

add("nl-30", "Yusuf Demir <yusuf.demir@outlook.example>", "automatisch afgekeurd in de donorapp",
    """Goedenavond,

Ik had via de app een afspraak willen maken om plasma te geven, maar na het invullen van de vragenlijst kreeg ik meteen de melding "U komt op dit moment niet in aanmerking als donor". Er heeft niemand naar gekeken, het ging binnen een seconde.

Ik wil dat een arts of medewerker mijn antwoorden bekijkt in plaats van een computer. Daarnaast wil ik een kopie van de gegevens die in dat systeem over mij staan, inclusief mijn antwoorden.

Met vriendelijke groet,
Yusuf Demir
""", R(["AutomatedDecision", "Access"], "yusuf.demir@outlook.example", "Yusuf", "Demir"))

add("nl-31", "rik_gamer99@hotmail.example", "acount",
    """verwijder mn acount aub ik gebruik de app nie meer

groetjes rik
""", R(["Erasure"], "rik_gamer99@hotmail.example", "Rik", None))

add("nl-32", "Esther Brouwer <esther.brouwer@solcon.example>", "Einde lease - gegevens naar nieuwe installateur",
    """Beste,

Per 1 januari neem ik de zonnepanelen over (einde leasecontract) en het onderhoud gaat naar een lokale installateur, Zon op Dak Twente. Zij willen graag de opwekhistorie en de storingsmeldingen van de omvormer hebben. Kunnen jullie die gegevens in een gangbaar bestandsformaat rechtstreeks naar hen sturen (info@zonopdaktwente.example)? Ik geef daar hierbij toestemming voor.

Met vriendelijke groet,
Esther Brouwer
Hengelo
""", R(["Portability"], "esther.brouwer@solcon.example", "Esther", "Brouwer"))

# ---------------------------------------------------------------- tasks

add("nl-33", "Roos Dekker <roos.dekker@acme-corp.example>", "DPIA spaarpunten-programma donoren",
    """Hoi privacyteam,

Marketing wil in het voorjaar starten met een nieuw spaarprogramma voor donoren: punten per donatie, extra punten als je een vriend aanbrengt, en punten inwisselen bij partners (bioscoop, webshop). Daarvoor willen we het donornummer en het aantal donaties delen met een externe loyaltypartij.

Kunnen jullie hiervoor een DPIA opstarten? Ik stuur het concept-programma en de offerte van de partij mee. Graag voor 15 januari een eerste oordeel.

Groet,
Roos Dekker
Marketing Donorwerving
""", TASK("roos.dekker@acme-corp.example", "Roos", "Dekker"))

add("nl-34", "Jeroen Maas <jeroen.maas@acme-corp.example>", "Verwerkersovereenkomst nieuwe cloudpartij meterdata",
    """Beste collega's,

We gaan de opslag van de slimme-meterdata en omvormerdata verhuizen naar een nieuwe cloudleverancier (contract ingaande 1 maart). Inkoop heeft hun standaard verwerkersovereenkomst ontvangen, maar er staat een clausule in over subverwerkers buiten de EER die ik niet goed kan beoordelen.

Willen jullie de verwerkersovereenkomst reviewen en aangeven wat we moeten aanpassen? Het document staat in de gedeelde map Inkoop > 2026 > Cloud.

Alvast dank,
Jeroen Maas
Inkoper IT
""", TASK("jeroen.maas@acme-corp.example", "Jeroen", "Maas"))

add("nl-35", "Annelies Post <annelies.post@acme-corp.example>", "verwerkingsregister bijwerken plasmacentrum Eindhoven",
    """Hallo,

Het nieuwe plasmacentrum in Eindhoven opent op 1 februari. Daar gaan we ook werken met een nieuwe kiosk waar donoren zelf de vragenlijst invullen en met een camerasysteem bij de ingang. Volgens mij moeten die verwerkingen nog in het verwerkingsregister worden opgenomen. Kunnen jullie dat oppakken, of laten weten welke informatie jullie van ons nodig hebben?

Annelies Post
Projectleider Eindhoven
""", TASK("annelies.post@acme-corp.example", "Annelies", "Post"))

add("nl-36", "Sander de Wit <sander.dewit@acme-corp.example>", "Vragenlijst informatiebeveiliging bank",
    """Hoi,

De bank waarmee we de financiering van zonnepanelen aanbieden, heeft ons een vendor assessment gestuurd (87 vragen, waarvan een heel blok over AVG: bewaartermijnen, rechten van betrokkenen, datalekprocedure). Security vult het technische deel in; kunnen jullie de privacyvragen beantwoorden? Deadline is 4 december.

Bedankt!
Sander de Wit
Partnerships
""", TASK("sander.dewit@acme-corp.example", "Sander", "de Wit"))

add("nl-37", "Koen Janssens <koen.janssens@acme-corp.example>", "opleiding privacy monteurs België",
    """Dag privacyteam,

Vanaf januari starten we met de installatieploegen in Vlaanderen. De monteurs gaan bij mensen thuis foto's maken en gegevens van de digitale meter uitlezen. Ze hebben nog geen enkele privacyopleiding gehad. Kunnen jullie een korte sessie (een uurtje, in het Nederlands) organiseren in ons kantoor in Antwerpen, bij voorkeur in de week van 12 januari?

Met vriendelijke groeten,
Koen Janssens
Operations Manager België
""", TASK("koen.janssens@acme-corp.example", "Koen", "Janssens"))

# ---------------------------------------------------------------- incidents

add("nl-38", "Mohamed Aziz <mohamed.aziz@acme-corp.example>", "tablet kwijt in de trein",
    """Hoi,

Ik ben gisteravond mijn werktablet kwijtgeraakt in de trein van Utrecht naar Amersfoort (laatste wagon, ik denk dat hij uit mijn tas is gevallen). Op de tablet staat de planning van deze week met namen en adressen van klanten, en de foto's van de schouwen van vandaag. Er zit wel een pincode op. Ik heb het al bij NS gevonden voorwerpen gemeld.

Wat moet ik verder doen?

Mohamed Aziz
Monteur team Midden
06-22019384
""", INC("mohamed.aziz@acme-corp.example", "Mohamed", "Aziz"))

add("nl-39", "Gert-Jan Molenaar <gj.molenaar@kpnmail.example>", "Mail ontvangen die niet voor mij is",
    """Goedemiddag,

Ik ontving vanochtend van jullie een e-mail met als onderwerp "Uw uitslag en volgende afspraak". Die gaat over een mevrouw W. Meijer uit Deventer, met haar geboortedatum, bloedgroep, ferritinewaarde en de datum van haar volgende donatie. Ik ben geen donor en ken deze mevrouw niet. Mijn e-mailadres lijkt wel een beetje op het hare, misschien is het verkeerd ingetikt.

Ik heb de mail niet doorgestuurd. Zal ik hem verwijderen?

Met vriendelijke groet,
Gert-Jan Molenaar
""", INC("gj.molenaar@kpnmail.example", "Gert-Jan", "Molenaar"))

add("nl-40", "Ilse Kramer <ilse.kramer@acme-corp.example>", "URGENT: op phishinglink geklikt",
    """Hallo,

Ik heb net een mail gehad die van Microsoft leek te komen ("uw wachtwoord verloopt vandaag"). Ik heb op de link geklikt en mijn gebruikersnaam en wachtwoord ingevuld voordat ik doorhad dat het niet klopte. Ik heb mijn wachtwoord meteen gewijzigd en de servicedesk gebeld. Via mijn account kan je bij het CRM met alle donorgegevens van regio Noord.

Sorry!!
Ilse Kramer
Donorservice
""", INC("ilse.kramer@acme-corp.example", "Ilse", "Kramer"))

add("nl-41", "Wim De Smet <wim.desmet@scarlet.example>", "ik zie verbruik van een ander huis in de app",
    """Dag,

Sinds de update van gisteren zie ik in de app niet meer ons eigen verbruik maar dat van een ander adres: Kerkstraat 12 in Lokeren, met de naam van de bewoner erbij, en hun verbruik per kwartier. Wij wonen in Sint-Niklaas. Ik vind dat niet in orde voor die mensen, ik kan zo zien wanneer ze thuis zijn en wanneer niet.

Kunnen jullie dit nakijken?

Met vriendelijke groeten,
Wim De Smet
""", INC("wim.desmet@scarlet.example", "Wim", "De Smet"))

add("nl-42", "Petra Hoogland <petra.hoogland@acme-corp.example>", "Excel met donorgegevens naar verkeerde ontvanger",
    """Beste privacyteam,

Ik moet een fout melden. Ik heb vanochtend om 9.12 uur een Excelbestand met de donoren die in december opgeroepen worden (ongeveer 340 personen: naam, geboortedatum, bloedgroep, telefoonnummer) naar het verkeerde adres gestuurd. Het moest naar ons planningsbureau, maar door de autocomplete is het naar een externe leverancier van kantoorartikelen gegaan met een vergelijkbare naam.

Ik heb de ontvanger gevraagd het te verwijderen maar nog geen reactie gekregen.

Petra Hoogland
Planning Donorcentra
""", INC("petra.hoogland@acme-corp.example", "Petra", "Hoogland"))

# ---------------------------------------------------------------- follow-ups

add("nl-43", "Ellen Mertens <ellen.mertens@hotmail.example>", "Re: [DSR-20417] Uw verzoek is ontvangen",
    """Goedemorgen,

Het is nu vijf weken geleden en ik heb nog steeds niets gehoord. Wanneer krijg ik een antwoord?

Ellen Mertens

> Geachte mevrouw Mertens,
> Wij hebben uw verzoek ontvangen onder nummer DSR-20417. U ontvangt binnen een maand een reactie.
> Met vriendelijke groet, Team Privacy
""", FU("20417", "ellen.mertens@hotmail.example", "Ellen", "Mertens"))

add("nl-44", "Pieter van den Berg <p.vandenberg@kpnmail.example>", "Re: Klacht installatie warmtepomp + gegevens",
    """Ik heb op mijn mail van vorige week nog geen enkele reactie gehad, zelfs geen ontvangstbevestiging. Ik verwacht binnen een week bericht dat mijn gegevens zijn verwijderd.

P. van den Berg
""", FU(ref("nl-02"), "p.vandenberg@kpnmail.example", "Pieter", "van den Berg"), headers=irt("nl-02"))

add("nl-45", "Karin Bosman <karin.bosman@ziggo.example>", "RE: [DSR-31188] Aanvullende informatie nodig",
    """Hallo,

Zoals gevraagd stuur ik hierbij een kopie van mijn rijbewijs (BSN en foto afgeschermd). Ik hoop dat jullie mijn verzoek nu verder kunnen behandelen.

Groet,
Karin Bosman

-----Oorspronkelijk bericht-----
Van: privacy@acme-corp.example
Onderwerp: [DSR-31188] Aanvullende informatie nodig
Om uw verzoek te kunnen behandelen, vragen wij u uw identiteit te bevestigen.
""", FU("31188", "karin.bosman@ziggo.example", "Karin", "Bosman"))

add("nl-46", "Kevin Hoekstra <kevin.hoekstra@gmail.example>", "Re: Afwijzing financiering zonnepanelen",
    """Nog even een aanvulling op mijn vorige mail: ik heb inmiddels mijn BKR-overzicht opgevraagd en daar staat niets op. Ik hoop dat dat helpt bij de herbeoordeling.

Kevin

Verzonden vanaf mijn iPhone
""", FU(ref("nl-14"), "kevin.hoekstra@gmail.example", "Kevin", "Hoekstra"), headers=irt("nl-14"))

# ---------------------------------------------------------------- ignored

add("nl-47", "Beveiliging Klantenservice <noreply@secure-mijnaccount.example>", "Uw gegevens worden binnen 24 uur verwijderd",
    """Geachte klant,

Wegens de nieuwe AVG-regelgeving worden alle persoonsgegevens van niet-geverifieerde accounts binnen 24 uur definitief verwijderd. Om verwijdering te voorkomen dient u uw gegevens direct te bevestigen via onderstaande link:

http://verifieer-nu.secure-mijnaccount.example/login

Na bevestiging ontvangt u bovendien een tegoed van EUR 50.

Met vriendelijke groet,
Afdeling Beveiliging
""", IGN("spam", "noreply@secure-mijnaccount.example"), headers=SPAM_HDR)

add("nl-48", "Dennis | TopRank Online <dennis@toprank-online.example>", "Meer klanten voor uw zonnepanelen?",
    """Goedendag,

Ik zag dat uw website voor de zoekterm "warmtepomp installateur" niet op pagina 1 van Google staat. Wij helpen installatiebedrijven aan 3x meer aanvragen via SEO en Google Ads. Natuurlijk volledig AVG-proof!

Zullen we deze week 15 minuten bellen? Wilt u geen mails meer ontvangen, antwoord dan met STOP.

Met zonnige groet,
Dennis Vermaat
TopRank Online
""", IGN("spam", "dennis@toprank-online.example"))

add("nl-49", "Privacy Guard NL <info@privacyguard-nl.example>", "Uw persoonsgegevens staan op het dark web!",
    """Beste ondernemer,

Uit ons onderzoek blijkt dat de gegevens van uw bedrijf en uw klanten te koop worden aangeboden op het dark web. Voor slechts EUR 299 laten wij al uw gegevens binnen 48 uur verwijderen van meer dan 200 illegale websites.

Betaal eenvoudig via het bijgevoegde betaalverzoek. Doet u niets, dan bent u aansprakelijk voor boetes van de Autoriteit Persoonsgegevens tot 20 miljoen euro.

Privacy Guard NL
""", IGN("spam", "info@privacyguard-nl.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="privacyguard-nl.example")])

add("nl-50", "Hanneke Brink <hanneke.brink@gemeente-zeist.example>", "Afwezig: Verwerkersovereenkomst energiemonitoring",
    """Dank voor uw bericht. Ik ben afwezig tot en met maandag 23 november en heb geen toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met het KCC via 14 030.

Met vriendelijke groet,
Hanneke Brink
""", IGN("auto_reply", "hanneke.brink@gemeente-zeist.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("nl-51", "Servicedesk Woonstichting <noreply@woonstichting-hof.example>", "Uw melding is geregistreerd onder nummer MLD-2026-088412",
    """Beste heer/mevrouw,

Wij hebben uw melding ontvangen en geregistreerd onder nummer MLD-2026-088412. Wij nemen binnen 5 werkdagen contact met u op. Dit is een automatisch gegenereerd bericht, u kunt hierop niet reageren.

Woonstichting De Hof
""", IGN("auto_reply", "noreply@woonstichting-hof.example"), headers=["Auto-Submitted: auto-generated"])

add("nl-52", "Nieuwsbrief Holland Solar Vakblad <nieuwsbrief@solarvakblad.example>", "Vakblad Zonne-energie | week 47: salderingsregeling, netcongestie en meer",
    html("<b>Vakblad Zonne-energie - week 47</b>",
         "Einde salderingsregeling: wat betekent dit voor uw klanten? | Netcongestie in Gelderland | Webinar: AVG en slimme meters bij installateurs",
         "U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. <a href=\"https://solarvakblad.example/afmelden\">Afmelden</a>"),
    IGN("bulk", "nieuwsbrief@solarvakblad.example"), ct=HTML,
    headers=["List-Id: Vakblad Zonne-energie <nieuws.solarvakblad.example>",
             "List-Unsubscribe: <https://solarvakblad.example/afmelden?u=88213>",
             "Precedence: bulk"])

add("nl-53", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Onbestelbaar: Uw verzoek",
    "", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
