from common import *  # part nl: written blind

# ---------------------------------------------------------------- requests
add("nl-01-wat-weten-jullie", "Daan Visser <daan.visser@kpn.example>", "vraagje",
    "Wat hebben jullie eigenlijk allemaal over mij opgeslagen? Daan\n",
    R(["Access"], "daan.visser@kpn.example", "Daan", "Visser"))

add("nl-02-alumni-bedelbrieven-typo", "Marloes Hendriks <marloes.hendriks@hotmail.example>", "alumni",
    """hoi
ik krijg nog steeds dat alumnimagazine en om de paar weken een bedelbrief vn het fonds ik ben 12 jaar geleden afgestudeert en heb er nooit om gevraagd wil dat echt niet meer ontvangen haal me van al die lijsten af aub
marloes
""",
    R(["Opposition"], "marloes.hendriks@hotmail.example", "Marloes", "Hendriks"))

add("nl-03-caps-account-opheffen", "Gerard Koopman <g.koopman@planet.example>", "ACCOUNT OPHEFFEN!!!",
    """IK HEB NU AL DRIE KEER AAN DE TELEFOON GEVRAAGD OM MIJN MEDIPOST ACCOUNT TE SLUITEN EN ER GEBEURT NIKS.
VERWIJDER ALLES WAT JULLIE VAN MIJ HEBBEN, OOK DAT MEDICIJNENOVERZICHT.
IK WIL NIETS MEER MET JULLIE TE MAKEN HEBBEN.

G. KOOPMAN
""",
    R(["Erasure"], "g.koopman@planet.example", "Gerard", "Koopman"))

add("nl-04-huurdossier-inspectie", "Sanne van der Meulen <sanne.vdmeulen@student.example>",
    "Huurdossier en foto's kamerinspectie",
    """Beste mensen,

Ik woon sinds september 2024 in het studentencomplex aan de Kastanjelaan (kamer 3.14) en ik moet echt even mijn verhaal kwijt, want ik word van het kastje naar de muur gestuurd.

Half oktober was er een zogenaamde brandveiligheidscontrole. Niemand had mij laten weten dat die eraan kwam. Toen ik terugkwam van college stond mijn kamerdeur open en lag er een briefje op mijn bureau dat mijn kamer "onvoldoende opgeruimd" was en dat er foto's waren gemaakt "ter documentatie". Twee weken later kreeg ik een boete van 75 euro die van mijn borg wordt afgehaald. Ik heb drie keer gemaild met het huisvestingsbureau, één keer gebeld (veertig minuten in de wacht!) en niemand kan me vertellen wie die foto's gemaakt heeft of waar ze nu staan.

Ondertussen heeft de huismeester in de groepsapp van onze gang geschreven dat "sommige mensen hun zooi maar eens moeten opruimen", en iedereen wist over wie dat ging. Ik vind dat echt niet oké en ik heb me daar behoorlijk rot door gevoeld.

Daarom wil ik nu graag alles toegestuurd krijgen wat er in mijn huurdossier zit: de inspectierapporten, die foto's, de interne mails over mij en de notities van de huismeester. Dan kan ik tenminste zien waar die boete op gebaseerd is.

De boete zelf ga ik apart aanvechten bij de huurcommissie, daar hoeven jullie dus niet op te reageren.

Met vriendelijke groet,
Sanne van der Meulen
Kastanjelaan 22, kamer 3.14
""",
    R(["Access"], "sanne.vdmeulen@student.example", "Sanne", "van der Meulen"))

add("nl-05-formeel-art15-art20-hoortoestel", "Willem Brouwer <wj.brouwer@brouwer-advies.example>",
    "Verzoek ex artikel 15 en 20 AVG - MediPost Hoorcentra",
    """Geachte heer, mevrouw,

Onder verwijzing naar de artikelen 15 en 20 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u het volgende.

1. Mij mede te delen welke persoonsgegevens MediPost Hoorcentra over mij verwerkt en mij daarvan een afschrift te verstrekken, waaronder de audiogrammen en de instellingen van mijn hoortoestellen die sinds 2021 in uw vestiging Amersfoort zijn vastgelegd.
2. De meetgegevens en fittingprofielen van mijn hoortoestellen in een gangbaar, machineleesbaar formaat (bijvoorbeeld een NOAH-export) rechtstreeks over te dragen aan mijn nieuwe audicien, Hoorzorg Van Dam te Leusden (info@hoorzorgvandam.example).

Ik verzoek u binnen de wettelijke termijn van één maand op dit verzoek te reageren.

Hoogachtend,

ir. W.J. (Willem) Brouwer
Klantnummer HC-0072291
""",
    R(["Access", "Portability"], "wj.brouwer@brouwer-advies.example", "Willem", "Brouwer"))

add("nl-06-vlaams-naam-adres", "Lotte Vandenbroucke <lotte.vandenbroucke@telenet.example>", "Aanpassing gegevens alumni",
    """Dag,

Ik ben alumna van jullie masteropleiding (2019) en krijg af en toe post van de alumnivereniging. Die post komt echter nog altijd toe op mijn oude adres in Kortrijk, en bovendien staat mijn familienaam fout: "Van den Broucke" in plaats van "Vandenbroucke" (aaneen geschreven).

Gelieve mijn gegevens als volgt aan te passen:
- familienaam: Vandenbroucke
- adres: Sint-Pietersnieuwstraat 118 bus 3, 9000 Gent
- gsm: 0478 12 34 56

Alvast bedankt!
Lotte
""",
    R(["Rectification"], "lotte.vandenbroucke@telenet.example", "Lotte", "Vandenbroucke"))

