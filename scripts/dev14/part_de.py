from common import *  # part de: written blind

add("de-01-was-speichern-sie",
    "Jürgen Müller <juergen.mueller@web-mail.example>",
    "Frage zu meinen Daten",
    "Guten Tag, was haben Sie eigentlich alles über mich gespeichert? Bitte um Zusendung. Gruß J. Müller\n",
    R(["Access"], "juergen.mueller@web-mail.example", "Jürgen", "Müller"))

add("de-02-kueche-montage-werbung",
    "Heike Weißbach <heike.weissbach@t-mail.example>",
    "Beschwerde Küchenmontage Auftrag 2207718",
    """Sehr geehrte Damen und Herren,

im August habe ich bei Ihnen in der Filiale Köln-Porz eine Einbauküche für knapp 9.000 Euro gekauft. Was
seitdem passiert ist, spottet jeder Beschreibung. Der erste Montagetermin wurde zwei Stunden vorher
abgesagt. Beim zweiten Termin fehlten die Arbeitsplatte und zwei Oberschränke. Beim dritten Termin hat
der Monteur das Spülbecken falsch herum eingebaut und den Wasseranschluss nicht dicht bekommen.

Ich habe seitdem elf Mal bei Ihrer Hotline angerufen. Jedes Mal wurde mir ein Rückruf versprochen.

Was mich zusätzlich ärgert: Während ich auf meine fertige Küche warte, bekomme ich von Ihnen fast
täglich Werbemails, Prospekte und sogar Anrufe, ob ich nicht Interesse an einem neuen Kühlschrank
hätte. Das muss sofort aufhören – ich will von Ihnen keinerlei Werbung mehr, auf keinem Kanal. Mein
Kundenkonto behalte ich vorerst, bis die Küche endlich fertig ist.

Ich erwarte bis Ende nächster Woche einen verbindlichen Termin zur Fertigstellung, sonst schalte ich
meinen Anwalt ein.

Mit freundlichen Grüßen
Heike Weißbach
""",
    R(["Opposition"], "heike.weissbach@t-mail.example", "Heike", "Weißbach"))

add("de-03-auskunft-dann-loeschung",
    "Dr. Kai von Hohenstein <k.vonhohenstein@kanzlei-mail.example>",
    "Auskunftsersuchen nach Art. 15 DSGVO und Löschung nach Art. 17 DSGVO",
    """Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob und
welche personenbezogenen Daten Sie über mich verarbeiten, und stellen Sie mir eine Kopie dieser Daten
zur Verfügung.

Nach Erteilung der Auskunft verlange ich gemäß Art. 17 DSGVO die unverzügliche Löschung sämtlicher mich
betreffender Daten, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Ich setze Ihnen hierfür eine Frist von einem Monat ab Zugang dieses Schreibens.

Mit freundlichen Grüßen
Dr. Kai von Hohenstein
""",
    R(["Access", "Erasure"], "k.vonhohenstein@kanzlei-mail.example", "Kai", "von Hohenstein"))

add("de-04-name-falsch-geschrieben",
    "Özlem Yıldız <oezlem.yildiz@posteo-mail.example>",
    "Falsche Schreibweise + neue Adresse",
    """Hallo,

auf allen Rechnungen und auf meiner Acme-Karte steht mein Name als "Oezlem Yildis". Richtig ist
Özlem Yıldız. Außerdem bin ich umgezogen: neue Anschrift ist Wiesenstraße 12, 90443 Nürnberg.

Bitte beides korrigieren, danke!
Özlem
""",
    R(["Rectification"], "oezlem.yildiz@posteo-mail.example", "Özlem", "Yıldız"))

add("de-05-brillenpass-digital",
    "Anna-Lena Schröder <annalena.schroeder@gmx-mail.example>",
    "Meine Sehwerte für neuen Optiker",
    """Liebes Acme-Optik-Team,

ich ziehe nach Hamburg und werde dort zu einem Optiker in meiner Nähe wechseln. Könnten Sie mir meine
Messwerte der letzten Jahre (Refraktion, Hornhautvermessung, Kontaktlinsenparameter) in einem gängigen
digitalen Format zukommen lassen, damit der neue Optiker sie direkt in sein System übernehmen kann?
Gern auch direkt an info@optik-elbe.example.

Viele Grüße
Anna-Lena Schröder
""",
    R(["Portability"], "annalena.schroeder@gmx-mail.example", "Anna-Lena", "Schröder"))

