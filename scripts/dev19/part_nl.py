from common import *  # part nl: written blind

add("nl-01-gedeactiveerd", "Youssef El Amrani <y.elamrani@postvak.example>",
    "Account gedeactiveerd door jullie systeem",
    """Goedemiddag,

Sinds zaterdag kan ik niet meer inloggen in de bezorgers-app. Er staat dat mijn account
"automatisch is gedeactiveerd wegens afwijkend rijgedrag". Ik heb nooit iemand gesproken,
niemand heeft mijn kant gehoord.

Ik ben het hier niet mee eens en wil dat een medewerker van vlees en bloed naar dit besluit
kijkt in plaats van de computer. Ik wil ook mijn standpunt kunnen geven. Stuur mij daarnaast
alle gegevens over mij waarop dat besluit gebaseerd is (ritten, snelheden, meldingen).

Met vriendelijke groet,
Youssef El Amrani
Bezorger-ID NL-40218""",
    R(["AutomatedDecision", "Access"], "y.elamrani@postvak.example", "Youssef", "El Amrani"))

add("nl-02-inzageverzoek", "mr. drs. Pieter de Wit <pieter.dewit@dewit-thuis.example>",
    "Inzageverzoek ex artikel 15 AVG",
    """Geachte heer, mevrouw,

Hierbij verzoek ik u, op grond van artikel 15 van de Algemene Verordening
Gegevensbescherming, mij een overzicht te verstrekken van alle persoonsgegevens die uw
organisatie van mij verwerkt, met daarbij de doeleinden, de ontvangers en de bewaartermijnen.

Ik ben klant sinds 2020 en gebruik het e-mailadres waarvan dit bericht afkomstig is.

Ik zie uw reactie binnen de wettelijke termijn van één maand tegemoet.

Hoogachtend,

P. de Wit
Utrecht""",
    R(["Access"], "pieter.dewit@dewit-thuis.example", "Pieter", "de Wit"))

add("nl-03-kort", "<gijs1999@snelpost.example>", "weg ermee",
    "verwijder mijn account aub en alles wat erbij hoort",
    R(["Erasure"], "gijs1999@snelpost.example"))

add("nl-04-nieuwsbrief", "Marloes Janssen <marloes.janssen@postvak.example>",
    "Geen reclame meer",
    """Hallo,

Ik krijg elke dag pushberichten en mails met aanbiedingen. Ik heb daar nooit om gevraagd.
Graag per direct afmelden voor alle commerciële berichten. De app zelf wil ik wel houden.

Groetjes,
Marloes""",
    R(["Opposition"], "marloes.janssen@postvak.example", "Marloes", "Janssen"))

add("nl-05-adres", "Sanne van der Berg <sanne.vanderberg@snelpost.example>",
    "Verkeerd adres in mijn profiel",
    """Hoi,

In mijn klantprofiel staat nog steeds Kerkstraat 12 in Haarlem, maar ik woon sinds augustus op
de Zijlweg 88. Ik kan het zelf niet aanpassen omdat het "geverifieerd" is. Willen jullie het
wijzigen?

Dank!
Sanne van der Berg""",
    R(["Rectification"], "sanne.vanderberg@snelpost.example", "Sanne", "van der Berg"))

add("nl-06-html-meenemen", "Bram Visser <bram.visser@postvak.example>",
    "Mijn gegevens meenemen naar ander platform",
    html("Beste,",
         "Ik stap over naar een ander bezorgplatform. Kunnen jullie mijn ritgeschiedenis en "
         "beoordelingen aanleveren in een gangbaar, machineleesbaar bestand (CSV of JSON), zodat "
         "ik die daar kan inladen?",
         "Met vriendelijke groet,<br>Bram Visser"),
    R(["Portability"], "bram.visser@postvak.example", "Bram", "Visser"), ct=HTML)

