# Dutch (Netherlands and Flanders): car leasing / car subscriptions with telematics, and a
# network of public libraries with an e-book lending app. Written blind.
from common import *

# ---------------------------------------------------------------- requests

add("nl-01", "Bram Hoekstra <bram.hoekstra@ziggo.example>", "account weg",
    "Wil je mijn account van de bibliotheek-app opheffen en alles wat erbij hoort weggooien? Ik gebruik hem nooit meer.\n\nBram\n",
    R(["Erasure"], "bram.hoekstra@ziggo.example", "Bram", "Hoekstra"))

add("nl-02", "Femke van der Linden <f.vanderlinden@outlook.example>", "Vraag over het kastje in mijn leaseauto",
    "Goedemiddag,\n\n"
    "Sinds september rijd ik via mijn werkgever een leaseauto van jullie. Bij de aflevering zei de monteur dat er "
    "een 'telematicakastje' onder het dashboard zit. Niemand kon me vertellen wat dat ding precies bijhoudt.\n\n"
    "Registreert het alleen kilometers, of ook waar ik ben, hoe hard ik rijd en hoe ik rem? Krijgt mijn werkgever "
    "dat te zien, en zo ja wat precies? En hoe lang blijven die ritten bewaard?\n\n"
    "Ik hoef geen uitdraai, ik wil gewoon snappen wat er gebeurt.\n\n"
    "Met vriendelijke groet,\n"
    "Femke van der Linden\n"
    "Accountmanager | Hendriksen Installatietechniek\n"
    "T 06 41 22 87 90\n\n"
    "Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u "
    "verzocht de inhoud niet te gebruiken en de afzender direct te informeren.\n",
    R(["Information"], "f.vanderlinden@outlook.example", "Femke", "van der Linden"))

add("nl-03", "Mehmet Yılmaz <m.yilmaz@kpnmail.example>", "Boete doorbelast + 35 euro administratiekosten??",
    "Beste mensen,\n\n"
    "Ik ben het echt spuugzat. Vorige maand kreeg ik via jullie een boete van het CJIB door voor 7 km te hard op de "
    "A12 bij Woerden. Prima, als ik dat was, betaal ik. Maar jullie rekenen er doodleuk 35 euro "
    "'administratiekosten' bovenop, en dat staat nergens in mijn abonnement. Ik heb drie keer gebeld, twee keer "
    "werd ik doorverbonden naar een afdeling die niet opnam en één keer werd de verbinding verbroken.\n\n"
    "Daarbij: op het moment van die flitsfoto stond volgens mij de auto nog bij de Kwik-Fit voor nieuwe banden. "
    "Ik wil dus weten wat jullie precies van mij en van mijn ritten hebben vastgelegd: alle gegevens die jullie "
    "over mij hebben opgeslagen, inclusief de GPS-ritten van 14 oktober, wie er volgens jullie reed en wat "
    "jullie aan het CJIB hebben doorgegeven. Stuur me dat allemaal maar op.\n\n"
    "En die 35 euro wil ik terug, maar dat zal wel een andere afdeling zijn.\n\n"
    "Mehmet Yılmaz\n"
    "Abonnementsnummer AB-2210987\n",
    R(["Access"], "m.yilmaz@kpnmail.example", "Mehmet", "Yılmaz"))

add("nl-04", "Lotte Peeters <lotte.peeters@telenet.example>", "Ontleengeschiedenis in de app",
    "Dag,\n\n"
    "Mag ik u vriendelijk vragen om mijn volledige ontleengeschiedenis in de e-boekenapp te wissen? Ik wil mijn "
    "lidmaatschap wel behouden, het gaat enkel om de lijst van wat ik al gelezen heb.\n\n"
    "Daarnaast krijg ik elke week een mail met 'leestips op maat'. Die wil ik niet meer ontvangen, gelieve mij "
    "daarvoor uit te schrijven.\n\n"
    "Alvast bedankt,\n"
    "Lotte Peeters\n"
    "Gentbrugge\n"
    "gsm 0478 12 34 56\n",
    R(["Erasure", "Opposition"], "lotte.peeters@telenet.example", "Lotte", "Peeters"))

add("nl-05", "henk1957@hetnet.example", "BELLEN",
    "STOP MET BELLEN OVER EEN AUTO ABONNEMENT!!! AL 4 KEER DEZE MAAND. IK HEB GEEN INTERESSE EN WIL NOOIT MEER "
    "GEBELD WORDEN DOOR JULLIE OF JULLIE CALLCENTER.\n\nHENK DIJKSTRA\n",
    R(["Opposition"], "henk1957@hetnet.example", "Henk", "Dijkstra"))

add("nl-06", "Jasper Van den Broeck <jasper.vdbroeck@skynet.example>", "Foute naam en adres op mijn bibliotheekpas",
    "Goeiedag,\n\n"
    "Op mijn bibliotheekpas en in de app staat mijn naam als 'Jasper Vandenbroek'. Dat is fout: het is Van den "
    "Broeck, in drie woorden en met ck. Bovendien ben ik in augustus verhuisd van de Kortrijksesteenweg naar de "
    "Coupure Links 88, 9000 Gent. De herinneringen komen nog steeds op het oude adres toe.\n\n"
    "Kunnen jullie dat rechtzetten?\n\n"
    "Met vriendelijke groeten,\n"
    "Jasper Van den Broeck\n",
    R(["Rectification"], "jasper.vdbroeck@skynet.example", "Jasper", "Van den Broeck"))

