//! The shape of a breach report: personal data of several people described.
//!
//! People who report an incident (staff or outsiders) rarely use the word "breach"; they tell
//! a story (a bag taken from a car, a fax to a wrong number, a list found on a landing, a file
//! visible on a learning platform) and then list what was in it: "names, addresses, phone
//! numbers of about 40 patients". Requests speak of *my* data. So: at least two categories of
//! personal data named in the body, together with a number of people ("312 donors", "of all
//! 46 participants") or other people ("other customers", "otras 12 personas"), adds to the
//! incident score. The words are folded (lowercase, no accents) like every token.

use std::collections::BTreeSet;

use super::text::Token;

/// Categories of personal data, by family: whole words, or prefixes when they end in `*`.
#[rustfmt::skip]
const CATEGORIES: &[(&str, &[&str])] = &[
    ("names", &[
        "names", "namen", "name", "noms", "nom", "nombres", "nombre", "nomi", "nome",
        "nominativi", "naam", "cognome", "cognomi", "apellido*",
    ]),
    ("addresses", &[
        "address*", "adresse*", "adres", "adressen", "direccion*", "domicilio*", "indirizz*",
        "anschrift*", "woonadres*",
    ]),
    ("phone numbers", &[
        "phone*", "telephone*", "telefon*", "telefoon*", "telefono*", "telefoni",
        "handynummer*", "cellulare", "cellulari", "movil", "moviles", "gsm",
    ]),
    ("dates of birth", &[
        "birth", "geburtsdat*", "naissance", "geboortedat*", "nacimiento", "nascita",
        "birthday*", "geburtstag*",
    ]),
    ("identity numbers", &[
        "dni", "nie", "passport*", "passeport*", "paspoort*", "pasaporte*", "passaport*",
        "reisepass*", "bsn", "steuer*", "fiscale", "fiscali", "matrikel*", "ssn", "nif",
        "versicherungsnummer*", "identite", "identita", "identidad", "ausweis*",
    ]),
    ("bank details", &[
        "iban", "ibans", "bankverbindung*", "bank", "bancaire*", "bancari*", "rekeningnummer*",
        "kontonummer*", "tarjeta*", "creditcard*", "kreditkarte*",
    ]),
    ("salaries", &[
        "salary", "salaries", "salaris", "gehalt", "gehalter", "salaire*", "sueldo*",
        "salario*", "stipendi*", "retribuzion*", "payroll", "nomina", "nominas", "loon",
        "lonen", "lohn", "payslip*", "loonstro*", "gehaltsabrechnung*",
    ]),
    ("health data", &[
        "diagnos*", "medical", "medisch*", "medizinisch*", "medicale*", "anamnes*",
        "tratamiento*", "treatment*", "behandeling*", "therapie*", "referto", "referti",
        "radiograph*", "radiografi*", "allerg*", "krankenkasse*", "gesundheit*", "health",
        "sante", "salud", "salute", "gezondheid*",
    ]),
    ("debts", &[
        "impayes", "impaye", "arrieres", "arrears", "achterstand*", "betalingsachterstand*",
        "ruckstand*", "ruckstande", "zahlungsruckstand*", "schulden", "dettes", "debts", "deudas",
        "debiti", "morosi", "impagos", "montants", "bedragen", "betrage", "importi", "importes",
    ]),
    ("location or orders", &[
        "orders", "bestellung*", "bestelling*", "commandes", "pedidos", "ordini", "location*",
        "locatie*", "standort*", "coordinat*", "coordonn*", "koordinat*",
    ]),
];

/// Nouns for people, as a group ("40 patients", "andere Kunden"); a trailing `*` is a prefix.
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "people", "persons", "personen", "persone", "personas", "personnes", "patient*", "pazient*",
    "pacient*", "customer*", "client*", "klant*", "kunde*", "kundin*", "employe*", "emplead*",
    "mitarbeit*", "medewerker*", "salarie*", "dipendent*", "staff", "personeel",
    "guest*", "gast", "gasten", "gaste", "huesped*", "ospit*", "donor*", "donant*", "donateur*",
    "donator*", "participant*", "teilnehm*", "deelnemer*", "partecipant*", "user*",
    "gebruiker*", "utilisateur*", "usuari*", "utent*", "member*", "leden", "mitglied*",
    "socios", "soci", "names", "namen", "noms", "nombres", "nomi", "records", "datensatz*",
    "datensatze", "registros", "student*", "etudiant*", "estudiant*", "studenti", "mensen",
    "leute", "gens", "families", "familien", "familles", "familias", "famiglie", "children",
    "kinder", "enfants", "ninos", "bambini", "drivers", "fahrer", "chauffeurs", "conductores",
    "autisti", "candidat*", "kandidat*", "bewerber*", "sollicitant*", "applicant*", "starters",
    "pupils", "alumn*", "leerling*", "schuler*", "eleves", "abonad*", "abonne*",
    "abonnent*", "abbonat*", "subscriber*", "passenger*", "passagier*", "pasajer*",
    "atlet*", "athlet*", "spieler*", "giocator*", "jugador*", "joueur*", "speler*",
    "minorenn*", "minderjahrig*", "mineurs", "menores", "minors", "tesserat*", "iscritt*",
    "inscrit*", "locatair*", "tenant*", "huurder*", "mieter*", "inquilin*", "lavorator*",
    "arbeitnehmer*", "werknemer*", "trabajador*", "travailleur*", "worker*",
    "passegger*", "voyageur*", "reiziger*", "fahrgast*", "fahrgaste",
];

