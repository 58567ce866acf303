from common import *  # part de: written blind

# ---------------------------------------------------------------- Anfragen
add("de-01-reisepass", "Hannelore Brückner <hannelore.brueckner@t-mail.example>",
    "Kopie meines Reisepasses",
    """Guten Tag,

bei meinem Aufenthalt in Ihrem Hotel in Dresden wurde beim Check-in mein Reisepass eingescannt. Ich bitte Sie, diese Kopie zu löschen und mir die Löschung zu bestätigen.

Mit freundlichen Grüßen
Hannelore Brückner
""",
    R(["Erasure"], "hannelore.brueckner@t-mail.example", "Hannelore", "Brückner"))

add("de-02-auskunft-formell", "Dr. Ulrike Pfannenschmidt <u.pfannenschmidt@praxis-mail.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft gemäß Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob Sie mich betreffende personenbezogene Daten verarbeiten, und stellen Sie mir gegebenenfalls eine Kopie dieser Daten zur Verfügung, insbesondere:

1. Buchungen über Ihr Reiseportal und direkt bei Ihren Hotels,
2. Daten meines Kundenkontos und Bonusprogramms,
3. Meldescheine,
4. Zahlungsdaten,
5. Empfänger, an die Daten weitergegeben wurden.

Ich bitte um Beantwortung innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Ulrike Pfannenschmidt
Lindenstraße 14
50674 Köln
""",
    R(["Access"], "u.pfannenschmidt@praxis-mail.example", "Ulrike", "Pfannenschmidt"))

add("de-03-grossbuchstaben", "JÜRGEN OSSWALD <j.osswald@web-post.example>",
    "HÖREN SIE AUF MICH ANZURUFEN",
    """ICH WILL KEINE ANRUFE MEHR VON IHREM REISEBÜRO!!! SCHON DAS DRITTE MAL DIESE WOCHE. ICH WIDERSPRECHE JEDER WERBUNG PER TELEFON, E-MAIL UND POST.

JÜRGEN OSSWALD
""",
    R(["Opposition"], "j.osswald@web-post.example", "Jürgen", "Osswald"))

add("de-04-tippfehler", "kemal.oeztuerk@gmx-like.example",
    "konto loeschen",
    """hallo bitte loeschen sie mein kunndenkonto und alle daten die sie von mir hbaen danke kemal öztürk
""",
    R(["Erasure"], "kemal.oeztuerk@gmx-like.example", "Kemal", "Öztürk"))

add("de-05-umzug-latin1", "Anneliese Wörle <anneliese.woerle@online-mail.example>",
    "Neue Anschrift",
    """Sehr geehrte Damen und Herren,

ich bin umgezogen. Bitte ändern Sie meine Anschrift in meinem Bonuskonto auf:

Anneliese Wörle
Schloßgartenweg 7
79098 Freiburg im Breisgau

Außerdem ist meine Telefonnummer falsch hinterlegt, richtig ist 0761 5550123.

Vielen Dank und freundliche Grüße
Anneliese Wörle
""",
    R(["Rectification"], "anneliese.woerle@online-mail.example", "Anneliese", "Wörle"),
    ct=LATIN1, encode="latin-1")

add("de-06-bewertung", "Benedikt Schäfer-Lindemann <b.schaefer-lindemann@mailbox.example>",
    "Löschung meiner Hotelbewertung",
    """Hallo,

auf Ihrem Portal ist eine Bewertung von mir zum Hotel am Tegernsee mit vollem Namen und Wohnort sichtbar. Ich möchte, dass diese Bewertung samt meinem Bewerterprofil gelöscht wird.

Danke
Benedikt Schäfer-Lindemann
""",
    R(["Erasure"], "b.schaefer-lindemann@mailbox.example", "Benedikt", "Schäfer-Lindemann"))

add("de-07-uebertragbarkeit", "Svenja Hagedorn <svenja.hagedorn@posteo-like.example>",
    "Datenübertragbarkeit Art. 20",
    """Guten Tag,

gemäß Art. 20 DSGVO bitte ich um Übermittlung meiner Buchungs- und Punktehistorie in einem strukturierten, gängigen und maschinenlesbaren Format (z. B. CSV).

Beste Grüße
Svenja Hagedorn
""",
    R(["Portability"], "svenja.hagedorn@posteo-like.example", "Svenja", "Hagedorn"))

add("de-08-meldeschein", "Tobias Kranich <tobias.kranich@mailbox.example>",
    "Frage zum Meldeschein",
    """Hallo,

warum muss ich im Hotel einen Meldeschein ausfüllen, wer bekommt diese Daten (Polizei? Stadt?) und wie lange bewahren Sie ihn auf? Ich möchte einfach verstehen, was damit passiert.

Gruß
Tobias Kranich
""",
    R(["Information"], "tobias.kranich@mailbox.example", "Tobias", "Kranich"))

add("de-09-bonitaet", "Dragan Petrović <dragan.petrovic@mailbox.example>",
    "Nur Vorkasse wegen Bonitätsprüfung?",
    """Sehr geehrte Damen und Herren,

bei der Buchung einer Pauschalreise auf Ihrem Portal wurde mir die Zahlung auf Rechnung verweigert, angeblich aufgrund einer "automatischen Bonitätsprüfung". Ich habe keine Schulden. Ich fechte diese automatisierte Entscheidung an, verlange eine Überprüfung durch einen Mitarbeiter und eine Erläuterung der zugrunde liegenden Logik.

Mit freundlichen Grüßen
Dragan Petrović
""",
    R(["AutomatedDecision"], "dragan.petrovic@mailbox.example", "Dragan", "Petrović"))

add("de-10-einschraenkung", "Heike Mertens <heike.mertens@mailbox.example>",
    "Einschränkung der Verarbeitung",
    """Sehr geehrte Damen und Herren,

Sie behaupten, ich hätte im Juli im Hotel Hamburg-Altona eine Minibar-Rechnung nicht bezahlt, und wollen die Sache an ein Inkassobüro geben. Ich bestreite die Richtigkeit dieser Daten. Bis das geklärt ist, verlange ich nach Art. 18 DSGVO die Einschränkung der Verarbeitung meiner Daten - keine Weitergabe an Dritte.

Heike Mertens
""",
    R(["Restriction"], "heike.mertens@mailbox.example", "Heike", "Mertens"))

add("de-11-anwalt", "RA Dr. Matthias Eberhardt <kanzlei@eberhardt-recht.example>",
    "Unsere Mandantin Frau Lea Grünewald - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Frau Lea Grünewald, wohnhaft in München, vertreten. Eine auf uns lautende Vollmacht liegt bei.

Namens und in Vollmacht unserer Mandantin verlangen wir
1. Auskunft über sämtliche zu ihrer Person gespeicherten Daten gemäß Art. 15 DSGVO,
2. anschließend die Löschung sämtlicher Daten gemäß Art. 17 DSGVO, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Für die Erledigung haben wir uns eine Frist bis zum 16.12.2026 notiert.

Mit freundlichen Grüßen
Dr. Matthias Eberhardt
Rechtsanwalt

Eberhardt Rechtsanwälte PartGmbB
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    R(["Access", "Erasure"], "kanzlei@eberhardt-recht.example", "Lea", "Grünewald", representative="Matthias Eberhardt"))

add("de-12-betreuer", "Wolfgang Rieger <w.rieger@betreuungsverein.example>",
    "Gesetzliche Betreuung Herr Ottmar Kleinschmidt",
    """Sehr geehrte Damen und Herren,

ich bin vom Amtsgericht Kassel bestellter rechtlicher Betreuer von Herrn Ottmar Kleinschmidt (geb. 1949). Bitte löschen Sie sein Kundenkonto bei Ihrem Reiseportal und alle damit verbundenen Daten. Den Betreuerausweis füge ich bei.

Mit freundlichen Grüßen
Wolfgang Rieger
Betreuungsverein Nordhessen e.V.
""",
    R(["Erasure"], "w.rieger@betreuungsverein.example", "Ottmar", "Kleinschmidt", representative="Wolfgang Rieger"))

add("de-13-mutter-tochter", "Katrin Albers <katrin.albers@familie-mail.example>",
    "Daten meiner Tochter (Jugendreise)",
    """Hallo,

meine Tochter Mia Albers (15) war im Sommer mit einer Jugendgruppe in einem Ihrer Hotels in Kroatien. Die Gruppe wurde über Ihr Reisebüro gebucht. Ich möchte als Erziehungsberechtigte wissen, welche Daten Sie über Mia gespeichert haben (inkl. Passkopie, Fotos, Gesundheitsangaben aus dem Anmeldeformular).

Viele Grüße
Katrin Albers

Von meinem iPhone gesendet
""",
    R(["Access"], "katrin.albers@familie-mail.example", "Mia", "Albers", representative="Katrin Albers"))

add("de-14-html-werbung", "Friederike von Stetten <f.vonstetten@mailbox.example>",
    "Widerruf Einwilligung Newsletter",
    html("Sehr geehrte Damen und Herren,",
         "hiermit widerrufe ich meine Einwilligung in den Empfang Ihres Newsletters und widerspreche der Nutzung meiner Daten zu Werbezwecken.",
         "Mit freundlichen Gr&uuml;&szlig;en<br>Friederike von Stetten"),
    R(["Opposition"], "f.vonstetten@mailbox.example", "Friederike", "von Stetten"), ct=HTML)

add("de-15-lange-beschwerde", "Lars Henningsen <lars.henningsen@nordmail.example>",
    "Beschwerde Skiurlaub Ischgl + meine Daten",
    """Sehr geehrte Damen und Herren,

ich schreibe Ihnen, weil ich nach unserem Skiurlaub im Februar immer noch keine Antwort vom Kundenservice habe. Zusammengefasst: Das gebuchte Familienzimmer war nicht verfügbar, wir wurden in zwei Einzelzimmer auf verschiedenen Etagen verteilt, der Skipass-Transfer fand nicht statt und die versprochene Kinderbetreuung gab es nicht. Ich habe das alles schon dreimal geschildert.

Bei meinem letzten Anruf sagte man mir, in meinem Kundenkonto stünde, ich sei ein "schwieriger Kunde" und hätte "mit Anwalt gedroht". Das stimmt so nicht. Ich verlange eine Kopie aller über mich gespeicherten Daten, einschließlich dieser internen Vermerke, und die Berichtigung des Vermerks, der falsch ist.

Außerdem möchte ich endlich eine Entschädigung für den verdorbenen Urlaub.

Lars Henningsen
Flensburg
""",
    R(["Access", "Rectification"], "lars.henningsen@nordmail.example", "Lars", "Henningsen"))

add("de-16-kollege-inline", "Sabine Hoffmann <sabine.hoffmann@acme-corp.example>",
    "WG: Kundenkonto löschen",
    """Liebe Kolleginnen und Kollegen vom Datenschutz,

anbei eine Anfrage aus dem Kundenservice-Postfach. Könnt ihr das übernehmen?

Viele Grüße
Sabine Hoffmann
Teamleitung Kundenservice DACH

-----Ursprüngliche Nachricht-----
Von: Reinhard Vogelsang <r.vogelsang@mailbox.example>
Gesendet: Sonntag, 15. November 2026 17:22
An: kundenservice@acme-corp.example
Betreff: Kundenkonto löschen

Guten Tag, bitte löschen Sie mein Kundenkonto und meine Daten. Ich nutze Ihr Portal nicht mehr. Reinhard Vogelsang
""",
    R(["Erasure"], "r.vogelsang@mailbox.example", "Reinhard", "Vogelsang"))

add("de-17-kollege-anhang", "Markus Engel <markus.engel@acme-corp.example>",
    "WG: Welche Daten haben Sie über mich?",
    "",
    R(["Access"], "charlotte.berghaus@mailbox.example", "Charlotte", "Berghaus"),
    attached=("Charlotte Berghaus <charlotte.berghaus@mailbox.example>", "Welche Daten haben Sie über mich?",
              """Hallo,

ich bekomme seit einiger Zeit Post von Ihnen, obwohl ich nie bei Ihnen gebucht habe. Welche Daten haben Sie über mich gespeichert und woher haben Sie sie?

Charlotte Berghaus
"""),
    note="Hallo Datenschutz-Team, kam an der Rezeption Stuttgart rein, hänge es als Mail an. Gruß Markus\n")

add("de-18-cp1252-usa", "Matthias Löffler <matthias.loeffler@mailbox.example>",
    "Übermittlung in die USA?",
    """Sehr geehrte Damen und Herren,

in Ihrer Datenschutzerklärung steht, dass Sie „Dienstleister in Drittländern“ einsetzen. Werden meine Buchungsdaten in die USA übermittelt? Auf welcher Grundlage (Angemessenheitsbeschluss, Standardvertragsklauseln)? Ich habe bei Ihnen zuletzt für 2.380 € eine Rundreise gebucht.

Mit freundlichen Grüßen
Matthias Löffler
""",
    R(["Information"], "matthias.loeffler@mailbox.example", "Matthias", "Löffler"), ct=CP1252, encode="cp1252")

add("de-19-familie-replyto", "Familie Baumgartner <familie.baumgartner@heim-mail.example>",
    "Auskunft",
    """Guten Tag,

hier schreibt Thomas Baumgartner über unsere Familienadresse. Ich bitte um Auskunft, welche Daten Sie über mich gespeichert haben. Antwort bitte an meine persönliche Adresse.

Thomas Baumgartner
""",
    R(["Access"], "thomas.baumgartner@buero-mail.example", "Thomas", "Baumgartner"),
    headers=["Reply-To: Thomas Baumgartner <thomas.baumgartner@buero-mail.example>"])

add("de-20-einzeiler", "m.kowalczyk-berlin@mailbox.example",
    "Art. 15",
    """Auskunft nach Art. 15 DSGVO bitte.
""",
    R(["Access"], "m.kowalczyk-berlin@mailbox.example", None, None))

add("de-21-gutschein", "Ingrid Pohl <ingrid.pohl@mailbox.example>",
    "Gutschein nicht einlösbar",
    """Guten Tag,

ich habe einen Hotelgutschein über 150 Euro geschenkt bekommen, aber beim Einlösen auf Ihrer Webseite kommt immer die Meldung "Code ungültig". Können Sie mir helfen? Gutscheincode ACM-GV-88214.

Freundliche Grüße
Ingrid Pohl
""",
    R(["Unknown"], "ingrid.pohl@mailbox.example", "Ingrid", "Pohl"))

add("de-22-oesterreich", "Mag. Florian Pichler <florian.pichler@aon-mail.example>",
    "Löschung und Widerspruch",
    """Grüß Gott,

ich habe Sie bereits im September ersucht, mir keine Werbung mehr zu schicken, trotzdem bekomme ich weiterhin Ihre Angebote für Wellnesswochenenden. Ich widerspreche hiermit nochmals jeder Verwendung meiner Daten für Werbung und verlange die Löschung meines Kontos. Andernfalls wende ich mich an die Datenschutzbehörde.

Mit freundlichen Grüßen
Mag. Florian Pichler
Wien
""",
    R(["Opposition", "Erasure"], "florian.pichler@aon-mail.example", "Florian", "Pichler"))

add("de-23-schweiz", "Reto Zbinden <reto.zbinden@bluewin-mail.example>",
    "Auskunftsbegehren",
    """Grüezi

Gestützt auf das Datenschutzgesetz (DSG) ersuche ich Sie um Auskunft über alle Personendaten, die Sie über mich bearbeiten, inklusive Herkunft der Daten und Empfänger. Ich habe über Ihr Portal mehrmals Hotels in Italien gebucht.

Freundliche Grüsse
Reto Zbinden
Bern
""",
    R(["Access"], "reto.zbinden@bluewin-mail.example", "Reto", "Zbinden"))

# ---------------------------------------------------------------- Aufgaben
add("de-24-aufgabe-avv", "Christian Lorenz <christian.lorenz@acme-corp.example>",
    "AVV neues PMS - Prüfung",
    """Hallo Datenschutz,

wir stellen die DACH-Hotels 2027 auf ein neues Property-Management-System um. Der Anbieter hat uns seinen Auftragsverarbeitungsvertrag inkl. Liste der Unterauftragsverarbeiter geschickt. Bitte prüft den AVV bis Ende des Monats.

Danke und Gruß
Christian Lorenz
IT-Leitung DACH
""",
    TASK("christian.lorenz@acme-corp.example", "Christian", "Lorenz"))

add("de-25-aufgabe-vvt", "Nadine Kaufmann <nadine.kaufmann@acme-corp.example>",
    "Verzeichnis der Verarbeitungstätigkeiten - Gästebefragung",
    """Hallo zusammen,

wir starten ab Januar eine Gästebefragung per E-Mail nach dem Check-out. Könnt ihr die Verarbeitung ins VVT aufnehmen und mir sagen, was wir im Einladungstext zum Datenschutz schreiben müssen?

Nadine Kaufmann
Qualitätsmanagement
""",
    TASK("nadine.kaufmann@acme-corp.example", "Nadine", "Kaufmann"))

add("de-26-aufgabe-schulung", "Oliver Weißenborn <oliver.weissenborn@acme-corp.example>",
    "Datenschutzschulung Callcenter Leipzig",
    """Hallo,

im Callcenter Leipzig fangen im Dezember 20 neue Agents an. Könnt ihr eine Datenschutzschulung (Identitätsprüfung am Telefon, Umgang mit Betroffenenanfragen) halten? Online geht auch.

Gruß
Oliver Weißenborn
""",
    TASK("oliver.weissenborn@acme-corp.example", "Oliver", "Weißenborn"))

add("de-27-aufgabe-loeschkonzept", "Petra Sommerfeld <petra.sommerfeld@acme-corp.example>",
    "Löschfristen Meldescheine",
    """Hallo Datenschutzteam,

in mehreren Hotels liegen Meldescheine in Papierform aus den letzten zehn Jahren im Keller. Könnt ihr ein Löschkonzept mit den gesetzlichen Aufbewahrungsfristen erstellen, damit wir die Altbestände datenschutzgerecht vernichten können?

Petra Sommerfeld
Operations Managerin Süd
""",
    TASK("petra.sommerfeld@acme-corp.example", "Petra", "Sommerfeld"))

# ---------------------------------------------------------------- Vorfälle
add("de-28-inc-fehlversand", "Jana Krüger <jana.krueger@acme-corp.example>",
    "Buchungsbestätigung an falschen Gast geschickt",
    """Hallo,

ich habe gerade eine Buchungsbestätigung mit Name, Adresse, Geburtsdatum und den letzten Ziffern der Kreditkarte an einen falschen Gast geschickt (gleicher Nachname, anderer Vorname). Der Empfänger hat sich schon gemeldet. Wie gehe ich jetzt vor?

Jana Krüger
Reservierung Berlin Mitte
""",
    INC("jana.krueger@acme-corp.example", "Jana", "Krüger"))

add("de-29-inc-tablet", "Sebastian Yilmaz <sebastian.yilmaz@acme-corp.example>",
    "iPad Concierge gestohlen",
    """Hallo Datenschutz,

heute Nachmittag wurde das iPad vom Concierge-Tresen in Frankfurt gestohlen, während der Kollege kurz Gäste zum Taxi begleitet hat. Auf dem iPad sind die Restaurantreservierungen und Transferlisten mit Namen und Handynummern der Gäste. Passcode war gesetzt. Polizei ist informiert.

Sebastian Yilmaz
Guest Relations Manager Frankfurt
""",
    INC("sebastian.yilmaz@acme-corp.example", "Sebastian", "Yilmaz"))

add("de-30-inc-gast-wlan", "Moritz Achenbach <moritz.achenbach@mailbox.example>",
    "WLAN-Portal zeigt Daten anderer Gäste",
    """Hallo,

beim Einloggen ins Hotel-WLAN in Ihrem Haus in Nürnberg gibt man Zimmernummer und Nachnamen ein. Wenn man nur die Zimmernummer eingibt, schlägt das Feld automatisch den Nachnamen des Gastes vor. Ich konnte so die Namen der Gäste auf meinem ganzen Stockwerk sehen. Das sollten Sie dringend abstellen.

Moritz Achenbach
""",
    INC("moritz.achenbach@mailbox.example", "Moritz", "Achenbach"))

# ---------------------------------------------------------------- Nachfragen
add("de-31-fu-dsr-ausweis", "Svenja Hagedorn <svenja.hagedorn@posteo-like.example>",
    "AW: [DSR-41530] Ihre Anfrage",
    """Hallo,

anbei wie gewünscht eine Kopie meines Personalausweises (geschwärzt bis auf Name und Geburtsdatum).

Beste Grüße
Svenja Hagedorn

> Um Ihre Identität zu überprüfen, senden Sie uns bitte ...
""",
    FU("41530", "svenja.hagedorn@posteo-like.example", "Svenja", "Hagedorn"))

add("de-32-fu-irt-vollmacht", "RA Dr. Matthias Eberhardt <kanzlei@eberhardt-recht.example>",
    "AW: Unsere Mandantin Frau Lea Grünewald - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit reichen wir die Vollmacht unserer Mandantin, die in unserem Schreiben versehentlich nicht beigefügt war, hiermit nach.

Mit freundlichen Grüßen
Dr. Matthias Eberhardt
Rechtsanwalt
""",
    FU(ref("de-11-anwalt"), "kanzlei@eberhardt-recht.example", "Lea", "Grünewald"),
    headers=irt("de-11-anwalt"))

