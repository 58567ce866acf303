from common import *  # part de: written blind

add("de-01-auskunft-art15",
    "Katharina Weiß <katharina.weiss@posteo-aehnlich.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft nach Art. 15 DSGVO Gebrauch. Bitte teilen
Sie mir mit, welche personenbezogenen Daten Sie zu meiner Person gespeichert haben
(Streaming-Konto, Beitragskonto, Korrespondenz), und stellen Sie mir eine Kopie dieser
Daten zur Verfügung.

Für die Beantwortung setze ich Ihnen die gesetzliche Frist von einem Monat.

Mit freundlichen Grüßen
Katharina Weiß
Lindenstraße 12
10969 Berlin
""",
    R(["Access"], "katharina.weiss@posteo-aehnlich.example", "Katharina", "Weiß"))

add("de-02-konto-weg",
    "xx.gamer.xx@spielpost.example",
    "löschen",
    """bitte konto löschen danke
""",
    R(["Erasure"], "xx.gamer.xx@spielpost.example"))

add("de-03-doktortitel-geburtsdatum",
    "Dr. Friedrich von Hohenberg <f.vonhohenberg@kanzlei-hb.example>",
    "Berichtigung meiner Stammdaten",
    """Sehr geehrte Damen und Herren,

in Ihren Schreiben werde ich als "Herr Friedrich Hohenberg, geb. 12.03.1975" geführt.
Korrekt ist: Dr. Friedrich von Hohenberg, geboren am 21.03.1957. Ich bitte um
Berichtigung in sämtlichen Systemen.

Mit freundlichen Grüßen
Dr. F. von Hohenberg
""",
    R(["Rectification"], "f.vonhohenberg@kanzlei-hb.example", "Friedrich", "von Hohenberg"))

add("de-04-widerspruch-caps",
    "Helga Brandt <helga.brandt@t-netz.example>",
    "WIDERSPRUCH WERBUNG",
    """ICH WIDERSPRECHE DER NUTZUNG MEINER DATEN FÜR WERBUNG JEDER ART. KEINE NEWSLETTER,
KEINE ANRUFE, KEINE BRIEFE MIT "EXKLUSIVEN ANGEBOTEN". ENDGÜLTIG.

HELGA BRANDT
""",
    R(["Opposition"], "helga.brandt@t-netz.example", "Helga", "Brandt"))

add("de-05-doppeltes-beitragskonto",
    "Uwe Schmitz <uwe.schmitz@heimnetz.example>",
    "Jetzt reicht es endgültig – doppeltes Beitragskonto",
    """Guten Tag,

ich schreibe Ihnen jetzt zum vierten Mal. Seit meinem Umzug von Köln nach Bonn im Januar
habe ich bei Ihnen ZWEI Beitragskonten. Für beide bekomme ich Zahlungsaufforderungen,
für das alte inzwischen sogar eine Mahnung mit Säumniszuschlag. Ich zahle seit Jahren
pünktlich, per Lastschrift, nie gab es ein Problem.

Die Hotline sagt mir jedes Mal, das werde "zusammengeführt". Passiert ist nichts. Letzte
Woche kam dann auch noch ein Brief an "Uwe Schmidt", also mit falschem Nachnamen, an die
alte Adresse. Meine Nachmieterin fand das sehr lustig.

Ich erwarte, dass Sie das alte Konto (Köln) mit allen Daten löschen und auf dem neuen
Konto meinen Namen und meine Adresse (Poppelsdorfer Allee 40, 53115 Bonn) richtig
eintragen. Sollte ich noch eine Mahnung bekommen, gehe ich zur Verbraucherzentrale.

Uwe Schmitz
""",
    R(["Erasure", "Rectification"], "uwe.schmitz@heimnetz.example", "Uwe", "Schmitz"))

add("de-06-datenuebertragbarkeit",
    "Jonas Krüger <jonas.krueger@mailfach.example>",
    "Export meiner Merkliste",
    """Hallo,

ich möchte meine Merkliste, Bewertungen und den Verlauf zu einem anderen Anbieter
mitnehmen. Könnt ihr mir das als maschinenlesbare Datei (JSON/CSV) bereitstellen,
gern auch direkt an den neuen Anbieter übermitteln? Das Konto soll aber vorerst bestehen
bleiben.

Viele Grüße
Jonas Krüger
""",
    R(["Portability"], "jonas.krueger@mailfach.example", "Jonas", "Krüger"))

add("de-07-woher-adresse-oesterreich",
    "Ing. Manfred Gruber <m.gruber@aon-aehnlich.example>",
    "Woher stammen meine Daten?",
    """Grüß Gott,

ich habe ein Schreiben Ihrer Gebührenstelle bekommen, obwohl ich mich nie bei Ihnen
angemeldet habe. Ich möchte wissen, aus welcher Quelle Sie meinen Namen und meine
Anschrift haben, auf welcher Rechtsgrundlage Sie diese verarbeiten und wie lange sie
gespeichert bleiben.

Mit freundlichen Grüßen aus Linz
Ing. Manfred Gruber
""",
    R(["Information"], "m.gruber@aon-aehnlich.example", "Manfred", "Gruber"))

add("de-08-ratenzahlung-automatisch",
    "Svetlana Becker <svetlana.becker@mailbox.example>",
    "Ablehnung Ratenzahlung – Überprüfung durch einen Menschen",
    """Sehr geehrte Damen und Herren,

mein Antrag auf Ratenzahlung der rückständigen Beiträge wurde laut Schreiben vom
5.11. "automatisiert anhand Ihres Zahlungsverhaltens" abgelehnt. Ich verlange, dass ein
Sachbearbeiter die Entscheidung überprüft, und möchte die Gelegenheit haben, meine
Situation (Krankheit, Kurzarbeit) darzulegen.

Mit freundlichen Grüßen
Svetlana Becker
""",
    R(["AutomatedDecision"], "svetlana.becker@mailbox.example", "Svetlana", "Becker"))

add("de-09-schweiz-einschraenkung",
    "Reto Zürcher <reto.zuercher@bluewin-aehnlich.example>",
    "Bearbeitung meiner Daten einschränken",
    """Grüezi

Ich bestreite, dass die in Ihrem System gespeicherte Gebührenforderung richtig ist. Bis
das abgeklärt ist, verlange ich, dass meine Personendaten nur noch gespeichert und nicht
weiter bearbeitet werden, insbesondere keine Weitergabe an das Inkassobüro. Zudem
ersuche ich um Zustellung einer Kopie aller Personendaten, die Sie über mich führen.

Freundliche Grüsse
Reto Zürcher
Winterthur
""",
    R(["Restriction", "Access"], "reto.zuercher@bluewin-aehnlich.example", "Reto", "Zürcher"))

add("de-10-betreuerin",
    "Sabine Hartmann <s.hartmann@betreuungsbuero.example>",
    "Rechtliche Betreuung – Herr Klaus Dietrich",
    """Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellte Betreuerin von Herrn Klaus Dietrich (Aufgabenkreis u. a.
Vermögenssorge und Behördenangelegenheiten). Eine Kopie des Betreuerausweises liegt bei.

Ich bitte um Auskunft über alle zu Herrn Dietrich gespeicherten Daten. Außerdem
widerspreche ich in seinem Namen jeder telefonischen Kontaktaufnahme zu Werbezwecken;
Herr Dietrich hat in den letzten Monaten mehrfach am Telefon Abos abgeschlossen.

Mit freundlichen Grüßen
Sabine Hartmann
Berufsbetreuerin
""",
    R(["Access", "Opposition"], "s.hartmann@betreuungsbuero.example", "Klaus", "Dietrich",
      representative="Sabine Hartmann"))

add("de-11-anwaeltin-mandant",
    "RAin Julia Neumann <neumann@ra-neumann.example>",
    "Unser Mandant Tobias Engel – Datenauskunft",
    """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass wir Herrn Tobias Engel, Gartenweg 7,
70173 Stuttgart, anwaltlich vertreten. Vollmacht anbei.

Namens und in Vollmacht unseres Mandanten verlangen wir Auskunft nach Art. 15 DSGVO
über sämtliche zu seiner Person gespeicherten Daten einschließlich der Protokolle der
Außendienstbesuche.

Mit freundlichen kollegialen Grüßen
Julia Neumann
Rechtsanwältin

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat
sind, informieren Sie bitte sofort den Absender.
""",
    R(["Access"], "neumann@ra-neumann.example", "Tobias", "Engel",
      representative="Julia Neumann"))

add("de-12-html-einwilligung-empfehlungen",
    "Lena Vogt <lena.vogt@freenet-aehnlich.example>",
    "Widerruf Einwilligung personalisierte Empfehlungen",
    html("Hallo,",
         "beim Einrichten der App habe ich bei personalisierten Empfehlungen auf "
         "&quot;Zustimmen&quot; geklickt. Diese Einwilligung widerrufe ich hiermit.",
         "Mein Konto möchte ich ausdrücklich behalten.",
         "Gruß<br>Lena Vogt"),
    R(["Opposition"], "lena.vogt@freenet-aehnlich.example", "Lena", "Vogt"),
    ct=HTML)

add("de-13-neue-staffel",
    "Dieter Lang <dieter.lang@web-aehnlich.example>",
    "Frage",
    """Wann kommt die dritte Staffel von der Krimiserie in die Mediathek? Gruß D. Lang
""",
    R(["Unknown"], "dieter.lang@web-aehnlich.example", "Dieter", "Lang"))

add("de-14-familienadresse",
    "Familie Özdemir <familie.oezdemir@heimpost.example>",
    "Meine Daten",
    """Hallo,

ich möchte wissen, welche Daten ihr über mich gespeichert habt. Das Konto läuft über die
Familienadresse, aber bitte antwortet mir an meine eigene Mailadresse.

Danke
Elif Özdemir
""",
    R(["Access"], "elif.oezdemir@studimail.example", "Elif", "Özdemir"),
    headers=["Reply-To: Elif Özdemir <elif.oezdemir@studimail.example>"])

add("de-15-inkasso-empfaenger",
    "Wolfgang Pfeiffer <w.pfeiffer@alt-mail.example>",
    "Weitergabe meiner Daten an Dritte?",
    """Sehr geehrte Damen und Herren,

in einem Schreiben eines Inkassounternehmens wurde auf Ihren \u201eAuftrag\u201c
verwiesen. Ich bitte um Mitteilung, an welche Empfänger Sie meine Daten in den letzten
zwei Jahren übermittelt haben und zu welchem Zweck \u2013 eine Kopie aller Daten benötige
ich nicht.

Mit freundlichen Grüßen
Wolfgang Pfeiffer
""",
    R(["Information"], "w.pfeiffer@alt-mail.example", "Wolfgang", "Pfeiffer"),
    ct=CP1252, encode="cp1252")

add("de-16-weitergeleitet-hoererservice",
    "Martina Kühn <martina.kuehn@acme-corp.example>",
    "WG: Gewinnspiel – bitte Daten löschen",
    """Hallo Datenschutz-Team,

anbei eine Mail aus dem Hörerservice, bitte übernehmt ihr und antwortet der Hörerin direkt.

Danke, Martina

-----Ursprüngliche Nachricht-----
Von: Renate Albrecht <renate.albrecht@seniorenpost.example>
Gesendet: Freitag, 13. November 2026 09:15
An: hoererservice@acme-corp.example
Betreff: Gewinnspiel

Guten Tag, ich habe im Sommer bei Ihrem Gewinnspiel mitgemacht und nichts gewonnen.
Jetzt möchte ich, dass meine Adresse und Telefonnummer bei Ihnen gelöscht werden.

Renate Albrecht
""",
    R(["Erasure"], "renate.albrecht@seniorenpost.example", "Renate", "Albrecht"))

add("de-17-anruf-nicht-wiederholen",
    "Thomas Wagner <thomas.wagner@dorfnetz.example>",
    "Mein Anruf in der Sendung",
    """Hallo,

ich war letzte Woche in der Anrufsendung zum Thema Pflege und habe über meinen Vater
gesprochen. Jetzt höre ich, dass der Beitrag in einer "Best of"-Sendung wiederholt und
als Podcast veröffentlicht werden soll. Damit bin ich nicht einverstanden. Ich will nicht,
dass meine Aufnahme noch weiter verwendet wird. Löschen müsst ihr sie nicht, nur nicht
mehr senden.

Thomas Wagner
""",
    R(["Opposition"], "thomas.wagner@dorfnetz.example", "Thomas", "Wagner"))

add("de-18-denglisch-kopie-loeschen",
    "Kevin Schulze <kev.schulze@gmx-aehnlich.example>",
    "data request",
    """Hey,

schickt mir bitte mal nen Dump von allem was ihr über mich habt (account, watch history,
was auch immer). Wenn ich das hab, bitte alles löschen, ich cancel das eh.

thx
Kevin Schulze

Von meinem iPhone gesendet
""",
    R(["Access", "Erasure"], "kev.schulze@gmx-aehnlich.example", "Kevin", "Schulze"))

add("de-19-digitaler-nachlass",
    "Gisela Hoffmann <gisela.hoffmann@rentnerpost.example>",
    "Mein Konto nach meinem Tod",
    """Liebe Mitarbeiter,

ich regle gerade meinen digitalen Nachlass. Für den Fall meines Todes bestimme ich, dass
mein Konto bei Ihnen gelöscht wird und mein Sohn Martin Hoffmann keinen Zugriff auf meine
Sehgewohnheiten bekommt. Wie kann ich das bei Ihnen verbindlich hinterlegen?

Herzliche Grüße
Gisela Hoffmann
""",
    R(["AdvanceDirectives"], "gisela.hoffmann@rentnerpost.example", "Gisela", "Hoffmann"))

add("de-20-nachfrage-dsr",
    "Andreas Meier <andreas.meier@mailfach.example>",
    "AW: Eingangsbestätigung Ihrer Anfrage [DSR-61904]",
    """Sehr geehrte Damen und Herren,

die Monatsfrist ist abgelaufen. Ich bitte um umgehende Beantwortung meiner Anfrage.

Andreas Meier

> Ihre Anfrage wurde unter der Nummer DSR-61904 erfasst.
""",
    FU("61904", "andreas.meier@mailfach.example", "Andreas", "Meier"))

add("de-21-ausweis-nachgereicht",
    "Katharina Weiß <katharina.weiss@posteo-aehnlich.example>",
    "Re: Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Nachtrag: Meine Beitragsnummer lautet 481 516 234. Vielleicht hilft das bei der Suche.

K. Weiß
""",
    FU(ref("de-01-auskunft-art15"), "katharina.weiss@posteo-aehnlich.example", "Katharina", "Weiß"),
    headers=irt("de-01-auskunft-art15"))

