//! Stemming: the forms of one word should find each other (`ditahan`, `menahan`, `penahanan`
//! → `tahan`; `passports` → `passport`).
//!
//! The Indonesian stemmer follows the shape of the Snowball Indonesian algorithm (particle,
//! possessive, first-order prefix, suffix, second-order prefix, with the confix rules that
//! forbid `di-…-an`, `ke-…-kan`, `ber-…-i`), with three changes for search:
//! - nasal prefixes restore the root's first letter (`menahan` → `tahan`, `memukul` → `pukul`,
//!   `menyita` → `sita`). Where the letter cannot be known without a dictionary
//!   (`mengirim`: `irim` or `kirim`?) the stemmer returns both readings, primary first;
//! - a second first-order prefix is removed (`dikeluarkan` → `luar`, like `keluar`);
//! - a prefix is only removed when at least four letters remain, so roots that merely look
//!   prefixed keep their shape (`terima`, not `ima`).
//!
//! English text gets a light stemmer (plurals, `-ing`, `-ed`, final `-e`). Text whose
//! language is known is stemmed in that language only, because the Indonesian rules damage
//! English words (`indonesian` would lose its `-an`); a query or a keyword list can be either
//! language, so it gets both.

use crate::lang::Lang;

use super::normalize::{concat, reduplication_base};

/// The stems to index or look up for one normalised word, most likely first, without
/// duplicates. `lang` is the language of the text; `None` when it could be either.
pub fn candidates(word: &str, lang: Option<Lang>) -> Vec<String> {
    let mut out = match lang {
        Some(Lang::En) => Vec::new(),
        _ => indonesian(word),
    };
    if lang != Some(Lang::Id) {
        let english = english(word);
        if !out.contains(&english) {
            out.push(english);
        }
    }
    out
}

/// Stems of an Indonesian word, primary reading first (usually one).
pub fn indonesian(word: &str) -> Vec<String> {
    let word = without_reduplication(word);
    if !is_plain_word(word) || vowel_count(word) <= 2 {
        return vec![word.to_string()];
    }
    let base = strip_inflection(word);
    let mut out = Vec::new();
    match first_order_prefix(base) {
        Some((kind, readings)) => {
            for reading in readings {
                let inner = first_order_prefix(&reading)
                    .and_then(|(_, inner)| inner.into_iter().next())
                    .unwrap_or(reading);
                let unsuffixed = strip_suffix(&inner, kind);
                for (stem, _) in second_order_prefix(unsuffixed) {
                    push_unique(&mut out, stem);
                }
            }
        }
        None => {
            for (stripped, kind) in second_order_prefix(base) {
                push_unique(&mut out, strip_suffix(&stripped, kind).to_string());
            }
        }
    }
    if out.is_empty() {
        out.push(base.to_string());
    }
    out
}

/// A light English stemmer: `passports` → `passport`, `embassies` → `embassy`,
/// `detained` → `detain`, `working` → `work`, `forced`/`force` → `forc`.
pub fn english(word: &str) -> String {
    if !is_plain_word(word) || word.len() <= 3 {
        return word.to_string();
    }
    let mut w = strip_plural(word);
    w = strip_ing_ed(&w);
    // Final -e goes so that `force`, `forced` and `forcing` meet; `free` keeps its pair.
    if w.len() >= 4 && w.ends_with('e') && !w.ends_with("ee") {
        w.pop();
    }
    w
}

/// The kind of the outer prefix, which decides which suffixes may go with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PrefixKind {
    /// No prefix, or `pe-`/`per-`/`se-`.
    Other,
    /// `di-`, `me-` and its nasal forms, `ter-`: never with `-an`.
    DiMeTer,
    /// `ke-`, `pe-` nasal forms: never with `-kan`.
    KePeN,
    /// `ber-`: never with `-i`.
    Ber,
}

/// Fewest letters a prefix may leave behind.
const MIN_AFTER_PREFIX: usize = 4;
/// Fewest letters a suffix may leave behind.
const MIN_AFTER_SUFFIX: usize = 3;

fn is_plain_word(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase())
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn vowel_count(word: &str) -> usize {
    word.bytes().filter(|&b| is_vowel(b)).count()
}

fn starts_with_vowel(word: &str) -> bool {
    word.bytes().next().is_some_and(is_vowel)
}

/// A stem must keep enough letters and at least two syllables.
fn is_stem(rest: &str, min_len: usize) -> bool {
    rest.len() >= min_len && vowel_count(rest) >= 2
}

