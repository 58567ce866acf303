# Development set 23, Dutch (Netherlands and Flanders). Organisation: a coworking and
# serviced-office provider (badge access, meeting-room booking app, mail handling for virtual
# offices, visitor registration). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("nl-01-inzage-badge", "Joris van der Linden <joris.vanderlinden@kpnmail.example>",
    "Inzageverzoek AVG",
    """Geachte heer/mevrouw,

Op grond van artikel 15 AVG verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die
u van mij verwerkt. Ik ben sinds 2024 lid van uw vestiging aan de Zuidas en wil in het bijzonder
weten welke in- en uitcheckmomenten van mijn toegangspas zijn opgeslagen.

Graag ontvang ik ook een kopie van die gegevens.

Met vriendelijke groet,
Joris van der Linden
""",
    R(["Access"], "joris.vanderlinden@kpnmail.example", "Joris", "van der Linden"))

add("nl-02-account-weg", "Fleur de Wit <fleurdewit@ziggo.example>",
    "account verwijderen",
    """Hoi, wil mijn account in de boekingsapp laten verwijderen. Gebruik het niet meer. Groetjes Fleur
""",
    R(["Erasure"], "fleurdewit@ziggo.example", "Fleur", "de Wit"))

add("nl-03-kopie-id", "Sanne Bakker-Oosterhuis <s.bakker-oosterhuis@hetnet.example>",
    "Kopie van mijn rijbewijs bij de receptie",
    """Goedemiddag,

Vorige week bezocht ik een klant in uw pand in Utrecht. Bij de receptie werd mijn rijbewijs gescand
"voor de beveiliging". Volgens mij mag dat helemaal niet zomaar.

Kunt u mij uitleggen waarom u een kopie van mijn rijbewijs nodig heeft, wie daar bij kan en hoe
lang u die bewaart? En ik wil dat die kopie wordt verwijderd.

Met vriendelijke groet,
Sanne Bakker-Oosterhuis
""",
    R(["Information", "Erasure"], "s.bakker-oosterhuis@hetnet.example", "Sanne", "Bakker-Oosterhuis"))

add("nl-04-verhuisd-gent", "Pieter-Jan Vermeulen <pieterjan.vermeulen@telenet.example>",
    "Aanpassing gegevens",
    """Dag,

Graag had ik mijn gegevens laten aanpassen in jullie systeem: ik ben verhuisd naar de
Kortrijksesteenweg 112, 9000 Gent, en mijn gsm-nummer is nu 0478 55 21 09. Ook staat mijn
voornaam fout op de factuur ("Pieterjan" aaneen), dat moet Pieter-Jan zijn.

Alvast bedankt,
Pieter-Jan Vermeulen
""",
    R(["Rectification"], "pieterjan.vermeulen@telenet.example", "Pieter-Jan", "Vermeulen"))

add("nl-05-whatsapp", "Mehmet Yılmaz <mehmet.yilmaz@gmail.example>",
    "Geen whatsapp berichten meer aub",
    """Hallo,

Ik krijg elke week WhatsApp-berichten van jullie community-team over borrels, lunchlezingen en
"exclusieve deals". Ik heb daar nooit om gevraagd. Wil je mij uit die lijst halen en mijn nummer
niet meer voor zulke dingen gebruiken?

Mehmet
""",
    R(["Opposition"], "mehmet.yilmaz@gmail.example", "Mehmet", "Yılmaz"))

add("nl-06-export-verhuizen", "Annelies Smit <annelies@smit-vertalingen.example>",
    "Overstap naar andere virtual office aanbieder",
    """Beste,

Per 1 januari stap ik over naar een andere aanbieder voor mijn postadres. Kunnen jullie de
gegevens van mijn account (adresgegevens, doorstuurinstellingen, overzicht van ontvangen post)
aanleveren in een gangbaar bestandsformaat zoals CSV of JSON, zodat ik ze bij de nieuwe partij kan
inlezen? Daarna mag mijn account met alle gegevens worden verwijderd.

Met vriendelijke groet,
Annelies Smit
Smit Vertalingen
""",
    R(["Portability", "Erasure"], "annelies@smit-vertalingen.example", "Annelies", "Smit"))

