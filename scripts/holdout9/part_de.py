from common import *  # part de: written blind

# ---------------------------------------------------------------- requests

add("de-01-auskunft-einzeiler",
    "Lukas Hoffmann <lukas.hoffmann@web.example>",
    "Auskunft",
    """Sehr geehrte Damen und Herren,

ich bitte um Auskunft gem. Art. 15 DSGVO.

MfG
Lukas Hoffmann
""",
    R(["Access"], "lukas.hoffmann@web.example", "Lukas", "Hoffmann"))

add("de-02-konto-weg-tippfehler",
    "ronny.k@gmx.example",
    "konto löschen",
    """hallo ich möchte das mein konto gelöscht wird und ale daten von mir auch bitte. hab das fotobuch ding nur einmal benutzt

danke
""",
    R(["Erasure"], "ronny.k@gmx.example"))

add("de-03-keine-rabattmails",
    "Brigitte Neumann <b.neumann@t-online.example>",
    "Werbung",
    """Hören Sie bitte auf, mir jede Woche E-Mails über Fotokalender und Rabattaktionen zu schicken. Ich habe das nie bestellt. Danke.

B. Neumann
""",
    R(["Opposition"], "b.neumann@t-online.example", "Brigitte", "Neumann"))

add("de-04-name-nach-heirat",
    "Katrin Schulz-Öztürk <katrin.schulz@web.example>",
    "Namensänderung nach Heirat",
    """Hallo liebes Acme-Team,

ich habe im Sommer geheiratet und heiße jetzt Katrin Schulz-Öztürk (vorher Schulz). In meinem Nutzerkonto und auf den Spendenquittungen steht aber noch der alte Name. Könnten Sie das bitte ändern? Die Heiratsurkunde kann ich gern schicken. Meine E-Mail-Adresse bleibt gleich.

Viele Grüße
Katrin Schulz-Öztürk
""",
    R(["Rectification"], "katrin.schulz@web.example", "Katrin", "Schulz-Öztürk"))

