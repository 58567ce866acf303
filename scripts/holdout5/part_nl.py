from common import *  # part nl: written blind

# ---------------------------------------------------------------- requests

add("nl-01-inzage-een-regel", "Sanne de Vries <sannedevries88@postvak.example>", "inzage",
"""graag een kopie van alle gegevens die jullie van mij hebben. mvg Sanne de Vries
""", R(["Access"], "sannedevries88@postvak.example", "Sanne", "de Vries"))

add("nl-02-account-weg-informeel", "Daan Bakker <daan.bakker@snelmail.example>", "account verwijderen",
"""Hoi!

Ik ben verhuisd naar een plek zonder jullie deelauto's in de buurt, dus ik gebruik de app niet meer. Kunnen jullie mijn account verwijderen, incl. m'n rijbewijsfoto enzo?

Thnx,
Daan

Verstuurd vanaf mijn iPhone
""", R(["Erasure"], "daan.bakker@snelmail.example", "Daan", "Bakker"))

add("nl-03-formeel-avg15-patientendossier", "M. Hoekstra <m.hoekstra@friesnet.example>",
"Verzoek om inzage en afschrift patiëntendossier (art. 15 AVG)",
"""Geachte heer, mevrouw,

Sinds 2017 ben ik patiënt van uw tandartspraktijk aan de Zuiderplein te Leeuwarden.

Op grond van artikel 15 van de Algemene verordening gegevensbescherming en artikel 7:456 van het Burgerlijk Wetboek verzoek ik u mij een volledig afschrift te verstrekken van mijn patiëntendossier, waaronder in ieder geval:
- alle röntgenfoto's (bitewings en OPT), bij voorkeur digitaal;
- de behandelverslagen en het behandelplan van de wortelkanaalbehandeling van 2025;
- de gegevens die u over mij aan mijn zorgverzekeraar heeft verstrekt.

Een kopie van mijn identiteitsbewijs (met afgeschermd BSN en pasfoto) treft u in de bijlage aan. Ik verneem graag binnen de wettelijke termijn van een maand van u.

Met vriendelijke groet,

Marieke Hoekstra
Nieuwestad 41
8911 CL Leeuwarden
""", R(["Access"], "m.hoekstra@friesnet.example", "Marieke", "Hoekstra"))

add("nl-04-dossier-overdragen-groningen", "Thijs van der Meer <thijs.vandermeer@kpnplus.example>",
"Overdracht dossier naar nieuwe tandarts",
"""Goedemiddag,

Per 1 december verhuis ik van Zwolle naar Groningen en ik heb me inmiddels ingeschreven bij Tandartspraktijk Noorderplantsoen. Zij vroegen of mijn huidige praktijk mijn dossier en röntgenfoto's rechtstreeks naar hen kan sturen, het liefst digitaal via Zorgmail (adres: noorderplantsoen@zorgmail-like.example).

Wilt u dat regelen? Mijn geboortedatum is 17-08-1990, patiënt bij de vestiging Zwolle-Assendorp.

Alvast bedankt,
Thijs van der Meer
06-41 23 98 77
""", R(["Portability"], "thijs.vandermeer@kpnplus.example", "Thijs", "van der Meer"))

add("nl-05-verzekeringsnummer-fout", "Priya Ramdin <priya.ramdin@mailbox-nl.example>",
"Declaratie afgewezen - verkeerde gegevens in mijn dossier",
"""Beste medewerker,

Mijn zorgverzekeraar heeft de declaratie van mijn laatste behandeling (kroon, 14 oktober, vestiging Den Haag-Laak) afgewezen omdat het verzekerdennummer en de verzekeraar niet kloppen. Ik zit sinds 1 januari bij een andere verzekeraar en heb dat aan de balie doorgegeven, maar blijkbaar is het niet aangepast.

Kunt u mijn gegevens corrigeren? Nieuwe verzekeraar: ZorgVast, verzekerdennummer 401 233 908. Ook staat mijn achternaam als "Ramdim" in het systeem, dat moet Ramdin zijn.

Met vriendelijke groeten,
Priya Ramdin
""", R(["Rectification"], "priya.ramdin@mailbox-nl.example", "Priya", "Ramdin"))

add("nl-06-hoofdletters-mailinglijst", "R. Hendriks <r.hendriks@ziggo-mail.example>", "AFMELDEN!!!",
"""HAAL MIJ NU VAN JULLIE MAILINGLIJST. IK HEB HIER NOOIT TOESTEMMING VOOR GEGEVEN EN AFMELDEN VIA DE LINK ONDERAAN WERKT NIET. DIT IS DE DERDE KEER DAT IK HET VRAAG.

RUUD HENDRIKS
""", R(["Opposition"], "r.hendriks@ziggo-mail.example", "Ruud", "Hendriks"))

add("nl-07-automatisch-afgewezen-huur", "Yusuf Yılmaz <yusuf.yilmaz@webpost.example>",
"Aanvraag afgewezen door computer?",
"""Goedendag,

Gisteren wilde ik via jullie website een bestelbus huren voor een verhuizing. Na het invullen van mijn gegevens kreeg ik binnen een paar seconden de melding "Helaas kunnen wij uw aanvraag niet accepteren op basis van onze risicobeoordeling". Er is geen enkel mens bij geweest.

Ik heb al 12 jaar mijn rijbewijs, geen schades en geen schulden. Ik wil dat een medewerker mijn aanvraag opnieuw bekijkt, en ik wil weten op basis van welke gegevens dat systeem mij heeft afgewezen. Ik ben het niet eens met dit besluit.

Met vriendelijke groet,
Yusuf Yılmaz
Rotterdam
""", R(["AutomatedDecision"], "yusuf.yilmaz@webpost.example", "Yusuf", "Yılmaz"))

