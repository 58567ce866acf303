# Dutch messages of development set 4 (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("nl-01-personeelsdossier", "Sanne de Vries <sanne.devries@acme-corp.example>",
"Inzage personeelsdossier",
"""Hoi,

Ik werk sinds 2020 op de planningsafdeling in Nieuwegein. Volgende maand heb ik een gesprek over
mijn functioneren en mijn leidinggevende verwees naar "eerdere signalen" die in mijn dossier
zouden staan. Die heb ik nooit gezien.

Ik wil graag mijn volledige personeelsdossier inzien, inclusief gespreksverslagen en eventuele
notities van mijn leidinggevende. Kan dat digitaal of moet ik langskomen bij HR?

Groet,
Sanne de Vries
""", R(["Access"], "sanne.devries@acme-corp.example", "Sanne", "de Vries"))

add("nl-02-cv-weg", "Daan van der Berg <daanvdberg@kpn-mail.example>", "graag mijn cv verwijderen",
"""Beste,

Ik heb in oktober gesolliciteerd op de vacature support engineer salarissoftware. Ik heb
inmiddels een andere baan. Willen jullie mijn cv, motivatiebrief en de uitslag van het
assessment verwijderen? Ik hoef ook niet in jullie talentpool.

Met vriendelijke groet,
Daan van der Berg
""", R(["Erasure"], "daanvdberg@kpn-mail.example", "Daan", "van der Berg"))

add("nl-03-foto-voordeur", "Wim Peeters <wim.peeters@telenet-mail.example>",
"bezwaar foto's bij levering",
"""Goeiedag,

Uw koerier heeft gisteren mijn pakje aan de voordeur achtergelaten en er een foto van getrokken.
Op die foto staat ook mijn auto met nummerplaat en de inkom van mijn huis. Ik wil niet dat
jullie nog foto's nemen van mijn woning bij een levering. Ik teken liever gewoon, of leg het bij
de buren (nr. 16).

Met vriendelijke groeten,
Wim Peeters
Kortrijksesteenweg 211, 9000 Gent
""", R(["Opposition"], "wim.peeters@telenet-mail.example", "Wim", "Peeters"), ct=LATIN1, encode="latin-1")

add("nl-04-camerabeelden-lobby", "Fatima El Amrani <f.elamrani@hetnet-mail.example>",
"Verzoek camerabeelden Acme Hotel Amsterdam Zuidas",
"""Geachte heer/mevrouw,

Op donderdag 12 november ben ik rond 22:00 uur in de lobby van Acme Hotel Amsterdam Zuidas
lastiggevallen door een andere gast. Ik heb daarvan aangifte gedaan bij de politie.

Op grond van artikel 15 AVG verzoek ik u mij een kopie te verstrekken van de camerabeelden
waarop ik te zien ben, van ongeveer 21:30 tot 22:30 uur in de lobby en bij de liften. Ik
begrijp dat u andere personen onherkenbaar moet maken.

Met vriendelijke groet,
Fatima El Amrani
""", R(["Access"], "f.elamrani@hetnet-mail.example", "Fatima", "El Amrani"))

add("nl-05-verwerkersovereenkomst", "Marloes Jansen <m.jansen@bakkerij-hoogendoorn.example>",
"Verwerkersovereenkomst Acme Salaris",
"""Goedemiddag,

Wij gebruiken sinds september Acme Salaris voor onze 85 medewerkers. Onze accountant wees ons
erop dat we nog geen getekende verwerkersovereenkomst met jullie hebben. Kunnen jullie ons een
verwerkersovereenkomst sturen die we kunnen laten tekenen door de directie? Of tekenen jullie
die van ons (model van de branchevereniging)?

Alvast bedankt,

Marloes Jansen
HR-manager | Bakkerij Hoogendoorn B.V.
""", R(["Unknown"], "m.jansen@bakkerij-hoogendoorn.example", "Marloes", "Jansen"))

