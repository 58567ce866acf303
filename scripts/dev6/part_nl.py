from common import *  # part nl: written blind

# ---------------------------------------------------------------- verzoeken
add("nl-01-verwijder-kort", "fietser1990@snelmail.example", "account",
    "verwijder mijn account aub\n",
    R(["Erasure"], "fietser1990@snelmail.example"))

add("nl-02-inzageverzoek-formeel", "Geertruida van der Meulen-Bos <g.vandermeulen-bos@kpn-achtig.example>",
    "Inzageverzoek ex artikel 15 AVG",
    """Geachte heer, mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG), mij een overzicht en een kopie te verstrekken van alle persoonsgegevens die u van mij verwerkt. Ik ben sinds 2018 in het bezit van een persoonlijke reiskaart met automatisch opladen.

Graag ontvang ik daarbij informatie over de doeleinden, de ontvangers en de bewaartermijnen.

Ik verzoek u binnen de wettelijke termijn van een maand te reageren.

Met vriendelijke groet,

Geertruida van der Meulen-Bos
Lindenlaan 44
""",
    R(["Access"], "g.vandermeulen-bos@kpn-achtig.example", "Geertruida", "van der Meulen-Bos"))

add("nl-03-camerabeelden-tram", "Sanne Verhoeven <sanne.verhoeven@ziggo-achtig.example>", "Camerabeelden tram lijn 5",
    """Hallo,

Op donderdag 5 november rond 08:15 is in tram 5 (richting Centraal) mijn tas gestolen. Ik heb aangifte gedaan. Kunt u mij de camerabeelden geven waarop ik te zien ben? Ik stond bij de middelste deur, lichtblauwe jas.

Groet,
Sanne Verhoeven
""",
    R(["Access"], "sanne.verhoeven@ziggo-achtig.example", "Sanne", "Verhoeven"))

add("nl-04-automatische-boete", "Youssef El Amrani <youssef.elamrani@postbus-mail.example>", "Bezwaar automatische boete - menselijke beoordeling",
    """Beste,

Ik heb een boete van € 50 gekregen omdat ik volgens jullie systeem niet had uitgecheckt. Niemand heeft naar mijn situatie gekeken: de paal bij halte Zuidplein was kapot. Ik wil dat een medewerker deze beslissing opnieuw beoordeelt en niet alleen de computer.

Met vriendelijke groet,
Youssef El Amrani
""",
    R(["AutomatedDecision"], "youssef.elamrani@postbus-mail.example", "Youssef", "El Amrani"))

add("nl-05-reisgeschiedenis-export", "Daan Kuipers-Vos <daan.kv@werkmail.example>", "Reisgeschiedenis overzetten",
    """Goedemiddag,

Mijn werkgever stapt over op een andere mobiliteitsaanbieder. Kunnen jullie mijn volledige reisgeschiedenis van de afgelopen 2 jaar in een machineleesbaar bestand (CSV) aanleveren, of direct aan die aanbieder doorsturen? Dat is toch mijn recht op dataportabiliteit.

Daan Kuipers-Vos
""",
    R(["Portability"], "daan.kv@werkmail.example", "Daan", "Kuipers-Vos"))

add("nl-06-tussenvoegsel", "Femke van den Berg <femke.vandenberg@webpost.example>", "Naam verkeerd gespeld",
    """Hoi,

Op mijn reiskaart en in de app staat mijn naam als "Femke Vandenberg". Dat moet zijn "Femke van den Berg" (met tussenvoegsel, los geschreven). Bij de controle gaf dat gedoe omdat het niet overeenkwam met mijn ID. Willen jullie dat aanpassen?

Dank je,
Femke van den Berg
""",
    R(["Rectification"], "femke.vandenberg@webpost.example", "Femke", "van den Berg"))

add("nl-07-geen-reclame", "Kim Smit <kimsmit88@gmail-achtig.example>", "geen mails meer",
    """hoi ik wil geen reclame mails meer van jullie ontvangen over die fietsabonementen, haal me van de lijst af aub

kim
""",
    R(["Opposition"], "kimsmit88@gmail-achtig.example", "Kim", "Smit"))

add("nl-08-ouder-dochter", "Marjolein de Graaf <marjolein.degraaf@gezin-mail.example>", "Gegevens van mijn dochter",
    """Geachte heer/mevrouw,

Mijn dochter Noor de Graaf (13 jaar) heeft een scholierenkaart. Zij werd vorige week bij een controle apart genomen en er zou een aantekening zijn gemaakt. Als haar moeder wil ik graag inzage in alle gegevens die jullie over Noor hebben vastgelegd, inclusief die aantekening.

Met vriendelijke groet,
Marjolein de Graaf
""",
    R(["Access"], "marjolein.degraaf@gezin-mail.example", "Noor", "de Graaf", representative="Marjolein de Graaf"))

