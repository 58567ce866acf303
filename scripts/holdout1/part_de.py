# Held-out set holdout1, German messages (DE, AT, CH). Written blind.
from common import add, R, IGN, INC, TASK, FU, AUTH, SPAM_HDR, HTML, html, LATIN1, CP1252

# ---------------------------------------------------------------- requests

add("de-01-auskunft-art15", "Stefan Hoffmann <stefan.hoffmann@web.example>", "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Auskunftsrecht gemäß Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir
mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir gegebenenfalls
eine Kopie dieser Daten zur Verfügung, einschließlich Verarbeitungszwecken, Empfängern,
Speicherdauer und Herkunft der Daten.

Kundennummer: 600 412 887

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Stefan Hoffmann
Lindenstraße 17
50674 Köln
""",
    R(["Access"], "stefan.hoffmann@web.example", "Stefan", "Hoffmann"))

add("de-02-loeschen-kurz", "<m.krause@gmx.example>", "Löschung",
    "Bitte löschen Sie mein Kundenkonto und alle meine Daten.\n\nMfG\nMichael Krause\n",
    R(["Erasure"], "m.krause@gmx.example", "Michael", "Krause"))

add("de-03-widerspruch-werbung", "Brigitte Schulz <brigitte.schulz@t-online.example>", "Widerspruch",
    """Sehr geehrte Damen und Herren,

ich widerspreche hiermit der Verwendung meiner personenbezogenen Daten für Zwecke der Werbung
und Marktforschung (Art. 21 Abs. 2 DSGVO). Bitte senden Sie mir keine Werbung mehr, weder per
Post noch per E-Mail oder Telefon.

Mit freundlichen Grüßen
Brigitte Schulz
""",
    R(["Opposition"], "brigitte.schulz@t-online.example", "Brigitte", "Schulz"))

add("de-04-wuetend-vertrag", "Jürgen Wagner <juergen.wagner@freenet.example>", "Ihre Unverschämtheit",
    """Guten Tag,

seit Wochen versuche ich, meinen Festnetzvertrag zu kündigen, den mir Ihr Drückerkolonnen-
Vertreter an der Haustür aufgeschwatzt hat. Die Hotline ist nie erreichbar, im Chat werde ich
nach 40 Minuten rausgeworfen, und Ihre Kündigungsbestätigung kam nie an. Stattdessen kommt eine
Rechnung über 64,90 EUR für einen Router, den ich nie bestellt habe.

Ich fordere Sie auf, mir unverzüglich eine Kopie aller bei Ihnen über mich gespeicherten Daten
zu übersenden, insbesondere das angeblich von mir unterschriebene Auftragsformular und die
Notizen Ihres Vertreters. Ich bin gespannt, was da steht.

Die Kündigung wiederhole ich hiermit vorsorglich zum nächstmöglichen Zeitpunkt.

Jürgen Wagner
Kundennummer 771203344
""",
    R(["Access"], "juergen.wagner@freenet.example", "Jürgen", "Wagner"))

add("de-05-berichtigung-name", "Katarzyna Nowak-Schmidt <k.nowak-schmidt@gmx.example>", "Falscher Nachname",
    """Hallo,

nach meiner Heirat heiße ich Nowak-Schmidt, auf den Rechnungen steht aber immer noch nur Nowak.
Bitte ändern Sie meinen Namen im Kundenkonto (Kundennr. 55 120 339). Die Heiratsurkunde kann
ich schicken.

Danke und viele Grüße
Katarzyna Nowak-Schmidt
""",
    R(["Rectification"], "k.nowak-schmidt@gmx.example", "Katarzyna", "Nowak-Schmidt"))

add("de-06-datenuebertragbarkeit", "Felix Braun <felix.braun@posteo.example>", "Datenübertragbarkeit nach Art. 20",
    """Hallo,

ich möchte gemäß Art. 20 DSGVO die von mir bereitgestellten Daten sowie meine
Verbindungsübersicht der letzten zwölf Monate in einem strukturierten, gängigen und
maschinenlesbaren Format (CSV/JSON) erhalten, um sie an meinen neuen Anbieter weiterzugeben.

Viele Grüße
Felix Braun
""",
    R(["Portability"], "felix.braun@posteo.example", "Felix", "Braun"))

add("de-07-schufa-ablehnung", "Ayşe Demir <ayse.demir@gmail.example>", "Ablehnung Handyvertrag",
    """Sehr geehrte Damen und Herren,

meine Online-Bestellung eines Handyvertrags wurde nach der Bonitätsprüfung sofort automatisch
abgelehnt. Ich habe einen unbefristeten Arbeitsvertrag und keine negativen Einträge. Ich
verlange, dass ein Mitarbeiter die Entscheidung überprüft (Art. 22 DSGVO), und möchte meinen
Standpunkt darlegen. Bitte teilen Sie mir auch mit, welche Kriterien für die Ablehnung
ausschlaggebend waren.

Mit freundlichen Grüßen
Ayşe Demir
""",
    R(["AutomatedDecision"], "ayse.demir@gmail.example", "Ayşe", "Demir"))

add("de-08-speicherdauer", "Wolfgang Richter <w.richter@arcor.example>", "Frage zu Verbindungsdaten",
    """Guten Tag,

wie lange speichern Sie eigentlich die Verbindungsdaten (wer wann wen angerufen hat) und die
IP-Adressen Ihrer Internetkunden? Und geben Sie diese Daten an Behörden weiter?

Mit freundlichen Grüßen
Wolfgang Richter
""",
    R(["Information"], "w.richter@arcor.example", "Wolfgang", "Richter"))

add("de-09-auskunft-dann-loeschung", "Sabine Keller <sabine.keller@web.example>", "Meine Daten",
    """Guten Tag,

bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben, und schicken Sie mir eine
Kopie. Anschließend bitte ich um Löschung aller Daten, die Sie nicht aufgrund gesetzlicher
Pflichten aufbewahren müssen.

Sabine Keller
""",
    R(["Access", "Erasure"], "sabine.keller@web.example", "Sabine", "Keller"))

add("de-10-anwalt-loeschung", "RA Dr. Matthias Vogt <vogt@kanzlei-vogt.example>", "Unser Mandant Herr Lukas Zimmermann / Löschungsverlangen",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Lukas Zimmermann, Hauptstraße 5, 80331 München, anwaltlich
vertreten. Eine auf uns lautende Vollmacht liegt bei.

Namens und in Vollmacht unseres Mandanten fordern wir Sie auf, sämtliche ihn betreffenden
personenbezogenen Daten gemäß Art. 17 DSGVO zu löschen und uns die Löschung bis zum
7. Dezember 2026 schriftlich zu bestätigen. Ferner widerspricht unser Mandant jeglicher
werblichen Ansprache.

Mit freundlichen kollegialen Grüßen
Dr. Matthias Vogt
Rechtsanwalt
Kanzlei Vogt, Maximilianstraße 22, 80539 München
""",
    R(["Erasure", "Opposition"], "vogt@kanzlei-vogt.example", "Lukas", "Zimmermann", representative="Matthias Vogt"))

