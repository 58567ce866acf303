from common import *  # part nl: written blind

# ---------------------------------------------------------------- requests

add("nl-01-ritgegevens-kastje", "Sanne de Vries <sanne.devries@zeelandnet.example>", "ritgegevens",
"""Graag ontvang ik een overzicht van alles wat dat kastje in mijn leaseauto over mij heeft vastgelegd.

Sanne de Vries
""", R(["Access"], "sanne.devries@zeelandnet.example", "Sanne", "de Vries"))

add("nl-02-acount-weghalen", "kevin.bakker88@hotmail.example", "acount",
"""hallo ik wil dat jullie mijn acount weghalen bij rijwiel ik rij niet meer sinds ik een eigen auto heb en wil ook niet dat jullie nog iets van me bewaren
groetjes Kevin Bakker
""", R(["Erasure"], "kevin.bakker88@hotmail.example", "Kevin", "Bakker"))

add("nl-03-boete-lang-verhaal", "Ruud van den Berg <ruud.vdberg@kpnplanet.example>", "Boete doorbelast + administratiekosten, echt belachelijk",
"""Geachte heer/mevrouw,

Ik ben nu al drie jaar klant bij Rijwiel en ik heb nog nooit zo'n onzin meegemaakt. Op 14 augustus heb ik een deelauto gehuurd vanaf het station in Zwolle om mijn moeder naar het ziekenhuis te brengen. Zes weken later krijg ik een mail dat er een snelheidsovertreding is begaan op de A28 (7 km te hard, na correctie) en dat jullie mijn gegevens aan het CJIB hebben doorgegeven. Prima, dat kan gebeuren, maar jullie rekenen daar ook nog eens 35 euro 'administratiekosten' voor. Voor het invullen van een formuliertje!

Toen ik de klantenservice belde werd ik drie keer doorverbonden en uiteindelijk zei een medewerker dat hij 'in het systeem kon zien hoe hard ik overal gereden had'. Dat vond ik eerlijk gezegd nogal eng. Wat ik daarom van jullie wil weten: aan wie geven jullie mijn gegevens eigenlijk allemaal door? Alleen aan het CJIB, of ook aan verzekeraars, de politie, incassobureaus of andere bedrijven? En gebeurt dat automatisch of alleen als er een boete is?

Over die 35 euro heb ik apart een klacht ingediend, daar hoef ik van jullie (privacy) geen antwoord op.

Met vriendelijke groet,
R.J. van den Berg
Zwolle
""", R(["Information"], "ruud.vdberg@kpnplanet.example", "Ruud", "van den Berg"))

add("nl-04-familienaam-fout-gent", "Jozefien Van der Straeten <jozefien.vds@telenet.example>", "Foutieve naam in mijn dossier",
"""Beste,

Bij de Glimlach-praktijk in Gent staat mijn familienaam verkeerd: op elke factuur en elke herinnering staat "Vanderstraeten" aan elkaar geschreven, terwijl het "Van der Straeten" is, in drie woorden. Ook mijn adres is nog het oude (Kortrijksesteenweg). Het nieuwe is Coupure Links 212, 9000 Gent.

Gelieve dit recht te zetten in uw systemen, ook bij de firma die mijn afbetalingsplan beheert.

Met vriendelijke groeten,
Jozefien Van der Straeten
""", R(["Rectification"], "jozefien.vds@telenet.example", "Jozefien", "Van der Straeten"))

add("nl-05-rittenregistratie-csv", "Thijs Oosterhuis <thijs@oosterhuis-advies.example>", "Rittenregistratie 2025 aanleveren in csv?",
"""Hoi,

Ik rij sinds vorig jaar een private lease auto van Rijwiel met zo'n telematicakastje erin. Mijn boekhouder wil voor de Belastingdienst kunnen aantonen hoeveel ik privé en zakelijk heb gereden. In de app kan ik alleen per rit een schermpje bekijken, daar heeft hij niks aan.

Kunnen jullie al mijn ritten van 2025 (datum, begin- en eindadres, kilometers) in een csv- of Excel-bestand zetten dat hij direct in zijn boekhoudpakket kan inlezen?

Alvast bedankt,
Thijs Oosterhuis
06 - 28 11 73 90
""", R(["Portability"], "thijs@oosterhuis-advies.example", "Thijs", "Oosterhuis"))

add("nl-06-rontgenfotos-nieuwe-tandarts", "Lieke Brouwer <lieke.brouwer@xs4all.example>", "Overstap naar andere tandarts",
"""Goedemorgen,

Per januari verhuis ik naar Groningen en ik heb me daar al ingeschreven bij Tandartspraktijk De Wijert. Zij vroegen of ik mijn röntgenfoto's en het laatste behandelplan kon laten overzetten.

Zouden jullie die rechtstreeks digitaal naar hen willen sturen? Hun mailadres is balie@dewijert-tandartsen.example. Dan hoef ik niet opnieuw foto's te laten maken.

Met vriendelijke groet,
Lieke Brouwer
(patiënt Glimlach Haarlem-Noord)
""", R(["Portability"], "lieke.brouwer@xs4all.example", "Lieke", "Brouwer"))

add("nl-07-caps-bellijst", "H. POSTMA <postma.h@kabelnoord.example>", "NIET MEER BELLEN",
"""IK WORD NU VOOR DE VIERDE KEER GEBELD OVER EEN PRIVATE LEASE AANBIEDING VAN RIJWIEL. IK HEB GEEN INTERESSE, HEB DAT AL DRIE KEER GEZEGD AAN UW MEDEWERKERS. HAAL MIJN NUMMER UIT UW BELLIJST EN BEL MIJ NOOIT MEER.

H. POSTMA
""", R(["Opposition"], "postma.h@kabelnoord.example", None, "Postma"))