add("nl-09-mentor", "Hendrik-Jan Schouten <hj.schouten@mentorschap.example>", "Mevrouw W. Brouwer - inzage en bezwaar",
    """Geachte heer, mevrouw,

Ik ben door de kantonrechter benoemd tot mentor van mevrouw Willemijn Brouwer (beschikking bijgevoegd). Mevrouw Brouwer ontvangt sinds kort veel aanbiedingen van u per post en e-mail, waar zij door in verwarring raakt.

Namens haar verzoek ik u:
1. mij een kopie te sturen van de gegevens die u over haar verwerkt;
2. te stoppen met het sturen van direct marketing aan haar.

Met vriendelijke groet,
Hendrik-Jan Schouten
Stichting Mentorschap Regio Oost
""",
    R(["Access", "Opposition"], "hj.schouten@mentorschap.example", "Willemijn", "Brouwer",
      representative="Hendrik-Jan Schouten"))

add("nl-10-hoofdletters-locatie", "PIETER BAKKER <p.bakker1961@oudmail.example>", "LOCATIE",
    """WAT DOEN JULLIE MET MIJN LOCATIE IN DIE APP? WIE KRIJGT DAT TE ZIEN EN HOE LANG BEWAREN JULLIE DAT? IK WIL EEN DUIDELIJK ANTWOORD.
P BAKKER
""",
    R(["Information"], "p.bakker1961@oudmail.example", "Pieter", "Bakker"))

add("nl-11-html-deelfiets", "Lotte Jansen-Ouwerkerk <lotte.jo@studio-mail.example>", "Deelfiets account opheffen",
    html("Beste privacyteam,",
         "Ik gebruik de deelfietsen niet meer. Willen jullie mijn <b>account verwijderen</b>, inclusief al mijn ritten en locatiegegevens?",
         "Alvast bedankt!<br>Lotte Jansen-Ouwerkerk"),
    R(["Erasure"], "lotte.jo@studio-mail.example", "Lotte", "Jansen-Ouwerkerk"), ct=HTML)

add("nl-12-latin1-bewaartermijn", "Anouk Mertens <anouk.mertens@provider-be.example>", "Bewaartermijn gegevens na boete",
    """Goedendag,

Vorig jaar kreeg ik een boete die intussen geïnd en betaald is. Hoelang bewaren jullie mijn gegevens daarna nog, en worden die gedeeld met het incassobureau of met de politie? Ik vraag geen kopie, enkel uitleg.

Met vriendelijke groeten,
Anouk Mertens
""",
    R(["Information"], "anouk.mertens@provider-be.example", "Anouk", "Mertens"), ct=LATIN1, encode="latin-1")

add("nl-13-beperking-controle", "Ruben Hoekstra <ruben.hoekstra@friesmail.example>", "Beperking verwerking i.v.m. bezwaar boete",
    """Geachte heer/mevrouw,

Ik heb bezwaar gemaakt tegen de boete van 8 november (kenmerk BT-26-55871). Zolang dat bezwaar loopt, verzoek ik u op grond van artikel 18 AVG de verwerking van mijn gegevens voor deze boete te beperken en niets door te sturen naar een incassobureau.

Met vriendelijke groet,
Ruben Hoekstra
""",
    R(["Restriction"], "ruben.hoekstra@friesmail.example", "Ruben", "Hoekstra"))

add("nl-14-collega-doorgestuurd", "Ilse Vermeulen <ilse.vermeulen@acme-corp.example>", "FW: opvragen gegevens",
    """Hallo privacyteam,

Deze kwam binnen via het webformulier van de klantenservice. Kunnen jullie dit oppakken?

Groet, Ilse
Klantenservice

-----Oorspronkelijk bericht-----
Van: Joris Dijkman <joris.dijkman@hetnet-achtig.example>
Verzonden: vrijdag 13 november 2026 10:12
Aan: klantenservice@acme-corp.example
Onderwerp: opvragen gegevens

Ik wil graag weten welke gegevens jullie van mij hebben. Kaartnummer eindigt op 7721.
Joris Dijkman
""",
    R(["Access"], "joris.dijkman@hetnet-achtig.example", "Joris", "Dijkman"))

add("nl-15-bijlage-doorgestuurd", "Wouter Brink <wouter.brink@acme-corp.example>", "Doorgestuurd: verwijderverzoek klant",
    "",
    R(["Erasure"], "esther.oosterhuis@mailbox-nl.example", "Esther", "Oosterhuis-Lam"),
    note="Hoi, zie bijgevoegde mail van een klant die via social media binnenkwam. Zij wil dat alles wordt verwijderd.\n\nWouter Brink\nWebcare\n",
    attached=("Esther Oosterhuis-Lam <esther.oosterhuis@mailbox-nl.example>", "Alles verwijderen",
              "Beste,\n\nIk heb mijn abonnement opgezegd en wil dat jullie al mijn gegevens verwijderen, ook mijn bankrekeningnummer.\n\nEsther Oosterhuis-Lam\n"))

