from common import *  # part nl: written blind

# ---------------------------------------------------------------- verzoeken

add("nl-01-inzage-klantenkaart", "Jorien Wassenaar <jorien.wassenaar@kpn-mail.example>",
    "Inzageverzoek",
    """Goedemiddag,

Graag ontvang ik een overzicht van alle persoonsgegevens die u van mij verwerkt, in verband met mijn klantenkaart (nummer 6034 8812 0071) en mijn online account.

Met vriendelijke groet,
Jorien Wassenaar
""",
    R(["Access"], "jorien.wassenaar@kpn-mail.example", "Jorien", "Wassenaar"))

add("nl-02-acount-verwijderen", "Dewi Pattiasina <dewi.p@ziggo-mail.example>",
    "acount weg",
    """hoi wil graag men acount verwijderd hebben van de cursus site gebruik het niet meer sinds ik klaar ben met men opleiding
thx dewi
""",
    R(["Erasure"], "dewi.p@ziggo-mail.example", "Dewi", "Pattiasina"))

add("nl-03-examen-ongeldig-fraudedetectie", "Robbe Claeys <robbe.claeys@student-kuleuven.example>",
    "Examen ongeldig verklaard door automatische fraudedetectie",
    """Beste,

Op 10 november heb ik via jullie platform het examen "Boekhouden basis" afgelegd met webcamtoezicht. Vandaag kreeg ik een automatische mail dat mijn examen ongeldig is verklaard omdat het systeem "afwijkend gedrag" zou hebben vastgesteld. Ik vermoed dat het komt doordat mijn kat twee keer over mijn bureau liep en ik haar heb weggezet.

Er heeft niemand naar gekeken, het is gewoon door de software beslist. Ik ga daar niet mee akkoord en vraag dat een medewerker de beelden bekijkt en de beslissing herziet. Ik wil ook graag weten op basis van welke criteria het systeem dat besluit heeft genomen.

Ik heb dit attest nodig voor mijn inschrijving bij het ITAA.

Met vriendelijke groeten,
Robbe Claeys
Gent
""",
    R(["AutomatedDecision"], "robbe.claeys@student-kuleuven.example", "Robbe", "Claeys"))

add("nl-04-camerabeelden-zaal", "Erik-Jan Roosendaal <ej.roosendaal@xs4all-mail.example>",
    "Opvragen camerabeelden bioscoop Arnhem",
    """Geachte heer/mevrouw,

Op vrijdag 13 november werd ik tijdens de voorstelling van 21.00 uur in zaal 2 van uw bioscoop in Arnhem door een medewerker beschuldigd van het filmen van de film, en vervolgens op nogal hardhandige wijze uit de zaal verwijderd. Ik heb niets gefilmd; mijn telefoon zat in mijn jaszak.

Op grond van artikel 15 AVG verzoek ik u mij een kopie te verstrekken van de camerabeelden waarop ik te zien ben, tussen 20.45 en 21.45 uur in de zaal, de gang en de foyer.

Met vriendelijke groet,
Erik-Jan Roosendaal
06-41 22 87 90
""",
    R(["Access"], "ej.roosendaal@xs4all-mail.example", "Erik-Jan", "Roosendaal"))

add("nl-05-hoofdletters-stop-mail", "Henk Brouwer <h.brouwer1958@planet-mail.example>",
    "STOP MET MAILEN",
    """IK WIL GEEN MAILS MEER VAN JULLIE OVER FILMS EN AANBIEDINGEN. AL TIEN KEER AFGEMELD MAAR ER BLIJFT MAAR POST KOMEN. HAAL MIJN ADRES UIT JULLIE LIJST!!!

H. BROUWER
""",
    R(["Opposition"], "h.brouwer1958@planet-mail.example", "Henk", "Brouwer"))

add("nl-06-verkeerde-geboortedatum", "Fleur Tjoa <fleur.tjoa@mail-nl.example>",
    "Geboortedatum klopt niet",
    """Hallo,

In mijn klantprofiel staat als geboortedatum 7 april 1994, maar dat moet 4 juli 1994 zijn (dag en maand omgedraaid denk ik). Daardoor kreeg ik mijn verjaardagsticket in april. Kunnen jullie dat aanpassen?

Groetjes,
Fleur Tjoa
""",
    R(["Rectification"], "fleur.tjoa@mail-nl.example", "Fleur", "Tjoa"))

add("nl-07-dataportabiliteit-certificaten", "Bas Oudshoorn <bas.oudshoorn@outlook-like.example>",
    "Verzoek dataportabiliteit",
    """Goedemorgen,

Mijn nieuwe werkgever gebruikt een eigen leerplatform en wil mijn opleidingshistorie overnemen. Ik verzoek u daarom, op grond van artikel 20 AVG, al mijn leergegevens (gevolgde cursussen, voortgang, toetsresultaten en certificaten) aan mij te verstrekken in een gestructureerd, machineleesbaar formaat zoals CSV of JSON.

Bij voorbaat dank,
Bas Oudshoorn
""",
    R(["Portability"], "bas.oudshoorn@outlook-like.example", "Bas", "Oudshoorn"))

