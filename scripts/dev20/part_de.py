from common import *  # part de: written blind

add("de-01-auskunft-einzeiler", "Jürgen Weiß <juergen.weiss@t-online.example>",
    "Auskunft",
"""Bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben. Mitgliedsnr. 7720-118. J. Weiß""",
    R(["Access"], "juergen.weiss@t-online.example", "Jürgen", "Weiß"))

add("de-02-fitapp-profil-loeschen", "Sabine Müller-Lüdenscheidt <sabine.mueller-l@web.example>",
    "Profil in der Fit-App",
"""Guten Tag,

ich möchte meine Versicherung selbstverständlich behalten, aber mein Profil in Ihrer Fit-App soll
komplett verschwinden – inklusive Ernährungstagebuch, Gewichtsverlauf und der verknüpften
Smartwatch-Daten. Bitte bestätigen Sie mir, wenn alles entfernt ist.

Freundliche Grüße
Sabine Müller-Lüdenscheidt""",
    R(["Erasure"], "sabine.mueller-l@web.example", "Sabine", "Müller-Lüdenscheidt"))

add("de-03-neuer-nachname", "Katharina Yılmaz <katharina.yilmaz@gmx.example>",
    "Namensänderung nach Heirat",
"""Hallo,

ich habe im August geheiratet und heiße jetzt Yılmaz (vorher Schmitt). Bitte ändern Sie meinen
Namen in allen Unterlagen, auch in der Zahnklinik Köln, und schicken Sie mir eine neue
Versichertenkarte. Die Heiratsurkunde kann ich gerne nachreichen.

Viele Grüße
Katharina Yılmaz""",
    R(["Rectification"], "katharina.yilmaz@gmx.example", "Katharina", "Yılmaz"))

add("de-04-widerspruch-werbung", "Dr. Wolfgang von Hohenstein <w.vonhohenstein@kanzlei-hohenstein.example>",
    "Widerspruch gem. Art. 21 Abs. 2 DSGVO",
"""Sehr geehrte Damen und Herren,

hiermit widerspreche ich der Verarbeitung meiner personenbezogenen Daten zum Zwecke der
Direktwerbung, gleich über welchen Kanal (Post, E-Mail, Telefon, App-Benachrichtigungen).
Ich erwarte eine schriftliche Bestätigung.

Mit freundlichen Grüßen
Dr. Wolfgang von Hohenstein""",
    R(["Opposition"], "w.vonhohenstein@kanzlei-hohenstein.example", "Wolfgang", "von Hohenstein"))

add("de-05-software-hat-abgelehnt", "Günther Obermaier <g.obermaier@bayern-online.example>",
    "Ablehnung Kostenübernahme Zahnersatz",
"""Sehr geehrte Damen und Herren,

mein Antrag auf Kostenübernahme für zwei Implantate wurde laut Bescheid „automatisiert geprüft
und abgelehnt“. Ich bestehe darauf, dass ein Sachbearbeiter den Heil- und Kostenplan persönlich
prüft (Art. 22 Abs. 3 DSGVO). Ich möchte meinen Standpunkt darlegen können und die Entscheidung
anfechten.

Mit freundlichen Grüßen
Günther Obermaier""",
    R(["AutomatedDecision"], "g.obermaier@bayern-online.example", "Günther", "Obermaier"))

add("de-06-schrittzaehler-json", "Lea Schröder <lea.schroeder@posteo.example>",
    "Meine Aktivitätsdaten mitnehmen",
"""Hi,

ich wechsle zu einem anderen Fitness-Tracker-Anbieter. Könnt ihr mir meine Schritt-, Schlaf-
und Pulsdaten aus der App maschinenlesbar (JSON oder CSV) zur Verfügung stellen oder direkt an
den neuen Anbieter schicken? Mein Konto soll erstmal bleiben.

LG Lea Schröder""",
    R(["Portability"], "lea.schroeder@posteo.example", "Lea", "Schröder"))