add("nl-08-hoelang-ritgegevens", "Esther Kuipers <esther.kuipers@xs-mail.example>",
"Vraag over bewaren van locatiegegevens",
"""Hallo,

Ik rijd af en toe met jullie deelauto's in Utrecht en vroeg me af hoe lang jullie de GPS-gegevens van mijn ritten bewaren. Worden die ook gedeeld met bijvoorbeeld de politie, de gemeente of verzekeraars? En wordt de locatie van de auto ook bijgehouden als ik hem alleen gereserveerd heb maar nog niet rijd?

Ik hoef geen overzicht van mijn gegevens, ik wil alleen weten hoe het werkt.

Groetjes,
Esther Kuipers
""", R(["Information"], "esther.kuipers@xs-mail.example", "Esther", "Kuipers"))

add("nl-09-beperking-schade-incasso", "Bram Verhoeven <bram.verhoeven@telenet-like.example>",
"Betwisting schadedossier - vraag tot beperking van verwerking",
"""Geachte,

Na mijn huur van 3 november (Antwerpen-Centraal, Peugeot 208) stuurde u mij een schadedossier voor een deuk in de achterbumper, met een factuur van 780 euro. Ik betwist die schade: de deuk stond al op de foto's die ik bij vertrek in de app heb opgeladen, en ik heb dat per mail aan uw klantendienst gemeld.

Gelieve, in afwachting van de behandeling van mijn betwisting, de verwerking van mijn gegevens te beperken overeenkomstig artikel 18 AVG. Concreet: mijn dossier niet doorgeven aan een incassobureau, mij niet op een interne zwarte lijst zetten en niets aan uw verzekeraar overmaken zolang de zaak niet beslecht is. Ik vraag uitdrukkelijk niet om de gegevens te wissen, want ik heb ze nodig voor mijn verweer.

Met vriendelijke groeten,
Bram Verhoeven
Berchem
""", R(["Restriction"], "bram.verhoeven@telenet-like.example", "Bram", "Verhoeven"))

add("nl-10-erfgenaam-dossier-moeder", "Lotte Claes <lotte.claes@skynet-like.example>",
"Tandheelkundig dossier van mijn overleden moeder",
"""Goeiemiddag,

Mijn moeder, mevrouw Godelieve Maes (°12/06/1948), is op 21 september overleden. Zij was patiënte in uw praktijk in Kortrijk.

De hospitalisatieverzekering weigert nu de terugbetaling van haar implantaten van dit voorjaar, omdat de behandeling volgens hen "niet medisch noodzakelijk" was. Als erfgename wil ik dat betwisten, en daarvoor heb ik een kopie nodig van haar tandheelkundig dossier, de röntgenfoto's en het behandelplan.

Ik kan een attest van erfopvolging en de overlijdensakte bezorgen. Laat maar weten wat u nog nodig hebt.

Met vriendelijke groeten,
Lotte Claes
0485 33 21 90
""", R(["Access"], "lotte.claes@skynet-like.example", "Godelieve", "Maes", representative="Lotte Claes"))

add("nl-11-moeder-fotos-zoon-instagram", "Anouk van Dijk <anouk.vandijk@hetnet-like.example>",
"Foto's van mijn zoon op jullie Instagram",
"""Goedenavond,

Tot mijn schrik zag ik vandaag dat op het Instagram-account van jullie orthodontiepraktijk in Amersfoort een voor-en-na-foto staat van het gebit van mijn zoon Finn Mulder (15), mét een stukje van zijn gezicht. Zijn klasgenoten hebben hem al herkend.

Wij hebben hier nooit toestemming voor gegeven, en als er ergens een handtekening van Finn zelf onder staat: hij is minderjarig. Ik wil dat de foto's offline gehaald en verwijderd worden, en voor de zekerheid trek ik hierbij iedere eventuele toestemming voor gebruik van zijn beeldmateriaal in.

Graag vandaag nog een reactie.

Anouk van Dijk
""", R(["Erasure", "Opposition"], "anouk.vandijk@hetnet-like.example", "Finn", "Mulder", representative="Anouk van Dijk"))

add("nl-12-advocaat-cjib-inzage", "mr. H.J. ter Horst <terhorst@terhorst-advocatuur.example>",
"Cliënt de heer S. Visser - verzoek ex art. 15 AVG - uw kenmerk BOE-2026-11873",
"""Geachte heer, mevrouw,

Ik sta de heer Sem Visser bij, wonende te Amstelveen, klant van uw autodeelplatform.

U heeft een verkeersboete van het CJIB (snelheidsovertreding A10, 2 oktober 2026) aan mijn cliënt doorbelast, vermeerderd met € 35,00 administratiekosten, terwijl cliënt stelt dat de betreffende rit niet door hem is gemaakt. Zijn account zou door een derde zijn gebruikt.

Namens cliënt verzoek ik u op grond van artikel 15 AVG om een afschrift van alle persoonsgegevens die u van hem verwerkt, waaronder:
- de reserverings- en ritgegevens van 2 oktober 2026, inclusief locatie- en tijdgegevens en de wijze waarop de auto is ontgrendeld (app, pas, apparaat-ID);
- de inloggegevens en IP-adressen van zijn account in september en oktober 2026;
- de gegevens die u over hem aan het CJIB of de RDW heeft verstrekt.

Een door cliënt ondertekende machtiging en een kopie van zijn identiteitsbewijs zijn bijgevoegd.

Hoogachtend,

mr. Hanneke J. ter Horst
advocaat
Ter Horst Advocatuur | Keizersgracht 300 | 1016 EX Amsterdam
T 020 000 00 00

Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten. Indien u niet de geadresseerde bent, wordt u verzocht de afzender te informeren en het bericht te verwijderen.
""", R(["Access"], "terhorst@terhorst-advocatuur.example", "Sem", "Visser", representative="Hanneke ter Horst"))

