from common import *  # part nl: written blind

# Organisation: ACME Wonen (woningcorporatie / woonmaatschappij) and ACME Energie & Water.

add("nl-01-inzage-kort", "M. de Boer <mdeboer@ziggo.example>", "inzageverzoek",
    "Graag ontvang ik een inzage in alle persoonsgegevens die u van mij verwerkt.\n\nMark de Boer\n",
    R(["Access"], "mdeboer@ziggo.example", "Mark", "de Boer"))

add("nl-02-kwartierwaarden-slimme-meter", "Henk Jansen <h.jansen@kpnmail.example>",
    "Toestemming kwartierwaarden intrekken",
    """\
Geachte heer/mevrouw,

Bij de installatie van mijn slimme meter in 2023 heb ik blijkbaar "ja" aangeklikt op de vraag of
ACME Energie mijn kwartierwaarden mag uitlezen voor "inzicht en advies". Dat was niet de bedoeling.

Ik trek deze toestemming hierbij in. U mag alleen nog de maand- en jaarstanden gebruiken die nodig
zijn voor de afrekening.

Klantnummer: 40 118 225
Adres: Spoorlaan 16, 5038 CB Tilburg

Met vriendelijke groet,
H. Jansen
""",
    R(["Opposition"], "h.jansen@kpnmail.example", "Henk", "Jansen"))

add("nl-03-boos-incassobureau", "Priscilla Sedney <priscilla.sedney@hotmail.example>",
    "Dit pik ik niet langer!!",
    """\
Goedemiddag,

Ik ben het zat. In juni kreeg ik een brief van jullie dat ik 3 maanden huurachterstand had. Klopt,
ik was mijn baan kwijt en de huurtoeslag liep niet door, ik heb dat METEEN gemeld bij de
wijkconsulent en er is een betalingsregeling afgesproken van 150 euro per maand. Die betaal ik
netjes, ik heb alle afschriften.

Toch stond er in september ineens een deurwaarder aan de deur en kreeg ik post van incassobureau
Vermaat & Co met 480 euro aan kosten erbovenop. Mijn buurvrouw heeft alles gezien, mijn kinderen
waren thuis. Bij jullie klantenservice zeggen ze "daar gaan wij niet meer over, het dossier is
overgedragen". Niemand weet iets, ik word van het kastje naar de muur gestuurd.

Ik wil ALLES zien wat jullie over mij hebben, mijn hele huurdersdossier, de notities van de
wijkconsulent, en wat er precies aan dat incassobureau is doorgestuurd. Dat is mijn recht volgens
de AVG, heb ik opgezocht.

Verder wil ik dat die kosten van tafel gaan en dat iemand mij eindelijk belt. Ik heb een klacht
ingediend maar daar is na 6 weken nog steeds niks mee gebeurd.

Priscilla Sedney
Bijlmerdreef, Amsterdam-Zuidoost
06-41822937
""",
    R(["Access"], "priscilla.sedney@hotmail.example", "Priscilla", "Sedney"))

add("nl-04-formele-brief-artikel-17", "W.J. Verhoeven <wj.verhoeven@planet.example>",
    "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
    """\
drs. W.J. Verhoeven
Kerkstraat 41
3811 CV Amersfoort

ACME Wonen
t.a.v. de Functionaris Gegevensbescherming

Amersfoort, 15 november 2026

Betreft: verzoek tot gegevenswissing op grond van artikel 17 AVG

Geachte heer, mevrouw,

Van 2009 tot 2018 huurde ik een woning van uw corporatie aan de Lindenlaan 7 te Leusden. De
huurovereenkomst is in april 2018 beëindigd, de eindafrekening is voldaan en er zijn geen
openstaande vorderingen.

Ik verzoek u hierbij, op grond van artikel 17 lid 1 sub a van de Algemene Verordening
Gegevensbescherming, alle persoonsgegevens die u nog van mij bewaart te wissen, aangezien deze niet
langer nodig zijn voor de doeleinden waarvoor zij zijn verzameld. Voor zover u op grond van een
wettelijke bewaarplicht gegevens moet behouden, verzoek ik u mij te melden welke gegevens dat zijn.

Ik verneem graag binnen de wettelijke termijn van een maand uw reactie.

Hoogachtend,

Willem Verhoeven
""",
    R(["Erasure"], "wj.verhoeven@planet.example", "Willem", "Verhoeven"))

add("nl-05-bewindvoerder-achterstand-corrigeren", "Esther Kok-Hermans <e.kok@bewindvoering-dekering.example>",
    "Cliënt R. Martina - correctie registratie huurachterstand",
    """\
Geachte heer/mevrouw,

Als beschermingsbewindvoerder van de heer Ricardo Martina (geb. 11-02-1988), huurder van de woning
Zonnebloemstraat 23 te Rotterdam, benoemd bij beschikking van de kantonrechter d.d. 4 maart 2026,
verzoek ik u het volgende.

De huurachterstand van € 1.612,- is op 30 september jl. volledig door ons voldaan (betalingsbewijs
bijgevoegd). In uw systeem en in de brief van 28 oktober staat mijn cliënt echter nog steeds
geregistreerd met een openstaande achterstand en als "wanbetaler".

Ik verzoek u deze onjuiste registratie te corrigeren en mij te bevestigen dat dit ook is
doorgegeven aan de partijen waaraan u de achterstand heeft gemeld.

Met vriendelijke groet,

Esther Kok-Hermans
Bewindvoerder | Bewindvoering De Kering
T 010 - 412 77 30

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt,
wordt u verzocht de afzender te informeren en het bericht te verwijderen.
""",
    R(["Rectification"], "e.kok@bewindvoering-dekering.example", "Ricardo", "Martina",
      representative="Esther Kok-Hermans"))

