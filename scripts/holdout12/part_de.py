from common import *  # part de: written blind

# Pflege24 (ambulanter Pflegedienst, Pflegeplanung, Schlüsseltresore, Angehörigenportal) and
# Wachtpost (Alarmanlagen, Notruf-/Leitstelle, Türklingelkamera-App). German, Austrian and Swiss
# writers.

# ---------------------------------------------------------------- requests

add("de-01-was-gespeichert", "Jürgen Weißmüller <j.weissmueller@t-online.example>",
"Anfrage zu meinen gespeicherten Daten",
"""Sehr geehrte Damen und Herren,

ich bin seit 2019 Kunde bei Wachtpost (Kundennummer 2201-8843). Bitte teilen Sie mir mit,
welche Angaben zu meiner Person bei Ihnen vorliegen, und lassen Sie mir davon eine Kopie
zukommen. Eine Zusendung per Post an meine Anschrift ist mir am liebsten.

Mit freundlichen Grüßen
Jürgen Weißmüller
""", R(["Access"], "j.weissmueller@t-online.example", "Jürgen", "Weißmüller"))

add("de-02-klingel-abmontiert", "Lukas Hofer <lukas.hofer@gmx.example>", "Türklingel-Account weg bitte",
"""Servus,

hab die Wachtpost-Türklingel wieder abmontiert und zurückgeschickt, der Widerruf ist schon
durch. Bitte den Account in der App inklusive aller Videos aus der Cloud komplett entfernen,
ich brauch da nix mehr davon.

Danke & lg
Lukas Hofer
""", R(["Erasure"], "lukas.hofer@gmx.example", "Lukas", "Hofer"))

add("de-03-schluss-mit-anrufen", "Annegret Schäfer <annegret.schaefer@web.example>", "Schluss mit den Anrufen!",
"""Guten Tag,

zum wiederholten Male ruft mich Ihr Vertrieb an, um mir eine "Kamera-Erweiterung" für meine
Alarmanlage anzudrehen. Ich habe jedes Mal gesagt, dass ich kein Interesse habe.

Ich untersage Ihnen hiermit, meine Telefonnummer und meine Anschrift für Werbung jeglicher Art
zu verwenden. Keine Anrufe, keine Prospekte, keine E-Mails. Sollte ich noch einmal angerufen
werden, wende ich mich an die Verbraucherzentrale.

A. Schäfer
""", R(["Opposition"], "annegret.schaefer@web.example", "Annegret", "Schäfer"))

add("de-04-geburtsdatum-at", "Hans-Peter Gruber <hp.gruber@aon.example>", "Richtigstellung meiner Daten",
"""Grüß Gott,

in meinem Pflegevertrag und auf sämtlichen Rechnungen von Pflege24 steht als Geburtsdatum
der 3. Jänner 1941. Richtig ist der 13. Jänner 1941. Außerdem fehlt bei meiner Adresse die
Stiege: richtig wäre Quellenstraße 88, Stiege 2, Tür 7, 1100 Wien. Die Pflegerinnen finden
die Wohnung sonst nicht.

Ich ersuche höflich um Richtigstellung.

Mit freundlichen Grüßen
Hans-Peter Gruber
""", R(["Rectification"], "hp.gruber@aon.example", "Hans-Peter", "Gruber"),
    ct=LATIN1, encode="latin-1-qp")

add("de-05-ch-zuerst-auskunft", "Reto Bühler <reto.buehler@bluewin.example>",
"Auskunft und anschliessende Löschung",
"""Grüezi miteinander

Ich hatte bis im Sommer einen Alarmvertrag mit Wachtpost für unser Einfamilienhaus in
Winterthur. Bevor Sie meine Daten löschen, möchte ich gerne wissen, was Sie alles über mich
gespeichert haben, inkl. allfälliger Aufzeichnungen der Notrufzentrale.

Danach bitte ich Sie, sämtliche Daten über mich vollständig zu löschen.

Freundliche Grüsse
Reto Bühler
""", R(["Access", "Erasure"], "reto.buehler@bluewin.example", "Reto", "Bühler"))

add("de-06-leitstelle-aufzeichnung", "Barbara Steiner <barbara.steiner@gmx.example>",
"Fragen zur Gesprächsaufzeichnung Ihrer Leitstelle",
"""Sehr geehrte Damen und Herren,

letzte Woche hat unser Rauchmelder Alarm ausgelöst (angebrannter Toast), und Ihre Leitstelle hat
mich angerufen. Zu Beginn hieß es, das Gespräch werde aufgezeichnet.

Dazu hätte ich gern gewusst:
- Wie lange werden solche Aufzeichnungen aufbewahrt?
- Wer hat Zugriff darauf?
- Werden sie an Polizei, Feuerwehr oder Versicherungen weitergegeben?

Eine Kopie der Aufzeichnung brauche ich nicht, mir geht es nur ums Verständnis.

Freundliche Grüße
Barbara Steiner
""", R(["Information"], "barbara.steiner@gmx.example", "Barbara", "Steiner"))

add("de-07-wechsel-pflegedienst", "Friederike Zimmermann <f.zimmermann@posteo.example>",
"Wechsel des Pflegedienstes - Übermittlung meiner Unterlagen",
"""Sehr geehrte Damen und Herren,

ab dem 1. Dezember werde ich vom Pflegedienst Sonnenschein in Kassel versorgt. Damit dort
niemand bei null anfangen muss, bitte ich Sie, meine Pflegeplanung, den Medikationsplan und die
Wunddokumentation in einem gängigen elektronischen Format direkt an die dortige
Pflegedienstleitung zu übermitteln: pdl@pflegedienst-sonnenschein.example

Ich stütze mich dabei auf Art. 20 DSGVO.

Mit freundlichen Grüßen
Friederike Zimmermann
""", R(["Portability"], "f.zimmermann@posteo.example", "Friederike", "Zimmermann"))

