# dev3, Nederlands. Written blind (see scripts/BLIND-WRITER.md).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("nl-01-gegevens-weg", "Jan de Wit <jandewit64@kpnpost.example>", "verwijderen",
    "Graag al mijn gegevens verwijderen uit jullie webwinkel. Groet, Jan de Wit\n",
    R(["Erasure"], "jandewit64@kpnpost.example", "Jan", "de Wit"))

add("nl-02-inzage-fysiodossier", "Pieter van der Berg <p.vanderberg@ziggo-mail.example>",
    "Inzageverzoek op grond van artikel 15 AVG",
    """Geachte heer/mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de Algemene verordening gegevensbescherming,
om inzage in en een kopie van alle persoonsgegevens die Acme Fysiotherapie over mij verwerkt.

Ik ben van maart tot en met augustus 2025 onder behandeling geweest in uw praktijk in Amersfoort
voor lage rugklachten. Ik wil in het bijzonder een kopie ontvangen van:
- het intakeverslag en de behandelverslagen;
- de correspondentie met mijn huisarts en met mijn zorgverzekeraar;
- de gedeclareerde behandelingen.

Mijn geboortedatum is 11-09-1968. Ik ontvang de gegevens graag digitaal op dit adres.

Met vriendelijke groet,

P. van der Berg
Pieter van der Berg
""",
    R(["Access"], "p.vanderberg@ziggo-mail.example", "Pieter", "van der Berg"))

add("nl-03-allergie-zoon-fout", "Marloes Jansen <marloes.jansen@hetnet-post.example>",
    "Fout in dossier van mijn zoon - penicilline-allergie ontbreekt!",
    """Beste mensen,

Mijn zoon Daan Jansen (8 jaar, geboren 14-05-2018) is patiënt bij Acme Tandartsen in Utrecht
Overvecht. Bij de laatste controle bleek dat in zijn dossier staat "geen allergieën". Daan is
allergisch voor penicilline, dat hebben we bij de inschrijving ook op het formulier gezet.
Daarnaast staat zijn geboortedatum verkeerd (15-04 in plaats van 14-05).

Ik wil graag dat dit zo snel mogelijk in zijn dossier wordt aangepast, want over drie weken
moet er een kies getrokken worden.

Met vriendelijke groet,
Marloes Jansen (moeder van Daan)
06-12345678
""",
    R(["Rectification"], "marloes.jansen@hetnet-post.example", "Daan", "Jansen",
      representative="Marloes Jansen"))

add("nl-04-overleden-moeder", "Koen Verstraeten <koen.verstraeten@telenet-mail.example>",
    "Overlijden van mijn moeder, Godelieve Peeters",
    """Goedemiddag,

Mijn moeder, Godelieve Peeters, is op 2 oktober overleden. Ze had een klantenaccount bij jullie
online apotheek en ze was ook donateur van de Stichting Acme. Er blijven mails en brieven op haar
naam binnenkomen, ook herinneringen voor haar medicatie.

Als enig erfgenaam vraag ik jullie om haar account en alle gegevens die jullie van haar hebben
te verwijderen. Een kopie van de overlijdensakte kan ik opsturen.

Met vriendelijke groeten,
Koen Verstraeten
""",
    R(["Erasure"], "koen.verstraeten@telenet-mail.example", "Godelieve", "Peeters",
      representative="Koen Verstraeten"))

add("nl-05-toestemming-ingetrokken", "Hendrika Mulder <h.mulder@planet-post.example>",
    "Toestemming",
    """Geachte Stichting Acme,

Hierbij trek ik mijn toestemming in voor het ontvangen van uw nieuwsbrief, de jaarlijkse
belactie en de kerstkaart met acceptgiro. Mijn machtiging voor de maandelijkse bijdrage hoeft u
niet te stoppen.

Hoogachtend,
mevr. H. Mulder
""",
    R(["Opposition"], "h.mulder@planet-post.example", "Hendrika", "Mulder"))

