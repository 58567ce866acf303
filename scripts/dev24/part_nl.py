# Development set 24, Dutch (Netherlands and Flanders). Written blind.
from common import *

add("nl-01-inzageverzoek",
    "Sanne de Vries <sanne.devries@thuismail.example>",
    "Inzageverzoek AVG",
    """Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u om
inzage in alle persoonsgegevens die u over mij verwerkt als ouder/verzorger binnen de
scholengroep: mijn account in het ouderportaal, betalingen voor de ouderbijdrage en het
overblijven, en correspondentie met mentoren.

Graag ontvang ik een kopie binnen de wettelijke termijn van vier weken.

Met vriendelijke groet,
Sanne de Vries
""",
    R(["Access"], "sanne.devries@thuismail.example", "Sanne", "de Vries"))

add("nl-02-bezwaar-fotos-zoon",
    "Marloes van der Berg <marloes.vdberg@postvak.example>",
    "Foto's Daan op de website",
    """Beste school,

Op de website en in de nieuwsbrief van deze maand staan foto's van onze zoon Daan van der
Berg (groep 6) tijdens het schoolkamp. Wij maken bezwaar tegen het gebruik van zijn foto's
voor publicaties van de school en trekken onze toestemming daarvoor in.

Met vriendelijke groet,
Marloes van der Berg
""",
    R(["Opposition"], "marloes.vdberg@postvak.example", "Daan", "van der Berg",
      representative="Marloes van der Berg"))

add("nl-03-vlaams-account-verwijderen",
    "Pieter-Jan Claes <pieterjan.claes@telemail.example>",
    "account ouderportaal",
    """Goeiedag,

Onze kinderen zijn sinds september naar een andere school overgestapt. Gelieve mijn account
op het ouderportaal af te sluiten en al mijn gegevens te verwijderen (rekeningnummer,
gsm-nummer, adres).

Alvast bedankt,
Pieter-Jan Claes
""",
    R(["Erasure"], "pieterjan.claes@telemail.example", "Pieter-Jan", "Claes"))

add("nl-04-adres-wijzigen",
    "Fatima El Amrani <fatima.elamrani@thuismail.example>",
    "Nieuw adres",
    """Hallo,

Wij zijn verhuisd. Kunt u mijn adres in de administratie aanpassen naar:
Kastanjelaan 41, 3581 AB Utrecht. Op de facturen voor de overblijf staat nog het oude adres.
De papieren nieuwsbrief van de alumnivereniging hoef ik trouwens niet meer te ontvangen, die
mag gestopt worden.

Groetjes,
Fatima El Amrani
""",
    R(["Rectification", "Opposition"], "fatima.elamrani@thuismail.example", "Fatima", "El Amrani"))

add("nl-05-incasso-beperken",
    "Rob Jansen <rob.jansen@kpnlike.example>",
    "Incasso overblijfgeld - betwist",
    """Goedemiddag,

Ik heb een aanmaning van een incassobureau gekregen voor 'openstaand overblijfgeld'. Dat
klopt niet, onze dochter blijft sinds maart niet meer over en dat hebben we doorgegeven.

Zolang dit uitgezocht wordt, wil ik dat u het gebruik van mijn gegevens beperkt: niets meer
doorgeven aan dat incassobureau en geen verdere stappen. Verwijderen hoeft niet, er moet
eerst gekeken worden wie gelijk heeft.

Rob Jansen
""",
    R(["Restriction"], "rob.jansen@kpnlike.example", "Rob", "Jansen"))

add("nl-06-alumni-export-en-weg",
    "Thijs van Leeuwen <thijs.vanleeuwen@werkmail.example>",
    "Uitschrijven alumnivereniging",
    """Hoi,

Ik wil mijn lidmaatschap van de alumnivereniging opzeggen. Kunnen jullie eerst mijn
gegevens en het overzicht van mijn donaties exporteren in een bestand dat ik zelf kan
inlezen (csv of xlsx)? Daarna mag alles over mij uit jullie systeem worden gewist.

Groet,
Thijs van Leeuwen (eindexamen 2008)
""",
    R(["Portability", "Erasure"], "thijs.vanleeuwen@werkmail.example", "Thijs", "van Leeuwen"))

add("nl-07-schoolreis-marokko-vragen",
    "Esther Bakker <esther.bakker@postvak.example>",
    "Vragen over gegevens voor de reis naar Marokko",
    """Beste,

Ik ga als begeleidende ouder mee met de studiereis naar Marokko in april. Ik moest een kopie
van mijn paspoort, mijn BSN en medische gegevens uploaden in een formulier van het reisbureau.

Mag ik vragen met wie deze gegevens worden gedeeld, of ze naar Marokko worden doorgestuurd
(hotel, lokale gids) en hoe lang ze na de reis worden bewaard? En waarom is mijn BSN nodig?

Vriendelijke groet,
Esther Bakker
""",
    R(["Information"], "esther.bakker@postvak.example", "Esther", "Bakker"))

