from common import *  # part nl: written blind

add("nl-01-wat-hebben-jullie", "Sanne de Vries <sanne.devries@ziggo.example>",
    "vraagje",
"""Hoi, wat hebben jullie eigenlijk allemaal van mij opgeslagen? Zou ik dat graag eens willen
zien. Groetjes Sanne de Vries""",
    R(["Access"], "sanne.devries@ziggo.example", "Sanne", "de Vries"))

add("nl-02-app-account-weg", "Joost van den Berg <joost.vandenberg@kpnmail.example>",
    "Account vitaliteitsapp opheffen",
"""Beste mensen,

Ik wil mijn zorgverzekering NIET opzeggen, voor de duidelijkheid. Wel wil ik dat mijn account in
de vitaliteitsapp wordt opgeheven en dat alle gegevens die ik daarin heb ingevoerd (gewicht,
bloeddruk, stappen) definitief verdwijnen.

Met vriendelijke groet,
Joost van den Berg
Relatienummer 301 447 889""",
    R(["Erasure"], "joost.vandenberg@kpnmail.example", "Joost", "van den Berg"))

add("nl-03-verhuisd", "Fatima El Amrani <f.elamrani@planet.example>",
    "nieuw adres en telefoonnummer",
"""Goedemiddag,

Ik ben per 1 oktober verhuisd. Mijn nieuwe adres is Kastanjelaan 18, 3523 GK Utrecht. Ook mijn
telefoonnummer klopt niet meer in jullie systeem, het is nu 06-41 22 87 09. Willen jullie dat
aanpassen? De tandarts belt steeds naar het oude nummer.

Fatima El Amrani""",
    R(["Rectification"], "f.elamrani@planet.example", "Fatima", "El Amrani"))

add("nl-04-geen-reclame", "Pieter-Jan Bakker <pj.bakker@xs4all.example>",
    "GEEN RECLAME MEER",
"""IK WIL GEEN FOLDERS, MAILS OF BELLETJES MEER OVER AANVULLENDE TANDARTSVERZEKERINGEN. HAAL MIJ
VAN AL JULLIE LIJSTEN AF.

P.J. BAKKER""",
    R(["Opposition"], "pj.bakker@xs4all.example", "Pieter-Jan", "Bakker"))

add("nl-05-declaratie-computer", "Henk Hoekstra <henk.hoekstra@home.example>",
    "Afwijzing declaratie fysiotherapie",
"""Geachte heer/mevrouw,

Mijn declaratie voor 9 behandelingen fysiotherapie is binnen een paar minuten afgewezen met de
melding "automatische controle: niet conform polisvoorwaarden". Aan de telefoon kon niemand mij
uitleggen waarom. Ik wil dat een medewerker mijn declaratie persoonlijk opnieuw beoordeelt in
plaats van jullie systeem, en ik wil mijn kant van het verhaal kunnen toelichten.

Met vriendelijke groet,
H. Hoekstra""",
    R(["AutomatedDecision"], "henk.hoekstra@home.example", "Henk", "Hoekstra"))

add("nl-06-overstappen-tandartsdossier", "Ingrid Verhoeven-Smit <ingrid.verhoeven@casema.example>",
    "Overstap: tandartsdossier meenemen",
"""Hallo,

Ik stap over naar een tandarts dichter bij huis. Kunnen jullie mijn volledige dossier van de
praktijk in Eindhoven (röntgenfoto's, behandelplan) digitaal aanleveren zodat mijn nieuwe
praktijk het in hun systeem kan inlezen? Daarna hoeven jullie niets meer van mij te bewaren,
dus verwijder het dan maar.

Groet,
Ingrid Verhoeven-Smit""",
    R(["Portability", "Erasure"], "ingrid.verhoeven@casema.example", "Ingrid", "Verhoeven-Smit"))

