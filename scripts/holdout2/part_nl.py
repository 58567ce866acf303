# Dutch (NL and Flemish): mostly a utility (Acme Energie: electricity, gas, smart meters,
# heat pumps) and its HR.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH, AUTOREPLY, ref, irt

add("nl-01-overgestapt-verwijderen", "Marloes Bakker <marloes.bakker@ziggo.example>", "overstap",
    """Graag al mijn gegevens verwijderen, ik ben per 1 november overgestapt naar een andere energieleverancier en de eindafrekening is betaald.

Marloes Bakker
""", R(["Erasure"], "marloes.bakker@ziggo.example", "Marloes", "Bakker"))

add("nl-02-inzageverzoek-avg-formeel", "R.J. (Rob) van Leeuwen <rob.vanleeuwen@kpnmail.example>", "Inzageverzoek ex artikel 15 AVG",
    """Geachte heer/mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG), mij inzage te geven in alle persoonsgegevens die Acme Energie van mij verwerkt.

Ik verzoek u mij in ieder geval te informeren over:
- welke gegevens u van mij verwerkt, inclusief meterstanden en verbruiksgegevens van mijn slimme meter;
- de doeleinden van de verwerking;
- aan wie u mijn gegevens heeft verstrekt, in het bijzonder incassobureaus;
- hoe lang u de gegevens bewaart.

Ik zie uw reactie graag binnen de wettelijke termijn van één maand tegemoet.

Met vriendelijke groet,

R.J. van Leeuwen
Klantnummer 100288471
Lindelaan 14
3818 JK Amersfoort
""", R(["Access"], "rob.vanleeuwen@kpnmail.example", "Rob", "van Leeuwen"))

add("nl-03-niet-meer-bellen", "Henk Visser <h.visser@planet.example>", "telefoon",
    """Goedemiddag,

Ik word al weken gebeld door jullie over een warmtepomp. Ik heb al drie keer gezegd dat ik geen interesse heb. Bel me niet meer, en haal mijn nummer uit jullie belbestand.

Henk Visser
""", R(["Opposition"], "h.visser@planet.example", "Henk", "Visser"))

add("nl-04-achternaam-de-vries", "Jolanda de Vries <jolanda.devries@gmail.example>", "Naam klopt niet",
    """Hallo,

Op al jullie brieven en in de app staat mijn naam als "J. Devries", maar het is "J. de Vries" (los geschreven). Daardoor klopt het niet met mijn bankrekening en wordt de automatische incasso af en toe geweigerd. Willen jullie dat aanpassen?

Groet,
Jolanda de Vries
""", R(["Rectification"], "jolanda.devries@gmail.example", "Jolanda", "de Vries"))

add("nl-05-slimme-meter-csv", "Arjen Mulder <arjen@mulder-thuis.example>", "Export meetdata slimme meter",
    """Hoi,

Ik wil graag al mijn kwartierwaarden van de slimme meter (stroom en gas, sinds de installatie in 2021) als bestand ontvangen, bij voorkeur CSV, zodat ik ze in mijn eigen energiebeheer-app kan inladen. In de app kan ik maar 13 maanden terugkijken.

Volgens mij valt dit onder het recht op dataportabiliteit.

Alvast bedankt,
Arjen Mulder
""", R(["Portability"], "arjen@mulder-thuis.example", "Arjen", "Mulder"))

add("nl-06-waarom-kopie-id-bsn", "Fatima El Amrani <fatima.elamrani@hotmail.example>", "Vraag over kopie ID",
    """Goedendag,

Bij het afsluiten van een contract voor de warmtepomp-lease vragen jullie om een kopie van mijn paspoort mét BSN. Waarom is dat nodig? Hoe lang bewaren jullie die kopie en wie krijgt hem te zien? Ik wil dit eerst weten voordat ik iets opstuur.

Met vriendelijke groet,
Fatima El Amrani
""", R(["Information"], "fatima.elamrani@hotmail.example", "Fatima", "El Amrani"))

add("nl-07-automatisch-afgewezen-kredietcheck", "Dennis Smit <dennis.smit88@gmail.example>", "Afwijzing contract",
    """Beste,

Ik probeerde online een energiecontract af te sluiten maar kreeg direct de melding dat ik "niet in aanmerking kom op basis van een kredietcontrole". Er heeft niemand naar gekeken. Ik heb geen schulden en werk al jaren vast.

Ik wil dat een medewerker dit besluit opnieuw beoordeelt en ik wil weten op welke gegevens die afwijzing is gebaseerd.

Dennis Smit
""", R(["AutomatedDecision"], "dennis.smit88@gmail.example", "Dennis", "Smit"))

