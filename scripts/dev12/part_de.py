from common import *  # part de: written blind

add("de-01-was-gespeichert", "tobias.kraemer@web-post.example", "Daten",
    "Hallo, was haben Sie eigentlich alles über mich gespeichert? Ich war 2023 als Leiharbeiter bei "
    "Ihnen. Gruß Tobias Krämer\n",
    R(["Access"], "tobias.kraemer@web-post.example", "Tobias", "Krämer"))

add("de-02-auskunft-und-loeschung",
    "Annegret Schulze-Hoffmann <a.schulze-hoffmann@t-post.example>",
    "Auskunftsersuchen gem. Art. 15 DSGVO und Antrag auf Löschung",
    "Sehr geehrte Damen und Herren,\n\n"
    "ich war von 2020 bis 2024 über Ihr Unternehmen als Zeitarbeitnehmerin (Buchhaltung) bei "
    "verschiedenen Kundenunternehmen eingesetzt.\n\n"
    "Gemäß Art. 15 DSGVO ersuche ich Sie um Auskunft darüber, ob und welche personenbezogenen Daten "
    "Sie über mich verarbeiten, zu welchen Zwecken, an welche Empfänger diese übermittelt wurden und "
    "wie lange sie gespeichert werden. Bitte stellen Sie mir zudem eine Kopie der Daten zur "
    "Verfügung.\n\n"
    "Nach Erteilung der Auskunft beantrage ich gemäß Art. 17 DSGVO die Löschung sämtlicher Daten, "
    "soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.\n\n"
    "Mit freundlichen Grüßen\n\nAnnegret Schulze-Hoffmann\nLindenallee 7\n30159 Hannover\n",
    R(["Access", "Erasure"], "a.schulze-hoffmann@t-post.example", "Annegret", "Schulze-Hoffmann"))

add("de-03-video-assessment",
    "Murat Özdemir <murat.oezdemir@mailbox-de.example>",
    "Absage nach Online-Assessment",
    "Guten Tag,\n\n"
    "ich habe mich über Sie als Lagerlogistiker beworben und musste ein Video-Interview mit "
    "anschließendem Online-Test machen. Zwei Stunden später kam die Absage, offensichtlich "
    "automatisch. Ich möchte, dass ein Mitarbeiter meine Bewerbung persönlich prüft und neu "
    "entscheidet. Außerdem will ich eine Kopie der Auswertung und aller Daten, die dabei über mich "
    "erhoben wurden.\n\n"
    "Mit freundlichen Grüßen\nMurat Özdemir\n",
    R(["AutomatedDecision", "Access"], "murat.oezdemir@mailbox-de.example", "Murat", "Özdemir"))

add("de-04-werbeanrufe-abo",
    "Karl-Heinz Böttcher <kh.boettcher@t-post.example>",
    "Widerspruch gegen Werbeanrufe",
    "Sehr geehrte Damen und Herren,\n\n"
    "seit meiner Kündigung des Abonnements der Tageszeitung werde ich wöchentlich von Ihrem "
    "Vertrieb angerufen. Ich widerspreche hiermit jeder Nutzung meiner Telefonnummer und Anschrift "
    "für Werbezwecke. Unterlassen Sie diese Anrufe.\n\n"
    "Karl-Heinz Böttcher\n",
    R(["Opposition"], "kh.boettcher@t-post.example", "Karl-Heinz", "Böttcher"))

add("de-05-oesterreich-meldezettel",
    "Lukas Brandstätter <lukas.brandstaetter@aon-mail.example>",
    "Neue Adresse für Lohnzettel",
    "Servus,\n\n"
    "ich bin übersiedelt und hab einen neuen Meldezettel: Mariahilfer Straße 112/14, 1070 Wien. Bitte "
    "ändert die Adresse für die Lohnzettel und den Jahreslohnzettel (L16). Und mein Nachname wird mit "
    "ä geschrieben, nicht mit ae, wie es auf dem letzten Zettel stand.\n\n"
    "Danke und liebe Grüße\nLukas Brandstätter\n",
    R(["Rectification"], "lukas.brandstaetter@aon-mail.example", "Lukas", "Brandstätter"))

