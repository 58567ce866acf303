from common import *  # part nl: written blind

add("nl-01-overzicht-bewaren", "fleur.hoekstra@ziggo-mail.example", "gegevens",
    "Hoi, graag een overzicht van wat jullie allemaal van mij bewaren. Groet, Fleur Hoekstra\n",
    R(["Access"], "fleur.hoekstra@ziggo-mail.example", "Fleur", "Hoekstra"))

add("nl-02-inzageverzoek-avg",
    "Mohamed El Amrani <m.elamrani@kpn-mail.example>",
    "Inzageverzoek en correctie op grond van de AVG",
    "Geachte heer/mevrouw,\n\n"
    "Van maart tot en met september 2026 heb ik via uw uitzendbureau gewerkt als orderpicker bij "
    "een distributiecentrum in Tilburg.\n\n"
    "Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij "
    "inzage te geven in alle persoonsgegevens die u over mij verwerkt, inclusief urenregistraties, "
    "beoordelingen en notities van intercedenten, met vermelding van de doelen en de ontvangers.\n\n"
    "Daarnaast verzoek ik u op grond van artikel 16 AVG mijn geboortedatum te corrigeren: deze "
    "staat bij u als 11-03-1990, maar moet 03-11-1990 zijn.\n\n"
    "Ik zie uw reactie binnen de wettelijke termijn van een maand tegemoet.\n\n"
    "Met vriendelijke groet,\n\nMohamed El Amrani\nMolenstraat 21\n5038 AB Tilburg\n",
    R(["Access", "Rectification"], "m.elamrani@kpn-mail.example", "Mohamed", "El Amrani"))

add("nl-03-achternaam-loonstrook",
    "Sanne van der Meulen <sanne.vdmeulen@hotpost.example>",
    "Naam fout op loonstrook",
    "Hallo,\n\n"
    "Op al mijn loonstroken staat 'S. Vandermeulen' maar mijn achternaam is 'van der Meulen', los "
    "geschreven. Mijn pensioenfonds kan mij daardoor niet vinden. Willen jullie dit aanpassen in de "
    "salarisadministratie?\n\n"
    "Alvast bedankt,\nSanne van der Meulen\n\nVerstuurd vanaf mijn iPhone\n",
    R(["Rectification"], "sanne.vdmeulen@hotpost.example", "Sanne", "van der Meulen"))

add("nl-04-vlaams-abonnement-account",
    "Pieter De Smet <pieter.desmet@telenet-mail.example>",
    "Abonnement stopgezet - account wissen aub",
    "Dag,\n\n"
    "Ik heb mijn digitaal abonnement op de krant vorige maand stopgezet. Ik zou graag hebben dat "
    "ook mijn lezersaccount en al mijn gegevens gewist worden, inclusief mijn bankgegevens en "
    "leesgeschiedenis. Ik heb er geen enkele reden meer voor dat jullie die bijhouden.\n\n"
    "Met vriendelijke groeten,\nPieter De Smet\nGent\n",
    R(["Erasure"], "pieter.desmet@telenet-mail.example", "Pieter", "De Smet"))

add("nl-05-video-sollicitatie-ai",
    "Esra Yıldız <esra.yildiz@postvak.example>",
    "Afwijzing na video-sollicitatie",
    "Beste,\n\n"
    "Ik heb een video-sollicitatie opgenomen voor de functie klantenservicemedewerker en werd binnen "
    "een uur afgewezen. Volgens de mail 'kwam mijn profiel onvoldoende overeen' na een automatische "
    "analyse. Ik wil dat een mens mijn video bekijkt en opnieuw beslist. Stuur me ook de uitslag "
    "van die analyse en welke gegevens er over mij zijn vastgelegd.\n\n"
    "Groeten,\nEsra Yıldız\n",
    R(["AutomatedDecision", "Access"], "esra.yildiz@postvak.example", "Esra", "Yıldız"))

add("nl-06-stop-telemarketing",
    "Wouter Vermeulen <w.vermeulen@planet-mail.example>",
    "Niet meer bellen",
    "Goedemiddag,\n\n"
    "Ik word steeds gebeld door jullie verkoopafdeling met een proefabonnement op de zaterdagkrant. "
    "Ik sta in het Bel-me-niet Register en heb het al drie keer gezegd. Haal mijn nummer uit jullie "
    "belbestanden en bel mij nooit meer voor aanbiedingen.\n\n"
    "W. Vermeulen\n",
    R(["Opposition"], "w.vermeulen@planet-mail.example", "Wouter", "Vermeulen"))