add("nl-08-vraag-bewaartermijn-camera", "Marloes de Graaf-Timmer <marloes.degraaf@mail-nl.example>",
    "Vraag over camerabewaking in jullie bioscopen",
    """Beste privacyteam,

Ik zag bij de ingang van jullie bioscoop in Zwolle een bordje over camerabewaking. Ik heb een paar vragen:
- hoe lang bewaren jullie die beelden?
- wie kan ze bekijken, en worden ze ook in de zalen zelf gemaakt?
- geven jullie beelden zomaar aan de politie als die erom vraagt?

Ik hoef geen kopie, ik ben gewoon benieuwd.

Vriendelijke groet,
Marloes de Graaf-Timmer
""",
    R(["Information"], "marloes.degraaf@mail-nl.example", "Marloes", "de Graaf-Timmer"))

add("nl-09-formele-brief-inzage-bezwaar", "C. van Lier <kees.vanlier@hetnet-mail.example>",
    "Verzoek op grond van artikel 15 en 21 AVG",
    """Aan: de functionaris voor gegevensbescherming
Betreft: verzoek om inzage en bezwaar tegen direct marketing

Geachte heer, mevrouw,

Hierbij verzoek ik u, met een beroep op artikel 15 van de Algemene verordening gegevensbescherming (AVG), mij binnen de wettelijke termijn van één maand te laten weten welke persoonsgegevens u van mij verwerkt, voor welke doeleinden, aan wie deze zijn verstrekt en hoe lang zij worden bewaard, en mij een kopie van deze gegevens te doen toekomen.

Tevens maak ik, op grond van artikel 21 AVG, bezwaar tegen iedere verwerking van mijn gegevens ten behoeve van direct marketing, waaronder nieuwsbrieven, sms-berichten en telefonische benadering.

Ik verzoek u de ontvangst van dit verzoek te bevestigen.

Hoogachtend,

Cornelis van Lier
Laan van Meerdervoort 1200
2555 XX Den Haag
""",
    R(["Access", "Opposition"], "kees.vanlier@hetnet-mail.example", "Cornelis", "van Lier"))

add("nl-10-html-verwijderen", "Shanti Ramdin <shanti.ramdin@mail-nl.example>",
    "Verwijderen van mijn gegevens",
    html("Beste mensen,",
         "Wilt u <b>al mijn gegevens</b> verwijderen en mijn account op het e-learningplatform opheffen? Ik heb mijn laatste cursus afgerond en wil niet dat mijn gegevens nog bewaard worden.",
         "Alvast bedankt.",
         "Met vriendelijke groet,<br>Shanti Ramdin<br><i>Almere</i>"),
    R(["Erasure"], "shanti.ramdin@mail-nl.example", "Shanti", "Ramdin"), ct=HTML)

add("nl-11-latin1-beperking-toegangsverbod", "Gijs Hoogendoorn <gijs.hoogendoorn@home-mail.example>",
    "Toegangsverbod onterecht - verwerking beperken",
    """Geachte heer/mevrouw,

Bij mijn laatste bezoek aan uw bioscoop in Leiden werd mij de toegang geweigerd. Volgens de kassamedewerker sta ik in uw systeem geregistreerd met een "toegangsverbod wegens overlast" sinds september. Ik ben in september helemaal niet in uw bioscoop geweest; ik vermoed een verwisseling met een andere klant met dezelfde achternaam.

Ik betwist de juistheid van deze registratie. Ik verzoek u, zolang u dit onderzoekt, het gebruik van deze gegevens te beperken (artikel 18 AVG): de registratie mag niet worden gebruikt om mij de toegang te weigeren en niet worden gedeeld met andere vestigingen.

Ik word graag geïnformeerd over de uitkomst.

Met vriendelijke groet,
Gijs Hoogendoorn
""",
    R(["Restriction"], "gijs.hoogendoorn@home-mail.example", "Gijs", "Hoogendoorn"),
    encode="latin-1", ct=LATIN1)

add("nl-12-vader-dochter-webcam", "Ruud Schipper <ruud.schipper@mail-nl.example>",
    "Gegevens van mijn dochter (15 jaar)",
    """Goedendag,

Mijn dochter Isa Schipper (15 jaar) heeft via school een online taalcursus bij u gevolgd, inclusief een eindtoets met webcamtoezicht. Ik was niet op de hoogte dat daarbij video-opnames van haar en haar kamer werden gemaakt.

Als haar vader en wettelijk vertegenwoordiger wil ik graag een kopie van alle gegevens die u over haar heeft, inclusief de opnames. Daarna wil ik dat alles wordt verwijderd.

Haar account staat op isa.schipper@leerling-mail.example.

Met vriendelijke groet,
Ruud Schipper
""",
    R(["Access", "Erasure"], "ruud.schipper@mail-nl.example", "Isa", "Schipper", representative="Ruud Schipper"))