add("de-05-kanzlei-mandant-auskunft-loeschung",
    "Felix Brandt <f.brandt@kanzlei-brandt-partner.example>",
    "Unser Mandant Herr Marcel Wójcik ./. Acme - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr Marcel Wójcik, wohnhaft in Dortmund, mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.

Namens und in Vollmacht unseres Mandanten machen wir hiermit dessen Auskunftsanspruch nach Art. 15 DSGVO geltend und fordern Sie auf, uns sämtliche bei Ihnen über unseren Mandanten gespeicherten personenbezogenen Daten mitzuteilen und eine Kopie gemäß Art. 15 Abs. 3 DSGVO zu übersenden.

Nach Erteilung der Auskunft verlangt unser Mandant gemäß Art. 17 DSGVO die Löschung sämtlicher Daten, soweit dem keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Für die Erledigung haben wir uns eine Frist bis zum 16.12.2026 notiert. Wir bitten, die Korrespondenz ausschließlich über unsere Kanzlei zu führen.

Mit freundlichen Grüßen

Dr. Felix Brandt
Rechtsanwalt
Brandt & Partner Rechtsanwälte mbB
Westenhellweg 12, 44137 Dortmund
Tel. 0231 882410
""",
    R(["Access", "Erasure"], "f.brandt@kanzlei-brandt-partner.example", "Marcel", "Wójcik", representative="Felix Brandt"))

add("de-06-identpruefung-algorithmus",
    "Aylin Demir <aylin.demir@gmx.example>",
    "Identitätsprüfung automatisch abgelehnt - Art. 22",
    """Guten Tag,

meine Identitätsprüfung für das Wallet wurde jetzt zum zweiten Mal innerhalb von Sekunden abgelehnt ('Dokument konnte nicht verifiziert werden'). Mein Personalausweis ist gültig, das Foto ist scharf. Offensichtlich entscheidet hier ein Algorithmus ohne jede menschliche Kontrolle.

Ich möchte, dass die Entscheidung von einem Menschen überprüft wird und dass ich meinen Standpunkt darlegen kann (Art. 22 Abs. 3 DSGVO).

Freundliche Grüße
Aylin Demir
""",
    R(["AutomatedDecision"], "aylin.demir@gmx.example", "Aylin", "Demir"))

add("de-07-drittland-dienstleister",
    "Matthias Krüger <matthias.krueger@posteo.example>",
    "Frage zu Drittlandübermittlung",
    """Hallo,

bevor ich für das Projekt meines Sportvereins spende, hätte ich ein paar Fragen: Werden meine Zahlungs- und Ausweisdaten in die USA oder andere Drittländer übermittelt? Welche Dienstleister (Zahlungsabwicklung, Cloud, Identitätsprüfung) bekommen meine Daten, und auf welcher Grundlage? In Ihrer Datenschutzerklärung stehen dazu nur sehr allgemeine Formulierungen.

Danke und Gruß
Matthias Krüger
""",
    R(["Information"], "matthias.krueger@posteo.example", "Matthias", "Krüger"))

add("de-08-wutbrief-auszahlung-lang",
    "Sabine Vogel <sabine.vogel@arcor.example>",
    "Beschwerde - Auszahlung meiner Kampagne seit 7 Wochen blockiert",
    """Sehr geehrte Damen und Herren,

ich bin mit meiner Geduld am Ende. Im September habe ich bei Ihnen eine Kampagne gestartet, um für meine Tochter einen ausgebildeten Assistenzhund zu finanzieren. Innerhalb von drei Wochen sind 6.200 Euro zusammengekommen, von Familie, Freunden, Nachbarn, sogar von der Schule. Ich war so dankbar.

Seitdem kämpfe ich mit Ihrem Support. Zuerst hieß es, die Auszahlung dauert 5 Werktage. Dann sollte ich meinen Ausweis nochmal hochladen. Dann einen Kontoauszug. Dann eine Meldebescheinigung. Jedes Mal schreibt mir ein anderer Mitarbeiter, jedes Mal fängt alles von vorn an, und der Chatbot schickt mir nur Links zu den FAQ. Die Hundeschule wartet auf die Anzahlung, ich musste bei meinem Bruder Geld leihen.

Ich verlange außerdem eine vollständige Kopie aller Daten, die Sie über mich gespeichert haben, einschließlich der Notizen Ihrer Mitarbeiter, denn ich will wissen, was da über mich geschrieben wird und warum man mir offenbar nicht glaubt.

Ich erwarte, dass das Geld bis Ende der Woche auf meinem Konto ist. Sobald es da ist, schließen Sie bitte mein Konto und löschen alles über mich. Mit Ihnen nie wieder. Ich werde meine Erfahrungen auch öffentlich machen.

Sabine Vogel
Kassel
""",
    R(["Access", "Erasure"], "sabine.vogel@arcor.example", "Sabine", "Vogel"))

add("de-09-html-spendenhistorie-uebertragen",
    "Tobias Lehmann <tobias.lehmann@mailbox.example>",
    "Datenübertragbarkeit",
    html("Hallo zusammen,",
         "ich möchte von meinem Recht auf Datenübertragbarkeit Gebrauch machen. Bitte stellen Sie mir meine komplette Spenden- und Zahlungshistorie samt Empfängern und Verwendungszwecken in einem maschinenlesbaren Format (CSV oder JSON) bereit &ndash; oder noch besser: übermitteln Sie die Daten direkt an meinen neuen Anbieter, die Kontaktdaten schicke ich Ihnen gern.",
         "Beste Grüße<br>Tobias Lehmann"),
    R(["Portability"], "tobias.lehmann@mailbox.example", "Tobias", "Lehmann"),
    ct=HTML)

add("de-10-latin1-inkasso-einschraenken",
    "Jürgen Schäfer <juergen.schaefer@t-online.example>",
    "Einschränkung der Verarbeitung bis zur Klärung",
    """Sehr geehrte Damen und Herren,

Sie haben mir mitgeteilt, dass mein Kundenkonto wegen einer angeblich offenen Forderung aus einer Fotobuch-Bestellung an ein Inkassobüro übergeben werden soll. Ich bestreite die Richtigkeit dieser Daten: die Bestellung wurde storniert und der Betrag ist längst zurückgebucht.

Ich verlange gemäß Art. 18 DSGVO, dass die Verarbeitung meiner Daten eingeschränkt wird, bis die Sache geklärt ist. Insbesondere dürfen meine Daten bis dahin nicht an Dritte (Inkasso, Auskunfteien) weitergegeben werden.

Mit freundlichen Grüßen
Jürgen Schäfer
Gießen
""",
    R(["Restriction"], "juergen.schaefer@t-online.example", "Jürgen", "Schäfer"),
    ct=LATIN1, encode="latin-1")

add("de-11-mutter-sohn-15-loeschen",
    "Claudia Richter <claudia.richter@gmx.example>",
    "Konto meines Sohnes (15) löschen",
    """Guten Tag,

mein Sohn Leon Richter (15) hat sich ohne unser Wissen in Ihrer App registriert und darüber Geld von Freunden eingesammelt und weitergeleitet. Als Erziehungsberechtigte möchte ich, dass sein Konto und alle dazugehörigen Daten gelöscht werden. Er hat sich mit der Adresse leon.r.2011@gmx.example angemeldet.

Mit freundlichen Grüßen
Claudia Richter
Tel. 0171 5523981
""",
    R(["Erasure"], "claudia.richter@gmx.example", "Leon", "Richter", representative="Claudia Richter"))

add("de-12-betreuer-frau-baumann",
    "Hans-Peter Lindner <hp.lindner@betreuungsbuero-lindner.example>",
    "Betreuung Frau Elfriede Baumann - Auskunftsersuchen",
    """Sehr geehrte Damen und Herren,

durch Beschluss des Amtsgerichts Bielefeld bin ich zum rechtlichen Betreuer von Frau Elfriede Baumann, geb. 09.05.1938, unter anderem für den Aufgabenkreis Vermögenssorge bestellt worden. Der Betreuerausweis liegt bei.

Frau Baumann hat in den letzten Monaten offenbar auf Veranlassung unbekannter Dritter erhebliche Beträge über Ihre Plattform an angebliche Hilfsprojekte überwiesen. In ihrem Namen bitte ich um Mitteilung sämtlicher bei Ihnen gespeicherten Daten zu ihrer Person, insbesondere aller Transaktionen und Empfänger seit Januar 2026.

Mit freundlichen Grüßen
Hans-Peter Lindner
Berufsbetreuer
""",
    R(["Access"], "hp.lindner@betreuungsbuero-lindner.example", "Elfriede", "Baumann", representative="Hans-Peter Lindner"))

add("de-13-nachlass-fotos-nach-tod",
    "Gisela Horn <gisela.horn@web.example>",
    "Was passiert mit meinen Fotos nach meinem Tod?",
    """Guten Tag,

ich bin 78 und regle gerade meinen Nachlass. Bei Ihnen liegen über 20 Jahre Familienfotos und mehrere Fotobücher, außerdem ein kleines Guthaben im Wallet.

Was passiert mit meinem Konto und den Daten, wenn ich sterbe? Ich möchte festlegen, dass meine Enkelin Mara Horn dann die Fotos herunterladen darf und danach alles gelöscht wird. Geht das, und wie halte ich das bei Ihnen fest?

Mit freundlichen Grüßen
Gisela Horn
""",
    R(["AdvanceDirectives"], "gisela.horn@web.example", "Gisela", "Horn"))

add("de-14-kollegin-weitergeleitet-widerruf",
    "Nina Bergmann <nina.bergmann@acme-corp.example>",
    "WG: Newsletter + Tracking",
    """Hallo Datenschutz-Team,

bitte übernehmt ihr das? Der Kunde will keine Werbung mehr und widerruft alles Mögliche. Ich habe ihm gesagt, dass ihr euch meldet.

LG Nina
Kundenservice

-------- Weitergeleitete Nachricht --------
Betreff: Newsletter + Tracking
Datum: Sun, 15 Nov 2026 21:14:07 +0100
Von: Dariusz Nowak <d.nowak@online.example>
An: support@acme-corp.example

Hallo,
hiermit widerrufe ich meine Einwilligung in den Newsletter und in jegliches Tracking meines Nutzungsverhaltens in der App und auf der Webseite. Ich will keine Werbung mehr von Ihnen, weder per Mail noch per Push.

Dariusz Nowak
""",
    R(["Opposition"], "d.nowak@online.example", "Dariusz", "Nowak"))

add("de-15-anhang-geburtsdatum-verdreht",
    "Moritz Kaiser <moritz.kaiser@acme-corp.example>",
    "WG: Geburtsdatum falsch",
    "",
    R(["Rectification"], "elena.petrova@yahoo.example", "Elena", "Petrova"),
    note="""Hi, anbei eine Kundenanfrage aus dem Support-Postfach. Geht um eine Berichtigung, daher an euch. Danke!

Moritz
""",
    attached=("Elena Petrova <elena.petrova@yahoo.example>", "Geburtsdatum falsch",
              """Guten Tag,

bei der Registrierung wurde mein Geburtsdatum falsch übernommen (01.11.1990 statt 11.01.1990). Deshalb passt es nicht zu meinem Ausweis. Bitte korrigieren Sie das.

Danke
Elena Petrova
"""))

add("de-16-grossbuchstaben-woher-adresse",
    "Walter Beck <walterbeck@t-online.example>",
    "WOHER HABEN SIE MEINE DATEN???",
    """ICH BEKOMME POST VON IHNEN FÜR FOTOBÜCHER OBWOHL ICH NIE KUNDE WAR. WOHER HABEN SIE MEINE ADRESSE??? ICH VERLANGE DASS SIE ALLES SOFORT LÖSCHEN!!!!

W. BECK
""",
    R(["Information", "Erasure"], "walterbeck@t-online.example", "Walter", "Beck"))

add("de-17-familienadresse-werbeanrufe",
    "Familie Weber <familie.weber@t-online.example>",
    "Keine Werbeanrufe mehr",
    """Hallo,

ich (Jonas Weber, Kundennummer 55128734) werde immer wieder von Ihrem Vertrieb angerufen wegen eines Premium-Abos für Fotobücher. Ich widerspreche der Nutzung meiner Telefonnummer für Werbung.

Bitte antworten Sie an meine eigene Adresse, nicht an die Familienadresse.

Gruß
Jonas Weber
""",
    R(["Opposition"], "jonas.weber@posteo.example", "Jonas", "Weber"),
    headers=["Reply-To: Jonas Weber <jonas.weber@posteo.example>"])

add("de-18-oesterreich-bekanntgabe-adresse",
    "Theresa Gruber <theresa.gruber@aon.example>",
    "Ersuchen um Auskunft",
    """Sehr geehrte Damen und Herren,

ich ersuche höflich um Bekanntgabe, welche personenbezogenen Daten Sie seit meiner Registrierung im Jänner 2024 über mich verarbeiten, und bitte um Übermittlung einer Kopie.

Bei der Gelegenheit: Meine Adresse ist veraltet. Bitte ändern Sie diese auf Annenstraße 12/4, 8020 Graz.

Mit freundlichen Grüßen aus Graz
Mag. Theresa Gruber
""",
    R(["Access", "Rectification"], "theresa.gruber@aon.example", "Theresa", "Gruber"))

add("de-19-schweiz-adresse-anpassen",
    "Reto Baumgartner <reto.baumgartner@bluewin.example>",
    "Adressänderung",
    """Grüezi

Ich bin per 1. November umgezogen. Bitte passen Sie meine Adresse in meinem Kundenkonto an, neu: Seefeldstrasse 45, 8008 Zürich. Die Fotobücher sollen künftig dorthin geliefert werden.

Freundliche Grüsse
Reto Baumgartner
""",
    R(["Rectification"], "reto.baumgartner@bluewin.example", "Reto", "Baumgartner"))

add("de-20-nicht-loeschen-kein-profil",
    "Anja von der Lühe <anja.vdluehe@freenet.example>",
    "Personalisierte Empfehlungen abschalten",
    """Hallo,

um das klarzustellen: Ich will mein Konto NICHT löschen und brauche auch keine Auskunft, ich nutze die App gern. Ich möchte nur nicht, dass Sie aus meinen Zahlungen und Spenden ein Profil bilden, um mir 'passende Projekte' und Werbung anzuzeigen. Dem widerspreche ich hiermit.

Gruß
Anja von der Lühe
""",
    R(["Opposition"], "anja.vdluehe@freenet.example", "Anja", "von der Lühe"))

add("de-21-fotobuch-geschenk-nicht-da",
    "Heike Schmitt <heike.schmitt@gmx.example>",
    "Wo bleibt mein Fotobuch?",
    """Hallo, ich habe am 28.10. ein Fotobuch bestellt (Bestellnr. DE-88120457), Lieferung war für den 6.11. angekündigt. Bis heute nichts da, die Sendungsverfolgung zeigt seit 10 Tagen 'in Bearbeitung'. Das Buch ist ein Geschenk zum 60. Geburtstag meiner Mutter am Samstag!! Bitte um schnelle Rückmeldung.

Heike Schmitt
""",
    R(["Unknown"], "heike.schmitt@gmx.example", "Heike", "Schmitt"))

add("de-22-zuwendungsbestaetigung",
    "Frank Otto <frank.otto@ewe.example>",
    "Zuwendungsbestätigung fehlt",
    """Guten Tag,

für meine Steuererklärung brauche ich eine Zuwendungsbestätigung für meine Spenden 2025 (insgesamt 480 Euro) an das Projekt 'Kita Sonnenschein'. In der App finde ich nur eine Übersicht ohne Unterschrift. Wer ist dafür zuständig?

Frank Otto
""",
    R(["Unknown"], "frank.otto@ewe.example", "Frank", "Otto"))

add("de-23-projektstarter-seite-weg",
    "Stefan Wolf <stefan.wolf@wolf-handwerk.example>",
    "Kampagnenseite und Profil entfernen",
    """Guten Tag,

meine Kampagne 'Werkstatt für Jugendliche in Chemnitz' ist seit März beendet, die Auszahlung ist erfolgt. Ich möchte, dass die Kampagnenseite samt Fotos, mein Profil und meine persönlichen Angaben bei Ihnen entfernt werden. Dass Sie Buchungsbelege wegen der Aufbewahrungspflichten noch einige Jahre behalten müssen, ist mir klar.

Mit freundlichen Grüßen
Stefan Wolf
Tischlermeister

Wolf Handwerk GmbH
Tel. 0371 4455 210
Geschäftsführer: Stefan Wolf | Amtsgericht Chemnitz HRB 30012
""",
    R(["Erasure"], "stefan.wolf@wolf-handwerk.example", "Stefan", "Wolf"))

add("de-24-selfie-video-wie-lange",
    "Laura Fischer <laura.fischer@icloud.example>",
    "Frage zur Ausweiskopie",
    """Hi, kurze Frage: Wie lange speichert ihr eigentlich die Ausweisfotos und das Selfie-Video aus der Identitätsprüfung? Und macht ihr das selbst oder ein externer Anbieter? Ich will nichts gelöscht haben, ich will nur verstehen, was mit den Sachen passiert.

LG Laura
""",
    R(["Information"], "laura.fischer@icloud.example", "Laura", "Fischer"))

add("de-25-hausnummer-falsch-gesperrt",
    "Nikolaos Papadopoulos <n.papadopoulos@web.example>",
    "Falsche Adresse übernommen - Konto gesperrt",
    """Sehr geehrte Damen und Herren,

seit meinem Umzug ist mein Wallet gesperrt, weil die Adresse in Ihrem System nicht mit meiner Meldebescheinigung übereinstimmt. Sie haben 'Hauptstr. 3' statt 'Hauptstr. 33' gespeichert, offenbar ein Tippfehler bei der Übernahme. Bitte berichtigen Sie die Adresse.

Solange Ihre Prüfung läuft, verlange ich, dass die falschen Angaben nicht weiter verwendet und insbesondere nicht an die Schufa oder andere Stellen gemeldet werden.

Mit freundlichen Grüßen
Nikolaos Papadopoulos
Offenbach am Main
""",
    R(["Rectification", "Restriction"], "n.papadopoulos@web.example", "Nikolaos", "Papadopoulos"))

add("de-26-fotodienst-wechsel-export-dann-weg",
    "Julia Hartmann <julia.hartmann@gmail.example>",
    "Umzug zu anderem Fotodienst",
    """Hallo,

ich wechsle zu einem anderen Fotodienst und brauche alle meine hochgeladenen Fotos (ca. 8.000) in Originalauflösung inklusive Albumstruktur als Export, am besten als ZIP mit den Metadaten in einer Datei, die der neue Anbieter einlesen kann. Wenn ich den Export habe und geprüft habe, dass alles drin ist, sollen mein Konto und die Fotos bei Ihnen komplett verschwinden.

Danke & viele Grüße
Julia Hartmann

Von meinem Samsung Galaxy Smartphone gesendet.
""",
    R(["Portability", "Erasure"], "julia.hartmann@gmail.example", "Julia", "Hartmann"))

add("de-27-widerspruch-art21-professor",
    "Wolfgang Seidel <w.seidel@seidel-ing.example>",
    "Widerspruch gem. Art. 21 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung einschließlich des damit in Verbindung stehenden Profilings. Weiterhin widerspreche ich nach Art. 21 Abs. 1 DSGVO der Verarbeitung zu Zwecken der Marktforschung und der Weitergabe an Kooperationspartner.

Bitte bestätigen Sie mir die Umsetzung schriftlich.

Mit freundlichen Grüßen

Prof. Dr.-Ing. Wolfgang Seidel
Geschäftsführer
Seidel Ingenieurgesellschaft mbH
Mobil: +49 160 9912 3345

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""",
    R(["Opposition"], "w.seidel@seidel-ing.example", "Wolfgang", "Seidel"))

