from common import *  # part de: written blind

# ---------------------------------------------------------------- Anfragen
add("de-01-auskunft-kurz", "Malte Brinkhaus <malte.brinkhaus@postfach.example>", "Auskunft",
    "Hallo, bitte schicken Sie mir eine Auskunft über alle meine bei Ihnen gespeicherten Daten. Gruß Malte Brinkhaus\n",
    R(["Access"], "malte.brinkhaus@postfach.example", "Malte", "Brinkhaus"))

add("de-02-loeschung-art17", "Friederike von Bülow-Hartmann <f.vonbuelow@netzpost.example>", "Löschung meines Kontos gemäß Art. 17 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit fordere ich Sie gemäß Art. 17 DSGVO auf, mein Kundenkonto in Ihrer Online-Apotheke sowie mein Konto in der Fitness-App einschließlich aller Gesundheitsdaten (Herzfrequenz, Schlaf, Gewicht, Rezepte) unverzüglich zu löschen.

Bitte bestätigen Sie mir die Löschung schriftlich.

Mit freundlichen Grüßen
Friederike von Bülow-Hartmann
""",
    R(["Erasure"], "f.vonbuelow@netzpost.example", "Friederike", "von Bülow-Hartmann"))

add("de-03-widerspruch-werbung", "Ömer Çelik <oemer.celik@mailbox.example>", "Keine Werbung mehr",
    """Guten Tag,

ich widerspreche der Nutzung meiner Daten für Werbezwecke. Bitte keine Newsletter, keine Push-Nachrichten mit Angeboten und keine Anrufe mehr.

Ömer Çelik
""",
    R(["Opposition"], "oemer.celik@mailbox.example", "Ömer", "Çelik"))

add("de-04-namensaenderung", "Annegret Pfaffenberger <annegret.pfaffenberger@netzpost.example>", "Namensänderung nach Heirat",
    """Hallo,

ich habe im Sommer geheiratet und heiße jetzt Annegret Pfaffenberger (vorher Annegret Lindqvist). Auf meinem Kundenkonto und auf den Paketen steht noch der alte Name, deshalb nimmt die Packstation die Lieferung manchmal nicht an. Bitte ändern Sie den Namen in Ihren Systemen.

Kundennummer 4471-2290-18

Viele Grüße
Annegret Pfaffenberger
""",
    R(["Rectification"], "annegret.pfaffenberger@netzpost.example", "Annegret", "Pfaffenberger"))

add("de-05-datenuebertragbarkeit", "Swantje Hinrichs <swantje.hinrichs@postfach.example>", "Datenübertragung Art. 20 DSGVO",
    """Moin,

ich wechsle zu einem anderen Fitness-Tracker. Bitte stellen Sie mir meine Trainingsdaten, Schlafdaten und Pulswerte seit 2022 in einem strukturierten, maschinenlesbaren Format (CSV/JSON) zur Verfügung, so wie es Art. 20 DSGVO vorsieht.

Danke und Gruß
Swantje Hinrichs
""",
    R(["Portability"], "swantje.hinrichs@postfach.example", "Swantje", "Hinrichs"))

add("de-06-krankenkasse-drittland", "Dragan Petrović <dragan.petrovic@mailbox.example>", "Frage zur Weitergabe meiner Daten",
    """Guten Tag,

bevor ich das Bonusprogramm meiner Krankenkasse mit Ihrer App verbinde, habe ich ein paar Fragen:
- Welche Daten würden an die Krankenkasse übermittelt?
- Werden Gesundheitsdaten in die USA oder andere Drittländer übertragen?
- Auf welcher Rechtsgrundlage verarbeiten Sie meine Schlafdaten?

Eine Kopie meiner Daten brauche ich nicht, nur die Informationen.

Mit freundlichen Grüßen
Dragan Petrović
""",
    R(["Information"], "dragan.petrovic@mailbox.example", "Dragan", "Petrović"))

add("de-07-kauf-auf-rechnung-abgelehnt", "Bettina Großkopf <bettina.grosskopf@netzpost.example>", "Ablehnung Kauf auf Rechnung - Art. 22 DSGVO",
    """Sehr geehrte Damen und Herren,

meine Bestellung (Blutdruckmessgerät und Jahresabo) wurde bei der Zahlungsart "Kauf auf Rechnung" sofort abgelehnt, offenbar aufgrund eines automatisierten Scorings. Ich habe eine einwandfreie Bonität.

Gemäß Art. 22 Abs. 3 DSGVO verlange ich das Eingreifen einer Person, die Darlegung meines Standpunkts und die Überprüfung der Entscheidung. Außerdem bitte ich um aussagekräftige Informationen über die involvierte Logik.

Mit freundlichen Grüßen
Bettina Großkopf
""",
    R(["AutomatedDecision"], "bettina.grosskopf@netzpost.example", "Bettina", "Großkopf"))

add("de-08-einschraenkung", "Lukas Übelacker <lukas.uebelacker@postfach.example>", "Einschränkung der Verarbeitung",
    """Hallo,

in meinem Profil ist eine Diagnose "Typ-2-Diabetes" hinterlegt, die ich nie angegeben habe. Ich bestreite die Richtigkeit dieser Angabe. Bis das geklärt ist, verlange ich nach Art. 18 DSGVO, dass diese Information nicht weiter verwendet wird (keine Empfehlungen, keine Weitergabe).

Lukas Übelacker
""",
    R(["Restriction"], "lukas.uebelacker@postfach.example", "Lukas", "Übelacker"))

add("de-09-brief-art15-art21", "Dr. Henrike Vogt <henrike.vogt@kanzleipost.example>", "Auskunftsersuchen und Widerspruch",
    """Sehr geehrte Damen und Herren,

1. Ich bitte um Auskunft nach Art. 15 DSGVO über die zu meiner Person gespeicherten Daten, deren Herkunft, die Empfänger und die geplante Speicherdauer.

2. Zugleich widerspreche ich nach Art. 21 DSGVO der Verarbeitung meiner Daten zur Erstellung von Nutzerprofilen für personalisierte Produktempfehlungen.

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Henrike Vogt
Lindenstraße 12
10969 Berlin
""",
    R(["Access", "Opposition"], "henrike.vogt@kanzleipost.example", "Henrike", "Vogt"))

add("de-10-anwalt-mandant", "RA Maximilian Hoffbauer-Kern <hoffbauer@kanzlei-hoffbauer.example>", "Unser Mandant Herr Tarek Haddad - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Tarek Haddad, wohnhaft in Köln, anwaltlich vertreten. Eine auf uns lautende Vollmacht wird nachgereicht.

Namens und im Auftrag unseres Mandanten fordern wir Sie auf,
a) Auskunft gemäß Art. 15 DSGVO über sämtliche zu ihm gespeicherten personenbezogenen Daten zu erteilen und
b) diese Daten anschließend gemäß Art. 17 DSGVO zu löschen, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Wir haben uns eine Frist bis zum 16.12.2026 notiert.

Mit freundlichen Grüßen

Maximilian Hoffbauer-Kern
Rechtsanwalt
Kanzlei Hoffbauer & Partner
Tel. 0221 998877-0

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    R(["Access", "Erasure"], "hoffbauer@kanzlei-hoffbauer.example", "Tarek", "Haddad",
      representative="Maximilian Hoffbauer-Kern"))

add("de-11-betreuerin-mutter", "Sabine Kleinschmidt <sabine.kleinschmidt@netzpost.example>", "Auskunft für meine Mutter (rechtliche Betreuung)",
    """Guten Tag,

ich bin die gerichtlich bestellte Betreuerin meiner Mutter, Frau Gerda Kleinschmidt (Betreuerausweis liegt bei), unter anderem für den Aufgabenkreis Vermögenssorge und Gesundheitssorge.

Meine Mutter hat offenbar bei Ihnen mehrfach Nahrungsergänzungsmittel und ein Abo abgeschlossen. Ich bitte um Auskunft, welche Daten Sie über sie gespeichert haben und welche Verträge bestehen.

Mit freundlichen Grüßen
Sabine Kleinschmidt
""",
    R(["Access"], "sabine.kleinschmidt@netzpost.example", "Gerda", "Kleinschmidt",
      representative="Sabine Kleinschmidt"))

add("de-12-erbe-vater", "Jörg Amsel <joerg.amsel@mailbox.example>", "Daten meines verstorbenen Vaters",
    """Sehr geehrte Damen und Herren,

mein Vater, Herr Wolfgang Amsel, ist am 19.09.2026 verstorben. Ich bin sein Alleinerbe (Erbschein anbei). Für die Abwicklung des Nachlasses benötige ich eine Übersicht der bei Ihnen über ihn gespeicherten Daten, insbesondere der laufenden Abonnements und Bestellungen.

Mit freundlichen Grüßen
Jörg Amsel
""",
    R(["Access"], "joerg.amsel@mailbox.example", "Wolfgang", "Amsel",
      representative="Jörg Amsel"))

add("de-13-html-loeschen", "Mia Nguyen-Schäfer <mia.nguyen-schaefer@webpost.example>", "Bitte Konto löschen",
    html("Hallo zusammen,",
         "bitte löscht mein Konto in der App und alle meine Daten. Ich nutze die Uhr nicht mehr.",
         "Liebe Grüße<br>Mia Nguyen-Schäfer<br><br><span style='color:#888'>Von meinem Tablet gesendet</span>"),
    R(["Erasure"], "mia.nguyen-schaefer@webpost.example", "Mia", "Nguyen-Schäfer"), ct=HTML)

add("de-14-grossbuchstaben", "HANS-DIETER KLEINE <hd.kleine@altpost.example>", "WERBUNG",
    """HOEREN SIE SOFORT AUF MIR WERBUNG ZU SCHICKEN!!! ICH HABE NIE ZUGESTIMMT. JEDEN TAG POST VON IHNEN IM BRIEFKASTEN UND IM EMAIL.
H.D. KLEINE
""",
    R(["Opposition"], "hd.kleine@altpost.example", "Hans-Dieter", "Kleine"))

add("de-15-latin1-qp-adresse", "Ludwig Oberhuber <ludwig.oberhuber@alpenpost.example>", "Adressänderung",
    """Grüß Gott,

bitte ändern Sie meine Adresse. Neu: Mühlgasse 7/3, 4020 Linz, Österreich. Die alte Adresse in Wels ist nicht mehr gültig.
Außerdem ist meine Telefonnummer falsch gespeichert, richtig ist +43 732 55 12 90.

Mit freundlichen Grüßen
Ludwig Oberhuber
""",
    R(["Rectification"], "ludwig.oberhuber@alpenpost.example", "Ludwig", "Oberhuber"),
    ct=LATIN1, encode="latin-1-qp")

add("de-16-cp1252-speicherdauer", "Reto Gisler <reto.gisler@bergmail.example>", "Wie lange werden Rezepte gespeichert?",
    """Grüezi

Ich habe bei Ihnen ein Rezept hochgeladen. Wie lange wird das \u201eRezeptfoto\u201c gespeichert und wer hat Zugriff darauf? Wird es nach Ablauf gelöscht oder \u201earchiviert\u201c?

Freundliche Grüsse
Reto Gisler
""",
    R(["Information"], "reto.gisler@bergmail.example", "Reto", "Gisler"),
    ct=CP1252, encode="cp1252")

add("de-17-weitergeleitet-kundenservice", "Tobias Aßmann <tobias.assmann@acme-corp.example>", "WG: Löschung meiner Daten",
    """Hallo Datenschutz-Team,

anbei eine Anfrage aus dem Kundenservice-Postfach. Die Kundin möchte gelöscht werden. Könnt ihr das übernehmen?

Danke
Tobias
Kundenservice DACH

-----Ursprüngliche Nachricht-----
Von: Elif Demir <elif.demir@mailbox.example>
Gesendet: Sonntag, 15. November 2026 17:32
An: kundenservice@acme-corp.example
Betreff: Löschung meiner Daten

Hallo, ich möchte, dass alle meine Daten bei Ihnen gelöscht werden, inkl. der Gesundheitsfragebögen. Elif Demir
""",
    R(["Erasure"], "elif.demir@mailbox.example", "Elif", "Demir"))

add("de-18-anhang-studie-widerruf", "Carolin Weißenborn <carolin.weissenborn@acme-corp.example>", "WG: Widerruf Studienteilnahme",
    "", R(["Opposition"], "jakob.reinhardt@uni-mail.example", "Jakob", "Reinhardt"),
    attached=("Jakob Reinhardt <jakob.reinhardt@uni-mail.example>", "Widerruf meiner Einwilligung",
              """Sehr geehrtes Team,

ich habe im Frühjahr in der App in die Teilnahme an der Schlafstudie mit der Universitätsklinik eingewilligt. Diese Einwilligung widerrufe ich hiermit. Bitte verwenden Sie meine Daten nicht mehr für die Studie.

Jakob Reinhardt
"""),
    note="Hi, kam im Studienpostfach an, gehört wohl zu euch. Der Nutzer widerruft seine Einwilligung. VG Carolin (Research Team)")

add("de-19-rezept-frage-tippfehler", "swen.kowalski@freipost.example", "rezept",
    """hallo ich hab mein rezept letzte woche per post an euch geschickt aber die bestellung steht immer noch auf warten auf rezept. habt ihr das bekommen? swen kowalski
""",
    R(["Unknown"], "swen.kowalski@freipost.example", "Swen", "Kowalski"))

add("de-20-lange-beschwerde", "Sophie-Charlotte zu Stolberg <sc.zustolberg@netzpost.example>", "Beschwerde",
    """Sehr geehrte Damen und Herren,

ich bin seit zwei Jahren Kundin bei Ihnen und war bisher zufrieden. Seit der Umstellung Ihres Systems im Oktober läuft jedoch alles schief. Zuerst wurde meine Bestellung dreimal storniert, dann kam ein Paket mit einer falschen Packungsgröße. Ihr Chatbot konnte mir nicht helfen, und an der Hotline wurde ich zweimal aus der Leitung geworfen.

Dazu kommt, dass Ihre App meine Schrittzahlen plötzlich mit einem ganz anderen Geburtsjahr berechnet (1967 statt 1976), was die Kalorien- und Herzfrequenzzonen komplett verfälscht. Bitte korrigieren Sie mein Geburtsdatum: 04.06.1976.

Außerdem möchte ich, dass die gespeicherten Zahlungsdaten meiner alten Kreditkarte gelöscht werden, die Karte wurde gesperrt.

Ich hoffe, dass sich nun endlich jemand darum kümmert.

Mit freundlichen Grüßen
Sophie-Charlotte zu Stolberg
""",
    R(["Rectification", "Erasure"], "sc.zustolberg@netzpost.example", "Sophie-Charlotte", "zu Stolberg"))

# ---------------------------------------------------------------- Aufgaben
add("de-21-aufgabe-avv-hosting", "Niklas Rombach <niklas.rombach@acme-corp.example>", "AVV Prüfung - neuer Hosting-Anbieter",
    """Hallo Datenschutz,

wir möchten die Backend-Datenbank der App zu einem neuen Hoster (CloudNord GmbH, Rechenzentrum Frankfurt) umziehen. Könnt ihr bitte den Auftragsverarbeitungsvertrag und die TOMs prüfen? Unterlagen liegen im Confluence unter "Infra/Migration 2027".

Danke!
Niklas Rombach
Head of Infrastructure
""",
    TASK("niklas.rombach@acme-corp.example", "Niklas", "Rombach"))

add("de-22-aufgabe-dsfa-ekg", "Dr. Katrin Löwenthal <katrin.loewenthal@acme-corp.example>", "DSFA für EKG-Funktion",
    """Liebes Datenschutzteam,

mit dem neuen Armband-Modell kommt eine EKG-Funktion zur Erkennung von Vorhofflimmern. Ich gehe davon aus, dass wir hierfür eine Datenschutz-Folgenabschätzung brauchen. Können wir dazu einen Termin vereinbaren? Außerdem sollte das Verzeichnis der Verarbeitungstätigkeiten ergänzt werden.

Viele Grüße
Dr. Katrin Löwenthal
Medical Affairs
""",
    TASK("katrin.loewenthal@acme-corp.example", "Katrin", "Löwenthal"))

add("de-23-aufgabe-loeschkonzept", "Florian Eichhorst <florian.eichhorst@acme-corp.example>", "Löschkonzept für Bestelldaten",
    """Hi,

die Revision hat angemerkt, dass wir kein dokumentiertes Löschkonzept für Bestell- und Rezeptdaten haben. Könnt ihr mit uns die Löschfristen festlegen (Apothekenbetriebsordnung, Steuerrecht usw.) und das Konzept erstellen? Wir brauchen es bis Ende Januar.

Florian Eichhorst
IT Compliance
""",
    TASK("florian.eichhorst@acme-corp.example", "Florian", "Eichhorst"))

add("de-24-aufgabe-schulung-lager", "Petra Wendling <petra.wendling@acme-corp.example>", "Datenschutzschulung Lager Erfurt",
    """Hallo,

im Versandlager Erfurt haben wir 25 neue Mitarbeitende (Kommissionierung, sehen Namen und Medikamente auf den Etiketten). Bitte organisiert eine Datenschutzunterweisung, gerne vor Ort. Welche Termine im Dezember wären möglich?

Petra Wendling
Standortleitung Erfurt
""",
    TASK("petra.wendling@acme-corp.example", "Petra", "Wendling"))

# ---------------------------------------------------------------- Vorfälle
add("de-25-vorfall-fax-falsch", "Jana Hüttenrauch <jana.huettenrauch@acme-corp.example>", "Rezeptanfrage an falsche Faxnummer",
    """Hallo,

ich habe heute Vormittag eine Rückfrage zu einem Rezept (mit Name, Geburtsdatum und Medikation des Patienten) an eine falsche Faxnummer geschickt, ein Zahlendreher. Die Nummer gehört laut Internet einem Autohaus. Ich habe dort angerufen, aber niemanden erreicht.

Jana Hüttenrauch
Pharmazeutisch-technische Assistentin
""",
    INC("jana.huettenrauch@acme-corp.example", "Jana", "Hüttenrauch"))

add("de-26-vorfall-papiercontainer", "Gerhard Mittermaier <g.mittermaier@dorfmail.example>", "Ihre Kundenlisten liegen im Altpapier",
    """Guten Tag,

beim Gassigehen habe ich heute früh gesehen, dass neben dem Altpapiercontainer hinter Ihrem Versandlager in der Industriestraße ein offener Karton mit ausgedruckten Listen steht. Darauf stehen Namen, Adressen und Medikamente von Kunden. Einige Blätter sind schon herumgeweht.

Ich habe ein Foto gemacht. Bitte kümmern Sie sich sofort darum.

Gerhard Mittermaier
""",
    INC("g.mittermaier@dorfmail.example", "Gerhard", "Mittermaier"))

add("de-27-vorfall-handy-gestohlen", "Kevin Raschke <kevin.raschke@acme-corp.example>", "Diensthandy gestohlen",
    """Hallo zusammen,

mir wurde gestern Abend in der S-Bahn das Diensthandy gestohlen. Darauf waren Outlook und Teams eingerichtet, mit Kundenanfragen aus dem Support (teilweise mit Rezeptfotos). Die IT hat das Gerät inzwischen gesperrt, Fernlöschung ist angestoßen. Anzeige bei der Polizei ist erstattet.

Kevin Raschke
Kundensupport 2nd Level
""",
    INC("kevin.raschke@acme-corp.example", "Kevin", "Raschke"))

# ---------------------------------------------------------------- Nachfragen
add("de-28-nachfrage-dsr-frist", "Renate Eisele <renate.eisele@postfach.example>", "AW: [DSR-41930] Eingangsbestätigung Ihrer Anfrage",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist morgen abgelaufen. Ich bitte um Mitteilung, wann ich mit der Auskunft rechnen kann.

Renate Eisele

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Betreff: [DSR-41930] Eingangsbestätigung Ihrer Anfrage
""",
    FU("41930", "renate.eisele@postfach.example", "Renate", "Eisele"))