add("nl-06-vlaams-schrappen", "Jens Peeters <jens.peeters@telenet.example>",
    "gegevens schrappen",
    """\
Goeiedag,

Gelieve al mijn gegevens te schrappen uit jullie bestanden, ik ben geen klant meer sinds 2021 en
krijg nog altijd post van jullie op mijn oud adres in Mechelen.

Alvast bedankt.

Mvg,
Jens Peeters
""",
    R(["Erasure"], "jens.peeters@telenet.example", "Jens", "Peeters"))

add("nl-07-colporteur-aan-de-deur", "Fatma Yılmaz <fatma.yilmaz@gmail.example>",
    "verkoper aan de deur",
    """\
Hallo,

Vorige week donderdag stond er een man van ACME Energie bij mij aan de deur. Hij wist mijn naam en
zei dat ik "bij jullie bekend was met een betalingsachterstand" en dat ik met een ander contract
geld kon besparen. Mijn man en mijn schoonmoeder stonden erbij. Ik schaamde me dood.

Hoe komt die verkoper aan mijn gegevens en dat ik een achterstand heb gehad? Aan wie geven jullie dat
nog meer?

Ik wil ook niet meer dat er verkopers bij mij aanbellen of mij bellen.

Fatma Yılmaz
Enschede
""",
    R(["Information", "Opposition"], "fatma.yilmaz@gmail.example", "Fatma", "Yılmaz"))

add("nl-08-html-geboortedatum", "Anouk Bakker-Visser <anouk.bakkervisser@live.example>",
    "Onjuiste gegevens in huurdersportaal", html(
        "Beste medewerker,",
        "In het huurdersportaal staat mijn geboortedatum als 03-07-1995, maar dat moet zijn "
        "07-03-1995. Ook staat mijn achternaam als &quot;Bakker&quot; terwijl ik sinds dit jaar "
        "&quot;Bakker-Visser&quot; gebruik.",
        "Kunnen jullie dit aanpassen? Via het portaal zelf lukt het niet, het veld is grijs.",
        "Met vriendelijke groet,<br><b>Anouk Bakker-Visser</b><br>Huurcontract 2019-04417<br>Zwolle"),
    R(["Rectification"], "anouk.bakkervisser@live.example", "Anouk", "Bakker-Visser"), ct=HTML)

add("nl-09-hoofdletters-zonnepanelen", "GERRIT VAN DIJK <g.vandijk1952@hetnet.example>",
    "STOP MET BELLEN",
    """\
STOP MET BELLEN OVER ZONNEPANELEN. IK HEB AL 3 KEER GEZEGD DAT IK NIKS WIL. IK WIL DAT JULLIE MIJN
TELEFOONNUMMER UIT JULLIE SYSTEEM HALEN EN MIJ NOOIT MEER BELLEN.

G. VAN DIJK
""",
    R(["Opposition", "Erasure"], "g.vandijk1952@hetnet.example", "Gerrit", "van Dijk"))

add("nl-10-cp1252-inkomenstoets", "Marieke Hoekstra <marieke.hoekstra@xs4all.example>",
    "Vraag over inkomensgegevens huurverhoging",
    """\
Goedemorgen,

In de brief over de huurverhoging per 1 juli staat dat u mijn “huishoudinkomen” heeft opgevraagd bij
de Belastingdienst en dat de huur daarom met € 57,– extra omhoog gaat.

Ik heb een paar vragen:
– welke gegevens heeft u precies van de Belastingdienst gekregen (alleen een inkomenscategorie of
  ook bedragen per persoon)?
– van welke personen in mijn huishouden? Mijn zoon staat nog ingeschreven maar woont op kamers;
– hoe lang bewaart u die gegevens en wie binnen ACME Wonen kan ze inzien?

Bij voorbaat dank voor uw antwoord.

Marieke Hoekstra
Leeuwarden
""",
    R(["Information"], "marieke.hoekstra@xs4all.example", "Marieke", "Hoekstra"), ct=CP1252, encode="cp1252")

add("nl-11-betalingsregeling-afgewezen", "Youssef El Idrissi <y.elidrissi@gmail.example>",
    "afwijzing betalingsregeling - ik wil een mens spreken",
    """\
Beste ACME Energie,

Ik heb via de app een betalingsregeling aangevraagd voor de jaarafrekening van € 940. Binnen een
minuut kreeg ik een mail: "Op basis van onze risicobeoordeling kunnen wij u helaas geen
betalingsregeling aanbieden." Geen uitleg, geen contact.

Ik ben het hier niet mee eens. Ik wil dat een medewerker mijn aanvraag opnieuw bekijkt, en ik wil
weten waar die risicobeoordeling op gebaseerd is. Volgens mij hebben jullie een kredietcheck gedaan
zonder het te vragen.

Youssef El Idrissi
klantnummer 40 772 903
""",
    R(["AutomatedDecision"], "y.elidrissi@gmail.example", "Youssef", "El Idrissi"))

