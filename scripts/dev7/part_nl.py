from common import *  # part nl: written blind

# ---------------------------------------------------------------- verzoeken
add("nl-01-inzage-oud-student", "Floor van der Heijden-Baas <floor.vdheijden@postvak.example>",
    "Inzageverzoek op grond van artikel 15 AVG",
    """Geachte functionaris voor gegevensbescherming,

Van 2017 tot 2021 heb ik aan uw universiteit Bestuurskunde gestudeerd (studentnummer
s2045871). Op grond van artikel 15 AVG verzoek ik u mij een overzicht en een kopie te sturen
van alle persoonsgegevens die u over mij verwerkt, inclusief de gegevens van de
studentendecaan en van het alumnibureau.

Met vriendelijke groet,

Floor van der Heijden-Baas
""", R(["Access"], "floor.vdheijden@postvak.example", "Floor", "van der Heijden-Baas"))

add("nl-02-account-verwijderen", "Jesse Brouwer <jessebrouwer2006@snelmail.example>",
    "account verwijdren",
    """hoi ik heb me vorig jaar aangemeld voor een open dag en een proefstudeerdag maar ga
ergens anders studeren. wil graag dat jullie mijn account en gegevens verwijderen
gr jesse""", R(["Erasure"], "jessebrouwer2006@snelmail.example", "Jesse", "Brouwer"))

add("nl-03-bezwaar-proctoring", "Noor El Idrissi <noor.elidrissi@studentmail.example>",
    "Bezwaar tegen online proctoring",
    """Beste privacyteam,

Voor het tentamen Statistiek 2 moeten we thuis de proctoringsoftware gebruiken, die mijn
webcam, microfoon en scherm opneemt. Ik maak bezwaar tegen deze verwerking van mijn gegevens;
ik woon op een kamer met gedeelde ruimtes en wil niet dat mijn huisgenoten worden gefilmd.
Ik wil het tentamen graag op de campus maken.

Met vriendelijke groet,
Noor El Idrissi
""", R(["Opposition"], "noor.elidrissi@studentmail.example", "Noor", "El Idrissi"))

add("nl-04-tussenvoegsel", "Maarten ter Horst <maarten.terhorst@postvak.example>",
    "Mijn naam staat verkeerd in het systeem",
    """Goedemiddag,

In Osiris en op mijn collegekaart staat mijn naam als "Maarten Terhorst", maar het is
"ter Horst" met een los tussenvoegsel, zoals in mijn paspoort. Hierdoor klopt mijn naam ook
niet op mijn diplomasupplement. Kunt u dit corrigeren?

Groet,
Maarten ter Horst
""", R(["Rectification"], "maarten.terhorst@postvak.example", "Maarten", "ter Horst"))

add("nl-05-hoofdletters-alumni", "WILLEMIJN KOOISTRA <w.kooistra@thuismail.example>",
    "AFMELDEN",
    """IK WIL GEEN ALUMNI NIEUWSBRIEF EN GEEN UITNODIGINGEN VOOR DE REUNIE MEER ONTVANGEN.
HAAL MIJ VAN AL UW LIJSTEN AF. DIT IS DE DERDE KEER DAT IK HET VRAAG.
W. KOOISTRA""", R(["Opposition"], "w.kooistra@thuismail.example", "Willemijn", "Kooistra"))

add("nl-06-huurdersdossier", "Lieke Verschoor <lieke.verschoor@thuismail.example>",
    "Mijn gegevens bij de studentenhuisvesting",
    """Beste heer/mevrouw,

Ik huur een kamer in complex De Krakeling en zit momenteel voor een stage in het buitenland.
Ik heb een waarschuwingsbrief gekregen over overlast in mijn kamer, terwijl ik er al twee
maanden niet ben.

Graag ontvang ik een kopie van alle gegevens in mijn huurdersdossier, inclusief de meldingen
van de huismeester.

Met vriendelijke groet,
Lieke Verschoor
""", R(["Access"], "lieke.verschoor@thuismail.example", "Lieke", "Verschoor"))

