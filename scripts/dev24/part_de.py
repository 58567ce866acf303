# Development set 24, German. Written blind.
from common import *

add("de-01-auskunft-art15",
    "Dr. Friederike Vogt-Lindner <f.vogt-lindner@praxis-vogt.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft nach Art. 15 DSGVO Gebrauch. Ich bitte um
Bestätigung, ob Sie mich betreffende personenbezogene Daten verarbeiten, und gegebenenfalls
um eine Kopie dieser Daten sowie um die Informationen nach Art. 15 Abs. 1 lit. a bis h.

Ich bin seit 2020 als Erziehungsberechtigte im Elternportal registriert und zahle das
Schulgeld sowie die Mensabeiträge für zwei Kinder.

Für die Beantwortung setze ich mir die gesetzliche Frist von einem Monat vor.

Mit freundlichen Grüßen
Dr. Friederike Vogt-Lindner
""",
    R(["Access"], "f.vogt-lindner@praxis-vogt.example", "Friederike", "Vogt-Lindner"))

add("de-02-widerruf-schulfotos-tochter",
    "Jens Schröder <jens.schroeder@netzpost.example>",
    "Widerruf Einwilligung Fotos - Mia Schröder, Klasse 5b",
    """Guten Tag,

für unsere Tochter Mia Schröder (Klasse 5b) widerrufe ich hiermit die Einwilligung zur
Veröffentlichung von Fotos auf der Schulhomepage und im Jahresbericht. Die Klassenfotos für
die Familie sind davon nicht betroffen.

Bitte bestätigen Sie mir kurz den Eingang.

Viele Grüße
Jens Schröder
""",
    R(["Opposition"], "jens.schroeder@netzpost.example", "Mia", "Schröder",
      representative="Jens Schröder"))

add("de-03-loeschung-mensakonto",
    "Ayşe Yılmaz <ayse.yilmaz@postfach.example>",
    "Mensakonto löschen",
    """Hallo,

mein Sohn hat im Sommer die Schule verlassen. Bitte löschen Sie mein Mensa-Kundenkonto
inklusive Bankverbindung und Adresse, das Restguthaben von 3,40 EUR können Sie spenden.
Und bitte keine Werbemails mehr für die Ferienbetreuung, die kommen immer noch jede Woche.

Danke und Gruß
Ayşe Yılmaz
""",
    R(["Erasure", "Opposition"], "ayse.yilmaz@postfach.example", "Ayşe", "Yılmaz"))

add("de-04-berichtigung-name",
    "Jürgen Müller <juergen.mueller@netzpost.example>",
    "Falsche Schreibweise meines Namens",
    """Sehr geehrte Damen und Herren,

im Elternportal und auf allen Schulgeldrechnungen werde ich als "Juergen Mueller" geführt.
Mein Name wird mit Umlauten geschrieben: Jürgen Müller. Da meine Bank die Überweisungen
deshalb schon zweimal zurückgefragt hat, bitte ich um Korrektur meiner Stammdaten.

Mit freundlichen Grüßen
Jürgen Müller
""",
    R(["Rectification"], "juergen.mueller@netzpost.example", "Jürgen", "Müller"))

add("de-05-abiturnote-einschraenkung",
    "Lukas Brandt <lukas.brandt@studimail.example>",
    "Abiturnote Physik - bitte erst prüfen",
    """Hallo,

ich habe dieses Jahr Abitur gemacht. In meinem Abiturzeugnis und in dem Datensatz, den die
Schule an die Studienplatzvergabe übermittelt, steht in Physik 9 Punkte, in der mündlichen
Prüfung hatte ich aber 12. Das wird gerade vom Prüfungsausschuss nachgeprüft.

Bis das geklärt ist, möchte ich, dass meine Noten nicht weiter verwendet oder an weitere
Stellen übermittelt werden - also bitte die Verarbeitung einschränken, bis die Prüfung
abgeschlossen ist.

Lukas Brandt
""",
    R(["Restriction"], "lukas.brandt@studimail.example", "Lukas", "Brandt"))

add("de-06-alumni-export",
    "Constantin von Hohenberg <c.vonhohenberg@kanzlei-hb.example>",
    "Alumniverein - Mitgliedsdaten in maschinenlesbarer Form",
    """Sehr geehrte Damen und Herren,

ich bin seit 1995 Mitglied im Alumniverein. Da ich die Spendenbescheinigungen künftig über
meinen Steuerberater verwalten lasse, bitte ich Sie, mir meine Mitgliedsdaten und die
komplette Spendenhistorie in einem strukturierten, gängigen und maschinenlesbaren Format
(CSV oder Excel) zur Verfügung zu stellen.

Mit freundlichen Grüßen
Constantin von Hohenberg
""",
    R(["Portability"], "c.vonhohenberg@kanzlei-hb.example", "Constantin", "von Hohenberg"))

add("de-07-klassenfahrt-usa-fragen",
    "Sabine Krüger <sabine.krueger@heimnetz.example>",
    "Austauschfahrt nach Boston - was passiert mit meinen Daten?",
    """Guten Tag,

ich begleite im Frühjahr als Elternteil den Schüleraustausch nach Boston. Für die Buchung
wurden meine Passdaten, Geburtsdatum, Handynummer und für das ESTA auch Fragen zu
Vorstrafen erhoben.

Bevor ich weitere Unterlagen hochlade, hätte ich gern gewusst: Welche Empfänger bekommen diese
Angaben (Reiseveranstalter, Gastschule, Fluggesellschaft)? Auf welcher Grundlage werden sie in
die USA übermittelt und wie lange speichert die Schule sie nach der Reise?

Freundliche Grüße
Sabine Krüger
""",
    R(["Information"], "sabine.krueger@heimnetz.example", "Sabine", "Krüger"))

add("de-08-schulgeldermaessigung-automatisch",
    "Tobias Wagner <tobias.wagner@postfach.example>",
    "Ablehnung Schulgeldermäßigung - Einspruch",
    """Sehr geehrte Damen und Herren,

mein Antrag auf Schulgeldermäßigung wurde mir über das Elternportal nach wenigen Minuten
abgelehnt. Auf Nachfrage sagte man mir, das Portal berechne die Berechtigung "automatisch aus
den eingegebenen Einkommensdaten", ein Mitarbeiter habe den Antrag nicht gesehen.

Ich bestehe darauf, dass mein Antrag von einer Person geprüft wird, und möchte meinen
Standpunkt darlegen können. Außerdem bitte ich um eine Kopie aller Daten über mich, die in
diese Berechnung eingeflossen sind.

Tobias Wagner
""",
    R(["AutomatedDecision", "Access"], "tobias.wagner@postfach.example", "Tobias", "Wagner"))

add("de-09-einzeiler-alumniwerbung",
    "hkl-1979@netzpost.example",
    "Werbung",
    "Bitte keine Bettelbriefe mehr vom Alumniverein. Danke.\n",
    R(["Opposition"], "hkl-1979@netzpost.example"))

add("de-10-sekretariat-weiterleitung",
    "Petra Neumann <p.neumann@acme-corp.example>",
    "WG: Frage zu gespeicherten Daten",
    """Liebe Kollegen vom Datenschutz,

anbei eine Anfrage, die bei uns im Sekretariat eingegangen ist. Können Sie das übernehmen?

Petra Neumann
Sekretariat Gymnasium

-------- Weitergeleitete Nachricht --------
Von: Henrik Albers <henrik.albers@heimnetz.example>
Datum: 12.11.2026 19:45
An: sekretariat@acme-corp.example
Betreff: Frage zu gespeicherten Daten

Guten Abend,
ich würde gern erfahren, welche Daten Sie über mich gespeichert haben, und bitte um eine
Kopie davon. Ich bin Vater von Finn (7a) und war zwei Jahre im Elternbeirat.
Henrik Albers
""",
    R(["Access"], "henrik.albers@heimnetz.example", "Henrik", "Albers"))

add("de-11-anhang-ehemaliger",
    "Klaus Wendt <k.wendt@acme-corp.example>",
    "WG: Austritt",
    "",
    R(["Erasure", "Opposition"], "b.kowalczyk@postfach.example", "Bernd", "Kowalczyk"),
    attached=("Bernd Kowalczyk <b.kowalczyk@postfach.example>", "Austritt",
              """Hallo,

ich möchte nicht mehr von Ihrem Alumnibüro angerufen werden, schon gar nicht abends. Die
Anrufe sollen sofort aufhören. Außerdem bitte ich darum, meine Daten aus Ihrer
Ehemaligen-Datenbank vollständig zu entfernen.

Bernd Kowalczyk (Abi 1989)
"""),
    note="Kam beim Alumnibüro an, bitte an Datenschutz zur Bearbeitung.\nKlaus Wendt")

add("de-12-sohn-verstorbene-mutter",
    "Stefan Hartmann <stefan.hartmann@mailbox.example>",
    "Verstorbene Ehemalige Gisela Hartmann",
    """Sehr geehrte Damen und Herren,

meine Mutter, Gisela Hartmann (Abiturjahrgang 1972), ist im September verstorben. Sie
erhält weiterhin die Alumnizeitschrift und Einladungen zu Jahrgangstreffen.

Als ihr Sohn und Erbe bitte ich Sie, ihr Profil und alle ihre Daten bei Ihnen zu löschen.
Eine Kopie der Sterbeurkunde kann ich nachreichen.

Mit freundlichen Grüßen
Stefan Hartmann
""",
    R(["Erasure"], "stefan.hartmann@mailbox.example", "Gisela", "Hartmann",
      representative="Stefan Hartmann"))

add("de-13-latin1-mensa-lange-geschichte",
    "Wolfgang Pöschl <w.poeschl@alpenpost.example>",
    "Beschwerde Mensa-Chipkarte",
    """Sehr geehrte Damen und Herren,

ich muss mich leider beschweren. Seit der Umstellung auf das neue Bezahlsystem in der Mensa
funktioniert die Chipkarte meiner Tochter ständig nicht. Letzten Dienstag wurde ihr an der
Kasse gesagt, das Konto sei gesperrt, obwohl ich am Montag 50 Euro überwiesen habe. Sie hat
dann ein trockenes Brötchen gegessen. Die Hotline des Anbieters ist nie erreichbar und das
Sekretariat verweist auf den Anbieter.

Ich möchte deshalb Auskunft darüber, welche Daten das Bezahlsystem und die Schule über
mich als Zahler speichern: Zahlungseingänge, Sperrvermerke, Kontobewegungen, Notizen. Bitte
schicken Sie mir diese Daten.

Außerdem erwarte ich, dass das Problem mit der Karte endlich gelöst wird.

Mit freundlichen Grüßen
Wolfgang Pöschl
""",
    R(["Access"], "w.poeschl@alpenpost.example", "Wolfgang", "Pöschl"),
    ct=LATIN1, encode="latin-1")

add("de-14-grossbuchstaben-sms",
    "Rüdiger Kasper <ruediger.kasper@netzpost.example>",
    "SMS",
    """HÖREN SIE ENDLICH AUF MIR SMS ÜBER IHR SOMMERFEST UND DEN TAG DER OFFENEN TÜR ZU SCHICKEN!!!
MEINE KINDER SIND SEIT 2023 NICHT MEHR AN IHRER SCHULE.

R. KASPER
""",
    R(["Opposition"], "ruediger.kasper@netzpost.example", "Rüdiger", "Kasper"))

add("de-15-nicht-loeschen-nur-telefon",
    "Annika Feldmann <annika.feldmann@mailbox.example>",
    "Telefonnummer ändern",
    """Hallo liebes Team,

ich will nicht, dass mein Elternportal-Konto gelöscht wird, keine Sorge 🙂 Es geht nur um
meine Handynummer: die alte (0171 ...) habe ich gekündigt, die neue ist 0157 2233 4455.
Könnten Sie die bitte eintragen, damit mich die Schule im Notfall erreicht?

Liebe Grüße
Annika Feldmann
""",
    R(["Rectification"], "annika.feldmann@mailbox.example", "Annika", "Feldmann"))

add("de-16-unbekannt-schulgeldrechnung",
    "Markus Dietrich <markus.dietrich@heimnetz.example>",
    "Rechnung November",
    """Hallo,

auf der Schulgeldrechnung für November sind 2 x die Gebühr für die Nachmittagsbetreuung
aufgeführt, wir haben aber nur eine gebucht. An wen muss ich mich da wenden?

Gruß
Markus Dietrich
""",
    R(["Unknown"], "markus.dietrich@heimnetz.example", "Markus", "Dietrich"))

add("de-17-html-aufbewahrung-abiturzeugnis",
    "Katharina Lang <katharina.lang@postfach.example>",
    "Aufbewahrung von Zeugnissen",
    html("Guten Tag,",
         "ich habe 2009 an Ihrem Gymnasium Abitur gemacht. Mich würde interessieren, <i>wie lange</i> "
         "die Schule Zeugnisse und Prüfungsunterlagen aufbewahrt und ob diese Daten an Dritte "
         "(z. B. Kultusministerium, Alumniverein) weitergegeben werden.",
         "Ich möchte nichts löschen lassen, nur verstehen, wie das geregelt ist.",
         "Viele Grüße<br>Katharina Lang"),
    R(["Information"], "katharina.lang@postfach.example", "Katharina", "Lang"), ct=HTML)

add("de-18-familienadresse-replyto",
    "Familie Becker <familie.becker@heimnetz.example>",
    "Fotos Sommerfest Galerie",
    """Hallo,

in der Online-Fotogalerie vom Sommerfest sind mehrere Bilder, auf denen ich (die Mutter von
Lea aus der 3c) gut zu erkennen bin, u. a. am Kuchenstand. Bitte nehmen Sie die Bilder, auf
denen ich zu sehen bin, heraus und löschen Sie sie.

Antworten bitte an meine persönliche Adresse.

Claudia Becker
""",
    R(["Erasure"], "claudia.becker@mailbox.example", "Claudia", "Becker"),
    headers=["Reply-To: Claudia Becker <claudia.becker@mailbox.example>"])

# --- Aufgaben
add("de-19-aufgabe-avv-fotograf",
    "Andreas Hoffmann <a.hoffmann@acme-corp.example>",
    "AVV Schulfotograf prüfen",
    """Hallo Datenschutzteam,

der Schulfotograf (Fotostudio Lichtblick) hat uns einen Auftragsverarbeitungsvertrag
geschickt, weil er künftig die Klassenlisten vorab bekommt, um die Fotos den Kindern
zuzuordnen. Können Sie den AVV bis Ende des Monats prüfen?

Danke
Andreas Hoffmann
Verwaltungsleitung
""",
    TASK("a.hoffmann@acme-corp.example", "Andreas", "Hoffmann"))

add("de-20-aufgabe-dsfa-videoueberwachung",
    "Martina Schulze <m.schulze@acme-corp.example>",
    "Videoüberwachung Schulhof - DSFA",
    """Liebe Kolleginnen und Kollegen,

nach den Sachbeschädigungen an den Fahrradständern möchte die Schulleitung zwei Kameras auf
dem Schulhof installieren. Bitte erstellen Sie dazu eine Datenschutz-Folgenabschätzung bzw.
sagen Sie mir, welche Angaben Sie brauchen.

Martina Schulze
stellv. Schulleiterin
""",
    TASK("m.schulze@acme-corp.example", "Martina", "Schulze"))

add("de-21-aufgabe-fragebogen-lernplattform",
    "Oliver Frank <o.frank@acme-corp.example>",
    "Fragebogen Lernplattform ausfüllen",
    """Hallo,

der Anbieter unserer neuen Lernplattform schickt einen Datenschutz-Fragebogen (Lieferanten-
Assessment, 40 Fragen zu TOMs, Subunternehmern, Löschkonzept). Wer von euch kann das bis
Freitag ausfüllen?

Oliver Frank
IT-Koordination
""",
    TASK("o.frank@acme-corp.example", "Oliver", "Frank"))

# --- Vorfälle
add("de-22-vorfall-handy-elternchat",
    "Sebastian Roth <s.roth@acme-corp.example>",
    "Diensthandy verloren",
    """Hallo,

ich habe gestern auf dem Wandertag mein Diensthandy verloren. Darauf sind die
Elternchat-Gruppe der 6a, Notfallkontakte aller Schüler der Klasse und Fotos vom Ausflug.
Das Gerät hat nur eine 4-stellige PIN. Was muss ich tun?

Sebastian Roth
Klassenlehrer 6a
""",
    INC("s.roth@acme-corp.example", "Sebastian", "Roth"))

add("de-23-vorfall-fremde-mensarechnung",
    "Gabriele Fuchs <gabriele.fuchs@heimnetz.example>",
    "Falsche Rechnung erhalten",
    """Guten Tag,

ich habe heute per E-Mail eine Mensa-Abrechnung erhalten, die nicht für mich bestimmt ist:
sie ist an eine Familie Kaiser adressiert, mit Name des Kindes, Klasse, IBAN und der Angabe
"glutenfreie Kost". Wir haben mit Ihrer Schule gar nichts zu tun. Ich lösche die Mail jetzt.

Gabriele Fuchs
""",
    INC("gabriele.fuchs@heimnetz.example", "Gabriele", "Fuchs"))

add("de-24-vorfall-phishing-sekretariat",
    "Nicole Braun <n.braun@acme-corp.example>",
    "Auf Phishing-Link geklickt?",
    """Hallo,

ich habe vorhin eine Mail "Ihre Microsoft-Sitzung läuft ab" geöffnet und meine Zugangsdaten
eingegeben. Danach kam eine Fehlermeldung. Jetzt sehe ich im Postausgang 200 Mails an
Eltern, die ich nicht geschrieben habe. Ich habe das Passwort geändert.

Nicole Braun
Sekretariat Grundschule
""",
    INC("n.braun@acme-corp.example", "Nicole", "Braun"))

# --- Nachfragen
add("de-25-nachfrage-dsr",
    "Herbert Lindner <herbert.lindner@postfach.example>",
    "AW: [DSR-77102] Eingangsbestätigung",
    """Guten Tag,

wie ist der Stand meiner Anfrage? Ich habe seit der Eingangsbestätigung nichts mehr gehört.

Herbert Lindner

> Ihre Anfrage wurde unter der Nummer DSR-77102 registriert.
""",
    FU("77102", "herbert.lindner@postfach.example", "Herbert", "Lindner"))

add("de-26-nachfrage-auskunft-vogt",
    "Dr. Friederike Vogt-Lindner <f.vogt-lindner@praxis-vogt.example>",
    "Re: Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

ergänzend zu meinem Schreiben: bitte beziehen Sie auch die Protokolle der Elterngespräche
ein, die über das Elternportal gebucht wurden.

Mit freundlichen Grüßen
F. Vogt-Lindner
""",
    FU(ref("de-01-auskunft-art15"), "f.vogt-lindner@praxis-vogt.example", "Friederike", "Vogt-Lindner"),
    headers=irt("de-01-auskunft-art15"))