add("de-08-vorsorgevollmacht-vater", "Markus Obermaier <markus.obermaier@gmx.example>",
"Pflegedokumentation meines Vaters Alois Obermaier",
"""Sehr geehrte Damen und Herren,

mein Vater, Herr Alois Obermaier (geb. 21.05.1934), wird seit Anfang des Jahres von Pflege24
in Rosenheim versorgt. Aufgrund seiner fortgeschrittenen Demenz kann er seine Angelegenheiten
nicht mehr selbst regeln; ich bin sein Bevollmächtigter laut notarieller Vorsorgevollmacht,
die auch Gesundheitsangelegenheiten umfasst.

In seinem Namen bitte ich um Einsicht in die vollständige Pflegedokumentation sowie um Kopien der
Leistungsnachweise seit Januar. Die Vollmacht reiche ich gerne nach.

Mit freundlichen Grüßen
Markus Obermaier
""", R(["Access"], "markus.obermaier@gmx.example", "Alois", "Obermaier",
       representative="Markus Obermaier"))

add("de-09-html-ki-widerspruch", "Nadine Wojcik <nadine.wojcik@outlook.example>",
"Meine Klingelvideos nicht für Ihre KI",
html("Hallo Wachtpost-Team,",
     "in den neuen Nutzungsbedingungen der App steht, dass Clips meiner Türklingelkamera "
     "&bdquo;zur Weiterentwicklung unserer Erkennungsmodelle&ldquo; verwendet werden dürfen.",
     "Damit bin ich nicht einverstanden. Auf den Aufnahmen sind meine Kinder, Nachbarn und "
     "Paketboten zu sehen. Ich lege hiermit Widerspruch gegen diese Nutzung ein.",
     "Die Kamera und mein Konto möchte ich ausdrücklich behalten.",
     "Viele Grüße<br>Nadine Wojcik"),
R(["Opposition"], "nadine.wojcik@outlook.example", "Nadine", "Wojcik"), ct=HTML)

add("de-10-ratenkauf-abgelehnt", "Yusuf Demir <yusuf.demir@web.example>",
"Ratenzahlung abgelehnt - bitte manuelle Prüfung",
"""Guten Tag,

ich wollte über Ihren Onlineshop eine Alarmanlage auf Raten kaufen. Nach dem Absenden kam sofort
die Meldung "Ratenzahlung leider nicht möglich". Ihre Hotline sagte mir, das entscheide ein
automatisches Scoring, da könne man nichts machen.

Ich verdiene gut, habe keine Schulden und finde es nicht in Ordnung, dass eine Software allein
darüber urteilt. Ich verlange, dass ein Mitarbeiter meinen Antrag persönlich prüft, und möchte
dazu Stellung nehmen können.

Bestellnummer: WP-DE-77120-3

Mit freundlichen Grüßen
Yusuf Demir
""", R(["AutomatedDecision"], "yusuf.demir@web.example", "Yusuf", "Demir"))

add("de-11-digitaler-nachlass", "Irmgard Wendt <irmgard.wendt@t-online.example>",
"Meine Verfügung für die Zeit nach meinem Tod",
"""Liebe Mitarbeiterinnen und Mitarbeiter von Pflege24,

ich bin 91 Jahre alt und kümmere mich gerade um meinen Nachlass, auch um den "digitalen", wie
mein Enkel sagt. Ich möchte bei Ihnen festhalten lassen, was nach meinem Tod mit meinen Daten
geschehen soll:

Meine Nichte Claudia soll dann meine Pflegeunterlagen bekommen dürfen. Die Fotos und Nachrichten
im Angehörigenportal sollen dagegen gelöscht werden, die gehen niemanden etwas an.

Geht das bei Ihnen, und muss ich dafür etwas unterschreiben?

Herzliche Grüße
Irmgard Wendt
""", R(["AdvanceDirectives"], "irmgard.wendt@t-online.example", "Irmgard", "Wendt"))

add("de-12-sperrung-fehlalarm", "Joachim Rautenberg <j.rautenberg@arcor.example>",
"Strittige Einsatzrechnung - Einschränkung der Verarbeitung",
"""Sehr geehrte Damen und Herren,

Sie haben mir für den 7. November einen Interventionseinsatz über 119,00 EUR in Rechnung
gestellt. Laut Ihrem Protokoll soll der Glasbruchmelder im Wohnzimmer ausgelöst haben. Das ist
nachweislich falsch: An dem Abend war ich zu Hause, es ist keine Scheibe zu Bruch gegangen, und
der Melder war schon vorher als defekt gemeldet.

Bis diese Sache geklärt ist, verlange ich, dass Sie die Verarbeitung der betreffenden Daten
einschränken und sie insbesondere nicht an ein Inkassounternehmen oder eine Auskunftei
weitergeben. Bitte bestätigen Sie mir das schriftlich.

Mit freundlichen Grüßen
Joachim Rautenberg
""", R(["Restriction"], "j.rautenberg@arcor.example", "Joachim", "Rautenberg"))