add("nl-07-kredietcheck", "Ruben Kuijpers <ruben.kuijpers@xs4all.example>",
    "Afwijzing aanvraag privékantoor",
    """Goedendag,

Mijn aanvraag voor een privékantoor voor 4 personen in Eindhoven is binnen twee minuten afgewezen
met de melding "financiële toets niet behaald". Niemand heeft mijn aanvraag bekeken; mijn bedrijf
is net opgericht en heeft dus nog geen jaarcijfers.

Ik ben het niet eens met deze geautomatiseerde beslissing en wil dat een medewerker er inhoudelijk
naar kijkt. Ik lever graag aanvullende stukken aan.

Ruben Kuijpers
""",
    R(["AutomatedDecision"], "ruben.kuijpers@xs4all.example", "Ruben", "Kuijpers"))

add("nl-08-borg", "Thijs Janssen <thijs.janssen@planet.example>",
    "Geschil borg - gegevens niet gebruiken",
    """Beste privacyteam,

Ik ben het niet eens met de inhouding van mijn borg (EUR 850) vanwege "schade" aan werkplek 3.14 in
Den Haag. Ik heb een klacht ingediend bij de geschillencommissie.

Zolang dat loopt, wil ik niet dat mijn gegevens worden doorgegeven aan een incassobureau of voor
iets anders worden gebruikt dan het bewaren ervan. Graag bevestiging.

Thijs Janssen
""",
    R(["Restriction"], "thijs.janssen@planet.example", "Thijs", "Janssen"))

add("nl-09-advocaat-camera", "mr. Bart de Groot <b.degroot@degrootadvocaten.example>",
    "Verzoek om inzage namens cliënte mevrouw L. Hendriks",
    """Geachte heer, mevrouw,

Ik sta mevrouw Lotte Hendriks bij. Zij is op 28 oktober jl. in de fietsenkelder van uw vestiging in
Amsterdam-Noord van haar fiets gevallen na een gladde helling. Namens haar (machtiging bijgevoegd)
verzoek ik u op grond van artikel 15 AVG om verstrekking van de camerabeelden waarop cliënte
zichtbaar is, tussen 08:30 en 09:15 uur, alsmede van de incidentmelding van uw receptie.

Hoogachtend,

mr. B. de Groot
De Groot Advocaten
T 020 555 0199
""",
    R(["Access"], "b.degroot@degrootadvocaten.example", "Lotte", "Hendriks", representative="Bart de Groot"))

add("nl-10-bewindvoerder", "Ingrid Dekker <i.dekker@dekkerbewind.example>",
    "Opvragen gegevens cliënt K. Willemsen",
    """Geachte heer/mevrouw,

Bij beschikking van de kantonrechter ben ik benoemd tot beschermingsbewindvoerder van de heer Kees
Willemsen (geb. 14-03-1961). De heer Willemsen heeft bij u een flexplek-abonnement en een
postadres.

Om zijn financiën op orde te brengen verzoek ik u mij een overzicht te sturen van alle gegevens die
u van hem heeft, waaronder contracten, facturen en openstaande posten. De beschikking stuur ik mee.

Met vriendelijke groet,
Ingrid Dekker
Dekker Bewindvoering
""",
    R(["Access"], "i.dekker@dekkerbewind.example", "Kees", "Willemsen", representative="Ingrid Dekker"))

add("nl-11-geen-leestekens", "djamila1990@hotmail.example",
    "reclame",
    """ik wil dat jullie stoppen met mijn gegevens gebruiken voor reclame en ook alles van mij verwijderen ik ben geen klant meer
""",
    R(["Opposition", "Erasure"], "djamila1990@hotmail.example"))

add("nl-12-buiten-eu", "Emma Visser <emma.visser@vissercoaching.example>",
    "Waar staan mijn boekingsgegevens?",
    html("Hallo,",
         "Ik gebruik jullie app om vergaderruimtes te boeken voor coachgesprekken. Mijn cliënten "
         "vragen me regelmatig waar hun gegevens terechtkomen.",
         "Worden de boekingen (met de namen van mijn gasten) opgeslagen op servers <b>buiten de EU</b>? "
         "En welke partijen hebben er toegang toe?",
         "Groet,<br>Emma Visser"),
    R(["Information"], "emma.visser@vissercoaching.example", "Emma", "Visser"),
    ct=HTML)

