# German / Austrian / Swiss messages (written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

# ---------------------------------------------------------------- requests
add("de-01-studio-kuendigung-loeschung", "Julia Schneider <julia.schneider@web.example>", "Kündigung Mitgliedschaft Acme Fit Köln-Ehrenfeld",
    """Sehr geehrte Damen und Herren,

hiermit kündige ich meine Mitgliedschaft (Mitgliedsnummer K-EH-20931) fristgerecht zum nächstmöglichen Zeitpunkt. Bitte bestätigen Sie mir den Kündigungstermin schriftlich.

Nach Ende der Mitgliedschaft bitte ich außerdem um Löschung aller meiner personenbezogenen Daten, soweit keine gesetzlichen Aufbewahrungspflichten bestehen.

Mit freundlichen Grüßen
Julia Schneider
""",
    R(["Erasure"], "julia.schneider@web.example", "Julia", "Schneider"))

add("de-02-auskunft-autohaus", "Dr. Thomas Keller <thomas.keller@t-online.example>", "Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

ich bitte Sie um Auskunft gemäß Art. 15 DSGVO darüber, ob und welche personenbezogenen Daten Sie über mich verarbeiten. Ich war von 2018 bis 2024 Kunde Ihres Autohauses in Stuttgart-Vaihingen (Kauf und Wartung eines Fahrzeugs, Leasingvertrag).

Bitte stellen Sie mir eine Kopie der Daten zur Verfügung (Art. 15 Abs. 3 DSGVO) und teilen Sie mir die Verarbeitungszwecke, die Empfänger sowie die geplante Speicherdauer mit.

Mit freundlichen Grüßen
Dr. Thomas Keller
Rosenstraße 7
70563 Stuttgart
""",
    R(["Access"], "thomas.keller@t-online.example", "Thomas", "Keller"))

add("de-03-makler-widerspruch", "Sabine Wolf <sabine.wolf@gmx.example>", "Ihre Anrufe",
    """Guten Tag,

ich werde seit Wochen von Ihrem Maklerbüro angerufen, ob ich meine Eigentumswohnung verkaufen möchte. Ich widerspreche der Nutzung meiner Daten zu Werbezwecken. Bitte unterlassen Sie jede weitere Kontaktaufnahme.

Sabine Wolf
""",
    R(["Opposition"], "sabine.wolf@gmx.example", "Sabine", "Wolf"))

add("de-04-name-flugbuchung", "Mehmet Öztürk <mehmet.ozturk@gmail.example>", "Name falsch im Kundenkonto",
    """Hallo,

in meinem Kundenkonto steht mein Name als "Mehmet Ozturk". Im Pass steht "Öztürk". Bitte korrigieren Sie das in Ihrem System, damit es beim nächsten Flug keine Probleme beim Check-in gibt.

Danke
Mehmet Öztürk
""",
    R(["Rectification"], "mehmet.ozturk@gmail.example", "Mehmet", "Öztürk"))

add("de-05-bibliothek-ausleihhistorie", "Ursula Hoffmann <u.hoffmann@posteo.example>", "Stadtbibliothek-App - Ausleihhistorie",
    """Sehr geehrte Damen und Herren,

Sie betreiben für die Stadt Freiburg die App der Stadtbibliothek. Mich würde interessieren, ob meine Ausleihhistorie gespeichert wird und wenn ja, wie lange, und ob jemand außer der Bibliothek darauf Zugriff hat. In der Datenschutzerklärung finde ich dazu nichts.

Mit freundlichen Grüßen
Ursula Hoffmann
""",
    R(["Information"], "u.hoffmann@posteo.example", "Ursula", "Hoffmann"))

add("de-06-auskunft-dann-loeschen", "Felix Braun <felix.braun@gmx.example>", "Meine Daten",
    "Bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben, und löschen Sie diese anschließend vollständig.\n\nFelix Braun\n",
    R(["Access", "Erasure"], "felix.braun@gmx.example", "Felix", "Braun"))

add("de-07-schweiz-konto-loeschen", "Reto Baumann <reto.baumann@bluewin.example>", "Konto löschen",
    """Grüezi

Bitte löschen Sie mein Konto auf Ihrem Marktplatz und alle dazugehörigen Daten. Ich brauche es nicht mehr.

Freundliche Grüsse
Reto Baumann
Winterthur
""",
    R(["Erasure"], "reto.baumann@bluewin.example", "Reto", "Baumann"))

add("de-08-datenuebertragbarkeit", "Lena Zimmermann <lena.zimmermann@posteo.example>", "Datenübertragung Art. 20 DSGVO",
    """Hallo,

ich möchte mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO wahrnehmen. Bitte stellen Sie mir alle Trainingsdaten aus der Acme Fit App (Workouts, Herzfrequenz, Schritte, Gewicht) in einem strukturierten, gängigen und maschinenlesbaren Format zur Verfügung, damit ich sie zu einem anderen Anbieter mitnehmen kann.

Viele Grüße
Lena Zimmermann
""",
    R(["Portability"], "lena.zimmermann@posteo.example", "Lena", "Zimmermann"))

add("de-09-haendlerkonto-gesperrt", "Andreas Vogel <info@vogel-modellbau.example>", "Sperrung meines Händlerkontos",
    """Sehr geehrte Damen und Herren,

mein Händlerkonto "Vogel Modellbau" wurde am 12.11. gesperrt. Laut Ihrer E-Mail beruht die Sperrung auf einer "automatisierten Prüfung unserer Systeme". Ich verlange gemäß Art. 22 Abs. 3 DSGVO das Eingreifen einer Person auf Ihrer Seite, möchte meinen Standpunkt darlegen und die Entscheidung anfechten.

Mit freundlichen Grüßen
Andreas Vogel
Vogel Modellbau
""",
    R(["AutomatedDecision"], "info@vogel-modellbau.example", "Andreas", "Vogel"))

add("de-10-einschraenkung-bonitaet", "Katrin Schulz <katrin.schulz@freenet.example>", "Bonitätsauskunft - Einschränkung der Verarbeitung",
    """Sehr geehrte Damen und Herren,

bei meiner Finanzierungsanfrage für einen Gebrauchtwagen haben Sie eine Bonitätsauskunft eingeholt, die einen fehlerhaften Negativeintrag enthält. Ich habe die Auskunftei bereits zur Korrektur aufgefordert. Bis dahin verlange ich nach Art. 18 DSGVO die Einschränkung der Verarbeitung dieser Auskunft. Bitte verwenden Sie sie nicht für Entscheidungen über mich.

Mit freundlichen Grüßen
Katrin Schulz
""",
    R(["Restriction"], "katrin.schulz@freenet.example", "Katrin", "Schulz"))

add("de-11-mietinteressent-langer-brief", "Wolfgang Krüger <w.krueger@arcor.example>", "Besichtigung Gneisenaustraße - meine Erfahrung",
    """Sehr geehrte Damen und Herren,

am 3. November war ich bei einer Massenbesichtigung Ihrer Wohnung in der Gneisenaustraße 41 in Berlin-Kreuzberg. Es waren etwa 60 Personen anwesend, die Besichtigung dauerte zehn Minuten, und Ihr Mitarbeiter hat uns alle gebeten, vor Ort ein Formular auszufüllen, mit Gehalt, Arbeitgeber, Familienstand, Anzahl der Kinder und sogar der Frage nach der Religionszugehörigkeit. Ich habe das in der Hektik ausgefüllt und abgegeben, dazu eine Kopie meines Personalausweises.

Ich habe inzwischen eine andere Wohnung gefunden. Das Formular und die Ausweiskopie liegen aber weiterhin bei Ihnen. Ich fordere Sie auf, diese Unterlagen und alle anderen Daten, die Sie im Rahmen meiner Bewerbung über mich erfasst haben, zu löschen. Ich halte insbesondere die Frage nach der Religion für unzulässig und überlege, mich bei der Berliner Datenschutzbeauftragten zu beschweren.

Im Übrigen war die Wohnung in einem deutlich schlechteren Zustand als in der Anzeige dargestellt.

Mit freundlichen Grüßen
Wolfgang Krüger
""",
    R(["Erasure"], "w.krueger@arcor.example", "Wolfgang", "Krüger"))

add("de-12-anwalt-auskunft-loeschung", "RA Martin Becker <becker@kanzlei-becker.example>", "Unser Mandant Herr Jonas Richter - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir Herrn Jonas Richter, Hauptstraße 12, 01067 Dresden, anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Namens und in Vollmacht unseres Mandanten fordern wir Sie auf,
1. Auskunft gemäß Art. 15 DSGVO über sämtliche zu unserem Mandanten gespeicherten Daten zu erteilen und
2. diese Daten im Anschluss gemäß Art. 17 DSGVO zu löschen.

Für die Erledigung haben wir uns eine Frist bis zum 16.12.2026 notiert.

Mit freundlichen Grüßen
Martin Becker
Rechtsanwalt
""",
    R(["Access", "Erasure"], "becker@kanzlei-becker.example", "Jonas", "Richter", representative="Martin Becker"))

