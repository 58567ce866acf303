from common import *  # part de: written blind

# ---------------------------------------------------------------- Anfragen
add("de-01-auskunft-absolvent", "Dr. Konstantin Weißenberger <k.weissenberger@postfach.example>",
    "Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

ich habe von 2009 bis 2015 an Ihrer Universität Physik studiert und dort promoviert
(Matrikelnummer 2193377). Hiermit ersuche ich gemäß Art. 15 DSGVO um Auskunft über sämtliche
zu meiner Person gespeicherten Daten sowie um eine Kopie dieser Daten, insbesondere aus der
Studierendenverwaltung, dem Promotionsbüro und dem Alumni-Netzwerk.

Bitte teilen Sie mir auch die Empfänger und die Speicherdauer mit.

Mit freundlichen Grüßen
Dr. Konstantin Weißenberger
""", R(["Access"], "k.weissenberger@postfach.example", "Konstantin", "Weißenberger"))

add("de-02-loeschung-bewerbung", "lena hofbauer <lenahofbauer07@webpost.example>",
    "bewerbung löschen",
    """hallo ich hab mich fürs wintersemester beworben aber hab jetzt nen platz woanders. bitte
löscht meine bewerbungsunterlagen und mein konto im bewerbungsportal
danke lena hofbauer""", R(["Erasure"], "lenahofbauer07@webpost.example", "Lena", "Hofbauer"))

add("de-03-widerspruch-proctoring", "Merve Aydın-Schulte <merve.aydin@studi-mail.example>",
    "Widerspruch gegen Online-Proctoring bei der Klausur Makroökonomie",
    """Sehr geehrte Datenschutzbeauftragte, sehr geehrter Datenschutzbeauftragter,

für die Wiederholungsklausur Makroökonomie am 14. Dezember ist eine Online-Aufsicht per
Proctoring-Software vorgesehen, die Webcam, Mikrofon und Bildschirm aufzeichnet und
automatisch "Auffälligkeiten" markiert.

Ich widerspreche dieser Verarbeitung meiner Daten und bitte um eine Präsenzklausur.
Außerdem möchte ich wissen, wer die Aufzeichnungen erhält, ob sie außerhalb der EU
gespeichert werden und wann sie gelöscht werden.

Mit freundlichen Grüßen
Merve Aydın-Schulte
Matr.-Nr. 4410276
""", R(["Opposition", "Information"], "merve.aydin@studi-mail.example", "Merve", "Aydın-Schulte"))

add("de-04-namensaenderung", "Friederike von Ahlefeldt <f.vonahlefeldt@postfach.example>",
    "Berichtigung meines Namens",
    """Guten Tag,

seit meiner Heirat im Juli heiße ich Friederike von Ahlefeldt-Brandt. In HISinOne, im
Wohnheimportal und auf meinem Studierendenausweis steht noch mein Geburtsname. Bitte
berichtigen Sie meinen Namen in allen Systemen. Eine Kopie der Heiratsurkunde füge ich bei.

Viele Grüße
Friederike von Ahlefeldt-Brandt
""", R(["Rectification"], "f.vonahlefeldt@postfach.example", "Friederike", "von Ahlefeldt-Brandt"))

add("de-05-grossbuchstaben-spenden", "HORST-DIETER KAMPMANN <hd.kampmann@altmail.example>",
    "KEINE ANRUFE MEHR",
    """ICH HABE 1979 BEI IHNEN EXAMEN GEMACHT UND WERDE JEDES JAHR VON STUDENTEN ANGERUFEN DIE
SPENDEN FÜR DEN FÖRDERVEREIN WOLLEN. ICH UNTERSAGE IHNEN HIERMIT JEDE WEITERE KONTAKTAUFNAHME
PER TELEFON UND POST ZU WERBEZWECKEN!!!

H.-D. KAMPMANN""", R(["Opposition"], "hd.kampmann@altmail.example", "Horst-Dieter", "Kampmann"))

add("de-06-wohnheimakte", "Jonas Schwarzenbach <jonas.schwarzenbach@familie.example>",
    "Auskunft Wohnheimakte",
    """Sehr geehrte Damen und Herren,

ich wohne im Studierendenwohnheim Am Mühlbach (Zimmer 2.08). Mir wurde wegen angeblicher
Mietrückstände die Kündigung angedroht, obwohl ich jeden Monat per Dauerauftrag zahle.

Ich bitte um Auskunft und eine Kopie aller Daten, die in meiner Wohnheimakte und in meinem
Mieterkonto gespeichert sind.

Mit freundlichen Grüßen
Jonas Schwarzenbach
""", R(["Access"], "jonas.schwarzenbach@familie.example", "Jonas", "Schwarzenbach"))

add("de-07-anwalt-mietrueckstand", "Kanzlei Brenner & Oyelowo <sekretariat@brenner-oyelowo.example>",
    "Mandantin Frau Anastasia Wolkowa - Auskunft und Berichtigung (Art. 15, 16 DSGVO)",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Anastasia Wolkowa, ehemalige Mieterin im Wohnheim
Hochschulstraße 12, anwaltlich vertreten. Vollmacht anbei.

Ihr Studierendenwerk führt unsere Mandantin mit einem Mietrückstand von 1.320,00 EUR, der
nachweislich beglichen wurde (Kontoauszüge anbei), und hat diese Forderung an ein
Inkassounternehmen übermittelt.

Namens und in Vollmacht unserer Mandantin fordern wir Sie auf,
1. gemäß Art. 15 DSGVO Auskunft über alle zu ihr gespeicherten Daten zu erteilen, einschließlich
   der an das Inkassounternehmen übermittelten Daten, und
2. gemäß Art. 16 DSGVO den unrichtigen Forderungsstand zu berichtigen und die Berichtigung
   dem Inkassounternehmen mitzuteilen.

Mit freundlichen Grüßen

Dr. Tobias Brenner
Rechtsanwalt

Brenner & Oyelowo Rechtsanwälte PartG mbB | Tel. 0221 555 0193
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat
sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail.
""", R(["Access", "Rectification"], "sekretariat@brenner-oyelowo.example", "Anastasia", "Wolkowa",
       representative="Tobias Brenner"))

