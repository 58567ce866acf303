from common import *  # part de: written blind

# ---------------------------------------------------------------- requests
add("de-01-parkhaus-fotos", "Wiebke Oltmanns <w.oltmanns@posteo.example>",
    "Fotos von meinem Kennzeichen",
    """Hallo,

ich parke seit Jahren im Parkhaus am Hauptbahnhof und habe gerade gelesen, dass Ihre Kameras die Kennzeichen fotografieren. Ich möchte bitte eine Kopie aller Daten und Bilder, die Sie zu mir bzw. meinem Kennzeichen HB-WO 318 gespeichert haben.

Danke
Wiebke Oltmanns
""", R(["Access"], "w.oltmanns@posteo.example", "Wiebke", "Oltmanns"))

add("de-02-spender-weg", "Gökhan Yıldırım <goekhan.yildirim@webpost.example>",
    "löschen",
    """hallo ich hab letztes jahr einmal 20 euro gespendet fürs erdbeben und seit dem krieg ich dauernd post von ihnen bitte alles von mir löschen adresse mail telefon alles danke gökhan yildirim""",
    R(["Erasure"], "goekhan.yildirim@webpost.example", "Gökhan", "Yıldırım"))

add("de-03-caps-bettelbriefe", "HERBERT KRAMPL <h.krampl@aon-mail.example>",
    "SCHLUSS MIT DEN BETTELBRIEFEN",
    """SEHR GEEHRTE DAMEN UND HERREN

ICH BEKOMME JEDE WOCHE EINEN BRIEF MIT KUGELSCHREIBER UND WEIHNACHTSKARTEN DIE ICH NIE BESTELLT HABE. ICH WILL KEINE WERBUNG UND KEINE SPENDENAUFRUFE MEHR VON IHNEN. WEDER PER POST NOCH PER TELEFON.

HERBERT KRAMPL
LINZ
""", R(["Opposition"], "h.krampl@aon-mail.example", "Herbert", "Krampl"))

add("de-04-art15-art20-maut", "Dr. Sabine Wehrhahn-Lindqvist <sabine@wehrhahn-lindqvist.example>",
    "Antrag nach Art. 15 und Art. 20 DSGVO – Mautkonto 7730-118-42",
    """Sehr geehrte Damen und Herren,

als Inhaberin des Mautkontos Nr. 7730-118-42 (Mautbox für Fahrzeug M-SW 4410) mache ich hiermit folgende Rechte geltend:

1. Auskunft gemäß Art. 15 DSGVO über sämtliche zu meiner Person und zu dem genannten Fahrzeug gespeicherten personenbezogenen Daten, einschließlich der Zwecke, Empfänger, Speicherdauer und Herkunft der Daten;

2. Herausgabe der von mir bereitgestellten Daten, insbesondere der vollständigen Fahrtenhistorie (Durchfahrten, Zeitpunkte, Mautstellen, Beträge) der Jahre 2024 bis 2026, in einem strukturierten, gängigen und maschinenlesbaren Format (CSV oder JSON) gemäß Art. 20 DSGVO.

Ich bitte um Erledigung innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen

Dr. Sabine Wehrhahn-Lindqvist
Leopoldstraße 212
80804 München
""", R(["Access", "Portability"], "sabine@wehrhahn-lindqvist.example", "Sabine", "Wehrhahn-Lindqvist"))

add("de-05-neue-adresse-vignette", "Ursula Pfeiffenberger <u.pfeiffenberger@gmx-at.example>",
    "Adressänderung",
    """Grüß Gott,

wir sind von Salzburg nach Hallein übersiedelt. Bitte ändern Sie die Adresse bei meinem Kundenkonto für die Mautbox auf:

Ursula Pfeiffenberger
Davisstraße 9/2
5400 Hallein

Die alte Adresse (Ignaz-Harrer-Straße) bitte nicht mehr verwenden, die Rechnungen kommen sonst beim Nachmieter an.

Danke und liebe Grüße
Ursula Pfeiffenberger
""", R(["Rectification"], "u.pfeiffenberger@gmx-at.example", "Ursula", "Pfeiffenberger"))

add("de-06-anwalt-parkverstoss", "Kanzlei Aigner & Stöckl <office@aigner-stoeckl.example>",
    "Ihr Zeichen PV-2026-0883412 / Mandantin Fr. Dragana Petrović",
    """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Frau Dragana Petrović, Gumpendorfer Straße 71, 1060 Wien, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht liegt bei.

Unsere Mandantin hat von Ihnen eine Zahlungsaufforderung wegen angeblichen Parkens ohne gültigen Parkschein im Parkhaus Westbahnhof erhalten. Namens und im Auftrag unserer Mandantin ersuchen wir um Auskunft gemäß Art. 15 DSGVO über sämtliche zu ihr verarbeiteten Daten, insbesondere um Übermittlung der Kennzeichenaufnahmen samt Zeitstempeln der Ein- und Ausfahrt sowie um Mitteilung, aus welcher Quelle Sie ihre Halteranschrift erhalten haben.

Mit freundlichen Grüßen

Mag. Konstantin Aigner
Rechtsanwalt

Aigner & Stöckl Rechtsanwälte OG
Mariahilfer Straße 45, 1060 Wien
T +43 1 555 0192

Diese Nachricht ist vertraulich und kann dem Anwaltsgeheimnis unterliegen. Sollten Sie nicht der richtige Adressat sein, verständigen Sie uns bitte und löschen Sie die Nachricht.
""", R(["Access"], "office@aigner-stoeckl.example", "Dragana", "Petrović", representative="Konstantin Aigner"))