add("de-07-betreuer-mutter", "Thomas Hartmann <thomas.hartmann@hartmann-fam.example>",
    "Auskunftsersuchen für meine Mutter Ingeborg Hartmann",
"""Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellter Betreuer meiner Mutter, Frau Ingeborg Hartmann, geb. 12.05.1939,
Versichertennummer 0815-33-210. Für die Vorbereitung eines Pflegegradantrags benötige ich eine
Übersicht aller Daten, die Sie über sie gespeichert haben, insbesondere Abrechnungen und
Gutachten Ihres medizinischen Dienstes. Den Betreuerausweis reiche ich nach.

Mit freundlichen Grüßen
Thomas Hartmann""",
    R(["Access"], "thomas.hartmann@hartmann-fam.example", "Ingeborg", "Hartmann", representative="Thomas Hartmann"))

add("de-08-zahnbefund-falsch", "Mehmet Demir <mehmet.demir@arcor.example>",
    "Falscher Befund in meiner Akte",
"""Guten Tag,

in meiner Akte der Zahnklinik Duisburg steht „Parodontitis Stadium III“. Das hat mir nie ein
Zahnarzt gesagt, und mein Hauszahnarzt bestätigt, dass es nicht stimmt. Bitte korrigieren Sie
den Befund. Bis das geklärt ist, darf er weder für meine Tarifeinstufung noch für sonst etwas
verwendet werden.

Mit freundlichen Grüßen
Mehmet Demir""",
    R(["Rectification", "Restriction"], "mehmet.demir@arcor.example", "Mehmet", "Demir"))

add("de-09-woher-adresse", "Annika Brandt <annika.brandt@freenet.example>",
    "Woher haben Sie meine Daten?",
"""Hallo,

ich war nie bei Ihnen versichert, habe aber einen Brief mit einem Angebot für eine
Zahnzusatzversicherung bekommen, persönlich adressiert, sogar mit meinem Geburtsjahr. Woher haben
Sie diese Angaben? Nachdem Sie mir das beantwortet haben, löschen Sie bitte alles über mich.

Annika Brandt""",
    R(["Information", "Erasure"], "annika.brandt@freenet.example", "Annika", "Brandt"))

add("de-10-vertrauensarzt-notizen", "Felix Krämer <felix.kraemer@mailbox-de.example>",
    "Gutachten des Vertrauensarztes",
    html("Sehr geehrte Damen und Herren,",
         "im Zusammenhang mit meiner Berufsunfähigkeitsleistung hat Ihr Vertrauensarzt im Oktober ein "
         "Gutachten erstellt. Ich möchte gern sehen, was dort über mich notiert wurde, sowie alle anderen "
         "Unterlagen zu meinem Leistungsfall.",
         "Mit freundlichen Grüßen<br>Felix Krämer"),
    R(["Access"], "felix.kraemer@mailbox-de.example", "Felix", "Krämer"), ct=HTML)

add("de-11-weiterleitung-keine-anrufe", "Stefanie Lang <stefanie.lang@acme-corp.example>",
    "WG: Anrufe",
"""Hallo Datenschutz-Team,

anbei eine Mail eines Kunden, die im Vertrieb gelandet ist. Bitte übernehmt ihr.

Gruß
Stefanie Lang
Vertriebsinnendienst

---------- Weitergeleitete Nachricht ----------
Von: Horst Kaczmarek <horst.kaczmarek@t-online.example>
Datum: Do., 12. Nov. 2026 um 17:55
Betreff: Anrufe
An: vertrieb@acme-corp.example

Ihre Kollegen rufen mich ständig an, um mir Zusatztarife zu verkaufen. Ich will das nicht. Meine
Nummer darf für Werbung nicht mehr benutzt werden.

H. Kaczmarek""",
    R(["Opposition"], "horst.kaczmarek@t-online.example", "Horst", "Kaczmarek"))

add("de-12-tippfehler-loeschen", "bernd.k@gmx.example",
    "daten",
"""hallo ich will das meine daten gelöscht werden und zwar alle sofort ich bin seit märz bei
einer anderen kasse
bernd kowalski""",
    R(["Erasure"], "bernd.k@gmx.example", "Bernd", "Kowalski"))