add("nl-13-doorgestuurd-kvk", "Daan Mulder <daan.mulder@acme-corp.example>",
    "FW: foutieve bedrijfsgegevens",
    """Hoi privacy,

Kunnen jullie hier naar kijken? Noor zegt dat ze het al twee keer aan de receptie heeft gevraagd.

Daan Mulder
Community manager Rotterdam

-----Oorspronkelijk bericht-----
Van: Noor El Amrani <noor@elamrani-advies.example>
Verzonden: donderdag 12 november 2026 10:18
Aan: Daan Mulder <daan.mulder@acme-corp.example>
Onderwerp: foutieve bedrijfsgegevens

Hoi Daan,

In het ledenportaal en op mijn facturen staat nog steeds het oude KvK-nummer (7123 4455) en mijn
achternaam als "El Amrami". Het moet El Amrani zijn en het KvK-nummer is 8874 1120. Kun je zorgen
dat dit overal wordt aangepast?

Groetjes,
Noor
""",
    R(["Rectification"], "noor@elamrani-advies.example", "Noor", "El Amrani"))

add("nl-14-aanwezigheid-delen", "Wouter Brouwer <wouter.brouwer@brouwerict.example>",
    "Mijn check-in status zichtbaar voor andere leden",
    """Hallo,

Ik wil mijn lidmaatschap niet opzeggen en mijn account hoeft ook niet weg, maar ik ontdekte dat in
de community-app voor iedereen zichtbaar is wanneer ik ingecheckt ben en op welke verdieping. Daar
heb ik bezwaar tegen. Willen jullie stoppen met het delen van mijn aanwezigheid met andere leden?

Wouter Brouwer
""",
    R(["Opposition"], "wouter.brouwer@brouwerict.example", "Wouter", "Brouwer"))

add("nl-15-boeking-geannuleerd", "Bram Peeters <bram.peeters@peeters-events.example>",
    "Boeking dinsdag geannuleerd??",
    """Hallo,

Mijn boeking van de Maasruimte voor dinsdag 24/11 van 9 tot 12 is zonder bericht geannuleerd. Ik
had daar een workshop met 10 deelnemers gepland. Kunnen jullie dit herstellen of een andere ruimte
regelen?

Bram Peeters
""",
    R(["Unknown"], "bram.peeters@peeters-events.example", "Bram", "Peeters"))

add("nl-16-camera-cp1252", "Hélène Verbruggen <helene.verbruggen@skynet.example>",
    "Camerabeelden 3 november",
    """Goedemorgen,

Op 3 november is in de lounge van jullie vestiging in Antwerpen mijn laptoptas gestolen. De politie
vraagt of er camerabeelden zijn. Ik wil graag een kopie van de beelden waarop ik zelf te zien ben
(tussen 13u en 14u) en een overzicht van wat jullie verder over mij hebben geregistreerd die dag.

Vriendelijke groeten,
Hélène Verbruggen
""",
    R(["Access"], "helene.verbruggen@skynet.example", "Hélène", "Verbruggen"),
    ct=CP1252, encode="cp1252")

add("nl-17-locatie-lang", "Marloes Kramer <marloes.kramer@kramerfotografie.example>",
    "Klacht + locatiegegevens",
    """Hallo,

Ik moet even mijn hart luchten. Sinds de update van de app van twee weken geleden krijg ik meldingen
als ik alleen maar langs het pand in Haarlem fiets: "Welkom! Je favoriete plek bij het raam is
vrij". Dat is niet alleen irritant, het is eng. Daarnaast werkt de wifi op de tweede verdieping al
een maand niet fatsoenlijk, en de koffiemachine is weer eens kapot, maar dat terzijde.

Ik wist niet eens dat de app mijn locatie op de achtergrond volgde. Ik trek hierbij mijn toestemming
voor het gebruik van mijn locatiegegevens in. Ik wil niet meer gevolgd worden.

Voor de rest ben ik best tevreden, maar dit moet anders.

Marloes Kramer
""",
    R(["Opposition"], "marloes.kramer@kramerfotografie.example", "Marloes", "Kramer"))