add("nl-13-mentor-sms-omzetten", "Kees de Graaf <kees.degraaf@mentorschap-noord.example>",
"Mevr. T. Bosma - wijziging contactgegevens",
"""Geachte heer/mevrouw,

Bij beschikking van de kantonrechter te Leeuwarden ben ik benoemd tot mentor van mevrouw Tineke Bosma (geboren 03-04-1939), patiënte van uw tandartspraktijk in Drachten. De beschikking stuur ik mee.

Mevrouw Bosma woont sinds kort in een verpleeghuis en kan haar telefoon niet meer zelf bedienen. Zij mist daardoor de sms-herinneringen voor haar afspraken. Wilt u in haar dossier het mobiele nummer en het e-mailadres wijzigen in die van mij, zodat ik de herinneringen en de correspondentie ontvang?

Mobiel: 06-22 11 45 78
E-mail: kees.degraaf@mentorschap-noord.example

Met vriendelijke groet,
Kees de Graaf
Mentor - Stichting Mentorschap Noord
""", R(["Rectification"], "kees.degraaf@mentorschap-noord.example", "Tineke", "Bosma", representative="Kees de Graaf"))

add("nl-14-inzage-en-export-ritten", "Joost van den Berg <joost.vdberg@mijnpost.example>",
"Overzicht én export van mijn gegevens",
"""Beste privacyteam,

Twee vragen:
1. Ik wil graag weten welke persoonsgegevens jullie allemaal van mij verwerken, met een kopie daarvan.
2. Daarnaast wil ik mijn volledige rittenhistorie (datum, tijd, afstand, kosten, start- en eindlocatie) ontvangen in een machineleesbaar formaat, CSV of JSON, zodat ik die kan importeren bij een andere aanbieder waar ik een zakelijk abonnement neem.

Mijn klantnummer is 7712-0934.

Groet,
Joost van den Berg
""", R(["Access", "Portability"], "joost.vdberg@mijnpost.example", "Joost", "van den Berg"))

add("nl-15-vlaams-verwijder-en-stop-bellen", "Koen De Smet <koen.desmet@proximus-like.example>",
"Gedaan met bellen aub",
"""Dag,

Allez, ik word nu al voor de vierde keer deze maand gebeld door iemand van jullie voor een "exclusief aanbod" op een lange-termijnhuur. Ik heb één keer een bestelwagen gehuurd in 2023 en dat is het.

Gelieve mij niet meer te bellen of te mailen voor reclame, en schrap mijn klantenaccount en al mijn gegevens. Ik heb daar echt geen goesting meer in.

Mvg,
Koen De Smet
Aalst
""", R(["Erasure", "Opposition"], "koen.desmet@proximus-like.example", "Koen", "De Smet"))

add("nl-16-adres-fout-en-inzage", "Fleur Jansen <fleur.jansen@planet-mail.example>",
"Adres klopt niet + wat hebben jullie van mij",
"""Hoi,

De boete die jullie me hebben doorgestuurd kwam op mijn oude adres in Haarlem terecht, terwijl ik al sinds mei in Leiden woon (Breestraat 88, 2311 CS). Dat had ik in de app aangepast, maar kennelijk wordt er ergens nog een oud adres gebruikt. Willen jullie dat overal aanpassen?

En omdat dit zo rommelig gaat wil ik ook graag een overzicht van alle gegevens die jullie van mij hebben.

Groetjes,
Fleur Jansen
""", R(["Rectification", "Access"], "fleur.jansen@planet-mail.example", "Fleur", "Jansen"))

add("nl-17-html-locatie-toestemming-intrekken", "Femke Smit <femke.smit@webnl.example>",
"Locatie en pushberichten",
html("Beste,",
     "Bij het installeren van de app heb ik toestemming gegeven om mijn <b>locatie op de achtergrond</b> te gebruiken voor &quot;aanbiedingen in de buurt&quot;. Ik krijg nu elke keer een pushbericht als ik langs een van jullie parkeerplekken loop.",
     "Ik trek die toestemming in. Gebruik mijn locatie alleen nog tijdens een rit en stuur me geen aanbiedingen meer op basis van waar ik ben.",
     "Met vriendelijke groet,<br>Femke Smit"),
R(["Opposition"], "femke.smit@webnl.example", "Femke", "Smit"), ct=HTML)

add("nl-18-cp1252-zorgverzekeraar-info", "Hennie Postma <hennie.postma@drentsmail.example>",
"Welke gegevens gaan naar mijn zorgverzekeraar?",
"""Geachte mevrouw, meneer,

Ik heb een aanvullende tandartsverzekering en de praktijk in Emmen declareert rechtstreeks bij de verzekeraar. Op de nota staat een bedrag van € 412,60 met een aantal codes.

Mijn vraag: welke gegevens sturen jullie precies naar de verzekeraar? Alleen de behandelcodes en bedragen, of ook röntgenfoto's en de reden van de behandeling? En gaan die gegevens via een tussenpartij?

Ik vraag geen kopie van mijn dossier, alleen uitleg.

Met vriendelijke groet,
H. Postma
""", R(["Information"], "hennie.postma@drentsmail.example", "Hennie", "Postma"), ct=CP1252, encode="cp1252")

