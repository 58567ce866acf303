from common import *  # part de: written blind

add("de-01-selbstauskunft-latin1",
    "Jürgen Weiß <juergen.weiss@t-online.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit bitte ich Sie um vollständige Auskunft darüber, welche personenbezogenen Daten Sie zu meiner
Person gespeichert haben, einschließlich der Herkunft der Daten, der Empfänger, an die sie in den
letzten zwölf Monaten übermittelt wurden, und der aktuell zu mir berechneten Scorewerte.

Meine Angaben zur Identifizierung:
Jürgen Weiß, geb. 17.02.1968
Lindenstraße 4, 90402 Nürnberg

Für eine Antwort innerhalb der gesetzlichen Frist wäre ich Ihnen dankbar.

Mit freundlichen Grüßen
Jürgen Weiß
""",
    R(["Access"], "juergen.weiss@t-online.example", "Jürgen", "Weiß"),
    ct=LATIN1, encode="latin-1")

add("de-02-einzeiler",
    "bigfoot_1999@gmx.example",
    "Konto",
    "Bitte mein Konto bei Ihrem Automarkt löschen.\n",
    R(["Erasure"], "bigfoot_1999@gmx.example"))

add("de-03-falscher-eintrag-sperren",
    "Özlem Demir <oezlem.demir@web.example>",
    "Falscher Negativeintrag",
    """Guten Tag,

in meinen Daten bei Ihnen steht ein Inkassoverfahren der Firma MediaPay über 412 Euro. Diese Forderung
habe ich nie gehabt - ich war nie Kundin bei MediaPay. Bitte berichtigen Sie das. Solange Sie das mit
MediaPay klären, möchte ich, dass der Eintrag gesperrt wird und bei Anfragen von Banken nicht
auftaucht. Ich bin gerade auf Wohnungssuche und jede Vermieterauskunft ist ein Problem.

Viele Grüße
Özlem Demir
""",
    R(["Rectification", "Restriction"], "oezlem.demir@web.example", "Özlem", "Demir"))

add("de-04-werbewiderspruch",
    "Ursula Schröder <u.schroeder@t-online.example>",
    "Widerspruch Werbung",
    """Sehr geehrte Damen und Herren,

ich widerspreche hiermit jeglicher Verwendung meiner Daten für Werbung und Marktforschung, egal ob per
E-Mail, Telefon oder Post. Seit ich auf Ihrem Portal nach einem Gebrauchtwagen gesucht habe, bekomme
ich wöchentlich Angebote.

Mit freundlichen Grüßen
Ursula Schröder
""",
    R(["Opposition"], "u.schroeder@t-online.example", "Ursula", "Schröder"))

add("de-05-langer-aerger",
    "Hans-Peter Müller <hp.mueller@gmx.example>",
    "Beschwerde und Anfrage",
    """Sehr geehrte Damen und Herren,

ich muss mich leider beschweren. Ich habe im September über Ihre Plattform einen Passat gekauft. Der
Verkäufer hat mir versichert, das Auto sei unfallfrei. Zwei Wochen später stellt meine Werkstatt einen
reparierten Frontschaden fest. Der Verkäufer ist seitdem nicht mehr erreichbar, sein Inserat ist
gelöscht, und Ihre Hotline sagt, Sie seien „nur Vermittler“. Das finde ich unmöglich.

Dazu kommt: Seit dem Kauf rufen mich ständig Versicherungsmakler an, die genau wissen, welches Auto ich
gekauft habe. Irgendjemand hat meine Daten also weitergegeben.

Deshalb bitte ich Sie um eine Aufstellung aller Daten, die Sie über mich gespeichert haben, und darum,
mir mitzuteilen, an welche Firmen Sie diese Daten übermittelt haben.

Außerdem erwarte ich, dass Sie den Verkäufer ausfindig machen. Ich prüfe rechtliche Schritte.

Hans-Peter Müller
Tel. 0171 2345678
""",
    R(["Access"], "hp.mueller@gmx.example", "Hans-Peter", "Müller"))

add("de-06-score-mensch",
    "Lukas Brenner <lukas.brenner@posteo.example>",
    "Art. 22 DSGVO - Ablehnung Ratenkredit",
    """Hallo,

mein Antrag auf einen Ratenkredit bei der OnlineBank24 wurde vollautomatisch abgelehnt, laut Bank
ausschließlich auf Grundlage Ihres Scores. Ich möchte, dass ein Mitarbeiter die Entscheidung überprüft,
ich möchte meinen Standpunkt darlegen und die Entscheidung anfechten. Ich bin seit März selbständig,
davor 12 Jahre angestellt - vermutlich versteht Ihr Algorithmus das nicht.

Gruß
Lukas Brenner
""",
    R(["AutomatedDecision"], "lukas.brenner@posteo.example", "Lukas", "Brenner"))

add("de-07-datenmitnahme-html",
    "Anja Zimmermann <anja.zimmermann@web.example>",
    "Meine Daten zu einem anderen Anbieter",
    html("Hallo liebes Team,",
         "ich wechsle zu einem anderen Fahrzeugportal. Bitte stellen Sie mir meine Inserate, "
         "Nachrichten und Bewertungen in einem gängigen, maschinenlesbaren Format zur Verfügung "
         "&ndash; oder schicken Sie sie direkt an den neuen Anbieter.",
         "Danke und schöne Grüße<br>Anja Zimmermann"),
    R(["Portability"], "anja.zimmermann@web.example", "Anja", "Zimmermann"), ct=HTML)

add("de-08-woher-wie-lange",
    "Sabine Kühn <sabine.kuehn@gmx.example>",
    "Fragen zur Datenverarbeitung",
    """Guten Tag,

ich habe einige allgemeine Fragen: Woher bekommen Sie eigentlich Ihre Informationen über Verbraucher?
Wie lange werden erledigte Forderungen gespeichert? Und werden Daten in Länder außerhalb der EU
übermittelt? Eine Kopie meiner Daten brauche ich nicht, mir geht es um das Verständnis.

Freundliche Grüße
Sabine Kühn
""",
    R(["Information"], "sabine.kuehn@gmx.example", "Sabine", "Kühn"))

add("de-09-rechtsanwalt",
    "Dr. Thomas Becker <becker@kanzlei-becker.example>",
    "Mandant Maximilian Graf - Auskunft und Einschränkung",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeige ich an, dass mich Herr Maximilian Graf, Schillerstraße 22, 80336 München,
geb. 05.08.1986, mit der Wahrnehmung seiner Interessen beauftragt hat. Vollmacht anbei.

Namens und in Vollmacht meines Mandanten verlange ich
1. Auskunft gemäß Art. 15 DSGVO über sämtliche zu ihm gespeicherten Daten sowie
2. die Einschränkung der Verarbeitung gemäß Art. 18 Abs. 1 lit. a DSGVO hinsichtlich des von der
   Firma AutoFinanz Süd gemeldeten Eintrags, dessen Richtigkeit mein Mandant bestreitet, bis zur
   abschließenden Klärung.

Ich habe mir eine Frist bis zum 16.12.2026 notiert.

Mit freundlichen Grüßen
Dr. Thomas Becker
Rechtsanwalt
Kanzlei Becker & Partner
""",
    R(["Access", "Restriction"], "becker@kanzlei-becker.example", "Maximilian", "Graf",
      representative="Thomas Becker"))

