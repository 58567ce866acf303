from common import *  # part de: written blind

add("de-01-auskunft-art15-formell",
    "Dr. Friedrich Hagemann <f.hagemann@hagemann-privat.example>",
    "Auskunftsersuchen gemäß Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft nach Art. 15 DSGVO Gebrauch. Bitte teilen
Sie mir mit, ob und welche personenbezogenen Daten Sie über mich verarbeiten, und stellen Sie
mir gemäß Art. 15 Abs. 3 DSGVO eine Kopie dieser Daten zur Verfügung.

Kundennummer: 4100 2287 36
Lieferstelle: Am Mühlbach 9, 79098 Freiburg im Breisgau

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen

Dr. Friedrich Hagemann
""",
    R(["Access"], "f.hagemann@hagemann-privat.example", "Friedrich", "Hagemann"))

add("de-02-einzeiler-werbung",
    "blumenwiese88@webmailer.example",
    "Werbung",
    """Bitte schicken Sie mir keine Werbe-Mails mehr. Danke.
""",
    R(["Opposition"], "blumenwiese88@webmailer.example"))

add("de-03-inkasso-wut-loeschung",
    "Holger Neumann <holger.neumann@freenet-artig.example>",
    "Beschwerde: Inkassoschreiben trotz bezahlter Schlussrechnung",
    """Sehr geehrte Damen und Herren,

ich bin wirklich fassungslos. Im Mai bin ich von Kassel nach Göttingen umgezogen, habe den
Vertrag fristgerecht gekündigt, die Schlussrechnung über 212,40 EUR am 3. Juni bezahlt (der
Kontoauszug liegt bei). Trotzdem bekomme ich seit September Briefe von der "Westfalia
Forderungsmanagement GmbH", die 389 EUR inklusive Gebühren von mir will und mir mit einem
Schufa-Eintrag droht. Bei Ihrer Hotline habe ich dreimal angerufen, jedes Mal hieß es, man
kümmere sich.

Ich fordere Sie auf, mir mitzuteilen, an wen Sie meine Daten im Zusammenhang mit dieser
angeblichen Forderung weitergegeben haben, und dafür zu sorgen, dass meine Daten bei diesem
Inkassounternehmen gelöscht werden. Außerdem erwarte ich eine schriftliche Bestätigung, dass
keine offene Forderung besteht.

Sollte ich bis Monatsende nichts hören, schalte ich die Verbraucherzentrale und die
Datenschutzaufsicht ein.

Holger Neumann
""",
    R(["Information", "Erasure"], "holger.neumann@freenet-artig.example", "Holger", "Neumann"))

add("de-04-berichtigung-name-latin1",
    "Gisela Müller-Lüdenscheidt <g.mueller-luedenscheidt@postfach.example>",
    "Falsche Schreibweise meines Namens",
    """Guten Tag,

seit dem Tarifwechsel schreiben Sie meinen Namen als "Gisela Muller-Ludenscheid". Richtig ist
Müller-Lüdenscheidt, mit Umlauten und mit dt am Ende. Bitte korrigieren Sie das in Ihren
Unterlagen, auch auf dem SEPA-Mandat.

Freundliche Grüße
Gisela Müller-Lüdenscheidt
""",
    R(["Rectification"], "g.mueller-luedenscheidt@postfach.example", "Gisela", "Müller-Lüdenscheidt"),
    ct=LATIN1, encode="latin-1")

add("de-05-oesterreich-konto-loeschen",
    "Johann Gruber <johann.gruber@alpenpost.example>",
    "Kundenkonto löschen",
    """Servus,

ich bin mit Ende Oktober zu einem anderen Anbieter gewechselt. Bitte löscht mein
Kundenkonto im Online-Portal samt allen Daten, die ihr nicht mehr braucht. Eine kurze
Bestätigung wäre fein.

Liebe Grüße aus Graz
Johann Gruber
""",
    R(["Erasure"], "johann.gruber@alpenpost.example", "Johann", "Gruber"))

add("de-06-datenuebertragbarkeit",
    "Katharina Schmitt <k.schmitt@mailbox-de.example>",
    "Export meiner Verbrauchsdaten",
    """Hallo,

ich nutze seit kurzem ein Energiemanagementsystem für meine PV-Anlage und möchte dort meine
historischen Verbrauchswerte importieren. Können Sie mir die Lastgangdaten meines
Stromzählers der letzten 24 Monate in einem gängigen, maschinenlesbaren Format (CSV)
zusenden? Alternativ direkt an den Anbieter des Systems, wenn das einfacher ist.

Viele Grüße
Katharina Schmitt
""",
    R(["Portability"], "k.schmitt@mailbox-de.example", "Katharina", "Schmitt"))

add("de-07-html-einschraenkung-zaehlerstand",
    "Serkan Öztürk <serkan.oeztuerk@netzpost.example>",
    "Bestrittener Zählerstand - Einschränkung der Verarbeitung",
    html("Sehr geehrte Damen und Herren,",
         "ich bestreite die Richtigkeit des in der Jahresabrechnung vom 2. November angesetzten "
         "Zählerstands (geschätzt 48.210 kWh, tatsächlich abgelesen 41.877 kWh, Foto anbei).",
         "Bis zur Klärung verlange ich nach Art. 18 DSGVO, dass die Verarbeitung meiner Daten "
         "eingeschränkt wird. Insbesondere dürfen meine Daten nicht an ein Inkassobüro oder an "
         "Auskunfteien übermittelt werden.",
         "Mit freundlichen Grüßen<br>Serkan Öztürk<br>Vertragskonto 8800 1147 22"),
    R(["Restriction"], "serkan.oeztuerk@netzpost.example", "Serkan", "Öztürk"), ct=HTML)

add("de-08-vorkasse-score",
    "Miriam Albrecht <miriam.albrecht@onlinepost.example>",
    "Vorauszahlung wegen Bonitätsprüfung?",
    """Guten Tag,

bei meinem Online-Antrag wurde mir sofort angezeigt, dass ich nur mit Vorauszahlung beliefert
werde, "aufgrund der automatisierten Bonitätsprüfung". Ich möchte, dass ein Mitarbeiter diese
Entscheidung überprüft. Außerdem bitte ich um Auskunft, welche Daten über mich gespeichert
sind, einschließlich des Scorewerts und von welcher Auskunftei er stammt.

Miriam Albrecht
""",
    R(["AutomatedDecision", "Access"], "miriam.albrecht@onlinepost.example", "Miriam", "Albrecht"))

add("de-09-betreuerin-mutter",
    "Sabine Krüger <sabine.krueger@familie-krueger.example>",
    "Meine Mutter Hildegard Sommer - keine Vertreterbesuche mehr",
    """Sehr geehrte Damen und Herren,

ich bin die gerichtlich bestellte Betreuerin meiner Mutter, Frau Hildegard Sommer (89),
Lindenstraße 4, 34117 Kassel (Betreuerausweis anbei). Meine Mutter ist Ihre Kundin.

In den letzten Wochen standen zweimal Vertreter Ihres Hauses bei ihr vor der Tür und haben
ihr eine Wärmepumpe aufschwatzen wollen. Ich widerspreche hiermit jeder Nutzung ihrer Daten
für Werbung und Verkauf, egal ob persönlich, telefonisch oder schriftlich.

Sabine Krüger
""",
    R(["Opposition"], "sabine.krueger@familie-krueger.example", "Hildegard", "Sommer",
      representative="Sabine Krüger"))

add("de-10-anwalt-auskunft-loeschung",
    "RA Maximilian von Stetten <kanzlei@vonstetten-recht.example>",
    "Unser Mandant Lukas Brandt - Auskunft und Löschung, Az. 118/26",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Lukas Brandt, Schillerstraße 22, 10625 Berlin, anwaltlich
vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Namens und in Vollmacht unseres Mandanten fordern wir Sie auf,

1. Auskunft über sämtliche zu unserem Mandanten gespeicherten personenbezogenen Daten gemäß
   Art. 15 DSGVO zu erteilen und eine Kopie dieser Daten zu übermitteln, sowie
2. diese Daten anschließend gemäß Art. 17 DSGVO zu löschen, soweit keine gesetzlichen
   Aufbewahrungspflichten entgegenstehen.

Für den Eingang Ihrer Antwort haben wir uns den 18. Dezember 2026 notiert.

Mit freundlichen Grüßen

Maximilian von Stetten
Rechtsanwalt
Kanzlei von Stetten | Kurfürstendamm 60 | 10707 Berlin
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender.
""",
    R(["Access", "Erasure"], "kanzlei@vonstetten-recht.example", "Lukas", "Brandt",
      representative="Maximilian von Stetten"))

