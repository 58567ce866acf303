from common import *  # part de: written blind

add("de-01-auskunft-kurz", "surfer_0815@gmx-like.example", "Auskunft",
    "Auskunft nach Art. 15 DSGVO bitte. Danke\n",
    R(["Access"], "surfer_0815@gmx-like.example"))

add("de-02-schufa-score-art22", "Prof. Dr. Wolfgang Schäfer <w.schaefer@uni-mail.example>",
    "Auskunftsersuchen gem. Art. 15 DSGVO und Anfechtung gem. Art. 22 DSGVO",
    """Sehr geehrte Damen und Herren,

am 9. November 2026 wurde mein Online-Antrag auf einen Mobilfunkvertrag mit Endgerät
innerhalb weniger Sekunden abgelehnt. Es ist davon auszugehen, dass die Ablehnung
ausschließlich auf einer automatisierten Verarbeitung einschließlich Scoring beruht.

1. Gemäß Art. 15 DSGVO ersuche ich um Auskunft über sämtliche zu meiner Person gespeicherten
   Daten, insbesondere die von Auskunfteien übermittelten Bonitätsdaten und Scorewerte.

2. Gemäß Art. 22 Abs. 3 DSGVO fechte ich die Entscheidung an und verlange das Eingreifen
   einer Person auf Seiten des Verantwortlichen sowie die erneute Prüfung meines Antrags.

Ich bitte um Beantwortung innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen

Prof. Dr. Wolfgang Schäfer
Lehrstuhl für Werkstoffkunde
""",
    R(["Access", "AutomatedDecision"], "w.schaefer@uni-mail.example", "Wolfgang", "Schäfer"))

add("de-03-inkasso-wut", "Jürgen Weißmüller <juergen.weissmueller@t-online-like.example>", "Beschwerde!!! Inkasso wegen Router",
    """Sehr geehrte Damen und Herren,

ich bin seit 14 Jahren Kunde bei Ihnen, Festnetz und Internet, nie eine Rechnung zu spät
bezahlt. Im Juni habe ich auf Glasfaser umgestellt und sollte den alten Router zurückschicken.
Das habe ich getan, am 28. Juni bei der Post, Sendungsnummer habe ich noch. Angekommen ist er
laut Ihrer Hotline nie.

Jetzt bekomme ich Post von einem Inkassobüro, das 149,99 EUR für den Router plus 86 EUR
Gebühren will und mir mit einem SCHUFA-Eintrag droht. Keiner hat mich vorher angerufen, es kam
eine einzige Mahnung, und zwar an die alte E-Mail-Adresse.

Die Forderung bestreite ich. Außerdem widerspreche ich ausdrücklich der Weitergabe und
Verarbeitung meiner Daten durch das Inkassounternehmen. Holen Sie die Sache dort zurück.

Ehrlich gesagt überlege ich nach 14 Jahren zu kündigen. So behandelt man keine treuen Kunden.

Jürgen Weißmüller
Tel. 0171 2345678
""",
    R(["Opposition"], "juergen.weissmueller@t-online-like.example", "Jürgen", "Weißmüller"))

add("de-04-caps-loeschen", "Horst Krüger <horst.krueger@web-like.example>", "LÖSCHEN",
    "LÖSCHEN SIE ALLE MEINE DATEN SOFORT. ICH BIN SEIT MÄRZ KEIN KUNDE MEHR UND BEKOMME IMMER NOCH POST VON IHNEN.\nH. KRÜGER\n",
    R(["Erasure"], "horst.krueger@web-like.example", "Horst", "Krüger"))

add("de-05-standortdaten-frage", "Leonie Schmitt <leonie.schmitt@posteo-like.example>", "Frage zu Standortdaten",
    """Hallo,

ich hätte eine Frage: Speichern Sie, in welcher Funkzelle mein Handy eingebucht ist, und wenn
ja, wie lange? Und geben Sie diese Daten an irgendwen weiter (Werbepartner, Behörden)?
Ich möchte keine Kopie, nur verstehen, wie das bei Ihnen läuft.

Viele Grüße
Leonie Schmitt
""",
    R(["Information"], "leonie.schmitt@posteo-like.example", "Leonie", "Schmitt"))

