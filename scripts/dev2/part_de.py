# German messages of development set 2.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("de-01-auskunft-formell", "Dr. Friedrich Oberländer <f.oberlaender@kanzlei-mail.example>", "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Auskunftsrecht gemäß Art. 15 DSGVO Gebrauch und bitte Sie um
Mitteilung, ob und welche personenbezogenen Daten Sie über mich verarbeiten. Dies betrifft
insbesondere mein Kundenkonto bei Acme Style sowie meine Mitgliedschaft im Style Club.

Ich bitte um Angabe der Verarbeitungszwecke, der Empfänger, der geplanten Speicherdauer sowie
um eine Kopie der Daten gemäß Art. 15 Abs. 3 DSGVO.

Für die Beantwortung habe ich mir den

          16. Dezember 2026

vorgemerkt.

Mit freundlichen Grüßen

Dr. Friedrich Oberländer
Lindenstraße 17
80331 München""",
    R(["Access"], "f.oberlaender@kanzlei-mail.example", "Friedrich", "Oberländer"),
    ct=LATIN1, encode="latin-1")

add("de-02-konto-weg", "Leonie Schmitt <leonie.schmitt@web-mail.example>", "Löschung",
    """Hallo,

bitte löschen Sie mein Acme-Match-Profil inkl. aller Fotos und Nachrichten. Die App-Funktion
"Konto löschen" hängt sich bei mir immer auf.

Danke & Gruß
Leonie Schmitt""",
    R(["Erasure"], "leonie.schmitt@web-mail.example", "Leonie", "Schmitt"))

add("de-03-widerspruch-werbung", "Hans-Jürgen Krüger <hj.krueger@t-post.example>", "Widerspruch gegen Werbung (Art. 21 DSGVO)",
    """Sehr geehrte Damen und Herren,

ich widerspreche hiermit der Verwendung meiner personenbezogenen Daten für Zwecke der
Direktwerbung, und zwar per Post, E-Mail, Telefon und SMS. Dies gilt für alle Unternehmen
Ihrer Gruppe.

Bitte bestätigen Sie mir den Eingang dieses Widerspruchs schriftlich.

Mit freundlichen Grüßen
Hans-Jürgen Krüger""",
    R(["Opposition"], "hj.krueger@t-post.example", "Hans-Jürgen", "Krüger"))

add("de-04-anrede", "Dr. Andrea Wolff <andrea.wolff@uni-mail.example>", "Falsche Anrede",
    """Guten Tag,

seit Jahren bekomme ich von Ihnen Post mit "Sehr geehrter Herr Wolff". Ich bin eine Frau, und
ich habe außerdem einen Doktortitel, der in meinem Kundenkonto auch korrekt eingetragen war,
bis Sie offenbar Ihr System umgestellt haben.

Bitte korrigieren Sie Anrede und Titel: Frau Dr. Andrea Wolff.

Mit freundlichen Grüßen
Andrea Wolff""",
    R(["Rectification"], "andrea.wolff@uni-mail.example", "Andrea", "Wolff"))

add("de-05-uebertragung-direkt", "Felix Brandt <felix.brandt@mail-box.example>", "Datenübertragung an neuen Anbieter",
    """Hallo zusammen,

ich wechsle von Acme Play zu einem anderen Musikdienst. Gemäß Art. 20 Abs. 2 DSGVO bitte ich
Sie, meine Bibliothek (gespeicherte Alben, Playlists, gefolgte Künstler) in einem gängigen,
maschinenlesbaren Format direkt an den neuen Anbieter zu übermitteln. Falls das technisch nicht
geht, schicken Sie mir die Datei bitte selbst zu.

Viele Grüße
Felix Brandt""",
    R(["Portability"], "felix.brandt@mail-box.example", "Felix", "Brandt"))

add("de-06-einschraenkung-inkasso", "Monika Hartmann <monika.hartmann@mail-box.example>", "Forderung bestritten - Einschränkung der Verarbeitung",
    """Sehr geehrte Damen und Herren,

Sie haben eine angebliche offene Forderung über 212,40 € an ein Inkassobüro weitergegeben. Die
Bestellung habe ich nie erhalten (Sendungsverfolgung liegt vor), die Forderung ist bestritten.