add("de-13-latin1-schluesselsafe", "Sieglinde Pichler <s.pichler@kabsi.example>",
"Schlüsselsafe-Code: wer hat Zugriff?",
"""Sehr geehrte Damen und Herren,

seit Oktober hängt neben meiner Wohnungstür ein Schlüsselsafe, damit die Heimhilfe und die
Pflegerinnen von Pflege24 hereinkommen, wenn ich schlecht zu Fuß bin. Mein Schwiegersohn
meint, der Code sei in Ihrem Computersystem gespeichert.

Ich möchte gerne wissen: Wer genau bei Ihnen kann diesen Code sehen? Nur die Pflegerinnen,
die zu mir kommen, oder das ganze Büro? Ist das verschlüsselt gespeichert? Und wird der Code
gelöscht, wenn ich den Vertrag einmal beende?

Hochachtungsvoll
Sieglinde Pichler
Graz
""", R(["Information"], "s.pichler@kabsi.example", "Sieglinde", "Pichler"),
    ct=LATIN1, encode="latin-1")

add("de-14-grossbuchstaben", "GERHARD KRAUSE <g.krause1950@freenet.example>", "KEINE WERBUNG MEHR",
"""ICH HABE IHNEN SCHON ZWEIMAL GESCHRIEBEN. ICH WILL KEINE BRIEFE UND KEINE PROSPEKTE MEHR VON
WACHTPOST. NEHMEN SIE MEINE ADRESSE ENDLICH AUS IHRER WERBEKARTEI.

G. KRAUSE
""", R(["Opposition"], "g.krause1950@freenet.example", "Gerhard", "Krause"))

add("de-15-langer-aerger-insulin", "Elisabeth Moser <elisabeth.moser@gmx.example>",
"Beschwerde über die Versorgung",
"""Sehr geehrte Damen und Herren,

ich bin seit zwei Jahren bei Pflege24 und war lange zufrieden. Seit dem Sommer ist das leider
vorbei. Es kommt fast jeden Tag jemand anderes, einmal um 7 Uhr, dann wieder um halb elf, obwohl
ich um 8 Uhr mein Insulin brauche. Am 28. Oktober kam überhaupt niemand, ich habe meinen Sohn
anrufen müssen, der dann von der Arbeit herübergefahren ist.

Als ich mich beschwert habe, hieß es im Büro, ich hätte die Insulingabe an dem Tag "verweigert".
Das steht jetzt so in meiner Dokumentation! Das ist eine glatte Lüge und ich möchte, dass dieser
Eintrag richtiggestellt wird. Außerdem will ich Kopien aller Pflegeberichte und der
Einsatzzeiten seit Juli haben, damit ich selbst sehe, was da sonst noch über mich geschrieben
wurde und wann wirklich jemand da war.

Auf den Leistungsnachweisen, die ich jeden Monat unterschreiben soll, stehen übrigens Besuche,
die nie stattgefunden haben. Das werde ich mit der Pflegekasse klären.

Ich erwarte eine baldige Antwort.

Elisabeth Moser
Bremen
""", R(["Access", "Rectification"], "elisabeth.moser@gmx.example", "Elisabeth", "Moser"))

add("de-16-anwaeltin-nachbarin", '"RAin Dr. Katharina von Hohenberg" <k.vonhohenberg@kanzlei-hohenberg.example>',
"Frau Sabine Krüger-Lenz ./. Wachtpost - Auskunft und Löschung",
"""Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die rechtlichen Interessen von Frau Sabine Krüger-Lenz,
Lindenweg 5, 30159 Hannover, vertreten. Eine auf uns lautende Vollmacht liegt bei.

Auf dem Nachbargrundstück unserer Mandantin (Lindenweg 7) wurden im Frühjahr durch Ihr
Unternehmen Außenkameras installiert, die nach unseren Feststellungen auch den Garten und die
Terrasse unserer Mandantin erfassen. Nach Ihren eigenen Werbeunterlagen werden bei Alarm
Bildsequenzen an Ihre Leitstelle übertragen und dort gespeichert.

Namens und in Vollmacht unserer Mandantin fordern wir Sie auf,

1. gemäß Art. 15 DSGVO Auskunft darüber zu erteilen, ob und welche Bild- oder sonstigen Daten
   unserer Mandantin bei Ihnen gespeichert sind, und Kopien davon zur Verfügung zu stellen;
2. sämtliche solche Daten gemäß Art. 17 DSGVO unverzüglich zu löschen.

Für die Erledigung haben wir uns eine Frist bis zum 16. Dezember 2026 notiert.

Mit freundlichen Grüßen

Dr. Katharina von Hohenberg
Rechtsanwältin
Kanzlei von Hohenberg | Georgstraße 12 | 30159 Hannover
Tel. 0511 123 456-0 | Fax 0511 123 456-9

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""", R(["Access", "Erasure"], "k.vonhohenberg@kanzlei-hohenberg.example", "Sabine", "Krüger-Lenz",
       representative="Katharina von Hohenberg"))

add("de-17-wg-adressaenderung", "Monika Brandt <m.brandt@acme-corp.example>", "WG: Adressänderung",
"""Hallo zusammen,

anbei eine Mail aus dem Kundenservice-Postfach. Der Kunde beruft sich auf die DSGVO, deshalb
leite ich sie vorsichtshalber an euch weiter.

Viele Grüße
Monika Brandt
Kundenservice Wachtpost

-----Ursprüngliche Nachricht-----
Von: Dragan Jovanović <dragan.jovanovic@gmx.example>
Gesendet: Sonntag, 15. November 2026 19:02
An: kundenservice@acme-corp.example
Betreff: Adressänderung

Hallo,

ich bin umgezogen und Ihre Post geht immer noch an die alte Adresse. Neue Anschrift:
Talstraße 41, 70188 Stuttgart. Neue Handynummer: 0176 5550 1234. Laut DSGVO müssen meine Daten
ja stimmen, also bitte ändern.

Gruß
Dragan Jovanović
""", R(["Rectification"], "dragan.jovanovic@gmx.example", "Dragan", "Jovanović"))