add("nl-06-waar-opgeslagen", "Peter Bakker <peter.bakker@zorggroep-delta.example>",
"Vraag: waar staan onze salarisgegevens?",
"""Hallo,

Onze FG vraagt waar de salarisgegevens van onze medewerkers precies opgeslagen worden. Staan de
servers in Nederland of ergens anders in de EU, en kijkt er supportpersoneel van buiten de EU
mee? Verder wil ze weten welke subverwerkers jullie inzetten.

Dank en groet,
Peter Bakker
Applicatiebeheer, Zorggroep Delta
""", R(["Information"], "peter.bakker@zorggroep-delta.example", "Peter", "Bakker"))

add("nl-07-wat-hebben-jullie-adres-fout", "Joost Mulder <joostmulder@xs-mail.example>",
"mijn gegevens",
"""Hallo,

Ik wil graag weten welke gegevens jullie allemaal van mij hebben. Ik krijg post van jullie op
een adres waar ik al twee jaar niet meer woon (Hoofdstraat 8, Zwolle). Mijn adres is
Wipstrikkerallee 54, 8023 DV Zwolle. Willen jullie dat aanpassen?

Joost Mulder
""", R(["Access", "Rectification"], "joostmulder@xs-mail.example", "Joost", "Mulder"))

add("nl-08-afmelden", "ingrid.smit@ziggo-mail.example", "afmelden!!",
"""ik heb me al 2x afgemeld voor die hotel nieuwsbrief en krijg m nog steeds. haal me nou eens van
die lijst af

Ingrid Smit
""", R(["Opposition"], "ingrid.smit@ziggo-mail.example", "Ingrid", "Smit"))

add("nl-09-overstap-webshop", "Bart Hendriks <bart@hendriks-fietsonderdelen.example>",
"Export adresboek en verzendhistorie",
"""Beste Acme Express,

Ik heb een kleine webshop in fietsonderdelen (eenmanszaak) en stap per 1 januari over naar een
andere vervoerder. Kunnen jullie mijn adresboek en verzendgeschiedenis in een machineleesbaar
formaat (CSV of JSON) exporteren en rechtstreeks naar mijn nieuwe vervoerder sturen? Het
e-mailadres van hun onboarding-team stuur ik na.

Groeten,
Bart Hendriks
""", R(["Portability"], "bart@hendriks-fietsonderdelen.example", "Bart", "Hendriks"))

add("nl-10-scannerdata-beperking", "Mehmet Yılmaz <mehmet.yilmaz@hotmail-nl.example>",
"scannerdata en mijn beoordeling",
"""Goedendag,

Ik werk als orderpicker in het distributiecentrum Tilburg. Mijn teamleider gebruikt de
scannerdata (picks per uur) voor mijn beoordeling, maar in september was mijn scanner twee weken
kapot en werden mijn picks op een collega geboekt. Ik heb daar bezwaar tegen gemaakt bij HR.

Zolang dat onderzocht wordt, wil ik dat die scannergegevens niet gebruikt worden voor mijn
beoordeling of mijn contractverlenging. Dus graag beperking van de verwerking tot het uitgezocht
is.

Met vriendelijke groet,
Mehmet Yılmaz
""", R(["Restriction"], "mehmet.yilmaz@hotmail-nl.example", "Mehmet", "Yılmaz"))

add("nl-11-boeking-geweigerd", "Lotte van Dijk <lotte.vandijk@planet-mail.example>",
"Boeking automatisch geweigerd?",
"""Hallo,

Ik probeerde gisteren een kamer te boeken in jullie hotel in Utrecht en kreeg de melding "Uw
boeking kan niet worden voltooid op basis van onze risicobeoordeling". Drie keer geprobeerd,
met twee verschillende creditcards. Ik heb nooit iets verkeerds gedaan bij jullie.

Ik wil dat een echte medewerker hiernaar kijkt en dat ik uitleg krijg waarom het systeem mij
weigert. Dit voelt als een computer die over mij beslist.

Lotte van Dijk
""", R(["AutomatedDecision"], "lotte.vandijk@planet-mail.example", "Lotte", "van Dijk"))