add("nl-12-schade-bij-oplevering", "Dennis Wolters <dennis.wolters@ziggo.example>",
    "Bezwaar opleverrapport - graag niets mee doen tot uitspraak",
    """\
Geachte heer/mevrouw,

Bij de eindinspectie van mijn vorige woning (Heiligeweg 12, Venlo) heeft de opzichter een rapport
opgemaakt met foto's waarin staat dat ik schade aan de keuken en het laminaat heb veroorzaakt. Dat
klopt niet: die schade was er al bij de start van de huur, dat staat ook in het opnamerapport van
2017.

Ik heb bezwaar gemaakt bij de afdeling Verhuur. Zolang daarover niet beslist is, verzoek ik u het
rapport en de foto's niet te gebruiken: geen kosten in rekening brengen, niets doorsturen naar een
incassobureau en niets registreren. Ik verzoek om beperking van de verwerking totdat de juistheid
is beoordeeld.

Met vriendelijke groet,
Dennis Wolters
""",
    R(["Restriction"], "dennis.wolters@ziggo.example", "Dennis", "Wolters"))

add("nl-13-dochter-overleden-moeder", "Ingrid Smits <ingrid.smits@kpnplanet.example>",
    "Gegevens van mijn overleden moeder",
    """\
Beste mensen,

Mijn moeder, mevrouw Johanna (Joke) Smits, is op 2 oktober overleden. Zij huurde een seniorenwoning
van ACME Wonen aan de Beukenhof 9 in Apeldoorn en had daar ook haar energie en water via jullie.

Als executeur van de nalatenschap wil ik graag een kopie van alle gegevens die jullie van haar
hebben: het huurcontract, de betalingen van de laatste jaren, de energiecontracten en de
afspraken die met haar gemaakt zijn. Er lijkt een contract voor een warmtepomp afgesloten te zijn
door een verkoper aan de deur en ik wil weten hoe dat precies gegaan is.

Een kopie van de akte van overlijden en de verklaring van executele stuur ik mee.

Met vriendelijke groet,
Ingrid Smits
""",
    R(["Access"], "ingrid.smits@kpnplanet.example", "Johanna", "Smits", representative="Ingrid Smits"))

add("nl-14-vlaams-collega-doorgestuurd", "Bart Wouters <bart.wouters@acme-corp.example>",
    "FW: overzetten verbruiksgegevens",
    """\
Dag privacyteam,

Zie hieronder, kunnen jullie dit oppakken? Ik weet niet of wij dat zomaar mogen doorsturen naar een
andere leverancier.

mvg
Bart Wouters
Klantendienst Vlaanderen

-----Oorspronkelijk bericht-----
Van: Lotte Claes <lotte.claes@telenet.example>
Verzonden: vrijdag 13 november 2026 10:22
Aan: klantendienst@acme-corp.example
Onderwerp: overzetten verbruiksgegevens

Hallo,

Ik stap op 1 januari over naar een andere energieleverancier met een dynamisch contract. Kunnen
jullie mijn verbruiksgegevens van de digitale meter (kwartierwaarden van de laatste 2 jaar) in een
bestand bezorgen dat ik aan mijn nieuwe leverancier kan geven? Of rechtstreeks aan hen bezorgen?

EAN 541448820044556677

Groetjes,
Lotte Claes
Leuven
""",
    R(["Portability"], "lotte.claes@telenet.example", "Lotte", "Claes"))

add("nl-15-wijkbeheerder-bijlage-camera", "Sandra Meijer <sandra.meijer@acme-corp.example>",
    "Doorgestuurd: camerabeelden", "",
    R(["Access", "Information"], "k.boateng@outlook.example", "Kevin", "Boateng"),
    note="""\
Hoi,

Deze mail kwam bij mij binnen als wijkbeheerder. Volgens mij moet dit via jullie lopen. De beelden
van de fietsenstalling worden 28 dagen bewaard, dus het is wel een beetje haast.

Groet,
Sandra Meijer
Wijkbeheerder Kanaleneiland
""",
    attached=("Kevin Boateng <k.boateng@outlook.example>", "camerabeelden", """\
Beste wijkbeheerder,

Er hangen sinds de zomer camera's bij de fietsenstalling en de hoofdingang van ons complex
(Marshallaan). Ik wil graag de beelden zien waar ik op sta van de afgelopen twee weken, want ik word
door een buurman beschuldigd van het beschadigen van zijn scooter en dat was ik niet.

Ook wil ik weten hoe lang die beelden bewaard worden en wie ze allemaal mag bekijken.

Groeten,
Kevin Boateng
"""))

add("nl-16-gezinsadres-nieuwsbrief", "Fam. Mulder <fam.mulder@kpnmail.example>",
    "afmelden nieuwsbrief en tips",
    """\
Hallo,

Ik wil me graag afmelden voor de nieuwsbrief "Slim met energie" en voor de wekelijkse bespaartips
per mail. Ik heb me daar nooit voor aangemeld volgens mij. Ook geen enquêtes meer graag.

Antwoorden graag naar mijn eigen mailadres.

Groet,
Sanne Mulder
""",
    R(["Opposition"], "sanne.mulder@gmail.example", "Sanne", "Mulder"),
    headers=["Reply-To: sanne.mulder@gmail.example"])