add("nl-18-overleden-moeder", "Erik Bos <erik.bos@bosfamilie.example>",
    "Postadres van mijn overleden moeder",
    """Geachte heer/mevrouw,

Mijn moeder, mevrouw Gerda Bos, is op 19 oktober overleden. Zij had bij u een virtueel kantoor in
Zwolle voor haar borduurwinkeltje. Ik ben haar enig erfgenaam en handel de nalatenschap af.

Ik wil graag alle gescande post en de overzichten van de afgelopen zes maanden ontvangen, omdat er
mogelijk nog rekeningen tussen zitten. Daarna verzoek ik u het account op te heffen en haar gegevens
te wissen. Verklaring van erfrecht stuur ik als bijlage.

Met vriendelijke groet,
Erik Bos
""",
    R(["Access", "Erasure"], "erik.bos@bosfamilie.example", "Gerda", "Bos", representative="Erik Bos"))

add("nl-19-task-schoonmaak", "Femke Jacobs <femke.jacobs@acme-corp.example>",
    "Verwerkersovereenkomst schoonmaakbedrijf",
    """Hoi,

Het nieuwe schoonmaakbedrijf (CleanPro Benelux) krijgt vanaf 1 december eigen toegangspassen en
kan dus in het toegangssysteem zien wie wanneer binnen is geweest. Zij hebben een
verwerkersovereenkomst gestuurd die ik niet goed kan beoordelen. Willen jullie die checken?

Femke Jacobs
Facilitair manager
""",
    TASK("femke.jacobs@acme-corp.example", "Femke", "Jacobs"))

add("nl-20-task-bewaartermijn", "Sander Koster <sander.koster@acme-corp.example>",
    "Camera's Rotterdam - register en bewaartermijn",
    """Hallo privacyteam,

In de nieuwe vestiging in Rotterdam Kop van Zuid worden volgende week 14 camera's opgehangen,
waaronder twee bij de postkasten. Kunnen jullie het verwerkingsregister bijwerken en een
bewaartermijn vaststellen? De installateur vraagt of 30 dagen "mag".

Sander Koster
""",
    TASK("sander.koster@acme-corp.example", "Sander", "Koster"))

add("nl-21-task-vragenlijst", "Linda Vos <linda.vos@acme-corp.example>",
    "Privacyvragenlijst van grote klant",
    """Beste collega's,

Gemeente-uitvoeringsdienst SZW wil 2 verdiepingen huren in Den Haag en heeft een uitgebreide
privacy- en beveiligingsvragenlijst gestuurd (BIO-eisen, bezoekersregistratie, camerabeelden).
Deadline 4 december. Wie kan dit oppakken?

Linda Vos
Accountmanager Zakelijk
""",
    TASK("linda.vos@acme-corp.example", "Linda", "Vos"))

add("nl-22-inc-laptop-auto", "Jeroen de Boer <jeroen.deboer@acme-corp.example>",
    "Laptop gestolen uit auto",
    """Hoi,

Gisteravond is mijn werklaptop uit mijn auto gestolen (parkeerplaats bij de Jaarbeurs). Op de
laptop staat een Excel-export van de ledenlijst van Utrecht (namen, e-mail, telefoon, type
abonnement) die ik voor de jaarafrekening gebruikte. De laptop is versleuteld met BitLocker, maar de
Excel stond ook in mijn Downloads. Aangifte is gedaan.

Jeroen de Boer
""",
    INC("jeroen.deboer@acme-corp.example", "Jeroen", "de Boer"))

add("nl-23-inc-phishing", "Anouk Meijer <anouk.meijer@acme-corp.example>",
    "Ik heb op een phishinglink geklikt",
    """Hallo,

Ik schaam me een beetje, maar ik heb vanochtend op een link geklikt in een mail die van "Microsoft"
leek te komen en daar mijn wachtwoord ingevuld. Met dat account kan ik in het beheerportaal van de
boekingsapp (alle leden van Noord-Holland). Ik heb mijn wachtwoord inmiddels gewijzigd. IT weet het.

Anouk Meijer
Receptie Haarlem
""",
    INC("anouk.meijer@acme-corp.example", "Anouk", "Meijer"))