add("de-07-pate-kenia", "Marie-Luise von Rabenau <ml.rabenau@t-netz.example>",
    "Frage zu meiner Patenschaft",
    """Liebes Team,

ich unterstütze seit drei Jahren die kleine Achieng in Kisumu über Ihre Patenschaft. Mein Sohn meinte, ich solle mal nachfragen: Werden meine Daten (Name, Adresse, Bankverbindung) eigentlich an Ihre Partnerorganisation in Kenia weitergegeben? Und wenn ja, wie sind sie dort geschützt? Und wie lange heben Sie die Briefe auf, die ich an Achieng schreibe?

Ich will nichts löschen lassen, ich möchte es nur verstehen.

Herzliche Grüße
Marie-Luise von Rabenau
""", R(["Information"], "ml.rabenau@t-netz.example", "Marie-Luise", "von Rabenau"))

add("de-08-mautbox-gesperrt", "Tobias van Beek <tobias.vanbeek@mailbox.example>",
    "Mautbox automatisch gesperrt – bitte menschliche Prüfung",
    """Guten Tag,

meine Mautbox wurde heute früh an der Ausfahrt gesperrt, laut Kundenportal "automatisch aufgrund Bonitätsprüfung". Ich hatte nie einen Zahlungsrückstand, das Konto ist gedeckt. Offenbar hat ein System anhand irgendeines Scores entschieden.

Ich bestehe darauf, dass ein Mitarbeiter diese Entscheidung überprüft, und möchte wissen, nach welcher Logik der Score berechnet wurde. Bis dahin kann ich beruflich nicht fahren.

Tobias van Beek
Kundennummer 55-210-9987
""", R(["AutomatedDecision"], "tobias.vanbeek@mailbox.example", "Tobias", "van Beek"))

add("de-09-latin1-basel", "Reto Caduff <reto.caduff@bluewin-mail.example>",
    "Löschung und Widerspruch",
    """Grüezi

Ich war 2019 als Freiwilliger beim Sommerlager in Flims dabei. Seither erhalte ich Ihre Spendenbriefe. Ich möchte, dass Sie meine Daten löschen. Bis das erledigt ist, widerspreche ich ausserdem jeder Verwendung meiner Adresse für Werbezwecke.

Freundliche Grüsse
Reto Caduff
Basel
""", R(["Erasure", "Opposition"], "reto.caduff@bluewin-mail.example", "Reto", "Caduff"),
    ct=LATIN1, encode="latin-1")

add("de-10-html-einspruch-sperren", "Beatrice Zürcher <beatrice.zuercher@outlook-ch.example>",
    "Einspruch Parkbusse – Daten bitte sperren",
    html("Sehr geehrte Damen und Herren",
         "Gegen die Parkbusse Nr. 44-01873 habe ich am 2. November Einspruch erhoben, da ich zum fraglichen Zeitpunkt nachweislich in Zürich war und das Kennzeichen falsch erkannt wurde (ZH 318 740 statt ZH 318 746).",
         "Solange der Einspruch nicht entschieden ist, verlange ich, dass Sie meine Daten nur noch speichern und nicht weiter verwenden, insbesondere nicht an ein Inkassobüro weitergeben.",
         "Freundliche Grüsse<br>Beatrice Zürcher"),
    R(["Restriction"], "beatrice.zuercher@outlook-ch.example", "Beatrice", "Zürcher"), ct=HTML)

add("de-11-lange-geschichte", "Jörg Kühne-Ballhausen <joerg.kb@freenet-post.example>",
    "Unverschämtheit!!!",
    """Sehr geehrte Damen und Herren,

ich weiß gar nicht, wo ich anfangen soll. Am 3. Oktober fahre ich mit meiner Frau in Ihr Parkhaus in der Altstadt, ziehe ein Ticket, wir gehen essen, ich bezahle am Automaten 7,50 Euro, Beleg habe ich noch. Drei Wochen später kommt eine "Vertragsstrafe" über 40 Euro, angeblich sei ich ohne Bezahlung ausgefahren. Auf dem Foto im Schreiben ist ein Kennzeichen mit der Endung 7781 zu sehen, meins endet auf 7787. Ihre Kamera kann offenbar keine 1 von einer 7 unterscheiden.

Ich habe bei der Hotline angerufen, 25 Minuten Warteschleife, dann sagt mir eine junge Dame, sie könne da nichts machen, ich solle schreiben. Also schreibe ich.

Erstens: Korrigieren Sie in Ihrem System das Kennzeichen, das Sie mir zugeordnet haben. Es ist HI-JK 7787 und nicht 7781, und die Strafe gehört nicht zu mir. Zweitens will ich wissen, welche Daten Sie eigentlich alles über mich gespeichert haben, denn offenbar haben Sie ja meine Adresse irgendwoher, und ich möchte eine vollständige Kopie davon.

Ich parke seit zwanzig Jahren in der Altstadt und habe so etwas noch nie erlebt. Sollte ich nicht innerhalb von zwei Wochen etwas hören, geht das an die Verbraucherzentrale.

Jörg Kühne-Ballhausen
Hildesheim
""", R(["Rectification", "Access"], "joerg.kb@freenet-post.example", "Jörg", "Kühne-Ballhausen"))