add("de-13-mutter-fuer-sohn", "Petra Lehmann <petra.lehmann@web.example>", "Account meines Sohnes",
    """Hallo,

mein Sohn Luca Lehmann ist 12 Jahre alt und hat sich bei Ihrer Fitness-App angemeldet, in der man Fotos hochladen und mit anderen chatten kann. Als Erziehungsberechtigte verlange ich die Löschung seines Accounts und aller Daten. Seine Mailadresse ist luca.l2014@web.example.

Petra Lehmann
""",
    R(["Erasure"], "petra.lehmann@web.example", "Luca", "Lehmann", representative="Petra Lehmann"))

add("de-14-witwe-vielflieger", "Renate Schmitt <renate.schmitt@t-online.example>", "Vielfliegerkonto meines verstorbenen Mannes",
    """Sehr geehrte Damen und Herren,

mein Mann Klaus Schmitt ist im Juli verstorben. Er war Mitglied in Ihrem Vielfliegerprogramm (Nr. 3309 1187 42). Ich bitte Sie, sein Konto zu schließen und seine Daten zu löschen. Eine Kopie der Sterbeurkunde und des Erbscheins füge ich bei.

Mit freundlichen Grüßen
Renate Schmitt
""",
    R(["Erasure"], "renate.schmitt@t-online.example", "Klaus", "Schmitt", representative="Renate Schmitt"))

