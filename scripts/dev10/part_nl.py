from common import *  # part nl: written blind

add("nl-01-inzage-kort", "Pieter de Vries <pdv1971@kpnmail.example>", "inzageverzoek",
    "Inzageverzoek art. 15 AVG. Graag alles wat jullie van mij hebben.\n\nPieter de Vries\n",
    R(["Access"], "pdv1971@kpnmail.example", "Pieter", "de Vries"))

add("nl-02-brief-inzage-correctie", "mr. A.M. van der Meulen <annelies.vandermeulen@juristmail.example>",
    "Verzoek op grond van artikel 15 en 16 AVG",
    """Geachte heer, mevrouw,

Als klant (klantnummer 3021-88412, mobiel nummer 06-41234567) verzoek ik u op grond van
artikel 15 van de Algemene verordening gegevensbescherming mij een afschrift te verstrekken van
alle persoonsgegevens die u van mij verwerkt, waaronder de gegevens die bij de kredietcheck zijn
gebruikt en de aantekeningen van uw klantenservice.

Tevens verzoek ik u op grond van artikel 16 AVG mijn gegevens te corrigeren: mijn achternaam is
"Van der Meulen" en niet "Meulen", en mijn huidige adres is Prinsengracht 412-III, 1016 JE
Amsterdam.

Ik zie uw reactie binnen de wettelijke termijn van een maand tegemoet.

Hoogachtend,

mr. Annelies van der Meulen
""",
    R(["Access", "Rectification"], "annelies.vandermeulen@juristmail.example", "Annelies", "van der Meulen"))

add("nl-03-deurwaarder-verhaal", "Sanne Bakker <sanne.bakker@ziggo-like.example>", "Klacht + verzoek",
    """Beste mensen,

Ik ben echt boos. Vorig jaar ben ik verhuisd van Zwolle naar Deventer en heb ik mijn
internetabonnement netjes opgezegd via de chat. Ik kreeg een bevestiging. Daarna hoorde ik
niks meer, tot er vorige week een deurwaarder aan de deur stond bij mijn moeder (!) in Zwolle,
met een vordering van ruim 400 euro inclusief incassokosten. Hoe komt een deurwaarder aan
het adres van mijn moeder? Dat heb ik nooit aan jullie gegeven.

Ik heb drie keer gebeld. Eén medewerker zei dat de opzegging "niet goed verwerkt" was, de
volgende zei dat er nooit is opgezegd. Niemand kan me vertellen wat er nu eigenlijk klopt.

Wat ik wil: stuur me een overzicht van alle persoonsgegevens die jullie over mij hebben en
vooral welke gegevens jullie aan het incassobureau en de deurwaarder hebben doorgegeven, en
wanneer. Dan kan ik zelf zien waar het mis is gegaan.

De vordering zelf betwist ik via de klachtenprocedure, daar hoor ik hopelijk apart over.
Als dit niet opgelost wordt ga ik naar de Geschillencommissie.

Sanne Bakker
06-19283746
""",
    R(["Access"], "sanne.bakker@ziggo-like.example", "Sanne", "Bakker"))

add("nl-04-niet-meer-bellen", "Henk Mulder <henkmulder56@hetnet-like.example>", "bellen",
    "bel me niet meer met aanbiedingen ik heb al 3x gezegt dat ik geen intresse heb in glasvezel haal me uit het bel bestand\nhenk mulder\n",
    R(["Opposition"], "henkmulder56@hetnet-like.example", "Henk", "Mulder"))

add("nl-05-wissen-vlaams", "Lies Vermeulen <lies.vermeulen@telenet-like.example>", "Wissen van mijn gegevens",
    """Goeiedag,

Sinds september ben ik geen klant meer (overgestapt met mijn GSM-nummer). Gelieve al mijn
persoonsgegevens te wissen, ook mijn klantenaccount in de app. Een kopie hoeft niet, ik wil
gewoon dat het weg is.

Met vriendelijke groeten,
Lies Vermeulen
Gent
""",
    R(["Erasure"], "lies.vermeulen@telenet-like.example", "Lies", "Vermeulen"))

