from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests
add("mix-01-pt-br-apagar", "Ana Beatriz dos Santos Ferreira <anabeatriz.sf@correio-br.example>",
    "Excluir minha conta",
    """Olá,

Fiz uma reserva pelo site de vocês para uma viagem a Lisboa e agora não quero mais ter cadastro. Por favor, excluam minha conta e todos os meus dados pessoais, conforme a LGPD e o RGPD.

Obrigada,
Ana Beatriz dos Santos Ferreira

Enviado do meu celular
""",
    R(["Erasure"], "anabeatriz.sf@correio-br.example", "Ana Beatriz", "dos Santos Ferreira"))

add("mix-02-pt-acesso-retificacao", "João Pedro Conceição Magalhães <jp.magalhaes@correio-pt.example>",
    "Pedido de acesso e retificação de dados",
    """Exmos. Senhores,

Ao abrigo dos artigos 15.º e 16.º do RGPD, venho solicitar:
1) cópia de todos os dados pessoais que tratam a meu respeito (reservas, programa de fidelização, contactos com o apoio ao cliente);
2) a retificação do meu número de contribuinte e da minha morada, que estão errados nas faturas: a morada correta é Rua de Cedofeita 211, 4050-179 Porto.

Com os melhores cumprimentos,
João Pedro Conceição Magalhães
""",
    R(["Access", "Rectification"], "jp.magalhaes@correio-pt.example", "João Pedro", "Conceição Magalhães"))

add("mix-03-pl-sprzeciw", "Bartłomiej Szczepański <b.szczepanski@poczta.example>",
    "Sprzeciw wobec marketingu",
    """Dzień dobry,

proszę o zaprzestanie wysyłania mi ofert e-mailem i SMS-em. Nie wyrażam zgody na przetwarzanie moich danych w celach marketingowych.

Pozdrawiam
Bartłomiej Szczepański
""",
    R(["Opposition"], "b.szczepanski@poczta.example", "Bartłomiej", "Szczepański"))

add("mix-04-pl-dostep", "Zofia Wiśniewska-Kaczmarek <zofia.wk@poczta.example>",
    "Wniosek o dostęp do danych osobowych",
    """Szanowni Państwo,

na podstawie art. 15 RODO proszę o przesłanie kopii wszystkich moich danych osobowych, które Państwo przetwarzają, w tym historii rezerwacji hoteli w Krakowie i Gdańsku oraz danych z programu lojalnościowego.

Z poważaniem
Zofia Wiśniewska-Kaczmarek
""",
    R(["Access"], "zofia.wk@poczta.example", "Zofia", "Wiśniewska-Kaczmarek"))

add("mix-05-cs-vymaz", "Kateřina Dvořáková <katerina.dvorakova@seznam-mail.example>",
    "Smazání kopie pasu",
    """Dobrý den,

při příjezdu do Vašeho hotelu v Praze mi na recepci naskenovali cestovní pas. Žádám o smazání této kopie a všech mých osobních údajů, které už nepotřebujete.

Děkuji
Kateřina Dvořáková
""",
    R(["Erasure"], "katerina.dvorakova@seznam-mail.example", "Kateřina", "Dvořáková"))

add("mix-06-ro-portabilitate", "Ioana-Cristina Popescu-Bălan <ioana.popescubalan@posta-ro.example>",
    "Cerere portabilitate date",
    """Bună ziua,

Vă rog să îmi trimiteți istoricul rezervărilor și punctele de fidelitate într-un format structurat, care poate fi citit automat (CSV), conform dreptului la portabilitatea datelor.

Cu stimă,
Ioana-Cristina Popescu-Bălan
""",
    R(["Portability"], "ioana.popescubalan@posta-ro.example", "Ioana-Cristina", "Popescu-Bălan"))