add("nl-19-borg-niet-terugbetaald", "Stijn Janssens <stijn.janssens@gentmail.example>",
"waarborg nog altijd niet terug",
"""Hallo,

Ik heb op 31 oktober een wagen teruggebracht aan Gent-Sint-Pieters, zonder schade, tank vol. De waarborg van 250 euro is nog altijd niet teruggestort op mijn kaart. Reservatienummer GNT-20931.

Ik weet niet goed bij wie ik moet zijn, dus ik probeer het hier.

Mvg
Stijn Janssens
""", R(["Unknown"], "stijn.janssens@gentmail.example", "Stijn", "Janssens"))

add("nl-20-factuur-tandarts-vraag", "mirjamvanthof@wxs-mail.example", "nota",
"""Goedemorgen,

Ik heb een nota gekregen van 96 euro voor een gebitscontrole van 9 oktober, maar ik dacht dat dat gewoon vergoed werd. Moet ik dit nu zelf betalen of gaat het naar de verzekering? Kunt u dit even nakijken?

Groet, Mirjam van 't Hof
""", R(["Unknown"], "mirjamvanthof@wxs-mail.example", "Mirjam", "van 't Hof"))

add("nl-21-wgbo-dossier-vernietigen", "Lisa Brouwer <lisa.brouwer@mail-nl.example>",
"Verzoek vernietiging medisch dossier",
"""Geachte heer/mevrouw,

Tot vorig jaar was ik patiënt van uw praktijk in Nijmegen. Ik ben inmiddels bij een andere tandarts, die al een kopie van mijn foto's heeft.

Hierbij verzoek ik u, met een beroep op artikel 7:455 BW en artikel 17 AVG, mijn volledige patiëntendossier inclusief röntgenfoto's te vernietigen en mij schriftelijk te bevestigen dat dit is gebeurd. Ook mijn gegevens in het afsprakensysteem mogen worden verwijderd.

Geboortedatum: 02-11-1985.

Met vriendelijke groet,
Lisa Brouwer
""", R(["Erasure"], "lisa.brouwer@mail-nl.example", "Lisa", "Brouwer"))

add("nl-22-wat-na-mijn-overlijden", "Lieve Desmet <lieve.desmet@pandora-mail.example>",
"Mijn gegevens als ik er niet meer ben",
"""Beste mevrouw, meneer,

Ik ben 79 jaar en ik ben mijn papieren aan het regelen. Ik ben al jaren patiënte in de tandartspraktijk in Brugge en ik heb ook nog een abonnement op jullie deelwagens, dat mijn kleinzoon soms gebruikt met mijn toestemming.

Ik wil graag vastleggen wat er met mijn gegevens moet gebeuren na mijn overlijden: mijn tandheelkundig dossier mag alleen aan mijn zoon Filip Desmet gegeven worden als hij erom vraagt, en mijn account voor de deelwagens moet dan volledig gewist worden. Kan ik dat zo bij u laten noteren? Moet ik daar een formulier voor invullen?

Met vriendelijke groeten,
Lieve Desmet
Sint-Andries
""", R(["AdvanceDirectives"], "lieve.desmet@pandora-mail.example", "Lieve", "Desmet"))

add("nl-23-collega-doorgestuurd-verwijderen", "Mark Schouten <mark.schouten@acme-corp.example>",
"FW: Account opheffen",
"""Hoi privacy-team,

Deze kwam binnen bij de klantenservice. Klant wil alles weg, kunnen jullie dit oppakken? Er staat nog een openstaande rit van € 14,20 open, daar kijken wij zelf naar.

Groet,
Mark Schouten
Klantenservice Deelauto

-----Oorspronkelijk bericht-----
Van: Mohammed El Idrissi <m.elidrissi@postbox-nl.example>
Verzonden: zondag 15 november 2026 22:47
Aan: klantenservice@acme-corp.example
Onderwerp: Account opheffen

Goedenavond,
Graag mijn account opheffen en mijn gegevens verwijderen, vooral de foto van mijn rijbewijs en mijn selfie. Ik heb nu een eigen auto.
Met vriendelijke groet,
Mohammed El Idrissi
""", R(["Erasure"], "m.elidrissi@postbox-nl.example", "Mohammed", "El Idrissi"))

add("nl-24-assistente-bijlage-rontgenfotos", "Nele Vandenberghe <nele.vandenberghe@acme-corp.example>",
"Doorgestuurd: röntgenfoto's",
"", R(["Access"], "ilse.maes@telenet-mail.example", "Ilse", "Maes"),
    attached=("Ilse Maes <ilse.maes@telenet-mail.example>", "röntgenfoto's",
"""Dag,

Ik ben patiënte bij jullie in Leuven. Mijn kaakchirurg vraagt de röntgenfoto's die bij jullie genomen zijn (panoramische foto van augustus en de foto's van mijn verstandskiezen). Kunnen jullie mij daar een kopie van bezorgen, digitaal of op cd, dan breng ik ze zelf mee?

Alvast bedankt,
Ilse Maes
"""),
    note="""Dag collega's,

Deze mail kwam toe op het adres van de praktijk in Leuven. Ik stuur hem door in bijlage, ik denk dat jullie dit moeten behandelen.

Groetjes,
Nele
Tandartsassistente - Praktijk Leuven
""")