add("nl-07", "Marloes Bakker <marloes.bakker@gmail.example>", "kinderpas van mijn dochter",
    "Hallo,\n\n"
    "Mijn dochter Noor de Groot (9 jaar) heeft sinds vorig jaar een kinderpas bij de bibliotheek, vestiging "
    "Utrecht-Oost. Ik ben haar moeder en heb destijds het formulier ingevuld.\n\n"
    "We verhuizen naar het buitenland en zeggen de pas op. Voordat jullie iets weggooien wil ik graag zien wat er "
    "allemaal over haar is vastgelegd (welke boeken, leeslijstjes in de app, haar geboortedatum enz.). Daarna "
    "mag alles van haar definitief weg.\n\n"
    "Groetjes,\n"
    "Marloes Bakker\n"
    "06-28119043\n",
    R(["Access", "Erasure"], "marloes.bakker@gmail.example", "Noor", "de Groot", representative="Marloes Bakker"))

add("nl-08", "Thijs Mulder <thijs@muldermontage.example>", "rittenhistorie meenemen",
    "Goedemorgen,\n\n"
    "Mijn contract loopt in januari af en ik ga over naar een andere leasemaatschappij. Die geeft korting als ik "
    "kan laten zien dat ik rustig rijd. Kunnen jullie mijn rijstijlscore en de rittenhistorie van de afgelopen "
    "twee jaar aanleveren als CSV- of JSON-bestand, zodat ik dat bij ze kan inleveren? Mag ook rechtstreeks naar "
    "hen, als dat makkelijker is.\n\n"
    "Thijs Mulder\n"
    "Mulder Montage & Onderhoud\n",
    R(["Portability"], "thijs@muldermontage.example", "Thijs", "Mulder"))

add("nl-09", "Priscilla Sedney <p.sedney@live.example>", "Afwijzing auto-abonnement",
    "Geachte heer/mevrouw,\n\n"
    "Gisteravond heb ik online een auto-abonnement aangevraagd. Binnen twee minuten kreeg ik een mail dat de "
    "aanvraag 'na een geautomatiseerde beoordeling' niet werd goedgekeurd. Ik heb een vast contract, geen "
    "schulden en rij al 15 jaar schadevrij.\n\n"
    "Ik ga niet akkoord met een besluit waar geen mens naar heeft gekeken. Ik wil dat een medewerker mijn "
    "aanvraag opnieuw beoordeelt en dat ik mijn kant van het verhaal kan toelichten.\n\n"
    "Met vriendelijke groet,\n"
    "Priscilla Sedney\n",
    R(["AutomatedDecision"], "p.sedney@live.example", "Priscilla", "Sedney"))

add("nl-10", "Sophie Verbeek <sophie.verbeek@zeelandnet.example>", "Bezwaar boete 12 oktober - gegevens bevriezen",
    "Beste,\n\n"
    "Ik heb bezwaar aangetekend tegen de parkeerboete van 12 oktober in Middelburg. De auto stond die dag bij de "
    "dealer voor de APK, dat kan ik aantonen met de werkorder.\n\n"
    "Zolang dat bezwaar loopt, wil ik niet dat jullie mijn gegevens voor deze boete verder gebruiken: niet "
    "doorsturen naar het incassobureau, niet meenemen in mijn bestuurdersprofiel. Gewoon op slot zetten tot "
    "het uitgezocht is. Verwijderen hoeft niet, ik heb ze straks misschien nog nodig.\n\n"
    "Groet,\nSophie Verbeek\n",
    R(["Restriction"], "sophie.verbeek@zeelandnet.example", "Sophie", "Verbeek"))

add("nl-11", "Ruben de Jong <ruben.dejong@xs4all.example>", "Bezwaar rijgedragscore",
    html("Geachte privacy-afdeling,",
         "Via de app zie ik sinds kort een &lsquo;rijgedragscore&rsquo; van 72/100, berekend op basis van de "
         "telematicabox. Daar heb ik nooit om gevraagd en ik wil niet dat jullie uit mijn remmen, optrekken en "
         "bochten een profiel van mij opbouwen.",
         "Ik maak daarom bezwaar tegen het berekenen en gebruiken van deze score. De kilometerregistratie voor de "
         "facturatie mag gewoon doorgaan.",
         "Met vriendelijke groet,<br>Ruben de Jong<br><i>Verstuurd met Proton Mail</i>"),
    R(["Opposition"], "ruben.dejong@xs4all.example", "Ruben", "de Jong"), ct=HTML)

add("nl-12", "Anneke Hoogendijk <a.hoogendijk@planet.example>", "Inzage gegevens bibliotheek",
    "Geachte heer, mevrouw,\n\n"
    "Ik ben al ruim twintig jaar lid van de bibliotheek en gebruik sinds de coronatijd ook de e-boekenapp. Ik "
    "ben benieuwd wat er in al die jaren over mij is bijgehouden. Ik ontvang graag een overzicht van alle "
    "persoonsgegevens die u van mij heeft: mijn uitleenhistorie, de leeslijsten in de app, de betaalde "
    "boetes voor te laat ingeleverde boeken en eventuele notities van medewerkers.\n\n"
    "Ik ben niet ontevreden, hoor, ik ben gewoon geïnteresseerd. Mijn ideeën over privé-informatie zijn wat "
    "ouderwets.\n\n"
    "Hoogachtend,\n"
    "A. (Anneke) Hoogendijk\n"
    "Lidnummer 20041877\n",
    R(["Access"], "a.hoogendijk@planet.example", "Anneke", "Hoogendijk"), ct=LATIN1, encode="latin-1")

