//! Micro-benchmark of the understanding step (`understand::understand`), CPU only.
//!
//! `cargo bench --bench understand` times the labelled corpus (`tests/fixtures/corpus`, short
//! real-looking mail) and long letters in four languages padded with realistic prose to 2, 16,
//! 64 and 200 KiB, the request stated in the last paragraph. It prints the mean and the worst
//! time per message. Under `cargo test --all-targets` (no `--bench` argument) it runs one
//! iteration of each, as a smoke test. Nothing asserts on time.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use dastra_mailgate::understand::{UnderstandOptions, understand};

/// Prose that says a lot about data without exercising a right: what makes scanning slow is
/// text full of near-miss words, not lorem ipsum.
const FILLER: [(&str, &str, &str); 4] = [
    (
        "fr",
        "Je suis client de votre société depuis de nombreuses années et j'ai toujours été satisfait de vos services, même si la dernière livraison de mes données de facturation était en retard. Votre conseiller m'a expliqué que les informations de mon contrat étaient traitées par un prestataire situé hors de l'Union européenne, ce qui m'a surpris car votre politique de confidentialité ne le mentionne pas clairement. ",
        "Par conséquent, je vous demande de supprimer toutes mes données personnelles.",
    ),
    (
        "en",
        "I have been a customer of your company for many years and I have always been happy with the service, although the last delivery of my billing details was late. Your adviser told me that the information in my contract is processed by a provider outside the European Union, which surprised me because your privacy notice does not say so clearly. ",
        "Therefore I ask you to send me a copy of all the personal data you hold about me.",
    ),
    (
        "de",
        "Ich bin seit vielen Jahren Kunde Ihres Unternehmens und war mit Ihrem Service immer zufrieden, auch wenn die letzte Lieferung meiner Rechnungsdaten verspätet war. Ihr Berater hat mir erklärt, dass die Angaben aus meinem Vertrag von einem Dienstleister außerhalb der Europäischen Union verarbeitet werden, was mich überrascht hat, weil Ihre Datenschutzerklärung das nicht klar sagt. ",
        "Deshalb widerspreche ich der Verarbeitung meiner Daten für Werbung.",
    ),
    (
        "nl",
        "Ik ben al vele jaren klant van uw bedrijf en ik ben altijd tevreden geweest over uw dienstverlening, ook al was de laatste levering van mijn factuurgegevens te laat. Uw adviseur vertelde mij dat de gegevens uit mijn contract worden verwerkt door een dienstverlener buiten de Europese Unie, wat mij verbaasde omdat uw privacyverklaring dat niet duidelijk vermeldt. ",
        "Daarom verzoek ik u al mijn persoonsgegevens te verwijderen.",
    ),
];

fn letter(lang: &str, filler: &str, ask: &str, bytes: usize) -> Vec<u8> {
    let mut body = String::from("Madame, Monsieur / Dear Sir or Madam,\n\n");
    let mut para = 0;
    while body.len() < bytes {
        body.push_str(filler);
        para += 1;
        if para % 3 == 0 {
            body.push_str("\n\n");
        }
    }
    body.push_str("\n\n");
    body.push_str(ask);
    body.push_str("\n\nJane Doe\n");
    format!(
        "From: Jane Doe <jane.doe@example.com>\r\nTo: privacy@acme-corp.example\r\nSubject: Lettre {lang}\r\nMessage-ID: <bench-{lang}-{bytes}@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{}",
        body.replace('\n', "\r\n")
    )
    .into_bytes()
}

fn time(raws: &[Vec<u8>], opts: &UnderstandOptions, iters: usize) -> (Duration, Duration) {
    let mut total = Duration::ZERO;
    let mut worst = Duration::ZERO;
    for _ in 0..iters {
        for raw in raws {
            let t = Instant::now();
            black_box(understand(black_box(raw), opts));
            let d = t.elapsed();
            total += d;
            worst = worst.max(d);
        }
    }
    (total / (iters * raws.len()).max(1) as u32, worst)
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let opts = UnderstandOptions {
        auto_kind: true,
        ..UnderstandOptions::default()
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus");
    let corpus: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .filter_map(|p| std::fs::read(p).ok())
                .collect()
        })
        .unwrap_or_default();
    let iters = |n: usize| if full { n } else { 1 };
    // Warm-up: the lexicon is compiled once.
    let _ = understand(b"From: a@b.c\r\n\r\nhello", &opts);

    println!("understand() per message (mean / worst), release build");
    let (mean, worst) = time(&corpus, &opts, iters(20));
    println!(
        "  corpus, {} messages            {} / {}",
        corpus.len(),
        ms(mean),
        ms(worst)
    );
    for kib in [2usize, 16, 64, 200] {
        let raws: Vec<Vec<u8>> = FILLER
            .iter()
            .map(|(lang, filler, ask)| letter(lang, filler, ask, kib * 1024))
            .collect();
        let n = if kib >= 64 { 5 } else { 20 };
        let (mean, worst) = time(&raws, &opts, iters(n));
        println!(
            "  long letter, {kib:>3} KiB (4 langs)   {} / {}",
            ms(mean),
            ms(worst)
        );
        // The request at the end of the letter must still be read.
        for (raw, (lang, ..)) in raws.iter().zip(FILLER) {
            let u = understand(raw, &opts);
            let names: Vec<&str> = u.purposes.iter().map(|p| p.as_str()).collect();
            let want = match lang {
                "fr" | "nl" => "Erasure",
                "en" => "Access",
                _ => "Opposition",
            };
            if !names.contains(&want) {
                println!("    note: {lang} {kib} KiB read as {names:?}, expected {want}");
            }
        }
    }
}