add("nl-08-kredietcheck-afgewezen", "Emre Yılmaz <emre.yilmaz@ziggo-mail.example>", "Afwijzing private lease – graag beoordeling door een mens",
"""Goedemiddag,

Gisteravond heb ik via jullie website een private lease aangevraagd voor een Kia Niro. Binnen twee minuten kreeg ik een mail dat mijn aanvraag "helaas niet kon worden goedgekeurd". Daar heeft dus duidelijk niemand naar gekeken, dat is gewoon een computer die nee zegt.

Ik heb een vast contract, geen BKR-registratie en nooit een betalingsachterstand gehad. Ik ben het dus niet eens met de uitkomst. Ik vraag jullie om mijn aanvraag opnieuw te laten bekijken door een medewerker en niet door het systeem, en ik wil de kans krijgen om mijn situatie toe te lichten (ik ben net van baan gewisseld, misschien is dat het).

Met vriendelijke groet,
Emre Yılmaz
06-41 77 20 93
""", R(["AutomatedDecision"], "emre.yilmaz@ziggo-mail.example", "Emre", "Yılmaz"))

add("nl-09-rijstijlscore-maandbedrag", "Daan Vermeulen <daan.vermeulen@chello.example>", "Rijstijlscore en hoger maandbedrag",
"""Hallo,

Sinds september betaal ik 27 euro per maand meer voor mijn leaseauto omdat mijn "rijstijlscore" onder de 60 is gezakt. Niemand heeft me gebeld of gemaild, het stond ineens in de app en het bedrag werd gewoon afgeschreven.

Die score klopt niet. Ik woon in Amsterdam-Noord, overal drempels en fietsers, dus ja, ik rem vaak. Dat maakt me geen slechte chauffeur.

Ik ga niet akkoord met een prijsverhoging die een algoritme heeft bedacht en wil dat een echte medewerker mijn ritten en die score opnieuw bekijkt. En zolang dat niet uitgezocht is, wil ik dat jullie die score niet meer gebruiken voor mijn maandbedrag of voor wat dan ook.

Daan Vermeulen
""", R(["AutomatedDecision", "Restriction"], "daan.vermeulen@chello.example", "Daan", "Vermeulen"))

add("nl-10-html-bleaching-mails", "Anouk Mertens <anouk.mertens@online-mail.example>", "Afmelden",
html("Beste Glimlach,",
     "Ik krijg tegenwoordig elke week een mail over <b>stralend witte tanden voor de feestdagen</b> en korting op bleaching. Daar heb ik nooit om gevraagd.",
     "Wil je me van die lijst afhalen? De herinneringen voor mijn halfjaarlijkse controle wil ik wel gewoon blijven krijgen.",
     "Groet,<br>Anouk Mertens"),
R(["Opposition"], "anouk.mertens@online-mail.example", "Anouk", "Mertens"), ct=HTML)

add("nl-11-moeder-beugel-dochter", "Fatima El Amrani <f.elamrani@gmail-nl.example>", "Dossier beugelbehandeling van mijn dochter",
"""Beste mevrouw, meneer,

Mijn dochter Noor El Amrani (12 jaar, geboren 3 maart 2014) is sinds vorig jaar in behandeling bij de orthodontist van Glimlach in Rotterdam-Zuid. We twijfelen of we de behandeling daar willen voortzetten en willen een second opinion.

Als haar moeder vraag ik u om alles wat u over Noor heeft vastgelegd aan mij te sturen: de foto's, de röntgenfoto's, de gebitsafdrukken/scans en de aantekeningen van de orthodontist.

Met vriendelijke groet,
Fatima El Amrani
""", R(["Access"], "f.elamrani@gmail-nl.example", "Noor", "El Amrani", representative="Fatima El Amrani"))

add("nl-12-familieadres-bewaartermijn", "Familie Jansen <fam.jansen@kpnmail.example>", "Vraag over bewaren patiëntgegevens",
"""Goedenavond,

Onze behandeling bij Glimlach Apeldoorn is afgerond en we zijn overgestapt naar een tandarts dichter bij huis. Ik vroeg me af wat er nu met mijn patiëntgegevens gebeurt. Hoe lang blijven die bij jullie bewaard, en waar staan ze (bij jullie zelf of bij een extern bedrijf)?

Wilt u het antwoord naar mijn eigen mailadres sturen? Dit is het gezamenlijke adres.

Vriendelijke groet,
Pieter Jansen
""", R(["Information"], "pieter.jansen@planet-mail.example", "Pieter", "Jansen"),
headers=["Reply-To: Pieter Jansen <pieter.jansen@planet-mail.example>"])

add("nl-13-latin1-verhuisd", "Renée Kuipers <renee.kuipers@casema.example>", "Adreswijziging",
"""Beste mensen,

Ik ben per 1 november verhuisd. Mijn nieuwe adres is Esdoornlaan 14, 3817 GK Amersfoort. Ook mijn telefoonnummer is gewijzigd, het is nu 06-12 98 44 01.

Willen jullie dit aanpassen in mijn patiëntdossier én bij de betalingsregeling? De brief over mijn controle ging nog naar het oude adres, ik kreeg 'm via de nieuwe bewoners (héél fijn...).

Groetjes,
Renée Kuipers
""", R(["Rectification"], "renee.kuipers@casema.example", "Renée", "Kuipers"), ct=LATIN1, encode="latin-1")