add("nl-13", "Sanne de Wit <sanne.dewit@acme-corp.example>", "FW: gegevens na einde contract",
    "Hoi privacyteam,\n\n"
    "Deze kwam binnen bij klantenservice lease. Volgens mij is dit voor jullie, kunnen jullie het oppakken? "
    "Contract is inderdaad per 1 november beëindigd.\n\n"
    "Groet,\nSanne\nKlantenservice Lease | acme\n\n"
    "---------- Doorgestuurd bericht ---------\n"
    "Van: Pieter Smits <pieter.smits@planet.example>\n"
    "Datum: vr 13 nov 2026 om 21:14\n"
    "Onderwerp: gegevens na einde contract\n"
    "Aan: <klantenservice@acme-corp.example>\n\n"
    "Goedenavond,\n\n"
    "Mijn leasecontract (LC-77102) is per 1 november beëindigd en de auto is ingeleverd. Ik wil dat jullie nu ook "
    "alle ritgegevens uit de telematicabox en de kopie van mijn rijbewijs vernietigen. Ik zie geen reden "
    "waarom die nog bij jullie moeten liggen.\n\n"
    "Met vriendelijke groet,\nPieter Smits\n",
    R(["Erasure"], "pieter.smits@planet.example", "Pieter", "Smits"))

add("nl-14", "Koen Willems <koen.willems@acme-corp.example>", "Fwd: Leeslijsten", "",
    R(["Portability", "Opposition"], "hanne.desmet@telenet.example", "Hanne", "De Smet"),
    attached=("Hanne De Smet <hanne.desmet@telenet.example>", "Leeslijsten",
              "Hallo,\n\n"
              "Ik stop met jullie app en stap over naar een andere leesapp. Kunnen jullie mijn leeslijsten en mijn "
              "ontleengeschiedenis in een bestand zetten dat ik daar kan importeren (CSV of zo)?\n\n"
              "En zet me daarna ook uit de nieuwsbrief van de bib aub, die lees ik toch nooit.\n\n"
              "Merci!\nHanne De Smet\n"),
    note="Dag collega's,\n\nZie bijgevoegde mail van een lener uit Gent, binnengekomen via de helpdesk van de app. "
         "Kunnen jullie dit verder behandelen?\n\nMvg,\nKoen Willems\nHelpdesk e-boeken\n")

add("nl-15", "Familie Visser <familievisser@home.example>", "rijgedragsgegevens",
    "Hallo,\n\n"
    "Ik (Daan) rijd een auto van jullie via een abonnement. Aan wie geven jullie mijn rijgedragsgegevens door? "
    "Gaat dat ook naar verzekeraars? En hoe lang blijft zoiets bewaard? Mijn vrouw maakt zich er een beetje "
    "zorgen over.\n\n"
    "Antwoord graag naar mijn eigen adres, niet dit gezinsadres.\n\n"
    "Daan Visser\n",
    R(["Information"], "daan.visser@werk.example", "Daan", "Visser"),
    headers=["Reply-To: Daan Visser <daan.visser@werk.example>"])

add("nl-16", "mr. E.J. Kuipers <kuipers@kuipersadvocaten.example>", "Verzoek ex art. 15 en 18 AVG - cliënt R. Dekker",
    "Geachte heer, mevrouw,\n\n"
    "Ondergetekende, mr. E.J. (Evert) Kuipers, advocaat te Arnhem, treedt op voor de heer R. (Rik) Dekker, "
    "wonende te Velp, houder van leasecontract LC-55390. Een machtiging is bijgevoegd.\n\n"
    "Namens cliënt verzoek ik u, op grond van artikel 15 AVG, om inzage in alle persoonsgegevens die u van "
    "cliënt verwerkt, waaronder begrepen de telematicagegevens, de rijgedragscores en de correspondentie met "
    "zijn werkgever over verkeersboetes.\n\n"
    "Voorts verzoek ik u, op grond van artikel 18 lid 1 sub a en c AVG, de verwerking van deze gegevens te "
    "beperken zolang de juistheid ervan door cliënt wordt betwist en in afwachting van een procedure bij de "
    "kantonrechter. Ik verzoek u de gegevens in die periode niet te wissen.\n\n"
    "Ik zie uw reactie binnen de wettelijke termijn tegemoet.\n\n"
    "Hoogachtend,\n\n"
    "mr. E.J. Kuipers\n"
    "Kuipers Advocaten\n"
    "Jansbuitensingel 7, 6811 AA Arnhem\n"
    "T 026 - 351 44 20\n",
    R(["Access", "Restriction"], "kuipers@kuipersadvocaten.example", "Rik", "Dekker", representative="Evert Kuipers"))

