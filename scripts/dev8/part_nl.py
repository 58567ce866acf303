from common import *  # part nl: written blind

# ---------------------------------------------------------------- verzoeken
add("nl-01-inzage-kort", "Joris van der Meulen <joris.vandermeulen@mijnpost.example>", "inzageverzoek",
    "Goedendag, graag ontvang ik een overzicht van alle persoonsgegevens die u van mij verwerkt. Met vriendelijke groet, Joris van der Meulen\n",
    R(["Access"], "joris.vandermeulen@mijnpost.example", "Joris", "van der Meulen"))

add("nl-02-account-verwijderen", "Fenna de Wit-Bosma <fenna.dewitbosma@postvak.example>", "Account verwijderen",
    """Hallo,

Ik heb mijn abonnement op de fitness-app opgezegd en gebruik mijn smartwatch niet meer. Wilt u mijn account en alle bijbehorende gegevens (trainingen, slaapdata, gewicht, hartslag) volledig verwijderen?

Het account staat op dit e-mailadres.

Groetjes,
Fenna de Wit-Bosma
""",
    R(["Erasure"], "fenna.dewitbosma@postvak.example", "Fenna", "de Wit-Bosma"))

add("nl-03-bezwaar-marketing", "Mehmet Yıldız <mehmet.yildiz@snelmail.example>", "Geen reclame meer",
    """Beste,

Ik word de laatste weken gebeld door uw klantenservice over een "gezondheidspakket" en krijg ook bijna dagelijks reclamemails over vitamines. Ik maak bezwaar tegen het gebruik van mijn gegevens voor marketing. Haal me van alle lijsten af, zowel telefoon als e-mail.

Mehmet Yıldız
06-41 22 87 19
""",
    R(["Opposition"], "mehmet.yildiz@snelmail.example", "Mehmet", "Yıldız"))

add("nl-04-geboortedatum-fout", "Sanne Oosterhuis <sanne.oosterhuis@mijnpost.example>", "Onjuiste geboortedatum en adres",
    """Goedemiddag,

In mijn profiel bij de online apotheek staat een verkeerde geboortedatum (12-07-1985 in plaats van 21-07-1985). Ook ben ik verhuisd: mijn nieuwe adres is Lindengracht 44-2, 1015 KK Amsterdam. Wilt u beide aanpassen? Door de verkeerde datum werd mijn recept van de huisarts niet gekoppeld.

Met vriendelijke groet,
Sanne Oosterhuis
""",
    R(["Rectification"], "sanne.oosterhuis@mijnpost.example", "Sanne", "Oosterhuis"))

add("nl-05-overdraagbaarheid", "Bram ter Horst <bram.terhorst@postvak.example>", "Mijn trainingsdata overzetten",
    """Hoi,

Ik stap over naar een andere sportapp. Kunnen jullie al mijn hardlooprondes, hartslagdata en slaapgegevens in een machineleesbaar bestand (CSV of JSON, GPX voor de routes) aanleveren? Nog liever sturen jullie het rechtstreeks naar de nieuwe aanbieder.

Dank!
Bram ter Horst
""",
    R(["Portability"], "bram.terhorst@postvak.example", "Bram", "ter Horst"))

add("nl-06-zorgverzekeraar-vraag", "Ingrid Schouten-Lammers <i.schouten-lammers@kpnmail.example>", "Delen jullie gegevens met mijn zorgverzekeraar?",
    """Geachte heer/mevrouw,

Mijn zorgverzekeraar biedt korting als ik mijn stappen deel. Ik wil eerst weten: delen jullie nu al gegevens met zorgverzekeraars of andere partijen? Zo ja, welke gegevens, met wie, en hoe lang bewaren jullie mijn medicatiegegevens?

Ik hoef geen kopie, alleen uitleg.

Met vriendelijke groet,
Ingrid Schouten-Lammers
""",
    R(["Information"], "i.schouten-lammers@kpnmail.example", "Ingrid", "Schouten-Lammers"))

