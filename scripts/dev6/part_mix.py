from common import *  # part mix: written blind

# ---------------------------------------------------------------- pedidos / requests
add("mix-01-pt-acesso", "Gonçalo Magalhães Ferreira <goncalo.mferreira@correio-pt.example>", "Pedido de acesso aos meus dados pessoais",
    """Exmos. Senhores,

Ao abrigo do artigo 15.º do RGPD, venho solicitar o acesso a todos os dados pessoais que a vossa empresa trata a meu respeito, nomeadamente os registos de validações do meu passe, os pagamentos e eventuais autos de contraordenação, bem como as finalidades e os prazos de conservação.

Com os melhores cumprimentos,
Gonçalo Magalhães Ferreira
""",
    R(["Access"], "goncalo.mferreira@correio-pt.example", "Gonçalo", "Magalhães Ferreira"))

add("mix-02-ptbr-exclusao", "Thaís Nascimento <thais.nascimento@email-br.example>", "Excluir minha conta",
    """Oi, tudo bem? Fiz intercâmbio aí e usei as bikes por 6 meses, agora voltei pro Brasil. Quero que vocês excluam minha conta e todos os meus dados, e parem de me mandar e-mail de promoção, por favor!

Valeu,
Thaís
""",
    R(["Erasure", "Opposition"], "thais.nascimento@email-br.example", "Thaís", "Nascimento"))

add("mix-03-pl-sprostowanie", "Małgorzata Wiśniewska-Kołodziej <m.wisniewska.kolodziej@poczta-pl.example>", "Sprostowanie danych - błędne nazwisko",
    """Dzień dobry,

na mojej karcie miejskiej i w koncie klienta moje nazwisko jest zapisane jako "Wisniewska-Kolodziej" bez polskich znaków i z błędem w dacie urodzenia (powinno być 14.02.1987). Proszę o sprostowanie danych zgodnie z art. 16 RODO.

Z poważaniem,
Małgorzata Wiśniewska-Kołodziej
""",
    R(["Rectification"], "m.wisniewska.kolodziej@poczta-pl.example", "Małgorzata", "Wiśniewska-Kołodziej"))

add("mix-04-pl-monitoring", "Przemysław Zając <przemek.zajac@poczta-pl.example>", "Nagranie z monitoringu w autobusie",
    """Dzień dobry,

10 listopada około 22:15 w autobusie nocnym N3 zostałem pobity przez innego pasażera. Zgłosiłem to na policję. Proszę o udostępnienie nagrania z monitoringu, na którym jestem widoczny (siedziałem z tyłu, czarna kurtka).

Pozdrawiam,
Przemysław Zając
""",
    R(["Access"], "przemek.zajac@poczta-pl.example", "Przemysław", "Zając"))

add("mix-05-cs-vymaz", "Kateřina Dvořáková <katerina.dvorakova@posta-cz.example>", "Žádost o výmaz osobních údajů",
    """Dobrý den,

žádám o výmaz všech mých osobních údajů a zrušení účtu ve vaší aplikaci pro sdílená kola podle čl. 17 GDPR. Službu již nepoužívám.

S pozdravem
Kateřina Dvořáková
""",
    R(["Erasure"], "katerina.dvorakova@posta-cz.example", "Kateřina", "Dvořáková"))

add("mix-06-ro-informatii", "Ioana-Maria Popescu <ioana.popescu@posta-ro.example>", "Întrebare despre datele de localizare",
    """Bună ziua,

Aș dori să știu în ce scop folosește aplicația dumneavoastră locația mea, cui îi transmiteți aceste date și cât timp le păstrați. Nu am nevoie de o copie, doar de informații.

Mulțumesc,
Ioana-Maria Popescu
""",
    R(["Information"], "ioana.popescu@posta-ro.example", "Ioana-Maria", "Popescu"))

add("mix-07-da-indsigt", "Søren Østergaard <soren.ostergaard@post-dk.example>", "Anmodning om indsigt og dataportabilitet",
    """Hej,

Jeg vil gerne have indsigt i de personoplysninger, I har om mig (rejsekort og cykelapp), og jeg vil gerne modtage mine rejsedata i et maskinlæsbart format (CSV), så jeg kan overføre dem til en anden tjeneste.

Med venlig hilsen
Søren Østergaard
""",
    R(["Access", "Portability"], "soren.ostergaard@post-dk.example", "Søren", "Østergaard"))