Bis zur Klärung verlange ich gemäß Art. 18 DSGVO die Einschränkung der Verarbeitung meiner
Daten im Zusammenhang mit dieser Forderung. Insbesondere dürfen die Daten nicht an weitere
Stellen übermittelt werden.

Mit freundlichen Grüßen
Monika Hartmann""",
    R(["Restriction"], "monika.hartmann@mail-box.example", "Monika", "Hartmann"))

add("de-07-rechnungskauf", "Tobias Keller <tobias.keller@mail-box.example>", "Kauf auf Rechnung abgelehnt - bitte manuelle Prüfung",
    """Guten Abend,

beim Bestellvorgang wurde mir die Zahlungsart "Kauf auf Rechnung" ohne Begründung verweigert.
Offensichtlich beruht das auf einer automatisierten Bonitätsprüfung. Ich habe ein festes
Einkommen und keinerlei negative Einträge.

Ich bestehe auf meinem Recht, dass diese Entscheidung von einem Menschen überprüft wird, und
möchte die Gelegenheit haben, meinen Standpunkt darzulegen. Bitte erläutern Sie mir auch die
Logik, nach der entschieden wurde.

Tobias Keller""",
    R(["AutomatedDecision"], "tobias.keller@mail-box.example", "Tobias", "Keller"))

add("de-08-auskunfteien", "Sabine Lorenz <sabine.lorenz@mail-box.example>", "Frage zur Weitergabe an Auskunfteien",
    """Hallo,

eine kurze Frage: Geben Sie Daten Ihrer Kunden an Auskunfteien wie die SCHUFA weiter, und wenn
ja, in welchen Fällen? Ich möchte vorher wissen, worauf ich mich einlasse, bevor ich bei Ihnen
auf Rechnung bestelle.

Danke und Gruß
Sabine Lorenz""",
    R(["Information"], "sabine.lorenz@mail-box.example", "Sabine", "Lorenz"))

add("de-09-betreuer", "Rainer Vogt <rainer.vogt@betreuungsbuero.example>", "Rechtliche Betreuung Herr Walter Fuchs - Acme Play",
    """Sehr geehrte Damen und Herren,

ich bin vom Amtsgericht Dortmund zum rechtlichen Betreuer von Herrn Walter Fuchs (geb.
03.11.1941) bestellt, u. a. für den Aufgabenkreis Vermögenssorge und Vertragsangelegenheiten.
Den Betreuerausweis füge ich bei.

Herr Fuchs ist an Demenz erkrankt und lebt inzwischen in einer Pflegeeinrichtung. Sein Acme
Play-Abonnement wird nicht mehr genutzt. Ich bitte um Kündigung zum nächstmöglichen Zeitpunkt
und um Löschung seines Kontos und aller dazugehörigen Daten.

Mit freundlichen Grüßen
Rainer Vogt
Berufsbetreuer""",
    R(["Erasure"], "rainer.vogt@betreuungsbuero.example", "Walter", "Fuchs", representative="Rainer Vogt"))

add("de-10-anwalt", "RA Christoph Neumann <neumann@neumann-recht.example>", "Mandantin Jana Zimmermann - Auskunft nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns Frau Jana Zimmermann, wohnhaft
Goethestraße 8, 04109 Leipzig, mit der Wahrnehmung ihrer Interessen beauftragt hat. Eine auf uns
lautende Vollmacht ist beigefügt.

Unsere Mandantin nutzt Ihre Dienste Acme Style und Acme Match. Namens und in Vollmacht unserer
Mandantin machen wir hiermit den Auskunftsanspruch nach Art. 15 DSGVO geltend und fordern Sie
auf, uns bis zum

                      18.12.2026

vollständige Auskunft zu erteilen und eine Kopie sämtlicher Daten zur Verfügung zu stellen.

Mit freundlichen Grüßen

Christoph Neumann
Rechtsanwalt
Neumann Rechtsanwälte PartGmbB""",
    R(["Access"], "neumann@neumann-recht.example", "Jana", "Zimmermann", representative="Christoph Neumann"))