add("de-22-avv-transkription",
    "Stefan Lorenz <stefan.lorenz@acme-corp.example>",
    "AVV Transkriptionsdienst prüfen",
    """Hallo zusammen,

wir wollen für die Redaktion einen Cloud-Transkriptionsdienst einsetzen (Interviews,
Hörertelefonate). Der Anbieter hat uns seinen Auftragsverarbeitungsvertrag und die TOMs
geschickt, liegen im Teams-Kanal "Einkauf". Könnt ihr das bis Ende des Monats prüfen?

Beste Grüße
Stefan Lorenz
Leiter Produktion Hörfunk
""",
    TASK("stefan.lorenz@acme-corp.example", "Stefan", "Lorenz"))

add("de-23-schulung-volontaere",
    "Miriam Schäfer <miriam.schaefer@acme-corp.example>",
    "Datenschutzschulung für den neuen Volontärsjahrgang",
    """Liebes Datenschutz-Team,

im Januar starten zwölf neue Volontärinnen und Volontäre. Könntet ihr im Rahmen der
Einführungswoche eine Schulung zu Datenschutz im redaktionellen Alltag geben
(Hörerkontakte, Recherche, Social Media)? Am besten zwei Stunden am 14. oder 15. Januar.

Viele Grüße
Miriam Schäfer
Ausbildungsredaktion
""",
    TASK("miriam.schaefer@acme-corp.example", "Miriam", "Schäfer"))