add("de-15-weiterleitung-outlook-loeschen", "Markus Weber <markus.weber@acme-corp.example>", "WG: Löschung meiner Daten",
    """Hallo Datenschutz-Team,

bitte übernehmen, kam an die Filiale Hamburg-Altona.

Gruß
Markus

Von: Heike Neumann <heike.neumann@gmx.example>
Gesendet: Sonntag, 15. November 2026 18:44
An: altona@acme-corp.example
Betreff: Löschung meiner Daten

Sehr geehrte Damen und Herren,
ich habe vor zwei Jahren bei Ihnen ein Auto gekauft und möchte nun, dass Sie alle meine Daten löschen.
Mit freundlichen Grüßen
Heike Neumann
""",
    R(["Erasure"], "heike.neumann@gmx.example", "Heike", "Neumann"))

add("de-16-weiterleitung-gmail-auskunft-korrektur", "Tobias Fischer <tobias.fischer@acme-corp.example>", "Fwd: Meine Buchungsdaten",
    """FYI, vom Reisebüro Leipzig

---------- Forwarded message ---------
Von: Claudia Schäfer <claudia.schaefer@gmail.example>
Date: So., 15. Nov. 2026 um 10:15 Uhr
Subject: Meine Buchungsdaten
To: <leipzig@acme-corp.example>


Guten Tag,
ich möchte bitte wissen, welche Daten Sie über mich gespeichert haben. Außerdem ist meine Adresse falsch hinterlegt (richtig: Karl-Liebknecht-Str. 88, 04275 Leipzig), bitte korrigieren.
Danke, Claudia Schäfer
""",
    R(["Access", "Rectification"], "claudia.schaefer@gmail.example", "Claudia", "Schäfer"))

add("de-17-weiterleitung-apple-werbung", "Nina Hartmann <nina.hartmann@acme-corp.example>", "Fwd: Werbung",
    """Kunde aus dem Studio München-Pasing, wollte dass ich das weitergebe.

Von meinem iPhone gesendet

Anfang der weitergeleiteten Nachricht:

Von: Florian Huber <florian.huber@gmx.example>
Datum: 15. November 2026 um 08:12:40 MEZ
An: pasing@acme-corp.example
Betreff: Werbung

Servus, ich möchte keine Werbe-Mails und keine Push-Nachrichten mehr von Acme Fit bekommen. Bitte austragen.
Florian Huber
""",
    R(["Opposition"], "florian.huber@gmx.example", "Florian", "Huber"))