add("nl-07-vader-voor-dochter", "Mark Jansen <mark.jansen@jansenfamilie.example>",
    "Dossier van mijn dochter bij de tandarts",
"""Beste,

Mijn dochter Lotte (14 jaar) is bij jullie tandartspraktijk in Amersfoort onder behandeling voor
een beugel. Als ouder wil ik graag weten wat er over haar is vastgelegd: de behandelnotities en
de foto's. Ze is meeverzekerd op mijn polis.

Met vriendelijke groet,
Mark Jansen""",
    R(["Access"], "mark.jansen@jansenfamilie.example", "Lotte", "Jansen", representative="Mark Jansen"))

add("nl-08-bewindvoerder", "Els Timmermans <e.timmermans@bewind-timmermans.example>",
    "Cliënt D. Zwart - wijziging gegevens",
"""Geachte heer/mevrouw,

Als beschermingsbewindvoerder van de heer Dirk Zwart (geboren 04-02-1958, beschikking
rechtbank Gelderland bijgevoegd) verzoek ik u het correspondentieadres te wijzigen naar mijn
kantooradres, Postbus 210, 6800 AE Arnhem. Ook staat zijn achternaam in uw brieven als "Swart";
dat moet "Zwart" zijn.

Met vriendelijke groet,
mr. Els Timmermans
Timmermans Bewindvoering
026 - 300 44 10""",
    R(["Rectification"], "e.timmermans@bewind-timmermans.example", "Dirk", "Zwart", representative="Els Timmermans"))

add("nl-09-even-niet-gebruiken", "Ruud van 't Hof <ruud.vanthof@hetnet.example>",
    "gezondheidsverklaring - niet gebruiken aub",
"""Hallo,

In mijn gezondheidsverklaring voor de aanvullende verzekering staat een rugoperatie die ik
nooit heb gehad. Ik heb dat doorgegeven aan de klantenservice. Zolang dat niet is uitgezocht wil
ik dat jullie die verklaring op slot zetten en er niets mee doen: geen premieberekening, geen
beoordeling van declaraties.

Ruud van 't Hof""",
    R(["Restriction"], "ruud.vanthof@hetnet.example", "Ruud", "van 't Hof"))

add("nl-10-amerikaanse-servers", "Annemieke Vos <annemieke.vos@chello.example>",
    "Waar staan mijn gegevens?",
"""Goedendag,

Ik las dat veel apps op Amerikaanse servers draaien. Gaan mijn gezondheidsgegevens uit de app en
mijn declaraties ook naar de VS of ergens anders buiten Europa? En met welke bedrijven delen
jullie ze? Ik wil niets laten verwijderen, ik wil het alleen weten.

Annemieke Vos""",
    R(["Information"], "annemieke.vos@chello.example", "Annemieke", "Vos"))

add("nl-11-doorgestuurd-afmelden-wissen", "Bram Kuipers <bram.kuipers@acme-corp.example>",
    "FW: afmelden",
"""Hoi privacyteam,

Onderstaande mail kwam binnen bij klantcontact. Kunnen jullie dit oppakken?

Bram Kuipers
Klantcontact Zwolle

-----Oorspronkelijk bericht-----
Van: Yvonne Schouten <y.schouten@ziggo.example>
Verzonden: donderdag 12 november 2026 20:14
Aan: klantcontact@acme-corp.example
Onderwerp: afmelden

Ik ben sinds januari geen klant meer. Toch krijg ik nog steeds jullie nieuwsbrief en
aanbiedingen. Meld me overal af en gooi mijn gegevens weg.

Yvonne Schouten""",
    R(["Opposition", "Erasure"], "y.schouten@ziggo.example", "Yvonne", "Schouten"))

add("nl-12-vragenlijst-inzien-corrigeren", "Tjitske Bosma <tjitske.bosma@friesmail.example>",
    "Medische vragenlijst",
    html("Goedemorgen,",
         "Ik wil graag inzien wat er precies is vastgelegd uit mijn medische vragenlijst van vorig jaar.",
         "Volgens mij zijn mijn lengte en gewicht verkeerd overgenomen (ik ben 1,78 m en 71 kg, niet 1,68 m "
         "en 91 kg). Dat moet dan ook gecorrigeerd worden.",
         "Met vriendelijke groet,<br>Tjitske Bosma"),
    R(["Access", "Rectification"], "tjitske.bosma@friesmail.example", "Tjitske", "Bosma"), ct=HTML)