add("de-12-testament-daten", "Hildegard Anzengruber <hildegard.anzengruber@utanet.example>",
    "Mein Testament und meine Daten",
    """Sehr geehrte Damen und Herren,

ich bin 83 Jahre alt und habe Ihren Verein in meinem Testament mit einem Vermächtnis bedacht. Nun möchte ich für die Zeit nach meinem Tod regeln, was mit meinen persönlichen Daten bei Ihnen geschieht. Mein Wunsch ist, dass nach meinem Ableben alle meine Angaben gelöscht werden, sobald das Vermächtnis abgewickelt ist, und dass mein Name nicht in Ihrem Jahresbericht oder auf einer Spendertafel erscheint. Mein Neffe, Herr Florian Anzengruber, soll Ihr Ansprechpartner sein.

Bitte bestätigen Sie mir, dass Sie das so festhalten.

Hochachtungsvoll
Hildegard Anzengruber
Graz
""", R(["AdvanceDirectives"], "hildegard.anzengruber@utanet.example", "Hildegard", "Anzengruber"))

add("de-13-erbin-vater", "Katharina Blömeke <k.bloemeke@web-mail.example>",
    "Spenderkonto meines verstorbenen Vaters",
    """Guten Tag,

mein Vater, Heinrich Blömeke (geb. 14.02.1937, zuletzt wohnhaft Am Lindenhof 3, 33602 Bielefeld), ist im August verstorben. Er war seit vielen Jahren Dauerspender bei Ihnen. Die Lastschrift haben wir über die Bank bereits gestoppt.

Als Alleinerbin bitte ich Sie, sämtliche Daten meines Vaters aus Ihrer Spenderdatenbank zu löschen. Der Erbschein kann bei Bedarf nachgereicht werden.

Mit freundlichen Grüßen
Katharina Blömeke
""", R(["Erasure"], "k.bloemeke@web-mail.example", "Heinrich", "Blömeke", representative="Katharina Blömeke"))

add("de-14-mutter-jugendliche", "Sandra Okonkwo-Hartmann <sandra.okonkwo@familie-post.example>",
    "Daten meiner Tochter (Jugendgruppe)",
    """Hallo,

meine Tochter Amara Okonkwo (16) engagiert sich seit dem Frühjahr in Ihrer Jugendgruppe in Köln-Ehrenfeld. Bei der Anmeldung wurden viele Angaben abgefragt, auch zur Gesundheit und zur Religion. Als Erziehungsberechtigte möchte ich eine Aufstellung bzw. Kopie aller Daten, die Sie über Amara gespeichert haben.

Viele Grüße
Sandra Okonkwo-Hartmann

Von meinem iPhone gesendet
""", R(["Access"], "sandra.okonkwo@familie-post.example", "Amara", "Okonkwo", representative="Sandra Okonkwo-Hartmann"))

add("de-15-betreuer-demenz", "Matthias Grünwald-Esser <betreuung@gruenwald-esser.example>",
    "Rechtliche Betreuung Herr Wilhelm Strasser – Auskunft und Werbewiderspruch",
    """Sehr geehrte Damen und Herren,

ich bin durch Beschluss des Amtsgerichts Regensburg vom 12.05.2026 (Az. XVII 488/26) zum rechtlichen Betreuer von Herrn Wilhelm Strasser, geb. 03.09.1934, bestellt, u. a. für den Aufgabenkreis Vermögenssorge und Post. Den Betreuerausweis füge ich als Scan bei.

Herr Strasser ist an Demenz erkrankt und hat in den letzten Monaten auf mehrere Ihrer Telefonanrufe hin neue Spendenzusagen gemacht, an die er sich nicht erinnert.

Ich bitte Sie daher:
- mir mitzuteilen, welche Daten Sie über Herrn Strasser speichern (einschließlich der Gesprächsnotizen Ihrer Telefonaktionen);
- Herrn Strasser ab sofort weder anzurufen noch anzuschreiben, um Spenden zu werben.

Mit freundlichen Grüßen
Matthias Grünwald-Esser
Berufsbetreuer
Tel. 0941 555 2271
""", R(["Access", "Opposition"], "betreuung@gruenwald-esser.example", "Wilhelm", "Strasser", representative="Matthias Grünwald-Esser"))

add("de-16-familie-replyto", "Familie Brandstätter <familie.brandstaetter@kabelnet.example>",
    "Keine Anrufe mehr",
    """Guten Abend,

gestern Abend um halb neun hat schon wieder jemand von Ihrem Verein angerufen und mich um eine Erhöhung meiner Patenschaft gebeten. Ich möchte keine Telefonanrufe zu Werbezwecken mehr bekommen. Die Patenschaft läuft normal weiter.

Lena Brandstätter
""", R(["Opposition"], "lena.brandstaetter@kabelnet.example", "Lena", "Brandstätter"),
    headers=["Reply-To: Lena Brandstätter <lena.brandstaetter@kabelnet.example>"])

