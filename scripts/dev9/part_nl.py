from common import *  # part nl: written blind

# ---------------------------------------------------------------- verzoeken

add("nl-01-inzage-kort", "Femke van der Heijden <femke.vanderheijden@postbus.example>",
    "Inzageverzoek",
    """Beste heer/mevrouw,

Graag ontvang ik een overzicht van alle persoonsgegevens die u van mij verwerkt, inclusief mijn aankoophistorie via de Acme Plus-kaart.

Met vriendelijke groet,
Femke van der Heijden
""",
    R(["Access"], "femke.vanderheijden@postbus.example", "Femke", "van der Heijden"))

add("nl-02-verwijder-zonder-punten", "sjoerdbakker1991@mailtje.example",
    "verwijderen",
    """hoi ik wil dat jullie mijn account en klantenkaart verwijderen en al mijn gegevens ik woon niet meer in nederland groetjes sjoerd bakker
""",
    R(["Erasure"], "sjoerdbakker1991@mailtje.example", "Sjoerd", "Bakker"))

add("nl-03-brief-inzage-correctie", "Hendrika de Vries-Oosterhuis <h.devries-oosterhuis@kpn-post.example>",
    "Verzoek op grond van artikel 15 en 16 AVG",
    """Geachte functionaris gegevensbescherming,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij een kopie te verstrekken van alle persoonsgegevens die Acme over mij verwerkt in het kader van mijn woonverzekering (polisnummer WV-3398104) en mijn klantenkaart.

Tevens verzoek ik u op grond van artikel 16 AVG mijn geboortedatum te corrigeren: in uw administratie staat 12-07-1956, dit moet zijn 21-07-1956.

Ik zie uw reactie binnen de wettelijke termijn van een maand graag tegemoet.

Hoogachtend,
H. de Vries-Oosterhuis
Lindenlaan 44
7412 BK Deventer
""",
    R(["Access", "Rectification"], "h.devries-oosterhuis@kpn-post.example", "Hendrika", "de Vries-Oosterhuis"))

add("nl-04-hoofdletters-folders", "Gerrit Jan Smits <gj.smits@ziggo-post.example>",
    "GEEN FOLDERS MEER",
    """IK WIL GEEN GEADRESSEERDE FOLDERS EN KORTINGSBONNEN MEER VAN JULLIE OP MIJN NAAM. AL DRIE KEER GEBELD. HAAL MIJ UIT JULLIE BESTAND VOOR RECLAME.

G.J. SMITS
""",
    R(["Opposition"], "gj.smits@ziggo-post.example", "Gerrit Jan", "Smits"))

add("nl-05-claim-automatisch-afgewezen", "Mehmet Yılmaz <mehmet.yilmaz@postbus.example>",
    "Schadeclaim automatisch afgewezen",
    """Goedemiddag,

Mijn claim voor inbraakschade (schadenummer SN-2026-77412) is binnen een paar minuten afgewezen met de mededeling dat er een "verhoogd risicoprofiel" is vastgesteld. Er heeft niemand naar mijn aangifte bij de politie gekeken.

Ik maak bezwaar tegen dit geautomatiseerde besluit en wil dat een medewerker mijn claim opnieuw beoordeelt.

Met vriendelijke groet,
Mehmet Yılmaz
06-12345678
""",
    R(["AutomatedDecision"], "mehmet.yilmaz@postbus.example", "Mehmet", "Yılmaz"))

add("nl-06-kredietcheck-vraag", "Lotte Ouédraogo-Jansen <lotte.oj@mailtje.example>",
    "Waarom een kredietcheck?",
    """Hallo,

Bij het afsluiten van een inboedelverzekering werd mij gevraagd akkoord te gaan met een "kredietwaardigheidstoets". Waarom is dat nodig voor een inboedelverzekering? Welke gegevens vraagt u op, bij welk bureau, en worden die gedeeld met de verzekeraar?

Groet,
Lotte Ouédraogo-Jansen
""",
    R(["Information"], "lotte.oj@mailtje.example", "Lotte", "Ouédraogo-Jansen"))