add("nl-07-html-smsjes-stoppen", "Kevin Jansen <kevinjansen@ziggo.example>", "die sms'jes",
    html("Hallo,",
         "Elke week krijg ik twee of drie sms'jes van MediPost met 'toppers van de week' voor vitamines en zelftests. "
         "Ik heb ooit één keer hooikoortstabletten bij jullie besteld, dat was het.",
         "Ik wil <b>geen enkele reclame</b> meer van jullie: niet via sms, niet per mail en ook niet via WhatsApp. "
         "Mijn nummer is 06-12345678.",
         "Groeten,<br>Kevin Jansen"),
    R(["Opposition"], "kevinjansen@ziggo.example", "Kevin", "Jansen"), ct=HTML)

add("nl-08-latin1-bewaartermijn-studie", "Noor Bakker <noor.bakker@student.example>", "Bewaartermijn studiegegevens",
    """Geachte heer/mevrouw,

Ik studeer volgend jaar af en vroeg me af wat er daarna met mijn gegevens gebeurt. Hoe lang worden mijn cijfers, mijn scriptie en de beoordelingen van de examinatoren bewaard? En worden mijn gegevens na het afstuderen doorgegeven aan de alumnivereniging, aan DUO of aan andere organisaties? Voor zover ik weet heb ik daar nooit één keer toestemming voor gegeven, maar misschien is dat niet nodig.

Ik hoef geen kopie van mijn dossier, alleen uitleg over hoe het geregeld is. Ik ben geïnteresseerd, niet boos ;-)

Met vriendelijke groet,
Noor Bakker
studentnummer 2081734
""",
    R(["Information"], "noor.bakker@student.example", "Noor", "Bakker"), ct=LATIN1, encode="latin-1")

add("nl-09-moeder-voor-zoon-overzicht", "Monique de Boer <m.deboer@kpn.example>", "Gegevens van mijn zoon Thijs",
    """Goedemiddag,

Mijn zoon Thijs de Boer (19) staat sinds de zomer ingeschreven voor een kamer bij uw studentenhuisvesting. Hij zit midden in zijn tentamens, daarom schrijf ik namens hem; hij heeft mij daarvoor gemachtigd (machtiging en kopie van zijn ID zitten in de bijlage).

Kunt u ons een overzicht sturen van alle persoonsgegevens die u van Thijs in uw systemen heeft staan, inclusief wat hij bij de inschrijving heeft ingevuld en wat er daarna is toegevoegd?

Met vriendelijke groet,
Monique de Boer
(moeder van Thijs)
""",
    R(["Access"], "m.deboer@kpn.example", "Thijs", "de Boer", representative="Monique de Boer"))

add("nl-10-erfgenaam-account-vader", "Ingrid Mulder <ingrid.mulder@xs4all.example>", "Overleden klant - account van mijn vader",
    """Geachte MediPost,

Mijn vader, Johan Mulder (geb. 12-08-1940), is op 2 oktober overleden. Hij bestelde via uw webshop zijn bloeddrukmedicatie en had ook hoortoestellen van uw winkel in Zwolle.

Sinds zijn overlijden komen er nog steeds herinneringen binnen om zijn herhaalrecept te bestellen, en vorige week zelfs een uitnodiging voor een gratis hoortest. Dat is voor mijn moeder erg pijnlijk.

Als erfgenaam en executeur verzoek ik u zijn klantaccount op te heffen en zijn gegevens uit uw systemen te wissen, voor zover u die niet wettelijk moet bewaren. Een kopie van de akte van overlijden en de verklaring van erfrecht stuur ik u graag toe.

Met vriendelijke groet,
Ingrid Mulder
""",
    R(["Erasure"], "ingrid.mulder@xs4all.example", "Johan", "Mulder", representative="Ingrid Mulder"))

add("nl-11-afwijzing-studio-automatisch", "Fatima El Amrani <f.elamrani@gmail.example>", "Afwijzing studio binnen 3 minuten??",
    """Hallo,

Gisteren heb ik via het huisvestingsportaal een aanvraag gedaan voor een studio in complex De Uithof. Binnen drie minuten kreeg ik een afwijzing: "U voldoet niet aan de toewijzingscriteria." Daar heeft dus overduidelijk geen mens naar gekeken.

Ik ben internationaal masterstudent met een beurs en heb alle documenten aangeleverd. Ik ben het niet eens met deze automatische beslissing en wil dat een medewerker mijn aanvraag zelf opnieuw beoordeelt. Ook wil ik graag begrijpen welke criteria het systeem heeft toegepast.

Met vriendelijke groet,
Fatima El Amrani
""",
    R(["AutomatedDecision"], "f.elamrani@gmail.example", "Fatima", "El Amrani"))

add("nl-12-betwiste-factuur-on-hold", "Erik van Dijk <erik.vandijk@hetnet.example>",
    "Onterechte vordering hoortoestel - gegevens niet doorgeven",
    """Goedendag,

Ik krijg aanmaningen voor een factuur van € 1.240 voor een hoortoestel dat ik in juni binnen de proefperiode heb teruggebracht naar uw filiaal in Breda. Ik heb daar gewoon een retourbewijs van.

Nu dreigen jullie de zaak over te dragen aan een incassobureau. Ik betwist deze vordering. Zolang dit niet is uitgezocht wil ik dat jullie mijn gegevens voor deze vordering niet verder gebruiken en ze zeker niet doorgeven aan een incassobureau of het BKR. Zet mijn dossier maar "on hold" tot het rechtgezet is.

Retourbewijs nr. BR-22871 zit in de bijlage.

Erik van Dijk
""",
    R(["Restriction"], "erik.vandijk@hetnet.example", "Erik", "van Dijk"))

