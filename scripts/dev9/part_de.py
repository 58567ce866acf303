from common import *  # part de: written blind

# ---------------------------------------------------------------- Anfragen

add("de-01-auskunft-kurz", "Friederike Lindqvist <f.lindqvist@netzpost.example>",
    "Auskunft nach Art. 15 DSGVO",
    """Guten Tag,

bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich gespeichert haben, und senden Sie mir eine Kopie.

Mit freundlichen Grüßen
Friederike Lindqvist
""",
    R(["Access"], "f.lindqvist@netzpost.example", "Friederike", "Lindqvist"))

add("de-02-loeschen-tippfehler", "marcel.kuehn84@freemail.example",
    "lösschen",
    """hallo bitte mein kundenkonto und die kundekarte löschen mit allen daten ich brauch das nich mehr danke
marcel kühn
""",
    R(["Erasure"], "marcel.kuehn84@freemail.example", "Marcel", "Kühn"))

add("de-03-formell-15-20", "Dr. Konstantin von Wartenberg <k.vonwartenberg@kanzleipost.example>",
    "Geltendmachung meiner Rechte aus Art. 15 und Art. 20 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich als Inhaber der Acme-Plus-Kundenkarte (Nr. 7712 0045 3391) und Versicherungsnehmer der über Sie vermittelten Hausratversicherung (VS-Nr. HR-2204417) folgende Rechte geltend:

1. Auskunft gemäß Art. 15 Abs. 1 DSGVO sowie eine Kopie der Daten gemäß Art. 15 Abs. 3 DSGVO, einschließlich der Herkunft der Daten, der Empfänger und der geplanten Speicherdauer;

2. Herausgabe meiner Einkaufsdaten (Kassenbons der letzten 24 Monate) in einem strukturierten, gängigen und maschinenlesbaren Format gemäß Art. 20 DSGVO.

Ich erwarte Ihre Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO).

Mit freundlichen Grüßen
Dr. Konstantin von Wartenberg
Am Schlossberg 3
79098 Freiburg im Breisgau
""",
    R(["Access", "Portability"], "k.vonwartenberg@kanzleipost.example", "Konstantin", "von Wartenberg"))

add("de-04-grossbuchstaben-anrufe", "Waltraud Oberhuber <w.oberhuber@aonpost.example>",
    "WERBEANRUFE",
    """HÖREN SIE SOFORT AUF MICH WEGEN IHRER WOHNGEBÄUDEVERSICHERUNG ANZURUFEN!!! ICH HABE DAZU NIE EINGEWILLIGT. ICH WIDERSPRECHE JEDER WERBUNG.

WALTRAUD OBERHUBER
""",
    R(["Opposition"], "w.oberhuber@aonpost.example", "Waltraud", "Oberhuber"))

add("de-05-schufa-frage", "Emre Özdemir <emre.oezdemir@netzpost.example>",
    "Bonitätsprüfung bei Angebotsanfrage",
    """Hallo,

bei meiner Anfrage für eine Hausratversicherung wurde offenbar eine Bonitätsauskunft eingeholt. Bei welcher Auskunftei war das, welche Daten haben Sie übermittelt und erhalten, und wozu brauchen Sie das für eine Hausratversicherung?

Danke und Gruß
Emre Özdemir
""",
    R(["Information"], "emre.oezdemir@netzpost.example", "Emre", "Özdemir"))

add("de-06-art22-tarif", "Annegret Großkopf <annegret.grosskopf@freemail.example>",
    "Ablehnung durch automatisierte Entscheidung - Art. 22 DSGVO",
    """Sehr geehrte Damen und Herren,

mein Antrag auf eine Wohngebäudeversicherung wurde online sofort abgelehnt („Risikoprüfung negativ“). Ich gehe davon aus, dass dies ausschließlich automatisiert entschieden wurde.