add("de-11-grossbuchstaben-auskunft",
    "Werner Pohl <werner.pohl@t-post.example>",
    "WAS WISSEN SIE ÜBER MICH",
    """ICH WILL SOFORT WISSEN WELCHE DATEN SIE ÜBER MICH GESPEICHERT HABEN. SCHICKEN SIE MIR
ALLES. IHR VERTRETER KANNTE MEIN GEBURTSDATUM!!!

W. POHL
""",
    R(["Access"], "werner.pohl@t-post.example", "Werner", "Pohl"))

add("de-12-schweiz-speicherdauer",
    "Reto Brunner <reto.brunner@bluemail-ch.example>",
    "Frage zu den Smart-Meter-Daten",
    """Grüezi

Ich hätte eine Frage zu den Daten meines neuen Smart Meters. Wie lange werden die
Viertelstundenwerte bei Ihnen gespeichert, wer ausser Ihnen bekommt sie (Netzbetreiber,
Dienstleister?) und werden sie ausserhalb der Schweiz bzw. der EU gespeichert? Eine Kopie
brauche ich nicht, nur die Informationen.

Freundliche Grüsse
Reto Brunner
Basel
""",
    R(["Information"], "reto.brunner@bluemail-ch.example", "Reto", "Brunner"))

add("de-13-kollege-weiterleitung-telefonwerbung",
    "Tobias Lindner <tobias.lindner@acme-corp.example>",
    "WG: Widerruf Einwilligung",
    """Hallo Datenschutz-Team,

anbei eine Mail, die bei uns im Kundenservice gelandet ist. Die Kundin widerruft ihre
Einwilligung. Könnt ihr das bitte übernehmen bzw. die Sperre setzen?

Danke & Gruß
Tobias Lindner
Kundenservice Team Nord

-----Ursprüngliche Nachricht-----
Von: Anneliese Wagner <anneliese.wagner@heimnetz.example>
Gesendet: Freitag, 13. November 2026 16:48
An: kundenservice@acme-corp.example
Betreff: Widerruf Einwilligung

Hiermit widerrufe ich meine Einwilligung zu Werbeanrufen und Werbung per E-Mail. Ich möchte
nicht mehr zu neuen Tarifen oder Solaranlagen kontaktiert werden.
Anneliese Wagner, Kundennummer 5521 0036 18
""",
    R(["Opposition"], "anneliese.wagner@heimnetz.example", "Anneliese", "Wagner"))

