# Dutch messages of development set 2.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("nl-01-inzage-formeel", "Mr. drs. Willemijn de Graaf <w.degraaf@degraaf-advies.example>", "Inzageverzoek ex artikel 15 AVG",
    """Geachte heer/mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de Algemene verordening gegevensbescherming
(AVG), mij een overzicht en een kopie te verstrekken van alle persoonsgegevens die u van mij
verwerkt in verband met mijn gebruik van Acme Match, inclusief:

- profielgegevens en foto's;
- berichten en "likes";
- eventuele scores of labels die uw systemen aan mijn profiel hebben toegekend;
- de ontvangers aan wie u mijn gegevens heeft verstrekt.

Ik verzoek u binnen de wettelijke termijn van een maand te reageren.

Met vriendelijke groet,

Willemijn de Graaf
Keizersgracht 221
1016 DV Amsterdam""",
    R(["Access"], "w.degraaf@degraaf-advies.example", "Willemijn", "de Graaf"))

add("nl-02-weg-ermee", "Sven Bakker <svenbakker@ziggo-mail.example>", "account opheffen",
    """Hoi,

Graag mijn acme play account helemaal verwijderen, inclusief alles wat jullie van me
opgeslagen hebben. Ik heb het abonnement al opgezegd maar het account staat er nog.

Groetjes Sven""",
    R(["Erasure"], "svenbakker@ziggo-mail.example", "Sven", "Bakker"))

add("nl-03-geen-catalogus", "Truus Hoekstra <truus.hoekstra@kpn-mail.example>", "Geen folders meer a.u.b.",
    """Beste mensen,

Ik krijg elke maand een dikke catalogus van Acme Style in de bus, terwijl ik maar één keer
iets heb besteld (een sjaal voor mijn kleindochter). Ik wil dat niet meer ontvangen. Ook geen
e-mails. Wilt u mijn adres uit uw reclamebestand halen?

Met vriendelijke groet,
T. Hoekstra
Dorpsstraat 4, 8401 AB Gorredijk""",
    R(["Opposition"], "truus.hoekstra@kpn-mail.example", "Truus", "Hoekstra"))

add("nl-04-tussenvoegsel", "Jeroen van der Berg <jeroen.vanderberg@mail.example>", "Naam verkeerd gespeld",
    """Goedemiddag,

In mijn Style Club-account en op alle post staat mijn naam als "J. Vanderberg". Dat moet zijn
"J. van der Berg", los geschreven, met kleine letters. Klinkt als een detail, maar de bezorger
kon mijn pakje niet afleveren omdat de naam niet op de bel stond zoals bij jullie.

Wilt u dit aanpassen?

Jeroen van der Berg""",
    R(["Rectification"], "jeroen.vanderberg@mail.example", "Jeroen", "van der Berg"))

add("nl-05-profiel-meenemen", "Noor El Amrani <noor.elamrani@mail.example>", "Mijn profiel meenemen naar een andere app",
    """Hallo,

Ik stop met Acme Match en ga over naar een andere dating-app. Kan ik mijn profiel (teksten,
antwoorden op de vragenlijst, foto's) van jullie krijgen in een standaard formaat, zodat ik het
daar kan importeren? Ik heb gelezen dat dat een recht is onder de AVG (dataportabiliteit).

Groet,
Noor""",
    R(["Portability"], "noor.elamrani@mail.example", "Noor", "El Amrani"))

add("nl-06-account-delen", "Daan Smit <daan.smit@mail.example>", "Account geblokkeerd wegens 'delen'",
    """Hallo,

Mijn Acme Play-account is geblokkeerd met de melding "We hebben vastgesteld dat dit account
buiten je huishouden wordt gedeeld". Klopt niet: ik ben student en kijk soms op mijn kamer in
Groningen en in het weekend bij mijn ouders in Zwolle. Dat is automatisch door jullie systeem
besloten op basis van IP-adressen, neem ik aan.

Ik wil dat een medewerker dit bekijkt en dat ik uitleg krijg hoe die beslissing tot stand kwam.
Ik betaal gewoon netjes elke maand.

Daan Smit""",
    R(["AutomatedDecision"], "daan.smit@mail.example", "Daan", "Smit"))

add("nl-07-bewaartermijn", "Femke Jansen <femke.jansen@mail.example>", "Vraag over bewaren van gegevens",
    """Hallo,

Ik overweeg mijn Acme Play-abonnement op te zeggen. Hoe lang bewaren jullie daarna nog mijn
gegevens (kijkgeschiedenis, betaalgegevens)? En verkopen jullie gegevens door aan andere
bedrijven? Ik kon het niet goed terugvinden in de privacyverklaring.

Alvast bedankt,
Femke""",
    R(["Information"], "femke.jansen@mail.example", "Femke", "Jansen"))

