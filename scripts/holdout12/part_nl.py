from common import *  # part nl: written blind

# ThuisZorg (wijkverpleging, zorgplannen, sleutelkluisjes, familieportaal) and Wachtpost
# (alarm, meldkamer, deurbelcamera-app). Dutch and Flemish writers.

# ---------------------------------------------------------------- requests

add("nl-01-afschrift-zorgdossier", "Gerrit ten Brink <g.tenbrink@kpnmail.example>", "Mijn dossier",
"""Geachte mevrouw, mijnheer,

Sinds maart krijg ik thuiszorg van ThuisZorg voor mijn open been. De zusters schrijven
bij elk bezoek iets op in hun tablet en ik zou nu wel eens willen lezen wat daar allemaal
over mij in staat. Kan ik daar een afschrift van krijgen? Op papier graag, ik ben niet zo
handig met de computer.

Met vriendelijke groet,

G. ten Brink
Lindelaan 14
Deventer
""", R(["Access"], "g.tenbrink@kpnmail.example", "Gerrit", "ten Brink"))

add("nl-02-deurbel-account-schrappen", "Wouter Peeters <wouter.peeters@telenet.example>",
"Account Wachtpost-app stopzetten",
"""Beste,

Ik heb mijn Wachtpost-deurbel vorige maand van de gevel gehaald, we zijn verhuisd naar een
appartement met een parlofoon. Graag had ik dat jullie mijn account in de app volledig
schrappen, samen met alle filmpjes die nog in de cloud zitten. Ik wil er niets meer van
terugvinden.

Alvast bedankt,
Wouter Peeters
""", R(["Erasure"], "wouter.peeters@telenet.example", "Wouter", "Peeters"))

add("nl-03-weer-gebelt", "Jeroen Dijkstra <jdijkstra78@ziggo.example>", "weer gebelt!!!",
"""Dit is nu de derde keer deze maand dat ik gebelt wordt door iemand van Wachtpost over een
'gratis beveiligingscheck'. Ik heb al een alarm van jullie en ik hoef geen upgrade of extra
camera. Haal me van die beltlijst af en ook geen verkoopmailtjes meer aub. Ik wil gewoon met
rust gelaten worden

Jeroen Dijkstra
""", R(["Opposition"], "jdijkstra78@ziggo.example", "Jeroen", "Dijkstra"))

add("nl-04-adres-verhuisd", "Femke Jansen <femke.jansen@hetnet.example>", "Verkeerd adres in zorgplan",
"""Hallo,

Ik ben per 1 november verhuisd van de Kerkstraat 8 naar de Molenweg 23 in Apeldoorn, maar in
het zorgplan en op de planning staat nog steeds mijn oude adres. Vorige week stond de
verpleegkundige daardoor bij de nieuwe bewoners aan de deur. Ook wordt mijn achternaam overal
als 'Janssen' geschreven, het is Jansen met één s.

Willen jullie dit aanpassen?

Groetjes,
Femke Jansen
""", R(["Rectification"], "femke.jansen@hetnet.example", "Femke", "Jansen"))

add("nl-05-vl-opvragen-en-wissen", "Lieve De Smet <lieve.desmet@skynet.example>",
"Opvragen en nadien schrappen van mijn gegevens",
"""Goeiedag,

Ik was tot voor kort klant bij Wachtpost (alarmsysteem met opvolging door jullie meldkamer),
mijn contract is beëindigd sinds september.

Graag had ik eerst een overzicht gekregen van alles wat jullie over mij bijhouden, ook de
gesprekken met de meldkamer als die opgenomen werden. Nadien mag alles definitief gewist
worden, ik heb geen reden meer om bij jullie in het systeem te staan.

U kan mij bereiken op mijn gsm 0478 12 34 56.

Met vriendelijke groeten,
Lieve De Smet
""", R(["Access", "Erasure"], "lieve.desmet@skynet.example", "Lieve", "De Smet"))

add("nl-06-opnames-meldkamer", "Ruud Verhoeven <ruud@verhoeven-fam.example>", "Vraag over opnames meldkamer",
"""Goedemiddag,

Gisteravond ging ons alarm af (loos alarm, de kat had de bewegingsmelder gevonden) en ik werd
door jullie meldkamer gebeld. De medewerker zei aan het begin dat het gesprek werd opgenomen.

Daar heb ik een paar vragen over:
- hoe lang bewaren jullie zulke opnames?
- gaan ze ook naar de politie of de verzekeraar als er echt iets gebeurd is?
- worden ze gebruikt om personeel te trainen?

Ik hoef de opname zelf niet te hebben hoor, ik wil alleen weten hoe het zit.

Mvg,
Ruud Verhoeven
""", R(["Information"], "ruud@verhoeven-fam.example", "Ruud", "Verhoeven"))

add("nl-07-overstap-alarmcentrale", "Anouk Visser <anouk.visser@planet.example>",
"Overstap naar andere alarmcentrale - gegevens meenemen",
"""Beste Wachtpost,

Per januari stap ik over naar een andere beveiligingsaanbieder. Om niet alles opnieuw te hoeven
invoeren wil ik mijn gegevens graag meenemen: de lijst met sleutelhouders, de zone-indeling van
mijn sensoren en het logboek van het afgelopen jaar. Het liefst als CSV of een ander bestand dat
hun systeem kan inlezen. Als het kan, mogen jullie het ook rechtstreeks sturen naar
onboarding@veiligthuis.example.

Vriendelijke groet,
Anouk Visser
""", R(["Portability"], "anouk.visser@planet.example", "Anouk", "Visser"))

