from common import *  # part mix: written blind

add("mix-01-pt-acesso-art15",
    "Inês Carvalho Meireles <ines.meireles@sapo-mail.example>",
    "Pedido de acesso aos dados pessoais – artigo 15.º do RGPD",
    """Exmos. Senhores,

Ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar que me
seja facultada cópia de todos os dados pessoais que a vossa empresa trata a meu respeito, tanto
na plataforma de jogos (conta registada com este endereço de e-mail) como na clínica veterinária
de Lisboa onde a minha cadela Luna é acompanhada, bem como as demais informações previstas no
mesmo artigo.

Agradeço que a resposta me seja enviada por via eletrónica.

Com os melhores cumprimentos,
Inês Carvalho Meireles
""",
    R(["Access"], "ines.meireles@sapo-mail.example", "Inês", "Carvalho Meireles"))

add("mix-02-br-excluir-conta-caps",
    "Thiago Nascimento <thiago.nasc@bolmail.example>",
    "EXCLUIR MINHA CONTA",
    """oi, quero excluir minha conta de vez. ja tentei pelo app e nao da certo, fica dando erro
APAGUEM TUDO, meus dados, historico de compras, tudo. pela LGPD vcs sao obrigados
meu nick é ThiagoNX97

vlw
Thiago Nascimento
""",
    R(["Erasure"], "thiago.nasc@bolmail.example", "Thiago", "Nascimento"))

add("mix-03-pl-sms-marketing",
    "Małgorzata Wiśniewska <m.wisniewska@poczta-pl.example>",
    "Rezygnacja z SMS-ów marketingowych",
    """Dzień dobry,

od kilku tygodni dostaję od Państwa kliniki weterynaryjnej SMS-y z promocjami na karmę
i szczepienia. Nie wyrażałam zgody na takie wiadomości. Proszę o zaprzestanie wysyłania mi
jakichkolwiek treści reklamowych – SMS-em, e-mailem i telefonicznie. Przypomnienia o wizytach
mojego psa mogą zostać.

Z poważaniem
Małgorzata Wiśniewska
tel. 601 234 567
""",
    R(["Opposition"], "m.wisniewska@poczta-pl.example", "Małgorzata", "Wiśniewska"))

add("mix-04-pl-en-wszystko-then-delete",
    "Krzysztof Zając <kzajac.gamer@poczta-pl.example>",
    "moje konto / my account data",
    """Hej,

sorry for mixing languages, mój angielski nie jest super. I play your game od 2019. Chcę
wiedzieć, jakie dane o mnie macie - send me everything, logi, zakupy, IP, wszystko. A potem
please usuńcie konto i wszystkie moje dane, nie chcę już grać.

Dzięki,
Krzysztof Zając
""",
    R(["Access", "Erasure"], "kzajac.gamer@poczta-pl.example", "Krzysztof", "Zając"))

add("mix-05-ro-data-nasterii-polita",
    "Ioana Drăgan <ioana.dragan@rdsmail.example>",
    "Corectare dată de naștere în poliță",
    """Bună ziua,

În polița de asigurare pentru pisica mea, Miți, data mea de naștere apare greșit: 12.07.1989 în
loc de 21.07.1989. Vă rog să corectați datele mele personale în poliță și în contul de client.
Atașez copie după cartea de identitate.

Mulțumesc,
Ioana Drăgan
0722 123 456
""",
    R(["Rectification"], "ioana.dragan@rdsmail.example", "Ioana", "Drăgan"))

add("mix-06-hu-adathordozhatosag",
    "Kovács Bence <kovacs.bence@freemail-hu.example>",
    "Adathordozhatóság – játékfiók",
    """Tisztelt Adatvédelmi Tisztviselő!

A GDPR 20. cikke alapján kérem, hogy a játékfiókomhoz tartozó adataimat (profil, vásárlási
előzmények, eredmények, baráti lista) tagolt, széles körben használt, géppel olvasható
formátumban (pl. JSON vagy CSV) küldjék meg részemre, mert másik platformra szeretném átvinni
őket. Felhasználónevem: BenceK_HU.

Üdvözlettel:
Kovács Bence
""",
    R(["Portability"], "kovacs.bence@freemail-hu.example", "Bence", "Kovács"))

