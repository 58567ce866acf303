from common import *  # part nl: written blind

# ---------------------------------------------------------------- verzoeken
add("nl-01-inzage-kort", "bram.terhorst@kpnmail.example", "inzage",
    "graag een overzicht van alle gegevens die jullie van mij bewaren ik heb tot vorig jaar gevoetbald bij "
    "vv de Zwaluwen\n\nbram ter horst\n",
    R(["Access"], "bram.terhorst@kpnmail.example", "Bram", "ter Horst"))

add("nl-02-account-weg", "Sanne van der Berg <sanne.vdberg@ziggomail.example>",
    "Account opheffen",
    "Hallo,\n\nOnze dochter is gestopt met hockey en we gaan niet meer terugkomen. Kunnen jullie mijn "
    "ouderaccount op het ledenportaal opheffen en al mijn gegevens wissen? Bankgegevens ook graag.\n\n"
    "Groetjes,\nSanne van der Berg\n\nVerstuurd vanaf mijn iPhone\n",
    R(["Erasure"], "sanne.vdberg@ziggomail.example", "Sanne", "van der Berg"))

add("nl-03-geen-folders", "Pieter de Vries <p.devries@hetnet-mail.example>", "afmelden kampfolders",
    "Goedemiddag,\n\nIk krijg nog steeds mailtjes en folders over jullie zomerkampen. Mijn kinderen zijn "
    "inmiddels 22 en 25. Wil je me overal van afhalen? Ook geen telefoontjes meer graag. En mijn "
    "gegevens mogen wat mij betreft helemaal uit jullie systeem.\n\n"
    "Met vriendelijke groet,\nPieter de Vries\n",
    R(["Opposition", "Erasure"], "p.devries@hetnet-mail.example", "Pieter", "de Vries"))

add("nl-04-naam-fout", "Joris Van den Broeck <joris.vandenbroeck@telenet-mail.example>",
    "Verkeerde schrijfwijze naam",
    "Dag,\n\nOp mijn trainerslicentie en op de website van de federatie staat mijn naam als "
    "'Joris Vandenbroeck', aaneengeschreven. Dat moet 'Van den Broeck' zijn, zoals op mijn identiteitskaart. "
    "Kan dat aangepast worden? Mijn geboortedatum klopt wel.\n\nMvg\nJoris Van den Broeck\n",
    R(["Rectification"], "joris.vandenbroeck@telenet-mail.example", "Joris", "Van den Broeck"))

add("nl-05-overschrijving", "Lotte Janssens <lotte.janssens@skynet-mail.example>",
    "Gegevens meenemen naar nieuwe bond",
    "Hallo,\n\nIk stap over naar een andere zwembond. Zij vragen of ik mijn wedstrijdhistoriek en "
    "brevetten kan aanleveren in een bestand dat hun systeem kan inlezen (Excel of CSV). Kunnen jullie dat "
    "exporteren en mij of rechtstreeks naar hen sturen?\n\nBedankt!\nLotte\n",
    R(["Portability"], "lotte.janssens@skynet-mail.example", "Lotte", "Janssens"))

add("nl-06-rijksregisternummer", "Anouk Verbeke <anouk.verbeke@proximus-mail.example>",
    "Waarom rijksregisternummer?",
    "Beste,\n\nBij de inschrijving voor het paaskamp moet ik het rijksregisternummer van mijn zoon "
    "invullen. Waarvoor hebben jullie dat nodig? Wie krijgt het te zien, gaat het naar de verzekering of "
    "naar Sport Vlaanderen? En hoe lang houden jullie het bij?\n\nAls het niet strikt nodig is, wil ik dat "
    "jullie het nummer dat ik vorig jaar al heb ingevuld voor het zomerkamp wissen.\n\nAnouk Verbeke\n",
    R(["Information", "Erasure"], "anouk.verbeke@proximus-mail.example", "Anouk", "Verbeke"))