add("nl-07-ouder-dochter", "Marieke Dijkstra <marieke.dijkstra@gezin-post.example>",
    "Account van mijn dochter",
    """Beste,

Mijn dochter Noor Dijkstra (14 jaar) heeft zonder onze toestemming een Acme Plus-account aangemaakt en krijgt nu elke dag pushberichten met aanbiedingen. Als haar moeder vraag ik u haar account en alle gegevens te verwijderen.

Marieke Dijkstra
""",
    R(["Erasure"], "marieke.dijkstra@gezin-post.example", "Noor", "Dijkstra",
      representative="Marieke Dijkstra"))

add("nl-08-advocaat-inzage", "mr. Pieter-Jan van Rossum <pj.vanrossum@vanrossum-advocaten.example>",
    "Inzageverzoek namens cliënte mevrouw A. El Idrissi",
    """Geachte heer, mevrouw,

Ik sta mevrouw Aïcha El Idrissi bij in een geschil over de afwijzing van haar stormschadeclaim (polis WV-5520981). Namens cliënte verzoek ik u op grond van artikel 15 AVG om een afschrift van alle persoonsgegevens die u over haar verwerkt, waaronder het expertiserapport, interne notities en gespreksopnames.

Een door cliënte ondertekende machtiging treft u bijgaand aan.

Met vriendelijke groet,
mr. P.J. van Rossum
Van Rossum Advocaten
""",
    R(["Access"], "pj.vanrossum@vanrossum-advocaten.example", "Aïcha", "El Idrissi",
      representative="Pieter-Jan van Rossum"))

add("nl-09-dataportabiliteit", "Thijs Verhoeven <thijs.verhoeven@postbus.example>",
    "Mijn aankoopgegevens downloaden",
    """Hoi,

Ik wil graag mijn aankoopgegevens van de afgelopen drie jaar ontvangen in een machineleesbaar bestand (CSV of JSON), zodat ik ze in een budgetapp kan importeren. Dit is toch mijn recht op dataportabiliteit?

Thijs
""",
    R(["Portability"], "thijs.verhoeven@postbus.example", "Thijs", "Verhoeven"))

add("nl-10-html-uitschrijven", "Anouk Brouwer <anouk.brouwer@mailtje.example>",
    "afmelden",
    html("Hallo,",
         "Wilt u mij afmelden voor <i>alle</i> e-mails met aanbiedingen en de woonverzekering-nieuwsbrief? De afmeldlink werkt niet.",
         "Dank,<br>Anouk Brouwer"),
    R(["Opposition"], "anouk.brouwer@mailtje.example", "Anouk", "Brouwer"),
    ct=HTML)

add("nl-11-beperking-taxatie", "Joël Vermeulen <joel.vermeulen@kpn-post.example>",
    "Taxatierapport klopt niet",
    """Geachte heer/mevrouw,

Het taxatierapport van mijn woning (inspectie 2 oktober) vermeldt een rieten dak. Mijn woning heeft sinds 2018 een pannendak. Op basis daarvan is mijn premie verhoogd.

Zolang dit niet is uitgezocht, verzoek ik u het gebruik van dit rapport te beperken en het niet te gebruiken voor de premieberekening of door te sturen naar de verzekeraar.

Met vriendelijke groet,
Joël Vermeulen
""",
    R(["Restriction"], "joel.vermeulen@kpn-post.example", "Joël", "Vermeulen"),
    ct=LATIN1, encode="latin-1")

add("nl-12-gezinsadres-replyto", "Familie Kuipers <fam.kuipers@ziggo-post.example>",
    "Vraag over mijn gegevens",
    """Hallo,

Ik ben Daan Kuipers. Ons gezinsadres staat op de klantenkaart maar de kaart staat op mijn naam. Ik zou graag een kopie krijgen van de gegevens die jullie over mij hebben. Antwoord graag naar mijn eigen e-mailadres.

Daan
""",
    R(["Access"], "daan.kuipers@mailtje.example", "Daan", "Kuipers"),
    headers=["Reply-To: daan.kuipers@mailtje.example"])