add("de-13-erstattung-brille", "Elfriede Baumgartner <elfriede.baumgartner@aon.example>",
    "Erstattung Brille",
"""Grüß Gott,

ich habe vor sechs Wochen die Rechnung für meine neue Brille eingereicht und noch kein Geld
bekommen. Können Sie bitte nachschauen?

Elfriede Baumgartner, Salzburg""",
    R(["Unknown"], "elfriede.baumgartner@aon.example", "Elfriede", "Baumgartner"))

add("de-14-lange-beschwerde-schweiz", "Reto Brunner <reto.brunner@bluewin.example>",
    "Beschwerde",
"""Grüezi

Ich bin seit 2015 bei Ihnen versichert und muss mich jetzt wirklich beschweren. Im Sommer hatte
ich einen Velounfall, die Abrechnung mit dem Spital hat drei Monate gedauert, ich musste fünfmal
anrufen und jedes Mal alles neu erklären. Dann kam ein Schreiben, dass mein Fall «an einen
externen Dienstleister zur Prüfung» gegeben wurde - wer das ist, stand nirgends.

Gleichzeitig ruft mich Ihr Verkauf alle paar Wochen an, um mir eine Spitalzusatzversicherung
anzudrehen. Das ist doch absurd.

Darum: Ich verlange eine vollständige Aufstellung aller über mich gespeicherten Daten, inklusive
allem, was an diesen externen Dienstleister gegangen ist. Und rufen Sie mich nie wieder zu
Verkaufszwecken an.

Freundliche Grüsse
Reto Brunner
Winterthur""",
    R(["Access", "Opposition"], "reto.brunner@bluewin.example", "Reto", "Brunner"))

add("de-15-anhang-speicherdauer", "Jan Petersen <jan.petersen@acme-corp.example>",
    "WG: Frage Speicherdauer", "",
    R(["Information"], "c.hoffmann@web.example", "Claudia", "Hoffmann-Ertl"),
    note="Hallo zusammen, Kundenanfrage im Anhang, bitte an euch. Danke, Jan",
    attached=("Claudia Hoffmann-Ertl <c.hoffmann@web.example>", "Frage Speicherdauer",
"""Guten Tag,

ich kündige zum Jahresende. Wie lange bewahren Sie danach meine Arztrechnungen und die Angaben
aus dem Gesundheitsfragebogen auf, und auf welcher Grundlage? Löschen müssen Sie noch nichts,
mich interessiert nur die Frist.

Claudia Hoffmann-Ertl"""))

add("de-16-nach-meinem-tod", "Hildegard Sommer <hildegard.sommer@kabelmail.example>",
    "Meine Daten nach meinem Tod",
"""Sehr geehrte Damen und Herren,

ich bin 79 Jahre alt und regle gerade meinen Nachlass. Ich möchte festlegen, was mit meinen
Gesundheitsdaten bei Ihnen und in der Zahnklinik geschieht, wenn ich nicht mehr lebe: Meine
Tochter Gisela Sommer soll Einsicht bekommen können, danach soll alles gelöscht werden. Bitte
teilen Sie mir mit, wie ich diese Verfügung bei Ihnen hinterlegen kann.

Hochachtungsvoll
Hildegard Sommer""",
    R(["AdvanceDirectives"], "hildegard.sommer@kabelmail.example", "Hildegard", "Sommer"),
    ct=LATIN1, encode="latin-1")

add("de-17-familie-bonusprogramm", "Familie Becker <familie.becker@online-de.example>",
    "Bonusprogramm - Einwilligung",
"""Hallo,

ich habe mich mit 18 fürs Bonusprogramm angemeldet, bei dem die App meine Sportdaten auswertet.
Das möchte ich nicht mehr: ich widerrufe meine Einwilligung. Bitte antwortet an meine eigene
Adresse, die Familienadresse lesen meine Eltern.

Jonas Becker""",
    R(["Opposition"], "jonas.becker@uni-koeln.example", "Jonas", "Becker"),
    headers=["Reply-To: Jonas Becker <jonas.becker@uni-koeln.example>"])