add("de-18-rechte-dsgvo", "Stefanie Koch <stefanie.koch@web.example>", "DSGVO",
    "Guten Tag,\nich möchte von meinen Rechten nach der DSGVO Gebrauch machen. Wie gehe ich vor?\nMfG Stefanie Koch\n",
    R(["Unknown"], "stefanie.koch@web.example", "Stefanie", "Koch"))

add("de-19-grossbuchstaben", "HORST RICHTER <horst.richter@t-online.example>", "WERBUNG",
    "HÖREN SIE ENDLICH AUF MIR IHRE WERBUNG ZU SCHICKEN!!! ICH HABE DAS SCHON DREIMAL GESAGT!!!\nHORST RICHTER\n",
    R(["Opposition"], "horst.richter@t-online.example", "Horst", "Richter"))

add("de-20-html-auskunft", "Sandra Klein <sandra.klein@outlook.example>", "Anfrage zu meinen Daten",
    html("Sehr geehrte Damen und Herren,", "bitte senden Sie mir eine Übersicht aller Daten, die Ihr Maklerbüro über mich gespeichert hat (ich war 2025 Mietinteressentin).",
         "Mit freundlichen Grüßen<br>Sandra Klein<br><span style='color:#888'>Tel. 0171 2345678</span>"),
    R(["Access"], "sandra.klein@outlook.example", "Sandra", "Klein"), ct=HTML)

add("de-21-adresse-latin1", "Günter Wagner <guenter.wagner@arcor.example>", "Neue Anschrift",
    """Sehr geehrte Damen und Herren,

ich bin umgezogen. Meine neue Anschrift lautet: Gartenstraße 5, 90402 Nürnberg. Bitte ändern Sie diese in Ihren Unterlagen für meinen Servicevertrag.

Mit freundlichen Grüßen
Günter Wagner
""",
    R(["Rectification"], "guenter.wagner@arcor.example", "Günter", "Wagner"), encode="latin-1", ct=LATIN1)

add("de-22-reisebuero-weitergabe", "Monika Schröder <monika.schroeder@gmx.example>", "Weitergabe meiner Daten an Hotels",
    """Guten Tag,

bei der Buchung meiner Pauschalreise nach Mallorca musste ich Geburtsdatum und Passnummer angeben. An wen werden diese Daten weitergegeben (Hotel, Airline, Behörden?) und wie lange speichern Sie sie? Eine Kopie brauche ich nicht.

Monika Schröder
""",
    R(["Information"], "monika.schroeder@gmx.example", "Monika", "Schröder"))

add("de-23-erstattung-werbung-loeschen", "Jan Schmidt <jan.schmidt@posteo.example>", "Erstattung Bestellung 4471-992",
    """Hallo,

ich warte seit drei Wochen auf die Erstattung für die zurückgeschickte Jacke (Bestellung 4471-992). Das ist mein letzter Kauf bei Ihnen.

Schicken Sie mir keine Werbung mehr und löschen Sie danach mein Kundenkonto samt Daten.

Jan Schmidt
""",
    R(["Opposition", "Erasure"], "jan.schmidt@posteo.example", "Jan", "Schmidt"))

add("de-24-einwilligung-widerruf", "Carina Meyer <carina.meyer@gmx.example>", "Widerruf",
    "Hiermit widerrufe ich meine Einwilligung zum Erhalt Ihres Newsletters und zu telefonischer Werbung.\nCarina Meyer\n",
    R(["Opposition"], "carina.meyer@gmx.example", "Carina", "Meyer"))

add("de-25-familie-replyto-loeschen", "Familie Schulte <familie.schulte@t-online.example>", "Löschung",
    """Guten Tag,

bitte löschen Sie meine Daten aus Ihrem Kundenkonto beim Online-Marktplatz. Antworten Sie bitte an meine private Adresse.

Viele Grüße
Dirk Schulte
""",
    R(["Erasure"], "dirk.schulte@posteo.example", "Dirk", "Schulte"),
    headers=["Reply-To: dirk.schulte@posteo.example"])

add("de-26-oesterreich-was-habts", "Lukas Gruber <lukas.gruber@aon.example>", "Daten",
    "Servus,\nwas habt's ihr eigentlich alles an Daten von mir gespeichert? Schickt's mir bitte eine Kopie.\nLG Lukas Gruber\nWien\n",
    R(["Access"], "lukas.gruber@aon.example", "Lukas", "Gruber"))