add("nl-13-bon-kwijt", "Willemijn Hoekstra <w.hoekstra@postbus.example>",
    "kassabon",
    """Goedemorgen, ik ben de kassabon kwijt van een koffiezetapparaat dat ik in september heb gekocht. Het is kapot. Kunnen jullie via mijn klantenkaart de bon terugvinden zodat ik het kan ruilen?
Willemijn Hoekstra
""",
    R(["Unknown"], "w.hoekstra@postbus.example", "Willemijn", "Hoekstra"))

add("nl-14-doorgestuurd-collega", "Ruud Janssens <ruud.janssens@acme-corp.example>",
    "FW: klacht klantenkaart",
    """Hoi privacyteam,

Deze klant belde de winkel in Tilburg en stuurde daarna onderstaande mail naar ons filiaaladres. Kunnen jullie dit oppakken?

Ruud Janssens
Filiaalmanager Tilburg-Noord

-----Oorspronkelijk bericht-----
Van: Kees 't Hooft <kees.thooft@mailtje.example>
Verzonden: vrijdag 13 november 2026 16:20
Aan: tilburg.noord@acme-corp.example
Onderwerp: klantenkaart

Ik wil niet meer gebeld worden door jullie verzekeringsafdeling en ik wil dat mijn telefoonnummer uit jullie systeem wordt verwijderd.
Kees 't Hooft
""",
    R(["Opposition", "Erasure"], "kees.thooft@mailtje.example", "Kees", "'t Hooft"))

add("nl-15-bijlage-herkomst", "Esther Wouters <esther.wouters@acme-corp.example>",
    "Doorgestuurd: hoe komen jullie aan mijn adres?",
    "",
    R(["Information"], "b.smulders@postbus.example", "Bram", "Smulders"),
    attached=("Bram Smulders <b.smulders@postbus.example>", "hoe komen jullie aan mijn adres?",
              """Goedendag,

Ik ontving vandaag een brief van Acme Woonverzekeringen met een aanbod "speciaal voor uw woning aan de Ringdijk". Ik ben nooit klant geweest. Van wie hebben jullie mijn naam, adres en kennelijk gegevens over mijn woning gekregen?

Bram Smulders
"""),
    note="Via de klantenservice binnengekomen, lijkt me een privacyvraag. Groet, Esther")

add("nl-16-lang-camerabeelden", "Ingrid Schouten-Bos <ingrid.schouten@kpn-post.example>",
    "Vals beschuldigd in uw winkel",
    """Geachte heer, mevrouw,

Afgelopen zaterdag, 14 november, rond 11.15 uur, werd ik bij de uitgang van uw filiaal in Amersfoort aangehouden door een beveiliger die beweerde dat ik een fles olijfolie niet had afgerekend. Ik had wel degelijk afgerekend, maar mijn bon zat in de tas van mijn man die al bij de auto stond. Ik ben voor het oog van iedereen meegenomen naar een achterkamertje en mijn gegevens zijn genoteerd. Ik schaam me nog steeds.

De beveiliger zei dat ik nu "in het systeem" sta. Ik wil een kopie van de camerabeelden van mij bij de kassa en de uitgang en van alles wat er over mij is vastgelegd, inclusief dat registratieformulier.

Ik overweeg een klacht in te dienen.

Ingrid Schouten-Bos
""",
    R(["Access"], "ingrid.schouten@kpn-post.example", "Ingrid", "Schouten-Bos"))

add("nl-17-expat-mix", "Rahul Deshpande <rahul.deshpande@expatmail.example>",
    "personalised offers / gepersonaliseerde aanbiedingen",
    """Hallo, sorry my Dutch is not so good. I do not want jullie to use my aankopen for personalised offers in the app anymore - please stop the profiling. Ik wil de kaart wel houden voor de punten.
Bedankt,
Rahul Deshpande
""",
    R(["Opposition"], "rahul.deshpande@expatmail.example", "Rahul", "Deshpande"))