add("nl-13-twee-facturen", "Gerrit Mulder <gerrit.mulder@kpnplanet.example>",
    "factuur",
"""Waarom krijg ik twee keer een factuur van de tandarts voor dezelfde controle van 3 november?
Graag uitleg.

Gerrit Mulder

Verzonden vanaf mijn Samsung Galaxy-smartphone""",
    R(["Unknown"], "gerrit.mulder@kpnplanet.example", "Gerrit", "Mulder"))

add("nl-14-pushberichten-gewicht", "Marloes Dijkstra <marloes.dijkstra@online.example>",
    "Klacht over de app",
"""Beste mensen,

Ik wil jullie iets vertellen over hoe jullie app op mij overkomt. Ik ben sinds dit voorjaar
herstellende van een eetstoornis en mijn behandelaar raadde aan om rustig te bewegen en dat bij
te houden. Daarvoor gebruik ik jullie app, en de stappenteller werkt prima.

Maar sinds een paar weken krijg ik pushberichten als "Je gewicht is deze maand gestegen, tijd
voor een uitdaging?" en "Mensen zoals jij verliezen 2 kilo met ons 30-dagenplan". Ik heb mijn
gewicht één keer ingevuld bij het aanmaken van mijn account. Blijkbaar wordt dat gebruikt om mij
in te delen in een of ander profiel. Dat vind ik echt schadelijk.

Ik wil mijn account niet verwijderen, want de stappenteller helpt me. Maar ik wil wel dat jullie
ophouden met het analyseren van mijn gegevens voor die zogenaamde persoonlijke tips en
coachingsberichten.

Groet,
Marloes Dijkstra""",
    R(["Opposition"], "marloes.dijkstra@online.example", "Marloes", "Dijkstra"))

add("nl-15-verwijder-aub", "kees1962@hetnet.example",
    "gegevens",
"""kunnen jullie mijn gegevns verwijderen ik ben al 2 jaar geen klant meer bij jullie
kees""",
    R(["Erasure"], "kees1962@hetnet.example", "Kees", None))

add("nl-16-bijlage-declaraties-excel", "Lieve Janssens <lieve.janssens@acme-corp.example>",
    "Doorgestuurd: mijn declaraties", "",
    R(["Portability"], "koen.peeters@telenet.example", "Koen", "Peeters"),
    note="Dag collega's, in bijlage een vraag van een Vlaamse klant die bij ons binnenkwam. Is voor jullie denk ik. Lieve",
    attached=("Koen Peeters <koen.peeters@telenet.example>", "mijn declaraties",
"""Dag,

Ik wissel volgend jaar van ziekenfonds. Kunnen jullie mij een overzicht van al mijn declaraties
en terugbetalingen sinds 2020 bezorgen in Excel of CSV, zodat ik dat bij mijn nieuwe fonds kan
opladen? Een pdf heb ik niets aan.

Met vriendelijke groeten,
Koen Peeters"""))

add("nl-17-vlaams-formeel-inzage", "Marie-Louise Vandenabeele <ml.vandenabeele@skynet.example>",
    "Verzoek tot inzage overeenkomstig artikel 15 AVG",
"""Geachte heer, mevrouw,

Overeenkomstig artikel 15 van de Algemene Verordening Gegevensbescherming verzoek ik u mij mee
te delen of u persoonsgegevens over mij verwerkt en, zo ja, mij daarvan een afschrift te
bezorgen, met inbegrip van de gegevens van de tandartspraktijk te Gent en de verslagen van uw
adviserend geneesheer.

Een kopie van mijn identiteitskaart gaat als bijlage.

Hoogachtend,
Marie-Louise Vandenabeele
Kortrijksesteenweg 402, 9000 Gent""",
    R(["Access"], "ml.vandenabeele@skynet.example", "Marie-Louise", "Vandenabeele"))

