# Frozen evaluation set, Dutch. Written blind; never tune on it.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("nl-01-oneliner", "Joost Bakker <joost.bakker@ziggo.example>", "uitschrijven",
    "haal me uit jullie bestand aub\n",
    R(["Erasure"], "joost.bakker@ziggo.example", "Joost", "Bakker"))
add("nl-02-hoofdletters", "WILLEM DE GROOT <w.degroot@kpn.example>", "STOP MET BELLEN",
    "IK WIL NIET MEER GEBELD WORDEN VOOR AANBIEDINGEN. VERWIJDER MIJN NUMMER.\n",
    R(["Opposition"], "w.degroot@kpn.example", "Willem", "DE GROOT"))
add("nl-03-inzage-formeel", "Annelies Smit <annelies.smit@xs4all.example>", "Inzageverzoek AVG",
    "Geachte heer/mevrouw,\n\nOp grond van artikel 15 AVG verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die u van mij verwerkt, de doeleinden en de ontvangers.\n\nMet vriendelijke groet,\nAnnelies Smit\n",
    R(["Access"], "annelies.smit@xs4all.example", "Annelies", "Smit"))
add("nl-04-typfouten", "Ricardo Mulder <ricardo.mulder@hotmail.example>", "acount verwijderen",
    "hoi kunnen jullie mijn acount verwijdren met al mijn gegevens? bedankt\n",
    R(["Erasure"], "ricardo.mulder@hotmail.example", "Ricardo", "Mulder"))
add("nl-05-welke-gegevens", "Femke de Boer <femke.deboer@gmail.example>", "Vraag",
    "Hallo, welke gegevens hebben jullie eigenlijk van mij opgeslagen? Groetjes Femke\n",
    R(["Access"], "femke.deboer@gmail.example", "Femke", "de Boer"))
add("nl-06-adres-wijzigen", "Henk Vos <henk.vos@planet.example>", "Verkeerd adres",
    "Goedendag, mijn adres klopt niet in jullie systeem. Het juiste adres is Dorpsstraat 12, 3451 AB Utrecht. Graag aanpassen.\n",
    R(["Rectification"], "henk.vos@planet.example", "Henk", "Vos"))
add("nl-07-dataportabiliteit", "Iris Peters <iris.peters@gmail.example>", "Gegevens overdragen",
    "Beste, ik stap over naar een andere energieleverancier. Ik wil mijn verbruiksgegevens in een gangbaar digitaal formaat ontvangen zodat ik ze kan overdragen.\n",
    R(["Portability"], "iris.peters@gmail.example", "Iris", "Peters"))
add("nl-08-beperking", "Ruud Hendriks <ruud.hendriks@kpn.example>", "Beperking van de verwerking",
    "Geachte, ik betwist de juistheid van de gegevens in mijn dossier. Ik verzoek u de verwerking te beperken totdat dit is uitgezocht.\nRuud Hendriks\n",
    R(["Restriction"], "ruud.hendriks@kpn.example", "Ruud", "Hendriks"))
add("nl-09-bezwaar-marketing", "Sanne Dekker <sanne.dekker@ziggo.example>", "Bezwaar",
    "Ik maak bezwaar tegen het gebruik van mijn gegevens voor direct marketing.\n",
    R(["Opposition"], "sanne.dekker@ziggo.example", "Sanne", "Dekker"))
add("nl-10-inzage-en-verwijderen", "Thijs van Leeuwen <thijs.vanleeuwen@gmail.example>", "AVG",
    "Hallo, graag eerst een kopie van mijn gegevens en daarna wil ik dat alles verwijderd wordt.\nThijs van Leeuwen\n",
    R(["Access", "Erasure"], "thijs.vanleeuwen@gmail.example", "Thijs", "van Leeuwen"))