add("de-17-rechnung-frage", "p.szymanski@mailpost.example",
    "Rechnung Oktober",
    """Hallo, ich habe die Mautrechnung für Oktober doppelt abgebucht bekommen (2x 63,40). Wie bekomme ich das Geld zurück? Rechnungsnr. MR-10-2026-448812.
Gruß P. Szymanski""", R(["Unknown"], "p.szymanski@mailpost.example", None, "Szymanski"))

add("de-18-anbieterwechsel", "Aleksandra Wiśniewska <a.wisniewska@berlin-mail.example>",
    "Datenübertragung an neuen Mautdienstleister",
    """Guten Tag,

ich kündige meinen Vertrag für die Mautbox zum Jahresende und wechsle zu einem anderen Anbieter. Bitte übermitteln Sie meine Vertragsdaten und die Fahrtenliste des laufenden Jahres in einem maschinenlesbaren Format direkt an meinen neuen Anbieter (datenuebernahme@neuer-maut.example), Kundenreferenz dort: NX-88120.

Danke,
Aleksandra Wiśniewska
""", R(["Portability"], "a.wisniewska@berlin-mail.example", "Aleksandra", "Wiśniewska"))

add("de-19-kamera-speicherdauer", "Hannes Obermoser <hannes.obermoser@tirol-net.example>",
    "Kennzeichenerkennung P+R Innsbruck",
    """Servus,

beim neuen Park & Ride in Innsbruck hängt ein Schild "Kennzeichenerfassung". Drei Fragen dazu:
- Wie lange werden die Aufnahmen gespeichert, wenn man ordnungsgemäß bezahlt?
- Wer bekommt die Daten? Auch die Polizei?
- Werden die Bilder irgendwo außerhalb der EU gespeichert (Cloud)?

Danke für eine kurze Antwort.
Hannes Obermoser
""", R(["Information"], "hannes.obermoser@tirol-net.example", "Hannes", "Obermoser"))

add("de-20-denglisch", "Priya Raghunathan-Frei <priya.rf@zurich-mail.example>",
    "Data request / Auskunftsbegehren",
    """Hi there,

sorry, my German is not perfect. Ich wohne seit 2023 in Zürich und nutze Ihre Parking App. I would like to receive a copy of all personal data you have about me - also location data and payment history please. Meine Kundennummer ist CH-77310.

Vielen Dank & best regards
Priya Raghunathan-Frei
""", R(["Access"], "priya.rf@zurich-mail.example", "Priya", "Raghunathan-Frei"))

add("de-21-iphone-kurz", "Nils Petersen <nils.petersen@nordmail.example>",
    "Konto",
    """Bitte löschen sie mein Konto in der Park-App und alle Daten. Nutze ich nicht mehr.

Gesendet von meinem iPhone""", R(["Erasure"], "nils.petersen@nordmail.example", "Nils", "Petersen"))

add("de-22-cp1252-scoring", "Cornelia Haberkorn <c.haberkorn@kanzlei-post.example>",
    "Widerspruch gegen „Spenderpotenzial-Analyse“",
    """Sehr geehrte Damen und Herren,

in Ihrem Newsletter an Förderer schreiben Sie, dass Sie „mit Hilfe externer Dienstleister das Spenderpotenzial unserer Unterstützer analysieren“. Ich verstehe das so, dass Sie mein Einkommen und Vermögen anhand meiner Adresse schätzen lassen.

Dieser Profilbildung widerspreche ich ausdrücklich. Meine Spenden (zuletzt 150 € im September) sollen davon unberührt bleiben.

Mit freundlichen Grüßen
Cornelia Haberkorn
""", R(["Opposition"], "c.haberkorn@kanzlei-post.example", "Cornelia", "Haberkorn"),
    ct=CP1252, encode="cp1252")

add("de-23-oesterreich-formell", "Friedrich Zehetbauer <f.zehetbauer@chello-mail.example>",
    "Auskunft und Löschung gem. Art. 15, 17 DSGVO",
    """Sehr geehrte Damen und Herren!

Ich ersuche um Auskunft gemäß Art. 15 DSGVO, welche personenbezogenen Daten Sie über mich verarbeiten. Nach erteilter Auskunft ersuche ich um Löschung sämtlicher Daten gemäß Art. 17 DSGVO, soweit keine gesetzliche Aufbewahrungspflicht entgegensteht.

Zur Identifikation: Friedrich Zehetbauer, geb. 22.7.1969, Kennzeichen W-482 ZF, Mautbox-Nr. 0045-7710-3.

Mit freundlichen Grüßen
Friedrich Zehetbauer
""", R(["Access", "Erasure"], "f.zehetbauer@chello-mail.example", "Friedrich", "Zehetbauer"))

add("de-24-fuhrpark-fahrer", "Dennis Kowalczyk <dennis.kowalczyk@spedition-lueck.example>",
    "Meine Fahrdaten aus der Mautbox (Firmenfahrzeug)",
    """Hallo,

ich bin Berufskraftfahrer bei der Spedition Lück. Unser LKW (OS-LK 220) fährt mit Ihrer Mautbox. Mein Chef hat mir in einem Gespräch Uhrzeiten vorgehalten, wann ich wo durchgefahren bin. Ich möchte jetzt selbst wissen, welche Daten über meine Fahrten bei Ihnen gespeichert sind und dass Sie mir eine Kopie davon schicken, soweit sie mich betreffen.

Gruß
Dennis Kowalczyk

--
Dennis Kowalczyk | Disposition/Fahrer
Spedition Lück GmbH & Co. KG | Hafenstraße 12 | 49090 Osnabrück
Tel. +49 541 555 8830
Geschäftsführer: Bernd Lück | Amtsgericht Osnabrück HRA 20991
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
""", R(["Access"], "dennis.kowalczyk@spedition-lueck.example", "Dennis", "Kowalczyk"))