add("de-24-vvt-hoerer-app",
    "Florian Wolf <florian.wolf@acme-corp.example>",
    "Eintrag ins Verarbeitungsverzeichnis – neue Hörer-App",
    """Hi,

die neue Hörer-App mit Wunschtitel-Funktion geht im Dezember live. Wir speichern dort
Nutzername, Standort (optional) und die Musikwünsche. Bitte nehmt die Verarbeitung ins
Verzeichnis auf; die Beschreibung schicke ich euch gern.

Florian Wolf
Digitale Produkte
""",
    TASK("florian.wolf@acme-corp.example", "Florian", "Wolf"))

add("de-25-brief-falscher-empfaenger",
    "Petra Zimmermann <petra.zimmermann@acme-corp.example>",
    "Fehlversand Bescheide",
    """Hallo,

durch einen Fehler in der Serienbrieffunktion wurden gestern ca. 140 Festsetzungsbescheide
mit falscher Zuordnung verschickt: Der Brief an Person A enthielt die Daten (Name,
Beitragsnummer, Rückstand) von Person B. Die ersten Anrufe sind schon eingegangen.

Petra Zimmermann
Teamleitung Beitragsservice
Tel. 0221 555-2310
""",
    INC("petra.zimmermann@acme-corp.example", "Petra", "Zimmermann"))