add("de-06-schweiz-datenexport",
    "Reto Zürcher <reto.zuercher@bluewin-mail.example>",
    "Herausgabe meiner Daten in elektronischer Form",
    "Grüezi\n\n"
    "Ich war während drei Jahren über Ihre Firma temporär angestellt. Gestützt auf das "
    "Datenschutzgesetz (Art. 28 DSG) verlange ich die Herausgabe meiner Einsatzrapporte, "
    "Lohnabrechnungen und Zeugnisse in einem gängigen elektronischen Format (z.B. CSV oder PDF mit "
    "Daten), damit ich sie meinem neuen Personalvermittler übergeben kann.\n\n"
    "Freundliche Grüsse\nReto Zürcher\nWinterthur\n",
    R(["Portability"], "reto.zuercher@bluewin-mail.example", "Reto", "Zürcher"))

add("de-07-zusteller-wut",
    "Magdalena Gruber <magdalena.gruber@gmx-like.example>",
    "Beschwerde - und Löschung meines Kontos",
    "Sehr geehrte Damen und Herren,\n\n"
    "ich muss mir jetzt einmal Luft machen. Seit April bekomme ich die Zeitung unregelmäßig, "
    "mal um halb sieben, mal gar nicht, zweimal lag sie in der Regentonne. Ihr Leserservice war "
    "freundlich, aber geändert hat sich nichts. Dann wurde mir im August ohne Ankündigung der Preis "
    "erhöht, und die Kündigung über Ihr Online-Portal hat dreimal nicht funktioniert, weil die Seite "
    "abgestürzt ist.\n\n"
    "Ich habe jetzt schriftlich gekündigt und die Bestätigung erhalten. Zusätzlich möchte ich, dass "
    "mein Online-Kundenkonto mit allen Daten gelöscht wird - Zahlungsdaten, Leseverlauf, Merkliste, "
    "alles. Eine Auskunft brauche ich nicht, einfach weg damit.\n\n"
    "Und nein, ich möchte kein Rückgewinnungsangebot.\n\n"
    "Magdalena Gruber\n",
    R(["Erasure"], "magdalena.gruber@gmx-like.example", "Magdalena", "Gruber"))

add("de-08-woher-daten-headhunter",
    "Friederike von Hohenberg <f.vonhohenberg@kanzlei-mail.example>",
    "Herkunft meiner Daten",
    "Guten Tag,\n\n"
    "eine Ihrer Personalberaterinnen hat mich auf meinem Diensthandy angerufen und kannte meinen "
    "Lebenslauf erstaunlich gut. Ich bitte um Mitteilung, aus welcher Quelle Sie meine Daten haben, "
    "zu welchem Zweck Sie sie verarbeiten und ob sie an Kunden weitergegeben wurden.\n\n"
    "Mit freundlichen Grüßen\nDr. Friederike von Hohenberg\n",
    R(["Information"], "f.vonhohenberg@kanzlei-mail.example", "Friederike", "von Hohenberg"))

add("de-09-einschraenkung-zeugnis",
    "Dariusz Wiśniewski <dariusz.wisniewski@web-post.example>",
    "Einschränkung der Verarbeitung - Arbeitszeugnis",
    "Sehr geehrte Damen und Herren,\n\n"
    "in Ihrer Kandidatenakte liegt eine Beurteilung meines letzten Einsatzbetriebs, in der mir "
    "'mangelnde Zuverlässigkeit' vorgeworfen wird. Das bestreite ich; ich habe die Fehlzeiten mit "
    "ärztlichen Attesten belegt. Bis das geklärt ist, verlange ich nach Art. 18 DSGVO, dass diese "
    "Beurteilung nicht weiter verwendet und nicht an Kunden weitergegeben wird.\n\n"
    "Dariusz Wiśniewski\nTel. 0176 5550 2231\n",
    R(["Restriction"], "dariusz.wisniewski@web-post.example", "Dariusz", "Wiśniewski"))

add("de-10-kommentare-html",
    "Jana Nowak <jana.nowak@posteo-like.example>",
    "Meine Leserkommentare entfernen",
    html("Hallo,",
         "unter meinem Klarnamen stehen auf Ihrer Website noch etwa 40 Kommentare aus den Jahren "
         "2018 bis 2021. Bitte entfernen Sie diese vollständig.",
         "Mein Digitalabo und mein Konto möchte ich behalten.",
         "Danke,<br>Jana Nowak"),
    R(["Erasure"], "jana.nowak@posteo-like.example", "Jana", "Nowak"), ct=HTML)

add("de-11-paywall-profiling-cp1252",
    "Uwe Schäfer <uwe.schaefer@t-post.example>",
    "Tracking auf Ihrer Nachrichtenseite",
    "Guten Abend,\n\n"
    "Ihr „Bezahlschranken-Zähler“ weiß offenbar genau, was ich lese. Ich widerspreche der "
    "Auswertung meines Leseverhaltens zu Werbe- und Profilingzwecken. Und teilen Sie mir bitte mit, "
    "welche Drittanbieter diese Daten bekommen und wie lange Sie sie aufheben.\n\n"
    "Uwe Schäfer\n",
    R(["Opposition", "Information"], "uwe.schaefer@t-post.example", "Uwe", "Schäfer"),
    ct=CP1252, encode="cp1252")