add("de-18-anhang-einwilligung-portal", "Florian Eder <f.eder@acme-corp.example>",
"Fwd: Pflegeberichte im Portal", "",
R(["Opposition"], "ursula.brandstaetter@aon.example", "Ursula", "Brandstätter"),
note="""Hallo Datenschutz-Team,

im Anhang die Mail einer Klientin aus unserem Salzburger Team. Sie widerruft ihre Einwilligung
für die Sichtbarkeit der Pflegeberichte im Angehörigenportal. Könnt ihr das bitte übernehmen und
ihr antworten?

Danke!
Florian Eder
Teamleitung Mobile Pflege Salzburg
Pflege24
""",
attached=("Ursula Brandstätter <ursula.brandstaetter@aon.example>", "Pflegeberichte im Portal",
"""Lieber Herr Eder,

wie am Telefon besprochen: Ich habe damals unterschrieben, dass mein Sohn meine Pflegeberichte
im Angehörigenportal lesen darf. Das möchte ich nicht mehr, wir haben uns zerstritten. Ich
widerrufe diese Einwilligung hiermit. Mein Konto und die Betreuung sollen natürlich bleiben.

Mit lieben Grüßen
Ursula Brandstätter
"""))

add("de-19-familie-replyto", '"Fam. Paulsen" <paulsen-familie@t-online.example>',
"Meine Daten als Notfallkontakt",
"""Guten Tag,

ich bin bei Pflege24 als Angehörige und Notfallkontakt für meinen Vater Uwe Paulsen eingetragen.
Mich würde interessieren, welche Daten über mich persönlich bei Ihnen gespeichert sind. Schicken
Sie mir bitte eine Aufstellung.

Bitte an meine eigene Adresse antworten, auf das Familienpostfach schaut mein Mann nie.

Heike Paulsen
""", R(["Access"], "heike.paulsen@mailbox.example", "Heike", "Paulsen"),
    headers=["Reply-To: Heike Paulsen <heike.paulsen@mailbox.example>"])

add("de-20-ohne-namen", "flitzer88@web.example", "daten??",
"""welche daten habt ihr zu meiner mailadresse gespeichert und woher habt ihr die überhaupt?? hab
nie was bei euch bestellt und krieg trotzdem mails von wachtpost
""", R(["Access", "Information"], "flitzer88@web.example"))

add("de-21-tippfehler", "Kevin Schmitz <kevin.schmitz@gmx.example>", "konto",
"""hallo ich möchte das mein konto gelöscht wird und ich auch keine newsletter mehr bekome von euch
danke kevin
""", R(["Erasure", "Opposition"], "kevin.schmitz@gmx.example", "Kevin", "Schmitz"))

add("de-22-hausverwaltung-signatur", '"Dipl.-Ing. Maximilian von Stetten" <m.vonstetten@stetten-immobilien.example>',
"Videoüberwachung Tiefgarage - Speicherort und Drittlandübermittlung",
"""Sehr geehrte Damen und Herren,

als Verwalter der Wohnanlage Isarauen in München betreiben wir seit 2025 Ihre Kameras in der
Tiefgarage und im Müllraum. Mehrere Eigentümer haben in der letzten Versammlung nachgefragt,
und ich möchte ihnen eine belastbare Antwort geben:

- In welchem Rechenzentrum bzw. Land werden die Aufnahmen gespeichert?
- Findet eine Übermittlung in Drittländer statt, etwa an einen US-Cloudanbieter?
- Nach welcher Frist werden die Aufnahmen automatisch gelöscht?

Für eine kurze Stellungnahme bis Ende des Monats wäre ich Ihnen dankbar.

Mit freundlichen Grüßen

Dipl.-Ing. Maximilian von Stetten
Geschäftsführer
von Stetten Immobilienverwaltung GmbH
Prinzregentenstraße 101 | 81677 München
Tel. +49 89 4411 220 | Mobil +49 171 555 0199
Amtsgericht München HRB 998877 | Geschäftsführer: Maximilian von Stetten

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten
bestimmt. Jede Form der Kenntnisnahme oder Weitergabe durch Dritte ist unzulässig.
""", R(["Information"], "m.vonstetten@stetten-immobilien.example", "Maximilian", "von Stetten"))

add("de-23-denglisch-email-update", "Anja Lindqvist <anja.l@posteo.example>", "Quick update meiner E-Mail",
"""Hi,

quick one: bitte update meine E-Mail-Adresse in der Pflege24-Angehörigen-App. Die alte
(anja.lindqvist@nordlicht-consulting.example) ist von meinem ex-employer und wird Ende des Monats
deaktiviert, dann bekomme ich keine Notifications mehr zu meiner Mum. New one is this address
here.

Thanks a lot & viele Grüße
Anja Lindqvist
""", R(["Rectification"], "anja.l@posteo.example", "Anja", "Lindqvist"))

add("de-24-ch-woher-adresse", "Beat Zürcher <beat.zuercher@sunrise.example>", "Ihr Brief von gestern",
"""Guten Tag

Gestern lag ein persönlich an mich adressierter Brief von Wachtpost in meinem Briefkasten, mit
Bezug auf "den kürzlichen Einbruch in Ihrer Nachbarschaft". Ich war nie Kunde bei Ihnen.

Es würde mich schon interessieren, woher Sie meine Anschrift haben und woher Sie wissen, dass bei
uns im Quartier eingebrochen wurde.

Freundliche Grüsse
Beat Zürcher
""", R(["Information"], "beat.zuercher@sunrise.example", "Beat", "Zürcher"))