Gemäß Art. 22 Abs. 3 DSGVO verlange ich das Eingreifen einer Person und die Überprüfung der Entscheidung. Außerdem bitte ich um Auskunft über die zu meiner Person gespeicherten Daten, die in die Entscheidung eingeflossen sind.

Mit freundlichen Grüßen
Annegret Großkopf
""",
    R(["AutomatedDecision", "Access"], "annegret.grosskopf@freemail.example", "Annegret", "Großkopf"))

add("de-07-anwalt-mandantin", "RA Tobias Eckhardt-Saleh <eckhardt@ra-eckhardt.example>",
    "Auskunftsersuchen für unsere Mandantin Frau Svenja Brinkmann",
    """Sehr geehrte Damen und Herren,

wir vertreten die rechtlichen Interessen von Frau Svenja Brinkmann, Lindenstraße 12, 30159 Hannover. Eine auf uns lautende Vollmacht liegt bei.

Frau Brinkmann wurde am 7. Oktober 2026 in Ihrer Filiale Hannover-List des Ladendiebstahls bezichtigt. Namens und in Vollmacht unserer Mandantin verlangen wir Auskunft gemäß Art. 15 DSGVO über sämtliche zu ihrer Person gespeicherten Daten, insbesondere Videoaufzeichnungen, Hausverbotslisten und Vorfallsberichte.

Mit freundlichen Grüßen

Tobias Eckhardt-Saleh
Rechtsanwalt
Kanzlei Eckhardt | Tel. 0511 000000

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
""",
    R(["Access"], "eckhardt@ra-eckhardt.example", "Svenja", "Brinkmann",
      representative="Tobias Eckhardt-Saleh"))

add("de-08-betreuerin-mutter", "Ulrike Mählmann <ulrike.maehlmann@netzpost.example>",
    "Rechtliche Betreuung meiner Mutter",
    """Sehr geehrte Damen und Herren,

ich bin gerichtlich bestellte Betreuerin meiner Mutter, Frau Hildegard Mählmann (geb. 14.11.1940), mit dem Aufgabenkreis Vermögenssorge. Meine Mutter erhält ständig Werbebriefe und Anrufe zu Versicherungszusätzen, die sie verwirren.

Ich widerspreche in ihrem Namen jeder Nutzung ihrer Daten für Werbung. Den Betreuerausweis sende ich gern zu.

Ulrike Mählmann
""",
    R(["Opposition"], "ulrike.maehlmann@netzpost.example", "Hildegard", "Mählmann",
      representative="Ulrike Mählmann"))

add("de-09-erbe-vater", "Johannes Albrecht-Nowicki <j.albrecht@freemail.example>",
    "Verstorbener Kunde Herbert Albrecht",
    """Guten Tag,

mein Vater Herbert Albrecht ist am 30. Oktober verstorben. Ich bin sein Alleinerbe (Erbschein liegt vor). Bitte löschen Sie sein Kundenkonto und die Kundenkarte. Die Versicherung kündige ich separat.

Gruß
Johannes Albrecht-Nowicki
""",
    R(["Erasure"], "j.albrecht@freemail.example", "Herbert", "Albrecht",
      representative="Johannes Albrecht-Nowicki"))

add("de-10-name-falsch-latin1", "Jürgen Weißenböck <j.weissenboeck@aonpost.example>",
    "Falsche Schreibweise meines Namens",
    """Sehr geehrte Damen und Herren,

in allen Schreiben zu meiner Versicherung steht mein Name als "Juergen Weissenbock". Richtig ist: Jürgen Weißenböck. Bitte korrigieren Sie das in Ihren Unterlagen, auch auf der Kundenkarte.

Freundliche Grüße
Jürgen Weißenböck
""",
    R(["Rectification"], "j.weissenboeck@aonpost.example", "Jürgen", "Weißenböck"),
    ct=LATIN1, encode="latin-1")

add("de-11-einschraenkung-gutachten", "Sabine Leutheusser <sabine.leutheusser@netzpost.example>",
    "Einschränkung der Verarbeitung - Gutachten vom 20.10.",
    """Sehr geehrte Damen und Herren,