add("nl-17", "Ingrid Hendriks <ingrid.hendriks@caiway.example>", "Overlijden van mijn vader",
    "Geachte heer/mevrouw,\n\n"
    "Mijn vader, Gerrit Hendriks (geboren 3 maart 1941), is op 21 augustus overleden. Ik ben als enig kind "
    "executeur van zijn nalatenschap.\n\n"
    "Hij had een account in de e-boekenapp van de bibliotheek (hij las veel luisterboeken) en een private "
    "lease, die inmiddels via de dealer is afgewikkeld. Ik vraag u beide accounts te sluiten en zijn gegevens "
    "te verwijderen. Hij krijgt nog steeds mailtjes met 'Nieuwe luisterboeken voor u', dat is erg pijnlijk.\n\n"
    "Een kopie van de akte van overlijden kan ik nasturen.\n\n"
    "Met vriendelijke groet,\n"
    "Ingrid Hendriks\n",
    R(["Erasure"], "ingrid.hendriks@caiway.example", "Gerrit", "Hendriks", representative="Ingrid Hendriks"))

add("nl-18", "Yara El Amrani <yara.elamrani@hotmail.example>", "adres aanpassen aub",
    "Hoi,\n\n"
    "Even voor de duidelijkheid: ik wil mijn account NIET verwijderen of opzeggen, ik ben heel blij met de "
    "app. Alleen krijg ik geen herinneringen voor te laat ingeleverde boeken, omdat die naar mijn oude adres "
    "gaan (Kanaalstraat 41). Mijn nieuwe adres is Lombokstraat 12-bis, 3531 RC Utrecht. Kunnen jullie dat "
    "aanpassen? In de app zelf lukt het niet.\n\n"
    "Dank je!\nYara\n\nVerzonden vanaf mijn Samsung Galaxy-smartphone.\n",
    R(["Rectification"], "yara.elamrani@hotmail.example", "Yara", "El Amrani"))

add("nl-19", "kimmie_2004@hotmail.example", "vraagje",
    "hallo ik wil wete wat jullie allemaal van mij hebbe opgeslage van die app van de biep want mijn vriendin "
    "zei dat jullie alles bijhouden wat je leest is dat echt zo stuur maar op dan groetjes kim\n",
    R(["Access"], "kimmie_2004@hotmail.example", "Kim", None))

add("nl-20", "Wouter Brouwer <wouter.brouwer@ziggo.example>", "Levering abonnementsauto",
    "Goedendag,\n\n"
    "Ik heb op 2 oktober een auto-abonnement afgesloten (Kia Niro, 24 maanden) en de levering zou 'binnen 4 "
    "weken' zijn. Het is nu half november en ik hoor niets. Ik heb al drie keer gebeld. Wanneer krijg ik mijn "
    "auto? Ik heb hem nodig voor mijn werk.\n\n"
    "Wouter Brouwer\n06 19 44 02 71\n",
    R(["Unknown"], "wouter.brouwer@ziggo.example", "Wouter", "Brouwer"))

add("nl-21", "Esther Kok <esther.kok@icloud.example>", "Locatie buiten werktijd",
    "Hallo,\n\n"
    "Ik trek hierbij mijn toestemming in voor het bijhouden van mijn locatie in de leaseauto buiten werktijd. "
    "In het weekend en 's avonds gaat het niemand iets aan waar ik ben. Graag bevestiging dat de privémodus "
    "voor mij standaard aan staat.\n\n"
    "Esther Kok\n\nVerstuurd vanaf mijn iPhone\n",
    R(["Opposition"], "esther.kok@icloud.example", "Esther", "Kok"))

add("nl-22", "Nadia Bouzid <nadia.bouzid@gmail.example>", "Verkeerd kenteken gekoppeld",
    "Beste medewerker,\n\n"
    "Vandaag kreeg ik van jullie een doorbelaste boete voor een auto met kenteken R-204-KX. Ik heb nog nooit in "
    "die auto gereden, mijn abonnementsauto heeft kenteken S-881-TN. Blijkbaar staat er bij jullie een "
    "verkeerd kenteken aan mijn naam gekoppeld.\n\n"
    "Graag zo snel mogelijk corrigeren. Verder wil ik een overzicht van alle kentekens, contracten en "
    "boetes die jullie ooit aan mij hebben gekoppeld, zodat ik kan controleren of er nog meer mis is.\n\n"
    "Met vriendelijke groet,\nNadia Bouzid\n",
    R(["Rectification", "Access"], "nadia.bouzid@gmail.example", "Nadia", "Bouzid"))

add("nl-23", "Olivia Tremblay <olivia.tremblay@videotron.example>", "account bibliotheek / library account",
    "Hi there, sorry mijn Nederlands is niet zo goed.\n\n"
    "I lived in Amsterdam for two years and used your e-book app with my bibliotheekpas. I'm moving back to "
    "Montréal next week. Please remove my account and everything connected to it, ik kom niet meer terug.\n\n"
    "Bedankt!\nOlivia\n",
    R(["Erasure"], "olivia.tremblay@videotron.example", "Olivia", "Tremblay"))