fn push_unique(out: &mut Vec<String>, stem: String) {
    if !out.contains(&stem) {
        out.push(stem);
    }
}

fn without_reduplication(word: &str) -> &str {
    match word.split_once('-') {
        Some((first, second)) if !second.contains('-') => reduplication_base(first, second).unwrap_or(word),
        _ => word,
    }
}

/// Removes a particle (`-kah`, `-lah`, `-pun`), then a possessive (`-nya`, `-ku`, `-mu`).
pub(super) fn strip_inflection(word: &str) -> &str {
    let mut w = word;
    for group in [&["kah", "lah", "pun"][..], &["nya", "ku", "mu"][..]] {
        if let Some(rest) = group.iter().find_map(|s| w.strip_suffix(s)) {
            if is_stem(rest, MIN_AFTER_SUFFIX) {
                w = rest;
            }
        }
    }
    w
}

/// `di-`, `ke-`, `ter-`, `me-` and `pe-` with their nasal forms. Returns the prefix kind and
/// the readings of what remains, with the root's first letter restored where the nasal ate
/// it. `None` when the word does not start with one of them (or too little would remain).
fn first_order_prefix(word: &str) -> Option<(PrefixKind, Vec<String>)> {
    let (kind, nasal_rest) = if let Some(rest) = word.strip_prefix("me") {
        (PrefixKind::DiMeTer, rest)
    } else if let Some(rest) = word.strip_prefix("pe") {
        (PrefixKind::KePeN, rest)
    } else {
        let (kind, rest) = if let Some(rest) = word.strip_prefix("di") {
            (PrefixKind::DiMeTer, rest)
        } else if let Some(rest) = word.strip_prefix("ter") {
            (PrefixKind::DiMeTer, rest)
        } else if let Some(rest) = word.strip_prefix("ke") {
            (PrefixKind::KePeN, rest)
        } else {
            return None;
        };
        return is_stem(rest, MIN_AFTER_PREFIX).then(|| (kind, vec![rest.to_string()]));
    };
    let readings = nasal_readings(nasal_rest, kind == PrefixKind::DiMeTer);
    (!readings.is_empty()).then_some((kind, readings))
}

/// What follows `me`/`pe` (`rest`): the readings of the root, or none when this is not a
/// nasal prefix. `pe` + other consonants is left to the second-order prefixes.
fn nasal_readings(rest: &str, is_me: bool) -> Vec<String> {
    let long_enough = |reading: &str| is_stem(reading, MIN_AFTER_PREFIX);
    let first_is = |root: &str, letters: &[u8]| root.bytes().next().is_some_and(|b| letters.contains(&b));
    if let Some(root) = rest.strip_prefix("ng") {
        if starts_with_vowel(root) {
            // mengambil, mengirim: vowel roots and k-roots look the same. A vowel root may be
            // as short as three letters (mengaku → aku).
            let mut readings = Vec::new();
            if is_stem(root, MIN_AFTER_SUFFIX) {
                readings.push(root.to_string());
            }
            let k_root = concat(&["k", root]);
            if long_enough(&k_root) {
                readings.push(k_root);
            }
            return readings;
        }
        let readings = if first_is(root, b"ghk") { vec![root.to_string()] } else { Vec::new() };
        return only_long_enough(readings);
    }
    let readings = if let Some(root) = rest.strip_prefix("ny") {
        if starts_with_vowel(root) {
            vec![concat(&["s", root])]
        } else {
            Vec::new()
        }
    } else if let Some(root) = rest.strip_prefix('m') {
        if starts_with_vowel(root) {
            // memukul → pukul; meminta → minta.
            vec![concat(&["p", root]), concat(&["m", root])]
        } else if first_is(root, b"bfpv") {
            vec![root.to_string()]
        } else {
            Vec::new()
        }
    } else if let Some(root) = rest.strip_prefix('n') {
        if starts_with_vowel(root) {
            // menahan → tahan; menanti → nanti.
            vec![concat(&["t", root]), concat(&["n", root])]
        } else if first_is(root, b"cdjstz") {
            vec![root.to_string()]
        } else {
            Vec::new()
        }
    } else if is_me && first_is(rest, b"lrwy") {
        vec![rest.to_string()]
    } else {
        Vec::new()
    };
    only_long_enough(readings)
}