add("nl-12-advocaat-oud-medewerkster", "mr. J. Verhoeven <j.verhoeven@verhoeven-advocatuur.example>",
"Inzageverzoek en verwijderingsverzoek namens mevrouw E. Kuipers",
"""Geachte heer, mevrouw,

Namens mijn cliënte, mevrouw Esther Kuipers, tot 1 augustus 2026 werkzaam als front office
manager bij Acme Hotel Rotterdam Centraal, verzoek ik u op grond van artikel 15 AVG om een
volledig overzicht en een kopie van alle persoonsgegevens die u van haar verwerkt, waaronder
haar personeelsdossier en de verslagen van de gesprekken in juni en juli.

Daarnaast verzoek ik u op grond van artikel 17 AVG de foto's en video's van cliënte te
verwijderen van uw website, het intranet en uw sociale-mediakanalen.

Een machtiging van cliënte treft u bijgaand aan.

Hoogachtend,

mr. J. (Joris) Verhoeven
advocaat
Verhoeven Advocatuur, Rotterdam
""", R(["Access", "Erasure"], "j.verhoeven@verhoeven-advocatuur.example", "Esther", "Kuipers",
       representative="Joris Verhoeven"))

add("nl-13-zoon-spaaractie", "Hans de Groot <hans.degroot@home-nl.example>",
"Account van mijn zoon (14)",
"""Goedemiddag,

Mijn zoon Thijs de Groot (14 jaar) heeft zonder dat wij het wisten een account aangemaakt in de
Acme Hotels-app voor een spaaractie met een festivalticket. Hij heeft daar zijn geboortedatum,
telefoonnummer en een selfie ingevuld.

Als zijn vader en wettelijk vertegenwoordiger vraag ik u dit account en al zijn gegevens te
verwijderen. Het e-mailadres van het account is thijs.degroot10@home-nl.example.

Met vriendelijke groet,
Hans de Groot
""", R(["Erasure"], "hans.degroot@home-nl.example", "Thijs", "de Groot", representative="Hans de Groot"))

add("nl-14-bewaartermijn-camera", "Anouk Visser <anouk.visser@kpnplanet-mail.example>",
"Hoe lang bewaren jullie camerabeelden?",
html("Goedemorgen,",
     "Ik verblijf volgende maand met een groep in jullie hotel in Den Haag. Een paar deelnemers "
     "vroegen waar er camera&#39;s hangen, hoe lang de beelden bewaard worden en wie ze kan "
     "bekijken. Kunt u mij dat laten weten zodat ik het kan doorgeven?",
     "Met vriendelijke groet,<br>Anouk Visser<br>Reisbureau Visser &amp; Zn."),
R(["Information"], "anouk.visser@kpnplanet-mail.example", "Anouk", "Visser"), ct=HTML)

add("nl-15-fwd-foto-verwijderen", "Sjoerd Postma <sjoerd.postma@acme-corp.example>",
"FW: foto van mijn voordeur",
"""Hoi privacyteam,

Onderstaande klacht kwam bij ons binnen via klantenservice. Klant wil dat de bezorgfoto
verwijderd wordt. Kunnen jullie dit oppakken? Ik heb hem laten weten dat jullie contact opnemen.

Groet,
Sjoerd
Klantenservice Acme Express

Van: Kees Dekker <kees.dekker@caiway-mail.example>
Verzonden: zondag 15 november 2026 20:41
Aan: klantenservice@acme-corp.example
Onderwerp: foto van mijn voordeur

Jullie bezorger heeft een foto gemaakt van mijn voordeur met mijn vrouw erop in ochtendjas.
Die foto staat nu in mijn account bij de zending. Haal die foto onmiddellijk weg uit jullie
systemen.

Kees Dekker
""", R(["Erasure"], "kees.dekker@caiway-mail.example", "Kees", "Dekker"))