add("nl-25-familieadres-replyto-enquetes", "Fam. Willems <fam.willems@thuisnet.example>",
"Geen enquêtes meer",
"""Goedendag,

Na iedere rit met de deelauto krijg ik een mail én een telefoontje voor een "klanttevredenheidsonderzoek". Ik wil daar niet meer aan meedoen. Gebruik mijn telefoonnummer en e-mailadres hier niet meer voor.

Antwoord graag op mijn eigen adres, deze gezinsmailbox lees ik niet vaak.

Bas Willems
""", R(["Opposition"], "bas.willems@prive-mail.example", "Bas", "Willems"),
    headers=["Reply-To: Bas Willems <bas.willems@prive-mail.example>"])

add("nl-26-lang-boos-schadeclaim", "Gert-Jan Mulder <gj.mulder@utrechtmail.example>",
"Belachelijke schadeclaim van 850 euro",
"""Beste mensen,

Ik ben al sinds 2019 klant en ik heb nog nooit zo'n slechte behandeling gehad.

Op 30 oktober heb ik een Volkswagen Polo gebruikt in Utrecht-Oost, van 10:00 tot 11:30, om boodschappen te doen. Niks bijzonders. Een week later krijg ik een mail dat er een "schade aan de linkervoorzijde" zou zijn en dat jullie € 850 eigen risico van mijn rekening gaan afschrijven. De foto's die jullie meesturen zijn wazig, er staat geen datum op en ik zie niet eens welke auto het is.

Ik heb de klantenservice drie keer gebeld. Eén keer kreeg ik te horen dat "het systeem" bepaalt wie aansprakelijk is, één keer dat ik maar een klacht moest indienen, en de laatste keer werd de verbinding verbroken. Op mijn klacht via het formulier heb ik alleen een automatisch antwoord gehad.

Ik wil nu alles zien wat jullie over mij hebben: de ritgegevens van 30 oktober met GPS en tijden, de originele foto's met datum en tijd, wie die foto's gemaakt heeft, en alle notities die jullie medewerkers over mij en deze schade in jullie systeem hebben gezet. Stuur me daar een kopie van.

Verder heb ik een rechtsbijstandverzekering en die schakel ik in als dit zo doorgaat. Van die € 850 schrijven jullie niks af.

Gert-Jan Mulder
""", R(["Access"], "gj.mulder@utrechtmail.example", "Gert-Jan", "Mulder"))

add("nl-27-doorgifte-verwerkers", "An Vermeersch <an.vermeersch@brusselmail.example>",
"Vragen over jullie privacyverklaring",
"""Beste,

Ik overweeg een abonnement op jullie autodeeldienst in Brussel en heb jullie privacyverklaring gelezen. Een paar zaken zijn voor mij onduidelijk:

- Worden gegevens (rijbewijs, selfie, ritten) doorgegeven buiten de EU, bv. aan een Amerikaanse cloudprovider?
- Welk bedrijf voert de identiteitscontrole uit?
- Hoe lang bewaren jullie de kopie van mijn rijbewijs als ik mijn abonnement stopzet?
- Worden mijn gegevens verkocht of gedeeld met partners voor reclame?

Bedankt voor uw antwoord.
An Vermeersch
""", R(["Information"], "an.vermeersch@brusselmail.example", "An", "Vermeersch"))

add("nl-28-vlaams-typos-rijbewijs-wissen", "jens.wouters@hotmaill.example", "rijbewijs",
"""hallo kunt ge de foto van mijne rijbewijs en mijn identiteitskaart wissen uit jullie systeem ik heb mijn acount al gesloten vorige maand en ik zie da da nog altijd daar staat in de app merci
jens
""", R(["Erasure"], "jens.wouters@hotmaill.example", "Jens", "Wouters"))

add("nl-29-expat-engels-nederlands", "Elena Popescu <elena.popescu@expatmail.example>",
"Request copy of my data / kopie gegevens",
"""Hallo,

Sorry, mijn Nederlands is nog niet zo goed, so I will continue in English. I have been using your car sharing app in Rotterdam since March. I would like to receive a copy of all the personal data you hold about me, including my trips and the documents I uploaded when I registered.

Mijn klantnummer: 8843-1120.

Dank u wel!
Elena Popescu
""", R(["Access"], "elena.popescu@expatmail.example", "Elena", "Popescu"))

add("nl-30-geboortedatum-fout-beperking", "Hanna Verbeek <hanna.verbeek@ziggonet.example>",
"Foute geboortedatum - toeslag jonge bestuurder",
"""Goedemiddag,

In mijn profiel staat als geboortedatum 05-07-2004, maar dat moet 05-07-1994 zijn. Daardoor betaal ik bij iedere huur de toeslag voor jonge bestuurders en een hoger eigen risico. Ik heb mijn paspoort in de app geüpload, daar kunt u het controleren.

Wilt u de datum verbeteren? En zolang dat nog niet gebeurd is, wil ik niet dat mijn huidige (foute) gegevens gebruikt worden om mijn tarief en eigen risico te berekenen - zet dat maar stil tot het gecorrigeerd is.

Met vriendelijke groet,
Hanna Verbeek
""", R(["Rectification", "Restriction"], "hanna.verbeek@ziggonet.example", "Hanna", "Verbeek"))

add("nl-31-bezwaar-rijstijlscore", "Dries Vercammen <dries.vercammen@kempenmail.example>",
"Bezwaar tegen rijstijlscore",
"""Geachte,

Uit de nieuwe algemene voorwaarden begrijp ik dat jullie mijn rijgedrag (remmen, optrekken, snelheid) analyseren en daar een "rijstijlscore" van maken, die ook doorgegeven wordt aan jullie verzekeringspartner.

Ik maak bezwaar tegen het opstellen van dat profiel en tegen het doorgeven ervan, op basis van artikel 21 AVG. Gelieve mij te bevestigen dat mijn ritgegevens daar niet meer voor gebruikt worden.

Met vriendelijke groeten,
Dries Vercammen
Geel
""", R(["Opposition"], "dries.vercammen@kempenmail.example", "Dries", "Vercammen"))