add("de-12-rechtliche-betreuerin",
    "Svetlana Becker <s.becker@betreuungsbuero.example>",
    "Auskunft für Herrn Günther Lindemann (Betreuung)",
    "Sehr geehrte Damen und Herren,\n\n"
    "als gerichtlich bestellte Betreuerin von Herrn Günther Lindemann (geb. 02.09.1962) mit dem "
    "Aufgabenkreis Vermögenssorge und Behördenangelegenheiten bitte ich um Auskunft über alle bei "
    "Ihnen gespeicherten Daten meines Betreuten, insbesondere Lohnabrechnungen und Einsatzzeiten aus "
    "den Jahren 2022 und 2023. Den Betreuerausweis füge ich bei.\n\n"
    "Mit freundlichen Grüßen\nSvetlana Becker\nBerufsbetreuerin\nTel. 0341 555 88 10\n",
    R(["Access"], "s.becker@betreuungsbuero.example", "Günther", "Lindemann",
      representative="Svetlana Becker"))

add("de-13-sohn-verstorbene-mutter",
    "Benedikt Albrecht <benedikt.albrecht@mailbox-de.example>",
    "Tod meiner Mutter - Abo und Konto",
    "Guten Tag,\n\n"
    "meine Mutter, Hildegard Albrecht, ist im September verstorben. Sie hatte bei Ihnen ein "
    "Print-Abo und ein Online-Konto. Als Alleinerbe bitte ich Sie, das Konto zu schließen und ihre "
    "Daten zu löschen. Den Erbschein kann ich nachreichen.\n\n"
    "Benedikt Albrecht\n\nVon meinem iPhone gesendet\n",
    R(["Erasure"], "benedikt.albrecht@mailbox-de.example", "Hildegard", "Albrecht",
      representative="Benedikt Albrecht"))

add("de-14-disponent-weiterleitung",
    "Stefan Hartmann <stefan.hartmann@acme-corp.example>",
    "WG: Bankverbindung falsch",
    "Hallo Datenschutz,\n\n"
    "die Zeitarbeitnehmerin unten will ihre Daten korrigiert haben, und erwähnt die DSGVO. "
    "Ich leite das lieber an euch weiter.\n\n"
    "Gruß\nStefan Hartmann\nDisponent, Niederlassung Dortmund\n\n"
    "-----Ursprüngliche Nachricht-----\n"
    "Von: Aylin Demir <aylin.demir@web-post.example>\n"
    "Gesendet: Donnerstag, 12. November 2026 07:55\n"
    "An: Stefan Hartmann <stefan.hartmann@acme-corp.example>\n"
    "Betreff: Bankverbindung falsch\n\n"
    "Hallo Herr Hartmann,\n"
    "in meinen Stammdaten ist noch die alte IBAN von der Sparkasse drin, ich hab seit Oktober ein "
    "Konto bei der Volksbank. Außerdem ist mein Familienstand falsch (verheiratet, nicht ledig). "
    "Bitte laut DSGVO berichtigen.\nAylin Demir\n",
    R(["Rectification"], "aylin.demir@web-post.example", "Aylin", "Demir"))

add("de-15-leserservice-anhang",
    "Leserservice <leserservice@acme-corp.example>",
    "WG: Newsletter & Daten",
    None,
    R(["Opposition", "Erasure"], "h.weidenfeld@freenet-like.example", "Hannelore", "Weidenfeld"),
    note="Liebes Datenschutzteam,\nbitte übernehmen, die Leserin möchte Löschung. Kein aktives Abo.\n"
         "Grüße, Petra / Leserservice",
    attached=("Hannelore Weidenfeld <h.weidenfeld@freenet-like.example>", "Newsletter",
              "Guten Tag,\nich bekomme jeden Morgen Ihren Newsletter und dazu Angebote für "
              "Probeabos. Bitte tragen Sie mich aus allen Verteilern aus. Und danach löschen Sie "
              "bitte meine Daten bei Ihnen komplett.\nHannelore Weidenfeld\n"))

