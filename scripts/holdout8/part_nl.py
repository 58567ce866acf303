from common import *  # part nl: written blind

# ---------------------------------------------------------------- requests (1/2)

add("nl-01-screening-afgewezen-inzage",
    "Joris van den Berg <joris.vandenberg@ziggo.example>",
    "Afwijzing woning Amsterdamsestraatweg - welke gegevens?",
    """Beste medewerker,

Vorige week ben ik afgewezen voor de woning aan de Amsterdamsestraatweg in Utrecht. In de mail stond alleen dat ik "niet door de screening" was gekomen. Niemand kan me vertellen wat er dan precies mis was.

Ik wil graag inzien wat jullie allemaal over mij hebben vastgelegd: de documenten die ik heb aangeleverd, maar ook het screeningsrapport zelf, de verhuurdersverklaring die jullie hebben opgevraagd en eventuele aantekeningen van de makelaar. Kunnen jullie mij dat toesturen?

Met vriendelijke groet,
Joris van den Berg
06-41234567
""",
    R(["Access"], "joris.vandenberg@ziggo.example", "Joris", "van den Berg"))

add("nl-02-verwijder-account",
    "femkeb93@mail.example",
    "account",
    """hoi kunnen jullie mijn account verwijderen ik heb inmiddels een huurhuis gevonden thx femke
""",
    R(["Erasure"], "femkeb93@mail.example", "Femke", None))

add("nl-03-caps-stop-bellen",
    "H. KOOPMANS <h.koopmans@kpnmail.example>",
    "NIET MEER BELLEN",
    """GOEDEMIDDAG

IK WORD NU AL VOOR DE VIERDE KEER GEBELD DOOR EEN MEDEWERKER VAN UW KANTOOR IN ZWOLLE OF IK MIJN HUIS WIL VERKOPEN. NEE. IK WIL NIET MEER GEBELD WORDEN, OOK NIET "VRIJBLIJVEND". HAAL MIJN NUMMER ERUIT.

H. KOOPMANS
""",
    R(["Opposition"], "h.koopmans@kpnmail.example", None, "Koopmans"))

add("nl-04-van-der-meer-aan-elkaar",
    "Sanne van der Meer <sanne.vandermeer@mail.example>",
    "Naam verkeerd in huurovereenkomst en portaal",
    """Hallo,

In mijn huurovereenkomst en in het huurdersportaal staat mijn naam als "S. Vandermeer", aan elkaar en met een hoofdletter. Dat klopt niet: het is Sanne van der Meer, los geschreven. Mijn bank weigert nu de automatische incasso te koppelen omdat de naam niet overeenkomt met mijn rekening.

Willen jullie dit aanpassen in jullie systeem en mij een gecorrigeerde versie van de overeenkomst sturen?

Groet,
Sanne van der Meer
""",
    R(["Rectification"], "sanne.vandermeer@mail.example", "Sanne", "van der Meer"))

add("nl-05-formeel-art15-art21",
    "mr. A.J. (Anton) Hoogendijk <a.hoogendijk@planet.example>",
    "Verzoek ex artikel 15 en 21 AVG",
    """Geachte heer, mevrouw,

Op 3 november jl. ontving ik van uw vestiging in Den Haag een brief waarin mij, als eigenaar van een appartement aan de Laan van Meerdervoort, "op basis van uw profiel" beleggingsobjecten werden aangeboden. Ik heb nooit een overeenkomst met uw organisatie gehad.

Onder verwijzing naar artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij binnen een maand een overzicht te verstrekken van alle persoonsgegevens die u van mij verwerkt, de bron waaruit u deze heeft verkregen en de ontvangers aan wie zij zijn verstrekt.

Tevens maak ik op grond van artikel 21 AVG bezwaar tegen iedere verdere verwerking van mijn gegevens voor direct-marketingdoeleinden, waaronder het opstellen van een "profiel".

Hoogachtend,

mr. A.J. Hoogendijk
""",
    R(["Access", "Opposition"], "a.hoogendijk@planet.example", "Anton", "Hoogendijk"))

add("nl-06-fotos-dochter-instagram",
    "Lotte de Groot <lotte.degroot@mail.example>",
    "Foto's van onze dochter op Instagram",
    """Beste locatiemanager,

Tot mijn verbazing zag ik gisteren dat er op het Instagram-account van kinderdagverblijf De Speelwolk (Haarlem) drie foto's staan waarop onze dochter Noor de Groot (2 jaar) duidelijk herkenbaar is, onder andere tijdens het Sinterklaasfeest.

Wij hebben op het toestemmingsformulier bij de intake juist aangevinkt dat er GEEN foto's van Noor op sociale media mogen. Ik wil dat deze foto's zo snel mogelijk worden verwijderd en dat er vanaf nu geen beelden van Noor meer online worden gezet, ook niet op de website of in de nieuwsbrief.

Graag een bevestiging.

Lotte de Groot
(moeder van Noor, groep Dolfijntjes)
""",
    R(["Erasure", "Opposition"], "lotte.degroot@mail.example", "Noor", "de Groot", representative="Lotte de Groot"))