add("nl-14-cp1252-afgelost-wissen", "Sophie Claes <sophie.claes@skynet.example>", "Betalingsregeling afgelost – en nu?",
"""Dag,

Vorige maand heb ik de laatste termijn betaald van mijn implantaatbehandeling (€ 3.480, in 24 termijnen via jullie „gespreid betalen“-partner). Nu alles voldaan is, wil ik eerst graag weten wat jullie en die financieringsmaatschappij nog over mij geregistreerd hebben – inkomen, rekeningnummer, kredietcheck, alles.

Daarna wil ik dat die financiële gegevens gewist worden. Mijn tandheelkundig dossier mag uiteraard blijven, het gaat me om het geldgedeelte.

Met vriendelijke groeten,
Sophie Claes
""", R(["Access", "Erasure"], "sophie.claes@skynet.example", "Sophie", "Claes"), ct=CP1252, encode="cp1252")

add("nl-15-formeel-art15-art20", "mr. drs. W.M. ter Horst <w.terhorst@terhorst-juridisch.example>", "Verzoek ex artikel 15 en 20 AVG",
"""Aan: de functionaris gegevensbescherming van Rijwiel

Utrecht, 16 november 2026

Betreft: verzoek ex artikel 15 en artikel 20 Algemene verordening gegevensbescherming

Geachte heer, mevrouw,

Sinds 1 maart 2024 ben ik particulier leasenemer bij Rijwiel (contractnummer PL-2024-118734). Hierbij verzoek ik u mij, overeenkomstig artikel 15 AVG, inzage te verstrekken in alle persoonsgegevens die u over mij verwerkt, met inbegrip van de gegevens die door het in de auto ingebouwde telematicasysteem zijn verzameld, de doeleinden, de ontvangers en de bewaartermijnen.

Daarnaast verzoek ik u, op grond van artikel 20 AVG, de door mij verstrekte en door het telematicasysteem gegenereerde gegevens aan mij te verstrekken in een gestructureerde, gangbare en machineleesbare vorm (bij voorkeur JSON of CSV).

Ik zie uw reactie binnen de wettelijke termijn van één maand tegemoet.

Hoogachtend,

mr. drs. Willemijn ter Horst
Ter Horst Juridisch Advies
Maliesingel 40, 3581 BK Utrecht
T 030 - 231 88 10

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte heeft ontvangen, wordt u verzocht de afzender te informeren en het bericht te verwijderen.
""", R(["Access", "Portability"], "w.terhorst@terhorst-juridisch.example", "Willemijn", "ter Horst"))

add("nl-16-advocaat-schadedossier", "mr. A. Kooistra <a.kooistra@kooistra-advocaten.example>", "Uw kenmerk onbekend – cliënt D. Hoekstra – telematicagegevens",
"""Geachte heer, mevrouw,

Ik sta de heer Dirk Hoekstra (geboren 12-06-1979, wonende te Leeuwarden) bij in verband met de schadeclaim die Rijwiel bij hem heeft neergelegd na de aanrijding van 3 oktober jl. met deelauto GX-412-K. Een machtiging van cliënt treft u als bijlage aan.

Namens cliënt verzoek ik u mij een afschrift te doen toekomen van alle persoonsgegevens die u over hem verwerkt, in het bijzonder de telematicagegevens (snelheid, locatie, remgedrag) van de betreffende rit en de interne beoordeling die tot de claim heeft geleid.

Voorts verzoek ik u, nu cliënt de juistheid van deze gegevens betwist, het gebruik daarvan te beperken totdat de juistheid is vastgesteld. Dat betekent onder meer dat de gegevens in deze periode niet aan uw verzekeraar of een incassobureau worden doorgegeven.

Hoogachtend,

mr. Annelies Kooistra
advocaat
Kooistra Advocaten | Zuiderplein 3 | 8911 AA Leeuwarden
058 - 213 40 77

Dit e-mailbericht is vertrouwelijk en kan informatie bevatten die onder het beroepsgeheim valt. Aan dit bericht kunnen geen rechten worden ontleend.
""", R(["Access", "Restriction"], "a.kooistra@kooistra-advocaten.example", "Dirk", "Hoekstra", representative="Annelies Kooistra"))

add("nl-17-erfgenaam-vader", "Marloes Verbeek <marloesverbeek@hetnet-mail.example>", "Account van mijn overleden vader",
"""Goedendag,

Mijn vader, Gerrit Verbeek, is op 2 oktober overleden. Hij was lid van Rijwiel en gebruikte af en toe een deelauto bij hem in de wijk (Den Bosch, Maaspoort). Ik ben executeur-testamentair en ben bezig zijn zaken af te wikkelen.

Willen jullie zijn account opheffen en zijn gegevens verwijderen? Er staat nog een rijbewijsscan in en zijn bankgegevens. Als u een akte van overlijden of verklaring van executele nodig heeft, stuur ik die graag toe.

Hartelijke groet,
Marloes Verbeek
""", R(["Erasure"], "marloesverbeek@hetnet-mail.example", "Gerrit", "Verbeek", representative="Marloes Verbeek"))

add("nl-18-na-mijn-overlijden", "C. Smit <kees.smit1944@kpnmail.example>", "Wat gebeurt er met mijn dossier als ik er niet meer ben",
"""Geachte mensen van Glimlach,

Ik ben 81 jaar en al meer dan twintig jaar patiënt bij u in Hoorn. Ik ben bezig mijn zaken te regelen voor later. Nu vroeg ik me af: wat gebeurt er met mijn tandartsdossier en mijn gegevens wanneer ik overleden ben?

Mijn wens is dat mijn zoon Henk er dan over beslist, en dat jullie verder niets langer bewaren dan nodig. Kan ik dat bij jullie laten vastleggen, en hoe doe ik dat?

Met vriendelijke groet,
Cornelis (Kees) Smit
""", R(["AdvanceDirectives"], "kees.smit1944@kpnmail.example", "Cornelis", "Smit"))