add("de-11-gutschein", "Kerstin Beck <kerstin.beck@mail-box.example>", "Gutschein nicht angerechnet",
    """Hallo,

ich habe bei meiner Bestellung AS-5520981 einen Geschenkgutschein über 50 € eingelöst, er wurde
aber nicht abgezogen, es wurde der volle Betrag von meiner Kreditkarte abgebucht. Können Sie das
bitte korrigieren und mir die 50 € erstatten?

Gruß Kerstin Beck""",
    R(["Unknown"], "kerstin.beck@mail-box.example", "Kerstin", "Beck"))

add("de-12-abo-pausieren", "Marco Schulz <marco.schulz@mail-box.example>", "abo pausieren?",
    """hi, kann man das acme play abo auch für 3 monate pausieren statt kündigen? bin im ausland und
will meine playlists nicht verlieren. lg marco""",
    R(["Unknown"], "marco.schulz@mail-box.example", "Marco", "Schulz"))

add("de-13-preiserhoehung", "Günter Albrecht <guenter.albrecht@t-post.example>", "Ihre Preiserhöhung - so nicht!",
    """Sehr geehrte Damen und Herren,

zum dritten Mal innerhalb von zwei Jahren erhöhen Sie die Preise für Acme Play, diesmal um
30 %. Gleichzeitig wird das Angebot immer schlechter: die Hälfte der Filme, die ich auf meiner
Merkliste hatte, ist verschwunden, und die Werbung vor den Podcasts nervt ungemein.

Ich habe Ihre Hotline angerufen, man hat mich 40 Minuten in der Warteschleife gehalten und dann
aufgelegt. Ihr Chat-Roboter ist eine Frechheit.

Ich kündige hiermit mein Abonnement zum nächstmöglichen Termin. Außerdem verlange ich, dass Sie
danach sämtliche Daten über mich löschen, ich möchte mit Ihrem Unternehmen nichts mehr zu tun
haben.

Dass man so mit langjährigen Kunden umgeht, ist beschämend.

G. Albrecht""",
    R(["Erasure"], "guenter.albrecht@t-post.example", "Günter", "Albrecht"))

add("de-14-woher-adresse", "Petra Seidel <petra.seidel@mail-box.example>", "Woher haben Sie meine Adresse???",
    """Guten Tag,

heute lag ein Katalog von Acme Style in meinem Briefkasten, persönlich adressiert. Ich habe bei
Ihnen nie etwas bestellt. Ich möchte wissen, von wem Sie meine Anschrift bekommen haben.

Und: Ich will in Zukunft keine Werbung mehr von Ihnen, weder per Post noch sonst wie.

Petra Seidel
Am Mühlbach 3, 79098 Freiburg""",
    R(["Information", "Opposition"], "petra.seidel@mail-box.example", "Petra", "Seidel"))

add("de-15-newsletter-nicht-konto", "Lukas Meier <lukas.meier@mail-box.example>", "Einwilligung Newsletter widerrufen",
    """Hallo,

ich widerrufe meine Einwilligung in den Empfang des Style-Club-Newsletters. Bitte NICHT mein
Kundenkonto löschen, ich möchte weiterhin bestellen und Punkte sammeln, nur eben ohne die
täglichen Mails.

Danke,
Lukas Meier""",
    R(["Opposition"], "lukas.meier@mail-box.example", "Lukas", "Meier"))

add("de-16-caps", "ingrid.huber@mail-box.example", "LÖSCHEN!!!",
    """LÖSCHEN SIE SOFORT ALLE MEINE DATEN!!! ICH HABE MICH NIE BEI IHRER DATING APP ANGEMELDET UND
BEKOMME TROTZDEM MAILS!!!
INGRID HUBER""",
    R(["Erasure"], "ingrid.huber@mail-box.example", "Ingrid", "Huber"))

add("de-17-chats-ki", "Jonas Weber <jonas.weber@mail-box.example>", "Werden Chats ausgewertet?",
    """Hallo Datenschutzteam,

ich nutze Acme Match und frage mich, ob Ihre Mitarbeiter oder irgendeine KI meine privaten
Chats mitlesen bzw. auswerten, z. B. für Werbung oder um "Spam" zu erkennen. Und wie lange werden
Chatverläufe gespeichert, nachdem man einen Match aufgelöst hat?

Viele Grüße
Jonas""",
    R(["Information"], "jonas.weber@mail-box.example", "Jonas", "Weber"))