add("nl-07-vlaams-screeningpartner",
    "Wouter Peeters <wouter.peeters@telenet.example>",
    "Vraag over de verwerking van mijn kandidatuur",
    """Goeiedag,

Ik heb mij kandidaat gesteld voor een appartement in Gent (Dampoort) via jullie kantoor. Bij het invullen van het formulier moest ik toestemming geven voor een "solvabiliteitscheck door een externe partner".

Mag ik vragen wie die partner is, welke gegevens jullie precies aan hen doorgeven en of die buiten België of de EU worden opgeslagen? En hoe lang bewaren jullie mijn loonfiches als ik het appartement niet krijg?

Alvast bedankt voor de uitleg.

Met vriendelijke groeten,
Wouter Peeters
""",
    R(["Information"], "wouter.peeters@telenet.example", "Wouter", "Peeters"))

add("nl-08-schimmel-lang-verhaal",
    "Mohamed Ouali <m.ouali@mail.example>",
    "Klacht schimmel + mijn dossier",
    """Geachte heer/mevrouw,

Ik huur sinds 2021 een benedenwoning in Rotterdam-Zuid die door jullie wordt beheerd. Al sinds vorig jaar oktober heb ik schimmel in de slaapkamer en de badkamer. Ik heb het minstens zes keer gemeld, via het portaal, telefonisch en één keer aan de balie. Er is één keer iemand geweest die er "een middeltje" op heeft gespoten en daarna niks meer. Mijn zoontje heeft inmiddels astma volgens de huisarts.

Ik ben het zat. Ik ga naar de Huurcommissie en waarschijnlijk ook naar het Juridisch Loket. Daarvoor wil ik dat jullie mij alles sturen wat jullie in mijn dossier hebben: alle meldingen die ik heb gedaan, de notities van de monteur, de mails met de eigenaar over mijn woning, alles wat over mij is vastgelegd. Dan kan ik laten zien hoe vaak ik heb gebeld.

Daarnaast verwacht ik dat er deze maand nog een echte oplossing komt voor de schimmel. Ik heb foto's en kan die ook sturen.

Met vriendelijke groet,
Mohamed Ouali
06-28765432
""",
    R(["Access"], "m.ouali@mail.example", "Mohamed", "Ouali"))

add("nl-09-inkomenstoets-algoritme",
    "Priya Ramdin <priya.ramdin@mail.example>",
    "Automatische afwijzing - graag menselijke beoordeling",
    """Beste verhuurteam,

Binnen vijf minuten na mijn aanmelding voor het appartement in Almere Poort kreeg ik een automatische mail dat ik "niet voldoe aan de inkomenseis". Ik denk dat jullie systeem alleen mijn vaste salaris heeft meegenomen en niet mijn structurele toeslag voor onregelmatige diensten (ik werk in de zorg), terwijl die gewoon op mijn jaaropgave staat.

Ik ben het niet eens met deze beslissing en wil dat een medewerker mijn aanvraag opnieuw bekijkt. Ik kan mijn jaaropgave en werkgeversverklaring meesturen.

Vriendelijke groet,
Priya Ramdin
""",
    R(["AutomatedDecision"], "priya.ramdin@mail.example", "Priya", "Ramdin"))

add("nl-10-export-nieuwe-beheerder",
    "Sjoerd Hoekstra <sjoerd.hoekstra@mail.example>",
    "Mijn gegevens meenemen naar nieuwe beheerder",
    """Hoi,

De eigenaar van mijn woning in Leeuwarden stapt per 1 januari over naar een ander beheerkantoor. Ik hoef niet dat jullie iets verwijderen (dat mag later), maar ik zou graag mijn huurdersdossier in een bruikbaar digitaal formaat krijgen: betaalhistorie als Excel of CSV, en de documenten (opnamerapport, contract) als PDF. Dan kan ik het zo doorsturen naar het nieuwe kantoor.

Mocht het makkelijker zijn: jullie mogen het ook rechtstreeks naar info@friesbeheer.example sturen.

Groeten,
Sjoerd Hoekstra
""",
    R(["Portability"], "sjoerd.hoekstra@mail.example", "Sjoerd", "Hoekstra"))

add("nl-11-huurachterstand-betwist",
    "Kwame Mensah <kwame.mensah@mail.example>",
    "Onterechte melding huurachterstand",
    """Goedemorgen,

Een makelaar in Amersfoort vertelde me dat ik bij jullie geregistreerd sta met een huurachterstand van twee maanden op mijn vorige woning. Dat klopt niet: het ging om een dubbele incasso die jullie zelf hebben teruggedraaid. Ik ben dat nu met jullie administratie aan het uitzoeken.

Zolang dat onderzoek loopt, wil ik dat jullie die registratie niet gebruiken en niet doorgeven aan andere verhuurders of makelaars die een verhuurdersverklaring vragen. Ik zit midden in een zoektocht naar een woning en dit kost me nu al kansen.

Met vriendelijke groet,
Kwame Mensah
""",
    R(["Restriction"], "kwame.mensah@mail.example", "Kwame", "Mensah"))

add("nl-12-servicekosten",
    "Dewi Soetomo <dewi.soetomo@mail.example>",
    "Afrekening servicekosten 2025",
    """Goedendag,

Ik heb nog steeds geen jaarafrekening servicekosten over 2025 ontvangen voor mijn woning aan de Prinsengracht. Volgens mij moest die vóór 1 juli binnen zijn. Kunt u dit doorzetten naar de juiste afdeling? Ik kon geen ander mailadres vinden.

Met vriendelijke groet,
Dewi Soetomo
""",
    R(["Unknown"], "dewi.soetomo@mail.example", "Dewi", "Soetomo"))