add("nl-24", "Wim Claes <wim.claes@proximus.example>", "aanbevelingen in de app",
    "Goeiemiddag,\n\n"
    "Ik heb gemerkt dat de app mij 'aanbevelingen op basis van uw leesgedrag' toont. Ik heb er geen probleem "
    "mee dat de bib bijhoudt wat ik ontleend heb, dat is normaal, maar ik wil niet dat jullie daarmee een "
    "profiel van mij maken om mij boeken aan te prijzen. Zet dat aub af voor mijn account.\n\n"
    "Vriendelijke groeten,\nWim Claes\nHasselt\n",
    R(["Opposition"], "wim.claes@proximus.example", "Wim", "Claes"))

add("nl-25", "Stefan Vos <stefan.vos@vosbouw.example>", "Verhoging eigen risico door score",
    "Geacht team,\n\n"
    "Vorige week kreeg ik een automatisch bericht dat mijn eigen risico van 300 naar 750 euro gaat, omdat mijn "
    "rijgedragscore onder de 60 is gezakt. Ik rij veel op de bouwplaats over onverharde wegen, dus natuurlijk "
    "remt en schokt de auto daar. Dat snapt een computer blijkbaar niet.\n\n"
    "Ik wil dat iemand van jullie dit besluit handmatig opnieuw bekijkt. Daarnaast wil ik alle ritgegevens "
    "ontvangen waarop die score gebaseerd is, zodat ik zelf kan zien waar het volgens jullie misgaat.\n\n"
    "Stefan Vos\nVos Bouw & Renovatie B.V.\n",
    R(["AutomatedDecision", "Access"], "stefan.vos@vosbouw.example", "Stefan", "Vos"))

add("nl-26", "R. Timmer <r.timmer@timmerbewind.example>", "Inzageverzoek namens mevrouw J. Maas",
    "Geachte heer/mevrouw,\n\n"
    "Bij beschikking van de rechtbank Oost-Brabant ben ik benoemd tot curator van mevrouw Johanna Maas, "
    "geboren 17-06-1952, wonende te Eindhoven. Een kopie van de beschikking stuur ik mee.\n\n"
    "Mevrouw Maas heeft een bibliotheekpas en, naar ik begrijp, een account in uw e-boekenapp waarop "
    "abonnementskosten worden afgeschreven. Ik verzoek u mij een overzicht te sturen van alle gegevens die u "
    "over haar vastlegt, inclusief de betalingen.\n\n"
    "Met vriendelijke groet,\n\n"
    "Ronald Timmer\n"
    "Timmer Bewindvoering & Curatele\n"
    "040 - 211 86 30\n",
    R(["Access"], "r.timmer@timmerbewind.example", "Johanna", "Maas", representative="Ronald Timmer"))

add("nl-27", "Truus Bosman <truusbosman@kpnplanet.example>", "na mijn overlijden",
    "Beste mensen van de bibliotheek,\n\n"
    "Ik ben 84 en ben mijn zaken aan het regelen. Ik lees elke week twee boeken via uw app op de tablet die ik "
    "van mijn kleinzoon kreeg.\n\n"
    "Ik wil graag vastleggen wat er gebeurt met mijn account als ik er niet meer ben: mijn kleindochter Sanne "
    "Bosman mag dan een lijst krijgen van alle boeken die ik gelezen heb (dat vindt zij leuk), en daarna moet "
    "alles gewist worden. Kunt u dat bij mijn gegevens noteren?\n\n"
    "Hartelijke groet,\nTruus Bosman\n",
    R(["AdvanceDirectives"], "truusbosman@kpnplanet.example", "Truus", "Bosman"))

add("nl-28", "Gert-Jan Meijer <gj.meijer@online.example>", "Waar hebben jullie mijn adres vandaan?",
    "Hallo,\n\n"
    "Ik krijg sinds een maand brieven over 'uw nieuwe auto-abonnement vanaf 399 euro per maand'. Ik ben nooit "
    "klant bij jullie geweest en heb nergens toestemming voor gegeven. Van wie hebben jullie mijn naam en adres "
    "gekregen?\n\n"
    "En stuur mij verder niets meer, ook geen folders.\n\n"
    "G.J. Meijer\n",
    R(["Information", "Opposition"], "gj.meijer@online.example", "Gert-Jan", "Meijer"))

add("nl-29", "Sarah Wouters <sarah.wouters@scarlet.example>", "Verzoek tot wissing persoonsgegevens (GDPR)",
    "Geachte,\n\n"
    "Tot september reed ik met een wagen die ik via een abonnement bij uw firma huurde. De wagen is "
    "ingeleverd en alle facturen zijn betaald.\n\n"
    "Conform artikel 17 van de Algemene Verordening Gegevensbescherming verzoek ik u om alle persoonsgegevens "
    "die u in het kader van dit abonnement verzamelde te wissen, met name de gegevens van de telematicamodule "
    "en de kopie van mijn identiteitskaart. Gegevens die u wettelijk moet bijhouden voor de boekhouding "
    "vallen uiteraard buiten dit verzoek.\n\n"
    "Gelieve mij te bevestigen wanneer dit gebeurd is.\n\n"
    "Met de meeste hoogachting,\n"
    "Sarah Wouters\n"
    "Leuven\n",
    R(["Erasure"], "sarah.wouters@scarlet.example", "Sarah", "Wouters"))

