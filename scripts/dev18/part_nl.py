from common import *  # part nl: written blind

add("nl-01-wederpartij-arbeidszaak", "Ruud van der Meer <ruud.vandermeer@ziggo-mail.example>",
    "Inzageverzoek",
    """Geachte heer/mevrouw,

Uw kantoor treedt op voor mijn voormalige werkgever in de ontslagzaak die nu bij de kantonrechter in Utrecht loopt. In het verweerschrift staan gegevens over mijn ziekteverzuim en over een gesprek met de bedrijfsarts die ik nooit met uw cliënt heb gedeeld.

Ik verzoek u mij mee te delen welke persoonsgegevens van mij uw kantoor verwerkt, van wie u die heeft gekregen, en mij daarvan een afschrift te sturen.

Met vriendelijke groet,
Ruud van der Meer
""",
    R(["Access"], "ruud.vandermeer@ziggo-mail.example", "Ruud", "van der Meer"))

add("nl-02-afmelden", "sanne.k@hetnet-mail.example",
    "afmelden",
    "graag afmelden voor de juridische nieuwsbrief en de uitnodigingen\n",
    R(["Opposition"], "sanne.k@hetnet-mail.example"))

add("nl-03-vergeten", "Femke de Vries <femke.devries@kpn-mail.example>",
    "Mijn gegevens",
    """Hoi,

Jullie hebben in 2021 mijn huurgeschil gedaan. Dat is allang klaar en ik wil eigenlijk niet dat mijn naam en dossier nog ergens bij jullie rondslingeren. Kunnen jullie alles van mij weggooien, ook uit de back-ups als dat kan?

Groetjes, Femke de Vries

Verzonden vanaf mijn iPhone
""",
    R(["Erasure"], "femke.devries@kpn-mail.example", "Femke", "de Vries"))

add("nl-04-verhuisd-latin1", "Joost 't Hart <joost.thart@planet-mail.example>",
    "Nieuw adres en telefoonnummer",
    """Beste mensen,

Ik ben verhuisd. Willen jullie mijn gegevens in het dossier aanpassen?

Nieuw adres: Oudegracht 148 bis, 3511 AZ Utrecht
Telefoon: 06-41234567 (het vaste nummer vervalt)

Ook staat mijn voorletter verkeerd op de nota's: J. en niet G.

Alvast bedankt,
Joost 't Hart
""",
    R(["Rectification"], "joost.thart@planet-mail.example", "Joost", "'t Hart"),
    ct=LATIN1, encode="latin-1")

add("nl-05-vlaams-inzage-wissen", "Wouter Claeys <wouter.claeys@telenet-mail.example>",
    "opvraging en schrapping persoonsgegevens",
    """Goeiedag,

Ik kreeg vorige week een aangetekende brief van jullie kantoor in verband met een erfenis van een grootoom die ik nooit gekend heb. In die brief stond mijn rijksregisternummer en het adres van mijn ouders.

Graag had ik een overzicht gekregen van wat jullie allemaal over mij bijhouden en hoe jullie daaraan geraakt zijn. Nadien mogen jullie alles wissen; ik wens geen partij te zijn in die nalatenschap.

Met vriendelijke groeten,
Wouter Claeys
GSM 0486 55 12 34
""",
    R(["Access", "Erasure"], "wouter.claeys@telenet-mail.example", "Wouter", "Claeys"))

add("nl-06-dossier-naar-nieuwe-advocaat", "Bram Hoekstra <bram.hoekstra@xs4all-mail.example>",
    "Overdracht stukken naar mijn nieuwe advocaat",
    """Geachte heer, mevrouw,

Ik heb besloten mijn letselschadezaak onder te brengen bij Van Dam Advocaten. Kunnen jullie de digitale stukken die ik heb aangeleverd (medische informatie, loonstroken, de schade-opstelling in Excel) in het oorspronkelijke digitale formaat rechtstreeks naar mr. Van Dam sturen? Een USB-stick of beveiligde downloadlink is prima. Zodra hij alles heeft, wil ik dat jullie mijn gegevens bij jullie verwijderen.

Met vriendelijke groet,
Bram Hoekstra
""",
    R(["Portability", "Erasure"], "bram.hoekstra@xs4all-mail.example", "Bram", "Hoekstra"))