add("nl-16-saldo-terug", "Mehmet Yılmaz <mehmet.yilmaz@kabel-mail.example>", "saldo terugvragen",
    """Goedendag, mijn reiskaart is verlopen maar er staat nog € 23,40 saldo op. Hoe krijg ik dat terug?

Mehmet Yılmaz
""",
    R(["Unknown"], "mehmet.yilmaz@kabel-mail.example", "Mehmet", "Yılmaz"))

add("nl-17-gezin-replyto", "Fam. Jacobs <gezinjacobs@thuis.example>", "inzage",
    """Hallo,

Dit is Thijs Jacobs. We delen dit mailadres thuis, dus graag antwoorden naar mijn eigen adres. Ik zou graag een kopie willen van de gegevens die jullie van mij hebben (reiskaart en fietsapp).

Groeten,
Thijs
""",
    R(["Access"], "thijs.jacobs@eigenmail.example", "Thijs", "Jacobs"),
    headers=["Reply-To: thijs.jacobs@eigenmail.example"])

add("nl-18-erfgenaam-moeder", "Ingrid Postma <ingrid.postma@noorden.example>", "Overlijden van mijn moeder",
    """Geachte heer/mevrouw,

Mijn moeder, mevrouw Grietje Postma-Zijlstra, is op 2 oktober overleden. Zij had een seniorenabonnement bij u. Als erfgenaam verzoek ik u haar abonnement te beëindigen en haar gegevens te verwijderen. Een kopie van de akte van overlijden kan ik nasturen.

Met vriendelijke groet,
Ingrid Postma
""",
    R(["Erasure"], "ingrid.postma@noorden.example", "Grietje", "Postma-Zijlstra", representative="Ingrid Postma"))

add("nl-19-boos-controleur", "Dennis Kramer <dennis.kramer@mailplein.example>", "Klacht over controleur en onjuiste aantekening",
    """Ik ben echt klaar met jullie.

Vorige week dinsdag in de bus van 17:45 naar Hoogvliet werd ik gecontroleerd. Mijn kaart gaf een fout, ik bleef rustig en liet mijn bankapp zien waar de afschrijving op stond. De controleur werd steeds bozer en zei dat ik moest uitstappen. Ik weigerde omdat ik gewoon betaald had. Toen heeft hij politie gebeld, die mij na vijf minuten weer liet gaan omdat er niets aan de hand was.

Nu hoor ik van de klantenservice dat er in mijn klantdossier staat "agressief gedrag tegen personeel". Dat is gewoon niet waar en ik wil dat die aantekening wordt aangepast of weggehaald, want dit klopt niet. Ik heb getuigen.

En ik wil mijn € 4,10 terug voor de rit die ik twee keer heb betaald.

Dennis Kramer
""",
    R(["Rectification"], "dennis.kramer@mailplein.example", "Dennis", "Kramer"))

# ---------------------------------------------------------------- taken
add("nl-20-taak-verwerkersovereenkomst", "Joost Verbeek <joost.verbeek@acme-corp.example>", "Verwerkersovereenkomst nieuwe camera-leverancier",
    """Hoi privacy,

We gaan met SafeRide Vision in zee voor de camera's in de nieuwe elektrische bussen. Zij hosten de beelden in hun cloud. Kunnen jullie de verwerkersovereenkomst nakijken? Concept staat in de Teams-map Inkoop.

Groet,
Joost Verbeek
Inkoper Materieel
""",
    TASK("joost.verbeek@acme-corp.example", "Joost", "Verbeek"))

add("nl-21-taak-dpia-kenteken", "Saskia Hermans <saskia.hermans@acme-corp.example>", "DPIA kentekenherkenning P+R",
    """Beste collega's,

Voor de P+R-terreinen willen we kentekenherkenning invoeren zodat reizigers met een geldige reiskaart gratis parkeren. Moet hier een DPIA voor gedaan worden? Zo ja, kunnen jullie die begeleiden? Start pilot is maart.

Saskia Hermans
Projectleider Ketenmobiliteit
""",
    TASK("saskia.hermans@acme-corp.example", "Saskia", "Hermans"))

add("nl-22-taak-register-chatbot", "Niels Timmermans <niels.timmermans@acme-corp.example>", "Verwerkingsregister: chatbot klantenservice",
    """Hallo,

De nieuwe chatbot op de website slaat gesprekken 90 dagen op. Kunnen jullie die verwerking in het verwerkingsregister opnemen? Ik lever graag de details aan.

Niels
""",
    TASK("niels.timmermans@acme-corp.example", "Niels", "Timmermans"))