add("nl-13-advocaat-cursusresultaten", "mr. Eline Kuipers-de Boer <e.kuipers@kuipers-advocaten.example>",
    "Inzageverzoek namens de heer T. Ouali",
    """Geachte heer, mevrouw,

Ik treed op als advocaat van de heer Tarik Ouali, geboren 9 mei 1990, die via het zakelijke account van zijn voormalige werkgever cursussen op uw platform heeft gevolgd. Zijn werkgever beroept zich in een lopend arbeidsgeschil op "onvoldoende resultaten" en "fraude bij een toets".

Namens cliënt verzoek ik u op grond van artikel 15 AVG om een volledig overzicht en een kopie van alle persoonsgegevens die u over hem verwerkt, waaronder toetsresultaten, logbestanden, eventuele fraudemeldingen en de gegevens die aan zijn werkgever zijn verstrekt. Een machtiging van cliënt treft u bijgaand aan.

Hoogachtend,

mr. Eline Kuipers-de Boer
Advocaat
Kuipers & Van Dalen Advocaten
Maliebaan 00, 3581 Utrecht
T 030 000 00 00

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
""",
    R(["Access"], "e.kuipers@kuipers-advocaten.example", "Tarik", "Ouali", representative="Eline Kuipers-de Boer"))

add("nl-14-dochter-overleden-moeder", "Wendy Scholten <wendy.scholten@mail-nl.example>",
    "Overlijden van mijn moeder",
    """Beste,

Mijn moeder, Aleida Scholten-Brink, is op 2 oktober overleden. Ze had een Filmpas bij jullie en een account. Er komen nog steeds mails en kaartjes met aanbiedingen op haar naam binnen op haar oude adres, waar ik nu de post afhandel.

Ik ben haar dochter en erfgenaam. Willen jullie haar account opheffen en haar gegevens verwijderen, en meteen stoppen met alle mailings en post aan haar? Een kopie van de akte van overlijden kan ik opsturen.

Groet,
Wendy Scholten
""",
    R(["Erasure", "Opposition"], "wendy.scholten@mail-nl.example", "Aleida", "Scholten-Brink",
      representative="Wendy Scholten"))

add("nl-15-bewindvoerder-abonnementen", "Peter Verschuren <p.verschuren@bewind-oost.example>",
    "Inzage namens cliënt D. Kramer (onder bewind)",
    """Geachte heer/mevrouw,

Als beschermingsbewindvoerder van de heer Dennis Kramer (geb. 17-08-1979), benoemd door de rechtbank Gelderland, verzoek ik u mij een overzicht te sturen van alle gegevens die u over hem verwerkt, in het bijzonder van alle abonnementen, aankopen en betalingen via zijn klantaccount en klantenkaart. Er lopen maandelijkse afschrijvingen waarvan de herkomst onduidelijk is.

De beschikking van de rechtbank stuur ik als bijlage mee.

Met vriendelijke groet,
Peter Verschuren
Bewindvoering Oost B.V.
026 000 00 00
""",
    R(["Access"], "p.verschuren@bewind-oost.example", "Dennis", "Kramer", representative="Peter Verschuren"))

add("nl-16-gezinsadres-sms", "Fam. Hoekstra <hoekstra.thuis@ziggo-mail.example>",
    "afmelden sms en nieuwsbrief",
    """Hallo,

Dit is Sietske Hoekstra. Wij delen dit mailadres thuis, stuur antwoord graag naar mijn eigen adres.

Ik wil geen verjaardags-sms en geen wekelijkse nieuwsbrief meer ontvangen. Mijn Filmpas staat op mijn naam, telefoonnummer 06-55 01 93 27.

Dank je wel,
Sietske
""",
    R(["Opposition"], "sietske.hoekstra@mail-nl.example", "Sietske", "Hoekstra"),
    headers=["Reply-To: Sietske Hoekstra <sietske.hoekstra@mail-nl.example>"])

add("nl-17-doorgestuurd-klantenservice", "Yvonne Lammers <yvonne.lammers@acme-corp.example>",
    "FW: account verwijderen aub",
    """Hoi privacyteam,

Deze kwam binnen bij de klantenservice van de bioscopen (vestiging Antwerpen). Kunnen jullie dit oppakken?

Groetjes,
Yvonne Lammers
Klantenservice Bioscopen

-----Oorspronkelijk bericht-----
Van: Wannes De Cock <wannes.decock@telenet-mail.example>
Verzonden: zondag 15 november 2026 21:07
Aan: klantendienst@acme-corp.example
Onderwerp: account verwijderen aub

Dag,

Mag mijn account met alles erop en eraan verwijderd worden? Ik ben verhuisd naar Spanje en kom niet meer naar jullie cinema.

Merci,
Wannes De Cock
""",
    R(["Erasure"], "yvonne.lammers@acme-corp.example", "Wannes", "De Cock"))