add("nl-13-na-mijn-overlijden", "Aleida Postma-de Jong <aleida.postma@planet.example>", "Mijn gegevens als ik er niet meer ben",
    """Geachte heer, mevrouw,

Ik ben 83 en ben bezig mijn zaken op orde te brengen. Ik ben al jaren klant bij uw hoorwinkel in Leeuwarden en bestel mijn medicijnen via MediPost.

Wat gebeurt er met al mijn gegevens als ik er straks niet meer ben? Ik zou willen vastleggen dat mijn dochter Geeske na mijn overlijden mijn medische gegevens mag inzien en dat daarna alles wordt gewist. Kan ik dat bij u regelen, en zo ja, hoe?

Met hartelijke groet,
mevr. A. Postma-de Jong
""",
    R(["AdvanceDirectives"], "aleida.postma@planet.example", "Aleida", "Postma-de Jong"))

add("nl-14-alumnigids-nooit-gestudeerd", "Jeroen Smits <jeroen.smits@online.example>", "Alumnigids??",
    """Goedemiddag,

Vandaag viel er een "Alumnigids 2026" van jullie universiteit bij mij op de mat, op mijn naam. Ik heb nooit bij jullie gestudeerd, alleen in 2009 een keer een open dag bezocht.

Hoe komen jullie aan mijn naam en adres, en van wie hebben jullie die gekregen? Daarna wil ik dat jullie mij volledig uit jullie bestanden schrappen.

J. Smits
""",
    R(["Information", "Erasure"], "jeroen.smits@online.example", "Jeroen", "Smits"))

add("nl-15-bestelling-oordruppels", "Yvonne de Graaf <yvonnedegraaf@kpn.example>", "bestelling 5523918",
    "Hallo, ik heb op 9 november oordruppels en een pak wattenstaafjes besteld (bestelnummer 5523918) maar het is nog steeds "
    "niet bezorgd en de track & trace zegt al een week 'aangemeld'. Kunnen jullie kijken waar het blijft? Groet, Yvonne de Graaf\n",
    R(["Unknown"], "yvonnedegraaf@kpn.example", "Yvonne", "de Graaf"))

add("nl-16-klantenservice-doorgestuurd", "Wendy Kramer <wendy.kramer@acme-corp.example>", "Fwd: account weg",
    """Hoi privacyteam,

Onderstaande mail kwam binnen bij de klantenservice van de webshop. Kunnen jullie dit oppakken? Ik heb de klant al laten weten dat jullie contact opnemen.

Groet,
Wendy Kramer
Klantenservice MediPost
tel. 088 123 4567

---------- Doorgestuurd bericht ---------
Van: Hans Smit <hans.smit@ziggo.example>
Datum: zo 15 nov. 2026 om 21:14
Onderwerp: account weg
Aan: <klantenservice@acme-corp.example>

Goedenavond,

Ik bestel al een tijd niet meer bij jullie. Wil je mijn account en alles wat daarbij hoort (adres, bestellingen, dat gezondheidsvragenlijstje) definitief weghalen? Ik wil niet dat dat ergens blijft rondslingeren.

Hans Smit
""",
    R(["Erasure"], "hans.smit@ziggo.example", "Hans", "Smit"))

add("nl-17-alumnibureau-bijlage", "Peter Willems <peter.willems@acme-corp.example>", "Fwd: Bellen van het alumnifonds", "",
    R(["Access", "Opposition"], "karim.haddou@hotmail.example", "Karim", "Haddou"),
    note="""Privacyteam,

Zie bijgevoegde mail van een oud-student die gisteren binnenkwam op het alumnibureau. Hij wil zijn gegevens zien en niet meer gebeld worden door de studenten van de belactie. Willen jullie dit afhandelen? Ik heb hem van de bellijst voor december gehaald, de rest laat ik aan jullie over.

Met vriendelijke groet,
Peter Willems
Alumnibureau | Relatiebeheer
T +31 30 123 45 67""",
    attached=("Karim Haddou <karim.haddou@hotmail.example>", "Bellen van het alumnifonds",
              """Beste alumnibureau,

Al drie keer deze maand ben ik 's avonds gebeld door een student die geld vraagt voor het universiteitsfonds. Het nummer waarop ze bellen heb ik nooit aan jullie gegeven, het is mijn nieuwe nummer.

Ik wil niet meer gebeld worden. Daarnaast ontvang ik graag een kopie van alle gegevens die het alumnibureau van mij heeft, inclusief waar dat telefoonnummer vandaan komt.

Karim Haddou
BSc Bedrijfskunde 2015
"""))

add("nl-18-familieadres-wachtlijst", "Fam. Bos <gezinbos@kpn.example>", "Inschrijving wachtlijst kamer",
    """Hoi,

Ik stuur dit vanaf het mailadres van mijn ouders omdat mijn studentenmail nog niet werkt, reageer aub naar mijn eigen adres.

Ik stond op de wachtlijst voor een kamer maar heb inmiddels iets gevonden via een particulier. Willen jullie mijn inschrijving intrekken en alles wat ik heb aangeleverd (kopie paspoort, inkomensverklaring van mijn ouders) vernietigen?

Dankjewel!
Eline Bos
""",
    R(["Erasure"], "eline.bos@student.example", "Eline", "Bos"),
    headers=["Reply-To: Eline Bos <eline.bos@student.example>"])