add("nl-07-eerst-zien-dan-wissen", "Mehmet Yılmaz <mehmet.yilmaz@posteo-mail.example>",
    "Verzoek AVG",
    "Geachte heer/mevrouw,\n\nOp grond van de AVG verzoek ik u mij te laten weten welke persoonsgegevens "
    "u van mij verwerkt, en mij daarvan een kopie te sturen. Nadat ik die heb ontvangen, wil ik dat u "
    "alle gegevens verwijdert; ik ben sinds 2024 geen lid meer van de tafeltennisafdeling.\n\n"
    "Hoogachtend,\nMehmet Yılmaz\n",
    R(["Access", "Erasure"], "mehmet.yilmaz@posteo-mail.example", "Mehmet", "Yılmaz"))

add("nl-08-uitslagen-zoon", "Fatima El Khatib <fatima.elkhatib@huismail.example>",
    "Uitslagen van mijn zoon op internet",
    "Goedendag,\n\nAls je de naam van mijn zoon Yassin El Khatib (12) googelt, kom je meteen op "
    "jullie uitslagenpagina van het judotoernooi, met zijn club en geboortejaar. Ik wil dat zijn naam "
    "daar verdwijnt, ook uit de oude uitslagen van 2024 en 2025.\n\nFatima El Khatib (moeder)\n",
    R(["Erasure"], "fatima.elkhatib@huismail.example", "Yassin", "El Khatib",
      representative="Fatima El Khatib"))

add("nl-09-schorsing", "Dennis Hoekstra <dennis.hoekstra@planet-mail.example>",
    "Onterechte schorsing in jullie systeem",
    "Hallo,\n\nIn het ledensysteem staat bij mij een schorsing van 4 weken. Die is bij de tuchtcommissie in "
    "beroep teruggedraaid, maar het staat er nog. Ik ga naar een nieuwe club en wil niet dat zij dit te "
    "zien krijgen. Zolang dit niet rechtgezet is, wil ik dat jullie die gegevens niet gebruiken of "
    "doorgeven - blokkeer ze maar tot het uitgezocht is. Daarna moet de schorsing natuurlijk aangepast "
    "worden naar 'vernietigd in beroep' (uitspraak in bijlage).\n\nDennis Hoekstra\n",
    R(["Restriction", "Rectification"], "dennis.hoekstra@planet-mail.example", "Dennis", "Hoekstra"))

add("nl-10-sociaal-tarief", "Ilse Meijer <ilse.meijer@freemail-nl.example>",
    "Korting automatisch afgewezen",
    "Hoi,\n\nIk heb via de site het sociaal tarief aangevraagd voor de contributie. Binnen een paar "
    "seconden kreeg ik 'afgewezen op basis van uw gegevens'. Er heeft dus niemand naar gekeken. Ik wil dat "
    "een echte medewerker mijn aanvraag beoordeelt en ik wil weten waarop die afwijzing gebaseerd is.\n\n"
    "Ilse Meijer\n06-12345678\n",
    R(["AutomatedDecision"], "ilse.meijer@freemail-nl.example", "Ilse", "Meijer"))

add("nl-11-talentscore", "Ruben Smit <ruben.smit@studentmail.example>", "Bezwaar talentscore",
    html("Beste privacyteam,",
         "In de trainingsapp zie ik dat jullie mijn trainingsdata (hartslag, sprinttijden) gebruiken om een "
         "<b>talentprofiel</b> van mij te maken dat trainers van andere clubs kunnen inzien. Daar ben ik het "
         "niet mee eens. Ik wil dat jullie stoppen met dit profileren van mij.",
         "Groet,<br>Ruben Smit"),
    R(["Opposition"], "ruben.smit@studentmail.example", "Ruben", "Smit"), ct=HTML)