add("nl-08-klacht-ap-beperking", "Ruud Verhoeven <ruud.verhoeven@mail.example>", "Beperking verwerking in afwachting van klacht",
    """Geachte privacy-afdeling,

Ik heb eerder bezwaar gemaakt tegen het gebruik van mijn aankoopgeschiedenis voor
gepersonaliseerde aanbiedingen. Uw reactie vond ik onvoldoende en ik heb inmiddels een klacht
ingediend bij de Autoriteit Persoonsgegevens.

Zolang die klacht loopt, verzoek ik u de verwerking van mijn gegevens te beperken: niet
verwijderen (ik heb ze nodig als bewijs), maar ook niet meer gebruiken voor wat dan ook, behalve
bewaren.

Hoogachtend,
R.J. Verhoeven""",
    R(["Restriction"], "ruud.verhoeven@mail.example", "Ruud", "Verhoeven"))

add("nl-09-bewindvoerder", "Bewindvoering Noord <info@bewindvoeringnoord.example>", "Cliënt: dhr. K. Mulder - verzoek om gegevens",
    """Geachte heer/mevrouw,

Wij zijn door de kantonrechter benoemd tot beschermingsbewindvoerder van de heer Kees Mulder,
geboren 12-06-1979 (beschikking bijgevoegd). In het kader van de schuldenregeling willen wij
inzicht in welke persoonsgegevens u van de heer Mulder verwerkt, met name bestellingen,
betalingsachterstanden en eventuele overdracht aan incassobureaus.

Wilt u ons een kopie van deze gegevens toesturen?

Met vriendelijke groet,
Anouk Dijkstra
Bewindvoerder
Bewindvoering Noord B.V.
050-1234567""",
    R(["Access"], "info@bewindvoeringnoord.example", "Kees", "Mulder", representative="Anouk Dijkstra"))

add("nl-10-dochter-14", "Familie Visser <visser.thuis@mail.example>", "Account van onze dochter (14)",
    """Goedenavond,

Onze dochter Lotte (14 jaar) heeft zonder ons te vragen een Style Club-account aangemaakt om
kortingspunten te sparen. Wij willen graag weten welke gegevens jullie van haar hebben verzameld
(ze heeft ook haar telefoonnummer en verjaardag ingevuld, zegt ze) en daarna willen we dat het
account wordt verwijderd.

Reageer a.u.b. naar mijn eigen adres.

Met vriendelijke groet,
Marieke Visser""",
    R(["Access", "Erasure"], "marieke.visser@mail.example", "Lotte", "Visser", representative="Marieke Visser"),
    headers=["Reply-To: Marieke Visser <marieke.visser@mail.example>"])

add("nl-11-ideal", "Bram Peters <bram.peters@mail.example>", "Betaling mislukt maar wel afgeschreven",
    """Hallo, ik heb gisteren een bestelling geplaatst en via iDEAL betaald. Jullie site zei
"betaling mislukt" maar het geld (64,95) is wel van mijn rekening af. Nu heb ik geen bestelling
en geen geld. Wat nu?

Bram""",
    R(["Unknown"], "bram.peters@mail.example", "Bram", "Peters"))

add("nl-12-typo", "kim.dewit@mail.example", "gegevens",
    """hoi wil graag wete welke gegevens jullie allemaal van mij hebben opgeslagen van acme style en
de app. kunnen jullie dat mailen
kim de wit""",
    R(["Access"], "kim.dewit@mail.example", "Kim", "de Wit"))

add("nl-13-lang-verhaal", "Iris Mertens <iris.mertens@mail.example>", "Heel vervelende ervaring met jullie app",
    """Beste,

Ik wil even mijn verhaal kwijt. Ik zit sinds maart op Acme Match. In september kreeg ik een
match met iemand die in het begin heel aardig leek. Na twee dates voelde het niet goed en heb ik
het uitgemaakt. Sindsdien maakt hij steeds nieuwe profielen aan om mij berichten te sturen,
ik heb hem al vijf keer gerapporteerd en jullie doen niks behalve "bedankt voor je melding".

Hij weet ook waar ik werk omdat dat in mijn profiel stond. Ik heb aangifte gedaan bij de politie.

Ik ben er klaar mee. Haal mijn profiel, mijn foto's, mijn berichten, alles, weg uit jullie
systemen. Ik wil niet dat er nog iets van mij op jullie platform te vinden is.

En doe alsjeblieft iets aan die man.

Iris Mertens""",
    R(["Erasure"], "iris.mertens@mail.example", "Iris", "Mertens"))