add("nl-19-export-medicatie-naar-andere-apotheek", "r.achterberg@xs4all.example", "export bestelgeschiedenis",
    """Goedemorgen,

Ik stap over naar een andere online apotheek. Kunnen jullie mijn medicatieoverzicht en bestelgeschiedenis van de afgelopen jaren exporteren naar een bestand (csv of iets dergelijks) dat ik daar kan inlezen? Liefst direct doorsturen naar service@apotheekplus.example, anders naar mij.

Bvd,
Ruben Achterberg
""",
    R(["Portability"], "r.achterberg@xs4all.example", "Ruben", "Achterberg"))

add("nl-20-cp1252-aanbevolen-voor-jou", "Hanneke Vos <hanneke.vos@ziggo.example>", "Bezwaar tegen gepersonaliseerde aanbiedingen",
    """Beste MediPost,

In jullie app zie ik steeds „aanbevolen voor jou“-producten die wel heel erg aansluiten op wat ik eerder heb gekocht – zwangerschapstests, foliumzuur, en nu ineens flesvoeding met 15 % korting (€ 4,95 voordeel). Dat voelt behoorlijk ongemakkelijk; ik heb dit nog met bijna niemand gedeeld.

Even voor de duidelijkheid: ik wil mijn account NIET opheffen, ik bestel graag bij jullie. Maar ik maak bezwaar tegen het analyseren van mijn aankopen voor persoonlijke aanbiedingen en reclame. Zet dat alsjeblieft uit voor mijn account.

Groet,
Hanneke Vos
""",
    R(["Opposition"], "hanneke.vos@ziggo.example", "Hanneke", "Vos"), ct=CP1252, encode="cp1252")

add("nl-21-nl-en-camerabeelden", "Ana Lima <ana.lima@mail.example>", "Request / verzoek camerabeelden en gegevens",
    """Hallo,

Sorry, mijn Nederlands is nog niet zo goed, so I'll switch to English halfway. Ik woon sinds februari in het studentenhuis aan de Boslaan.

Last week my bike was stolen from the bike shed and the housing office told me there are cameras there. I would like to receive the footage in which I appear on 10 November between 18:00 and 23:00, and also an overview of all the personal data you keep about me as a tenant. Is that possible?

Dank je wel!
Ana Lima
""",
    R(["Access"], "ana.lima@mail.example", "Ana", "Lima"))

add("nl-22-doorgifte-vs-handtekening", "Marco de Wit <marco.dewit@dewit-logistiek.example>", "Vraag over doorgifte gegevens buiten de EU",
    """Goedemiddag,

Ik ben sinds kort (privé) klant bij MediPost. Bij het bestellen zag ik dat jullie klantenchat op een Amerikaans platform draait. Kunnen jullie mij vertellen of mijn gegevens, inclusief de bestelde medicijnen, naar de Verenigde Staten of andere landen buiten de EU gaan, en zo ja op welke grondslag (standaardcontractbepalingen, Data Privacy Framework)? Ik vraag geen inzage, alleen deze informatie.

Met vriendelijke groet,

Marco de Wit
Manager Operations
De Wit Logistiek B.V. | Havenweg 12 | 3199 LK Rotterdam
T: +31 10 234 56 78 | M: +31 6 98 76 54 32

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht ontvangt, wordt u verzocht de afzender te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.
""",
    R(["Information"], "marco.dewit@dewit-logistiek.example", "Marco", "de Wit"))

add("nl-23-advocaat-namens-student", "mr. Sophie van Leeuwen <svanleeuwen@vanleeuwen-advocaten.example>",
    "Inzageverzoek namens cliënt de heer Y. El Idrissi",
    """Geachte functionaris gegevensbescherming,

Ik sta de heer Youssef El Idrissi, geboren 14 maart 2002, student Technische Bedrijfskunde (studentnummer 1987331), bij in een procedure bij het College van Beroep voor de Examens.

Namens cliënt verzoek ik u op grond van artikel 15 AVG om een volledig overzicht en een afschrift van alle persoonsgegevens die uw instelling over hem verwerkt in verband met de fraudemelding van 23 september jl., waaronder e-mailcorrespondentie tussen examinatoren, aantekeningen van de examencommissie en logbestanden van de digitale toetsomgeving.

Een door cliënt ondertekende volmacht treft u bijgaand aan.

Hoogachtend,

mr. S. (Sophie) van Leeuwen
advocaat
Van Leeuwen Advocaten | Maliesingel 40 | 3581 BK Utrecht
T 030 765 43 21
""",
    R(["Access"], "svanleeuwen@vanleeuwen-advocaten.example", "Youssef", "El Idrissi", representative="Sophie van Leeuwen"))

add("nl-24-mentor-verhuisd-niet-bellen", "Anouk Groen <anouk@groen-mentorschap.example>", "Mevrouw C. van Rijn - adres en telefonische verkoop",
    """Geachte heer/mevrouw,

Ik ben door de kantonrechter benoemd tot mentor en bewindvoerder van mevrouw Cornelia (Corrie) van Rijn, geboren 7 januari 1937. Zij is klant bij uw hoorwinkel in Gouda.

Mevrouw Van Rijn woont sinds september in zorgcentrum De Wingerd, Burgemeester Jamessingel 5, 2803 PV Gouda. Wilt u haar adres in uw administratie wijzigen? De post gaat nu nog naar haar oude woning, die inmiddels verkocht is.

Daarnaast wordt zij regelmatig door uw winkel gebeld met aanbiedingen voor nieuwe hoortoestellen. Door haar dementie begrijpt zij niet goed wat er gevraagd wordt en zegt ze overal ja op. Ik verzoek u per direct te stoppen met deze verkoopgesprekken.

De beschikking van de kantonrechter stuur ik mee.

Met vriendelijke groet,
A. Groen
Groen Mentorschap & Bewind
06-11223344
""",
    R(["Rectification", "Opposition"], "anouk@groen-mentorschap.example", "Cornelia", "van Rijn", representative="Anouk Groen"))