add("nl-07-herkomst", "Ria Bakker <ria.bakker@snelpost.example>",
    "Hoe komen jullie aan mijn nummer?",
    """Goedemorgen,

Ik word al twee keer gebeld door iemand van jullie die me vraagt of ik chauffeur wil worden.
Ik heb me nooit bij jullie aangemeld. Van wie hebben jullie mijn telefoonnummer gekregen? Is
het gekocht bij een adressenbureau?

Ria Bakker""",
    R(["Information"], "ria.bakker@snelpost.example", "Ria", "Bakker"))

add("nl-08-beperking", "Koen Mulder <koen.mulder@postvak.example>",
    "ID-check mislukt - graag on hold",
    """Beste privacyteam,

Jullie gezichtsherkenning zegt dat de persoon op mijn selfie niet overeenkomt met mijn
rijbewijs, terwijl ik het echt zelf ben (ik heb inmiddels een baard). Ik heb bezwaar gemaakt
bij de support.

Zolang dat onderzocht wordt, wil ik niet dat die "mismatch" wordt doorgestuurd aan derden of
gebruikt om mij te blokkeren bij andere diensten. Kunnen jullie het gebruik daarvan beperken
tot het onderzoek klaar is?

Koen Mulder""",
    R(["Restriction"], "koen.mulder@postvak.example", "Koen", "Mulder"))

add("nl-09-fooi", "Dewi Kartosen <dewi.kartosen@snelpost.example>",
    "fooi niet ontvangen",
    """hallo, klant heeft me vorige week 5 euro fooi gegeven via de app maar ik zie het niet terug op
mijn uitbetaling. kunnen jullie dat nakijken? groet dewi""",
    R(["Unknown"], "dewi.kartosen@snelpost.example", "Dewi", "Kartosen"))

add("nl-10-vader-dochter", "Erik Hoekstra <erik.hoekstra@gezinsmail.example>",
    "Account van mijn dochter (14)",
    """Geachte heer/mevrouw,

Mijn dochter Fenna Hoekstra is 14 jaar en heeft zonder onze toestemming een account in jullie
app aangemaakt. Ze krijgt nu allerlei reclame en kortingscodes voor fastfood.

Als ouder met gezag verzoek ik jullie om haar account te verwijderen en om haar per direct
geen marketing meer te sturen. Haar e-mailadres is fenna.h@tienerpost.example.

Met vriendelijke groet,
Erik Hoekstra
06-12345678""",
    R(["Erasure", "Opposition"], "erik.hoekstra@gezinsmail.example", "Fenna", "Hoekstra",
      representative="Erik Hoekstra"))

add("nl-11-bewindvoerder", "Annelies Smit <a.smit@bewind-smit.example>",
    "Verzoek om gegevens - mevr. J. Pinas (onder bewind)",
    """Geachte heer, mevrouw,

Ik ben door de kantonrechter benoemd tot beschermingsbewindvoerder van mevrouw Jolanda Pinas.
Zij heeft als bezorger voor uw platform gewerkt. Ten behoeve van haar financiële administratie
verzoek ik u mij alle gegevens te verstrekken die u over haar heeft, in het bijzonder de
uitbetalingen en eventuele inhoudingen over 2025 en 2026.

De beschikking van de rechtbank stuur ik mee als bijlage.

Met vriendelijke groet,
A. Smit
Smit Bewindvoering""",
    R(["Access"], "a.smit@bewind-smit.example", "Jolanda", "Pinas",
      representative="Annelies Smit"))

add("nl-12-collega-doorgestuurd", "Lotte de Vries <lotte.devries@acme-corp.example>",
    "Fwd: Wat weten jullie over mij?",
    """Hoi privacy,

Deze kwam binnen bij klantenservice, volgens mij iets voor jullie.

Groet, Lotte

---------- Doorgestuurd bericht ---------
Van: Henk Willemsen <henk.willemsen@postvak.example>
Datum: vr 13 nov 2026 16:40
Onderwerp: Wat weten jullie over mij?
Aan: klantenservice@acme-corp.example

Ik wil graag zien welke gegevens jullie allemaal over mij bewaren. Alles graag.
Henk Willemsen""",
    R(["Access"], "henk.willemsen@postvak.example", "Henk", "Willemsen"))