add("nl-32-wat-weten-jullie-anoniem", "xx.tjalle.xx@gamermail.example", "?",
"""wat weten jullie allemaal van mij? stuur maar op
""", R(["Access"], "xx.tjalle.xx@gamermail.example", None, None))

# ---------------------------------------------------------------- tasks

add("nl-33-taak-verwerkersovereenkomst-sms", "Ruben Dekker <ruben.dekker@acme-corp.example>",
"Verwerkersovereenkomst nieuwe sms-dienst afspraakherinneringen",
"""Hoi,

Vanaf januari stappen de tandartspraktijken over op een nieuwe leverancier voor de sms- en WhatsApp-herinneringen (BerichtDirect B.V.). Zij krijgen naam, mobiel nummer, datum/tijd van de afspraak en de naam van de behandelaar.

Hun verwerkersovereenkomst zit in de bijlage. Kun jij die beoordelen voordat inkoop tekent? Deadline is 4 december.

Dank je!
Ruben Dekker
Inkoop & Contractmanagement
""", TASK("ruben.dekker@acme-corp.example", "Ruben", "Dekker"))

add("nl-34-taak-dpia-itsme-selfie", "Sarah Van Damme <sarah.vandamme@acme-corp.example>",
"DPIA nodig voor nieuwe identiteitscontrole?",
"""Dag privacyteam,

Voor de Belgische markt willen we de registratie in de app vereenvoudigen: klanten zouden zich kunnen identificeren met itsme, of anders via een selfie die automatisch vergeleken wordt met de foto op hun rijbewijs (gezichtsherkenning via een externe partner).

Ik vermoed dat daar een DPIA voor nodig is, zeker voor het stuk met de selfie. Kunnen jullie die mee opstarten? We mikken op een lancering in maart, dus het zou goed zijn om tegen half december een eerste workshop te hebben.

Bedankt!
Sarah Van Damme
Product Owner Onboarding - Brussel
""", TASK("sarah.vandamme@acme-corp.example", "Sarah", "Van Damme"))

add("nl-35-taak-register-intraorale-scanner", "Marloes Timmermans <marloes.timmermans@acme-corp.example>",
"Verwerkingsregister aanvullen - intra-orale scanners",
"""Beste collega's,

In de praktijken in Noord-Brabant gaan we intra-orale scanners gebruiken. De 3D-scans van het gebit worden opgeslagen in de cloudomgeving van de leverancier en gedeeld met de tandtechnische laboratoria die de kronen maken.

Kunnen jullie deze verwerking opnemen in het verwerkingsregister? Ik heb een beschrijving van de gegevensstromen van de leverancier, die stuur ik mee.

Met vriendelijke groet,
Marloes Timmermans
Regiomanager Tandzorg Zuid
""", TASK("marloes.timmermans@acme-corp.example", "Marloes", "Timmermans"))

add("nl-36-taak-leveranciersvragenlijst-gemeente", "Niels Bos <niels.bos@acme-corp.example>",
"Aanbesteding gemeente - privacyvragenlijst invullen",
"""Hallo,

We doen mee aan de aanbesteding van een gemeente in Gelderland voor deelauto's voor ambtenaren (ca. 60 auto's). Onderdeel is een vragenlijst "Informatiebeveiliging en privacy" (BIO/AVG), 48 vragen: waar staan de data, wie zijn de subverwerkers, hoe lang bewaren jullie ritgegevens van medewerkers, meldplicht datalekken, enz.

Inleveren uiterlijk 1 december 12:00. Kunnen jullie het AVG-deel invullen? Excel zit in de bijlage.

Groet,
Niels Bos
Sales Zakelijk
""", TASK("niels.bos@acme-corp.example", "Niels", "Bos"))

add("nl-37-taak-training-balie", "Jolanda Koster <jolanda.koster@acme-corp.example>",
"AVG-training baliemedewerkers",
"""Hoi,

Na een paar vervelende situaties (een partner die aan de balie informatie over een behandeling vroeg, een patiënt die een foto van het afsprakenscherm maakte) wil ik graag een korte AVG-training voor alle baliemedewerkers en assistenten van onze 9 praktijken in Zuid-Holland.

Is het mogelijk om in januari een sessie te geven, bijvoorbeeld tijdens het teamoverleg op dinsdagmiddag? Online mag ook.

Groetjes,
Jolanda Koster
Praktijkmanager Regio Zuid-Holland
""", TASK("jolanda.koster@acme-corp.example", "Jolanda", "Koster"))

# ---------------------------------------------------------------- incidents

add("nl-38-inc-usb-stick-trein", "Dirk Smits <dirk.smits@acme-corp.example>",
"USB-stick kwijt",
"""Hallo,

Ik moet helaas melden dat ik gisteravond in de trein van Eindhoven naar Den Bosch een USB-stick ben verloren. Er stonden röntgenfoto's en behandelplannen op van ongeveer 25 patiënten, die ik had meegenomen voor de intervisie met de kaakchirurgen. De stick was niet versleuteld.

Ik heb het al bij gevonden voorwerpen van de NS gemeld. Wat moet ik verder doen?

Dirk Smits
Tandarts - Praktijk Eindhoven-Centrum
""", INC("dirk.smits@acme-corp.example", "Dirk", "Smits"))