add("nl-25-iphone-oneliner", "Sem Peters <sempeters@gmail.example>", "",
    "Verwijder mijn account aub\n\nVerstuurd vanaf mijn iPhone\n",
    R(["Erasure"], "sempeters@gmail.example", "Sem", "Peters"))

add("nl-26-getrouwd-nieuwe-naam-en-profiel", "Laura Hoekstra <laura.hoekstra@outlook.example>", "naamswijziging + wat staat er in mijn alumniprofiel",
    """Hoi hoi,

Ik ben deze zomer getrouwd en gebruik sindsdien de naam van mijn man: Laura Hoekstra (was Laura Kuipers, Geneeskunde 2014). Kunnen jullie dat aanpassen in het alumnibestand? Mijn mailadres is ook veranderd, dit is het nieuwe.

En nu ik toch mail: ik ben wel benieuwd wat jullie allemaal bijhouden in zo'n alumniprofiel. Willen jullie me dat eens toesturen?

Groetjes,
Laura
""",
    R(["Rectification", "Access"], "laura.hoekstra@outlook.example", "Laura", "Hoekstra"))

add("nl-27-fotos-open-dag-toestemming", "Jesse Meijer <jesse.meijer@student.example>", "foto's open dag",
    """Beste,

In mijn eerste jaar heb ik geholpen op de open dag en toen een formulier getekend dat jullie foto's van mij mochten gebruiken. Nu sta ik levensgroot op de homepage en in de brochure van Psychologie, en ik word daar echt vaak op aangesproken.

Ik trek hierbij mijn toestemming in. Willen jullie de foto's van de site halen, ze niet meer in nieuwe brochures gebruiken en ze ook uit jullie beeldbank wissen?

Mvg,
Jesse Meijer
""",
    R(["Opposition", "Erasure"], "jesse.meijer@student.example", "Jesse", "Meijer"))

add("nl-28-gebel-hoorcentrum-niet-wissen", "Wim Kok <wimkok@home.example>", "BELLEN",
    """Al vier keer deze maand belt uw hoorcentrum in Hengelo mij 's avonds onder het eten om een "gratis controle" in te plannen. Ik heb mijn toestellen pas een jaar.

Ik wil NIET dat u mijn gegevens weggooit, want dan ben ik mijn garantie en nazorg kwijt, maar dat gebel moet ophouden. Geen telefoontjes meer voor reclame of acties. Is dat nou zo moeilijk?

W. Kok
""",
    R(["Opposition"], "wimkok@home.example", "Wim", "Kok"))

add("nl-29-vlaams-cameras-home", "Pieter-Jan Claes <pj.claes@telenet.example>", "Camera's in de gang van het studentenhome",
    """Dag,

Sinds de start van het academiejaar hangen er in de gangen en in de keuken van ons studentenhome camera's. Daar is nooit iets over gecommuniceerd. Mag ik vragen wie die beelden bekijkt, waarvoor ze gebruikt worden en hoe lang ze bijgehouden worden? En hangt er echt één in de keuken, of is dat een dummy?

Alvast bedankt,
Pieter-Jan Claes
kot 2.07
""",
    R(["Information"], "pj.claes@telenet.example", "Pieter-Jan", "Claes"))

add("nl-30-dsar-jargon-android", "Thomas Verbeek <t.verbeek@verbeek-it.example>", "DSAR MediPost klantnr 774-1102-A",
    """Hi,

Bij deze een DSAR o.b.v. art. 15 GDPR voor mijn persoonlijke klantaccount bij MediPost, klantnr. 774-1102-A. Graag een full export incl. logs van klantcontacten, notities van de farmaceutisch consulent en eventuele risicoscores. Termijn: 30 dagen, zoals bekend.

Thx,
Thomas Verbeek

Sent from Outlook for Android
""",
    R(["Access"], "t.verbeek@verbeek-it.example", "Thomas", "Verbeek"))

add("nl-31-niet-toegelaten-paspoort-wissen", "Mehmet Yılmaz <mehmet.yilmaz@mail.example>", "Gegevens van mijn aanmelding",
    """Goedendag,

Ik heb me in het voorjaar aangemeld voor de master Data Science, maar ben niet toegelaten. Ik ga nu ergens anders studeren.

Bij mijn aanmelding heb ik een kopie van mijn paspoort, mijn cijferlijsten en een motivatiebrief geüpload. Ik zie geen reden waarom jullie die nog zouden bewaren, dus graag alles laten verdwijnen, ook mijn account in het aanmeldportaal.

Met vriendelijke groet,
Mehmet Yılmaz
""",
    R(["Erasure"], "mehmet.yilmaz@mail.example", "Mehmet", "Yılmaz"))