add("nl-07-werkhistorie-meenemen",
    "Bram de Vries <bram.devries@postvak.example>",
    "Mijn gegevens naar ander uitzendbureau",
    "Hoi,\n\n"
    "Ik stap over naar een ander bureau. Kunnen jullie mijn werkhistorie, VCA-certificaat en "
    "heftruckcertificaat als digitaal bestand (csv of zo, iets wat zij kunnen inlezen) aanleveren? "
    "Het liefst rechtstreeks naar planning@flexwerk-noord.example.\n\n"
    "Thanks!\nBram de Vries\n",
    R(["Portability"], "bram.devries@postvak.example", "Bram", "de Vries"))

add("nl-08-waar-cv-vandaan",
    "Lieke ter Horst <lieke.terhorst@mailbox-nl.example>",
    "Hoe komen jullie aan mijn cv?",
    "Goedendag,\n\n"
    "Een recruiter van jullie belde me over een functie als controller. Ik heb nooit bij jullie "
    "gesolliciteerd. Hoe komen jullie aan mijn cv en telefoonnummer, aan welke opdrachtgevers hebben "
    "jullie het al doorgestuurd en hoe lang blijft het bij jullie liggen?\n\n"
    "Met vriendelijke groet,\nLieke ter Horst\n",
    R(["Information"], "lieke.terhorst@mailbox-nl.example", "Lieke", "ter Horst"))

add("nl-09-antecedenten-fout",
    "Joris Van den Broeck <joris.vandenbroeck@skynet-mail.example>",
    "Screening klopt niet",
    "Dag,\n\n"
    "Bij de screening voor mijn plaatsing als beveiliger is er een veroordeling aan mij gekoppeld "
    "die van een naamgenoot is. Ik heb een bezwaar ingediend bij de dienst die het onderzoek deed. "
    "Tot dat rond is, wil ik dat jullie dat rapport niet gebruiken en aan geen enkele klant laten "
    "zien. Niet weggooien, gewoon blokkeren tot het uitgezocht is.\n\n"
    "Joris Van den Broeck\n0475 12 34 56\n",
    R(["Restriction"], "joris.vandenbroeck@skynet-mail.example", "Joris", "Van den Broeck"))

add("nl-10-boos-bezorging-latin1",
    "Marieke Kuipers <marieke.kuipers@hetnet-mail.example>",
    "Klacht - en nu is het genoeg",
    "Geachte heer/mevrouw,\n\n"
    "Al sinds de zomer gaat het mis met de bezorging van mijn krant. De ene week komt hij om "
    "tien uur 's ochtends, de andere week helemaal niet. Ik heb zeker acht keer gebeld en elke keer "
    "beloofde iemand beterschap. Eén keer kreeg ik zelfs de krant van de buren, met hun naam en "
    "adres op het etiket.\n\n"
    "Toen ik in oktober opzegde, kreeg ik binnen een week een brief met een 'speciaal aanbod' en "
    "sindsdien om de paar dagen e-mails. Ik ben hier zeer geïrriteerd over.\n\n"
    "Ik wil dat u al mijn gegevens verwijdert en dat ik nooit meer post, mails of telefoontjes "
    "van u krijg om mij terug te winnen.\n\n"
    "Hoogachtend,\nMarieke Kuipers\n",
    R(["Erasure", "Opposition"], "marieke.kuipers@hetnet-mail.example", "Marieke", "Kuipers"),
    ct=LATIN1, encode="latin-1")

add("nl-11-vader-dochter-bijbaan",
    "Hans Brouwer <hans.brouwer@familie-brouwer.example>",
    "Gegevens van mijn dochter",
    "Beste,\n\n"
    "Mijn dochter Noor Brouwer (16) heeft deze zomer via jullie een vakantiebaantje gehad in de "
    "horeca. Ze heeft daarbij een kopie van haar ID en haar BSN moeten afgeven. Als haar vader wil ik "
    "graag weten welke gegevens jullie van haar hebben en een kopie daarvan ontvangen.\n\n"
    "Met groet,\nHans Brouwer\n",
    R(["Access"], "hans.brouwer@familie-brouwer.example", "Noor", "Brouwer",
      representative="Hans Brouwer"))

