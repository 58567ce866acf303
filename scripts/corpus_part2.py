# Hand-written corpus messages, part 2: identity shapes, forwards, HTML, charsets, incidents,
# tasks, follow-ups and guards.
import base64
from corpus_part1 import M, add, R

def b64w(s):
    return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="

def qw(s, cs="ISO-8859-1"):
    out = ""
    for ch in s.encode("latin-1"):
        c = chr(ch)
        out += c if (c.isascii() and c.isalnum()) else "=%02X" % ch
    return "=?%s?Q?%s?=" % (cs, out)

def IGN(reason, email=None, **kw):
    d = {"kind": "ignore", "ignore_reason": reason, "email": email}
    d.update(kw)
    return d

# ── Display-name shapes ────────────────────────────────────────────────────────────────
add("id-01-rfc2047-b", b64w("Zoë Lefèvre") + " <zoe.lefevre@orange.example>", "Suppression",
    "Bonjour, merci de supprimer mon compte et mes données. Zoë\n",
    R(["Erasure"], "zoe.lefevre@orange.example", "Zoë", "Lefèvre"))
add("id-02-rfc2047-q-latin1", qw("Jürgen Köhler").replace("=20", "_") + " <juergen.koehler@gmx.example>", "Auskunft",
    "Ich bitte um Auskunft über meine gespeicherten Daten. Jürgen Köhler\n",
    R(["Access"], "juergen.koehler@gmx.example", "Jürgen", "Köhler"))
add("id-03-rfc2047-comma", b64w("Dubois, Amélie") + " <amelie.dubois@free.example>", "Accès à mes données",
    "Bonjour, je souhaite exercer mon droit d'accès à mes données personnelles. Amélie Dubois\n",
    R(["Access"], "amelie.dubois@free.example", "Amélie", "Dubois"))
add("id-04-quoted-caps-first", "\"VAN DIJK Marloes\" <marloes.vandijk@ziggo.example>", "Inzage",
    "Graag ontvang ik een kopie van mijn persoonsgegevens. Marloes van Dijk\n",
    R(["Access"], "marloes.vandijk@ziggo.example", "Marloes", "VAN DIJK"))
add("id-05-angle-only", "<k.nowak@onet.example>", "Please erase my data",
    "Hello, please erase my personal data from your systems. Thank you.\n",
    R(["Erasure"], "k.nowak@onet.example"))
add("id-06-name-is-address", "\"maria.lopez@gmail.example\" <maria.lopez@gmail.example>", "Baja",
    "Hola, quiero que borren mis datos personales. Gracias\n",
    R(["Erasure"], "maria.lopez@gmail.example"))
add("id-07-single-name", "Mathilde <mathilde@club.example>", "Désabonnement",
    "Bonjour, désabonnez-moi de vos emails publicitaires merci\n",
    R(["Opposition"], "mathilde@club.example", "Mathilde", None))
add("id-08-uppercase-address", "Peter Gray <Peter.Gray@Example.CO.UK>", "Deletion request",
    "Please delete all personal data you hold about me.\n",
    R(["Erasure"], "peter.gray@example.co.uk", "Peter", "Gray"))
add("id-09-reply-to", "Web form <webform@shop-acme.example>", "Contact form: data request",
    "Name: Olivia Martin\nEmail: olivia.martin@gmail.example\nMessage: Please delete my account and all my data.\n",
    R(["Erasure"], "olivia.martin@gmail.example", "Olivia", "Martin"),
    headers=["Reply-To: Olivia Martin <olivia.martin@gmail.example>"])
add("id-10-reply-to-same", "Noah Dubois <noah.dubois@free.example>", "Copie de mes données",
    "Bonjour, je voudrais recevoir une copie de mes données. Noah\n",
    R(["Access"], "noah.dubois@free.example", "Noah", "Dubois"),
    headers=["Reply-To: noah.dubois@free.example"])
add("id-11-reply-to-personal", "Eva Horvath <eva.horvath@work-corp.example>", "Widerspruch",
    "Ich widerspreche der Nutzung meiner Daten für Werbung. Bitte antworten Sie an meine private Adresse.\n",
    R(["Opposition"], "eva.horvath@private.example", "Eva", "Horvath"),
    headers=["Reply-To: Eva Horvath <eva.horvath@private.example>"])
add("id-12-title-m", "M. Jean-Luc Perrin <jl.perrin@orange.example>", "Droit d'opposition",
    "J'exerce mon droit d'opposition au traitement de mes données à des fins de prospection.\n",
    R(["Opposition"], "jl.perrin@orange.example", "Jean-Luc", "Perrin"))

