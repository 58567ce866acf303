# German (DE/AT/CH): mostly Acme as an employer (applicants, former employees, works council)
# and its insurance arm (Acme Versicherung).
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH, AUTOREPLY, ref, irt

add("de-01-bewerbung-loeschen-einzeiler", "Lena Hoffmann <lena.hoffmann@web.example>", "Bewerbung",
    """Bitte löschen Sie meine Bewerbungsunterlagen und alle dazugehörigen Daten. Danke, Lena Hoffmann
""", R(["Erasure"], "lena.hoffmann@web.example", "Lena", "Hoffmann"))

add("de-02-auskunft-art15-formell", "Dr. Matthias Krüger <m.krueger@t-online.example>", "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Auskunftsrecht gemäß Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Ist dies der Fall, bitte ich um Auskunft über

1. die Verarbeitungszwecke,
2. die Kategorien personenbezogener Daten,
3. die Empfänger, denen die Daten offengelegt wurden,
4. die geplante Speicherdauer,
5. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden,

sowie um eine Kopie der Daten gemäß Art. 15 Abs. 3 DSGVO.

Ich bin Versicherungsnehmer Ihrer Berufsunfähigkeitsversicherung (Vertragsnummer BU-2290314).

Für die Beantwortung setze ich Ihnen eine Frist von einem Monat ab Eingang dieses Schreibens.

Mit freundlichen Grüßen
Dr. Matthias Krüger
Hohenzollernring 22
50672 Köln
""", R(["Access"], "m.krueger@t-online.example", "Matthias", "Krüger"))

add("de-03-werbeanrufe-widerspruch", "Klaus Schäfer <klaus.schaefer1958@gmx.example>", "Werbeanrufe",
    """Guten Tag,

ich werde ständig von Ihrer Versicherung angerufen, zuletzt gestern Abend um 19:45, man wolle mir eine Zahnzusatzversicherung anbieten. Ich widerspreche hiermit der Nutzung meiner Telefonnummer und meiner Daten für Werbung jeder Art.

Klaus Schäfer
""", R(["Opposition"], "klaus.schaefer1958@gmx.example", "Klaus", "Schäfer"))

add("de-04-namensaenderung-heirat", "Julia Wagner <julia.wagner@posteo.example>", "Namensänderung",
    """Hallo,

ich habe im September geheiratet und heiße jetzt Julia Wagner (vorher Julia Becker). In meinem Kundenkonto und auf den Beitragsrechnungen steht noch der alte Name. Bitte ändern Sie das. Eine Kopie der Heiratsurkunde kann ich gerne nachreichen.

Viele Grüße
Julia Wagner
Versicherungsnummer KV-7781204
""", R(["Rectification"], "julia.wagner@posteo.example", "Julia", "Wagner"))

add("de-05-bewerber-online-test-automatisch", "Tobias Neumann <tobias.neumann@gmail.example>", "Absage nach Online-Test - Überprüfung",
    """Sehr geehrte Damen und Herren,

ich habe mich als Trainee im Bereich Controlling beworben und musste einen Online-Test machen. Zehn Minuten nach Abschluss kam bereits die automatische Absage. Offensichtlich hat kein Mensch meine Bewerbung gesehen.

Ich verlange gemäß Art. 22 DSGVO, dass meine Bewerbung von einer Person geprüft wird, und bitte um Erläuterung, nach welcher Logik der Test bewertet wurde.

Mit freundlichen Grüßen
Tobias Neumann
""", R(["AutomatedDecision"], "tobias.neumann@gmail.example", "Tobias", "Neumann"))

add("de-06-ehemaliger-personalakte", "Sven Richter <sven.richter@freenet.example>", "Personalakte / ehemaliger Mitarbeiter",
    """Hallo zusammen,

ich war bis 31.03.2026 bei der Acme Corp GmbH in Hamburg als Sachbearbeiter Schaden angestellt (Personalnummer 55812).

Ich möchte eine Kopie meiner Personalakte inklusive Abmahnungen, Beurteilungen und der Arbeitszeiterfassung der letzten zwei Jahre erhalten. Mein Arbeitszeugnis habe ich übrigens auch noch nicht bekommen, bitte leiten Sie das an die Personalabteilung weiter.

Gruß
Sven Richter
""", R(["Access"], "sven.richter@freenet.example", "Sven", "Richter"))

add("de-07-speicherdauer-bewerberdaten", "Aylin Demir <aylin.demir@outlook.example>", "Frage zu meinen Bewerberdaten",
    """Guten Tag,

ich habe mich im Sommer bei Ihnen beworben und eine Absage bekommen. Wie lange speichern Sie meine Unterlagen noch, und wer hat darauf Zugriff? Werden sie an andere Konzerngesellschaften weitergegeben? In der Datenschutzerklärung auf dem Bewerberportal steht dazu nichts Konkretes.

Danke und viele Grüße
Aylin Demir
""", R(["Information"], "aylin.demir@outlook.example", "Aylin", "Demir"))

add("de-08-einschraenkung-abmahnung", "Markus Lehmann <markus.lehmann@gmx.example>", "Einschränkung der Verarbeitung - Abmahnung vom 12.10.",
    """Sehr geehrte Damen und Herren,

ich bin Mitarbeiter im Kundenservice in Leipzig. Gegen die Abmahnung vom 12.10.2026 habe ich über meinen Anwalt Widerspruch eingelegt, da der Sachverhalt nachweislich falsch ist.

Bis zur Klärung verlange ich nach Art. 18 DSGVO die Einschränkung der Verarbeitung dieser Daten. Die Abmahnung darf insbesondere nicht bei der anstehenden Leistungsbeurteilung oder Beförderungsentscheidungen verwendet werden.

Mit freundlichen Grüßen
Markus Lehmann
""", R(["Restriction"], "markus.lehmann@gmx.example", "Markus", "Lehmann"))

add("de-09-datenuebertragung-neue-versicherung", "Petra Zimmermann <petra.zimmermann@web.example>", "Übertragung meiner Vertragsdaten",
    """Sehr geehrte Damen und Herren,

ich wechsle zum Jahresende meine Kfz-Versicherung. Bitte stellen Sie mir meine Vertrags- und Schadendaten in einem strukturierten, gängigen und maschinenlesbaren Format zur Verfügung (Art. 20 DSGVO), damit ich sie dem neuen Versicherer übermitteln kann.

Vertragsnummer: KFZ-4410982

Freundliche Grüße
Petra Zimmermann
""", R(["Portability"], "petra.zimmermann@web.example", "Petra", "Zimmermann"))

add("de-10-anwalt-fuer-mandant", "RA Dr. Florian Brandt <brandt@kanzlei-brandt.example>", "Mandant Herr Stefan Wolf ./. Acme Versicherung AG",
    """Sehr geehrte Damen und Herren,

in obiger Angelegenheit zeige ich an, dass mich Herr Stefan Wolf, wohnhaft in München, mit der Wahrnehmung seiner rechtlichen Interessen beauftragt hat. Eine auf mich lautende Vollmacht liegt bei.

Namens und in Vollmacht meines Mandanten mache ich hiermit dessen Auskunftsanspruch nach Art. 15 DSGVO geltend. Bitte übersenden Sie mir eine vollständige Kopie sämtlicher zu meinem Mandanten gespeicherter personenbezogener Daten, insbesondere der Leistungsakte zum Schadenfall vom 03.05.2026 einschließlich aller eingeholten Gutachten.

Ferner verlange ich, dass die unrichtige Angabe zu Vorerkrankungen in Ihren Unterlagen berichtigt wird.

Mit freundlichen Grüßen

Dr. Florian Brandt
Rechtsanwalt
Kanzlei Brandt, Leopoldstraße 10, 80802 München
""", R(["Access", "Rectification"], "brandt@kanzlei-brandt.example", "Stefan", "Wolf", representative="Florian Brandt"))

add("de-11-mutter-ausbildungsbewerbung", "Sabine Koch <sabine.koch@t-online.example>", "Bewerbung meines Sohnes Jonas Koch",
    """Guten Tag,

mein Sohn Jonas Koch (15 Jahre) hat sich über Ihr Portal für einen Ausbildungsplatz zum Kaufmann für Versicherungen beworben. Er hat sich inzwischen für eine andere Stelle entschieden.

Als Erziehungsberechtigte bitte ich Sie, sein Bewerberkonto und sämtliche Daten (Zeugnisse, Foto, Lebenslauf) zu löschen.

Mit freundlichen Grüßen
Sabine Koch
""", R(["Erasure"], "sabine.koch@t-online.example", "Jonas", "Koch", representative="Sabine Koch"))

add("de-12-erbin-verstorbener-vater", "Monika Schulz <monika.schulz@gmx.example>", "Verstorbener Versicherungsnehmer Herbert Schulz",
    """Sehr geehrte Damen und Herren,

mein Vater, Herbert Schulz (geb. 14.06.1939), ist am 28.09.2026 verstorben. Ich bin Alleinerbin, der Erbschein liegt bei.

Ich möchte wissen, welche Daten über meinen Vater bei Ihnen gespeichert sind und bitte um eine Aufstellung bzw. Kopie, insbesondere zu den Lebens- und Rentenversicherungsverträgen, da ich den Nachlass ordnen muss.

Mit freundlichen Grüßen
Monika Schulz
""", R(["Access"], "monika.schulz@gmx.example", "Herbert", "Schulz", representative="Monika Schulz"))

add("de-13-dsgvo-rechte-allgemein", "Jan Fischer <jan.fischer84@gmail.example>", "DSGVO",
    """Hallo,

ich möchte meine Rechte nach der DSGVO wahrnehmen. An wen muss ich mich wenden?

Gruß Jan Fischer
""", R(["Unknown"], "jan.fischer84@gmail.example", "Jan", "Fischer"))

add("de-14-html-auskunft-versicherung", "Heike Braun <heike.braun@web.example>", "Anfrage",
    html("Sehr geehrte Damen und Herren,",
         "bitte senden Sie mir eine Übersicht aller Daten, die Sie zu meiner Person gespeichert haben, "
         "einschließlich der Daten aus meinen Gesundheitsfragen beim Vertragsabschluss.",
         "Mit freundlichen Grüßen<br>Heike Braun<br>Tel. 0171 2345678"),
    R(["Access"], "heike.braun@web.example", "Heike", "Braun"), ct=HTML)

add("de-15-qp-umlaute-loeschung-konto", "Jürgen Weiß <juergen.weiss@arcor.example>", "Kündigung und Löschung",
    """Sehr geehrte Damen und Herren,

hiermit kündige ich meine Hausratversicherung fristgerecht zum 31.12.2026 und bitte Sie, nach Vertragsende meine personenbezogenen Daten zu löschen, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen. Bitte bestätigen Sie mir die Kündigung und die Löschung schriftlich.

Mit freundlichen Grüßen
Jürgen Weiß
Gärtnerstraße 5, 90402 Nürnberg
""", R(["Erasure"], "juergen.weiss@arcor.example", "Jürgen", "Weiß"), encode="latin-1-qp")

add("de-16-grossbuchstaben-newsletter", "rudi.k@gmx.example", "HOERT ENDLICH AUF",
    """ICH HABE MICH SCHON ZWEIMAL VOM NEWSLETTER ABGEMELDET UND BEKOMME IMMER NOCH JEDE WOCHE WERBUNG. ICH WILL KEINE MAILS MEHR VON EUCH!!!!
""", R(["Opposition"], "rudi.k@gmx.example"))

add("de-17-familienadresse-reply-to", "Familie Bauer <familie.bauer@t-online.example>", "Auskunft",
    """Hallo,

hier schreibt Anna Bauer. Ich bin über meinen Mann mitversichert in der Krankenzusatzversicherung, möchte aber eine eigene Auskunft über meine gespeicherten Daten (insbesondere Gesundheitsdaten). Bitte antworten Sie an meine persönliche Adresse.

Anna Bauer
""", R(["Access"], "anna.bauer.privat@gmx.example", "Anna", "Bauer"),
    headers=["Reply-To: Anna Bauer <anna.bauer.privat@gmx.example>"])

add("de-18-weiterleitung-hr-inline", "Carina Voigt <carina.voigt@acme-corp.example>", "WG: Löschung meiner Daten",
    """Hallo Datenschutz-Team,

das kam im Recruiting-Postfach an, könnt ihr das übernehmen?

Danke
Carina

Von: Dominik Engel <dominik.engel@gmx.example>
Gesendet: Sonntag, 15. November 2026 20:11
An: recruiting@acme-corp.example
Betreff: Löschung meiner Daten

Hallo,
ich habe letztes Jahr an Ihrem Assessment Center in Frankfurt teilgenommen. Bitte löschen Sie alle meine Daten, auch aus dem Talentpool. Ich möchte nicht mehr kontaktiert werden.
Dominik Engel
""", R(["Erasure"], "dominik.engel@gmx.example", "Dominik", "Engel"))

add("de-19-weiterleitung-anhang-berichtigung", "Oliver Hahn <oliver.hahn@acme-corp.example>", "WG: falsche Adresse",
    "", R(["Rectification"], "g.schmitt@online.example", "Gisela", "Schmitt"),
    attached=("Gisela Schmitt <g.schmitt@online.example>", "falsche Adresse",
              """Guten Tag,

seit meinem Umzug im Juli gehen alle Ihre Schreiben an meine alte Adresse. Die richtige Anschrift lautet: Am Markt 3, 01067 Dresden. Außerdem ist mein Geburtsdatum falsch gespeichert (richtig: 21.01.1962). Bitte korrigieren Sie beides.

Gisela Schmitt
"""),
    note="Hallo, Kundin hat an die Vertriebsadresse geschrieben, bitte übernehmen. VG Oliver\n")

add("de-20-auskunft-und-loeschung", "Nina Schröder <nina.schroeder@mailbox.example>", "Meine Daten",
    """Guten Tag,

ich bitte um Auskunft, welche Daten Sie über mich gespeichert haben. Anschließend möchte ich, dass alle Daten gelöscht werden, die Sie nicht aus rechtlichen Gründen aufbewahren müssen.

Nina Schröder
""", R(["Access", "Erasure"], "nina.schroeder@mailbox.example", "Nina", "Schröder"))

add("de-21-schweiz-werbung-per-post", "Beat Zürcher <beat.zuercher@bluewin.example>", "Werbesendungen",
    """Grüezi

Ich erhalte regelmässig Werbesendungen von Acme Versicherung per Post, obwohl ich seit Jahren keinen Vertrag mehr bei Ihnen habe. Bitte streichen Sie meine Adresse aus Ihren Werbeverteilern.

Freundliche Grüsse
Beat Zürcher
""", R(["Opposition"], "beat.zuercher@bluewin.example", "Beat", "Zürcher"))

add("de-22-langer-beschwerdebrief-auskunft", "Hans-Peter Vogel <hp.vogel@t-online.example>", "Beschwerde Schadenregulierung Wasserschaden",
    """Sehr geehrte Damen und Herren,

seit nunmehr vier Monaten warte ich auf die Regulierung meines Wasserschadens vom 18. Juli. Ihr Gutachter war am 2. August vor Ort, seitdem herrscht Funkstille. Auf meine E-Mails vom 20.08., 15.09. und 12.10. habe ich keine Antwort erhalten, am Telefon werde ich vertröstet.

Inzwischen hat sich in zwei Räumen Schimmel gebildet, die Sanierungskosten steigen täglich. Ich habe meinen Anwalt eingeschaltet und werde mich bei der BaFin beschweren.

Damit ich nachvollziehen kann, was in meinem Fall eigentlich passiert ist, verlange ich eine Kopie aller zu meiner Person und zu diesem Schaden gespeicherten Daten, einschließlich des Gutachtens und aller internen Vermerke. Das ist mein gutes Recht nach der DSGVO.

Ich erwarte eine umgehende Stellungnahme.

Hans-Peter Vogel
Schadennummer WS-26-08812
""", R(["Access"], "hp.vogel@t-online.example", "Hans-Peter", "Vogel"))

add("de-23-oesterreich-widerspruch-profiling", "Elisabeth Gruber <e.gruber@aon.example>", "Widerspruch Profiling",
    """Sehr geehrte Damen und Herren,

ich habe erfahren, dass Sie die Daten Ihrer Kunden auswerten, um ihnen "passende Zusatzprodukte" anzubieten. Ich widerspreche der Verarbeitung meiner Daten zu Zwecken des Direktmarketings und des damit verbundenen Profilings.

Mit freundlichen Grüßen
Elisabeth Gruber
Wien
""", R(["Opposition"], "e.gruber@aon.example", "Elisabeth", "Gruber"))

add("de-24-arbeitnehmer-videoueberwachung-frage", "Kevin Schmitz <kevin.schmitz@gmail.example>", "Kameras im Lager Duisburg",
    """Hallo,

ich arbeite im Lager in Duisburg (über Zeitarbeit, aber für Acme). Seit Kurzem hängen dort neue Kameras, auch über dem Pausenbereich. Ich wüsste gerne, wozu die Aufnahmen genutzt werden, wie lange sie gespeichert werden und ob damit unsere Leistung kontrolliert wird.

Kevin Schmitz
""", R(["Information"], "kevin.schmitz@gmail.example", "Kevin", "Schmitz"))

add("de-25-falsche-gesundheitsangabe-einschraenkung", "Andrea Lange <andrea.lange@web.example>", "Falsche Diagnose in meiner Akte",
    """Sehr geehrte Damen und Herren,

in meiner Leistungsakte ist eine Diagnose (F32.1) vermerkt, die ich nie hatte; offenbar wurde eine Rechnung falsch zugeordnet. Bitte berichtigen Sie das umgehend. Bis die Berichtigung erfolgt ist, darf diese Angabe nicht verwendet werden, insbesondere nicht bei der Prüfung meines Antrags auf eine Berufsunfähigkeitsversicherung.

Andrea Lange
""", R(["Rectification", "Restriction"], "andrea.lange@web.example", "Andrea", "Lange"))

add("de-26-iphone-loeschen-konto-app", "Max Hartmann <max.hartmann@icloud.example>", "App Konto",
    """Hi, bitte mein Konto in der Acme Versicherungs-App löschen samt allen Daten, nutze die App nicht mehr. Danke!

Von meinem iPhone gesendet
""", R(["Erasure"], "max.hartmann@icloud.example", "Max", "Hartmann"))

add("de-27-betriebsrat-auskunft-gehalt", "Ute Krause <ute.krause@gmx.example>", "Auskunft Gehaltsdaten",
    """Guten Tag,

ich bin seit 2014 Mitarbeiterin in der Buchhaltung (Personalnummer 31177) und schreibe von meiner privaten Adresse. Ich bitte um Auskunft über alle Daten, die die Personalabteilung über mich gespeichert hat, einschließlich Gehaltshistorie, Krankheitstage und Bewertungen aus dem Talentmanagement-System.

Viele Grüße
Ute Krause
""", R(["Access"], "ute.krause@gmx.example", "Ute", "Krause"))

add("de-28-frage-plus-widerspruch-schufa", "Thomas Becker <th.becker@gmx.example>", "Beitragserhöhung und Schufa",
    """Hallo,

warum ist mein Beitrag für die Privathaftpflicht um 18 % gestiegen? Außerdem habe ich gesehen, dass Sie bei Vertragsabschluss eine Schufa-Abfrage gemacht haben. Das will ich nicht. Ich widerspreche der weiteren Übermittlung meiner Daten an die Schufa.

Thomas Becker
""", R(["Opposition"], "th.becker@gmx.example", "Thomas", "Becker"))

# ---- ignore ----
add("de-29-phish-konto-gesperrt", "Sparkasse Online <sicherheit@sparkasse-kundenservice.example>", "Wichtig: Ihr Online-Banking wurde eingeschränkt",
    """Sehr geehrter Kunde,

aufgrund der neuen EU-Sicherheitsrichtlinie müssen alle Kunden ihre Daten bis zum 20.11.2026 bestätigen. Andernfalls wird Ihr Zugang zum Online-Banking gesperrt.

Jetzt bestätigen: http://sparkasse-kundenservice.example/legitimation

Ihre Sparkasse
""", IGN("spam"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="sparkasse-kundenservice.example")])

add("de-30-abmahnung-dsgvo-betrug", "Rechtsanwaltskanzlei Dr. Hellwig <abmahnung@kanzlei-dsgvo-recht.example>", "Abmahnung wegen DSGVO-Verstoß - Zahlungsaufforderung",
    """Sehr geehrte Damen und Herren,

unsere Mandantin hat festgestellt, dass auf Ihrer Webseite Google Fonts ohne Einwilligung eingebunden sind. Dies stellt einen Verstoß gegen die DSGVO dar.

Zur Vermeidung einer gerichtlichen Auseinandersetzung fordern wir Sie auf, binnen 7 Tagen einen Betrag von 170,00 EUR Schadensersatz auf das folgende Konto zu überweisen:
IBAN: LT12 3456 7890 1234 5678, Verwendungszweck: DSGVO-88123

Nach Zahlungseingang werden sämtliche Daten Ihrer Firma aus unseren Unterlagen gelöscht.

Hochachtungsvoll
""", IGN("spam"), headers=SPAM_HDR)

add("de-31-gewinn-paket-abmelden", "DHL Zustellung <info@paket-zustellung-info.example>", "Ihr Paket konnte nicht zugestellt werden",
    """Hallo,

Ihr Paket konnte heute nicht zugestellt werden, da die Zollgebühr von 1,89 EUR nicht bezahlt wurde. Bitte bezahlen Sie innerhalb von 24 Stunden, sonst wird das Paket zurückgesendet.

Jetzt bezahlen: http://paket-zustellung-info.example/zahlung

Sie möchten keine Benachrichtigungen mehr? Hier abmelden und Daten löschen.
""", IGN("spam"))

add("de-32-krypto-investment", "Michael Schneider <investment.schneider@gmail.example>", "Verdienen Sie 3.000 € pro Woche mit Bitcoin",
    """Hallo,

ich habe mit dieser neuen Krypto-Plattform in nur 3 Monaten 48.000 € verdient. Die Software handelt vollautomatisch, Sie brauchen nur 250 € Startkapital. Plätze sind begrenzt!

Jetzt registrieren und sofort Gewinne sehen: http://krypto-auto-profit.example

Beste Grüße
Michael
""", IGN("spam"), headers=["Reply-To: m.schneider.invest@mail.example"])

add("de-33-abwesenheitsnotiz", "Katrin Seidel <katrin.seidel@stadtwerke-halle.example>", "Abwesenheitsnotiz: Ihre Anfrage",
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 24.11.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an datenschutz@stadtwerke-halle.example.

Mit freundlichen Grüßen
Katrin Seidel
""", IGN("auto_reply"), headers=AUTOREPLY)