add("de-25-spendenquittung-name", "Ewa Jankowiak-Schulte <ewa.js@gmail-post.example>",
    "Name falsch auf der Spendenbeschenigung",
    """hallo,
auf meiner spendenbescheingung für 2025 steht "Eva Jankoviak-Schulz". mein name ist Ewa Jankowiak-Schulte, das finanzamt akzeptiert das so nicht. bitte korrigieren im system und eine neue bescheinigung schicken
danke
ewa""", R(["Rectification"], "ewa.js@gmail-post.example", "Ewa", "Jankowiak-Schulte"))

add("de-26-foto-ehrenamt", "Lukas Mitterhuber <lukas.mitterhuber@studmail.example>",
    "Foto auf der Website entfernen",
    """Hallo zusammen,

auf Ihrer Seite "Unsere Ehrenamtlichen" ist ein Foto von mir beim Spendenlauf 2024 mit vollem Namen. Ich bin nicht mehr aktiv und bewerbe mich gerade auf Jobs. Bitte nehmt das Foto und meinen Namen runter und löscht beides auch bei euch intern.

Danke!
Lukas
""", R(["Erasure"], "lukas.mitterhuber@studmail.example", "Lukas", "Mitterhuber"))

add("de-27-sms-app", "Svenja Rautenberg <svenja.rautenberg@mailbox.example>",
    "SMS",
    """Ich bekomme seit dem Update der Park-App ständig SMS mit "Angeboten" und "Parktipps". Das will ich nicht. Bitte keine Werbe-SMS mehr an 0176 555 3091. Die Parkvorgänge selbst sollen natürlich weiter funktionieren.

S. Rautenberg""", R(["Opposition"], "svenja.rautenberg@mailbox.example", "Svenja", "Rautenberg"))

add("de-28-automatik-strafe", "Emre Doğan <emre.dogan@ruhrpost.example>",
    "Vertragsstrafe vom Computer – ich will einen Menschen",
    """Sehr geehrte Damen und Herren,

am 28.10. bekam ich eine Vertragsstrafe über 30 € aus Ihrem Parkplatz am Einkaufszentrum Essen-Nord, angeblich Höchstparkdauer überschritten. Laut Ihrem Schreiben wurde das "vollautomatisch anhand der Kennzeichenerfassung" festgestellt. Ich war zweimal an diesem Tag dort (morgens und abends), das System hat offenbar Einfahrt morgens und Ausfahrt abends zusammengezählt.

Ich verlange, dass ein Mensch den Fall überprüft und nicht wieder ein Automat. Außerdem möchte ich alle Kameraaufnahmen meines Fahrzeugs (E-ED 5120) von diesem Tag erhalten.

Emre Doğan
""", R(["AutomatedDecision", "Access"], "emre.dogan@ruhrpost.example", "Emre", "Doğan"))

add("de-29-woher-adresse-qp", "Gerlinde Haslinger <gerlinde.haslinger@inode-mail.example>",
    "Woher haben Sie meine Adresse?",
    """Sehr geehrte Damen und Herren,

heute lag ein Brief mit einem Überweisungsträger von Ihnen in meinem Briefkasten, adressiert an mich persönlich. Ich habe nie mit Ihnen zu tun gehabt. Woher haben Sie meine Anschrift? Haben Sie die gekauft?

Und bitte schicken Sie mir in Zukunft keine Post mehr.

Gerlinde Haslinger
""", R(["Information", "Opposition"], "gerlinde.haslinger@inode-mail.example", "Gerlinde", "Haslinger"),
    ct=LATIN1, encode="latin-1-qp")

add("de-30-kollege-inline", "Melanie Vogelsang <melanie.vogelsang@acme-corp.example>",
    "WG: Kündigung und Löschung Mautkonto",
    """Hallo Datenschutz-Team,

die Kundin unten möchte ihr Konto gelöscht haben, das ist ja euer Thema. Kündigung habe ich im System schon eingetragen.

Viele Grüße
Melanie Vogelsang
Kundenservice Maut

-----Ursprüngliche Nachricht-----
Von: Annegret Schoppmeier <annegret.schoppmeier@hausmail.example>
Gesendet: Sonntag, 15. November 2026 19:42
An: kundenservice@acme-corp.example
Betreff: Kündigung und Löschung Mautkonto

Guten Tag,
hiermit kündige ich mein Mautkonto (Nr. 7730-902-15), da ich kein Auto mehr habe. Bitte löschen Sie danach auch alle meine Daten bei Ihnen.
Annegret Schoppmeier
""", R(["Erasure"], "annegret.schoppmeier@hausmail.example", "Annegret", "Schoppmeier"))