add("mix-07-da-oplysninger", "Søren Kjærgaard <soren.kjaergaard@post-dk.example>",
    "Spørgsmål om mine oplysninger",
    """Hej,

Jeg har booket et hotel i København gennem jeres rejsebureau. Hvem deler I mine oplysninger med, og hvor længe gemmer I dem efter opholdet? Jeg vil bare gerne vide det.

Venlig hilsen
Søren Kjærgaard
""",
    R(["Information"], "soren.kjaergaard@post-dk.example", "Søren", "Kjærgaard"),
    ct=LATIN1, encode="latin-1")

add("mix-08-el-greeklish", "Eleftheria Papadopoulou <eleftheria.papad@mail-gr.example>",
    "diagrafi logariasmou",
    """Kalispera sas,

thelo na diagrapsete ton logariasmo mou kai ola ta prosopika mou stoixeia. Den tha xrisimopoiiso ksana tin ypiresia sas.

Eyxaristo,
Eleftheria Papadopoulou
""",
    R(["Erasure"], "eleftheria.papad@mail-gr.example", "Eleftheria", "Papadopoulou"))

add("mix-09-en-es", "Valentina Orozco Haddad <vale.orozco@mailbox.example>",
    "unsubscribe / darme de baja",
    """Hi! Please stop sending me promos, no quiero recibir más correos. And delete my account too porfa, I don't travel with you anymore.

Thanks / gracias
Valentina Orozco
""",
    R(["Opposition", "Erasure"], "vale.orozco@mailbox.example", "Valentina", "Orozco Haddad"))

add("mix-10-fr-en", "Théo Marchand-Wilson <theo.mw@mailbox.example>",
    "Demande / request - my data",
    """Bonjour / Hello,

Je suis franco-britannique, sorry for mixing languages. I would like to receive a copy of all personal data you hold about me - réservations, compte fidélité, tout. Merci d'avance.

Théo Marchand-Wilson
""",
    R(["Access"], "theo.mw@mailbox.example", "Théo", "Marchand-Wilson"))

add("mix-11-de-en-automated", "Konstantin Brenner <konstantin.brenner@mailbox.example>",
    "Booking rejected automatically / Buchung automatisch abgelehnt",
    """Hello,

my booking in Vienna was rejected by your "risk engine" within seconds. Ich verlange, dass ein Mensch diese automatisierte Entscheidung überprüft. Please have someone look at it, I have a conference there next week.

Konstantin Brenner
""",
    R(["AutomatedDecision"], "konstantin.brenner@mailbox.example", "Konstantin", "Brenner"))

add("mix-12-pt-mae-filho", "Maria do Rosário Figueiredo <mrosario.figueiredo@correio-pt.example>",
    "Dados do meu filho menor",
    """Boa tarde,

O meu filho Tomás Figueiredo Lopes, de 12 anos, participou no clube infantil do vosso hotel no Algarve em agosto. Vi fotografias dele nas vossas redes sociais. Como mãe, peço que apaguem essas fotografias e todos os dados dele.

Maria do Rosário Figueiredo
""",
    R(["Erasure"], "mrosario.figueiredo@correio-pt.example", "Tomás", "Figueiredo Lopes", representative="Maria do Rosário Figueiredo"))

add("mix-13-cs-en-restriction", "Vojtěch Hrubý <vojtech.hruby@seznam-mail.example>",
    "Omezení zpracování / restriction of processing",
    """Dobrý den / Hello,

you charged me for a late check-out I never had (hotel Brno, October). Until this is clarified, please restrict the processing of my data and do not send it to any collection agency. Prosím o potvrzení.

Vojtěch Hrubý
""",
    R(["Restriction"], "vojtech.hruby@seznam-mail.example", "Vojtěch", "Hrubý"))

