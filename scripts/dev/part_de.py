# Development set, German.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("de-01-kurz", "Tobias Keller <tobias.keller@gmx.example>", "Daten",
    "Bitte löschen Sie alle meine Daten bei Ihnen. Danke, T. Keller\n",
    R(["Erasure"], "tobias.keller@gmx.example", "Tobias", "Keller"))
add("de-02-auskunft-formell", "Dr. Sabine Vogt <sabine.vogt@t-online.example>", "Auskunftsersuchen nach Art. 15 DSGVO",
    "Sehr geehrte Damen und Herren,\n\nhiermit bitte ich gemäß Art. 15 DSGVO um Auskunft darüber, ob und welche "
    "personenbezogenen Daten Sie über mich verarbeiten, zu welchen Zwecken und an wen sie weitergegeben wurden. Bitte "
    "stellen Sie mir zudem eine Kopie der Daten zur Verfügung.\n\nMit freundlichen Grüßen\n\nDr. Sabine Vogt\n"
    "Lindenstraße 7\n80331 München\nTel. 089 1234567\n",
    R(["Access"], "sabine.vogt@t-online.example", "Sabine", "Vogt"))
add("de-03-werbung", "Frank Hoffmann <frank.hoffmann@web.example>", "Keine Werbung mehr",
    "Guten Tag,\n\nich widerspreche der Nutzung meiner Daten für Werbezwecke. Schicken Sie mir keine Kataloge und "
    "keine Newsletter mehr.\n\nFrank Hoffmann\n",
    R(["Opposition"], "frank.hoffmann@web.example", "Frank", "Hoffmann"))
add("de-04-berichtigung", "Katrin Schulz <katrin.schulz@posteo.example>", "Falsche Adresse",
    "Hallo,\n\nin Ihrem System ist noch meine alte Anschrift gespeichert. Die richtige lautet: Gartenweg 3, 50667 Köln. "
    "Bitte berichtigen Sie das.\n\nViele Grüße\nKatrin Schulz\n",
    R(["Rectification"], "katrin.schulz@posteo.example", "Katrin", "Schulz"))
add("de-05-anwalt-im-auftrag", "RA Martin Lorenz <lorenz@kanzlei-lorenz.example>", "Mandant Stefan Krüger - Auskunft",
    "Sehr geehrte Damen und Herren,\n\nim Auftrag unseres Mandanten, Herrn Stefan Krüger, Bahnhofstraße 12, 04109 "
    "Leipzig, fordern wir Sie auf, Auskunft über sämtliche zu seiner Person gespeicherten Daten gemäß Art. 15 DSGVO zu "
    "erteilen. Eine Vollmacht liegt bei.\n\nMit freundlichen Grüßen\nMartin Lorenz\nRechtsanwalt\n",
    R(["Access"], "lorenz@kanzlei-lorenz.example", "Stefan", "Krüger", representative="Martin Lorenz"))
add("de-06-uebertragbarkeit", "Julia Wagner <julia.wagner@gmail.example>", "Datenexport",
    "Hallo, ich wechsle den Anbieter. Bitte stellen Sie mir meine Daten in einem strukturierten, maschinenlesbaren "
    "Format bereit (Art. 20 DSGVO).\nJulia Wagner\n",
    R(["Portability"], "julia.wagner@gmail.example", "Julia", "Wagner"))
add("de-07-einschraenkung", "Andreas Becker <andreas.becker@freenet.example>", "Sperrung meiner Daten",
    "Sehr geehrte Damen und Herren,\n\nbis zur Klärung meiner Beschwerde verlange ich die Einschränkung der Verarbeitung "
    "meiner personenbezogenen Daten.\n\nAndreas Becker\n",
    R(["Restriction"], "andreas.becker@freenet.example", "Andreas", "Becker"))
add("de-08-speicherdauer", "Lena Fischer <lena.fischer@gmx.example>", "Frage",
    "Hallo, wie lange speichern Sie eigentlich meine Bestellhistorie und wer hat Zugriff darauf? Lena\n",
    R(["Information"], "lena.fischer@gmx.example", "Lena", "Fischer"))
add("de-09-weiterleitung-outlook", "Jan Richter <jan.richter@acme-corp.example>", "WG: Löschung",
    "Hallo zusammen, bitte übernehmen.\nGruß Jan\n\nVon: Monika Schreiber <monika.schreiber@web.example>\n"
    "Gesendet: Sonntag, 15. November 2026 17:45\nAn: info@acme-corp.example\nBetreff: Löschung\n\n"
    "Sehr geehrte Damen und Herren, bitte löschen Sie mein Kundenkonto und alle meine Daten.\nMonika Schreiber\n",
    R(["Erasure"], "monika.schreiber@web.example", "Monika", "Schreiber"))
add("de-10-aufgabe-avv", "Claudia Neumann <claudia.neumann@acme-corp.example>", "AVV mit neuem Callcenter",
    "Hallo Datenschutz-Team,\n\nwir beauftragen ab Januar ein externes Callcenter. Könnt ihr bitte den "
    "Auftragsverarbeitungsvertrag prüfen und das Verzeichnis von Verarbeitungstätigkeiten entsprechend anpassen?\n\n"
    "Danke und Gruß\nClaudia Neumann\nKundenservice\n",
    TASK("claudia.neumann@acme-corp.example", "Claudia", "Neumann"))