add("nl-39-inc-cc-in-plaats-van-bcc", "Lisanne Meijer <lisanne.meijer@acme-corp.example>",
"Mail naar klanten in CC verstuurd",
"""Hoi,

Ik heb vanochtend om 10:05 de mail over de tariefwijziging per 1 januari naar de zakelijke klanten in Amsterdam gestuurd, maar per ongeluk alle adressen in het CC-veld gezet in plaats van BCC. Het gaat om 230 e-mailadressen, meestal naam.achternaam@bedrijf. Er hebben al twee mensen "allen beantwoorden" gedaan.

Ik heb geprobeerd het bericht terug te halen maar dat lukte maar deels. Kunnen jullie me laten weten wat ik nu moet doen?

Sorry!
Lisanne Meijer
Accountmanager Zakelijk Noord-Holland
""", INC("lisanne.meijer@acme-corp.example", "Lisanne", "Meijer"))

add("nl-40-inc-factuur-andere-klant", "Tom Aerts <tom.aerts@mechelen-net.example>",
"Ik krijg de factuur en boete van iemand anders",
"""Dag,

Vanmorgen ontving ik van jullie een mail "Uw factuur november" met in bijlage de factuur van een andere klant (met zijn naam, adres en klantnummer), plus een kopie van een proces-verbaal van de politie Antwerpen voor een verkeersovertreding met zijn nummerplaat en rijbewijsnummer.

Ik heb niks met die persoon te maken. Ik heb de mail niet doorgestuurd en ga hem verwijderen, maar ik vond dat jullie dit moesten weten.

Groeten,
Tom Aerts
""", INC("tom.aerts@mechelen-net.example", "Tom", "Aerts"))

add("nl-41-inc-zip-bijlage-geopend", "Bart Claeys <bart.claeys@acme-corp.example>",
"pc doet raar na openen bijlage",
"""Hey,

Ik heb daarnet een bijlage "Factuur_2026_11.zip" geopend uit een mail die van een leverancier leek te komen. Er gebeurde niks, maar sindsdien is mijn pc heel traag en er verscheen even een zwart venster. Op deze pc staan de schadedossiers van de vestiging Mechelen (foto's, rijbewijzen, PV's).

Ik heb de netwerkkabel er al uitgetrokken. IT heb ik ook verwittigd, maar zij zeiden dat ik het ook aan jullie moest melden.

Bart Claeys
Schadebeheer - vestiging Mechelen
""", INC("bart.claeys@acme-corp.example", "Bart", "Claeys"))

add("nl-42-inc-inbraak-praktijk-gent", "Annelies Wuyts <annelies.wuyts@acme-corp.example>",
"Inbraak in de praktijk vannacht",
"""Goeiemorgen,

Vannacht is er ingebroken in onze tandartspraktijk in Gent (Kortrijksesteenweg). De daders hebben de computer van het onthaal en een tablet meegenomen. Op de computer stond de agenda en het patiëntenbeheer, de tablet werd gebruikt voor het invullen van de medische vragenlijsten door patiënten.

De politie is langs geweest, ik heb een PV-nummer. Ik weet niet of de computer met een wachtwoord beveiligd was, volgens mij bleef hij soms gewoon aanstaan.

Wat moeten we doen naar de patiënten toe?

Annelies Wuyts
Praktijkmanager Gent
""", INC("annelies.wuyts@acme-corp.example", "Annelies", "Wuyts"))

# ---------------------------------------------------------------- follow-ups

add("nl-43-fu-dsr-wanneer-antwoord", "Robin Hoogendoorn <robin.hoogendoorn@mailnet.example>",
"Re: [DSR-52094] Ontvangstbevestiging van uw verzoek",
"""Hallo,

Inmiddels zijn we ruim vijf weken verder en ik heb nog niks ontvangen. Wanneer kan ik het overzicht verwachten? Anders dien ik een klacht in bij de Autoriteit Persoonsgegevens.

Robin Hoogendoorn

Op 9 okt. 2026 om 11:20 schreef privacy@acme-corp.example:
> Beste heer/mevrouw,
> Wij hebben uw verzoek om inzage ontvangen onder referentie DSR-52094.
> U ontvangt binnen een maand een reactie.
> Met vriendelijke groet, Team Privacy
""", FU("52094", "robin.hoogendoorn@mailnet.example", "Robin", "Hoogendoorn"))

add("nl-44-fu-dsr-kopie-eid", "Wim Verstraete <wim.verstraete@west-vl.example>",
"[DSR-52310] kopie identiteitskaart",
"""Goeiendag,

Zoals gevraagd stuur ik in bijlage een kopie van mijn identiteitskaart (voor- en achterkant). Ik heb mijn rijksregisternummer en foto afgeschermd, ik hoop dat dat zo in orde is.

Met vriendelijke groeten,
Wim Verstraete
""", FU("52310", "wim.verstraete@west-vl.example", "Wim", "Verstraete"))

add("nl-45-fu-irt-aanvulling-scan", "M. Hoekstra <m.hoekstra@friesnet.example>",
"Re: Verzoek om inzage en afschrift patiëntendossier (art. 15 AVG)",
"""Geachte heer, mevrouw,

In aanvulling op mijn verzoek van gisteren: graag ontvang ik ook de 3D-scans die met de intra-orale scanner zijn gemaakt voor mijn kroon in september.

Met vriendelijke groet,
Marieke Hoekstra
""", FU(ref("nl-03-formeel-avg15-patientendossier"), "m.hoekstra@friesnet.example", "Marieke", "Hoekstra"),
    headers=irt("nl-03-formeel-avg15-patientendossier"))

