# Development set 21, Dutch (Netherlands and Flanders).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("nl-01-overzicht-gegevens", "Maarten de Graaf <maarten.degraaf@kpnmail.example>",
    "Welke gegevens hebben jullie van mij?",
    """Goedemiddag,

Ik reis al jaren met een persoonlijke RegioPass en een trajectabonnement. Graag ontvang ik een
volledig overzicht van alle persoonsgegevens die jullie van mij verwerken: NAW-gegevens, mijn
in- en uitchecks, betalingen, contact met de klantenservice, alles.

Met vriendelijke groet,
Maarten de Graaf
""", R(["Access"], "maarten.degraaf@kpnmail.example", "Maarten", "de Graaf"))

add("nl-02-schrappen-vl", "Lieselot Vermeersch <lieselot.vermeersch@telenet-mail.example>",
    "Schrappen klantenaccount",
    """Goeiedag,

Gelieve mijn klantenaccount en alle bijhorende gegevens te schrappen. Ik verhuis naar Gent en zal
jullie netwerk niet meer gebruiken.

Alvast bedankt,
Lieselot Vermeersch
""", R(["Erasure"], "lieselot.vermeersch@telenet-mail.example", "Lieselot", "Vermeersch"))

add("nl-03-nieuwsbrief", "Ruud Kuipers <ruud.kuipers@ziggo-mail.example>",
    "Afmelden",
    """Hallo,

Ik krijg nog steeds jullie nieuwsbrief en 'persoonlijke reisaanbiedingen', terwijl ik me al twee
keer via de link heb afgemeld. Haal mij nu echt van alle lijsten af. Ik wil ook niet dat mijn
reisgedrag nog wordt gebruikt om aanbiedingen te maken.

Ruud Kuipers
""", R(["Opposition"], "ruud.kuipers@ziggo-mail.example", "Ruud", "Kuipers"))

add("nl-04-naam-huwelijk", "Femke van der Meulen <femke.vdmeulen@mailbox-nl.example>",
    "Naamswijziging op mijn abonnement",
    """Beste medewerker,

Sinds mijn huwelijk in september gebruik ik de naam van mijn echtgenoot. Mijn abonnement staat nog
op 'Femke Jansen'. Wilt u dat aanpassen naar Femke van der Meulen? Een kopie van de gewijzigde
BRP-inschrijving kan ik meesturen.

Vriendelijke groeten,
Femke van der Meulen
""", R(["Rectification"], "femke.vdmeulen@mailbox-nl.example", "Femke", "van der Meulen"))

add("nl-05-camera-bewaartermijn", "Youssef El Amrani <y.elamrani@planet-mail.example>",
    "Camera's in de sprinter",
    """Hoi,

In de nieuwe treinen hangen camera's boven elke deur en in het midden van de coupé. Hoe lang worden
die beelden bewaard, wie mag ze bekijken en worden ze gekoppeld aan de incheckgegevens van de
pas? Ik vraag het uit interesse.

Groet,
Youssef
""", R(["Information"], "y.elamrani@planet-mail.example", "Youssef", "El Amrani"))

add("nl-06-achteraf-betalen", "Sanne Hoekstra <sanne.hoekstra@xs4-mail.example>",
    "Aanvraag Achteraf Reizen automatisch afgewezen",
    """Beste,

Mijn aanvraag voor het abonnement 'Achteraf Reizen' werd binnen een minuut afgewezen met de
melding 'op basis van onze kredietcontrole kunnen wij u helaas niet accepteren'. Ik heb nooit een
betalingsachterstand gehad.

Ik wil dat een medewerker mijn aanvraag opnieuw beoordeelt en dat u mij uitlegt op welke gegevens
die afwijzing gebaseerd is.

Sanne Hoekstra
""", R(["AutomatedDecision"], "sanne.hoekstra@xs4-mail.example", "Sanne", "Hoekstra"))

add("nl-07-avg-15-17", "mr. drs. Pieter-Jan Bakker <pj.bakker@bakker-advies.example>",
    "Verzoek ex artikel 15 en 17 AVG",
    """Geachte heer, mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de Algemene verordening gegevensbescherming, mij
inzage te verschaffen in alle persoonsgegevens die u van mij verwerkt, inclusief de herkomst en de
ontvangers daarvan.

Na verstrekking daarvan verzoek ik u, op grond van artikel 17 AVG, deze gegevens te wissen, voor
zover u niet wettelijk verplicht bent ze te bewaren.

Hoogachtend,

mr. drs. P.J. (Pieter-Jan) Bakker
""", R(["Access", "Erasure"], "pj.bakker@bakker-advies.example", "Pieter-Jan", "Bakker"))