add("de-18-grossbuchstaben", "HEINZ RICHTER <heinz.richter@t-online.example>",
    "AUSTRAGEN",
"""STREICHEN SIE MICH SOFORT AUS IHREM VERTEILER UND LÖSCHEN SIE MEIN KUNDENKONTO. ICH BIN NICHT
MEHR BEI IHNEN.
HEINZ RICHTER""",
    R(["Opposition", "Erasure"], "heinz.richter@t-online.example", "Heinz", "Richter"))

add("de-19-task-avv-roentgen", "Dr. Andreas Vogel <andreas.vogel@acme-corp.example>",
    "Prüfung AVV Cloud-Röntgenarchiv",
"""Liebe Kolleginnen und Kollegen,

die Zahnkliniken sollen ab Q2 ihre Röntgenbilder in einem Cloud-Archiv (RadiCloud GmbH, Hosting
in Frankfurt) ablegen. Bitte prüft den Auftragsverarbeitungsvertrag und die TOMs, die ich
angehängt habe. Wir möchten bis Mitte Dezember unterschreiben.

Beste Grüße
Dr. Andreas Vogel
Leiter IT Infrastruktur
Acme Corp Krankenversicherung a.G. | Tel. +49 89 2000 4410
Sitz München, Amtsgericht München HRB 000000
Diese E-Mail kann vertrauliche Informationen enthalten.""",
    TASK("andreas.vogel@acme-corp.example", "Andreas", "Vogel"))

add("de-20-task-dsfa-ki", "Miriam Schulze <miriam.schulze@acme-corp.example>",
    "DSFA für KI-gestützte Rechnungsprüfung",
"""Hallo,

wir pilotieren ab Februar ein KI-Modell, das eingereichte Arztrechnungen vorprüft und
auffällige Fälle markiert. Brauchen wir dafür eine Datenschutz-Folgenabschätzung? Falls ja,
können wir nächste Woche einen Termin machen?

Miriam Schulze
Leistungsmanagement""",
    TASK("miriam.schulze@acme-corp.example", "Miriam", "Schulze"))

add("de-21-task-schulung-muenchen", "Tobias Engel <tobias.engel@acme-corp.example>",
    "Datenschutzschulung Zahnklinik München",
"""Servus,
könnt ihr im Januar eine Datenschutzschulung für das Empfangsteam der Zahnklinik München
machen? Vor allem Thema Auskünfte am Telefon und Weitergabe an Angehörige. 12 Personen.
Danke, Tobias Engel (Klinikleitung)""",
    TASK("tobias.engel@acme-corp.example", "Tobias", "Engel"))

add("de-22-inc-fax-falsche-praxis", "Petra Neumann <petra.neumann@acme-corp.example>",
    "Fax an falsche Praxis",
"""Hallo,

ich habe heute Vormittag einen Befundbericht (Kieferchirurgie, Patientin aus Augsburg) an eine
falsche Faxnummer geschickt – Zahlendreher. Empfänger ist offenbar eine Physiotherapiepraxis in
Ulm. Ich habe dort angerufen, sie wollen das Fax vernichten. Was muss ich jetzt noch tun?

Petra Neumann
Zahnklinik Augsburg, Verwaltung""",
    INC("petra.neumann@acme-corp.example", "Petra", "Neumann"))

add("de-23-inc-fremde-schlafdaten", "Dominik Roth <dominik.roth@mailde.example>",
    "Fremde Daten in Ihrer App",
"""Guten Abend,

nach dem letzten App-Update wird mir im Dashboard der Name „Sandra Keller“ angezeigt, dazu
Schlafdaten, Gewicht und Herzfrequenz, die eindeutig nicht meine sind. Ich nehme an, sie sieht
umgekehrt meine. Bitte kümmern Sie sich darum.

Dominik Roth""",
    INC("dominik.roth@mailde.example", "Dominik", "Roth"))