add("nl-19-vlaams-wat-registreert-kastje", "Bram Peeters <bram.peeters@telenet.example>", "da kastje in de wagen",
"""Dag,

Ge hebt in elke wagen van Fahrwerk/Rijwiel zo'n kastje zitten onder het dashboard. Wat registreert da allemaal? Ook als de auto geparkeerd staat? Volgt ge mij ook als ik de wagen een weekend meeneem naar de Ardennen? En geeft ge dat door aan de politie of aan de verzekering?

Ik moet geen kopie hebben, ik wil gewoon weten hoe het zit voor ik nog eens huur.

Mvg,
Bram Peeters
""", R(["Information"], "bram.peeters@telenet.example", "Bram", "Peeters"))

add("nl-20-expat-mixed", "Ana Ribeiro <ana.ribeiro@mailbox-eu.example>", "gegevens verwijderen / delete my data",
"""Hallo,

Sorry, my Dutch is niet zo goed, so I will write half English. Ik heb mijn Rijwiel account vorige maand opgezegd because I moved back to Lisbon. But I still receive your emails and the app still says I am a member.

Please remove my profile and all my personal information from your system, alles graag.

Dank je wel!
Ana Ribeiro
""", R(["Erasure"], "ana.ribeiro@mailbox-eu.example", "Ana", "Ribeiro"))

add("nl-21-niet-opzeggen-wel-stoppen", "Wouter van 't Hof <wouter.vanthof@ziggo-mail.example>", "Mijn ritten en jullie reclame",
"""Hoi Rijwiel,

Om misverstanden te voorkomen: ik wil mijn account NIET opzeggen en ook niet dat er iets verwijderd wordt, ik rij graag met jullie auto's.

Wat ik niet wil is dat jullie uit mijn ritten afleiden waar ik graag kom en me daar dan aanbiedingen over sturen ("Vaak naar Schiphol? Probeer ons parkeerpakket!"). Stop daar alsjeblieft mee, voor mij hoeft dat profiel niet.

Groet,
Wouter van 't Hof
""", R(["Opposition"], "wouter.vanthof@ziggo-mail.example", "Wouter", "van 't Hof"))

add("nl-22-aanmaning-incasso", "Chantal Wuyts <chantal.wuyts@proximus-mail.example>", "Aanmaning incassobureau??",
"""Goeiemiddag,

Vandaag kreeg ik een aanmaning van een incassobureau voor de termijn van oktober van mijn beugelbehandeling bij Glimlach Antwerpen. Ik heb die termijn op 28 oktober gewoon overgeschreven, het bewijs heb ik hier. Kan iemand dit nakijken en het incassobureau laten weten dat het in orde is?

Mvg,
Chantal Wuyts
""", R(["Unknown"], "chantal.wuyts@proximus-mail.example", "Chantal", "Wuyts"))

add("nl-23-afspraak-verzetten", "femke.zijlstra@freemail-nl.example", "afspraak",
"""Kan ik mijn afspraak bij de mondhygiënist van donderdag 14.30 verzetten naar volgende week? Femke Zijlstra
""", R(["Unknown"], "femke.zijlstra@freemail-nl.example", "Femke", "Zijlstra"))

add("nl-24-rijbewijsscan-waarom", "Maarten de Wit <maarten.dewit@caiway.example>", "Kopie rijbewijs en BSN",
"""Hallo,

Bij het aanmaken van mijn account moest ik een foto van mijn rijbewijs uploaden en een selfie maken. Nu vraagt de app ook nog om mijn BSN voor de private lease aanvraag.

Waarom hebben jullie dat allemaal nodig, wie kan die scan inzien en hoe lang bewaren jullie dat?

Verder zou ik graag zien dat die selfie en de rijbewijsscan worden verwijderd zodra de controle gedaan is, want dat is inmiddels al maanden geleden.

Maarten de Wit
""", R(["Information", "Erasure"], "maarten.dewit@caiway.example", "Maarten", "de Wit"))

add("nl-25-bewindvoerder", "Jeroen Dijkman <j.dijkman@dijkman-bewind.example>", "Cliënte G. Wolters – verzoek om gegevens",
"""Geachte heer/mevrouw,

Bij beschikking van de kantonrechter te Arnhem ben ik benoemd tot bewindvoerder en mentor van mevrouw Gerda Wolters (geboren 19-01-1958). Een kopie van de beschikking voeg ik bij.

Mevrouw Wolters heeft bij Glimlach Arnhem een betalingsregeling lopen voor een prothese. Ten behoeve van het op orde brengen van haar financiën verzoek ik u mij een overzicht te sturen van alle gegevens die u over haar vastlegt, inclusief de stand van de betalingsregeling en eventuele registraties bij derden.

Met vriendelijke groet,

J. (Jeroen) Dijkman
Dijkman Bewindvoering & Mentorschap
026 - 330 17 45
""", R(["Access"], "j.dijkman@dijkman-bewind.example", "Gerda", "Wolters", representative="Jeroen Dijkman"))