add("nl-14-cookies", "Thijs Vos <thijs.vos@mail.example>", "Toestemming intrekken",
    """Hallo,

Ik heb ooit op "alles accepteren" geklikt op jullie webwinkel. Ik trek hierbij mijn toestemming in
voor alle tracking- en advertentiecookies en voor het gebruik van mijn surfgedrag voor
advertenties op andere sites. Zet dat alsjeblieft uit voor mijn account.

Thijs""",
    R(["Opposition"], "thijs.vos@mail.example", "Thijs", "Vos"))

add("nl-15-nieuw-mailadres", "Esther Kramer <esther.kramer@nieuwmail.example>", "Nieuw e-mailadres + overzicht",
    """Goedemorgen,

Mijn oude e-mailadres (esther.k@oudmail.example) gebruik ik niet meer. Wilt u in mijn
klantaccount het nieuwe adres (dit adres) zetten? Ik kan zelf niet meer inloggen omdat de
verificatiecode naar het oude adres gaat.

Tegelijk zou ik graag een overzicht ontvangen van de gegevens die u van mij heeft, want ik weet
eerlijk gezegd niet meer wat ik allemaal heb ingevuld.

Met vriendelijke groet,
Esther Kramer""",
    R(["Rectification", "Access"], "esther.kramer@nieuwmail.example", "Esther", "Kramer"))

add("nl-16-ai-matches", "Wouter Brouwer <wouter.brouwer@mail.example>", "Hoe bepalen jullie wie ik te zien krijg?",
    """Hoi,

Ik ben gewoon nieuwsgierig: gebruiken jullie een algoritme of AI om te bepalen welke profielen
ik te zien krijg op Acme Match? Zo ja, op basis van welke gegevens? Leeftijd, afstand,
hoe vaak ik swipe? Ik heb er geen probleem mee hoor, ik wil het alleen snappen.

Wouter""",
    R(["Information"], "wouter.brouwer@mail.example", "Wouter", "Brouwer"))

add("nl-17-verhuisd", "Sanne de Jong <sanne.dejong@mail.example>", "Verhuisd naar het buitenland",
    """Hallo, ik ben naar Canada verhuisd en zal niet meer bij jullie bestellen. Willen jullie mijn
Style Club-kaart en mijn klantgegevens wissen? Punten mogen vervallen.
Dank je wel, Sanne de Jong""",
    R(["Erasure"], "sanne.dejong@mail.example", "Sanne", "de Jong"))

add("nl-18-partners", "Maarten Hendriks <maarten.hendriks@mail.example>", "Geen gegevens delen met partners",
    """Geachte heer, mevrouw,

In uw privacyverklaring lees ik dat u gegevens van Style Club-leden deelt met "zorgvuldig
geselecteerde partners" voor hun eigen aanbiedingen. Daar maak ik bezwaar tegen. Ik wil lid
blijven, maar mijn gegevens mogen niet naar derden.

M. Hendriks""",
    R(["Opposition"], "maarten.hendriks@mail.example", "Maarten", "Hendriks"))

add("nl-19-collega-doorgestuurd", "Lisa Timmermans <lisa.timmermans@acme-corp.example>", "Fwd: opvragen gegevens",
    """Hoi privacyteam, deze kwam binnen bij klantenservice NL. Kunnen jullie dit oppakken?
Groet, Lisa

---------- Doorgestuurd bericht ---------
Van: Henk Bosman <h.bosman@mail.example>
Datum: zo 15 nov. 2026 om 21:40
Onderwerp: opvragen gegevens
Aan: klantenservice@acme-corp.example

Goedenavond, ik wil graag een kopie van al mijn persoonsgegevens die bij Acme Play bekend zijn,
inclusief wat ik allemaal heb gekeken. Met vriendelijke groet, Henk Bosman""",
    R(["Access"], "h.bosman@mail.example", "Henk", "Bosman"))

add("nl-20-ruilen", "Yvonne Kuipers <yvonne.kuipers@mail.example>", "broek te klein",
    """Goedemiddag, de broek die ik bestelde (maat 40) valt veel te klein. Kan ik die ruilen voor een 42
of moet ik hem retourneren en opnieuw bestellen? Mvg Yvonne Kuipers""",
    R(["Unknown"], "yvonne.kuipers@mail.example", "Yvonne", "Kuipers"))