# --- ignoriert
add("de-27-spam-abmahnung",
    "DSGVO Rechtsservice <info@dsgvo-abmahnschutz.example>",
    "Abmahnwelle gegen Schulen - jetzt schützen!",
    """Sehr geehrte Schulleitung,

aktuell rollt eine Abmahnwelle wegen fehlerhafter Datenschutzerklärungen über Privatschulen.
Mit unserem Abmahnschutz-Paket für nur 19,90 EUR/Monat sind Sie auf der sicheren Seite.
Inklusive Muster für Löschanfragen und Auskunftsersuchen!

Jetzt buchen: http://dsgvo-abmahnschutz.example
Abmelden: Antworten Sie mit ABMELDEN.
""",
    IGN("spam", "info@dsgvo-abmahnschutz.example"), headers=SPAM_HDR)

add("de-28-newsletter-schulbuchverlag",
    "Schulbuchverlag Morgenstern <newsletter@morgenstern-verlag.example>",
    "Neu im Dezember: digitale Lehrwerke und Webinare",
    """Newsletter Dezember

- Neue digitale Lehrwerke für die Sekundarstufe I
- Webinar: Datenschutzkonforme Tablet-Klassen
- Adventskalender-Gewinnspiel

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.
Abmelden: https://morgenstern-verlag.example/abmelden
""",
    IGN("bulk", "newsletter@morgenstern-verlag.example"),
    headers=["List-Id: <newsletter.morgenstern-verlag.example>",
             "List-Unsubscribe: <https://morgenstern-verlag.example/abmelden>",
             "Precedence: bulk"])

add("de-29-abwesenheit",
    "Ulrike Sommer <ulrike.sommer@firma.example>",
    "Abwesenheitsnotiz: Ihre Anfrage",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro und habe
keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Ulrike Sommer
""",
    IGN("auto_reply", "ulrike.sommer@firma.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-30-spam-paket",
    "DHL Zustellung <service@dhl-paketinfo-zustellung.example>",
    "Ihr Paket konnte nicht zugestellt werden",
    """Sehr geehrter Kunde,

Ihr Paket konnte wegen fehlender Zollgebühr (1,99 EUR) nicht zugestellt werden. Bestätigen Sie
Ihre persönlichen Daten innerhalb von 24 Stunden, sonst wird das Paket zurückgesendet:

http://dhl-paketinfo-zustellung.example/bestaetigen
""",
    IGN("spam", "service@dhl-paketinfo-zustellung.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="dhl-paketinfo-zustellung.example")])