add("nl-06-cijfer-verkeerd", "Youssef El Amrani <youssef.elamrani@studmail.example>",
    "cijfer module 3 klopt niet",
    """Hoi,

Ik volg de post-hbo opleiding Sportfysiotherapie bij jullie nascholingsinstituut. In het
studievolgsysteem staat voor module 3 (Blessurepreventie) een 4,8. Maar ik heb de herkansing
gedaan en daarvoor een 7,1 gehaald, dat heeft de docent ook gemaild. Nu sta ik als "niet
behaald" en kan ik me niet inschrijven voor de stage.

Kunnen jullie dat laten aanpassen?

Groetjes,
Youssef El Amrani
studentnr 2025-3391
""",
    R(["Rectification"], "youssef.elamrani@studmail.example", "Youssef", "El Amrani"))

add("nl-07-dossier-overdragen", "Ingrid Hoekstra <ingrid.hoekstra@friesmail.example>",
    "Overstap naar andere fysiotherapeut",
    """Beste,

Ik ga verhuizen naar Leeuwarden en stap over naar een praktijk daar (Fysio Noord, t.a.v. mevr.
Dijkstra). Willen jullie mijn behandeldossier digitaal aan hen overdragen, in een gangbaar
formaat dat zij in hun systeem kunnen inlezen? Als dat niet rechtstreeks kan, dan graag naar mij
in een bestand.

Alvast bedankt,
Ingrid Hoekstra
""",
    R(["Portability"], "ingrid.hoekstra@friesmail.example", "Ingrid", "Hoekstra"))

add("nl-08-waarom-bsn", "Ruud Smeets <ruud.smeets@limburgnet.example>",
    "Waarom BSN nodig?",
    """Goedendag,

Bij het aanmaken van een account in jullie online apotheek moet ik mijn BSN invullen. Waar is dat
voor nodig, wie krijgt het te zien, en hoe lang bewaren jullie het? Ik wil het best geven maar ik
wil eerst weten waarom.

Groet,
Ruud Smeets
""",
    R(["Information"], "ruud.smeets@limburgnet.example", "Ruud", "Smeets"))

add("nl-09-geen-reclame", "Lieve Claes <lieve.claes@skynet-mail.example>",
    "reclame",
    """Dag,

Ik krijg sinds ik één keer iets besteld heb elke week reclame van jullie in mijn bus én in mijn
mailbox. Da's echt niet nodig. Gelieve mij uit al jullie lijsten te halen.

Lieve Claes
Verstuurd vanaf mijn iPad
""",
    R(["Opposition"], "lieve.claes@skynet-mail.example", "Lieve", "Claes"))

add("nl-10-onderzoek-bezwaar", "Annelies de Groot <annelies.degroot@xs-post.example>",
    "Bezwaar tegen gebruik voor wetenschappelijk onderzoek",
    """Geachte heer/mevrouw,

In de wachtkamer van Acme Fysiotherapie Zwolle hangt een poster dat de praktijk deelneemt aan een
landelijke onderzoeksdatabase en dat behandelgegevens daarvoor "gepseudonimiseerd" worden
gedeeld. Niemand heeft mij daarover iets gevraagd.

Ik maak bezwaar tegen het gebruik van mijn gegevens voor dit onderzoek. Zolang u mijn bezwaar
beoordeelt, wil ik dat u mijn gegevens niet meer aanlevert aan die database.

Hoogachtend,
A. de Groot
Annelies de Groot
""",
    R(["Opposition", "Restriction"], "annelies.degroot@xs-post.example", "Annelies", "de Groot"))

add("nl-11-plagiaatscan", "Thijs Vermeulen <thijs.vermeulen@studmail.example>",
    "Afgekeurd door plagiaatsoftware",
    """Beste mevrouw, meneer,

Mijn eindopdracht voor de leergang Praktijkmanagement Mondzorg is automatisch afgekeurd: het
systeem gaf een "similarity score" van 41% en het cijfer is door het systeem op 1,0 gezet. De
overeenkomst komt vooral door de bronvermelding en de wettekst die ik citeer.

Ik wil graag dat een docent mijn werk echt bekijkt, in plaats van dat een programma bepaalt dat
ik gefraudeerd heb.

Met vriendelijke groet,
Thijs Vermeulen
""",
    R(["AutomatedDecision"], "thijs.vermeulen@studmail.example", "Thijs", "Vermeulen"))