add("de-08-datenuebertragbarkeit", "Jakob Lindqvist-Huber <jakob.lh@studi-mail.example>",
    "Notenübersicht maschinenlesbar",
    """Hallo,

ich wechsle zum Sommersemester an eine Hochschule in Österreich. Können Sie mir meine
Leistungsübersicht (Module, ECTS, Noten) in einem strukturierten, maschinenlesbaren Format
zur Verfügung stellen oder direkt an die dortige Studienabteilung übermitteln (Art. 20 DSGVO)?

Danke und Gruß
Jakob Lindqvist-Huber
""", R(["Portability"], "jakob.lh@studi-mail.example", "Jakob", "Lindqvist-Huber"))

add("de-09-automatisierte-zulassung", "Emilia Brzęczyszczykiewicz <emilia.brz@webpost.example>",
    "Ablehnung Masterzulassung - automatisch?",
    """Guten Tag,

meine Bewerbung für den Master Data Science wurde innerhalb weniger Minuten abgelehnt, laut
Bescheid weil mein "Ranking-Score" unter dem Grenzwert liegt. Meine polnische Bachelornote
wurde offenbar falsch umgerechnet. Ich verlange, dass meine Bewerbung von einem Menschen
geprüft wird, und möchte die Entscheidung anfechten.

Emilia Brzęczyszczykiewicz
""", R(["AutomatedDecision"], "emilia.brz@webpost.example", "Emilia", "Brzęczyszczykiewicz"))

add("de-10-html-videoueberwachung", "Leon Okonkwo-Reuter <leon.or@studi-mail.example>",
    "Kameras im Wohnheim",
    html("Hallo,",
         "im Gemeinschaftsraum und in der Waschküche des Wohnheims <b>Kastanienhof</b> hängen neue "
         "Kameras. Wozu werden die Aufnahmen genutzt, wie lange gespeichert, und wer schaut sie sich an?",
         "Gruß<br>Leon Okonkwo-Reuter<br>Zimmer 117"),
    R(["Information"], "leon.or@studi-mail.example", "Leon", "Okonkwo-Reuter"), ct=HTML)