add("nl-06-bewaartermijn-verkeersgegevens", "Mohamed El Idrissi <m.elidrissi@mailbox-nl.example>", "vraag over bewaren van belgegevens",
    """Hallo,

Ik vroeg me af hoe lang jullie mijn verkeersgegevens bewaren (wie ik bel, wanneer, via welke
mast) en of die zomaar aan de politie of andere instanties worden gegeven. Geen verzoek om
iets op te sturen, ik wil het alleen weten.

Groet,
Mohamed El Idrissi
""",
    R(["Information"], "m.elidrissi@mailbox-nl.example", "Mohamed", "El Idrissi"))

add("nl-07-afgewezen-kredietcheck", "Daan Visser <daan.visser@outlook-like.example>", "Afwijzing abonnement met toestel",
    """Hoi,

Ik wilde online een abonnement met een nieuwe telefoon afsluiten maar kreeg binnen een paar
seconden een afwijzing "op basis van onze acceptatiecriteria". Er heeft dus niemand naar
gekeken. Ik heb geen BKR-registratie en een vaste baan.

Ik maak bezwaar tegen dit geautomatiseerde besluit en wil dat een medewerker mijn aanvraag
opnieuw bekijkt.

Daan Visser
""",
    R(["AutomatedDecision"], "daan.visser@outlook-like.example", "Daan", "Visser"))

add("nl-08-adres-onjuist-beperking", "Joris van den Berg <joris.vdberg@planet-like.example>", "Onjuist adres - beperking verwerking",
    """Geachte heer/mevrouw,

Mijn facturen en aanmaningen gaan naar een adres in Amersfoort waar ik nooit heb gewoond. Mijn
juiste adres is Oudegracht 88, 3511 AV Utrecht; corrigeer dat alstublieft.

Zolang jullie nog uitzoeken welk adres klopt, verzoek ik om beperking van de verwerking: gebruik
mijn gegevens niet voor aanmaningen of incasso en stuur niets meer naar dat andere adres.

Met vriendelijke groet,
Joris van den Berg
""",
    R(["Rectification", "Restriction"], "joris.vdberg@planet-like.example", "Joris", "van den Berg"))

add("nl-09-overstap-data-meenemen", "Fleur Hendriks <fleur.hendriks@gmail-like.example>", "Mijn gegevens meenemen naar nieuwe provider",
    """Hoi!

Ik stap over naar een andere provider. Kunnen jullie mijn verbruiksgegevens en
klantgegevens in een bestand aanleveren dat ik daar kan inlezen (csv of zo)? Of rechtstreeks
aan hen sturen, als dat kan. Nummerbehoud is al geregeld trouwens, daar gaat het niet om.

Dank je!
Fleur
""",
    R(["Portability"], "fleur.hendriks@gmail-like.example", "Fleur", "Hendriks"))

add("nl-10-internet-storing-html", "Bram Smit <bram.smit@kabelmail.example>", "Internet doet het niet",
    html("Goedemiddag,",
         "Sinds dinsdag heb ik <b>geen internet</b> meer. Modem knippert oranje. Ik heb hem al 5 keer opnieuw opgestart.",
         "Klantnummer 77120045. Wanneer komt er een monteur?",
         "Bram Smit"),
    R(["Unknown"], "bram.smit@kabelmail.example", "Bram", "Smit"), ct=HTML)

add("nl-11-bewindvoerder", "Rianne Hoekstra <r.hoekstra@bewind-noord.example>", "Verzoek namens cliënte mw. T. Kok",
    """Geachte heer/mevrouw,

Ik ben door de kantonrechter benoemd als beschermingsbewindvoerder van mevrouw Truus Kok,
geboren 14-02-1958, wonende te Leeuwarden (beschikking bijgevoegd).

Om de schuldenpositie van mijn cliënte in kaart te brengen verzoek ik u mij een overzicht te
sturen van alle gegevens die u over haar verwerkt: lopende contracten, openstaande facturen,
betalingsachterstanden en eventuele overdrachten aan incassobureaus.

Met vriendelijke groet,

Rianne Hoekstra
Bewindvoerder
Bewind Noord B.V. | 058 - 2 34 56 78
""",
    R(["Access"], "r.hoekstra@bewind-noord.example", "Truus", "Kok", representative="Rianne Hoekstra"))