add("nl-12-advocaat-tuchtklacht", "mr. S. (Saskia) Brouwer <s.brouwer@brouwer-advocatuur.example>",
    "Cliënt: mevrouw E. Oosterhuis - verzoek om afschrift dossier",
    """Geachte heer, mevrouw,

Ik sta mevrouw Esther Oosterhuis (geboren 30-01-1981) bij in verband met een tuchtklacht tegen een
van de tandartsen van uw praktijk in Groningen.

Namens cliënte, wier machtiging ik u separaat toestuur, verzoek ik u mij binnen de wettelijke
termijn een volledig afschrift te doen toekomen van haar patiëntendossier, inclusief röntgenfoto's,
behandelplannen, toestemmingsformulieren en de interne correspondentie over haar behandeling.

Hoogachtend,

mr. Saskia Brouwer
Brouwer Advocatuur
Dit bericht is uitsluitend bestemd voor de geadresseerde.
""",
    R(["Access"], "s.brouwer@brouwer-advocatuur.example", "Esther", "Oosterhuis",
      representative="Saskia Brouwer"))

add("nl-13-verzekeraar-gedeclareerd", "Gerrit Kuipers <gerrit.kuipers@home-mail.example>",
    "Dit klopt van geen kant",
    """Goedemiddag,

Vorige week kreeg ik het jaaroverzicht van mijn zorgverzekeraar. Daarop staan 18 behandelingen
fysiotherapie bij jullie in Apeldoorn. Ik ben er 9 keer geweest. Ik heb gebeld, de praktijk zegt
dat het "een fout in de koppeling" was en dat het wordt rechtgezet, maar dat zeiden ze in
september ook al. Intussen is mijn vergoeding voor dit jaar op en moet ik de rest zelf betalen.

Ik vertrouw het niet meer. Ik wil een volledig overzicht van alle gegevens die jullie van mij
hebben en aan wie jullie die hebben doorgegeven - de verzekeraar, de huisarts, wie dan ook.

En ik wil dat die 9 extra behandelingen teruggedraaid worden, maar dat zal wel via de
praktijkmanager moeten.

G. Kuipers
""",
    R(["Access"], "gerrit.kuipers@home-mail.example", "Gerrit", "Kuipers"))

add("nl-14-pakket-niet-aangekomen", "Demi Visser <demi.visser@snelmail.example>",
    "bestelling 48821",
    """hoi mijn bestelling 48821 (vitamine d en pleisters) is nog steeds niet aangekomen, track en trace
zegt al 5 dagen "onderweg". kunnen jullie kijken wat er aan de hand is?
demi
""",
    R(["Unknown"], "demi.visser@snelmail.example", "Demi", "Visser"))

add("nl-15-familie-adres", "Fam. Bakker <fam.bakker@dorpsnet.example>",
    "Account Sanne Bakker",
    """Hallo,

Ik ben Sanne Bakker. Ik heb een paar jaar geleden een account aangemaakt in de webwinkel met het
gezinsadres. Dat account wil ik laten opheffen en alles wat erbij hoort mag weg. Wilt u de
bevestiging naar mijn eigen mailadres sturen?

Groetjes,
Sanne
""",
    R(["Erasure"], "sanne.bakker@dorpsnet.example", "Sanne", "Bakker"),
    headers=["Reply-To: sanne.bakker@dorpsnet.example"])

add("nl-16-meta-pixel", "Bram Timmermans <bram.timmermans@mailbox-nl.example>",
    "Delen jullie mijn aankopen met Facebook?",
    html("Beste privacyteam,",
         "Ik las dat veel webwinkels met een &quot;pixel&quot; doorgeven wat je bekijkt en koopt "
         "aan Meta en Google. Bij een apotheek gaat het om medicijnen, dus dat vind ik nogal "
         "gevoelig.",
         "Welke gegevens over mijn bezoeken en bestellingen gaan er naar Meta of andere "
         "partijen, en met welk doel? En ik wil dat jullie daar voor mij mee stoppen.",
         "Groet, Bram Timmermans"),
    R(["Information", "Opposition"], "bram.timmermans@mailbox-nl.example", "Bram", "Timmermans"),
    ct=HTML)