add("nl-08-dochter-levenstestament", "Tjitske Brouwer <tjitske.brouwer@freeler.example>",
"Zorgdossier van mijn moeder, mw. W. Hoekstra",
"""Geachte heer/mevrouw,

Mijn moeder, mevrouw Wilhelmina Hoekstra (geboren 3 februari 1936), ontvangt sinds twee jaar
wijkverpleging van ThuisZorg in Sneek. Zij heeft inmiddels vergevorderde dementie en kan haar
eigen zaken niet meer regelen. Via een notarieel levenstestament ben ik haar gevolmachtigde.

Namens haar verzoek ik u om een kopie van haar volledige zorgdossier, inclusief de
rapportages van de afgelopen zes maanden en het medicatieoverzicht. Een afschrift van het
levenstestament stuur ik u op verzoek toe.

Met vriendelijke groet,

Tjitske Brouwer-Hoekstra
Sneek
""", R(["Access"], "tjitske.brouwer@freeler.example", "Wilhelmina", "Hoekstra",
       representative="Tjitske Brouwer-Hoekstra"))

add("nl-09-html-geen-ai-training", "Sevda Yılmaz <sevda.yilmaz@hotmail.example>",
"Mijn camerabeelden niet voor jullie algoritmes",
html("Hallo,",
     "In de nieuwe voorwaarden van de Wachtpost-app lees ik dat beelden van deurbelcamera's "
     "gebruikt kunnen worden &quot;om onze detectiealgoritmes te verbeteren&quot;.",
     "Daar ga ik niet mee akkoord. Op mijn beelden staan mijn kinderen en de buren. Ik wil niet "
     "dat mijn opnames daarvoor gebruikt worden, zet mij daar dus voor uit.",
     "Mijn account zelf wil ik gewoon houden, de camera werkt prima.",
     "Groet,<br>Sevda Yılmaz"),
R(["Opposition"], "sevda.yilmaz@hotmail.example", "Sevda", "Yılmaz"), ct=HTML)

add("nl-10-afgewezen-door-systeem", "Mohamed El Amrani <m.elamrani@kpnmail.example>",
"Aanvraag afgewezen door 'het systeem'?",
"""Goedendag,

Ik wilde online een alarmpakket afsluiten met betaling per maand. Binnen twee seconden kreeg ik
de melding dat ik "niet in aanmerking kom voor betalen in termijnen". Via de chat hoorde ik dat
dit automatisch wordt bepaald op basis van een kredietcheck en dat de medewerkers er niets aan
kunnen veranderen.

Ik heb een vaste baan en nooit een betalingsachterstand gehad. Ik vind het niet normaal dat een
computer dit zomaar beslist. Ik wil dat iemand van vlees en bloed opnieuw naar mijn aanvraag
kijkt en dat ik mijn kant van het verhaal kan toelichten.

Aanvraagnummer: WP-2026-118834

Met vriendelijke groet,
Mohamed El Amrani
""", R(["AutomatedDecision"], "m.elamrani@kpnmail.example", "Mohamed", "El Amrani"))

add("nl-11-als-ik-er-niet-meer-ben", "Johanna Kuijpers-Verbeek <jo.kuijpers@casema.example>",
"Wat gebeurt er met mijn gegevens als ik er niet meer ben",
"""Beste mensen,

Ik ben 88 jaar en krijg al jaren zorg van jullie, daar ben ik heel tevreden over. Nu ben ik
mijn zaken aan het regelen voor later, mijn kleindochter helpt me met deze mail.

Ik wil graag vastleggen dat na mijn overlijden mijn zoon Karel mijn dossier mag inzien, maar
dat mijn foto's en berichtjes in het familieportaal dan worden verwijderd. Kan ik dat bij u
laten vastleggen, en hoe gaat dat in zijn werk?

Hartelijke groet,
Jo Kuijpers-Verbeek
""", R(["AdvanceDirectives"], "jo.kuijpers@casema.example", "Johanna", "Kuijpers-Verbeek"))

add("nl-12-betwiste-uitruk", "Bram van 't Hof <bram.vanthof@xs4all.example>",
"Betwiste factuur loze melding - gegevens niet doorzetten",
"""Geachte heer, mevrouw,

Ik ontving een factuur van EUR 95 voor een "uitruk particuliere beveiliging" op 2 november.
Volgens jullie logboek zou mijn alarm om 03:12 zijn afgegaan. Ik was die nacht thuis en er is
niets afgegaan; ik vermoed een storing van de sensor in de garage. Ik heb de factuur bij de
klantenservice betwist.

Zolang dit niet is uitgezocht, verzoek ik u de betreffende meldingsgegevens niet verder te
gebruiken en zeker niet door te geven aan een incassobureau. Graag ontvang ik hiervan een
bevestiging.

Met vriendelijke groet,
Bram van 't Hof
""", R(["Restriction"], "bram.vanthof@xs4all.example", "Bram", "van 't Hof"))

add("nl-13-latin1-sleutelkluis", "Hendrik-Jan Smit <hj.smit@zeelandnet.example>",
"Code sleutelkluis - wie kan die zien?",
"""Goedemorgen,

Vorige week is bij mij een sleutelkluisje naast de voordeur geïnstalleerd, zodat de
verpleging 's ochtends naar binnen kan als ik nog niet uit bed ben. De code staat blijkbaar in
jullie planningssysteem.

Ik vraag me af welke medewerkers die code kunnen zien. Alleen mijn vaste team, of iedereen die
bij ThuisZorg werkt, ook invallers en uitzendkrachten? En wordt de code versleuteld bewaard, of
staat hij gewoon leesbaar in een notitieveld? Er staat tenslotte ook bij welk huis het is.
Eerlijk gezegd geeft me dat geen prettig gevoel, ook al is het voor mijn privé-situatie heel
handig.

Groet,
Hendrik-Jan Smit
""", R(["Information"], "hj.smit@zeelandnet.example", "Hendrik-Jan", "Smit"),
    ct=LATIN1, encode="latin-1")