add("nl-12-klacht-trainer", "Marloes Bakker <marloes.bakker@gezin-mail.example>",
    "Klacht over de gang van zaken bij volleybal",
    "Geachte heer, mevrouw,\n\n"
    "Ik wil mijn ongenoegen uiten over hoe het afgelopen seizoen is gegaan. Mijn dochter werd zonder "
    "uitleg uit de selectie gezet, de trainer reageerde niet op mijn berichten en bij het bestuur werd ik "
    "van het kastje naar de muur gestuurd. Uiteindelijk hoorde ik via een andere moeder dat er over mij "
    "'een dossier' werd bijgehouden omdat ik 'lastig' zou zijn.\n\n"
    "Ik wil daarom graag een kopie ontvangen van alle aantekeningen, e-mails en verslagen waarin ik "
    "genoemd word. Ik vind het onbestaanbaar dat zoiets wordt bijgehouden zonder dat ik het weet.\n\n"
    "Daarnaast verwacht ik nog steeds een gesprek met het bestuur over mijn dochter.\n\n"
    "Marloes Bakker\n",
    R(["Access"], "marloes.bakker@gezin-mail.example", "Marloes", "Bakker"))

add("nl-13-doorgestuurd-inline", "Eva Wouters <eva.wouters@acme-corp.example>",
    "Fwd: foto's van mij",
    "Hoi privacy, deze kwam binnen bij communicatie. Kunnen jullie dit oppakken?\nEva\n\n"
    "---------- Doorgestuurd bericht ---------\n"
    "Van: Wouter van 't Hof <wouter.vanthof@polder-mail.example>\n"
    "Datum: vr 13 nov 2026 om 16:40\n"
    "Onderwerp: foto's van mij\n"
    "Aan: communicatie@acme-corp.example\n\n"
    "Hallo, ik ben jeugdscheidsrechter en sta op heel veel foto's op jullie Instagram. Ik trek mijn "
    "toestemming daarvoor in. Graag geen nieuwe foto's van mij meer plaatsen.\nWouter van 't Hof\n",
    R(["Opposition"], "wouter.vanthof@polder-mail.example", "Wouter", "van 't Hof"))

add("nl-14-doorgestuurd-bijlage", "Tim Peeters <tim.peeters@acme-corp.example>",
    "FW: uitschrijving", "",
    R(["Erasure"], "lieke.dewit@brabant-mail.example", "Lieke", "de Wit"),
    note="Ter info, kwam via de ledenadministratie.\n\nTim Peeters\nLedenadministratie",
    attached=("Lieke de Wit <lieke.dewit@brabant-mail.example>", "uitschrijving",
              "Beste,\n\nIk heb me uitgeschreven als lid. Graag alles wat jullie nog van mij hebben "
              "(adres, telefoon, medische verklaring, pasfoto) definitief verwijderen.\n\nLieke de Wit\n"))

add("nl-15-lidgeld", "gezin.claes@mailhuis.example", "lidgeld",
    "wanneer wordt het lidgeld voor het tweede semester afgeschreven? ik zie nog niks op mijn rekening\n",
    R(["Unknown"], "gezin.claes@mailhuis.example"))

add("nl-16-bewaartermijn", "Geert Maës <geert.maes@oud-mail.example>", "Bewaartermijn oud-leden",
    "Beste,\n\nIk ben al tien jaar geen lid meer maar kreeg vorige week toch een uitnodiging voor een "
    "reünie. Hoe lang bewaren jullie de gegevens van oud-leden eigenlijk, en op welke basis? Ik vraag "
    "niet om verwijdering, ik ben gewoon benieuwd.\n\nGeert Maës\n",
    R(["Information"], "geert.maes@oud-mail.example", "Geert", "Maës"),
    ct=LATIN1, encode="latin-1")

add("nl-17-nieuw-mailadres", "Daan Mulder <daan.mulder@nieuwmail.example>", "nieuw e-mailadres",
    "Hoi, niet schrikken, ik wil mijn account NIET opzeggen. Alleen is mijn oude mailadres "
    "(daan.m@oudprovider.example) opgeheven, kunnen jullie overal deze nieuwe zetten? Ook mijn "
    "telefoonnummer is nu 06-98765432.\n\nDaan\n",
    R(["Rectification"], "daan.mulder@nieuwmail.example", "Daan", "Mulder"))