add("de-34-newsletter-datenschutz-fachblatt", "Datenschutz-Praxis <newsletter@datenschutz-praxis.example>", "Datenschutz-Praxis Newsletter 46/2026",
    """DATENSCHUTZ-PRAXIS NEWSLETTER 46/2026

- EuGH: Neues Urteil zum Schadensersatz nach Art. 82 DSGVO
- Beschäftigtendatenschutz: Was gilt bei KI im Recruiting?
- Checkliste: Auskunftsersuchen richtig beantworten

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://datenschutz-praxis.example/abmelden
""", IGN("bulk"), headers=["List-Unsubscribe: <https://datenschutz-praxis.example/abmelden?id=55120>",
                           "List-Id: Datenschutz-Praxis <news.datenschutz-praxis.example>", "Precedence: list"])

add("de-35-unzustellbar", "Mail Delivery Subsystem <MAILER-DAEMON@mx.acme-corp.example>", "Unzustellbar: Ihre Anfrage",
    "", IGN("bounce"), dsn=True)

# ---- tasks ----
add("de-36-aufgabe-avv-bewerbermanagement", "Christina Schwarz <christina.schwarz@acme-corp.example>", "AVV mit neuem Bewerbermanagement-Tool",
    """Hallo liebes Datenschutz-Team,

wir wollen ab Q1 das Bewerbermanagement-System "TalentFlow" einführen. Der Anbieter hat uns seinen Auftragsverarbeitungsvertrag geschickt (Server in den USA, Unterauftragnehmer u.a. für KI-gestütztes CV-Parsing).

Könnt ihr den AVV prüfen und uns sagen, ob wir so unterschreiben können? Der Betriebsrat will auch noch eingebunden werden.

Danke und viele Grüße
Christina Schwarz
HR Recruiting
""", TASK("christina.schwarz@acme-corp.example", "Christina", "Schwarz"))