add("nl-12-kopie-dan-wissen", "Emre Yılmaz <emre.yilmaz@mailbox-nl.example>", "gegevens opvragen en daarna verwijderen",
    """Goedendag,

Ik zou graag een kopie krijgen van alle gegevens die jullie van mij hebben (ook gespreksopnames
met de klantenservice als die er zijn). Als ik die heb ontvangen wil ik dat jullie alles
verwijderen, ik ben per 1 december geen klant meer.

Met vriendelijke groet,
Emre Yılmaz
""",
    R(["Access", "Erasure"], "emre.yilmaz@mailbox-nl.example", "Emre", "Yılmaz"))

add("nl-13-locatie-toestemming", "Sophie van Leeuwen <sophie.vanleeuwen@xs-mail.example>", "Toestemming locatie intrekken",
    """Hallo,

In de app heb ik ooit "locatiegebaseerde aanbiedingen" aangezet. Ik trek die toestemming bij
deze in. Verwijder ook de locatiegeschiedenis die jullie daarvoor hebben opgebouwd.

Sophie van Leeuwen
Verzonden vanaf mijn Samsung Galaxy-smartphone.
""",
    R(["Opposition", "Erasure"], "sophie.vanleeuwen@xs-mail.example", "Sophie", "van Leeuwen"))

add("nl-14-naam-van-t-hof", "Gert-Jan van 't Hof <gj.vanthof@zeelandnet-like.example>", "Naam fout gespeld",
    """Beste,

Op alle brieven staat "G. Vanthof". Mijn naam is Gert-Jan van 't Hof. Willen jullie dat
aanpassen? Ook mijn e-mailadres in het systeem is nog het oude werkadres, dat moet dit adres
worden.

Gr. Gert-Jan
""",
    R(["Rectification"], "gj.vanthof@zeelandnet-like.example", "Gert-Jan", "van 't Hof"))

add("nl-15-winkel-camerabeelden-doorgestuurd", "Lotte Willems <lotte.willems@acme-corp.example>", "FW: camerabeelden winkel Eindhoven",
    """Hoi privacyteam,

Deze kwam binnen op het winkeladres. Klant wil de camerabeelden van zijn bezoek. Kunnen jullie
dit oppakken? Beelden worden 28 dagen bewaard dus het is een beetje haast.

Groetjes,
Lotte Willems
Winkelmanager Eindhoven Centrum

-----Oorspronkelijk bericht-----
Van: Noah Peeters <noah.peeters@student-mail.example>
Verzonden: zaterdag 14 november 2026 16:20
Aan: winkel.eindhoven@acme-corp.example
Onderwerp: camerabeelden

Goedemiddag, ik was vandaag om ongeveer 14.30 uur in jullie winkel en er is een discussie
geweest met een medewerker over een ingeleverde telefoon. Ik wil graag de camerabeelden
waarop ik te zien ben opvragen.
Noah Peeters
""",
    R(["Access"], "noah.peeters@student-mail.example", "Noah", "Peeters"))

add("nl-16-bijlage-nieuwsbrief", "Klantenservice Team B <kc.teamb@acme-corp.example>", "FW: afmelden",
    "",
    R(["Opposition"], "ilse.degroot@home-mail.example", "Ilse", "de Groot"),
    attached=("Ilse de Groot <ilse.degroot@home-mail.example>", "afmelden",
              """Hallo, ik wil geen nieuwsbrieven en sms'jes met aanbiedingen meer. De afmeldlink werkt
niet (foutmelding). Graag uit al jullie mailinglijsten halen.
Ilse de Groot
"""),
    note="Doorgestuurd ter afhandeling, klant wil afgemeld worden voor alles. Groet, Mark (KC team B)")

add("nl-17-bsn-winkel-cp1252", "Anouk Brouwer <anouk.brouwer@mailbox-nl.example>", "Waarom mijn BSN?",
    """Hallo,

Bij het afsluiten van een abonnement in de winkel (Den Haag, Spuistraat) vroeg de medewerker
naar mijn BSN en maakte een kopie van mijn paspoort “voor de kredietcheck”. Mag dat
eigenlijk? Waarvoor gebruiken jullie dat nummer, met wie delen jullie het en hoe lang wordt het
bewaard? Het ging om een abonnement van €25 per maand…

Groeten,
Anouk Brouwer
""",
    R(["Information"], "anouk.brouwer@mailbox-nl.example", "Anouk", "Brouwer"), ct=CP1252, encode="cp1252")

