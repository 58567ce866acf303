from common import *  # part mix: written blind

# ---------------------------------------------------------------- Portuguese

add("pt-01-acesso-latin1", "João Pedro Magalhães da Silva <jp.magalhaes@correio.example>",
    "Pedido de acesso aos meus dados pessoais",
    "Bom dia,\n\nNos termos do artigo 15.º do RGPD, venho solicitar uma cópia de todos os dados pessoais "
    "que a vossa empresa tem sobre mim, incluindo as gravações da câmara exterior guardadas na nuvem e o "
    "histórico de utilização da aplicação.\n\nCom os melhores cumprimentos,\nJoão Pedro Magalhães da Silva\n",
    R(["Access"], "jp.magalhaes@correio.example", "João Pedro", "Magalhães da Silva"),
    ct=LATIN1, encode="latin-1")

add("pt-02-apagar-conta-br", "Luana Figueiredo <luanafig@caixapostal.example>", "apagar minha conta",
    "oi, quero que apaguem minha conta e parem de me mandar email de promocao toda semana. "
    "nao uso mais o termostato. obrigada\n\nLuana\n\nEnviado do meu Galaxy\n",
    R(["Erasure", "Opposition"], "luanafig@caixapostal.example", "Luana", "Figueiredo"))

add("pt-03-herdeira-pensionista", "Maria da Conceição Nogueira <mc.nogueira@correio.example>",
    "Falecimento do pensionista Armando Teixeira Nogueira",
    "Exmos. Senhores,\n\nVenho informar que o meu pai, Armando Teixeira Nogueira, pensionista do "
    "vosso fundo (n.º P-338104), faleceu no passado dia 29 de setembro. Sou a filha e cabeça de casal "
    "da herança.\n\nSolicito que me informem que dados pessoais dele continuam a ser tratados e durante "
    "quanto tempo, e que apaguem os restantes dados, nomeadamente a conta da área de cliente.\n\n"
    "Junto certidão de óbito e habilitação de herdeiros.\n\nAtenciosamente,\nMaria da Conceição Nogueira\n",
    R(["Information", "Erasure"], "mc.nogueira@correio.example", "Armando", "Teixeira Nogueira",
      representative="Maria da Conceição Nogueira"),
    ct=LATIN1, encode="latin-1-qp")

add("pt-04-carta-errada", "Rui Vasconcelos <rui.vasconcelos@portomail.example>",
    "Recebi uma carta que não é minha",
    "Boa tarde,\n\nHoje recebi na minha caixa de correio uma carta do vosso fundo de pensões dirigida a "
    "outra pessoa (uma senhora que nunca morou aqui), com o número de contribuinte dela e o valor da "
    "pensão. A morada no envelope era a minha. Parece-me um erro grave. O que devo fazer com a carta?\n\n"
    "Rui Vasconcelos\n",
    INC("rui.vasconcelos@portomail.example", "Rui", "Vasconcelos"))

add("pt-05-fu-dsr", "Beatriz Almeida Castro <beatriz.ac@correio.example>",
    "Re: [DSR-60342] Recebemos o seu pedido",
    "Bom dia,\n\nJá passou mais de um mês e ainda não recebi a resposta ao meu pedido. Podem dar-me "
    "uma previsão?\n\nBeatriz Almeida Castro\n\n> Registámos o seu pedido com a referência DSR-60342.\n",
    FU("60342", "beatriz.ac@correio.example", "Beatriz", "Almeida Castro"))

# ---------------------------------------------------------------- Polish

add("pl-01-sprostowanie-nazwiska", "Agnieszka Wróblewska-Nowak <a.wroblewska@skrzynka.example>",
    "Błędne nazwisko w koncie",
    "Dzień dobry,\n\nw moim koncie w aplikacji i na fakturach nazwisko jest zapisane błędnie: "
    "\"Wroblewska\" zamiast \"Wróblewska-Nowak\". Proszę o poprawienie danych.\n\nZ poważaniem\n"
    "Agnieszka Wróblewska-Nowak\n",
    R(["Rectification"], "a.wroblewska@skrzynka.example", "Agnieszka", "Wróblewska-Nowak"))