add("nl-18-samsung-toestemming", "Yvonne Lammers <yvonne.lammers@mailtje.example>",
    "toestemming intrekken",
    """Ik trek mijn toestemming in voor het delen van mijn gegevens met partners van Acme.

Verstuurd vanaf mijn Samsung Galaxy smartphone.
""",
    R(["Opposition"], "yvonne.lammers@mailtje.example", "Yvonne", "Lammers"))

# ---------------------------------------------------------------- taken

add("nl-19-taak-verwerkersovereenkomst", "Bas Kramer <bas.kramer@acme-corp.example>",
    "Verwerkersovereenkomst schade-expertisebureau",
    """Hoi,

We gaan werken met een nieuw expertisebureau (ExpertNoord B.V.) voor woninginspecties in Groningen en Friesland. Zij krijgen NAW-gegevens, polisgegevens en maken foto's in woningen. Kunnen jullie de verwerkersovereenkomst opstellen of hun concept beoordelen? Start is 1 januari.

Bas Kramer
Teamlead Schade
""",
    TASK("bas.kramer@acme-corp.example", "Bas", "Kramer"))

add("nl-20-taak-dpia-prijzen", "Sanne de Boer <sanne.deboer@acme-corp.example>",
    "DPIA dynamische kortingen",
    """Beste privacyteam,

Marketing wil volgend jaar individuele kortingen per klant berekenen op basis van de volledige aankoophistorie. Ik denk dat hiervoor een DPIA nodig is. Kunnen we in december een kick-off plannen?

Sanne de Boer
Product Owner Loyalty
""",
    TASK("sanne.deboer@acme-corp.example", "Sanne", "de Boer"))

add("nl-21-taak-register", "Wouter van Leeuwen <wouter.vanleeuwen@acme-corp.example>",
    "Verwerkingsregister bijwerken - nieuw klantcontactsysteem",
    """Hoi, het nieuwe klantcontactsysteem (gesprekken + chat) is per 1 november live. Graag het verwerkingsregister bijwerken; de bewaartermijn van chatlogs is 12 maanden. Documentatie staat op SharePoint.
Wouter
""",
    TASK("wouter.vanleeuwen@acme-corp.example", "Wouter", "van Leeuwen"))

# ---------------------------------------------------------------- incidenten

add("nl-22-incident-telefoon", "Fleur Mulder <fleur.mulder@acme-corp.example>",
    "Zakelijke telefoon kwijt",
    """Hallo,

Ik ben gisteravond mijn zakelijke telefoon verloren, waarschijnlijk in de bus. Daarop staat mijn mail, inclusief mails met schadedossiers en foto's van woningen van klanten. De telefoon heeft een pincode. Ik heb de servicedesk gevraagd hem op afstand te wissen maar dat is nog niet bevestigd.

Fleur Mulder
Schade-expert buitendienst
""",
    INC("fleur.mulder@acme-corp.example", "Fleur", "Mulder"))

add("nl-23-incident-verkeerde-brief", "Koen Vos <koen.vos@postbus.example>",
    "Brief voor iemand anders ontvangen",
    """Beste,

Ik kreeg vandaag een brief van jullie die bedoeld was voor mijn buurman op nummer 17: de afwijzing van zijn schadeclaim met alle details, inclusief bedragen en zijn IBAN. Het adres op de envelop was het mijne. Dit lijkt me een datalek. Ik heb de brief aan hem gegeven.

Koen Vos
""",
    INC("koen.vos@postbus.example", "Koen", "Vos"))