add("de-06-sperrung-bis-klaerung", "Dr. Katharina von Bülow <k.vonbuelow@kanzlei-mail.example>", "Einschränkung der Verarbeitung",
    """Sehr geehrte Damen und Herren,

ich bestreite die Richtigkeit der bei Ihnen zu meinem Kundenkonto (Kd.-Nr. 55-098812)
gespeicherten Zahlungsrückstände. Gemäß Art. 18 Abs. 1 lit. a DSGVO verlange ich, dass die
Verarbeitung dieser Daten für die Dauer der Überprüfung eingeschränkt wird; insbesondere
dürfen sie weder an Auskunfteien noch an Inkassodienstleister übermittelt werden.

Eine Löschung verlange ich ausdrücklich nicht.

Mit freundlichen Grüßen
Dr. Katharina von Bülow
""",
    R(["Restriction"], "k.vonbuelow@kanzlei-mail.example", "Katharina", "von Bülow"))

add("de-07-datenuebertragbarkeit", "Tobias Neumann <tobias.neumann@mailbox-de.example>", "Datenübertragbarkeit",
    """Moin,

ich wechsle zum Jahresende den Anbieter. Die Rufnummernmitnahme läuft schon separat über den
neuen Anbieter. Ich möchte aber zusätzlich meine Vertrags- und Verbindungsdaten in einem
maschinenlesbaren Format (CSV/JSON) bekommen, damit ich sie dort bzw. in meiner eigenen
Auswertung weiterverwenden kann.

Gruß
Tobias Neumann
""",
    R(["Portability"], "tobias.neumann@mailbox-de.example", "Tobias", "Neumann"))

add("de-08-rufnummernmitnahme", "Maximilian Braun <max.braun@gmx-like.example>", "Rufnummernmitnahme",
    "Hallo, wie lange dauert die Rufnummernmitnahme und was kostet die? Mein Vertrag läuft Ende Januar aus. Gruß Max Braun\n",
    R(["Unknown"], "max.braun@gmx-like.example", "Maximilian", "Braun"))

add("de-09-doppelt-abgebucht-html", "Ayşe Demir <ayse.demir@mailbox-de.example>", "Doppelte Abbuchung",
    html("Guten Tag,",
         "im Oktober wurde die Monatsrechnung <b>zweimal</b> von meinem Konto abgebucht (je 39,99 €).",
         "Bitte erstatten Sie mir den doppelten Betrag. Kundennummer 4410-2291.",
         "Mit freundlichen Grüßen<br>Ayşe Demir"),
    R(["Unknown"], "ayse.demir@mailbox-de.example", "Ayşe", "Demir"), ct=HTML)

add("de-10-namensaenderung", "Lena Hoffmann <lena.hoffmann@web-like.example>", "Namensänderung nach Heirat",
    """Hallo liebes Team,

ich habe im Sommer geheiratet und heiße jetzt Hoffmann statt Becker. Bitte ändern Sie meinen
Nachnamen im Vertrag und auf den Rechnungen. Die Heiratsurkunde kann ich gern schicken.

Liebe Grüße
Lena Hoffmann (geb. Becker)
""",
    R(["Rectification"], "lena.hoffmann@web-like.example", "Lena", "Hoffmann"))

add("de-11-einwilligung-widerruf", "Uwe Schulze <uwe.schulze54@freenet-like.example>", "werbung",
    "hallo ich widerrufe meine einwilligung für werbeanrufe und sms ich will das nicht mehr ihr ruft jede woche an bitte sofort aufhören uwe schulze\n",
    R(["Opposition"], "uwe.schulze54@freenet-like.example", "Uwe", "Schulze"))