add("pl-02-dostep-przenoszenie", "Grzegorz Łukasiewicz <g.lukasiewicz@poczta.example>",
    "Wniosek o kopię danych",
    "Dzień dobry,\n\nna podstawie art. 15 i art. 20 RODO proszę o przesłanie kopii moich danych "
    "osobowych (konto, urządzenia, harmonogramy ogrzewania, historia zużycia energii) w formacie "
    "nadającym się do odczytu maszynowego, np. CSV. Zamierzam przenieść je do systemu innego "
    "dostawcy.\n\nPozdrawiam\nGrzegorz Łukasiewicz\ntel. +48 600 100 200\n",
    R(["Access", "Portability"], "g.lukasiewicz@poczta.example", "Grzegorz", "Łukasiewicz"))

add("pl-03-sprzeciw-caps", "Zbigniew Kęsicki <zkesicki@onet-like.example>", "SPRZECIW",
    "NIE WYRAŻAM ZGODY NA PRZETWARZANIE MOICH DANYCH W CELACH MARKETINGOWYCH. PROSZĘ NATYCHMIAST "
    "PRZESTAĆ DO MNIE DZWONIĆ Z OFERTAMI KAMER.\n\nZ. KĘSICKI\n",
    R(["Opposition"], "zkesicki@onet-like.example", "Zbigniew", "Kęsicki"))

add("pl-04-zadanie-umowa-powierzenia", "Katarzyna Mazurkiewicz <katarzyna.mazurkiewicz@acme-corp.example>",
    "Umowa powierzenia - partner instalacyjny",
    "Cześć,\n\nnasz nowy partner instalacyjny w Krakowie przysłał projekt umowy powierzenia "
    "przetwarzania danych (instalatorzy będą mieli dostęp do adresów i numerów telefonów klientów). "
    "Czy możecie ją przejrzeć do końca miesiąca? Plik w załączniku.\n\nPozdrawiam\nKatarzyna Mazurkiewicz\n"
    "Dział Sprzedaży Polska\n",
    TASK("katarzyna.mazurkiewicz@acme-corp.example", "Katarzyna", "Mazurkiewicz"))