add("nl-08-beperking-tijdens-geschil", "Ingrid Kok <ingrid.kok@xs4all.example>", "Verzoek beperking verwerking",
    """Geachte heer/mevrouw,

Ik betwist de jaarafrekening van 2025: de meterstand die u heeft gebruikt is een schatting en klopt aantoonbaar niet (foto van de meter is bijgevoegd bij mijn klacht van 28 oktober, kenmerk KL-774120).

Zolang die klacht loopt, verzoek ik u op grond van artikel 18 AVG de verwerking van mijn gegevens te beperken: draag mijn dossier niet over aan een incassobureau en meld mij niet aan bij een registratie van wanbetalers.

Met vriendelijke groet,
Ingrid Kok
""", R(["Restriction"], "ingrid.kok@xs4all.example", "Ingrid", "Kok"))

add("nl-09-afmelden-en-wissen", "Bram Hendriks <bram.hendriks@outlook.example>", "nieuwsbrief",
    """Meld me af voor de nieuwsbrief en de 'energietips' en wis mijn gegevens, ik ben al twee jaar geen klant meer.

Bram
""", R(["Opposition", "Erasure"], "bram.hendriks@outlook.example", "Bram", "Hendriks"))

add("nl-10-advocaat-namens-client", "mr. E.M. Vos <e.vos@vosadvocaten.example>", "Cliënt: mevrouw A. Jacobs - inzageverzoek",
    """Geachte heer/mevrouw,

Ik sta mevrouw Annelies Jacobs bij, wonende te Utrecht, in verband met een geschil over de afsluiting van haar gasaansluiting in februari jl.

Namens cliënte verzoek ik u op grond van artikel 15 AVG om een afschrift van alle persoonsgegevens die u van haar verwerkt, waaronder alle gespreksnotities, opnames van telefoongesprekken en interne correspondentie over de afsluiting. Een door cliënte ondertekende machtiging treft u bijgaand aan.

Hoogachtend,

mr. Eline Vos
Vos Advocaten
Maliebaan 40, Utrecht
""", R(["Access"], "e.vos@vosadvocaten.example", "Annelies", "Jacobs", representative="Eline Vos"))

add("nl-11-vader-zoon-bijbaan", "Marco Peeters <marco.peeters@telenet.example>", "Sollicitatie van mijn zoon",
    """Goeiedag,

Mijn zoon Lars Peeters (16) heeft zonder overleg gesolliciteerd voor een vakantiejob in jullie klantendienst in Antwerpen. Hij is minderjarig en we hebben beslist dat hij dit niet doet.

Gelieve zijn sollicitatie en al zijn gegevens te verwijderen.

Met vriendelijke groeten,
Marco Peeters
""", R(["Erasure"], "marco.peeters@telenet.example", "Lars", "Peeters", representative="Marco Peeters"))

add("nl-12-erfgenaam-vader-overleden", "Wendy Dekker <wendy.dekker@ziggo.example>", "Overlijden W. Dekker, klantnr 100341902",
    """Beste medewerker,

Mijn vader, Willem Dekker, is op 22 september overleden. Het energiecontract stond op zijn naam (klantnummer 100341902). De woning is inmiddels leeg en de eindafrekening is door mij als erfgenaam betaald.

Wilt u alle gegevens van mijn vader verwijderen en geen post meer op zijn naam sturen?

Met vriendelijke groet,
Wendy Dekker
""", R(["Erasure"], "wendy.dekker@ziggo.example", "Willem", "Dekker", representative="Wendy Dekker"))

add("nl-13-sollicitant-assessment", "Youssef Bouzid <y.bouzid@gmail.example>", "Sollicitatie Data Analist - afwijzing",
    """Beste recruitment,

Ik ben afgewezen voor de functie van Data Analist (vacature 2026-118) na het online assessment. Ik zou graag inzage willen in mijn persoonsgegevens: de testresultaten, de beoordeling van de recruiter en eventuele notities van het telefonische interview.

Met vriendelijke groet,
Youssef Bouzid
06-12345678
""", R(["Access"], "y.bouzid@gmail.example", "Youssef", "Bouzid"))