add("nl-17-meterdata-naar-app", "Pieter-Jan de Wit <pj.dewit@protonmail.example>",
    "Export slimme meter data (art. 20 AVG)",
    """\
Hoi,

Ik gebruik een energiemanagementapp om mijn thuisbatterij en laadpaal aan te sturen. Via de P1-poort
krijg ik alleen de actuele waarden, maar ik wil mijn historische verbruik en teruglevering sinds
2022 importeren.

Kunnen jullie mij al mijn meetgegevens (kwartierwaarden elektriciteit, uurwaarden gas) leveren in
een machineleesbaar formaat, bij voorkeur CSV of JSON? Dat is toch gewoon mijn recht op
dataportabiliteit.

Thanks,
Pieter-Jan de Wit
Utrecht
""",
    R(["Portability"], "pj.dewit@protonmail.example", "Pieter-Jan", "de Wit"))

add("nl-18-jij-vorm-netbeheerder", "Bo <bo.vdlinden@icloud.example>", "vraagje",
    """\
Hoi! Kun je me vertellen of jullie mijn meterdata delen met de netbeheerder en met wie nog meer?
En verkopen jullie die gegevens ook door? Ik zie steeds van die gerichte advertenties voor
thuisbatterijen haha 🙃

Thx, Bo

Verstuurd vanaf mijn iPhone
""",
    R(["Information"], "bo.vdlinden@icloud.example", "Bo", None))

add("nl-19-inzage-en-ex-partner", "Samantha Redan <samantha.redan@live.example>",
    "dossier en gegevens ex",
    """\
Beste,

Ik wil graag mijn huurdersdossier inzien, ik wil precies weten wat erin staat.

Daarnaast staat mijn ex-partner nog steeds bij jullie geregistreerd als medebewoner op mijn adres,
terwijl hij al sinds februari vertrokken is (uitgeschreven bij de gemeente, bewijs kan ik sturen).
Dat moet eruit, want de post over de huur gaat nog steeds op beide namen.

Met vriendelijke groet,
Samantha Redan
Almere
""",
    R(["Access", "Rectification"], "samantha.redan@live.example", "Samantha", "Redan"))

add("nl-20-cv-ketel-kapot", "Ahmet Kaya <ahmet.kaya@hotmail.example>", "cv ketel doet het niet",
    """\
goedemiddag,

sinds zaterdag doet de cv ketel het niet meer, geen warm water en geen verwarming. ik heb 3 keer
het storingsnummer gebeld maar niemand neemt op. ik heb 2 kleine kinderen. kan iemand vandaag nog
komen?? adres is Zeelsterstraat 104 Eindhoven

Ahmet Kaya
06 28 33 10 57
""",
    R(["Unknown"], "ahmet.kaya@hotmail.example", "Ahmet", "Kaya"))

add("nl-21-vlaams-bewindvoerder-advocaat", "Mr. Thomas Goossens <t.goossens@advocaten-goossens.example>",
    "Bewindvoering mevrouw Maria Van den Broeck - opvraging gegevens",
    """\
Geachte,

Bij beschikking van de vrederechter van het kanton Antwerpen d.d. 9 september 2026 werd ik
aangesteld als bewindvoerder over de goederen van mevrouw Maria Van den Broeck, geboren op
14 januari 1941, wonende te 2100 Deurne, Herentalsebaan 301 bus 4 (kopie beschikking in bijlage).

In het kader van mijn opdracht en met het oog op mijn eerste verslag aan de vrederechter verzoek ik u
mij een afschrift te bezorgen van alle persoonsgegevens die uw maatschappij over mijn beschermde
persoon verwerkt, inzonderheid de huurovereenkomst, de huurafrekeningen en betalingen van de laatste
drie jaar en de energiecontracten.

Met de meeste hoogachting,

Thomas Goossens
Advocaat - bewindvoerder
Frankrijklei 88, 2000 Antwerpen
T 03 231 45 60
""",
    R(["Access"], "t.goossens@advocaten-goossens.example", "Maria", "Van den Broeck",
      representative="Thomas Goossens"))

add("nl-22-vader-minderjarige-zoon", "Tarik Bouali <tarik.bouali@gmail.example>",
    "overlastdossier over mijn zoon",
    """\
Geachte mevrouw/meneer,

De complexbeheerder heeft mij vorige week verteld dat er een "overlastdossier" is over mijn zoon
Ilyas (15 jaar) omdat hij met vrienden in het trappenhuis zou hangen. Er zouden ook meldingen van
buren en foto's in zitten.

Als zijn vader wil ik weten wat er precies over hem is vastgelegd. Graag een kopie van alles wat
jullie over Ilyas hebben, de meldingen en de foto's.

Met vriendelijke groet,
Tarik Bouali
Schiedam
""",
    R(["Access"], "tarik.bouali@gmail.example", "Ilyas", "Bouali", representative="Tarik Bouali"))

add("nl-23-geen-fotos-woningschouw", "Wilma Brouwer <wilma.brouwer@planet.example>",
    "woningschouw 2 december",
    """\
Beste ACME Wonen,

Ik heb de uitnodiging gekregen voor de woningschouw op 2 december in verband met de renovatie. De
vorige keer heeft de opzichter van elke kamer foto's gemaakt, ook van de slaapkamer en de badkamer,
zonder het te vragen.

Ik maak bezwaar tegen het maken van foto's in mijn woning. Bekijken en opmeten is prima, maar geen
foto's van mijn spullen en mijn kamers.

Met vriendelijke groet,
Wilma Brouwer
Complex De Hofstede, Deventer
""",
    R(["Opposition"], "wilma.brouwer@planet.example", "Wilma", "Brouwer"))

