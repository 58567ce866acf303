from common import *  # part nl: written blind

add("nl-01-welke-gegevens",
    "Sanne de Vries <sanne.devries@ziggo-mail.example>",
    "vraagje",
    "Hoi, welke gegevens van mij staan er eigenlijk allemaal bij jullie in het systeem? Groetjes Sanne de Vries\n",
    R(["Access"], "sanne.devries@ziggo-mail.example", "Sanne", "de Vries"))

add("nl-02-koelkast-klacht-vlaams",
    "Joris Van den Broeck <joris.vandenbroeck@telenet-mail.example>",
    "Klacht levering koelkast + verwijdering gegevens",
    """Geachte,

Op 28 oktober werd bij ons een Amerikaanse koelkast geleverd die ik in jullie winkel in Wijnegem had
gekocht. De leveranciers hebben het toestel tegen de deurlijst gestoten, er zit een flinke deuk in de
zijkant en de deurlijst is beschadigd. Zij zeiden dat ik dat maar met de klantendienst moest regelen.

Sindsdien heb ik vier keer gebeld en twee mails gestuurd. Elke keer krijg ik een andere medewerker
die van niets weet. Ik heb foto's, de leveringsbon met de opmerking "schade" en de getuigenis van mijn
buurman.

Ik verwacht een nieuw toestel of een volledige terugbetaling. Daarna wil ik dat jullie mij volledig
schrappen uit jullie bestanden: mijn klantenaccount en alle gegevens die jullie van mij hebben. En
stuur mij vanaf vandaag ook geen reclame meer, niet per mail en niet per post.

Met vriendelijke groeten,
Joris Van den Broeck
2110 Wijnegem
""",
    R(["Erasure", "Opposition"], "joris.vandenbroeck@telenet-mail.example", "Joris", "Van den Broeck"))

add("nl-03-inzageverzoek-avg",
    "Pieter van der Berg <p.vanderberg@kpn-mail.example>",
    "Inzageverzoek ex artikel 15 AVG",
    """Geachte heer/mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG),
mij een kopie te verstrekken van alle persoonsgegevens die Acme over mij verwerkt, alsmede informatie
over de doeleinden, de ontvangers en de bewaartermijnen daarvan.

Ik ben klant van uw webwinkel (klantnummer 20418877) en van uw opticiën in Utrecht Hoog Catharijne.

Ik zie uw reactie binnen de wettelijke termijn van een maand tegemoet.

Met vriendelijke groet,

P.J. van der Berg
""",
    R(["Access"], "p.vanderberg@kpn-mail.example", "Pieter", "van der Berg"))

add("nl-04-vergeten-worden-opticien",
    "fatima el amrani <fatima.elamrani@hotmail-nl.example>",
    "gegevens weg",
    "hallo ik was klant bij de opticien in rotterdam zuidplein maar ik ga nu ergens anders heen. wil graag dat jullie mijn gegevens en oogmeting verwijderen uit het systeem alstublieft dankjewel fatima el amrani\n",
    R(["Erasure"], "fatima.elamrani@hotmail-nl.example", "Fatima", "El Amrani"))

add("nl-05-geboortedatum-hoortoestel",
    "Henk Bosman <henk.bosman@planet-mail.example>",
    "Foute geboortedatum in mijn dossier",
    """Goedemiddag,

Mijn zorgverzekeraar heeft de declaratie voor mijn nieuwe hoortoestellen afgewezen omdat de
geboortedatum niet klopt. In jullie dossier staat 14-07-1951, maar het moet 17-04-1951 zijn. Willen
jullie dit aanpassen en de declaratie opnieuw indienen?

Met vriendelijke groet,
Henk Bosman
Hoorcentrum Acme Zwolle, klant sinds 2020
""",
    R(["Rectification"], "henk.bosman@planet-mail.example", "Henk", "Bosman"))

add("nl-06-afmelden-lukt-niet",
    "Lotte ter Horst <lotte.terhorst@mailbox-nl.example>",
    "Afmelden nieuwsbrief werkt niet",
    html("Beste Acme,",
         "Ik heb me nu drie keer afgemeld via de link onderaan jullie nieuwsbrief, maar ik blijf elke dinsdag en "
         "vrijdag mails krijgen met aanbiedingen. Daarnaast zit er sinds kort ook een folder in de bus.",
         "Ik wil niets meer ontvangen. Haal mij alsjeblieft van al jullie lijsten.",
         "Lotte ter Horst"),
    R(["Opposition"], "lotte.terhorst@mailbox-nl.example", "Lotte", "ter Horst"), ct=HTML)

