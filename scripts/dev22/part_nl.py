# Development set 22, Dutch (Netherlands and Flanders). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("nl-01-inzage", "Pieter van der Berg <pieter.vanderberg@kpn-like.example>",
    "Inzageverzoek",
    """Geachte heer/mevrouw,

Graag ontvang ik een overzicht van alle persoonsgegevens die u van mij verwerkt, zowel bij de
dierenkliniek in Utrecht als bij de dierenverzekering. Ik ben klant sinds 2016.

Met vriendelijke groet,
Pieter van der Berg
""",
    R(["Access"], "pieter.vanderberg@kpn-like.example", "Pieter", "van der Berg"))

add("nl-02-account-weg", "Sanne de Jong <sanne.dejong@ziggo-like.example>",
    "account verwijderen oppas-app",
    """Hoi,

Ik ben gestopt met oppassen via jullie app. Kunnen jullie mijn account en al mijn gegevens
(foto's, VOG, IBAN) verwijderen? Bedankt!

Groetjes, Sanne de Jong
""",
    R(["Erasure"], "sanne.dejong@ziggo-like.example", "Sanne", "de Jong"))

add("nl-03-geen-reclame", "Henk Smit <henk.smit@planet-like.example>", "Reclame",
    """Goedemiddag,

Ik wil geen reclame meer ontvangen van jullie voerwinkel, niet per mail en niet per post. Mijn
abonnement op het kattenvoer wil ik gewoon houden.

H. Smit
""",
    R(["Opposition"], "henk.smit@planet-like.example", "Henk", "Smit"))

add("nl-04-verkeerd-adres", "Fatima El Amrani <fatima.elamrani@mail.example>",
    "Adres klopt niet",
    """Beste,

In mijn polis staat Kastanjelaan 14 maar het is Kastanjelaan 41, Eindhoven. Ook mijn
achternaam wordt als "El Amrani" met een spatie te veel... nee wacht, die is goed, maar mijn
voornaam is Fatima zonder h. Willen jullie het adres en de voornaam aanpassen?

Fatima El Amrani
""",
    R(["Rectification"], "fatima.elamrani@mail.example", "Fatima", "El Amrani"))

add("nl-05-overstappen", "Bram Visser <bram.visser@xs4all-like.example>",
    "Overstap verzekeraar - gegevens",
    """Hallo,

Ik stap per 1 januari over naar een andere dierenverzekeraar. Kunnen jullie mijn polis- en
schadegegevens in een gangbaar digitaal formaat (csv of xml) rechtstreeks naar hen sturen?
Het adres is overstap@anderedierverzekering.example. Polisnummer PC-3390027.

Bram Visser
""",
    R(["Portability"], "bram.visser@xs4all-like.example", "Bram", "Visser"))

add("nl-06-bewaartermijn", "Lotte Jansen <lotte.jansen@home.example>",
    "Vraag over bewaartermijnen",
    """Beste privacyteam,

Hoe lang bewaren jullie de medische dossiers van huisdieren en de gegevens van de eigenaar na
het laatste bezoek? En worden die gegevens gedeeld met de verzekeraar of met
diervoederfabrikanten voor onderzoek?

Ik wil niets laten verwijderen hoor, ik ben gewoon nieuwsgierig.

Lotte Jansen
""",
    R(["Information"], "lotte.jansen@home.example", "Lotte", "Jansen"))

add("nl-07-vlaams-uitschrijven", "Wouter Peeters <wouter.peeters@telenet-like.example>",
    "Uitschrijven aub",
    """Dag,

Gelieve mij uit te schrijven van al jullie mailings en nieuwsbrieven. Ik had me enkel
ingeschreven voor een kortingsbon voor kattenbakvulling.

Met vriendelijke groeten,
Wouter Peeters
Gent
""",
    R(["Opposition"], "wouter.peeters@telenet-like.example", "Wouter", "Peeters"))

add("nl-08-premie-algoritme", "Marloes Bakker <marloes.bakker@mail.example>",
    "Premieverhoging automatisch berekend?",
    """Beste,

Mijn premie voor Sam (labrador, 6) is met 60% omhoog gegaan. Volgens de brief "op basis van
een geautomatiseerd risicomodel". Ik wil dat een medewerker hiernaar kijkt en ik wil weten welke
gegevens dat model over mij en Sam heeft gebruikt.

Marloes Bakker
""",
    R(["AutomatedDecision", "Information"], "marloes.bakker@mail.example", "Marloes", "Bakker"))

