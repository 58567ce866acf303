from common import *  # part mix: written blind

add("mix-01-ptbr-quais-dados",
    "Ana Beatriz Souza Lima <anabia.souzalima@correio-br.example>",
    "Meus dados",
    "Oi, tudo bem? Me cadastrei no site de vagas de vocês quando morei em Lisboa e queria saber "
    "quais dados meus vocês ainda guardam. Dá pra me mandar tudo?\n\nObrigada!\nAna Beatriz\n\n"
    "Enviado do meu iPhone\n",
    R(["Access"], "anabia.souzalima@correio-br.example", "Ana Beatriz", "Souza Lima"))

add("mix-02-ptbr-entrevista-video",
    "João Pedro Carvalho <jp.carvalho@correio-br.example>",
    "Reprovado pelo robô?",
    "Olá,\n\n"
    "Fiz a entrevista em vídeo gravada pra vaga de atendimento bilíngue e recebi a reprovação em "
    "menos de meia hora. Isso foi decisão automática do sistema, né? Quero que uma pessoa de "
    "verdade reveja minha entrevista e a decisão. Pela LGPD e pelo GDPR eu tenho esse direito.\n\n"
    "Abraço,\nJoão Pedro Carvalho\n",
    R(["AutomatedDecision"], "jp.carvalho@correio-br.example", "João Pedro", "Carvalho"))

add("mix-03-ptpt-apagar-conta",
    "Maria do Carmo Ferreira <mcarmo.ferreira@correio-pt.example>",
    "Eliminação da minha conta de leitora",
    "Exmos. Senhores,\n\n"
    "Cancelei a assinatura digital do vosso jornal no mês passado. Venho por este meio solicitar a "
    "eliminação da minha conta e de todos os meus dados pessoais, incluindo os dados do cartão e o "
    "histórico de leitura.\n\n"
    "Com os melhores cumprimentos,\nMaria do Carmo Ferreira\n",
    R(["Erasure"], "mcarmo.ferreira@correio-pt.example", "Maria do Carmo", "Ferreira"))

add("mix-04-ptpt-recibo-nif",
    "Tiago Gonçalves Matos <tiago.gmatos@correio-pt.example>",
    "NIF errado nos recibos de vencimento",
    "Boa tarde,\n\n"
    "Sou trabalhador temporário convosco desde agosto (armazém da Azambuja). O NIF que aparece nos "
    "meus recibos de vencimento está errado, falta um dígito, e as Finanças já me notificaram. "
    "Peço que corrijam os meus dados e que me enviem uma cópia de todos os recibos e do contrato, "
    "para eu confirmar o que foi declarado.\n\n"
    "Cumprimentos,\nTiago Gonçalves Matos\nTlm. 912 555 303\n",
    R(["Rectification", "Access"], "tiago.gmatos@correio-pt.example", "Tiago", "Gonçalves Matos"))

add("mix-05-pl-usuniecie-sprzeciw",
    "Katarzyna Wiśniewska-Nowak <k.wisniewska.nowak@poczta-pl.example>",
    "Żądanie usunięcia danych i sprzeciw",
    "Dzień dobry,\n\n"
    "w zeszłym roku korzystałam z Państwa agencji pracy tymczasowej. Od tego czasu regularnie "
    "dostaję SMS-y i maile z ofertami. Wnoszę sprzeciw wobec przetwarzania moich danych w celach "
    "marketingowych oraz żądam usunięcia wszystkich moich danych osobowych (art. 17 RODO).\n\n"
    "Z poważaniem\nKatarzyna Wiśniewska-Nowak\n",
    R(["Opposition", "Erasure"], "k.wisniewska.nowak@poczta-pl.example", "Katarzyna", "Wiśniewska-Nowak"))