add("nl-14-ex-werknemer-dossier-en-fotos", "Sandra Willems <sandra.willems@live.example>", "Personeelsdossier + foto's intranet",
    """Hallo,

Ik ben per 1 augustus uit dienst gegaan bij Acme Energie (monteur slimme meters, regio Brabant). Twee verzoeken:

1. Ik wil graag een kopie van mijn personeelsdossier.
2. Er staan nog steeds foto's van mij op het intranet en in de wervingsfolder "Werken bij Acme". Die wil ik verwijderd hebben.

Groeten,
Sandra Willems
""", R(["Access", "Erasure"], "sandra.willems@live.example", "Sandra", "Willems"))

add("nl-15-html-welke-gegevens", "Pieter Jansen <pieter.jansen@gmail.example>", "Gegevens",
    html("Beste Acme Energie,",
         "Kunt u mij laten weten welke persoonsgegevens u van mij heeft en mij daarvan een kopie sturen?",
         "Ik ben klant sinds 2015, klantnummer 100118855.",
         "Met vriendelijke groet,<br>Pieter Jansen<br>Tel. 06-98765432"),
    R(["Access"], "pieter.jansen@gmail.example", "Pieter", "Jansen"), ct=HTML)

add("nl-16-acount-verwijderen-tikfouten", "sanne <sannetje_2001@hotmail.example>", "acount",
    """hoi kunnen jullie mijn acount verwijderen ik gebruik de app niet meer en wil ook geen mails meer
groetjes sanne
""", R(["Erasure"], "sannetje_2001@hotmail.example", "Sanne", None))

add("nl-17-hoofdletters-deurverkoop", "Gerrit Bosman <g.bosman@kpnplanet.example>", "DEURVERKOPERS",
    """NU AL VOOR DE VIERDE KEER EEN VERKOPER VAN ACME ENERGIE AAN DE DEUR. HAAL MIJN ADRES UIT JULLIE BESTAND VOOR DEURVERKOOP EN STUUR NIEMAND MEER!!!

G. BOSMAN
""", R(["Opposition"], "g.bosman@kpnplanet.example", "Gerrit", "Bosman"))

add("nl-18-gezinsadres-reply-to", "Fam. Jansen-Kuipers <fam.jansen@ziggo.example>", "inzage",
    """Goedenavond,

Dit is Kees Jansen. Het energiecontract staat op mijn naam. Kunt u mij een overzicht sturen van alle gegevens die u over mij heeft? Graag antwoorden op mijn eigen mailadres.

Kees Jansen
""", R(["Access"], "kees.jansen@kpnmail.example", "Kees", "Jansen"),
    headers=["Reply-To: Kees Jansen <kees.jansen@kpnmail.example>"])

add("nl-19-klantenservice-doorgestuurd-inline", "Lotte de Graaf <lotte.degraaf@acme-corp.example>", "FW: gegevens kloppen niet",
    """Hoi privacyteam,

Deze kwam binnen bij klantenservice, lijkt me iets voor jullie.

Groet, Lotte

Van: Ahmed Yilmaz <ahmed.yilmaz@gmail.example>
Verzonden: zaterdag 14 november 2026 11:32
Aan: Klantenservice <klantenservice@acme-corp.example>
Onderwerp: gegevens kloppen niet

Goedemorgen,

Mijn e-mailadres en telefoonnummer in jullie systeem kloppen niet meer, ik krijg daardoor geen meldingen over storingen. Nieuw nummer: 06-11223344, nieuw mailadres is dit adres. Kunnen jullie dit aanpassen?

Ahmed Yilmaz
""", R(["Rectification"], "ahmed.yilmaz@gmail.example", "Ahmed", "Yilmaz"))

add("nl-20-doorgestuurd-bijlage-bezwaar", "Tim Verbeek <tim.verbeek@acme-corp.example>", "FW: ongevraagd",
    "", R(["Opposition"], "m.vandijk@home.example", "Margreet", "van Dijk"),
    attached=("Margreet van Dijk <m.vandijk@home.example>", "ongevraagd",
              """Goedemiddag,

Ik krijg steeds aanbiedingen van een zonnepanelenbedrijf dat zegt mijn gegevens van Acme Energie te hebben gekregen. Daar heb ik nooit toestemming voor gegeven. Ik wil niet dat jullie mijn gegevens nog aan andere bedrijven doorgeven voor reclame.

Margreet van Dijk
"""),
    note="Ter info, klant mailde de regiokantoor-inbox. Kunnen jullie dit oppakken? Tim\n")