add("nl-14-hoofdletters", "W. Bakker <wbakker1947@hetnet.example>", "GEEN KLANT MEER",
"""IK BEN AL SINDS DE ZOMER GEEN KLANT MEER BIJ WACHTPOST MAAR KRIJG NOG STEEDS BRIEVEN EN
FOLDERS. HAAL AL MIJN GEGEVENS UIT UW COMPUTER EN STUUR MIJ NIETS MEER.
ADRES IS POSTSTRAAT 2 ZWOLLE.

W BAKKER
""", R(["Erasure", "Opposition"], "wbakker1947@hetnet.example", None, "Bakker"))

add("nl-15-lang-verhaal-familieportaal", "Marianne Oosterhuis <marianne.oosterhuis@home.example>",
"Klacht (en een vraag)",
"""Geachte ThuisZorg,

Ik moet even mijn hart luchten. Sinds de zomer komt er bijna elke dag een ander gezicht bij mij
over de vloer. De ene keer om half acht, de andere keer om kwart over tien, terwijl ik om negen
uur al bij de dagbesteding moet zijn. Vorige week heeft een invalkracht mijn steunkousen niet
aangetrokken omdat het "niet op haar lijstje stond". En de code van het sleutelkluisje werd
door een nieuwe meneer hardop door de telefoon voorgelezen, op de galerij, waar iedereen het kon
horen.

Het ergste vind ik nog dat mijn dochter in het familieportaal heeft gelezen dat ik "verward"
zou zijn geweest. Ik was niet verward, ik was boos, en dat is een verschil. Ze belde me meteen
ongerust op. Ik wil daarom van u een uitdraai van alles wat er in dat familieportaal en in mijn
dossier over mij is opgeschreven, want ik wil zelf kunnen lezen wat mijn kinderen te zien
krijgen.

Verder hoop ik dat u iets doet aan de planning. Ik ben 84 en heb nooit ergens over geklaagd,
maar zo gaat het niet langer. Mijn buurvrouw is om dezelfde reden al overgestapt.

Met vriendelijke groet,
Marianne Oosterhuis
Amersfoort
""", R(["Access"], "marianne.oosterhuis@home.example", "Marianne", "Oosterhuis"))

add("nl-16-advocaat-inbraaknacht", '"mr. D.J. Lambrechts" <lambrechts@lambrechts-advocaten.example>',
"Verzoek ex artikel 15 AVG - cliënt K. Van den Broeck",
"""Geachte heer, mevrouw,

Ik sta de heer Koen Van den Broeck, wonende te Mechelen, bij. Cliënt is abonnee van uw
dienst alarmopvolging. In de nacht van 18 op 19 oktober 2026 is bij cliënt ingebroken, terwijl
volgens cliënt uw meldkamer geen enkele opvolging heeft gegeven aan de alarmmelding.

Namens cliënt verzoek ik u op grond van artikel 15 van de Algemene Verordening
Gegevensbescherming om inzage in, en een kopie van, alle persoonsgegevens die u van cliënt
verwerkt, waaronder in het bijzonder:

1. het alarmlogboek van 18 en 19 oktober 2026;
2. de opnames van telefoongesprekken tussen uw meldkamer en cliënt of zijn sleutelhouders;
3. de aantekeningen van de dienstdoende meldkamermedewerkers.

Een door cliënt ondertekende machtiging treft u bijgaand aan. Ik verzoek u binnen de wettelijke
termijn van één maand aan dit verzoek te voldoen en de stukken aan mijn kantoor te richten.

Hoogachtend,

mr. D.J. (Dirk) Lambrechts
advocaat
Lambrechts Advocaten
Keizerstraat 40, 2800 Mechelen
T +32 15 20 30 40

Dit bericht is vertrouwelijk en kan onder het beroepsgeheim vallen. Bent u niet de
geadresseerde, gelieve de afzender te verwittigen en het bericht te verwijderen.
""", R(["Access"], "lambrechts@lambrechts-advocaten.example", "Koen", "Van den Broeck",
       representative="Dirk Lambrechts"))

add("nl-17-doorgestuurd-naam", "Esther Hoogland <e.hoogland@acme-corp.example>", "FW: naam aanpassen",
"""Hoi collega's van privacy,

Deze kwam bij ons binnen op de klantenservice. Ze verwijst naar de AVG, dus ik stuur hem voor
de zekerheid even door. Kunnen jullie dit oppakken of laten weten of wij het zelf mogen doen?

Groet,
Esther Hoogland
Klantenservice ThuisZorg

-----Oorspronkelijk bericht-----
Van: Marloes Kuipers <marloes.kuipers@ziggo.example>
Verzonden: zondag 15 november 2026 20:14
Aan: klantenservice@acme-corp.example
Onderwerp: naam aanpassen

Goedenavond,

Sinds mijn scheiding draag ik weer mijn eigen achternaam. In het familieportaal en op de
facturen sta ik nog steeds als 'M. de Wit-Kuipers'. Volgens de AVG moeten mijn gegevens
kloppen, dus wilt u dit wijzigen in Marloes Kuipers?

Bedankt,
Marloes Kuipers
""", R(["Rectification"], "marloes.kuipers@ziggo.example", "Marloes", "Kuipers"))