add("nl-07-advocaat-huurachterstand", "mr. Sanne de Bruijn-Okoye <s.debruijn@advocatenkantoor-ijzer.example>",
    "Cliënt dhr. Thijs Mulder - art. 15 en 18 AVG",
    """Geachte heer, mevrouw,

Namens mijn cliënt, de heer Thijs Mulder, voormalig huurder van een studentenkamer in uw
complex Hoogvliet (2024-2025), richt ik mij tot u. Een volmacht is bijgevoegd.

Uw huisvestingsdienst heeft een vermeende huurachterstand van EUR 1.460,- overgedragen aan
een incassobureau. Cliënt betwist deze vordering.

Ik verzoek u:
1. op grond van artikel 15 AVG een kopie te verstrekken van alle persoonsgegevens van cliënt,
   waaronder de huuradministratie en de gegevens verstrekt aan het incassobureau;
2. op grond van artikel 18 AVG de verwerking van de betwiste gegevens te beperken zolang de
   juistheid ervan niet is vastgesteld.

Hoogachtend,

mr. S. de Bruijn-Okoye
Advocaat
T 010 - 714 22 90
""", R(["Access", "Restriction"], "s.debruijn@advocatenkantoor-ijzer.example", "Thijs", "Mulder",
       representative="Sanne de Bruijn-Okoye"))

add("nl-08-dataportabiliteit", "Daan Schellekens <daan.schellekens@studentmail.example>",
    "Cijfers exporteren naar andere universiteit",
    """Hallo,

Ik stap over naar een universiteit in Gent. Kunnen jullie mijn cijferlijst, behaalde EC's en
vakbeschrijvingen in een machineleesbaar bestand (bijv. CSV) aanleveren, of het rechtstreeks
naar hun studentenadministratie sturen?

Groet,
Daan Schellekens
""", R(["Portability"], "daan.schellekens@studentmail.example", "Daan", "Schellekens"))

add("nl-09-automatische-matching", "Yara Bakker-Osei <yara.bakkerosei@postvak.example>",
    "Negatief studiekeuzeadvies door een algoritme",
    """Beste mensen,

Na de online matchingsvragenlijst voor Geneeskunde kreeg ik binnen een minuut een negatief
advies en werd ik niet toegelaten tot de selectieronde. Er is niemand naar gekeken. Ik wil dat
een medewerker mijn aanmelding beoordeelt en ik wil weten op basis van welke logica het
systeem heeft besloten.

Yara Bakker-Osei
""", R(["AutomatedDecision"], "yara.bakkerosei@postvak.example", "Yara", "Bakker-Osei"))

add("nl-10-html-camera", "Sem de Groot <sem.degroot@studentmail.example>",
    "Camerabeelden in de fietsenkelder",
    html("Hallo,",
         "In de fietsenkelder van het complex <b>Uilenstede-Noord</b> hangen sinds kort camera's. "
         "Hoe lang worden die beelden bewaard, wie kan ze bekijken en worden ze gedeeld met de politie?",
         "Alvast bedankt,<br>Sem de Groot"),
    R(["Information"], "sem.degroot@studentmail.example", "Sem", "de Groot"), ct=HTML)

add("nl-11-lang-boos-incasso", "Kerem Yıldırım <kerem.yildirim@snelmail.example>",
    "Klacht over jullie huisvesting en incasso",
    """Goedendag,

Ik ben er helemaal klaar mee. Vorig jaar heb ik mijn kamer netjes opgezegd per 1 juli en de
sleutels ingeleverd bij de balie, daar heb ik zelfs een bonnetje van. Toch blijven jullie de
huur voor juli en augustus afschrijven en nu belt er elke week een incassobureau naar mijn
ouders omdat jullie hun nummer als noodcontact hebben. Mijn moeder spreekt amper Nederlands
en raakt er helemaal van in paniek.

Ik wil dat jullie stoppen met het doorgeven van mijn gegevens en die van mijn ouders aan dat
incassobureau en dat het bellen ophoudt. Ook wil ik een kopie van alles wat jullie over mij
hebben, dan kan ik zien wie wat heeft doorgegeven.

En ik wil mijn geld terug, maar dat zal wel weer een andere afdeling zijn.

Kerem Yıldırım
""", R(["Opposition", "Access"], "kerem.yildirim@snelmail.example", "Kerem", "Yıldırım"))