add("de-24-inc-passwort-eingegeben", "Kevin Wagner <kevin.wagner@acme-corp.example>",
    "Passwort auf Fake-Seite eingegeben",
"""Hi, hab gerade auf einen Link in einer Mail „Ihr Microsoft-Konto läuft ab“ geklickt und mein
Passwort eingegeben. Erst danach gesehen, dass die Adresse komisch war. Passwort ist geändert,
IT weiß Bescheid. Über mein Postfach laufen Erstattungsanträge mit Arztberichten.
Kevin Wagner, Leistungsabteilung""",
    INC("kevin.wagner@acme-corp.example", "Kevin", "Wagner"))

add("de-25-fu-frist-abgelaufen", "Ursula Pfeiffer <ursula.pfeiffer@gmx.example>",
    "AW: [DSR-61904] Eingangsbestätigung Ihrer Anfrage",
"""Sehr geehrte Damen und Herren,

die Monatsfrist ist seit einer Woche abgelaufen. Ich bitte um umgehende Beantwortung, sonst
wende ich mich an die Aufsichtsbehörde.

Ursula Pfeiffer

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Betreff: [DSR-61904] Eingangsbestätigung Ihrer Anfrage
Ihre Anfrage wurde unter DSR-61904 erfasst.""",
    FU("61904", "ursula.pfeiffer@gmx.example", "Ursula", "Pfeiffer"))

add("de-26-fu-betreuerausweis", "Thomas Hartmann <thomas.hartmann@hartmann-fam.example>",
    "Re: Auskunftsersuchen für meine Mutter Ingeborg Hartmann",
"""Guten Tag,

anbei wie angekündigt der Betreuerausweis als PDF. Gibt es schon einen Zeitplan für die
Auskunft?

Thomas Hartmann""",
    FU(ref("de-07-betreuer-mutter"), "thomas.hartmann@hartmann-fam.example", "Thomas", "Hartmann"),
    headers=irt("de-07-betreuer-mutter"))

add("de-27-spam-darknet", "DatenSchutz24 <info@datenschutz24-hilfe.example>",
    "Ihre Daten im Darknet gefunden - jetzt löschen lassen",
"""Achtung!

Ihre E-Mail-Adresse und Gesundheitsdaten wurden in einem Darknet-Forum gefunden. Lassen Sie Ihre
persönlichen Daten jetzt von unseren Experten entfernen – nur 19,90 € einmalig.

Jetzt schützen >>""",
    IGN("spam", "info@datenschutz24-hilfe.example"), headers=SPAM_HDR)

add("de-28-spam-erbschaft", "Rechtsanwalt Dr. Michael Brown <m.brown.chambers@legal-uk-office.example>",
    "Vertraulich: Erbschaft 4,2 Mio EUR",
"""Sehr geehrter Freund,

ein verstorbener Kunde mit Ihrem Nachnamen hinterließ 4.200.000 EUR ohne Erben. Aus Gründen des
Datenschutzes bitte ich um strikte Vertraulichkeit. Senden Sie mir Ihren vollen Namen,
Ihre Bankverbindung und eine Ausweiskopie, damit wir fortfahren können.

Dr. Michael Brown""",
    IGN("spam", "m.brown.chambers@legal-uk-office.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="legal-uk-office.example")])

add("de-29-abwesenheit", "Sandra Hofmann <sandra.hofmann@steuerbuero-hofmann.example>",
    "Abwesenheitsnotiz: Ihre Anfrage",
"""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre E-Mail
wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an kanzlei@steuerbuero-hofmann.example.

Sandra Hofmann""",
    IGN("auto_reply", "sandra.hofmann@steuerbuero-hofmann.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("de-30-newsletter", "Datenschutz-Praxis <newsletter@datenschutz-praxis.example>",
    "Datenschutz-Praxis Newsletter 11/2026",
"""Datenschutz-Praxis – Ihr Newsletter im November

- Gesundheitsdaten in Apps: was Versicherer jetzt beachten müssen
- Muster: Auskunftsantwort nach Art. 15
- Seminar: DSFA kompakt

Abmelden: https://datenschutz-praxis.example/abmelden""",
    IGN("bulk", "newsletter@datenschutz-praxis.example"),
    headers=["List-Id: <newsletter.datenschutz-praxis.example>",
             "List-Unsubscribe: <https://datenschutz-praxis.example/abmelden>",
             "Precedence: bulk"])