add("mix-08-greeklish-diagrafi", "Eleftheria Kanellopoulou <eleftheria.kanel@mail-gr.example>", "diagrafi logariasmou",
    """Geia sas, thelo na diagrapsete ton logariasmo mou apo tin efarmogi me ta podilata kai ola ta prosopika mou dedomena. Den meno pleon stin poli.

Efxaristo,
Eleftheria Kanellopoulou
""",
    R(["Erasure"], "eleftheria.kanel@mail-gr.example", "Eleftheria", "Kanellopoulou"))

add("mix-09-en-fr-marketing", "Noémie Achterberg-Diallo <noemie.ad@campus-mail.example>", "stop marketing / désabonnement",
    """Hello, bonjour,

Sorry my English is not perfect. I am an Erasmus student and I receive every day your emails « offres spéciales vélo » and also SMS. Je ne veux plus recevoir aucune publicité, please remove me from all your marketing lists.

Merci / thanks,
Noémie Achterberg-Diallo
""",
    R(["Opposition"], "noemie.ad@campus-mail.example", "Noémie", "Achterberg-Diallo"))

add("mix-10-de-en-access-rectif", "Jonas Fischer-Adebayo <jonas.fa@startup-mail.example>", "my data / meine Daten",
    """Hi there,

ich schreibe mal auf Englisch, weil my German colleagues said that's fine. I'd like a copy of all personal data you have about me (Abo + bike app). Also, meine Adresse ist falsch hinterlegt - it should be Brunnenstraße 41, not 14. Please correct that.

Danke & cheers,
Jonas Fischer-Adebayo
""",
    R(["Access", "Rectification"], "jonas.fa@startup-mail.example", "Jonas", "Fischer-Adebayo"))

add("mix-11-es-en-padre-hija", "Ignacio Luján Prieto <ignacio.lujan@correo-es.example>", "Data of my daughter / datos de mi hija",
    """Hello,

I write in English, espero que se entienda. My daughter Carmen Luján Vega is 16 and is on a school exchange in your city. She got a fine from a ticket inspector on 8 November and they took her passport details. As her father and legal guardian I would like to receive a copy of all the data you have about her.

Un saludo / best regards,
Ignacio Luján Prieto
""",
    R(["Access"], "ignacio.lujan@correo-es.example", "Carmen", "Luján Vega", representative="Ignacio Luján Prieto"))

add("mix-12-pt-multa-automatica", "Rui Carvalho Antunes <rui.antunes@correio-pt.example>", "Coima gerada automaticamente",
    """Boa tarde,

Recebi uma coima de 80 € porque o sistema considerou que o meu título de transporte não estava validado. A decisão foi tomada automaticamente, sem qualquer análise humana. Peço que o caso seja revisto por uma pessoa e que me expliquem a lógica do sistema.

Cumprimentos,
Rui Carvalho Antunes
""",
    R(["AutomatedDecision"], "rui.antunes@correio-pt.example", "Rui", "Carvalho Antunes"))

# ---------------------------------------------------------------- tasks
add("mix-13-task-pt-subcontratante", "Inês Vasconcelos <ines.vasconcelos@acme-corp.example>", "Revisão contrato subcontratante - bilhética Lisboa",
    """Olá equipa de privacidade,

A filial de Lisboa vai contratar a empresa BilheteFácil para a venda de bilhetes na app. Podem rever o acordo de subcontratação (art. 28.º RGPD) antes de assinarmos? Está na pasta partilhada de Compras.

Obrigada,
Inês Vasconcelos
Operações Portugal
""",
    TASK("ines.vasconcelos@acme-corp.example", "Inês", "Vasconcelos"))

add("mix-14-task-da-en-dpia", "Mette Kjærgaard <mette.kjaergaard@acme-corp.example>", "DPIA for e-scooter pilot (Copenhagen)",
    """Hej privacy team,

We start a pilot with shared e-scooters in Copenhagen in March. The scooters have GPS and a camera for parking checks. Can you help us with the DPIA and the entry in the register? Jeg kan tage et møde næste uge.

Mvh
Mette Kjærgaard
Project Manager, Nordic Operations
""",
    TASK("mette.kjaergaard@acme-corp.example", "Mette", "Kjærgaard"))