add("de-12-betreuerin", "Sabine Roth <s.roth@betreuungsverein.example>", "Anfrage als rechtliche Betreuerin für Herrn Manfred Wagner",
    """Sehr geehrte Damen und Herren,

ich bin vom Amtsgericht Bielefeld zur rechtlichen Betreuerin von Herrn Manfred Wagner,
geb. 03.05.1949, bestellt (Aufgabenkreise u. a. Vermögenssorge, Post- und
Fernmeldeangelegenheiten; Betreuerausweis anbei).

Ich bitte um Auskunft über alle zu Herrn Wagner gespeicherten Daten, insbesondere über
bestehende Verträge und Zusatzoptionen, da er offenbar am Telefon mehrere Verträge
abgeschlossen hat. Zudem widerspreche ich in seinem Namen jeder weiteren telefonischen
Werbung.

Mit freundlichen Grüßen
Sabine Roth
Betreuungsverein Bielefeld e.V.
Tel. 0521 123456
""",
    R(["Access", "Opposition"], "s.roth@betreuungsverein.example", "Manfred", "Wagner", representative="Sabine Roth"))

add("de-13-latin1-aufzeichnungen", "Jörg Maßmann <joerg.massmann@altmail.example>", "Kopie meiner Kundendaten",
    """Guten Tag,

bitte schicken Sie mir eine Kopie der über mich gespeicherten Daten, einschließlich der
Notizen und Aufzeichnungen meiner Telefonate mit Ihrer Hotline im September (es ging um die
angeblich gebuchte Option "Musik-Flat" für 9,99 EUR, die ich nie bestellt habe).

Mit freundlichen Grüßen
Jörg Maßmann
""",
    R(["Access"], "joerg.massmann@altmail.example", "Jörg", "Maßmann"), ct=LATIN1, encode="latin-1")

add("de-14-servus-auskunft-loeschen", "Florian Gruber <florian.gruber@aon-like.example>", "Daten",
    """Servus,

i hätt gern gwusst was ihr alles über mich gspeichert habts (bin seit 2015 Kunde, Handy und
Internet in Wien). Und wenn ich das hab, bitte alles löschen, ich kündige eh mit Jänner.

Danke & lg
Florian Gruber

Von meinem iPhone gesendet
""",
    R(["Access", "Erasure"], "florian.gruber@aon-like.example", "Florian", "Gruber"))

add("de-15-schweiz-uebermittlung", "Reto Käser <reto.kaeser@bluewin-like.example>", "Datenübermittlung ins Ausland",
    """Grüezi

In Ihrer Datenschutzerklärung steht, dass Kundendaten an «Dienstleister im Ausland»
übermittelt werden können. In welche Länder genau, an wen, und gestützt worauf? Gehen meine
Daten auch in die USA?

Freundliche Grüsse
Reto Käser
""",
    R(["Information"], "reto.kaeser@bluewin-like.example", "Reto", "Käser"))

add("de-16-shop-weiterleitung", "Nicole Albrecht <nicole.albrecht@acme-corp.example>", "WG: Bonitätsprüfung",
    """Hallo Datenschutz,

anbei eine Kundenmail aus unserem Shop in Köln, bitte übernehmt ihr das? Der Kunde war
ziemlich verärgert.

Danke und Gruß
Nicole Albrecht
Shopleitung Köln Schildergasse

---------- Weitergeleitete Nachricht ----------
Von: Mehmet Yıldırım <mehmet.yildirim@mailbox-de.example>
Datum: Fr., 13. Nov. 2026 um 18:05
Betreff: Bonitätsprüfung
An: shop.koeln@acme-corp.example

Guten Abend, heute wurde mir im Shop ein Vertrag verweigert wegen der "Bonitätsprüfung".
Ich möchte wissen, welche Daten Sie über mich haben und welche Auskunftei Ihnen was
übermittelt hat.
Mehmet Yıldırım
""",
    R(["Access"], "mehmet.yildirim@mailbox-de.example", "Mehmet", "Yıldırım"))