add("de-25-techniker-termin", "Heinz Albrecht <heinz.albrecht@t-online.example>", "Wartungstermin Alarmanlage",
"""Guten Morgen,

wann kommt denn nun der Techniker für die jährliche Wartung meiner Alarmanlage? Der Termin am
Donnerstag ist ausgefallen, es hat sich niemand gemeldet. Ich bin vormittags immer zu Hause.

Mit freundlichen Grüßen
Heinz Albrecht
Kundennr. 4410-2217
""", R(["Unknown"], "heinz.albrecht@t-online.example", "Heinz", "Albrecht"))

add("de-26-konto-behalten-keine-mails", "Verena Huber <verena.huber@gmx.example>", "Nur keine Newsletter mehr",
"""Hallo,

bitte nicht falsch verstehen: Ich möchte mein Konto in der Wachtpost-App behalten, und gelöscht
werden soll auch nichts. Ich möchte nur keine Newsletter, Umfragen und "Sicherheitstipps der
Woche" mehr per E-Mail bekommen. Der Abmeldelink unten in den Mails führt bei mir ins Leere.

Danke und liebe Grüße
Verena Huber
""", R(["Opposition"], "verena.huber@gmx.example", "Verena", "Huber"))

add("de-27-berufsbetreuer", "Rainer Thielemann <thielemann@betreuungsbuero-thielemann.example>",
"Betreute Frau Erna Kowalski - Auskunft und Änderung der Rechnungsanschrift",
"""Sehr geehrte Damen und Herren,

durch Beschluss des Amtsgerichts Dortmund vom 2. Oktober 2026 (Az. 301 XVII 4471/26) bin ich zum
rechtlichen Betreuer von Frau Erna Kowalski, geb. 17.03.1940, bestellt worden. Die
Aufgabenkreise umfassen Gesundheitssorge, Vermögenssorge und Behördenangelegenheiten.

Ich bitte Sie,
1. mir Auskunft über die bei Ihnen gespeicherten Daten von Frau Kowalski zu erteilen, einschließlich
   einer Kopie der Pflegedokumentation;
2. die Rechnungs- und Korrespondenzanschrift auf mein Büro zu ändern (Anschrift siehe unten).
   Derzeit gehen Ihre Schreiben noch an die Tochter, die dafür nicht zuständig ist.

Eine Kopie des Betreuerausweises füge ich bei.

Mit freundlichen Grüßen
Rainer Thielemann
Berufsbetreuer
Betreuungsbüro Thielemann | Kampstraße 20 | 44137 Dortmund | Tel. 0231 998 77 10
""", R(["Access", "Rectification"], "thielemann@betreuungsbuero-thielemann.example", "Erna", "Kowalski",
       representative="Rainer Thielemann"))

add("de-28-erbin-hausnotruf", "Claudia Reinhardt <claudia.reinhardt@web.example>",
"Tod meiner Mutter Gisela Reinhardt",
"""Sehr geehrte Damen und Herren,

meine Mutter, Frau Gisela Reinhardt, ist am 2. November verstorben. Sie hatte bei Pflege24 den
Hausnotruf und war im Angehörigenportal mit Fotos und Berichten eingetragen. Als Alleinerbin bitte
ich Sie, das Konto zu schließen und alle Daten meiner Mutter zu löschen, soweit Sie nicht
gesetzlich zur Aufbewahrung verpflichtet sind. Das Notrufgerät bringe ich in den nächsten Tagen in
Ihrer Filiale vorbei.

Den Erbschein kann ich Ihnen gerne zusenden.

Mit freundlichen Grüßen
Claudia Reinhardt
""", R(["Erasure"], "claudia.reinhardt@web.example", "Gisela", "Reinhardt",
       representative="Claudia Reinhardt"))

add("de-29-auto-aufgebrochen", "Mehmet Öztürk <mehmet.oeztuerk@gmail.example>", "Aufnahmen Einfahrt 14.11.",
"""Hallo,

bei uns wurde am Samstag das Auto vor der Garage aufgebrochen. Können Sie mir die Aufnahmen der
Einfahrtskamera vom 14.11. zwischen 1 und 4 Uhr nachts zur Verfügung stellen? In der App finde ich
sie nicht mehr, und die Versicherung will das sehen.

Gruß
Mehmet

Von meinem Samsung Galaxy Smartphone gesendet
""", R(["Access"], "mehmet.oeztuerk@gmail.example", "Mehmet", "Öztürk"))

add("de-30-cp1252-mobil-stimmt-nicht", "Renate Kühn <renate.kuehn@t-online.example>",
"Falsche Angaben in der Pflegeanamnese",
"""Sehr geehrte Damen und Herren,

in der Pflegeanamnese, die Ihre Mitarbeiterin im Oktober bei mir aufgenommen hat, steht, ich sei
„vollständig mobil“ und „ohne Hilfsmittel selbstständig“. Das stimmt nicht – ich bin seit meiner
Hüft-OP auf den Rollator angewiesen und komme ohne Hilfe nicht in die Badewanne.

Bitte korrigieren Sie diese Angaben. Und solange das nicht geschehen ist, geben Sie die Anamnese
bitte nicht an die Pflegekasse oder den Medizinischen Dienst weiter; bei der anstehenden
Höherstufung geht es für mich um mehrere hundert € im Monat.

Mit freundlichen Grüßen
Renate Kühn
""", R(["Rectification", "Restriction"], "renate.kuehn@t-online.example", "Renate", "Kühn"),
    ct=CP1252, encode="cp1252")

add("de-31-ch-export-dann-loeschen", "Thomas Kälin <thomas.kaelin@bluewin.example>",
"Kündigung per Ende Jahr - Export meiner Daten",
"""Grüezi

Ich kündige meinen Wachtpost-Vertrag per Ende Jahr. Vorher möchte ich die Alarmprotokolle der
letzten zwei Jahre und meine gespeicherten Videoclips als Dateien exportieren (CSV bzw. MP4), damit
ich sie beim neuen Anbieter importieren kann. Gibt es dafür eine Funktion oder schicken Sie mir
das?

Anschliessend bitte alles bei Ihnen löschen, inklusive Benutzerkonto.

Freundliche Grüsse
Thomas Kälin
""", R(["Portability", "Erasure"], "thomas.kaelin@bluewin.example", "Thomas", "Kälin"))