add("nl-13-html-woningalert",
    "Bram Vercauteren <bram.vercauteren@telenet.example>",
    "Woningalerts",
    html("Hallo,",
         "Ik krijg nog dagelijks jullie &ldquo;nieuw in aanbod&rdquo;-mails en af en toe een reclamebrochure. Ik trek mijn toestemming daarvoor in en wil niets promotioneels meer van jullie ontvangen.",
         "Mijn account mag blijven bestaan, want ik ben nog huurder bij jullie.",
         "Bram Vercauteren"),
    R(["Opposition"], "bram.vercauteren@telenet.example", "Bram", "Vercauteren"), ct=HTML)

add("nl-14-latin1-ex-verhuurder",
    "Hanneke ter Horst <hanneke.terhorst@home.example>",
    "Beëindiging beheer - gegevens wissen",
    """Geachte heer/mevrouw,

Ons appartement in Enschede is in september verkocht en het beheercontract met uw kantoor is daarmee beëindigd. Ik zie dat ik nog steeds kan inloggen in het eigenarenportaal en dat daar mijn IBAN, paspoortkopie en contactgegevens in staan.

Ik verzoek u mijn gegevens te wissen, voor zover u ze niet wettelijk hoeft te bewaren, en het account op te heffen.

Met vriendelijke groet,
Hanneke ter Horst
""",
    R(["Erasure"], "hanneke.terhorst@home.example", "Hanneke", "ter Horst"),
    ct=LATIN1, encode="latin-1")

add("nl-15-doorgestuurd-kantoor-eindhoven",
    "Niels Verhoeven <niels.verhoeven@acme-corp.example>",
    "FW: gegevens",
    """Hoi privacyteam,

Deze kwam binnen op de algemene mailbox van vestiging Eindhoven. Mevrouw huurt bij ons aan de Kruisstraat, kunnen jullie dit oppakken?

Gr. Niels
Niels Verhoeven | Huurbeheer vestiging Eindhoven | Acme Corp Wonen

-----Oorspronkelijk bericht-----
Van: Çağla Yıldız <cagla.yildiz@mail.example>
Verzonden: zondag 15 november 2026 19:02
Aan: eindhoven@acme-corp.example
Onderwerp: gegevens

Goedenavond,

Ik wil graag weten welke gegevens jullie allemaal van mij hebben. Ook staat mijn telefoonnummer nog verkeerd in jullie systeem, het moet 06-19283746 zijn (het oude nummer heb ik niet meer), dat graag aanpassen.

Groetjes,
Çağla Yıldız
""",
    R(["Access", "Rectification"], "cagla.yildiz@mail.example", "Çağla", "Yıldız"))

add("nl-16-bijlage-tevredenheidsonderzoek",
    "Marloes Kuipers <marloes.kuipers@acme-corp.example>",
    "Doorgestuurd: enquête",
    None,
    R(["Opposition"], "bas.vandijk@mail.example", "Bas", "van Dijk"),
    attached=("Bas van Dijk <bas.vandijk@mail.example>", "enquête",
              """Beste Marloes,

Vandaag werd ik gebeld door een onderzoeksbureau dat namens jullie een tevredenheidsonderzoek over de opvang houdt. Ik wist niet dat jullie mijn telefoonnummer daarvoor aan een extern bureau geven.

Ik wil niet dat mijn gegevens nog voor dit soort onderzoeken worden gebruikt. Voor praktische zaken rond Finn mogen jullie mij uiteraard gewoon blijven bellen.

Groet,
Bas van Dijk
"""),
    note="""Hallo,

Zie bijgevoegde mail van de vader van Finn (BSO De Boomhut, Amersfoort). Ik weet niet precies hoe dat enquêtebureau aan de nummers komt, kunnen jullie hem antwoorden?

Marloes Kuipers
Locatiemanager BSO De Boomhut
""")

# ---------------------------------------------------------------- requests (2/2)

add("nl-17-kopie-paspoort-bsn",
    "Agnieszka Kowalczyk <agnieszka.kowalczyk@mail.example>",
    "Kopie paspoort met BSN",
    """Goedendag,

Bij de bezichtiging van een kamer in Tilburg heeft jullie medewerker met zijn telefoon een foto gemaakt van mijn paspoort, met BSN erop, "voor het dossier". Ik heb de kamer uiteindelijk niet genomen.

Mag dat eigenlijk wel, een kopie met BSN? Waarvoor hebben jullie die nodig en waar wordt die foto nu bewaard, op zijn eigen telefoon? Ik wil in ieder geval dat die kopie overal wordt verwijderd.

Dank u wel,
Agnieszka Kowalczyk
""",
    R(["Information", "Erasure"], "agnieszka.kowalczyk@mail.example", "Agnieszka", "Kowalczyk"))