add("nl-07-camerabeelden-winkel",
    "Ruud van 't Hof <ruud.vanthof@casema-mail.example>",
    "Camera's in de winkel Den Haag",
    """Beste,

Bij de ingang van jullie filiaal in Den Haag hangt een bord dat er camera's met gezichtsherkenning
worden gebruikt. Klopt dat? Wat gebeurt er met die beelden, wie kan ze bekijken en hoelang worden ze
bewaard? Worden ze gedeeld met andere winkels of met de politie?

Groet,
Ruud van 't Hof
""",
    R(["Information"], "ruud.vanthof@casema-mail.example", "Ruud", "van 't Hof"))

add("nl-08-achteraf-betalen-geweigerd",
    "Mehmet Yılmaz <mehmet.yilmaz@mail-nl.example>",
    "Afwijzing gespreid betalen",
    """Goedendag,

Ik wilde een wasmachine en droger in 12 termijnen betalen via de Acme-kaart maar kreeg binnen een paar
seconden de melding "aanvraag afgewezen". Niemand heeft daar naar gekeken, dat ging puur automatisch.
Ik heb een vast contract en geen BKR-registratie.

Graag wil ik dat een medewerker mijn aanvraag opnieuw bekijkt en dat ik mijn kant van het verhaal kan
toelichten.

Mvg,
Mehmet Yılmaz
""",
    R(["AutomatedDecision"], "mehmet.yilmaz@mail-nl.example", "Mehmet", "Yılmaz"))

add("nl-09-bezwaar-en-beperking",
    "Annelies Verhoeven <a.verhoeven@brabant-mail.example>",
    "Bezwaar tegen doorgifte aan incassobureau",
    """Geachte heer, mevrouw,

Ik maak bezwaar tegen het feit dat u mijn gegevens gebruikt om mij via de telefoon te benaderen voor
uw verzekeringsproducten. Daarnaast betwist ik de vordering van EUR 238,- voor een "servicecontract"
dat ik nooit heb afgesloten.

Zolang niet is uitgezocht of die vordering terecht is, verzoek ik u mijn gegevens voor dit dossier
niet verder te gebruiken en in het bijzonder niet door te geven aan een incassobureau (artikel 18 AVG).

Hoogachtend,
Annelies Verhoeven
""",
    R(["Opposition", "Restriction"], "a.verhoeven@brabant-mail.example", "Annelies", "Verhoeven"))

add("nl-10-aankoopgeschiedenis-bestand",
    "Daan Smits <daan.smits@proton-nl.example>",
    "Mijn data downloaden?",
    """Hey,

Kunnen jullie mijn aankoopgeschiedenis en garantiebewijzen als bestand (Excel of csv is prima)
aanleveren? Ik wil het meenemen naar een app voor huishoudadministratie. In mijn account kan ik alleen
per bestelling een pdf downloaden.

Daan
""",
    R(["Portability"], "daan.smits@proton-nl.example", "Daan", "Smits"))

add("nl-11-niet-meer-bellen-caps",
    "<j.de.jong1962@kabelmail.example>",
    "BELLEN",
    "BEL MIJ NIET MEER OVER UW KEUKENACTIE. IK HEB AL 5 KEER GEZEGD DAT IK GEEN INTERESSE HEB. NUMMER VERWIJDEREN UIT UW BELLIJST\n",
    R(["Opposition"], "j.de.jong1962@kabelmail.example"))

add("nl-12-moeder-voor-zoon",
    "Marloes Hendriks <marloes.hendriks@gezin-mail.example>",
    "Account van mijn zoon Thijs",
    """Goedemorgen,

Mijn zoon Thijs Hendriks (15) blijkt een account bij jullie webshop te hebben aangemaakt en daar ook
een koptelefoon te hebben besteld. Als ouder wil ik graag weten welke gegevens van hem jullie
hebben vastgelegd. Kunnen jullie mij die sturen?

Met vriendelijke groet,
Marloes Hendriks
""",
    R(["Access"], "marloes.hendriks@gezin-mail.example", "Thijs", "Hendriks", representative="Marloes Hendriks"))