add("mix-07-fi-mista-tietoni",
    "Aino Järvinen <aino.jarvinen@kolumbus-mail.example>",
    "Mistä olette saaneet tietoni?",
    """Hei,

sain teiltä postissa mainoksen lemmikkivakuutuksesta, vaikka en ole koskaan ollut asiakkaananne.
Haluaisin tietää, mistä olette saaneet nimeni ja osoitteeni ja mihin tarkoitukseen niitä
käytätte. En tarvitse kopiota tiedoista, pelkkä selitys riittää.

Ystävällisin terveisin
Aino Järvinen
""",
    R(["Information"], "aino.jarvinen@kolumbus-mail.example", "Aino", "Järvinen"))

add("mix-08-no-fw-innsyn-bergen",
    "Ingrid Solberg <ingrid.solberg@acme-corp.example>",
    "VS: Innsyn i mine opplysninger",
    """Hei personvern,

videresender denne fra en kunde på klinikken i Bergen. Han vil ha innsyn. Kan dere ta den?

Mvh
Ingrid Solberg
Resepsjonsansvarlig, Acme Dyreklinikk Bergen

-------- Videresendt melding --------
Fra: Håkon Bjørnstad <hakon.bjornstad@nettpost.example>
Dato: 14. november 2026 kl. 09:12
Til: bergen@acme-corp.example
Emne: Innsyn i mine opplysninger

Hei,

jeg ber om innsyn i alle personopplysninger dere har registrert om meg, både i journalen til
hunden min Tassen og i forsikringsavtalen. Send gjerne kopi på e-post.

Hilsen Håkon Bjørnstad
""",
    R(["Access"], "hakon.bjornstad@nettpost.example", "Håkon", "Bjørnstad"))

add("mix-09-el-diagrafi-kai-stop",
    "Γιώργος Παπαδόπουλος <g.papadopoulos@otenet-mail.example>",
    "Διαγραφή λογαριασμού",
    """Καλησπέρα σας,

Παρακαλώ να διαγράψετε τον λογαριασμό μου στην πλατφόρμα παιχνιδιών μαζί με όλα τα προσωπικά
μου δεδομένα. Επίσης δεν θέλω να λαμβάνω πλέον διαφημιστικά email από εσάς· μέχρι να γίνει η
διαγραφή, σταματήστε τα αμέσως.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
""",
    R(["Erasure", "Opposition"], "g.papadopoulos@otenet-mail.example", "Γιώργος", "Παπαδόπουλος"))

add("mix-10-hr-automatska-zabrana",
    "Luka Babić <luka.babic@tportal-mail.example>",
    "Automatska zabrana računa - tražim ljudsku provjeru",
    """Poštovani,

moj račun (LukaB_ZG) je trajno blokiran 12.11. uz poruku da je "sustav otkrio nepravilnu
aktivnost". NITKO mi nije objasnio o čemu se radi, a svi odgovori podrške su automatski.
Nisam koristio nikakve cheatove.

Tražim da odluku pregleda stvarna osoba, a ne algoritam, i da mi se omogući da iznesem svoju
stranu priče.

Lijep pozdrav,
Luka Babić
""",
    R(["AutomatedDecision"], "luka.babic@tportal-mail.example", "Luka", "Babić"))

add("mix-11-sl-omejitev-premija",
    "Urška Zupančič <urska.zupancic@siol-mail.example>",
    "Omejitev obdelave - zavarovanje psa",
    """Pozdravljeni,

v vaši evidenci pri zavarovanju za mojega psa Rexa piše, da sem v zadnjem letu prijavila tri
škode, kar ne drži (prijavila sem samo eno). Dokler tega ne preverite, zahtevam, da teh podatkov
ne uporabljate pri izračunu premije ali za kakršnokoli drugo odločitev.

Lep pozdrav,
Urška Zupančič
""",
    R(["Restriction"], "urska.zupancic@siol-mail.example", "Urška", "Zupančič"))

add("mix-12-lv-dati-un-kam",
    "Jānis Bērziņš <janis.berzins@inbox-lv.example>",
    "Pieprasījums par personas datiem",
    """Labdien!

Lūdzu, izsniedziet man visus personas datus, ko par mani glabājat saistībā ar manu spēļu kontu
(lietotājvārds JanisB_Riga). Tāpat vēlos zināt, kam šie dati tiek nodoti un cik ilgi tos
glabājat.

Ar cieņu,
Jānis Bērziņš
""",
    R(["Access", "Information"], "janis.berzins@inbox-lv.example", "Jānis", "Bērziņš"))