add("de-18-score", "Svenja Roth <svenja.roth@mail-box.example>", "Mein \"Score\" bei Acme Match",
    """Hallo,

in einem Zeitungsartikel habe ich gelesen, dass Dating-Apps ihren Nutzern intern eine Art
Attraktivitäts- oder Beliebtheitswert zuordnen. Ich möchte alle Daten sehen, die Sie über mich
gespeichert haben, ausdrücklich auch solche Bewertungen, Scores oder Kategorien, in die Sie mich
einsortiert haben.

Bitte senden Sie mir eine vollständige Kopie.

Svenja Roth""",
    R(["Access"], "svenja.roth@mail-box.example", "Svenja", "Roth"))

add("de-19-kollege-weiterleitung", "Stefan Braun <stefan.braun@acme-corp.example>", "WG: Kundenanfrage Adressänderung / keine Anrufe",
    """Hallo Datenschutz,

anbei eine Kundin, die gleich zwei Sachen will. Bitte übernehmt ihr das, ich weiß nicht, ob wir
das im Kundenservice dürfen.

Gruß Stefan (Kundenservice DACH)

-----Ursprüngliche Nachricht-----
Von: Elke Schäfer <elke.schaefer@mail-box.example>
Gesendet: Sonntag, 15. November 2026 11:23
An: kundenservice@acme-corp.example
Betreff: Adressänderung

Hallo, ich bin umgezogen, neue Anschrift: Rosenweg 12, 34117 Kassel. Bitte ändern Sie das in
meinem Konto. Und bitte rufen Sie mich nicht mehr wegen irgendwelcher Club-Angebote an, das
möchte ich nicht.
Elke Schäfer""",
    R(["Rectification", "Opposition"], "elke.schaefer@mail-box.example", "Elke", "Schäfer"))

add("de-20-nie-kunde", "Dieter Lang <dieter.lang@mail-box.example>", "Ich war nie Ihr Kunde",
    """Sehr geehrte Damen und Herren,

Sie schicken mir Bestellbestätigungen und Rechnungen an meine E-Mail-Adresse, obwohl ich nie
ein Konto bei Ihnen eröffnet habe. Vermutlich hat sich jemand mit meiner Adresse vertippt.

Ich fordere Sie auf, meine E-Mail-Adresse und alle mit ihr verknüpften Daten aus Ihren Systemen zu
entfernen.

Dieter Lang""",
    R(["Erasure"], "dieter.lang@mail-box.example", "Dieter", "Lang"))

add("de-21-task-avv-zahlung", "Miriam Kaya <miriam.kaya@acme-corp.example>", "AVV Prüfung neuer Zahlungsdienstleister",
    """Hallo Datenschutz-Team,

wir wollen ab Q2 für Acme Style zusätzlich den Zahlungsdienstleister PayNord anbinden. Der
Einkauf hat mir den Auftragsverarbeitungsvertrag und die TOMs geschickt. Könnt ihr die prüfen?
Insbesondere die Unterauftragsverarbeiter-Liste kommt mir lang vor.

Dokumente liegen im Confluence unter Payment > PayNord > Verträge.

Danke & viele Grüße
Miriam Kaya
Head of Payments""",
    TASK("miriam.kaya@acme-corp.example", "Miriam", "Kaya"))

add("de-22-task-kamera-lager", "Uwe Becker <uwe.becker@acme-corp.example>", "Videoüberwachung Lager Erfurt",
    """Moin,

nach mehreren Diebstählen im Lager Erfurt möchte die Standortleitung 12 Kameras installieren,
auch im Bereich der Packstationen. Der Betriebsrat will vorher eine Datenschutz-Folgenabschätzung
sehen. Könnt ihr die erstellen oder uns sagen, was ihr dafür braucht?

Uwe Becker
Standortleiter Logistik""",
    TASK("uwe.becker@acme-corp.example", "Uwe", "Becker"))