add("de-28-foto-projektseite-einwilligung",
    "Miriam Kühn <miriam.kuehn@mail.example>",
    "Einwilligung Foto auf Projektseite",
    """Hallo,

ich habe letztes Jahr dem Verein 'Tafel Nordstadt' erlaubt, ein Foto von mir bei der Essensausgabe auf seiner Spendenseite bei Ihnen zu verwenden, und dafür bei Ihnen ein Häkchen gesetzt. Diese Einwilligung nehme ich zurück. Bitte sorgen Sie dafür, dass mein Foto ab sofort nicht mehr verwendet wird.

Miriam Kühn
""",
    R(["Opposition"], "miriam.kuehn@mail.example", "Miriam", "Kühn"))

add("de-29-handynummer-iphone",
    "Kevin Braun <kevinbraun93@gmx.example>",
    "neue handynummer",
    """hi bitte neue nummer eintragen 0152 28841907 die alte geht nich mehr und ich komm wegen der sms bestätigung nich mehr ins konto

Von meinem iPhone gesendet
""",
    R(["Rectification"], "kevinbraun93@gmx.example", "Kevin", "Braun"))

add("de-30-denglisch-full-dump",
    "Philipp Schröder <philipp.schroeder@startup-mail.example>",
    "DSAR - full data export pls",
    """Hey,

ich würde gern einen Data Subject Access Request stellen. Ich will einen kompletten Dump von allem, was ihr über mich habt: Account, KYC, Transaktionen, Device-IDs, Logins, Support-Tickets. Asap wäre nice, danke!

Cheers
Philipp
""",
    R(["Access"], "philipp.schroeder@startup-mail.example", "Philipp", "Schröder"))