add("nl-07-account-geblokkeerd-auto", "Nadia El Amrani <nadia.elamrani@snelmail.example>", "Account automatisch geblokkeerd",
    """Beste privacyteam,

Mijn account bij de apotheek is gisteren geblokkeerd met de melding "verdachte activiteit gedetecteerd door ons systeem". Ik kan nu mijn insuline niet bestellen. Niemand heeft hier naar gekeken, het is een automatische beslissing.

Ik wil dat een medewerker dit opnieuw beoordeelt en ik wil weten op basis waarvan het systeem dit besloten heeft.

Nadia El Amrani
""",
    R(["AutomatedDecision"], "nadia.elamrani@snelmail.example", "Nadia", "El Amrani"))

add("nl-08-beperking-slaapmiddel", "Wouter van 't Hof <wouter.vanthof@mijnpost.example>", "Bestelling die ik niet gedaan heb",
    """Hallo,

In mijn bestelgeschiedenis staat een bestelling van slaapmiddelen die ik nooit heb gedaan. Ik vermoed dat iemand in mijn account heeft gezeten. Zolang dit onderzocht wordt wil ik niet dat deze gegevens gebruikt worden, bijvoorbeeld voor aanbevelingen of gedeeld met mijn huisarts. Graag de verwerking ervan beperken tot het uitgezocht is.

Wouter van 't Hof
""",
    R(["Restriction"], "wouter.vanthof@mijnpost.example", "Wouter", "van 't Hof"))

add("nl-09-moeder-voor-dochter", "Marieke Brouwer-Aalders <marieke.brouwer@gezinsmail.example>", "Gegevens van mijn dochter verwijderen",
    """Goedenavond,

Mijn dochter Isa Brouwer (14 jaar) heeft zonder mijn toestemming een account aangemaakt in uw fitness-app en daar haar gewicht en foto's ingevoerd. Ik ben haar moeder en wettelijk vertegenwoordiger. Ik wil dat haar account en al haar gegevens verwijderd worden.

Haar e-mailadres in de app is isa.b.2012@tienermail.example.

Met vriendelijke groet,
Marieke Brouwer-Aalders
""",
    R(["Erasure"], "marieke.brouwer@gezinsmail.example", "Isa", "Brouwer",
      representative="Marieke Brouwer-Aalders"))

add("nl-10-bewindvoerder", "Ruud Kuipers <r.kuipers@bewindvoering-oost.example>", "Inzageverzoek namens cliënt dhr. G. Dijkhuizen",
    """Geachte heer/mevrouw,

Als mentor en bewindvoerder van de heer Gijs Dijkhuizen (beschikking kantonrechter Zwolle, bijgevoegd) verzoek ik u namens hem om inzage in alle persoonsgegevens die u van hem verwerkt, inclusief de bestellingen van de afgelopen twee jaar en de betaalgegevens.

Met vriendelijke groet,

R. Kuipers
Bewindvoering Oost B.V.
038 - 123 45 67

Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder dit bericht dan.
""",
    R(["Access"], "r.kuipers@bewindvoering-oost.example", "Gijs", "Dijkhuizen",
      representative="Ruud Kuipers"))

add("nl-11-html-inzage-export", "Dewi Soerjadi <dewi.soerjadi@webpost.example>", "AVG verzoek",
    html("Beste,",
         "Op grond van de AVG wil ik graag <b>een kopie van mijn gegevens</b> en daarnaast een <b>export</b> van mijn app-data in een gangbaar formaat zodat ik die kan meenemen.",
         "Vriendelijke groet,<br>Dewi Soerjadi"),
    R(["Access", "Portability"], "dewi.soerjadi@webpost.example", "Dewi", "Soerjadi"), ct=HTML)

add("nl-12-hoofdletters", "KEES VAN DIJK <keesvandijk1954@oudmail.example>", "STOP MET BELLEN",
    """IK WIL NIET MEER GEBELD WORDEN DOOR UW BEDRIJF OVER ABONNEMENTEN. DIT IS DE LAATSTE KEER DAT IK HET VRAAG.
K. VAN DIJK
""",
    R(["Opposition"], "keesvandijk1954@oudmail.example", "Kees", "van Dijk"))