das Gutachten zu meinem Leitungswasserschaden enthält nachweislich falsche Angaben zu Baujahr und Wohnfläche. Ich habe die Richtigkeit bereits bestritten. Bis zur Klärung verlange ich nach Art. 18 DSGVO die Einschränkung der Verarbeitung dieser Daten.

Mit freundlichen Grüßen
Sabine Leutheusser
""",
    R(["Restriction"], "sabine.leutheusser@netzpost.example", "Sabine", "Leutheusser"))

add("de-12-html-widerruf", "Lena Hoffmann-Diallo <lena.hd@freemail.example>",
    "Widerruf Einwilligung",
    html("Hallo,",
         "hiermit <b>widerrufe ich meine Einwilligung</b> in den Empfang des Acme-Newsletters und in personalisierte Werbung in der App.",
         "Viele Grüße<br>Lena Hoffmann-Diallo"),
    R(["Opposition"], "lena.hd@freemail.example", "Lena", "Hoffmann-Diallo"),
    ct=HTML)

add("de-13-familienadresse", "Familie Schwarzkopf <familie.schwarzkopf@netzpost.example>",
    "Kundenkarte meines Mannes löschen",
    """Hallo,

hier schreibt Markus Schwarzkopf über unsere Familienadresse. Ich möchte, dass meine Kundenkarte und alle meine Daten bei Ihnen gelöscht werden. Antwort bitte an meine persönliche Adresse.

Markus Schwarzkopf
""",
    R(["Erasure"], "markus.schwarzkopf@freemail.example", "Markus", "Schwarzkopf"),
    headers=["Reply-To: Markus Schwarzkopf <markus.schwarzkopf@freemail.example>"])

add("de-14-lieferung", "Petra Zimmermann <petra.zimmermann@netzpost.example>",
    "Onlinebestellung nicht angekommen",
    """Guten Tag, meine Bestellung Nr. 55102298 (Lieferservice) ist seit Samstag überfällig. Wo bleibt sie? Gruß P. Zimmermann
""",
    R(["Unknown"], "petra.zimmermann@netzpost.example", "Petra", "Zimmermann"))

add("de-15-lang-gutachter", "Bernhard Strohmaier <b.strohmaier@aonpost.example>",
    "Beschwerde über Ihren Gutachter",
    """Sehr geehrte Damen und Herren,

was ich mit Ihrem Haus in den letzten Wochen erlebt habe, ist eine Frechheit.

Nach dem Sturm Anfang Oktober war unser Carport beschädigt. Ich habe den Schaden ordnungsgemäß gemeldet. Daraufhin kam ein Gutachter, der sich nicht nur den Carport ansah, sondern ungefragt durch das ganze Haus lief, Fotos vom Wohnzimmer, von unserem Schmuckkästchen und sogar vom Tresor im Keller machte. Auf meine Frage sagte er, das sei „für die Hausratbewertung“. Ich habe aber gar keinen Hausratschaden gemeldet!

Seitdem wird der Carport-Schaden nicht reguliert, „weil noch Prüfungen laufen“.

Ich verlange, dass sämtliche Fotos aus dem Inneren unseres Hauses gelöscht werden. Außerdem möchte ich eine Kopie von allem, was Sie über mich und meine Frau im Zusammenhang mit diesem Schaden gespeichert haben, inklusive des Gutachtens.

Ich behalte mir eine Beschwerde bei der Aufsichtsbehörde vor.

Bernhard Strohmaier
Tel. 0043 660 0000000
""",
    R(["Erasure", "Access"], "b.strohmaier@aonpost.example", "Bernhard", "Strohmaier"))

add("de-16-weiterleitung-inline", "Katrin Vogel <katrin.vogel@acme-corp.example>",
    "WG: Adressänderung",
    """Hallo Datenschutz-Team,