add("nl-08-schooladvies-algoritme",
    "Ilse Hendriks <ilse.hendriks@thuismail.example>",
    "Bezwaar tegen automatisch schooladvies Noor",
    """Geachte directie,

Onze dochter Noor Hendriks (groep 8) heeft een voorlopig schooladvies vmbo-t gekregen. Bij
het oudergesprek bleek dat dit advies rechtstreeks uit het leerlingvolgsysteem komt, dat op
basis van de toetsscores een niveau berekent. De leerkracht gaf aan het advies 'niet zelf te
hebben bepaald'.

Wij willen niet dat zo'n belangrijk besluit alleen door een computerprogramma wordt genomen.
Wij vragen dat de leerkracht en de intern begeleider het advies opnieuw en inhoudelijk
beoordelen, en dat wij daarbij gehoord worden.

Met vriendelijke groet,
Ilse Hendriks
""",
    R(["AutomatedDecision"], "ilse.hendriks@thuismail.example", "Noor", "Hendriks",
      representative="Ilse Hendriks"))

add("nl-09-eenregel-reunie",
    "k.ootjes@postvak.example",
    "reunie mails",
    "haal me uit de mailinglijst van de reünievereniging aub\n",
    R(["Opposition"], "k.ootjes@postvak.example"))

add("nl-10-doorgestuurd-fotograaf",
    "Lotte Maes <l.maes@acme-corp.example>",
    "Fwd: schoolfoto's",
    """Hallo privacyteam, kunnen jullie deze mama antwoorden? Bedankt! Lotte (secretariaat)

---------- Doorgestuurd bericht ---------
Van: An Peeters <an.peeters@telemail.example>
Datum: do 12 nov 2026 om 21:30
Onderwerp: schoolfoto's
Aan: secretariaat@acme-corp.example

Dag,
Welke gegevens van ons krijgt de schoolfotograaf eigenlijk? Enkel de naam van de kinderen
of ook ons adres en e-mailadres? En gebruikt hij die ook voor zijn eigen reclame?
Groetjes,
An Peeters
""",
    R(["Information"], "an.peeters@telemail.example", "An", "Peeters"))

add("nl-11-vlaams-kopie-en-gsm",
    "Jef Vermeulen <jef.vermeulen@telemail.example>",
    "mijn gegevens",
    """Dag,

Mag ik een overzicht krijgen van alle gegevens die jullie van mij bijhouden? En terwijl
jullie toch bezig zijn: gelieve mijn gsm-nummer aan te passen naar 0475 12 34 56, het oude
nummer is niet meer in gebruik.

Met vriendelijke groeten,
Jef Vermeulen
""",
    R(["Access", "Rectification"], "jef.vermeulen@telemail.example", "Jef", "Vermeulen"))

add("nl-12-typfouten-wissen",
    "Kevin Smits <kevinsmits@snelmail.example>",
    "gegevens",
    """hallo ik wil da jullie al mijn gegevns wisse van de oud leerlingen lijst ik heb daar
nooit voor gekozen

kevin
""",
    R(["Erasure"], "kevinsmits@snelmail.example", "Kevin", "Smits"))

add("nl-13-boos-schoolfotos-verborgen-inzage",
    "Gert-Jan Mulder <gj.mulder@postvak.example>",
    "Klacht schoolfoto's en meer",
    """Geachte heer, mevrouw,

Ik ben het echt zat. Vorig jaar hebben we 60 euro betaald voor schoolfoto's die nooit zijn
aangekomen. Dit jaar staat de naam van mijn zoon verkeerd gespeld op het fotopakket, het
klassenboek zegt dat hij drie keer te laat was terwijl hij ziek thuis zat (wij hebben hem
netjes afgemeld via het ouderportaal) en de mentor reageert niet op mails.

Ik wil weten wat er allemaal over mij in jullie systemen staat. Stuur mij alles wat jullie van
mij hebben: mijn contactgegevens, betalingen, notities van gesprekken en de berichten die ik
via het ouderportaal heb gestuurd.

Verder verwacht ik dat iemand eindelijk contact met mij opneemt over de foto's.

Gert-Jan Mulder
Verstuurd vanaf mijn Samsung Galaxy
""",
    R(["Access"], "gj.mulder@postvak.example", "Gert-Jan", "Mulder"))