add("nl-07-bewaartermijn-testament", "Annelies Mulder <annelies.mulder@casema-mail.example>",
    "Vraag over bewaren testament",
    """Geachte notaris,

Mijn man en ik hebben vorig jaar bij u ons testament laten opmaken. Ik vroeg me af: hoe lang bewaart u onze persoonsgegevens en kopieën van onze paspoorten? En wordt er iets doorgegeven aan het Centraal Testamentenregister of aan andere instanties? Ik wil niks laten verwijderen, ik wil het alleen weten.

Vriendelijke groet,
Annelies Mulder
""",
    R(["Information"], "annelies.mulder@casema-mail.example", "Annelies", "Mulder"))

add("nl-08-bezwaar-profilering", "Youssef El Amrani <y.elamrani@online-mail.example>",
    "Bezwaar tegen profiling voor marketing",
    """Goedemiddag,

Na een bezoek aan jullie website krijg ik ineens gerichte advertenties en mails over 'echtscheiding zonder ruzie'. Blijkbaar volgen jullie mijn surfgedrag en koppelen jullie dat aan mijn mailadres.

Ik maak bezwaar tegen dit profileren en wil ook geen direct marketing meer van jullie ontvangen.

Youssef El Amrani
""",
    R(["Opposition"], "y.elamrani@online-mail.example", "Youssef", "El Amrani"))

add("nl-09-incasso-bkr", "Petra Jansen <petra.jansen@chello-mail.example>",
    "Betwiste vordering - gegevens niet doorgeven",
    """Geachte incassoafdeling,

Namens uw opdrachtgever (Energie Direct) vordert u € 1.312,40 van mij. Ik betwist deze vordering: de meterstanden kloppen niet en ik heb de overstap op tijd gemeld.

Zolang dit geschil loopt, verzoek ik u mijn gegevens niet te gebruiken voor verdere incassomaatregelen en ze niet door te geven aan deurwaarders of kredietregistraties. Ik vraag niet om verwijdering, wel om bevriezing tot de zaak is uitgezocht.

Hoogachtend,
P. Jansen
Dossiernummer 2026-INC-4471
""",
    R(["Restriction"], "petra.jansen@chello-mail.example", "Petra", "Jansen"))

add("nl-10-betalingsregeling-afgewezen", "Dennis Kok <dennis.kok@home-mail.example>",
    "betalingsregeling geweigerd door computer??",
    """hallo,

ik heb via jullie betaalportaal een regeling aangevraagd voor de openstaande rekening. binnen 10 seconden kreeg ik "afgewezen op basis van uw risicoprofiel". er heeft dus niemand naar gekeken.

ik wil dat een medewerker dit opnieuw beoordeelt en ik wil weten hoe dat risicoprofiel tot stand komt.

gr Dennis Kok
""",
    R(["AutomatedDecision"], "dennis.kok@home-mail.example", "Dennis", "Kok"))

add("nl-11-moeder-voor-zoon", "Marloes Visser <marloes.visser@ziggo-mail.example>",
    "Gegevens van mijn zoon Daan (14)",
    """Beste privacyfunctionaris,

Mijn zoon Daan Visser (14 jaar) is getuige geweest bij een verkeersongeluk waarin uw kantoor een van de partijen bijstaat. Hij is daarover door iemand van uw kantoor gebeld zonder dat wij ervan wisten.

Als zijn moeder en wettelijk vertegenwoordiger wil ik graag weten welke gegevens u over Daan heeft vastgelegd en een kopie van het gespreksverslag.

Met vriendelijke groet,
Marloes Visser
""",
    R(["Access"], "marloes.visser@ziggo-mail.example", "Daan", "Visser",
      representative="Marloes Visser"))