add("de-14-kollege-anhang-datenkopie",
    "Petra Vogel <petra.vogel@acme-corp.example>",
    "WG: Datenkopie",
    "",
    R(["Access"], "joerg.weissenborn@mailzentrale.example", "Jörg", "Weißenborn"),
    note="""Hallo zusammen,
im Anhang eine Kundenanfrage, die per Post-Scan/E-Mail reinkam. Bitte um Bearbeitung.
Gruß Petra Vogel, Posteingang""",
    attached=("Jörg Weißenborn <joerg.weissenborn@mailzentrale.example>", "Datenkopie",
              """Sehr geehrte Damen und Herren,

bitte senden Sie mir eine vollständige Kopie meiner bei Ihnen gespeicherten Daten,
einschließlich Verträgen, Zahlungsverlauf und Gesprächsnotizen.

Jörg Weißenborn
Vertragskonto 7741 0092 55
"""))

add("de-15-tippfehler-loeschen-werbung",
    "chrissi.k@spassmail.example",
    "daten",
    """hallo ich möchte das sie meine daten löschen und mir auch keine werbung mehr schicken ich
war nie kunde bei ihnen woher haben sie überhaupt meine adresse
lg christina
""",
    R(["Erasure", "Opposition"], "chrissi.k@spassmail.example", "Christina", None))

