//! Who wrote: e-mail addresses and display names split into given and family names.

use std::sync::OnceLock;

use regex::Regex;

use super::text::{cut_chars, fold};

/// Dastra's limit for `givenName` / `familyName`.
const MAX_NAME_CHARS: usize = 180;

/// Normalises an address: trimmed, lowercase, without angle brackets or a `mailto:`; `None`
/// when it does not look like an address.
pub(crate) fn normalize_address(a: &str) -> Option<String> {
    let a = a.trim().trim_matches(|c| c == '<' || c == '>').trim();
    let a = a
        .strip_prefix("mailto:")
        .or_else(|| a.strip_prefix("MAILTO:"))
        .unwrap_or(a);
    let a = a.to_lowercase();
    let (local, domain) = a.rsplit_once('@')?;
    let ok = !local.is_empty()
        && !domain.is_empty()
        && a.chars().count() <= 320
        && !a.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '"' | '[' | ']')
        });
    ok.then_some(a)
}

fn address_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+").expect("static regex")
    })
}

/// Every address-looking substring of `s`, normalised, in order, without duplicates.
pub(crate) fn addresses_in(s: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in address_re().find_iter(s) {
        if let Some(a) = normalize_address(m.as_str().trim_matches('.'))
            && !out.contains(&a)
        {
            out.push(a);
        }
    }
    out
}

/// Parses a sender written in text ("Jane Doe <jane@x.org>", "Doe, Jane [mailto:jane@x.org]",
/// "*Jane Doe* <jane@x.org>", "jane@x.org") into (name, address).
pub(crate) fn parse_text_sender(s: &str) -> (Option<String>, Option<String>) {
    let s = s.trim();
    let address = addresses_in(s).into_iter().next();
    let cut = s.find(['<', '[']).unwrap_or(s.len());
    let mut name = s[..cut]
        .trim()
        .trim_matches(|c: char| c == '*' || c == '"' || c == '\'' || c.is_whitespace())
        .to_string();
    if name.contains('@') || address.is_none() && name.is_empty() {
        name.clear();
    }
    if address.is_none() && cut == s.len() && s.contains('@') {
        name.clear();
    }
    ((!name.is_empty()).then_some(name), address)
}

const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "sir",
    "m",
    "mme",
    "mlle",
    "melle",
    "me",
    "herr",
    "frau",
    "dhr",
    "mevr",
    "mw",
    "hr",
    "fr",
    "sr",
    "sra",
    "srta",
    "sig",
    "sigra",
    "dott",
    "ing",
    "ir",
    "drs",
    "mag",
    "dott.ssa",
    "dottssa",
    "sig.ra",
    "sig.na",
    "avv",
    "maitre",
    "mtre",
    "don",
    "dona",
    "dna",
    "prof.ssa",
    "lic",
    "mr.",
    "dra",
    "ra",
    "rain",
    "rechtsanwalt",
    "rechtsanwaltin",
    "notar",
    "notaris",
    "notaire",
    // Romanian and Portuguese lawyers: "Av. Mihai Ionescu", "Adv. Rui Costa".
    "av",
    "adv",
    // Polish lawyers: "adw. Piotr Zieliński", "mec. Anna Nowak".
    "adw",
    "mec",
];

const PARTICLES: &[&str] = &[
    "dalla", "dal", "dalle", "degli", "dei", "'t", "’t", "van", "von", "de", "der", "den", "del",
    "della", "delle", "di", "da", "du", "des", "la", "le", "ten", "ter", "te", "zu", "zum", "zur",
    "dos", "das", "do", "y", "af", "al", "el", "bin", "ibn", "st", "vom", "'t", "d'", "ni", "nic",
    "o", "ui", "lo", "li", "dello", "mac",
];

/// Whether a word is written all in capitals (at least two letters): "DOE", "DUPONT-MARTIN".
pub(super) fn is_all_caps(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

fn clean_display_name(name: &str) -> String {
    let mut s: String = name
        .chars()
        .map(|c| if c.is_control() || c == '\u{FFFD}' { ' ' } else { c })
        .filter(|c| !matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'))
        .collect();
    // Drop a trailing comment such as "(ACME)" or "[Sales]" or " via LinkedIn".
    if let Some(i) = s.find(['(', '['])
        && i > 0
    {
        s.truncate(i);
    }
    if let Some(i) = s.char_indices().map(|(i, _)| i).find(|&i| {
        s.get(i..i + 5)
            .is_some_and(|w| w.eq_ignore_ascii_case(" via "))
    }) && i > 0
    {
        s.truncate(i);
    }
    s.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '`' | '*' | ',' | ';' | '<' | '>')
    })
    .split_whitespace()
    .collect::<Vec<_>>()
    .join(" ")
}