add("de-10-betreuer",
    "Stefan Hofmann <s.hofmann@betreuungsverein.example>",
    "Frau Erika Lange - Löschung Nutzerkonto",
    """Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellter Betreuer von Frau Erika Lange (Aufgabenkreis u. a. Vermögenssorge und
Behördenangelegenheiten, Betreuerausweis liegt bei). Frau Lange hat auf Ihrem Automarkt ein Konto
angelegt und dort mehrere Kaufanfragen gestellt, ohne die Tragweite zu überblicken.

Ich bitte darum, das Konto von Frau Lange mitsamt aller gespeicherten Daten zu löschen.

Mit freundlichen Grüßen
Stefan Hofmann
Betreuungsverein Rhein-Main e.V.
""",
    R(["Erasure"], "s.hofmann@betreuungsverein.example", "Erika", "Lange",
      representative="Stefan Hofmann"))

add("de-11-weitergeleitet-nachlass",
    "Lena Fischer <lena.fischer@acme-corp.example>",
    "WG: Frage zu meinen Daten nach meinem Tod",
    """Hallo Datenschutz-Team,

das kam über das Kontaktformular, bitte übernehmt ihr?

LG Lena
Kundenservice

----- Weitergeleitete Nachricht -----
Von: Mirko Petrović <mirko.petrovic@gmx.example>
Gesendet: Freitag, 13. November 2026 09:12
An: kontakt@acme-corp.example
Betreff: Frage zu meinen Daten nach meinem Tod

Guten Tag, ich regle gerade meinen digitalen Nachlass. Ich möchte festlegen, dass nach meinem Tod alle
meine Daten bei Ihnen gelöscht werden und mein Sohn Luka das veranlassen darf. Wie kann ich das bei
Ihnen hinterlegen?
Mirko Petrović
""",
    R(["AdvanceDirectives"], "mirko.petrovic@gmx.example", "Mirko", "Petrović"))