add("mix-13-ar-en-father-daughter",
    "Khalid Al-Hashimi <khalid.alhashimi@gulfmail.example>",
    "Request to delete my daughter account",
    """Dear Sir/Madam,

Assalamu alaikum. I am the father of Layla Al-Hashimi, she is 11 years old. She made an account
on your game without my permission using her school email layla.h2015@schoolmail.example.

I request you to delete this account and all information of my daughter completely, including
photos and chat messages. Please confirm to me when it is done.

Best regards,
Khalid Al-Hashimi
Dubai
""",
    R(["Erasure"], "khalid.alhashimi@gulfmail.example", "Layla", "Al-Hashimi",
      representative="Khalid Al-Hashimi"))

add("mix-14-ar-en-cat-data-surname",
    "Rania El-Sayed <rania.elsayed@nilemail.example>",
    "my data and my cat",
    """Hello,

I am customer in your vet clinic in London since 2 years with my cat Bosbosa. Please I want to
know all the data you have about me and about my cat, send me a copy please.

Also my surname is written "El Saied" in your system, the correct one is "El-Sayed". Please
change it.

Thank you
Rania El-Sayed
""",
    R(["Access", "Rectification"], "rania.elsayed@nilemail.example", "Rania", "El-Sayed"))

add("mix-15-pt-en-nao-quero-offers",
    "Beatriz Sousa Lopes <bia.sousalopes@sapo-mail.example>",
    "Offers 'for you' - não quero",
    """Olá,

I'm Portuguese but living in Manchester, so desculpem a mistura. Na loja do jogo aparecem
sempre "recommended offers for you" baseadas no que eu compro e quanto tempo jogo. Não quero ser
perfilada assim. Please stop using my data for that, e também não quero receber os emails de
promoções.

Obrigada,
Beatriz Sousa Lopes
""",
    R(["Opposition"], "bia.sousalopes@sapo-mail.example", "Beatriz", "Sousa Lopes"))

add("mix-16-br-attached-seguradora",
    "Felipe Rocha <felipe.rocha@acme-corp.example>",
    "Fwd: Dúvida sobre compartilhamento de dados",
    "",
    R(["Information"], "analuiza.moreira@bolmail.example", "Ana Luíza", "Moreira"),
    attached=("Ana Luíza Moreira <analuiza.moreira@bolmail.example>",
              "Dúvida sobre compartilhamento de dados",
              """Boa tarde,

levei meu gato Frajola na clínica de vocês em Campinas e agora estou recebendo ligações de uma
seguradora oferecendo plano pet. Vocês compartilham os dados dos clientes da clínica com a
seguradora? Com quem mais? Quero entender o que é feito com as minhas informações.

Att,
Ana Luíza Moreira
"""),
    note="""Oi time de privacidade,

segue em anexo a mensagem de uma cliente da clínica de Campinas. Ela quer saber com quem
compartilhamos os dados. Podem responder direto para ela?

Abs,
Felipe Rocha
Atendimento – Clínicas Brasil
""")

add("mix-17-no-latin1-sletting",
    "Ørjan Sæther <orjan.saether@nettpost.example>",
    "Sletting av konto",
    """Hei,

katten vår døde i sommer, og vi kommer ikke til å bruke klinikken mer. Jeg ber om at kontoen
min i Min Dyreklinikk-appen slettes og at alle opplysninger om meg fjernes.

Hilsen
Ørjan Sæther
""",
    R(["Erasure"], "orjan.saether@nettpost.example", "Ørjan", "Sæther"),
    ct=LATIN1, encode="latin-1")

add("mix-18-fi-cp1252-numero-ja-soitot",
    "Mikko Heikkilä <mikko.heikkila@kolumbus-mail.example>",
    "Yhteystietojen korjaus",
    """Hei,

puhelinnumeroni on vaihtunut – uusi numero on 040 123 4567. Korjatkaa se asiakastietoihini
(Tampereen klinikka, koira Musti). Samalla: älkää enää soittako minulle vakuutustarjouksista,
ne ärsyttävät.

Terveisin
Mikko Heikkilä
""",
    R(["Rectification", "Opposition"], "mikko.heikkila@kolumbus-mail.example", "Mikko", "Heikkilä"),
    ct=CP1252, encode="cp1252")