add("de-11-vater-sohn", "Thomas Becker <thomas.becker@t-online.example>", "Konto meines Sohnes",
    """Hallo,

mein Sohn Leon Becker (13) hat ohne unser Wissen ein Kundenkonto in Ihrem Onlineshop angelegt
und einen Prepaid-Tarif bestellt. Als Erziehungsberechtigter verlange ich die Löschung seines
Kontos und aller seiner Daten.

Thomas Becker
""",
    R(["Erasure"], "thomas.becker@t-online.example", "Leon", "Becker", representative="Thomas Becker"))

add("de-12-erbin-mutter", "Renate Fischer <renate.fischer@gmx.example>", "Todesfall - Vertrag meiner Mutter",
    """Sehr geehrte Damen und Herren,

meine Mutter, Frau Hildegard Fischer, ist am 19. Oktober verstorben. Sie hatte bei Ihnen einen
Mobilfunkvertrag (Rufnummer 0171 5550123). Als Alleinerbin bitte ich um Kündigung und um
Löschung ihrer personenbezogenen Daten. Sterbeurkunde und Erbschein liegen bei.

Mit freundlichen Grüßen
Renate Fischer
""",
    R(["Erasure"], "renate.fischer@gmx.example", "Hildegard", "Fischer", representative="Renate Fischer"))