add("nl-21-welke-gegevens-aan-wie", "Erik Meijer <erik.meijer@hetnet.example>", "Incassobureau",
    """Goedemiddag,

Ik kreeg vorige week een brief van een incassobureau over een factuur van jullie die ik allang betaald heb. Ik wil weten welke gegevens jullie van mij hebben en welke gegevens jullie aan dat incassobureau hebben doorgegeven. Stuur me alsjeblieft een kopie.

Erik Meijer
""", R(["Access"], "erik.meijer@hetnet.example", "Erik", "Meijer"))

add("nl-22-boze-brief-eindafrekening", "Annemieke Schouten <a.schouten@online.example>", "Klacht eindafrekening - dit is echt belachelijk",
    """Geachte heer/mevrouw,

Ik heb op 3 oktober een eindafrekening ontvangen van € 1.842,17. Dat is meer dan ik in twee jaar aan energie verbruik. Ik heb drie keer gebeld, elke keer een andere medewerker, elke keer een ander verhaal. De ene zei dat de meter verkeerd was uitgelezen, de andere dat ik een "achterstand" had, de derde heeft gewoon opgehangen.

Ik heb inmiddels het Energieloket en de Geschillencommissie ingeschakeld.

Omdat niemand mij kan uitleggen hoe dit bedrag tot stand komt, wil ik een volledig overzicht van alle gegevens die jullie over mij hebben: alle meterstanden (afgelezen en geschat), gespreksnotities van de telefoongesprekken en alle interne notities over mijn dossier.

Daarnaast verwacht ik dat de incasso wordt stopgezet tot dit is opgelost. Ik ben zeer teleurgesteld in jullie dienstverlening na 14 jaar klantschap.

A. Schouten
""", R(["Access"], "a.schouten@online.example", "Annemieke", "Schouten"))

add("nl-23-latin1-zonnepanelen-mails", "Joost Hoekstra <joost.hoekstra@zeelandnet.example>", "Mails over zonnepanelen",
    """Beste,

Ik ben niet geïnteresseerd in jullie zonnepanelen-acties en de "financiële voordeeltjes" van een thuisbatterij. Stop alsjeblieft met het sturen van die reclamemails. Mijn gewone facturen en meldingen wil ik wel blijven ontvangen.

Groet,
Joost Hoekstra
""", R(["Opposition"], "joost.hoekstra@zeelandnet.example", "Joost", "Hoekstra"), encode="latin-1")

add("nl-24-avg-verzoek-algemeen", "L. Brouwer <l.brouwer@gmail.example>", "AVG verzoek",
    """Geachte heer/mevrouw,

Ik wil gebruik maken van mijn rechten onder de AVG. Kunt u mij laten weten hoe ik dat moet doen?

Met vriendelijke groet,
Linda Brouwer
""", R(["Unknown"], "l.brouwer@gmail.example", "Linda", "Brouwer"))

add("nl-25-kwartierwaarden-wie-kijkt-mee", "Rutger Timmermans <rutger.timmermans@xs4all.example>", "Slimme meter vraag",
    """Dag,

Klopt het dat de slimme meter elke 15 minuten mijn verbruik naar jullie doorstuurt? Wie kan die gegevens inzien, gebruiken jullie ze om te zien wanneer ik thuis ben of niet, en verkopen jullie ze door? Ik heb destijds geen keuze gekregen bij de installatie.

Rutger Timmermans
""", R(["Information"], "rutger.timmermans@xs4all.example", "Rutger", "Timmermans"))

add("nl-26-kopie-en-bestand-nieuwe-leverancier", "Nienke Postma <nienke.postma@gmail.example>", "Mijn gegevens opvragen",
    """Hallo,

Ik stap over naar een andere leverancier. Ik zou graag een kopie willen van alle persoonsgegevens die jullie van mij hebben, en daarnaast mijn verbruiksgegevens van de afgelopen drie jaar in een bestand (Excel of CSV) dat ik kan uploaden bij mijn nieuwe leverancier.

Groetjes,
Nienke Postma
""", R(["Access", "Portability"], "nienke.postma@gmail.example", "Nienke", "Postma"))