add("de-33-fu-dsr-unvollstaendig", "Lars Henningsen <lars.henningsen@nordmail.example>",
    "Re: [DSR-39102] Ihre Auskunft",
    """Sehr geehrte Damen und Herren,

Ihre Auskunft ist unvollständig. Die Gesprächsnotizen aus dem Kundenservice fehlen komplett, ebenso die Aufzeichnungen meiner Telefonate. Sollte ich bis Monatsende keine vollständige Auskunft erhalten, reiche ich Beschwerde beim Landesdatenschutzbeauftragten ein.

Lars Henningsen
""",
    FU("39102", "lars.henningsen@nordmail.example", "Lars", "Henningsen"))

# ---------------------------------------------------------------- ignorieren
add("de-34-spam-gewinn", "Gewinnzentrale <info@gewinn-zentrale.example>",
    "Herzlichen Glückwunsch! Sie haben gewonnen",
    """Sehr geehrter Gewinner,

Ihre E-Mail-Adresse wurde bei unserer Jahresverlosung gezogen. Sie haben 250.000 EUR gewonnen! Um den Gewinn zu erhalten, überweisen Sie bitte die Bearbeitungsgebühr von 480 EUR und senden Sie uns eine Kopie Ihres Ausweises.
""",
    IGN("spam", "info@gewinn-zentrale.example"), headers=SPAM_HDR)