add("de-31-kollege-anhang", "Jonas Heidkamp <jonas.heidkamp@acme-corp.example>",
    "WG: Anfrage Spenderin",
    None, R(["Access"], "irmgard.lohse@seniorenpost.example", "Irmgard", "Lohse"),
    attached=("Irmgard Lohse <irmgard.lohse@seniorenpost.example>", "Meine Daten",
              """Sehr geehrte Damen und Herren,

ich spende seit 1998 regelmäßig. Nun möchte ich gerne einmal schriftlich sehen, was Sie alles über mich gespeichert haben. Bitte senden Sie mir eine Kopie meiner Daten per Post.

Mit freundlichen Grüßen
Irmgard Lohse
Kassel
"""),
    note="""Hallo, anbei eine Mail, die beim Spenderservice gelandet ist. Ist eine Auskunftsanfrage, bitte übernehmt ihr das.
Gruß Jonas""")

add("de-32-vignette-schweiz-kurz", "Marco Bernasconi <m.bernasconi@ticino-mail.example>",
    "Datenauskunft",
    """Guten Tag
Bitte teilen Sie mir mit, welche Daten Sie über mich haben, und löschen Sie anschliessend meine E-Mail-Adresse aus dem Newsletter-Verteiler.
Danke, M. Bernasconi""", R(["Access", "Opposition"], "m.bernasconi@ticino-mail.example", "Marco", "Bernasconi"))

# ---------------------------------------------------------------- tasks
add("de-33-avv-kamera", "Stefan Reichenbach <stefan.reichenbach@acme-corp.example>",
    "Bitte Prüfung AVV neuer Kameralieferant",
    """Hallo Datenschutz,

wir wollen ab Januar die Kennzeichenerkennung in den Parkhäusern Nord und Süd auf den neuen Anbieter umstellen. Der Auftragsverarbeitungsvertrag von denen liegt im Teams-Ordner "Einkauf/ANPR 2027". Könnt ihr den bis 4.12. prüfen? Die wollen u. a. Unterauftragnehmer in Serbien einsetzen.

Danke & Gruß
Stefan Reichenbach
Leiter Technik Parken
""", TASK("stefan.reichenbach@acme-corp.example", "Stefan", "Reichenbach"))

add("de-34-dsfa-parkhaus", "Carolin Weißenfels <carolin.weissenfels@acme-corp.example>",
    "DSFA für ticketloses Parken Flughafen",
    """Hi,

für das Projekt "Ticketloses Parken" am Flughafen-Parkhaus P4 brauchen wir laut Projektleitung eine Datenschutz-Folgenabschätzung, bevor wir in den Pilot gehen (Start geplant 1. März). Können wir nächste Woche einen Termin machen, um die Vorlage gemeinsam durchzugehen?

LG Carolin
Projektmanagement
""", TASK("carolin.weissenfels@acme-corp.example", "Carolin", "Weißenfels"))

add("de-35-vvt-crm", "Bernd Oberhollenzer <bernd.oberhollenzer@acme-corp.example>",
    "Verarbeitungsverzeichnis – neues Spender-CRM",
    """Liebe Kolleginnen und Kollegen,

das neue Spender-CRM ist seit Montag produktiv, das alte System wird Ende Dezember abgeschaltet. Bitte aktualisiert den Eintrag im Verzeichnis der Verarbeitungstätigkeiten (Empfänger, Speicherorte, Löschfristen). Die technische Doku hänge ich an.

Beste Grüße
Bernd Oberhollenzer
IT Fundraising
""", TASK("bernd.oberhollenzer@acme-corp.example", "Bernd", "Oberhollenzer"))

add("de-36-schulung-ehrenamt", "Judith Nußbaumer <judith.nussbaumer@acme-corp.example>",
    "Datenschutzschulung für Ehrenamtskoordinatorinnen",
    """Hallo,

unsere 14 regionalen Ehrenamtskoordinatorinnen arbeiten zunehmend mit Listen von Freiwilligen (Telefonnummern, Verfügbarkeiten, teilweise Führungszeugnisse). Könntet ihr im Januar eine einstündige Online-Schulung dazu anbieten? Gerne auch mit Fragerunde.

Danke!
Judith Nußbaumer
Ehrenamtsmanagement
""", TASK("judith.nussbaumer@acme-corp.example", "Judith", "Nußbaumer"))

add("de-37-fragebogen-bank", "Oliver Schmidt-Tannhäuser <oliver.schmidt-tannhaeuser@acme-corp.example>",
    "Lieferantenfragebogen Hausbank – Datenschutzteil",
    """Moin,

die Hausbank hat uns im Rahmen der Lastschrift-Kooperation für Mautkonten einen Fragebogen zur Informationssicherheit und zum Datenschutz geschickt (62 Fragen, Excel im Anhang). Teil C "Datenschutz" müsstet ihr bitte ausfüllen, Frist ist der 30.11.

Gruß
Oliver
Finanzen
""", TASK("oliver.schmidt-tannhaeuser@acme-corp.example", "Oliver", "Schmidt-Tannhäuser"))

# ---------------------------------------------------------------- incidents
add("de-38-laptop-auto", "Philipp Aschenbrenner <philipp.aschenbrenner@acme-corp.example>",
    "DRINGEND Laptop gestohlen",
    """Hallo,

mir wurde heute Morgen in Leipzig der Dienstlaptop aus dem Auto gestohlen (Scheibe eingeschlagen). Auf dem Laptop war eine Exportdatei mit ca. 1.800 Großspendern (Namen, Adressen, Spendenhöhen) für die Regionalveranstaltung. Ob die Festplatte verschlüsselt war, weiß ich nicht sicher. Anzeige bei der Polizei ist gemacht.

Was muss ich jetzt tun?

Philipp Aschenbrenner
Regionalreferent Großspender Ost
Mobil 0151 555 77120
""", INC("philipp.aschenbrenner@acme-corp.example", "Philipp", "Aschenbrenner"))