add("mix-06-pl-kopia-danych",
    "Paweł Zieliński <pawel.zielinski@poczta-pl.example>",
    "Wniosek o dostęp do danych",
    "Dzień dobry,\n\n"
    "pracowałem przez Państwa agencję w Holandii w 2025 roku (magazyn w Venlo). Na podstawie "
    "art. 15 RODO proszę o przesłanie kopii moich danych osobowych: ewidencji godzin, pasków "
    "wynagrodzeń, ocen od pracodawcy użytkownika i notatek koordynatora.\n\n"
    "Pozdrawiam\nPaweł Zieliński\n",
    R(["Access"], "pawel.zielinski@poczta-pl.example", "Paweł", "Zieliński"))

add("mix-07-sk-vyplata",
    "Milan Kováč <milan.kovac@posta-sk.example>",
    "výplata za október",
    "Dobrý deň, ešte mi neprišla výplata za október, robil som cez vás v sklade v Brne. Kedy to "
    "príde? Ďakujem, Milan Kováč\n",
    R(["Unknown"], "milan.kovac@posta-sk.example", "Milan", "Kováč"))

add("mix-08-bg-latin-iztriite",
    "Desislava Petrova <desi.petrova@poshta-bg.example>",
    "iztrivane na danni",
    "Zdraveite,\n\n"
    "molya iztriite vsichki moi lichni danni ot vashata sistema - CV, snimka, telefon. Rabotih "
    "prez vas sezonno prez 2024 i veche ne iskam da sam v bazata vi.\n\n"
    "Blagodarya,\nDesislava Petrova\n",
    R(["Erasure"], "desi.petrova@poshta-bg.example", "Desislava", "Petrova"))

add("mix-09-lt-kam-perduodate",
    "Rūta Kazlauskienė <ruta.kazlauskiene@pastas-lt.example>",
    "Užklausa dėl asmens duomenų",
    "Laba diena,\n\n"
    "Jūsų įdarbinimo agentūros konsultantė man paskambino, nors niekada nesiunčiau jums savo CV. "
    "Prašau paaiškinti, iš kur gavote mano duomenis, kokiu tikslu juos tvarkote, kam juos "
    "perduodate ir kiek laiko saugosite.\n\n"
    "Pagarbiai\nRūta Kazlauskienė\n",
    R(["Information"], "ruta.kazlauskiene@pastas-lt.example", "Rūta", "Kazlauskienė"))

add("mix-10-et-uudiskiri",
    "Kadri Kask <kadri.kask@post-ee.example>",
    "Uudiskiri",
    "Tere!\n\nPalun lõpetage mulle uudiskirja ja tellimuspakkumiste saatmine. Ma ei soovi teilt "
    "enam mingeid reklaamkirju saada.\n\nLugupidamisega\nKadri Kask\n",
    R(["Opposition"], "kadri.kask@post-ee.example", "Kadri", "Kask"))

add("mix-11-ca-rectificar-latin1",
    "Jordi Puig i Serra <jordi.puigserra@correu-cat.example>",
    "Canvi d'adreça i de cognom",
    "Bon dia,\n\n"
    "Sóc subscriptor de l'edició en paper. Us demano que rectifiqueu les meves dades: l'adreça "
    "correcta és carrer de la Il·lustració 23, 2n 1a, 08002 Barcelona, i el meu segon cognom és "
    "Serra, no Sierra. Així el diari m'arribarà a casa.\n\n"
    "Moltes gràcies,\nJordi Puig i Serra\n",
    R(["Rectification"], "jordi.puigserra@correu-cat.example", "Jordi", "Puig i Serra"),
    ct=LATIN1, encode="latin-1")

add("mix-12-eu-es-ezabatu",
    "Ane Etxeberria Lasa <ane.etxeberria@posta-eus.example>",
    "Datuak ezabatzea / borrado de datos",
    "Kaixo,\n\n"
    "Nire datu pertsonal guztiak ezabatzea eskatzen dut: curriculuma, elkarrizketaren bideoa eta "
    "proben emaitzak. Ez dut zuen bidez lanik bilatu nahi.\n\n"
    "(Por si acaso: pido que borréis todos mis datos, incluido el vídeo de la entrevista.)\n\n"
    "Eskerrik asko,\nAne Etxeberria Lasa\n",
    R(["Erasure"], "ane.etxeberria@posta-eus.example", "Ane", "Etxeberria Lasa"))