add("nl-12-bewindvoerder-mailings",
    "Dewi Soeriowinoto <d.soeriowinoto@bewind-zuid.example>",
    "Cliënt dhr. R. Kortenhoeven - stoppen mailings",
    "Geachte heer/mevrouw,\n\n"
    "Als bewindvoerder en mentor van de heer Ruud Kortenhoeven (geb. 14-07-1958) verzoek ik u hem "
    "niet langer te benaderen met aanbiedingen voor abonnementen, per post noch telefonisch. Dhr. "
    "Kortenhoeven heeft in het verleden meerdere abonnementen afgesloten die hij niet kon overzien. "
    "De beschikking van de kantonrechter stuur ik mee.\n\n"
    "Met vriendelijke groet,\n\nDewi Soeriowinoto\nBewindvoerder\nBewindvoering Zuid B.V.\n"
    "T 040 555 1290\n",
    R(["Opposition"], "d.soeriowinoto@bewind-zuid.example", "Ruud", "Kortenhoeven",
      representative="Dewi Soeriowinoto"))

add("nl-13-reacties-html",
    "Thijs van 't Hof <thijs.vanthof@postvak.example>",
    "Mijn reacties onder artikelen",
    html("Hallo,",
         "Een paar jaar geleden heb ik onder mijn eigen naam reacties geplaatst onder artikelen "
         "over de gemeenteraad. Ik solliciteer nu bij de gemeente en wil graag dat al die reacties "
         "offline gehaald worden.",
         "Mijn account mag blijven bestaan.",
         "Groet,<br>Thijs van 't Hof"),
    R(["Erasure"], "thijs.vanthof@postvak.example", "Thijs", "van 't Hof"), ct=HTML)

add("nl-14-intercedent-doorstuur",
    "Yvonne Smits <yvonne.smits@acme-corp.example>",
    "FW: cv verwijderen",
    "Hoi privacyteam,\n\n"
    "Zie hieronder, kunnen jullie dit oppakken? Zij staat in ons systeem bij vestiging Utrecht.\n\n"
    "Groet,\nYvonne Smits\nIntercedent | Acme Corp Uitzenden\n\n"
    "---------- Doorgestuurd bericht ---------\n"
    "Van: Anouk Jansen <anouk.jansen@postvak.example>\n"
    "Datum: do 12 nov 2026 om 20:31\n"
    "Onderwerp: cv verwijderen\n"
    "Aan: Yvonne Smits <yvonne.smits@acme-corp.example>\n\n"
    "Hoi Yvonne, ik heb een vaste baan gevonden. Willen jullie mijn cv en al mijn gegevens uit "
    "jullie systeem halen? Bedankt voor alles! Anouk\n",
    R(["Erasure"], "anouk.jansen@postvak.example", "Anouk", "Jansen"))

add("nl-15-bijlage-adverteerders",
    "Lezersservice <lezersservice@acme-corp.example>",
    "FW: vraag over advertenties",
    None,
    R(["Information", "Opposition"], "g.pronk@kabelmail.example", "Gerrit", "Pronk"),
    note="Hallo, deze lezer stelt een privacyvraag, kunnen jullie dit overnemen? Abonneenummer "
         "A-771204.\n\nMvg, Ilse - Lezersservice",
    attached=("Gerrit Pronk <g.pronk@kabelmail.example>", "vraag over advertenties",
              "Goedemorgen,\n\nAan welke advertentiebedrijven geven jullie door welke artikelen ik lees? "
              "En ik wil niet dat jullie op basis daarvan een profiel van mij maken, dus zet dat "
              "alstublieft uit voor mijn account.\n\nGerrit Pronk\n"))

add("nl-16-krant-niet-bezorgd",
    "Ria Schouten <ria.schouten@kabelmail.example>",
    "Geen krant",
    "Goedemorgen, vanochtend weer geen krant in de bus. Kerkstraat 4 Zwolle. Wanneer komt hij? "
    "Ria Schouten\n",
    R(["Unknown"], "ria.schouten@kabelmail.example", "Ria", "Schouten"))

add("nl-17-caps-verwijderen",
    "HENK VAN DIJK <henkvandijk1951@kabelmail.example>",
    "VERWIJDER MIJ",
    "VERWIJDER MIJ UIT AL JULLIE BESTANDEN. IK BEN GEEN KLANT MEER EN WIL NIETS MEER MET JULLIE TE "
    "MAKEN HEBBEN.\n\nH. VAN DIJK\n",
    R(["Erasure"], "henkvandijk1951@kabelmail.example", "Henk", "van Dijk"))