add("nl-18-bijlage-fotos-intrekken", "Pieter-Jan Vermeulen <pj.vermeulen@acme-corp.example>",
"Fwd: foto's in de app", "",
R(["Opposition"], "els.wuyts@telenet.example", "Els", "Wuyts"),
note="""Dag privacyteam,

In bijlage een mail van een cliënte uit regio Gent. Ze wil niet langer dat er foto's van haar
wonde in het familieportaal komen. Kunnen jullie dit opvolgen? Ik heb haar gezegd dat jullie
contact met haar opnemen.

Pieter-Jan Vermeulen
Teamcoach thuisverpleging regio Gent
ThuisZorg
""",
attached=("Els Wuyts <els.wuyts@telenet.example>", "foto's in de app",
"""Dag Pieter-Jan,

Ik heb destijds getekend dat de verpleging foto's van de wonde aan mijn been mag posten in het
familieportaal, zodat mijn dochter in Antwerpen kan meevolgen. Dat wil ik niet meer, ik vind het
toch te persoonlijk. Ik trek die toestemming in: vanaf nu geen nieuwe foto's meer.

Wat er al staat mag voorlopig blijven, daar beslis ik later over.

Met vriendelijke groeten,
Els Wuyts
"""))

add("nl-19-familieadres-replyto", '"Fam. Janssens" <janssens.thuis@proximus.example>',
"Account familieportaal papa",
"""Hallo,

Ik ben de dochter van Frans Janssens, die thuisverpleging krijgt van jullie. Ik had een eigen
account in het familieportaal om zijn zorg op te volgen, maar dat doet mijn broer nu.

Gelieve mijn account en mijn gegevens (naam, gsm-nummer, e-mailadres) te verwijderen. De zorg
voor papa loopt uiteraard gewoon verder.

Antwoorden graag naar mijn eigen adres, niet naar dit gezinsadres.

Ilse
""", R(["Erasure"], "ilse.janssens@gmail.example", "Ilse", "Janssens"),
    headers=["Reply-To: Ilse Janssens <ilse.janssens@gmail.example>"])

add("nl-20-zonder-naam", "kx2209@mailbox.example", "gegevens",
"""Welke persoonsgegevens van mij staan er bij jullie in het systeem? Ik heb ooit via de site een
offerte voor een alarm aangevraagd maar weet niet meer wat ik allemaal heb ingevuld. En hoe lang
houden jullie zo'n offerteaanvraag eigenlijk bij?

Verstuurd vanaf mijn iPad
""", R(["Access", "Information"], "kx2209@mailbox.example"))

add("nl-21-zonder-leestekens", "Thijs Mulder <thijsmulder@live.example>", "gegevens + bellen",
"""hoi ik wil graag weten wat jullie allemaal van me opgeslagen hebben en ook dat jullie me niet
meer bellen voor die aanbiedingen van cameras ik heb al 2 keer nee gezegd thx thijs
""", R(["Access", "Opposition"], "thijsmulder@live.example", "Thijs", "Mulder"))

add("nl-22-vve-beheerder", "Stijn Willems <s.willems@vve-parkzicht.example>",
"Opslag camerabeelden gemeenschappelijke ruimtes",
"""Geachte heer/mevrouw,

Als beheerder van VvE Parkzicht in Utrecht heb ik vorig jaar via Wachtpost camera's laten
plaatsen in de centrale hal en de fietsenkelder. Op de laatste ledenvergadering kwamen daar
vragen over van bewoners, die ik graag correct wil beantwoorden:

- Waar worden de beelden opgeslagen, en blijft dat binnen de EU?
- Welke medewerkers van Wachtpost kunnen de beelden bekijken, en wanneer?
- Na hoeveel dagen worden de beelden automatisch gewist?

Ik hoor graag van u vóór de volgende vergadering op 10 december.

Met vriendelijke groet,

Stijn Willems
Facilitair beheerder | VvE Parkzicht
Parkzichtlaan 1-120, 3521 AB Utrecht
T +31 (0)30 123 45 67 | M +31 (0)6 98 76 54 32

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht
onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te
informeren door het bericht te retourneren.
""", R(["Information"], "s.willems@vve-parkzicht.example", "Stijn", "Willems"))

add("nl-23-half-engels", "Olivia Brennan <olivia.brennan@outlook.example>",
"Account verwijderen / delete my account",
"""Hoi!

Sorry, my Dutch is not so good yet. Ik heb een Wachtpost doorbell gekocht bij de MediaMarkt
but I returned it after a week. Wil je mijn account verwijderen please? Also my phone number
and the email address, I don't use the app anymore.

Dank je wel!
Olivia
""", R(["Erasure"], "olivia.brennan@outlook.example", "Olivia", "Brennan"))

add("nl-24-waar-komt-mijn-nummer-vandaan", "Noor de Graaf <noordegraaf@kpnplanet.example>",
"Hoe komen jullie aan mijn nummer?",
"""Vanmiddag werd ik gebeld door een mevrouw namens Wachtpost die wist dat ik "onlangs een woning
had gekocht" en of ik al aan beveiliging had gedacht. Ik ben nooit klant bij u geweest.

Ik wil weten van wie u mijn telefoonnummer en die informatie over mijn huis heeft gekregen.
Daarnaast wil ik hierna niet meer benaderd worden, niet telefonisch en ook niet per post.

Noor de Graaf
""", R(["Information", "Opposition"], "noordegraaf@kpnplanet.example", "Noor", "de Graaf"))