add("nl-24-vroegsignalering-gemeente", "Natasja Pinas <natasja.pinas@gmail.example>",
    "Waarom hebben jullie mijn gegevens aan de gemeente gegeven?",
    """\
Hallo,

Ik kreeg een brief van de gemeente Den Haag, team Vroegsignalering, dat zij van ACME Energie een
melding hebben gekregen over een betalingsachterstand van mij, en dat ze langs willen komen.

Ik had geen idee dat jullie dat doorgeven. Op grond waarvan mogen jullie dat doen zonder het mij te
vragen? Wat voor soort gegevens geven jullie dan door, en aan wie nog meer?

Natasja Pinas
""",
    R(["Information"], "natasja.pinas@gmail.example", "Natasja", "Pinas"))

add("nl-25-vlaams-profilering", "Ruben Vermeulen <ruben.vermeulen@skynet.example>",
    "Bezwaar tegen profilering",
    """\
Goeiedag,

Sinds de plaatsing van de digitale meter krijg ik "persoonlijke aanbevelingen" op basis van mijn
verbruiksprofiel, onder meer voor een warmtepomp en een thuisbatterij.

Ik teken bezwaar aan tegen het gebruik van mijn verbruiksgegevens voor profilering en commerciële
doeleinden. Gelieve mijn gegevens enkel nog te gebruiken voor de facturatie.

Met vriendelijke groeten,
Ruben Vermeulen
Gent
""",
    R(["Opposition"], "ruben.vermeulen@skynet.example", "Ruben", "Vermeulen"))

add("nl-26-typos-account-weg", "jayden2008@hotmail.example", "account",
    "hallo ik wil dat mijn acount word verwijdert en al me gegevens ook graag snel want ik woon hier nie meer\njayden\n",
    R(["Erasure"], "jayden2008@hotmail.example", "Jayden", None))

add("nl-27-latin1-kandidaat-huurder", "Elke De Smet <elke.desmet@telenet.example>",
    "inschrijving kandidaat-huurder geschrapt - bewaartermijn?",
    """\
Beste,

Ik was ingeschreven als kandidaat-huurder bij jullie woonmaatschappij maar ik heb mijn inschrijving
in oktober laten schrappen omdat ik een woning gevonden heb op de private markt.

Mogen jullie mijn dossier (loonfiches, aanslagbiljet, rijksregisternummer, attest van de OCMW)
nog bijhouden? Hoe lang worden die gegevens bewaard en worden ze gedeeld met andere
woonmaatschappijen of met de gemeente?

Alvast bedankt voor jullie antwoord.

Elke De Smet
Aalst
""",
    R(["Information"], "elke.desmet@telenet.example", "Elke", "De Smet"), ct=LATIN1, encode="latin-1")

add("nl-28-toewijzing-punten-automatisch", "Nadia Bouzid <nadia.bouzid@hotmail.example>",
    "weigering toewijzing - herziening",
    """\
Geachte,

Ik kreeg een automatische mail dat mijn kandidatuur voor de woning in de Sint-Bernardsesteenweg
"niet weerhouden" is omdat mijn punten te laag zijn. Ik heb nochtans voorrang omdat ik met mijn
drie kinderen in een te kleine woning woon (attest van de huisarts en van het OCMW zijn bezorgd).

Ik wil dat een medewerker mijn dossier bekijkt en niet een computer. En ik wil ook een overzicht
van de gegevens die gebruikt zijn om mijn punten te berekenen.

Met vriendelijke groeten,
Nadia Bouzid
Hoboken
""",
    R(["AutomatedDecision", "Access"], "nadia.bouzid@hotmail.example", "Nadia", "Bouzid"))

add("nl-29-zonnepanelen-installateur", "Theo Hermans <theo.hermans@home.example>",
    "Gegevens gedeeld met installateur zonnepanelen",
    """\
Geachte heer, mevrouw,

Ik heb via uw website informatie aangevraagd over de subsidie voor zonnepanelen. Twee dagen later
werd ik gebeld door SolarDirect BV, die mijn adres, mijn jaarverbruik en zelfs de ligging van mijn
dak kenden.

Aan welke bedrijven heeft u mijn gegevens allemaal doorgegeven? Ik heb daar nooit bewust
toestemming voor gegeven, en voor zover ik dat wel gedaan zou hebben trek ik die in: ik wil niet
dat mijn gegevens nog aan installateurs of andere partners worden verstrekt.

Met vriendelijke groet,
Theo Hermans
Nijmegen
""",
    R(["Information", "Opposition"], "theo.hermans@home.example", "Theo", "Hermans"))

add("nl-30-expat-gemengd", "Priya Raghunathan <priya.raghunathan@gmail.example>",
    "verzoek mijn gegevens / request my data",
    """\
Hallo,

Sorry, mijn Nederlands is niet zo goed. I live in one of your apartments in Amstelveen since 2024
and I also have energy from you. Ik wil graag al mijn gegevens ontvangen, ook de meterstanden en
the notes from the phone calls with customer service. A copy by email is fine.

Dank u wel / thank you,
Priya Raghunathan
""",
    R(["Access"], "priya.raghunathan@gmail.example", "Priya", "Raghunathan"))