add("nl-46-fu-irt-nog-steeds-niks", "Gert-Jan Mulder <gj.mulder@utrechtmail.example>",
"Re: Belachelijke schadeclaim van 850 euro",
"""Nog steeds niks gehoord. En vanochtend is die 850 euro gewoon van mijn rekening gehaald. Ik wacht op de gegevens die ik heb gevraagd.

GJ Mulder

Verzonden vanaf mijn Galaxy
""", FU(ref("nl-26-lang-boos-schadeclaim"), "gj.mulder@utrechtmail.example", "Gert-Jan", "Mulder"),
    headers=irt("nl-26-lang-boos-schadeclaim"))

# ---------------------------------------------------------------- ignored

add("nl-47-spam-avg-boete-dreiging", "AVG Handhaving Nederland <info@avg-handhaving-nl.example>",
"LAATSTE WAARSCHUWING: uw organisatie voldoet niet aan de AVG",
"""Geachte ondernemer,

Uit onze controle blijkt dat uw organisatie nog niet beschikt over een geregistreerd AVG-certificaat. Organisaties zonder certificaat riskeren een boete tot € 20.000.000.

Registreer u binnen 5 werkdagen via onderstaande link en betaal de registratiekosten van € 349,- om sancties te voorkomen. U ontvangt direct uw certificaat, een verwerkingsregister en een protocol voor verzoeken tot verwijdering en inzage.

>> Nu registreren: http://avg-handhaving-nl.example/registreer

AVG Handhaving Nederland
""", IGN("spam", "info@avg-handhaving-nl.example"), headers=SPAM_HDR)

add("nl-48-spam-mailbox-vol", "Microsoft 365 Beheer <noreply@m365-beheer-security.example>",
"Uw mailbox is vol - actie vereist",
"""Beste gebruiker,

Uw mailbox privacy@acme-corp.example heeft de opslaglimiet bereikt (49,8 GB / 50 GB). Binnenkomende berichten worden geblokkeerd.

Klik hieronder om gratis extra opslag te activeren en te voorkomen dat uw e-mails worden verwijderd:

EXTRA OPSLAG ACTIVEREN
http://m365-beheer-security.example/upgrade

Microsoft 365 Beheerteam
""", IGN("spam", "noreply@m365-beheer-security.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="m365-beheer-security.example")])

add("nl-49-spam-verwijderdienst", "PrivacyWis <deals@privacywis.example>",
"Laat uw gegevens verwijderen uit 2.400 databanken - 70% korting",
"""Wist u dat uw naam, adres en telefoonnummer in meer dan 2.400 databanken van datahandelaren staan?

PrivacyWis dient namens u automatisch verzoeken tot verwijdering in bij al die bedrijven. Nooit meer spam, nooit meer verkoopgesprekken!

Alleen deze week: 70% korting op een jaarabonnement. Slechts € 2,99 per maand.

Start nu: https://privacywis.example/actie

U ontvangt deze e-mail omdat uw adres in ons bestand staat. Afmelden: https://privacywis.example/afmelden
""", IGN("spam", "deals@privacywis.example"))

add("nl-50-spam-linkbuilding", "Sven | LinkGroei <sven@linkgroei.example>",
"Samenwerking? Gastblog op uw website",
"""Hoi,

Ik kwam jullie website tegen en zie veel potentie! Wij plaatsen graag een gastblog over "tandheelkundige tips" of "autodelen in de stad" met een paar links naar onze partners. Wij betalen € 75 per artikel, of we ruilen links.

Daarnaast kunnen we jullie ranking in Google binnen 3 maanden naar de top 3 brengen.

Laat je iets weten?
Sven
""", IGN("spam", "sven@linkgroei.example"), headers=SPAM_HDR)

add("nl-51-ticket-ontvangstbevestiging", "Klantenservice ZorgVast <noreply@zorgvast-verzekeringen.example>",
"Uw bericht is ontvangen [Ticket #2026-448812]",
"""Beste relatie,

Bedankt voor uw e-mail. Uw bericht is ontvangen en geregistreerd onder ticketnummer #2026-448812.

Wij streven ernaar uw vraag binnen 5 werkdagen te beantwoorden. U hoeft niet te reageren op deze e-mail; dit adres wordt niet gelezen.

Met vriendelijke groet,
Klantenservice ZorgVast
""", IGN("auto_reply", "noreply@zorgvast-verzekeringen.example"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-52-nieuwsbrief-privacy-zorg", "Privacy & Zorg Nieuwsbrief <nieuwsbrief@privacyenzorg.example>",
"Privacy & Zorg - editie november 2026",
"""PRIVACY & ZORG - NIEUWSBRIEF NOVEMBER 2026

In deze editie:
* Bewaartermijn medisch dossier: 20 jaar, en dan?
* Camera's in deelauto's: wat mag wel en wat niet?
* Webinar 10 december: het inzageverzoek in de praktijk

Lees online: https://privacyenzorg.example/nieuwsbrief/2026-11

U ontvangt deze nieuwsbrief omdat privacy@acme-corp.example is aangemeld.
Afmelden: https://privacyenzorg.example/afmelden
""", IGN("bulk", "nieuwsbrief@privacyenzorg.example"),
    headers=["List-Id: Privacy en Zorg <nieuwsbrief.privacyenzorg.example>",
             "List-Unsubscribe: <https://privacyenzorg.example/afmelden>, <mailto:afmelden@privacyenzorg.example>",
             "Precedence: bulk"])

add("nl-53-onbestelbaar", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>",
"Onbestelbaar: Uw verzoek om inzage",
"", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