add("de-27-mitarbeiter-zeiterfassung", "Sebastian Lange <sebastian.lange@acme-corp.example>", "Auskunft über meine Mitarbeiterdaten",
    """Hallo,

ich hätte gerne eine Auskunft nach Art. 15 DSGVO über die Daten, die Acme über mich als Mitarbeiter speichert, insbesondere Zeiterfassung, Zutrittsprotokolle der Werkstatt und Bewertungen durch meinen Vorgesetzten.

Danke und Gruß
Sebastian Lange
Kfz-Mechatroniker, Autohaus Düsseldorf
""",
    R(["Access"], "sebastian.lange@acme-corp.example", "Sebastian", "Lange"))

add("de-28-marktplatz-bewertungen", "Anna Peters <anna.peters@web.example>", "Bewertungen mit meinem vollen Namen",
    """Hallo,

unter meinen alten Bewertungen auf dem Marktplatz steht mein vollständiger Name, und der taucht bei Google auf. Bitte löschen Sie diese Bewertungen und mein inaktives Konto.

Anna Peters
""",
    R(["Erasure"], "anna.peters@web.example", "Anna", "Peters"))

# ---------------------------------------------------------------- follow-ups
add("de-29-antwort-auf-bestaetigung", "Oliver Franke <oliver.franke@gmx.example>", "AW: [DSR-5120] Eingangsbestätigung Ihrer Anfrage",
    """Guten Tag,

anbei wie gewünscht die Kopie meines Personalausweises (geschwärzt). Bitte beachten Sie, dass ich die Daten elektronisch erhalten möchte.

Oliver Franke

Am Mo., 9. Nov. 2026 um 10:02 Uhr schrieb Acme Corp Datenschutz <privacy@acme-corp.example>:
> Sehr geehrte Damen und Herren,
>
> wir haben Ihre Anfrage erhalten und unter der Referenz DSR-5120 registriert.
> Wir werden Ihnen innerhalb eines Monats antworten.
>
> Ihr Datenschutz-Team
""",
    FU("5120", "oliver.franke@gmx.example", "Oliver", "Franke"))

add("de-30-inreplyto-fahrzeug", "Dr. Thomas Keller <thomas.keller@t-online.example>", "Re: Auskunftsersuchen nach Art. 15 DSGVO",
    """Ergänzend zu meinem Schreiben: Das Fahrzeug hatte das Kennzeichen S-TK 4412, Fahrgestellnummer WVWZZZ1KZ8W123456. Vielleicht hilft Ihnen das bei der Suche.

Dr. Thomas Keller
""",
    FU(ref("de-02-auskunft-autohaus"), "thomas.keller@t-online.example", "Thomas", "Keller"),
    headers=irt("de-02-auskunft-autohaus"))

add("de-31-erinnerung", "Birgit Kaiser <birgit.kaiser@web.example>", "Erinnerung [DSR-5098]",
    "Sehr geehrte Damen und Herren, die Monatsfrist ist abgelaufen und ich habe noch keine Antwort erhalten. Ich bitte um umgehende Erledigung.\nBirgit Kaiser\n",
    FU("5098", "birgit.kaiser@web.example", "Birgit", "Kaiser"))

# ---------------------------------------------------------------- tasks
add("de-32-aufgabe-avv", "Christian Berger <christian.berger@acme-corp.example>", "AVV mit neuem Callcenter",
    """Hallo zusammen,

wir beauftragen ab Januar die Firma DialogPlus mit dem Kundenservice für den Marktplatz. Der Auftragsverarbeitungsvertrag liegt als Entwurf vor. Könnt ihr den bitte prüfen und ggf. die TOMs anfordern? Vertragsstart wäre 1.1.

Danke
Christian Berger
Leitung Kundenservice
""",
    TASK("christian.berger@acme-corp.example", "Christian", "Berger"))

add("de-33-aufgabe-vvt", "Melanie Schwarz <melanie.schwarz@acme-corp.example>", "Verzeichnis von Verarbeitungstätigkeiten",
    """Hi,

kurze Info/Bitte: wir haben im Reisebüro Frankfurt jetzt ein Terminbuchungstool (Calendly-Alternative) im Einsatz. Muss ins VVT, oder? Könnt ihr das eintragen? Anbieter, Datenkategorien etc. schicke ich euch gerne.

LG Melanie
""",
    TASK("melanie.schwarz@acme-corp.example", "Melanie", "Schwarz"))