add("de-17-anhang-app-konto", "Kundenservice Backoffice <backoffice.ks@acme-corp.example>", "WG: App-Konto löschen",
    "",
    R(["Erasure"], "anja.lorenz@web-like.example", "Anja", "Lorenz"),
    attached=("Anja Lorenz <anja.lorenz@web-like.example>", "App-Konto löschen",
              """Hallo, ich habe die Prepaid-Karte nicht mehr und möchte, dass mein Konto in der App
inklusive aller Daten gelöscht wird. In der App finde ich keinen Button dafür.
Anja Lorenz
"""),
    note="Zur Bearbeitung durch den Datenschutz. Gruß, Backoffice KS (Dennis)")

add("de-18-automatische-sperre", "Dragan Petrović <dragan.petrovic@mailbox-de.example>", "Anschluss automatisch gesperrt",
    """Guten Tag,

mein Mobilfunkanschluss wurde letzte Woche ohne Vorwarnung gesperrt, angeblich hat Ihr System
"ungewöhnliches Nutzungsverhalten / Betrugsverdacht" erkannt (ich war beruflich in Serbien
und habe viel telefoniert). Das hat offensichtlich eine Maschine entschieden.

Ich verlange, dass ein Mitarbeiter die Entscheidung überprüft, und möchte meinen Standpunkt
darlegen können.

Dragan Petrović
""",
    R(["AutomatedDecision"], "dragan.petrovic@mailbox-de.example", "Dragan", "Petrović"))

add("de-19-dsr-nachfrage", "Claudia Zimmermann <claudia.zimmermann@t-online-like.example>", "AW: Ihre Anfrage [DSR-61044]",
    """Guten Tag,

die Frist ist abgelaufen und ich habe nur einen Teil der Daten bekommen, die
Verbindungsdaten fehlen. Bitte vervollständigen Sie die Auskunft.

Claudia Zimmermann

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Betreff: Ihre Anfrage [DSR-61044]
Wir bestätigen den Eingang Ihrer Anfrage.
""",
    FU("61044", "claudia.zimmermann@t-online-like.example", "Claudia", "Zimmermann"))

add("de-20-horst-nachfrage", "Horst Krüger <horst.krueger@web-like.example>", "AW: LÖSCHEN",
    "UND? SIND MEINE DATEN JETZT GELÖSCHT ODER NICHT? HEUTE SCHON WIEDER EIN BRIEF GEKOMMEN.\nKRÜGER\n",
    FU(ref("de-04-caps-loeschen"), "horst.krueger@web-like.example", "Horst", "Krüger"),
    headers=irt("de-04-caps-loeschen"))

add("de-21-aufgabe-avv-inkasso", "Stefan Hartmann <stefan.hartmann@acme-corp.example>", "AVV mit neuem Inkassopartner prüfen",
    """Hallo zusammen,

wir wechseln ab Q1 den Inkassodienstleister. Der Entwurf des Auftragsverarbeitungsvertrags
liegt im Vertragsordner. Könnt ihr den bitte aus Datenschutzsicht prüfen, insbesondere
Unterauftragsverarbeiter und TOMs? Unterschrift ist für den 10.12. geplant.

Viele Grüße
Stefan Hartmann
Leiter Forderungsmanagement
""",
    TASK("stefan.hartmann@acme-corp.example", "Stefan", "Hartmann"))

add("de-22-aufgabe-vvt-esim", "Julia Wolf <julia.wolf@acme-corp.example>", "VVT-Eintrag für eSIM-Aktivierung per Video-Ident",
    """Hi,

ab Februar bieten wir die eSIM-Aktivierung mit Video-Ident über einen externen Dienstleister
an. Könnt ihr das ins Verzeichnis der Verarbeitungstätigkeiten aufnehmen und prüfen, ob eine
DSFA nötig ist?

Danke!
Julia Wolf
Produktmanagement Prepaid
""",
    TASK("julia.wolf@acme-corp.example", "Julia", "Wolf"))

