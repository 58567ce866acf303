from common import *  # part nl: written blind

add("nl-01-overzicht-gegevens",
    "Maarten de Vries <maarten.devries@postvak.example>",
    "Overzicht van mijn gegevens",
    """Goedemiddag,

Ik ben benieuwd wat jullie allemaal van mij bijhouden via de app en bij de afdeling
kijk- en luistergeld. Kunnen jullie mij een volledig overzicht sturen van alle
persoonsgegevens die over mij zijn vastgelegd?

Met vriendelijke groet,
Maarten de Vries
""",
    R(["Access"], "maarten.devries@postvak.example", "Maarten", "de Vries"))

add("nl-02-weg-ermee",
    "sanne_2001@snelmail.example",
    "account",
    """hoi kunnen jullie mijn account verwijderen ik gebruik het nooit meer
groetjes Sanne
""",
    R(["Erasure"], "sanne_2001@snelmail.example", "Sanne", None))

add("nl-03-meisjesnaam-terug",
    "Ingrid van der Meulen <ingrid.vdmeulen@thuis.example>",
    "Naamswijziging na scheiding",
    """Beste medewerker,

Na mijn scheiding gebruik ik weer mijn eigen achternaam. In jullie systeem sta ik nog
als "Ingrid Bakker-van der Meulen". Willen jullie dat aanpassen naar Ingrid van der Meulen,
zowel in de app als bij het kijkgeld?

Alvast dank,
Ingrid van der Meulen
""",
    R(["Rectification"], "ingrid.vdmeulen@thuis.example", "Ingrid", "van der Meulen"))

add("nl-04-niet-meer-bellen",
    "Henk Jansen <h.jansen@kpn-achtig.example>",
    "NIET MEER BELLEN",
    """IK WORD ELKE WEEK GEBELD OVER EEN "VRIENDEN VAN DE RADIO" LIDMAATSCHAP. IK WIL DAT
NIET. HAAL MIJN NUMMER UIT UW BELLIJST.

H. JANSEN
""",
    R(["Opposition"], "h.jansen@kpn-achtig.example", "Henk", "Jansen"))

add("nl-05-geen-aanbevelingen",
    "Fatima El Amrani <f.elamrani@mailbox.example>",
    "Aanbevelingen uitzetten",
    """Hallo,

Ik wil mijn account gewoon houden, maar ik heb er bezwaar tegen dat jullie op basis van
wat ik kijk een profiel van mij opbouwen voor de "Speciaal voor jou"-rij. Willen jullie
die profilering voor mij stopzetten?

Groet,
Fatima El Amrani
""",
    R(["Opposition"], "f.elamrani@mailbox.example", "Fatima", "El Amrani"))

add("nl-06-kijkgeschiedenis-meenemen",
    "Joost Verhoeven <joost.verhoeven@webpost.example>",
    "Kijkgeschiedenis meenemen naar andere dienst",
    """Hoi,

Is het mogelijk om mijn kijklijst en kijkgeschiedenis te krijgen als bestand dat ik kan
inlezen bij een andere streamingdienst (JSON of CSV)? Het liefst rechtstreeks
doorgestuurd naar die dienst als dat kan.

Bedankt!
Joost
""",
    R(["Portability"], "joost.verhoeven@webpost.example", "Joost", "Verhoeven"))

add("nl-07-trackers-in-app",
    "Lotte Brouwer <lotte.brouwer@privacyfan.example>",
    "Welke partijen krijgen data uit de app?",
    """Goedendag,

Met een netwerkmonitor zie ik dat jullie app verbinding maakt met servers van meerdere
advertentie- en analysebedrijven. Kunnen jullie uitleggen welke gegevens daarheen gaan,
met welk doel, en of die buiten de EU worden opgeslagen? Ik vraag (nog) geen kopie, ik
wil eerst snappen wat er gebeurt.

Lotte Brouwer
""",
    R(["Information"], "lotte.brouwer@privacyfan.example", "Lotte", "Brouwer"))

add("nl-08-kwijtschelding-afgewezen",
    "Ahmet Yilmaz <ahmet.yilmaz@thuismail.example>",
    "Bezwaar tegen automatische afwijzing kwijtschelding",
    """Geachte heer/mevrouw,

Mijn aanvraag voor kwijtschelding van het kijk- en luistergeld is binnen een minuut
afgewezen. In de brief staat dat de beoordeling "geautomatiseerd op basis van
inkomensgegevens" is gedaan. Mijn inkomen is dit jaar echter sterk gedaald, wat nog niet
in die gegevens staat.

Ik verzoek u dan ook om mijn aanvraag door een medewerker opnieuw te laten beoordelen,
en ik wil graag mijn standpunt toelichten.

Hoogachtend,
Ahmet Yilmaz
""",
    R(["AutomatedDecision"], "ahmet.yilmaz@thuismail.example", "Ahmet", "Yilmaz"))