add("nl-17-naam-latin1", "Zoë Maréchal <zoe.marechal@oudmail.example>",
    "Naam verkeerd gespeld",
    """Beste,

In mijn dossier bij de tandarts en op de facturen staat mijn naam als "Zoe Marechal". Het is
Zoë Maréchal, met trema en accent. Het lijkt misschien een detail maar mijn zorgverzekeraar
weigert de factuur omdat de naam niet overeenkomt met mijn polis.

Kunt u dit laten corrigeren?

Met vriendelijke groet,
Zoë Maréchal
""",
    R(["Rectification"], "zoe.marechal@oudmail.example", "Zoë", "Maréchal"),
    ct=LATIN1, encode="latin-1")

add("nl-18-oude-sollicitatie", "Fatma Yilmaz <fatma.yilmaz@acme-corp.example>",
    "Mijn oude sollicitatiegegevens",
    """Hoi,

Kleine vraag voor mezelf, niet namens de praktijk. Ik werk sinds juni als assistente bij de
tandartspraktijk in Rotterdam-Zuid. Vorig jaar heb ik ook gesolliciteerd bij de Stichting (als
fondsenwerver) en ben toen afgewezen. Ik neem aan dat mijn cv, motivatiebrief en de
assessmentuitslag daar nog ergens staan.

Die wil ik graag laten verwijderen - ze hebben niets met mijn huidige baan te maken.

Dank je!
Fatma Yilmaz
""",
    R(["Erasure"], "fatma.yilmaz@acme-corp.example", "Fatma", "Yilmaz"))

add("nl-19-hoe-inzage", "w.vos@kabelpost.example",
    "inzage",
    """goedemorgen ik wil graag inzage in wat de tandarts allemaal over mij heeft opgeschreven
ben al 20 jaar patient in Hilversum. hoe gaat dat
w vos
""",
    R(["Access"], "w.vos@kabelpost.example", None, "Vos"))

add("nl-20-klantenservice-doorgestuurd", "Lotte Verhoeven <lotte.verhoeven@acme-corp.example>",
    "FW: account opzeggen",
    "",
    R(["Erasure"], "m.dekker@webpost-nl.example", "Martijn", "Dekker"),
    attached=("Martijn Dekker <m.dekker@webpost-nl.example>", "account opzeggen",
              """Goedenavond,

Ik wil mijn account bij de online apotheek opzeggen en wil dat jullie mijn gegevens wissen,
inclusief mijn opgeslagen adres en betaalgegevens.

Martijn Dekker
"""),
    note="""Hoi privacy,

Deze kwam binnen bij klantenservice. Ik kan het account wel deactiveren maar niet alles wissen.
Willen jullie het oppakken?

Lotte
Klantenservice Acme Online Apotheek""")

add("nl-21-factuur-vraag", "Wim Hendriks <wim.hendriks@posthuis.example>",
    "Factuur 2026-11873",
    """Goedendag,

Ik heb een factuur ontvangen van de tandarts van 212 euro, maar ik dacht dat dit door de
verzekering direct betaald zou worden. Moet ik dit zelf overmaken of is dat al geregeld?

Groet,
Wim Hendriks
""",
    R(["Unknown"], "wim.hendriks@posthuis.example", "Wim", "Hendriks"))

add("nl-22-verwerkersovereenkomst-boekhouding", "Eva Willems <eva.willems@acme-corp.example>",
    "Verwerkersovereenkomst nieuw boekhoudkantoor Stichting",
    """Hallo privacyteam,

De Stichting Acme stapt per 1 januari over naar een nieuw administratiekantoor (Telwerk B.V.).
Zij gaan ook de donateursadministratie en de giftenbevestigingen doen. Ze hebben ons een eigen
verwerkersovereenkomst gestuurd.

Kunnen jullie die doorlezen en aangeven of we die zo kunnen tekenen? Het document staat in
Teams onder Stichting > Contracten.

Groet,
Eva Willems
Office manager Stichting Acme
""",
    TASK("eva.willems@acme-corp.example", "Eva", "Willems"))