add("de-23-aufgabe-schulung-callcenter", "Markus Engel <markus.engel@acme-corp.example>", "Datenschutzschulung Callcenter Leipzig",
    """Hallo Datenschutzteam,

im Callcenter Leipzig fangen im Januar 35 neue Agents an. Könnt ihr für die Einarbeitung eine
Datenschutzschulung (ca. 90 Minuten, Schwerpunkt Identifizierung am Telefon) halten?

Beste Grüße
Markus Engel
Teamleitung Kundenservice
""",
    TASK("markus.engel@acme-corp.example", "Markus", "Engel"))

add("de-24-inc-cc-statt-bcc", "Kerstin Vogel <kerstin.vogel@acme-corp.example>", "Fehler beim Versand - offene Empfängerliste",
    """Hallo,

ich habe heute Vormittag eine Info zur Netzstörung an 84 Geschäftskunden geschickt und dabei
alle Adressen in CC statt BCC gesetzt. Alle Empfänger sehen also die E-Mail-Adressen (teils
mit Namen) der anderen. Zwei Kunden haben schon geantwortet und sich beschwert.

Wie gehe ich jetzt vor?
Kerstin Vogel
Geschäftskundenbetreuung
""",
    INC("kerstin.vogel@acme-corp.example", "Kerstin", "Vogel"))

add("de-25-inc-fremder-vertrag", "Heike Richter <heike.richter@posteo-like.example>", "Fremder Vertrag in meinen Unterlagen",
    """Guten Tag,

ich war am Samstag in Ihrem Shop in Hannover und habe einen neuen Vertrag abgeschlossen. Zu
Hause habe ich gemerkt, dass in der Mappe auch der Vertrag einer anderen Kundin liegt, mit
Kopie ihres Personalausweises und ihrer IBAN. Was soll ich damit machen?

Heike Richter
""",
    INC("heike.richter@posteo-like.example", "Heike", "Richter"))

add("de-26-inc-tablet-shop", "Shop Dresden Altmarkt <shop.dresden@acme-corp.example>", "Tablet aus Shop gestohlen",
    """Hallo,

heute Mittag wurde aus unserem Shop ein Beratungs-Tablet gestohlen, auf dem die Vertriebs-App
angemeldet war. Polizei ist informiert. Ob das Gerät verschlüsselt war, weiß ich nicht.

Gruß
Patrick Lehmann
Shopleiter Dresden Altmarkt
""",
    INC("shop.dresden@acme-corp.example", "Patrick", "Lehmann"))

add("de-27-spam-abmahnung", "Rechtsanwaltskanzlei Dr. Berger <kanzlei.berger@abmahnung-de.example>", "Abmahnung wegen DSGVO-Verstoß - Zahlungsaufforderung",
    """Sehr geehrte Damen und Herren,

Ihre Webseite verstößt gegen die DSGVO (Google Fonts). Zur Vermeidung eines Gerichtsverfahrens
zahlen Sie bitte 470,00 EUR innerhalb von 7 Tagen. Die personenbezogenen Daten unseres
Mandanten werden nach Zahlung gelöscht.

Zahlungsdetails im Anhang: Abmahnung.zip

Dr. Berger
""",
    IGN("spam", "kanzlei.berger@abmahnung-de.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="abmahnung-de.example")])

add("de-28-spam-loeschsoftware", "DataClean Solutions <info@dataclean-solutions.example>", "DSGVO-konforme Datenlöschung - Webinar-Einladung",
    """Sehr geehrte Datenschutzverantwortliche,

Löschkonzepte scheitern in der Praxis? Mit DataClean löschen Sie personenbezogene Daten
automatisch und revisionssicher. Melden Sie sich jetzt für unser kostenloses Webinar an!

Ihr DataClean-Team
Abmelden: hier klicken
""",
    IGN("spam", "info@dataclean-solutions.example"))

add("de-29-bounce", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>", "Delivery Status Notification (Failure)",
    "", IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)

add("de-30-abwesenheit", "Thomas Keller <thomas.keller@stadtwerke-x.example>", "Abwesenheitsnotiz: Ihre Nachricht",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre
E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an die Zentrale.

Thomas Keller
""",
    IGN("auto_reply", "thomas.keller@stadtwerke-x.example"), headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