add("nl-27-vlaams-gegevens-schrappen", "Koen Maes <koen.maes@skynet.example>", "Schrapping gegevens",
    """Goeiedag,

Ik was vroeger klant voor aardgas op mijn vorig adres in Gent. Gelieve al mijn persoonsgegevens uit uw bestanden te schrappen, ik heb geen contract meer bij u.

Met vriendelijke groeten,
Koen Maes
""", R(["Erasure"], "koen.maes@skynet.example", "Koen", "Maes"))

add("nl-28-bezwaar-profilering-aanbiedingen", "Saskia van den Broek <saskia.vdbroek@gmail.example>", "Gepersonaliseerde aanbiedingen",
    """Beste Acme,

In de app zie ik "persoonlijke aanbiedingen op basis van uw verbruiksprofiel". Ik maak bezwaar tegen het gebruik van mijn verbruiksgegevens voor dit soort profilering en marketing. Gebruik ze alleen voor mijn facturen.

Saskia van den Broek
""", R(["Opposition"], "saskia.vdbroek@gmail.example", "Saskia", "van den Broek"))

add("nl-29-oud-adres-en-verhuizing", "Mohamed Ouali <m.ouali@outlook.example>", "Verhuisd maar post gaat naar oud adres",
    """Beste,

Ik ben in augustus verhuisd en heb dat via de app doorgegeven, maar mijn jaarafrekening is toch naar mijn oude adres gestuurd (waar nu iemand anders woont!). Mijn huidige adres is Kerkstraat 71, 5611 GJ Eindhoven. Corrigeer dat alstublieft overal.

Mohamed Ouali
""", R(["Rectification"], "m.ouali@outlook.example", "Mohamed", "Ouali"))

# ---- ignore ----
add("nl-30-phish-energieteruggave", "Energie Teruggave <service@energie-teruggave-nl.example>", "U heeft recht op een teruggave van € 312,40",
    """Beste klant,

Na herberekening van uw jaarafrekening heeft u recht op een teruggave van € 312,40. Om het bedrag te ontvangen moet u binnen 48 uur uw rekeninggegevens bevestigen via onderstaande link.

Bevestig uw gegevens: http://energie-teruggave-nl.example/claim

Met vriendelijke groet,
Afdeling Facturatie
""", IGN("spam"), headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="energie-teruggave-nl.example")])

add("nl-31-spam-avg-gegevens-gelekt", "AVG Meldpunt <melding@avg-datalek-check.example>", "Uw gegevens zijn gelekt - laat ze nu verwijderen",
    """Beste,

Uit onze scan blijkt dat uw e-mailadres en wachtwoord zijn gevonden in een gelekte database op het dark web. Onder de AVG heeft u recht om deze gegevens te laten verwijderen.

Voor slechts € 19,95 verwijderen wij uw gegevens bij meer dan 300 partijen. Handel snel, uw identiteit loopt gevaar!

Klik hier om te beginnen. Afmelden voor deze berichten? Klik hier.
""", IGN("spam"), headers=SPAM_HDR)

add("nl-32-loterij-gewonnen", "Nationale Prijzen Stichting <winnaar@prijzen-stichting.example>", "GEFELICITEERD: u heeft € 25.000 gewonnen",
    """Geachte winnaar,

Uw e-mailadres is getrokken in de Europese E-mail Loterij 2026. U heeft € 25.000,- gewonnen!

Om uw prijs te ontvangen dient u eenmalig € 95 administratiekosten over te maken en uw volledige naam, adres en IBAN door te geven aan onze claimagent, dhr. Van Os: claims.vanos@gmail.example

Deze prijs vervalt na 7 dagen.
""", IGN("spam"), headers=["Reply-To: claims.vanos@gmail.example"])

add("nl-33-spamheader-zakelijk-aanbod", "Lisa | LeadBoost <lisa@leadboost-b2b.example>", "Meer klanten voor Acme Corp?",
    """Hoi,

Ik zag jullie website en dacht: daar kunnen we iets mee! Met onze B2B-leadlijsten (ruim 80.000 beslissers in de energiesector) vult u uw salesagenda in een paar weken.

Zullen we volgende week 15 minuten bellen?

Lisa
""", IGN("spam"), headers=SPAM_HDR)