add("nl-31-na-mijn-overlijden", "Kees Dekker <kees.dekker@hetnet.example>",
    "Wat gebeurt er met mijn gegevens na mijn overlijden",
    """\
Geachte heer/mevrouw,

Ik ben 83 en huur al 40 jaar van uw corporatie. Ik ben bezig mijn zaken te regelen.

Ik wil graag vastleggen wat er met mijn gegevens moet gebeuren als ik overlijd: mijn dochter, Anja
Dekker, mag dan alles inzien en afhandelen, en daarna wil ik dat mijn gegevens worden verwijderd,
behalve wat u wettelijk moet bewaren.

Kunt u dit bij mijn dossier vastleggen? Moet ik daarvoor iets ondertekenen?

Met vriendelijke groet,
K. Dekker
Schiedamseweg 88, Vlaardingen
""",
    R(["AdvanceDirectives"], "kees.dekker@hetnet.example", "Kees", "Dekker"))

# --- tasks ---

add("nl-32-taak-verwerkersovereenkomst-incasso", "Joost van Leeuwen <joost.vanleeuwen@acme-corp.example>",
    "Verwerkersovereenkomst nieuw incassobureau",
    """\
Hoi privacyteam,

Per 1 januari gaan we voor de huurachterstanden werken met een nieuw incassobureau (Vermeer
Incasso). Juridische Zaken heeft het raamcontract klaar, maar de verwerkersovereenkomst moet nog
door jullie beoordeeld worden. Concept in de bijlage.

Kunnen jullie er vóór 4 december naar kijken? Vooral de bewaartermijnen en subverwerkers.

Groet,
Joost van Leeuwen
Teamleider Incasso
""",
    TASK("joost.vanleeuwen@acme-corp.example", "Joost", "van Leeuwen"))

add("nl-33-taak-register-huurdersapp", "Lisa Kramer <lisa.kramer@acme-corp.example>",
    "Register van verwerkingen aanpassen - nieuwe huurdersapp",
    """\
Hallo,

De nieuwe huurdersapp "Mijn ACME Wonen" gaat op 1 februari live. Huurders kunnen daarin
reparatieverzoeken met foto's doen, overlast melden en hun huurbetalingen zien.

Kunnen jullie de verwerkingen opnemen in het verwerkingsregister en de privacyverklaring aanpassen?
Ik heb een overzicht van de datavelden in een Excel gezet (bijlage).

Dank je!
Lisa Kramer
Productowner Digitale Dienstverlening
""",
    TASK("lisa.kramer@acme-corp.example", "Lisa", "Kramer"))

add("nl-34-taak-archief-bewaartermijnen", "Hans Oosterhuis <hans.oosterhuis@acme-corp.example>",
    "oude huurdersdossiers in archief",
    """\
Goedemorgen,

In het archief op de Havenweg staan nog zo'n 300 meter aan papieren huurdersdossiers, sommige uit de
jaren 80, met kopieën van paspoorten, loonstroken en medische verklaringen voor urgentie.

De facilitaire dienst wil de ruimte leeg hebben voor de zomer. Kunnen jullie bepalen wat weg mag
en wat we moeten bewaren, en volgens welke termijnen? Dan laten we de rest vernietigen door een
gecertificeerd bedrijf.

Met vriendelijke groet,
Hans Oosterhuis
Documentaire Informatievoorziening
""",
    TASK("hans.oosterhuis@acme-corp.example", "Hans", "Oosterhuis"))

add("nl-35-taak-vragenlijst-meetbedrijf", "Freek Sanders <freek.sanders@acme-corp.example>",
    "FW: Security & privacy assessment MeterData Platform",
    """\
Hi,

Voor de aanbesteding van het nieuwe meetdataplatform moeten we een privacy-assessment van de
leverancier beoordelen (hun ingevulde vragenlijst, ISO-certificaat en SOC2-rapport zitten in de
bijlage). Inkoop wil voor 1 december een advies van de FG.

Kun je laten weten of dit haalbaar is?

Freek Sanders
IT Architect
""",
    TASK("freek.sanders@acme-corp.example", "Freek", "Sanders"))

add("nl-36-taak-vlaams-opleiding-huismeesters", "Griet Maes <griet.maes@acme-corp.example>",
    "vorming GDPR voor de huismeesters",
    """\
Dag collega's,

Op de teamvergadering van de huismeesters in januari zou ik graag een uurtje over GDPR voorzien:
wat mogen ze noteren over huurders, mogen ze foto's nemen van overlast, wat met WhatsApp-groepen
met bewoners, enz.

Zouden jullie dat kunnen geven, of hebben jullie materiaal dat ik kan gebruiken?

Groetjes,
Griet Maes
Diensthoofd Patrimonium - regio Kempen
""",
    TASK("griet.maes@acme-corp.example", "Griet", "Maes"))

# --- incidents ---

add("nl-37-incident-laptop-bus", "Ronald Visser <ronald.visser@acme-corp.example>",
    "laptop gestolen uit bus",
    """\
Hoi,

Vannacht is er ingebroken in mijn bedrijfsbus in Utrecht-Overvecht en is mijn laptop meegenomen. Op
de laptop stonden de opnamerapporten van de woningen die ik deze maand heb bekeken, met foto's van
binnen en de namen en telefoonnummers van de bewoners. Hij had wel een wachtwoord, maar ik weet niet
of de schijf versleuteld is. Aangifte doe ik vanmiddag.

Ronald Visser
Opzichter
""",
    INC("ronald.visser@acme-corp.example", "Ronald", "Visser"))