die Kundin hat an den Markt geschrieben. Kann ich die Adresse einfach ändern oder müsst ihr das machen? Ich leite es sicherheitshalber weiter.

Katrin Vogel
Marktleitung Kassel-Wilhelmshöhe

----- Weitergeleitete Nachricht -----
Von: Dilara Aksoy <dilara.aksoy@freemail.example>
Gesendet: Donnerstag, 12. November 2026 08:55
An: markt.kassel@acme-corp.example
Betreff: Adressänderung

Hallo, ich bin umgezogen. Neue Adresse: Goethestraße 8, 34119 Kassel. Bitte bei der Kundenkarte und bei der Hausratversicherung ändern. Danke, Dilara Aksoy
""",
    R(["Rectification"], "dilara.aksoy@freemail.example", "Dilara", "Aksoy"))

add("de-17-weiterleitung-anhang", "Holger Brandt <holger.brandt@acme-corp.example>",
    "WG: Widerspruch Profilbildung",
    "",
    R(["Opposition"], "c.reinhardt-yu@netzpost.example", "Carola", "Reinhardt-Yu"),
    attached=("Carola Reinhardt-Yu <c.reinhardt-yu@netzpost.example>", "Widerspruch Profilbildung",
              """Sehr geehrte Damen und Herren,

ich widerspreche gemäß Art. 21 DSGVO der Auswertung meiner Einkäufe zur Erstellung eines Kundenprofils und für personalisierte Angebote.

Carola Reinhardt-Yu
"""),
    note="Kam im Kundenservice-Postfach an, bitte übernehmen. Danke, Holger")

add("de-18-schweiz-drittland", "Reto Bachmann <reto.bachmann@bluemail.example>",
    "Datenübermittlung USA?",
    """Grüezi

Ich habe gelesen, dass Ihre App Daten an Dienstleister in den USA übermittelt. Welche meiner Daten gehen wohin, auf welcher Grundlage, und wie lange werden sie dort gespeichert?

Freundliche Grüsse
Reto Bachmann
""",
    R(["Information"], "reto.bachmann@bluemail.example", "Reto", "Bachmann"))

add("de-19-iphone-loeschen", "Nadine Yildiz <nadine.yildiz@freemail.example>",
    "Konto",
    """Bitte löschen Sie mein Konto und meine Daten.

Von meinem iPhone gesendet
""",
    R(["Erasure"], "nadine.yildiz@freemail.example", "Nadine", "Yildiz"))

add("de-20-uebertragung-cp1252", "Wolfgang Pürstinger <w.puerstinger@aonpost.example>",
    "Übertragung meiner Versicherungsdaten",
    """Sehr geehrte Damen und Herren,

ich wechsle zum 1.1. zu einem anderen Makler („Donauland Versicherungsmakler GmbH“). Bitte übermitteln Sie meine Vertrags- und Schadensdaten gemäß Art. 20 DSGVO direkt in einem gängigen elektronischen Format an: uebernahme@donauland-makler.example – Vertragsnummer WG-881203.

Vielen Dank – W. Pürstinger
""",
    R(["Portability"], "w.puerstinger@aonpost.example", "Wolfgang", "Pürstinger"),
    ct=CP1252, encode="cp1252")

add("de-21-ohne-name-post", "h.grabowski@freemail.example",
    "keine post mehr",
    """bitte keine werbepost mehr an mich schicken. danke. h. grabowski, bremen
""",
    R(["Opposition"], "h.grabowski@freemail.example", None, "Grabowski"))

# ---------------------------------------------------------------- Aufgaben

add("de-22-aufgabe-avv", "Stefanie Kaltenbach <stefanie.kaltenbach@acme-corp.example>",
    "AVV-Prüfung neuer Druckdienstleister",
    """Hallo zusammen,