add("de-29-nachfrage-vollmacht", "RA Maximilian Hoffbauer-Kern <hoffbauer@kanzlei-hoffbauer.example>", "AW: Unser Mandant Herr Tarek Haddad - Auskunft und Löschung",
    """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit überreichen wir anbei die Vollmacht unseres Mandanten.

Mit freundlichen Grüßen
Hoffbauer-Kern
Rechtsanwalt
""",
    FU(ref("de-10-anwalt-mandant"), "hoffbauer@kanzlei-hoffbauer.example", "Tarek", "Haddad"),
    headers=irt("de-10-anwalt-mandant"))

add("de-30-nachfrage-unvollstaendig", "Till Marquardt <till.marquardt@netzpost.example>", "Re: [DSR-40588] Ihre Datenauskunft",
    """Hallo,

danke für die Auskunft. Es fehlen aber die Daten aus der App (Schlaf und Puls), es sind nur die Bestellungen drin. Bitte nachliefern.

Gruß
Till Marquardt
Von meinem iPhone gesendet
""",
    FU("40588", "till.marquardt@netzpost.example", "Till", "Marquardt"))

# ---------------------------------------------------------------- ignorieren
add("de-31-spam-dsgvo-beratung", "DSGVO-Profis24 <vertrieb@dsgvo-profis24.example>", "Abmahnung droht! Ist Ihre Website DSGVO-konform?",
    """Sehr geehrte Damen und Herren,

bei einer automatischen Prüfung Ihrer Website haben wir 17 Datenschutzverstöße festgestellt. Vermeiden Sie teure Abmahnungen: Unser Komplettpaket "DSGVO Sorglos" für nur 49 EUR im Monat.

Jetzt Angebot sichern: https://dsgvo-profis24.example/angebot

Sie möchten keine weiteren Informationen? Antworten Sie mit "LÖSCHEN".
""",
    IGN("spam", "vertrieb@dsgvo-profis24.example"), headers=SPAM_HDR)