add("nl-38-incident-mail-cc", "Yvonne Brink <yvonne.brink@acme-corp.example>",
    "fout: bewonersbrief met alle adressen in cc",
    """\
Beste privacyteam,

Ik heb vanochtend de uitnodiging voor de bewonersavond over de renovatie van complex Vogelbuurt
gestuurd naar 214 bewoners, en per ongeluk alle mailadressen in het CC-veld gezet in plaats van BCC.
Er hebben al twee bewoners "allen beantwoorden" gedaan.

Wat moet ik nu doen? Moet ik de bewoners een excuus sturen?

Yvonne Brink
Bewonersconsulent
""",
    INC("yvonne.brink@acme-corp.example", "Yvonne", "Brink"))

add("nl-39-incident-nep-docusign", "Martijn Smeets <martijn.smeets@acme-corp.example>",
    "Ingelogd op verdachte DocuSign-pagina",
    """\
Hallo,

Ik kreeg vanmorgen om 08:40 een mail "DocuSign: Huurovereenkomst ter ondertekening" en heb op de
link geklikt en met mijn ACME-account ingelogd. Pas daarna zag ik dat het adres niet klopte.

Mijn wachtwoord heb ik om 09:15 gewijzigd en de servicedesk heeft mijn sessies afgemeld, maar in die
tijd had iemand toegang tot mijn mailbox en mijn OneDrive met de wachtlijstgegevens van Zuid.

Martijn Smeets
Medewerker Verhuur
""",
    INC("martijn.smeets@acme-corp.example", "Martijn", "Smeets"))

add("nl-40-incident-brief-buurman", "Jolanda Timmermans <jolanda.timmermans@ziggo.example>",
    "Brief van mijn buurman ontvangen",
    """\
Goedenavond,

Vandaag kreeg ik een envelop van ACME Energie op mijn naam, maar in de envelop zat een brief voor mijn
buurman op nummer 17 over zijn betalingsregeling en een dreigende afsluiting, met zijn
klantnummer, bedragen en rekeningnummer.

Ik heb de brief bij hem in de bus gedaan, maar ik vind dit niet in orde. Misschien heeft hij mijn
brief gekregen?

Jolanda Timmermans
Lindelaan 15, Hengelo
""",
    INC("jolanda.timmermans@ziggo.example", "Jolanda", "Timmermans"))

add("nl-41-incident-ransomware-aannemer", "Wim Claessens <wim.claessens@acme-corp.example>",
    "Datalek bij onze onderaannemer schilderwerken",
    """\
Dag,

Onze onderaannemer Schilderwerken Peeters NV heeft ons deze middag telefonisch gemeld dat ze gisteren
getroffen zijn door ransomware. Op hun server stond de planning van de schilderwerken in onze
wijken Kiel en Hoboken, met namen, adressen, telefoonnummers en sleutelafspraken van ongeveer 450
huurders. Volgens hen zijn de bestanden mogelijk ook gekopieerd.

Een schriftelijke melding volgt. Hoe gaan we verder?

Wim Claessens
Projectleider Onderhoud
""",
    INC("wim.claessens@acme-corp.example", "Wim", "Claessens"))

# --- follow-ups ---

add("nl-42-dsr-termijn-verstreken", "Rob Hendriks <rob.hendriks@ziggo.example>",
    "Re: [DSR-51207] Ontvangstbevestiging van uw verzoek",
    """\
Geachte heer/mevrouw,

Op 8 oktober heb ik een inzageverzoek ingediend. U heeft dit bevestigd (zie hieronder), maar de
wettelijke termijn van een maand is inmiddels ruim verstreken en ik heb niets ontvangen.

Ik verzoek u alsnog per omgaande te reageren, anders dien ik een klacht in bij de Autoriteit
Persoonsgegevens.

R. Hendriks

Op 8 okt. 2026 om 14:02 schreef privacy@acme-corp.example:
> Geachte heer Hendriks,
> Wij hebben uw verzoek ontvangen en geregistreerd onder nummer DSR-51207.
> U ontvangt binnen een maand een reactie.
> Met vriendelijke groet, Team Privacy ACME
""",
    FU("51207", "rob.hendriks@ziggo.example", "Rob", "Hendriks"))

add("nl-43-verhoeven-aanvulling", "W.J. Verhoeven <wj.verhoeven@planet.example>",
    "Re: Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
    """\
Geachte heer, mevrouw,

Aanvullend op mijn onderstaande verzoek: mijn toenmalige huurdersnummer was 0087-2241. Mogelijk
vergemakkelijkt dit het terugvinden van mijn gegevens.

Hoogachtend,
W.J. Verhoeven

> Betreft: verzoek tot gegevenswissing op grond van artikel 17 AVG
""",
    FU(ref("nl-04-formele-brief-artikel-17"), "wj.verhoeven@planet.example", "Willem", "Verhoeven"),
    headers=irt("nl-04-formele-brief-artikel-17"))