add("de-37-aufgabe-vvt-zeiterfassung", "Frank Ludwig <frank.ludwig@acme-corp.example>", "Verzeichnis von Verarbeitungstätigkeiten - neue Zeiterfassung",
    """Moin,

die neue elektronische Zeiterfassung (mit Fingerabdruck-Terminals in der Logistik) ist seit 1.11. live. Das Verarbeitungsverzeichnis muss dafür ergänzt werden, oder? Ich habe die Beschreibung vom Dienstleister angehängt. Meldet euch, wenn ihr noch Infos braucht.

Frank Ludwig
Leiter Personaladministration
""", TASK("frank.ludwig@acme-corp.example", "Frank", "Ludwig"))

add("de-38-aufgabe-dsfa-ki-schadenpruefung", "Dr. Ralf Peters <ralf.peters@acme-corp.example>", "DSFA für KI-gestützte Schadenprüfung",
    """Hallo zusammen,

wir planen, Kfz-Schadenfotos künftig durch ein KI-Modell vorprüfen zu lassen, das auch Betrugsverdacht markiert. Laut Compliance brauchen wir dafür eine Datenschutz-Folgenabschätzung.

Könnt ihr die DSFA mit uns durchführen? Projektstart wäre Februar.

Beste Grüße
Ralf Peters
Abteilungsleiter Schadenmanagement Kfz
""", TASK("ralf.peters@acme-corp.example", "Ralf", "Peters"))