add("nl-08-bezwaar-boete", "Kevin Smits <kevin.smits@home-mail.example>",
    "Boete in bezwaar - gegevens niet doorgeven",
    """Goedendag,

Ik heb bezwaar gemaakt tegen de boete van 11 oktober (kenmerk BT-2026-30918). Ik had wél
ingecheckt, de paal gaf alleen geen piep.

Zolang het bezwaar loopt wil ik niet dat mijn gegevens worden doorgegeven aan het incassobureau of
voor iets anders worden gebruikt. Graag de verwerking beperken tot er een beslissing is.

Kevin Smits
""", R(["Restriction"], "kevin.smits@home-mail.example", "Kevin", "Smits"))

add("nl-09-bewindvoerder", "Ilse Verhoeven <ilse.verhoeven@bewind-zorg.example>",
    "Inzageverzoek namens cliënt H. Bosman",
    """Geachte heer/mevrouw,

Als mentor en bewindvoerder van de heer Henk Bosman (geb. 03-05-1961), benoemd door de
kantonrechter te Arnhem, verzoek ik u om een overzicht van alle gegevens die u over hem hebt
vastgelegd, in het bijzonder rond de drie boetes die hij dit jaar heeft ontvangen.

De beschikking van de kantonrechter treft u als bijlage aan.

Met vriendelijke groet,
Ilse Verhoeven
Verhoeven Bewind & Zorg
""", R(["Access"], "ilse.verhoeven@bewind-zorg.example", "Henk", "Bosman",
       representative="Ilse Verhoeven"))

add("nl-10-dubbel-afgeschreven", "Gerrit Mulder <g.mulder@dorp-mail.example>",
    "dubbele afschrijving",
    """Goedemorgen, mijn maandabonnement voor november is twee keer van mijn rekening afgeschreven
(2x 94,20). Hoe krijg ik het geld terug? Groet, Gerrit Mulder
""", R(["Unknown"], "g.mulder@dorp-mail.example", "Gerrit", "Mulder"))

add("nl-11-html-telemarketing", "Anouk Willems <anouk.willems@webpost-nl.example>",
    "Bellen en delen met partners",
    html("Goedenavond,",
         "Vanavond werd ik <i>weer</i> gebeld door een callcenter namens jullie over een jaarabonnement.",
         "Ik maak bezwaar tegen het gebruik van mijn telefoonnummer voor verkoopdoeleinden en wil ook niet dat mijn gegevens met &lsquo;partners&rsquo; worden gedeeld.",
         "Anouk Willems"),
    R(["Opposition"], "anouk.willems@webpost-nl.example", "Anouk", "Willems"), ct=HTML)

add("nl-12-lang-verhaal", "Tim Oosterhuis <tim.oosterhuis@studentpost.example>",
    "Studentenkorting kwijt en boete, ik ben er klaar mee",
    """Hallo,

Ik zal het kort proberen te houden, maar het is een heel verhaal. Begin september heb ik mijn
studentenkorting aangevraagd via de app. Dat ging goed, dacht ik. Twee weken later werd ik in de
tram gecontroleerd en zei de controleur dat mijn korting 'niet geldig' was omdat ik volgens het
systeem 31 ben. Ik ben 21. Ik kreeg een boete van 50 euro en moest uitstappen, te laat voor mijn
tentamen.

Blijkbaar staat mijn geboortedatum bij jullie als 14-02-1995 in plaats van 14-02-2005. Ik wil
dat dit wordt verbeterd, en ik wil ook precies zien wat er verder over mij in jullie systemen
staat, want als dit al fout is, wat nog meer?

De boete ga ik apart aanvechten via het formulier.

Tim Oosterhuis
""", R(["Rectification", "Access"], "tim.oosterhuis@studentpost.example", "Tim", "Oosterhuis"))