add("de-06-woher-adresse",
    "Wolfgang Krause <w.krause@online-mail.example>",
    "Werbebrief - woher haben Sie meine Adresse?",
    """Sehr geehrte Damen und Herren,

ich habe heute einen an mich persönlich adressierten Werbebrief Ihrer Hörakustik-Filialen erhalten
("Jetzt kostenlos Hörtest machen!"). Ich war nie Kunde bei Ihnen.

Teilen Sie mir bitte mit, aus welcher Quelle Sie meine Daten haben. Gleichzeitig widerspreche ich
jeder weiteren Nutzung meiner Daten für Werbezwecke.

Mit freundlichen Grüßen
Wolfgang Krause
""",
    R(["Information", "Opposition"], "w.krause@online-mail.example", "Wolfgang", "Krause"))

add("de-07-ratenkauf-scoring",
    "Stefan Nowak <stefan.nowak@mailbox-de.example>",
    "Ablehnung Finanzierung – Überprüfung durch einen Menschen",
    """Guten Tag,

mein Antrag auf Ratenzahlung für einen Fernseher (Online-Bestellung 5503912) wurde sofort abgelehnt,
offensichtlich ohne menschliches Zutun. Nach Art. 22 Abs. 3 DSGVO verlange ich, dass ein Mitarbeiter die
Entscheidung überprüft und ich Gelegenheit erhalte, meinen Standpunkt darzulegen. Ich habe ein festes
Einkommen und keinerlei negative Schufa-Einträge.

Stefan Nowak
""",
    R(["AutomatedDecision"], "stefan.nowak@mailbox-de.example", "Stefan", "Nowak"))

add("de-08-sperren-statt-loeschen",
    "Ralf Zimmermann <ralf.zimmermann@freenet-mail.example>",
    "Daten bitte NICHT löschen, sondern sperren",
    """Sehr geehrte Damen und Herren,

ich habe gehört, dass Sie Kundendaten nach drei Jahren Inaktivität löschen. Mein Konto ist bald
drei Jahre inaktiv. Ich führe aber derzeit einen Rechtsstreit mit dem Hersteller des Trockners, den ich
2023 bei Ihnen gekauft habe, und brauche die Bestell- und Reparaturunterlagen als Beweis.

Bitte löschen Sie diese Daten also nicht, sondern schränken Sie die Verarbeitung ein, bis das
Verfahren abgeschlossen ist.

Ralf Zimmermann
""",
    R(["Restriction"], "ralf.zimmermann@freenet-mail.example", "Ralf", "Zimmermann"))

add("de-09-loeschen-caps",
    "<tanja1979@mail-netz.example>",
    "KONTO LÖSCHEN",
    "LÖSCHEN SIE MEIN KUNDENKONTO UND ALLE MEINE DATEN. SOFORT. ICH WILL NIE WIEDER WAS VON IHNEN HÖREN!!!\n",
    R(["Erasure"], "tanja1979@mail-netz.example"))

add("de-10-kein-newsletter",
    "Lea Hoffmann <lea.hoffmann@mail-de.example>",
    "newsletter",
    "hallo bitte kein newsletter mehr,danke.  lea\n",
    R(["Opposition"], "lea.hoffmann@mail-de.example", "Lea", "Hoffmann"))

add("de-11-hoerakustik-akte-html",
    "Gerda Lehmann <gerda.lehmann@senioren-mail.example>",
    "Meine Unterlagen vom Hörgeräteakustiker",
    html("Sehr geehrte Damen und Herren,",
         "ich bin seit 2018 Kundin in Ihrem Hörakustik-Fachgeschäft in Dresden. Mein Hausarzt möchte wissen, "
         "welche Hörtests gemacht wurden und mit welchen Ergebnissen.",
         "Bitte schicken Sie mir eine Kopie meiner gesamten Kundenakte mit allen Messungen und Notizen.",
         "Mit freundlichen Grüßen<br>Gerda Lehmann"),
    R(["Access"], "gerda.lehmann@senioren-mail.example", "Gerda", "Lehmann"), ct=HTML)