add("de-32-pflegekraft-ortung", "Dana Petrović <dana.petrovic@gmx.example>",
"Standortverfolgung Diensthandy nach Feierabend",
"""Hallo,

ich arbeite als Pflegefachkraft bei Pflege24 im Team Leipzig-Süd. Mir ist aufgefallen, dass die
Tourenapp auf dem Diensthandy meinen Standort auch nach Dienstschluss weiter überträgt - ich nehme
das Handy wegen der Rufbereitschaft oft mit nach Hause.

Ich widerspreche der Ortung außerhalb meiner Arbeitszeiten. Meine Teamleitung weiß davon nichts,
deshalb schreibe ich von meiner privaten Adresse.

Viele Grüße
Dana Petrović
""", R(["Opposition"], "dana.petrovic@gmx.example", "Dana", "Petrović"))

# ---------------------------------------------------------------- tasks

add("de-33-aufgabe-avv-tourenplanung", "Sebastian Korn <s.korn@acme-corp.example>",
"AVV Routenfuchs GmbH - Prüfung erbeten",
"""Hallo Datenschutz,

wir wollen zum 1. März die Tourenplanung aller Pflege24-Standorte auf Routenfuchs umstellen.
Der Anbieter hat uns seinen Auftragsverarbeitungsvertrag samt TOM-Anlage geschickt. Könnt ihr
den bitte prüfen, insbesondere die Unterauftragnehmer und die Regelung zu Support-Zugriffen?
Liegt im Vertragsmanagement unter "Routenfuchs 2027".

Wäre super, wenn wir bis 4.12. eine Rückmeldung hätten, dann kann die Geschäftsführung noch im
Dezember unterschreiben.

Gruß
Sebastian Korn
Einkauf / Vendor Management
""", TASK("s.korn@acme-corp.example", "Sebastian", "Korn"))

add("de-34-aufgabe-dsfa-videoanalyse", '"Dr. Carolin Weber" <c.weber@acme-corp.example>',
"DSFA für KI-Videoanalyse in der Leitstelle",
"""Liebe Kolleginnen und Kollegen,

wir planen ab Q2 einen Pilot, bei dem eingehende Alarmvideos in der Leitstelle vorab durch eine
KI-Software auf Personen und Fahrzeuge analysiert werden, damit die Operatoren Fehlalarme
schneller aussortieren können. Die Analyse läuft beim Hersteller in dessen Cloud.

Bevor wir weitermachen, brauchen wir nach meinem Verständnis eine Datenschutz-Folgenabschätzung.
Können Sie die federführend übernehmen? Technische Unterlagen und den Ansprechpartner beim
Hersteller stelle ich gern bereit.

Beste Grüße
Dr. Carolin Weber
Leiterin Leitstelle Wachtpost
""", TASK("c.weber@acme-corp.example", "Carolin", "Weber"))

add("de-35-aufgabe-vvt-videotelefonie", "Jan Petersen <j.petersen@acme-corp.example>",
"VVT-Eintrag: Videotelefonie im Angehörigenportal",
"""Moin,

ab Januar schalten wir im Angehörigenportal Videotelefonie zwischen Angehörigen und Pflegekräften
frei (WebRTC, keine Aufzeichnung, Anbieter sitzt in Hamburg). Bitte nehmt das ins Verzeichnis
der Verarbeitungstätigkeiten auf bzw. passt den bestehenden Eintrag zum Portal an. Wenn ihr dafür
noch Infos braucht, meldet euch einfach.

Jan Petersen
IT / Produktentwicklung Pflege24
""", TASK("j.petersen@acme-corp.example", "Jan", "Petersen"))

add("de-36-aufgabe-schulung-whatsapp", "Sandra Lehmann <s.lehmann@acme-corp.example>",
"Datenschutzschulung für Pflegehilfskräfte",
"""Hallo liebes Datenschutzteam,

in unserem Standort Dresden ist mir aufgefallen, dass Pflegehilfskräfte Fotos von Wunden und
Dienstplänen über private WhatsApp-Gruppen austauschen. Ich möchte das nicht nur verbieten, sondern
die Leute auch schulen. Könntet ihr im Januar eine Präsenzschulung (ca. 1,5 Std.) für rund 25
Mitarbeitende anbieten? Gerne auch mit praktischen Beispielen.

Viele Grüße
Sandra Lehmann
Pflegedienstleitung Dresden
""", TASK("s.lehmann@acme-corp.example", "Sandra", "Lehmann"))

add("de-37-aufgabe-fragebogen-pflegekasse", "Oliver Kessler <o.kessler@acme-corp.example>",
"Fragebogen Datenschutz der Pflegekasse - bis Freitag",
"""Hallo zusammen,

die Pflegekasse Nordwest möchte im Rahmen der Vertragsverlängerung einen
Lieferanten-Fragebogen zu Datenschutz und Informationssicherheit ausgefüllt haben (ca. 40
Fragen, u. a. zu TOMs, Löschkonzept, Datenschutzbeauftragtem). Ich habe ihn euch in den
Teams-Kanal gelegt. Schafft ihr das bis Freitag?

Danke und Gruß
Oliver Kessler
Key Account Management Kostenträger
""", TASK("o.kessler@acme-corp.example", "Oliver", "Kessler"))

# ---------------------------------------------------------------- incidents