add("de-39-aufgabe-schulung-fuehrungskraefte", "Melanie Graf <melanie.graf@acme-corp.example>", "Datenschutzschulung für neue Teamleiter",
    """Hallo,

wir haben 14 neue Teamleiter, die noch keine Datenschutzunterweisung hatten, insbesondere zu Mitarbeitergesprächen, Krankmeldungen und Personalakten. Könntet ihr im Dezember eine Schulung (ca. 2 Stunden, gerne online) anbieten?

Viele Grüße
Melanie Graf
Personalentwicklung
""", TASK("melanie.graf@acme-corp.example", "Melanie", "Graf"))

# ---- incidents ----
add("de-40-vorfall-personalakten-altpapier", "Bernd Keller <bernd.keller@acme-corp.example>", "Personalunterlagen im Altpapier gefunden",
    """Hallo,

ein Mitarbeiter hat mich heute darauf hingewiesen, dass im offenen Altpapiercontainer hinter dem Verwaltungsgebäude in Kassel Ausdrucke mit Gehaltsabrechnungen und Krankmeldungen von ca. 30 Kollegen lagen. Der Container wird auch von den Nachbarfirmen genutzt.

Ich habe die Unterlagen eingesammelt und weggeschlossen. Wie gehen wir weiter vor?

Bernd Keller
Standortleiter Kassel
""", INC("bernd.keller@acme-corp.example", "Bernd", "Keller"))