add("nl-13-doorgestuurd-pasfoto", "Klantenservice <klantenservice@acme-corp.example>",
    "FW: pasfoto verwijderen",
    """Hoi privacyteam,

Zie onderstaande mail van een reiziger, kunnen jullie dit oppakken? Hij heeft zijn persoonlijke
pas al omgeruild voor een anonieme.

Groet, Dennis (Klantenservice)

-----Oorspronkelijk bericht-----
Van: Bram Visser <bram.visser@mijnpost.example>
Verzonden: donderdag 12 november 2026 10:31
Aan: klantenservice@acme-corp.example
Onderwerp: pasfoto verwijderen

Ik heb nu een anonieme kaart. Verwijder mijn pasfoto en persoonlijke gegevens van de oude kaart
alsjeblieft, die heb ik niet meer nodig.

Bram Visser
""", R(["Erasure"], "bram.visser@mijnpost.example", "Bram", "Visser"))

add("nl-14-bijlage-gevonden", "Gevonden Voorwerpen <gevondenvoorwerpen@acme-corp.example>",
    "Doorgestuurd: kopie ID en gegevens", "",
    R(["Access"], "esra.yilmaz@postvak.example", "Esra", "Yılmaz"),
    attached=("Esra Yılmaz <esra.yilmaz@postvak.example>", "kopie ID en gegevens",
              """Goedemiddag,

Toen ik vorige week mijn portemonnee ophaalde bij jullie balie op het Centraal Station, werd er een
kopie van mijn ID-kaart gemaakt. Ik wil graag weten welke gegevens jullie van mij hebben vastgelegd
en een kopie daarvan ontvangen.

Esra Yılmaz
"""),
    note="Vraag van een klant over wat wij bij afgifte vastleggen. Graag jullie reactie richting klant. Mvg, Wim - Gevonden Voorwerpen")

add("nl-15-niet-opzeggen", "Joris Claes <joris.claes@proximus-mail.example>",
    "Vraag over in- en uitchecks",
    """Dag,

Ik wil mijn account niet opzeggen en hoef ook geen kopie van iets. Ik vraag me alleen af hoe lang
jullie mijn in- en uitcheckgegevens bijhouden, en of die ergens naartoe gaan buiten België.

Vriendelijke groeten,
Joris Claes
""", R(["Information"], "joris.claes@proximus-mail.example", "Joris", "Claes"))

add("nl-16-typos", "daan1999@snelmail.example", "gegevens weg",
    """hoi kan ik al mijn gegvens bij jullie laten verwijderen en wil ook geen mails meer ontvangen van
jullie aanbiedingen thx daan
""", R(["Erasure", "Opposition"], "daan1999@snelmail.example", "Daan", None))

add("nl-17-vader-zoon", "Erik Dijkstra <erik.dijkstra@gezin-mail.example>",
    "Schoolpas van mijn zoon Lucas",
    """Beste,

Mijn zoon Lucas Dijkstra (12) heeft sinds dit schooljaar een scholierenpas. Volgens jullie systeem
is hij 18 en wordt er vol tarief afgeschreven. Zijn juiste geboortedatum is 09-06-2014.

Graag corrigeren. Daarnaast wil ik als ouder een overzicht van de gegevens die jullie over hem
hebben opgeslagen.

Met vriendelijke groet,
Erik Dijkstra
""", R(["Rectification", "Access"], "erik.dijkstra@gezin-mail.example", "Lucas", "Dijkstra",
       representative="Erik Dijkstra"))

add("nl-18-hoofdletters", "Cor Brouwer <cor.brouwer@oud-mail.example>",
    "STOP MET BELLEN",
    """IK WORD ELKE WEEK GEBELD DOOR JULLIE VERKOPERS. IK WIL DAT NIET MEER. HAAL MIJN NUMMER ERAF.
COR BROUWER
""", R(["Opposition"], "cor.brouwer@oud-mail.example", "Cor", "Brouwer"))

add("nl-19-art20", "Annelies Peeters <annelies.peeters@kantoor-mail.example>",
    "Gegevensoverdraagbaarheid - artikel 20 AVG",
    """Geachte,

Overeenkomstig artikel 20 AVG verzoek ik u mijn reisgegevens en betaalgegevens van de afgelopen
twee jaar aan mij te verstrekken in een gestructureerde, gangbare en machineleesbare vorm, zodat
ik ze aan mijn nieuwe mobiliteitsaanbieder (MobiNext) kan overdragen.

Met de meeste hoogachting,
Annelies Peeters
""", R(["Portability"], "annelies.peeters@kantoor-mail.example", "Annelies", "Peeters"))