add("de-23-task-polizei", "Katrin Schröder <katrin.schroeder@acme-corp.example>", "Anfrage der Polizei zu einem Nutzer",
    """Hallo,

bei Trust & Safety ist heute ein Schreiben der Kriminalpolizei Hannover eingegangen. Sie bitten
um Herausgabe der Bestandsdaten und IP-Adressen eines Acme-Match-Nutzers im Rahmen eines
Ermittlungsverfahrens (Betrug). Wir wissen nicht, ob wir das ohne richterlichen Beschluss
herausgeben dürfen. Könnt ihr das bitte prüfen und uns sagen, wie wir antworten sollen?

Das Schreiben hängt am Ticket TS-4471.

Katrin Schröder
Trust & Safety Specialist""",
    TASK("katrin.schroeder@acme-corp.example", "Katrin", "Schröder"))

add("de-24-task-vvt", "Florian Wagner <florian.wagner@acme-corp.example>", "VVT-Eintrag für Bewertungs-Tool",
    """Hi,

wir haben seit letzter Woche ReviewHub im Einsatz, das Kunden nach dem Kauf per Mail um eine
Produktbewertung bittet. Es fehlt noch der Eintrag im Verzeichnis der Verarbeitungstätigkeiten.
Ich habe euch die Infos (Datenkategorien, Löschfristen) ins Formular geschrieben - könnt ihr es
final machen?

Florian""",
    TASK("florian.wagner@acme-corp.example", "Florian", "Wagner"))

add("de-25-inc-cc", "Nicole Frank <nicole.frank@acme-corp.example>", "Fehler beim Mailversand",
    """Hallo,

ich muss leider etwas melden. Heute Vormittag habe ich die Einladung zum Fotoshooting für das
Frühjahrs-Lookbook an die 87 Style-Club-Mitglieder geschickt, die sich beworben hatten. Ich habe
alle Adressen ins CC statt ins BCC gesetzt. Jeder sieht also alle anderen E-Mail-Adressen, bei
vielen steht der volle Name drin.

Zwei Empfänger haben schon "allen antworten" gedrückt. Was soll ich jetzt tun?

Nicole Frank
Marketing""",
    INC("nicole.frank@acme-corp.example", "Nicole", "Frank"))

add("de-26-inc-instagram", "Tim Engel <tim.engel@acme-corp.example>", "Foto auf Instagram",
    """Hallo zusammen,

am Montag habe ich fürs Firmen-Instagram ein Foto vom Kundenservice-Team gemacht ("Happy
Monday!"). Eine Kollegin hat mich eben darauf aufmerksam gemacht, dass man im Hintergrund auf
einem Bildschirm ein geöffnetes Kundenkonto lesen kann, mit Name, Adresse und Bestellungen, wenn
man ranzoomt. Der Post ist seit zwei Tagen online und hat ca. 3.000 Likes.

Ich habe ihn jetzt gelöscht. Wollte euch trotzdem Bescheid geben.

Tim Engel
Social Media""",
    INC("tim.engel@acme-corp.example", "Tim", "Engel"))

add("de-27-inc-paket-rechnung", "Carina Möller <carina.moeller@mail-box.example>", "Fremde Rechnung im Paket",
    """Hallo,

in meinem heutigen Paket lag nicht meine Rechnung, sondern die einer anderen Kundin, mit
vollem Namen, Adresse in Bremen, Telefonnummer und Bestellliste. Meine eigene Rechnung war
nicht dabei, die hat jetzt vermutlich sie. Finde ich ehrlich gesagt ziemlich bedenklich.

Carina Möller""",
    INC("carina.moeller@mail-box.example", "Carina", "Möller"))