# ---------------------------------------------------------------- tasks
add("mix-14-task-fr-en", "Amélie Van Damme <amelie.vandamme@acme-corp.example>",
    "DPA review / revue du contrat - prestataire IT Varsovie",
    """Hi privacy team / Bonjour,

Our Brussels office is hiring a Polish IT contractor to maintain the booking engine. Leur contrat contient une annexe sur la protection des données. Could you review it before signature? Merci !

Amélie Van Damme
Office Manager Brussels
""",
    TASK("amelie.vandamme@acme-corp.example", "Amélie", "Van Damme"))

add("mix-15-task-pt", "Rui Tavares Quintela <rui.quintela@acme-corp.example>",
    "Registo de atividades - hotéis Portugal",
    """Olá equipa,

Precisamos de atualizar o registo de atividades de tratamento para os três hotéis em Portugal (novo sistema de spa e parque de estacionamento). Podem ajudar? Posso enviar a informação esta semana.

Rui Tavares Quintela
Diretor de Operações Portugal
""",
    TASK("rui.quintela@acme-corp.example", "Rui", "Tavares Quintela"))

# ---------------------------------------------------------------- incidents
add("mix-16-inc-ro", "Mihai Ștefănescu <mihai.stefanescu@acme-corp.example>",
    "Incident: laptop furat / stolen laptop Bucharest",
    """Hello,

Raportez un incident: laptopul de la recepția hotelului din București a fost furat aseară din mașina mea. It contained an export of guest reservations for November (names, phone numbers, passport numbers). Disk encryption status unknown. Am depus plângere la poliție.

Mihai Ștefănescu
Front Office Manager Bucharest
""",
    INC("mihai.stefanescu@acme-corp.example", "Mihai", "Ștefănescu"))

add("mix-17-inc-da", "Mette Østergaard-Holm <mette.oh@post-dk.example>",
    "I received someone else's passport / fremmed pas",
    """Hej / Hello,

I asked for my booking confirmation for Aarhus and the email contained a scan of another guest's passport (a man named Lindahl), not mine. Jeg har slettet mailen, but you should check your system.

Mette Østergaard-Holm
""",
    INC("mette.oh@post-dk.example", "Mette", "Østergaard-Holm"))

# ---------------------------------------------------------------- follow-up
add("mix-18-fu-pl", "Zofia Wiśniewska-Kaczmarek <zofia.wk@poczta.example>",
    "Odp: [DSR-41650] Potwierdzenie otrzymania wniosku",
    """Dzień dobry,

w załączniku przesyłam skan dowodu osobistego, zgodnie z prośbą. Proszę o informację, kiedy otrzymam odpowiedź.

Zofia Wiśniewska-Kaczmarek

> Dear customer, we have received your request...
""",
    FU("41650", "zofia.wk@poczta.example", "Zofia", "Wiśniewska-Kaczmarek"))

# ---------------------------------------------------------------- ignored
add("mix-19-spam-crypto", "Crypto Wealth Team <invest@cryptowealth-global.example>",
    "Investment opportunity / Oportunidade / Okazja inwestycyjna",
    """Dear friend / Caro amigo / Drogi przyjacielu,

Earn 3000 EUR per day with our AI crypto robot! Ganhe 3000 EUR por dia! Zarabiaj 3000 EUR dziennie!
Register now: http://cryptowealth-global.example/join
""",
    IGN("spam", "invest@cryptowealth-global.example"), headers=SPAM_HDR)

add("mix-20-ooo-pt-en", "Inês Carvalho <ines.carvalho@agencia-lusa.example>",
    "Resposta automática / Automatic reply: Acordo de tratamento de dados",
    """Estou ausente até 24 de novembro. I am out of the office until 24 November. Para assuntos urgentes / for urgent matters: geral@agencia-lusa.example

Inês Carvalho
""",
    IGN("auto_reply", "ines.carvalho@agencia-lusa.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("mix-21-bounce", "postmaster@mx.acme-corp.example",
    "Returned mail: see transcript for details",
    "",
    IGN("bounce", "postmaster@mx.acme-corp.example"), dsn=True)