add("de-13-einschraenkung", "Dr. Katharina von Bülow <k.vonbuelow@kanzlei-mail.example>", "Einschränkung der Verarbeitung",
    """Sehr geehrte Damen und Herren,

ich bestreite die Richtigkeit des bei Ihnen gespeicherten Zahlungsrückstands. Für die Dauer der
Prüfung verlange ich gemäß Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung der
betreffenden Daten. Eine Übermittlung an Auskunfteien oder Inkassounternehmen hat zu unterbleiben.

Mit freundlichen Grüßen
Dr. Katharina von Bülow
""",
    R(["Restriction"], "k.vonbuelow@kanzlei-mail.example", "Katharina", "von Bülow"))

add("de-14-weitergeleitet-von-gesendet", "Nico Hartmann <nico.hartmann@acme-corp.example>", "WG: Datenauskunft",
    """Hallo Datenschutz-Team,

das kam bei uns im Kundenservice an, bitte übernehmen.

Gruß
Nico

Von: Monika Schreiber <monika.schreiber@gmx.example>
Gesendet: Sonntag, 15. November 2026 17:03
An: kundenservice@acme-corp.example
Betreff: Datenauskunft

Sehr geehrte Damen und Herren,
ich bitte um Auskunft über alle zu meiner Person gespeicherten Daten.
Mit freundlichen Grüßen
Monika Schreiber
""",
    R(["Access"], "monika.schreiber@gmx.example", "Monika", "Schreiber"))

add("de-15-html-widerruf", "Andreas Wolf <andreas.wolf@outlook.example>", "Einwilligung",
    html("Guten Tag,",
         "hiermit widerrufe ich meine Einwilligung in den Erhalt von Newslettern, SMS-Werbung und "
         "Telefonwerbung mit sofortiger Wirkung.",
         "Mit freundlichen Gr&uuml;&szlig;en<br>Andreas Wolf"),
    R(["Opposition"], "andreas.wolf@outlook.example", "Andreas", "Wolf"), ct=HTML)

add("de-16-rechte-unklar", "Uwe Schmitt <uwe.schmitt@web.example>", "DSGVO Anfrage",
    "Sehr geehrte Damen und Herren, hiermit mache ich meine Rechte nach der DSGVO geltend. Mit freundlichen Grüßen, Uwe Schmitt\n",
    R(["Unknown"], "uwe.schmitt@web.example", "Uwe", "Schmitt"))

add("de-17-router-und-bank", "Petra Lange <petra.lange@gmx.example>", "Router defekt / Bankverbindung",
    """Hallo,

mein Router ist seit Samstag defekt, die Power-LED blinkt rot. Bitte schicken Sie ein
Austauschgerät.

Außerdem hat sich meine Bankverbindung geändert. Bitte ändern Sie die hinterlegte IBAN auf
DE89 3704 0044 0532 0130 00. Die alte Bankverbindung bei der Sparkasse ist nicht mehr gültig.

Danke
Petra Lange
""",
    R(["Rectification"], "petra.lange@gmx.example", "Petra", "Lange"))

add("de-18-latin1-loeschung", "Günther Weiß <guenther.weiss@t-online.example>", "Löschung meiner Daten",
    """Sehr geehrte Damen und Herren,

ich bin seit März kein Kunde mehr und bitte um vollständige Löschung meiner persönlichen Daten.
Bitte bestätigen Sie mir die Löschung schriftlich.

Mit freundlichen Grüßen
Günther Weiß
Schloßstraße 3, 70176 Stuttgart
""",
    R(["Erasure"], "guenther.weiss@t-online.example", "Günther", "Weiß"),
    encode="latin-1", ct=LATIN1)