add("de-26-fremde-beitragsnummer",
    "Jan Hofmann <jan.hofmann@mailbox.example>",
    "Fremde Daten in meinem Online-Konto",
    """Hallo,

wenn ich mich im Online-Portal für den Rundfunkbeitrag einlogge, sehe ich nicht meine
Daten, sondern die einer Frau aus Leipzig: Name, Adresse, Beitragsnummer und IBAN.
Das kann ja wohl nicht sein. Ich habe nichts verändert und mich sofort wieder
ausgeloggt.

Jan Hofmann
""",
    INC("jan.hofmann@mailbox.example", "Jan", "Hofmann"))

add("de-27-verschluesselte-dateien",
    "Markus Richter <markus.richter@acme-corp.example>",
    "DRINGEND: Dateien auf Redaktionslaufwerk verschlüsselt",
    """Seit heute früh sind auf dem Laufwerk der Regionalredaktion hunderte Dateien
verschlüsselt, in jedem Ordner liegt eine "README_RESTORE.txt" mit Lösegeldforderung.
Auf dem Laufwerk liegen auch Kontaktdaten von Hörern und Informanten. IT ist
informiert und hat das Laufwerk vom Netz genommen.

Markus Richter
Systemadministration
""",
    INC("markus.richter@acme-corp.example", "Markus", "Richter"))