add("nl-30", "Elke Maes <elke.maes@telenet.example>", "ontleningen downloaden?",
    "Dag,\n\n"
    "Bestaat er een manier om mijn volledige ontleengeschiedenis (papieren boeken én e-boeken) als bestand te "
    "krijgen dat ik in Excel kan openen? Ik hou mijn gelezen boeken bij in een eigen lijstje en ik wil die "
    "gegevens daar inladen. Desnoods betaal ik er de € 2,50 administratiekost voor die aan de balie vermeld "
    "werd…\n\n"
    "Groetjes,\nElke Maes\nBib-lid sinds 2011\n",
    R(["Portability"], "elke.maes@telenet.example", "Elke", "Maes"), ct=CP1252, encode="cp1252")

add("nl-31", "m.smit@kpnplanet.example", "AVG inzageverzoek",
    "Zie onderwerp. Klantnummer LS-448120.\n\nM. Smit\n",
    R(["Access"], "m.smit@kpnplanet.example", None, "Smit"))

# ---------------------------------------------------------------- tasks

add("nl-32", "Anouk Jacobs <anouk.jacobs@acme-corp.example>", "Verwerkersovereenkomst TrackNova",
    "Hoi allemaal,\n\n"
    "Per 1 januari vervangen we de telematicaboxen van Geotrak door die van TrackNova B.V. Inkoop heeft de "
    "verwerkersovereenkomst en de bijlage met beveiligingsmaatregelen binnen (zie SharePoint > Inkoop > "
    "TrackNova). Kunnen jullie die beoordelen voordat we tekenen? Liefst voor 4 december.\n\n"
    "Dank!\nAnouk Jacobs\nProductmanager Connected Car\n",
    TASK("anouk.jacobs@acme-corp.example", "Anouk", "Jacobs"))

add("nl-33", "Joris Van Damme <joris.vandamme@acme-corp.example>", "Kinderleesclub in de app - DPIA nodig?",
    "Dag privacyteam,\n\n"
    "In februari lanceren we in de e-boekenapp een 'leesclub' voor kinderen van 8 tot 12: badges, "
    "leesuitdagingen en een klassement per school. Ik vermoed dat daar een DPIA voor nodig is, gezien de "
    "leeftijd. Kunnen jullie die mee opstarten en zeggen welke info jullie van ons nodig hebben?\n\n"
    "Vriendelijke groeten,\nJoris Van Damme\nCoördinator digitale dienstverlening bibliotheken Vlaanderen\n",
    TASK("joris.vandamme@acme-corp.example", "Joris", "Van Damme"))

add("nl-34", "Marco Veenstra <marco.veenstra@acme-corp.example>", "register aanpassen: nieuw incassobureau boetes",
    "Hallo,\n\n"
    "Ter info en actie: vanaf 1 december gaan de niet-betaalde doorbelaste verkeersboetes naar Incasso Noord in "
    "plaats van naar Flanderijn. Het verwerkingsregister (verwerking 'Doorbelasting boetes') moet dus worden "
    "bijgewerkt met de nieuwe ontvanger. Willen jullie dat doen? Contract staat in de map van Finance.\n\n"
    "Gr. Marco\nTeamlead Debiteurenbeheer\n",
    TASK("marco.veenstra@acme-corp.example", "Marco", "Veenstra"))

add("nl-35", "Ilona Schuurman <ilona.schuurman@acme-corp.example>", "training baliemedewerkers",
    "Goedemorgen,\n\n"
    "Kunnen jullie in januari een korte AVG-training geven aan de baliemedewerkers van de vestigingen Zwolle, "
    "Deventer en Kampen? Er komen steeds vaker vragen van ouders over kinderpassen en van mensen die hun "
    "leesgeschiedenis willen inzien, en mijn collega's weten niet goed wat ze mogen zeggen. Een uurtje online "
    "is prima.\n\n"
    "Met vriendelijke groet,\nIlona Schuurman\nVestigingsmanager Bibliotheek IJsselland\n",
    TASK("ilona.schuurman@acme-corp.example", "Ilona", "Schuurman"))

add("nl-36", "Bas Kramer <bas.kramer@acme-corp.example>", "Vragenlijst privacy van fleetklant Van Oord Logistiek",
    "Hoi,\n\n"
    "Onze grootste fleetklant (Van Oord Logistiek, 340 auto's) heeft in de aanbesteding een 'Security & "
    "Privacy Supplier Assessment' gestuurd, 60 vragen in Excel. Hoofdstuk 4 en 5 gaan over AVG: "
    "bewaartermijnen, subverwerkers, doorgifte buiten de EU. Kunnen jullie die invullen? Deadline is "
    "vrijdag 27 november.\n\n"
    "Groeten,\nBas Kramer\nKey Account Manager Fleet\n+31 20 555 0192\n",
    TASK("bas.kramer@acme-corp.example", "Bas", "Kramer"))

# ---------------------------------------------------------------- incidents

add("nl-37", "Dennis Post <dennis.post@acme-corp.example>", "laptop kwijt in de trein",
    "Hoi,\n\n"
    "Ik ben gisteravond mijn werklaptop kwijtgeraakt in de intercity van Utrecht naar Amersfoort, waarschijnlijk "
    "laten liggen in het bagagerek. Al gebeld met NS gevonden voorwerpen, nog niks. Er stond lokaal een "
    "export op van de boeteadministratie van oktober (namen, kentekens, adressen van zo'n 900 bestuurders). "
    "De laptop heeft wel BitLocker, denk ik. IT is ingelicht.\n\n"
    "Wat moet ik nog meer doen?\n\nDennis Post\nBackoffice Boetes\n",
    INC("dennis.post@acme-corp.example", "Dennis", "Post"))