add("nl-13-collega-bijlage", "Jeroen Kok <jeroen.kok@acme-corp.example>",
    "FW: opzeggen",
    "",
    R(["Erasure"], "nadia.boukhari@snelpost.example", "Nadia", "Boukhari"),
    note="""Zie bijlage, klant wil alles weg. Kunnen jullie dit oppakken? Jeroen""",
    attached=("Nadia Boukhari <nadia.boukhari@snelpost.example>", "opzeggen",
              """Goedendag, ik gebruik de app niet meer. Gooi mijn account en gegevens maar weg.
Bedankt, Nadia Boukhari"""))

add("nl-14-lang-verhaal", "Stefan Verhoeven <stefan.verhoeven@postvak.example>",
    "Klacht over mijn acceptatiegraad",
    """Beste,

Ik ben nu twee jaar bezorger in Eindhoven en ik ben het zat. Sinds de app-update van oktober
crasht de app regelmatig als er een order binnenkomt. Dan zie ik de order niet, en dan staat
hij bij jullie als "geweigerd". Ik heb dit al vijf keer gemeld met screenshots.

Het gevolg: volgens mijn dashboard heb ik 14 ritten geweigerd in oktober, mijn
acceptatiegraad is naar 71% gezakt en ik krijg minder goede tijdvakken. Die 14 weigeringen
kloppen gewoon niet. Ik wil dat jullie die registratie corrigeren in mijn gegevens, want nu
staat er iets onjuists over mij in jullie systeem.

Verder snap ik niet waarom de support mij elke keer met een ander standaardantwoord afscheept.

Stefan Verhoeven""",
    R(["Rectification"], "stefan.verhoeven@postvak.example", "Stefan", "Verhoeven"))

add("nl-15-hoofdletters", "<w.smeets@snelpost.example>", "NIET MEER BELLEN",
    """IK WIL NIET MEER GEBELD WORDEN VOOR ENQUETES OVER MIJN BESTELLINGEN. HAAL MIJN NUMMER UIT
JULLIE BELLIJST.""",
    R(["Opposition"], "w.smeets@snelpost.example"))

add("nl-16-vlaams-twee", "Lieve Vanderstraeten <lieve.vanderstraeten@telenet-like.example>",
    "Mijn gegevens",
    """Dag,

Ik had graag geweten wat jullie allemaal van mij bijhouden sinds ik de app gebruik - bestellingen,
adressen, betaalgegevens, enzovoort. Mogen jullie mij dat eens doorsturen?

Als ik dat gezien heb, wil ik dat alles gewist wordt. Ik ga de app niet meer gebruiken.

Met vriendelijke groeten,
Lieve Vanderstraeten
Gent""",
    R(["Access", "Erasure"], "lieve.vanderstraeten@telenet-like.example", "Lieve", "Vanderstraeten"))

add("nl-17-vog-latin1", "Joëlle Maes <joelle.maes@postvak.example>",
    "Bewaren van mijn VOG",
    """Goedendag,

Bij mijn aanmelding als chauffeur heb ik een Verklaring Omtrent het Gedrag geüpload. Ik ben
benieuwd hoe lang jullie die bewaren, wie die te zien krijgt en of er een kopie naar een ander
bedrijf gaat.

Alvast bedankt,
Joëlle Maes""",
    R(["Information"], "joelle.maes@postvak.example", "Joëlle", "Maes"),
    ct=LATIN1, encode="latin-1")

add("nl-18-gezin-replyto", "Fam. Brouwer <brouwer.gezin@gezinsmail.example>",
    "persoonlijke advertenties",
    """Hallo,

Dit is Tim Brouwer. Ik wil niet dat jullie mijn bestelgedrag gebruiken om mij
gepersonaliseerde advertenties te tonen, in de app of daarbuiten. Antwoord graag naar mijn
eigen adres.

Tim""",
    R(["Opposition"], "tim.brouwer@postvak.example", "Tim", "Brouwer"),
    headers=["Reply-To: tim.brouwer@postvak.example"])

