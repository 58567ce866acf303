from common import *  # part mix: written blind

# ---------------------------------------------------------------- requests, other languages and mixed
add("mix-01-pt-acesso", "Conceição Magalhães Pereira <conceicao.mpereira@correio.example>", "Pedido de acesso aos meus dados",
    """Bom dia,

Venho por este meio solicitar, ao abrigo do artigo 15.º do RGPD, uma cópia de todos os dados pessoais que a vossa empresa tem sobre mim, incluindo o histórico de encomendas da farmácia e os dados da aplicação.

Com os melhores cumprimentos,
Conceição Magalhães Pereira
""",
    R(["Access"], "conceicao.mpereira@correio.example", "Conceição", "Magalhães Pereira"),
    ct=LATIN1, encode="latin-1")

add("mix-02-ptbr-exclusao", "Thiago Nascimento Albuquerque <thiago.albuquerque@caixapostal.example>", "Excluir minha conta",
    """Olá, tudo bem?

Quero excluir minha conta do app de treino e todos os meus dados (treinos, sono, peso). Não uso mais a pulseira. Vi que vocês atendem clientes no Brasil também, então peço com base na LGPD e no GDPR.

Valeu,
Thiago Nascimento Albuquerque
""",
    R(["Erasure"], "thiago.albuquerque@caixapostal.example", "Thiago", "Nascimento Albuquerque"))

add("mix-03-pl-sprzeciw", "Małgorzata Wiśniewska-Kołodziej <m.wisniewska@poczta.example>", "Sprzeciw wobec marketingu",
    """Dzień dobry,

codziennie dostaję od Państwa e-maile i SMS-y z ofertami suplementów. Wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingowych i proszę o usunięcie mnie z list mailingowych.

Z poważaniem,
Małgorzata Wiśniewska-Kołodziej
""",
    R(["Opposition"], "m.wisniewska@poczta.example", "Małgorzata", "Wiśniewska-Kołodziej"))

add("mix-04-pl-dostep-przenoszenie", "Paweł Grzybowski <pawel.grzybowski@poczta.example>", "Wniosek RODO - dostęp i przeniesienie danych",
    """Dzień dobry,

na podstawie art. 15 i art. 20 RODO proszę o:
1) kopię moich danych osobowych,
2) przekazanie danych z aplikacji (treningi, tętno, sen) w formacie nadającym się do odczytu maszynowego, np. CSV.

Pozdrawiam
Paweł Grzybowski
""",
    R(["Access", "Portability"], "pawel.grzybowski@poczta.example", "Paweł", "Grzybowski"))

add("mix-05-cs-oprava", "Lenka Dvořáková <lenka.dvorakova@posta.example>", "Oprava osobních údajů",
    """Dobrý den,

po svatbě se jmenuji Lenka Dvořáková (dříve Šimková). Prosím o opravu příjmení a adresy v mém zákaznickém účtu: Na Výsluní 12, 602 00 Brno.

Děkuji,
Lenka Dvořáková
""",
    R(["Rectification"], "lenka.dvorakova@posta.example", "Lenka", "Dvořáková"))

add("mix-06-cs-informace", "Tomáš Havlíček <tomas.havlicek@posta.example>", "Dotaz ke zpracování zdravotních údajů",
    """Dobrý den,

rád bych věděl, komu předáváte údaje z aplikace (tep, spánek, kroky), zda jsou ukládány mimo EU a jak dlouho je uchováváte. Kopii údajů nepotřebuji.

S pozdravem
Tomáš Havlíček
""",
    R(["Information"], "tomas.havlicek@posta.example", "Tomáš", "Havlíček"))