add("nl-13-mentor-client",
    "Ingrid Pauwels <i.pauwels@mentorschap-zuid.example>",
    "Dhr. G. Kok - verzoek verwijdering gegevens",
    """Geachte heer/mevrouw,

Ik ben door de kantonrechter benoemd tot mentor van de heer Gerrit Kok, geboren 2 maart 1944, wonend
in zorgcentrum De Linde te Eindhoven. Dhr. Kok heeft in 2024 via een huis-aan-huisverkoper van uw
hoorcentrum een gehoortest gedaan.

Namens hem verzoek ik u al zijn gegevens te verwijderen. Een kopie van de beschikking stuur ik mee.

Met vriendelijke groet,
Ingrid Pauwels
Mentorschap Zuid - tel. 040 123 45 67
""",
    R(["Erasure"], "i.pauwels@mentorschap-zuid.example", "Gerrit", "Kok", representative="Ingrid Pauwels"))

add("nl-14-account-houden-nummer-wijzigen",
    "Bas Willems <bas.willems@xs-mail.example>",
    "Telefoonnummer aanpassen",
    """Hallo,

Niet schrikken, ik wil mijn account niet opheffen of zo. Alleen staat er nog een oud mobiel nummer in
dat ik niet meer heb (06-12345678) waardoor ik de sms van de bezorger mis. Nieuw nummer is
06-87654321. Zelf aanpassen kan niet want daarvoor krijg ik een code op het oude nummer...

Bas Willems
""",
    R(["Rectification"], "bas.willems@xs-mail.example", "Bas", "Willems"))

add("nl-15-garantie-stofzuiger",
    "Bram Janssens <bram.janssens@skynet-mail.example>",
    "garantie",
    "Dag, mijn stofzuiger (gekocht in Gent in maart) is kapot. Valt dat nog onder de garantie en waar moet ik ermee naartoe? Bram\n",
    R(["Unknown"], "bram.janssens@skynet-mail.example", "Bram", "Janssens"))

add("nl-16-klantendienst-doorgestuurd",
    "Nele Claes <nele.claes@acme-corp.example>",
    "FW: Wat staat er over mij genoteerd?",
    """Dag privacyteam,

Onderstaande klant vraagt naar zijn gegevens. Kunnen jullie dit oppakken? Hij was nogal boos over de
notities die we bij zijn klacht zouden hebben gemaakt.

Bedankt,
Nele Claes
Klantendienst Acme Belgium

-----Oorspronkelijk bericht-----
Van: Kevin De Smet <kevin.desmet@mail-be.example>
Verzonden: vrijdag 13 november 2026 16:05
Aan: klantendienst@acme-corp.example
Onderwerp: Wat staat er over mij genoteerd?

Goeiedag, ik heb vernomen dat jullie medewerkers bij mijn klacht dingen over mij in het systeem hebben
gezet. Ik wil graag zien wat er allemaal over mij bewaard wordt, inclusief die notities.
Kevin De Smet
""",
    R(["Access"], "kevin.desmet@mail-be.example", "Kevin", "De Smet"))

add("nl-17-hoortest-bijlage", "Sven Dekker <sven.dekker@acme-corp.example>",
    "Fwd: gehoortest gegevens", "",
    R(["Erasure"], "w.jansenkuipers@mail-nl.example", "Wilhelmina", "Jansen-Kuipers"),
    note="Hoi, kreeg deze via het algemene adres van het hoorcentrum Amersfoort. Zie bijlage. Groet, Sven",
    attached=("Wilhelmina Jansen-Kuipers <w.jansenkuipers@mail-nl.example>", "gehoortest gegevens",
              "Geachte heer/mevrouw,\n\nIn september heb ik bij u een gratis gehoortest gedaan. Ik heb besloten geen "
              "hoortoestel te nemen. Ik wil niet dat u mijn testuitslag en gegevens nog langer bewaart, "
              "gooi alles weg.\n\nMet vriendelijke groet,\nW. Jansen-Kuipers\n"))

add("nl-18-familie-mulder-bsn",
    "Fam. Mulder <fam.mulder@thuis-mail.example>",
    "Waarom mijn BSN?",
    """Goedenavond,

Bij het afsluiten van een verlengde garantie in de winkel in Amersfoort vroeg de verkoper om mijn BSN en
een kopie van mijn paspoort. Waarvoor hebben jullie dat nodig, waar wordt het opgeslagen en wie krijgt
het te zien?

Graag antwoord op mijn eigen adres.

Esther Mulder
""",
    R(["Information"], "esther.mulder@eigen-mail.example", "Esther", "Mulder"),
    headers=["Reply-To: Esther Mulder <esther.mulder@eigen-mail.example>"])