add("nl-19-niet-opzeggen-locatie", "Ilse Peeters <ilse.peeters@snelpost.example>",
    "locatie delen met restaurants",
    """Hoi,

Ik wil mijn account niet opzeggen hoor, maar ik las dat restaurants mijn live locatie kunnen
zien zodra ik een bestelling doe, ook als ik zelf ophaal. Daar maak ik bezwaar tegen; stop
daarmee voor mijn account alsjeblieft.

Ilse""",
    R(["Opposition"], "ilse.peeters@snelpost.example", "Ilse", "Peeters"))

add("nl-20-meenemen-en-wissen", "Okke Dijkstra <okke.dijkstra@postvak.example>",
    "Eerst exporteren, dan verwijderen",
    """Hallo team,

Ik stop eind deze maand als koerier. Kunnen jullie me eerst mijn ritten, verdiensten en
beoordelingen sturen als exportbestand dat ik in een spreadsheet kan openen? Daarna mogen mijn
account en gegevens helemaal verwijderd worden.

Okke Dijkstra
Verstuurd vanaf mijn Samsung Galaxy""",
    R(["Portability", "Erasure"], "okke.dijkstra@postvak.example", "Okke", "Dijkstra"))

add("nl-21-taak-verwerkersovereenkomst", "Maarten Bos <maarten.bos@acme-corp.example>",
    "Verwerkersovereenkomst nieuwe loonstrookleverancier",
    """Hoi privacyteam,

We gaan over op PayRoute voor de uitbetalingsspecificaties van bezorgers in Nederland en
België. Zouden jullie de verwerkersovereenkomst willen beoordelen voordat Finance tekent?
Concept staat in de gedeelde map.

Groet,
Maarten Bos
Finance Operations""",
    TASK("maarten.bos@acme-corp.example", "Maarten", "Bos"))

add("nl-22-taak-privacyverklaring", "Femke Jacobs <femke.jacobs@acme-corp.example>",
    "Update privacyverklaring voor bezorgers",
    """Hallo,

Door de nieuwe ritverdeling (batching van orders) moet de privacyverklaring voor bezorgers
bijgewerkt worden; de huidige tekst noemt het nieuwe algoritme niet. Kunnen jullie een
aangepaste tekst aanleveren vóór de release van 7 december?

Femke Jacobs
Legal Counsel""",
    TASK("femke.jacobs@acme-corp.example", "Femke", "Jacobs"))

add("nl-23-taak-vragenlijst", "Daan Hermans <daan.hermans@acme-corp.example>",
    "Vragenlijst gemeente Rotterdam",
    """Beste collega's,

De gemeente Rotterdam wil met ons samenwerken voor maaltijdbezorging aan ouderen en stuurt
een privacyvragenlijst mee (bewaartermijnen, beveiliging, subverwerkers). Kunnen jullie die
invullen? Deadline 4 december.

Daan Hermans
Partnerships""",
    TASK("daan.hermans@acme-corp.example", "Daan", "Hermans"))

add("nl-24-inc-cc", "Wendy Claes <wendy.claes@acme-corp.example>",
    "Mail verstuurd met alle adressen in CC",
    """Hallo,

Ik heb vanmorgen om 8:15 een mail over de nieuwe tarieven verstuurd aan 212 bezorgers in
Antwerpen, maar de adressen stonden in CC in plaats van BCC. Iedereen ziet dus elkaars
e-mailadres (vaak met volledige naam erin). Twee bezorgers hebben al gereageerd met
"allen beantwoorden". Wat moet ik doen?

Wendy Claes
Community Manager Vlaanderen""",
    INC("wendy.claes@acme-corp.example", "Wendy", "Claes"))