add("nl-38", "Nathalie Goossens <nathalie.goossens@acme-corp.example>", "DRINGEND: herinneringsmail met iedereen in CC",
    "Dag,\n\n"
    "Door een fout van mij is vanochtend de herinnering voor te laat ingeleverde boeken van bib Mechelen "
    "verstuurd met alle ontvangers in CC in plaats van BCC. Het gaat om 312 e-mailadressen, waaronder ook "
    "ouders van kinderen met een kinderkaart. Er hebben al twee mensen 'allen beantwoorden' gedaan.\n\n"
    "Ik heb de mail proberen terug te roepen maar dat werkt niet naar externe adressen. Wat moeten we nu doen?\n\n"
    "Nathalie Goossens\nBibliotheek Mechelen - uitleenbalie\n",
    INC("nathalie.goossens@acme-corp.example", "Nathalie", "Goossens"))

add("nl-39", "Ilse Hermans <ilse.hermans@ziggo.example>", "Brief van iemand anders ontvangen",
    "Goedemiddag,\n\n"
    "Vandaag kreeg ik een brief van jullie in mijn brievenbus, op mijn adres maar op naam van een meneer uit "
    "Almere die ik niet ken. Er zat een verkeersboete in met zijn kenteken, zijn klantnummer, en een "
    "overzicht van zijn ritten op die dag met tijden en plaatsen. Dat lijkt me niet de bedoeling.\n\n"
    "Wat wilt u dat ik ermee doe? Terugsturen of versnipperen?\n\n"
    "Ilse Hermans\n",
    INC("ilse.hermans@ziggo.example", "Ilse", "Hermans"))

add("nl-40", "Kevin Janssens <kevin.janssens@telenet.example>", "andere kind in de app??",
    "Hallo,\n\n"
    "Mijn zoon logde vanavond in op de e-boekenapp met zijn kinderkaart en hij zag een leeslijst, een foto en "
    "de voornaam en school van een ander kind (een meisje uit Lier). Na opnieuw inloggen was het weg. Ik "
    "vind dat nogal ernstig, want dan kunnen anderen misschien ook de gegevens van mijn zoon zien.\n\n"
    "Ik heb een screenshot als u dat wilt.\n\n"
    "Kevin Janssens\n",
    INC("kevin.janssens@telenet.example", "Kevin", "Janssens"))

add("nl-41", "Rik Jansen <rik.jansen@acme-corp.example>", "ik heb op een link geklikt",
    "hoi, ik denk dat ik een domme fout heb gemaakt. kreeg een mail 'uw wachtwoord verloopt vandaag' met ons "
    "logo en heb op de link geklikt en mijn wachtwoord ingevuld. pas daarna zag ik dat het adres raar was. "
    "met dat account kan ik in het fleetportaal met alle bestuurdersgegevens. wachtwoord is net veranderd. "
    "sorry\n\nRik\nplanning wagenpark\n",
    INC("rik.jansen@acme-corp.example", "Rik", "Jansen"))

# ---------------------------------------------------------------- follow-ups

add("nl-42", "Joost van Leeuwen <joost.vanleeuwen@zonnet.example>", "Re: [DSR-40217] Uw verzoek is ontvangen",
    "Goedemiddag,\n\n"
    "U vroeg om aanvullende gegevens om mij te identificeren. Mijn klantnummer is AB-1190455 en de auto heeft "
    "kenteken 9-XKZ-44. Mijn geboortedatum is 02-11-1979.\n\n"
    "Met vriendelijke groet,\nJoost van Leeuwen\n\n"
    "> Op 10 nov. 2026 schreef privacy@acme-corp.example:\n"
    "> Geachte heer Van Leeuwen, wij hebben uw verzoek ontvangen onder nummer DSR-40217. Om uw identiteit te\n"
    "> controleren vragen wij u ...\n",
    FU("40217", "joost.vanleeuwen@zonnet.example", "Joost", "van Leeuwen"))

add("nl-43", "Fatima Oulad Ali <f.ouladali@gmail.example>", "RE: [DSR-39880] Bevestiging van uw verzoek",
    "Het is nu vijf weken geleden dat ik om verwijdering van mijn gegevens vroeg en ik heb nog steeds niets "
    "gehoord. De wettelijke termijn is een maand. Als ik deze week niets hoor, dien ik een klacht in bij de "
    "Autoriteit Persoonsgegevens.\n\nFatima Oulad Ali\n",
    FU("39880", "f.ouladali@gmail.example", "Fatima", "Oulad Ali"))

add("nl-44", "Mehmet Yılmaz <m.yilmaz@kpnmail.example>", "Re: Boete doorbelast + 35 euro administratiekosten??",
    "Nog een aanvulling op mijn mail van eerder: het gaat om kenteken N-437-GD en de flitsfoto is van 14 "
    "oktober om 08:52. De werkbon van Kwik-Fit heb ik nog, die kan ik sturen als dat helpt.\n\nMehmet\n",
    FU(ref("nl-03"), "m.yilmaz@kpnmail.example", "Mehmet", "Yılmaz"), headers=irt("nl-03"))