add("mix-13-spanglish-portabilidad",
    "Marisol Gutiérrez <marisol.gtz@mailbox-us.example>",
    "my profile / mi perfil",
    "Hi! Soy Marisol, worked con ustedes as a temp in the Madrid office last summer. Ahora me mudé "
    "and I'm signing up with another staffing agency. Can you send my profile, my certificates y "
    "mis horas in a CSV or Excel file so I can upload it there? And después de eso please borren "
    "todo, no quiero seguir en su base de datos.\n\nGracias!! Marisol Gutiérrez\n",
    R(["Portability", "Erasure"], "marisol.gtz@mailbox-us.example", "Marisol", "Gutiérrez"))

add("mix-14-franglais-tracking",
    "Maxime Leblanc <maxime.leblanc@courriel-qc.example>",
    "tracking sur le site",
    "Hello,\n\nJe suis abonné au digital mais je vois que votre site load genre 15 trackers. Je "
    "veux opt-out de tout le ad targeting basé sur mon reading history, full stop. Et je voudrais "
    "savoir avec quels partners vous sharez mes data, c'est pas clair dans votre privacy policy.\n\n"
    "Thanks,\nMax Leblanc\n",
    R(["Opposition", "Information"], "maxime.leblanc@courriel-qc.example", "Maxime", "Leblanc"))

add("mix-15-denglish-restrict",
    "Jan-Philipp Meier <jp.meier@mailbox-de.example>",
    "Background check issue",
    "Hi zusammen,\n\n"
    "in meinem Background Check für das Projekt bei der Bank steht ein falscher Employer (ich war "
    "nie bei der Firma 'NordInvest'). Bis das clarified ist, bitte den Report nicht an den Client "
    "schicken und nicht weiter processen - also einfach freezen. Delete ist nicht nötig, ich "
    "brauche ihn evtl. als Nachweis.\n\n"
    "Cheers\nJan-Philipp Meier\n",
    R(["Restriction"], "jp.meier@mailbox-de.example", "Jan-Philipp", "Meier"))

add("mix-16-ptbr-mae-filho",
    "Luciana Alves <luciana.alves@correio-br.example>",
    "Conta do meu filho",
    "Boa tarde,\n\n"
    "Meu filho Gabriel Alves, de 14 anos, criou uma conta no site de notícias de vocês e fez "
    "vários comentários com nome e foto. Como mãe e responsável legal, peço que apaguem a conta "
    "dele e todos os comentários e dados.\n\n"
    "Att.,\nLuciana Alves\n",
    R(["Erasure"], "luciana.alves@correio-br.example", "Gabriel", "Alves",
      representative="Luciana Alves"))

add("mix-17-pl-pelnomocnik",
    "Tomasz Lewandowski <t.lewandowski@kancelaria-pl.example>",
    "Wniosek w imieniu Pani Agnieszki Kamińskiej",
    "Szanowni Państwo,\n\n"
    "działając jako pełnomocnik Pani Agnieszki Kamińskiej (pełnomocnictwo w załączeniu), która "
    "wykonywała pracę tymczasową za Państwa pośrednictwem w latach 2023-2024, wnoszę o udostępnienie "
    "kopii wszystkich jej danych osobowych, w tym umów, list obecności i korespondencji dotyczącej "
    "zakończenia współpracy.\n\n"
    "Mocodawczyni: Agnieszka Kamińska, ur. 14.03.1991, zam. Łódź.\n\n"
    "Z poważaniem\nr.pr. Tomasz Lewandowski\nKancelaria Radcy Prawnego\n\n"
    "Wiadomość poufna. Jeżeli nie jest Pan/Pani adresatem, prosimy o jej usunięcie.\n",
    R(["Access"], "t.lewandowski@kancelaria-pl.example", "Agnieszka", "Kamińska",
      representative="Tomasz Lewandowski"))

