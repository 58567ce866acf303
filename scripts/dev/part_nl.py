# Development set, Dutch.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("nl-01-kort", "Ruud Jansen <ruud.jansen@ziggo.example>", "gegevens",
    "Graag al mijn gegevens uit jullie systeem verwijderen. Groet, Ruud\n",
    R(["Erasure"], "ruud.jansen@ziggo.example", "Ruud", "Jansen"))
add("nl-02-inzage-formeel", "Marloes Bakker <marloes.bakker@kpn.example>", "Inzageverzoek AVG",
    "Geachte heer/mevrouw,\n\nOp grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij "
    "een overzicht te sturen van alle persoonsgegevens die u van mij verwerkt, met de doeleinden en de ontvangers.\n\n"
    "Met vriendelijke groet,\n\nMarloes Bakker\nKerkstraat 18\n3512 AB Utrecht\n06-12345678\n",
    R(["Access"], "marloes.bakker@kpn.example", "Marloes", "Bakker"))
add("nl-03-geen-reclame", "Pieter Smit <pieter.smit@hetnet.example>", "Reclame",
    "Hallo, ik wil geen reclame meer van jullie ontvangen, niet per mail en niet per post. Bedankt. Pieter Smit\n",
    R(["Opposition"], "pieter.smit@hetnet.example", "Pieter", "Smit"))
add("nl-04-adres", "Sanne Visser <sanne.visser@gmail.example>", "Verhuisd",
    "Beste,\n\nIk ben verhuisd. Mijn nieuwe adres is Lindelaan 4, 2012 CD Haarlem. Kunnen jullie dit aanpassen in mijn "
    "klantgegevens?\n\nGroetjes, Sanne Visser\n",
    R(["Rectification"], "sanne.visser@gmail.example", "Sanne", "Visser"))
add("nl-05-namens-moeder", "Erik de Vries <erik.devries@xs4all.example>", "Verzoek namens mijn moeder",
    "Geachte heer/mevrouw,\n\nIk schrijf namens mijn moeder, mevrouw Els de Vries, die in een verpleeghuis woont. Zij "
    "wil dat haar klantaccount en alle bijbehorende gegevens worden verwijderd. Een volmacht kan ik toesturen.\n\n"
    "Met vriendelijke groet,\nErik de Vries\n",
    R(["Erasure"], "erik.devries@xs4all.example", "Els", "de Vries", representative="Erik de Vries"))
add("nl-06-overdraagbaarheid", "Fleur Mulder <fleur.mulder@outlook.example>", "export",
    "Hoi, ik stap over naar een andere aanbieder. Kunnen jullie mijn gegevens exporteren in een gangbaar, machineleesbaar "
    "formaat zodat ik ze kan meenemen? Fleur Mulder\n",
    R(["Portability"], "fleur.mulder@outlook.example", "Fleur", "Mulder"))
add("nl-07-met-wie-delen", "Bram Hendriks <bram.hendriks@planet.example>", "vraagje over privacy",
    "Goedemiddag, met welke partijen delen jullie mijn persoonsgegevens? En worden ze buiten de EU opgeslagen?\n\nBram\n",
    R(["Information"], "bram.hendriks@planet.example", "Bram", "Hendriks"))
add("nl-08-beperking", "Ingrid Vos <ingrid.vos@ziggo.example>", "beperking van de verwerking",
    "Geachte,\n\nIk heb bezwaar gemaakt tegen een onjuiste registratie. Zolang dat niet is opgelost, verzoek ik u de "
    "verwerking van mijn gegevens te beperken.\n\nIngrid Vos\n",
    R(["Restriction"], "ingrid.vos@ziggo.example", "Ingrid", "Vos"))
add("nl-09-inzage-en-verwijderen", "Kees Dekker <kees.dekker@home.example>", "AVG verzoek",
    "Goedendag,\n\nIk wil graag weten welke gegevens jullie van mij hebben en daarna wil ik dat alles gewist wordt.\n\n"
    "Kees Dekker\n",
    R(["Access", "Erasure"], "kees.dekker@home.example", "Kees", "Dekker"))
add("nl-10-doorsturen-outlook", "Lotte Peters <lotte.peters@acme-corp.example>", "FW: Uitschrijven",
    "Ter info / graag oppakken.\n\nLotte\n\nVan: Henk Willems <henk.willems@kpnmail.example>\nVerzonden: zondag 15 november 2026 20:31\n"
    "Aan: Klantenservice <klantenservice@acme-corp.example>\nOnderwerp: Uitschrijven\n\n"
    "Ik wil niet meer gebeld worden voor aanbiedingen. Haal mijn nummer van de belllijst.\nHenk Willems\n",
    R(["Opposition"], "henk.willems@kpnmail.example", "Henk", "Willems"))