add("nl-18-familieadres-belgegevens", "Fam. Dijkstra <dijkstra.thuis@caiway-like.example>", "belgegevens opvragen",
    """Goedenavond,

Ik wil graag de specificatie van alle gesprekken en sms'jes van mijn nummer 06-28374651 over de
afgelopen zes maanden, plus wat jullie verder over mij hebben vastgelegd. Het contract staat op
mijn naam.

Antwoord graag naar mijn eigen mailadres, niet naar het gezinsadres.

Wouter Dijkstra
""",
    R(["Access"], "wouter.dijkstra@werkmail-nl.example", "Wouter", "Dijkstra"),
    headers=["Reply-To: Wouter Dijkstra <wouter.dijkstra@werkmail-nl.example>"])

add("nl-19-dsr-id-bewijs", "Kees Jonker <kees.jonker@hetnet-like.example>", "RE: Uw verzoek is ontvangen [DSR-22519]",
    """Goedemorgen,

Zoals gevraagd stuur ik hierbij een kopie van mijn rijbewijs (BSN afgeschermd) ter
identificatie. Ik hoor graag wanneer ik de gegevens kan verwachten.

Kees Jonker

> Wij hebben uw verzoek ontvangen onder referentie DSR-22519. Om uw identiteit te
> controleren vragen wij u een kopie van een identiteitsbewijs te sturen.
""",
    FU("22519", "kees.jonker@hetnet-like.example", "Kees", "Jonker"))

add("nl-20-daan-herinnering", "Daan Visser <daan.visser@outlook-like.example>", "Re: Afwijzing abonnement met toestel",
    "Hoi, al twee weken niks gehoord over mijn bezwaar tegen die automatische afwijzing. Wordt er nog naar gekeken?\nDaan\n",
    FU(ref("nl-07-afgewezen-kredietcheck"), "daan.visser@outlook-like.example", "Daan", "Visser"),
    headers=irt("nl-07-afgewezen-kredietcheck"))

add("nl-21-taak-verwerkersovereenkomst", "Maarten Kuipers <maarten.kuipers@acme-corp.example>", "Verwerkersovereenkomst nieuwe cloudleverancier",
    """Hoi,

IT wil de ticketing voor de klantenservice verhuizen naar een SaaS-pakket (leverancier zit in
Ierland, support deels vanuit India). Kunnen jullie de verwerkersovereenkomst en de
subverwerkerslijst beoordelen? Ik stuur de documenten in een aparte mail.

Groet,
Maarten Kuipers
IT Vendor Management
""",
    TASK("maarten.kuipers@acme-corp.example", "Maarten", "Kuipers"))

add("nl-22-taak-dpia-stemherkenning", "Esther Meijer <esther.meijer@acme-corp.example>", "DPIA stemherkenning klantenservice",
    """Beste privacy officer,

We willen in het voorjaar stemherkenning ("voice ID") inzetten om bellers bij de
klantenservice te verifiëren. Dat zijn biometrische gegevens, dus volgens mij moet er een DPIA
komen. Kunnen jullie die opstarten? Ik lever graag input.

Esther Meijer
Manager Klantcontact
""",
    TASK("esther.meijer@acme-corp.example", "Esther", "Meijer"))

add("nl-23-taak-vragenlijst-zakelijke-klant", "Ruben Vos <ruben.vos@acme-corp.example>", "security & privacy vragenlijst van gemeente",
    """Hallo,

Een gemeente (aanbesteding zakelijke mobiele telefonie, 1.800 aansluitingen) heeft ons een
privacy- en securityvragenlijst van 96 vragen gestuurd. Deadline 4 december. Kunnen jullie het
privacydeel invullen? Excel in de bijlage.

Ruben Vos
Accountmanager Overheid
""",
    TASK("ruben.vos@acme-corp.example", "Ruben", "Vos"))