add("de-11-lang-wuetend-beratung", "Charlotte Übelacker <charlotte.uebelacker@postfach.example>",
    "Beschwerde Psychosoziale Beratung",
    """Sehr geehrte Damen und Herren,

ich schreibe Ihnen, weil ich mich in einer Weise behandelt fühle, die ich nicht für möglich
gehalten hätte. Im Frühjahr war ich dreimal bei der psychosozialen Beratung des
Studierendenwerks, weil es mir nach dem Tod meiner Großmutter schlecht ging. Im Sommer habe
ich dann einen Antrag auf Nachteilsausgleich gestellt, und plötzlich wusste meine
Prüfungsausschussvorsitzende Details aus diesen Gesprächen, die ich dort nie erzählt habe.

Niemand konnte mir bisher erklären, wie das passiert ist. Die Beratungsstelle sagt, sie gebe
nichts weiter, das Prüfungsamt sagt, es habe die Informationen "aus der Akte".

Ich möchte, dass sämtliche Aufzeichnungen aus meinen Beratungsgesprächen gelöscht werden,
auch eventuelle Kopien im Prüfungsamt. Außerdem erwarte ich eine Erklärung, wie meine Daten
dorthin gelangt sind.

Ich bin wirklich enttäuscht.

Charlotte Übelacker
""", R(["Erasure", "Information"], "charlotte.uebelacker@postfach.example", "Charlotte", "Übelacker"))

add("de-12-aufbewahrung-klausuren", "Ole Petersen <ole.petersen@studi-mail.example>",
    "Wie lange werden Klausuren aufbewahrt?",
    """Moin, kurze Frage: wie lange bewahrt ihr korrigierte Klausuren und Prüfungsprotokolle auf,
und werden die irgendwann digitalisiert? Danke, Ole Petersen""",
    R(["Information"], "ole.petersen@studi-mail.example", "Ole", "Petersen"))

add("de-13-newsletter-ipad", "Svenja Hollerbach <svenja.hollerbach@webpost.example>",
    "Abmeldung",
    """Bitte nehmen Sie mich aus dem Verteiler für den Studieninteressierten-Newsletter. Danke.

Von meinem iPad gesendet
""", R(["Opposition"], "svenja.hollerbach@webpost.example", "Svenja", "Hollerbach"))

add("de-14-erbe-vater", "Matthias Reinholz-Ekwueme <m.reinholz@postfach.example>",
    "Daten meines verstorbenen Vaters",
    """Sehr geehrte Damen und Herren,

mein Vater, Prof. em. Walter Reinholz, ehemals Student und später Gasthörer an Ihrer
Universität, ist am 28. August verstorben. Als Alleinerbe möchte ich wissen, welche Daten Sie
über ihn gespeichert haben, und bitte anschließend um Löschung aller Daten, insbesondere im
Gasthörerverzeichnis und im Alumni-Netzwerk.

Erbschein und Sterbeurkunde kann ich vorlegen.

Mit freundlichen Grüßen
Matthias Reinholz-Ekwueme
""", R(["Access", "Erasure"], "m.reinholz@postfach.example", "Walter", "Reinholz",
       representative="Matthias Reinholz-Ekwueme"))

add("de-15-familienadresse", "Familie Dąbrowski-Meier <familie.dm@familie.example>",
    "Datenkopie und Export - Kacper Dąbrowski",
    """Hallo,

hier schreibt Kacper Dąbrowski (Informatik, 3. Semester), ich nutze die Mailadresse meiner
Eltern. Bitte antwortet an meine eigene Adresse.

Ich hätte gerne eine Kopie aller meiner Daten und außerdem meine Noten und Anwesenheiten aus
dem Lernportal als CSV-Export.

Danke!
Kacper
""", R(["Access", "Portability"], "kacper.dabrowski@studi-mail.example", "Kacper", "Dąbrowski"),
    headers=["Reply-To: Kacper Dąbrowski <kacper.dabrowski@studi-mail.example>"])

add("de-16-weiterleitung-alumniverein", "Ulrike Sternberg <ulrike.sternberg@acme-corp.example>",
    "WG: Weitergabe meiner Daten an den Alumniverein",
    """Liebe Kolleginnen und Kollegen vom Datenschutz,

anbei eine Nachricht, die bei uns im Studierendensekretariat eingegangen ist. Die Studentin
widerspricht der Weitergabe an den Alumniverein. Könnt ihr das übernehmen?

Beste Grüße
Ulrike Sternberg
Studierendensekretariat

-----Ursprüngliche Nachricht-----
Von: Zeynep Kılıç <zeynep.kilic@webpost.example>
Gesendet: Donnerstag, 12. November 2026 10:21
An: studierendensekretariat@acme-corp.example
Betreff: Weitergabe meiner Daten an den Alumniverein

Hallo, ich exmatrikuliere mich zum Semesterende. Ich möchte NICHT, dass meine Adresse und
E-Mail an den Alumniverein weitergegeben werden. Ich widerspreche dem ausdrücklich.
Zeynep Kılıç
""", R(["Opposition"], "ulrike.sternberg@acme-corp.example", "Zeynep", "Kılıç"))

