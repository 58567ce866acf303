# Development set 22, German (Germany, Austria, Switzerland). Written blind.
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

add("de-01-auskunft-art15", "Dr. Katharina Vogel <k.vogel@web-like.example>",
    "Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht nach Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob
Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir eine Kopie zur Verfügung,
einschließlich Zwecken, Empfängern und Speicherdauer.

Ich bin Kundin Ihrer Tierklinik in Freiburg und habe eine Tierkrankenversicherung für meine
Katze Frieda.

Mit freundlichen Grüßen
Dr. Katharina Vogel
""",
    R(["Access"], "k.vogel@web-like.example", "Katharina", "Vogel"))

add("de-02-konto-loeschen", "Lukas Schneider <lukas.schneider@gmx-like.example>",
    "Bitte Konto löschen",
    """Hallo,

ich nutze Ihre Tiersitter-App nicht mehr. Bitte löschen Sie mein Konto samt aller Daten.
Danke.

Lukas Schneider
""",
    R(["Erasure"], "lukas.schneider@gmx-like.example", "Lukas", "Schneider"))

add("de-03-werbewiderspruch", "Monika Hoffmann <monika.hoffmann@t-online-like.example>",
    "Widerspruch gegen Werbung",
    """Sehr geehrte Damen und Herren,

ich widerspreche der Nutzung meiner Daten zu Werbezwecken, insbesondere den Werbebriefen für
Ihre Futterabos und den Newslettern. Mein Versicherungsvertrag soll natürlich bestehen bleiben.

Mit freundlichen Grüßen
Monika Hoffmann
""",
    R(["Opposition"], "monika.hoffmann@t-online-like.example", "Monika", "Hoffmann"))

add("de-04-berichtigung", "Jürgen Weiß <juergen.weiss@mail.example>", "Falsche Daten im Vertrag",
    """Guten Tag,

in meinem Versicherungsschein steht "Jurgen Weiss" und als Geburtsdatum der 07.04.1971. Richtig
ist Jürgen Weiß, geboren am 04.07.1971. Bitte korrigieren Sie das.

Jürgen Weiß
Vertragsnummer PC-2281045
""",
    R(["Rectification"], "juergen.weiss@mail.example", "Jürgen", "Weiß"),
    ct=LATIN1, encode="latin-1")

add("de-05-datenuebertragung", "Anna-Lena Krüger <annalena.krueger@posteo-like.example>",
    "Meine Daten mitnehmen",
    """Hallo,

ich möchte meine Bestellhistorie und meine Angaben zu meinen Hunden (Futtersorten, Allergien,
Gewicht) aus Ihrem Futter-Abo in einem gängigen, maschinenlesbaren Format erhalten, um sie bei
einem anderen Anbieter zu importieren. Mein Konto kann danach gerne bestehen bleiben.

Viele Grüße
Anna-Lena Krüger
""",
    R(["Portability"], "annalena.krueger@posteo-like.example", "Anna-Lena", "Krüger"))

add("de-06-empfaenger", "Stefan Wagner <stefan.wagner@mail.example>",
    "Weitergabe an Futtermittelhersteller?",
    """Guten Tag,

ich habe nach dem Kauf von Diätfutter in Ihrer Klinik Werbung eines Futtermittelherstellers
bekommen. Geben Sie Kundendaten an Hersteller weiter? Wenn ja, an wen, auf welcher
Rechtsgrundlage, und woher haben Sie meine Daten überhaupt, falls sie nicht von mir selbst
stammen?

Stefan Wagner
""",
    R(["Information"], "stefan.wagner@mail.example", "Stefan", "Wagner"))

add("de-07-einschraenkung", "Christine Lehmann <christine.lehmann@mail.example>",
    "Mahnung - bitte Sperrung bis zur Klärung",
    """Sehr geehrte Damen und Herren,

Sie behaupten, ich hätte eine Rechnung der Tierklinik Hannover über 430 EUR nicht bezahlt. Das
stimmt nicht, die Überweisung liegt vor. Bis dies geklärt ist, verlange ich, dass die
Verarbeitung dieser Forderungsdaten eingeschränkt wird – keine Weitergabe an ein Inkassobüro
oder an die SCHUFA.

Christine Lehmann
""",
    R(["Restriction"], "christine.lehmann@mail.example", "Christine", "Lehmann"))

add("de-08-automatisierte-ablehnung", "Markus Zimmermann <markus.zimmermann@mail.example>",
    "Antrag automatisch abgelehnt",
    """Hallo,

mein Antrag auf eine Tierkrankenversicherung für meinen Mischling Bruno wurde online sofort
abgelehnt ("Risikoprüfung negativ"). Ich möchte, dass ein Mitarbeiter den Antrag prüft, und ich
möchte die Gründe erfahren, auf denen die Entscheidung beruht.

Markus Zimmermann
""",
    R(["AutomatedDecision"], "markus.zimmermann@mail.example", "Markus", "Zimmermann"))

add("de-09-mutter-tochter", "Sabine Koch <sabine.koch@familie.example>",
    "Daten meiner minderjährigen Tochter",
    """Guten Tag,

meine Tochter Lea Koch (15) hat sich in Ihrer App als Tiersitterin registriert. Als
Erziehungsberechtigte möchte ich wissen, welche Daten Sie über sie gespeichert haben. Ein
Löschen ist nicht nötig, sie darf mit unserer Erlaubnis weitermachen.

Sabine Koch
""",
    R(["Access"], "sabine.koch@familie.example", "Lea", "Koch", representative="Sabine Koch"))

add("de-10-anwalt", "Kanzlei Braun & Partner <info@braun-partner-recht.example>",
    "Mandant Herr Tobias Richter – Löschung und Auskunft",
    html("Sehr geehrte Damen und Herren,",
         "wir zeigen an, dass wir Herrn Tobias Richter, Leipzig, anwaltlich vertreten. Vollmacht "
         "anbei.",
         "Namens und im Auftrag unseres Mandanten fordern wir Sie auf, sämtliche zu seiner Person "
         "gespeicherten Daten gemäß Art. 17 DSGVO zu löschen, soweit keine gesetzlichen "
         "Aufbewahrungspflichten entgegenstehen, und uns hierüber sowie über die verbleibenden "
         "Daten Auskunft nach Art. 15 DSGVO zu erteilen.",
         "Frist: 4 Wochen.",
         "Mit freundlichen Grüßen<br>RA Dr. Felix Braun<br>Braun &amp; Partner Rechtsanwälte"),
    R(["Erasure", "Access"], "info@braun-partner-recht.example", "Tobias", "Richter",
      representative="Felix Braun"),
    ct=HTML)

add("de-11-kundenkonto-weg", "Ursula Becker <ursula.becker@mail.example>", "Kein Hund mehr",
    """Sehr geehrte Damen und Herren,

ich bin ins betreute Wohnen gezogen und habe unseren Dackel zu meinem Sohn gegeben. Die
Versicherung läuft zum Jahresende aus. Mein Kundenkonto im Futtershop brauche ich nicht mehr,
bitte entfernen Sie es mitsamt meinen Angaben.

Ursula Becker
""",
    R(["Erasure"], "ursula.becker@mail.example", "Ursula", "Becker"))

add("de-12-oesterreich", "Florian Gruber <florian.gruber@aon-like.example>",
    "Zusendungen",
    """Servus,

bitte schickt mir keine Aussendungen mehr, weder per Post noch per Mail. Seit ich einmal bei
eurer Tierklinik in Graz war, krieg ich jede Woche was. Danke!

Florian Gruber
""",
    R(["Opposition"], "florian.gruber@aon-like.example", "Florian", "Gruber"))

add("de-13-schweiz", "Regula Meier <regula.meier@bluewin-like.example>",
    "Datenherausgabe und Berichtigung",
    """Grüezi

Ich möchte gerne eine Zusammenstellung aller Personendaten, die Sie über mich bearbeiten. Zudem
ist meine Adresse falsch: Bahnhofstrasse 12, 8001 Zürich (nicht 21).

Freundliche Grüsse
Regula Meier
""",
    R(["Access", "Rectification"], "regula.meier@bluewin-like.example", "Regula", "Meier"))

add("de-14-tippfehler", "tobi.kr@mail.example", "loeschen",
    "hallo bitte mein acount bei euch lösen (löschen!!) und keine mails mehr danke tobias kraus\n",
    R(["Erasure", "Opposition"], "tobi.kr@mail.example", "Tobias", "Kraus"))

add("de-15-grossbuchstaben", "HEINZ MÜLLER <heinz.mueller@mail.example>", "ANRUFE",
    "ICH WILL KEINE ANRUFE MEHR VON IHRER VERSICHERUNG. WOHER HABEN SIE MEINE NUMMER??? "
    "HEINZ MÜLLER\n",
    R(["Opposition", "Information"], "heinz.mueller@mail.example", "Heinz", "Müller"))

add("de-16-rechnung", "Petra Schulz <petra.schulz@mail.example>", "Rechnung",
    """Hallo, können Sie mir die Rechnung vom Tierarztbesuch am 3.11. in Köln noch einmal als PDF
schicken? Ich brauche sie für die Steuer. Danke, Petra Schulz
""",
    R(["Unknown"], "petra.schulz@mail.example", "Petra", "Schulz"))

add("de-17-familienadresse", "Familie Schäfer <schaefers@home.example>",
    "Speicherdauer Sitter-Bewertungen",
    """Hallo,

wie lange bleiben Bewertungen, die wir als Tierhalter über Sitter abgeben, gespeichert, und
sehen die Sitter unseren vollen Namen? Wir überlegen, ob wir eine Bewertung schreiben.

Viele Grüße
Jana Schäfer
""",
    R(["Information"], "jana.schaefer@firma.example", "Jana", "Schäfer"),
    headers=["Reply-To: Jana Schäfer <jana.schaefer@firma.example>"])

add("de-18-weiterleitung", "Melanie Wolf <melanie.wolf@acme-corp.example>",
    "WG: Kundenanfrage Datenschutz",
    """Hallo Datenschutz-Team,

bitte übernehmt ihr das? Kam über das Kontaktformular der Versicherung.

Gruß Melanie
Kundenservice Tierversicherung

----- Weitergeleitete Nachricht -----
Von: Oliver Neumann <oliver.neumann@mail.example>
Gesendet: Sonntag, 15. November 2026 20:41
An: service@acme-corp.example
Betreff: Kontaktformular

Ich möchte der Verwendung meiner Gesundheitsdaten... also der meines Hundes und meiner
Kontodaten für Marketing widersprechen und bitte um eine Kopie meiner gespeicherten Daten.
O. Neumann
""",
    R(["Opposition", "Access"], "oliver.neumann@mail.example", "Oliver", "Neumann"))

add("de-19-anhang", "Kevin Schmitt <kevin.schmitt@acme-corp.example>",
    "Fwd: Bitte meine Daten löschen", "",
    R(["Erasure"], "d.yilmaz@mail.example", "Deniz", "Yılmaz"),
    attached=("Deniz Yılmaz <d.yilmaz@mail.example>", "Bitte meine Daten löschen",
              "Hallo, ich habe das Probeabo für Katzenfutter gekündigt und möchte, dass Sie alle\n"
              "meine Daten löschen, inklusive Zahlungsdaten. Deniz Yılmaz\n"),
    note="Hallo, zur Info/Bearbeitung - kam im Shop-Postfach an. Kevin")

add("de-20-lange-geschichte", "Bernd Hartmann <bernd.hartmann@mail.example>",
    "Beschwerde über Tiersitterin und Ihre App",
    """Sehr geehrte Damen und Herren,

ich schreibe Ihnen, weil ich mit Ihrem Service nicht mehr weiß wohin. Im Oktober habe ich über
Ihre App eine Sitterin für unsere zwei Katzen gebucht, während wir in Italien waren. Sie hatte
unseren Schlüssel, den Alarmcode und die Adresse. Bei unserer Rückkehr waren Nachbarn
irritiert, weil sie abends mit Freunden auf unserem Balkon gesessen hat.

Ihr Kundenservice hat nur mit Textbausteinen geantwortet. Ich will jetzt zumindest wissen,
wer alles bei Ihnen Zugriff auf unsere Adresse und den Alarmcode hatte und ob diese Daten jetzt
noch gespeichert sind. Den Alarmcode haben wir inzwischen geändert.

Auch die Bewertung, die ich schreiben wollte, wurde "aus technischen Gründen" nicht
veröffentlicht. Das ist ein eigenes Thema.

Bernd Hartmann
""",
    R(["Information"], "bernd.hartmann@mail.example", "Bernd", "Hartmann"))

add("de-21-aufgabe-avv", "Nicole Braun <nicole.braun@acme-corp.example>",
    "AVV Prüfung – neuer Zahlungsdienstleister",
    """Hallo zusammen,

für die Futter-Abos wechseln wir zu einem neuen Zahlungsdienstleister (PayFluss). Könnt ihr
bitte den Auftragsverarbeitungsvertrag prüfen? Frist Ende nächster Woche.

Danke
Nicole Braun
E-Commerce
""",
    TASK("nicole.braun@acme-corp.example", "Nicole", "Braun"))

add("de-22-aufgabe-dsfa", "Sebastian Lang <sebastian.lang@acme-corp.example>",
    "DSFA für Symptom-Checker-Chatbot",
    """Hi,

wir wollen im Q1 einen Chatbot auf der Klinik-Website einsetzen, der Symptome von Tieren
abfragt und Termine vorschlägt (Anbieter in den USA). Brauchen wir eine DSFA? Bitte um
Einschätzung und Unterstützung.

Sebastian Lang
Digital
""",
    TASK("sebastian.lang@acme-corp.example", "Sebastian", "Lang"))

add("de-23-aufgabe-loeschkonzept", "Claudia Roth <claudia.roth@acme-corp.example>",
    "Löschkonzept Praxissoftware",
    """Liebes Datenschutzteam,

unsere Praxissoftware bekommt ein Update mit automatischer Löschung. Könnt ihr uns die
Aufbewahrungsfristen für Patientenakten, Rechnungen und Röntgenbilder zusammenstellen, damit
wir die Regeln konfigurieren können?

Claudia Roth
Praxismanagement
""",
    TASK("claudia.roth@acme-corp.example", "Claudia", "Roth"))

add("de-24-inc-fax", "Dr. Martin Schulze <martin.schulze@acme-corp.example>",
    "Befund an falsche Nummer gefaxt",
    """Hallo,

wir haben heute einen Laborbefund inkl. Name und Adresse des Halters an eine falsche
Faxnummer geschickt (Zahlendreher). Der Empfänger ist unbekannt. Was müssen wir tun?

Dr. Martin Schulze
Tierklinik Stuttgart
""",
    INC("martin.schulze@acme-corp.example", "Martin", "Schulze"))

add("de-25-inc-extern", "Julia Frank <julia.frank@mail.example>",
    "Fremde Daten in meinem Kundenkonto",
    """Guten Abend,

in meinem Konto im Futtershop sehe ich unter "Lieferadressen" eine Adresse in Dortmund und eine
Telefonnummer, die nicht zu mir gehören, und unter "Zahlungsarten" eine fremde IBAN (teilweise
maskiert). Bitte prüfen Sie das dringend.

Julia Frank
""",
    INC("julia.frank@mail.example", "Julia", "Frank"))

add("de-26-inc-handy", "Ahmet Demir <ahmet.demir@acme-corp.example>",
    "Diensthandy verloren",
    """Hi,

ich habe mein Diensthandy gestern Abend in der U-Bahn in München verloren. Darauf: Outlook mit
Kundenmails aus dem Schadenservice und WhatsApp-Gruppen mit Sittern. Sperre ist aktiv, ich
habe es bei der IT gemeldet.

Ahmet Demir
""",
    INC("ahmet.demir@acme-corp.example", "Ahmet", "Demir"))

add("de-27-fu-dsr", "Dr. Katharina Vogel <k.vogel@web-like.example>",
    "AW: [DSR-70344] Eingangsbestätigung Ihrer Anfrage",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist seit gestern abgelaufen. Ich bitte um umgehende Erledigung, andernfalls
wende ich mich an die Aufsichtsbehörde.

Dr. Katharina Vogel

> Ihre Anfrage wurde unter der Nummer DSR-70344 registriert.
""",
    FU("70344", "k.vogel@web-like.example", "Katharina", "Vogel"))