add("nl-20-rekeningnummer", "Jozef Van den Broeck <jozef.vdbroeck@skynet-mail.example>",
    "Nieuw rekeningnummer",
    """Goeiendag,

Mijn jaarabonnement (€ 689) wordt nog van mijn oude rekening bij de bank gedomicilieerd. Die
rekening is afgesloten. Mijn nieuw rekeningnummer is BE71 0961 2345 6769. Gelieve dat aan te passen
in mijn gegevens zodat ik geen aanmaning krijg.

Met dank,
Jozef Van den Broeck
""", R(["Rectification"], "jozef.vdbroeck@skynet-mail.example", "Jozef", "Van den Broeck"),
    ct=CP1252, encode="cp1252")

add("nl-21-na-overlijden", "Godelieve Wouters <godelieve.wouters@senior-mail.example>",
    "Wat met mijn gegevens als ik er niet meer ben?",
    """Goedendag,

Ik ben 79 en regel momenteel alles voor later. Wat gebeurt er met mijn klantenaccount en mijn
gegevens bij jullie na mijn overlijden? Ik zou willen vastleggen dat alles dan gewist wordt en dat
mijn dochter Katrien dat voor mij mag regelen. Kan dat?

Godelieve Wouters
""", R(["AdvanceDirectives"], "godelieve.wouters@senior-mail.example", "Godelieve", "Wouters"))

add("nl-22-task-verwerker", "Jasper Hendriks <jasper.hendriks@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe reisplanner-app",
    """Hoi,

We gaan de reisplanner-app laten ontwikkelen en hosten door AppWerk BV. Zij krijgen ook toegang tot
locatiegegevens van gebruikers die 'live meereizen' aanzetten. Kunnen jullie de
verwerkersovereenkomst checken? Concept zit in de bijlage.

Jasper Hendriks
Productowner Digitale Kanalen
""", TASK("jasper.hendriks@acme-corp.example", "Jasper", "Hendriks"))

add("nl-23-task-bodycams", "Marloes Vos <marloes.vos@acme-corp.example>",
    "DPIA bodycams handhavers",
    """Beste privacyteam,

Vanaf Q2 willen we de boa's in de trams en bussen uitrusten met bodycams. Volgens Juridische Zaken
moet er eerst een DPIA komen. Wie van jullie kan dat trekken en wanneer kunnen we starten?

Groet,
Marloes Vos
Manager Sociale Veiligheid
""", TASK("marloes.vos@acme-corp.example", "Marloes", "Vos"))

add("nl-24-task-privacyverklaring", "Team Marketing <marketing@acme-corp.example>",
    "Tekst privacyverklaring reizigersonderzoek",
    """Hallo,

Voor het nieuwe reizigerspanel willen we respondenten koppelen aan hun reisgeschiedenis. Kunnen
jullie meekijken naar de toestemmingstekst en de privacyverklaring aanpassen? Het panel start
op 1 februari.

Thanks!
Noor Bakkali
Marketing & Klantinzicht
""", TASK("marketing@acme-corp.example", "Noor", "Bakkali"))

add("nl-25-inc-cc", "Roel Janssen <roel.janssen@acme-corp.example>",
    "Datalek? Mail in CC i.p.v. BCC",
    """Hoi,

Ik heb vanochtend een mail over de dienstregelingswijziging naar 180 abonnementhouders gestuurd en
de adressen in het CC-veld gezet in plaats van BCC. Iedereen kan dus alle e-mailadressen zien.
Een paar reizigers hebben al 'allen beantwoorden' gedaan. Wat moet ik nu doen?

Roel Janssen
Afdeling Abonnementen
""", INC("roel.janssen@acme-corp.example", "Roel", "Janssen"))

add("nl-26-inc-map-tram", "Wendy Timmermans <wendy.timmermans@vrij-mail.example>",
    "Map met formulieren gevonden in de tram",
    """Beste,

Gisteravond vond ik in tram 4 een blauwe map met tientallen ingevulde aanvraagformulieren voor
seniorenabonnementen: namen, adressen, geboortedata, kopieën van paspoorten. Het logo van jullie
bedrijf staat erop. Ik heb de map nog thuis. Waar kan ik die afgeven?

Wendy Timmermans
""", INC("wendy.timmermans@vrij-mail.example", "Wendy", "Timmermans"))