add("de-19-qp-auskunft", "Jörg Krüger <joerg.krueger@arcor.example>", "Anfrage Datenkopie",
    """Guten Tag,

ich möchte gern wissen, welche Daten über mich bei Ihnen gespeichert sind. Bitte schicken Sie mir
eine Übersicht per E-Mail.

Grüße aus Düsseldorf
Jörg Krüger
""",
    R(["Access"], "joerg.krueger@arcor.example", "Jörg", "Krüger"),
    encode="latin-1-qp", ct=LATIN1)

add("de-20-iphone-keine-werbung", "Tanja <tanja.schumacher@icloud.example>", "Werbung",
    "Keine Werbung mehr bitte. Weder Mail noch SMS.\nT. Schumacher\n\nVon meinem iPhone gesendet\n",
    R(["Opposition"], "tanja.schumacher@icloud.example", "Tanja", "Schumacher"))

add("de-21-adresse-und-kopie", "Heinz Zimmer <heinz.zimmer@web.example>", "Umzug",
    """Guten Tag,

ich bin umgezogen. Neue Anschrift: Am Markt 9, 01067 Dresden. Bitte aktualisieren Sie meine
Daten und schicken Sie mir anschließend einen Auszug aller gespeicherten Daten, damit ich
prüfen kann, ob jetzt alles stimmt.

Heinz Zimmer
""",
    R(["Rectification", "Access"], "heinz.zimmer@web.example", "Heinz", "Zimmer"))

add("de-22-keine-kundin", "Melanie Krüger <melanie.krueger@gmail.example>", "Woher haben Sie meine Daten??",
    """Hallo,

ich bekomme seit zwei Wochen Werbe-SMS von Ihnen, obwohl ich nie Kundin war. Woher haben Sie
meine Handynummer? Ich will wissen, woher die Daten stammen, und dann will ich, dass Sie sie
löschen.

Melanie Krüger
""",
    R(["Access", "Erasure"], "melanie.krueger@gmail.example", "Melanie", "Krüger"))

add("de-23-at-auskunft", "Mag. Florian Gruber <florian.gruber@aon.example>", "Auskunft DSGVO",
    """Sehr geehrte Damen und Herren,

ich ersuche um Auskunft gemäß Art. 15 DSGVO über die zu meiner Person verarbeiteten Daten.
Zur Identifikation: Kundennummer AT-448 102, Anschrift Mariahilfer Straße 101/7, 1060 Wien.

Mit freundlichen Grüßen
Mag. Florian Gruber
""",
    R(["Access"], "florian.gruber@aon.example", "Florian", "Gruber"))

add("de-24-ch-loeschen", "Reto Meier <reto.meier@bluewin.example>", "Konto löschen",
    """Grüezi

Ich möchte mein Kundenkonto in Ihrem Onlineshop schliessen und bitte Sie, alle meine Daten zu
löschen. Ich habe seit 2022 nichts mehr bestellt.

Freundliche Grüsse
Reto Meier
""",
    R(["Erasure"], "reto.meier@bluewin.example", "Reto", "Meier"))

add("de-25-profiling-widerspruch", "Daniel Koch <daniel.koch@mailbox.example>", "Personalisierte Werbung",
    """Hallo,

ich widerspreche der Auswertung meines Surf- und Kaufverhaltens für personalisierte Angebote.

Daniel Koch
""",
    R(["Opposition"], "daniel.koch@mailbox.example", "Daniel", "Koch"))

add("de-26-familie-replyto", "Familie Neumann <familie.neumann@t-online.example>", "Datenkopie",
    """Guten Tag,

bitte senden Sie mir eine Kopie meiner bei Ihnen gespeicherten Daten. Antworten Sie bitte an
meine eigene Adresse.

Viele Grüße
Julia Neumann
""",
    R(["Access"], "julia.neumann@posteo.example", "Julia", "Neumann"),
    headers=["Reply-To: julia.neumann@posteo.example"])

add("de-27-betreuer-vater", "Klaus Schröder <klaus.schroeder@web.example>", "Betreuung - Herr Werner Schröder",
    """Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellter Betreuer meines Vaters, Herrn Werner Schröder (geb. 1936). Bitte
teilen Sie mir mit, welche Verträge und Daten zu ihm bei Ihnen gespeichert sind; die
Betreuerbestellung füge ich bei.

Mit freundlichen Grüßen
Klaus Schröder
""",
    R(["Access"], "klaus.schroeder@web.example", "Werner", "Schröder", representative="Klaus Schröder"))