add("nl-26-nieuwe-achternaam", "Lotte de Jong <lottedejong@gmail-nl.example>", "Naamswijziging",
"""Hoi!

Ik ben deze zomer getrouwd en gebruik voortaan de achternaam van mijn man. In jullie systeem sta ik nog als Lotte Visser. Kunnen jullie dat wijzigen in Lotte de Jong? Mijn e-mailadres is ook veranderd, dit is het nieuwe.

Dankjewel,
Lotte de Jong (voorheen Visser)
""", R(["Rectification"], "lottedejong@gmail-nl.example", "Lotte", "de Jong"))

add("nl-27-camera-in-auto", "Ayaan Ramsaran <ayaan.r@upc-mail.example>", "Camera in de deelauto?",
"""Beste,

Een vriend vertelde me dat er in jullie nieuwe deelauto's een camera boven de achteruitkijkspiegel zit. Klopt dat? Filmt die ook naar binnen, en wie kijkt die beelden terug?

Ik heb zaterdag 7 november een Peugeot e-208 gehuurd van 10:00 tot 16:00 uur vanaf de Wibautstraat. Als er beelden van mij zijn, wil ik die graag zien.

Groeten,
Ayaan Ramsaran
""", R(["Information", "Access"], "ayaan.r@upc-mail.example", "Ayaan", "Ramsaran"))

add("nl-28-stop-sms", "gerrit.dekker@solcon.example", "sms",
"""stop met die sms herinneringen voor de controle ik maak zelf wel een afspraak als ik wil
""", R(["Opposition"], "gerrit.dekker@solcon.example", None, None))

add("nl-29-voor-na-fotos-instagram", "Isa Hendriks <isa.hendriks@outlook-nl.example>", "Mijn foto's op jullie Instagram",
"""Hoi,

Twee jaar geleden heb ik na mijn beugelbehandeling toestemming gegeven om voor- en na-foto's van mijn gebit te gebruiken. Nu zag ik dat er een foto van mij (met half mijn gezicht erop!) op de Instagram en de website van Glimlach staat.

Ik trek die toestemming in. Haal alsjeblieft de foto's van de website en van Instagram af en gooi ze weg, ook uit jullie marketingmap.

Isa Hendriks
""", R(["Opposition", "Erasure"], "isa.hendriks@outlook-nl.example", "Isa", "Hendriks"))

add("nl-30-bezwaar-schadefactuur-on-hold", "Tim Groenewegen <tim.groenewegen@zonnet-mail.example>", "Schadefactuur – even niets doorsturen aub",
"""Beste Rijwiel,

Ik heb bezwaar gemaakt tegen de schadefactuur van 640 euro voor een deuk die er volgens mij al zat toen ik de auto ophaalde (ik heb foto's). Dat loopt nu via jullie schadeafdeling.

Mijn vraag aan jullie als privacy-afdeling: zet mijn gegevens voor deze zaak even op slot zolang dat bezwaar loopt. Dus niet doorsturen naar het incassobureau of de verzekeraar en er verder niets mee doen tot er een beslissing is. Verwijderen hoeft niet, dat snap ik.

Met vriendelijke groet,
Tim Groenewegen
""", R(["Restriction"], "tim.groenewegen@zonnet-mail.example", "Tim", "Groenewegen"))

add("nl-31-aligners-lang-verhaal", "Shanti Baldew <shanti.baldew@kpnplanet.example>", "Klacht over mijn alignerbehandeling",
"""Beste Glimlach,

Ik moet echt even mijn verhaal kwijt. In februari ben ik begonnen met een alignerbehandeling bij jullie vestiging in Den Haag Centrum, 4.200 euro, te betalen in 36 termijnen. Na drie maanden vertrok mijn orthodontist naar een andere praktijk en sindsdien heb ik vier verschillende behandelaars gezien. Niemand weet waar we zijn, twee keer waren mijn nieuwe aligners niet besteld, en een keer werd ik zonder bericht afgebeld omdat 'het systeem eruit lag'. Ondertussen loopt de betalingsregeling natuurlijk gewoon door.

Aan de balie werd ik de laatste keer behandeld alsof ik een lastige klant ben. Een assistente zei letterlijk "ja, u staat bij ons bekend". Wat bedoelt ze daarmee? Staat er iets over mij in het systeem?

Daarom wil ik dat jullie me sturen wat er allemaal over mij is opgeslagen, ook de aantekeningen van de balie en de interne notities, niet alleen het medische deel.

Over de behandeling zelf wil ik een gesprek met de praktijkmanager, maar dat regel ik apart.

Shanti Baldew
06 55 31 09 82
""", R(["Access"], "shanti.baldew@kpnplanet.example", "Shanti", "Baldew"))

# colleague forward inline: the data subject is the customer
add("nl-32-collega-doorgestuurd", "Marco Bos <marco.bos@acme-corp.example>", "Fwd: gegevens",
"""Hoi privacyteam,

Deze kwam gisteren binnen op de klantenservice-inbox, lijkt me echt iets voor jullie. Klant heeft ook al gebeld.

Gr, Marco
Klantenservice Rijwiel

---------- Doorgestuurd bericht ---------
Van: Yusuf Demir <yusuf.demir@hetnet-mail.example>
Datum: zo 15 nov. 2026 om 21:14
Onderwerp: gegevens
Aan: <klantenservice@acme-corp.example>

Goedenavond,

In de app staat mijn geboortedatum als 01-01-1990, maar ik ben geboren op 17-09-1991. Daardoor kreeg ik een melding dat ik voor de jongere-bestuurderstoeslag in aanmerking kom (?). Pas dat alsjeblieft aan.

En ik wil graag weten wat er verder allemaal over mij in jullie systeem staat, stuur me dat maar op.

Yusuf Demir
""", R(["Rectification", "Access"], "yusuf.demir@hetnet-mail.example", "Yusuf", "Demir"))