add("nl-18-advocaat-huurgeschil",
    "mr. E.M. (Esther) Boersma <e.boersma@boersma-advocaten.example>",
    "Inzageverzoek namens de heer R. van 't Hof",
    """Geachte heer, mevrouw,

Ik sta de heer Ruud van 't Hof bij, huurder van de woning aan de Oudegracht 112 te Utrecht, waarvan uw organisatie het beheer voert. Tussen cliënt en de verhuurder is een procedure aanhangig bij de kantonrechter over de huurverhoging per 1 juli jl.

Namens cliënt verzoek ik u, op grond van artikel 15 AVG, een volledige kopie te verstrekken van alle persoonsgegevens van cliënt die u verwerkt, waaronder interne notities, correspondentie met de verhuurder over cliënt en de gegevens die ten grondslag liggen aan de berekening van de huurverhoging. Een door cliënt ondertekende machtiging en een kopie van zijn identiteitsbewijs (BSN afgeschermd) treft u aan als bijlage.

Ik verzoek u uw reactie aan mijn kantoor te richten.

Hoogachtend,

mr. E.M. Boersma
advocaat
Boersma Advocaten | Maliebaan 40 | 3581 CR Utrecht
T 030 000 00 00

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
""",
    R(["Access"], "e.boersma@boersma-advocaten.example", "Ruud", "van 't Hof", representative="Esther Boersma"))

add("nl-19-bewindvoerder",
    "Shurandy Martina <s.martina@bewind-zuid.example>",
    "Onder bewind: mevr. O. Kovalenko - adreswijziging en verzoek",
    """Geachte heer/mevrouw,

Bij beschikking van de rechtbank Limburg ben ik benoemd tot beschermingsbewindvoerder van mevrouw Oksana Kovalenko, huurder van de woning aan de Rijksweg Zuid te Sittard (beschikking bijgevoegd).

Ik verzoek u:
1. het correspondentieadres van mevrouw Kovalenko in uw administratie te wijzigen in dat van ons kantoor (Postbus 1234, 6130 AA Sittard) en het onjuiste geboortejaar (1988 in plaats van 1986) te corrigeren;
2. haar gegevens, zolang de schuldenregeling loopt, niet meer te gebruiken voor incassotrajecten via derden of te delen met incassobureaus, maar alle betalingskwesties via ons kantoor te laten lopen.

Met vriendelijke groet,

Shurandy Martina
Beschermingsbewindvoerder
Bewindvoering Zuid B.V.
""",
    R(["Rectification", "Restriction"], "s.martina@bewind-zuid.example", "Oksana", "Kovalenko", representative="Shurandy Martina"))

add("nl-20-expat-mix-credit-check",
    "Liam O'Connor <liam.oconnor@mail.example>",
    "Credit check / kredietcheck",
    """Hi there / hallo,

Mijn Nederlands is nog niet zo goed, so partly in English. For the apartment in Amstelveen your agent says I must agree to an extra credit check by an external company, on top of my employer's statement and payslips.

I do not agree with this, ik maak bezwaar tegen die check. Please don't send my data to that company and don't run any credit scoring on me. I'm happy to provide a bank guarantee instead.

Thanks / bedankt,
Liam O'Connor
""",
    R(["Opposition"], "liam.oconnor@mail.example", "Liam", "O'Connor"))

add("nl-21-typos-adres",
    "Dylan Smit <dylansmit2001@mail.example>",
    "brief",
    """hallo ik krijg post van jullie op mijn nieuwe adres maar ik heb jullie dat nooit gegeven hoe kome jullie aan mijn adres?? en van wie
dylan
""",
    R(["Information"], "dylansmit2001@mail.example", "Dylan", "Smit"))

add("nl-22-gezin-replyto-geboortedatum",
    "Gezin Janssens <fam.janssens@telenet.example>",
    "Foute geboortedatum",
    """Dag,

In jullie ouderportaal van kinderopvang 't Kabouterhuisje (Mechelen) staat mijn geboortedatum fout: 14/03/1990 in plaats van 14/08/1990. Daardoor lukt de verificatie voor de fiscale attesten niet. Kunnen jullie dat rechtzetten?

Antwoorden graag op mijn eigen adres.

Els Janssens
""",
    R(["Rectification"], "els.janssens@mail.example", "Els", "Janssens"),
    headers=["Reply-To: Els Janssens <els.janssens@mail.example>"])

add("nl-23-ir-eigenaar-export",
    "ir. Pieter-Jan Claes <pieterjan.claes@claes-engineering.example>",
    "Opvraging gegevens eigenaarsdossier",
    """Geachte,

Als eigenaar van drie studentenkamers in Leuven die door uw kantoor beheerd worden, had ik graag een volledig overzicht ontvangen van de persoonsgegevens die u over mij bijhoudt.

Daarnaast wens ik de gegevens die ik u zelf heb bezorgd (contactgegevens, rekeningnummer, fiscale gegevens, huurovereenkomsten als partij) in een gestructureerd, machineleesbaar formaat te ontvangen, aangezien ik overweeg het beheer aan een ander kantoor toe te vertrouwen.

Met vriendelijke groeten,

ir. Pieter-Jan Claes
Zaakvoerder – Claes Engineering BV
Tiensestraat 88, 3000 Leuven
+32 16 00 00 00

De informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
""",
    R(["Access", "Portability"], "pieterjan.claes@claes-engineering.example", "Pieter-Jan", "Claes"))