add("mix-07-ro-acces-stergere", "Ioana-Maria Dumitrescu <ioana.dumitrescu@posta-ro.example>", "Cerere GDPR",
    """Bună ziua,

Vă rog să îmi trimiteți o copie a datelor personale pe care le dețineți despre mine și apoi să ștergeți contul meu din aplicație și toate datele asociate.

Mulțumesc,
Ioana-Maria Dumitrescu
""",
    R(["Access", "Erasure"], "ioana.dumitrescu@posta-ro.example", "Ioana-Maria", "Dumitrescu"))

add("mix-08-da-indsigt-latin1", "Søren Bækgaard <soren.baekgaard@postkasse.example>", "Anmodning om indsigt",
    """Hej,

Jeg vil gerne have indsigt i de personoplysninger, I har registreret om mig, herunder mine ordrer fra apoteket og data fra appen (søvn, puls, skridt).

Med venlig hilsen
Søren Bækgaard
""",
    R(["Access"], "soren.baekgaard@postkasse.example", "Søren", "Bækgaard"),
    ct=LATIN1, encode="latin-1")

add("mix-09-greeklish-diagrafi", "Eleftheria Karamanlidou <eleftheria.karaman@grmail.example>", "diagrafi logariasmou",
    """Kalimera sas,

thelo na diagrapsete ton logariasmo mou apo to app kai ola ta prosopika mou dedomena. Den xrisimopoio pia to roloi.

Efxaristo,
Eleftheria Karamanlidou
""",
    R(["Erasure"], "eleftheria.karaman@grmail.example", "Eleftheria", "Karamanlidou"))

add("mix-10-en-fr-expat", "Aoife Delacroix-Byrne <aoife.db@expatmail.example>", "Unsubscribe / désinscription",
    """Hello / Bonjour,

Sorry for the franglais, I live in Lyon now. Je ne veux plus recevoir vos emails promotionnels, please stop all marketing. And actually, supprimez mon compte complètement, I ordered once in 2024 and never again.

Merci / thanks,
Aoife Delacroix-Byrne
""",
    R(["Opposition", "Erasure"], "aoife.db@expatmail.example", "Aoife", "Delacroix-Byrne"))

add("mix-11-de-en-automated", "Kai-Uwe Lindström <kaiuwe.lindstroem@netzpost.example>", "Account flagged - bitte manuelle Prüfung",
    """Hi,

my subscription renewal was blocked: "Your payment was declined by our risk engine". Meine Karte funktioniert überall sonst. Ich möchte, dass ein Mensch diese Entscheidung überprüft, not a bot. Please also explain what data the risk engine used.

Danke,
Kai-Uwe Lindström
""",
    R(["AutomatedDecision"], "kaiuwe.lindstroem@netzpost.example", "Kai-Uwe", "Lindström"))

add("mix-12-es-en-daughter-for-mother", "Valentina Restrepo Gómez <valentina.restrepo@correo.example>", "Data of my mother / datos de mi madre",
    """Hello, I write in English and Spanish because my mother does not speak English.

Soy la hija y tutora legal de Amparo Gómez Arango (sentencia de incapacitación adjunta). She has an account with your pharmacy and she has been ordering strange products. I would like to know what data you have about her and what she has ordered in the last year.

Gracias / thank you,
Valentina Restrepo Gómez
""",
    R(["Access"], "valentina.restrepo@correo.example", "Amparo", "Gómez Arango",
      representative="Valentina Restrepo Gómez"))

# ---------------------------------------------------------------- tasks
add("mix-13-pt-tarefa-subcontratante", "Rui Vasconcelos <rui.vasconcelos@acme-corp.example>", "Revisão de contrato - transportadora Portugal",
    """Olá equipa de privacidade,

Vamos começar a entregar encomendas da farmácia em Portugal com a TransLuso. Podem rever o contrato de subcontratante (artigo 28.º) antes da assinatura? Precisamos de resposta até dia 30.

Obrigado,
Rui Vasconcelos
Operações Ibéria
""",
    TASK("rui.vasconcelos@acme-corp.example", "Rui", "Vasconcelos"))