# ---------------------------------------------------------------- incidents
add("mix-15-inc-cs-cizi-udaje", "Tomáš Horáček <tomas.horacek@posta-cz.example>", "Dostal jsem cizí údaje / I received someone else's data",
    """Dobrý den / Hello,

v e-mailu s potvrzením o nákupu jízdenky jsem dostal údaje jiného zákazníka: jméno, adresu a posledních 4 čísla karty. (Sorry, my English is bad: I got another customer's personal data in my ticket receipt.)

Tomáš Horáček
""",
    INC("tomas.horacek@posta-cz.example", "Tomáš", "Horáček"))

add("mix-16-inc-de-en-laptop", "Piotr Lewandowski <piotr.lewandowski@acme-corp.example>", "Laptop stolen / Laptop gestohlen",
    """Hi all,

my work laptop was stolen from the train yesterday evening (RE 7, zwischen Hauptbahnhof und Flughafen). It had an export of the bike-rental customer complaints on the desktop, ca. 150 Kunden. BitLocker was on, I think. Police report is filed, IT informed.

Sorry,
Piotr Lewandowski
Data Analyst
""",
    INC("piotr.lewandowski@acme-corp.example", "Piotr", "Lewandowski"))

# ---------------------------------------------------------------- follow-ups
add("mix-17-fu-pt-dsr", "Beatriz Sousa Lima <beatriz.sousalima@correio-pt.example>", "RE: [DSR-43320] Confirmação de receção",
    """Bom dia,

Já passou mais de um mês desde o vosso aviso de receção e ainda não recebi os meus dados. Podem informar-me do ponto de situação?

Beatriz Sousa Lima
""",
    FU("43320", "beatriz.sousalima@correio-pt.example", "Beatriz", "Sousa Lima"))

add("mix-18-fu-pl-monitoring", "Przemysław Zając <przemek.zajac@poczta-pl.example>", "Re: Nagranie z monitoringu w autobusie",
    """Dzień dobry, przesyłam numer sprawy z policji: RSD-1187/26. Proszę nie usuwać nagrania. / Please keep the recording.

Przemysław Zając
""",
    FU(ref("mix-04-pl-monitoring"), "przemek.zajac@poczta-pl.example", "Przemysław", "Zając"),
    headers=irt("mix-04-pl-monitoring"))

# ---------------------------------------------------------------- ignored
add("mix-19-ro-mostenire", "Avocat Dumitru Bălănescu <d.balanescu@cabinet-intl.example>", "URGENT: moștenire nerevendicată / unclaimed inheritance",
    """Stimate domn / Dear Sir,

Vă contactez în legătură cu o moștenire de 6.200.000 EUR lăsată de un client decedat care purta același nume de familie ca dumneavoastră. Please send your full name, phone number and bank details to proceed. All transactions are confidential.

Avocat Dumitru Bălănescu
""",
    IGN("spam", "d.balanescu@cabinet-intl.example"),
    headers=[AUTH(spf="softfail", dkim="none", dmarc="fail", dom="cabinet-intl.example")])

add("mix-20-pt-ausente", "Ricardo Teixeira <ricardo.teixeira@camara-municipal.example>", "Resposta automática: Protocolo partilha de dados - passes sociais",
    """Encontro-me ausente do escritório até dia 26 de novembro, com acesso limitado ao e-mail. Para assuntos urgentes contacte geral@camara-municipal.example.

I am out of the office until 26 November.

Ricardo Teixeira
""",
    IGN("auto_reply", "ricardo.teixeira@camara-municipal.example"), headers=["Auto-Submitted: auto-replied"])

add("mix-21-da-nyhedsbrev", "Cykelbyen Nyhedsbrev <nyhedsbrev@cykelbyen.example>", "Cykelbyen #42: delecykler og data",
    """CYKELBYEN - nyhedsbrev #42

- Delecykler i 2026: tallene
- Webinar: GDPR og mobilitetsdata (English session available)
- Job: dataanalytiker

Du modtager dette nyhedsbrev, fordi du er tilmeldt. Afmeld: https://cykelbyen.example/afmeld
""",
    IGN("bulk", "nyhedsbrev@cykelbyen.example"),
    headers=["List-Id: Cykelbyen <nyhedsbrev.cykelbyen.example>",
             "List-Unsubscribe: <https://cykelbyen.example/afmeld>", "Precedence: bulk"])