add("nl-18-bijlage-wat-ziet-werkgever", "Koen Aerts <koen.aerts@acme-corp.example>",
    "Fwd: Wat ziet mijn werkgever?", "",
    R(["Information"], "koen.aerts@acme-corp.example", "Naima", "Bouzidi"),
    note="""Dag collega's,

Een cursist van een van onze zakelijke klanten (Logistiek Van Hool) stelt een privacyvraag, zie bijgevoegd bericht. Ik weet niet precies wat we mogen antwoorden, dus ik leg het bij jullie neer.

Mvg,
Koen Aerts
Customer Success – Zakelijke accounts
""",
    attached=("Naima Bouzidi <naima.bouzidi@mail-be.example>", "Wat ziet mijn werkgever?",
              """Beste,

Via mijn werk moet ik bij jullie een aantal verplichte e-learnings volgen. Kan mijn leidinggevende zien hoe lang ik over elke module doe, hoe vaak ik een toets opnieuw moet doen en de webcambeelden van het examen? Ik wil gewoon weten wat er met mijn gegevens gebeurt en wat er naar mijn werkgever gaat.

Groetjes,
Naima Bouzidi
"""))

add("nl-19-lang-boos-examenresultaat", "Margriet Zwart <margriet.zwart@mail-nl.example>",
    "Klacht + verzoek: mijn examenresultaat klopt niet en niemand reageert",
    """Beste meneer/mevrouw,

Ik ben het nu echt zat. Op 28 oktober heb ik het examen "Praktijkdiploma Loonadministratie" bij jullie gemaakt. Ik heb er 349 euro voor betaald, drie weekenden voor geleerd en de oppas geregeld. Na afloop stond op het scherm "Geslaagd – 78%". Twee dagen later stond er in mijn account ineens "Niet geslaagd – 48%". Geen uitleg, niets.

Ik heb gebeld (45 minuten in de wacht, daarna werd de verbinding verbroken), twee keer gemaild via het contactformulier en één keer via de chat. De chat zei dat "de resultaten definitief zijn". Definitief? Welke van de twee dan?

Ik wil dat jullie mij een kopie sturen van alle gegevens die jullie over mij hebben, inclusief mijn antwoorden op het examen, de log van de sessie en alles wat met die score te maken heeft. En ik wil dat het onjuiste resultaat in mijn account wordt gecorrigeerd naar de score die ik werkelijk heb behaald.

Mijn werkgever wacht op dat diploma. Als ik binnen twee weken niets hoor, ga ik naar de Autoriteit Persoonsgegevens en naar de Geschillencommissie.

Margriet Zwart
Apeldoorn
""",
    R(["Access", "Rectification"], "margriet.zwart@mail-nl.example", "Margriet", "Zwart"))

add("nl-20-tickets-omzetten", "Thomas Brinkman <thomas.brinkman@mail-nl.example>",
    "Tickets omzetten naar andere voorstelling",
    """Hoi,

Ik heb voor zaterdag 4 tickets gekocht voor de voorstelling van 19.15 uur, maar we kunnen pas later. Kan ik ze omzetten naar die van 21.30 uur? Bestelnummer 20261114-88412.

Groeten,
Thomas Brinkman
""",
    R(["Unknown"], "thomas.brinkman@mail-nl.example", "Thomas", "Brinkman"))

add("nl-21-herkomst-telefoonnummer", "Ilse Kortekaas <ilse.kortekaas@mail-nl.example>",
    "Hoe komen jullie aan mijn nummer?",
    """Goedemiddag,

Ik werd gisteren gebeld door iemand van jullie over een abonnement op online cursussen. Ik heb nooit een account bij jullie gehad. Hoe komen jullie aan mijn telefoonnummer en van wie hebben jullie het gekregen?

Ilse Kortekaas
""",
    R(["Information"], "ilse.kortekaas@mail-nl.example", "Ilse", "Kortekaas"))

add("nl-22-bezwaar-profilering", "Mehmet Kaya <mehmet.kaya@mail-nl.example>",
    "Bezwaar tegen profilering",
    """Beste,

In de app krijg ik "persoonlijke filmtips" en aanbiedingen op basis van wat ik kijk en wat ik bij de bar koop. Ik maak bezwaar tegen deze profilering en wil niet dat mijn kijk- en aankoopgedrag daarvoor gebruikt wordt. Mijn Filmpas wil ik wel houden.

Met vriendelijke groet,
Mehmet Kaya
""",
    R(["Opposition"], "mehmet.kaya@mail-nl.example", "Mehmet", "Kaya"))