# ---------------------------------------------------------------- tasks
add("nl-32-task-verwerkersovereenkomst-sleutels", "Bart Schouten <bart.schouten@acme-corp.example>",
    "Verwerkersovereenkomst digitaal sleutelsysteem studentenhuisvesting",
    """Hoi privacy,

Per 1 januari gaan we over op een nieuw digitaal sleutelsysteem voor alle studentencomplexen (leverancier: LockNet B.V.). Studenten openen hun deur met een app, dus LockNet slaat op wie wanneer welke deur opent. Inkoop heeft hun standaard verwerkersovereenkomst doorgestuurd (zie bijlage). Kunnen jullie die vóór eind november nog bekijken? Vooral de bewaartermijn van de toegangslogs en de subverwerker in India baren me zorgen.

Groet,
Bart Schouten
Facilitair Bedrijf - Huisvesting
""",
    TASK("bart.schouten@acme-corp.example", "Bart", "Schouten"))

add("nl-33-task-dpia-hoorapp", "Nadia Bouzid <nadia.bouzid@acme-corp.example>", "DPIA nodig? Nieuwe app hoortoestellen",
    """Hi team,

Vanuit MediPost Hoorcentra lanceren we in Q2 een app waarmee klanten hun hoortoestellen op afstand kunnen laten bijstellen. De app gebruikt Bluetooth en locatie (voor automatisch wisselen van programma) en stuurt gebruiksdata naar de fabrikant in Denemarken. Moeten we hiervoor een DPIA doen? Zo ja, kunnen jullie die samen met ons opstarten? Ik plan alvast een kick-off in jullie agenda.

Nadia Bouzid
Product Owner Digital Hearing
""",
    TASK("nadia.bouzid@acme-corp.example", "Nadia", "Bouzid"))

add("nl-34-task-register-alumni-crm", "Joost Mertens <joost.mertens@acme-corp.example>", "Verwerkingsregister: nieuw CRM alumnibureau",
    """Goedemorgen,

Per 1 december stapt het alumnibureau over van ons oude Excel-bestand naar Salesforce. Ik begreep dat het verwerkingsregister dan moet worden bijgewerkt (nieuw systeem, nieuwe ontvanger, andere bewaartermijnen). Kunnen jullie dat meenemen? Ik lever graag aan welke velden we opslaan en wie er toegang toe heeft.

Met vriendelijke groet,
Joost Mertens
Teamleider Alumnirelaties
""",
    TASK("joost.mertens@acme-corp.example", "Joost", "Mertens"))

add("nl-35-task-training-assistenten", "Els Verhoeven <els.verhoeven@acme-corp.example>", "AVG-sessie nieuwe apothekersassistenten",
    """Dag collega's van privacy,

In januari beginnen er twaalf nieuwe apothekersassistenten bij ons distributiecentrum in Venlo. Zouden jullie in hun introductieweek een korte privacysessie kunnen geven (bij voorkeur do 15 of vr 16 januari)? Graag met de focus op het omgaan met medicatiegegevens en het telefonisch verifiëren van klanten.

Groetjes,
Els Verhoeven
HR Business Partner MediPost Logistiek
""",
    TASK("els.verhoeven@acme-corp.example", "Els", "Verhoeven"))

add("nl-36-task-vragenlijst-zorgverzekeraar", "Rik Janssens <rik.janssens@acme-corp.example>",
    "FW: Security & privacy vragenlijst Zorgverzekeraar Zuid",
    """Hoi,

Zorgverzekeraar Zuid wil met ons een contract sluiten voor de levering van hulpmiddelen en heeft een flinke leveranciersvragenlijst gestuurd (87 vragen; het tabblad "Privacy" is voor jullie). Hun deadline is 4 december. Kunnen jullie het privacydeel invullen en naar mij terugsturen?

Thanks!
Rik Janssens
Accountmanager Zorgverzekeraars
""",
    TASK("rik.janssens@acme-corp.example", "Rik", "Janssens"))

# ---------------------------------------------------------------- incidents
add("nl-37-inc-laptop-gestolen", "dr. Hester Koster <hester.koster@acme-corp.example>", "Laptop gestolen uit auto - dringend",
    """Beste privacyteam,

Gisteravond is mijn werklaptop uit mijn auto gestolen bij station Utrecht Centraal. Op de laptop stonden onder meer de tentamencijfers van zo'n 180 studenten van Statistiek 2 en een map met scans van verzoeken om extra tentamentijd, inclusief medische verklaringen. De laptop had een wachtwoord, maar ik weet niet zeker of de schijf versleuteld was.

Aangifte is gedaan (nummer 2026-112233) en de ServiceDesk is op de hoogte. Wat moet ik verder doen?

Met vriendelijke groet,
dr. Hester Koster
Universitair docent Methoden & Statistiek
T 030 253 11 22
""",
    INC("hester.koster@acme-corp.example", "Hester", "Koster"))

add("nl-38-inc-pakket-van-ander", "Dennis Hoogendoorn <dennis.h@ziggo.example>", "Pakket ontvangen met gegevens van iemand anders",
    """Hallo,

Vandaag kreeg ik een pakket van MediPost, terwijl ik niets besteld had. Er zat insuline in en een pakbon op naam van een mevrouw uit Den Bosch, met haar adres, geboortedatum en de medicijnen die ze gebruikt. Op de doos stond wel gewoon mijn adres. Ik heb verder niets aangeraakt.

Hoe willen jullie dat ik het terugstuur? Die mevrouw zit waarschijnlijk op haar insuline te wachten.

Groet,
Dennis Hoogendoorn
""",
    INC("dennis.h@ziggo.example", "Dennis", "Hoogendoorn"))