add("nl-12-bewaartermijn-scripties", "Annelies Hofstede <a.hofstede@postvak.example>",
    "Vraag over bewaartermijn",
    """Goedemorgen, hoe lang bewaren jullie scripties, beoordelingsformulieren en de
plagiaatscan-rapporten van afgestudeerden? En worden scripties gedeeld met de externe
plagiaatdienst die ze opslaat? Groet, Annelies Hofstede""",
    R(["Information"], "a.hofstede@postvak.example", "Annelies", "Hofstede"))

add("nl-13-afmelden-android", "Bram Wijnands <bram.wijnands@snelmail.example>",
    "Afmelden",
    """Graag afmelden voor alle mails van de open dagen en de masterbeurs. Ik heb al een
opleiding gekozen.

Verzonden vanaf mijn Android-telefoon
""", R(["Opposition"], "bram.wijnands@snelmail.example", "Bram", "Wijnands"))

add("nl-14-erfgenaam-vader", "Ingrid Oosterhuis-Pander <ingrid.oosterhuis@thuismail.example>",
    "Overlijden van mijn vader - gegevens verwijderen",
    """Geachte heer/mevrouw,

Mijn vader, Hendrik Oosterhuis, promoveerde in 1978 aan uw universiteit. Hij is in september
overleden. Er komt nog steeds post van het alumnibureau en van het universiteitsfonds op zijn
naam.

Als erfgenaam verzoek ik u zijn gegevens te verwijderen. Een kopie van de akte van overlijden
kan ik toesturen.

Met vriendelijke groet,
Ingrid Oosterhuis-Pander
""", R(["Erasure"], "ingrid.oosterhuis@thuismail.example", "Hendrik", "Oosterhuis",
       representative="Ingrid Oosterhuis-Pander"))

add("nl-15-gezinsadres-replyto", "Fam. Jansen-Tromp <jansentromp@thuismail.example>",
    "Adreswijziging huurder",
    """Hallo,

Ik ben Fenna Jansen en ik huur kamer 4.12 in De Bunders. Ik mail vanaf het adres van mijn
ouders, graag reageren op mijn eigen mailadres.

Mijn telefoonnummer en bankrekening in jullie huurdersportaal zijn nog de oude. Nieuw nummer:
06 - 41 55 20 87, nieuwe IBAN: NL91 ABNA 0417 1643 00. Kunnen jullie dat aanpassen?

Groetjes,
Fenna
""", R(["Rectification"], "fenna.jansen@studentmail.example", "Fenna", "Jansen"),
    headers=["Reply-To: Fenna Jansen <fenna.jansen@studentmail.example>"])

add("nl-16-collega-doorgestuurd", "Erik Hoekstra <erik.hoekstra@acme-corp.example>",
    "FW: opvragen gegevens studieadviseur",
    """Hoi privacyteam,

Zie hieronder, deze student vraagt om de aantekeningen van de studieadviseur. Volgens mij is
dat een inzageverzoek voor jullie.

Groet,
Erik Hoekstra
Studieadviseur Faculteit der Letteren

---------- Doorgestuurd bericht ---------
Van: Mila Achterberg <mila.achterberg@studentmail.example>
Datum: do 12 nov. 2026 om 14:03
Onderwerp: opvragen gegevens studieadviseur
Aan: <studieadvies-letteren@acme-corp.example>

Beste Erik, ik wil graag alle aantekeningen die over mij zijn gemaakt tijdens mijn gesprekken
met de studieadviseur inzien, ook wat er is doorgegeven aan de examencommissie. Groetjes, Mila
""", R(["Access"], "erik.hoekstra@acme-corp.example", "Mila", "Achterberg"))

add("nl-17-borg-sleutel", "Lotte Verbeek <lotte.verbeek@snelmail.example>",
    "sleutel kwijt",
    """Hoi, ik ben de sleutel van mijn kamer kwijt, hoeveel kost een nieuwe en wordt dat van mijn
borg afgehaald? Lotte Verbeek, complex Kronenburg""",
    R(["Unknown"], "lotte.verbeek@snelmail.example", "Lotte", "Verbeek"))