add("nl-14-geen-verwijdering-bewaartermijn",
    "Yvonne Kok <yvonne.kok@werkmail.example>",
    "Bewaartermijn examencijfers",
    """Beste,

Ik vraag geen verwijdering van wat dan ook, ik ben alleen benieuwd: hoe lang bewaren jullie
examencijfers en cijferlijsten van oud-leerlingen? En krijgt de alumnivereniging die
gegevens ook?

Groet,
Yvonne Kok (examenjaar 2002)
""",
    R(["Information"], "yvonne.kok@werkmail.example", "Yvonne", "Kok"))

add("nl-15-html-telefonische-werving",
    "Hans Visser <hans.visser@kpnlike.example>",
    "Telefoontjes alumnifonds",
    html("Geachte heer/mevrouw,",
         "Al drie keer ben ik 's avonds gebeld door studenten namens het alumnifonds met de vraag om een "
         "donatie. Ik maak bezwaar tegen het gebruik van mijn telefoonnummer voor fondsenwerving.",
         "Met vriendelijke groet,<br>Hans Visser"),
    R(["Opposition"], "hans.visser@kpnlike.example", "Hans", "Visser"), ct=HTML)

add("nl-16-onbekend-kantine",
    "Mila Smit <mila.smit@thuismail.example>",
    "kantine",
    """Hoi, weet iemand wanneer de kantine weer open is na de herfstvakantie? op de site staat
niks. groetjes Mila Smit
""",
    R(["Unknown"], "mila.smit@thuismail.example", "Mila", "Smit"))

add("nl-17-nieuwsbrief-intrekken-en-mail-weg",
    "Bram Dijkstra <bram.dijkstra@postvak.example>",
    "Nieuwsbrief",
    """Goedendag,

Ik trek mijn toestemming voor de nieuwsbrief van de scholengroep in. Mijn kinderen zitten
niet meer op school. Willen jullie mijn e-mailadres daarna ook uit jullie bestanden halen?

Bedankt,
Bram Dijkstra
""",
    R(["Opposition", "Erasure"], "bram.dijkstra@postvak.example", "Bram", "Dijkstra"))

add("nl-18-na-overlijden",
    "Kees Brouwer <kees.brouwer@thuismail.example>",
    "Mijn gegevens na mijn overlijden",
    """Geachte heer/mevrouw,

Ik ben oud-leerling (1958-1964) en al jaren lid van de reünievereniging. Ik ben ernstig ziek
en wil graag vastleggen wat er met mijn gegevens gebeurt als ik er niet meer ben: ik wil dan
dat mijn profiel en foto's uit het ledenarchief worden verwijderd, en dat mijn zoon Willem
daarover met u contact mag opnemen. Kunt u deze wens vastleggen?

Met vriendelijke groet,
Kees Brouwer
""",
    R(["AdvanceDirectives"], "kees.brouwer@thuismail.example", "Kees", "Brouwer"))

add("nl-19-latin1-correctie-geboortedatum",
    "Joost Verhoeven <joost.verhoeven@postvak.example>",
    "Geboortedatum onjuist op diploma-administratie",
    """Geachte heer, mevrouw,

Bij het aanvragen van een gewaarmerkt afschrift van mijn diploma (havo, 1999) zag ik dat in
uw administratie mijn geboortedatum als 12-08-1981 staat. Dat moet 21-08-1981 zijn. Wilt u
dit corrigeren vóór het afschrift wordt gemaakt? Ik heb een kopie van mijn paspoort
bijgevoegd.

Hoogachtend,
Joost Verhoeven
""",
    R(["Rectification"], "joost.verhoeven@postvak.example", "Joost", "Verhoeven"),
    ct=LATIN1, encode="latin-1")

# --- taken
add("nl-20-taak-verwerkersovereenkomst-reisbureau",
    "Wouter de Graaf <w.degraaf@acme-corp.example>",
    "Verwerkersovereenkomst reisbureau",
    """Hoi,

Voor de buitenlandreizen van de bovenbouw werken we vanaf volgend jaar met reisbureau
EduTours. Zij sturen een verwerkersovereenkomst mee. Kunnen jullie die nakijken voordat ik
het contract teken? Het gaat om namen, paspoortgegevens en medische info van ca. 300
leerlingen.

Wouter de Graaf
Coördinator internationalisering
""",
    TASK("w.degraaf@acme-corp.example", "Wouter", "de Graaf"))

add("nl-21-taak-register-kantine-app",
    "Evelien Janssens <e.janssens@acme-corp.example>",
    "Verwerkingsregister bijwerken - nieuwe kantine-app",
    """Dag collega's,

Sinds deze maand betalen leerlingen in de kantine met een app in plaats van met munten.
Kunnen jullie het verwerkingsregister aanpassen? De leverancier, gegevens (naam, klas, saldo,
aankopen) en bewaartermijn staan in de bijlage.

Evelien Janssens
Financiële dienst
""",
    TASK("e.janssens@acme-corp.example", "Evelien", "Janssens"))