add("nl-25-dubbel-afgeschreven", "Dewi Soerjadi <dewi.soerjadi@upcmail.example>",
"Dubbele afschrijving november",
"""Goedemiddag,

Deze maand is het abonnementsgeld voor de alarmknop van mijn moeder twee keer van mijn rekening
afgeschreven (2 x EUR 24,95). Kunt u één van beide terugstorten?

Klantnummer 55102.

Groet,
Dewi Soerjadi
""", R(["Unknown"], "dewi.soerjadi@upcmail.example", "Dewi", "Soerjadi"))

add("nl-26-niet-opzeggen-wel-corrigeren", "Gijs Hendriks <gijs.hendriks@hotmail.example>",
"Geboortedatum klopt niet",
"""Beste,

Even voor de duidelijkheid: ik wil mijn account NIET opzeggen of laten verwijderen, ik ben
tevreden over het alarm. Maar in de app zie ik dat mijn geboortedatum op 01-01-1900 staat en
daardoor lukt de identiteitscheck bij de meldkamer niet. Mijn echte geboortedatum is
14 juli 1983. Kunnen jullie dat rechtzetten?

Gijs Hendriks
""", R(["Rectification"], "gijs.hendriks@hotmail.example", "Gijs", "Hendriks"))

add("nl-27-mentor-inzage-contactpersoon", "Yvonne Claes <y.claes@mentorschap-oost.example>",
"Cliënt dhr. A. Bouzid - inzage en wijziging contactpersoon",
"""Geachte heer/mevrouw,

Bij beschikking van de kantonrechter te Arnhem van 4 september 2026 ben ik benoemd tot mentor
van de heer Ahmed Bouzid (geboren 12-08-1951), die wijkverpleging van ThuisZorg ontvangt.

In die hoedanigheid verzoek ik u:
1. mij inzage te geven in het zorgdossier en de zorgplannen van de heer Bouzid;
2. de contactgegevens aan te passen: als eerste contactpersoon staat nog zijn neef vermeld,
   dat moet ons kantoor worden (026 - 345 67 89, bereikbaar op werkdagen).

Een kopie van de beschikking stuur ik als bijlage mee.

Met vriendelijke groet,

Yvonne Claes
Professioneel mentor
Mentorschap Oost B.V. | Velperweg 12, Arnhem
""", R(["Access", "Rectification"], "y.claes@mentorschap-oost.example", "Ahmed", "Bouzid",
       representative="Yvonne Claes"))

add("nl-28-erfgenaam-vader", "Koen Maes <koen.maes@telenet.example>", "Overlijden vader - camera's",
"""Goeiendag,

Mijn vader, Jozef Maes, is op 30 oktober overleden. Hij had bij Wachtpost een alarm met twee
camera's aan zijn huis in Lier. Als erfgenaam en uitvoerder van de nalatenschap vraag ik om het
contract stop te zetten en alle camerabeelden en andere gegevens van papa te wissen; het huis
wordt verkocht en ik wil niet dat er nog iets van hem blijft rondslingeren.

Een kopie van de overlijdensakte kan ik bezorgen.

Met vriendelijke groeten,
Koen Maes
""", R(["Erasure"], "koen.maes@telenet.example", "Jozef", "Maes", representative="Koen Maes"))

add("nl-29-pakketje-gestolen", "Lotte van Dijk <lottevandijk@icloud.example>", "beelden deurbel dinsdag",
"""Hoi,

Er is dinsdagmiddag een pakketje van mijn stoep gestolen. In mijn app zie ik het filmpje niet
meer terug (mijn abonnement bewaart maar 7 dagen denk ik?). Hebben jullie de beelden van
dinsdag 10 november tussen 13 en 15 uur nog? Zo ja, dan wil ik die graag hebben voor de aangifte.

Groetjes Lotte

Verzonden vanaf mijn iPhone
""", R(["Access"], "lottevandijk@icloud.example", "Lotte", "van Dijk"))

add("nl-30-cp1252-op-slot", "Marieke Brouwers <m.brouwers@home-net.example>",
"Niet delen met gemeente zolang klacht loopt",
"""Geachte heer/mevrouw,

Op 2 november heb ik een klacht ingediend over de herindicatie van mijn zorguren. In het
verslag staat dat ik “zelfstandig kan douchen” – dat is aantoonbaar onjuist, ik ben deze
maand twee keer gevallen. De klachtencommissie onderzoekt dit nu.

Ik begrijp dat ThuisZorg dit verslag ook deelt met de gemeente voor de Wmo-beschikking
(mijn eigen bijdrage gaat daardoor omhoog naar € 21,80 per maand…). Ik vraag u dringend het
verslag ‘op slot’ te zetten: niet gebruiken en niet doorsturen totdat de klachtencommissie
uitspraak heeft gedaan.

Hoogachtend,
Marieke Brouwers
""", R(["Restriction"], "m.brouwers@home-net.example", "Marieke", "Brouwers"),
    ct=CP1252, encode="cp1252")

add("nl-31-vl-export-en-wissen", "Mieke Goossens <mieke.goossens@skynet.example>", "Opzeg + mijn data",
"""Beste,

Ik zeg mijn Wachtpost-abonnement op, het contract loopt af eind december. Voor ik vertrek wil ik
al mijn videoclips en het logboek van het alarm kunnen downloaden in een gangbaar formaat (mp4 en
csv of zoiets), zodat ik ze zelf kan bijhouden of in een ander systeem kan steken.

Daarna mag alles bij jullie weg, ook mijn profiel. Is dat mogelijk?

Vriendelijke groeten,
Mieke
""", R(["Portability", "Erasure"], "mieke.goossens@skynet.example", "Mieke", "Goossens"))