# colleague forward as attachment
add("nl-33-receptie-bijlage", "Ilse Wagenaar <ilse.wagenaar@acme-corp.example>", "FW: uitschrijven patiënt",
"", R(["Erasure"], "priya.ramdin@home-nl.example", "Priya", "Ramdin"),
attached=("Priya Ramdin <priya.ramdin@home-nl.example>", "uitschrijven",
"""Goedendag,

Ik ben niet meer tevreden over de behandeling en ga naar een andere tandarts. Ik wil me bij Glimlach Utrecht uitschrijven en ik wil dat u al mijn gegevens uit uw systemen haalt, ook mijn telefoonnummer en e-mailadres.

Met vriendelijke groet,
Priya Ramdin
"""),
note="""Hallo,

Zie bijlage, deze mevrouw wil uitgeschreven worden en dat alles verwijderd wordt. Ik weet niet wat we mogen wissen vanwege het medisch dossier, kunnen jullie dit oppakken?

Groetjes,
Ilse
Receptie Glimlach Utrecht Oost
""")

# ---------------------------------------------------------------- tasks

add("nl-34-task-verwerkersovereenkomst", "Niels Vos <niels.vos@acme-corp.example>", "Verwerkersovereenkomst nieuwe telematicaleverancier",
"""Hoi privacy,

We stappen per 1 februari over naar een nieuwe leverancier voor de telematicakastjes (TrackSense BV). Inkoop heeft hun conceptcontract binnen, inclusief een verwerkersovereenkomst van 14 pagina's. Kunnen jullie daar voor 4 december naar kijken? Vooral de bepalingen over subverwerkers en hosting buiten de EU (ze noemen een datacenter in Virginia) baren me zorgen.

Het document staat in de gedeelde map Inkoop > 2026 > TrackSense.

Dank!
Niels Vos
Category manager Fleet & Mobility
""", TASK("niels.vos@acme-corp.example", "Niels", "Vos"))

add("nl-35-task-dpia-vermoeidheidscamera", "Eva Maas <eva.maas@acme-corp.example>", "DPIA nodig? Vermoeidheidsdetectie in leaseauto's",
"""Hallo allemaal,

Productmanagement wil in Q2 een pilot draaien met een camera die vermoeidheid en afleiding van de bestuurder detecteert (ogen dicht, telefoon in de hand) in 50 private-lease auto's. De beelden zouden lokaal verwerkt worden, maar er gaan wel 'events' naar ons platform.

Ik neem aan dat hier een DPIA voor nodig is. Kunnen jullie die met ons opstarten en laten weten welke informatie jullie van ons nodig hebben? Kick-off zou ik graag volgende week plannen.

Groet,
Eva Maas
Product Owner Connected Car
""", TASK("eva.maas@acme-corp.example", "Eva", "Maas"))

add("nl-36-task-register-gespreid-betalen", "Ruben Koster <ruben.koster@acme-corp.example>", "Nieuwe partner gespreid betalen – verwerkingsregister",
"""Beste privacy officer,

Vanaf januari werken alle Glimlach-vestigingen voor betalingsregelingen met een nieuwe partner, Mondria Krediet, in plaats van de huidige. Zij doen ook de kredietcheck.

Kan de verwerking 'betalingsregelingen patiënten' in het register worden bijgewerkt (nieuwe ontvanger, andere bewaartermijn volgens hun contract: 7 jaar)? En moet de privacyverklaring op de website ook aangepast worden?

Ruben Koster
Finance – Glimlach
""", TASK("ruben.koster@acme-corp.example", "Ruben", "Koster"))

add("nl-37-task-training-receptie", "Merel Schouten <merel.schouten@acme-corp.example>", "privacytraining nieuwe baliemedewerkers",
"""Hoi,

We hebben in december 12 nieuwe baliemedewerkers in de vestigingen Rotterdam, Delft en Gouda. Zouden jullie een korte privacytraining kunnen geven (online is prima, 1 uur)? Onderwerpen: wat mag je wel/niet aan de telefoon zeggen, legitimatie, familieleden die naar afspraken vragen.

Welke data komen jullie uit?

Merel Schouten
HR – Glimlach Regio Zuid-Holland
""", TASK("merel.schouten@acme-corp.example", "Merel", "Schouten"))

add("nl-38-task-vragenlijst-zakelijke-klant", "Joost Hermans <joost.hermans@acme-corp.example>", "Security & privacy vragenlijst van Bouwbedrijf Van Gelder",
"""Hi team,

Van Gelder Bouw (ca. 180 leaseauto's) wil hun contract verlengen, maar hun inkoop stuurt eerst een leveranciersvragenlijst over informatiebeveiliging en AVG (62 vragen, Excel in de bijlage). Veel vragen gaan over de ritgegevens van hun medewerkers: wie heeft toegang, bewaartermijn, kunnen leidinggevenden ritten zien enz.

Kunnen jullie de AVG-vragen invullen? Deadline bij hen is 30 november.

Thanks,
Joost Hermans
Accountmanager Zakelijk
M +31 6 2044 8812
""", TASK("joost.hermans@acme-corp.example", "Joost", "Hermans"))

# ---------------------------------------------------------------- incidents