add("de-41-vorfall-bewerbungen-falscher-verteiler", "Laura Schmid <laura.schmid@acme-corp.example>", "Bewerbungsunterlagen an falschen Verteiler geschickt",
    """Hallo Datenschutz,

ich habe heute Morgen versehentlich die Bewerbungsunterlagen von 12 Kandidaten (Lebensläufe, Zeugnisse, Gehaltsvorstellungen) an den Verteiler "alle-mitarbeiter-nord" geschickt statt an die Fachabteilung. Das sind ca. 400 Empfänger. Ich habe versucht, die Mail zurückzurufen, aber sie wurde schon von vielen geöffnet.

Es tut mir sehr leid.

Laura Schmid
HR Business Partner
""", INC("laura.schmid@acme-corp.example", "Laura", "Schmid"))

add("de-42-vorfall-dienstleister-hack", "Security Team <security@lohnservice-nord.example>", "Sicherheitsvorfall bei Lohnservice Nord GmbH - Information an Auftraggeber",
    """Sehr geehrte Damen und Herren,

als Ihr Auftragsverarbeiter für die Lohn- und Gehaltsabrechnung informieren wir Sie gemäß Art. 33 Abs. 2 DSGVO über einen Sicherheitsvorfall.

Am 14.11.2026 wurde festgestellt, dass Unbefugte über ein kompromittiertes Administratorkonto Zugriff auf unser Abrechnungssystem hatten. Nach derzeitigem Stand könnten Stammdaten und Abrechnungen Ihrer Beschäftigten (Name, Anschrift, Steuer-ID, Sozialversicherungsnummer, Bankverbindung) betroffen sein.

Wir haben den Zugang gesperrt, forensische Experten beauftragt und die zuständige Aufsichtsbehörde informiert. Weitere Informationen folgen.

Mit freundlichen Grüßen
Andreas Baumann
Informationssicherheitsbeauftragter
Lohnservice Nord GmbH
""", INC("security@lohnservice-nord.example", "Andreas", "Baumann"))