add("de-17-nebenkosten", "Niklas Bauernfeind <niklas.bauernfeind@webpost.example>",
    "Nebenkostenabrechnung",
    """Hallo, ich habe meine Nebenkostenabrechnung für 2025 noch nicht bekommen, an wen muss ich
mich wenden? Wohnheim Lerchenfeld, Zi. 44. Gruß Niklas Bauernfeind""",
    R(["Unknown"], "niklas.bauernfeind@webpost.example", "Niklas", "Bauernfeind"))

add("de-18-ohne-namen", "m.grabowski.97@altmail.example",
    "konto",
    """löscht bitte mein konto im campusportal bin seit 2 jahren exmatrikuliert
grabowski""", R(["Erasure"], "m.grabowski.97@altmail.example", None, "Grabowski"))

add("de-19-latin1qp-anschrift", "Jürgen Größlinger <juergen.groesslinger@postfach.example>",
    "Änderung Anschrift und Geburtsort",
    """Sehr geehrte Damen und Herren,

bitte ändern Sie meine Anschrift in Ihren Unterlagen auf: Königsberger Straße 7, 90429 Nürnberg.
Außerdem ist mein Geburtsort falsch eingetragen: richtig ist Weißenburg i. Bay., nicht Würzburg.
Der Fehler steht auch auf meiner Immatrikulationsbescheinigung.

Mit freundlichen Grüßen
Jürgen Größlinger
""", R(["Rectification"], "juergen.groesslinger@postfach.example", "Jürgen", "Größlinger"),
    ct=LATIN1, encode="latin-1-qp")

add("de-20-cp1252-einschraenkung", "Amélie Sauerbrunn <amelie.sauerbrunn@studi-mail.example>",
    "Täuschungsvorwurf – Einschränkung der Verarbeitung",
    """Sehr geehrte Damen und Herren,

in meiner Akte beim Prüfungsamt ist ein „Täuschungsversuch“ in der Klausur Statistik II
vermerkt. Ich habe dagegen Widerspruch eingelegt, über den noch nicht entschieden ist.

Bis zur Entscheidung verlange ich nach Art. 18 DSGVO, dass dieser Vermerk nicht weiter
verwendet und insbesondere nicht an das Auslandsamt oder an das DAAD-Stipendienprogramm
weitergegeben wird.

Mit freundlichen Grüßen
Amélie Sauerbrunn
""", R(["Restriction"], "amelie.sauerbrunn@studi-mail.example", "Amélie", "Sauerbrunn"),
    ct=CP1252, encode="cp1252")

add("de-21-weiterleitung-anhang", "Frank Oberhollenzer <frank.oberhollenzer@acme-corp.example>",
    "WG: Anfrage Prüfungsunterlagen",
    "", R(["Access"], "frank.oberhollenzer@acme-corp.example", "Kristina", "Jovanović"),
    attached=("Kristina Jovanović <kristina.jovanovic@webpost.example>", "Anfrage Prüfungsunterlagen",
              """Sehr geehrte Damen und Herren,

ich bitte nach Art. 15 DSGVO um eine Kopie meiner Bachelorarbeit mit den Gutachten beider
Prüfer sowie aller Daten, die das Prüfungsamt über mich gespeichert hat.

Mit freundlichen Grüßen
Kristina Jovanović
Matrikelnummer 3308154
"""),
    note="""Hallo Datenschutz-Team,

die angehängte Mail kam ans Prüfungsamt. Das ist doch ein Auskunftsersuchen, oder? Bitte
übernehmt ihr die Bearbeitung, wir liefern die Unterlagen zu.

Frank Oberhollenzer
Prüfungsamt Wirtschaftswissenschaften
""")

# ---------------------------------------------------------------- Aufgaben
add("de-22-aufgabe-dsfa-campusapp", "Dr. Annika Vogelsang <annika.vogelsang@acme-corp.example>",
    "DSFA für neue Campus-App",
    """Hallo zusammen,

das Rechenzentrum möchte im Sommersemester eine Campus-App mit Standortfunktion
(Raumfinder, Anwesenheitserfassung per Bluetooth-Beacon) einführen. Wir brauchen dafür eine
Datenschutz-Folgenabschätzung. Könnt ihr uns einen Termin für ein Kick-off nennen?

Viele Grüße
Annika Vogelsang
Leiterin IT-Services
""", TASK("annika.vogelsang@acme-corp.example", "Annika", "Vogelsang"))