add("de-12-betreuer-mutter",
    "Markus Brandt <markus.brandt@betreuung-mail.example>",
    "Frau Hildegard Brandt - Auskunft und Werbewiderspruch",
    """Sehr geehrte Damen und Herren,

ich bin vom Amtsgericht Bielefeld als rechtlicher Betreuer meiner Mutter, Frau Hildegard Brandt (geb.
04.06.1939), bestellt, u. a. für den Aufgabenkreis Vermögenssorge und Post. Den Betreuerausweis füge ich
bei.

Meine Mutter hat in den letzten Monaten bei Ihnen mehrere Haushaltsgeräte und eine Garantieverlängerung
abgeschlossen, an die sie sich nicht erinnert. Ich bitte um Auskunft, welche Daten Sie über sie
gespeichert haben und welche Verträge bestehen. Außerdem untersage ich jede weitere Werbeansprache
meiner Mutter, insbesondere telefonisch.

Mit freundlichen Grüßen
Markus Brandt
""",
    R(["Access", "Opposition"], "markus.brandt@betreuung-mail.example", "Hildegard", "Brandt",
      representative="Markus Brandt"))

add("de-13-witwe-konto",
    "Monika Weber <monika.weber@hausmail.example>",
    "Kundenkonto meines verstorbenen Mannes",
    """Guten Tag,

mein Mann Klaus Weber ist im Oktober verstorben. Er hatte bei Ihnen ein Onlinekonto (Kundennummer
10884721). Bitte löschen Sie dieses Konto und seine Daten. Die Sterbeurkunde kann ich Ihnen gerne
schicken.

Monika Weber
""",
    R(["Erasure"], "monika.weber@hausmail.example", "Klaus", "Weber", representative="Monika Weber"))

add("de-14-anwalt-inkasso",
    "Dr. Felix Baumann <f.baumann@baumann-recht.example>",
    "Mandant Milan Petrović – Auskunft nach Art. 15 DSGVO",
    """Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass wir Herrn Milan Petrović, Leipzig, anwaltlich
vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Unser Mandant wurde von der Inkasso Nord GmbH wegen einer angeblichen Forderung aus einem Acme-
Kartenvertrag angeschrieben. Namens und in Vollmacht unseres Mandanten verlangen wir Auskunft über
sämtliche zu seiner Person gespeicherten Daten, einschließlich der Empfänger, an die diese Daten
übermittelt wurden.

Mit freundlichen Grüßen
Dr. Felix Baumann
Rechtsanwalt
Baumann Rechtsanwälte PartG mbB | Tel. 0341 555 0123
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
""",
    R(["Access"], "f.baumann@baumann-recht.example", "Milan", "Petrović", representative="Felix Baumann"))

add("de-15-nicht-loeschen-nur-frage",
    "Sandra Becker <sandra.becker@mail-sued.example>",
    "Garantieverlängerung – wer bekommt meine Daten?",
    """Hallo,

nur damit es kein Missverständnis gibt: Ich möchte nichts löschen lassen und auch keine Kopie meiner
Daten. Ich möchte nur wissen, ob Sie meine Daten bei der Garantieverlängerung an eine Versicherung
weitergeben, und wenn ja, an welche und in welchem Land diese sitzt.

Danke und Gruß
Sandra Becker
""",
    R(["Information"], "sandra.becker@mail-sued.example", "Sandra", "Becker"))

add("de-16-grueezi-lieferung",
    "Beat Zürcher <beat.zuercher@bluewin-mail.example>",
    "Lieferung Geschirrspüler",
    "Grüezi, wann wird mein Geschirrspüler geliefert? Bestellung 7781230, bezahlt am 2. November. Merci, Beat Zürcher\n",
    R(["Unknown"], "beat.zuercher@bluewin-mail.example", "Beat", "Zürcher"))