add("de-34-aufgabe-dsfa-video", "Rainer Dietrich <rainer.dietrich@acme-corp.example>", "DSFA Videoüberwachung Gebrauchtwagenplatz",
    """Guten Tag,

nach mehreren Diebstählen wollen wir den Gebrauchtwagenplatz in Hannover rund um die Uhr per Video überwachen, auch mit Blick auf den Gehweg. Bitte prüfen Sie, ob eine Datenschutz-Folgenabschätzung nötig ist, und unterstützen Sie uns dabei.

Rainer Dietrich
Niederlassungsleiter
""",
    TASK("rainer.dietrich@acme-corp.example", "Rainer", "Dietrich"))

add("de-35-aufgabe-datenschutzerklaerung", "Jana Roth <jana.roth@acme-corp.example>", "Datenschutzerklärung Buchungsportal",
    """Hallo Datenschutz,

für das neue Flugbuchungsportal brauchen wir bis Ende des Monats eine aktualisierte Datenschutzerklärung (neu: Zahlungsanbieter, Sitzplatz-Upselling, Remarketing-Pixel). Könnt ihr die überarbeiten bzw. den Entwurf der Agentur prüfen?

Viele Grüße
Jana Roth
Digital
""",
    TASK("jana.roth@acme-corp.example", "Jana", "Roth"))

# ---------------------------------------------------------------- incidents
add("de-36-vorfall-diensthandy", "Patrick Sommer <patrick.sommer@acme-corp.example>", "Diensthandy geklaut",
    """moin, mir wurde gestern abend im zug das diensthandy geklaut. da sind die kundenkontakte und whatsapp-chats mit kaufinteressenten drauf. sperre ist aktiv (PIN), IT hab ich schon angerufen.

Patrick
Autohaus Bremen
""",
    INC("patrick.sommer@acme-corp.example", "Patrick", "Sommer"))

add("de-37-vorfall-fehlversand", "Kerstin Fuchs <kerstin.fuchs@acme-corp.example>", "Kaufvertrag an falschen Kunden geschickt",
    """Hallo,

ich habe heute versehentlich den Kaufvertrag von Herrn A. (inkl. Ausweiskopie und Bankverbindung) an einen anderen Kunden mit gleichem Nachnamen gemailt. Der Empfänger hat sich gemeldet und gesagt, er löscht es. Was muss ich jetzt tun?

Kerstin Fuchs
Verkauf, Autohaus Kassel
""",
    INC("kerstin.fuchs@acme-corp.example", "Kerstin", "Fuchs"))

add("de-38-vorfall-phishing", "Dominik Haas <dominik.haas@acme-corp.example>", "Mist, auf Phishing reingefallen",
    """Hallo,

ich hab vorhin auf einen Link in einer angeblichen Microsoft-Mail geklickt und mein Passwort eingegeben. Danach kamen plötzlich lauter Mails an meine Kontakte raus ("Rechnung anbei"). Passwort ist geändert. In meinem Postfach sind Mitgliedsanträge mit Bankdaten von ca. 200 Mitgliedern.

Dominik
Studioleitung Frankfurt
""",
    INC("dominik.haas@acme-corp.example", "Dominik", "Haas"))

add("de-39-vorfall-testsystem-offen", "Sven Kühn <sven.kuehn@acme-corp.example>", "Testsystem öffentlich erreichbar",
    """Hallo Datenschutz,

ein externer Sicherheitsforscher hat uns gemeldet, dass unser Staging-Server des Buchungsportals ohne Passwort aus dem Internet erreichbar war. Leider lag dort eine Kopie der Produktionsdatenbank mit ca. 45.000 Kundendatensätzen (Namen, E-Mail, Buchungen, teilweise Passnummern). Wir haben den Server abgeschaltet. Unklar ist, seit wann er offen war.

Sven Kühn
DevOps
""",
    INC("sven.kuehn@acme-corp.example", "Sven", "Kühn"))