add("de-12-anhang-kopie",
    "Jonas Richter <jonas.richter@acme-corp.example>",
    "WG: Anfrage Datenkopie",
    "",
    R(["Access"], "tobias.wagner@posteo.example", "Tobias", "Wagner"),
    attached=("Tobias Wagner <tobias.wagner@posteo.example>", "Anfrage Datenkopie",
              """Hallo,
ich hätte gern eine elektronische Kopie aller Infos, die Sie beim Identitätscheck für meinen
Autokauf über mich gespeichert haben (Ausweisfoto, Adressabgleich usw.).
Danke, Tobias Wagner
"""),
    note="Hallo zusammen, leite ich euch als Anhang weiter. Gruß Jonas")

add("de-13-grossbuchstaben",
    "WALTER KRAUSE <w.krause@t-online.example>",
    "ANRUFE",
    """HÖREN SIE ENDLICH AUF MICH ANZURUFEN!!! ICH WILL KEINE ANGEBOTE VON IHNEN ODER IHREN PARTNERN.
W. KRAUSE
""",
    R(["Opposition"], "w.krause@t-online.example", "Walter", "Krause"))

add("de-14-nicht-loeschen-telefon",
    "Jana Krüger <jana.krueger@web.example>",
    "Falsche Telefonnummer hinterlegt",
    """Hi,

bitte nicht falsch verstehen, ich will mein Verkäuferkonto behalten und nichts löschen lassen. Aber bei
mir ist eine alte Handynummer hinterlegt, die inzwischen jemand anderes hat - der bekommt jetzt die
Anfragen zu meinem Auto. Richtige Nummer: 0176 98765432. Im Profil kann ich sie nicht selbst ändern.

Jana
Von meinem iPhone gesendet
""",
    R(["Rectification"], "jana.krueger@web.example", "Jana", "Krüger"))

add("de-15-familie-replyto",
    "Familie Schneider <familie.schneider@gmx.example>",
    "Keine Werbepost mehr",
    """Guten Abend,

bitte schicken Sie mir keine Prospekte und Werbebriefe mehr zu Ihrem Gebrauchtwagenmarkt. Ich habe
dem nie zugestimmt. Antworten Sie bitte an meine eigene Adresse.

Katrin Schneider
""",
    R(["Opposition"], "katrin.schneider@web.example", "Katrin", "Schneider"),
    headers=["Reply-To: Katrin Schneider <katrin.schneider@web.example>"])

add("de-16-inserat-verlaengern",
    "Dieter Vogel <dieter.vogel@t-online.example>",
    "Inserat abgelaufen",
    """Guten Tag, mein Inserat für den BMW 320d ist gestern abgelaufen. Wie kann ich es verlängern, ohne
alles neu eingeben zu müssen? MfG D. Vogel
""",
    R(["Unknown"], "dieter.vogel@t-online.example", "Dieter", "Vogel"))

add("de-17-tippfehler",
    "Marcel Schulz <marcel.schulz91@gmx.example>",
    "daten",
    """hallo bitte alle meine daten löchen und ich will auch keine werbemails mehr bekommen danke
marcel schulz
""",
    R(["Erasure", "Opposition"], "marcel.schulz91@gmx.example", "Marcel", "Schulz"))