fn only_long_enough(mut readings: Vec<String>) -> Vec<String> {
    readings.retain(|reading| is_stem(reading, MIN_AFTER_PREFIX));
    readings
}

/// `ber-`, `be-` (before `-er-` roots), `per-`, `pe-`, `bel-`/`pel-` (only `belajar`), `se-`.
/// Returns the readings with the kind they set; the word itself when none applies.
fn second_order_prefix(word: &str) -> Vec<(String, PrefixKind)> {
    let strip = |prefix: &str| word.strip_prefix(prefix).filter(|rest| is_stem(rest, MIN_AFTER_PREFIX));
    let keep = || vec![(word.to_string(), PrefixKind::Other)];
    if vowel_count(word) <= 2 {
        return keep();
    }
    if word == "belajar" || word == "pelajar" {
        return vec![("ajar".to_string(), PrefixKind::Other)];
    }
    // ber- and per- before a vowel may hide a root that starts with r (perampasan → rampas).
    for (prefix, kind) in [("ber", PrefixKind::Ber), ("per", PrefixKind::Other)] {
        if let Some(rest) = strip(prefix) {
            let mut readings = vec![(rest.to_string(), kind)];
            if starts_with_vowel(rest) {
                readings.push((concat(&["r", rest]), kind));
            }
            return readings;
        }
    }
    if let Some(rest) = strip("be") {
        // be- only before roots like kerja, serta: consonant + "er".
        let b = rest.as_bytes();
        if b.len() > 3 && !is_vowel(b[0]) && &b[1..3] == b"er" {
            return vec![(rest.to_string(), PrefixKind::Ber)];
        }
    }
    if let Some(rest) = strip("pe").or_else(|| strip("se")) {
        return vec![(rest.to_string(), PrefixKind::Other)];
    }
    keep()
}

/// Removes one of `-kan`, `-an`, `-i` if the outer prefix allows it.
fn strip_suffix(word: &str, kind: PrefixKind) -> &str {
    let allowed = |rest: &str| is_stem(rest, MIN_AFTER_SUFFIX);
    if kind != PrefixKind::KePeN {
        if let Some(rest) = word.strip_suffix("kan").filter(|r| allowed(r)) {
            return rest;
        }
    }
    if kind != PrefixKind::DiMeTer {
        if let Some(rest) = word.strip_suffix("an").filter(|r| allowed(r)) {
            return rest;
        }
    }
    if matches!(kind, PrefixKind::Other | PrefixKind::DiMeTer) {
        // -si is a root ending (polisi, imigrasi), not a suffix.
        if let Some(rest) = word.strip_suffix('i').filter(|r| allowed(r) && !r.ends_with('s')) {
            return rest;
        }
    }
    word
}