add("de-31-cp1252-auszahlung-risikopruefung",
    "Sevgi Arslan <sevgi.arslan@web.example>",
    "Auszahlung automatisch abgelehnt",
    """Guten Tag,

meine Auszahlung von 1.250 € aus der Kampagne „Rollstuhl für Opa“ wurde heute mit dem Hinweis „Automatische Risikoprüfung – abgelehnt“ gestoppt. Ich hatte keine Möglichkeit, irgendetwas zu erklären.

Ich bitte darum, dass ein Mitarbeiter – kein System – die Sache prüft, und um eine Erklärung, warum ich abgelehnt wurde.

Mit freundlichen Grüßen
Sevgi Arslan
""",
    R(["AutomatedDecision"], "sevgi.arslan@web.example", "Sevgi", "Arslan"),
    ct=CP1252, encode="cp1252")

add("de-32-verteiler-austragen-und-weg",
    "Olaf Dietrich <olaf.dietrich@kabelmail.example>",
    "Austragen",
    """Bitte tragen Sie mich aus allen Verteilern aus und entfernen Sie danach meine E-Mail-Adresse und meinen Namen aus Ihrer Datenbank. Ich habe vor Jahren einmal einen Kalender bestellt, das war's.

O. Dietrich
""",
    R(["Opposition", "Erasure"], "olaf.dietrich@kabelmail.example", "Olaf", "Dietrich"))