# --- incidenten
add("nl-22-incident-laptop-mentor",
    "Martijn Vos <m.vos@acme-corp.example>",
    "Laptop gestolen uit auto",
    """Hallo,

Vanochtend is mijn laptop van school uit mijn auto gestolen (ruit ingeslagen). Daarop staan
de cijferlijsten van mijn mentorklas en verslagen van leerlinggesprekken. Aangifte is gedaan.
Ik weet niet zeker of de harde schijf versleuteld is.

Martijn Vos
Mentor 4 havo
""",
    INC("m.vos@acme-corp.example", "Martijn", "Vos"))

add("nl-23-incident-extern-cijferlijst",
    "Petra van Dijk <petra.vandijk@thuismail.example>",
    "Verkeerde cijferlijst ontvangen",
    """Beste,

Via het ouderportaal kreeg ik vandaag een bericht met een pdf 'cijferlijst periode 1'. Het is
niet de cijferlijst van mijn zoon maar van een meisje uit een andere klas, met haar naam,
leerlingnummer en cijfers. Ik denk dat jullie dit moeten weten.

Petra van Dijk
""",
    INC("petra.vandijk@thuismail.example", "Petra", "van Dijk"))

add("nl-24-incident-excel-medisch",
    "Sander Bos <s.bos@acme-corp.example>",
    "Fout: Excel met medische info naar hele klas",
    """Hallo,

Bij het versturen van de paklijst voor de werkweek naar Berlijn heb ik per ongeluk het
verkeerde bestand bijgevoegd: de Excel met allergieën, medicijngebruik en noodnummers van
alle 28 leerlingen. De mail ging naar alle leerlingen en ouders van 3C. Wat nu?

Sander Bos
""",
    INC("s.bos@acme-corp.example", "Sander", "Bos"))

# --- opvolging
add("nl-25-opvolging-dsr",
    "Marieke Hoekstra <marieke.hoekstra@postvak.example>",
    "Re: [DSR-55608] Ontvangstbevestiging",
    """Goedemorgen,

Hoe staat het met mijn verzoek? Ik heb na de ontvangstbevestiging niets meer gehoord.

Groet,
Marieke Hoekstra
""",
    FU("55608", "marieke.hoekstra@postvak.example", "Marieke", "Hoekstra"))

add("nl-26-opvolging-thijs",
    "Thijs van Leeuwen <thijs.vanleeuwen@werkmail.example>",
    "Re: Uitschrijven alumnivereniging",
    """Hoi, nog even een aanvulling: mijn lidnummer is A-2008-117, misschien helpt dat bij het
zoeken. Thijs
""",
    FU(ref("nl-06-alumni-export-en-weg"), "thijs.vanleeuwen@werkmail.example", "Thijs", "van Leeuwen"),
    headers=irt("nl-06-alumni-export-en-weg"))

# --- genegeerd
add("nl-27-spam-avg-boete",
    "AVG Helpdesk <info@avg-boete-voorkomen.example>",
    "Uw school riskeert een AVG-boete",
    """Beste schoolbestuurder,

Wist u dat 73% van de scholen niet AVG-proof is? Voorkom een boete van de Autoriteit
Persoonsgegevens met ons complete AVG-pakket voor het onderwijs. Nu met 50% korting!

Bestel vandaag: http://avg-boete-voorkomen.example
""",
    IGN("spam", "info@avg-boete-voorkomen.example"), headers=SPAM_HDR)

add("nl-28-bounce",
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
    "Delivery Status Notification (Failure)",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)

add("nl-29-automatisch-antwoord",
    "Ingrid Mertens <ingrid.mertens@bedrijf.example>",
    "Automatisch antwoord: Uw verzoek",
    """Bedankt voor uw bericht. Ik ben afwezig tot en met 25 november en lees mijn e-mail niet.
Voor dringende zaken kunt u terecht bij het secretariaat.

Ingrid Mertens
""",
    IGN("auto_reply", "ingrid.mertens@bedrijf.example"),
    headers=["Auto-Submitted: auto-replied"])

add("nl-30-spam-gegevens-verwijderd",
    "Beveiliging <security@accountcontrole-nl.example>",
    "Uw gegevens worden verwijderd",
    """Beste klant,

Uw persoonsgegevens worden binnen 48 uur verwijderd wegens inactiviteit. Klik hieronder om uw
account te behouden en uw identiteit te bevestigen:

http://accountcontrole-nl.example/bevestig
""",
    IGN("spam", "security@accountcontrole-nl.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="accountcontrole-nl.example")])