add("nl-23-galaxy-inzage", "Nienke Dijkstra <nienke.dijkstra@mail-nl.example>",
    "Mijn gegevens",
    """Hallo, kunnen jullie mij een kopie sturen van alle gegevens die jullie van mij hebben? Account staat op dit mailadres.
Groet Nienke Dijkstra

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
    R(["Access"], "nienke.dijkstra@mail-nl.example", "Nienke", "Dijkstra"))

add("nl-24-engels-nederlands-verwijderen", "Liam O'Sullivan <liam.osullivan@inbox-mail.example>",
    "Delete my account / account verwijderen",
    """Hi there,

Sorry, mijn Nederlands is nog niet zo goed. I signed up for the "Nederlands voor beginners" course last year, maar ik gebruik het niet meer. Please delete my account and all my data – alles verwijderen graag.

Cheers / bedankt,
Liam O'Sullivan
Utrecht
""",
    R(["Erasure"], "liam.osullivan@inbox-mail.example", "Liam", "O'Sullivan"))

add("nl-25-cp1252-naamswijziging", "Anneke Visser <anneke.visser@mail-nl.example>",
    "Naamswijziging in mijn account",
    """Beste medewerker,

Na mijn scheiding gebruik ik weer mijn eigen naam. In mijn account en op mijn certificaten staat nog “Anneke Bakker-Visser”; dat moet worden: “Anneke Visser”.

Ook mijn adres is gewijzigd: Sint-Jansstraat 14, 5211 AB ’s-Hertogenbosch.

Kunt u beide gegevens aanpassen? Alvast dank – ik heb de certificaten nodig voor een sollicitatie.

Met vriendelijke groet,
Anneke Visser
""",
    R(["Rectification"], "anneke.visser@mail-nl.example", "Anneke", "Visser"),
    encode="cp1252", ct=CP1252)

add("nl-26-geen-naam-niet-bellen", "belmenietmeer.2026@mail-nl.example",
    "niet meer bellen",
    """Ik word steeds gebeld door jullie voor een jaarabonnement. Ik wil niet meer gebeld worden. Mijn nummer 06-18 44 70 12 uit jullie bellijst halen graag.
""",
    R(["Opposition"], "belmenietmeer.2026@mail-nl.example", None, None))

add("nl-27-toestemming-intrekken-gezichtsfoto", "Femke Terpstra <femke.terpstra@mail-nl.example>",
    "Intrekken toestemming identiteitscontrole",
    """Hallo,

Bij het aanmaken van mijn account heb ik toestemming gegeven voor het opslaan van een gezichtsfoto voor de identiteitscontrole bij examens. Die toestemming trek ik hierbij in. Ik wil niet dat mijn gezicht nog voor herkenning wordt gebruikt.

Groet,
Femke Terpstra
""",
    R(["Opposition"], "femke.terpstra@mail-nl.example", "Femke", "Terpstra"))

add("nl-28-vlaams-inzage-overdracht", "Pieter-Jan Verhaegen <pj.verhaegen@telenet-mail.example>",
    "Opvraging persoonsgegevens en export",
    """Geachte,

Graag had ik een kopie ontvangen van al mijn persoonsgegevens die jullie bijhouden. Daarnaast zou ik mijn cursusresultaten en attesten graag in een bruikbaar formaat (bv. CSV) krijgen, zodat ik ze naar een ander leerplatform kan overzetten.

Met vriendelijke groeten,
Pieter-Jan Verhaegen
Leuven
""",
    R(["Access", "Portability"], "pj.verhaegen@telenet-mail.example", "Pieter-Jan", "Verhaegen"))

add("nl-29-na-overlijden-account", "Joke Mulder-ter Horst <joke.mulder@planet-mail.example>",
    "Wat gebeurt er met mijn account na mijn overlijden?",
    """Beste mensen,

Ik ben 81 en volg met veel plezier uw cursussen kunstgeschiedenis. Nu ik mijn zaken aan het regelen ben, wil ik vastleggen wat er met mijn account en gegevens gebeurt als ik overlijd: mijn certificaten en aantekeningen mogen naar mijn zoon Maarten (maarten.mulder@mail-nl.example), de rest mag worden verwijderd.

Kunt u dat zo vastleggen, en hoe kan ik dat later eventueel nog wijzigen?

Hartelijke groet,
Joke Mulder-ter Horst
""",
    R(["AdvanceDirectives"], "joke.mulder@planet-mail.example", "Joke", "Mulder-ter Horst"))

add("nl-30-vlaams-disclaimer", "ir. Stijn Van den Bossche <stijn.vandenbossche@bouwbureau-vdb.example>",
    "Verwijdering klantgegevens",
    """Goedemiddag,

Graag mijn klantenkaart en de bijhorende gegevens laten verwijderen, en geen reclame meer sturen naar dit professioneel adres.

Dank u.

Met vriendelijke groeten,

ir. Stijn Van den Bossche
Projectingenieur
Bouwbureau Van den Bossche bv – Kortrijksesteenweg 000, 9000 Gent
T +32 9 000 00 00 | M +32 470 00 00 00

DISCLAIMER: Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Indien u niet de geadresseerde bent, verzoeken wij u de afzender onmiddellijk te verwittigen en dit bericht te vernietigen. Bouwbureau Van den Bossche bv aanvaardt geen aansprakelijkheid voor schade voortvloeiend uit het gebruik van e-mail.
Denk aan het milieu voor u dit bericht afdrukt.
""",
    R(["Erasure", "Opposition"], "stijn.vandenbossche@bouwbureau-vdb.example", "Stijn", "Van den Bossche"))

add("nl-31-doorgifte-buiten-eu", "Hanneke Smits <hanneke.smits@mail-nl.example>",
    "Webcambeelden buiten de EU?",
    """Hoi,

Voordat ik mijn certificeringsexamen plan: worden de webcambeelden en schermopnames doorgegeven aan een bedrijf buiten de EU (bijvoorbeeld een Amerikaanse toezichtdienst)? En op welke grondslag gebeurt die verwerking eigenlijk?

Groeten,
Hanneke Smits
""",
    R(["Information"], "hanneke.smits@mail-nl.example", "Hanneke", "Smits"))

# ---------------------------------------------------------------- taken

add("nl-32-taak-verwerkersovereenkomst-ticketing", "Marieke Vos <marieke.vos@acme-corp.example>",
    "Verwerkersovereenkomst TicketGo - graag beoordelen",
    """Hoi,

We gaan vanaf februari online tickets ook verkopen via TicketGo. Zij hebben ons hun standaard verwerkersovereenkomst gestuurd (zie bijlage). Kunnen jullie die beoordelen en aangeven of we iets moeten aanpassen? Liefst voor 1 december, dan kan het contract mee in de directievergadering.

Groet,
Marieke Vos
Inkoop & Contractbeheer
""",
    TASK("marieke.vos@acme-corp.example", "Marieke", "Vos"))

add("nl-33-taak-dpia-kentekencamera", "Jeroen Hakkert <jeroen.hakkert@acme-corp.example>",
    "DPIA nodig voor kentekencamera's parkeergarage?",
    """Beste privacyteam,

Bij de nieuwe bioscoop in Utrecht Leidsche Rijn willen we in de parkeergarage kentekenherkenning (ANPR) gebruiken zodat bezoekers met een ticket automatisch kunnen uitrijden. Moeten we hiervoor een DPIA doen, en zo ja, kunnen jullie die met ons opstellen? De leverancier wil eind van de maand installeren.

Met vriendelijke groet,
Jeroen Hakkert
Facilitair Manager
""",
    TASK("jeroen.hakkert@acme-corp.example", "Jeroen", "Hakkert"))

add("nl-34-taak-training-nieuwe-medewerkers", "Sabine Wouters <sabine.wouters@acme-corp.example>",
    "Privacytraining nieuwe medewerkers december",
    """Dag allemaal,

In december starten er 35 nieuwe medewerkers in onze Vlaamse cinema's (kassa, zaalwachters, bar). Kunnen jullie een korte privacytraining voorzien, vooral over klantgegevens aan de kassa en vragen over camerabeelden? Het liefst op 8 of 9 december, in Antwerpen.

Vriendelijke groeten,
Sabine Wouters
HR Business Partner België
""",
    TASK("sabine.wouters@acme-corp.example", "Sabine", "Wouters"))

add("nl-35-taak-bewaartermijn-register", "Tim van Rossum <tim.vanrossum@acme-corp.example>",
    "Bewaartermijn inactieve Filmpas-leden",
    """Hoi,

Marketing wil een "win-back"-campagne doen naar Filmpas-leden die al 3 tot 5 jaar niet meer zijn geweest. Mogen we die gegevens zo lang bewaren? Kunnen jullie de bewaartermijn voor inactieve leden vaststellen en in het verwerkingsregister zetten, zodat we weten waar we aan toe zijn?

Thanks,
Tim van Rossum
CRM & Loyalty
""",
    TASK("tim.vanrossum@acme-corp.example", "Tim", "van Rossum"))

add("nl-36-taak-leveranciersvragenlijst-proctoring", "Lisa Hermans <lisa.hermans@acme-corp.example>",
    "Vragenlijst nieuwe proctoringleverancier",
    """Hallo privacyteam,

We zijn aan het kiezen tussen twee nieuwe leveranciers voor online examentoezicht. Ik heb beide de standaard security- en privacyvragenlijst gestuurd en de antwoorden zijn binnen (zie gedeelde map "Proctoring 2027"). Kunnen jullie de privacyantwoorden beoordelen en aangeven welke leverancier het beste scoort op AVG-punten? Deadline selectie is 11 december.

Groet,
Lisa Hermans
Product Owner Examens
""",
    TASK("lisa.hermans@acme-corp.example", "Lisa", "Hermans"))

# ---------------------------------------------------------------- incidenten

add("nl-37-incident-usb-camerabeelden", "Bart Geerts <bart.geerts@acme-corp.example>",
    "USB-stick met camerabeelden kwijt",
    """Hallo,

Ik ben manager van de cinema in Gent. Vorige week heb ik op vraag van de politie camerabeelden van een vechtpartij in de foyer op een USB-stick gezet. De agent zou ze gisteren komen ophalen, maar de stick is nergens meer te vinden. Hij lag in de lade van de kassa, die niet op slot was. Op de beelden staan tientallen bezoekers herkenbaar.

De stick was niet versleuteld. Wat moet ik nu doen?

Bart Geerts
Cinemamanager Gent
""",
    INC("bart.geerts@acme-corp.example", "Bart", "Geerts"))

add("nl-38-incident-mail-aan-in-plaats-van-bcc", "Esther Dekker <esther.dekker@acme-corp.example>",
    "Fout: mail naar 214 cursisten in Aan in plaats van BCC",
    """Beste privacyteam,

Vanochtend om 10.40 uur heb ik een herinnering voor de herkansing van het examen Bedrijfshulpverlening verstuurd naar 214 cursisten, maar ik heb de adressen in het Aan-veld gezet in plaats van BCC. Iedereen kan dus elkaars e-mailadres zien, en daarmee ook dat ze gezakt zijn.

Er heeft al iemand op "allen beantwoorden" geklikt. Ik weet niet goed wat de volgende stap is.

Esther Dekker
Cursistenondersteuning
""",
    INC("esther.dekker@acme-corp.example", "Esther", "Dekker"))

add("nl-39-incident-bevestiging-andermans-tickets", "Wim Postma <wim.postma@mail-nl.example>",
    "Ik kreeg de bestelling van iemand anders",
    """Goedemiddag,

Vanochtend kreeg ik een orderbevestiging van jullie voor 2 tickets voor zaterdagavond in Groningen. Die heb ik niet besteld. In de mail staan de naam, het telefoonnummer en de laatste 4 cijfers van de bankpas van een mevrouw die ik niet ken, plus de QR-codes.

Volgens mij gaat er bij jullie iets mis met de e-mailadressen. Ik heb de mail bewaard voor het geval jullie hem willen zien.

Met vriendelijke groet,
Wim Postma
""",
    INC("wim.postma@mail-nl.example", "Wim", "Postma"))

add("nl-40-incident-dashboard-ander-bedrijf", "Saskia Meijer <s.meijer@hr-bouwgroep.example>",
    "In ons beheerdersdashboard zie ik medewerkers van een ander bedrijf",
    """Beste,

Ik ben HR-adviseur en beheerder van het zakelijke account van Bouwgroep Noord op uw leerplatform. Sinds vanmorgen zie ik in het beheerdersdashboard naast onze eigen medewerkers ook ruim 80 namen, e-mailadressen en toetsscores van medewerkers van een ander bedrijf (een zorginstelling, zo te zien).

Ik heb niets gedownload of gewijzigd. Dit lijkt me iets wat u snel moet weten.

Met vriendelijke groet,
Saskia Meijer
HR-adviseur, Bouwgroep Noord
""",
    INC("s.meijer@hr-bouwgroep.example", "Saskia", "Meijer"))

add("nl-41-incident-docent-account-gephisht", "Youssef El Amrani <youssef.elamrani@acme-corp.example>",
    "Mijn docentenaccount is gehackt denk ik",
    """Hoi,

Gisteren kreeg ik een mail die eruitzag als een melding van ons leerplatform ("uw sessie is verlopen, log opnieuw in") en ik heb mijn gegevens ingevuld. Vanochtend hebben alle cursisten van mijn drie groepen (ongeveer 120 mensen) vanuit mijn account een bericht gekregen met een link naar een "bonuscertificaat". Een paar cursisten mailden me al dat ze hun wachtwoord hebben ingevuld.

Ik heb mijn wachtwoord inmiddels gewijzigd en IT ingelicht.

Youssef El Amrani
Docent Financiële vakken
""",
    INC("youssef.elamrani@acme-corp.example", "Youssef", "El Amrani"))

# ---------------------------------------------------------------- vervolgberichten

add("nl-42-herinnering-dsr-termijn", "Gert-Jan Bosman <gj.bosman@mail-nl.example>",
    "Re: [DSR-31706] Ontvangstbevestiging van uw verzoek",
    """Hallo,

Het is nu ruim vijf weken geleden en ik heb nog steeds niets ontvangen. De wettelijke termijn is een maand. Wanneer kan ik mijn gegevens verwachten?

Gert-Jan Bosman

Op 9 okt. 2026 om 14:22 schreef privacy@acme-corp.example:
> Beste heer Bosman,
>
> Wij hebben uw verzoek om inzage ontvangen onder referentie DSR-31706.
> U ontvangt binnen een maand een reactie.
>
> Met vriendelijke groet,
> Team Privacy
""",
    FU("31706", "gj.bosman@mail-nl.example", "Gert-Jan", "Bosman"))

add("nl-43-aanvulling-dsr-klantnummer", "Roos Lindeboom <roos.lindeboom@mail-nl.example>",
    "Antw: [DSR-29054] Aanvullende informatie nodig",
    """Dag,

Zoals gevraagd: mijn klantnummer is KL-0447198 en het account is destijds aangemaakt met het mailadres roosje_l@oud-adres.example.

Groetjes,
Roos Lindeboom
""",
    FU("29054", "roos.lindeboom@mail-nl.example", "Roos", "Lindeboom"))

add("nl-44-aanvulling-examen-kat", "Robbe Claeys <robbe.claeys@student-kuleuven.example>",
    "Re: Examen ongeldig verklaard door automatische fraudedetectie",
    """Beste,

Nog een aanvulling op mijn vorige mail: mijn kandidaatnummer is BE-2026-55310 en het examen begon om 9.30 uur. Ik kan eventueel een foto van de kat sturen als dat helpt :-)