add("nl-24-incident-openbare-link", "Tim Hendriks <tim.hendriks@acme-corp.example>",
    "Bestand per ongeluk openbaar gedeeld",
    """Hoi,

Ik heb vorige week een Excel-bestand met 2.400 klantenkaarthouders (naam, e-mail, postcode, besteding) gedeeld met ons reclamebureau via een link die "iedereen met de link" toegang gaf. Ik zie nu dat de link is doorgestuurd en 37 keer is geopend. Ik heb de link net uitgezet.

Tim Hendriks
Marketing Analytics
""",
    INC("tim.hendriks@acme-corp.example", "Tim", "Hendriks"))

# ---------------------------------------------------------------- vervolg

add("nl-25-vervolg-dsr", "Annelies Bosman <annelies.bosman@ziggo-post.example>",
    "Re: [DSR-52340] Ontvangstbevestiging",
    """Goedemiddag,

Hierbij de gevraagde kopie van mijn identiteitsbewijs (BSN en foto afgeschermd). Kunt u nu verdergaan met mijn verzoek?

Annelies Bosman
""",
    FU("52340", "annelies.bosman@ziggo-post.example", "Annelies", "Bosman"))

add("nl-26-vervolg-irt-claim", "Mehmet Yılmaz <mehmet.yilmaz@postbus.example>",
    "Re: Schadeclaim automatisch afgewezen",
    """Het is nu twee weken later en ik heb nog steeds niets gehoord over de herbeoordeling. Wanneer kijkt er iemand naar?

Mehmet Yılmaz
""",
    FU(ref("nl-05-claim-automatisch-afgewezen"), "mehmet.yilmaz@postbus.example", "Mehmet", "Yılmaz"),
    headers=irt("nl-05-claim-automatisch-afgewezen"))

# ---------------------------------------------------------------- negeren

add("nl-27-phishing-pakket", "PostNL Bezorging <info@pakket-bezorg-nl.example>",
    "Uw pakket kon niet worden bezorgd",
    """Beste klant,

Uw pakket ligt klaar, maar er moet nog € 2,49 verzendkosten worden betaald. Betaal binnen 24 uur via onderstaande link, anders wordt het pakket teruggestuurd.

https://pakket-bezorg-nl.example/betalen
""",
    IGN("spam", "info@pakket-bezorg-nl.example"),
    headers=SPAM_HDR)

add("nl-28-spam-acquisitie", "Jorrit | DataClean Solutions <jorrit@dataclean-solutions.example>",
    "AVG-proof in 2 weken? Wij verwijderen uw verouderde klantdata",
    """Hoi!

Wist u dat verouderde klantgegevens u tot € 20 miljoen boete kunnen kosten? DataClean scant en verwijdert automatisch alle verouderde persoonsgegevens uit uw CRM. Plan vandaag nog een gratis demo van 15 minuten.

Met zonnige groet,
Jorrit
Growth Hacker @ DataClean

Geen interesse? Antwoord met "nee".
""",
    IGN("spam", "jorrit@dataclean-solutions.example"))

add("nl-29-autoreply", "Klantenservice Zorgvuldig Wonen <noreply@zorgvuldigwonen.example>",
    "Automatisch antwoord: uw bericht is ontvangen (ticket #448120)",
    """Bedankt voor uw bericht. Wij hebben uw vraag ontvangen onder ticketnummer #448120 en reageren binnen 3 werkdagen.

Dit is een automatisch gegenereerd bericht, u kunt hier niet op antwoorden.
""",
    IGN("auto_reply", "noreply@zorgvuldigwonen.example"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-30-nieuwsbrief", "Privacy Nieuws NL <nieuwsbrief@privacynieuws.example>",
    "Privacy Nieuws | week 47",
    """In deze editie:
- Autoriteit Persoonsgegevens beboet supermarkt voor camerabeelden
- Nieuwe richtsnoeren voor klantenkaarten
- Agenda: congres verzekeringen en data

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden: https://privacynieuws.example/afmelden
""",
    IGN("bulk", "nieuwsbrief@privacynieuws.example"),
    headers=["List-Id: <nieuwsbrief.privacynieuws.example>",
             "List-Unsubscribe: <mailto:afmelden@privacynieuws.example>",
             "Precedence: bulk"])