add("pl-05-spam-doplata", "Kurier Ekspres <powiadomienia@kurier-doplata.example>",
    "Twoja przesyłka czeka - wymagana dopłata 1,99 zł",
    "Szanowny Kliencie,\n\nTwoja przesyłka nie mogła zostać doręczona z powodu nieopłaconego cła. "
    "Aby uniknąć zwrotu, ureguluj dopłatę 1,99 zł w ciągu 24 godzin:\n"
    "http://kurier-doplata.example/platnosc\n\nZespół Obsługi Klienta\n",
    IGN("spam", "powiadomienia@kurier-doplata.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="kurier-doplata.example")])

# ---------------------------------------------------------------- Czech

add("cs-01-vymazani-kamery", "Jiří Dvořáček <jiri.dvoracek@seznam-like.example>",
    "Smazání účtu",
    "Dobrý den,\n\nprosím o smazání mého účtu a všech záznamů z kamer, které máte uložené. Kamery "
    "jsem už vrátil v obchodě.\n\nDěkuji\nJiří Dvořáček\n",
    R(["Erasure"], "jiri.dvoracek@seznam-like.example", "Jiří", "Dvořáček"))

add("cs-02-informace-hlasovy-asistent", "Markéta Šťastná <marketa.stastna@posta.example>",
    "Dotaz k hlasovému asistentovi",
    html("Dobrý den,",
         "zajímalo by mě, jestli hlasový asistent nahrává i ve chvíli, kdy ho neoslovím, kdo má "
         "k nahrávkám přístup a jak dlouho je uchováváte.",
         "S pozdravem<br>Markéta Šťastná"),
    R(["Information"], "marketa.stastna@posta.example", "Markéta", "Šťastná"), ct=HTML)

add("cs-03-automaticke-rozhodnuti", "Vojtěch Procházka-Horák <vojtech.ph@posta.example>",
    "Zablokovaný účet - žádám o přezkoumání",
    "Dobrý den,\n\nvaše aplikace mi včera automaticky zablokovala účet kvůli \"podezřelé aktivitě\" "
    "(přihlásil jsem se z dovolené v Chorvatsku). Nikdo se mnou nemluvil, jen přišel automatický "
    "e-mail. Nesouhlasím s tímto rozhodnutím a žádám, aby ho přezkoumal člověk.\n\n"
    "Vojtěch Procházka-Horák\n",
    R(["AutomatedDecision"], "vojtech.ph@posta.example", "Vojtěch", "Procházka-Horák"))

add("cs-04-fu-irt-dvoracek", "Jiří Dvořáček <jiri.dvoracek@seznam-like.example>", "Re: Smazání účtu",
    "Dobrý den,\n\nuž jsou to tři týdny a stále jsem nedostal potvrzení, že byl účet smazán. "
    "Můžete mi to prosím potvrdit?\n\nJ. Dvořáček\n\n> prosím o smazání mého účtu a všech záznamů z kamer\n",
    FU(ref("cs-01-vymazani-kamery"), "jiri.dvoracek@seznam-like.example", "Jiří", "Dvořáček"),
    headers=irt("cs-01-vymazani-kamery"))

add("cs-05-ukol-zaznamy", "Lucie Novotná-Kratochvílová <lucie.novotna-kratochvilova@acme-corp.example>",
    "Aktualizace záznamů o činnostech zpracování - call centrum Brno",
    "Ahoj,\n\nod ledna bude nahrávání hovorů v našem call centru v Brně zajišťovat nový dodavatel. "
    "Potřebujeme aktualizovat záznamy o činnostech zpracování a asi i informační text pro volající. "
    "Můžete se na to podívat?\n\nDíky\nLucie Novotná-Kratochvílová\nVedoucí zákaznické podpory CZ\n",
    TASK("lucie.novotna-kratochvilova@acme-corp.example", "Lucie", "Novotná-Kratochvílová"))

# ---------------------------------------------------------------- Romanian

add("ro-01-acces-pensie", "Ioana-Maria Țurcanu <ioana.turcanu@postaro.example>",
    "Cerere de acces la datele personale",
    "Bună ziua,\n\nAm lucrat șase ani în Marea Britanie și am fost membră a fondului dumneavoastră de "
    "pensii (număr de membru 00598812). M-am întors în România în 2022. Vă rog să-mi trimiteți o copie "
    "a tuturor datelor personale pe care le dețineți despre mine, inclusiv istoricul contribuțiilor.\n\n"
    "Cu stimă,\nIoana-Maria Țurcanu\n",
    R(["Access"], "ioana.turcanu@postaro.example", "Ioana-Maria", "Țurcanu"))

add("ro-02-restrictionare", "Bogdan Ștefănescu <bogdan.stefanescu@postaro.example>",
    "Date incorecte - restricționare",
    "Bună ziua,\n\nContest exactitatea datelor privind perioada mea de angajare transmise de fostul "
    "angajator (lipsesc 14 luni). Vă rog să restricționați prelucrarea acestor date până la "
    "clarificarea situației și să nu emiteți niciun calcul al pensiei pe baza lor.\n\n"
    "Mulțumesc,\nBogdan Ștefănescu\n",
    R(["Restriction"], "bogdan.stefanescu@postaro.example", "Bogdan", "Ștefănescu"))

add("ro-03-opozitie-sms", "florin.balanescu@mailro.example", "sms-uri",
    "Nu mai vreau sa primesc SMS-uri promotionale de la voi. Imi retrag consimtamantul pentru "
    "marketing.\nFlorin Balanescu\n",
    R(["Opposition"], "florin.balanescu@mailro.example", "Florin", "Balanescu"))

add("ro-04-incident-termostat-strain", "Corina Dumitrașcu <corina.dumitrascu@postaro.example>",
    "Văd termostatul altcuiva în aplicație",
    "Bună ziua,\n\nDe ieri, în aplicație îmi apare un al doilea termostat, \"Living - Str. Mihai Eminescu "
    "12\", care nu este al meu. Pot vedea temperatura, programul și când persoana respectivă nu este "
    "acasă. Cred că este o problemă gravă de securitate.\n\nCorina Dumitrașcu\n",
    INC("corina.dumitrascu@postaro.example", "Corina", "Dumitrașcu"))

# ---------------------------------------------------------------- Swedish

add("sv-01-adressandring-latin1", "Linnéa Östlund <linnea.ostlund@brevlada.example>", "Ny adress",
    "Hej!\n\nJag har flyttat. Vänligen uppdatera min adress i era register till Storgatan 14, "
    "582 23 Linköping. Min gamla adress var Ängsvägen 3, Norrköping.\n\nMed vänliga hälsningar\n"
    "Linnéa Östlund\n",
    R(["Rectification"], "linnea.ostlund@brevlada.example", "Linnéa", "Östlund"),
    ct=LATIN1, encode="latin-1")

add("sv-02-radera-familj-replyto", "Familjen af Klercker <familjen.afklercker@hemma.example>",
    "Radera mitt konto",
    "Hej,\n\nRadera mitt konto i appen och sluta skicka nyhetsbrev till mig. Svara gärna till min "
    "egen adress.\n\nBjörn af Klercker\n",
    R(["Erasure", "Opposition"], "bjorn.afklercker@brevlada.example", "Björn", "af Klercker"),
    headers=["Reply-To: Björn af Klercker <bjorn.afklercker@brevlada.example>"])

add("sv-03-efter-min-dod", "Ulla-Britt Sjöberg <ullabritt.sjoberg@brevlada.example>",
    "Vad händer efter min död?",
    "Hej,\n\nJag är 81 år och håller på att ordna mina papper. Vad händer med mina uppgifter och "
    "inspelningarna från dörrklockan när jag dör? Kan jag bestämma redan nu att allt ska raderas, "
    "eller att min son ska få tillgång?\n\nVänliga hälsningar\nUlla-Britt Sjöberg\n",
    R(["AdvanceDirectives"], "ullabritt.sjoberg@brevlada.example", "Ulla-Britt", "Sjöberg"))

add("sv-04-franvaro", "Henrik Åkesson <henrik.akesson@foretag.example>",
    "Frånvaromeddelande: Ert ärende",
    "Hej,\n\nJag är på semester till och med 30 november och läser inte min e-post. Vid brådskande "
    "ärenden, kontakta växeln på 08-123 456 00.\n\nHenrik Åkesson\n",
    IGN("auto_reply", "henrik.akesson@foretag.example"), headers=["Auto-Submitted: auto-replied"])

add("sv-05-dataportabilitet", "Henrik Åkesson <henrik.akesson@privat.example>",
    "Begäran om dataportabilitet",
    "Hej,\n\nJag byter till en annan leverantör av smarta termostater. Enligt artikel 20 i "
    "dataskyddsförordningen vill jag få ut mina scheman och min temperaturhistorik i ett "
    "maskinläsbart format, helst direkt överfört till den nya leverantören om det går.\n\n"
    "Tack på förhand\nHenrik Åkesson\n",
    R(["Portability"], "henrik.akesson@privat.example", "Henrik", "Åkesson"))

# ---------------------------------------------------------------- Turkish

add("tr-01-erisim", "Zeynep Çağlayan <zeynep.caglayan@postakutusu.example>",
    "Kişisel verilerime erişim talebi",
    "Merhaba,\n\nGDPR kapsamında hakkımda tuttuğunuz tüm kişisel verilerin (hesap bilgileri, kamera "
    "kayıtları, uygulama geçmişi) bir kopyasını talep ediyorum.\n\nSaygılarımla,\nZeynep Çağlayan\n",
    R(["Access"], "zeynep.caglayan@postakutusu.example", "Zeynep", "Çağlayan"))

add("tr-02-veli-silme", "Mehmet Ali Öztürk <mehmetali.ozturk@postakutusu.example>",
    "Kızımın hesabının silinmesi",
    "Merhaba,\n\nKızım Elif Öztürk (12 yaşında) benim haberim olmadan uygulamanızda bir hesap açmış ve "
    "odasındaki kamerayı buna bağlamış. Hesabın ve tüm kayıtların silinmesini istiyorum. Velisi "
    "olduğumu gösteren belgeyi gönderebilirim.\n\nMehmet Ali Öztürk\n",
    R(["Erasure"], "mehmetali.ozturk@postakutusu.example", "Elif", "Öztürk", representative="Mehmet Ali Öztürk"))

add("tr-03-garanti", "emre.karaagac@postakutusu.example", "termostat bozuldu",
    "merhaba termostatim 2 gundur calismiyor ekran kapali garanti kapsaminda degisim yapabilir misiniz "
    "fatura bende\n\nEmre Karaağaç\n",
    R(["Unknown"], "emre.karaagac@postakutusu.example", "Emre", "Karaağaç"))

add("tr-04-spam-odul", "Kampanya Merkezi <kampanya@hediye-kazan.example>",
    "TEBRİKLER! iPhone 17 Pro kazandınız",
    "Sayın kullanıcı,\n\nÇekilişimizde iPhone 17 Pro kazandınız! Ödülünüzü almak için 48 saat içinde "
    "kargo ücreti olan 49 TL'yi ödeyin: http://hediye-kazan.example/odul\n\n"
    "Verilerinizin silinmesini istiyorsanız bu e-postayı yanıtlayın.\n",
    IGN("spam", "kampanya@hediye-kazan.example"), headers=SPAM_HDR)

# ---------------------------------------------------------------- English / French / German mixes

add("mx-01-en-fr-acces-adresse", "Geneviève Tremblay-O'Neill <gen.tremblay@boreal.example>",
    "Pension data / mes données",
    "Hello / Bonjour,\n\nI worked for Acme in Leeds until 2016 and I'm a deferred member of the pension "
    "scheme. J'habite maintenant à Montréal. Je voudrais recevoir une copie de toutes mes données "
    "personnelles, and please update my postal address to 4521 rue Saint-Denis, Montréal QC H2J 2L2, "
    "Canada - les lettres vont encore à mon ancienne adresse en Angleterre.\n\n"
    "Merci / thanks,\nGeneviève Tremblay-O'Neill\n",
    R(["Access", "Rectification"], "gen.tremblay@boreal.example", "Geneviève", "Tremblay-O'Neill"))

add("mx-02-en-de-disclaimer", "Maximilian von Brockdorff <m.vonbrockdorff@hanse-ing.example>",
    "Account deletion",
    "Hello,\n\nplease delete my account (m.vonbrockdorff@hanse-ing.example) and all associated camera "
    "recordings. I no longer use your products.\n\nBest regards\n\n"
    "Maximilian von Brockdorff\nDipl.-Ing. | Projektleitung\nHanse Ingenieurbüro GmbH\n"
    "Tel.: +49 40 555 0199\n\n"
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht "
    "der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese "
    "Mail. Geschäftsführer: H. Petersen, Amtsgericht Hamburg HRB 123456\n",
    R(["Erasure"], "m.vonbrockdorff@hanse-ing.example", "Maximilian", "von Brockdorff"),
    ct=CP1252, encode="cp1252")

add("mx-03-de-colleague-fwd-en", "Jens Kleinschmidt <jens.kleinschmidt@acme-corp.example>",
    "WG: Marketing",
    "Hallo Datenschutz-Team,\n\nbitte übernehmen, die Kundin widerspricht der Werbung. Kam über das "
    "Kontaktformular.\n\nGruß\nJens\nKundenservice DACH\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Amara Nwachukwu-Schulz <amara.ns@stadtpost.example>\n"
    "Gesendet: Sonntag, 15. November 2026 19:02\nAn: service@acme-corp.example\nBetreff: Marketing\n\n"
    "Please stop using my data for marketing and do not pass it to your 'partners'. I only want "
    "service messages about my thermostat.\n\nAmara Nwachukwu-Schulz\n",
    R(["Opposition"], "amara.ns@stadtpost.example", "Amara", "Nwachukwu-Schulz"))

add("mx-04-fr-en-task-aipd", "Clémence Duval-Arnaud <clemence.duval-arnaud@acme-corp.example>",
    "AIPD / DPIA pour Energy Report FR",
    "Hi team,\n\nOn lance la feature \"Energy Report\" en France en février : rapport mensuel avec la "
    "consommation du foyer comparée aux voisins. Pouvez-vous lancer l'AIPD (DPIA) ? We need sign-off "
    "before the beta. Je peux vous envoyer le data flow diagram.\n\nMerci !\nClémence Duval-Arnaud\n"
    "Product Owner - Energy\n",
    TASK("clemence.duval-arnaud@acme-corp.example", "Clémence", "Duval-Arnaud"))

add("mx-05-de-en-inc-handy", "Torsten Weißenbach <torsten.weissenbach@acme-corp.example>",
    "Diensthandy verloren / lost work phone",
    "Hi all,\n\nich habe heute Morgen mein Diensthandy im ICE 578 nach Frankfurt liegen gelassen. "
    "Outlook and Teams are on it, including the chat with the pensions team about member complaints. "
    "Es hat eine PIN, aber ich bin nicht sicher, ob es verschlüsselt ist. IT ist informiert, "
    "Fundbüro der Bahn auch.\n\nTorsten Weißenbach\nField Sales\n",
    INC("torsten.weissenbach@acme-corp.example", "Torsten", "Weißenbach"))

add("mx-06-fr-en-fu-dsr", "Anne-Sophie Lemaire <as.lemaire@courriel.example>",
    "RE: [DSR-57730] Accusé de réception / Acknowledgement",
    "Bonjour,\n\nThanks for the acknowledgement. Comme demandé, je joins une copie de ma carte "
    "d'identité.\n\nCordialement,\nAnne-Sophie Lemaire\n\n"
    "> Your request has been registered under reference DSR-57730.\n"
    "> Votre demande a été enregistrée sous la référence DSR-57730.\n",
    FU("57730", "as.lemaire@courriel.example", "Anne-Sophie", "Lemaire"))

add("mx-07-bulk-bilingual", "SmartHome Verband / Association <news@smarthome-verband.example>",
    "Newsletter 11/2026 - Cyber Resilience Act",
    "SMARTHOME VERBAND - NEWSLETTER NOVEMBER 2026\n\n"
    "DE: Der Cyber Resilience Act - was Hersteller jetzt tun müssen.\n"
    "EN: The Cyber Resilience Act - what manufacturers need to do now.\n\n"
    "Abmelden / Unsubscribe: https://smarthome-verband.example/abmelden\n",
    IGN("bulk", "news@smarthome-verband.example"),
    headers=["List-Id: <newsletter.smarthome-verband.example>",
             "List-Unsubscribe: <mailto:unsubscribe@smarthome-verband.example>", "Precedence: bulk"])

add("mx-08-de-en-lawyer", "Katharina Zeller <k.zeller@zeller-recht.example>",
    "Auskunftsersuchen gem. Art. 15 DSGVO / Subject access request - Friedrich Oberhauser-Lenz",
    "Sehr geehrte Damen und Herren, / Dear Sir or Madam,\n\n"
    "wir vertreten Herrn Friedrich Oberhauser-Lenz, München. Eine Vollmacht liegt bei.\n"
    "We represent Mr Friedrich Oberhauser-Lenz of Munich; a power of attorney is attached.\n\n"
    "Namens unseres Mandanten verlangen wir Auskunft über alle zu seiner Person gespeicherten Daten "
    "einschließlich einer Kopie (Art. 15 DSGVO), insbesondere Aufzeichnungen der Überwachungskameras "
    "und Zugriffsprotokolle der App.\n"
    "On behalf of our client we request access to, and a copy of, all personal data relating to him.\n\n"
    "Mit freundlichen Grüßen / Kind regards\n\nKatharina Zeller\nRechtsanwältin\nZeller Rechtsanwälte PartG mbB\n",
    R(["Access"], "k.zeller@zeller-recht.example", "Friedrich", "Oberhauser-Lenz",
      representative="Katharina Zeller"))

add("mx-09-bounce-de", "Mail Delivery Subsystem <mailer-daemon@mx.acme-corp.example>",
    "Unzustellbar: Your request / Ihre Anfrage", "",
    IGN("bounce", "mailer-daemon@mx.acme-corp.example"), dsn=True)