add("nl-24-inc-phishing-geklikt", "Tim de Boer <tim.deboer@acme-corp.example>", "Ik denk dat ik op een phishing link heb geklikt",
    """Hoi,

Ik kreeg vanochtend een mail "Uw Microsoft wachtwoord verloopt" en heb op de link geklikt en
mijn gebruikersnaam en wachtwoord ingevuld voordat ik het doorhad. Met dat account kan ik bij
het klantsysteem (klantgegevens, facturen). Wachtwoord inmiddels gewijzigd. Servicedesk weet
het.

Tim de Boer
Backoffice Facturatie
""",
    INC("tim.deboer@acme-corp.example", "Tim", "de Boer"))

add("nl-25-inc-factuur-ander", "Karin Smits <karin.smits@home-mail.example>", "Factuur van iemand anders ontvangen",
    """Goedendag,

In mijn mailbox zat vandaag een factuur van jullie voor een andere klant: naam, adres in
Tilburg, IBAN en een gespreksspecificatie. Lijkt me niet de bedoeling. Ik heb niets
doorgestuurd.

Karin Smits
""",
    INC("karin.smits@home-mail.example", "Karin", "Smits"))

add("nl-26-inc-contracten-oud-papier", "Winkel Utrecht Hoog Catharijne <winkel.utrecht@acme-corp.example>", "doos met contracten weg",
    """Hallo privacy,

Bij het opruimen van het magazijn is per ongeluk een doos met getekende contracten (met
kopieën van ID-bewijzen) bij het oud papier gezet in de container achter het winkelcentrum.
Container is vanochtend al geleegd. Het gaat om contracten van ongeveer 2019-2020.

Groet,
Mehmet Aydın
Assistent winkelmanager
""",
    INC("winkel.utrecht@acme-corp.example", "Mehmet", "Aydın"))

add("nl-27-spam-avg-wissen", "DataVeilig BV <sales@dataveilig-nl.example>", "AVG-proof gegevens wissen? Vraag uw offerte aan",
    """Geachte privacy officer,

Weet u zeker dat alle persoonsgegevens van ex-klanten echt gewist zijn? Met DataVeilig
verwijdert u data aantoonbaar en AVG-proof. Vraag vandaag nog een vrijblijvende offerte aan
en ontvang 20% korting.

Met vriendelijke groet,
Team DataVeilig
""",
    IGN("spam", "sales@dataveilig-nl.example"), headers=[AUTH(dmarc="fail", spf="softfail", dom="dataveilig-nl.example")])

add("nl-28-spam-phishing-bank", "ING Beveiliging <beveiliging@ing-veilig-nl.example>", "Uw rekening wordt geblokkeerd",
    """Beste klant,

Wegens nieuwe privacywetgeving moeten wij uw persoonsgegevens verifiëren. Doet u dit niet
binnen 24 uur, dan wordt uw rekening geblokkeerd.

Verifieer nu: https://ing-veilig-nl.example/verificatie

Met vriendelijke groet,
Afdeling Beveiliging
""",
    IGN("spam", "beveiliging@ing-veilig-nl.example"), headers=SPAM_HDR)

add("nl-29-bulk-privacynieuws", "Privacy Nieuwsbrief <nieuws@privacy-nl.example>", "Nieuwsbrief november: boetes AP, nieuwe richtsnoeren",
    """PRIVACY NIEUWSBRIEF - november 2026

- Autoriteit Persoonsgegevens beboet telecomaanbieder
- Nieuwe EDPB-richtsnoeren over het inzagerecht
- Agenda: webinar bewaartermijnen

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan via de link onderaan.
""",
    IGN("bulk", "nieuws@privacy-nl.example"),
    headers=["List-Id: <nieuwsbrief.privacy-nl.example>", "List-Unsubscribe: <mailto:afmelden@privacy-nl.example>",
             "Precedence: bulk"])

add("nl-30-ticket-ontvangen", "Servicedesk Leverancier <noreply@helpdesk-leverancier.example>", "[Ticket #44120] Uw melding is ontvangen",
    """Beste melder,

Bedankt voor uw bericht. Uw melding is geregistreerd onder ticketnummer #44120. Wij streven
ernaar binnen 2 werkdagen te reageren. Dit is een automatisch bericht, u kunt hier niet op
antwoorden.

Servicedesk
""",
    IGN("auto_reply", "noreply@helpdesk-leverancier.example"), headers=["Auto-Submitted: auto-generated"])