add("nl-18-nieuw-adres-typos",
    "kevin.bakker@hotpost.example", "adres",
    "hoi ik ben verhuist mn nieuwe adres is Dorpsweg 88 3421 Oudewater kunnen jullie dat aanpasen "
    "voor de loonstrook en jaaropgave groetjes kevin bakker\n",
    R(["Rectification"], "kevin.bakker@hotpost.example", "Kevin", "Bakker"))

add("nl-19-taak-verwerkersovereenkomst",
    "Maarten Visser <maarten.visser@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe payrollpartij",
    "Hoi,\n\n"
    "Per 1 januari gaan we de verloning van uitzendkrachten onderbrengen bij PayFlex. Zij hebben een "
    "verwerkersovereenkomst gestuurd, zie bijlage. Kunnen jullie die beoordelen? Vooral de paragraaf "
    "over subverwerkers en de bewaartermijnen vind ik vaag.\n\n"
    "Maarten Visser\nManager Finance\n",
    TASK("maarten.visser@acme-corp.example", "Maarten", "Visser"))

add("nl-20-taak-dpia-matching",
    "Saskia Mulder <saskia.mulder@acme-corp.example>",
    "DPIA matchingalgoritme",
    "Hallo privacy,\n\n"
    "We willen in Q1 een algoritme inzetten dat kandidaten automatisch rangschikt op vacatures op "
    "basis van cv en eerdere beoordelingen. Ik neem aan dat hier een DPIA voor nodig is. Kunnen we "
    "een kick-off plannen?\n\nSaskia Mulder\nProductowner Matching\n",
    TASK("saskia.mulder@acme-corp.example", "Saskia", "Mulder"))

add("nl-21-taak-register-nieuwsbrief",
    "Jeroen Claes <jeroen.claes@acme-corp.example>",
    "Verwerkingsregister bijwerken",
    "Dag collega's, de redactie is overgestapt naar een nieuwe tool voor de nieuwsbrieven "
    "(MailWave, servers in Ierland). Kunnen jullie het verwerkingsregister en de privacyverklaring "
    "voor lezers aanpassen? Merci!\nJeroen Claes\nDigitale redactie Antwerpen\n",
    TASK("jeroen.claes@acme-corp.example", "Jeroen", "Claes"))

add("nl-22-inc-usb-loonstroken",
    "Ilona Postma <ilona.postma@acme-corp.example>",
    "USB-stick kwijt",
    "Hoi,\n\n"
    "Ik ben gisteren een USB-stick kwijtgeraakt, waarschijnlijk in de trein tussen Leeuwarden en "
    "Zwolle. Er stond een export op van de loonstroken van oktober van ongeveer 140 "
    "uitzendkrachten (namen, BSN, IBAN, bedragen). Niet versleuteld, sorry. Wat moet ik doen?\n\n"
    "Ilona Postma\nSalarisadministratie\n",
    INC("ilona.postma@acme-corp.example", "Ilona", "Postma"))

add("nl-23-inc-brief-iemand-anders",
    "Koen Verbruggen <koen.verbruggen@telenet-mail.example>",
    "Brief ontvangen voor andere persoon",
    "Goeiedag,\n\n"
    "In mijn envelop van jullie zat niet mijn eigen arbeidscontract maar dat van een andere "
    "uitzendkracht, mevrouw Jacobs, met haar adres, rijksregisternummer en loon erop. Ik heb het "
    "niet verder gegeven. Wat moet ik ermee doen?\n\n"
    "Koen Verbruggen\n",
    INC("koen.verbruggen@telenet-mail.example", "Koen", "Verbruggen"))

add("nl-24-inc-cc-in-plaats-van-bcc",
    "Danique Hermans <danique.hermans@acme-corp.example>",
    "Fout: mail aan alle flexkrachten in CC",
    "Hoi, ik heb zojuist de planningsmail voor volgende week naar 85 flexkrachten gestuurd met alle "
    "adressen in CC in plaats van BCC. Er zaten ook een paar telefoonnummers in het Excel-bestand in "
    "de bijlage. Ik heb een recall geprobeerd maar dat werkt niet bij externe adressen.\n\n"
    "Danique Hermans\nPlanner, vestiging Eindhoven\n",
    INC("danique.hermans@acme-corp.example", "Danique", "Hermans"))