wir vergeben den Druck und Versand der Kundenkarten-Abrechnungen ab Februar an die PrintLogistik GmbH. Anbei der Entwurf des Auftragsverarbeitungsvertrags. Könnt ihr den bitte bis 10.12. prüfen, insbesondere die TOMs und die Unterauftragnehmer?

Danke!
Stefanie Kaltenbach
Einkauf
""",
    TASK("stefanie.kaltenbach@acme-corp.example", "Stefanie", "Kaltenbach"))

add("de-23-aufgabe-dsfa", "Florian Aigner <florian.aigner@acme-corp.example>",
    "DSFA für Drohnen-Dachinspektionen",
    """Servus,

die Schadenabteilung möchte ab März Dächer per Drohne begutachten lassen (Luftaufnahmen, auch der Nachbargrundstücke). Brauchen wir dafür eine Datenschutz-Folgenabschätzung? Falls ja, können wir einen Termin machen?

Florian Aigner
Innovation Schaden
""",
    TASK("florian.aigner@acme-corp.example", "Florian", "Aigner"))

add("de-24-aufgabe-vvt-schulung", "Miriam Scholz <miriam.scholz@acme-corp.example>",
    "VVT-Eintrag Pfandautomaten + Schulung",
    """Hallo Datenschutz,
für die neuen Pfandautomaten mit App-Gutschrift fehlt noch der Eintrag im Verzeichnis der Verarbeitungstätigkeiten. Außerdem würden die Marktleiter gern eine kurze Datenschutzschulung zum Thema Videoüberwachung bekommen. Könnt ihr beides einplanen?
Miriam Scholz, Filialorganisation
""",
    TASK("miriam.scholz@acme-corp.example", "Miriam", "Scholz"))

# ---------------------------------------------------------------- Vorfälle

add("de-25-vorfall-laptop-zug", "Dennis Köhler <dennis.koehler@acme-corp.example>",
    "Notebook im ICE liegen gelassen",
    """Hallo,

ich habe gestern Abend mein Dienstnotebook im ICE 578 Richtung Hamburg liegen gelassen. Die Festplatte ist mit BitLocker verschlüsselt, aber im Browser war ich im Schadenportal angemeldet. Fundbüro der Bahn ist informiert, IT auch.

Dennis Köhler
Schadenregulierung
""",
    INC("dennis.koehler@acme-corp.example", "Dennis", "Köhler"))

add("de-26-vorfall-falscher-empfaenger", "Gisela Neumaier <gisela.neumaier@netzpost.example>",
    "Fremde Unterlagen erhalten",
    """Sehr geehrte Damen und Herren,

mit Ihrem Schreiben zu meiner Hausratversicherung lagen auch drei Seiten eines anderen Kunden bei: ein Schadensprotokoll mit Name, Adresse, Bankverbindung und Fotos seiner Wohnung. Ich finde das unglaublich. Was soll ich mit den Unterlagen machen?

Gisela Neumaier
""",
    INC("gisela.neumaier@netzpost.example", "Gisela", "Neumaier"))

add("de-27-vorfall-phishing", "Lukas Brenner <lukas.brenner@acme-corp.example>",
    "Phishing-Mail geöffnet und Anhang ausgeführt",
    """Hi,

ich habe eben eine angebliche Rechnung von einem Lieferanten geöffnet und die Datei im Anhang ausgeführt. Danach kam ein schwarzes Fenster. Mein Rechner hat Zugriff auf die Kundendatenbank der Kundenkarte. Ich habe das Netzwerkkabel gezogen und die IT angerufen. Müsst ihr das auch wissen?

Lukas Brenner
CRM-Team
""",
    INC("lukas.brenner@acme-corp.example", "Lukas", "Brenner"))

add("de-28-vorfall-muell", "Ole Petersen <ole.petersen@freemail.example>",
    "Kundenformulare im Altpapier",
    """Hallo,

im offenen Altpapiercontainer hinter Ihrer Filiale in Kiel-Gaarden liegen stapelweise Anmeldeformulare für die Kundenkarte, mit Namen, Adressen, Geburtsdaten und Unterschriften. Jeder kann die mitnehmen. Ich habe Fotos gemacht. Bitte kümmern Sie sich darum.