add("nl-09-beoordeling-blokkeren", "Joris Hendriks <joris.hendriks@mail.example>",
    "Negatieve beoordeling onterecht",
    """Hallo,

Op mijn oppasprofiel staat een beoordeling van één ster met de tekst dat ik "de hond niet
heb uitgelaten". Ik heb de GPS-route en foto's als bewijs. Zolang jullie dat uitzoeken, wil ik
dat die beoordeling niet zichtbaar is en niet meetelt in mijn score.

Joris Hendriks
""",
    R(["Restriction"], "joris.hendriks@mail.example", "Joris", "Hendriks"))

add("nl-10-inzage-en-wissen", "Erik Mulder <erik.mulder@gezin.example>",
    "Oude uitlaatservice-registratie",
    """Geachte heer, mevrouw,

Jaren geleden heb ik me in jullie app aangemeld als hondenuitlater, maar ik heb nooit een
opdracht gedaan. Graag hoor ik eerst welke gegevens jullie nog van mij hebben, en daarna wil ik
dat alles gewist wordt.

Erik Mulder
""",
    R(["Access", "Erasure"], "erik.mulder@gezin.example", "Erik", "Mulder"))

add("nl-11-typos", "dewitje88@hotmail-like.example", "gegevens",
    "hallo ik wil graag wete wat julie alemaal van me opgeslage hebbe bij de dierenartz en de "
    "verzekering. grt Kim de Wit\n",
    R(["Access"], "dewitje88@hotmail-like.example", "Kim", "de Wit"))

add("nl-12-hoofdletters", "Gerrit Kok <g.kok@oud.example>", "BELLEN",
    "HOUD OP MET BELLEN OVER DIE HONDENVERZEKERING. IK HEB GEEN HOND MEER. HAAL MIJN NUMMER UIT "
    "UW SYSTEEM.\nG. KOK\n",
    R(["Opposition"], "g.kok@oud.example", "Gerrit", "Kok"))

add("nl-13-html-advocaat", "Van Dijk Advocaten <privacy@vandijkadvocaten.example>",
    "Cliënte mevrouw A. van Leeuwen - AVG",
    html("Geachte functionaris gegevensbescherming,",
         "Namens onze cliënte, mevrouw Annelies van Leeuwen te Haarlem, verzoeken wij u op grond "
         "van artikel 15 AVG om een volledig overzicht en kopie van haar persoonsgegevens, en op "
         "grond van artikel 16 AVG om correctie van de onjuiste aantekening in het klantdossier "
         "dat zij betalingsachterstanden zou hebben.",
         "Een machtiging treft u bijgaand aan.",
         "Hoogachtend,<br>mr. Thijs van Dijk<br>Van Dijk Advocaten"),
    R(["Access", "Rectification"], "privacy@vandijkadvocaten.example", "Annelies", "van Leeuwen",
      representative="Thijs van Dijk"),
    ct=HTML)

add("nl-14-erfgenaam", "Ingrid Vermeulen <ingrid.vermeulen@mail.example>",
    "Overleden moeder - abonnement en gegevens",
    """Beste,

Mijn moeder, Truus Vermeulen, is vorige maand overleden. Ze had bij jullie een
voerabonnement voor haar katten. Wij hebben het abonnement al stopgezet. Kunnen jullie haar
gegevens uit jullie systemen halen en de post aan haar adres stoppen?

Met vriendelijke groet,
Ingrid Vermeulen (dochter)
""",
    R(["Erasure"], "ingrid.vermeulen@mail.example", "Truus", "Vermeulen",
      representative="Ingrid Vermeulen"))

add("nl-15-levering", "Mark Dekker <mark.dekker@mail.example>", "Pakket niet ontvangen",
    """Hoi, mijn voerbox van deze maand is niet aangekomen, track & trace zegt "bezorgd" maar hier
ligt niks. Kunnen jullie dat uitzoeken? Bestelnr KB-551823.

Mark
""",
    R(["Unknown"], "mark.dekker@mail.example", "Mark", "Dekker"))

add("nl-16-gezinsadres", "Familie Bos <familiebos@home.example>", "Welke gegevens en waarom",
    """Hallo,

Bij de inschrijving van onze konijnen bij de kliniek in Zwolle werd gevraagd naar ons BSN.
Waarom hebben jullie dat nodig, en wat doen jullie ermee? Als het niet nodig is, willen we dat
het uit ons dossier gehaald wordt.

Groet,
Anouk Bos
""",
    R(["Information", "Erasure"], "anouk.bos@werk.example", "Anouk", "Bos"),
    headers=["Reply-To: anouk.bos@werk.example"])