add("mix-18-ptpt-html-conservacao",
    "Inês Rebelo de Sousa <ines.rsousa@correio-pt.example>",
    "Pergunta sobre os meus dados",
    html("Bom dia,",
         "Candidatei-me a várias ofertas através da vossa agência em 2023. Durante quanto tempo "
         "guardam o meu CV e os testes que fiz? E os meus dados são enviados para clientes fora da "
         "União Europeia?",
         "Não quero que apaguem nada por agora, é só para saber.",
         "Obrigada,<br>Inês Rebelo de Sousa"),
    R(["Information"], "ines.rsousa@correio-pt.example", "Inês", "Rebelo de Sousa"), ct=HTML)

add("mix-19-ptpt-tarefa-subcontratante",
    "Rui Pereira <rui.pereira@acme-corp.example>",
    "Revisão do contrato de subcontratante - plataforma de assinaturas",
    "Olá equipa,\n\n"
    "A direção digital vai mudar a plataforma de pagamentos das assinaturas do jornal em Portugal. "
    "O fornecedor enviou o acordo de subcontratação (art. 28.º RGPD). Podem rever até dia 1? "
    "Envio em anexo.\n\n"
    "Rui Pereira\nGestor de Produto Digital - Lisboa\n",
    TASK("rui.pereira@acme-corp.example", "Rui", "Pereira"))

add("mix-20-pl-zadanie-rejestr",
    "Agata Wójcik <agata.wojcik@acme-corp.example>",
    "Rejestr czynności przetwarzania - oddział Wrocław",
    "Cześć,\n\n"
    "w oddziale we Wrocławiu zaczynamy rekrutacje przez WhatsApp Business dla pracowników "
    "tymczasowych. Czy możecie dodać to do rejestru czynności przetwarzania i sprawdzić, czy "
    "potrzebujemy zmiany klauzuli informacyjnej dla kandydatów?\n\n"
    "Agata Wójcik\nKierownik Oddziału Wrocław\n",
    TASK("agata.wojcik@acme-corp.example", "Agata", "Wójcik"))

add("mix-21-ca-tasca-formacio",
    "Montserrat Vilaró <montse.vilaro@acme-corp.example>",
    "Formació RGPD per a l'oficina de Girona",
    "Hola,\n\nA l'oficina de Girona hi ha quatre consultores noves. Podríeu fer-los una formació "
    "breu sobre protecció de dades (CV, referències, conservació)? Ens aniria bé la setmana del 7 "
    "de desembre.\n\nGràcies,\nMontse Vilaró\nCap d'oficina, Girona\n",
    TASK("montse.vilaro@acme-corp.example", "Montserrat", "Vilaró"))

add("mix-22-ptbr-inc-holerite",
    "Rafael Nascimento <rafael.nascimento@correio-br.example>",
    "Recebi o holerite de outra pessoa",
    "Olá, no e-mail com o meu recibo de pagamento veio anexado o de outro trabalhador, um tal de "
    "Sérgio Antunes, com NIF, IBAN e morada dele. Não abri mais nada. Acho que vocês devem saber. "
    "Rafael Nascimento\n",
    INC("rafael.nascimento@correio-br.example", "Rafael", "Nascimento"))

add("mix-23-sk-inc-notebook",
    "Zuzana Horváthová <zuzana.horvathova@acme-corp.example>",
    "Stratený notebook",
    "Dobrý deň,\n\nvčera večer mi v električke v Bratislave ukradli batoh so služobným notebookom. "
    "Sú v ňom uložené životopisy kandidátov a mzdové podklady pre brigádnikov. Notebook je "
    "chránený heslom, šifrovanie neviem. Polícia je informovaná.\n\nZuzana Horváthová\n"
    "Personálna konzultantka, pobočka Bratislava\n",
    INC("zuzana.horvathova@acme-corp.example", "Zuzana", "Horváthová"))

