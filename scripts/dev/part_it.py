# Development set, Italian.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH

add("it-01-breve", "Marco Bianchi <marco.bianchi@libero.example>", "dati",
    "Buongiorno, vi chiedo di cancellare tutti i miei dati personali. Grazie. Marco Bianchi\n",
    R(["Erasure"], "marco.bianchi@libero.example", "Marco", "Bianchi"))
add("it-02-accesso-formale", "Francesca Colombo <francesca.colombo@tim.example>", "Richiesta di accesso ai dati personali",
    "Spettabile Acme Corp,\n\nai sensi dell'art. 15 del Regolamento (UE) 2016/679 chiedo di ricevere copia dei dati "
    "personali che mi riguardano, con indicazione delle finalità e dei destinatari.\n\nDistinti saluti\n\nFrancesca Colombo\n"
    "Via Garibaldi 10, 20121 Milano\nCell. 333 1234567\n",
    R(["Access"], "francesca.colombo@tim.example", "Francesca", "Colombo"))
add("it-03-newsletter", "Luca Ferrari <luca.ferrari@gmail.example>", "newsletter",
    "Ciao, non voglio più ricevere le vostre newsletter e offerte commerciali. Luca\n",
    R(["Opposition"], "luca.ferrari@gmail.example", "Luca", "Ferrari"))
add("it-04-rettifica", "Giulia Esposito <giulia.esposito@alice.example>", "Correzione dati",
    "Buongiorno,\n\nnel mio profilo il codice fiscale è sbagliato. Vi prego di rettificarlo: ESPGLI85M41F839X.\n\n"
    "Cordiali saluti,\nGiulia Esposito\n",
    R(["Rectification"], "giulia.esposito@alice.example", "Giulia", "Esposito"))
add("it-05-per-conto-avvocato", "Avv. Roberto Galli <r.galli@studiogalli.example>", "Richiesta per conto del sig. Paolo Conti",
    "Spettabile società,\n\nscrivo per conto del mio assistito, sig. Paolo Conti, residente a Torino, per chiedere la "
    "cancellazione di tutti i dati personali che lo riguardano ai sensi dell'art. 17 GDPR. Allego procura.\n\n"
    "Avv. Roberto Galli\n",
    R(["Erasure"], "r.galli@studiogalli.example", "Paolo", "Conti", representative="Roberto Galli"))
add("it-06-portabilita", "Chiara Ricci <chiara.ricci@fastweb.example>", "Portabilità dei dati",
    "Buongiorno, sto passando a un altro operatore. Chiedo la portabilità dei miei dati in un formato strutturato e "
    "leggibile da dispositivo automatico.\nChiara Ricci\n",
    R(["Portability"], "chiara.ricci@fastweb.example", "Chiara", "Ricci"))
add("it-07-limitazione", "Alessandro Marino <alessandro.marino@libero.example>", "Limitazione del trattamento",
    "Gentili signori,\n\nho contestato l'esattezza dei dati che conservate su di me. Nell'attesa della verifica chiedo "
    "la limitazione del trattamento.\n\nAlessandro Marino\n",
    R(["Restriction"], "alessandro.marino@libero.example", "Alessandro", "Marino"))
add("it-08-conservazione", "Sara Greco <sara.greco@gmail.example>", "domanda sulla privacy",
    "Salve, per quanto tempo conservate i dati dei clienti che hanno chiuso il contratto? E a chi li comunicate?\nSara\n",
    R(["Information"], "sara.greco@gmail.example", "Sara", "Greco"))
add("it-09-inoltro-da-inviato", "Valentina Romano <valentina.romano@acme-corp.example>", "I: Cancellazione account",
    "Vi inoltro la richiesta di un cliente.\n\nValentina\n\nDa: Fabio Lombardi <fabio.lombardi@virgilio.example>\n"
    "Inviato: domenica 15 novembre 2026 16:40\nA: assistenza@acme-corp.example\nOggetto: Cancellazione account\n\n"
    "Salve, vorrei chiudere il mio account e che tutti i miei dati vengano cancellati.\nFabio Lombardi\n",
    R(["Erasure"], "fabio.lombardi@virgilio.example", "Fabio", "Lombardi"))