Robbe
""",
    FU(ref("nl-03-examen-ongeldig-fraudedetectie"), "robbe.claeys@student-kuleuven.example", "Robbe", "Claeys"),
    headers=irt("nl-03-examen-ongeldig-fraudedetectie"))

add("nl-45-aanvulling-brief-van-lier", "C. van Lier <kees.vanlier@hetnet-mail.example>",
    "Re: Verzoek op grond van artikel 15 en 21 AVG",
    """Geachte heer, mevrouw,

In aanvulling op mijn eerdere verzoek deel ik u mee dat ik ook onder het e-mailadres c.vanlier@oud-werk.example bij u bekend kan zijn (Filmpas 6034 1190 2215). Ik verzoek u ook de daaraan gekoppelde gegevens in uw antwoord te betrekken.

Hoogachtend,
C. van Lier
""",
    FU(ref("nl-09-formele-brief-inzage-bezwaar"), "kees.vanlier@hetnet-mail.example", "Cornelis", "van Lier"),
    headers=irt("nl-09-formele-brief-inzage-bezwaar"))

# ---------------------------------------------------------------- te negeren

add("nl-46-pitch-avg-tool", "Ruben | PrivacyFlow <ruben@privacyflow-software.example>",
    "Verwijderverzoeken automatisch afhandelen? 14 dagen gratis",
    """Hoi,