add("de-39-serienbrief-falsch", "Sevgi Karataş <sevgi.karatas@acme-corp.example>",
    "Fehler beim Versand der Zahlungserinnerungen",
    """Hallo Datenschutz,

beim gestrigen Serienbrieflauf für die Zahlungserinnerungen (Parkverstöße) ist etwas schiefgegangen: ca. 240 Briefe enthielten auf Seite 2 das Kamerabild und das Kennzeichen eines anderen Falls. Aufgefallen ist es, weil heute drei Empfänger angerufen haben. Der Druckdienstleister hat den Lauf gestoppt, aber die Briefe sind raus.

Liste der betroffenen Vorgänge ist in Arbeit.

Sevgi Karataş
Forderungsmanagement
""", INC("sevgi.karatas@acme-corp.example", "Sevgi", "Karataş"))

add("de-40-app-fremde-fahrten", "Rüdiger Lammersdorf <ruediger.lammersdorf@telemail.example>",
    "In Ihrer App sehe ich fremde Daten!",
    """Hallo,

ich habe mich heute in Ihre Maut-App eingeloggt und sehe unter "Meine Fahrten" nicht meine Fahrten, sondern die von einem Fahrzeug mit Kennzeichen GÖ-AR 912, inklusive Name einer Frau, Rechnungsadresse und der letzten vier Ziffern ihrer Kreditkarte. Das ist ja wohl ein ernsthaftes Datenleck. Screenshot kann ich schicken.

Rüdiger Lammersdorf
""", INC("ruediger.lammersdorf@telemail.example", "Rüdiger", "Lammersdorf"))

add("de-41-phishing-klick", "Anja Wöhrle <anja.woehrle@acme-corp.example>",
    "Habe vermutlich auf Phishing-Link geklickt",
    """Hallo IT und Datenschutz,

ich habe vorhin eine Mail "Ihre Microsoft-365-Lizenz läuft ab" bekommen und auf den Link geklickt und meine Zugangsdaten eingegeben. Erst danach ist mir die komische Absenderadresse aufgefallen. Ich habe Zugriff auf das Patenschaftsportal (Daten der Paten und Patenkinder). Passwort habe ich sofort geändert.

Anja Wöhrle
Patenschaftsservice
""", INC("anja.woehrle@acme-corp.example", "Anja", "Wöhrle"))

add("de-42-fremder-patenbrief", "Klaus-Dieter Feddersen <kd.feddersen@kielnet.example>",
    "Falscher Brief in meinem Umschlag",
    """Sehr geehrte Damen und Herren,

in Ihrem Umschlag mit dem Jahresbericht meines Patenkindes lag heute zusätzlich der Bericht über ein anderes Kind, adressiert an eine Familie Ohlendorf in Flensburg, mit deren Adresse, dem Foto des Kindes, seiner Schule und seinem Gesundheitszustand. Ich finde das bedenklich und wollte Ihnen das melden. Soll ich das Schreiben zurückschicken oder vernichten?

Klaus-Dieter Feddersen
""", INC("kd.feddersen@kielnet.example", "Klaus-Dieter", "Feddersen"))

# ---------------------------------------------------------------- follow-ups
add("de-43-dsr-ausweis", "Theresa Kammerlander <theresa.kammerlander@alpenmail.example>",
    "AW: [DSR-40817] Ihre Anfrage auf Auskunft",
    """Guten Tag,

wie gewünscht anbei eine Kopie meines Personalausweises (Nummer geschwärzt).

Freundliche Grüße
Theresa Kammerlander

> Sehr geehrte Frau Kammerlander,
> wir haben Ihre Anfrage erhalten und unter der Nummer DSR-40817 erfasst.
> Um Ihre Identität zu prüfen, senden Sie uns bitte einen Identitätsnachweis.
> Ihr Datenschutz-Team
""", FU("40817", "theresa.kammerlander@alpenmail.example", "Theresa", "Kammerlander"))

add("de-44-dsr-mahnung", "Waldemar Reinholz <w.reinholz@online-post.example>",
    "Re: [DSR-39952] Eingangsbestätigung",
    """Es ist jetzt über einen Monat her und ich habe immer noch keine Auskunft bekommen. Die Frist nach DSGVO ist abgelaufen. Wenn bis Freitag nichts kommt, beschwere ich mich beim Landesdatenschutzbeauftragten.

W. Reinholz
""", FU("39952", "w.reinholz@online-post.example", "Waldemar", "Reinholz"))

add("de-45-nachtrag-beleg", "Jörg Kühne-Ballhausen <joerg.kb@freenet-post.example>",
    "Re: Unverschämtheit!!!",
    """Nachtrag zu meiner Mail von gestern: Ich habe den Kassenbeleg vom Automaten und den Fahrzeugschein eingescannt, damit Sie sehen, dass mein Kennzeichen auf 7787 endet. Ich warte auf die Korrektur und die Kopie meiner Daten.

J. Kühne-Ballhausen
""", FU(ref("de-11-lange-geschichte"), "joerg.kb@freenet-post.example", "Jörg", "Kühne-Ballhausen"),
    headers=irt("de-11-lange-geschichte"))