# ---------------------------------------------------------------- ignore
add("de-40-spam-finanzamt", "Bundeszentralamt für Steuern <erstattung@bzst-online.example>", "Steuererstattung: Ihre Bestätigung ist erforderlich",
    """Sehr geehrter Steuerzahler,

nach der jährlichen Berechnung Ihrer steuerlichen Aktivitäten haben wir festgestellt, dass Sie Anspruch auf eine Steuererstattung von 846,20 EUR haben. Bitte bestätigen Sie Ihre Bankverbindung innerhalb von 48 Stunden:

https://bzst-online.example/erstattung

Bundeszentralamt für Steuern
""",
    IGN("spam"), headers=[AUTH("fail", "none", "fail", "bzst-online.example"), "Reply-To: bzst.erstattung@mail-service.example"])

add("de-41-spam-dhl-zoll", "DHL Express <zoll@dhl-paket-service.example>", "Ihre Sendung wird beim Zoll festgehalten",
    """Sehr geehrter Kunde,

Ihre Sendung JJD0002290188 wird beim Zoll festgehalten. Bitte zahlen Sie die Zollgebühr von 3,49 EUR, damit die Sendung zugestellt werden kann:

http://dhl-paket-service.example/zoll

Ihr DHL-Team
""",
    IGN("spam"))

add("de-42-spam-dsgvo-zentrale", "Datenschutzauskunft-Zentrale <service@dsgvo-zentrale.example>", "Erfassung gewerblicher Daten nach DSGVO - Frist 7 Tage",
    """Sehr geehrte Damen und Herren,

zur Erfassung gewerblicher Daten gemäß der Datenschutz-Grundverordnung (DSGVO) bitten wir Sie, das beigefügte Formular innerhalb von 7 Tagen ausgefüllt und unterschrieben zurückzusenden. Das Leistungspaket "Basisdatenschutz" kostet 498,00 EUR netto jährlich, Laufzeit 3 Jahre.

Rücksendung per Fax an: 0049 1234 567890

Datenschutzauskunft-Zentrale
""",
    IGN("spam"), headers=SPAM_HDR)

add("de-43-spam-sparkasse-nur-header", "Sparkasse <kundenservice@sparkasse-sicherheit.example>", "Wichtige Mitteilung zu Ihrem Konto",
    """Sehr geehrte Kundin, sehr geehrter Kunde,

es liegt eine neue Nachricht in Ihrem elektronischen Postfach vor. Bitte melden Sie sich an, um sie zu lesen.

https://sparkasse-sicherheit.example/postfach

Ihre Sparkasse
""",
    IGN("spam"), headers=[SPAM_HDR[0]])

add("de-44-abwesenheit", "Julia Schneider <julia.schneider@web.example>", "Abwesenheitsnotiz: Ihre Anfrage [DSR-5133]",
    """Vielen Dank für Ihre Nachricht. Ich bin bis zum 27.11. im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Julia Schneider
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])

add("de-45-bulk-newsletter", "auto motor news <newsletter@automotornews.example>", "Die neuen E-SUVs im Test + Winterreifen-Ratgeber",
    html("<h1>auto motor news</h1>", "Die neuen E-SUVs im großen Vergleichstest", "Winterreifen: Was Sie jetzt wissen müssen",
         "<small>Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. <a href='https://automotornews.example/abmelden'>Abmelden</a> | <a href='https://automotornews.example/datenschutz'>Datenschutz</a></small>"),
    IGN("bulk"), ct=HTML, headers=["List-Unsubscribe: <https://automotornews.example/abmelden?u=ac7731>", "List-Id: automotornews <news.automotornews.example>"])

add("de-46-spam-gewinnspiel", "Gewinnservice <gewinn@gluecks-ziehung.example>", "Herzlichen Glückwunsch! Sie haben ein iPhone 17 gewonnen",
    """Herzlichen Glückwunsch!

Ihre E-Mail-Adresse wurde bei unserer monatlichen Ziehung ausgewählt. Sie haben ein iPhone 17 Pro gewonnen! Um Ihren Gewinn zu erhalten, zahlen Sie nur die Versandgebühr von 1,95 EUR:

https://gluecks-ziehung.example/gewinn

Sie möchten keine weiteren Gewinnbenachrichtigungen erhalten? Gemäß DSGVO können Sie hier die Löschung Ihrer Daten beantragen.
""",
    IGN("spam"))

add("de-47-abwesenheit-ohne-header", "Stefanie Koch <stefanie.koch@web.example>", "Abwesend: DSGVO",
    """Ich bin derzeit nicht im Büro und ab dem 23.11. wieder erreichbar. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Maier (maier@web.example).
""",
    IGN("auto_reply"))