fn strip_plural(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 3) {
        return concat(&[stem, "y"]);
    }
    if let Some(stem) = word.strip_suffix("es") {
        if stem.ends_with("ss")
            || stem.ends_with('x')
            || stem.ends_with("ch")
            || stem.ends_with("sh")
            || stem.ends_with('z')
        {
            return stem.to_string();
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is") {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

fn strip_ing_ed(word: &str) -> String {
    let has_vowel = |s: &str| s.bytes().any(|b| is_vowel(b) || b == b'y');
    if let Some(stem) = word.strip_suffix("ied").filter(|s| s.len() >= 3) {
        return concat(&[stem, "y"]);
    }
    // `going` → `go`, but `bring` and `thing` keep theirs (no vowel would remain); `-ed` needs
    // three letters left so `used` and `red` stay words.
    let stem = word
        .strip_suffix("ing")
        .filter(|s| s.len() >= 2)
        .or_else(|| word.strip_suffix("ed").filter(|s| s.len() >= 3 && !s.ends_with('e')))
        .filter(|s| has_vowel(s));
    match stem {
        Some(stem) => undouble(stem).to_string(),
        None => word.to_string(),
    }
}

/// `stopp` → `stop`, `scamm` → `scam`; `call`, `pass`, `buzz` keep their pair.
fn undouble(stem: &str) -> &str {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]) && !matches!(b[n - 1], b'l' | b's' | b'z') {
        &stem[..n - 1]
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn primary(word: &str) -> String {
        indonesian(word).remove(0)
    }

    #[test]
    fn indonesian_affixes() {
        let table = [
            ("menahan", "tahan"),
            ("ditahan", "tahan"),
            ("penahanan", "tahan"),
            ("tahanan", "tahan"),
            ("dipulangkan", "pulang"),
            ("pemulangan", "pulang"),
            ("kepulangan", "pulang"),
            ("pekerjaan", "kerja"),
            ("pekerja", "kerja"),
            ("bekerja", "kerja"),
            ("mempekerjakan", "kerja"),
            ("penipuan", "tipu"),
            ("penipu", "tipu"),
            ("menipu", "tipu"),
            ("tertipu", "tipu"),
            ("kedutaan", "duta"),
            ("kepolisian", "polisi"),
            ("menyita", "sita"),
            ("penyitaan", "sita"),
            ("membayar", "bayar"),
            ("pembayaran", "bayar"),
            ("dibayar", "bayar"),
            ("perdagangan", "dagang"),
            ("diperdagangkan", "dagang"),
            ("memperdagangkan", "dagang"),
            ("ditangkap", "tangkap"),
            ("penangkapan", "tangkap"),
            ("melapor", "lapor"),
            ("pelaporan", "lapor"),
            ("laporan", "lapor"),
            ("menghubungi", "hubung"),
            ("bantuan", "bantu"),
            ("membantu", "bantu"),
            ("perlindungan", "lindung"),
            ("pelindungan", "lindung"),
            ("melindungi", "lindung"),
            ("pengaduan", "adu"),
            ("mengambil", "ambil"),
            ("diambil", "ambil"),
            ("berangkat", "angkat"),
            ("keberangkatan", "angkat"),
            ("pemberangkatan", "angkat"),
            ("sebelum", "belum"),
            ("belajar", "ajar"),
            ("perusahaan", "usaha"),
            ("lowongan", "lowong"),
            ("dikeluarkan", "luar"),
            ("keluar", "luar"),
            ("paspornya", "paspor"),
            ("bagaimanakah", "bagaimana"),
        ];
        for (word, stem) in table {
            assert_eq!(primary(word), stem, "{word}");
        }
    }

    #[test]
    fn reduplication_stems_to_the_base() {
        assert_eq!(primary("anak-anak"), "anak");
        assert_eq!(primary("satu-satunya"), "satu");
        assert_eq!(primary("penipu-penipu"), "tipu");
    }

    #[test]
    fn short_words_and_lookalike_roots_are_kept() {
        for word in [
            "gaji",
            "kerja",
            "paspor",
            "diri",
            "pulang",
            "visa",
            "terima",
            "polisi",
            "imigrasi",
            "repatriasi",
            "indonesia",
            "kamboja",
            "sindikat",
            "kbri",
        ] {
            assert_eq!(primary(word), word);
        }
        assert_eq!(primary("kp2mi"), "kp2mi");
        assert_eq!(primary("117"), "117");
    }

    #[test]
    fn ambiguous_nasals_give_both_readings() {
        assert_eq!(indonesian("mengirim"), ["irim", "kirim"]);
        assert_eq!(indonesian("meminta"), ["pinta", "minta"]);
        assert_eq!(indonesian("menanti"), ["tanti", "nanti"]);
        assert!(indonesian("perampasan").contains(&"rampas".to_string()));
        assert!(indonesian("mengetahui").contains(&"tahu".to_string()));
        assert_eq!(indonesian("menyita"), ["sita"]);
    }

    #[test]
    fn english_light_stemming() {
        let table = [
            ("passports", "passport"),
            ("embassies", "embassy"),
            ("detained", "detain"),
            ("arrested", "arrest"),
            ("working", "work"),
            ("going", "go"),
            ("thing", "thing"),
            ("trafficking", "traffick"),
            ("trafficked", "traffick"),
            ("scammed", "scam"),
            ("wages", "wag"),
            ("wage", "wag"),
            ("forced", "forc"),
            ("boss", "boss"),
            ("bring", "bring"),
            ("need", "need"),
            ("status", "status"),
            ("free", "free"),
        ];
        for (word, stem) in table {
            assert_eq!(english(word), stem, "{word}");
        }
    }

    #[test]
    fn candidates_follow_the_language() {
        assert_eq!(candidates("indonesian", Some(Lang::En)), ["indonesian"]);
        assert_eq!(candidates("ditahan", Some(Lang::Id)), ["tahan"]);
        assert_eq!(candidates("passports", None), ["passports", "passport"]);
        assert_eq!(candidates("dipulangkan", None), ["pulang", "dipulangkan"]);
    }
}