add("de-28-fake-abmahnung",
    "Kanzlei für Datenschutzrecht <abmahnung@dsgvo-kanzlei-24.example>",
    "Abmahnung wegen DSGVO-Verstoß – Zahlungsfrist 7 Tage",
    """Sehr geehrte Damen und Herren,

auf Ihrer Website werden Google Fonts ohne Einwilligung geladen. Dies stellt einen
Verstoß gegen die DSGVO dar. Zur Vermeidung eines Gerichtsverfahrens zahlen Sie bitte
170,00 EUR Schadensersatz über den folgenden Link. Nach Zahlung werden Ihre Daten aus
unserem Verfahren gelöscht.

Hochachtungsvoll
""",
    IGN("spam", "abmahnung@dsgvo-kanzlei-24.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="dsgvo-kanzlei-24.example")])

add("de-29-casino",
    "Lucky Spin <bonus@lucky-spin-casino.example>",
    "Ihr 500 € Willkommensbonus wartet!",
    """Hallo Gewinner!

Nur heute: 500 € Bonus + 200 Freispiele. Jetzt registrieren und sofort loslegen.

Zum Abmelden hier klicken.
""",
    IGN("spam", "bonus@lucky-spin-casino.example"),
    headers=SPAM_HDR)

add("de-30-abwesenheit",
    "Birgit Krause <b.krause@medienagentur.example>",
    "Abwesenheitsnotiz: AW: Rückfrage Vertrag",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro und
habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

Birgit Krause
""",
    IGN("auto_reply", "b.krause@medienagentur.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-31-verbandsrundbrief",
    "Datenschutz-Forum Medien <rundbrief@dsf-medien.example>",
    "[DSF-Medien] Rundbrief 11/2026",
    """Liebe Mitglieder,

in diesem Rundbrief: neue Leitlinien zu Cookie-Bannern, Urteil zum Auskunftsanspruch,
Termine für den Erfahrungsaustausch im Dezember.

Sie erhalten diese Mail als Mitglied der Liste dsf-medien. Abmelden: rundbrief-leave@dsf-medien.example
""",
    IGN("bulk", "rundbrief@dsf-medien.example"),
    headers=["List-Id: DSF Medien <dsf-medien.lists.dsf-medien.example>",
             "List-Unsubscribe: <mailto:rundbrief-leave@dsf-medien.example>",
             "Precedence: list"])
