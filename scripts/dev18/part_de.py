from common import *  # part de: written blind

add("de-01-gegenpartei-mietstreit", "Jörg Heinemann <joerg.heinemann@gmx-post.example>",
    "Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

Ihre Kanzlei vertritt meinen Vermieter, die Wohnbau Süd GmbH, im laufenden Rechtsstreit um die Nebenkostenabrechnung. In Ihrem Schriftsatz vom 28.10. werden Angaben zu meinem Arbeitgeber und meinem Einkommen gemacht, die ich dem Vermieter nie mitgeteilt habe.

Ich bitte daher um Auskunft, welche personenbezogenen Daten Sie über mich gespeichert haben, aus welcher Quelle diese stammen und an wen sie weitergegeben wurden, sowie um eine Kopie dieser Daten.

Mit freundlichen Grüßen
Jörg Heinemann
Hauptstraße 12, 70173 Stuttgart
""",
    R(["Access"], "joerg.heinemann@gmx-post.example", "Jörg", "Heinemann"))

add("de-02-newsletter-weg", "k.wagner84@web-post.example",
    "newsletter",
    "bitte den mandanten newsletter abbestellen danke\n",
    R(["Opposition"], "k.wagner84@web-post.example"))

add("de-03-anfrage-abgelehnt", "Stefanie Brandt <stefanie.brandt@t-post.example>",
    "Meine Anfrage vom September",
    """Guten Tag,

im September hatte ich über Ihr Kontaktformular eine Anfrage zu einem Verkehrsunfall gestellt. Sie haben das Mandat wegen einer Interessenkollision abgelehnt, was in Ordnung ist.

Da kein Mandat zustande kam, sehe ich keinen Grund, warum meine Angaben (inklusive der Unfallschilderung und der Gesundheitsdaten) bei Ihnen bleiben sollten. Ich bitte um vollständige Löschung und eine kurze Bestätigung.

Freundliche Grüße
Stefanie Brandt
""",
    R(["Erasure"], "stefanie.brandt@t-post.example", "Stefanie", "Brandt"))

add("de-04-name-nach-heirat-qp", "Dr. Katharina Müller-Lüdenscheidt <k.mueller-luedenscheidt@posteo-mail.example>",
    "Namensänderung und Titel",
    """Sehr geehrte Damen und Herren,

seit meiner Heirat im Juli führe ich den Doppelnamen Müller-Lüdenscheidt. Außerdem fehlt in Ihren Unterlagen mein Doktortitel, und meine Anschrift lautet jetzt Königsallee 5, 40212 Düsseldorf.

Bitte passen Sie Ihre Daten entsprechend an, damit die Unterlagen zum Grundstückskaufvertrag korrekt sind.

Mit freundlichen Grüßen
Dr. Katharina Müller-Lüdenscheidt
""",
    R(["Rectification"], "k.mueller-luedenscheidt@posteo-mail.example", "Katharina", "Müller-Lüdenscheidt"),
    ct=LATIN1, encode="latin-1-qp")

add("de-05-erbin-vater", "Sabine Krüger <sabine.krueger@online-post.example>",
    "Nachlass meines Vaters Werner Krüger",
    """Sehr geehrte Damen und Herren,

mein Vater, Werner Krüger, ist am 11. August verstorben. Ich bin laut Erbschein (anbei) seine Alleinerbin. Ihr Notariat hat 2015 seinen Erbvertrag und 2022 eine Vorsorgevollmacht beurkundet.

Ich möchte wissen, welche persönlichen Daten meines Vaters Sie noch gespeichert haben, und bitte um Übersendung einer Kopie.

Mit freundlichen Grüßen
Sabine Krüger
Tel. 0171 2345678
""",
    R(["Access"], "sabine.krueger@online-post.example", "Werner", "Krüger",
      representative="Sabine Krüger"))

add("de-06-wechsel-kanzlei", "Tobias Neumann <tobias.neumann@mailbox-de.example>",
    "Herausgabe meiner Daten an neue Kanzlei",
    """Hallo,

ich wechsle für das Arbeitsgerichtsverfahren zu einer anderen Kanzlei. Bitte stellen Sie die von mir hochgeladenen Unterlagen (Arbeitszeitnachweise als Excel, Gehaltsabrechnungen, E-Mail-Verkehr mit dem Arbeitgeber) in einem gängigen, maschinenlesbaren Format zur Verfügung, am besten direkt an RA Schuster, kanzlei@schuster-arbeitsrecht.example.

Danke und Gruß
Tobias Neumann
""",
    R(["Portability"], "tobias.neumann@mailbox-de.example", "Tobias", "Neumann"))

add("de-07-schweiz-aufbewahrung", "Urs Baumgartner <urs.baumgartner@bluewin-post.example>",
    "Frage zur Aufbewahrung meiner Unterlagen",
    """Grüezi

Sie haben für mich letztes Jahr den Erbvertrag mit meinen Kindern vorbereitet. Nun frage ich mich, wie lange Sie meine Daten und die Kopien meiner Steuererklärungen aufbewahren, und ob diese Daten in die EU oder die USA gehen (Ihre Website erwähnt ein Büro in Frankfurt und einen Cloudanbieter).

Ich verlange keine Kopie und keine Löschung, ich möchte einfach informiert sein.

Freundliche Grüsse
Urs Baumgartner
""",
    R(["Information"], "urs.baumgartner@bluewin-post.example", "Urs", "Baumgartner"))

add("de-08-widerruf-werbung-html", "Melanie Schröder <melanie.schroeder@freenet-post.example>",
    "Widerruf meiner Einwilligung",
    html("Sehr geehrte Damen und Herren,",
         "hiermit widerrufe ich meine Einwilligung in die Zusendung von Informationen zu Ihren Veranstaltungen und Webinaren "
         "und widerspreche jeder weiteren Nutzung meiner Daten zu Werbezwecken.",
         "Mit freundlichen Grüßen<br>Melanie Schröder"),
    R(["Opposition"], "melanie.schroeder@freenet-post.example", "Melanie", "Schröder"),
    ct=HTML)

add("de-09-inkasso-sperren", "Mehmet Özdemir <mehmet.oezdemir@arcor-post.example>",
    "Ihr Zeichen 2026/IK/8812 - Forderung bestritten",
    """Sehr geehrte Damen und Herren,

die von Ihnen im Auftrag der FitLine Studios GmbH geltend gemachte Forderung bestreite ich. Ich habe den Vertrag fristgerecht gekündigt, die Kündigungsbestätigung liegt bei.

Bis zur Klärung verlange ich, dass Sie meine Daten nicht weiter verarbeiten, insbesondere keine Meldung an die SCHUFA oder andere Auskunfteien vornehmen. Löschen müssen Sie vorerst nichts. Teilen Sie mir aber bitte mit, welche Daten Ihnen Ihre Mandantin über mich übermittelt hat, und schicken Sie mir eine Kopie davon.

Mit freundlichen Grüßen
Mehmet Özdemir
""",
    R(["Restriction", "Access"], "mehmet.oezdemir@arcor-post.example", "Mehmet", "Özdemir"))

add("de-10-mandat-automatisch-abgelehnt", "Lena Hoffmann <lena.hoffmann@gmx-post.example>",
    "Ablehnung durch Ihr Online-Tool",
    """Guten Tag,

ich wollte über Ihre Website eine Erstberatung zum Thema Kündigungsschutz buchen. Nach Eingabe meiner Daten erschien sofort: „Ihre Anfrage kann leider nicht angenommen werden (Risikobewertung).“

Eine so pauschale, vollautomatische Ablehnung akzeptiere ich nicht. Ich bitte darum, dass ein Anwalt oder eine Anwältin meine Anfrage persönlich prüft, und möchte wissen, welche Kriterien Ihr System verwendet.

Lena Hoffmann
""",
    R(["AutomatedDecision"], "lena.hoffmann@gmx-post.example", "Lena", "Hoffmann"))

add("de-11-betreuer", "Betreuungsbüro Wendt <info@betreuung-wendt.example>",
    "Auskunft für Herrn Gerhard Lang (Betreuungssache)",
    """Sehr geehrte Damen und Herren,

ich bin durch Beschluss des Amtsgerichts Hannover zur rechtlichen Betreuerin von Herrn Gerhard Lang bestellt, u. a. für den Aufgabenkreis Vermögenssorge und Vertretung gegenüber Behörden (Betreuerausweis anbei).

Herr Lang hat in den letzten Monaten offenbar mehrfach Kontakt mit Ihrer Kanzlei gehabt. Ich bitte um Auskunft, welche Daten zu seiner Person bei Ihnen gespeichert sind, und um eine Kopie.

Mit freundlichen Grüßen
Andrea Wendt
Berufsbetreuerin
""",
    R(["Access"], "info@betreuung-wendt.example", "Gerhard", "Lang",
      representative="Andrea Wendt"))

add("de-12-weitergeleitet-handynummer", "Jana Richter <j.richter@acme-corp.example>",
    "WG: neue Handynummer",
    """Liebes Datenschutz-Team,

bitte kümmert euch darum, der Mandant hat sich schon zweimal beschwert.

Viele Grüße
Jana Richter
Rechtsanwaltsfachangestellte

-----Ursprüngliche Nachricht-----
Von: Klaus-Dieter Wolff <kd.wolff@t-post.example>
Gesendet: Mittwoch, 11. November 2026 17:22
An: Jana Richter <j.richter@acme-corp.example>
Betreff: neue Handynummer

Frau Richter,

Ihre Kanzlei ruft immer noch auf meiner alten Handynummer an, die jetzt meinem Enkel gehört. Die richtige Nummer ist 0160 9876543. Bitte endlich ändern und die alte Nummer rausnehmen.

K.-D. Wolff
""",
    R(["Rectification"], "kd.wolff@t-post.example", "Klaus-Dieter", "Wolff"))

add("de-13-anhang-mandant", "Florian Schmitt <f.schmitt@acme-corp.example>",
    "WG: Datenauskunft",
    "",
    R(["Access"], "b.yildiz@web-post.example", "Burak", "Yıldız"),
    attached=("Burak Yıldız <b.yildiz@web-post.example>", "Datenauskunft",
              """Sehr geehrter Herr Schmitt,

bitte schicken Sie mir eine Übersicht aller Informationen, die Ihre Kanzlei über mich gespeichert hat, inklusive der Notizen aus unseren Telefonaten. Ich brauche das für meinen Antrag bei der Rechtsschutzversicherung.

Beste Grüße
Burak Yıldız
"""),
    note="Bitte übernehmen. Gruß, F. Schmitt (RA)")

add("de-14-grossbuchstaben", "HEINZ PFEIFFER <h.pfeiffer@kabel-post.example>",
    "SOFORT AUFHÖREN",
    """ICH HABE IHNEN NIE ERLAUBT MIR WERBUNG FÜR IHRE "TESTAMENTS-SPRECHSTUNDE" ZU SCHICKEN. HÖREN SIE DAMIT AUF UND LÖSCHEN SIE MEINE DATEN. SONST SCHALTE ICH DEN DATENSCHUTZBEAUFTRAGTEN DES LANDES EIN!!!

H. PFEIFFER
""",
    R(["Opposition", "Erasure"], "h.pfeiffer@kabel-post.example", "Heinz", "Pfeiffer"))

add("de-15-kostennote", "Monika Schulze <monika.schulze@online-post.example>",
    "Kostennote Nr. 2026-3341",
    "Hallo, in der Kostennote steht eine Einigungsgebühr, obwohl es keinen Vergleich gab. Können Sie das bitte prüfen? Ich weiß nicht, ob ich hier richtig bin. Gruß M. Schulze\n",
    R(["Unknown"], "monika.schulze@online-post.example", "Monika", "Schulze"))

add("de-16-scheidung-geschichte", "Claudia Vogel <claudia.vogel@posteo-mail.example>",
    "Beschwerde über Ihre Kanzlei",
    """Sehr geehrte Damen und Herren,

ich weiß nicht, an wen ich mich sonst wenden soll. Ihre Kanzlei vertritt meinen Noch-Ehemann im Scheidungsverfahren und im Verfahren um das Umgangsrecht für unsere Tochter. Ich bin selbst anwaltlich vertreten, aber mein Anwalt ist im Urlaub und mir liegt das auf der Seele.

In Ihrem Schriftsatz an das Familiengericht steht, ich sei 2024 „wegen Alkoholproblemen in stationärer Behandlung“ gewesen. Das ist schlicht falsch. Ich war sechs Wochen in einer Reha-Klinik nach einem Bandscheibenvorfall. Das lässt sich mit dem Entlassungsbericht belegen, den ich beifüge.

Mir ist klar, dass Sie die Interessen meines Mannes vertreten und ich Ihnen nicht vorschreiben kann, was Sie vortragen. Aber diese falsche Angabe über meine Gesundheit muss in Ihren Unterlagen korrigiert werden, bevor sie weiter verbreitet wird – etwa an das Jugendamt oder den Verfahrensbeistand.

Ich hoffe auf Ihr Verständnis.

Claudia Vogel
""",
    R(["Rectification"], "claudia.vogel@posteo-mail.example", "Claudia", "Vogel"))

add("de-17-oesterreich-familie", "Familie Gruber <familie.gruber@aon-post.example>",
    "Anfrage Datenauskunft",
    """Grüß Gott,

ich hätte gerne gewusst, was Sie über mich alles gespeichert haben. Ich war im Frühjahr bei Ihrem Wiener Büro wegen einer Wohnungsschenkung an meine Tochter. Und die Einladungen zu Ihren Vortragsabenden möchte ich bitte nicht mehr bekommen. Bitte schicken Sie mir die Informationen auf meine eigene Adresse, nicht auf die Familienadresse.

Mit besten Grüßen
Johanna Gruber
""",
    R(["Access", "Opposition"], "johanna.gruber@a1-post.example", "Johanna", "Gruber"),
    headers=["Reply-To: Johanna Gruber <johanna.gruber@a1-post.example>"])

add("de-18-ki-training-cp1252", "Philipp Lorenz <philipp.lorenz@mailbox-de.example>",
    "Nutzen Sie meine Akten für KI?",
    """Hallo zusammen,

ich habe gelesen, dass Kanzleien zunehmend „KI-Assistenten“ einsetzen. Werden die Dokumente aus meinem Mandat – immerhin mit Gesundheitsdaten – in solche Systeme eingegeben oder zum Training verwendet? Welcher Anbieter steckt dahinter und wo stehen die Server?

Ich möchte nur eine ehrliche Antwort, nichts weiter.

Gruß
Philipp Lorenz
""",
    R(["Information"], "philipp.lorenz@mailbox-de.example", "Philipp", "Lorenz"),
    ct=CP1252, encode="cp1252")

add("de-19-task-avv-cloud", "Dr. Maximilian von der Heide <m.vonderheide@acme-corp.example>",
    "AVV Cloud-Telefonanlage",
    """Liebe Kolleginnen und Kollegen,

wir stellen im Januar auf eine Cloud-Telefonanlage (inkl. Gesprächsaufzeichnung optional) um. Der Anbieter hat uns seinen Auftragsverarbeitungsvertrag geschickt. Bitte prüfen, insbesondere im Hinblick auf § 203 StGB und die Unterauftragsverarbeiter.

Beste Grüße
Maximilian von der Heide
Managing Partner
""",
    TASK("m.vonderheide@acme-corp.example", "Maximilian", "von der Heide"))

add("de-20-task-vvt-zeiterfassung", "Sandra Kowalski <s.kowalski@acme-corp.example>",
    "Verarbeitungsverzeichnis - neue Zeiterfassung",
    """Hallo,

ab 1.12. nutzen wir für alle Mitarbeitenden das neue Zeiterfassungssystem mit App. Könnt ihr das ins Verzeichnis der Verarbeitungstätigkeiten aufnehmen und eine Mitarbeiterinformation nach Art. 13 vorbereiten? Der Betriebsrat fragt auch schon.

Danke
Sandra Kowalski, Personalabteilung
""",
    TASK("s.kowalski@acme-corp.example", "Sandra", "Kowalski"))

add("de-21-task-fragebogen", "Andreas Becker <a.becker@acme-corp.example>",
    "Datenschutz-Fragebogen Versicherungsmandantin",
    """Moin,

die Nordsee Versicherung AG will vor der Mandatsverlängerung einen Datenschutz- und Informationssicherheitsfragebogen von uns (TOMs, Löschkonzept, Unterauftragnehmer). Frist 4.12. Könnt ihr den federführend ausfüllen?

Andreas Becker
Partner Versicherungsrecht
""",
    TASK("a.becker@acme-corp.example", "Andreas", "Becker"))

add("de-22-inc-fax", "Birgit Hahn <b.hahn@acme-corp.example>",
    "Fax an falsche Nummer",
    """Hallo,

ich habe heute früh die Klageschrift im Verfahren Lehmann ./. Zahnklinik Dr. Sommer samt Patientenunterlagen an eine falsche Faxnummer geschickt (Zahlendreher, 0221-43 statt 0221-34). Wer die Nummer hat, weiß ich nicht, der Sendebericht sagt „OK“.

Birgit Hahn
Sekretariat Medizinrecht
""",
    INC("b.hahn@acme-corp.example", "Birgit", "Hahn"))

add("de-23-inc-fremder-schriftsatz", "Rainer Zimmermann <rainer.zimmermann@web-post.example>",
    "E-Mail nicht für mich bestimmt",
    """Guten Tag,

ich habe von Ihrer Kanzlei eine E-Mail mit einem Schriftsatz zu einem Sorgerechtsverfahren erhalten, inklusive eines psychologischen Gutachtens über ein Kind. Ich bin daran in keiner Weise beteiligt, vermutlich gibt es einen Namensvetter.

Ich habe die Mail nicht weitergeleitet. Soll ich sie löschen?

R. Zimmermann
""",
    INC("rainer.zimmermann@web-post.example", "Rainer", "Zimmermann"))

add("de-24-inc-altpapier", "Uwe Schäfer <u.schaefer@acme-corp.example>",
    "Akten im Altpapiercontainer",
    """Hallo Datenschutz,

beim Ausräumen des Kellerarchivs hat die Reinigungsfirma gestern offenbar mehrere Kartons mit alten Nachlassakten in den normalen Altpapiercontainer im Hof statt in die Datenschutztonne geworfen. Der Container wurde heute Morgen geleert. Ich habe noch Fotos von den Kartonbeschriftungen.

Uwe Schäfer
Facility Management
""",
    INC("u.schaefer@acme-corp.example", "Uwe", "Schäfer"))

add("de-25-fu-dsr", "Elke Hartmann <elke.hartmann@t-post.example>",
    "AW: [DSR-71234] Eingangsbestätigung Ihrer Anfrage",
    """Guten Tag,

vielen Dank für die Bestätigung. Ich möchte ergänzen, dass auch meine frühere Adresse in Bonn (Poppelsdorfer Allee 30) gelöscht werden soll, die ist in meiner ursprünglichen Mail nicht erwähnt.

Elke Hartmann

-----Ursprüngliche Nachricht-----
Von: privacy@acme-corp.example
Betreff: [DSR-71234] Eingangsbestätigung Ihrer Anfrage

Ihre Anfrage ist bei uns unter der Nummer DSR-71234 eingegangen.
""",
    FU("71234", "elke.hartmann@t-post.example", "Elke", "Hartmann"))

add("de-26-fu-heinemann", "Jörg Heinemann <joerg.heinemann@gmx-post.example>",
    "AW: Auskunftsersuchen nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

ich habe auf mein Schreiben noch keine Eingangsbestätigung erhalten. Bitte bestätigen Sie mir kurz, dass mein Auskunftsersuchen angekommen ist.

J. Heinemann
""",
    FU(ref("de-01-gegenpartei-mietstreit"), "joerg.heinemann@gmx-post.example", "Jörg", "Heinemann"),
    headers=irt("de-01-gegenpartei-mietstreit"))