add("nl-44-vlaams-identiteitskaart", "Sofie Jacobs <sofie.jacobs@proximus.example>",
    "Antw: [DSR-51399] Bijkomende informatie nodig",
    """\
Goeiemiddag,

In bijlage vindt u een kopie van mijn identiteitskaart (voor- en achterkant), zoals gevraagd in uw
mail. Het rijksregisternummer heb ik afgedekt.

Met vriendelijke groeten,
Sofie Jacobs

>>> privacy@acme-corp.example 12/11/2026 16:45 >>>
Om uw verzoek verder te kunnen behandelen, vragen wij u uw identiteit te bevestigen.
""",
    FU("51399", "sofie.jacobs@proximus.example", "Sofie", "Jacobs"))

add("nl-45-nog-steeds-gebeld", "GERRIT VAN DIJK <g.vandijk1952@hetnet.example>", "Re: STOP MET BELLEN",
    """\
EN? VANMIDDAG WEER GEBELD. WAT IS ER ZO MOEILIJK AAN.

G. VAN DIJK
""",
    FU(ref("nl-09-hoofdletters-zonnepanelen"), "g.vandijk1952@hetnet.example", "Gerrit", "van Dijk"),
    headers=irt("nl-09-hoofdletters-zonnepanelen"))

# --- ignored ---

add("nl-46-spam-mailbox-vol", "Postmaster <no-reply@mailbox-beheer.example>",
    "Uw mailbox is vol - berichten worden verwijderd",
    """\
Beste gebruiker van privacy@acme-corp.example,

Uw mailbox heeft de limiet van 99% bereikt. Binnenkomende berichten worden geweigerd en oude
berichten worden binnen 12 uur permanent verwijderd.

Klik hieronder om gratis 50 GB extra opslag te activeren:
https://mailbox-beheer.example/upgrade?id=acme

IT Helpdesk
""",
    IGN("spam", "no-reply@mailbox-beheer.example"), headers=SPAM_HDR)

add("nl-47-spam-linkbuilding", "Sven de Graaf <sven@linkboost.example>",
    "Samenwerking voor acme-corp.example?",
    """\
Hoi,

Ik zag dat acme-corp.example nog niet goed scoort op zoektermen als "huurwoning aanvragen" en
"energiecontract vergelijken". Wij plaatsen gastblogs met dofollow-links op 400+ Nederlandse
websites, vanaf €49 per link.

Zal ik een vrijblijvende prijslijst sturen?

Groet,
Sven
LinkBoost
""",
    IGN("spam", "sven@linkboost.example"))

add("nl-48-spam-crypto", "Energie Invest <info@energie-invest-rendement.example>",
    "Verdien €2.400 per week met energiehandel",
    """\
Gefeliciteerd!

U bent geselecteerd voor ons exclusieve programma. Met onze AI-robot voor energiehandel verdienen
gewone Nederlanders gemiddeld €2.400 per week. Start met slechts €250.

Registreer nu voordat de plaatsen vol zijn: http://energie-invest-rendement.example/start

Wilt u geen berichten meer ontvangen en uw gegevens laten verwijderen? Stuur uw naam en
bankgegevens naar afmelden@energie-invest-rendement.example.
""",
    IGN("spam", "info@energie-invest-rendement.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="energie-invest-rendement.example")])

add("nl-49-automatisch-antwoord", "Marloes Groen <m.groen@woonbond-regio.example>",
    "Automatisch antwoord: Uitnodiging overleg privacy huurdersdossiers",
    """\
Dank voor uw bericht. Ik ben tot en met maandag 23 november afwezig en heb beperkt toegang tot mijn
mail. Voor dringende zaken kunt u contact opnemen met het secretariaat via 020 - 555 01 40.

Met vriendelijke groet,
Marloes Groen
""",
    IGN("auto_reply", "m.groen@woonbond-regio.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("nl-50-nieuwsbrief-corporaties", "Corporatienieuws <nieuwsbrief@corporatienieuws.example>",
    "Corporatienieuws week 47: huurbevriezing, verduurzaming en AVG-boetes",
    """\
CORPORATIENIEUWS - WEEK 47

- Kabinet: huurbevriezing sociale huur 2027 definitief
- Verduurzaming: 40.000 woningen van het gas in 2026
- AP legt woningcorporatie boete op voor te lang bewaren van huurdersdossiers
- Webinar: slimme meters in de sociale huur, 3 december

Lees online: https://corporatienieuws.example/week47

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden:
https://corporatienieuws.example/afmelden
""",
    IGN("bulk", "nieuwsbrief@corporatienieuws.example"),
    headers=["List-Id: Corporatienieuws <weekly.corporatienieuws.example>",
             "List-Unsubscribe: <https://corporatienieuws.example/afmelden>",
             "Precedence: bulk"])

add("nl-51-onbestelbaar", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Onbestelbaar: Uw verzoek inzake persoonsgegevens", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("nl-52-ticket-gemeente", "Gemeente Zaanstad <noreply@meldingen-gemeente.example>",
    "Uw melding is ontvangen [#M-2026-88812]",
    """\
Geachte heer/mevrouw,

Uw melding is in goede orde ontvangen en geregistreerd onder nummer M-2026-88812.
Wij streven ernaar uw melding binnen 10 werkdagen af te handelen.

Dit is een automatisch gegenereerd bericht, u kunt hier niet op reageren.

Gemeente Zaanstad - Klantcontactcentrum
""",
    IGN("auto_reply", "noreply@meldingen-gemeente.example"),
    headers=["Auto-Submitted: auto-generated"])