add("de-23-aufgabe-avv-wlan", "Moritz Achenbach <moritz.achenbach@acme-corp.example>",
    "AV-Vertrag WLAN-Anbieter Wohnheime",
    """Hallo,

für die Wohnheime übernimmt ab Januar ein externer Anbieter das WLAN (Login mit
Mieternummer). Im Anhang der Entwurf des Auftragsverarbeitungsvertrags nach Art. 28 DSGVO.
Bitte prüft den bis 4.12., dann kann die Vergabestelle unterschreiben.

Danke
Moritz Achenbach
Studierendenwerk - Technik
""", TASK("moritz.achenbach@acme-corp.example", "Moritz", "Achenbach"))

add("de-24-aufgabe-schulung-tutoren", "Petra Langenscheidt-Diop <petra.langenscheidt@acme-corp.example>",
    "Schulung Datenschutz für Tutorinnen und Tutoren",
    """Liebes Datenschutzteam,

könntet ihr zu Beginn des Sommersemesters eine kurze Datenschutzschulung (ca. 1 Stunde) für
unsere rund 60 studentischen Tutorinnen und Tutoren anbieten? Sie haben Zugriff auf
Abgaben und Punktelisten. Ein Termin im April wäre ideal.

Viele Grüße
Petra Langenscheidt-Diop
Zentrum für Lehre
""", TASK("petra.langenscheidt@acme-corp.example", "Petra", "Langenscheidt-Diop"))

# ---------------------------------------------------------------- Vorfälle
add("de-25-vorfall-fehlversand", "Holger Quast <holger.quast@acme-corp.example>",
    "Fehlversand Notenliste mit Matrikelnummern",
    """Hallo,

mir ist heute ein Fehler passiert: Ich habe die vollständige Notenliste der Klausur
Baustatik (312 Studierende, Namen, Matrikelnummern, Noten, Vermerke zu Nachteilsausgleich)
statt an das Prüfungsamt an den Mailverteiler aller Teilnehmenden geschickt.
Die Mail ging um 11:15 raus. Wie soll ich vorgehen?

Holger Quast
Wiss. Mitarbeiter, Lehrstuhl für Baustatik
""", INC("holger.quast@acme-corp.example", "Holger", "Quast"))

add("de-26-vorfall-einbruch-buero", "Sabine Wohlfahrt <sabine.wohlfahrt@acme-corp.example>",
    "Einbruch ins Wohnheimbüro",
    """Guten Morgen,

heute Nacht wurde in das Verwaltungsbüro des Wohnheims Rosenhöhe eingebrochen. Gestohlen
wurden ein Laptop und ein Ordner mit Mietverträgen und Kopien von Personalausweisen
(ca. 40 Mieterinnen und Mieter). Die Polizei war bereits da, Anzeige ist erstattet.

Sabine Wohlfahrt
Wohnheimverwaltung
0176 5550 2231
""", INC("sabine.wohlfahrt@acme-corp.example", "Sabine", "Wohlfahrt"))

add("de-27-vorfall-fremder-mietvertrag", "Yannick Berisha <yannick.berisha@webpost.example>",
    "Falscher Mietvertrag bekommen",
    """Hallo,

ich habe heute per Mail meinen neuen Mietvertrag bekommen sollen, im Anhang war aber der
Vertrag einer anderen Person (mit Adresse, Geburtsdatum und Kontodaten). Ich habe ihn
gelöscht. Meinen eigenen hab ich immer noch nicht.

Gruß Yannick Berisha
""", INC("yannick.berisha@webpost.example", "Yannick", "Berisha"))

add("de-28-vorfall-phishing-pruefungsamt", "Gudrun Feldmann-Ozturk <gudrun.feldmann@acme-corp.example>",
    "Auf Phishing-Link geklickt",
    """Hallo,

ich habe heute früh auf einen Link in einer Mail "Ihr Postfach ist voll" geklickt und mein
Kennwort eingegeben. Erst danach ist mir aufgefallen, dass die Absenderadresse komisch war.
Mit meinem Konto habe ich Zugriff auf die Prüfungsverwaltung. Kennwort habe ich inzwischen
geändert.

Gudrun Feldmann-Öztürk
Prüfungsamt Philosophische Fakultät
""", INC("gudrun.feldmann@acme-corp.example", "Gudrun", "Feldmann-Öztürk"))