Ole Petersen
""",
    INC("ole.petersen@freemail.example", "Ole", "Petersen"))

# ---------------------------------------------------------------- Nachfragen

add("de-29-nachfrage-dsr", "Ralf Düsterhoff <ralf.duesterhoff@netzpost.example>",
    "AW: [DSR-46690] Eingangsbestätigung Ihrer Anfrage",
    """Guten Tag,

die Monatsfrist ist abgelaufen. Bitte teilen Sie mir mit, wann ich die Auskunft erhalte.

R. Düsterhoff

> Ihre Anfrage ist bei uns unter der Nummer DSR-46690 eingegangen.
""",
    FU("46690", "ralf.duesterhoff@netzpost.example", "Ralf", "Düsterhoff"))

add("de-30-nachfrage-irt-art22", "Annegret Großkopf <annegret.grosskopf@freemail.example>",
    "AW: Ablehnung durch automatisierte Entscheidung - Art. 22 DSGVO",
    """Ergänzend: Das Haus ist ein Fertighaus von 2004, nicht von 1974, wie ich im Online-Formular versehentlich angegeben hatte. Vielleicht erklärt das die Ablehnung. Bitte bei der Überprüfung berücksichtigen.

A. Großkopf
""",
    FU(ref("de-06-art22-tarif"), "annegret.grosskopf@freemail.example", "Annegret", "Großkopf"),
    headers=irt("de-06-art22-tarif"))

add("de-31-nachfrage-dsr-ausweis", "Tanja Wendt <tanja.wendt@freemail.example>",
    "Re: [DSR-51024] Identitätsnachweis",
    """Hallo, anbei wie gewünscht die Kopie meines Personalausweises (geschwärzt). Gruß Tanja Wendt
""",
    FU("51024", "tanja.wendt@freemail.example", "Tanja", "Wendt"))

# ---------------------------------------------------------------- ignorieren

add("de-32-phishing-konto", "Sparkasse Sicherheit <sicherheit@sparkasse-kunden-info.example>",
    "Ihr Konto wurde vorübergehend gesperrt",
    """Sehr geehrter Kunde,

aufgrund neuer Sicherheitsrichtlinien wurde Ihr Online-Banking vorübergehend gesperrt. Bitte bestätigen Sie Ihre Daten innerhalb von 48 Stunden:

https://sparkasse-kunden-info.example/login

Ihr Sparkassen-Team
""",
    IGN("spam", "sicherheit@sparkasse-kunden-info.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="sparkasse-kunden-info.example")])

add("de-33-spam-erbschaft", "Rechtsanwalt Dr. Samuel Okonkwo <dr.okonkwo.law@webpost.example>",
    "Vertrauliche Geschäftsanfrage",
    """Sehr geehrter Herr / Frau,

ich bin Anwalt eines verstorbenen Kunden, der 12,5 Millionen Euro auf einem Konto hinterlassen hat. Ich suche einen ausländischen Partner, der das Geld empfängt. Sie erhalten 40 %. Bitte antworten Sie mit Ihrem vollständigen Namen, Telefonnummer und Bankdaten. Alle Ihre Daten werden nach Abschluss gelöscht.

Hochachtungsvoll
Dr. Samuel Okonkwo
""",
    IGN("spam", "dr.okonkwo.law@webpost.example"),
    headers=SPAM_HDR)

add("de-34-abwesenheit", "Kanzlei Eckhardt <eckhardt@ra-eckhardt.example>",
    "Abwesenheitsnotiz: Ihre Nachricht",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.

Tobias Eckhardt-Saleh
""",
    IGN("auto_reply", "eckhardt@ra-eckhardt.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("de-35-unzustellbar", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Unzustellbar: Ihre Anfrage",
    "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"),
    dsn=True)