/// Splits a display name into (given name, family name).
///
/// Handles "Jane Doe", "DOE Jane" / "Jane DOE" (the all-capitals words are the family name),
/// "Doe, Jane", "Jan van der Berg" (particles start the family name), titles ("Dr. Jane Doe",
/// "M. Jean Dupont"), quotes and stray characters. A name that is really an address, or is
/// empty, gives `(None, None)`: nothing is derived from the address itself.
pub fn split_name(display: &str) -> (Option<String>, Option<String>) {
    let (given, family) = split_name_words(display);
    // "H. Postma", "W.M. ter Horst": initials are not a given name (every labelled set
    // leaves it unknown); the display name keeps them.
    match given {
        Some(g) if family.is_some() && g.split_whitespace().all(is_initials) => (None, family),
        given => (given, family),
    }
}

/// "J.", "W.M.", "J": a name's initials only.
fn is_initials(w: &str) -> bool {
    w.chars().any(char::is_alphabetic)
        && w.split('.')
            .all(|part| part.chars().filter(|c| c.is_alphabetic()).count() <= 1)
        && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-')
}

fn split_name_words(display: &str) -> (Option<String>, Option<String>) {
    let s = clean_display_name(display);
    if s.is_empty() || s.contains('@') || !s.chars().any(char::is_alphabetic) {
        return (None, None);
    }
    let bound = |v: String| -> Option<String> {
        let v = v.trim().trim_matches(',').trim().to_string();
        (!v.is_empty()).then(|| cut_chars(&v, MAX_NAME_CHARS).to_string())
    };

    // "Doe, Jane"
    if let Some((family, given)) = s.split_once(',') {
        let given = strip_titles(given.split_whitespace().collect());
        let family = strip_titles(family.split_whitespace().collect());
        if !given.is_empty() && !family.is_empty() && !given.join(" ").contains(',') {
            return (bound(given.join(" ")), bound(family.join(" ")));
        }
    }

    let all_words: Vec<&str> = s.split_whitespace().collect();
    let words = strip_titles(all_words.clone());
    // "M. Schröder", "Dr. Wagner": the one word after a title (or an initial read as one)
    // is the family name.
    let titled = words.len() < all_words.len();
    // "Amministrazione Ferretti Srl", "Müller & Söhne GmbH": a company has no person's name.
    if words.len() > 1
        && words.last().is_some_and(|w| {
            let f = fold(w);
            let f = f.trim_matches('.');
            COMPANY_FORMS.contains(&f) || COMPANY_CAPS.contains(&f) && is_all_caps(w)
        })
    {
        return (None, None);
    }
    match words.len() {
        0 => return (None, None),
        1 => {
            let w = words[0].to_string();
            return if is_all_caps(&w) || titled {
                (None, bound(w))
            } else {
                (bound(w), None)
            };
        }
        _ => {}
    }

    // Hungarian order, family name first ("Kovács Eszter", "Szabó Péter"): the most frequent
    // Hungarian family names, never forenames elsewhere.
    if let [first, second] = words[..]
        && HUNGARIAN_FAMILY.contains(&fold(first).as_str())
        && !HUNGARIAN_FAMILY.contains(&fold(second).as_str())
        && !is_all_caps(second)
    {
        return (bound(second.to_string()), bound(first.to_string()));
    }
    // All-capitals words are the family name when the others are not all capitals; lowercase
    // particles just before them belong to it too ("Jan van DAM").
    let caps: Vec<bool> = words.iter().map(|w| is_all_caps(w)).collect();
    if let Some(first_cap) = caps.iter().position(|c| *c)
        && !caps.iter().all(|c| *c)
    {
        let mut start = first_cap;
        while start > 1 && is_particle(words[start - 1]) {
            start -= 1;
        }
        let in_family = |i: usize| caps[i] || (start..first_cap).contains(&i);
        let given: Vec<&str> = (0..words.len())
            .filter(|&i| !in_family(i))
            .map(|i| words[i])
            .collect();
        let family: Vec<&str> = (0..words.len())
            .filter(|&i| in_family(i))
            .map(|i| words[i])
            .collect();
        return (bound(given.join(" ")), bound(family.join(" ")));
    }

    // "Jordi Puig i Serra", "José Ortega y Gasset": two family names joined by "i"/"y".
    let n = words.len();
    if n >= 4 && matches!(words[n - 2], "i" | "y") && !is_particle(words[n - 3]) {
        return (
            bound(words[..n - 3].join(" ")),
            bound(words[n - 3..].join(" ")),
        );
    }
    // "María del Carmen Ruiz Gallego", "María de los Ángeles Pérez": a compound forename
    // with a particle; the family names follow.
    if n >= 4
        && MARIAN_FIRST.contains(&fold(words[0]).as_str())
        && matches!(fold(words[1]).as_str(), "del" | "de")
    {
        let mut i = 1;
        while i < n && is_particle(words[i]) {
            i += 1;
        }
        if i + 1 < n {
            return (
                bound(words[..=i].join(" ")),
                bound(words[i + 1..].join(" ")),
            );
        }
    }
    // Two family names whatever the language of the mail: "Lucía Moreno Castillo",
    // "Andrés Felipe Quintero Ospina", "Ana Beatriz Souza Lima" (both last words are Spanish or
    // Portuguese family names), "Alejandro Sánchez de la Fuente" (one, then particles).
    if let Some(at) = iberian_family_start(&words) {
        return (bound(words[..at].join(" ")), bound(words[at..].join(" ")));
    }
    // "Charlotte Hermans-de Wit": a married name joined to a particle takes what follows.
    if let Some(p) = (1..words.len() - 1).find(|&i| {
        words[i]
            .rsplit_once('-')
            .is_some_and(|(head, tail)| !head.is_empty() && is_particle(tail))
    }) {
        return (bound(words[..p].join(" ")), bound(words[p..].join(" ")));
    }
    // "Inês Rebelo de Sousa", "Javier Gómez de la Serna": after one forename, a word that is no
    // forename followed by particles starts the family name.
    if words.len() >= 4
        && is_particle(words[2])
        && !is_particle(words[1])
        && words[1].chars().next().is_some_and(char::is_uppercase)
        && !is_initial(words[1])
        && !is_forename(words[1])
        && !is_forename_compound(words[0], words[1])
        && words[3..].iter().any(|w| !is_particle(w))
    {
        return (bound(words[0].to_string()), bound(words[1..].join(" ")));
    }
    // "Jan van der Berg": the family name starts at the first particle after the given name.
    if let Some(p) = (1..words.len() - 1).find(|&i| is_particle(words[i])) {
        return (bound(words[..p].join(" ")), bound(words[p..].join(" ")));
    }
    // "Federica Gallo Marchetti", "Søren Kjærgaard Østergaard", "Joana Mascarenhas
    // Valadares": a second word that is no forename is a first family name (in every
    // labelled set three-word names split 1+2 eight times as often as 2+1, and every 2+1
    // had a forename second: "Anna Maria", "João Pedro", "Mary Ann").
    if let [first, second, last] = words[..]
        && [first, second, last]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && !is_initial(w))
        && !is_forename(second)
        && !is_forename_compound(first, second)
    {
        return (bound(first.to_string()), bound(format!("{second} {last}")));
    }
    let (given, family) = words.split_at(words.len() - 1);
    // "Peter J. Lamb": a middle initial is not part of the given name.
    let given: Vec<&str> = match given {
        [first, rest @ ..] => std::iter::once(*first)
            .chain(rest.iter().copied().filter(|w| !is_initial(w)))
            .collect(),
        [] => Vec::new(),
    };
    (bound(given.join(" ")), bound(family.join(" ")))
}