add("mix-24-et-inc-voori-arve",
    "Mart Tamm <mart.tamm@post-ee.example>",
    "Sain kellegi teise andmed",
    "Tere,\n\nteie ajalehe tellimuse arve, mis mulle e-postiga tuli, oli tegelikult kellegi teise "
    "nimel: seal oli tema nimi, kodune aadress ja telefoninumber. Teatan, et saaksite selle "
    "parandada.\n\nMart Tamm\n",
    INC("mart.tamm@post-ee.example", "Mart", "Tamm"))

add("mix-25-ptbr-fu-dsr",
    "Camila Ribeiro <camila.ribeiro@correio-br.example>",
    "Re: [DSR-91337] Recebemos o seu pedido",
    "Oi, alguma novidade sobre o meu pedido? Já passou mais de um mês.\nCamila Ribeiro\n\n"
    "Em 04/10/2026, privacy@acme-corp.example escreveu:\n"
    "> Olá Camila,\n> O seu pedido foi registado com a referência DSR-91337.\n",
    FU("91337", "camila.ribeiro@correio-br.example", "Camila", "Ribeiro"))

add("mix-26-pl-fu-przypomnienie",
    "Paweł Zieliński <pawel.zielinski@poczta-pl.example>",
    "Re: Wniosek o dostęp do danych",
    "Dzień dobry,\n\nczy mój wniosek poniżej został przyjęty? Nie dostałem żadnego potwierdzenia.\n\n"
    "Paweł Zieliński\n\n"
    "> Na podstawie art. 15 RODO proszę o przesłanie kopii moich danych osobowych\n",
    FU(ref("mix-06-pl-kopia-danych"), "pawel.zielinski@poczta-pl.example", "Paweł", "Zieliński"),
    headers=irt("mix-06-pl-kopia-danych"))

add("mix-27-ptbr-spam-remocao",
    "Privacidade Total <contato@privacidade-total.example>",
    "Seus dados estão vazados! Remova agora",
    "Olá!\n\nEncontramos seus dados pessoais em 143 sites e vazamentos. Com o Privacidade Total "
    "removemos tudo em 24h. Promoção LGPD: 70% de desconto só hoje! Clique e proteja sua empresa.\n\n"
    "Para não receber mais, responda SAIR.\n",
    IGN("spam", "contato@privacidade-total.example"), headers=SPAM_HDR)

add("mix-28-pl-spam-skrzynka",
    "Administrator Poczty <admin@poczta-weryfikacja.example>",
    "Twoja skrzynka zostanie usunięta (RODO)",
    "Szanowny Użytkowniku,\n\nzgodnie z nowymi przepisami RODO nieweryfikowane skrzynki zostaną "
    "usunięte wraz z danymi w ciągu 24 godzin. Zweryfikuj konto: "
    "https://poczta-weryfikacja.example/login\n",
    IGN("spam", "admin@poczta-weryfikacja.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="poczta-weryfikacja.example")])

add("mix-29-ca-butlleti",
    "Butlletí Premsa Digital <butlleti@premsa-digital.example>",
    "Butlletí setmanal: el futur de les subscripcions",
    "BUTLLETÍ PREMSA DIGITAL - núm. 88\n\n"
    "- Els murs de pagament dinàmics: funcionen?\n"
    "- Nova guia sobre galetes i consentiment\n"
    "- Jornada de mitjans, 10 de desembre\n\n"
    "Per donar-vos de baixa: https://premsa-digital.example/baixa\n",
    IGN("bulk", "butlleti@premsa-digital.example"),
    headers=["List-Id: <butlleti.premsa-digital.example>",
             "List-Unsubscribe: <https://premsa-digital.example/baixa>", "Precedence: bulk"])

add("mix-30-lt-automatinis",
    "Giedrė Jankauskaitė <giedre.jankauskaite@klientas-lt.example>",
    "Automatinis atsakymas: Jūsų užklausa",
    "Sveiki, šiuo metu esu atostogose iki lapkričio 30 d. Skubiais klausimais kreipkitės "
    "personalas@klientas-lt.example.\nGiedrė Jankauskaitė\n",
    IGN("auto_reply", "giedre.jankauskaite@klientas-lt.example"),
    headers=["Auto-Submitted: auto-replied"])