add("nl-25-inc-klant-ziet-ander", "Ahmed Yilmaz <ahmed.yilmaz@postvak.example>",
    "Ik zie bestellingen van iemand anders",
    """Goedenavond,

Toen ik vanavond de app opende stond onder "Mijn bestellingen" een hele lijst orders die niet
van mij zijn, met het adres en telefoonnummer van een mevrouw in Amersfoort. Ik heb niets
aangeraakt. Dit lijkt me een lek, dus ik meld het maar.

Ahmed Yilmaz""",
    INC("ahmed.yilmaz@postvak.example", "Ahmed", "Yilmaz"))

add("nl-26-inc-tablet", "Rick van Dam <rick.vandam@acme-corp.example>",
    "Tablet gestolen bij hub Amsterdam-Zuid",
    """Hoi,

Vannacht is er ingebroken in de hub Amsterdam-Zuid. De tablet waarmee we bezorgers inchecken
is weg. Daarop staat de check-in app met namen, foto's en telefoonnummers van zo'n 300
bezorgers. Geen idee of er een schermvergrendeling op zat. Aangifte is gedaan.

Rick van Dam, Hub Lead""",
    INC("rick.vandam@acme-corp.example", "Rick", "van Dam"))

add("nl-27-fu-dsr", "Sevda Arslan <sevda.arslan@snelpost.example>",
    "Re: [DSR-61002] Ontvangstbevestiging",
    """Hallo,

Ik heb nog een vraag bij mijn verzoek: kunnen jullie ook de chatgesprekken met de support
meenemen? Dank.

Sevda Arslan

> Wij hebben uw verzoek ontvangen onder referentie DSR-61002.""",
    FU("61002", "sevda.arslan@snelpost.example", "Sevda", "Arslan"))

add("nl-28-fu-herinnering", "mr. drs. Pieter de Wit <pieter.dewit@dewit-thuis.example>",
    "Re: Inzageverzoek ex artikel 15 AVG",
    """Geachte heer, mevrouw,

Graag ontvang ik een bevestiging dat mijn onderstaande verzoek in behandeling is genomen.

Hoogachtend,
P. de Wit

> Hierbij verzoek ik u, op grond van artikel 15 van de Algemene Verordening ...""",
    FU(ref("nl-02-inzageverzoek"), "pieter.dewit@dewit-thuis.example", "Pieter", "de Wit"),
    headers=irt("nl-02-inzageverzoek"))

add("nl-29-spam-crypto", "Bitvermogen <winst@bitvermogen.example>",
    "Verdien €3.000 per week vanuit huis",
    """Beste investeerder,

Nederlanders verdienen duizenden euro's per week met ons automatische handelsplatform.
Registreer vandaag en ontvang €250 bonus! Uw gegevens worden 100% veilig bewaard volgens de
AVG.

Meld u nu aan >>""",
    IGN("spam", "winst@bitvermogen.example"), headers=SPAM_HDR)

add("nl-30-spam-verwijderdienst", "Privacy Wacht <info@privacywacht-nl.example>",
    "Uw gegevens staan online - laat ze verwijderen",
    """Geachte heer/mevrouw,

Wij hebben vastgesteld dat uw persoonsgegevens op meer dan 90 websites te vinden zijn.
Voor slechts €4,95 per maand laten wij al uw gegevens verwijderen en beschermen wij u tegen
identiteitsfraude.

Klik hier om direct te beginnen.""",
    IGN("spam", "info@privacywacht-nl.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="privacywacht-nl.example")])

add("nl-31-ticket-bevestiging", "Klantenservice Restomaat <noreply@restomaat.example>",
    "Uw ticket #558210 is ontvangen",
    """Beste klant,

Bedankt voor uw bericht. Wij hebben uw vraag ontvangen onder ticketnummer #558210 en nemen
binnen 3 werkdagen contact met u op.

Dit is een automatisch bericht; u kunt hier niet op antwoorden.

Klantenservice Restomaat""",
    IGN("auto_reply", "noreply@restomaat.example"),
    headers=["Auto-Submitted: auto-generated"])

add("nl-32-bounce", "Mail Delivery Subsystem <mailer-daemon@snelpost.example>",
    "Delivery Status Notification (Failure)", "",
    IGN("bounce", "mailer-daemon@snelpost.example"), dsn=True)