add("nl-45", "Nadia Bouzid <nadia.bouzid@gmail.example>", "Re: Verkeerd kenteken gekoppeld",
    "Hallo, ik vergat nog te zeggen: het abonnementsnummer is AB-3301422. Alvast bedankt.\n\nNadia\n\n"
    "Verstuurd vanaf mijn iPhone\n",
    FU(ref("nl-22"), "nadia.bouzid@gmail.example", "Nadia", "Bouzid"), headers=irt("nl-22"))

# ---------------------------------------------------------------- ignored

add("nl-46", "Databescherming Nederland <alert@datalek-check.example>", "WAARSCHUWING: uw gegevens staan op het dark web",
    "Geachte heer/mevrouw,\n\n"
    "Bij een recente scan hebben wij 14 van uw persoonsgegevens (e-mail, wachtwoord, IBAN) aangetroffen op het "
    "dark web. Onze specialisten kunnen deze gegevens binnen 24 uur definitief laten verwijderen.\n\n"
    "Klik hier om uw gegevens te laten wissen: http://datalek-check.example/verwijder?id=88213\n\n"
    "Kosten eenmalig slechts € 49,95. Let op: deze aanbieding vervalt vandaag om middernacht.\n\n"
    "Team Databescherming Nederland\n",
    IGN("spam", "alert@datalek-check.example"), headers=SPAM_HDR)

add("nl-47", "Kevin | AVG Proof <kevin@avgproof-websites.example>", "Is uw website wel AVG-proof?",
    "Hallo,\n\n"
    "Ik heb uw website bekeken en zag dat uw cookiebanner niet voldoet aan de AVG. Boetes van de AP kunnen "
    "oplopen tot 20 miljoen euro! Wij regelen voor een vaste prijs een complete AVG-scan, een nieuwe "
    "privacyverklaring en een module waarmee uw klanten zelf hun gegevens kunnen verwijderen.\n\n"
    "Zullen we deze week 15 minuten bellen? Plan direct in via de link hieronder.\n\n"
    "Met vriendelijke groet,\nKevin\nAVG Proof Websites\n\n"
    "Geen interesse? Antwoord dan met 'stop'.\n",
    IGN("spam", "kevin@avgproof-websites.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="avgproof-websites.example")])

add("nl-48", "ING Klantenservice <service@ing-beveiliging.example>", "Bevestig uw gegevens binnen 48 uur",
    "Beste klant,\n\n"
    "Vanwege nieuwe Europese privacyregels moeten alle klanten hun gegevens opnieuw bevestigen. Als u dit niet "
    "binnen 48 uur doet, worden uw gegevens en uw rekening automatisch verwijderd.\n\n"
    "Bevestig nu: https://ing-beveiliging.example/bevestigen\n\n"
    "Met vriendelijke groet,\nING Klantenservice\n",
    IGN("spam", "service@ing-beveiliging.example"))

add("nl-49", "Lisa Bos <lisa.bos@bosvertalingen.example>", "Automatisch antwoord: Re: [DSR-41002] Uw verzoek om inzage",
    "Dank voor uw bericht. Ik ben tot en met 23 november afwezig en heb beperkt toegang tot mijn e-mail. "
    "Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u bellen met 030 - 233 45 10.\n\n"
    "Met vriendelijke groet,\nLisa Bos\n",
    IGN("auto_reply", "lisa.bos@bosvertalingen.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("nl-50", "Privacy & Mobiliteit <nieuwsbrief@privacymobiliteit.example>", "Nieuwsbrief november: telematica, AVG en het recht op vergetelheid",
    "Privacy & Mobiliteit - nieuwsbrief november 2026\n\n"
    "IN DIT NUMMER\n"
    "- Mag een leasemaatschappij rijgedrag scoren? Nieuwe uitspraak van de rechtbank Midden-Nederland\n"
    "- Het recht op verwijdering bij wagenparkbeheer: vijf praktijktips\n"
    "- Webinar 3 december: DPIA's voor connected cars\n\n"
    "Lees verder op onze website.\n\n"
    "U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan via de link onderaan.\n",
    IGN("bulk", "nieuwsbrief@privacymobiliteit.example"),
    headers=["List-Id: Nieuwsbrief Privacy en Mobiliteit <nieuws.privacymobiliteit.example>",
             "List-Unsubscribe: <https://privacymobiliteit.example/afmelden?u=5521>",
             "Precedence: bulk"])

add("nl-51", "Mail Delivery System <mailer-daemon@mx.kpnmail.example>", "Onbestelbaar: Uw verzoek",
    "", IGN("bounce", "mailer-daemon@mx.kpnmail.example"), dsn=True)

add("nl-52", "Klantenservice Stadsbeheer <noreply@stadsbeheer-amersfoort.example>", "Uw melding is ontvangen (zaaknummer Z-2026-88213)",
    "Geachte heer/mevrouw,\n\n"
    "Wij hebben uw bericht goed ontvangen en geregistreerd onder zaaknummer Z-2026-88213. U ontvangt binnen "
    "10 werkdagen een reactie. Dit is een automatisch gegenereerd bericht, u kunt hierop niet reageren.\n\n"
    "Gemeente Amersfoort - Stadsbeheer\n",
    IGN("auto_reply", "noreply@stadsbeheer-amersfoort.example"),
    headers=["Auto-Submitted: auto-generated"])