add("it-10-compito-dpia", "Davide Moretti <davide.moretti@acme-corp.example>", "Nuova app per i clienti",
    "Ciao team privacy,\n\nstiamo lanciando una app con geolocalizzazione dei clienti. Potete fare la valutazione "
    "d'impatto (DPIA) e aggiornare l'informativa privacy?\n\nGrazie\nDavide Moretti\n",
    TASK("davide.moretti@acme-corp.example", "Davide", "Moretti"))
add("it-11-incidente-smartphone", "Elisa Barbieri <elisa.barbieri@acme-corp.example>", "Telefono aziendale smarrito",
    "Buongiorno, ho smarrito il telefono aziendale ieri sera a Bologna. Contiene la posta con i dati dei clienti. "
    "Ho avvisato l'IT per il blocco.\nElisa Barbieri\n",
    INC("elisa.barbieri@acme-corp.example", "Elisa", "Barbieri"))
add("it-12-spam-banca", "Servizio Clienti <avvisi@banca-sicura.example>", "Il tuo conto è stato sospeso",
    "Gentile cliente, il tuo conto è stato sospeso per motivi di sicurezza. Verifica subito la tua identità cliccando "
    "qui: http://verifica-conto.example\n",
    IGN("spam"), headers=[AUTH("fail", "none", "fail", "banca-sicura.example")])
add("it-13-risposta-automatica", "Giorgio Fontana <g.fontana@studiofontana.example>", "Risposta automatica: Vostra richiesta",
    "Sono fuori ufficio fino al 20 novembre. Per urgenze contattare la segreteria.\n",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied"])
add("it-14-sollecito-inreplyto", "Marco Bianchi <marco.bianchi@libero.example>", "Re: dati",
    "Buongiorno, avete ricevuto la mia richiesta? Non ho avuto risposta.\nMarco Bianchi\n",
    FU("file:dv-it-01-breve.eml", "marco.bianchi@libero.example", "Marco", "Bianchi"),
    headers=["In-Reply-To: <dv-it-01-breve@mail.example.net>"])
add("it-15-maiuscolo", "ANTONIO RUSSO <antonio.russo55@libero.example>", "BASTA",
    "BASTA CON LE VOSTRE TELEFONATE PUBBLICITARIE. NON CHIAMATEMI PIU.\n",
    R(["Opposition"], "antonio.russo55@libero.example", "Antonio", "Russo"))
add("it-16-accesso-e-opposizione", "Martina Gallo <martina.gallo@gmail.example>", "Richiesta",
    "Buongiorno,\n\nvorrei sapere quali dati personali avete su di me e chiedo inoltre di non utilizzarli più per fini "
    "di marketing.\n\nMartina Gallo\n",
    R(["Access", "Opposition"], "martina.gallo@gmail.example", "Martina", "Gallo"))
add("it-17-html", "Stefano Costa <stefano.costa@tiscali.example>", "Cancellazione",
    html("Buongiorno,", "desidero che il mio account venga chiuso e i miei dati personali cancellati.", "Saluti,<br>Stefano Costa"),
    R(["Erasure"], "stefano.costa@tiscali.example", "Stefano", "Costa"), ct=HTML)
add("it-18-diritti-generico", "Paola De Luca <paola.deluca@gmail.example>", "GDPR",
    "Buongiorno, vorrei esercitare i miei diritti ai sensi del GDPR. Come devo procedere?\nPaola De Luca\n",
    R(["Unknown"], "paola.deluca@gmail.example", "Paola", "De Luca"))
add("it-19-bounce", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>", "Undelivered Mail Returned to Sender",
    "", IGN("bounce"), dsn=True)
add("it-20-genitore-minore", "Roberta Rossi <roberta.rossi@libero.example>", "Dati di mia figlia",
    "Buonasera,\n\nsono la madre di Giulia Rossi, 12 anni, che si è iscritta al vostro servizio. Vi chiedo di "
    "cancellare il suo profilo e tutti i suoi dati.\n\nRoberta Rossi\n",
    R(["Erasure"], "roberta.rossi@libero.example", "Giulia", "Rossi", representative="Roberta Rossi"))