add("de-16-zeitung-nicht-da",
    "Gerhard Lorenz <gerhard.lorenz@t-post.example>",
    "Zustellung",
    "Guten Morgen, heute und gestern keine Zeitung im Briefkasten. Ahornweg 3, 79098 Freiburg. "
    "Bitte um Nachlieferung. G. Lorenz\n",
    R(["Unknown"], "gerhard.lorenz@t-post.example", "Gerhard", "Lorenz"))

add("de-17-caps-auskunft",
    "WALTRAUD KESSLER <w.kessler@t-post.example>",
    "AUSKUNFT",
    "ICH WILL WISSEN WAS SIE ALLES UEBER MICH GESPEICHERT HABEN UND WOHER SIE MEINE ADRESSE HABEN "
    "ICH HABE NIE EIN ABO BESTELLT\nWALTRAUD KESSLER\n",
    R(["Access"], "w.kessler@t-post.example", "Waltraud", "Kessler"))

add("de-18-bewerbung-loeschn",
    "j.petrovic@mailbox-de.example", "bewerbung",
    "hallo bitte meine bewerbungsunterlagen löschn hab was anders gefunden danke jovana petrovic\n",
    R(["Erasure"], "j.petrovic@mailbox-de.example", "Jovana", "Petrovic"))

add("de-19-aufgabe-avv-screening",
    "Christina Wolff <christina.wolff@acme-corp.example>",
    "AVV Prüfung - neuer Dienstleister Hintergrundprüfung",
    "Hallo zusammen,\n\n"
    "wir wollen für Kunden aus dem Sicherheitsbereich künftig Hintergrundprüfungen über "
    "SecureCheck GmbH beauftragen. Anbei deren Auftragsverarbeitungsvertrag und die TOMs. Könnt "
    "ihr das bis Ende des Monats prüfen? Der Vertrieb drängelt.\n\n"
    "Viele Grüße\nChristina Wolff\nLeitung Personaldienstleistungen\n",
    TASK("christina.wolff@acme-corp.example", "Christina", "Wolff"))

add("de-20-aufgabe-dsfa-ki-cv",
    "Florian Baumann <florian.baumann@acme-corp.example>",
    "DSFA für KI-Lebenslaufanalyse",
    "Hi,\n\nIT plant ein Tool, das eingehende Lebensläufe automatisch parst und nach Passung "
    "bewertet. Betriebsrat ist informiert. Brauchen wir eine Datenschutz-Folgenabschätzung? Falls "
    "ja, wer macht was? Ich hätte gern bis KW 50 einen Termin.\n\nFlorian Baumann\nIT-Projektleitung\n",
    TASK("florian.baumann@acme-corp.example", "Florian", "Baumann"))

add("de-21-aufgabe-schulung-vvt",
    "Petra Hahn <petra.hahn@acme-corp.example>",
    "Verarbeitungsverzeichnis + Schulung Redaktion",
    "Liebe Kolleginnen und Kollegen,\n\n"
    "die Lokalredaktion nutzt seit Oktober ein neues Tool für Leserumfragen. Bitte nehmt das ins "
    "Verzeichnis der Verarbeitungstätigkeiten auf. Außerdem wünscht sich die Chefredaktion eine "
    "kurze Datenschutzschulung zum Umgang mit Leserzuschriften. Geht das im Dezember?\n\n"
    "Petra Hahn\nAssistenz der Chefredaktion\n",
    TASK("petra.hahn@acme-corp.example", "Petra", "Hahn"))

add("de-22-inc-lohnabrechnung-falsche-adresse",
    "Nils Kaufmann <nils.kaufmann@acme-corp.example>",
    "Lohnabrechnungen an falsche Adressen verschickt",
    "Hallo,\n\n"
    "beim Versand der Lohnabrechnungen Oktober ist beim Seriendruck etwas verrutscht: ca. 25 "
    "Mitarbeiter der Niederlassung Essen haben die Abrechnung eines Kollegen bekommen (Name, "
    "Steuer-ID, Bankverbindung, Lohn). Die ersten Anrufe kamen heute früh. Wie gehen wir vor?\n\n"
    "Nils Kaufmann\nLohnbuchhaltung\n",
    INC("nils.kaufmann@acme-corp.example", "Nils", "Kaufmann"))

add("de-23-inc-leser-fremde-daten",
    "Ingo Reimann <ingo.reimann@freenet-like.example>",
    "Fremde Daten in meinem Kundenkonto",
    "Hallo,\n\nin meinem Abo-Konto steht seit heute eine andere Lieferadresse und eine fremde "
    "Telefonnummer, und unter 'Rechnungen' sehe ich Rechnungen einer Frau aus Kassel mit ihrer "
    "IBAN. Da ist bei Ihnen wohl etwas schiefgelaufen.\n\nIngo Reimann\n",
    INC("ingo.reimann@freenet-like.example", "Ingo", "Reimann"))