add("nl-18-werkgever-vitaliteit", "Siebe Zoutendijk <siebe.zoutendijk@wxs.example>",
    "Vitaliteitsprogramma werkgever",
"""Beste privacyteam,

Via mijn werkgever doe ik mee aan het vitaliteitsprogramma. Ik ontvang graag informatie over
welke gegevens precies aan mijn werkgever worden doorgegeven en of die individueel of
geanonimiseerd zijn. Ik maak hierbij ook bezwaar tegen het doorgeven van mijn persoonlijke
resultaten; ik wil gewoon meedoen zonder dat mijn werkgever meekijkt.

Met vriendelijke groet,
Siebe Zoutendijk
financiële administratie""",
    R(["Information", "Opposition"], "siebe.zoutendijk@wxs.example", "Siebe", "Zoutendijk"),
    ct=LATIN1, encode="latin-1")

add("nl-19-task-verwerkersovereenkomst", "Daan Smits <daan.smits@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe IT-leverancier",
"""Hoi,

We gaan het beheer van de tandartssoftware uitbesteden aan DentIT B.V. Willen jullie de
verwerkersovereenkomst die zij aanleveren nalopen voor we tekenen? Vooral de
subverwerkers en de beveiligingsbijlage.

Groet,
Daan Smits
IT Servicemanagement | Acme Corp Zorg
T 088 - 400 12 34

Dit bericht is uitsluitend bestemd voor de geadresseerde.""",
    TASK("daan.smits@acme-corp.example", "Daan", "Smits"))

add("nl-20-task-register-utrecht", "Esther Kramer-Oud <esther.kramer-oud@acme-corp.example>",
    "Verwerkingsregister bijwerken",
"""Beste privacy officer,

Per januari opent de nieuwe tandartspraktijk in Utrecht-Leidsche Rijn. Kunnen jullie die
opnemen in het verwerkingsregister (patiëntendossier, afsprakenplanning, camerabewaking bij de
ingang)? Ik lever de gegevens aan die jullie nodig hebben.

Esther Kramer-Oud
Praktijkmanager regio Midden""",
    TASK("esther.kramer-oud@acme-corp.example", "Esther", "Kramer-Oud"))

add("nl-21-task-vragenlijst-ziekenhuis", "Sven de Wit <sven.dewit@acme-corp.example>",
    "vragenlijst informatiebeveiliging ziekenhuis",
"""Hoi allemaal, het Maasziekenhuis wil dat we voor de samenwerking rond kaakchirurgie hun
leveranciersvragenlijst over privacy en informatiebeveiliging invullen (62 vragen). Deadline 1
december. Kunnen jullie de privacyvragen voor je rekening nemen? Ik zet hem op Teams.
Sven""",
    TASK("sven.dewit@acme-corp.example", "Sven", "de Wit"))

add("nl-22-inc-telefoon-trein", "Lars Brouwer <lars.brouwer@acme-corp.example>",
    "Werktelefoon kwijt",
"""Ik heb gisteravond mijn werktelefoon in de trein Amsterdam-Zwolle laten liggen. Er staat
zakelijke mail op en WhatsApp-gesprekken met een paar klanten over hun declaraties. Telefoon had
een pincode. De NS heeft hem niet gevonden. Wat moet ik doen?

Lars Brouwer
Accountmanager zakelijke markt""",
    INC("lars.brouwer@acme-corp.example", "Lars", "Brouwer"))

add("nl-23-inc-verkeerde-mail", "Wendy Kok <wendy.kok@kabelnet.example>",
    "Mail ontvangen die niet voor mij is",
"""Goedemiddag,

Ik kreeg vandaag een mail van jullie met een overzicht van declaraties van een meneer R. de Graaf
uit Almere, inclusief zijn BSN en de naam van zijn psycholoog. Ik ken die man niet. Ik heb de
mail niet doorgestuurd. Ik neem aan dat jullie hier iets mee moeten.

Wendy Kok""",
    INC("wendy.kok@kabelnet.example", "Wendy", "Kok"))