# ── HTML only, broken charsets ─────────────────────────────────────────────────────────
add("html-01-fr", "Camille Durand <camille.durand@outlook.example>", "Demande RGPD",
    "<html><body><div dir=\"ltr\"><p>Bonjour,</p><p>Je souhaite la <b>suppression</b> de toutes mes donn&eacute;es personnelles.</p><p>Cordialement,<br>Camille Durand</p></div></body></html>\n",
    R(["Erasure"], "camille.durand@outlook.example", "Camille", "Durand"), ct="text/html; charset=utf-8")
add("html-02-en-table", "Mark Davies <mark.davies@outlook.example>", "Request",
    "<html><head><style>p{margin:0}</style></head><body><table><tr><td><p>Hello,</p><p>I would like a copy of all the personal data you hold about me.</p><p>Regards,<br>Mark</p></td></tr></table></body></html>\n",
    R(["Access"], "mark.davies@outlook.example", "Mark", "Davies"), ct="text/html; charset=utf-8")
add("html-03-de", "Katrin Vogel <katrin.vogel@web.example>", "Datenschutz",
    "<div>Sehr geehrte Damen und Herren,<br><br>bitte berichtigen Sie meine Adresse, sie ist veraltet.<br><br>Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Vogel</div>\n",
    R(["Rectification"], "katrin.vogel@web.example", "Katrin", "Vogel"), ct="text/html; charset=utf-8")
add("html-04-nl", "Noor Vos <noor.vos@ziggo.example>", "Afmelden",
    "<p>Hallo,</p><p>Ik wil <i>geen nieuwsbrief meer</i> ontvangen.</p><p>Groet, Noor</p>\n",
    R(["Opposition"], "noor.vos@ziggo.example", "Noor", "Vos"), ct="text/html; charset=utf-8")
add("cs-01-latin1-declared-utf8", "Gérard Lemaire <gerard.lemaire@free.example>", "Suppression données",
    "Bonjour,\n\nMerci de supprimer mes données personnelles de votre fichier.\n\nGérard\n",
    R(["Erasure"], "gerard.lemaire@free.example", "Gérard", "Lemaire"),
    ct="text/plain; charset=utf-8", encode="latin-1")
add("cs-02-latin1-no-charset", "Jörg Schäfer <joerg.schaefer@gmx.example>", "Löschung",
    "Sehr geehrte Damen und Herren,\n\nbitte löschen Sie meine Daten.\n\nMit freundlichen Grüßen\nJörg Schäfer\n",
    R(["Erasure"], "joerg.schaefer@gmx.example", "Jörg", "Schäfer"),
    ct="text/plain", encode="latin-1")
add("cs-03-cp1252-quotes", "Aoife Byrne <aoife.byrne@eircom.example>", "Access request",
    "Hi,\n\nI\u2019d like to request access to my personal data \u2013 a copy of everything you hold, please.\n\nAoife\n",
    R(["Access"], "aoife.byrne@eircom.example", "Aoife", "Byrne"),
    ct="text/plain; charset=iso-8859-1", encode="cp1252")
add("cs-04-qp-iso", "Inès Carré <ines.carre@laposte.example>", "Rectification",
    "Bonjour, mon prénom est mal écrit : c'est Inès et non Ines. Merci de rectifier mon prénom.\n",
    R(["Rectification"], "ines.carre@laposte.example", "Inès", "Carré"),
    ct="text/plain; charset=iso-8859-1", encode="latin-1-qp")

# ── Forwards ───────────────────────────────────────────────────────────────────────────
add("fwd-01-en-gmail", "Helpdesk Agent <agent@acme-corp.example>", "Fwd: Please delete my data",
    "FYI, for the DPO.\n\n---------- Forwarded message ---------\nFrom: Rachel Green <rachel.green@gmail.example>\nDate: Mon, 16 Nov 2026 at 10:02\nSubject: Please delete my data\nTo: <support@acme-corp.example>\n\nHello,\nPlease delete my account and all personal data.\nRachel\n",
    R(["Erasure"], "rachel.green@gmail.example", "Rachel", "Green"))
add("fwd-02-fr-outlook-tr", "Service Client <service.client@acme-corp.example>", "TR: Demande d'accès",
    "Bonjour, à traiter svp.\n\n-----Message d'origine-----\nDe : Julien Roy <julien.roy@orange.example>\nEnvoyé : lundi 16 novembre 2026 09:15\nÀ : Service Client <service.client@acme-corp.example>\nObjet : Demande d'accès\n\nBonjour,\nJe souhaite obtenir une copie de toutes les données me concernant.\nJulien Roy\n",
    R(["Access"], "julien.roy@orange.example", "Julien", "Roy"))
add("fwd-03-nl-doorst", "Klantenservice <klantenservice@acme-corp.example>", "Doorst: Verwijderen",
    "Ter info.\n\n-----Oorspronkelijk bericht-----\nVan: Kevin de Boer <kevin.deboer@kpn.example>\nVerzonden: maandag 16 november 2026 11:00\nAan: Klantenservice\nOnderwerp: Verwijderen\n\nGraag al mijn gegevens verwijderen.\nKevin\n",
    R(["Erasure"], "kevin.deboer@kpn.example", "Kevin", "de Boer"))