add("nl-39-inc-phishing-geklikt", "Sven de Groot <sven.degroot@acme-corp.example>", "ik heb op een phishinglink geklikt",
    """hoi, ik baal er enorm van maar ik heb vanochtend op een link geklikt in een mail die van "Microsoft 365" leek te komen en daar mijn wachtwoord ingevuld. Pas daarna zag ik dat het domein niet klopte. Mijn wachtwoord heb ik direct veranderd. Ik heb toegang tot het studentvolgsysteem en tot de gedeelde mailbox van Studentzaken. Moet ik dit nog ergens anders melden? ICT weet het nog niet.

Sven
Studentzaken, frontoffice
""",
    INC("sven.degroot@acme-corp.example", "Sven", "de Groot"))

add("nl-40-inc-alumni-alle-adressen-cc", "Annelies Van Damme <annelies.vandamme@skynet.example>", "Uitnodiging alumnireceptie met iedereen in CC",
    """Goedendag,

Ik kreeg zonet een uitnodiging voor de alumnireceptie in Antwerpen. Alle ontvangers staan zichtbaar in het CC-veld: ik tel er ruim 300, met voor- en achternaam in het adres. Sommigen hebben intussen al op "allen beantwoorden" gedrukt.

Ik denk niet dat dit de bedoeling was en wou het jullie even laten weten. Ik ben zelf niet boos, maar ik kan me voorstellen dat anderen dat wel zijn.

Vriendelijke groeten,
Annelies Van Damme
Master Handelswetenschappen 2011
""",
    INC("annelies.vandamme@skynet.example", "Annelies", "Van Damme"))

add("nl-41-inc-audiogram-verkeerde-klant", "Mirjam Hofman <mirjam.hofman@acme-corp.example>", "Brief met hoortestuitslag naar verkeerde klant",
    """Hallo,

Een klant belde net naar ons filiaal in Apeldoorn: hij heeft een brief ontvangen met de uitslag van de hoortest (audiogram en advies) van een andere klant met dezelfde achternaam. Door een fout bij het samenvoegen in het klantsysteem zijn twee dossiers Jansen aan elkaar gekoppeld. Ik heb hem gevraagd de brief terug te sturen. Ik weet niet hoeveel brieven er nog meer fout zijn gegaan; de batch van vorige week ging naar ongeveer 60 klanten.

Mirjam Hofman
Filiaalmanager MediPost Hoorcentrum Apeldoorn
055 576 00 11
""",
    INC("mirjam.hofman@acme-corp.example", "Mirjam", "Hofman"))

# ---------------------------------------------------------------- follow-ups
add("nl-42-fu-dsr-vijf-weken", "Liesbeth Kramer <liesbeth.kramer@kpn.example>", "Re: [DSR-40213] Uw verzoek om inzage is ontvangen",
    """Geachte heer/mevrouw,

Het is nu ruim vijf weken geleden dat ik onderstaande bevestiging kreeg en ik heb nog steeds niets ontvangen. De wettelijke termijn is een maand. Wanneer kan ik de gegevens verwachten?

Liesbeth Kramer

Op vr 9 okt. 2026 om 10:02 schreef Privacy <privacy@acme-corp.example>:
> Beste mevrouw Kramer,
>
> Wij hebben uw verzoek om inzage in goede orde ontvangen en geregistreerd onder nummer DSR-40213.
> U ontvangt binnen een maand een reactie.
>
> Met vriendelijke groet,
> Team Privacy
""",
    FU("40213", "liesbeth.kramer@kpn.example", "Liesbeth", "Kramer"))

add("nl-43-fu-aanvulling-huurdossier", "Sanne van der Meulen <sanne.vdmeulen@student.example>", "Re: Huurdossier en foto's kamerinspectie",
    """Nog een aanvulling op mijn mail van gisteren: stuur alsjeblieft ook de berichten mee die de huismeester uit onze groepsapp heeft doorgestuurd naar het huisvestingsbureau, als die er zijn.

Sanne
""",
    FU(ref("nl-04-huurdossier-inspectie"), "sanne.vdmeulen@student.example", "Sanne", "van der Meulen"),
    headers=irt("nl-04-huurdossier-inspectie"))

add("nl-44-fu-incassobrief-toch", "Erik van Dijk <erik.vandijk@hetnet.example>", "Re: Onterechte vordering hoortoestel - gegevens niet doorgeven",
    """Vandaag kreeg ik tóch een brief van incassobureau Gerritsen over diezelfde factuur. Hoe kan dat, terwijl ik jullie vorige week heb gevraagd dit stil te zetten? In de bijlage nog de bevestigingsmail van het filiaal over de retour.

E. van Dijk
""",
    FU(ref("nl-12-betwiste-factuur-on-hold"), "erik.vandijk@hetnet.example", "Erik", "van Dijk"),
    headers=irt("nl-12-betwiste-factuur-on-hold"))

add("nl-45-fu-dsr-kopie-id-vlaams", "Koen Verstraete <koen.verstraete@telenet.example>", "RE: [DSR-38861] Bijkomende informatie nodig",
    """Dag,

Zoals gevraagd vindt u in bijlage een kopie van mijn identiteitskaart (foto en rijksregisternummer afgeschermd). Ik hoop dat mijn vraag nu verder behandeld kan worden.

Met vriendelijke groeten,
Koen Verstraete

-----Oorspronkelijk bericht-----
Van: Privacy <privacy@acme-corp.example>
Verzonden: donderdag 12 november 2026 14:31
Aan: koen.verstraete@telenet.example
Onderwerp: [DSR-38861] Bijkomende informatie nodig

Geachte heer Verstraete,

Om uw identiteit te kunnen controleren, vragen wij u een kopie van een geldig identiteitsbewijs te bezorgen.

Met vriendelijke groet,
Team Privacy
""",
    FU("38861", "koen.verstraete@telenet.example", "Koen", "Verstraete"))