# ---------------------------------------------------------------- tasks

add("de-40-aufgabe-avv-druckerei-polen",
    "Sandra Köhler <sandra.koehler@acme-corp.example>",
    "AVV mit neuer Druckerei in Polen - bitte prüfen",
    """Hallo Datenschutz,

ab Februar lassen wir einen Teil der Fotobücher bei PrintPol in Łódź drucken. Der Einkauf hat den Rahmenvertrag fertig, es fehlt noch der Auftragsverarbeitungsvertrag inkl. TOMs. Könnt ihr den Entwurf bis Ende nächster Woche prüfen und kommentieren? Liegt im SharePoint unter Einkauf/Lieferanten/PrintPol.

Danke und Gruß
Sandra Köhler
Supply Chain Management
""",
    TASK("sandra.koehler@acme-corp.example", "Sandra", "Köhler"))

add("de-41-aufgabe-vvt-crm",
    "Dennis Krause <dennis.krause@acme-corp.example>",
    "VVT-Eintrag für neues CRM",
    """Moin,

wir haben im Marketing das CRM gewechselt (von der Eigenlösung auf einen SaaS-Anbieter mit Rechenzentrum in Irland). Das Verzeichnis der Verarbeitungstätigkeiten müsste angepasst werden. Welche Infos braucht ihr von mir? Ich kann euch die Datenkategorien und Löschfristen schicken.

Gruß Dennis
""",
    TASK("dennis.krause@acme-corp.example", "Dennis", "Krause"))