add("nl-18-latin1-cijfer-betwist", "Joël Vermeulen <joel.vermeulen@postvak.example>",
    "Betwist cijfer - niet doorsturen a.u.b.",
    """Geachte heer/mevrouw,

Mijn cijfer voor het vak Organische Chemie staat in het systeem als 3,8 terwijl de docent
heeft bevestigd dat het een 6,8 moet zijn. De examencommissie behandelt dit pas in december.

Tot die tijd wil ik dat het cijfer niet wordt gebruikt of doorgestuurd, ook niet naar DUO of
naar de selectiecommissie van de master waar ik me voor heb aangemeld.

Met vriendelijke groet,
Joël Vermeulen
""", R(["Restriction"], "joel.vermeulen@postvak.example", "Joël", "Vermeulen"),
    ct=LATIN1, encode="latin-1")

# ---------------------------------------------------------------- taken
add("nl-19-taak-dpia-learning-analytics", "Marloes Dijkstra <marloes.dijkstra@acme-corp.example>",
    "DPIA learning analytics dashboard",
    """Hoi,

We willen vanaf februari een learning-analytics-dashboard inzetten dat studievoortgang en
inloggedrag in de leeromgeving combineert om uitvalrisico te voorspellen. Kan het
privacyteam met ons een DPIA uitvoeren? Ik stuur de functionele beschrijving mee.

Groet,
Marloes Dijkstra
Projectleider Onderwijsinnovatie
""", TASK("marloes.dijkstra@acme-corp.example", "Marloes", "Dijkstra"))

add("nl-20-taak-verwerkersovereenkomst", "Pieter-Jan Smulders <pj.smulders@acme-corp.example>",
    "Verwerkersovereenkomst nieuw kamerverhuurplatform",
    """Beste privacy officer,

Studentenhuisvesting gaat over op een nieuw platform voor kamertoewijzing en
huurcontracten. Bijgaand de verwerkersovereenkomst van de leverancier. Kun je die voor
1 december beoordelen?

Dank!
Pieter-Jan Smulders
Inkoopadviseur
""", TASK("pj.smulders@acme-corp.example", "Pieter-Jan", "Smulders"))

add("nl-21-taak-register", "Sophie van Leeuwen <sophie.vanleeuwen@acme-corp.example>",
    "Verwerkingsregister aanpassen - stagebureau",
    """Hallo,

Het stagebureau deelt sinds dit jaar cv's van studenten met stagebedrijven via een externe
portal. Dit moet nog in het verwerkingsregister. Wat hebben jullie van mij nodig?

Sophie van Leeuwen
Coördinator Stagebureau
""", TASK("sophie.vanleeuwen@acme-corp.example", "Sophie", "van Leeuwen"))

# ---------------------------------------------------------------- incidenten
add("nl-22-incident-verkeerde-bijlage", "Arjen Postma <arjen.postma@acme-corp.example>",
    "Datalek? cijferlijst naar hele jaargroep gestuurd",
    """Hallo privacyteam,

Ik heb vanmiddag per ongeluk een Excel-bestand met de cijfers én de
studiebegeleidingsnotities (o.a. functiebeperkingen) van 35 studenten als bijlage naar de
hele jaargroep (ca. 210 studenten) gestuurd in plaats van naar de examencommissie. Ik heb
het bericht in Brightspace verwijderd maar de mail is al verstuurd.

Wat moet ik nu doen?

Arjen Postma
Docent Pedagogiek
""", INC("arjen.postma@acme-corp.example", "Arjen", "Postma"))

add("nl-23-incident-telefoon-gestolen", "Gerda Huisman <gerda.huisman@acme-corp.example>",
    "telefoon gestolen",
    """Mijn werktelefoon is gestolen in de trein. Daar staat de app van het huurdersportaal op en
de WhatsApp-groepen met bewoners van twee complexen. Telefoon heeft een pincode. Ik heb IT
al gebeld.
Gerda Huisman, huismeester""", INC("gerda.huisman@acme-corp.example", "Gerda", "Huisman"))