add("nl-32-wijkverpleegkundige-routes", "Sanne Bakker <sanne.b@gmail.example>",
"Mijn ritregistratie in de planningsapp",
"""Hallo,

Ik werk als wijkverpleegkundige bij ThuisZorg, team Amersfoort-Noord. Mijn leidinggevende sprak
mij vorige week aan op "te lange reistijden" en liet een overzicht zien uit de planningsapp met
mijn routes, tot op de minuut. Ik wist niet dat dat zo nauwkeurig werd bijgehouden.

Ik wil graag alle locatie- en tijdgegevens inzien die de afgelopen drie maanden over mij zijn
vastgelegd. Ik stuur dit vanaf mijn privémail omdat ik dit liever buiten het team houd.

Sanne Bakker
""", R(["Access"], "sanne.b@gmail.example", "Sanne", "Bakker"))

# ---------------------------------------------------------------- tasks

add("nl-33-taak-verwerkersovereenkomst", "Rik Scholten <r.scholten@acme-corp.example>",
"Verwerkersovereenkomst Zorgrooster - graag jullie check",
"""Hoi privacyteam,

We stappen in Q1 over op een nieuw planningssysteem voor de wijkteams (leverancier Zorgrooster
B.V.). Juridisch heeft het hoofdcontract bekeken, maar de verwerkersovereenkomst moet nog door
jullie worden beoordeeld, met name de lijst subverwerkers (hosting in Ierland en een
supportteam in Servië, als ik het goed lees).

Kunnen jullie er vóór 27 november naar kijken? De stukken staan op SharePoint > Inkoop >
Zorgrooster 2027.

Dank!
Rik Scholten
Inkoper ICT
""", TASK("r.scholten@acme-corp.example", "Rik", "Scholten"))

add("nl-34-taak-dpia-valdetectie", "Annemiek Postma <a.postma@acme-corp.example>",
"DPIA valdetectie-camera's (pilot ThuisZorg x Wachtpost)",
"""Hallo allemaal,

Vanaf februari willen we een pilot draaien waarbij bij twintig cliënten van ThuisZorg een
Wachtpost-camera met automatische valdetectie in de woonkamer komt. Bij een val krijgt de
meldkamer een melding met een paar seconden beeld, en het wijkteam een push-bericht.

Ik neem aan dat hier een DPIA voor nodig is (gezondheidsgegevens, camerabeelden in huis,
kwetsbare ouderen). Kunnen jullie die met ons opstarten? Ik plan graag een kick-off in de week
van 30 november.

Groet,
Annemiek Postma
Productmanager Zorgtechnologie
""", TASK("a.postma@acme-corp.example", "Annemiek", "Postma"))

add("nl-35-taak-register-chatfunctie", "Bas Vermeer <bas.vermeer@acme-corp.example>",
"Register van verwerkingen: nieuwe chatfunctie familieportaal",
"""Hoi,

Per 1 december gaat de chatfunctie in het familieportaal live (familie kan berichten sturen aan
het wijkteam, inclusief foto's). Moet die nog in het register van verwerkingsactiviteiten? Zo ja,
kunnen jullie het bijwerken? Bewaartermijn van de berichten hebben we voorlopig op 2 jaar gezet,
de techniek zit bij dezelfde leverancier als het portaal.

Bas
Team Digitale Zorg
""", TASK("bas.vermeer@acme-corp.example", "Bas", "Vermeer"))

add("nl-36-taak-sessie-instromers", "Karin Smits <karin.smits@acme-corp.example>",
"AVG-sessie voor nieuwe instromers 7 december",
"""Beste privacyteam,

Op 7 december starten er 14 nieuwe verzorgenden en verpleegkundigen. Zouden jullie in hun
introductieprogramma een korte AVG-sessie (45 minuten) kunnen verzorgen? Graag vooral
praktisch: wat mag je wel en niet in de groepsapp zetten, hoe ga je om met codes van
sleutelkluisjes, en foto's van wonden.

Laat maar weten wie van jullie kan, dan zet ik het in de planning.

Met vriendelijke groet,
Karin Smits
HR-adviseur Opleidingen
""", TASK("karin.smits@acme-corp.example", "Karin", "Smits"))

add("nl-37-taak-vragenlijst-huisvester", "Dries Verstraete <dries.verstraete@acme-corp.example>",
"Vragenlijst informatieveiligheid woonmaatschappij",
"""Dag collega's,

De sociale huisvestingsmaatschappij Woonpunt Schelde wil dat we hun vragenlijst rond
informatieveiligheid en gegevensbescherming invullen vóór ze het raamcontract voor
camerabewaking in hun appartementsblokken verlengen. Het gaat om een 60-tal vragen, o.a. over
bewaartermijnen, toegangsbeheer en verwerkersovereenkomsten. Kunnen jullie het privacy-luik
invullen? Deadline bij hen is 4 december.

Bestand zit in bijlage van de mail die ik vanmiddag naar jullie teamkanaal stuurde.

Mvg,
Dries Verstraete
Accountmanager B2B Wachtpost Vlaanderen
""", TASK("dries.verstraete@acme-corp.example", "Dries", "Verstraete"))

# ---------------------------------------------------------------- incidents