add("nl-34-afwezigheidsbericht", "Anouk Verhoeven <anouk.verhoeven@gemeente-tilburg.example>", "Afwezig: Uw verzoek",
    """Dank voor uw bericht. Ik ben tot en met 27 november afwezig en lees mijn mail niet. Voor dringende zaken kunt u bellen met 14 013.

Met vriendelijke groet,
Anouk Verhoeven
""", IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])

add("nl-35-nieuwsbrief-energievakblad", "Energievakblad <redactie@energievakblad.example>", "Nieuwsbrief week 46: netcongestie, dynamische tarieven",
    """ENERGIEVAKBLAD - WEEK 46

- Netcongestie: wachtlijst voor bedrijven groeit verder
- Dynamische contracten: 1 op de 8 huishoudens stapt over
- Column: de slimme meter is slimmer dan de klant denkt

U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan via de link onderaan.
""", IGN("bulk"), headers=["Precedence: bulk", "List-Unsubscribe: <https://energievakblad.example/afmelden>"])

# ---- tasks ----
add("nl-36-taak-verwerkersovereenkomst-meteropnemer", "Jeroen Kuiper <jeroen.kuiper@acme-corp.example>", "Verwerkersovereenkomst MeterMaat",
    """Hoi,

We gaan de handmatige meteropname in Friesland uitbesteden aan MeterMaat B.V. Zij hebben een verwerkersovereenkomst gestuurd die volgens mij erg in hun voordeel is (aansprakelijkheid, meldtermijn datalekken van 7 dagen!).

Kunnen jullie ernaar kijken voordat ik teken? Deadline is eind volgende week.

Jeroen Kuiper
Inkoop
""", TASK("jeroen.kuiper@acme-corp.example", "Jeroen", "Kuiper"))

add("nl-37-taak-verwerkingsregister-warmtepomp", "Femke Dijkstra <femke.dijkstra@acme-corp.example>", "Nieuwe dienst warmtepomp-lease: register bijwerken",
    """Hallo privacyteam,

Vanaf januari bieden we warmtepompen in lease aan. Daarvoor verwerken we nieuwe gegevens: BKR-toetsing, inkomensgegevens en de storingsdata van de warmtepomp zelf (via internet).

Moet dit in het verwerkingsregister? Zo ja, kunnen jullie dat doen of moet ik een formulier invullen?

Groet,
Femke Dijkstra
Productmanager
""", TASK("femke.dijkstra@acme-corp.example", "Femke", "Dijkstra"))

add("nl-38-taak-dpia-dynamisch-tarief", "Wouter Brinkman <wouter.brinkman@acme-corp.example>", "DPIA nodig? algoritme dynamisch tarief",
    """Hoi allemaal,

Ons data science team heeft een model gebouwd dat op basis van kwartierdata van de slimme meter voorspelt welke klanten baat hebben bij een dynamisch contract, en die klanten dan gericht benadert.

Ik vermoed dat hier een DPIA voor nodig is (profilering op grote schaal). Kunnen we die samen opstarten? Ik kan een overzicht van de data aanleveren.

Wouter Brinkman
Lead Data Science
""", TASK("wouter.brinkman@acme-corp.example", "Wouter", "Brinkman"))

add("nl-39-taak-privacyverklaring-app", "Esther Mol <esther.mol@acme-corp.example>", "Privacyverklaring app updaten",
    """Hi,

Met de nieuwe versie van de app (release 8 december) komt er een chatbot bij en pushmeldingen bij storingen. Legal zei dat de privacyverklaring in de app dan aangepast moet worden. Kunnen jullie de tekst reviewen/aanpassen? Het concept staat in Confluence.

Dank!
Esther
Team App
""", TASK("esther.mol@acme-corp.example", "Esther", "Mol"))

# ---- incidents ----
add("nl-40-incident-telefoon-gestolen-monteur", "Ruud Lammers <ruud.lammers@acme-corp.example>", "Telefoon gestolen uit bus",
    """Hallo,

Vannacht is er ingebroken in mijn bedrijfsbus in Zwolle. Mijn werktelefoon is meegenomen. Daarop staat de monteurs-app met de planning van deze week (namen, adressen en telefoonnummers van ongeveer 40 klanten) en mijn Outlook.

Aangifte is gedaan, ServiceDesk heeft de telefoon op afstand gewist (zeggen ze). Moet ik nog iets doen?

Ruud Lammers
Monteur regio Oost
""", INC("ruud.lammers@acme-corp.example", "Ruud", "Lammers"))