add("de-28-cp1252-sperren", "Björn Schäfer <bjoern.schaefer@gmx.example>", "Sperrung meiner Daten",
    """Hallo,

bitte sperren Sie meine Daten, bis geklärt ist, ob die Forderung über 212 € berechtigt ist. Ich
möchte nicht, dass sie in der Zwischenzeit an ein Inkassobüro gehen. Löschen sollen Sie aber
noch nichts, ich brauche die Unterlagen eventuell als Beweis.

Björn Schäfer
""",
    R(["Restriction"], "bjoern.schaefer@gmx.example", "Björn", "Schäfer"),
    encode="cp1252", ct=CP1252)

# ---------------------------------------------------------------- ignore

add("de-29-spam-dsgvo-abmahnung", "DSGVO Sofortschutz <info@dsgvo-sofortschutz.example>", "ACHTUNG: Abmahnwelle wegen DSGVO - Ihr Unternehmen betroffen?",
    """Sehr geehrte Geschäftsführung,

aktuell rollt eine Abmahnwelle wegen fehlerhafter Datenschutzerklärungen und nicht
beantworteter Löschanfragen. Schützen Sie sich JETZT mit unserem DSGVO-Komplettpaket für nur
299 EUR (statt 899 EUR)! Nur noch heute gültig.

Jetzt bestellen: https://dsgvo-sofortschutz.example/paket

Abmelden: antworten Sie mit "Abmelden".
""",
    IGN("spam"), headers=["Reply-To: bestellung@dsgvo-sofortschutz-mail.example"])

add("de-30-phish-bank", "Sparkasse Kundenservice <service@sparkasse-sicherheit.example>", "Wichtig: Ihr Konto wurde vorübergehend gesperrt",
    """Sehr geehrter Kunde,

aufgrund einer Sicherheitsüberprüfung wurde Ihr Online-Banking vorübergehend gesperrt. Bitte
bestätigen Sie innerhalb von 24 Stunden Ihre Identität, um eine dauerhafte Sperrung zu vermeiden:

https://sparkasse-sicherheit.example/entsperren

Ihr Sparkasse Kundenservice
""",
    IGN("spam"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="sparkasse-sicherheit.example")])

add("de-31-erbschaft", "Frau Elisabeth Morgan <e.morgan.stiftung@mail.example>", "Spende von 1.500.000 Euro",
    """Hallo,

ich bin Elisabeth Morgan, eine 78-jährige Witwe, und habe Krebs im Endstadium. Ich habe
beschlossen, 1.500.000 Euro an eine vertrauenswürdige Person zu spenden, die das Geld für
wohltätige Zwecke verwendet. Bitte antworten Sie mit Ihrem vollständigen Namen, Ihrer Adresse
und Telefonnummer an meine private E-Mail-Adresse.

Gott segne Sie.
""",
    IGN("spam"), headers=["Reply-To: elisabeth.morgan1946@freemail.example"])

add("de-32-spam-header-only", "Markus <markus@leadgen-b2b.example>", "Kurze Frage",
    """Hallo,

hätten Sie nächste Woche 15 Minuten für einen kurzen Austausch, wie wir Ihnen 30 neue B2B-Leads
pro Monat liefern können?

Beste Grüße
Markus
""",
    IGN("spam"), headers=SPAM_HDR)

add("de-33-abwesenheit", "Sebastian Franke <sebastian.franke@it-dienstleister.example>", "Abwesenheitsnotiz: AV-Vertrag Rückfragen",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro und habe keinen
Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden
Sie sich bitte an unsere Zentrale unter 030 555 1200.

Mit freundlichen Grüßen
Sebastian Franke
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])