add("nl-23-camera-wachtkamer", "Joost van Leeuwen <joost.vanleeuwen@acme-corp.example>",
    "Camera's in de wachtkamer - mag dat?",
    """Hoi,

Na twee inbraken willen we bij Acme Fysiotherapie Den Bosch camera's ophangen: bij de ingang, in de
wachtkamer en in de oefenzaal. Beelden 4 weken bewaren. Moet hier een DPIA voor komen en wat
moet er op de borden bij de ingang staan? Graag jullie advies voordat de installateur komt
(15 december).

Joost van Leeuwen
Praktijkmanager
""",
    TASK("joost.vanleeuwen@acme-corp.example", "Joost", "van Leeuwen"))

add("nl-24-privacyverklaring-bezorger", "Nina Maes <nina.maes@acme-corp.example>",
    "Privacyverklaring webshop aanpassen",
    """Dag collega's,

Vanaf februari laten we de pakjes van de online apotheek in België bezorgen door een nieuwe
koerier (Bpakt). De privacyverklaring op de webshop noemt nog de oude vervoerder. Kunnen jullie
de tekst aanpassen of mij een nieuwe versie bezorgen die ik aan de webbouwer kan geven?

Merci,
Nina Maes
E-commerce, Acme Online Apotheek BE
""",
    TASK("nina.maes@acme-corp.example", "Nina", "Maes"))

add("nl-25-laptop-trein", "Ruben Aerts <ruben.aerts@acme-corp.example>",
    "Laptop laten liggen in de trein",
    """Hoi,

Ik ben gisteravond mijn werklaptop vergeten in de trein van Utrecht naar Den Haag (intercity van
18:12, bovenin het rek). Gevonden voorwerpen van de NS heeft hem niet. Op de laptop staan de
cursistenlijsten van de nascholing met namen, mailadressen en cijfers, en een export van de
inschrijvingen van dit jaar. Hij heeft een wachtwoord, maar ik weet niet zeker of de schijf
versleuteld is.

IT weet ervan. Wat moet ik nog meer doen?

Ruben Aerts
Opleidingscoördinator
""",
    INC("ruben.aerts@acme-corp.example", "Ruben", "Aerts"))

add("nl-26-cc-in-plaats-van-bcc", "Marieke Smit <marieke.smit@acme-corp.example>",
    "Oeps, cc in plaats van bcc",
    """Hallo,

Vanochtend heb ik de uitnodiging voor de terugkomdag van de cursus "Omgaan met angstige patiënten"
naar alle 83 cursisten gestuurd, maar ik heb de adressen in het cc-veld gezet in plaats van bcc.
Iedereen kan dus elkaars mailadres zien. Twee cursisten hebben er al iets van gezegd, één
vond het echt niet fijn omdat ze niet wil dat haar werkgever weet dat ze de cursus volgt.

Ik heb een recall geprobeerd, maar dat werkt niet bij externe adressen.

Marieke
""",
    INC("marieke.smit@acme-corp.example", "Marieke", "Smit"))

add("nl-27-whatsapp-verkeerde-patient", "Sven de Jong <svendejong@ziggo-mail.example>",
    "Verkeerd bericht ontvangen van jullie fysio",
    """Hallo,

Ik kreeg vandaag via WhatsApp van een fysiotherapeut van jullie praktijk in Haarlem een
oefenschema en een kort verslag. Alleen gaat het niet over mij maar over een meneer die net een
nieuwe knie heeft gekregen, met zijn naam en geboortedatum erbij. Ik denk dat ze het verkeerde
nummer hebben gepakt.

Ik heb het bericht verwijderd, maar vond dat jullie dit moesten weten.

Sven de Jong
""",
    INC("svendejong@ziggo-mail.example", "Sven", "de Jong"))