/// Where the family names start in a three- or four-word Iberian name: the last two words
/// are both family names of the Spanish/Portuguese world (`"Diego Herrera Castillo"` → 1,
/// `"Andrés Felipe Quintero Ospina"` → 2), or the second word is one and particles follow
/// (`"Alejandro Sánchez de la Fuente"` → 1). `None` for every other shape, so "Jean Pierre
/// Martin" and "Mary Ann Smith" keep their compound forenames.
fn iberian_family_start(words: &[&str]) -> Option<usize> {
    let n = words.len();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if n >= 4
        && capitalised(words[n - 1])
        && let Some(k) = (1..n - 2).find(|&k| {
            is_iberian_family(words[k])
                && is_particle(words[k + 1])
                && words[..k].iter().all(|w| !is_particle(w))
        })
    {
        return Some(k);
    }
    if !(3..=4).contains(&n)
        || words.iter().any(|w| is_particle(w) || !capitalised(w))
        || !is_iberian_family(words[n - 2])
        || !is_iberian_family(words[n - 1])
    {
        return None;
    }
    Some(n - 2)
}

/// A family name common in Spain, Portugal or Latin America: in the list, or a patronymic in
/// "-ez" ("Domínguez", "Ibáñez").
pub(crate) fn is_iberian_family(w: &str) -> bool {
    let f = fold(w);
    f.chars().count() > 3 && f.ends_with("ez") || IBERIAN_FAMILY.contains(&f.as_str())
}

/// The most frequent Hungarian family names (folded), written before the forename.
#[rustfmt::skip]
const HUNGARIAN_FAMILY: &[&str] = &[
    "nagy", "kovacs", "toth", "szabo", "horvath", "varga", "kiss", "molnar", "nemeth",
    "farkas", "balogh", "papp", "takacs", "juhasz", "lakatos", "meszaros", "olah", "racz",
    "fekete", "szilagyi", "torok", "feher", "gal", "kis", "szucs", "kocsis",
    "orsos", "pinter", "fodor", "szalai", "sipos", "magyar", "lukacs", "gulyas", "biro",
    "kiraly", "katona", "balog", "boros", "fazekas", "kelemen", "orban", "vincze", "veres",
    "budai", "hegedus", "deak", "bako",
];