add("nl-09-beperking-art18",
    "mr. drs. Pieter-Jan Kuipers <pj.kuipers@juridisch.example>",
    "Verzoek tot beperking van de verwerking (art. 18 AVG)",
    """Geachte functionaris gegevensbescherming,

Ik betwist de juistheid van de gegevens in mijn dossier bij uw incassoafdeling (volgens
u zou ik sinds 2023 een achterstand hebben; dat is onjuist). Op grond van artikel 18 lid 1
sub a AVG verzoek ik u de verwerking van mijn persoonsgegevens te beperken gedurende de
periode waarin u de juistheid controleert.

Met vriendelijke groet,

mr. drs. P.J. Kuipers
""",
    R(["Restriction"], "pj.kuipers@juridisch.example", "Pieter-Jan", "Kuipers"))

add("nl-10-dochter-in-promo",
    "Marieke Hoekstra <marieke.hoekstra@gezin.example>",
    "Foto's van mijn dochter op jullie website",
    """Hallo,

Mijn dochter Fenna Hoekstra (9) zat vorige maand in het publiek bij de opname van het
kinderprogramma. Nu staat ze prominent in de promofilmpjes op jullie site en op sociale
media, met haar voornaam in beeld. Wij hebben daar geen toestemming voor gegeven.

Ik wil als ouder dat die beelden van haar verwijderd worden.

Marieke Hoekstra
""",
    R(["Erasure"], "marieke.hoekstra@gezin.example", "Fenna", "Hoekstra",
      representative="Marieke Hoekstra"))

add("nl-11-vlaams-dossier",
    "Wim Peeters <wim.peeters@telenet-achtig.example>",
    "Vraag ivm mijn gegevens",
    """Dag,

Zoudt ge mij eens kunnen bezorgen wat er allemaal in mijn dossier zit? Ik heb vroeger
ook meegedaan aan een paar van jullie wedstrijden op de radio; die gegevens moogt ge
daarna wissen, die hoeven niet meer bewaard te worden.

Alvast bedankt en nog een fijne dag,
Wim Peeters
Gent
""",
    R(["Access", "Erasure"], "wim.peeters@telenet-achtig.example", "Wim", "Peeters"))

add("nl-12-html-bewaartermijn",
    "Eva Smit <eva.smit@inbox.example>",
    "Bewaartermijn opnames",
    html("Beste privacyteam,",
         "Ik heb vorige week ingebeld bij het ochtendprogramma. Hoe lang worden de opnames van "
         "bellers bewaard, en worden die ook gebruikt voor andere dingen, zoals trainingen of "
         "AI?",
         "Vriendelijke groet,<br>Eva Smit"),
    R(["Information"], "eva.smit@inbox.example", "Eva", "Smit"),
    ct=HTML)

add("nl-13-nummer-in-beeld",
    "Gerrit Mulder <gerrit.mulder@dorpsmail.example>",
    "Klacht: mijn telefoonnummer was te zien in de livestream",
    """Goedemiddag,

Ik ben al jaren trouwe luisteraar en bel af en toe in bij het middagprogramma. Vorige
donderdag mocht ik weer iets zeggen over de boerenprotesten. Wat ik niet wist: jullie
hebben tegenwoordig een videostream van de studio. Op het scherm achter de presentator
stond de lijst met wachtende bellers, met mijn volledige naam en mijn mobiele nummer
erbij. Dat was minutenlang te zien.

Sindsdien word ik gebeld door mensen die het niet met me eens zijn, een paar keer 's
nachts. Mijn vrouw durft de telefoon niet meer op te nemen.

Ik verwacht dat jullie dat fragment uit de terugkijkversie halen en mijn nummer uit jullie
bellersbestand verwijderen. Verder wil ik weten wat jullie gaan doen zodat dit niet
nog eens gebeurt.

Gerrit Mulder
""",
    R(["Erasure"], "gerrit.mulder@dorpsmail.example", "Gerrit", "Mulder"))

add("nl-14-chromecast",
    "Ruud Bos <ruud.bos@snelmail.example>",
    "app doet het niet",
    """de app wil niet casten naar mijn chromecast sinds de update, wat moet ik doen
Ruud
""",
    R(["Unknown"], "ruud.bos@snelmail.example", "Ruud", "Bos"))

add("nl-15-overleden-moeder",
    "Erik Visser <erik.visser@familiepost.example>",
    "Gegevens van mijn overleden moeder",
    """Geachte heer, mevrouw,

Mijn moeder, Johanna Visser-de Graaf, is op 2 oktober overleden. Als enig erfgenaam wil
ik graag weten welke gegevens jullie nog van haar hebben (ze had een account en nam
deel aan het luisterpanel) en daarna wil ik dat alles verwijderd wordt.

Een akte van overlijden kan ik toesturen.

Met vriendelijke groet,
Erik Visser
""",
    R(["Access", "Erasure"], "erik.visser@familiepost.example", "Johanna", "Visser-de Graaf",
      representative="Erik Visser"))