add("mix-19-ro-html-dupa-deces",
    "Radu Constantinescu <radu.constantinescu@rdsmail.example>",
    "Ce se întâmplă cu contul meu după deces?",
    html("Bună ziua,",
         "Am 68 de ani și îmi pun treburile în ordine. Aș dori să las instrucțiuni privind contul "
         "meu de jocuri și datele mele personale după decesul meu: contul să fie închis, iar "
         "datele șterse, cu excepția jocurilor cumpărate, pe care aș vrea să le poată prelua "
         "nepotul meu, Vlad.",
         "Cum pot înregistra aceste dispoziții la dumneavoastră?",
         "Cu stimă,<br>Radu Constantinescu"),
    R(["AdvanceDirectives"], "radu.constantinescu@rdsmail.example", "Radu", "Constantinescu"),
    ct=HTML)

add("mix-20-hr-en-odvjetnik-claim-file",
    "Tomislav Jurić <tomislav.juric@juric-odvjetnici.example>",
    "Data subject access request - client Marija Kovačević",
    """Dear Sirs,

Our law office represents Ms Marija Kovačević from Split (power of attorney attached). Our client
was a customer of your veterinary clinic and held a pet insurance policy with your company until
August 2026, when her claim for her dog's treatment was refused.

Pursuant to Article 15 GDPR, we hereby request on behalf of our client a copy of all personal
data relating to her, including the complete claim file, internal assessments and
correspondence.

Please send your reply to this address.

Kind regards,

Tomislav Jurić, attorney-at-law
Odvjetničko društvo Jurić & partneri
Tel. +385 21 555 123

This message may contain confidential information and is intended only for the addressee.
""",
    R(["Access"], "tomislav.juric@juric-odvjetnici.example", "Marija", "Kovačević",
      representative="Tomislav Jurić"))

add("mix-21-el-en-appointment-change",
    "Eleni Konstantinou <eleni.konst@otenet-mail.example>",
    "appointment αλλαγή",
    """Γεια σας, I need to change the appointment for my dog Max από Πέμπτη σε Παρασκευή at the Athens clinic, the online booking doesn't work. Ευχαριστώ!
Eleni Konstantinou
6944 123 456
""",
    R(["Unknown"], "eleni.konst@otenet-mail.example", "Eleni", "Konstantinou"))

add("mix-22-pt-fu-cartao-cidadao",
    "Rui Albuquerque <rui.albuquerque@sapo-mail.example>",
    "RE: Pedido registado [DSR-40233]",
    """Boa tarde,

Envio em anexo a cópia do meu cartão de cidadão, como pediram para confirmar a identidade.
Aguardo então os meus dados.

Cumprimentos,
Rui Albuquerque
""",
    FU("40233", "rui.albuquerque@sapo-mail.example", "Rui", "Albuquerque"))

add("mix-23-pl-fu-znowu-sms",
    "Małgorzata Wiśniewska <m.wisniewska@poczta-pl.example>",
    "Re: Rezygnacja z SMS-ów marketingowych",
    """Dzień dobry,

piszę ponownie – minął tydzień, a dziś znowu przyszedł SMS o „Black Friday dla pupila”. Czy moja
prośba w ogóle do Państwa dotarła?

Małgorzata Wiśniewska

> Dzień dobry,
> od kilku tygodni dostaję od Państwa kliniki weterynaryjnej SMS-y z promocjami...
""",
    FU(ref("mix-03-pl-sms-marketing"), "m.wisniewska@poczta-pl.example", "Małgorzata", "Wiśniewska"),
    headers=irt("mix-03-pl-sms-marketing"))

add("mix-24-ro-fu-inca-astept",
    "Andrei Munteanu <andrei.munteanu@rdsmail.example>",
    "Re: Confirmare cerere [DSR-41876]",
    """Bună ziua,

Am primit confirmarea de mai jos acum trei săptămâni, dar încă nu am primit datele solicitate.
Îmi puteți spune când le voi primi?

Mulțumesc,
Andrei Munteanu

> Your request has been registered under reference DSR-41876.
""",
    FU("41876", "andrei.munteanu@rdsmail.example", "Andrei", "Munteanu"))

add("mix-25-pt-task-fichas-porto",
    "Catarina Mendes <catarina.mendes@acme-corp.example>",
    "Prazos de conservação das fichas clínicas - registo de atividades",
    """Olá equipa de privacidade,

Na clínica do Porto estamos a passar os processos clínicos em papel para o novo sistema
(fornecedor VetCloud). Precisamos de saber quanto tempo devemos guardar as fichas antigas e se o
registo de atividades de tratamento tem de ser atualizado com o novo sistema. Podem tratar disto
ou dizer-me o que precisam da nossa parte?

Obrigada,
Catarina Mendes
Diretora Clínica – Porto
""",
    TASK("catarina.mendes@acme-corp.example", "Catarina", "Mendes"))