add("de-17-oesterreich-latin1",
    "Franziska Gruber <franziska.gruber@aon-mail.example>",
    "Löschung meiner Daten bei Acme Optik Graz",
    """Sehr geehrte Damen und Herren,

ich war bis 2024 Kundin bei Acme Optik in Graz. Da ich nun einen anderen Optiker habe, ersuche ich Sie
höflich, meine Kundendaten inklusive der Sehstärkemessungen zu löschen. Über die durchgeführte
Löschung hätte ich gerne eine kurze Bestätigung.

Mit freundlichen Grüßen
Franziska Gruber
""",
    R(["Erasure"], "franziska.gruber@aon-mail.example", "Franziska", "Gruber"),
    encode="latin-1", ct=LATIN1)

add("de-18-familie-schulz",
    "Familie Schulz <familie.schulz@heim-mail.example>",
    "Anfrage Tobias Schulz",
    """Hallo,

über unsere Familienadresse haben wir früher gemeinsam bestellt, die Kundenkarte läuft aber auf mich.
Ich hätte gerne eine Aufstellung, was zu meiner Person bei Ihnen hinterlegt ist. Bitte antworten Sie an
meine eigene Mailadresse.

Tobias Schulz
""",
    R(["Access"], "tobias.schulz@privat-mail.example", "Tobias", "Schulz"),
    headers=["Reply-To: <tobias.schulz@privat-mail.example>"])

add("de-19-filiale-weiterleitung",
    "Lars Fischer <lars.fischer@acme-corp.example>",
    "WG: Daten löschen",
    """Hallo Datenschutz,

eine Kundin hat uns in der Filiale Stuttgart-Vaihingen angeschrieben, siehe unten. Bitte übernehmt
ihr das?

Danke & Gruß
Lars Fischer
Filialleitung Stuttgart-Vaihingen

---------- Weitergeleitete Nachricht ----------
Von: Ingrid Schäfer-Lang <ingrid.schaeferlang@mail-bw.example>
Datum: Do., 12. Nov. 2026 um 19:22 Uhr
Betreff: Daten löschen
An: filiale.vaihingen@acme-corp.example

Guten Abend, ich möchte, dass Sie alle meine Daten aus Ihrem System entfernen, auch die Kundenkarte.
Ich kaufe nicht mehr bei Ihnen. Ingrid Schäfer-Lang
""",
    R(["Erasure"], "ingrid.schaeferlang@mail-bw.example", "Ingrid", "Schäfer-Lang"))

add("de-20-videoaufnahmen-anhang", "Nicole Braun <nicole.braun@acme-corp.example>",
    "WG: Videoaufnahmen", "",
    R(["Access"], "d.kowalski@mail-ruhr.example", "Dennis", "Kowalski"),
    note="Hallo zusammen, kam über das Kontaktformular der Filiale Essen. Leite ich als Anhang weiter. VG Nicole (Kundenservice)",
    attached=("Dennis Kowalski <d.kowalski@mail-ruhr.example>", "Videoaufnahmen",
              "Hallo,\n\nam 7.11. gegen 16 Uhr wurde mir auf Ihrem Parkplatz in Essen der Außenspiegel abgefahren. "
              "Ich war selbst im Bild Ihrer Kamera. Ich möchte die Aufnahmen, auf denen ich und mein Auto zu sehen sind, "
              "bitte erhalten.\n\nDennis Kowalski\n"))

add("de-21-uebertragen-und-loeschen",
    "Prof. Dr. Sabine Albrecht <s.albrecht@uni-mail.example>",
    "Datenübertragung und anschließende Löschung",
    """Sehr geehrte Damen und Herren,

ich bitte Sie, meine bei Ihnen gespeicherten Hörgeräte-Einstellungen und Messergebnisse in einem
maschinenlesbaren Format an die Hörwelt Akustik GmbH (daten@hoerwelt.example) zu übermitteln. Sobald
die Übertragung erfolgt ist, sollen die Daten bei Ihnen gelöscht werden.

Mit freundlichen Grüßen

Prof. Dr. Sabine Albrecht
Lehrstuhl für Werkstoffwissenschaften
Tel. +49 89 2180 0000

Diese Nachricht wurde von einem mobilen Gerät gesendet.
""",
    R(["Portability", "Erasure"], "s.albrecht@uni-mail.example", "Sabine", "Albrecht"))