add("mix-14-pl-zadanie-szkolenie", "Agnieszka Zielińska <agnieszka.zielinska@acme-corp.example>", "Szkolenie RODO dla zespołu w Krakowie",
    """Cześć,

w styczniu dołącza do nas 10 nowych osób w centrum obsługi klienta w Krakowie (będą widzieć zamówienia i recepty). Czy możecie przygotować szkolenie z ochrony danych po polsku lub angielsku?

Agnieszka Zielińska
HR Kraków
""",
    TASK("agnieszka.zielinska@acme-corp.example", "Agnieszka", "Zielińska"))

# ---------------------------------------------------------------- incidents
add("mix-15-da-incident-forkert-ordre", "Mette Kjærsgaard-Holm <mette.kh@postkasse.example>", "Jeg har modtaget en andens ordrebekræftelse",
    """Hej,

I dag fik jeg en ordrebekræftelse fra jer med en anden persons navn, adresse og hvilken medicin hun har bestilt. Jeg kender hende ikke. Det er vel et databrud? Jeg har ikke videresendt mailen.

Venlig hilsen
Mette Kjærsgaard-Holm
""",
    INC("mette.kh@postkasse.example", "Mette", "Kjærsgaard-Holm"))

add("mix-16-cs-incident-spatny-zakaznik", "Petr Sedláček <petr.sedlacek@acme-corp.example>", "Incident - e-mail odeslán špatnému zákazníkovi / wrong recipient",
    """Ahoj / Hi privacy team,

dnes ráno jsem omylem poslal e-mail s fakturou a seznamem léků jednoho zákazníka jinému zákazníkovi se stejným příjmením. I already asked the recipient to delete it, no reply yet.

Petr Sedláček
Zákaznická podpora Praha
""",
    INC("petr.sedlacek@acme-corp.example", "Petr", "Sedláček"))

# ---------------------------------------------------------------- follow-up
add("mix-17-pt-seguimento-dsr", "Conceição Magalhães Pereira <conceicao.mpereira@correio.example>", "Re: [DSR-41077] Confirmação de receção do seu pedido",
    """Boa tarde,

Agradeço a confirmação. Envio em anexo a cópia do meu cartão de cidadão, como pedido.

Cumprimentos,
Conceição Magalhães Pereira
""",
    FU("41077", "conceicao.mpereira@correio.example", "Conceição", "Magalhães Pereira"))

# ---------------------------------------------------------------- ignored
add("mix-18-pl-phishing", "Poczta Polska <powiadomienia@poczta-dostawa.example>", "Twoja paczka czeka - dopłata 2,49 zł",
    """Szanowny Kliencie,

Twoja przesyłka została wstrzymana z powodu nieopłaconej należności. Aby uniknąć zwrotu, zaktualizuj dane i dokonaj płatności:

http://poczta-dostawa.example/platnosc
""",
    IGN("spam", "powiadomienia@poczta-dostawa.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="poczta-dostawa.example")])

add("mix-19-ro-spam-investitie", "Consultant Financiar <oferta@profit-rapid.example>", "Câștigă 3000 EUR pe săptămână",
    """Bună ziua,

Platforma noastră de investiții automate îți aduce profit garantat. Înregistrează-te acum și primești bonus 200 EUR.

Dacă nu mai dorești mesaje, răspunde cu STERGE și îți vom șterge datele.
""",
    IGN("spam", "oferta@profit-rapid.example"), headers=SPAM_HDR)

add("mix-20-da-en-autoreply", "Anders Vestergaard <anders.vestergaard@nordichealth.example>", "Autosvar: Fravær / Out of office",
    """Tak for din mail. Jeg er på ferie indtil 30. november.
Thank you for your email. I am on holiday until 30 November and will reply when I return.

Anders Vestergaard
""",
    IGN("auto_reply", "anders.vestergaard@nordichealth.example"),
    headers=["Auto-Submitted: auto-replied"])