add("de-42-aufgabe-dsfa-lebenderkennung",
    "Carina Engel <carina.engel@acme-corp.example>",
    "DSFA für Video-Ident mit Lebenderkennung",
    """Hallo zusammen,

wir wollen ab Q2 die Identitätsprüfung um eine biometrische Lebenderkennung erweitern. Da es um biometrische Daten in großem Umfang geht, brauchen wir vermutlich eine Datenschutz-Folgenabschätzung. Könnt ihr das Projekt aufnehmen und uns sagen, wann wir einen Workshop machen können?

Viele Grüße
Dr. Carina Engel
Head of Identity & Fraud
""",
    TASK("carina.engel@acme-corp.example", "Carina", "Engel"))

add("de-43-aufgabe-schulung-leipzig",
    "Tanja Peters <tanja.peters@acme-corp.example>",
    "Datenschutzschulung Support-Team Leipzig",
    """Hi,

unser Support-Team in Leipzig (ca. 25 Leute) hat die jährliche Datenschutzschulung noch nicht gemacht. Könntet ihr im Dezember eine Präsenzschulung anbieten, gern mit Fokus auf Identitätsprüfung am Telefon und den Umgang mit Auskunftsanfragen? Oder gibt es das E-Learning noch?

LG Tanja
Teamleitung Kundenservice
""",
    TASK("tanja.peters@acme-corp.example", "Tanja", "Peters"))

add("de-44-aufgabe-fragebogen-psp",
    "Marco Lange <marco.lange@acme-corp.example>",
    "Fragebogen Zahlungsdienstleister - Abschnitt Datenschutz",
    """Hallo,

unser Zahlungsdienstleister verlangt für das jährliche Partner-Audit einen ausgefüllten Fragebogen (TOMs, Unterauftragsverarbeiter, Löschkonzept, Meldeprozess bei Datenpannen). Den Technik-Teil machen wir, den Datenschutz-Teil bräuchte ich von euch bis 30.11. Datei hängt an.

Danke!
Marco Lange
Partner Management
""",
    TASK("marco.lange@acme-corp.example", "Marco", "Lange"))

# ---------------------------------------------------------------- incidents

add("de-50-vorfall-diensthandy-ice",
    "Simon Keller <simon.keller@acme-corp.example>",
    "Diensthandy im ICE liegen gelassen",
    """Hallo,

ich habe gestern Abend mein Diensthandy im ICE von Berlin nach München liegen gelassen. Das Gerät hat eine PIN-Sperre, aber darauf sind Outlook und Teams mit Kundenkorrespondenz (u. a. Ausweiskopien aus Eskalationsfällen als Anhänge). Das Fundbüro der Bahn ist informiert, bisher nichts. IT hat noch nicht reagiert.

Gruß
Simon Keller
Key Account Manager
""",
    INC("simon.keller@acme-corp.example", "Simon", "Keller"))

add("de-51-vorfall-fremde-spendenquittung",
    "Ursula Fuchs <ursula.fuchs@web.example>",
    "Ich habe die Spendenquittung einer fremden Person erhalten",
    """Sehr geehrte Damen und Herren,

heute kam per E-Mail eine Zuwendungsbestätigung von Ihnen, die gar nicht mich betrifft: darauf stehen Name, Anschrift und Spendenbeträge eines Herrn Bernd Maier aus Augsburg. Ich habe nie an dieses Projekt gespendet. Ich fürchte, dass dann auch meine Daten bei jemand anderem gelandet sind. Bitte klären Sie das.

Mit freundlichen Grüßen
Ursula Fuchs
""",
    INC("ursula.fuchs@web.example", "Ursula", "Fuchs"))