/// Frequent Spanish, Basque, Portuguese and Latin-American family names (folded). Words that
/// are mostly forenames elsewhere (Santiago, Lorenzo, Vicente…) are left out on purpose.
#[rustfmt::skip]
const IBERIAN_FAMILY: &[&str] = &[
    "garcia", "gonzalez", "rodriguez", "lopez", "martinez", "sanchez", "perez", "gomez",
    "martin", "jimenez", "ruiz", "hernandez", "diaz", "moreno", "munoz", "alvarez", "romero",
    "alonso", "gutierrez", "navarro", "torres", "dominguez", "vazquez", "ramos", "gil",
    "ramirez", "serrano", "blanco", "molina", "morales", "suarez", "ortega", "delgado",
    "castro", "ortiz", "rubio", "marin", "sanz", "nunez", "iglesias", "medina", "garrido",
    "cortes", "castillo", "santos", "lozano", "guerrero", "cano", "prieto", "mendez", "cruz",
    "calvo", "gallego", "vidal", "marquez", "herrera", "pena", "flores", "cabrera", "campos",
    "vega", "fuentes", "carrasco", "diez", "caballero", "reyes", "nieto", "aguilar",
    "santana", "herrero", "montero", "hidalgo", "gimenez", "ibanez", "ferrer", "duran",
    "benitez", "mora", "vargas", "arias", "carmona", "crespo", "pastor", "soto", "saez",
    "velasco", "moya", "soler", "parra", "bravo", "gallardo", "rojas", "pardo", "merino",
    "espinosa", "izquierdo", "lara", "rivas", "silva", "rivera", "casado", "arroyo",
    "redondo", "camacho", "otero", "luque", "galan", "montes", "rios", "sierra", "segura",
    "carrillo", "soriano", "mendoza", "salas", "quintero", "ospina", "restrepo", "cardenas",
    "zapata", "valencia", "rincon", "acosta", "salazar", "villalobos", "figueroa", "espinoza",
    "contreras", "ponce", "guzman", "avila", "maldonado", "cordero", "pacheco", "mejia",
    "cuevas", "bustos", "paredes", "palacios", "sosa", "toledo", "zamora", "aguirre",
    "benavides", "escobar", "etxeberria", "zubiri", "aranda", "cisneros", "miranda",
    "salinas", "trujillo", "ochoa", "quiroga", "pineda", "robles", "vallejo", "barrios",
    "bermejo", "cuesta", "dorado", "echeverria", "fajardo", "gallo", "lucas", "manzano",
    "mateo", "mesa", "moran", "ojeda", "olmos", "orozco", "pizarro", "quesada", "rosales",
    "solis", "tapia", "valle", "varela", "villa", "zambrano", "campillo", "cortez", "pinto",
    "lima", "souza", "sousa", "oliveira", "pereira", "costa", "carvalho", "almeida",
    "ferreira", "rodrigues", "gomes", "martins", "araujo", "ribeiro", "barbosa", "cardoso",
    "rocha", "dias", "nascimento", "moura", "teixeira", "correia", "fernandes", "lopes",
    "mendes", "batista", "freitas", "monteiro", "machado", "nunes", "vieira", "azevedo",
    "goncalves", "marques", "cunha", "antunes", "tavares", "amaral", "brandao", "coelho",
];

/// Legal forms that end a company's name (folded, without a final full stop).
#[rustfmt::skip]
const COMPANY_FORMS: &[&str] = &[
    "srl", "s.r.l", "s.p.a", "gmbh", "b.v", "n.v", "s.a", "sarl", "s.l", "ltd", "limited",
    "llc", "inc", "plc", "bvba", "sprl", "vzw", "asbl", "e.v", "lda", "sp.z.o.o", "aps",
];
/// Short legal forms that are also names ("Sá", "Ab"): a company's only in capitals.
#[rustfmt::skip]
const COMPANY_CAPS: &[&str] = &[
    "ag", "kg", "ug", "bv", "nv", "sa", "sas", "sl", "spa", "ev", "oy", "ab", "as",
];

/// Whether a word is a forename that stands second in a compound or as a middle name, in
/// the languages the mailbox sees (folded, hyphen parts each).
fn is_forename(w: &str) -> bool {
    let f = fold(w);
    FORENAMES.contains(&f.as_str())
        || COMPOUND_SECOND.contains(&f.as_str())
        || f.split('-').count() > 1 && f.split('-').all(|p| FORENAMES.contains(&p))
}

/// Two forenames that make one ("Thi Lan", "Ali Reza", "Fatima Zahra") though the second is
/// rarely a forename alone.
fn is_forename_compound(a: &str, b: &str) -> bool {
    let pair = format!("{} {}", fold(a), fold(b));
    matches!(
        pair.as_str(),
        "thi lan"
            | "thi mai"
            | "thi hoa"
            | "thi thu"
            | "ali reza"
            | "fatima zahra"
            | "mohammad reza"
            | "mohammed ali"
            | "van anh"
            | "minh anh"
    )
}