add("de-35-spam-abmahnung", "Datenschutz Kanzlei <abmahnung@dsgvo-kanzlei-online.example>",
    "DSGVO-Abmahnung: Ihre Daten werden gelöscht",
    """Sehr geehrte Damen und Herren,

wegen eines Verstoßes gegen die DSGVO auf Ihrer Website wird Ihr Kundenkonto gesperrt und alle Daten werden gelöscht, sofern Sie nicht innerhalb von 48 Stunden die beigefügte Rechnung (ZIP-Datei) öffnen und bezahlen.

Abmahnabteilung
""",
    IGN("spam", "abmahnung@dsgvo-kanzlei-online.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="dsgvo-kanzlei-online.example")])

add("de-36-abwesend", "Klaus-Dieter Wendt <kd.wendt@reisepartner.example>",
    "Abwesenheitsnotiz: Ihre Nachricht",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brandl.

Klaus-Dieter Wendt
""",
    IGN("auto_reply", "kd.wendt@reisepartner.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-37-newsletter", "Hotelverband Newsletter <newsletter@hotelverband-info.example>",
    "Branchen-News KW 47: Meldepflicht, Bettensteuer, KI im Revenue Management",
    """Branchen-News KW 47

- Digitaler Meldeschein: Was ändert sich 2027?
- Bettensteuer: neue Urteile
- KI im Revenue Management: Chancen und Risiken

Sie erhalten diesen Newsletter als Mitglied. Abmelden: https://hotelverband-info.example/abmelden
""",
    IGN("bulk", "newsletter@hotelverband-info.example"),
    headers=["List-Id: Branchen-News <news.hotelverband-info.example>",
             "List-Unsubscribe: <mailto:unsubscribe@hotelverband-info.example>",
             "Precedence: bulk"])

add("de-38-ticket", "Support Reisepartner <support@reisepartner.example>",
    "[Ticket#2026111688213] Ihre Anfrage ist eingegangen",
    """Guten Tag,

vielen Dank für Ihre Anfrage. Wir haben ein Ticket mit der Nummer 2026111688213 angelegt und melden uns schnellstmöglich. Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.

Ihr Support-Team
""",
    IGN("auto_reply", "support@reisepartner.example"),
    headers=["Auto-Submitted: auto-generated"])