add("de-16-abschlag-zaehlerstand",
    "Manfred Schulze <m.schulze@kabelpost.example>",
    "Abschlag anpassen",
    """Guten Tag,

mein Zählerstand heute: 23.418 kWh. Bitte passen Sie meinen monatlichen Abschlag an, er ist
mit 140 EUR viel zu hoch, seit wir die Wärmepumpe effizienter eingestellt haben.

Manfred Schulze
Kundennummer 3370 2214 09
""",
    R(["Unknown"], "m.schulze@kabelpost.example", "Manfred", "Schulze"))

add("de-17-nicht-loeschen-nur-auswertung-cp1252",
    "Annika Hoffmann-Reyes <annika.hr@mailpunkt.example>",
    "Auswertung meiner Verbrauchsdaten",
    """Hallo,

um Missverständnisse zu vermeiden: Ich möchte ausdrücklich NICHT, dass mein Kundenkonto
gelöscht wird \u2013 ich bin zufrieden. Ich möchte aber nicht, dass meine Verbrauchsdaten für
\u201eindividuelle Tarifempfehlungen\u201c und Marketing ausgewertet werden. Bitte stellen Sie das
ab.

Danke und viele Grüße
Annika Hoffmann-Reyes
""",
    R(["Opposition"], "annika.hr@mailpunkt.example", "Annika", "Hoffmann-Reyes"),
    ct=CP1252, encode="cp1252")

add("de-18-pv-beratung-fotos-loeschen",
    "Ulrike Becker-Nowak <ulrike.becker-nowak@gartenmail.example>",
    "Fotos von meinem Haus",
    """Guten Tag,

im August war ein Berater von Ihnen für ein PV-Angebot bei mir und hat Fotos von meinem Dach,
dem Heizungskeller und dem Zählerschrank gemacht, außerdem meine Stromrechnungen abfotografiert.
Ich habe mich gegen das Angebot entschieden. Bitte entfernen Sie diese Fotos und alle
anderen Unterlagen zu mir aus Ihren Systemen.

Freundliche Grüße
Ulrike Becker-Nowak
Tel. 0171 5550199
""",
    R(["Erasure"], "ulrike.becker-nowak@gartenmail.example", "Ulrike", "Becker-Nowak"))

add("de-19-aufgabe-av-vertrag-callcenter",
    "Florian Hartmann <florian.hartmann@acme-corp.example>",
    "Bitte um Prüfung AV-Vertrag Callcenter Leipzig",
    """Hallo liebes Datenschutz-Team,

wir wollen für die Winterspitze ein zusätzliches Callcenter in Leipzig beauftragen (Inbound,
Abschlagsänderungen und Umzüge). Der Dienstleister hat seinen Muster-AV-Vertrag inkl. TOMs
geschickt. Könnt ihr den bis zum 1.12. prüfen? Unterlagen liegen im Vertragsmanagement-Tool.

Beste Grüße
Florian Hartmann
Leiter Customer Operations
Tel. +49 30 555 0170
""",
    TASK("florian.hartmann@acme-corp.example", "Florian", "Hartmann"))