add("nl-21-task-verwerkersovereenkomst", "Pieter Willems <pieter.willems@acme-corp.example>", "Verwerkersovereenkomst MailFlow",
    """Hoi,

We stappen in het voorjaar over op MailFlow voor onze e-mailcampagnes (Acme Style en Style Club).
Zij hebben hun standaard verwerkersovereenkomst gestuurd. Kunnen jullie die doorlopen en aangeven
of we die zo kunnen tekenen? Ik heb hem in SharePoint gezet onder Inkoop > MailFlow.

Dank!
Pieter Willems
Marketing Operations""",
    TASK("pieter.willems@acme-corp.example", "Pieter", "Willems"))

add("nl-22-task-lookalike", "Rosa van Leeuwen <rosa.vanleeuwen@acme-corp.example>", "Mag dit? Lookalike audiences",
    """Hallo privacy,

Ons social-media bureau stelt voor om gehashte e-mailadressen van onze beste Style Club-klanten
te uploaden naar Meta om zogenaamde lookalike audiences te maken. Mag dat zomaar? Wat moeten we
regelen (toestemming, privacyverklaring)? Graag jullie advies voor het overleg van donderdag.

Rosa van Leeuwen
Performance Marketeer""",
    TASK("rosa.vanleeuwen@acme-corp.example", "Rosa", "van Leeuwen"))

add("nl-23-task-dpia-winkelapp", "Koen Maes <koen.maes@acme-corp.example>", "DPIA nodig voor beacons in winkels?",
    """Hey,

Voor de pop-up stores in Amsterdam en Antwerpen willen we bluetooth-beacons plaatsen die met
de Style Club-app communiceren (melding met aanbieding als je langs een rek loopt). Moeten we
hier een DPIA voor doen? Zo ja, kunnen jullie die opstarten? Livegang gepland in maart.

Koen Maes
Retail Innovation""",
    TASK("koen.maes@acme-corp.example", "Koen", "Maes"))

add("nl-24-task-bewaartermijnen", "Ingrid Smeets <ingrid.smeets@acme-corp.example>", "bewaartermijnen facturen en klantdossiers",
    """Goedemorgen,

Bij finance zijn we het archief aan het opschonen. Kunnen jullie ons een overzicht geven van de
bewaartermijnen die we moeten hanteren voor klantfacturen, retourdossiers en
incassocorrespondentie? Dan kunnen we het verwijderschema instellen.

Ingrid Smeets
Finance Controller""",
    TASK("ingrid.smeets@acme-corp.example", "Ingrid", "Smeets"))

add("nl-25-inc-usb-trein", "Mohamed Bouzid <mohamed.bouzid@acme-corp.example>", "USB-stick kwijt",
    """Hoi,

Ik ben vanochtend in de trein van Utrecht naar Amsterdam een USB-stick verloren (denk ik,
hij zat in mijn jaszak en nu is hij weg). Daar stond een export op van retourzendingen van
oktober, met namen, adressen en bestelnummers van klanten, voor de analyse die ik thuis wilde
afmaken. Niet versleuteld. Ik heb bij NS gevonden voorwerpen gemeld.

Mohamed Bouzid
Data-analist Logistiek""",
    INC("mohamed.bouzid@acme-corp.example", "Mohamed", "Bouzid"))

add("nl-26-inc-brief-verkeerd", "Gerda Post <gerda.post@mail.example>", "Brief ontvangen die niet voor mij is",
    """Geachte heer/mevrouw,

Vandaag ontving ik een brief van Acme Style over een openstaande betaling. De envelop was aan
mij geadresseerd, maar de brief zelf gaat over een andere klant: een meneer in Enschede, met zijn
geboortedatum, bestellingen en het bedrag dat hij nog moet betalen. Ik vind dit geen prettig idee,
stel dat mijn gegevens ook bij iemand anders terecht zijn gekomen.

Wat moet ik met de brief doen?

Gerda Post""",
    INC("gerda.post@mail.example", "Gerda", "Post"))

add("nl-27-inc-onderzoeker", "Niels Hofman <niels@hofman-security.example>", "Responsible disclosure: open API endpoint Acme Match",
    """Hallo,

Ik ben security-onderzoeker. Bij het testen van de Acme Match-app viel me op dat het endpoint
/api/v2/profiles/{id}/details zonder authenticatie de volledige profielgegevens teruggeeft,
inclusief e-mailadres, geboortedatum en de exacte coördinaten van de laatste locatie, door
simpelweg het id op te hogen.

Ik heb maar drie records opgevraagd om het te bevestigen en die gegevens verwijderd. Ik meld dit
volgens de principes van responsible disclosure en hoor graag van jullie.

Niels Hofman
Hofman Security""",
    INC("niels@hofman-security.example", "Niels", "Hofman"))