add("de-46-nachtrag-fotos", "Emre Doğan <emre.dogan@ruhrpost.example>",
    "AW: Vertragsstrafe vom Computer – ich will einen Menschen",
    """Hallo nochmal,

ich habe inzwischen auch die Tankquittung von Mittag gefunden, die zeigt, dass ich zwischendurch weg war. Bitte an die Person weitergeben, die meinen Fall prüft.

Emre Doğan
Gesendet mit der WEB.DE Mail App
""", FU(ref("de-28-automatik-strafe"), "emre.dogan@ruhrpost.example", "Emre", "Doğan"),
    headers=irt("de-28-automatik-strafe"))

# ---------------------------------------------------------------- ignored
add("de-47-erbschaft-spam", "Rechtsanwalt Dr. Helmut Brenner <h.brenner.kanzlei@freemail-intl.example>",
    "Vertraulich: Unbeanspruchtes Erbe von 8.400.000,00 EUR",
    """Sehr geehrter Freund,

ich bin Rechtsanwalt Dr. Helmut Brenner, der persönliche Anwalt eines verstorbenen Kunden, der denselben Familiennamen wie Sie trägt. Er hinterließ ein Guthaben von 8.400.000,00 EUR bei einer Bank in Lomé. Die Bank hat mich aufgefordert, einen Verwandten vorzustellen, sonst wird das Konto gelöscht und das Geld fällt an den Staat.

Ich schlage vor, dass wir die Summe 50/50 teilen. Senden Sie mir bitte Ihren vollständigen Namen, Ihre Telefonnummer und eine Kopie Ihres Ausweises.

Mit freundlichen Grüßen
Dr. Helmut Brenner
""", IGN("spam", "h.brenner.kanzlei@freemail-intl.example"), headers=SPAM_HDR)

add("de-48-postfach-phishing", "IT-Service <it-service@acme-corp-mailadmin.example>",
    "Ihr Postfach wird in 24 Stunden gelöscht",
    """Sehr geehrter Benutzer,

Ihr Postfach privacy@acme-corp.example hat das Speicherlimit überschritten. Alle Daten werden in 24 Stunden unwiderruflich gelöscht, wenn Sie Ihr Konto nicht bestätigen.

Jetzt bestätigen: http://acme-corp-mailadmin.example/verify?u=privacy

IT-Service
""", IGN("spam", "it-service@acme-corp-mailadmin.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-corp-mailadmin.example")])

add("de-49-loeschkonzept-angebot", "Sebastian Krüger | DatenFit Consulting <s.krueger@datenfit-consulting.example>",
    "DSGVO-konformes Löschkonzept in 14 Tagen – für Vereine und Betreiber",
    """Guten Tag,

wussten Sie, dass Bußgelder wegen fehlender Löschkonzepte bis zu 4 % des Jahresumsatzes betragen können? Mit unserer Software DatenFit Erase löschen Sie personenbezogene Daten Ihrer Spender und Kunden automatisch und revisionssicher.

Gerne zeige ich Ihnen in einer 20-minütigen Demo, wie andere Parkraumbetreiber und NGOs das umgesetzt haben. Passt Ihnen Donnerstag um 10 Uhr?

Beste Grüße
Sebastian Krüger
Senior Sales Manager
DatenFit Consulting GmbH

Sie möchten keine weiteren Informationen erhalten? Antworten Sie mit "Abmelden".
""", IGN("spam", "s.krueger@datenfit-consulting.example"))

add("de-50-abwesenheit", "Christiane Vollmer-Duque <c.vollmer-duque@stadtwerke-nord.example>",
    "Automatische Antwort: Ihre Anfrage",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an zentrale@stadtwerke-nord.example.

Mit freundlichen Grüßen
Christiane Vollmer-Duque
""", IGN("auto_reply", "c.vollmer-duque@stadtwerke-nord.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("de-51-newsletter-verband", "Fachverband Parken e.V. <newsletter@fachverband-parken.example>",
    "Parkraum aktuell 11/2026: Kennzeichenerkennung und DSGVO",
    """Parkraum aktuell – Ausgabe November 2026

Themen dieser Ausgabe:
- Urteil des BGH zur Halterhaftung bei Vertragsstrafen
- Kennzeichenerkennung: Was die Aufsichtsbehörden jetzt prüfen
- Termine: Fachtagung Parken am 18. und 19. Februar in Kassel

Den vollständigen Newsletter lesen Sie online.

Sie erhalten diesen Newsletter, weil Sie Mitglied im Fachverband Parken e.V. sind. Abmelden: https://fachverband-parken.example/abmelden
""", IGN("bulk", "newsletter@fachverband-parken.example"),
    headers=["List-Id: Parkraum aktuell <aktuell.fachverband-parken.example>",
             "List-Unsubscribe: <https://fachverband-parken.example/abmelden>",
             "Precedence: bulk"])

add("de-52-unzustellbar", "MAILER-DAEMON@mx.acme-corp.example",
    "Unzustellbar: Ihre Anfrage", None, IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