add("de-27-spam-darknet", "Datenschutz-Sofortdienst <alarm@darknet-check24.example>",
    "WARNUNG: Ihre Kanzleidaten wurden im Darknet gefunden!",
    """Sehr geehrte Damen und Herren,

unser Scanner hat 47 Datensätze Ihrer Kanzlei (E-Mail-Adressen, Passwörter, Mandantennamen) in Darknet-Foren entdeckt.

Lassen Sie diese Daten JETZT löschen, bevor es zu spät ist! Unser Expertenteam entfernt Ihre Daten für nur 499 € netto.

Jetzt handeln: darknet-check24.example/loeschen
""",
    IGN("spam", "alarm@darknet-check24.example"),
    headers=SPAM_HDR)

add("de-28-spam-erbschaft", "Rechtsanwalt Dr. Klaus Fischer <dr.fischer.erbe@mail-inbox.example>",
    "Vertraulich: Erbschaftsangelegenheit 8,3 Mio. EUR",
    """Sehr geehrter Herr/Frau,

ich bin Rechtsanwalt und verwalte den Nachlass eines verstorbenen Mandanten, der ohne Erben verstarb. Da Sie denselben Nachnamen tragen, kann ich Sie als Begünstigten eintragen lassen. Die Summe von 8.300.000 EUR wird zwischen uns geteilt.

Antworten Sie mit Ihrem vollständigen Namen, Geburtsdatum und Ihrer Telefonnummer. Ihre Daten werden streng vertraulich behandelt.

Dr. Klaus Fischer
""",
    IGN("spam", "dr.fischer.erbe@mail-inbox.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="mail-inbox.example")])

add("de-29-abwesenheit", "Sven Lindemann <s.lindemann@lindemann-immobilien.example>",
    "Abwesenheitsnotiz: Einladung Immobilienrechtstag",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an office@lindemann-immobilien.example.

Sven Lindemann
""",
    IGN("auto_reply", "s.lindemann@lindemann-immobilien.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-30-newsletter-anwaltverein", "Anwaltsblatt Digital <newsletter@anwaltsblatt-digital.example>",
    "Anwaltsblatt Digital – Ausgabe 46/2026",
    """Die Themen dieser Woche:

• BGH zum Auskunftsanspruch nach Art. 15 DSGVO im Arbeitsverhältnis
• beA: Neue Version ab 1. Dezember
• Fortbildungspflicht: Fristen im Blick behalten

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben. Abmelden: anwaltsblatt-digital.example/abmelden
""",
    IGN("bulk", "newsletter@anwaltsblatt-digital.example"),
    headers=["List-Id: Anwaltsblatt Digital <weekly.anwaltsblatt-digital.example>",
             "List-Unsubscribe: <https://anwaltsblatt-digital.example/abmelden>",
             "Precedence: bulk"])