add("nl-41-incident-excel-verkeerde-bijlage", "Kim van Wijk <kim.vanwijk@acme-corp.example>", "Verkeerde bijlage verstuurd",
    """Hoi,

Ik heb zojuist per ongeluk een Excel met de betalingsachterstanden van ongeveer 1.200 klanten (naam, adres, klantnummer, openstaand bedrag) als bijlage meegestuurd in een mail aan een externe partij, het schuldhulpverleningsbureau in Deventer, in plaats van de ene klantbrief die ik bedoelde.

Ik heb ze gebeld en gevraagd het te verwijderen. Wat nu?

Kim van Wijk
Debiteurenbeheer
""", INC("kim.vanwijk@acme-corp.example", "Kim", "van Wijk"))

add("nl-42-incident-sharepoint-openbaar", "Jasper Hoogland <jasper.hoogland@acme-corp.example>", "Klantbestand via openbare link te benaderen",
    """Beste,

Bij een controle zag ik dat een map op SharePoint met exports van de klantendatabase ("exports_q3") een deellink heeft voor "iedereen met de link". De link is in september in een mail naar een extern marketingbureau gezet. Het bestand bevat ca. 85.000 klanten met naam, adres, e-mail en verbruik.

Ik heb de link inmiddels uitgezet. In de logging zie ik downloads vanaf onbekende IP-adressen.

Jasper Hoogland
Security Officer
""", INC("jasper.hoogland@acme-corp.example", "Jasper", "Hoogland"))

add("nl-43-incident-phishing-inlog", "Nicole Vermeulen <nicole.vermeulen@acme-corp.example>", "Ik heb mijn wachtwoord ingevuld op een nepsite",
    """Hoi,

Ik kreeg een mail "uw mailbox is vol" en heb op de link geklikt en mijn gebruikersnaam en wachtwoord ingevuld. Pas daarna zag ik dat het adres niet klopte. Ik heb direct mijn wachtwoord veranderd. Ik werk op de klantenservice en heb toegang tot het CRM.

Sorry! Wat moet ik nog doen?

Nicole Vermeulen
""", INC("nicole.vermeulen@acme-corp.example", "Nicole", "Vermeulen"))

# ---- follow-ups ----
add("nl-44-reactie-kopie-id", "Hans Willemsen <hans.willemsen@kpnmail.example>", "Re: [DSR-30733] Wij hebben uw verzoek ontvangen",
    """Goedemiddag,

Bijgaand een kopie van mijn rijbewijs (BSN en foto afgeschermd, zoals u vroeg).

Met vriendelijke groet,
Hans Willemsen

Op 13 nov. 2026 om 10:02 schreef Acme Corp Privacy <privacy@acme-corp.example>:
> Geachte heer Willemsen,
> Wij hebben uw verzoek ontvangen onder kenmerk DSR-30733. Om uw identiteit te controleren vragen wij u een kopie van een identiteitsbewijs te sturen.
""", FU("30733", "hans.willemsen@kpnmail.example", "Hans", "Willemsen"))

add("nl-45-herinnering-eigen-mail", "Ingrid Kok <ingrid.kok@xs4all.example>", "Re: Verzoek beperking verwerking",
    """Geachte heer/mevrouw,

Ik heb nog steeds geen bevestiging ontvangen van mijn verzoek hieronder, en inmiddels heb ik wél een brief van een incassobureau gekregen. Graag per omgaande reactie.

Ingrid Kok

> Geachte heer/mevrouw,
> Ik betwist de jaarafrekening van 2025...
""", FU(ref("nl-08-beperking-tijdens-geschil"), "ingrid.kok@xs4all.example", "Ingrid", "Kok"),
    headers=irt("nl-08-beperking-tijdens-geschil"))

add("nl-46-vraag-over-lopend-verzoek", "Bas Vermeer <basvermeer@gmail.example>", "RE: [DSR-30688] Uw verzoek",
    """Hallo, ik zie in uw antwoord dat mijn gegevens worden verwijderd "behalve wat wettelijk bewaard moet worden". Welke gegevens zijn dat dan precies en hoe lang nog?

Bas
""", FU("30688", "basvermeer@gmail.example", "Bas", "Vermeer"))