add("de-20-aufgabe-vvt-foerderservice",
    "Elif Demir <elif.demir@acme-corp.example>",
    "Neuer Eintrag im Verarbeitungsverzeichnis: Förderantrags-Service",
    """Hallo,

ab Januar bieten wir Wärmepumpenkunden an, den KfW/BAFA-Förderantrag für sie zu stellen.
Dafür erheben wir u. a. Einkommensnachweise und Grundbuchdaten. Bitte legt dafür einen
Eintrag im VVT an und sagt mir, ob wir eine DSFA brauchen. Ich kann die Prozessbeschreibung
schicken.

Viele Grüße
Elif Demir
Produktmanagement Wärme
""",
    TASK("elif.demir@acme-corp.example", "Elif", "Demir"))

add("de-21-aufgabe-dsfa-dynamischer-tarif",
    "Jan-Hendrik Vos <jan-hendrik.vos@acme-corp.example>",
    "DSFA für dynamischen Stromtarif",
    """Moin,

für den dynamischen Tarif (Start April) verarbeiten wir Viertelstundenwerte aller Kunden mit
iMSys und bauen daraus Verbrauchsprofile für Prognosen. Compliance meint, dafür braucht es
eine Datenschutz-Folgenabschätzung. Wer bei euch kann das begleiten? Wir würden gern noch im
Dezember starten.

Gruß
Jan-Hendrik Vos
Pricing & Analytics
""",
    TASK("jan-hendrik.vos@acme-corp.example", "Jan-Hendrik", "Vos"))

add("de-22-vorfall-diensthandy-verloren",
    "Dennis Schröder <dennis.schroeder@acme-corp.example>",
    "Diensthandy verloren",
    """Hallo,

ich habe gestern Abend mein Diensthandy vermutlich im Bus in Dortmund verloren. Darauf sind
Outlook und die Vertriebs-App mit meinen Kundenterminen (Namen, Adressen, Telefonnummern) der
nächsten zwei Wochen. Das Handy hat eine PIN. IT ist informiert und will es sperren.

Dennis Schröder
Außendienst Vertrieb West
""",
    INC("dennis.schroeder@acme-corp.example", "Dennis", "Schröder"))

add("de-23-vorfall-extern-fremder-brief",
    "Heike Lorenz <heike.lorenz@briefkasten.example>",
    "Brief an eine andere Kundin erhalten",
    """Guten Tag,

in meinem Umschlag von Ihnen (Abrechnung) steckte heute nicht nur meine Rechnung, sondern
auch die Jahresabrechnung einer Frau Petra Albers aus Hamm, mit ihrer IBAN und ihrem
Verbrauch. Ich schicke Ihnen das Schreiben gern zurück. Bitte sagen Sie mir, wie ich damit
verfahren soll, und prüfen Sie, ob meine Rechnung womöglich bei jemand anderem gelandet ist.

Heike Lorenz
""",
    INC("heike.lorenz@briefkasten.example", "Heike", "Lorenz"))

add("de-24-vorfall-sharepoint-link",
    "Kai Richter <kai.richter@acme-corp.example>",
    "Öffentlicher Freigabelink auf Kundenliste",
    """Hi,

bei einem Routinecheck ist mir aufgefallen, dass eine Excel-Datei mit ca. 2.300 säumigen
Kunden (Name, Adresse, offener Betrag) seit dem 2. Oktober über einen "Jeder mit dem Link"-
Freigabelink erreichbar war. Der Link wurde an den externen Inkassodienstleister geschickt.
Ich habe die Freigabe eben entfernt. Zugriffsprotokolle ziehe ich gerade.

Kai Richter
IT-Security
""",
    INC("kai.richter@acme-corp.example", "Kai", "Richter"))