add("nl-19-overzicht-en-partijen-latin1",
    "Joëlle Peeters <joelle.peeters@mail-be.example>",
    "Overzicht van mijn gegevens",
    """Beste,

Ik had graag een overzicht gekregen van alle persoonlijke gegevens die jullie van mij bijhouden
(webshop, klantenkaart en opticiën). Daarnaast wil ik weten aan welke andere bedrijven jullie die
gegevens doorgeven, bijvoorbeeld voor de financiering van mijn keuken.

Vriendelijke groeten,
Joëlle Peeters
""",
    R(["Access", "Information"], "joelle.peeters@mail-be.example", "Joëlle", "Peeters"),
    encode="latin-1", ct=LATIN1)

add("nl-20-toestemming-intrekken-partners",
    "Koen Wouters <koen.wouters@vanmeer-facilities.example>",
    "Intrekking toestemming partneraanbiedingen",
    """Goedemorgen,

Bij de aanvraag van mijn Acme-kaart heb ik (blijkbaar) een vinkje gezet voor "aanbiedingen van
zorgvuldig geselecteerde partners". Die toestemming trek ik hierbij in. Ik krijg sindsdien telefoontjes
van een energieleverancier en een verzekeraar die zeggen mijn gegevens via u te hebben.

Met vriendelijke groet,

ir. Koen Wouters
Facility Manager | Van Meer Facilities B.V.
T +31 (0)30 765 43 21
Dit bericht is uitsluitend bestemd voor de geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.
""",
    R(["Opposition"], "koen.wouters@vanmeer-facilities.example", "Koen", "Wouters"))

add("nl-21-taak-verwerkersovereenkomst",
    "Jeroen Visser <jeroen.visser@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe montagepartner",
    """Hoi privacy,

We gaan vanaf januari keukenmontage in Noord-Holland uitbesteden aan MontageWerk B.V. Zij krijgen
namen, adressen, telefoonnummers en plattegronden van de keukens van klanten. Kunnen jullie de
verwerkersovereenkomst opstellen of hun versie beoordelen? Contract moet 15 december getekend zijn.

Groet,
Jeroen Visser
Operations Benelux
""",
    TASK("jeroen.visser@acme-corp.example", "Jeroen", "Visser"))

add("nl-22-taak-vragenlijst-zakelijke-klant",
    "Sophie Maes <sophie.maes@acme-corp.example>",
    "Security- en privacyvragenlijst van zakelijke klant",
    """Dag collega's,

Een hotelketen die bij ons 400 kamers wil inrichten (B2B-offerte) stuurt een vragenlijst van 60 vragen
over informatiebeveiliging en AVG. Kunnen jullie het privacygedeelte (vragen 20-45) invullen? Ik heb het
nodig tegen volgende woensdag.

Sophie Maes
Account Manager B2B
""",
    TASK("sophie.maes@acme-corp.example", "Sophie", "Maes"))

add("nl-23-taak-chatbot-privacyverklaring",
    "Tim Bakker <tim.bakker@acme-corp.example>",
    "Privacyverklaring aanpassen voor chatbot",
    """Hallo,

Op 1 december gaat de nieuwe klantenservice-chatbot live op de webshop (leverancier: TalkFlow, gebruikt
een AI-model). Legal zegt dat de privacyverklaring moet worden aangepast en dat jullie moeten
meekijken. Kunnen jullie een tekstvoorstel doen?

Tim Bakker
E-commerce
""",
    TASK("tim.bakker@acme-corp.example", "Tim", "Bakker"))

add("nl-24-inc-klantenlijst-verkeerde-ontvanger",
    "Yvonne Smit <yvonne.smit@acme-corp.example>",
    "Datalek? Bestand naar verkeerde persoon gemaild",
    """Hallo,

Ik heb vanochtend per ongeluk een Excel-bestand met de bezorgplanning van morgen (ongeveer 120 klanten,
met naam, adres, telefoonnummer en wat er geleverd wordt) gemaild naar een particuliere klant in plaats
van naar onze vervoerder. Autocomplete... Ik heb hem gevraagd het te verwijderen maar nog geen reactie.

Yvonne Smit
Planning Distributiecentrum Tilburg
""",
    INC("yvonne.smit@acme-corp.example", "Yvonne", "Smit"))