add("de-43-vorfall-usb-stick-bahn", "Simon Frank <simon.frank@acme-corp.example>", "USB-Stick verloren",
    """Hi,

mir ist gestern in der S-Bahn vermutlich ein USB-Stick aus der Tasche gefallen. Darauf waren die Präsentation für den Vertriebsworkshop und leider auch eine Liste mit Kundenkontakten aus dem Raum Stuttgart (Name, Telefonnummer, Vertragsart). Verschlüsselt war er nicht.

Was muss ich tun?

Simon Frank
Außendienst
""", INC("simon.frank@acme-corp.example", "Simon", "Frank"))

# ---- follow-ups ----
add("de-44-rueckmeldung-ausweis", "Gerhard Maier <gerhard.maier@t-online.example>", "AW: [DSR-30761] Ihre Anfrage",
    """Sehr geehrte Damen und Herren,

anbei wie gewünscht eine Kopie meines Personalausweises (geschwärzt bis auf Name, Anschrift und Geburtsdatum).

Mit freundlichen Grüßen
Gerhard Maier

-----Ursprüngliche Nachricht-----
Von: Acme Corp Datenschutz <privacy@acme-corp.example>
Gesendet: Freitag, 13. November 2026 09:40
Betreff: [DSR-30761] Ihre Anfrage

Sehr geehrter Herr Maier, zur Bearbeitung Ihrer Anfrage benötigen wir einen Identitätsnachweis.
""", FU("30761", "gerhard.maier@t-online.example", "Gerhard", "Maier"))