add("nl-28-status-dsr", "Pieter van der Berg <p.vanderberg@ziggo-mail.example>",
    "Antw: [DSR-62014] Bevestiging van uw verzoek",
    """Geachte heer/mevrouw,

Graag verneem ik wanneer ik het afschrift van mijn dossier kan verwachten. Inmiddels zijn er drie
weken verstreken.

Met vriendelijke groet,
P. van der Berg

>>> Uw verzoek is geregistreerd onder nummer DSR-62014.
""",
    FU("62014", "p.vanderberg@ziggo-mail.example", "Pieter", "van der Berg"))

add("nl-29-machtiging-advocaat", "mr. S. (Saskia) Brouwer <s.brouwer@brouwer-advocatuur.example>",
    "RE: Cliënt: mevrouw E. Oosterhuis - verzoek om afschrift dossier",
    """Geachte heer, mevrouw,

Zoals aangekondigd treft u bijgaand de door mevrouw Oosterhuis ondertekende machtiging aan,
alsmede een kopie van haar identiteitsbewijs (BSN afgeschermd).

Hoogachtend,
mr. Saskia Brouwer
""",
    FU(ref("nl-12-advocaat-tuchtklacht"), "s.brouwer@brouwer-advocatuur.example", "Saskia", "Brouwer"),
    headers=irt("nl-12-advocaat-tuchtklacht"))

add("nl-30-pakket-phishing", "PostNL Bezorging <info@postnl-bezorging-nl.example>",
    "Uw pakket kon niet worden bezorgd - bevestig uw gegevens",
    """Beste klant,

Uw pakket met trackingnummer 3SXX8812309 kon niet worden bezorgd wegens een onvolledig adres.
Bevestig binnen 48 uur uw persoonsgegevens en betaal de herbezorgkosten van 1,99 euro via:

http://postnl-bezorging-nl.example/bevestig

Na deze termijn worden uw gegevens en het pakket vernietigd.
""",
    IGN("spam", "info@postnl-bezorging-nl.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="postnl-bezorging-nl.example")])

add("nl-31-darkweb-verwijderen", "DataSchoon <hulp@dataschoon-nu.example>",
    "WAARSCHUWING: uw gegevens staan op het dark web",
    """Goedendag,

Ons systeem heeft uw e-mailadres privacy@acme-corp.example aangetroffen in 3 gelekte databases
op het dark web. Criminelen kunnen deze gegevens misbruiken.

Voor slechts 49 euro per jaar laten wij uw gegevens verwijderen bij meer dan 300 databrokers
en houden wij het dark web voor u in de gaten. Dit aanbod is 24 uur geldig.

Klik hier: http://dataschoon-nu.example/actie

Team DataSchoon
""",
    IGN("spam", "hulp@dataschoon-nu.example"), headers=SPAM_HDR)

add("nl-32-ticket-ontvangen", "Helpdesk TandSoft <support@tandsoft.example>",
    "[Ticket #88120] Uw melding is ontvangen",
    """Beste klant,

Wij hebben uw melding ontvangen en onder ticketnummer #88120 geregistreerd. Een medewerker neemt
binnen 2 werkdagen contact met u op. Dit is een automatisch bericht, u kunt hier niet op
antwoorden.

Helpdesk TandSoft
""",
    IGN("auto_reply", "support@tandsoft.example"), headers=["Auto-Submitted: auto-generated"])

add("nl-33-nieuwsbrief-branche", "KNGF Nieuws <nieuwsbrief@fysio-branche.example>",
    "Nieuwsbrief november: tarieven 2027, nieuwe richtlijn lage rugpijn",
    """NIEUWSBRIEF FYSIOTHERAPIE - november 2026

- Contractering 2027: stand van zaken
- Nieuwe richtlijn lage rugpijn gepubliceerd
- Webinar: de AVG in de praktijk, 9 december

U ontvangt deze nieuwsbrief omdat u lid bent. Afmelden? Klik hier.
""",
    IGN("bulk", "nieuwsbrief@fysio-branche.example"),
    headers=["List-Id: <nieuws.fysio-branche.example>",
             "List-Unsubscribe: <mailto:afmelden@fysio-branche.example>",
             "Precedence: list"])

add("nl-34-onbestelbaar", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Onbestelbaar: Bevestiging van uw verzoek",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