add("de-34-lesebestaetigung", "Dieter Hahn <dieter.hahn@web.example>", "Gelesen: [DSR-3951] Ihre Anfrage",
    """Ihre Nachricht

  An: dieter.hahn@web.example
  Betreff: [DSR-3951] Ihre Anfrage
  Gesendet: Freitag, 13. November 2026 10:12:04 (UTC+01:00)

wurde am Montag, 16. November 2026 08:40:11 (UTC+01:00) gelesen.
""",
    IGN("auto_reply"))

add("de-35-newsletter", "Datenschutz-Praxis <newsletter@datenschutz-praxis.example>", "Datenschutz-Praxis 11/2026: Auskunftsanspruch und Kopie",
    """DATENSCHUTZ-PRAXIS - Ausgabe 11/2026

Themen dieser Ausgabe:
- BGH zum Umfang der Datenkopie nach Art. 15 Abs. 3 DSGVO
- Löschkonzepte im Telekommunikationsbereich
- Checkliste: Umgang mit Betroffenenanfragen

Newsletter abbestellen: https://datenschutz-praxis.example/abmelden
""",
    IGN("bulk"), headers=["List-Unsubscribe: <https://datenschutz-praxis.example/abmelden?u=99812>",
                          "List-Id: Datenschutz-Praxis <news.datenschutz-praxis.example>",
                          "Precedence: bulk"])

# ---------------------------------------------------------------- tasks

add("de-36-task-avv", "Carsten Lehmann <carsten.lehmann@acme-corp.example>", "AVV mit neuem Cloud-Anbieter prüfen",
    """Hallo zusammen,

wir wollen die Kundendatenbank des Onlineshops zu einem neuen Cloud-Anbieter migrieren. Der
Anbieter hat uns seinen Auftragsverarbeitungsvertrag samt TOMs geschickt. Könnt ihr den bitte
prüfen? Ziel ist Vertragsunterzeichnung Mitte Dezember.

Danke und Gruß
Carsten Lehmann
Head of IT Infrastructure
""",
    TASK("carsten.lehmann@acme-corp.example", "Carsten", "Lehmann"))

add("de-37-task-vvt", "Anja Pohl <anja.pohl@acme-corp.example>", "VVT-Eintrag Kundenbindungsprogramm",
    """Hallo Datenschutz,

für das neue Kundenbindungsprogramm (Start 1.2.) brauchen wir einen Eintrag im Verzeichnis von
Verarbeitungstätigkeiten. Könnt ihr den anlegen? Die Beschreibung der Datenflüsse hänge ich an.

Viele Grüße
Anja Pohl
Marketing
""",
    TASK("anja.pohl@acme-corp.example", "Anja", "Pohl"))

add("de-38-task-dsfa", "Tobias Kuhn <tobias.kuhn@acme-corp.example>", "DSFA für Standortanalyse",
    """Hallo,

Business Intelligence möchte anonymisierte (oder pseudonymisierte?) Standortdaten aus dem
Mobilfunknetz für Pendlerstatistiken an Städte verkaufen. Ich vermute, dass wir dafür eine
Datenschutz-Folgenabschätzung brauchen. Könnt ihr das bitte prüfen und ggf. aufsetzen?

Gruß
Tobias Kuhn
Produktmanagement Data
""",
    TASK("tobias.kuhn@acme-corp.example", "Tobias", "Kuhn"))

add("de-39-task-fragebogen", "Laura Engel <laura.engel@acme-corp.example>", "Datenschutz-Fragebogen Großkunde",
    """Hi,

ein Großkunde (Versicherung) verlangt vor Vertragsverlängerung das Ausfüllen seines
Datenschutz-Fragebogens zu unseren Rechenzentren, Unterauftragsverarbeitern und
Drittlandtransfers. Frist ist der 30.11. Könnt ihr die Abschnitte B und C übernehmen?

Danke!
Laura Engel
Key Account Management
""",
    TASK("laura.engel@acme-corp.example", "Laura", "Engel"))

# ---------------------------------------------------------------- incidents