add("nl-39-inc-laptop-gestolen", "Karin Smits <karin.smits@acme-corp.example>", "Laptop gestolen uit auto",
"""Hoi,

Gisteravond is bij mij thuis in Tilburg de laptop van de praktijk uit mijn auto gestolen (ruit ingeslagen). Het is de laptop waarmee ik de planning van Glimlach Tilburg en Breda doe. Er staat Outlook op en volgens mij ook een Excel-export met de afspraken van deze maand (namen, telefoonnummers, soort behandeling).

Aangifte is gedaan. Ik weet niet of de schijf versleuteld is. Wat moet ik nu doen?

Karin Smits
Praktijkmanager
""", INC("karin.smits@acme-corp.example", "Karin", "Smits"))

add("nl-40-inc-cc-fout-patienten", "Bas Timmermans <bas.timmermans@acme-corp.example>", "Fout bij verzenden mail betalingsregelingen",
"""Privacy team,

Ik heb vanochtend om 9:12 een mail over de nieuwe incassodata van de betalingsregelingen naar 43 patiënten gestuurd, maar alle adressen stonden in het CC-veld in plaats van BCC. Iedereen kan dus zien wie er nog meer een betalingsregeling bij Glimlach heeft. Een patiënt heeft al boos teruggemaild.

Ik heb een recall geprobeerd maar dat werkt alleen intern. Hoe nu verder?

Bas Timmermans
Debiteurenbeheer
""", INC("bas.timmermans@acme-corp.example", "Bas", "Timmermans"))

add("nl-41-inc-andermans-ritten-in-app", "Nadia Bouzid <nadia.bouzid@ziggo-mail.example>", "Ik zie ritten van iemand anders in mijn app!!",
"""Hallo,

Toen ik vanochtend in de Rijwiel app op 'Mijn ritten' klikte, zag ik een heel lijst ritten die niet van mij zijn. Met de naam van een meneer (H. Vermaas), zijn vertrekadres in Utrecht en zelfs de laatste 4 cijfers van zijn betaalrekening. Ik heb er een screenshot van gemaakt.

Dit lijkt me niet de bedoeling. Als hij mijn ritten ook kan zien vind ik dat heel vervelend.

Nadia Bouzid
""", INC("nadia.bouzid@ziggo-mail.example", "Nadia", "Bouzid"))

add("nl-42-inc-verkeerde-brief-ontvangen", "F. Mulder <f.mulder@planet-mail.example>", "Brief van Glimlach ontvangen die niet voor mij is",
"""Geachte heer/mevrouw,

In de envelop van Glimlach die ik vandaag ontving zat, naast mijn eigen afspraakbevestiging, ook het behandelplan en de kostenbegroting van een andere patiënt, mevrouw J. de Graaf uit Alkmaar, met haar geboortedatum en een overzicht van haar behandelingen.

Ik neem aan dat u dit wilt weten. Wat moet ik met het papier doen: terugsturen of vernietigen?

Met vriendelijke groet,
Frank Mulder
""", INC("f.mulder@planet-mail.example", "Frank", "Mulder"))

add("nl-43-inc-phishing-geklikt", "Stefan Ververs <stefan.ververs@acme-corp.example>", "dringend: op phishinglink geklikt",
"""Hoi security/privacy,

Ik kreeg om 14:05 een mail die eruitzag als een gedeeld document van 'Fleet Rapportage Q4'. Ik heb op de link geklikt en mijn Microsoft-wachtwoord ingevoerd voordat ik doorhad dat de pagina nep was. Met mijn account kan ik in het fleetportaal bij alle klantgegevens en ritgegevens van de zakelijke klanten.

Ik heb mijn wachtwoord inmiddels gewijzigd. IT heb ik ook gebeld.

Stefan Ververs
Fleet Operations
06 3120 5581
""", INC("stefan.ververs@acme-corp.example", "Stefan", "Ververs"))

# ---------------------------------------------------------------- follow-ups

add("nl-44-fu-dsr-termijn", "Hanneke Prins <hanneke.prins@kpnmail.example>", "RE: [DSR-40318] Uw verzoek is ontvangen",
"""Beste,

Het is nu ruim vijf weken geleden dat ik dit verzoek heb ingediend en ik heb nog steeds niets ontvangen. Volgens mij is de termijn een maand. Wanneer kan ik het overzicht verwachten?

Hanneke Prins

-----Oorspronkelijk bericht-----
Van: privacy@acme-corp.example
Verzonden: vrijdag 9 oktober 2026 11:02
Onderwerp: [DSR-40318] Uw verzoek is ontvangen

Beste mevrouw Prins,

Wij hebben uw verzoek in goede orde ontvangen en onder nummer DSR-40318 geregistreerd. U ontvangt binnen een maand een reactie.

Met vriendelijke groet,
Team Privacy
""", FU("40318", "hanneke.prins@kpnmail.example", "Hanneke", "Prins"))

add("nl-45-fu-dsr-id-bewijs", "l.vanderlinden@telenet.example", "Re: [DSR-41962] aanvullende gegevens",
"""Goeiedag,

Zoals gevraagd hierbij een kopie van mijn identiteitskaart (rijksregisternummer afgeschermd) en mijn klantnummer: RW-77120.

Groeten,
Luc Van der Linden
""", FU("41962", "l.vanderlinden@telenet.example", "Luc", "Van der Linden"))

add("nl-46-fu-irt-kredietcheck", "Emre Yılmaz <emre.yilmaz@ziggo-mail.example>", "Re: Afwijzing private lease – graag beoordeling door een mens",
"""Hallo,

Ik heb nog steeds niets gehoord op mijn mail van vorige week. Kan iemand mij laten weten of mijn aanvraag nu door een medewerker bekeken wordt? Ik heb inmiddels ook mijn nieuwe arbeidscontract, dat kan ik opsturen.

Emre Yılmaz
""", FU(ref("nl-08-kredietcheck-afgewezen"), "emre.yilmaz@ziggo-mail.example", "Emre", "Yılmaz"),
headers=irt("nl-08-kredietcheck-afgewezen"))