# ---------------------------------------------------------------- Nachfragen
add("de-29-nachfrage-dsr", "Dr. Konstantin Weißenberger <k.weissenberger@postfach.example>",
    "AW: [DSR-44930] Eingangsbestätigung Ihres Auskunftsersuchens",
    """Sehr geehrte Damen und Herren,

vielen Dank für die Eingangsbestätigung. Die Monatsfrist ist nun abgelaufen. Bitte teilen Sie
mir mit, bis wann ich mit der Auskunft rechnen kann.

Mit freundlichen Grüßen
K. Weißenberger

> Ihre Anfrage wurde unter dem Aktenzeichen DSR-44930 registriert.
""", FU("44930", "k.weissenberger@postfach.example", "Konstantin", "Weißenberger"))

add("de-30-nachfrage-irt-proctoring", "Merve Aydın-Schulte <merve.aydin@studi-mail.example>",
    "AW: Widerspruch gegen Online-Proctoring bei der Klausur Makroökonomie",
    """Hallo,

ich warte noch auf eine Antwort zu meinem Widerspruch. Die Klausur ist in drei Wochen und die
Anmeldung für die Präsenzvariante schließt am Freitag.

Merve Aydın-Schulte
""", FU(ref("de-03-widerspruch-proctoring"), "merve.aydin@studi-mail.example", "Merve", "Aydın-Schulte"),
    headers=irt("de-03-widerspruch-proctoring"))

# ---------------------------------------------------------------- ignorieren
add("de-31-spam-abmahnung", "Datenschutz-Abmahnstelle <forderung@dsgvo-abmahnung.example>",
    "DSGVO-Abmahnung - Zahlungsaufforderung 1.480 EUR",
    """Sehr geehrte Damen und Herren,

auf Ihrer Website wurde ein Verstoß gegen die DSGVO festgestellt (Google Fonts). Zur
Vermeidung eines Gerichtsverfahrens zahlen Sie bitte binnen 5 Tagen 1.480 EUR auf das unten
genannte Konto. Nach Zahlung werden die erhobenen Daten gelöscht.

IBAN: LT12 3456 0000 1234 5678
""", IGN("spam", "forderung@dsgvo-abmahnung.example"), headers=SPAM_HDR)

add("de-32-spam-software-angebot", "Lukas Ferber | DataClean Pro <l.ferber@datacleanpro.example>",
    "Löschkonzept in 2 Wochen - für Hochschulen",
    """Hallo Datenschutzteam,

wussten Sie, dass Hochschulen durchschnittlich 40 % mehr personenbezogene Daten speichern als
nötig? DataClean Pro findet und löscht automatisch veraltete Studierendendaten.

Hätten Sie nächste Woche 15 Minuten für eine Demo?

Beste Grüße
Lukas Ferber
Sales Manager DACH
""", IGN("spam", "l.ferber@datacleanpro.example"))

add("de-33-abwesenheit", "Prof. Dr. Renate Hüsing <renate.huesing@partnerhochschule.example>",
    "Abwesenheitsnotiz: Kooperationsvertrag Studierendenaustausch",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30. November auf Dienstreise
und lese meine E-Mails nur unregelmäßig. In dringenden Fällen wenden Sie sich bitte an mein
Sekretariat.

Renate Hüsing
""", IGN("auto_reply", "renate.huesing@partnerhochschule.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-34-newsletter", "Datenschutz an Hochschulen <newsletter@ds-hochschulen.example>",
    "Newsletter 11/2026: Proctoring, Löschfristen, neue Musterverträge",
    """DATENSCHUTZ AN HOCHSCHULEN - Newsletter 11/2026

- Landesdatenschutzbeauftragte veröffentlicht Orientierungshilfe Online-Prüfungen
- Neue Musterverträge zur Auftragsverarbeitung
- Termine: Arbeitskreis Datenschutz der Hochschulen

Abmelden: https://ds-hochschulen.example/abmelden
""", IGN("bulk", "newsletter@ds-hochschulen.example"),
    headers=["List-Id: <newsletter.ds-hochschulen.example>",
             "List-Unsubscribe: <https://ds-hochschulen.example/abmelden>",
             "Precedence: bulk"])

add("de-35-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mail.postfach.example>",
    "Unzustellbar: Ihre Auskunft nach Art. 15 DSGVO", "",
    IGN("bounce", "MAILER-DAEMON@mail.postfach.example"), dsn=True)