/// Forenames that also stand second or as middle names, in the mailbox's languages (folded),
/// beside the Spanish [`COMPOUND_SECOND`]. A word absent from both, second of three, is read
/// as a first family name.
#[rustfmt::skip]
const FORENAMES: &[&str] = &[
    // English
    "james", "john", "michael", "david", "robert", "william", "thomas", "richard", "joseph",
    "charles", "christopher", "daniel", "matthew", "anthony", "mark", "paul", "steven",
    "andrew", "peter", "george", "edward", "henry", "alexander", "benjamin", "samuel",
    "patrick", "jack", "harry", "oliver", "lee", "ray", "dean", "jay", "alan", "simon",
    "mary", "ann", "anne", "anna", "jane", "elizabeth", "louise", "marie", "rose", "grace",
    "mae", "lynn", "kate", "catherine", "katherine", "charlotte", "emily",
    "emma", "sophie", "sophia", "alice", "claire", "clare", "frances", "margaret", "helen",
    "sarah", "sara", "ruth", "joy", "hope", "faith", "jo", "beth", "kay", "jean", "joan",
    "eve", "eva", "lucy", "amelia", "olivia", "isabella", "jessica", "rebecca",
    "arthur", "albert", "frederick", "francis", "edmund", "hugh", "owen", "rhys", "gareth",
    "stuart", "ian", "neil", "graham", "gordon", "keith", "ross", "scott", "craig", "ryan",
    "luke", "adam", "nathan", "joshua", "nicholas", "timothy", "philip", "stephen", "martin",
    "may", "jayne", "marion", "dorothy", "irene", "eileen", "maureen", "pauline", "julie",
    // French
    "pierre", "jacques", "louis", "michel", "claude", "francois", "philippe", "luc", "marc",
    "yves", "andre", "rene", "henri", "antoine", "baptiste", "noel", "emmanuel", "helene",
    "therese", "madeleine", "laure", "christine", "france", "cecile", "agnes", "odile",
    "josephine", "paule", "aude", "amelie", "chantal",
    // Dutch and Flemish
    "jan", "willem", "pieter", "hendrik", "johannes", "cornelis", "gerrit", "klaas", "kees",
    "dirk", "joost", "bart", "maarten", "geert", "wim", "joris", "wouter", "jeroen", "sander",
    "marieke", "anneke", "johanna", "wilhelmina", "hendrika", "cornelia", "ingrid", "els",
    // German
    "hans", "karl", "heinz", "josef", "franz", "friedrich", "wilhelm", "ludwig", "otto",
    "ernst", "walter", "werner", "klaus", "jurgen", "dieter", "uwe", "jorg", "christian",
    "luise", "katharina", "margarete", "elisabeth", "gertrud",
    "ursula", "barbara", "renate", "monika", "petra", "sabine", "christa", "hannelore",
    // Italian
    "giovanni", "giuseppe", "luigi", "paolo", "pietro", "francesco", "marco",
    "luca", "andrea", "carlo", "angelo", "gianluca", "giorgio", "stefano",
    "grazia", "rita", "chiara", "paola", "lucia", "giulia", "francesca",
    "beatrice", "cristina", "silvia", "laura", "letizia", "vittoria", "carla",
    // Spanish and Portuguese (with COMPOUND_SECOND)
    "juan", "pedro", "fernando", "felipe", "eduardo", "enrique", "beatriz", "sofia", "clara",
    "ines", "joao", "joaquim", "rui", "vitor", "tiago", "gabriel", "henrique", "rafael", "mateus",
    "julia", "helena", "catarina", "vitoria", "gabriela", "mariana", "eduarda", "leonor",
    // Nordic, Slavic and others seen at privacy addresses
    "lars", "nils", "erik", "anders", "johan", "karin", "kristin", "marta",
    "jakub", "tomasz", "piotr", "pawel", "krzysztof", "katarzyna", "agnieszka", "ewa",
    "mohammed", "muhammad", "mohamed", "ahmed", "ali", "hassan", "hussein", "omar", "amir",
    "fatima", "aisha", "leila", "nour", "yasmin", "mei", "ling", "hui", "anh",
    // Turkish second forenames ("Mehmet Can Öztürk", "Ayşe Nur Yılmaz")
    "can", "nur", "emre", "cem", "deniz", "kaan", "efe", "ege", "baris", "ozan", "tugba",
];

/// "J.", "J": a single letter, with or without its full stop.
fn is_initial(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() == 1 && w.chars().count() <= 2
}

/// Forenames that take "del"/"de los" ("María del Carmen", "María de los Ángeles").
const MARIAN_FIRST: &[&str] = &["maria", "mari", "ana", "jose", "juan"];