add("de-40-inc-laptop-bahn", "Martin Vogel <martin.vogel@acme-corp.example>", "Notebook im ICE liegen gelassen",
    """Hallo,

ich habe heute Morgen mein Dienst-Notebook im ICE von Hamburg nach Berlin liegen gelassen. Die
Festplatte ist verschlüsselt, aber ich hatte eine Excel-Liste mit Kündigern (Name, Telefonnummer,
Tarif, ca. 800 Einträge) auch lokal in Downloads. Fundbüro der Bahn ist informiert.

Martin Vogel
Kundenrückgewinnung
""",
    INC("martin.vogel@acme-corp.example", "Martin", "Vogel"))

add("de-41-inc-falscher-anhang", "Sandra Böhm <sandra.boehm@acme-corp.example>", "falscher Anhang verschickt",
    """Hallo Datenschutz-Team,

ich habe einem Kunden heute versehentlich den Vertrag eines anderen Kunden als PDF geschickt
(mit Name, Anschrift, Geburtsdatum und IBAN). Der Kunde hat sich gemeldet und gesagt, er hat die
Datei gelöscht. Muss ich sonst noch etwas tun?

Sandra Böhm
Kundenservice Leipzig
""",
    INC("sandra.boehm@acme-corp.example", "Sandra", "Böhm"))

add("de-42-inc-kompromittiert", "Oliver Busch <oliver.busch@acme-corp.example>", "Account kompromittiert - Weiterleitungsregel",
    """Hallo,

das SOC hat festgestellt, dass in meinem Postfach seit Donnerstag eine Weiterleitungsregel an
eine externe Gmail-Adresse aktiv war, die ich nicht angelegt habe. In dem Zeitraum habe ich u. a.
Bewerbungsunterlagen und Kundenbeschwerden erhalten. Passwort ist geändert, Regel gelöscht.

Oliver Busch
Recruiting
""",
    INC("oliver.busch@acme-corp.example", "Oliver", "Busch"))

add("de-43-inc-papier-altpapier", "Helga Sommer <helga.sommer@acme-corp.example>", "Kundenverträge im Altpapier",
    """Hallo,

in unserem Shop in Bremen hat eine Aushilfe gestern einen Stapel ausgedruckter Kundenverträge
(mit Ausweiskopien) in den normalen Altpapiercontainer im Hof geworfen statt in die
Datenschutztonne. Der Container wurde heute früh abgeholt, bevor wir es bemerkt haben.

Helga Sommer
Shopleitung Bremen
""",
    INC("helga.sommer@acme-corp.example", "Helga", "Sommer"))

# ---------------------------------------------------------------- follow-ups

add("de-44-fu-frist", "Stefan Hoffmann <stefan.hoffmann@web.example>", "AW: Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist abgelaufen, ich habe keine Auskunft erhalten. Ich setze Ihnen eine letzte
Frist bis zum 30.11.2026, danach wende ich mich an die Aufsichtsbehörde.

Stefan Hoffmann
""",
    FU("file:h1-de-01-auskunft-art15.eml", "stefan.hoffmann@web.example", "Stefan", "Hoffmann"),
    headers=["In-Reply-To: <h1-de-01-auskunft-art15@mail.example.net>",
             "References: <h1-de-01-auskunft-art15@mail.example.net>"])

add("de-45-fu-ausweis", "Sabine Keller <sabine.keller@web.example>", "AW: [DSR-4033] Ihre Anfrage - Identitätsnachweis",
    """Hallo,

anbei wie gewünscht eine Kopie meines Personalausweises (geschwärzt bis auf Name, Anschrift und
Geburtsdatum).

Sabine Keller

-----Ursprüngliche Nachricht-----
Von: Acme Corp Datenschutz <privacy@acme-corp.example>
Betreff: [DSR-4033] Ihre Anfrage - Identitätsnachweis
""",
    FU("4033", "sabine.keller@web.example", "Sabine", "Keller"))

add("de-46-fu-unvollstaendig", "Jürgen Wagner <juergen.wagner@freenet.example>", "AW: [DSR-3877] Ihre Datenauskunft",
    """Das Auftragsformular fehlt in Ihrer Auskunft. Genau darum ging es mir. Bitte nachliefern.

J. Wagner
""",
    FU("3877", "juergen.wagner@freenet.example", "Jürgen", "Wagner"))