/// One other person ("another woman's name", "einer anderen Kundin", "d'un autre patient"):
/// with [`OTHER`] just before, the data described is someone else's.
#[rustfmt::skip]
const PERSON: &[&str] = &[
    "person", "personne", "persoon", "persona", "woman", "man", "lady", "gentleman", "frau",
    "mann", "herr", "vrouw", "meneer", "mevrouw", "femme", "homme", "dame", "monsieur",
    "madame", "mujer", "hombre", "senora", "senor", "donna", "uomo", "signora", "signore",
    "family", "familie", "famille", "familia", "famiglia", "owner", "eigenaar", "besitzer",
    "proprietaire", "propietario", "proprietario",
];

/// "not mine": the data received belongs to someone else ("not mine", "pas le mien", "nicht
/// meine", "niet van mij", "no es mío", "non è del mio"), as folded word sequences.
#[rustfmt::skip]
const NOT_MINE: &[&[&str]] = &[
    &["not", "mine"], &["pas", "le", "mien"], &["pas", "la", "mienne"], &["pas", "les", "miens"],
    &["pas", "les", "miennes"], &["pas", "a", "moi"], &["nicht", "meine"], &["nicht", "meiner"],
    &["nicht", "mein"], &["nicht", "meins"], &["niet", "van", "mij"], &["niet", "de", "mijne"],
    &["niet", "het", "mijne"], &["no", "es", "mio"], &["no", "es", "mia"], &["no", "son", "mios"],
    &["no", "son", "mias"], &["no", "es", "el", "mio"], &["non", "e", "mio"], &["non", "e", "mia"],
    &["non", "e", "del", "mio"], &["non", "e", "della", "mia"], &["non", "sono", "miei"],
    &["non", "sono", "mie"], &["someone", "else"], &["somebody", "else"],
    &["qualcun", "altro"], &["jemand", "anderem"], &["jemand", "anderen"], &["iemand", "anders"],
    &["alguien", "mas"], &["quelqu", "un", "d", "autre"],
];

/// Words for "other" ("other customers", "andere Kundin", "otros pacientes").
#[rustfmt::skip]
const OTHER: &[&str] = &[
    "other", "others", "andere", "anderen", "anderer", "autres", "autre", "otros", "otras",
    "otro", "otra", "altri", "altre", "altro", "altra", "fremde", "fremden", "ajenos", "ajenas",
    "tutti", "aller", "alle", "todos", "tous", "toutes", "all",
];

/// "my": "my 3 children" are the writer's family, not other people.
#[rustfmt::skip]
const MY: &[&str] = &[
    "my", "our", "mes", "nos", "meine", "meinen", "meiner", "unsere", "mijn", "onze", "mis",
    "nuestros", "nuestras", "miei", "mie", "nostri", "nostre",
];

/// Words for "many" that stand for a number ("dozens of", "une cinquantaine").
#[rustfmt::skip]
const MANY: &[&str] = &[
    "dozens", "hundreds", "thousands", "tientallen", "honderden", "duizenden", "dutzende",
    "hunderte", "tausende", "dizaines", "centaines", "milliers", "cinquantaine", "vingtaine",
    "trentaine", "quarantaine", "centaine", "decenas", "cientos", "miles", "decine",
    "centinaia", "migliaia", "cinquantina", "ventina", "trentina", "quarantina", "centinaio",
    "molti", "numerosi", "nombreux", "zahlreiche", "talrijke", "numerosos", "huit", "acht",
];

fn starts(tok: &str, words: &[&str]) -> bool {
    words.iter().any(|w| match w.strip_suffix('*') {
        Some(stem) => tok.starts_with(stem),
        None => tok == *w,
    })
}

/// A number of people: 3 to 99999, not a year, not part of a date ("14-05-2018").
fn is_count(toks: &[Token], i: usize) -> bool {
    let tok = toks[i].text.as_str();
    if MANY.contains(&tok) {
        return true;
    }
    let digits = |t: &Token| !t.text.is_empty() && t.text.chars().all(|c| c.is_ascii_digit());
    digits(&toks[i])
        && tok.len() <= 5
        && tok
            .parse::<u32>()
            .is_ok_and(|n| n >= 3 && !(1900..=2100).contains(&n))
        && !(i > 0 && digits(&toks[i - 1]))
}