add("nl-24-inc-gedeelde-map", "Noor Bakker <noor.bakker@acme-corp.example>",
    "Gedeelde map met vragenlijsten openbaar?",
"""Hallo,

Ik ontdekte net dat de SharePoint-map "Acceptatie 2026" met ingevulde medische vragenlijsten
gedeeld was via een link voor "iedereen met de link". De link staat ook in een mail aan een
externe keuringsarts. Ik heb het delen uitgezet, maar weet niet hoe lang het open heeft
gestaan.

Noor Bakker
Medische acceptatie""",
    INC("noor.bakker@acme-corp.example", "Noor", "Bakker"))

add("nl-25-fu-onvolledig", "Femke Visser <femke.visser@zonnet.example>",
    "Re: [DSR-57720] Uw verzoek is ontvangen",
"""Hallo,

Ik heb het bestand ontvangen, dank daarvoor, maar de gegevens van de tandartspraktijk ontbreken
helemaal. Kunnen jullie die alsnog sturen?

Femke Visser

> Beste mevrouw Visser,
> Uw verzoek is geregistreerd onder nummer DSR-57720.""",
    FU("57720", "femke.visser@zonnet.example", "Femke", "Visser"))

add("nl-26-fu-aanvulling-declaratie", "Henk Hoekstra <henk.hoekstra@home.example>",
    "Re: Afwijzing declaratie fysiotherapie",
"""Aanvulling op mijn vorige mail: ik stuur hierbij de verwijzing van de huisarts mee, die zat
er de eerste keer kennelijk niet bij. Graag meenemen bij de herbeoordeling.

H. Hoekstra""",
    FU(ref("nl-05-declaratie-computer"), "henk.hoekstra@home.example", "Henk", "Hoekstra"),
    headers=irt("nl-05-declaratie-computer"))

add("nl-27-spam-gelekt", "Privacy Alarm <alert@privacyalarm-nl.example>",
    "Uw gegevens zijn gelekt! Verwijder ze nu",
"""Beste klant,

Uw e-mailadres en wachtwoord zijn gevonden in een datalek. Criminelen kunnen uw identiteit
misbruiken. Met PrivacyAlarm verwijdert u uw persoonsgegevens van het internet in 1 klik.

Nu tijdelijk GRATIS proberen: klik hier

PrivacyAlarm - uw privacy, onze zorg""",
    IGN("spam", "alert@privacyalarm-nl.example"), headers=SPAM_HDR)

add("nl-28-spam-seo", "Rik | Top Ranking <rik@topranking-seo.example>",
    "Uw website op plek 1 in Google",
"""Hallo,

Ik heb uw website acme-corp.example bekeken en zie 27 fouten die uw ranking kosten. Wij brengen u
binnen 30 dagen naar de eerste pagina van Google. Gratis analyse? Antwoord met JA.

Met vriendelijke groet,
Rik""",
    IGN("spam", "rik@topranking-seo.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="topranking-seo.example")])

add("nl-29-bounce", "MAILER-DAEMON@mx.acme-corp.example",
    "Undelivered Mail Returned to Sender", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("nl-30-nieuwsbrief", "Privacy Nieuws <nieuwsbrief@privacynieuws.example>",
    "Privacy Nieuws week 47: gezondheidsapps onder vuur",
"""Privacy Nieuws - week 47

* Toezichthouder onderzoekt gezondheidsapps
* Nieuwe richtsnoeren verwerkersovereenkomsten
* Agenda: webinar DPIA in de zorg

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden? Klik hier.""",
    IGN("bulk", "nieuwsbrief@privacynieuws.example"),
    headers=["List-Id: Privacy Nieuws <nieuws.privacynieuws.example>",
             "List-Unsubscribe: <mailto:afmelden@privacynieuws.example>",
             "Precedence: bulk"])