add("de-11-vorfall-anhang", "Markus Weber <markus.weber@acme-corp.example>", "Falscher Anhang verschickt",
    "Hallo,\n\nich habe heute versehentlich eine Excel-Liste mit Namen und IBANs von 80 Kunden an einen externen "
    "Lieferanten geschickt statt der Preisliste. Der Empfänger ist informiert. Was muss ich jetzt tun?\n\nMarkus Weber\n",
    INC("markus.weber@acme-corp.example", "Markus", "Weber"))
add("de-12-spam-header", "Gewinnspiel Team <info@gewinn-aktuell.example>", "Ihre Teilnahme",
    "Sehr geehrter Kunde, Sie haben an unserer Umfrage teilgenommen. Bitte bestätigen Sie Ihre Adresse.\n",
    IGN("spam"), headers=["X-Spam-Status: Yes, score=7.4 required=5.0"])
add("de-13-abwesend", "Thomas Braun <thomas.braun@stadtwerke.example>", "Abwesenheitsnotiz: Ihre Anfrage",
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25.11. nicht im Büro und habe keinen Zugriff auf meine "
    "E-Mails. In dringenden Fällen wenden Sie sich bitte an die Zentrale.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])
add("de-14-nachfrage-tag", "Heike Zimmermann <heike.zimmermann@t-online.example>", "AW: [DSR-7002] Eingangsbestätigung",
    "Guten Tag, ich warte seit fünf Wochen auf die Auskunft. Wann bekomme ich eine Antwort?\nH. Zimmermann\n",
    FU("7002", "heike.zimmermann@t-online.example", "Heike", "Zimmermann"))
add("de-15-grossbuchstaben", "WERNER KOCH <wernerkoch@arcor.example>", "LOESCHUNG",
    "LOESCHEN SIE SOFORT ALLE MEINE DATEN. ICH HABE NIE ZUGESTIMMT.\nWERNER KOCH\n",
    R(["Erasure"], "wernerkoch@arcor.example", "Werner", "Koch"))
add("de-16-betreuer", "Michael Roth <m.roth@betreuungsverein.example>", "Auskunft für Herrn Walter Brandt",
    "Sehr geehrte Damen und Herren,\n\nals gesetzlicher Betreuer von Herrn Walter Brandt (geb. 12.03.1941) bitte ich um "
    "Auskunft über die zu ihm gespeicherten Daten. Der Betreuerausweis ist beigefügt.\n\nMit freundlichen Grüßen\n"
    "Michael Roth\n",
    R(["Access"], "m.roth@betreuungsverein.example", "Walter", "Brandt", representative="Michael Roth"))
add("de-17-auskunft-und-berichtigung", "Susanne Wolf <susanne.wolf@web.example>", "Meine Daten",
    "Hallo,\n\nich möchte wissen, welche Daten Sie über mich gespeichert haben. Außerdem ist mein Nachname falsch "
    "geschrieben (Wolff statt Wolf) – bitte korrigieren.\n\nSusanne Wolf\n",
    R(["Access", "Rectification"], "susanne.wolf@web.example", "Susanne", "Wolf"))
add("de-18-spam-erbschaft-dsgvo", "Rechtsanwalt Dr. Peter Klein <p.klein@anwalt-klein.example>", "Erbschaft - DSGVO Hinweis",
    "Sehr geehrte/r Begünstigte/r,\n\nein verstorbener Kunde unserer Bank hat Ihnen 4.200.000 EUR hinterlassen. Gemäß "
    "DSGVO dürfen wir Ihre Daten nur mit Ihrer Zustimmung verarbeiten. Senden Sie uns Ihre Bankverbindung und eine "
    "Ausweiskopie, damit die Überweisung erfolgen kann.\n",
    IGN("spam"), headers=["Reply-To: dr.klein.kanzlei@mail-frei.example"])
add("de-19-vorfall-ransomware", "Stefan Hartmann <stefan.hartmann@acme-corp.example>", "Dringend: Verschlüsselungstrojaner",
    "Hallo, auf dem Fileserver der Niederlassung Hamburg sind seit heute früh alle Dateien verschlüsselt, es gibt eine "
    "Lösegeldforderung. Dort liegen auch Personalakten. Die IT hat den Server vom Netz genommen.\nStefan Hartmann\n",
    INC("stefan.hartmann@acme-corp.example", "Stefan", "Hartmann"))
add("de-20-bestellung-und-widerspruch", "Gabriele Huber <gabi.huber@gmx.example>", "Bestellung 44812",
    "Hallo, meine Bestellung 44812 ist immer noch nicht da, wann kommt sie? Und bitte rufen Sie mich nicht mehr zu "
    "Werbezwecken an.\nGabriele Huber\n",
    R(["Opposition"], "gabi.huber@gmx.example", "Gabriele", "Huber"))