add("de-18-erbin-mutter",
    "Birgit Neumann <birgit.neumann@web.example>",
    "Nachlass meiner Mutter Gisela Hoffmann",
    """Sehr geehrte Damen und Herren,

meine Mutter, Frau Gisela Hoffmann, geb. 11.01.1944, zuletzt wohnhaft Am Markt 3, 06108 Halle, ist am
30. August verstorben. Ich bin Alleinerbin (Erbschein anbei).

Um den Nachlass abwickeln zu können, benötige ich Auskunft darüber, welche Kredite und Verbindlichkeiten
bei Ihnen zu meiner Mutter gespeichert sind.

Mit freundlichen Grüßen
Birgit Neumann
""",
    R(["Access"], "birgit.neumann@web.example", "Gisela", "Hoffmann", representative="Birgit Neumann"))

add("de-19-kopie-und-datei",
    "Katharina von Stetten <k.vonstetten@posteo.example>",
    "Datenauskunft sowie Übertragung",
    """Sehr geehrte Damen und Herren,

ich bitte um Mitteilung, welche Daten Sie über mich verarbeiten. Zusätzlich möchte ich meine
Bonitätsdaten in einem strukturierten, maschinenlesbaren Format erhalten, damit ich sie meinem
Finanzberater übergeben kann.

Mit freundlichen Grüßen
Dr. Katharina von Stetten
Fachärztin für Innere Medizin
""",
    R(["Access", "Portability"], "k.vonstetten@posteo.example", "Katharina", "von Stetten"))

add("de-20-task-vvt",
    "Florian Huber <florian.huber@acme-corp.example>",
    "VVT aktualisieren - neues Inkasso-Reporting",
    """Hallo zusammen,

ab Januar übernehmen wir Zahlungserfahrungen von zwei neuen Inkassounternehmen. Könnt ihr das
Verzeichnis von Verarbeitungstätigkeiten entsprechend aktualisieren und prüfen, ob wir mit den beiden
einen neuen Vertrag brauchen? Unterlagen liegen im Teams-Ordner „Inkasso 2027“.

Danke!
Florian Huber
Leiter Datenlieferanten
""",
    TASK("florian.huber@acme-corp.example", "Florian", "Huber"))

add("de-21-task-dsfa-ki",
    "Miriam Wolf <miriam.wolf@acme-corp.example>",
    "DSFA für neues Scoring-Modell",
    """Hallo Datenschutz,

das Data-Science-Team will im Frühjahr ein neues Scoring-Modell (Gradient Boosting) produktiv nehmen.
Dafür brauchen wir eine Datenschutz-Folgenabschätzung. Wann könnt ihr starten? Ich schicke euch gern
die Modellbeschreibung und die Feature-Liste.

Miriam Wolf
Head of Analytics
Acme Corp GmbH | Tel. +49 69 1234 560
""",
    TASK("miriam.wolf@acme-corp.example", "Miriam", "Wolf"))

add("de-22-task-schulung",
    "Patrick Lehmann <patrick.lehmann@acme-corp.example>",
    "Datenschutzschulung Vertrieb",
    """Hi,

für den Vertrieb Automarkt (ca. 20 Leute) bräuchten wir bis Jahresende noch die jährliche
Datenschutzunterweisung. Geht das als Webinar? Termine im Dezember wären gut.

Grüße
Patrick
""",
    TASK("patrick.lehmann@acme-corp.example", "Patrick", "Lehmann"))

add("de-23-inc-falscher-empfaenger",
    "Sandra Koch <sandra.koch@acme-corp.example>",
    "Datenschutzvorfall? Auskunft an falsche Adresse",
    """Hallo,

mir ist heute aufgefallen, dass ich gestern eine Selbstauskunft (inkl. Scorewerte und Kreditliste) an
die falsche E-Mail-Adresse geschickt habe - Zahlendreher in der Adresse. Der Empfänger hat sich noch
nicht gemeldet. Betroffener ist Herr K. aus Bremen, Vorgang liegt im System.

Sandra Koch
Team Verbraucherservice
""",
    INC("sandra.koch@acme-corp.example", "Sandra", "Koch"))