add("de-38-vorfall-diensthandy-zug", "Tanja Schuster <t.schuster@acme-corp.example>",
"Diensthandy im Zug liegen gelassen",
"""Hallo,

ich habe heute Morgen mein Diensthandy im RE 4 Richtung Aachen liegen lassen. Der Fundservice der
Bahn hat es bisher nicht. Auf dem Handy ist die Pflege-App mit meiner Tour (ca. 15 Klienten mit
Adressen, Diagnosen und Medikamenten) und im Notizfeld stehen auch einige Schlüsselsafe-Codes.
Das Handy ist mit einer 6-stelligen PIN gesperrt.

Die IT weiß Bescheid. Was muss ich noch tun?

Tanja Schuster
Pflegefachkraft, Pflege24 Mönchengladbach
""", INC("t.schuster@acme-corp.example", "Tanja", "Schuster"))

add("de-39-vorfall-fremder-leistungsnachweis", "Wolfgang Berger <w.berger@gmx.example>",
"Falsche Post bekommen",
"""Guten Tag,

heute kam Post von Pflege24, aber nicht die Rechnung für meine Frau, sondern die Monatsrechnung und
der Leistungsnachweis für eine Frau Hildegard S. aus dem Nachbarort. Da stehen ihre Diagnosen
drin, welche Medikamente sie bekommt und wann die Pflegerin kommt.

Ich finde das schon bedenklich. Soll ich Ihnen die Unterlagen zurückschicken oder vernichten? Und
hat dann Frau S. womöglich unsere Rechnung bekommen?

Mit freundlichen Grüßen
Wolfgang Berger
""", INC("w.berger@gmx.example", "Wolfgang", "Berger"))

add("de-40-vorfall-laptop-servicewagen", "Marco Lange <m.lange@acme-corp.example>",
"Laptop aus Servicewagen gestohlen",
"""Hi,

heute Nacht wurde in Offenbach mein Servicewagen aufgebrochen und der Techniker-Laptop gestohlen.
Darauf sind die Installationsprotokolle der letzten Monate (Kundennamen, Adressen, Lage der
Melder, teils Fotos der Anlagen). Die Festplatte ist meines Wissens mit BitLocker verschlüsselt,
sicher bin ich mir aber nicht. Anzeige bei der Polizei ist erstattet.

Marco Lange
Servicetechniker Wachtpost, Region Rhein-Main
Mobil 0151 2233 4455
""", INC("m.lange@acme-corp.example", "Marco", "Lange"))

add("de-41-vorfall-phishing-dhl", "Julia Fischer <j.fischer@acme-corp.example>",
"Hab auf Link in Fake-Mail geklickt",
"""Hallo,

ich habe vorhin in einer angeblichen DHL-Mail ("Ihr Paket konnte nicht zugestellt werden") auf den
Link geklickt und dann auf einer Microsoft-Anmeldeseite mein Passwort eingegeben. Erst danach ist
mir die komische Adresse aufgefallen. Ich bin in der Leitstelle eingesetzt und habe Zugriff auf
die Kundendatenbank. Passwort habe ich sofort geändert.

Sorry!
Julia Fischer
""", INC("j.fischer@acme-corp.example", "Julia", "Fischer"))

add("de-42-vorfall-fremder-garten", "Petra Neumann <petra.neumann@web.example>",
"Fremde Kamera in meiner App",
"""Hallo Wachtpost,

seit dem App-Update am Wochenende wird mir eine Kamera "Garten hinten" angezeigt, die nicht mir
gehört. Ich sehe live einen fremden Garten mit Trampolin und Kindern, und bekomme sogar deren
Bewegungsmeldungen aufs Handy. Das ist mir richtig unangenehm.

Heißt das umgekehrt, dass jemand anders meine Kameras sieht? Bitte kümmern Sie sich darum.

Petra Neumann
""", INC("petra.neumann@web.example", "Petra", "Neumann"))

# ---------------------------------------------------------------- follow-ups

add("de-43-fu-dsr-frist-abgelaufen", "Helmut Sauer <helmut.sauer@t-online.example>",
"AW: Eingangsbestätigung Ihrer Anfrage [DSR-51273]",
"""Sehr geehrte Damen und Herren,

die Monatsfrist ist seit einer Woche abgelaufen, und ich habe noch nichts von Ihnen erhalten.
Wann bekomme ich die Auskunft?

Helmut Sauer

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Gesendet: Dienstag, 6. Oktober 2026 10:12
Betreff: Eingangsbestätigung Ihrer Anfrage [DSR-51273]

> Sehr geehrter Herr Sauer,
> wir bestätigen den Eingang Ihres Antrags. Er wird unter der Nummer [DSR-51273] bearbeitet.
> Bitte geben Sie diese Nummer bei Rückfragen an.
> Ihr Datenschutzteam
""", FU("51273", "helmut.sauer@t-online.example", "Helmut", "Sauer"))

add("de-44-fu-irt-gruber-nachfrage", "Hans-Peter Gruber <hp.gruber@aon.example>",
"Re: Richtigstellung meiner Daten",
"""Sehr geehrte Damen und Herren,

ich darf höflich nachfragen, ob die Richtigstellung schon erfolgt ist. Die neue Rechnung trägt
noch immer das falsche Geburtsdatum.

Mit freundlichen Grüßen
Hans-Peter Gruber
""", FU(ref("de-04-geburtsdatum-at"), "hp.gruber@aon.example", "Hans-Peter", "Gruber"),
    headers=irt("de-04-geburtsdatum-at"))