add("de-22-aufgabe-avv-callcenter",
    "Thomas Richter <thomas.richter@acme-corp.example>",
    "AV-Vertrag Callcenter – bitte prüfen",
    """Hallo Team Datenschutz,

ab Januar übernimmt die Firma DialogPlus in Polen einen Teil unserer Kundenhotline. Anbei der Entwurf
des Auftragsverarbeitungsvertrags und die TOMs. Könnt ihr das bitte bis 4.12. prüfen? Einkauf
möchte danach unterschreiben.

Viele Grüße
Thomas Richter
Leitung Kundenservice DACH
""",
    TASK("thomas.richter@acme-corp.example", "Thomas", "Richter"))

add("de-23-aufgabe-schulung",
    "Julia Wagner <julia.wagner@acme-corp.example>",
    "Datenschutzschulung für Hörakustik-Filialen",
    """Hallo,

wir haben in den Hörakustik-Filialen 12 neue Mitarbeitende. Die jährliche Datenschutzunterweisung
steht auch an. Könnt ihr für Januar zwei Termine (online) anbieten, gern mit Schwerpunkt
Gesundheitsdaten und Schweigepflicht?

Danke!
Julia Wagner
HR Business Partner
""",
    TASK("julia.wagner@acme-corp.example", "Julia", "Wagner"))

add("de-24-aufgabe-bewerberdaten",
    "Michael Schmitt <michael.schmitt@acme-corp.example>",
    "Löschfristen Bewerberportal / VVT",
    """Hi,

wir stellen das Bewerberportal auf einen neuen Anbieter um. Das Verzeichnis der
Verarbeitungstätigkeiten muss angepasst werden und wir brauchen von euch eine Vorgabe zu den
Löschfristen für abgelehnte Bewerbungen. Könnt ihr das übernehmen?

Michael Schmitt
Recruiting
""",
    TASK("michael.schmitt@acme-corp.example", "Michael", "Schmitt"))

add("de-25-vorfall-garantieschein",
    "Petra Klein <petra.klein@acme-corp.example>",
    "Garantieschein an falschen Kunden verschickt",
    """Hallo,

ich muss einen Fehler melden: Beim Serienbrief für die Garantieverlängerungen sind gestern etwa 40
Briefe mit vertauschten Adressen rausgegangen. Die Kunden haben also jeweils das Zertifikat eines anderen
Kunden bekommen (Name, Anschrift, Gerät, Vertragsnummer). Zwei Kunden haben sich schon gemeldet.

Petra Klein
Backoffice Garantie
""",
    INC("petra.klein@acme-corp.example", "Petra", "Klein"))

add("de-26-vorfall-app-fremde-daten",
    "Moritz Vogel <moritz.vogel@mail-nord.example>",
    "In Ihrer App sehe ich fremde Hörgerätedaten",
    """Hallo,

nach dem letzten Update der Acme-Hörgeräte-App sehe ich unter "Meine Geräte" zwei Hörgeräte, die nicht
mir gehören, mit Namen "Renate Ohlsen", Seriennummern und Nutzungsstatistik. Das dürfte so nicht
sein. Screenshots kann ich schicken.

Moritz Vogel
""",
    INC("moritz.vogel@mail-nord.example", "Moritz", "Vogel"))

add("de-27-vorfall-verschluesselt",
    "Andreas Keller <andreas.keller@acme-corp.example>",
    "Dateien auf Filial-PC verschlüsselt!!",
    "Auf dem Kassen-Back-Office-PC in der Filiale Mannheim sind seit heute früh alle Dateien umbenannt (.lockd) und es liegt eine Lösegeld-Notiz auf dem Desktop. Auf dem PC liegen Kundenaufträge und Finanzierungsanträge. PC ist vom Netz. IT-Hotline ist informiert. Andreas Keller, Filialleiter Mannheim\n",
    INC("andreas.keller@acme-corp.example", "Andreas", "Keller"))