add("nl-11-html", "Marieke Jansen <marieke.jansen@outlook.example>", "Account opheffen",
    html("Beste,", "Wilt u mijn account opheffen en al mijn persoonsgegevens wissen?", "Met vriendelijke groet,<br>Marieke Jansen"),
    R(["Erasure"], "marieke.jansen@outlook.example", "Marieke", "Jansen"), ct=HTML)
add("nl-12-niet-verwijderen", "Koen Maas <koen.maas@gmail.example>", "Mijn account",
    "Verwijder mijn account alsjeblieft niet, ik wil alleen mijn telefoonnummer laten wijzigen naar 06-12345678.\n",
    R(["Rectification"], "koen.maas@gmail.example", "Koen", "Maas"))
add("nl-13-bewaartermijn", "Lotte Bos <lotte.bos@gmail.example>", "Bewaartermijn sollicitatie",
    "Hallo, hoe lang bewaren jullie sollicitatiebrieven van kandidaten die zijn afgewezen?\n",
    R(["Information"], "lotte.bos@gmail.example", "Lotte", "Bos"))
add("nl-14-doorgestuurd", "Pieter Kuipers <pieter.kuipers@acme-corp.example>", "Fwd: verzoek klant",
    "Hoi privacyteam, deze kwam binnen bij de klantenservice. Kunnen jullie dit oppakken?\nPieter\n\n---------- Doorgestuurd bericht ---------\nVan: Gerrit Willems <gerrit.willems@ziggo.example>\nDatum: do 12 nov. 2026 om 14:02\nOnderwerp: verwijderen\nAan: <klantenservice@acme-corp.example>\n\nGoedemiddag, ik wil dat u al mijn gegevens verwijdert. Gerrit Willems\n",
    R(["Erasure"], "gerrit.willems@ziggo.example", "Gerrit", "Willems"))
add("nl-15-antwoord-bevestiging", "Annelies Smit <annelies.smit@xs4all.example>", "Re: [DSR-9034] Wij hebben uw verzoek ontvangen",
    "Dank u. Hierbij mijn klantnummer: 447102.\n\n> Wij hebben uw verzoek ontvangen.\n",
    FU("9034", "annelies.smit@xs4all.example", "Annelies", "Smit"))
add("nl-16-advocaat", "Mr. L. Verbeek <l.verbeek@verbeek-advocaten.example>", "Inzageverzoek namens cliënt",
    "Geachte heer/mevrouw,\n\nNamens mijn cliënt, de heer Martijn Postma, verzoek ik u op grond van artikel 15 AVG om inzage in alle persoonsgegevens die u van hem verwerkt. Een machtiging is bijgevoegd.\n\nMr. Lisa Verbeek\nAdvocaat\n",
    R(["Access"], "l.verbeek@verbeek-advocaten.example", "Martijn", "Postma", representative="Lisa Verbeek"))
add("nl-17-ouder-kind", "Monique Visser <monique.visser@kpn.example>", "Account van mijn dochter",
    "Beste,\n\nMijn dochter Noor Visser (12 jaar) heeft zonder toestemming een account aangemaakt. Als ouder verzoek ik u haar account en gegevens te verwijderen.\n\nMonique Visser\n",
    R(["Erasure"], "monique.visser@kpn.example", "Noor", "Visser", representative="Monique Visser"))
add("nl-18-taak-verwerkersovereenkomst", "Bram Koster <bram.koster@acme-corp.example>", "Verwerkersovereenkomst nieuwe leverancier",
    "Hoi, kunnen jullie de verwerkersovereenkomst van onze nieuwe hostingpartij controleren voordat we tekenen?\nBram\n",
    TASK("bram.koster@acme-corp.example", "Bram", "Koster"))
add("nl-19-taak-dpia", "Esther Huisman <esther.huisman@acme-corp.example>", "DPIA nieuwe app",
    "Hallo privacyteam, voor de nieuwe klantapp met locatietracking hebben we volgens mij een DPIA nodig. Willen jullie die uitvoeren?\n",
    TASK("esther.huisman@acme-corp.example", "Esther", "Huisman"))