add("de-52-vorfall-phishing-mfa",
    "Lena Wagner <lena.wagner@acme-corp.example>",
    "Phishing - hab leider geklickt und MFA bestätigt",
    """Hallo Security/Datenschutz,

ich habe vor ca. 20 Minuten auf eine angebliche Paketbenachrichtigung geklickt, mich auf einer Seite angemeldet, die wie unser Login aussah, und dann die MFA-Anfrage auf dem Handy bestätigt. Kurz darauf kam eine Mail, dass in meinem Postfach eine Weiterleitungsregel angelegt wurde, die nicht von mir ist. Passwort ist geändert. In meinem Postfach liegen viele Unterlagen von Projektstartern mit Bankdaten.

Lena Wagner
Campaign Success Team
""",
    INC("lena.wagner@acme-corp.example", "Lena", "Wagner"))

add("de-53-vorfall-fremde-fotos-editor-html",
    "Dominik Arnold <dominik.arnold@outlook.example>",
    "Fremde Fotos in meinem Fotobuch-Editor",
    html("Hallo,",
         "ich habe gerade im Fotobuch-Editor ein neues Projekt angefangen, und in der Seitenleiste &quot;Zuletzt hochgeladen&quot; tauchen Fotos auf, die definitiv nicht von mir sind: eine fremde Familie, Babyfotos, sogar das Foto eines Reisepasses.",
         "Ich habe nichts davon angeklickt. Das sollten Sie sich dringend ansehen.",
         "Gruß<br>Dominik Arnold"),
    INC("dominik.arnold@outlook.example", "Dominik", "Arnold"),
    ct=HTML)

add("de-54-vorfall-offene-csv-forscherin",
    "Hannah Schuster <hannah.schuster@sicherheitsforschung.example>",
    "Öffentlich abrufbare Spenderliste auf Ihrem Server",
    """Guten Tag,

bei einer Recherche bin ich auf eine ohne Anmeldung abrufbare Datei unter https://files.acme-corp.example/exports/spender_2025_final.csv gestoßen. Sie enthält nach einem kurzen Blick rund 18.000 Zeilen mit Namen, E-Mail-Adressen, Postanschriften und Spendenbeträgen. Ich habe die Datei nicht weiterverbreitet und lösche meine Kopie, sobald Sie den Zugriff gesperrt haben.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Hannah Schuster
""",
    INC("hannah.schuster@sicherheitsforschung.example", "Hannah", "Schuster"))

# ---------------------------------------------------------------- follow-ups

add("de-60-fu-wie-ist-der-stand",
    "Peter Maurer <peter.maurer@gmx.example>",
    "AW: [DSR-33902] Eingangsbestätigung Ihrer Anfrage",
    """Hallo,

wie ist der Stand? Laut Ihrer Bestätigung unten sollte ich innerhalb eines Monats eine Antwort bekommen, der Monat ist morgen um.

Gruß
Peter Maurer

-----Ursprüngliche Nachricht-----
Von: Datenschutz Acme <privacy@acme-corp.example>
Gesendet: Donnerstag, 15. Oktober 2026 09:12
An: peter.maurer@gmx.example
Betreff: [DSR-33902] Eingangsbestätigung Ihrer Anfrage

Sehr geehrter Herr Maurer,

vielen Dank für Ihre Anfrage. Wir haben sie unter der Nummer DSR-33902 erfasst und melden uns innerhalb eines Monats bei Ihnen.
""",
    FU("33902", "peter.maurer@gmx.example", "Peter", "Maurer"))

add("de-61-fu-kundennummer-nachgereicht",
    "Lukas Hoffmann <lukas.hoffmann@web.example>",
    "Re: Auskunft",
    """Hallo nochmal,

zur Zuordnung noch meine Kundennummer: 40-2281935. Die Auskunft bitte elektronisch.

MfG
Lukas Hoffmann

> Sehr geehrte Damen und Herren,
>
> ich bitte um Auskunft gem. Art. 15 DSGVO.
""",
    FU(ref("de-01-auskunft-einzeiler"), "lukas.hoffmann@web.example", "Lukas", "Hoffmann"),
    headers=irt("de-01-auskunft-einzeiler"))

add("de-62-fu-trotzdem-newsletter",
    "Kerstin Roth <kerstin.roth@posteo.example>",
    "Re: [DSR-40118] Ihre Löschanfrage",
    """Sie haben mir am 2. Oktober die Löschung bestätigt, trotzdem habe ich heute wieder einen Newsletter von Ihnen bekommen. Wenn das nicht sofort aufhört, beschwere ich mich beim Landesbeauftragten für Datenschutz.

K. Roth
""",
    FU("40118", "kerstin.roth@posteo.example", "Kerstin", "Roth"))

add("de-63-fu-meldebescheinigung-anbei",
    "Nikolaos Papadopoulos <n.papadopoulos@web.example>",
    "Re: Falsche Adresse übernommen - Konto gesperrt",
    """Guten Tag,

in meiner Mail von heute Morgen fehlte die Meldebescheinigung, hier ist sie nun als PDF. Bitte geben Sie Bescheid, wenn die Adresse korrigiert ist.

Mit freundlichen Grüßen
Nikolaos Papadopoulos
""",
    FU(ref("de-25-hausnummer-falsch-gesperrt"), "n.papadopoulos@web.example", "Nikolaos", "Papadopoulos"),
    headers=irt("de-25-hausnummer-falsch-gesperrt"))