add("nl-25-dsr-herinnering",
    "Ahmet Kaya <ahmet.kaya@planet-mail.example>",
    "Re: [DSR-55102] Bevestiging van uw verzoek",
    "Goedemiddag,\n\nIk heb nog steeds niets ontvangen. Kunt u mij laten weten wanneer ik een antwoord "
    "mag verwachten?\n\nAhmet Kaya\n\n"
    "Op 2 okt. 2026 schreef privacy@acme-corp.example:\n"
    "> Beste heer Kaya,\n> Wij hebben uw verzoek ontvangen onder referentie DSR-55102.\n"
    "> U ontvangt binnen een maand een reactie.\n",
    FU("55102", "ahmet.kaya@planet-mail.example", "Ahmet", "Kaya"))

add("nl-26-reactie-op-inzage",
    "Mohamed El Amrani <m.elamrani@kpn-mail.example>",
    "Re: Inzageverzoek en correctie op grond van de AVG",
    "Geachte heer/mevrouw,\n\n"
    "Graag ontvang ik een ontvangstbevestiging van mijn verzoek hieronder. Ik heb tot nu toe niets "
    "gehoord.\n\nMet vriendelijke groet,\nMohamed El Amrani\n\n"
    "> Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij\n"
    "> inzage te geven in alle persoonsgegevens die u over mij verwerkt\n",
    FU(ref("nl-02-inzageverzoek-avg"), "m.elamrani@kpn-mail.example", "Mohamed", "El Amrani"),
    headers=irt("nl-02-inzageverzoek-avg"))

add("nl-27-spam-seo",
    "Rankingexpert <info@seo-toppositie.example>",
    "Uw website op pagina 1 van Google?",
    "Beste eigenaar,\n\n"
    "Wij hebben uw website geanalyseerd en zien 37 fouten die uw vindbaarheid schaden. Voor slechts "
    "€199 per maand zorgen wij voor een toppositie in Google. Volledig AVG-proof!\n\n"
    "Antwoord met JA voor een gratis rapport.\n",
    IGN("spam", "info@seo-toppositie.example"), headers=SPAM_HDR)

add("nl-28-spam-account-verwijderd",
    "Microsoft 365 Beveiliging <no-reply@m365-beveiliging.example>",
    "Uw mailbox wordt verwijderd (AVG-controle)",
    "Beste gebruiker,\n\n"
    "Vanwege nieuwe AVG-regels worden niet-geverifieerde mailboxen binnen 12 uur verwijderd inclusief "
    "alle gegevens. Bevestig uw gegevens via onderstaande link om verwijdering te voorkomen.\n\n"
    "https://m365-beveiliging.example/verify\n",
    IGN("spam", "no-reply@m365-beveiliging.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="m365-beveiliging.example")])

add("nl-29-bulk-flexbranche",
    "FlexNieuws <nieuwsbrief@flexnieuws.example>",
    "FlexNieuws week 47: nieuwe regels voor payrolling",
    "FlexNieuws - week 47\n\n"
    "* Kabinet komt met wetsvoorstel voor strengere eisen aan uitzendbureaus\n"
    "* Wat betekent de AI-verordening voor werving en selectie?\n"
    "* Agenda: congres Flexwerk 2027\n\n"
    "Afmelden voor deze nieuwsbrief: https://flexnieuws.example/afmelden\n",
    IGN("bulk", "nieuwsbrief@flexnieuws.example"),
    headers=["List-Id: <flexnieuws.lists.flexnieuws.example>",
             "List-Unsubscribe: <https://flexnieuws.example/afmelden>", "Precedence: bulk"])

add("nl-30-ticket-ontvangen",
    "Klantenservice Energiek <support@energiek-leverancier.example>",
    "Uw melding is ontvangen [#884213]",
    "Beste klant,\n\nBedankt voor uw bericht. Wij hebben uw melding geregistreerd onder nummer "
    "#884213. U ontvangt binnen 5 werkdagen een reactie.\n\nDit is een automatisch bericht, u kunt "
    "hier niet op antwoorden.\n",
    IGN("auto_reply", "support@energiek-leverancier.example"),
    headers=["Auto-Submitted: auto-generated"])