add("nl-12-collega-doorgestuurd", "Iris Bakker <i.bakker@acme-corp.example>",
    "FW: geen kerstkaart meer",
    """Hoi privacy-team, zie onderstaande van een oud-cliënt. Kunnen jullie dit oppakken? Groet, Iris (secretariaat notariaat)

Van: Hendrik Smit <h.smit1948@kpn-mail.example>
Verzonden: donderdag 12 november 2026 10:03
Aan: secretariaat@acme-corp.example
Onderwerp: geen kerstkaart meer

Geacht kantoor,

Elk jaar ontvang ik uw kerstkaart, uw relatiemagazine en nu ook uitnodigingen voor seminars over schenken. Ik stel dat niet op prijs. Wilt u mij van al die lijsten halen? Mijn testament mag uiteraard bij u blijven.

Hoogachtend,
H. Smit
""",
    R(["Opposition"], "h.smit1948@kpn-mail.example", "Hendrik", "Smit"))

add("nl-13-bijlage-bsn", "Lotte Vermeulen <l.vermeulen@acme-corp.example>",
    "Doorgestuurd: verkeerd BSN?",
    "",
    R(["Rectification", "Access"], "k.schouten@quicknet-mail.example", "Karin", "Schouten"),
    attached=("Karin Schouten <k.schouten@quicknet-mail.example>", "verkeerd BSN?",
              """Beste mevrouw Vermeulen,

In de concept-akte van levering staat een BSN dat niet het mijne is (het eindigt op 382, het mijne op 328). Wilt u dat in uw systeem rechtzetten? En kan ik een uitdraai krijgen van alle persoonsgegevens die u van mij heeft, dan controleer ik de rest ook even.

Met vriendelijke groet,
Karin Schouten
"""),
    note="Ter afhandeling. Lotte Vermeulen, kandidaat-notaris")

add("nl-14-html-conflictcheck", "Sven Dijkstra <sven.dijkstra@mailbox-nl.example>",
    "Verwijdering na intakegesprek",
    html("Goedendag,",
         "Ik heb in oktober een intakegesprek gehad over een geschil met mijn aannemer, maar heb uiteindelijk voor een ander kantoor gekozen.",
         "Ik wil graag dat u de aantekeningen van dat gesprek en mijn gegevens uit uw systemen (ook uit de conflictcheck) verwijdert.",
         "Met vriendelijke groet,<br>Sven Dijkstra<br>06-28765432"),
    R(["Erasure"], "sven.dijkstra@mailbox-nl.example", "Sven", "Dijkstra"),
    ct=HTML)

add("nl-15-parkeren", "Ingrid Bos <ingrid.bos@planet-mail.example>",
    "Afspraak donderdag",
    "Goedemorgen, ik heb donderdag om 14.00 een afspraak bij de notaris voor de overdracht. Kan ik bij jullie kantoor parkeren of moet ik in de garage? Groet Ingrid Bos\n",
    R(["Unknown"], "ingrid.bos@planet-mail.example", "Ingrid", "Bos"))

add("nl-16-lang-verhaal-herkomst", "Gerrit-Jan Brouwer <gj.brouwer@solcon-mail.example>",
    "Klacht en vraag",
    """Geachte heer/mevrouw,

Ik schrijf u omdat ik werkelijk niet begrijp hoe dit zo is gelopen. Mijn vader is in maart overleden. Wij, zijn drie kinderen, hebben de afwikkeling aan een notaris in Zwolle gegeven. Toen kreeg ik ineens een brief van UW kantoor, namens een neef van mijn vader die claimt dat er een ouder testament bestaat. In die brief stond mijn werkadres, mijn geboortedatum en zelfs dat ik gescheiden ben.

Ik heb twee keer gebeld. De eerste keer werd ik doorverbonden naar een voicemail, de tweede keer zei een secretaresse dat ze 'niets mocht zeggen'. Dat snap ik van de inhoud van de zaak, maar het gaat hier om MIJN gegevens.

Wat ik wil weten is: waar hebben jullie deze informatie over mij vandaan, met wie hebben jullie het gedeeld en waarom is dat nodig voor de zaak van die neef. Een kopie van alles hoeft niet, ik wil gewoon een helder antwoord op die vragen.

Ik overweeg een klacht bij de Autoriteit Persoonsgegevens en bij de Orde van Advocaten.

G.J. Brouwer
""",
    R(["Information"], "gj.brouwer@solcon-mail.example", "Gerrit-Jan", "Brouwer"))