add("de-28-nachfrage-dsr",
    "Birgit Lange <birgit.lange@mail-west.example>",
    "AW: [DSR-73355] Eingangsbestätigung Ihrer Datenschutzanfrage",
    """Sehr geehrte Damen und Herren,

wie ist der Stand meiner Anfrage? Ich habe außer dieser Eingangsbestätigung nichts bekommen.

Birgit Lange

-----Ursprüngliche Nachricht-----
Betreff: [DSR-73355] Eingangsbestätigung Ihrer Datenschutzanfrage
Ihre Anfrage wurde unter der Nummer DSR-73355 erfasst.
""",
    FU("73355", "birgit.lange@mail-west.example", "Birgit", "Lange"))

add("de-29-nachtrag-verfahren",
    "Ralf Zimmermann <ralf.zimmermann@freenet-mail.example>",
    "Re: Daten bitte NICHT löschen, sondern sperren",
    """Nachtrag: Das Aktenzeichen des Verfahrens ist 12 C 345/26 (Amtsgericht Kassel). Ich rechne mit
einer Dauer bis Mitte 2027.

R. Zimmermann
""",
    FU(ref("de-08-sperren-statt-loeschen"), "ralf.zimmermann@freenet-mail.example", "Ralf", "Zimmermann"),
    headers=irt("de-08-sperren-statt-loeschen"))

add("de-30-spam-abmahnschutz",
    "DSGVO Abmahnschutz <info@dsgvo-abmahnschutz24.example>",
    "Letzte Warnung: Abmahnung wegen Datenschutzverstoß droht",
    """Sehr geehrte Geschäftsleitung,

auf Ihrer Website wurden gravierende Datenschutzmängel festgestellt. Abmahnkanzleien verschicken
derzeit Forderungen von bis zu 5.000 Euro. Schützen Sie sich und die personenbezogenen Daten Ihrer
Kunden mit unserem DSGVO-Schutzbrief für nur 39 Euro/Monat.

Jetzt absichern: https://dsgvo-abmahnschutz24.example
""",
    IGN("spam", "info@dsgvo-abmahnschutz24.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="dsgvo-abmahnschutz24.example")])

add("de-31-spam-gewinn",
    "Gewinnbenachrichtigung <gewinn@lotto-euro-gewinner.example>",
    "Herzlichen Glückwunsch! Sie haben 850.000 EUR gewonnen",
    """Sehr geehrter Gewinner,

Ihre E-Mail-Adresse wurde bei der internationalen Euro-Ziehung als Gewinner ausgelost. Um Ihren
Gewinn zu erhalten, senden Sie uns bitte Name, Anschrift, Geburtsdatum und eine Kopie Ihres Ausweises.
""",
    IGN("spam", "gewinn@lotto-euro-gewinner.example"), headers=SPAM_HDR)

add("de-32-abwesenheit",
    "Katrin Schwarz <katrin.schwarz@hausverwaltung-schwarz.example>",
    "Abwesenheitsnotiz: Ihre Nachricht",
    """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11. nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@hausverwaltung-schwarz.example.

Katrin Schwarz
""",
    IGN("auto_reply", "katrin.schwarz@hausverwaltung-schwarz.example"),
    headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

add("de-33-newsletter-fachverband",
    "Datenschutz-Praxis Newsletter <news@datenschutz-praxis.example>",
    "Newsletter 11/2026: Neue Leitlinien zur Videoüberwachung im Handel",
    html("<b>Datenschutz-Praxis</b> – Ausgabe 11/2026",
         "Themen: Videoüberwachung im Einzelhandel, Bußgelder gegen Händler, Muster für Auskunftsschreiben.",
         "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. "
         "<a href='https://datenschutz-praxis.example/abmelden'>Abmelden</a>"),
    IGN("bulk", "news@datenschutz-praxis.example"), ct=HTML,
    headers=["List-Id: Datenschutz-Praxis <news.datenschutz-praxis.example>",
             "List-Unsubscribe: <https://datenschutz-praxis.example/abmelden>",
             "Precedence: bulk"])