add("nl-24-incident-portaal-huurder", "Tim Nguyen-Visser <tim.nv@snelmail.example>",
    "Ik zie gegevens van een andere huurder",
    """Goedenavond,

Toen ik in het huurdersportaal mijn contract wilde downloaden, kreeg ik het contract van een
andere bewoner te zien, inclusief haar BSN, geboortedatum en rekeningnummer. Ik heb het
meteen gesloten. Ik denk dat jullie dit moeten weten.

Tim Nguyen-Visser
""", INC("tim.nv@snelmail.example", "Tim", "Nguyen-Visser"))

# ---------------------------------------------------------------- vervolg
add("nl-25-vervolg-dsr", "Floor van der Heijden-Baas <floor.vdheijden@postvak.example>",
    "Re: [DSR-37551] Ontvangstbevestiging inzageverzoek",
    """Beste,

Bedankt voor de bevestiging. Ik zie dat ik nog een kopie van mijn ID moest sturen; die
zit bij deze mail (BSN afgeschermd).

Groet,
Floor van der Heijden-Baas
""", FU("37551", "floor.vdheijden@postvak.example", "Floor", "van der Heijden-Baas"))

add("nl-26-vervolg-irt-proctoring", "Noor El Idrissi <noor.elidrissi@studentmail.example>",
    "Re: Bezwaar tegen online proctoring",
    """Hallo, ik heb nog niets gehoord over mijn bezwaar. Het tentamen is over twee weken. Kan ik
op de campus komen?
Noor""", FU(ref("nl-03-bezwaar-proctoring"), "noor.elidrissi@studentmail.example", "Noor", "El Idrissi"),
    headers=irt("nl-03-bezwaar-proctoring"))

# ---------------------------------------------------------------- negeren
add("nl-27-spam-phishing-duo", "DUO Studiefinanciering <noreply@duo-terugbetaling.example>",
    "Actie vereist: uw gegevens worden verwijderd",
    """Beste student,

Wegens de nieuwe AVG-regels worden uw gegevens binnen 48 uur verwijderd uit ons systeem en
vervalt uw recht op studiefinanciering. Bevestig uw gegevens via onderstaande link:

https://duo-terugbetaling.example/bevestig

Met vriendelijke groet,
DUO
""", IGN("spam", "noreply@duo-terugbetaling.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="duo-terugbetaling.example")])

add("nl-28-spam-loterij", "Internationale Loterij <prijs@winnaar-loterij.example>",
    "GEFELICITEERD!! U heeft EUR 850.000 gewonnen",
    """Geachte winnaar,

Uw e-mailadres is geselecteerd in onze jaarlijkse internationale trekking. Om uw prijs van
EUR 850.000 te ontvangen, stuurt u uw naam, adres, geboortedatum en een kopie van uw paspoort
naar onze claimsagent.

Dit is vertrouwelijk.
""", IGN("spam", "prijs@winnaar-loterij.example"), headers=SPAM_HDR)

add("nl-29-afwezigheid", "Hanneke Brinkman <h.brinkman@hogeschool-partner.example>",
    "Automatisch antwoord: Uitwisseling studentgegevens",
    """Ik ben afwezig tot en met maandag 23 november. Uw bericht wordt niet doorgestuurd.
Voor dringende zaken kunt u contact opnemen met international@hogeschool-partner.example.

Hanneke Brinkman
""", IGN("auto_reply", "h.brinkman@hogeschool-partner.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("nl-30-nieuwsbrief", "Privacy in het Onderwijs <nieuws@privacyonderwijs.example>",
    "Nieuwsbrief november: proctoring, bewaartermijnen en de AP",
    """PRIVACY IN HET ONDERWIJS - november 2026

* Autoriteit Persoonsgegevens publiceert onderzoek naar online proctoring
* Model bewaartermijnen studentendossiers herzien
* Inschrijven: netwerkdag privacy officers hoger onderwijs

Uitschrijven? Klik hier: https://privacyonderwijs.example/afmelden
""", IGN("bulk", "nieuws@privacyonderwijs.example"),
    headers=["List-Id: Nieuwsbrief Privacy in het Onderwijs <nieuwsbrief.privacyonderwijs.example>",
             "List-Unsubscribe: <https://privacyonderwijs.example/afmelden>",
             "Precedence: bulk"])