add("de-45-fu-dsr-ch-rueckfrage", "Regula Meier <regula.meier@bluewin.example>",
"Re: [DSR-50098] Ihr Gesuch",
"""Grüezi

Besten Dank für die Unterlagen. Ich habe aber noch eine Frage zu Punkt 3 Ihrer Antwort: Dort
steht, die Aufnahmen würden "nach Ablauf der Frist" gelöscht. Welche Frist ist damit gemeint?

Freundliche Grüsse
Regula Meier
""", FU("50098", "regula.meier@bluewin.example", "Regula", "Meier"))

add("de-46-fu-irt-inkasso-trotzdem", "Joachim Rautenberg <j.rautenberg@arcor.example>",
"Re: Strittige Einsatzrechnung - Einschränkung der Verarbeitung",
"""Sehr geehrte Damen und Herren,

trotz meines Schreibens habe ich heute eine Zahlungsaufforderung eines Inkassobüros über die
strittigen 119 EUR zuzüglich Gebühren erhalten. Eine Antwort von Ihnen habe ich bis heute nicht.
Ich erwarte umgehend eine Erklärung.

Joachim Rautenberg
""", FU(ref("de-12-sperrung-fehlalarm"), "j.rautenberg@arcor.example", "Joachim", "Rautenberg"),
    headers=irt("de-12-sperrung-fehlalarm"))

# ---------------------------------------------------------------- ignored

add("de-47-spam-darknet", "Datenschutz-Sofortdienst <warnung@datenloeschung-jetzt.example>",
"Ihre Daten wurden im Darknet gefunden - jetzt löschen lassen",
"""Sehr geehrter Kunde,

unser Sicherheitsscan hat ergeben, dass Ihre E-Mail-Adresse, Telefonnummer und Bankdaten in
mehreren Darknet-Foren angeboten werden. Schützen Sie sich JETZT vor Identitätsdiebstahl!

Wir veranlassen die Löschung Ihrer persönlichen Daten aus über 200 Datenbanken - einmalig für
nur 59,90 EUR.

>> Jetzt Daten löschen lassen <<

Ihr Team vom Datenschutz-Sofortdienst
""", IGN("spam", "warnung@datenloeschung-jetzt.example"), headers=SPAM_HDR)

add("de-48-spam-dsgvo-register", "DSGVO Zentralregister <service@dsgvo-zentralregister.example>",
"Dringend: Eintragung im DSGVO-Zentralregister erforderlich",
"""Sehr geehrte Damen und Herren,

nach unseren Unterlagen ist Ihr Unternehmen bisher nicht im DSGVO-Zentralregister erfasst. Die
Eintragung ist für alle Unternehmen, die personenbezogene Daten verarbeiten, verpflichtend.
Bei Nichteintragung drohen Bußgelder bis zu 20 Mio. EUR.

Bitte überweisen Sie die Eintragungsgebühr von 498,00 EUR innerhalb von 7 Tagen.

Mit freundlichen Grüßen
Abteilung Registrierung
""", IGN("spam", "service@dsgvo-zentralregister.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="dsgvo-zentralregister.example")])

add("de-49-spam-bewertungen", "Sternekraft Marketing <info@sternekraft.example>",
"5-Sterne-Bewertungen für Ihren Pflegedienst",
"""Hallo,

wussten Sie, dass 87 % der Angehörigen einen Pflegedienst nach den Google-Bewertungen auswählen?
Wir liefern Ihnen echte 5-Sterne-Bewertungen von verifizierten Profilen - ab 9,90 EUR pro
Bewertung, diskret und schnell.

Jetzt Paket sichern und 20 % Rabatt erhalten!

Ihr Sternekraft-Team
""", IGN("spam", "info@sternekraft.example"))

add("de-50-abwesenheit-pflegekasse", "Sabine Krämer <s.kraemer@pflegekasse-nordwest.example>",
"Abwesenheitsnotiz: Vertragsverlängerung Pflege24",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27.11.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In
dringenden Fällen wenden Sie sich bitte an vertragswesen@pflegekasse-nordwest.example.

Mit freundlichen Grüßen
Sabine Krämer
""", IGN("auto_reply", "s.kraemer@pflegekasse-nordwest.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("de-51-helpdesk-ticket", "Routenfuchs Support <no-reply@routenfuchs.example>",
"Ihre Anfrage [#HD-77120] ist eingegangen",
"""Guten Tag,

vielen Dank für Ihre Anfrage. Sie wurde unter der Ticketnummer #HD-77120 erfasst und wird
schnellstmöglich bearbeitet. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Routenfuchs-Support
""", IGN("auto_reply", "no-reply@routenfuchs.example"),
    headers=["Auto-Submitted: auto-generated"])

add("de-52-newsletter-datenschutzpraxis", "Datenschutz-Praxis <newsletter@datenschutz-praxis.example>",
"Datenschutz-Praxis 11/2026: Videoüberwachung, Pflege-Apps und neue Bußgelder",
html("<b>Datenschutz-Praxis</b> &ndash; Ihr monatlicher Newsletter",
     "Themen dieser Ausgabe: Was die Aufsichtsbehörden zu Klingelkameras sagen, Checkliste "
     "Pflege-Apps, die höchsten Bußgelder im Oktober.",
     "Online-Seminar am 9. Dezember: Betroffenenrechte in der ambulanten Pflege.",
     "<small>Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. "
     "<a href=\"https://datenschutz-praxis.example/abmelden\">Abmelden</a></small>"),
IGN("bulk", "newsletter@datenschutz-praxis.example"), ct=HTML,
    headers=["List-Id: Datenschutz-Praxis Newsletter <news.datenschutz-praxis.example>",
             "List-Unsubscribe: <https://datenschutz-praxis.example/abmelden>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
             "Precedence: bulk"])

add("de-53-unzustellbar", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
"Unzustellbar: Ihre Auskunft nach Art. 15 DSGVO", "",
IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