add("nl-16-foto-intranet", "Els Claes <els.claes@acme-corp.example>",
"mijn foto op intranet en website",
"""Dag,

Ik verlaat Acme eind deze maand (laatste werkdag 30/11). Mijn foto staat nog op de "ons team"
pagina van de website van het hotel in Antwerpen en op het intranet bij de verjaardagen.
Kunnen jullie die verwijderen na mijn vertrek? Mijn toestemming daarvoor geldt niet meer.

Bedankt,
Els Claes
Sales & Events
""", R(["Erasure"], "els.claes@acme-corp.example", "Els", "Claes"))

add("nl-17-pakket-bij-buren", "Ria Koster <riakoster@quicknet-mail.example>", "pakket",
"""Goedemiddag, mijn pakket (3SACME77120551) is volgens de track & trace bij de buren op nummer
12 afgeleverd maar die zijn al twee weken op vakantie. Wat nu? Het was een verjaardagscadeau.

Ria Koster
""", R(["Unknown"], "riakoster@quicknet-mail.example", "Ria", "Koster"))

add("nl-18-waarom-geboortedatum", "Tom Hermans <tom.hermans@skynet-mail.example>",
"geboortedatum bij inchecken",
"""Dag,

Bij het inchecken in jullie hotel in Brugge moest ik mijn geboortedatum en het nummer van mijn
identiteitskaart opgeven. Waarom is dat nodig, waar gaat die informatie naartoe en hoe lang
houden jullie dat bij? Puur uit interesse.

Tom Hermans
""", R(["Information"], "tom.hermans@skynet-mail.example", "Tom", "Hermans"))

add("nl-19-geen-profilering", "Sophie Wouters <sophie.wouters@proximus-mail.example>",
"gepersonaliseerde aanbiedingen",
"""Ik wil niet dat jullie mijn verblijven en restaurantbestedingen gebruiken om mij
"gepersonaliseerde aanbiedingen" te sturen of een profiel van mij te maken. Graag stoppen.
Sophie Wouters
""", R(["Opposition"], "sophie.wouters@proximus-mail.example", "Sophie", "Wouters"))

add("nl-20-ritgegevens", "Ahmed Bouzid <ahmed.bouzid@acme-corp.example>", "ritgegevens bestelbus",
"""Hallo,

Ik ben chauffeur bij depot Eindhoven. In mijn bus zit een track-and-trace kastje. Ik wil graag
een kopie van alle rit- en locatiegegevens die over mij zijn opgeslagen van de afgelopen zes
maanden, ook de meldingen over hard remmen en snelheid.

Ahmed Bouzid
""", R(["Access"], "ahmed.bouzid@acme-corp.example", "Ahmed", "Bouzid"))

add("nl-21-task-uitzendbureau", "Erik Vos <erik.vos@acme-corp.example>",
"Verwerkersovereenkomst nieuw uitzendbureau",
"""Hoi,

Voor de piekdrukte in december gaan we met FlexPlus Uitzendgroep werken (ongeveer 150
uitzendkrachten in de sorteercentra). Zij sturen ons een verwerkersovereenkomst en willen
toegang tot ons roosterprogramma. Kunnen jullie naar die overeenkomst kijken en zeggen of we
zo kunnen tekenen? Het moet wel voor 1 december rond zijn.

Groet,
Erik Vos
Inkoop
""", TASK("erik.vos@acme-corp.example", "Erik", "Vos"))

add("nl-22-task-gezichtsherkenning", "Linda Brouwer <linda.brouwer@acme-corp.example>",
"Gezichtsherkenning personeelsingang - DPIA nodig?",
"""Beste privacyteam,

Facilitair wil bij de personeelsingang van het sorteercentrum Veenendaal toegangspoortjes met
gezichtsherkenning plaatsen in plaats van pasjes. Ik vermoed dat dat niet zomaar mag. Kunnen
jullie een DPIA doen of advies geven voordat we een offerte tekenen?

Linda Brouwer
Manager Facilitair
""", TASK("linda.brouwer@acme-corp.example", "Linda", "Brouwer"))