add("nl-18-hoofdletters", "HENK JANSEN <h.jansen@kabel-mail.example>", "NU STOPPEN",
    "HAAL MIJ UIT AL JULLIE BESTANDEN EN BEL ME NOOIT MEER OVER JULLIE SPONSORLOTERIJ. "
    "IK HEB NOOIT TOESTEMMING GEGEVEN\n\nH JANSEN\n",
    R(["Erasure", "Opposition"], "h.jansen@kabel-mail.example", "Henk", "Jansen"))

# ---------------------------------------------------------------- taken
add("nl-19-verwerkersovereenkomst", "Sofie Claes <sofie.claes@acme-corp.example>",
    "Verwerkersovereenkomst clubapp",
    "Dag privacyteam,\n\nWe willen voor de jeugdwerking overstappen op een nieuwe clubapp (aanwezigheden, "
    "berichten naar ouders). De leverancier heeft een verwerkersovereenkomst gestuurd. Kunnen jullie die "
    "nalezen vóór we tekenen? Deadline eind deze maand.\n\nSofie Claes\nCoördinator jeugdwerking\n",
    TASK("sofie.claes@acme-corp.example", "Sofie", "Claes"))

add("nl-20-camera-sporthal", "Niels de Boer <niels.deboer@acme-corp.example>",
    "Camera's voor videoanalyse",
    "Hoi,\n\nDe basketbalafdeling wil vaste camera's in sporthal De Meent hangen om alle jeugdwedstrijden "
    "automatisch op te nemen en te analyseren. Ik begreep dat hiervoor eerst een DPIA nodig is. Kunnen "
    "jullie daarmee starten, of hebben jullie een sjabloon?\n\nNiels\n",
    TASK("niels.deboer@acme-corp.example", "Niels", "de Boer"))

add("nl-21-privacyverklaring", "Femke Dijkstra <femke.dijkstra@acme-corp.example>",
    "privacyverklaring kampen aanpassen",
    "Hallo,\n\nVoor de zomerkampen 2027 gaan we ook een busdienst en een fotograaf inzetten. Moet de "
    "privacyverklaring op de website aangepast worden? Zo ja, kunnen jullie een nieuwe tekst aanleveren "
    "voor de opening van de inschrijvingen op 1 februari?\n\nFemke Dijkstra | Team Kampen\n",
    TASK("femke.dijkstra@acme-corp.example", "Femke", "Dijkstra"))

# ---------------------------------------------------------------- incidenten
add("nl-22-usb-kwijt", "Jeroen Kok <jeroen.kok@acme-corp.example>", "usb-stick kwijt",
    "Hoi, ik ben een usb-stick verloren, waarschijnlijk in de kantine van het sportpark. Erop stonden alle "
    "foto's van het jeugdtoernooi (ca. 600) en de deelnemerslijst met namen, leeftijden en teams. Niet "
    "versleuteld. Sorry! Wat moet ik doen?\n\nJeroen\n",
    INC("jeroen.kok@acme-corp.example", "Jeroen", "Kok"))

add("nl-23-verkeerde-brief", "Karin Vermeulen <karin.vermeulen@dorpmail.example>",
    "Brief voor een ander kind ontvangen",
    "Goedenavond,\n\nVandaag zat in onze brievenbus een envelop van jullie met de lidkaart en het "
    "medisch attest van een ander kind, met een heel ander adres erop, maar wel onze naam op de envelop. "
    "Ik heb het niet geopend verder dan nodig. Hoe krijg ik het bij jullie terug? En het kind van mij heeft "
    "waarschijnlijk die andere familie gekregen...\n\nKarin Vermeulen\n",
    INC("karin.vermeulen@dorpmail.example", "Karin", "Vermeulen"))

add("nl-24-drive-openbaar", "Stijn Jacobs <stijn.jacobs@acme-corp.example>",
    "Gedeelde map stond openbaar",
    "Beste,\n\nIk ontdekte net dat de Drive-map 'Inschrijvingen kamp 2026' met de medische fiches van "
    "ongeveer 140 kinderen sinds juni gedeeld was met 'iedereen met de link'. De link stond in een "
    "nieuwsbrief aan de ouders. Ik heb het delen nu uitgezet. Melden jullie dit verder?\n\nStijn\n",
    INC("stijn.jacobs@acme-corp.example", "Stijn", "Jacobs"))