add("nl-17-doorgestuurd", "Daan Smeets <daan.smeets@acme-corp.example>",
    "FW: klacht + verzoek",
    """Hoi privacy,

Deze klant belde en mailde daarna naar de klantenservice. Lijkt mij iets voor jullie.

Daan - Klantenservice Verzekeringen

---------- Doorgestuurd bericht ---------
Van: Yvonne Claes <yvonne.claes@mail-be.example>
Datum: zo 15 nov 2026 om 21:14
Onderwerp: gegevens
Aan: klantenservice@acme-corp.example

Ik heb geen polis meer bij jullie sinds 2024. Waarom krijg ik nog steeds mails? Stop daarmee
en vertel me welke gegevens jullie nog van mij bewaren.
Yvonne Claes
""",
    R(["Opposition", "Access"], "yvonne.claes@mail-be.example", "Yvonne", "Claes"))

add("nl-18-bijlage-forward", "Nina Hoekstra <nina.hoekstra@acme-corp.example>",
    "Doorsturen: Ander telefoonnummer", "",
    R(["Rectification"], "s.bouzid@mail.example", "Said", "Bouzid"),
    attached=("Said Bouzid <s.bouzid@mail.example>", "Ander telefoonnummer",
              "Goedendag, mijn telefoonnummer is veranderd naar 06-98765432. Het oude nummer is van\n"
              "iemand anders nu en die krijgt de herinneringen voor de vaccinatie van mijn kat.\n"
              "Graag aanpassen. Said Bouzid\n"),
    note="Ter info en afhandeling, klant kwam via het algemene adres binnen. Nina (kliniek Den Bosch)")

add("nl-19-latin1-story", "Geert Claessens <geert.claessens@skynet-like.example>",
    "Klacht over de kliniek in Antwerpen",
    """Geachte,

Ik ben al 12 jaar klant in uw kliniek in Antwerpen. Vorige week kwam ik binnen met onze kat
Minou die niet meer at. Wachten, wachten, wachten. Na twee uur kreeg ik te horen dat de
dierenarts naar een spoedgeval was. De assistente vertelde hardop in de wachtzaal wat mijn
vrouw vorig jaar over haar ziekte aan de telefoon had gezegd. Ongehoord.

Ik wil weten wat er precies in uw notities over ons staat en ik wil dat alles wat over de
gezondheid van mijn vrouw of mezelf gaat, eruit verdwijnt. Dat heeft niets met een kat te maken.

Minou is intussen beter, dankzij een andere dierenarts.

Geert Claessens
""",
    R(["Access", "Erasure"], "geert.claessens@skynet-like.example", "Geert", "Claessens"),
    ct=LATIN1, encode="latin-1")

add("nl-20-profiel-aanbevelingen", "Eva Maes <eva.maes@mail.example>",
    "Gepersonaliseerde aanbiedingen",
    """Beste,

Ik merk dat jullie me aanbiedingen sturen op basis van wat mijn hond bij de dierenarts heeft
gehad (dieetvoer voor nieren). Dat vind ik te ver gaan. Ik trek mijn toestemming daarvoor in.
Ik wil mijn account niet kwijt, gewoon geen profilering meer.

Eva Maes
""",
    R(["Opposition"], "eva.maes@mail.example", "Eva", "Maes"))

add("nl-21-taak-verwerkersovereenkomst", "Ruben van Dam <ruben.vandam@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe bezorgpartner",
    """Hoi,

We gaan vanaf februari bezorgen met PakjeSnel voor de voerabonnementen in NL. Kunnen jullie
hun verwerkersovereenkomst nakijken? Ze willen ook de telefoonnummers van klanten voor
bezorgnotificaties.

Ruben van Dam
Logistiek
""",
    TASK("ruben.vandam@acme-corp.example", "Ruben", "van Dam"))

add("nl-22-taak-register", "Femke de Graaf <femke.degraaf@acme-corp.example>",
    "Verwerkingsregister bijwerken",
    """Beste privacyteam,

De kliniek in Groningen gebruikt sinds deze maand een AI-tool die consultverslagen uitschrijft
uit spraakopnames. Graag opnemen in het verwerkingsregister en laten weten of we iets aan de
privacyverklaring moeten aanpassen.

Femke de Graaf
""",
    TASK("femke.degraaf@acme-corp.example", "Femke", "de Graaf"))

add("nl-23-taak-audit", "Koen Willems <koen.willems@acme-corp.example>",
    "Leveranciersvragenlijst dierenartsencoöperatie",
    """Dag collega's,

De coöperatie waar onze Vlaamse klinieken bij aangesloten zijn vraagt een ingevulde
privacyvragenlijst (28 vragen) vóór 1 december. Kunnen jullie die invullen? Ik stuur het
bestand apart door.

Koen Willems
""",
    TASK("koen.willems@acme-corp.example", "Koen", "Willems"))