add("nl-13-vlaams-typos", "pieterjan.desmet@telemail.example", "gegevens wissen",
    """dag, ik wil dat ge al mijn gegevens wist ik heb een keer iets besteld bij jullie apotheek en sindsdien krijg ik elke dag mails, ook daarmee stoppen aub
pieter-jan de smet
""",
    R(["Erasure", "Opposition"], "pieterjan.desmet@telemail.example", "Pieter-Jan", "De Smet"))

add("nl-14-latin1-inzage", "Zoe Verbruggen <zoe.verbruggen@oudmail.example>", "Welke gegevens hebben jullie?",
    """Goedendag,

Ik ben Zoë Verbruggen en gebruik sinds vorig jaar jullie app in combinatie met de loopband in de sportschool. Ik wil graag weten welke gegevens jullie over mij hebben en een kopie daarvan ontvangen, inclusief de gegevens die de sportschool aan jullie doorgeeft.

Hartelijk dank,
Zoë
""",
    R(["Access"], "zoe.verbruggen@oudmail.example", "Zoë", "Verbruggen"),
    ct=LATIN1, encode="latin-1")

add("nl-15-doorgestuurd-klantenservice", "Lotte Vermeulen <lotte.vermeulen@acme-corp.example>", "FW: verwijderen gegevens",
    """Hoi privacyteam,

Deze kwam binnen bij de klantenservice. Meneer wil dat zijn gegevens verwijderd worden, kunnen jullie dit oppakken?

Groet, Lotte
Klantenservice NL

---------- Doorgestuurd bericht ---------
Van: Hüseyin Aksoy <h.aksoy@snelmail.example>
Datum: zo 15 nov 2026 19:40
Onderwerp: verwijderen gegevens
Aan: klantenservice@acme-corp.example

Goedenavond, ik heb mijn account opgezegd. Verwijder alstublieft al mijn persoonsgegevens, inclusief mijn recepten en betaalgegevens. Hüseyin Aksoy
""",
    R(["Erasure"], "h.aksoy@snelmail.example", "Hüseyin", "Aksoy"))

add("nl-16-retour-vraag", "Chayenne Koster <chayenne.koster@mijnpost.example>", "retour",
    """hoi, ik heb per ongeluk 2x dezelfde hartslagband besteld, hoe kan ik er eentje terugsturen? bestelnummer 77310245
groetjes chayenne
""",
    R(["Unknown"], "chayenne.koster@mijnpost.example", "Chayenne", "Koster"))

add("nl-17-lang-verhaal", "Annelies Verbeke-Claes <annelies.verbeke@telemail.example>", "Klacht en verzoek",
    """Beste,

Ik wil eerst mijn frustratie kwijt. In oktober heb ik via uw website mijn vaste medicatie besteld. Het pakket werd bij de buren afgeleverd, die het hebben geopend (het etiket met mijn naam en medicijn zat er gewoon op). Daarna kreeg ik een factuur voor een "premium coaching"-abonnement dat ik nooit heb afgesloten. Toen ik belde kreeg ik drie keer een ander verhaal te horen.

Ook valt me op dat ik sinds de bestelling in de app advertenties krijg voor producten die precies met mijn aandoening te maken hebben. Dat vind ik eng.

Ik wil daarom een volledig overzicht van alle gegevens die u over mij hebt, zowel bij de apotheek als in de app, en met wie u die gedeeld hebt.

Daarnaast wil ik dat het abonnement wordt stopgezet en terugbetaald.

Annelies Verbeke-Claes
""",
    R(["Access"], "annelies.verbeke@telemail.example", "Annelies", "Verbeke-Claes"))