add("nl-27-inc-laptop", "Ahmed Bouzid <ahmed.bouzid@acme-corp.example>",
    "Laptop gestolen uit dienstauto",
    """Hallo,

Vannacht is mijn werklaptop uit de dienstauto gestolen bij de remise in Zuid. Er staan
exportbestanden op van storingsmeldingen met namen en telefoonnummers van reizigers die hebben
gebeld. Aangifte is gedaan. Volgens mij is de schijf versleuteld maar dat weet ik niet zeker.

Ahmed Bouzid
Storingsdienst
""", INC("ahmed.bouzid@acme-corp.example", "Ahmed", "Bouzid"))

add("nl-28-dsr-herinnering", "Hilde Goossens <hilde.goossens@telenet-mail.example>",
    "Re: [DSR-63904] Ontvangstbevestiging",
    """Goeiedag,

Ik heb op 5 oktober deze ontvangstbevestiging gekregen maar sindsdien niets meer gehoord. Wanneer
mag ik een antwoord verwachten?

Hilde Goossens

> Uw verzoek is geregistreerd onder nummer DSR-63904.
""", FU("63904", "hilde.goossens@telenet-mail.example", "Hilde", "Goossens"))

add("nl-29-irt-aanvulling", "Maarten de Graaf <maarten.degraaf@kpnmail.example>",
    "Re: Welke gegevens hebben jullie van mij?",
    """Aanvulling op mijn eerdere mail: ik had tot 2022 ook een zakelijke pas via mijn werkgever. Graag
die gegevens ook meenemen.

Maarten
""", FU(ref("nl-01-overzicht-gegevens"), "maarten.degraaf@kpnmail.example", "Maarten", "de Graaf"),
    headers=irt("nl-01-overzicht-gegevens"))

add("nl-30-spam-erfenis", "Adv. Johannes Mbeki <j.mbeki@legal-inheritance.example>",
    "Vertrouwelijk: onopgeëiste erfenis van 4,7 miljoen euro",
    """Geachte heer/mevrouw,

Ik ben advocaat van wijlen de heer R. Acme, die zonder erfgenamen is overleden. Uw bedrijf draagt
dezelfde naam. Stuur mij uw volledige naam, adres en bankgegevens zodat wij het vermogen van 4,7
miljoen euro kunnen overdragen. Al uw gegevens worden na afloop gewist conform de AVG.

Adv. Johannes Mbeki
""", IGN("spam", "j.mbeki@legal-inheritance.example"), headers=SPAM_HDR)

add("nl-31-spam-terugbetaling", "RegioPass Service <service@regiopass-terugbetaling.example>",
    "U heeft recht op een terugbetaling van 37,50 euro",
    """Beste klant,

Door een fout in ons systeem heeft u te veel betaald. Klik op de link om uw terugbetaling te
ontvangen en uw gegevens te bevestigen:

http://regiopass-terugbetaling.example/claim

RegioPass Klantenservice
""", IGN("spam", "service@regiopass-terugbetaling.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="regiopass-terugbetaling.example")])

add("nl-32-afwezig", "Bas van Leeuwen <bas.vanleeuwen@provincie-mail.example>",
    "Afwezigheidsmelding: concessie-evaluatie",
    """Dank voor je bericht. Ik ben tot en met 25 november afwezig en lees mijn mail niet. Voor dringende
zaken kun je terecht bij het secretariaat OV, tel. 030-0000000.

Bas van Leeuwen
""", IGN("auto_reply", "bas.vanleeuwen@provincie-mail.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-33-nieuwsbrief-ov", "OV-Platform Nieuws <nieuws@ovplatform.example>",
    "Nieuwsbrief OV-Platform | week 47",
    """OV-PLATFORM NIEUWS - week 47

- Nieuwe regels voor toegankelijkheid haltes
- Pilot betalen met bankpas in de regio Noord geslaagd
- Column: privacy en reisdata, waar ligt de grens?

Je ontvangt deze nieuwsbrief omdat je bent ingeschreven. Uitschrijven kan hier:
https://ovplatform.example/uitschrijven
""", IGN("bulk", "nieuws@ovplatform.example"),
    headers=["List-Id: OV-Platform <nieuwsbrief.ovplatform.example>",
             "List-Unsubscribe: <https://ovplatform.example/uitschrijven>",
             "Precedence: bulk"])