add("nl-16-adres-latin1",
    "Geertruida Römer <g.romer@oudmail.example>",
    "Adreswijziging",
    """Geachte heer/mevrouw,

Ik woon sinds 1 oktober op een ander adres. Wilt u mijn gegevens wijzigen in:
Kerkstraat 5, 5211 KH 's-Hertogenbosch. Mijn oude adres in Eindhoven is niet meer
geldig, ik ontvang daar geen post meer. Ook mijn telefoonnummer is één cijfer fout in uw
systeem: het moet 06-41234567 zijn.

Met vriendelijke groeten,
Geertruida Römer
""",
    R(["Rectification"], "g.romer@oudmail.example", "Geertruida", "Römer"),
    ct=LATIN1, encode="latin-1-qp")

add("nl-17-toestemming-intrekken",
    "Daan Koster <daan.koster@studentmail.example>",
    "quiz nieuwsbrief",
    """Ik trek mijn toestemming in voor de quiz-nieuwsbrief en de mails met gepersonaliseerde
tips. Mijn oude quizscores en antwoorden mogen ook weg. Daan Koster

Verzonden vanaf mijn Galaxy
""",
    R(["Opposition", "Erasure"], "daan.koster@studentmail.example", "Daan", "Koster"))

add("nl-18-doorgestuurd-klant",
    "Sophie Willems <sophie.willems@acme-corp.example>",
    "Fwd: Inzage",
    """Hoi privacy, deze kwam binnen bij de klantenservice. Willen jullie hem oppakken en
de klant rechtstreeks antwoorden?

Groet, Sophie (Klantenservice)

-------- Doorgestuurd bericht --------
Van: Kees Timmermans <kees.timmermans@postvak.example>
Datum: vr 13 nov. 2026 16:40
Aan: klantenservice@acme-corp.example
Onderwerp: Inzage

Goedendag, ik wil weten welke informatie u allemaal over mij heeft opgeslagen, inclusief
de gesprekken die ik met de klantenservice heb gevoerd. Graag een kopie.

Kees Timmermans
""",
    R(["Access"], "kees.timmermans@postvak.example", "Kees", "Timmermans"))

add("nl-19-export-en-deleten",
    "Bram Dijkstra <bram@dijkstra-consultancy.example>",
    "data export + account deleten",
    """Hi team,

Korte vraag: kunnen jullie al mijn data exporten in een machine-readable format (CSV is
prima) zodat ik het in mijn eigen tooling kan droppen? En als dat gedaan is mag het
account gedelete worden, ik ga het niet meer gebruiken.

Thanks!
Bram Dijkstra
Dijkstra Consultancy | +31 6 1234 5678
""",
    R(["Portability", "Erasure"], "bram@dijkstra-consultancy.example", "Bram", "Dijkstra"))

add("nl-20-herinnering-dsr",
    "Annelies Bakker <annelies.bakker@webpost.example>",
    "Re: Ontvangstbevestiging [DSR-55120]",
    """Goedemorgen,

Ik heb op 5 oktober een verzoek ingediend en daarop deze bevestiging gekregen. Sindsdien
niets meer gehoord. Wanneer kan ik antwoord verwachten?

Annelies Bakker
""",
    FU("55120", "annelies.bakker@webpost.example", "Annelies", "Bakker"))

add("nl-21-aanvulling-kwijtschelding",
    "Ahmet Yilmaz <ahmet.yilmaz@thuismail.example>",
    "Re: Bezwaar tegen automatische afwijzing kwijtschelding",
    """Aanvulling op mijn mail van vanmorgen: in de bijlage vindt u mijn loonstroken van
augustus tot en met oktober.

Ahmet Yilmaz
""",
    FU(ref("nl-08-kwijtschelding-afgewezen"), "ahmet.yilmaz@thuismail.example", "Ahmet", "Yilmaz"),
    headers=irt("nl-08-kwijtschelding-afgewezen"))

add("nl-22-verwerkersovereenkomst",
    "Thijs van den Berg <thijs.vandenberg@acme-corp.example>",
    "Verwerkersovereenkomst onderzoeksbureau",
    """Hoi,

We gaan met een nieuw onderzoeksbureau werken voor het kijkersonderzoek. Zij krijgen
e-mailadressen en kijkgedrag van ca. 5.000 panelleden. Hun conceptverwerkersovereenkomst
staat in de map Inkoop. Kunnen jullie die beoordelen voor 1 december?

Thijs van den Berg
Marktonderzoek
""",
    TASK("thijs.vandenberg@acme-corp.example", "Thijs", "van den Berg"))