add("nl-23-task-privacyverklaring", "Niels Bos <niels.bos@acme-corp.example>",
"Privacyverklaring hotelwebsite aanpassen",
"""Hoi allen,

We lanceren op 1 december de nieuwe boekingsmodule op de hotelwebsites (met chatbot en
Meta-pixel voor advertenties). Marketing vraagt of jullie de privacyverklaring en de
cookietekst kunnen bijwerken. Concepttekst staat in SharePoint. Deadline 25 november.

Thanks!
Niels Bos
Digital Marketing Benelux
""", TASK("niels.bos@acme-corp.example", "Niels", "Bos"))

add("nl-24-inc-telefoon-trein", "Roel Janssens <roel.janssens@acme-corp.example>",
"werktelefoon",
"""Hoi,

Vanochtend in de trein van Breda naar Rotterdam heb ik mijn werktelefoon laten liggen. Ik had
het pas door bij het kantoor. NS gevonden voorwerpen heeft nog niks. Op die telefoon staat mijn
Outlook met mails van klanten, en de Acme Salaris-app waarmee ik inlog bij klantomgevingen
(met loongegevens). Er zit een pincode op, maar ik weet niet of die sterk genoeg is (geboortejaar).

Ik hoorde dat ik dit aan jullie moest melden?

Roel Janssens
Consultant Implementatie
""", INC("roel.janssens@acme-corp.example", "Roel", "Janssens"))

add("nl-25-inc-loonstroken-verkeerd", "Kim van Leeuwen <kim.vanleeuwen@acme-corp.example>",
"loonstroken naar verkeerde klant gestuurd",
"""Hallo,

Bij het versturen van de salarisrun van oktober heb ik per ongeluk het bestand met loonstroken
van Installatiebedrijf Brink (42 medewerkers) naar de contactpersoon van Brinkman Schoonmaak
gestuurd. De namen lijken op elkaar en Outlook vulde het adres automatisch aan. Ik heb de
ontvanger gebeld, ze zegt dat ze het heeft verwijderd.

Kim van Leeuwen
Payroll Services
""", INC("kim.vanleeuwen@acme-corp.example", "Kim", "van Leeuwen"))

add("nl-26-inc-rittenlijst-in-doos", "Gert-Jan Smeets <gj.smeets@limburg-mail.example>",
"Rittenlijst van jullie bezorger in mijn pakket",
"""Goedendag,

Vandaag kreeg ik een pakket van jullie. Toen ik de doos openmaakte zat er een uitgeprinte
rittenlijst in van de bezorger: ongeveer 40 namen, adressen en telefoonnummers van andere
mensen in Sittard, met opmerkingen als "niet thuis, hond" en "sleutel onder mat". Dat lijkt me
niet de bedoeling.

Wat wilt u dat ik ermee doe? Opsturen of vernietigen?

Gert-Jan Smeets
""", INC("gj.smeets@limburg-mail.example", "Gert-Jan", "Smeets"))

add("nl-27-inc-factuur-andere-gast", "Hanneke Meijer <hanneke.meijer@acme-corp.example>",
"gast zag factuur van andere gast in app",
"""Hallo,

Vanmiddag belde een gast mij (ik ben duty manager in Acme Hotel Maastricht). Hij had in de
Acme Hotels-app zijn factuur geopend en zag daar de factuur van een andere gast: naam, adres,
kamernummer, en wat die had besteld in de bar. Hij heeft een screenshot gestuurd. Het lijkt erop
dat het vaker gebeurt sinds de update van vorige week, een collega had een vergelijkbaar verhaal.

Hanneke Meijer
""", INC("hanneke.meijer@acme-corp.example", "Hanneke", "Meijer"))