add("de-24-inc-ausweise-chat",
    "Ralf Schuster <ralf.schuster@gmx.example>",
    "Fremde Ausweiskopien in meinem Chat",
    """Hallo,

ich habe gestern über Ihren Chat mit einem Verkäufer geschrieben und plötzlich tauchten in meinem
Nachrichtenverlauf Fotos von Personalausweisen auf - von Leuten, die ich nicht kenne, offenbar aus dem
Identitätscheck anderer Kunden. Ich habe Screenshots gemacht. Das sollte so nicht sein.

Ralf Schuster
""",
    INC("ralf.schuster@gmx.example", "Ralf", "Schuster"))

add("de-25-inc-handy-verloren",
    "Nico Bauer <nico.bauer@acme-corp.example>",
    "Diensthandy verloren",
    """Hi, ich habe mein Diensthandy gestern Abend im Taxi in Frankfurt liegen lassen. Darauf sind
Outlook und Teams mit Kundenkorrespondenz. PIN-Sperre ist aktiv. IT weiß Bescheid.
Nico

Von meinem privaten Handy gesendet
""",
    INC("nico.bauer@acme-corp.example", "Nico", "Bauer"))

add("de-26-fu-dsr",
    "Helga Brandt <helga.brandt@t-online.example>",
    "AW: [DSR-37755] Eingangsbestätigung Ihrer Anfrage",
    """Sehr geehrte Damen und Herren,

Sie baten um eine Kopie meines Personalausweises. Diese finden Sie anbei. Bitte teilen Sie mir mit, wann
ich mit der Antwort rechnen kann.

Helga Brandt

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Betreff: [DSR-37755] Eingangsbestätigung Ihrer Anfrage
> Ihre Anfrage wurde unter der Nummer [DSR-37755] registriert.
""",
    FU("37755", "helga.brandt@t-online.example", "Helga", "Brandt"))

add("de-27-fu-mediapay",
    "Özlem Demir <oezlem.demir@web.example>",
    "AW: Falscher Negativeintrag",
    """Hallo nochmal,

MediaPay hat mir inzwischen schriftlich bestätigt, dass es eine Verwechslung war. Das Schreiben hänge
ich an. Können Sie den Eintrag jetzt bitte endgültig korrigieren?

Özlem Demir
""",
    FU(ref("de-03-falscher-eintrag-sperren"), "oezlem.demir@web.example", "Özlem", "Demir"),
    headers=irt("de-03-falscher-eintrag-sperren"))

add("de-28-spam-abmahnung",
    "DSGVO Prüfstelle <pruefung@dsgvo-pruefstelle.example>",
    "Abmahnung: DSGVO-Verstoß auf Ihrer Website - Frist 48h",
    """Sehr geehrte Damen und Herren,

bei einer Prüfung Ihrer Website wurden schwerwiegende DSGVO-Verstöße festgestellt. Zur Vermeidung einer
Strafe von bis zu 20 Mio. Euro zahlen Sie bitte binnen 48 Stunden eine Bearbeitungsgebühr von 1.490 Euro.
Danach werden alle Daten über den Vorgang gelöscht.

Zahlungsinformationen: http://dsgvo-pruefstelle.example/zahlung
""",
    IGN("spam", "pruefung@dsgvo-pruefstelle.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="dsgvo-pruefstelle.example")])

add("de-29-spam-gewinn",
    "Gewinnspiel Zentrale <gewinn@megapreis.example>",
    "Herzlichen Glückwunsch! Sie haben ein iPhone gewonnen",
    """Sie wurden als Gewinner ausgewählt! Bestätigen Sie Ihre Adresse und zahlen Sie nur 2 Euro
Versandkosten. Ihre Daten sind bei uns sicher.

>> Jetzt Gewinn sichern <<
""",
    IGN("spam", "gewinn@megapreis.example"), headers=SPAM_HDR)

add("de-30-abwesenheit",
    "Markus Pohl <markus.pohl@onlinebank24.example>",
    "Abwesenheitsnotiz: Datenlieferung Oktober",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an datenschutz@onlinebank24.example.

Markus Pohl
""",
    IGN("auto_reply", "markus.pohl@onlinebank24.example"))

add("de-31-unzustellbar",
    "Mail Delivery Subsystem <mailer-daemon@mail.gmx.example>",
    "Unzustellbar: Ihre Anfrage",
    "",
    IGN("bounce", "mailer-daemon@mail.gmx.example"), dsn=True)