add("nl-24-inc-app-anderen", "Tim Verhoeven <tim.verhoeven@verhoevenmedia.example>",
    "App toont boekingen van anderen",
    """Hallo,

Sinds vanochtend zie ik in de app onder "Mijn boekingen" ook de boekingen van anderen, inclusief
hun naam, telefoonnummer en de namen van hun gasten. Volgens mij hoort dat niet zo. Screenshot
heb ik gemaakt maar verder niets mee gedaan.

Tim Verhoeven
""",
    INC("tim.verhoeven@verhoevenmedia.example", "Tim", "Verhoeven"))

add("nl-25-fu-badgelogs-ontbreken", "Joost Hermans <joost.hermans@hermansbouw.example>",
    "Re: [DSR-55102] Uw verzoek",
    """Goedemiddag,

Bedankt voor het toegestuurde overzicht. Ik mis echter de badgelogs waar ik specifiek om had
gevraagd. Kunt u die nog nasturen?

Joost Hermans

> Geachte heer Hermans,
> In de bijlage vindt u de gegevens die wij over u verwerken (referentie DSR-55102).
""",
    FU("55102", "joost.hermans@hermansbouw.example", "Joost", "Hermans"))

add("nl-26-fu-borg-aanvulling", "Thijs Janssen <thijs.janssen@planet.example>",
    "Re: Geschil borg - gegevens niet gebruiken",
    """Aanvulling: ik heb vandaag toch een brief van een incassobureau ontvangen. Hoe kan dat? Ik had
jullie juist gevraagd dit niet te doen.

Thijs
""",
    FU(ref("nl-08-borg"), "thijs.janssen@planet.example", "Thijs", "Janssen"),
    headers=irt("nl-08-borg"))

add("nl-27-spam-domein", "Domeinregistratie Service <info@domein-verlenging.example>",
    "Uw domeinnaam acme-corp verloopt vandaag",
    """Geachte klant,

De registratie van uw domeinnaam verloopt vandaag. Zonder verlenging worden uw website, e-mail en
alle klantgegevens definitief verwijderd. Verleng nu voor slechts EUR 79,-:

https://domein-verlenging.example/verleng

Met vriendelijke groet,
Domeinregistratie Service
""",
    IGN("spam", "info@domein-verlenging.example"),
    headers=SPAM_HDR)

add("nl-28-spam-erfenis", "Adv. Samuel Okonkwo <s.okonkwo.chambers@freemail.example>",
    "Vertrouwelijk: erfenis van wijlen mr. Acme",
    """Beste vriend,

Ik ben advocaat van wijlen de heer Robert Acme, die een bedrag van 8.500.000 USD heeft nagelaten
zonder erfgenaam. Omdat u dezelfde achternaam draagt, kunnen wij dit bedrag aan u overmaken.
Stuur mij uw volledige naam, adres en bankgegevens. Alle informatie wordt strikt vertrouwelijk
behandeld en daarna verwijderd volgens de privacywetgeving.

Adv. Samuel Okonkwo
""",
    IGN("spam", "s.okonkwo.chambers@freemail.example"))

add("nl-29-ticket-ack", "Facilitor Servicedesk <noreply@facilitor-servicedesk.example>",
    "[Ticket #88213] Wij hebben uw melding ontvangen",
    """Beste melder,

Wij hebben uw melding in goede orde ontvangen onder nummer #88213. Een medewerker neemt binnen 2
werkdagen contact met u op. Reageren op dit bericht is niet mogelijk.

Facilitor Servicedesk
""",
    IGN("auto_reply", "noreply@facilitor-servicedesk.example"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-30-nieuwsbrief", "Werkplek Vakblad <nieuwsbrief@werkplekvakblad.example>",
    "Nieuwsbrief november: de toekomst van de flexplek",
    """WERKPLEK VAKBLAD - nieuwsbrief november

- Hybride werken: bezetting flexkantoren stijgt naar 74%
- Toegangscontrole zonder pasje: hoe werkt dat met de AVG?
- Agenda: Facility Event Utrecht, 9 december

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden: https://werkplekvakblad.example/afmelden
""",
    IGN("bulk", "nieuwsbrief@werkplekvakblad.example"),
    headers=["List-Id: <nieuwsbrief.werkplekvakblad.example>",
             "List-Unsubscribe: <https://werkplekvakblad.example/afmelden>",
             "Precedence: bulk"])