add("de-28-fu-erinnerung", "Bernd Richter <bernd.richter@mail-box.example>", "AW: [DSR-73015] Eingangsbestätigung Ihrer Anfrage",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist seit einer Woche abgelaufen. Ich erwarte Ihre Antwort bis Freitag, sonst
wende ich mich an die Landesbeauftragte für Datenschutz.

Bernd Richter

> Ihre Anfrage wurde unter der Nummer DSR-73015 registriert.""",
    FU("73015", "bernd.richter@mail-box.example", "Bernd", "Richter"))

add("de-29-fu-unvollstaendig", "Anja Kühn <anja.kuehn@mail-box.example>", "AW: [DSR-70288] Ihre Datenauskunft",
    """Hallo,

danke für die Auskunft. Leider fehlen die Empfänger - Sie schreiben nur "Dienstleister". Ich
möchte konkret wissen, an welche Firmen meine Daten gegangen sind. Bitte ergänzen.

Anja Kühn""",
    FU("70288", "anja.kuehn@mail-box.example", "Anja", "Kühn"))

add("de-30-fu-anwalt", "RA Christoph Neumann <neumann@neumann-recht.example>", "AW: Mandantin Jana Zimmermann - Auskunft nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

auf unser Schreiben vom 16.11.2026 nehmen wir Bezug. Eine Eingangsbestätigung liegt uns bislang
nicht vor. Wir bitten um kurzfristige Bestätigung.

Mit freundlichen Grüßen
Neumann
Rechtsanwalt""",
    FU(ref("de-10-anwalt"), "neumann@neumann-recht.example", "Christoph", "Neumann"),
    headers=irt("de-10-anwalt"))

add("de-31-spam-abmahnung", "Abmahnstelle Datenschutz <info@dsgvo-abmahnung.example>", "Abmahnung wegen DSGVO-Verstoß - Zahlungsaufforderung",
    """Sehr geehrte Damen und Herren,

bei einer Prüfung Ihrer Webseite wurden Verstöße gegen die DSGVO festgestellt (Google Fonts).
Zur Vermeidung eines gerichtlichen Verfahrens fordern wir Sie auf, einen Betrag von 170,00 € bis
zum 25.11.2026 zu überweisen. Nach Zahlungseingang werden Ihre Daten aus unserem Verfahren
gelöscht.

IBAN: XX00 0000 0000 0000 0000 00

Abmahnstelle""",
    IGN("spam", "info@dsgvo-abmahnung.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="dsgvo-abmahnung.example")])

add("de-32-spam-gewinn", "Gewinnbenachrichtigung <gewinn@euro-lotto-win.example>", "Herzlichen Glückwunsch! Sie haben 850.000 € gewonnen",
    """Sehr geehrter Gewinner,

Ihre E-Mail-Adresse wurde bei unserer internationalen Online-Ziehung ausgewählt. Sie haben
850.000,00 € gewonnen! Um Ihren Gewinn zu erhalten, senden Sie uns bitte Ihren vollständigen
Namen, Ihre Adresse, Telefonnummer und eine Kopie Ihres Personalausweises.

Mit freundlichen Grüßen
Dr. Markus Engelhardt
Gewinnabteilung""",
    IGN("spam", "gewinn@euro-lotto-win.example"),
    headers=SPAM_HDR, ct=CP1252, encode="cp1252")

add("de-33-abwesenheit", "Sandra Pohl <sandra.pohl@versicherung.example>", "Abwesenheitsnotiz: [DSR-69120] Ihre Anfrage",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre E-Mail
wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an service@versicherung.example.

Mit freundlichen Grüßen
Sandra Pohl""",
    IGN("auto_reply", "sandra.pohl@versicherung.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-34-newsletter", "DatenschutzPraxis <newsletter@datenschutzpraxis.example>", "DatenschutzPraxis Newsletter 46/2026",
    """DatenschutzPraxis - Newsletter 46/2026

Themen dieser Ausgabe:
- EuGH: Schadensersatz bei Kontrollverlust über Daten
- Checkliste: Auskunftsersuchen richtig beantworten
- Muster: Löschkonzept für Onlinehändler

Newsletter abbestellen: https://datenschutzpraxis.example/abmelden
Impressum: DatenschutzPraxis Verlag GmbH""",
    IGN("bulk", "newsletter@datenschutzpraxis.example"),
    headers=["List-Unsubscribe: <https://datenschutzpraxis.example/abmelden>",
             "List-Id: DatenschutzPraxis <news.datenschutzpraxis.example>",
             "Precedence: list"])