add("nl-20-taak-register", "Jeroen Prins <jeroen.prins@acme-corp.example>", "Verwerkingsregister bijwerken",
    "Graag het verwerkingsregister bijwerken: we gebruiken sinds deze maand Mailchimp voor de nieuwsbrief.\n",
    TASK("jeroen.prins@acme-corp.example", "Jeroen", "Prins"))
add("nl-21-incident-laptop", "Wouter Kok <wouter.kok@acme-corp.example>", "Laptop kwijt",
    "Ik ben mijn werklaptop kwijtgeraakt op Schiphol. Er staan klantgegevens op. Wat moet ik doen?\n",
    INC("wouter.kok@acme-corp.example", "Wouter", "Kok"))
add("nl-22-incident-verkeerde-ontvanger", "Linda Meijer <linda.meijer@acme-corp.example>", "Mail naar verkeerde klant",
    "Ik heb per ongeluk een offerte met persoonsgegevens van klant A naar klant B gestuurd.\n",
    INC("linda.meijer@acme-corp.example", "Linda", "Meijer"))
add("nl-23-incident-phishing", "Stefan de Wit <stefan.dewit@acme-corp.example>", "Phishing",
    "Ik heb op een link in een nepmail geklikt en mijn wachtwoord ingevoerd. Mijn account verstuurt nu spam.\n",
    INC("stefan.dewit@acme-corp.example", "Stefan", "de Wit"))
add("nl-24-spam-erfenis", "Advocaat Mensah <mensah.legal@chambers-gh.example>", "Dringend en vertrouwelijk",
    "Beste vriend, een overleden cliënt heeft 7,5 miljoen euro achtergelaten. U ontvangt 30% als u helpt bij de overdracht. Na afloop verwijderen wij al uw gegevens. Stuur dringend uw bankgegevens.\n",
    IGN("spam"), headers=["Reply-To: mensah.private@freemail.example"])
add("nl-25-spam-bank", "ING Klantenservice <noreply-ing@ing-veilig.example>", "Uw rekening wordt geblokkeerd",
    "Geachte klant, uw rekening wordt binnen 24 uur geblokkeerd en uw gegevens verwijderd als u uw identiteit niet bevestigt via deze link.\n",
    IGN("spam"), headers=[AUTH("fail", "fail", "fail", "ing-veilig.example")])
add("nl-26-afwezig", "Rob van Dam <rob.vandam@leverancier.example>", "Afwezigheidsbericht",
    "Ik ben met vakantie tot en met 3 januari en lees mijn e-mail niet.\n",
    IGN("auto_reply"))
add("nl-27-herinnering", "Joost Bakker <joost.bakker@ziggo.example>", "Re: uitschrijven",
    "Ik heb nog steeds niets gehoord. Wanneer is het geregeld?\n",
    FU("file:ev-nl-01-oneliner.eml", "joost.bakker@ziggo.example", "Joost", "Bakker"),
    headers=["In-Reply-To: <ev-nl-01-oneliner@mail.example.net>"])
add("nl-28-vergeten", "Daan Smits <daan.smits@gmail.example>", "Recht om vergeten te worden",
    "Ik beroep me op mijn recht om vergeten te worden. Wis alles wat u van mij heeft.\n",
    R(["Erasure"], "daan.smits@gmail.example", "Daan", "Smits"))
add("nl-29-geautomatiseerd", "Yara Bos <yara.bos@gmail.example>", "Afwijzing verzekering",
    "Mijn aanvraag is automatisch afgewezen. Ik wil dat een medewerker het besluit opnieuw beoordeelt en uitleg over hoe het besluit tot stand kwam.\n",
    R(["AutomatedDecision"], "yara.bos@gmail.example", "Yara", "Bos"))