Krijgen jullie op privacy@acme-corp.example ook steeds meer verwijder- en inzageverzoeken? Met PrivacyFlow worden ze automatisch afgehandeld: gegevens verwijderd uit al je systemen, bewijslast op orde, AVG-proof.

Probeer het 14 dagen gratis of plan een demo van 15 minuten in via de link hieronder.

Ruben de Jong
Sales, PrivacyFlow
Geen interesse? Antwoord met "afmelden".
""",
    IGN("spam", "ruben@privacyflow-software.example"), headers=SPAM_HDR)

add("nl-47-phishing-mailbox-verwijderd", "Mailbox Beheer <noreply@acme-corp-mailbeheer.example>",
    "Uw mailbox en alle gegevens worden vandaag verwijderd",
    """Geachte gebruiker,

Uw mailbox privacy@acme-corp.example heeft de opslaglimiet overschreden en wordt vandaag om 23.59 uur verwijderd, inclusief alle gegevens.

Klik hier om uw account te verifiëren en verwijdering te voorkomen: http://acme-corp-mailbeheer.example/verify

IT Servicedesk
""",
    IGN("spam", "noreply@acme-corp-mailbeheer.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="acme-corp-mailbeheer.example")])

add("nl-48-voorschotfraude", "Dr. Samuel Okonkwo <samuel.okonkwo.bank@freemail-intl.example>",
    "Vertrouwelijk zakelijk voorstel",
    """Beste vriend,