# ---------------------------------------------------------------- ignored
add("nl-46-spam-avg-boete", "AVG Compliance Centrum <info@avg-check-nu.example>", "LAATSTE WAARSCHUWING: uw website is niet AVG-proof",
    """Geachte ondernemer,

Uit onze automatische scan blijkt dat acme-corp.example NIET voldoet aan de Algemene Verordening Gegevensbescherming. Boetes kunnen oplopen tot € 20.000.000!

Met ons AVG-Totaalpakket (slechts € 49,- per maand) worden alle persoonsgegevens van uw bezoekers automatisch verwijderd en bent u binnen 24 uur volledig beschermd.

>> Vraag nu uw gratis rapport aan: http://avg-check-nu.example/rapport?id=88123

Reageer binnen 48 uur, anders vervalt uw korting van 70%.

Team AVG Compliance Centrum
Afmelden? Antwoord met STOP.
""",
    IGN("spam", "info@avg-check-nu.example"), headers=SPAM_HDR)

add("nl-47-spam-mailbox-wordt-verwijderd", "IT Servicedesk <servicedesk@acme-corp-support.example>", "Uw mailbox wordt binnen 24 uur verwijderd",
    """Beste gebruiker,

Uw mailbox privacy@acme-corp.example heeft de opslaglimiet bereikt. Alle berichten en persoonlijke gegevens worden binnen 24 uur definitief verwijderd, tenzij u uw account opnieuw verifieert.

Verifiëren: https://acme-corp-support.example/owa/verify?u=privacy

Met vriendelijke groet,
IT Servicedesk
""",
    IGN("spam", "servicedesk@acme-corp-support.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-support.example")])

add("nl-48-spam-erfenis", "Mr. Johnson Okafor <j.okafor.advocaat@freemail.example>", "Vertrouwelijk: nalatenschap van uw familielid",
    """Beste vriend,

Ik ben advocaat van wijlen de heer Peter van Acme, die een bedrag van € 4.500.000 heeft nagelaten zonder erfgenamen. Omdat u dezelfde achternaam heeft, kunnen wij u als begunstigde voordragen. Uw persoonsgegevens worden uiteraard strikt vertrouwelijk behandeld volgens de AVG.

Stuur mij uw volledige naam, adres, telefoonnummer en een kopie van uw paspoort, dan regel ik de rest. 40% voor u, 60% voor mij.

Met vriendelijke groet,
Mr. Johnson Okafor
""",
    IGN("spam", "j.okafor.advocaat@freemail.example"))

add("nl-49-afwezigheid-gemeente", "Jolanda Smeets <jolanda.smeets@gemeente-voorbeeld.example>", "Automatisch antwoord: Overleg gegevensuitwisseling studentenhuisvesting",
    """Dank voor uw bericht. Ik ben afwezig tot en met maandag 23 november en lees mijn mail niet. Voor dringende zaken kunt u contact opnemen met het Klantcontactcentrum via 14 040. Uw bericht wordt niet doorgestuurd.

Met vriendelijke groet,
Jolanda Smeets
Beleidsadviseur Wonen
""",
    IGN("auto_reply", "jolanda.smeets@gemeente-voorbeeld.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("nl-50-ticketbevestiging-leverancier", "Servicedesk HoorTech <noreply@hoortech-support.example>", "Wij hebben uw vraag ontvangen [Ticket #88231]",
    """Beste klant,

Bedankt voor uw bericht. Uw vraag is geregistreerd onder ticketnummer #88231. Een van onze medewerkers neemt binnen 3 werkdagen contact met u op.

Dit is een automatisch gegenereerd bericht; u kunt hier niet op antwoorden.

HoorTech Servicedesk
""",
    IGN("auto_reply", "noreply@hoortech-support.example"))

add("nl-51-nieuwsbrief-privacyrecht", "Privacy Nieuws <nieuwsbrief@privacyrecht-nieuws.example>",
    "Privacy Nieuws #47: AP beboet ziekenhuis, nieuwe EDPB-richtlijnen over het recht op verwijdering",
    html("<h2>Privacy Nieuws - week 47</h2>",
         "<b>Autoriteit Persoonsgegevens beboet ziekenhuis</b><br>Een ziekenhuis krijgt een boete van € 440.000 "
         "voor onvoldoende toegangsbeveiliging van patiëntdossiers. <a href=\"https://privacyrecht-nieuws.example/1\">Lees meer</a>",
         "<b>EDPB: richtlijnen recht op verwijdering</b><br>Wat betekent dit voor uw organisatie? Onze experts leggen het uit in het webinar van 3 december.",
         "U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. <a href=\"https://privacyrecht-nieuws.example/afmelden\">Afmelden</a>"),
    IGN("bulk", "nieuwsbrief@privacyrecht-nieuws.example"), ct=HTML,
    headers=["List-Id: Privacy Nieuws <nieuws.privacyrecht-nieuws.example>",
             "List-Unsubscribe: <mailto:afmelden@privacyrecht-nieuws.example?subject=afmelden>, <https://privacyrecht-nieuws.example/afmelden>",
             "Precedence: bulk"])

add("nl-52-bounce-onbestelbaar", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Onbestelbaar: Uw verzoek", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