add("nl-25-inc-brief-buurvrouw",
    "Gert-Jan Hoekstra <gj.hoekstra@friesland-mail.example>",
    "Brief van jullie hoorcentrum voor iemand anders",
    """Goedemiddag,

In onze brievenbus zat een brief van uw hoorcentrum in Leeuwarden met de uitslag van een gehoortest en
een offerte voor hoortoestellen. De brief is gericht aan mijn buurvrouw (andere huisnummer) maar zat in
een envelop met ons adres. Ik heb hem aan haar gegeven, maar ik denk dat u dit moet weten.

Gert-Jan Hoekstra
""",
    INC("gj.hoekstra@friesland-mail.example", "Gert-Jan", "Hoekstra"))

add("nl-26-inc-usb-kwijt",
    "Rik Mertens <rik.mertens@acme-corp.example>",
    "USB-stick kwijt",
    "Ik ben een USB-stick kwijtgeraakt, waarschijnlijk in de trein Antwerpen-Brussel. Er stond een export op van de klantenkaartleden van filiaal Mechelen (naam, e-mail, geboortedatum). Niet versleuteld helaas. Rik Mertens, filiaalmanager Mechelen\n",
    INC("rik.mertens@acme-corp.example", "Rik", "Mertens"))

add("nl-27-herinnering-dsr",
    "Willem Koster <willem.koster@oost-mail.example>",
    "Re: [DSR-61420] Ontvangstbevestiging van uw verzoek",
    """Geachte,

Ik heb op 5 oktober deze ontvangstbevestiging gekregen en daarna niets meer. De termijn is inmiddels
verstreken. Wanneer ontvang ik een antwoord?

W. Koster

> Wij hebben uw verzoek ontvangen onder nummer DSR-61420.
""",
    FU("61420", "willem.koster@oost-mail.example", "Willem", "Koster"))

add("nl-28-aanvulling-bezwaar",
    "Annelies Verhoeven <a.verhoeven@brabant-mail.example>",
    "Re: Bezwaar tegen doorgifte aan incassobureau",
    """Aanvulling op mijn eerdere mail: inmiddels heb ik ook een brief van incassobureau Vorderingen Direct
ontvangen. Hebben jullie mijn gegevens toch doorgegeven? Ik stuur de brief als bijlage.

Annelies Verhoeven
""",
    FU(ref("nl-09-bezwaar-en-beperking"), "a.verhoeven@brabant-mail.example", "Annelies", "Verhoeven"),
    headers=irt("nl-09-bezwaar-en-beperking"))

add("nl-29-spam-mailbox-vol",
    "IT Helpdesk <helpdesk@acme-corp-mailbox.example>",
    "Uw mailbox is bijna vol - actie vereist",
    """Beste gebruiker,

Uw mailbox privacy@acme-corp.example heeft 98% van de opslag gebruikt. Om verlies van e-mails en
persoonsgegevens te voorkomen moet u uw account binnen 24 uur verifiëren:

https://acme-corp-mailbox.example/verify

IT Helpdesk
""",
    IGN("spam", "helpdesk@acme-corp-mailbox.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailbox.example")])

add("nl-30-spam-bitcoin",
    "Lisa <lisa.investeert@mail-snel.example>",
    "Ik verdien 3000 euro per week vanuit huis",
    """Hoi!

Ik wil je iets vertellen wat mijn leven veranderde. Met dit crypto-platform verdien ik nu 3000 euro per
week. Klik hier om je gratis aan te melden: https://mail-snel.example/crypto

Wil je geen berichten meer? Stuur ons je naam en telefoonnummer en we verwijderen je gegevens.
""",
    IGN("spam", "lisa.investeert@mail-snel.example"), headers=SPAM_HDR)

add("nl-31-ticket-ontvangen",
    "Servicedesk Gemeente <noreply@servicedesk-gemeente.example>",
    "Uw melding is ontvangen [Ticket #2026-118734]",
    """Geachte heer/mevrouw,

Hartelijk dank voor uw bericht. Uw melding is geregistreerd onder nummer 2026-118734. Wij streven
ernaar u binnen 5 werkdagen te antwoorden. Dit is een automatisch gegenereerd bericht, u kunt hier
niet op reageren.
""",
    IGN("auto_reply", "noreply@servicedesk-gemeente.example"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-32-onbestelbaar",
    "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)", "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