add("fwd-04-de-wg", "Vertrieb <vertrieb@acme-corp.example>", "WG: Auskunft",
    "Bitte übernehmen.\n\n-----Ursprüngliche Nachricht-----\nVon: Monika Lang <monika.lang@web.example>\nGesendet: Montag, 16. November 2026 08:30\nAn: Vertrieb\nBetreff: Auskunft\n\nSehr geehrte Damen und Herren,\nich bitte um Auskunft über meine gespeicherten Daten.\nMonika Lang\n",
    R(["Access"], "monika.lang@web.example", "Monika", "Lang"))
add("fwd-05-es-rv", "Atención Cliente <atencion@acme-corp.example>", "RV: Baja",
    "Para el DPO.\n\n---------- Mensaje reenviado ---------\nDe: Alberto Sanz <alberto.sanz@gmail.example>\nFecha: lun, 16 nov 2026 a las 9:00\nAsunto: Baja\nPara: atencion@acme-corp.example\n\nHola, quiero que borren mis datos y mi cuenta.\nAlberto\n",
    R(["Erasure"], "alberto.sanz@gmail.example", "Alberto", "Sanz"))
add("fwd-06-it-i", "Assistenza <assistenza@acme-corp.example>", "I: Accesso ai dati",
    "Inoltro.\n\n---------- Messaggio inoltrato ----------\nDa: Federica Leone <federica.leone@libero.example>\nData: 16 novembre 2026\nOggetto: Accesso ai dati\nA: assistenza@acme-corp.example\n\nBuongiorno, chiedo una copia dei miei dati personali.\nFederica Leone\n",
    R(["Access"], "federica.leone@libero.example", "Federica", "Leone"))
add("fwd-07-apple", "Store Manager <store12@acme-corp.example>", "Fwd: unsubscribe",
    "\n\nBegin forwarded message:\n\nFrom: \"Nguyen, Linh\" <linh.nguyen@icloud.example>\nSubject: unsubscribe\nDate: 16 November 2026 at 09:12:44 CET\nTo: store12@acme-corp.example\n\nPlease stop sending me marketing emails.\n",
    R(["Opposition"], "linh.nguyen@icloud.example", "Linh", "Nguyen"))
add("fwd-08-fr-thunderbird", "Accueil <accueil@acme-corp.example>", "Fwd: portabilité",
    "-------- Message transféré --------\nSujet : portabilité\nDate : Mon, 16 Nov 2026 10:00:00 +0100\nDe : Yasmine Chevalier <yasmine.chevalier@sfr.example>\nPour : accueil@acme-corp.example\n\nBonjour, je demande la portabilité de mes données vers un autre opérateur.\n",
    R(["Portability"], "yasmine.chevalier@sfr.example", "Yasmine", "Chevalier"))
add("fwd-09-attached-en", "Colleague <colleague@acme-corp.example>", "Fwd: Data request",
    None, R(["Access"], "victor.hale@gmail.example", "Victor", "Hale"),
    attached=("Victor Hale <victor.hale@gmail.example>", "Data request",
              "Hello,\nUnder Article 15 GDPR I request a copy of my personal data.\nVictor Hale\n"),
    note="See the attached request.\n")
add("fwd-10-attached-de", "Filiale Köln <filiale.koeln@acme-corp.example>", "WG: Widerspruch",
    None, R(["Opposition"], "bernd.schuster@t-online.example", "Bernd", "Schuster"),
    attached=("Bernd Schuster <bernd.schuster@t-online.example>", "Widerspruch",
              "Ich widerspreche der Verarbeitung meiner Daten zu Werbezwecken.\nBernd Schuster\n"),
    note="Zur Info.\n")
add("fwd-11-attached-fr-no-prefix", "Agence Lyon <agence.lyon@acme-corp.example>", "Courrier client",
    None, R(["Erasure"], "odile.marchand@orange.example", "Odile", "Marchand"),
    attached=("Odile Marchand <odile.marchand@orange.example>", "Courrier client",
              "Bonjour, merci d'effacer mes données personnelles. Odile Marchand\n"),
    note="")
add("fwd-12-nl-gmail", "Receptie <receptie@acme-corp.example>", "Fwd: Kopie gegevens",
    "---------- Doorgestuurd bericht ---------\nVan: Wouter Brouwer <wouter.brouwer@gmail.example>\nDate: ma 16 nov. 2026 om 09:00\nSubject: Kopie gegevens\nTo: <receptie@acme-corp.example>\n\nGraag ontvang ik een kopie van mijn persoonsgegevens.\nWouter\n",
    R(["Access"], "wouter.brouwer@gmail.example", "Wouter", "Brouwer"))