add("nl-24-samsung-kort",
    "Ilse Verbruggen <ilse.verbruggen@mail.example>",
    "gegevens",
    """Hoi, haal mijn gegevens maar uit jullie systeem, ik heb al een huis. Groetjes Ilse Verbruggen

Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
    R(["Erasure"], "ilse.verbruggen@mail.example", "Ilse", "Verbruggen"))

add("nl-25-na-overlijden",
    "Gerrit Brouwer <g.brouwer@kpnmail.example>",
    "Wat gebeurt er met mijn gegevens als ik overlijd",
    """Geachte mevrouw, meneer,

Ik ben 81 en ik verhuur al dertig jaar twee woningen via uw kantoor in Apeldoorn. Mijn kinderen wonen in het buitenland.

Ik wil graag vastleggen wat er met mijn gegevens bij u gebeurt als ik er niet meer ben: mijn account en bankgegevens moeten dan worden verwijderd, en alleen mijn dochter Margreet mag bij u mijn dossier opvragen. Kunt u dat noteren, of moet ik daar een formulier voor invullen?

Met vriendelijke groet,
G. Brouwer
""",
    R(["AdvanceDirectives"], "g.brouwer@kpnmail.example", "Gerrit", "Brouwer"))

add("nl-26-vlaams-cp1252",
    "Annelies De Smet <annelies.desmet@proximus.example>",
    "Uitschrijving en wissen gegevens",
    """Goeiemiddag,

Twee jaar geleden heb ik via jullie kantoor in Brugge een appartement bezocht (’t Zand). Sindsdien krijg ik regelmatig mails en telefoontjes met “nieuw aanbod”.

Gelieve mij niet meer te contacteren, op geen enkele manier, en mijn gegevens volledig uit jullie bestanden te wissen.

Dank u,
Annelies De Smet
""",
    R(["Opposition", "Erasure"], "annelies.desmet@proximus.example", "Annelies", "De Smet"),
    ct=CP1252, encode="cp1252")

add("nl-27-geboortedatum-screening",
    "Tom Van Damme <tom.vandamme@mail.example>",
    "Verkeerde gegevens in mijn kandidatendossier",
    """Dag,

Ik heb vorige week van jullie kantoor in Antwerpen-Berchem te horen gekregen dat mijn kandidatuur "niet volledig" was omdat mijn loonfiches niet zouden overeenkomen met mijn identiteit. Na wat navragen blijkt dat in jullie dossier een verkeerde werkgever staat (ik werk sinds maart bij Port of Antwerp Services, niet meer bij het uitzendkantoor) en een oud adres in Deurne.

Kunnen jullie die gegevens aanpassen zodat mijn kandidatuur opnieuw kan worden bekeken?

Mvg,
Tom Van Damme
""",
    R(["Rectification"], "tom.vandamme@mail.example", "Tom", "Van Damme"))

add("nl-28-geen-flyers",
    "Marieke Dekker <marieke.dekker@mail.example>",
    "Persoonlijk geadresseerde reclame",
    """Goedemiddag,

Ik krijg elke maand een brief op naam van uw kantoor in Nijmegen: "Wij zoeken woningen in uw buurt, wat is uw huis waard?". Ik heb een nee-nee-sticker en toch blijven ze komen, op naam geadresseerd.

Ik maak bezwaar tegen het gebruik van mijn naam en adres voor deze reclame. Stop ermee alstublieft.

Marieke Dekker
""",
    R(["Opposition"], "marieke.dekker@mail.example", "Marieke", "Dekker"))

add("nl-29-huisnummer",
    "Youssef Amrani <y.amrani@mail.example>",
    "huisnummer",
    """Goedemorgen, jullie hebben 14A staan maar ik woon op 14-2, daarom komt de post niet aan. Graag wijzigen. Youssef Amrani
""",
    R(["Rectification"], "y.amrani@mail.example", "Youssef", "Amrani"))

add("nl-30-bsn-kinderopvangtoeslag",
    "Lisa Vermeulen <lisa.vermeulen@mail.example>",
    "BSN en kinderopvangtoeslag",
    """Beste mensen,

Bij de inschrijving van onze zoon voor kinderdagverblijf Het Vlindertje (Breda) moesten we ons BSN en dat van onze zoon opgeven. Ik begrijp dat dit met de kinderopvangtoeslag te maken heeft, maar ik vraag me af wat jullie er verder mee doen.

Wie kan die nummers bij jullie inzien, geven jullie ze door aan iemand anders dan de Belastingdienst, en hoe lang blijven ze bewaard als hij straks naar de basisschool gaat?

Ik hoef geen kopie van ons dossier, alleen wat uitleg.

Vriendelijke groet,
Lisa Vermeulen
""",
    R(["Information"], "lisa.vermeulen@mail.example", "Lisa", "Vermeulen"))

add("nl-31-wachtlijst",
    "tamara.bos@mail.example",
    "wachtlijst",
    """Hallo, wij staan sinds maart op de wachtlijst voor 3 dagen opvang in Zeist en hebben nog niets gehoord. Weten jullie al iets? Onze dochter wordt in januari 1.
Tamara Bos
""",
    R(["Unknown"], "tamara.bos@mail.example", "Tamara", "Bos"))

add("nl-32-vlaams-wissen-geen-kopie",
    "Jef Wouters <jef.wouters@skynet.example>",
    "Verzoek tot wissing",
    """Geachte,

Ik was tot vorig jaar huurder van een woning in Hasselt die door uw kantoor werd beheerd. De huurwaarborg is vrijgegeven en er zijn geen openstaande rekeningen meer.

Ik verzoek u mijn persoonsgegevens te wissen. Een kopie van mijn dossier heb ik niet nodig.

Met de meeste hoogachting,
Jef Wouters
""",
    R(["Erasure"], "jef.wouters@skynet.example", "Jef", "Wouters"))

# ---------------------------------------------------------------- tasks

add("nl-33-verwerkersovereenkomst-huurcheck",
    "Jeroen Smits <jeroen.smits@acme-corp.example>",
    "Verwerkersovereenkomst HuurCheck B.V. - graag jullie review",
    """Hoi privacyteam,

We willen vanaf Q1 de screening van huurkandidaten uitbesteden aan HuurCheck B.V. (inkomenstoets, verhuurdersverklaring, ID-verificatie). Inkoop heeft de offerte rond, maar de verwerkersovereenkomst moet nog door jullie bekeken worden. Ik heb hun standaard-DPA en het beveiligingsbijlage in de bijlage gezet.

Kunnen jullie vóór 10 december laten weten of we kunnen tekenen of wat er aangepast moet worden?

Dank!
Jeroen Smits
Manager Verhuur Nederland
""",
    TASK("jeroen.smits@acme-corp.example", "Jeroen", "Smits"))

add("nl-34-dpia-vingerafdruk",
    "Femke Jansen-Hol <femke.jansen-hol@acme-corp.example>",
    "DPIA nodig voor tijdregistratie met vingerafdruk?",
    """Goedemorgen,

De regiomanager kinderopvang Noord wil op de 9 locaties in Groningen en Drenthe een tijdregistratiesysteem met vingerafdrukscanner invoeren voor de pedagogisch medewerkers (en eventueel ook voor het ophalen van kinderen door ouders).

Ik vermoed dat dit niet zomaar kan. Kunnen jullie beoordelen of hier een DPIA voor nodig is en die samen met ons uitvoeren? De leverancier wil graag in januari starten.

Met vriendelijke groet,
Femke Jansen-Hol
HR-adviseur Kinderopvang regio Noord
""",
    TASK("femke.jansen-hol@acme-corp.example", "Femke", "Jansen-Hol"))

add("nl-35-register-nieuwe-bso",
    "Ruben Visser <ruben.visser@acme-corp.example>",
    "Nieuwe BSO-locatie + sleutelkastjes: register bijwerken",
    """Hallo,

Per 1 januari openen we een nieuwe BSO in Houten, en tegelijk gaan we op 12 makelaarskantoren digitale sleutelkastjes gebruiken waarbij bezichtigers met een sms-code een sleutel ophalen (leverancier KeyBox, logt naam, telefoon en tijdstip).

Willen jullie beide verwerkingen toevoegen aan het verwerkingsregister? Als jullie info van mij nodig hebben (bewaartermijnen, leveranciers), hoor ik het graag.

Groet,
Ruben Visser
Operations
""",
    TASK("ruben.visser@acme-corp.example", "Ruben", "Visser"))

add("nl-36-vragenlijst-gemeente",
    "Karin Mertens <karin.mertens@acme-corp.example>",
    "Leveranciersvragenlijst informatiebeveiliging stad Antwerpen",
    """Dag collega's,

Voor de aanbesteding van de kinderopvangplaatsen van de stad Antwerpen moeten we een vragenlijst informatieveiligheid en GDPR invullen (zie bijlage, 48 vragen). Er wordt o.a. gevraagd naar onze DPO, het register, datalekprocedure en doorgiften buiten de EU.

Deadline voor de indiening is 27 november. Kunnen jullie de GDPR-vragen voor jullie rekening nemen?

Bedankt,
Karin Mertens
Business development Kinderopvang Vlaanderen
""",
    TASK("karin.mertens@acme-corp.example", "Karin", "Mertens"))

add("nl-37-training-fotos",
    "Sevda Aydın <sevda.aydin@acme-corp.example>",
    "Verzoek: AVG-training voor pedagogisch medewerkers",
    """Beste privacyteam,

Na het incident met de foto's op Instagram (jullie weten er van) wil ik graag dat alle pedagogisch medewerkers van regio Randstad een korte training krijgen: wat mag wel en niet met foto's, WhatsApp-groepen met ouders, en het ouderportaal.

Zouden jullie in januari of februari twee sessies kunnen geven, bijvoorbeeld tijdens het teamoverleg op woensdagavond? Ongeveer 60 deelnemers in totaal.

Hartelijke groet,
Sevda Aydın
Regiomanager Kinderopvang Randstad
""",
    TASK("sevda.aydin@acme-corp.example", "Sevda", "Aydın"))

# ---------------------------------------------------------------- incidents

add("nl-38-telefoon-kwijt-trein",
    "Nina Scholten <nina.scholten@acme-corp.example>",
    "Werktelefoon kwijt",
    """Hoi,

Ik ben gisteravond mijn werktelefoon verloren in de trein tussen Utrecht en Arnhem. Daarop staat de groeps-app met alle ouders van de Peutergroep (ongeveer 16 gezinnen) en de foto's die ik deze week heb gemaakt voor het ouderportaal. De telefoon heeft een pincode van 6 cijfers.

NS Gevonden Voorwerpen heeft nog niets. Moet ik nog iets doen behalve de telefoon laten blokkeren bij ICT?

Nina Scholten
Pedagogisch medewerker, KDV De Regenboog Arnhem
""",
    INC("nina.scholten@acme-corp.example", "Nina", "Scholten"))

add("nl-39-cc-alle-huurders",
    "Erik de Jong <erik.dejong@mail.example>",
    "Jullie mail met alle huurders in de cc",
    """Goedemiddag,

Net kreeg ik van jullie een mail over het onderhoud aan de lift in ons complex aan de Stationsweg in Den Bosch. Alle ontvangers stonden zichtbaar in de cc: ik tel 87 mailadressen, veel met voor- en achternaam erin. Een paar bewoners zijn al "allen beantwoorden" aan het doen.

Dit lijkt me een datalek. Misschien goed om dat te melden.

Met vriendelijke groet,
Erik de Jong
""",
    INC("erik.dejong@mail.example", "Erik", "de Jong"))

add("nl-40-huurcontract-verkeerd-adres",
    "Thijs Mulder <thijs.mulder@acme-corp.example>",
    "Huurovereenkomst naar verkeerde huurder gestuurd",
    """Hallo,

Ik moet helaas iets melden. Vanmorgen heb ik de getekende huurovereenkomst van een nieuwe huurder (inclusief kopie ID en loonstroken als bijlage) per ongeluk gemaild naar een andere huurder met dezelfde achternaam. Ik zag het pas een uur later.

Ik heb de ontvanger gebeld en gevraagd de mail te verwijderen, hij zegt dat hij dat gedaan heeft. Wat moet ik nog verder doen?

Thijs Mulder
Verhuurmakelaar, vestiging Groningen
050 000 0000
""",
    INC("thijs.mulder@acme-corp.example", "Thijs", "Mulder"))

add("nl-41-openbare-link-onedrive",
    "Wim Claessens <wim.claessens@acme-corp.example>",
    "Map met kandidatendossiers stond openbaar gedeeld",
    """Collega's,

Bij een controle zag ik dat een OneDrive-map "Kandidaten Q3 Antwerpen" sinds augustus gedeeld was met een link "iedereen met de link kan bekijken". In de map zitten ongeveer 140 kandidatendossiers (identiteitskaarten, loonfiches, attesten OCMW). De link is gebruikt in een mail naar een externe eigenaar.

Ik heb de deling net uitgeschakeld. Volgens het logboek is de map vanaf 3 externe IP-adressen geopend.

Wim Claessens
IT-coördinator Vlaanderen
""",
    INC("wim.claessens@acme-corp.example", "Wim", "Claessens"))

add("nl-42-dossiers-bij-container",
    "Anouk Willems <anouk.willems@mail.example>",
    "Dossiers van huurders gevonden bij het oud papier",
    html("Beste,",
         "Vanavond bij het wegbrengen van ons oud papier zag ik naast de papiercontainer achter uw kantoor aan de Markt in Venlo een doos met ordners. Er zitten huurcontracten, kopie&euml;n van paspoorten en loonstroken in, met namen en adressen van mensen.",
         "Ik heb de doos meegenomen zodat hij niet nat wordt of door iemand anders wordt meegenomen. Hoe kan ik hem bij jullie terugbrengen?",
         "Anouk Willems<br>06-55512345"),
    INC("anouk.willems@mail.example", "Anouk", "Willems"), ct=HTML)

# ---------------------------------------------------------------- follow-ups

add("nl-43-herinnering-dsr",
    "Rik Hendriks <rik.hendriks@mail.example>",
    "RE: [DSR-51234] Ontvangstbevestiging van uw verzoek",
    """Beste,

Het is inmiddels ruim een maand geleden dat ik deze bevestiging kreeg en ik heb nog niets ontvangen. Wanneer kan ik het overzicht verwachten? Anders dien ik een klacht in bij de Autoriteit Persoonsgegevens.

Rik Hendriks

-----Oorspronkelijk bericht-----
Van: privacy@acme-corp.example
Onderwerp: [DSR-51234] Ontvangstbevestiging van uw verzoek

Geachte heer/mevrouw,
Wij hebben uw verzoek ontvangen en geregistreerd onder nummer DSR-51234. U ontvangt binnen een maand een reactie.
Team Privacy, Acme Corp
""",
    FU("51234", "rik.hendriks@mail.example", "Rik", "Hendriks"))

add("nl-44-id-nagestuurd",
    "Joris van den Berg <joris.vandenberg@ziggo.example>",
    "Re: Afwijzing woning Amsterdamsestraatweg - welke gegevens?",
    """Hallo,

Zoals gevraagd stuur ik hierbij een kopie van mijn rijbewijs (BSN en foto afgeschermd met de KopieID-app), zodat jullie mijn inzageverzoek kunnen verwerken.

Groet,
Joris van den Berg
""",
    FU(ref("nl-01-screening-afgewezen-inzage"), "joris.vandenberg@ziggo.example", "Joris", "van den Berg"),
    headers=irt("nl-01-screening-afgewezen-inzage"))

add("nl-45-verzoek-intrekken",
    "Annemijn Bosman <annemijn.bosman@mail.example>",
    "Re: [DSR-51310] Uw verzoek tot verwijdering",
    """Hallo,

Ik heb het toch opgelost met de verhuurder, dus mijn verzoek mag worden ingetrokken. Verwijder mijn account dus alsjeblieft NIET, ik heb het nog nodig voor de huurbetalingen.

Groetjes,
Annemijn Bosman
""",
    FU("51310", "annemijn.bosman@mail.example", "Annemijn", "Bosman"))

add("nl-46-nog-steeds-mails",
    "Bram Vercauteren <bram.vercauteren@telenet.example>",
    "Re: Woningalerts",
    """Hallo,

Een week na mijn vorige bericht heb ik vandaag wéér een "nieuw in aanbod"-mail gekregen. Is mijn afmelding wel verwerkt?

Bram
""",
    FU(ref("nl-13-html-woningalert"), "bram.vercauteren@telenet.example", "Bram", "Vercauteren"),
    headers=irt("nl-13-html-woningalert"))

# ---------------------------------------------------------------- ignored

add("nl-47-spam-avg-boete",
    "AVG Compliance Partners <info@avg-compliance-partners.example>",
    "Laatste waarschuwing: uw makelaarskantoor voldoet niet aan de AVG",
    """Geachte ondernemer,

Uit onze scan blijkt dat uw website persoonsgegevens van woningzoekenden verwerkt zonder geldige grondslag. Boetes van de Autoriteit Persoonsgegevens lopen op tot € 20 miljoen.

Met ons AVG-pakket (slechts € 39 per maand) regelen wij uw privacyverklaring, verwerkingsregister en automatische verwijdering van persoonsgegevens. Plan vandaag nog een gratis quickscan in.

Afmelden? Stuur een mail met "afmelden".
""",
    IGN("spam", "info@avg-compliance-partners.example"), headers=SPAM_HDR)

add("nl-48-phishing-mailbox-vol",
    "Microsoft 365 Beheer <beheer@acme-corp-m365.example>",
    "Uw mailbox privacy@ is vol - berichten worden verwijderd",
    """Beste gebruiker,

Uw mailbox heeft de opslaglimiet van 50 GB bereikt. Inkomende berichten worden geweigerd en oudere berichten met persoonsgegevens worden binnen 12 uur permanent verwijderd.

Klik hier om gratis extra opslag te activeren en uw gegevens te beschermen:
https://acme-corp-m365.example/opslag-verhogen

Microsoft 365 Beheer
""",
    IGN("spam", "beheer@acme-corp-m365.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="acme-corp-m365.example")])

add("nl-49-loterij-voorschot",
    "Internationale Loterij Commissie <claims@euro-winnaars.example>",
    "GEFELICITEERD - uw e-mailadres heeft € 850.000 gewonnen",
    """Beste winnaar,

Uw e-mailadres is bij de jaarlijkse internationale e-mail-loterij getrokken als winnaar van € 850.000,00.

Om uw prijs vrij te geven moet u uw volledige naam, adres, geboortedatum en een kopie van uw paspoort sturen naar onze claimagent, en een administratieve bijdrage van € 250 voldoen. Uw gegevens worden na uitbetaling direct verwijderd conform de privacywetgeving.

Hoogachtend,
Dhr. Van Leeuwen, claimafdeling
""",
    IGN("spam", "claims@euro-winnaars.example"))

add("nl-50-seo-reviews",
    "Groei Online <sales@groei-online.example>",
    "Meer huurders via Google + negatieve reviews laten verwijderen",
    """Hoi!

Wist je dat 70% van de woningzoekers eerst Google-reviews leest? Wij zorgen voor een top-3 positie in Google Maps en laten negatieve reviews en persoonsgegevens van klachten offline halen.

Nu 3 maanden gratis SEO bij een jaarcontract. Reageer op deze mail voor een vrijblijvend belletje.

Team Groei Online
""",
    IGN("spam", "sales@groei-online.example"))

add("nl-51-ticket-bevestiging",
    "Servicedesk Gemeente Utrecht <noreply-servicedesk@utrecht-gemeente.example>",
    "Automatisch antwoord: uw melding is ontvangen (zaaknummer Z-2026-88412)",
    """Geachte heer/mevrouw,

Wij hebben uw bericht ontvangen. Uw melding is geregistreerd onder zaaknummer Z-2026-88412. U ontvangt binnen 8 werkdagen een inhoudelijke reactie.

Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

Met vriendelijke groet,
Servicedesk Gemeente Utrecht
""",
    IGN("auto_reply", "noreply-servicedesk@utrecht-gemeente.example"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-52-nieuwsbrief-branche",
    "Branchevereniging Kinderopvang <nieuwsbrief@bv-kinderopvang.example>",
    "Nieuwsbrief november: nieuwe IKK-regels, AVG en foto's, cao-onderhandelingen",
    """NIEUWSBRIEF BRANCHEVERENIGING KINDEROPVANG – november 2026

- Nieuwe beroepskracht-kindratio per 2027: wat verandert er?
- AVG in de praktijk: foto's van kinderen delen met ouders
- Stand van zaken cao-onderhandelingen
- Webinar 10 december: kinderopvangtoeslag in het nieuwe stelsel

Bekijk de nieuwsbrief online: https://bv-kinderopvang.example/nieuwsbrief/2026-11
U ontvangt deze nieuwsbrief als lid. Afmelden: https://bv-kinderopvang.example/afmelden
""",
    IGN("bulk", "nieuwsbrief@bv-kinderopvang.example"),
    headers=["List-Id: Nieuwsbrief BV Kinderopvang <nieuwsbrief.bv-kinderopvang.example>",
             "List-Unsubscribe: <https://bv-kinderopvang.example/afmelden>",
             "Precedence: bulk"])

add("nl-53-bounce",
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    None,
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