add("nl-18-gezinsadres-replyto", "Familie Hoekstra <fam.hoekstra@thuismail.example>", "App-account van mij verwijderen",
    """Hallo,

Ik ben Jelmer Hoekstra. Ik heb de app ooit geïnstalleerd via het gezinsadres, maar wil nu dat mijn account en mijn gegevens worden verwijderd. Antwoord graag op mijn eigen adres.

Jelmer
""",
    R(["Erasure"], "jelmer.hoekstra@eigenmail.example", "Jelmer", "Hoekstra"),
    headers=["Reply-To: Jelmer Hoekstra <jelmer.hoekstra@eigenmail.example>"])

# ---------------------------------------------------------------- taken
add("nl-19-taak-verwerkersovereenkomst", "Thijs Mulder <thijs.mulder@acme-corp.example>", "Verwerkersovereenkomst nieuwe klantenservicetool",
    """Hoi,

We willen per januari overstappen op HelpDeskly voor de klantenservice (chat en e-mail, dus ook vragen over medicatie). Kunnen jullie de verwerkersovereenkomst en de lijst met subverwerkers beoordelen? Zij hosten deels in de VS.

Thijs Mulder
Teamlead Klantenservice
""",
    TASK("thijs.mulder@acme-corp.example", "Thijs", "Mulder"))

add("nl-20-taak-dpia-huisartsportaal", "Femke Zwart <femke.zwart@acme-corp.example>", "DPIA koppeling huisartsenportaal",
    """Beste privacy officer,

We gaan een koppeling bouwen met een huisartsenportaal zodat herhaalrecepten automatisch binnenkomen. Moeten we hiervoor een DPIA doen? En kan het verwerkingsregister dan meteen worden bijgewerkt? Graag een afspraak volgende week.

Femke Zwart
Product Owner Apotheek
""",
    TASK("femke.zwart@acme-corp.example", "Femke", "Zwart"))

add("nl-21-taak-privacyverklaring", "Stijn Hermans <stijn.hermans@acme-corp.example>", "Privacyverklaring aanpassen voor app 5.0",
    """Hallo,

In versie 5.0 van de app komt de functie "cyclus tracken" erbij. Legal zegt dat de privacyverklaring daarvoor moet worden aangepast. Kunnen jullie een tekstvoorstel maken? Release staat gepland op 14 december.

Stijn Hermans
Mobile Team
""",
    TASK("stijn.hermans@acme-corp.example", "Stijn", "Hermans"))

# ---------------------------------------------------------------- incidenten
add("nl-22-incident-usb-kwijt", "Yvonne Bakker <yvonne.bakker@acme-corp.example>", "USB-stick verloren",
    """Hoi,

Ik ben vanmiddag een USB-stick kwijtgeraakt, waarschijnlijk in de trein tussen Utrecht en Eindhoven. Daar stond een export op van de klachtenregistratie van oktober (ongeveer 150 klanten, met naam, bestelnummer en een korte omschrijving van de klacht, soms over medicatie). De stick was niet versleuteld.

Sorry. Wat moet ik nu doen?

Yvonne Bakker
Kwaliteit & Klachten
""",
    INC("yvonne.bakker@acme-corp.example", "Yvonne", "Bakker"))

add("nl-23-incident-andermans-mail", "Rutger Scholten <rutger.scholten@postvak.example>", "Mail ontvangen met gegevens van een ander",
    """Goedemorgen,

Ik kreeg vanochtend een e-mail van uw apotheek met als onderwerp "Uw medicatieoverzicht". In de bijlage staat het medicatieoverzicht van een mevrouw uit Deventer, met haar naam, geboortedatum en al haar medicijnen. Ik ken deze persoon niet.

Ik heb de mail niet doorgestuurd. Laat u maar weten of ik hem moet verwijderen.

Rutger Scholten
""",
    INC("rutger.scholten@postvak.example", "Rutger", "Scholten"))

add("nl-24-incident-cc-bcc", "Noor Jansen-Meijer <noor.jansen-meijer@acme-corp.example>", "Mailing verstuurd met alle adressen in CC",
    """Hallo privacyteam,

Ik heb net de uitnodiging voor de diabetes-webinar verstuurd naar 412 deelnemers, maar per ongeluk met alle adressen in CC in plaats van BCC. Iedereen kan dus zien wie er (vermoedelijk) diabetes heeft. Er hebben al twee mensen op "allen beantwoorden" geklikt.

Wat doen we nu?

Noor Jansen-Meijer
Community & Events
""",
    INC("noor.jansen-meijer@acme-corp.example", "Noor", "Jansen-Meijer"))