Ik ben Dr. Samuel Okonkwo, manager bij een grote bank. Een klant van onze bank is overleden zonder erfgenamen en heeft 12.300.000 USD achtergelaten. Ik heb een betrouwbare buitenlandse partner nodig om dit bedrag over te maken. U ontvangt 40%.

Stuur mij uw volledige naam, adres, telefoonnummer en bankgegevens zodat we kunnen beginnen. Houd dit strikt geheim.

Met vriendelijke groet,
Dr. Samuel Okonkwo
""",
    IGN("spam", "samuel.okonkwo.bank@freemail-intl.example"))

add("nl-49-afwezigheidsmelding", "Annelies Vermeersch <annelies.vermeersch@stad-partner.example>",
    "Automatisch antwoord: Uw verzoek",
    """Beste,

Ik ben afwezig tot en met 27 november en heb geen toegang tot mijn mailbox. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met ons algemeen nummer 09 000 00 00.

Met vriendelijke groeten,
Annelies Vermeersch
""",
    IGN("auto_reply", "annelies.vermeersch@stad-partner.example"),
    headers=["Auto-Submitted: auto-replied"])

add("nl-50-nieuwsbrief-bioscoopbranche", "Bioscoopbranche Nieuws <nieuwsbrief@bioscoopbranche-nieuws.example>",
    "Weekoverzicht: bezoekcijfers en nieuwe laserprojectie",
    """BIOSCOOPBRANCHE NIEUWS – week 46

Top 3 bezoekers Nederland en Vlaanderen
1. De Kleine Vuurtoren – 182.000
2. Nacht in Rotterdam – 96.000
3. Het Stille Erfgoed – 71.000

Verder: nieuwe normen voor laserprojectie, en het verslag van de Filmdistributeursdag.

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld.
Afmelden: https://bioscoopbranche-nieuws.example/afmelden
""",
    IGN("bulk", "nieuwsbrief@bioscoopbranche-nieuws.example"),
    headers=["List-Id: Bioscoopbranche Nieuws <week.bioscoopbranche-nieuws.example>",
             "List-Unsubscribe: <mailto:afmelden@bioscoopbranche-nieuws.example>",
             "Precedence: bulk"])

add("nl-51-onbestelbaar", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Onbestelbaar: Uw verzoek om inzage", "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)

add("nl-52-ticketbevestiging-ander-systeem", "TicketGo Support <support@ticketgo-partner.example>",
    "Uw melding #884213 is ontvangen",
    """Beste klant,

Bedankt voor uw bericht. Uw melding is geregistreerd onder nummer #884213. Een van onze medewerkers neemt binnen 3 werkdagen contact met u op.

Dit is een automatisch gegenereerd bericht; u kunt hierop niet antwoorden.

Met vriendelijke groet,
TicketGo Klantenservice
""",
    IGN("auto_reply", "support@ticketgo-partner.example"),
    headers=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"])