add("nl-47-fu-irt-advocaat-machtiging", "mr. A. Kooistra <a.kooistra@kooistra-advocaten.example>", "Re: Uw kenmerk onbekend – cliënt D. Hoekstra – telematicagegevens",
"""Geachte heer, mevrouw,

In aanvulling op mijn e-mail van eerder vandaag: de machtiging van de heer Hoekstra was abusievelijk niet bijgevoegd. U vindt deze, ondertekend, alsnog in de bijlage.

Hoogachtend,

mr. Annelies Kooistra
Kooistra Advocaten
""", FU(ref("nl-16-advocaat-schadedossier"), "a.kooistra@kooistra-advocaten.example", "Annelies", "Kooistra"),
headers=irt("nl-16-advocaat-schadedossier"))

# ---------------------------------------------------------------- ignored

add("nl-48-spam-darkweb-verwijderen", "Privacy Bescherming NL <alert@gegevens-wissen-nu.example>", "LET OP: uw persoonsgegevens zijn gevonden op het dark web",
"""Geachte klant,

Onze scan heeft vastgesteld dat uw e-mailadres, wachtwoord en BSN te koop worden aangeboden op het dark web.

Laat uw persoonsgegevens NU verwijderen door onze gecertificeerde AVG-specialisten. Voor slechts 49,95 euro wissen wij uw gegevens bij meer dan 300 databanken en beschermen wij uw privacy 12 maanden lang.

>> Klik hier om uw gegevens te laten verwijderen: http://gegevens-wissen-nu.example/scan?id=88213

Deze aanbieding verloopt binnen 24 uur.
""", IGN("spam", "alert@gegevens-wissen-nu.example"), headers=SPAM_HDR)

add("nl-49-spam-seo", "Rank Top Agency <sales@seo-topranking.example>", "Samenwerking: Rijwiel op #1 in Google?",
"""Hallo webmaster,

Ik heb uw website bekeken en zag dat u niet op de eerste pagina van Google staat voor "private lease goedkoop" en "tandarts met betalingsregeling". Wij kunnen u binnen 30 dagen naar de top brengen met 100% white-hat backlinks.

Reply with "YES" voor een gratis audit ter waarde van 499 euro.

Best regards,
Kevin | Rank Top Agency
""", IGN("spam", "sales@seo-topranking.example"))

add("nl-50-spam-mailbox-vol", "IT Helpdesk <helpdesk@acme-corp-mailbeheer.example>", "Uw mailbox privacy@acme-corp.example is bijna vol (98%)",
html("Beste gebruiker,",
     "Uw mailbox heeft de opslaglimiet bijna bereikt. Binnenkomende berichten worden over 12 uur <b>geweigerd</b>.",
     "Bevestig uw account om extra opslagruimte te krijgen: <a href=\"http://acme-corp-mailbeheer.example/verify\">Account bevestigen</a>",
     "Microsoft 365 Team"),
IGN("spam", "helpdesk@acme-corp-mailbeheer.example"), ct=HTML,
headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailbeheer.example")])

add("nl-51-spam-avg-certificaat", "AVG Keurmerk Nederland <info@avg-keurmerk-verplicht.example>", "Verplichte registratie AVG-keurmerk – laatste herinnering",
"""Geachte ondernemer,

Volgens onze gegevens is uw organisatie nog niet geregistreerd in het AVG-register. Sinds 1 januari zijn alle bedrijven die persoonsgegevens van klanten verwerken verplicht hun gegevensbescherming te laten certificeren. Boetes kunnen oplopen tot 20 miljoen euro.

Registreer vandaag voor slechts 295 euro excl. btw en ontvang uw officiële keurmerk om de persoonsgegevens van uw klanten te beschermen.

Betaal via de bijgevoegde factuur binnen 7 dagen.

AVG Keurmerk Nederland
""", IGN("spam", "info@avg-keurmerk-verplicht.example"))

add("nl-52-autoreply-afwezig", "Hanneke Prins <hanneke.prins@kpnmail.example>", "Automatisch antwoord: [DSR-40318] Wij hebben uw bericht ontvangen",
"""Ik ben afwezig tot en met maandag 23 november en heb beperkt toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met 06-10 20 30 40.

Met vriendelijke groet,
Hanneke Prins
""", IGN("auto_reply", "hanneke.prins@kpnmail.example"),
headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-53-bulk-privacy-nieuwsbrief", "Privacy Praktijk Nieuws <nieuwsbrief@privacypraktijk.example>", "Nieuwsbrief november: nieuwe richtsnoeren over cookiebanners",
html("<h2>Privacy Praktijk Nieuws – november 2026</h2>",
     "In deze editie: de nieuwe richtsnoeren over cookiebanners, een uitspraak over camerabewaking op de werkvloer en vijf tips voor het afhandelen van inzageverzoeken.",
     "<a href=\"http://privacypraktijk.example/nieuws/2026-11\">Lees online</a>",
     "U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. <a href=\"http://privacypraktijk.example/afmelden\">Afmelden</a>"),
IGN("bulk", "nieuwsbrief@privacypraktijk.example"), ct=HTML,
headers=["List-Id: Privacy Praktijk Nieuws <nieuws.privacypraktijk.example>",
         "List-Unsubscribe: <mailto:afmelden@privacypraktijk.example>, <http://privacypraktijk.example/afmelden>",
         "Precedence: bulk"])

add("nl-54-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>", "Onbestelbaar: Uw verzoek",
"", IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