add("nl-30-gemengd-en", "Kim Verhoeven <kim.verhoeven@gmail.example>", "delete please",
    "Hoi, please delete my account. Ik gebruik het niet meer. Thanks!\n",
    R(["Erasure"], "kim.verhoeven@gmail.example", "Kim", "Verhoeven"))
add("nl-31-geen-nieuwsbrief", "Tom Brouwer <tom.brouwer@ziggo.example>", "Nieuwsbrief",
    "Ik ontvang jullie nieuwsbrief nog steeds terwijl ik me heb afgemeld. Stop ermee.\n",
    R(["Opposition"], "tom.brouwer@ziggo.example", "Tom", "Brouwer"))
add("nl-32-vraag-pakket", "Ingrid Mertens <ingrid.mertens@telenet.example>", "Pakket",
    "Waar blijft mijn pakket? Het is al tien dagen onderweg.\n",
    R(["Unknown"], "ingrid.mertens@telenet.example", "Ingrid", "Mertens"))
add("nl-33-spam-score", "Mega Korting <info@mega-korting.example>", "GRATIS iPhone!!!",
    "U bent geselecteerd! Claim nu uw gratis iPhone. Wilt u uw gegevens laten verwijderen? Klik hier.\n",
    IGN("spam"), headers=SPAM_HDR)
add("nl-34-zonder-naam", "m.jacobs1975@hotmail.example", "gegevens",
    "Goedendag, verwijder al mijn gegevens uit uw systemen.\nMet vriendelijke groet,\nMaarten Jacobs\n",
    R(["Erasure"], "m.jacobs1975@hotmail.example", "Maarten", "Jacobs"))
add("nl-35-foto", "Nina Claes <nina.claes@telenet.example>", "Foto op website",
    "Er staat een foto van mij op jullie website zonder mijn toestemming. Haal die alsjeblieft weg.\n",
    R(["Erasure"], "nina.claes@telenet.example", "Nina", "Claes"))
add("nl-36-incident-usb", "HR Afdeling <hr@acme-corp.example>", "Datalek USB-stick",
    "Melding: een USB-stick met personeelsdossiers is verloren tijdens de verhuizing.\n",
    INC("hr@acme-corp.example", None, None))
add("nl-37-nieuwsbrief-bulk", "AVG Nieuws <nieuws@avg-nieuws.example>", "Nieuwsbrief: inzageverzoeken en verwijdering",
    "Deze week: de AP beboet een bedrijf dat inzageverzoeken negeerde.\n",
    IGN("bulk"), headers=["List-Unsubscribe: <mailto:afmelden@avg-nieuws.example>", "Precedence: bulk"])
add("nl-38-medewerker-brief", "Receptie <receptie@acme-corp.example>", "FW: brief klant",
    "Ter info.\n\n-----Oorspronkelijk bericht-----\nVan: Cor Timmermans <cor.timmermans@planet.example>\nVerzonden: woensdag 11 november 2026 10:05\nAan: receptie@acme-corp.example\nOnderwerp: gegevens\n\nGeachte, ik wil een kopie van alle gegevens die u over mij heeft. Cor Timmermans\n",
    R(["Access"], "cor.timmermans@planet.example", "Cor", "Timmermans"))
add("nl-39-rectificatie-naam", "Sarah El Amrani <sarah.elamrani@gmail.example>", "Naam fout",
    "Mijn achternaam is verkeerd gespeld in mijn klantprofiel, het moet El Amrani zijn. Kunt u dit corrigeren?\n",
    R(["Rectification"], "sarah.elamrani@gmail.example", "Sarah", "El Amrani"))
add("nl-40-spam-crypto", "Bitcoin Winst <winst@btc-winst.example>", "Verdien 3000 euro per dag",
    "Investeer vandaag 250 euro en verdien snel duizenden euro's. Beperkte plaatsen, reageer direct! Afmelden en gegevens verwijderen: antwoord STOP.\n",
    IGN("spam"), headers=["X-Spam-Status: Yes, score=8.0 required=5.0"])