add("nl-11-taak-verwerkersovereenkomst", "Joris van Dam <joris.vandam@acme-corp.example>", "Verwerkersovereenkomst CRM-leverancier",
    "Hoi privacyteam,\n\nKunnen jullie de verwerkersovereenkomst van onze nieuwe CRM-leverancier beoordelen? Ze willen "
    "volgende week tekenen.\n\nDank!\nJoris van Dam\nSales Operations\n",
    TASK("joris.vandam@acme-corp.example", "Joris", "van Dam"))
add("nl-12-incident-laptop-trein", "Anouk Smeets <anouk.smeets@acme-corp.example>", "laptop kwijt",
    "Hallo, ik ben gisteren mijn werklaptop kwijtgeraakt in de trein naar Eindhoven. Er staan klantdossiers op. "
    "De servicedesk weet ervan.\nAnouk\n",
    INC("anouk.smeets@acme-corp.example", "Anouk", "Smeets"))
add("nl-13-spam-bank", "ING Veiligheid <veiligheid@ing-beveiliging.example>", "Uw rekening wordt geblokkeerd",
    "Beste klant,\n\nWegens verdachte activiteit wordt uw rekening binnen 24 uur geblokkeerd. Verifieer uw gegevens via "
    "onderstaande link om dit te voorkomen: http://ing-verificatie.example\n",
    IGN("spam"), headers=[AUTH("fail", "fail", "fail", "ing-beveiliging.example")])
add("nl-14-afwezig", "Monique Kuipers <m.kuipers@advies.example>", "Automatisch antwoord: Uw verzoek",
    "Ik ben afwezig tot en met 27 november. Uw e-mail wordt niet doorgestuurd.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])
add("nl-15-opvolging-inreplyto", "Ruud Jansen <ruud.jansen@ziggo.example>", "Re: gegevens",
    "Hebben jullie mijn mail ontvangen? Ik heb nog niets gehoord.\nRuud\n",
    FU("file:dv-nl-01-kort.eml", "ruud.jansen@ziggo.example", "Ruud", "Jansen"),
    headers=["In-Reply-To: <dv-nl-01-kort@mail.example.net>"])
add("nl-16-html", "Daan Bos <daan.bos@live.example>", "Account opheffen",
    html("Beste,", "Ik wil mijn account opheffen en verzoek jullie al mijn persoonsgegevens te wissen.",
         "Met vriendelijke groet,<br>Daan Bos"),
    R(["Erasure"], "daan.bos@live.example", "Daan", "Bos"), ct=HTML)
add("nl-17-typos", "Tim Hoekstra <timhoekstra@gmail.example>", "acount",
    "verwijder me acount aub en al me gegevens, gebruik het niet meer\n",
    R(["Erasure"], "timhoekstra@gmail.example", "Tim", "Hoekstra"))
add("nl-18-tussenvoegsel-handtekening", "jvdberg@telfort.example", "Inzage",
    "Goedemorgen,\n\nIk wil graag een kopie van de persoonsgegevens die u over mij bewaart.\n\nMet vriendelijke groet,\n"
    "Joost van den Berg\n",
    R(["Access"], "jvdberg@telfort.example", "Joost", "van den Berg"))
add("nl-19-automatisch-besluit", "Yara El Idrissi <yara.elidrissi@gmail.example>", "Afwijzing aanvraag",
    "Mijn aanvraag werd binnen een minuut automatisch afgewezen. Ik wil dat een medewerker dit besluit opnieuw bekijkt "
    "en mij uitlegt op basis waarvan het is genomen.\n\nYara El Idrissi\n",
    R(["AutomatedDecision"], "yara.elidrissi@gmail.example", "Yara", "El Idrissi"))
add("nl-20-nieuwsbrief", "Privacy Nieuws <nieuws@privacynieuws.example>", "Nieuwsbrief november: verwijderverzoeken",
    "Deze maand: hoe ga je om met verwijderverzoeken en inzageverzoeken? Afmelden kan onderaan deze mail.\n",
    IGN("bulk"), headers=["List-Id: <nieuwsbrief.privacynieuws.example>", "Precedence: bulk"])