add("de-24-inc-phishing-bewerbermanagement",
    "Melanie Vogt <melanie.vogt@acme-corp.example>",
    "Phishing - Zugangsdaten eingegeben",
    "Hallo Datenschutz,\n\n"
    "ich habe heute Morgen auf eine Mail 'Neue Bewerbung - Lebenslauf ansehen' geklickt und auf der "
    "Seite meine Zugangsdaten für das Bewerbermanagementsystem eingegeben. Danach kam eine "
    "Fehlermeldung. IT hat das Konto gesperrt, meinte aber, ich soll es euch melden. Im System sind "
    "ca. 12.000 Bewerberprofile.\n\n"
    "Melanie Vogt\nRecruiterin\n",
    INC("melanie.vogt@acme-corp.example", "Melanie", "Vogt"))

add("de-25-nachfrage-dsr",
    "Oliver Brandt <oliver.brandt@web-post.example>",
    "AW: [DSR-61940] Eingangsbestätigung Ihrer Anfrage",
    "Hallo,\n\nwie ist der Stand? Die Monatsfrist ist nächste Woche um.\n\nOliver Brandt\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: privacy@acme-corp.example\n"
    "Betreff: [DSR-61940] Eingangsbestätigung Ihrer Anfrage\n\n"
    "Sehr geehrter Herr Brandt,\nwir haben Ihre Anfrage unter DSR-61940 erfasst.\n",
    FU("61940", "oliver.brandt@web-post.example", "Oliver", "Brandt"))

add("de-26-nachfrage-auskunft",
    "Annegret Schulze-Hoffmann <a.schulze-hoffmann@t-post.example>",
    "AW: Auskunftsersuchen gem. Art. 15 DSGVO und Antrag auf Löschung",
    "Sehr geehrte Damen und Herren,\n\n"
    "ergänzend zu meinem Schreiben unten: bitte senden Sie die Auskunft an meine neue Anschrift, "
    "Am Stadtpark 2, 30175 Hannover.\n\n"
    "Mit freundlichen Grüßen\nAnnegret Schulze-Hoffmann\n\n"
    "> Gemäß Art. 15 DSGVO ersuche ich Sie um Auskunft darüber, ob und welche personenbezogenen Daten\n",
    FU(ref("de-02-auskunft-und-loeschung"), "a.schulze-hoffmann@t-post.example", "Annegret",
       "Schulze-Hoffmann"),
    headers=irt("de-02-auskunft-und-loeschung"))

add("de-27-spam-abmahnung",
    "Rechtsanwaltskanzlei Dr. Frank & Partner <abmahnung@kanzlei-frank-partner.example>",
    "Abmahnung wegen DSGVO-Verstoß - Zahlungsaufforderung",
    "Sehr geehrte Damen und Herren,\n\n"
    "Ihre Website bindet Google Fonts ohne Einwilligung ein. Unser Mandant verlangt Schadensersatz "
    "in Höhe von 170,00 EUR. Zur Vermeidung eines Gerichtsverfahrens überweisen Sie den Betrag "
    "innerhalb von 48 Stunden. Details im Anhang (Abmahnung.zip).\n",
    IGN("spam", "abmahnung@kanzlei-frank-partner.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="kanzlei-frank-partner.example")])

add("de-28-spam-gewinn",
    "Gewinnbenachrichtigung <info@euro-gewinnspiel.example>",
    "Herzlichen Glückwunsch! Sie haben gewonnen",
    "Ihre E-Mail-Adresse wurde bei der europäischen Datenschutz-Lotterie gezogen. Gewinn: "
    "850.000 EUR. Zur Auszahlung und zum Schutz Ihrer Daten senden Sie uns Name, Geburtsdatum und "
    "Bankverbindung sowie eine Bearbeitungsgebühr von 250 EUR.\n",
    IGN("spam", "info@euro-gewinnspiel.example"), headers=SPAM_HDR)

add("de-29-abwesenheit",
    "Sabine Krüger <sabine.krueger@kunde-logistik.example>",
    "Abwesenheitsnotiz: Ihre Nachricht",
    "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.11. nicht im Büro. Ihre E-Mail "
    "wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich an personal@kunde-logistik.example.\n",
    IGN("auto_reply", "sabine.krueger@kunde-logistik.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-30-unzustellbar",
    "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Unzustellbar: Ihre Anfrage",
    None,
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