/// What the body says about other people's data: the categories named, and whether a number
/// of people or "other" people are named.
#[derive(Debug, Clone, Default)]
pub(crate) struct Exposure {
    pub categories: BTreeSet<&'static str>,
    pub several_people: bool,
    /// The data is one other person's ("another woman's name", "not mine").
    pub someone_else: bool,
}

impl Exposure {
    /// At least two categories of the data of several or other people, or of one person the
    /// writer says is someone else.
    pub fn is_breach_shape(&self) -> bool {
        (self.several_people || self.someone_else) && self.categories.len() >= 2
    }

    /// For the evidence list: the categories, never the words of the mail.
    pub fn describe(&self) -> String {
        self.categories
            .iter()
            .copied()
            .collect::<Vec<_>>()
            .join(", ")
    }
}

pub(crate) fn read(body: &[Token]) -> Exposure {
    let mut categories = BTreeSet::new();
    let mut several_people = false;
    let mut someone_else = false;
    for (i, t) in body.iter().enumerate() {
        let w = t.text.as_str();
        for (family, stems) in CATEGORIES {
            if starts(w, stems) {
                categories.insert(*family);
            }
        }
        // One of `nouns` among the next two words of the sentence.
        let noun_follows = |nouns: &[&str]| {
            body[i + 1..]
                .iter()
                .take(2)
                .take_while(|n| n.sentence == t.sentence)
                .any(|n| starts(&n.text, nouns))
        };
        let own = i > 0 && MY.contains(&body[i - 1].text.as_str());
        let other = !own && OTHER.contains(&w);
        if !several_people && (other || (!own && is_count(body, i))) {
            // "40 patients", "about 60 people", "other customers", "aller 46 Teilnehmer".
            several_people = noun_follows(PEOPLE);
        }
        if !someone_else {
            // "another woman's name", "not mine", "pas le mien".
            someone_else = (other && noun_follows(PERSON))
                || NOT_MINE.iter().any(|seq| {
                    seq.iter().enumerate().all(|(k, w)| {
                        body.get(i + k)
                            .is_some_and(|n| n.sentence == t.sentence && n.text == *w)
                    })
                });
        }
    }
    Exposure {
        categories,
        several_people,
        someone_else,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::understand::text::tokenize;

    fn shape(text: &str) -> bool {
        read(&tokenize(text, &HashSet::new(), 1000)).is_breach_shape()
    }

    #[test]
    fn breach_reports_in_every_language() {
        assert!(shape(
            "A USB stick with names, addresses and phone numbers of about 40 patients."
        ));
        assert!(shape(
            "Darin stehen die Noten aller 46 Teilnehmer mit vollem Namen und Matrikelnummer."
        ));
        assert!(shape(
            "ongeveer 40 namen, adressen en telefoonnummers van andere mensen"
        ));
        assert!(shape(
            "un PDF con las nóminas de otras 12 personas: nombres, DNI y sueldos"
        ));
        assert!(shape(
            "una cinquantina di nomi, indirizzi, numeri di telefono"
        ));
        assert!(shape(
            "les fiches des 110 clients (noms, adresses, téléphones)"
        ));
    }

    /// One other person's data received or shown: "not mine", "another woman's name".
    #[test]
    fn someone_elses_data_received() {
        assert!(shape(
            "The order history shows orders that are not mine, with another woman's name and her delivery address."
        ));
        assert!(shape(
            "J'ai reçu le compte rendu d'un chien qui n'est pas le mien, avec le nom, l'adresse et le téléphone de sa propriétaire."
        ));
        assert!(shape(
            "Ho ricevuto il referto, ma non è del mio cane! Con nome, indirizzo e telefono del proprietario."
        ));
        assert!(shape(
            "Un Excel con el nombre, DNI y teléfono de cientos de abonados."
        ));
        assert!(shape(
            "Une feuille avec les noms des locataires en retard de paiement et les montants. Mon nom est dessus ainsi que celui de huit autres familles."
        ));
        // One's own data, or another person's data without two categories: no.
        assert!(!shape(
            "Please correct my name and my address, the old ones are wrong."
        ));
        assert!(!shape("The letter was for another person."));
        // "all personal data" is no group of people (German "Personal" is staff).
        assert!(!shape(
            "Please send me copies of all personal data you hold about me: name, address, date of birth."
        ));
    }

    #[test]
    fn requests_about_ones_own_data_are_not_breach_reports() {
        assert!(!shape("Please delete my name, address and phone number."));
        assert!(!shape(
            "Where did you get my name and address? I am a customer since 2019."
        ));
        assert!(!shape(
            "Bitte berichtigen Sie meinen Namen und meine Adresse."
        ));
        assert!(!shape(
            "Please delete the names and dates of birth of my 3 children."
        ));
    }
}