add("de-28-fu-ref", "Christine Lehmann <christine.lehmann@mail.example>",
    "Re: Mahnung - bitte Sperrung bis zur Klärung",
    """Anbei der Überweisungsbeleg vom 12.08. Ich bitte um kurze Bestätigung, dass die Sache
erledigt ist.

C. Lehmann
""",
    FU(ref("de-07-einschraenkung"), "christine.lehmann@mail.example", "Christine", "Lehmann"),
    headers=irt("de-07-einschraenkung"))

add("de-29-spam-dsgvo", "DSGVO-Prüfstelle <info@dsgvo-pruefstelle.example>",
    "Letzte Mahnung: Eintragung ins Datenschutzregister",
    """Sehr geehrte Damen und Herren,

Ihr Unternehmen ist noch nicht im zentralen Datenschutzregister eingetragen. Bitte überweisen
Sie die Gebühr von 498 EUR innerhalb von 7 Tagen, sonst drohen Bußgelder.

Formular: http://dsgvo-pruefstelle.example/eintrag
""",
    IGN("spam", "info@dsgvo-pruefstelle.example"),
    headers=SPAM_HDR)

add("de-30-spam-paket", "DHL Express <noreply@dhl-zustellung.example>",
    "Ihr Paket konnte nicht zugestellt werden",
    """Ihr Paket wartet. Bestätigen Sie Ihre Adresse und zahlen Sie 1,99 EUR Gebühr:
http://dhl-zustellung.example/track
""",
    IGN("spam", "noreply@dhl-zustellung.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="dhl-zustellung.example")])

add("de-31-ticket", "Support Tierarztsoftware <support@vetsoft.example>",
    "[Ticket #88123] Ihre Anfrage ist eingegangen",
    """Vielen Dank für Ihre Nachricht. Ihr Ticket #88123 wurde erstellt. Ein Mitarbeiter meldet
sich innerhalb von 2 Werktagen. Bitte antworten Sie nicht auf diese E-Mail.
""",
    IGN("auto_reply", "support@vetsoft.example"),
    headers=["Auto-Submitted: auto-generated"])

add("de-32-unzustellbar", "Mail Delivery Subsystem <mailer-daemon@mx.example.net>",
    "Unzustellbar: Ihre Anfrage", "",
    IGN("bounce", "mailer-daemon@mx.example.net"),
    dsn=True)