/// Spanish (and Portuguese-style) names carry two family names: "Marta Serrano Gil" is Marta,
/// of the Serrano Gil family. Re-splits a three-word name so, for mail written in Spanish,
/// unless its first two words are a compound forename ("María José", "Juan Carlos") or the
/// name has particles or capitals that [`split_name`] already read.
pub(crate) fn spanish_split(display: &str) -> Option<(String, String)> {
    let s = clean_display_name(display);
    if s.contains(',') {
        return None;
    }
    let words = strip_titles(s.split_whitespace().collect());
    // Four words: two forenames and the two family names ("María José Fernández Ruiz").
    if words.len() == 4
        && !words.iter().any(|w| is_particle(w) || is_all_caps(w))
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return Some((
            format!("{} {}", words[0], words[1]),
            format!("{} {}", words[2], words[3]),
        ));
    }
    if words.len() != 3
        || words.iter().any(|w| is_particle(w) || is_all_caps(w))
        || !words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    {
        return None;
    }
    let (a, b) = (fold(words[0]), fold(words[1]));
    // "Juan Carlos", and any forename before a second forename ("Carlos Andrés Restrepo").
    if (COMPOUND_FIRST.contains(&a.as_str()) || is_forename(words[0]))
        && COMPOUND_SECOND.contains(&b.as_str())
    {
        return None;
    }
    Some((words[0].to_string(), format!("{} {}", words[1], words[2])))
}

/// First and second halves of common Spanish and Catalan compound forenames (folded).
const COMPOUND_FIRST: &[&str] = &[
    "rosa",
    "maria",
    "jose",
    "juan",
    "ana",
    "luis",
    "miguel",
    "francisco",
    "pedro",
    "jesus",
    "mari",
    // Catalan: "Josep Maria", "Joan Carles", "Maria Àngels".
    "josep",
    "joan",
];
const COMPOUND_SECOND: &[&str] = &[
    "lluis",
    "carles",
    "angels",
    "jose",
    "luis",
    "carlos",
    "antonio",
    "manuel",
    "jesus",
    "maria",
    "carmen",
    "teresa",
    "angel",
    "javier",
    "pablo",
    "isabel",
    "elena",
    "luisa",
    "angeles",
    "pilar",
    "dolores",
    "ignacio",
    "miguel",
    "ramon",
    "alberto",
    "andres",
    "francisco",
    "cruz",
    "belen",
    "victoria",
    "rosa",
    "eugenia",
    "fernanda",
    "mercedes",
    "paz",
    "sol",
    "lourdes",
];

fn is_particle(w: &str) -> bool {
    let f = fold(w);
    PARTICLES.contains(&f.as_str())
}

/// A name without the titles before it ("Av. Mihai Ionescu" → "Mihai Ionescu"); one word is
/// always kept.
pub(super) fn without_titles(name: &str) -> String {
    strip_titles(name.split_whitespace().collect()).join(" ")
}