add("mix-26-pl-task-dpia-voice-ai",
    "Paweł Lewandowski <pawel.lewandowski@acme-corp.example>",
    "DPIA dla moderacji czatu głosowego (AI)",
    """Cześć,

zespół w Krakowie wdraża w Q1 automatyczną moderację czatu głosowego (transkrypcja + klasyfikacja
toksyczności, zewnętrzny dostawca). Prawnik mówi, że przed startem potrzebujemy oceny skutków
dla ochrony danych. Kiedy możemy się spotkać, żeby to zacząć? Mam już opis przepływu danych.

Pozdrawiam,
Paweł Lewandowski
Tech Lead, Voice Services
""",
    TASK("pawel.lewandowski@acme-corp.example", "Paweł", "Lewandowski"))

add("mix-27-el-en-task-linguanova",
    "Dimitra Vlachou <dimitra.vlachou@acme-corp.example>",
    "Contract review - localisation vendor (LinguaNova)",
    """Hi team,

We're onboarding LinguaNova for the Greek, Turkish and Arabic localisation of our in-game support
articles. They'll get read access to a sample of player support tickets for context, which
contain names and emails. Can you review their processing agreement and tell me if we need
anything extra? Contract attached.

Ευχαριστώ,
Dimitra

Dimitra Vlachou | Localisation Manager | Athens
""",
    TASK("dimitra.vlachou@acme-corp.example", "Dimitra", "Vlachou"))

add("mix-28-no-task-sporreskjema",
    "Eirik Solheim <eirik.solheim@acme-corp.example>",
    "Spørreskjema fra forsikringspartner",
    """Hei,

vår nye reassurandør i Norden har sendt et leverandørspørreskjema om personvern og
informasjonssikkerhet (ca. 40 spørsmål). Kan personvernteamet fylle ut delen om behandling av
personopplysninger og overføringer? Frist fredag 27. november.

Mvh
Eirik Solheim
Produktsjef, Dyreforsikring Norden
+47 922 55 123
""",
    TASK("eirik.solheim@acme-corp.example", "Eirik", "Solheim"))

add("mix-29-ro-inc-telefon-furat",
    "Cristina Ionescu <cristina.ionescu@acme-corp.example>",
    "Telefon de serviciu furat",
    """Bună,

Aseară mi-a fost furat telefonul de serviciu din mașină, în parcarea clinicii din Cluj. Pe el
aveam WhatsApp cu conversații cu stăpânii animalelor (poze, numere de telefon, câteva rezultate
de analize) și emailul de serviciu. Telefonul avea PIN, dar nu știu dacă era criptat. Am făcut
plângere la poliție. Ce trebuie să fac mai departe?

Cristina Ionescu
Medic veterinar, Acme Vet Cluj
""",
    INC("cristina.ionescu@acme-corp.example", "Cristina", "Ionescu"))

add("mix-30-hu-inc-mas-kotvenye",
    "Szabó Eszter <szabo.eszter@freemail-hu.example>",
    "Más ügyfél biztosítási kötvényét kaptam meg",
    """Jó napot!

Ma e-mailben megkaptam egy kisállat-biztosítási kötvényt, ami nem az enyém: egy bizonyos Nagy
Péter nevére szól, benne van a lakcíme, a telefonszáma és a kutyája betegségei. Senkinek nem
továbbítottam. Kérem, jelezzék, mit tegyek vele.

Üdvözlettel:
Szabó Eszter
""",
    INC("szabo.eszter@freemail-hu.example", "Eszter", "Szabó"))

add("mix-31-br-inc-planilha-errada",
    "Larissa Okamoto <larissa.okamoto@acme-corp.example>",
    "Enviei planilha para o e-mail errado",
    """Oi pessoal,

hoje de manhã mandei a planilha dos testadores do beta fechado (uns 800 nomes, e-mails, data de
nascimento e gamertag) para um endereço externo errado — era para ir para o estúdio parceiro e o
autocompletar escolheu outro contato. Já pedi para a pessoa apagar mas ainda não respondeu.
O que eu faço?

Larissa Okamoto
QA Community – São Paulo
""",
    INC("larissa.okamoto@acme-corp.example", "Larissa", "Okamoto"))