add("nl-17-hoofdletters", "WILLEM KUIPERS <wkuipers@freeler-mail.example>",
    "STOP",
    "STOP MET MIJ TE MAILEN OVER UW ERFRECHT AVONDEN. EN HAAL MIJN NAAM EN ADRES UIT AL UW BESTANDEN. IK BEN NOOIT KLANT GEWEEST\n\nW. KUIPERS\n",
    R(["Opposition", "Erasure"], "wkuipers@freeler-mail.example", "Willem", "Kuipers"))

add("nl-18-advocaat-namens-client", "mr. Esther Timmermans <e.timmermans@timmermans-advocatuur.example>",
    "Verzoek ex art. 15 AVG namens cliënt de heer T. Yilmaz",
    """Geachte heer, mevrouw,

Ik sta de heer Tarik Yilmaz bij, wonende te Rotterdam, die door uw kantoor als wederpartij is aangeschreven in een huurgeschil. Een machtiging treft u bijgaand aan.

Namens cliënt verzoek ik u op grond van artikel 15 AVG om inzage in alle persoonsgegevens die u van hem verwerkt, met vermelding van de doeleinden, de ontvangers, de bewaartermijn en de bron. Ik verzoek u de correspondentie aan mij te richten.

Hoogachtend,

mr. E. Timmermans
Timmermans Advocatuur
Coolsingel 40, Rotterdam
T 010 - 123 45 67

Dit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht onbedoeld heeft ontvangen, verzoeken wij u het te verwijderen.
""",
    R(["Access"], "e.timmermans@timmermans-advocatuur.example", "Tarik", "Yilmaz",
      representative="Esther Timmermans"))

add("nl-19-task-vertaalbureau", "Maarten de Groot <m.degroot@acme-corp.example>",
    "verwerkersovereenkomst vertaalbureau",
    """Hoi,

We gaan vaker werken met LinguaLex voor het vertalen van processtukken en medische rapporten. Zij sturen ons hun verwerkersovereenkomst. Kunnen jullie die checken voordat ik teken? Ze werken ook met freelancers buiten de EU, geloof ik.

Maarten de Groot
Office manager
""",
    TASK("m.degroot@acme-corp.example", "Maarten", "de Groot"))

add("nl-20-task-camera-dpia", "Esmee van den Berg <e.vandenberg@acme-corp.example>",
    "camera's bij de ingang - DPIA nodig?",
    """Beste collega's,

Facilitair wil camera's plaatsen bij de ingang en in de archiefruimte, gekoppeld aan de toegangspasjes. Moet hier een DPIA voor worden gedaan? Zo ja, kunnen jullie die opstellen en het verwerkingsregister aanvullen?

Dank!
Esmee van den Berg
Facilitair coördinator
""",
    TASK("e.vandenberg@acme-corp.example", "Esmee", "van den Berg"))

add("nl-21-task-vragenlijst-bank", "Koen Peeters <k.peeters@acme-corp.example>",
    "leveranciersvragenlijst ING-dossier",
    """Hallo,

Onze cliënt (een bank) wil dat we hun 'third party privacy & security questionnaire' invullen voordat ze ons als panelkantoor verlengen. 84 vragen, deadline 30 november. Kunnen jullie het privacydeel invullen? IT doet de security-vragen.

Koen Peeters
Advocaat-partner, Bank- en financieringsrecht
""",
    TASK("k.peeters@acme-corp.example", "Koen", "Peeters"))

add("nl-22-inc-telefoon-gestolen", "Niels Bakker <n.bakker@acme-corp.example>",
    "telefoon gestolen",
    """Mijn werktelefoon is vanmiddag uit mijn jaszak gerold of gepikt in de tram bij Centraal. Er staan mail, WhatsApp met cliënten en de app van het dossiersysteem op. Pincode staat erop maar het is maar 4 cijfers. IT heb ik al gebeld voor remote wipe.

Niels
""",
    INC("n.bakker@acme-corp.example", "Niels", "Bakker"))