add("de-45-erinnerung-auf-eigene-mail", "Tobias Neumann <tobias.neumann@gmail.example>", "Re: Absage nach Online-Test - Überprüfung",
    """Sehr geehrte Damen und Herren,

ich habe auf meine untenstehende E-Mail bisher keine Antwort erhalten. Ich bitte um Bestätigung des Eingangs und Mitteilung, bis wann mit einer Überprüfung zu rechnen ist.

Tobias Neumann

Am 02.11.2026 schrieb Tobias Neumann:
> Sehr geehrte Damen und Herren,
> ich habe mich als Trainee im Bereich Controlling beworben...
""", FU(ref("de-05-bewerber-online-test-automatisch"), "tobias.neumann@gmail.example", "Tobias", "Neumann"),
    headers=irt("de-05-bewerber-online-test-automatisch"))

add("de-46-nachfrage-unvollstaendig", "Dr. Matthias Krüger <m.krueger@t-online.example>", "AW: [DSR-30420] Ihre Auskunft nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Auskunft. Sie ist allerdings unvollständig: Es fehlen die Angaben zu den Empfängern und die Kopie der ärztlichen Gutachten. Ich bitte um Ergänzung innerhalb von 14 Tagen.

Mit freundlichen Grüßen
Dr. Matthias Krüger
""", FU("30420", "m.krueger@t-online.example", "Matthias", "Krüger"))