# ---------------------------------------------------------------- incidenten
add("nl-23-incident-usb", "Marloes Dekker <marloes.dekker@acme-corp.example>", "USB-stick met camerabeelden kwijt",
    """Hallo,

Ik had voor een politieverzoek camerabeelden van bus 1422 op een USB-stick gezet (niet versleuteld) en die ben ik kwijt, waarschijnlijk in de trein naar huis. Op de beelden staan tientallen reizigers. Wat moet ik doen?

Marloes Dekker
Afdeling Veiligheid
""",
    INC("marloes.dekker@acme-corp.example", "Marloes", "Dekker"))

add("nl-24-incident-excel-klant", "Hugo Lambrechts <hugo.lambrechts@vrijmail.example>", "Ik kreeg een bestand met gegevens van andere klanten",
    """Beste,

In jullie mail over de tariefwijziging van vandaag zat een Excel-bijlage met namen, e-mailadressen en kaartnummers van honderden andere klanten. Ik neem aan dat dat niet de bedoeling was. Ik heb het bestand niet geopend buiten die ene keer.

Hugo Lambrechts
""",
    INC("hugo.lambrechts@vrijmail.example", "Hugo", "Lambrechts"))

add("nl-25-incident-verkeerde-mail", "Bas Wijnands <bas.wijnands@acme-corp.example>", "Boetebrief naar verkeerd e-mailadres",
    """Hoi,

Ik heb per ongeluk een boetebrief met de gegevens van een reiziger (naam, adres, geboortedatum, bedrag) naar een verkeerd e-mailadres gestuurd door een typfout (hotmail ipv hetmail). De ontvanger heeft nog niet gereageerd. Ik meld het maar even hier.

Bas Wijnands
Team Boeteafhandeling
""",
    INC("bas.wijnands@acme-corp.example", "Bas", "Wijnands"))

# ---------------------------------------------------------------- vervolg
add("nl-26-vervolg-dsr", "Rob van Leeuwen <rob.vanleeuwen@postmail.example>", "Re: [DSR-41877] Bevestiging van uw verzoek",
    """Hallo,

Jullie vroegen om een kopie van mijn ID. Die heb ik bijgevoegd (BSN afgeschermd).

Rob van Leeuwen
""",
    FU("41877", "rob.vanleeuwen@postmail.example", "Rob", "van Leeuwen"))

add("nl-27-vervolg-camerabeelden", "Sanne Verhoeven <sanne.verhoeven@ziggo-achtig.example>", "Re: Camerabeelden tram lijn 5",
    """Hoi, aanvulling: het registratienummer van mijn aangifte is 2026-311-4482. De politie vraagt of jullie de beelden in ieder geval willen bewaren tot zij ze ophalen.

Sanne
""",
    FU(ref("nl-03-camerabeelden-tram"), "sanne.verhoeven@ziggo-achtig.example", "Sanne", "Verhoeven"),
    headers=irt("nl-03-camerabeelden-tram"))

# ---------------------------------------------------------------- negeren
add("nl-28-phishing-saldo", "Reiskaart Service <service@reiskaart-saldo.example>", "Uw saldo vervalt vandaag",
    """Beste klant,

Uw reissaldo van € 37,50 vervalt vandaag. Bevestig uw rekeninggegevens binnen 24 uur om terugbetaling te ontvangen:

http://reiskaart-saldo.example/terugbetaling

Met vriendelijke groet,
Klantenservice
""",
    IGN("spam", "service@reiskaart-saldo.example"), headers=SPAM_HDR)

add("nl-29-spam-dataverwijdering", "Priva-Clean <sales@privaclean.example>", "Wij verwijderen uw klantdata automatisch - demo?",
    """Goedemorgen,

Verwijderverzoeken kosten uw team uren per week. Met Priva-Clean verwijdert u klantgegevens in al uw systemen met één klik. Al 120 vervoerders gingen u voor.

Plan vrijblijvend een demo: https://privaclean.example/demo

Met vriendelijke groet,
Team Priva-Clean
""",
    IGN("spam", "sales@privaclean.example"))

add("nl-30-afwezig", "Eva Smeets <eva.smeets@gemeente-oost.example>", "Automatisch antwoord: Gegevensdeling reizigerstellingen",
    """Ik ben tot en met 25 november afwezig. Uw mail wordt niet doorgestuurd. Voor dringende zaken kunt u contact opnemen met het KCC via 14 0000.
""",
    IGN("auto_reply", "eva.smeets@gemeente-oost.example"), headers=["Auto-Submitted: auto-replied"])

add("nl-31-bounce", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>", "Delivery Status Notification (Failure)",
    "", IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