# ---------------------------------------------------------------- ignored

add("de-70-spam-dsgvo-siegel",
    "DSGVO-Zertifikat Service <info@dsgvo-siegel24.example>",
    "LETZTE WARNUNG: Abmahnung wegen fehlender DSGVO-Zertifizierung droht",
    """Sehr geehrte Geschäftsleitung,

unsere Prüfung hat ergeben, dass Ihre Webseite KEIN gültiges DSGVO-Siegel besitzt. Ohne Zertifizierung drohen Abmahnungen von bis zu 20.000 Euro!

Sichern Sie sich jetzt das DSGVO-Komplettpaket für nur 299 Euro: Siegel, Mustertexte und Löschung Ihrer Firmendaten aus allen Abmahnregistern. Angebot gültig nur noch 48 Stunden.

Jetzt bestellen: http://dsgvo-siegel24.example/bestellen
""",
    IGN("spam", "info@dsgvo-siegel24.example"),
    headers=SPAM_HDR)

add("de-71-spam-konto-wird-geloescht-phish",
    "Acme Sicherheit <sicherheit@acme-corp-support.example>",
    "Ihr Konto wird in 48 Stunden gelöscht",
    """Sehr geehrter Kunde,

aufgrund der DSGVO sind wir verpflichtet, inaktive Konten zu löschen. Um die Löschung Ihrer Daten und Ihres Guthabens zu verhindern, bestätigen Sie bitte innerhalb von 48 Stunden Ihre Identität:

http://acme-konto-sichern.example/verify

Ihr Acme Sicherheitsteam
""",
    IGN("spam", "sicherheit@acme-corp-support.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="acme-corp-support.example")])

add("de-72-spam-krypto-html",
    "Krypto Gewinn System <news@krypto-gewinn.example>",
    "Verdienen Sie 3.000 Euro am Tag - von zu Hause!",
    html("<b>Die Banken hassen diesen Trick!</b>",
         "Tausende Deutsche verdienen bereits mit unserem automatischen Krypto-Handelssystem. Keine Vorkenntnisse nötig, nur 250 Euro Startkapital.",
         "<a href=\"http://krypto-gewinn.example/start\">Jetzt kostenlos registrieren</a>"),
    IGN("spam", "news@krypto-gewinn.example"),
    ct=HTML)

add("de-73-spam-reputation-loeschen",
    "Reputation Clean <kontakt@reputation-clean.example>",
    "Negative Einträge über Ihr Unternehmen löschen - garantiert",
    """Guten Tag,

schlechte Bewertungen und persönliche Daten Ihrer Mitarbeiter im Netz schaden Ihrem Geschäft. Wir entfernen negative Einträge, Bewertungen und personenbezogene Daten aus Suchmaschinen und Portalen, mit Erfolgsgarantie und unter Berufung auf das Recht auf Vergessenwerden.

Kostenlose Erstanalyse: http://reputation-clean.example/analyse

Mit freundlichen Grüßen
Ihr Reputation-Clean-Team
""",
    IGN("spam", "kontakt@reputation-clean.example"),
    headers=SPAM_HDR)

add("de-74-ticket-eingangsbestaetigung",
    "PrintPol Helpdesk <support@printpol.example>",
    "[Ticket#2026111610000142] Eingangsbestätigung: AVV Entwurf",
    """Dies ist eine automatisch generierte Nachricht.

Ihr Anliegen ist bei uns eingegangen und wurde unter der Ticketnummer 2026111610000142 erfasst. Ein Mitarbeiter wird sich so bald wie möglich bei Ihnen melden.

Bitte antworten Sie nicht auf diese E-Mail.

PrintPol Sp. z o.o. - Kundenservice
""",
    IGN("auto_reply", "support@printpol.example"),
    headers=["Auto-Submitted: auto-generated", "X-Loop: support@printpol.example"])

add("de-75-newsletter-datenschutzpraxis",
    "Datenschutz-Praxis Newsletter <newsletter@datenschutz-praxis.example>",
    "Datenschutz-Praxis 11/2026: Auskunftsanspruch, Löschfristen, KI-Verordnung",
    """DATENSCHUTZ-PRAXIS - Ausgabe 11/2026

Die Themen dieser Ausgabe:
- BGH: Wie weit reicht der Anspruch auf eine Datenkopie?
- Löschfristen für KYC-Unterlagen bei Zahlungsdiensten
- Checkliste: Datenpannen innerhalb von 72 Stunden melden

Zum vollständigen Newsletter: https://datenschutz-praxis.example/ausgabe-11-2026

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abbestellen: https://datenschutz-praxis.example/abmelden?id=55731
""",
    IGN("bulk", "newsletter@datenschutz-praxis.example"),
    headers=["List-Id: Datenschutz-Praxis <newsletter.datenschutz-praxis.example>",
             "List-Unsubscribe: <https://datenschutz-praxis.example/abmelden?id=55731>",
             "Precedence: bulk"])

add("de-76-unzustellbar",
    "Mail Delivery System <mailer-daemon@mx.acme-corp.example>",
    "Unzustellbar: Ihre Anfrage",
    "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"),
    dsn=True)