# ---------------------------------------------------------------- vervolg
add("nl-25-vervolg-dsr", "Erik Lindeboom <erik.lindeboom@kpnmail.example>", "Re: [DSR-40233] Ontvangstbevestiging van uw verzoek",
    """Beste,

Bedankt voor de bevestiging. Ik wil nog toevoegen dat ik ook de gegevens wil die via mijn oude account (erik.l@oudmail.example) zijn vastgelegd.

Erik Lindeboom

> Wij hebben uw verzoek ontvangen onder referentie DSR-40233.
""",
    FU("40233", "erik.lindeboom@kpnmail.example", "Erik", "Lindeboom"))

add("nl-26-vervolg-irt-geblokkeerd", "Nadia El Amrani <nadia.elamrani@snelmail.example>", "Re: Account automatisch geblokkeerd",
    """Hallo, ik heb nog steeds geen reactie en mijn insuline is bijna op. Kan iemand mij vandaag bellen? 06-19 44 02 87.
Nadia
""",
    FU(ref("nl-07-account-geblokkeerd-auto"), "nadia.elamrani@snelmail.example", "Nadia", "El Amrani"),
    headers=irt("nl-07-account-geblokkeerd-auto"))

# ---------------------------------------------------------------- negeren
add("nl-27-phishing-mailbox", "IT Helpdesk <helpdesk@mailbox-beheer.example>", "Uw mailbox wordt binnen 24 uur verwijderd",
    """Beste gebruiker,

Uw mailbox privacy@acme-corp.example heeft de opslaglimiet bereikt. Alle gegevens worden binnen 24 uur verwijderd, tenzij u uw account bevestigt via onderstaande link:

http://mailbox-beheer.example/bevestig

IT Helpdesk
""",
    IGN("spam", "helpdesk@mailbox-beheer.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="mailbox-beheer.example")])

add("nl-28-spam-crypto", "Investeer Slim <winst@cryptokans.example>", "Verdien 4.000 euro per week vanuit huis",
    """Hallo!

Bekende Nederlanders verdienen al duizenden euro's met ons nieuwe crypto-platform. Meld je vandaag aan en ontvang 250 euro bonus.

Wil je geen berichten meer? Klik hier om je gegevens te laten verwijderen.
""",
    IGN("spam", "winst@cryptokans.example"), headers=SPAM_HDR)

add("nl-29-afwezig", "Marloes Wijnberg <marloes.wijnberg@zorgpartner.example>", "Automatisch antwoord: Vraag over verwerkersovereenkomst",
    """Dank voor uw bericht. Ik ben afwezig tot en met 27 november en lees mijn mail niet. Bij dringende zaken kunt u contact opnemen met servicedesk@zorgpartner.example.

Met vriendelijke groet,
Marloes Wijnberg
""",
    IGN("auto_reply", "marloes.wijnberg@zorgpartner.example"),
    headers=["Auto-Submitted: auto-replied"])

add("nl-30-nieuwsbrief", "Privacy Nieuws NL <nieuws@privacynieuws.example>", "Nieuwsbrief november: AP boetes en gezondheidsapps",
    html("<h2>Privacy Nieuws - november</h2>",
         "Deze maand: de toezichthouder en gezondheidsapps, nieuwe richtsnoeren voor wearables, en een checklist voor verwerkersovereenkomsten.",
         "<a href='https://privacynieuws.example/afmelden'>Afmelden</a>"),
    IGN("bulk", "nieuws@privacynieuws.example"), ct=HTML,
    headers=["List-Id: Privacy Nieuws <nieuwsbrief.privacynieuws.example>",
             "List-Unsubscribe: <https://privacynieuws.example/afmelden>",
             "Precedence: bulk"])