add("nl-28-fu-hoe-staat-het", "Wilma de Boer <wilma.deboer@home-nl.example>",
"Re: [DSR-48770] Bevestiging van uw verzoek",
"""Goedemorgen,

Hoe staat het met mijn verzoek? Ik heb nog niets ontvangen en het is inmiddels ruim vier weken
geleden.

Met vriendelijke groet,
Wilma de Boer

Op 12 okt. 2026 om 10:15 schreef privacy@acme-corp.example:
> Beste mevrouw De Boer,
> Wij hebben uw verzoek ontvangen onder nummer DSR-48770.
""", FU("48770", "wilma.deboer@home-nl.example", "Wilma", "de Boer"))

add("nl-29-fu-aanvulling-tijd", "Fatima El Amrani <f.elamrani@hetnet-mail.example>",
"RE: Verzoek camerabeelden Acme Hotel Amsterdam Zuidas",
"""Aanvulling: ik heb het nagekeken en het was iets later, rond 22:15. Ik droeg een rode jas. De
politie heeft het proces-verbaalnummer 2026-118402.

Fatima El Amrani
""", FU(ref("nl-04-camerabeelden-lobby"), "f.elamrani@hetnet-mail.example", "Fatima", "El Amrani"),
    headers=irt("nl-04-camerabeelden-lobby"))

add("nl-30-fu-legitimatie", "k.tan@telfort-mail.example", "RE: [DSR-51024]",
"""In de bijlage een kopie van mijn rijbewijs met BSN afgeschermd, zoals gevraagd.

Kevin Tan
""", FU("51024", "k.tan@telfort-mail.example", "Kevin", "Tan"))

add("nl-31-spam-pakket-betaling", "Acme Express Bezorging <info@acmexpress-bezorg.example>",
"Uw pakket wacht op betaling van verzendkosten",
"""Beste klant,

Uw pakket kon niet worden bezorgd wegens onvoldoende frankering. Betaal binnen 24 uur EUR 1,95
via onderstaande link om een nieuwe bezorgdatum te kiezen.

https://acmexpress-bezorg.example/betalen

Uw gegevens worden verwerkt volgens de AVG.
Acme Express
""", IGN("spam", "info@acmexpress-bezorg.example"), headers=SPAM_HDR)

add("nl-32-spam-mailbox-vol", "IT Servicedesk <servicedesk@acme-corp-mailbeheer.example>",
"Uw mailbox privacy@acme-corp.example is bijna vol",
"""Geachte gebruiker,

Uw mailbox heeft 98% van de opslaglimiet bereikt. Inkomende berichten (ook AVG-verzoeken) worden
binnen 12 uur geweigerd. Bevestig uw account om extra opslag te activeren:

https://acme-corp-mailbeheer.example/bevestigen

IT Servicedesk
""", IGN("spam", "servicedesk@acme-corp-mailbeheer.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailbeheer.example")])

add("nl-33-spam-emaillijst", "Data Leads BV <sales@b2b-leads-direct.example>",
"2 miljoen HR-managers - 100% AVG-proof e-maillijst",
"""Goedemiddag,

Wilt u uw salarissoftware onder de aandacht brengen bij HR-beslissers? Wij leveren een actuele
lijst van 2.000.000 HR-managers in de Benelux en Duitsland, volledig AVG-proof, voor slechts
EUR 499. Alleen deze week 30% korting.

Wilt u niet meer door ons gemaild worden? Antwoord dan met VERWIJDER.

Data Leads BV
""", IGN("spam", "sales@b2b-leads-direct.example"))

add("nl-34-afwezig", "Peter Bakker <peter.bakker@zorggroep-delta.example>",
"Afwezig: Vraag: waar staan onze salarisgegevens?",
"""Ik ben met vakantie tot en met vrijdag 27 november en lees mijn mail niet. Voor dringende
zaken kunt u terecht bij functioneelbeheer@zorggroep-delta.example.

Peter Bakker
""", IGN("auto_reply", "peter.bakker@zorggroep-delta.example"), headers=["Auto-Submitted: auto-replied"])

add("nl-35-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
"Undelivered Mail Returned to Sender", "",
IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