# ---------------------------------------------------------------- opvolging
add("nl-25-opvolging-tag", "Roel Hendrickx <roel.hendrickx@telenet-mail.example>",
    "Re: [DSR-51230] Bevestiging van uw verzoek",
    "Goedemorgen,\n\nIn bijlage de kopie van mijn identiteitskaart die jullie vroegen. Kunnen jullie nu "
    "verder met mijn verzoek?\n\nRoel\n\n"
    "> Beste,\n> Uw verzoek werd geregistreerd onder nummer DSR-51230.\n"
    "> Om uw identiteit te controleren vragen wij u ...\n",
    FU("51230", "roel.hendrickx@telenet-mail.example", "Roel", "Hendrickx"))

add("nl-26-opvolging-yilmaz", "Mehmet Yılmaz <mehmet.yilmaz@posteo-mail.example>", "Re: Verzoek AVG",
    "Aanvulling op mijn vorige mail: mijn lidnummer was TT-20931. Ik hoor graag wanneer ik de kopie mag "
    "verwachten.\n\nMehmet Yılmaz\n",
    FU(ref("nl-07-eerst-zien-dan-wissen"), "mehmet.yilmaz@posteo-mail.example", "Mehmet", "Yılmaz"),
    headers=irt("nl-07-eerst-zien-dan-wissen"))

# ---------------------------------------------------------------- negeren
add("nl-27-phish-mailbox", "Microsoft 365 Beheer <noreply@m365-beheer-support.example>",
    "Uw mailbox is vol - actie vereist",
    "Beste gebruiker,\n\nUw mailbox privacy@acme-corp.example heeft 99% van de opslaglimiet bereikt. "
    "Binnenkomende berichten worden binnen 24 uur geweigerd. Klik hieronder om uw account te verifiëren en "
    "gratis 50 GB extra te krijgen.\n\n[ACCOUNT VERIFIËREN]\n\nMicrosoft 365 Team\n",
    IGN("spam", "noreply@m365-beheer-support.example"), headers=SPAM_HDR)

add("nl-28-spam-gegevens-wissen", "WisMijNu <info@wismijnu-deals.example>",
    "Laat uw persoonsgegevens van internet verwijderen!",
    "Wist u dat uw naam, adres en telefoonnummer bij honderden websites te vinden zijn? Onze AVG-robot "
    "dient automatisch verwijderverzoeken in. Nu eerste jaar 50% korting: slechts 4,99 per maand!\n\n"
    "Klik hier om uw gegevens te beschermen.\n",
    IGN("spam", "info@wismijnu-deals.example"),
    headers=[AUTH(spf="pass", dkim="fail", dmarc="fail", dom="wismijnu-deals.example")])

add("nl-29-afwezig", "Marieke Visser <marieke.visser@gemeente-voorbeeld.example>",
    "Afwezigheidsbericht: Vraag over subsidie jeugdsport",
    "Ik ben afwezig tot en met 27 november en lees mijn mail niet. Voor dringende zaken kunt u bellen "
    "met het KCC via 14 0000.\n\nMet vriendelijke groet,\nMarieke Visser\n",
    IGN("auto_reply", "marieke.visser@gemeente-voorbeeld.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("nl-30-nieuwsbrief-sport", "SportBond Nieuws <nieuws@sportbond-nieuws.example>",
    "Nieuwsbrief november: nieuwe subsidieregeling voor clubs",
    "In deze editie:\n- Nieuwe subsidieregeling voor jeugdclubs\n- Webinar: veilig sportklimaat\n"
    "- Vacatures bij de bond\n\nU ontvangt deze nieuwsbrief omdat uw organisatie lid is.\n"
    "Afmelden: https://sportbond-nieuws.example/afmelden\n",
    IGN("bulk", "nieuws@sportbond-nieuws.example"),
    headers=["List-Id: Nieuwsbrief <nieuwsbrief.sportbond-nieuws.example>",
             "List-Unsubscribe: <https://sportbond-nieuws.example/afmelden>", "Precedence: bulk"])