add("de-25-nachfrage-dsr",
    "Brigitte Hahn <brigitte.hahn@seniorenpost.example>",
    "AW: [DSR-60114] Eingangsbestätigung Ihrer Anfrage",
    """Sehr geehrte Damen und Herren,

ich habe immer noch keine Antwort auf meine Anfrage erhalten. Bitte teilen Sie mir den
Bearbeitungsstand mit.

Mit freundlichen Grüßen
Brigitte Hahn

-----Ursprüngliche Nachricht-----
Betreff: [DSR-60114] Eingangsbestätigung Ihrer Anfrage
Ihre Anfrage wurde unter der Nummer DSR-60114 erfasst.
""",
    FU("60114", "brigitte.hahn@seniorenpost.example", "Brigitte", "Hahn"))

add("de-26-ergaenzung-schufa",
    "Miriam Albrecht <miriam.albrecht@onlinepost.example>",
    "Re: Vorauszahlung wegen Bonitätsprüfung?",
    """Guten Tag,

als Ergänzung zu meiner Mail von heute Morgen: Ich habe mir inzwischen meine
Schufa-Selbstauskunft besorgt, sie enthält keinerlei Negativeinträge. Bitte berücksichtigen
Sie das bei der Überprüfung. Die Auskunft kann ich Ihnen gern schicken.

Miriam Albrecht
""",
    FU(ref("de-08-vorkasse-score"), "miriam.albrecht@onlinepost.example", "Miriam", "Albrecht"),
    headers=irt("de-08-vorkasse-score"))

add("de-27-spam-konto-phishing",
    "Datenschutz-Center <sicherheit@kundenkonto-update.example>",
    "Wichtig: Ihr Konto wird aus Datenschutzgründen gelöscht",
    """Sehr geehrter Kunde,

aufgrund der neuen Datenschutzrichtlinie müssen alle Konten bis zum 30.11. verifiziert
werden. Nicht verifizierte Konten und alle gespeicherten Daten werden unwiderruflich
gelöscht.

Jetzt verifizieren: http://kundenkonto-update.example/login

Ihr Datenschutz-Center
""",
    IGN("spam", "sicherheit@kundenkonto-update.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="kundenkonto-update.example")])

add("de-28-spam-erbschaft",
    "Barrister James Okafor <j.okafor.chambers@lawmail-intl.example>",
    "Vertrauliche Erbschaftsangelegenheit",
    """Lieber Freund,

ich bin Anwalt eines verstorbenen Kunden, der denselben Nachnamen wie Sie trägt und 8,5
Millionen Euro ohne Erben hinterlassen hat. Ich schlage vor, dass wir die Summe teilen. Bitte
senden Sie mir Ihren vollständigen Namen, Ihre Adresse und Telefonnummer. Ihre Daten werden
streng vertraulich behandelt.

Barrister James Okafor
""",
    IGN("spam", "j.okafor.chambers@lawmail-intl.example"), headers=SPAM_HDR)

add("de-29-abwesenheitsnotiz",
    "Claudia Weber <claudia.weber@stadtwerke-partner.example>",
    "Abwesenheitsnotiz: Rückfrage Datenschutz",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im Büro.
Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
info@stadtwerke-partner.example.

Claudia Weber
""",
    IGN("auto_reply", "claudia.weber@stadtwerke-partner.example"),
    headers=["Auto-Submitted: auto-replied"])

add("de-30-newsletter-datenschutzverlag",
    "Datenschutz-Praxis Newsletter <newsletter@datenschutz-praxis.example>",
    "Datenschutz-Praxis 47/2026: Smart Meter, Beschäftigtendaten, EuGH aktuell",
    """DATENSCHUTZ-PRAXIS - Ausgabe 47/2026

- Smart-Meter-Gateway: Was Energieversorger wissen müssen
- EuGH zum Schadensersatz nach Art. 82 DSGVO
- Checkliste: Auftragsverarbeitung im Callcenter

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden
""",
    IGN("bulk", "newsletter@datenschutz-praxis.example"),
    headers=["List-Id: Datenschutz-Praxis <news.datenschutz-praxis.example>",
             "List-Unsubscribe: <https://datenschutz-praxis.example/abmelden>",
             "Precedence: bulk"])