add("mix-32-ar-en-inc-chat-history",
    "youssef.benali@atlasmail.example",
    "I see other player information in support chat",
    """Hello,

Today I opened the support chat in the app about my lost items, and in the chat history there
was a conversation that is not mine, from another player. I can see his full name, his email,
phone number and his home address in Marseille. I think this is a big problem for privacy, you
must check it.

Youssef Benali
""",
    INC("youssef.benali@atlasmail.example", "Youssef", "Benali"))

add("mix-33-pt-spam-lgpd-express",
    "Consultoria LGPD Express <contato@lgpd-express.example>",
    "Sua empresa está em conformidade com a LGPD? Evite multas!",
    """Prezado(a) gestor(a),

Sabia que a ANPD pode multar sua empresa em até 2% do faturamento? Nossa solução automatizada
faz a exclusão de dados pessoais, a gestão de consentimento e o atendimento aos titulares em
até 48h.

Agende uma demonstração GRÁTIS: http://lgpd-express.example/demo

Para não receber mais mensagens, responda SAIR.
""",
    IGN("spam", "contato@lgpd-express.example"),
    headers=SPAM_HDR)

add("mix-34-pl-phish-rodo-weryfikacja",
    "Dział Bezpieczeństwa <security@acme-corp-rodo.example>",
    "Pilne: weryfikacja skrzynki zgodnie z RODO",
    """Szanowny Użytkowniku,

zgodnie z nowymi przepisami RODO wszystkie nieaktywne skrzynki pocztowe zostaną usunięte wraz
z danymi w ciągu 24 godzin. Aby zachować dostęp, zweryfikuj swoje dane logowania:
http://acme-corp-rodo.example/weryfikacja

Zespół IT
""",
    IGN("spam", "security@acme-corp-rodo.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="acme-corp-rodo.example")])

add("mix-35-spam-escrow-inheritance",
    "Dr. Franklin Moretti <f.moretti.escrow@trustmail-intl.example>",
    "CONFIDENTIAL: Unclaimed Inheritance Fund - Data Verification",
    """Dear Friend,

I am Dr. Franklin Moretti, senior escrow officer. A deceased client of our bank left the sum of
EUR 7,200,000 with no next of kin, and your name was matched to the file.

Under EU data protection rules your personal record will be erased from our system after 5 days
unless you verify it by sending your full name, address, date of birth and a scan of your
passport. Strict confidentiality is guaranteed.

Yours faithfully,
Dr. Franklin Moretti
""",
    IGN("spam", "f.moretti.escrow@trustmail-intl.example"))

add("mix-36-fi-en-ooo-lomalla",
    "Sanna Virtanen <sanna.virtanen@lakitoimisto-virtanen.example>",
    "Automaattinen vastaus: Tietopyyntö / Out of office",
    """Olen lomalla 16.–27.11.2026 enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä
toimistoon, puh. 09 123 4567.

I am on annual leave 16–27 November 2026 and will not be reading email. For urgent matters
please call the office on +358 9 123 4567.

Sanna Virtanen
""",
    IGN("auto_reply", "sanna.virtanen@lakitoimisto-virtanen.example"),
    headers=["Auto-Submitted: auto-replied"])

add("mix-37-hu-bulk-gamezona",
    "GameZóna Hírlevél <hirlevel@gamezona.example>",
    "Heti ajánló: új játékok, akciók és nyereményjáték",
    """GameZóna – heti hírlevél

• Megjelent a téli frissítés: új pályák és skinek
• Akció: akár 70% kedvezmény a népszerű címekre
• Nyereményjáték: nyerj egy vadonatúj kontrollert!

A hírlevélről itt iratkozhatsz le: https://gamezona.example/leiratkozas
""",
    IGN("bulk", "hirlevel@gamezona.example"),
    headers=["List-Id: GameZona hirlevel <hirlevel.gamezona.example>",
             "List-Unsubscribe: <https://gamezona.example/leiratkozas>",
             "Precedence: bulk"])

add("mix-38-sl-en-kartoteka-maribor",
    "Matej Novak <matej.novak@siol-mail.example>",
    "Prenos kartoteke / transfer of records",
    """Pozdravljeni,

we are moving to Maribor in bomo psičko Luno vodili k drugemu veterinarju. Prosim, pošljite mi
njeno kartoteko in moje podatke v elektronski obliki (PDF and CSV if possible), da jih lahko
posredujem novi ambulanti. After that, please delete my data from your system – računa pri vas
ne potrebujem več.

Hvala,
Matej Novak
""",
    R(["Portability", "Erasure"], "matej.novak@siol-mail.example", "Matej", "Novak"))