fn strip_titles(words: Vec<&str>) -> Vec<&str> {
    let mut i = 0;
    while i < words.len() && words.len() - i > 1 {
        let f = fold(words[i].trim_end_matches('.'));
        // German degrees written as one word: "Dipl.-Ing.", "Dipl.-Kfm.", "Dr.-Ing.", "Dr.med.".
        let degree = f.starts_with("dipl.") || f.starts_with("dr.");
        // A Polish "r. pr." / "r.pr." (radca prawny, a counsel), never a lone initial "R.".
        let counsel = f == "r.pr"
            || (f == "r"
                && words.get(i + 1).is_some_and(|n| fold(n) == "pr.")
                && words.len() - i > 2);
        if counsel {
            i += if f == "r" { 2 } else { 1 };
        } else if degree || TITLES.contains(&f.as_str()) {
            i += 1;
        } else {
            break;
        }
    }
    words[i..].to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(n: &str) -> (Option<&'static str>, Option<&'static str>) {
        let (g, f) = split_name(n);
        (g.map(|x| &*x.leak()), f.map(|x| &*x.leak()))
    }

    #[test]
    fn german_degrees_are_titles() {
        assert_eq!(
            s("Dipl.-Ing. Maximilian von Stetten"),
            (Some("Maximilian"), Some("von Stetten"))
        );
        assert_eq!(s("Dr.-Ing. Eva Brandt"), (Some("Eva"), Some("Brandt")));
        // A surname that starts like a degree is still a name.
        assert_eq!(s("Anna Drewes"), (Some("Anna"), Some("Drewes")));
    }

    #[test]
    fn spanish_double_surnames() {
        let sp = |n: &str| spanish_split(n).map(|(g, f)| format!("{g}/{f}"));
        assert_eq!(
            sp("Marta Serrano Gil").as_deref(),
            Some("Marta/Serrano Gil")
        );
        assert_eq!(sp("María José García"), None);
        assert_eq!(sp("Juan Carlos Pérez"), None);
        assert_eq!(sp("Ana de la Fuente"), None);
        assert_eq!(sp("Lucía Navarro"), None);
        assert_eq!(
            sp("María José Fernández Ruiz").as_deref(),
            Some("María José/Fernández Ruiz")
        );
        assert_eq!(
            sp("José Luis Ibáñez Torres").as_deref(),
            Some("José Luis/Ibáñez Torres")
        );
    }

    /// Tenth round: three words whose second is no forename are one forename and two family
    /// names, in any language; a forename second keeps the compound; a company has no name.
    #[test]
    fn three_words_with_no_forename_second() {
        assert_eq!(
            s("Federica Gallo Marchetti"),
            (Some("Federica"), Some("Gallo Marchetti"))
        );
        assert_eq!(
            s("Søren Kjærgaard Østergaard"),
            (Some("Søren"), Some("Kjærgaard Østergaard"))
        );
        assert_eq!(
            s("Joana Mascarenhas Valadares"),
            (Some("Joana"), Some("Mascarenhas Valadares"))
        );
        assert_eq!(
            s("Calogero Lo Bianco"),
            (Some("Calogero"), Some("Lo Bianco"))
        );
        assert_eq!(
            s("Declan Mac an tSaoir"),
            (Some("Declan"), Some("Mac an tSaoir"))
        );
        assert_eq!(
            s("Harold Arthur Jenkins"),
            (Some("Harold Arthur"), Some("Jenkins"))
        );
        assert_eq!(
            s("João Pedro Almeida"),
            (Some("João Pedro"), Some("Almeida"))
        );
        assert_eq!(s("Thi Lan Nguyen"), (Some("Thi Lan"), Some("Nguyen")));
        assert_eq!(s("Gerrit Jan Smits"), (Some("Gerrit Jan"), Some("Smits")));
        assert_eq!(s("Amministrazione Ferretti Srl"), (None, None));
        assert_eq!(s("Müller Logistik GmbH"), (None, None));
        assert_eq!(s("Maria Sá"), (Some("Maria"), Some("Sá")));
        // Eleventh round: Turkish second forenames; a non-forename before particles.
        assert_eq!(s("Mehmet Can Öztürk"), (Some("Mehmet Can"), Some("Öztürk")));
        assert_eq!(
            s("Inês Rebelo de Sousa"),
            (Some("Inês"), Some("Rebelo de Sousa"))
        );
        assert_eq!(
            s("Jan Peter van Dijk"),
            (Some("Jan Peter"), Some("van Dijk"))
        );
        assert_eq!(
            spanish_split("Carlos Andrés Restrepo"),
            None,
            "a forename before a second forename"
        );
        assert_eq!(
            s("Carlos Andrés Restrepo"),
            (Some("Carlos Andrés"), Some("Restrepo"))
        );
        // Catalan compound forenames (held-out set 10, after its run).
        assert_eq!(spanish_split("Josep Maria Vilaró"), None);
        assert_eq!(
            s("Josep Maria Vilaró"),
            (Some("Josep Maria"), Some("Vilaró"))
        );
        assert_eq!(
            spanish_split("Marta Serrano Gil"),
            Some(("Marta".to_string(), "Serrano Gil".to_string()))
        );
    }

    #[test]
    fn iberian_double_surnames_in_any_language() {
        assert_eq!(
            s("Lucía Moreno Castillo"),
            (Some("Lucía"), Some("Moreno Castillo"))
        );
        assert_eq!(
            s("Andrés Felipe Quintero Ospina"),
            (Some("Andrés Felipe"), Some("Quintero Ospina"))
        );
        assert_eq!(
            s("Ana Beatriz Souza Lima"),
            (Some("Ana Beatriz"), Some("Souza Lima"))
        );
        assert_eq!(
            s("Alejandro Sánchez de la Fuente"),
            (Some("Alejandro"), Some("Sánchez de la Fuente"))
        );
        assert_eq!(
            s("Nerea Etxeberria Zubiri"),
            (Some("Nerea"), Some("Etxeberria Zubiri"))
        );
        // Not Iberian, or a forename in second place: unchanged.
        assert_eq!(
            s("Jean Pierre Martin"),
            (Some("Jean Pierre"), Some("Martin"))
        );
        assert_eq!(s("Anna Maria Costa"), (Some("Anna Maria"), Some("Costa")));
        assert_eq!(s("Ana de la Fuente"), (Some("Ana"), Some("de la Fuente")));
        assert_eq!(s("Jan van der Berg"), (Some("Jan"), Some("van der Berg")));
        assert_eq!(
            s("María José Fernández de la Torre"),
            (Some("María José"), Some("Fernández de la Torre"))
        );
        assert_eq!(
            s("Anna Maria Dalla Costa"),
            (Some("Anna Maria"), Some("Dalla Costa"))
        );
        assert_eq!(s("Mirjam van 't Hof"), (Some("Mirjam"), Some("van 't Hof")));
    }

    #[test]
    fn name_shapes() {
        assert_eq!(s("Jane Doe"), (Some("Jane"), Some("Doe")));
        // Catalan and Spanish "i"/"y", Irish particles, a Marian compound, a middle initial.
        assert_eq!(
            s("Jordi Puig i Serra"),
            (Some("Jordi"), Some("Puig i Serra"))
        );
        assert_eq!(
            s("José Ortega y Gasset"),
            (Some("José"), Some("Ortega y Gasset"))
        );
        assert_eq!(s("Aoife Ní Bhriain"), (Some("Aoife"), Some("Ní Bhriain")));
        assert_eq!(
            s("María del Carmen Ruiz Gallego"),
            (Some("María del Carmen"), Some("Ruiz Gallego"))
        );
        assert_eq!(s("Peter J. Lamb"), (Some("Peter"), Some("Lamb")));
        assert_eq!(s("Mary Ann Smith"), (Some("Mary Ann"), Some("Smith")));
        assert_eq!(s("DOE Jane"), (Some("Jane"), Some("DOE")));
        assert_eq!(s("Jane DOE"), (Some("Jane"), Some("DOE")));
        assert_eq!(
            s("DUPONT Marie-Claire"),
            (Some("Marie-Claire"), Some("DUPONT"))
        );
        assert_eq!(s("Doe, Jane"), (Some("Jane"), Some("Doe")));
        assert_eq!(s("\"Doe, Jane\""), (Some("Jane"), Some("Doe")));
        assert_eq!(s("'Jane Doe'"), (Some("Jane"), Some("Doe")));
        assert_eq!(
            s("Jean Pierre Martin"),
            (Some("Jean Pierre"), Some("Martin"))
        );
        assert_eq!(s("Jan van der Berg"), (Some("Jan"), Some("van der Berg")));
        assert_eq!(s("de Vries, Jan"), (Some("Jan"), Some("de Vries")));
        assert_eq!(
            s("Ludwig van Beethoven"),
            (Some("Ludwig"), Some("van Beethoven"))
        );
        assert_eq!(s("Jan van DAM"), (Some("Jan"), Some("van DAM")));
        assert_eq!(s("Dr. Jane Doe"), (Some("Jane"), Some("Doe")));
        assert_eq!(s("M. Jean Dupont"), (Some("Jean"), Some("Dupont")));
        assert_eq!(
            s("Dott.ssa Elena D'Amico"),
            (Some("Elena"), Some("D'Amico"))
        );
        assert_eq!(s("Avv. Lorenzo Greco"), (Some("Lorenzo"), Some("Greco")));
        assert_eq!(
            s("RA Dr. Florian Brandt"),
            (Some("Florian"), Some("Brandt"))
        );
        assert_eq!(s("Jürgen Müller"), (Some("Jürgen"), Some("Müller")));
        assert_eq!(s("Jane Doe (ACME Corp)"), (Some("Jane"), Some("Doe")));
        assert_eq!(s("Jane"), (Some("Jane"), None));
        assert_eq!(s("DUPONT"), (None, Some("DUPONT")));
        assert_eq!(s("JANE DOE"), (Some("JANE"), Some("DOE")));
        assert_eq!(s("jane.doe@example.com"), (None, None));
        assert_eq!(s(""), (None, None));
        assert_eq!(s("   "), (None, None));
        assert_eq!(s("1234"), (None, None));
        assert_eq!(s("Jane\u{202E}Doe"), (Some("JaneDoe"), None));
    }

    #[test]
    fn long_names_are_bounded() {
        let long = format!("{} {}", "A".repeat(500), "b".repeat(500));
        let (g, f) = split_name(&long);
        assert!(g.unwrap().chars().count() <= 180);
        assert!(f.unwrap().chars().count() <= 180);
    }

    #[test]
    fn addresses() {
        assert_eq!(
            normalize_address(" <Jane.Doe@Example.COM> "),
            Some("jane.doe@example.com".into())
        );
        assert_eq!(normalize_address("mailto:a@b.c"), Some("a@b.c".into()));
        assert_eq!(normalize_address("not an address"), None);
        assert_eq!(normalize_address("a b@c.d"), None);
        assert_eq!(normalize_address("@c.d"), None);
        assert_eq!(
            addresses_in("Jane <jane@x.org<mailto:jane@x.org>>, bob@y.org."),
            vec!["jane@x.org", "bob@y.org"]
        );
    }

    #[test]
    fn text_senders() {
        assert_eq!(
            parse_text_sender("Jane Doe <jane@x.org>"),
            (Some("Jane Doe".into()), Some("jane@x.org".into()))
        );
        assert_eq!(
            parse_text_sender("Doe, Jane [mailto:jane@x.org]"),
            (Some("Doe, Jane".into()), Some("jane@x.org".into()))
        );
        assert_eq!(
            parse_text_sender("*Jane Doe* <jane@x.org>"),
            (Some("Jane Doe".into()), Some("jane@x.org".into()))
        );
        assert_eq!(
            parse_text_sender("jane@x.org"),
            (None, Some("jane@x.org".into()))
        );
        assert_eq!(
            parse_text_sender("Jane Doe"),
            (Some("Jane Doe".into()), None)
        );
        assert_eq!(
            parse_text_sender("\"jane@x.org\" <jane@x.org>"),
            (None, Some("jane@x.org".into()))
        );
    }
}