add("nl-23-register-crm",
    "Anouk Hendriks <anouk.hendriks@acme-corp.example>",
    "Nieuw CRM kijkgeld - register bijwerken",
    """Hallo privacyteam,

Per 1 januari stappen we bij de kijkgeldadministratie over op een nieuw CRM-systeem.
Het verwerkingsregister moet daarop aangepast worden (nieuwe leverancier, andere
bewaartermijnen). Kunnen jullie dat oppakken? Ik lever graag de gegevens aan.

Anouk Hendriks
Teamleider Administratie
""",
    TASK("anouk.hendriks@acme-corp.example", "Anouk", "Hendriks"))

add("nl-24-privacytekst-podcastapp",
    "Jeroen Claes <jeroen.claes@acme-corp.example>",
    "Privacytekst voor nieuwe podcastapp",
    """Dag collega's,

Onze nieuwe podcastapp gaat in februari live. We hebben een privacyverklaring en een
tekst voor het toestemmingsscherm nodig. Kunnen jullie die aanleveren of met ons
meekijken?

Jeroen Claes
Product Owner Audio
""",
    TASK("jeroen.claes@acme-corp.example", "Jeroen", "Claes"))

add("nl-25-usb-kwijt",
    "Niels Vermeulen <niels.vermeulen@acme-corp.example>",
    "USB-stick kwijt",
    """Hoi, ik ben gisteren na de buitenuitzending in Zwolle een USB-stick kwijtgeraakt. Er
stond een export op van de deelnemers aan de luisteraarsactie (namen, adressen,
telefoonnummers, ongeveer 300 mensen). Niet versleuteld. Wat moet ik doen?
Niels
""",
    INC("niels.vermeulen@acme-corp.example", "Niels", "Vermeulen"))

add("nl-26-mail-van-iemand-anders",
    "Karin de Jong <karin.dejong@thuismail.example>",
    "Ik ontving een brief over iemand anders zijn achterstand",
    """Goedendag,

Ik kreeg vandaag van jullie een e-mail over een betalingsachterstand van kijkgeld. Maar
die gaat niet over mij: er staan de naam, het adres en het klantnummer in van een
meneer in Apeldoorn die ik niet ken. Blijkbaar zit er een fout in jullie adressenbestand.

Karin de Jong
""",
    INC("karin.dejong@thuismail.example", "Karin", "de Jong"))

add("nl-27-cc-in-plaats-van-bcc",
    "Lisa Meijer <lisa.meijer@acme-corp.example>",
    "Fout: mailing met alle adressen in CC",
    """Hallo,

Ik heb net de uitnodiging voor de publieksopname verstuurd naar 240 luisteraars, maar
alle adressen stonden in het CC-veld in plaats van BCC. Iedereen kan dus elkaars
e-mailadres zien. Er zijn al een paar "allen beantwoorden"-reacties binnen.

Lisa Meijer
Evenementen
""",
    INC("lisa.meijer@acme-corp.example", "Lisa", "Meijer"))

add("nl-28-erfenis-oplichting",
    "Barrister James Okoro <j.okoro.chambers@freemail.example>",
    "Vertrouwelijk: erfenis van uw overleden familielid",
    """Beste vriend,

Ik ben advocaat van wijlen dhr. Peter Visser, die een bedrag van 8.500.000 euro heeft
nagelaten zonder erfgenaam. Omdat u dezelfde achternaam heeft, kunnen wij dit bedrag aan
u overmaken. Stuur mij uw volledige naam, adres en bankgegevens voor de afhandeling.

Met vriendelijke groet,
Barrister James Okoro
""",
    IGN("spam", "j.okoro.chambers@freemail.example"),
    headers=SPAM_HDR)

add("nl-29-gegevens-gelekt-verwijderen",
    "DataWacht <info@datawacht-bescherming.example>",
    "Uw persoonsgegevens zijn gelekt – laat ze nu verwijderen",
    """Geachte klant,

Uw e-mailadres en wachtwoord zijn aangetroffen in een datalek. Bescherm uw privacy: voor
slechts 29,95 euro per jaar laten wij uw gegevens verwijderen bij meer dan 300 bedrijven.

Klik hier om uw gegevens te laten wissen.
""",
    IGN("spam", "info@datawacht-bescherming.example"))

add("nl-30-ticket-ontvangen",
    "Servicedesk Leverancier <servicedesk@hostingpartner.example>",
    "[Ticket #2026-44871] Uw melding is ontvangen",
    """Dit is een automatisch bericht. Uw melding is geregistreerd onder nummer 2026-44871.
Een van onze medewerkers neemt binnen 2 werkdagen contact met u op. Reageer niet op dit
bericht.
""",
    IGN("auto_reply", "servicedesk@hostingpartner.example"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-31-onbestelbaar",
    "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"),
    dsn=True)