add("de-32-phishing-paket", "DHL Zustellung <info@dhl-paket-zustellung.example>", "Ihr Paket konnte nicht zugestellt werden",
    """Sehr geehrter Kunde,

Ihr Paket konnte nicht zugestellt werden, da die Zollgebühr von 1,99 EUR nicht bezahlt wurde. Bitte bestätigen Sie Ihre Daten und bezahlen Sie innerhalb von 48 Stunden:

http://dhl-paket-zustellung.example/zahlung

Andernfalls wird das Paket zurückgesendet.
""",
    IGN("spam", "info@dhl-paket-zustellung.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="dhl-paket-zustellung.example")])

add("de-33-abwesenheit", "Holger Brandstätter <holger.brandstaetter@cloudnord.example>", "Abwesenheitsnotiz: AVV Rückfragen",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.11. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an legal@cloudnord.example.

Holger Brandstätter
""",
    IGN("auto_reply", "holger.brandstaetter@cloudnord.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("de-34-unzustellbar", "Mail Delivery System <mailer-daemon@mx.acme-corp.example>", "Unzustellbar: Ihre Anfrage DSR-41502",
    "", IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)

add("de-35-newsletter", "Digital Health Briefing <briefing@digitalhealth-news.example>", "Briefing KW 47: DiGA, Wearables und Datenschutz",
    html("<h2>Digital Health Briefing</h2>",
         "Diese Woche: neue DiGA-Zulassungen, ein Urteil zu Gesundheitsdaten in Fitness-Apps und die wichtigsten Termine im Dezember.",
         "<a href='https://digitalhealth-news.example/abmelden'>Newsletter abbestellen</a>"),
    IGN("bulk", "briefing@digitalhealth-news.example"), ct=HTML,
    headers=["List-Id: Digital Health Briefing <briefing.digitalhealth-news.example>",
             "List-Unsubscribe: <https://digitalhealth-news.example/abmelden>",
             "Precedence: bulk"])