add("nl-38-inc-werktelefoon-kwijt", "Naima Bouali <n.bouali@acme-corp.example>", "Werktelefoon kwijt!!",
"""Hoi,

Ik ben vanochtend mijn werktelefoon kwijtgeraakt, waarschijnlijk laten liggen in bus 12 richting
het station. Daar staat de planningsapp op met de adressen van al mijn cliënten van vandaag en
morgen, en in de notities ook een paar codes van sleutelkluisjes. De telefoon heeft wel een
pincode (4 cijfers).

Ik heb de servicedesk al gebeld maar die zei dat ik het ook hier moest melden. Wat moet ik nog
meer doen?

Naima Bouali
Wijkverpleegkundige team Zuid
""", INC("n.bouali@acme-corp.example", "Naima", "Bouali"))

add("nl-39-inc-rapportage-buurvrouw", "Arjen Kok <arjen.kok@ziggo.example>",
"Ik zie gegevens van iemand anders in het familieportaal",
"""Goedenavond,

Sinds gisteren zie ik in het familieportaal, onder het profiel van mijn vader, ook rapportages
van een mevrouw Van Leeuwen, die bij ons in de straat woont. Met haar medicijnen, hoe het met
haar stoelgang gaat, alles. Dat hoort toch niet? Ik heb niets gedownload of doorgestuurd, maar
ik wil wel dat jullie dit weten. En ik vraag me af of iemand anders nu de gegevens van mijn
vader kan zien.

Arjen Kok
""", INC("arjen.kok@ziggo.example", "Arjen", "Kok"))

add("nl-40-inc-brief-verkeerd-adres", "Wendy Hermans <w.hermans@acme-corp.example>",
"Brief met sleutelkluiscode naar verkeerd huisnummer",
"""Hallo privacy,

Ik moet iets melden. Vorige week hebben we de bevestigingsbrief voor een nieuwe cliënt verstuurd
naar Dorpsstraat 41 in plaats van 14. In die brief staat de code van het sleutelkluisje en de
tijden waarop wij langskomen. De bewoner van nummer 41 heeft de brief vandaag netjes bij ons op
kantoor afgegeven, maar de envelop was open.

We hebben de code van de kluis inmiddels laten wijzigen. De cliënt weet het nog niet.

Groet,
Wendy Hermans
Planning & Administratie, ThuisZorg regio Oost
""", INC("w.hermans@acme-corp.example", "Wendy", "Hermans"))

add("nl-41-inc-phishing-meldkamer", "Tom de Boer <t.deboer@acme-corp.example>",
"denk dat ik op een phishinglink heb geklikt",
"""Hoi,

Tijdens mijn nachtdienst op de meldkamer kreeg ik een mail "Uw wachtwoord verloopt vandaag" en
ik heb op de link geklikt en mijn gebruikersnaam en wachtwoord ingevuld. Pas daarna zag ik dat het
adres niet van ons was. Ik heb mijn wachtwoord direct gewijzigd. Met dat account kan je wel in het
meldkamersysteem met alle klantgegevens en alarmcodes.

Moet ik nog iets doen?

Tom de Boer
Operator meldkamer Wachtpost
""", INC("t.deboer@acme-corp.example", "Tom", "de Boer"))

add("nl-42-inc-vreemde-voordeur", "Ingrid Vos <ingrid.vos@hetnet.example>", "Vreemde beelden in mijn Wachtpost-app",
"""Goedemiddag,

Na de update van gisteren zie ik in mijn Wachtpost-app een tweede camera staan met de naam
"Voordeur". Die is niet van mij: ik zie live een voordeur van een huis dat ik niet ken, en
vanochtend kwam er een melding binnen met een filmpje van een vrouw met twee kinderen die naar
buiten gingen.

Ik ga ervan uit dat iemand anders dan dus ook mijn beelden kan zien. Kunnen jullie dit
uitzoeken? Ik heb de camera in de app voorlopig uitgezet.

Ingrid Vos
""", INC("ingrid.vos@hetnet.example", "Ingrid", "Vos"))

# ---------------------------------------------------------------- follow-ups

add("nl-43-fu-dsr-vijf-weken", "Hans Koster <hans.koster@gmail.example>",
"Re: Ontvangstbevestiging van uw verzoek [DSR-40417]",
"""Geachte heer/mevrouw,

Het is nu vijf weken na uw bevestiging hieronder en ik heb nog altijd niets ontvangen. Volgens
mij is de termijn een maand. Wanneer kan ik het overzicht verwachten?

Hans Koster

Op 9 oktober 2026 schreef privacy@acme-corp.example:
> Geachte heer Koster,
>
> Wij hebben uw verzoek in goede orde ontvangen en geregistreerd onder nummer [DSR-40417].
> U ontvangt binnen een maand een reactie.
>
> Met vriendelijke groet,
> Team Privacy
""", FU("40417", "hans.koster@gmail.example", "Hans", "Koster"))

add("nl-44-fu-irt-telefoonnummer", "Femke Jansen <femke.jansen@hetnet.example>",
"Re: Verkeerd adres in zorgplan",
"""Nog een aanvulling op mijn mail van gisteren: mijn vaste nummer is ook veranderd, het nieuwe
nummer is 055 - 741 22 09. Het oude nummer werkt niet meer.

Femke
""", FU(ref("nl-04-adres-verhuisd"), "femke.jansen@hetnet.example", "Femke", "Jansen"),
    headers=irt("nl-04-adres-verhuisd"))

add("nl-45-fu-dsr-beelden-ontbreken", "Hilde Peeters <hilde.peeters@telenet.example>",
"Antw: [DSR-39822] uw aanvraag",
"""Dag,

Bedankt voor het pakket met documenten. Ik merk wel dat de beelden van de nacht van 3 oktober
er niet bij zitten, terwijl dat net de reden van mijn aanvraag was. Kunnen jullie die nog
nasturen?

Vriendelijke groeten,
Hilde Peeters
""", FU("39822", "hilde.peeters@telenet.example", "Hilde", "Peeters"))