add("nl-23-inc-brief-buurman", "Tineke Hofman <tineke.hofman@caiway-mail.example>",
    "Brief voor iemand anders ontvangen",
    """Goedenavond,

Vandaag lag er een envelop van uw kantoor in mijn brievenbus, geadresseerd aan mij, maar met daarin een dagvaarding en een overzicht van schulden van mijn buurman op nummer 17. Ik heb hem niet verder gelezen. Wat moet ik ermee?

Tineke Hofman
""",
    INC("tineke.hofman@caiway-mail.example", "Tineke", "Hofman"))

add("nl-24-inc-cc-in-plaats-van-bcc", "Lisa Koster <l.koster@acme-corp.example>",
    "fout bij uitnodiging seminar",
    """Hallo,

Ik heb net de uitnodiging voor het seminar 'Schenken en nalaten' verstuurd naar 212 relaties, maar alle adressen stonden in het CC-veld in plaats van BCC. Er zijn al een paar 'allen beantwoorden'-reacties. Wat nu?

Lisa Koster
Marketing & events
""",
    INC("l.koster@acme-corp.example", "Lisa", "Koster"))

add("nl-25-fu-dsr", "Ahmet Kaya <ahmet.kaya@online-mail.example>",
    "Re: [DSR-55190] Ontvangstbevestiging",
    """Goedemiddag,

U schreef dat u binnen een maand zou reageren. Die maand is voorbij. Wanneer krijg ik antwoord?

A. Kaya

> Wij hebben uw verzoek ontvangen en geregistreerd onder nummer DSR-55190.
""",
    FU("55190", "ahmet.kaya@online-mail.example", "Ahmet", "Kaya"))

add("nl-26-fu-claeys", "Wouter Claeys <wouter.claeys@telenet-mail.example>",
    "Re: opvraging en schrapping persoonsgegevens",
    """Goeiedag,

In aanvulling op mijn vorige mail: mijn ouders hebben intussen ook zo'n brief gekregen. Ik stuur hierbij een kopie van mijn identiteitskaart (voorkant, rijksregisternummer afgeschermd) zodat jullie mijn aanvraag kunnen behandelen.

Wouter Claeys
""",
    FU(ref("nl-05-vlaams-inzage-wissen"), "wouter.claeys@telenet-mail.example", "Wouter", "Claeys"),
    headers=irt("nl-05-vlaams-inzage-wissen"))

add("nl-27-spam-mailbox-phishing", "Microsoft 365 Beheer <noreply@m365-beheer-alert.example>",
    "Uw mailbox wordt binnen 24 uur verwijderd",
    """Beste gebruiker privacy@acme-corp.example,

Uw mailbox heeft de opslaglimiet bereikt. Om te voorkomen dat al uw gegevens worden verwijderd, moet u uw account binnen 24 uur verifiëren.

[ACCOUNT VERIFIËREN]

Microsoft 365 Team
""",
    IGN("spam", "noreply@m365-beheer-alert.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="m365-beheer-alert.example")])

add("nl-28-spam-avg-proof", "AVG Direct <info@avg-direct-nu.example>",
    "Is uw advocatenkantoor AVG-proof? Gratis scan!",
    """Beste ondernemer,

Boetes van de Autoriteit Persoonsgegevens lopen op tot miljoenen. Met onze AVG-scan weet u in 5 minuten of uw kantoor persoonsgegevens op tijd verwijdert en goed beveiligt.

Nu tijdelijk gratis voor advocaten en notarissen! Klik hier.

Wilt u geen mail meer? Klik hier.
""",
    IGN("spam", "info@avg-direct-nu.example"),
    headers=SPAM_HDR)

add("nl-29-afwezig", "Jeroen Vos <jeroen.vos@vos-bouw.example>",
    "Afwezig: Uw uitnodiging",
    """Ik ben afwezig tot en met 20 november en lees mijn mail niet. Bij dringende zaken kunt u contact opnemen met mijn collega via 030-7654321.

Met vriendelijke groet,
Jeroen Vos
""",
    IGN("auto_reply", "jeroen.vos@vos-bouw.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("nl-30-bounce", "Microsoft Outlook <postmaster@acme-corp.example>",
    "Onbestelbaar: Uw verzoek",
    "",
    IGN("bounce", "postmaster@acme-corp.example"),
    dsn=True)