add("nl-28-fu-herinnering", "Joyce van Dam <joyce.vandam@mail.example>", "Re: [DSR-61934] Bevestiging van uw verzoek",
    """Hallo,

Herinnering: ik heb nog steeds niets ontvangen. Kunt u aangeven wanneer ik een antwoord mag
verwachten?

Groet, Joyce van Dam

Op 1 okt. 2026 schreef Acme Privacy:
> Wij hebben uw verzoek ontvangen onder nummer DSR-61934.""",
    FU("61934", "joyce.vandam@mail.example", "Joyce", "van Dam"))

add("nl-29-fu-degraaf", "Mr. drs. Willemijn de Graaf <w.degraaf@degraaf-advies.example>", "Re: Inzageverzoek ex artikel 15 AVG",
    """Geachte heer/mevrouw,

Graag vul ik mijn verzoek van vorige week aan: ik wil ook weten op welke datum mijn account
is aangemaakt en vanaf welke IP-adressen is ingelogd. Een ontvangstbevestiging heb ik overigens
nog niet ontvangen.

Met vriendelijke groet,
Willemijn de Graaf""",
    FU(ref("nl-01-inzage-formeel"), "w.degraaf@degraaf-advies.example", "Willemijn", "de Graaf"),
    headers=irt("nl-01-inzage-formeel"))

add("nl-30-fu-id", "Ahmed Yilmaz <ahmed.yilmaz@mail.example>", "RE: [DSR-58802] Aanvullende informatie nodig",
    """Beste,

Hierbij een kopie van mijn rijbewijs (BSN en foto afgeschermd, zoals de Rijksoverheid
adviseert). Ik hoop dat het verzoek nu verder kan.

Ahmed Yilmaz""",
    FU("58802", "ahmed.yilmaz@mail.example", "Ahmed", "Yilmaz"))

add("nl-31-spam-crypto", "Vincent - CryptoWinst <vincent@cryptowinst-nl.example>", "Verdien €3.500 per week vanuit huis",
    """Beste ondernemer,

Onze slimme trading-bot heeft al 12.000 Nederlanders rijk gemaakt. Investeer vandaag €250 en
zie je vermogen groeien. Geen risico!

Klik hier: http://cryptowinst-nl.example/start

Wil je geen berichten meer? Stuur STOP en we verwijderen je gegevens direct.""",
    IGN("spam", "vincent@cryptowinst-nl.example"),
    headers=SPAM_HDR)

add("nl-32-spam-factuur", "Debiteurenadministratie <facturen@incasso-direct.example>", "Openstaande factuur 2026-8812 - laatste herinnering",
    """Geachte relatie,

Ondanks eerdere herinneringen hebben wij de betaling van factuur 2026-8812 (€ 1.249,00) nog
niet ontvangen. Download de factuur via onderstaande link en voldoe het bedrag binnen 48 uur
om incassokosten te voorkomen.

http://incasso-direct.example/factuur/2026-8812.zip

Debiteurenadministratie""",
    IGN("spam", "facturen@incasso-direct.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="incasso-direct.example")])

add("nl-33-afwezig", "Marloes Kok <m.kok@kokadvocaten.example>", "Afwezig: Uw verzoek",
    """Ik ben afwezig tot en met vrijdag 20 november. Uw e-mail wordt niet doorgestuurd.
Voor dringende zaken kunt u bellen met 020-5551234.

Met vriendelijke groet,
Marloes Kok""",
    IGN("auto_reply", "m.kok@kokadvocaten.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-34-nieuwsbrief", "Privacy Vakblad <nieuws@privacyvakblad.example>", "Nieuwsbrief: AP publiceert richtsnoeren datingapps",
    """PRIVACY VAKBLAD - NIEUWSBRIEF WEEK 47

- AP publiceert richtsnoeren voor datingapps en bijzondere persoonsgegevens
- Uitspraak rechtbank: loyaliteitsprogramma mocht klantprofielen niet combineren
- Vacatures: Privacy Officer (m/v/x) bij diverse organisaties

Afmelden voor deze nieuwsbrief: https://privacyvakblad.example/afmelden""",
    IGN("bulk", "nieuws@privacyvakblad.example"),
    headers=["List-Id: <nieuwsbrief.privacyvakblad.example>",
             "List-Unsubscribe: <mailto:afmelden@privacyvakblad.example>"])