add("nl-46-fu-irt-nog-geen-antwoord", "Mieke Goossens <mieke.goossens@skynet.example>",
"Re: Opzeg + mijn data",
"""Beste,

Twee weken verder en nog altijd geen antwoord op onderstaande vraag. Mijn contract loopt over
zes weken af, ik wil mijn clips echt niet kwijt. Gelieve mij snel iets te laten weten.

Mieke Goossens

> Ik zeg mijn Wachtpost-abonnement op, het contract loopt af eind december.
""", FU(ref("nl-31-vl-export-en-wissen"), "mieke.goossens@skynet.example", "Mieke", "Goossens"),
    headers=irt("nl-31-vl-export-en-wissen"))

# ---------------------------------------------------------------- ignored

add("nl-47-spam-darkweb", "Databescherming Service <alert@persoonsgegevens-check.example>",
"WAARSCHUWING: uw persoonsgegevens zijn gevonden op het dark web",
"""Beste klant,

Uit onze scan blijkt dat 17 van uw persoonsgegevens (e-mail, telefoonnummer, IBAN) te koop
worden aangeboden op het dark web. Wacht niet tot criminelen misbruik maken van uw identiteit!

Laat uw gegevens vandaag nog definitief verwijderen en bescherm uw privacy voor slechts EUR 49,-.

>> KLIK HIER OM UW GEGEVENS TE WISSEN <<

Deze aanbieding is 24 uur geldig.
Team Databescherming Service
""", IGN("spam", "alert@persoonsgegevens-check.example"), headers=SPAM_HDR)

add("nl-48-spam-avg-register", "AVG Toezicht Nederland <info@avg-register-nl.example>",
"Laatste herinnering: verplichte inschrijving AVG-register",
"""Geachte ondernemer,

Uit onze administratie blijkt dat uw organisatie nog niet is ingeschreven in het landelijk
AVG-register. Inschrijving is wettelijk verplicht voor alle organisaties die
persoonsgegevens verwerken. Bij niet-inschrijving riskeert u een boete tot EUR 20.000.

Voldoe binnen 5 werkdagen de registratiekosten van EUR 389,- via onderstaande link om uw
inschrijving te voltooien en boetes te voorkomen.

Afdeling Registratie
""", IGN("spam", "info@avg-register-nl.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="avg-register-nl.example")])

add("nl-49-spam-seo", '"Kevin | Groeimarketing" <kevin@top10-google.example>',
"Meer cliënten voor uw thuiszorg via Google?",
"""Hallo,

Ik zag dat uw website niet op pagina 1 van Google staat voor "thuiszorg in de buurt". Dat is
zonde, want uw concurrenten pakken zo elke maand tientallen nieuwe cliënten!

Wij regelen binnen 30 dagen een top-3 positie, gegarandeerd. Mag ik u vrijblijvend een gratis
analyse sturen? Antwoord gewoon met JA.

Groet,
Kevin
Groeimarketing
""", IGN("spam", "kevin@top10-google.example"))

add("nl-50-afwezig-ziekenhuis", '"Dr. L. Mertens" <l.mertens@ziekenhuis-rivierenland.example>',
"Automatisch antwoord: Overdracht cliënt na ontslag",
"""Ik ben afwezig tot en met maandag 23 november en heb beperkt toegang tot mijn e-mail.
Voor dringende zaken rond ontslag en overdracht kunt u contact opnemen met het
transferbureau via 0344 - 67 89 00.

Met vriendelijke groet,
Dr. L. Mertens, geriater
""", IGN("auto_reply", "l.mertens@ziekenhuis-rivierenland.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-51-ticket-leverancier", "Servicedesk Zorgrooster <noreply@zorgrooster.example>",
"[Ticket #48213] Uw melding is ontvangen",
"""Beste klant,

Bedankt voor uw bericht. Wij hebben uw melding geregistreerd onder ticketnummer #48213.
Een medewerker van onze servicedesk neemt binnen 2 werkdagen contact met u op.

Dit is een automatisch gegenereerd bericht, u kunt hier niet op antwoorden.

Servicedesk Zorgrooster
""", IGN("auto_reply", "noreply@zorgrooster.example"),
    headers=["Auto-Submitted: auto-generated", "Precedence: auto_reply"])

add("nl-52-nieuwsbrief-zorg-privacy", "Zorg & Privacy <nieuwsbrief@zorgenprivacy.example>",
"Zorg & Privacy - editie november: NEN 7510, camera's in de thuissituatie",
html("<b>Zorg &amp; Privacy</b> &ndash; maandelijkse nieuwsbrief",
     "In deze editie: de herziene NEN 7510, wat de Autoriteit Persoonsgegevens vindt van "
     "camera's bij cliënten thuis, en vijf tips voor veilige sleutelkluisjes.",
     "Webinar 3 december: bewaartermijnen in de wijkverpleging. Schrijf u nu in!",
     "<small>U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. "
     "<a href=\"https://zorgenprivacy.example/afmelden\">Afmelden</a></small>"),
IGN("bulk", "nieuwsbrief@zorgenprivacy.example"), ct=HTML,
    headers=["List-Id: Zorg en Privacy <nieuwsbrief.zorgenprivacy.example>",
             "List-Unsubscribe: <https://zorgenprivacy.example/afmelden>, <mailto:afmelden@zorgenprivacy.example>",
             "Precedence: bulk"])

add("nl-53-onbestelbaar", "Mail Delivery System <mailer-daemon@mx.acme-corp.example>",
"Onbestelbaar: Uw verzoek", "",
IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