add("nl-24-inc-laptop", "Tim Bakker <tim.bakker@acme-corp.example>",
    "Laptop gestolen uit auto",
    """Hallo,

Vannacht is mijn werklaptop uit mijn auto gestolen in Amsterdam-Noord. Er staan excelbestanden
op met schadeclaims van dit kwartaal. De laptop is versleuteld met BitLocker denk ik, maar ik
weet het niet zeker. Aangifte is gedaan.

Tim Bakker, schadebehandelaar
""",
    INC("tim.bakker@acme-corp.example", "Tim", "Bakker"))

add("nl-25-inc-verkeerde-brief", "Rianne Kuipers <rianne.kuipers@mail.example>",
    "Brief van iemand anders ontvangen",
    """Goedendag,

Ik kreeg vandaag een envelop van jullie verzekering, maar daarin zat de schade-afwijzing van een
meneer uit Apeldoorn, met zijn polisnummer, adres en wat zijn hond mankeert. Wat moet ik
ermee doen?

Rianne Kuipers
""",
    INC("rianne.kuipers@mail.example", "Rianne", "Kuipers"))

add("nl-26-inc-cc", "Lieke Verbeek <lieke.verbeek@acme-corp.example>",
    "Mail in CC i.p.v. BCC",
    """Hoi,

Ik heb net een uitnodiging voor de puppycursus gestuurd naar 85 klanten met alle adressen in
CC in plaats van BCC. Ik heb een terugroepactie gedaan maar die werkt vast niet bij iedereen.

Lieke Verbeek, kliniek Amersfoort
""",
    INC("lieke.verbeek@acme-corp.example", "Lieke", "Verbeek"))

add("nl-27-fu-dsr", "Pieter van der Berg <pieter.vanderberg@kpn-like.example>",
    "Re: [DSR-60211] Uw verzoek is ontvangen",
    """Goedemiddag,

Het overzicht mist de gegevens van de verzekering. Kunnen jullie die alsnog sturen?

Pieter van der Berg

> Uw verzoek is geregistreerd onder nummer DSR-60211.
""",
    FU("60211", "pieter.vanderberg@kpn-like.example", "Pieter", "van der Berg"))

add("nl-28-fu-ref", "Joris Hendriks <joris.hendriks@mail.example>",
    "Re: Negatieve beoordeling onterecht",
    """Hierbij nog de screenshots van de GPS-route waar ik het over had. Hoe lang duurt het
onderzoek nog?

Joris
""",
    FU(ref("nl-09-beoordeling-blokkeren"), "joris.hendriks@mail.example", "Joris", "Hendriks"),
    headers=irt("nl-09-beoordeling-blokkeren"))

add("nl-29-spam-crypto", "Jan Rijkman <winst@snelrijk.example>",
    "Verdien 4.000 euro per week met Bitcoin",
    """Beste,

Onze nieuwe handelsrobot maakt iedereen rijk. Registreer nu, uw gegevens worden volgens de AVG
veilig bewaard en direct verwijderd als u dat wilt. Beperkte plaatsen!

http://snelrijk.example/start
""",
    IGN("spam", "winst@snelrijk.example"),
    headers=SPAM_HDR)

add("nl-30-spam-bank", "Rabobank Beveiliging <veiligheid@rabo-verificatie.example>",
    "Uw gegevens moeten worden bijgewerkt",
    """Geachte klant,

Vanwege nieuwe privacywetgeving moeten wij uw gegevens controleren. Doet u dit niet binnen 48
uur, dan wordt uw rekening geblokkeerd. Klik hier: http://rabo-verificatie.example/login
""",
    IGN("spam", "veiligheid@rabo-verificatie.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="rabo-verificatie.example")])

add("nl-31-afwezig", "Jeroen Pauwels <jeroen.pauwels@partner.example>",
    "Afwezig: Verwerkersovereenkomst",
    """Ik ben afwezig tot en met 20 november en heb beperkt toegang tot mijn e-mail. Uw bericht
wordt niet doorgestuurd.
""",
    IGN("auto_reply", "jeroen.pauwels@partner.example"),
    headers=["Auto-Submitted: auto-replied"])

add("nl-32-nieuwsbrief", "Dierenzorg Vakblad <nieuws@dierenzorg-vakblad.example>",
    "Nieuwsbrief week 47",
    """In deze nieuwsbrief: nieuwe regels voor diergeneesmiddelen, AVG-boetes in de zorg, en de
vacatures van deze week.

Afmelden? Klik hier.
""",
    IGN("bulk", "nieuws@dierenzorg-vakblad.example"),
    headers=["List-Id: <weekly.dierenzorg-vakblad.example>",
             "List-Unsubscribe: <https://dierenzorg-vakblad.example/afmelden>",
             "Precedence: list"])
