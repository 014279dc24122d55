//! What counts as a word and how it is spelled for matching: lowercase, no diacritics, digits
//! kept, everything else a separator. Reduplicated words (`anak-anak`) become one word.
//!
//! Pelita's text and its users' typing are Latin script, so case and diacritics are folded by
//! one table of Latin letters rather than by Unicode's (`char::to_lowercase` and
//! `char::is_alphanumeric` would add their tables to the wasm); letters of other scripts are
//! kept as they are.

/// One word of a text: its normalised spelling and where it sits in the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    /// Byte range in the original text, so a snippet can highlight the word as written.
    pub start: usize,
    pub end: usize,
}

/// The words of `text`, normalised, with their byte ranges.
///
/// A hyphen between two word characters joins them, so reduplication can be seen: `anak-anak`
/// and `satu-satunya` become one word (`anak`, `satunya`) spanning the whole form. Other
/// hyphenated forms (`phnom-penh`) become their separate parts.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    // The parts of the hyphenated run being read; usually just one.
    let mut run: Vec<Word> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if is_word_char(c) {
            match run.last_mut() {
                Some(part) if part.end == at => {
                    push_folded(c, &mut part.text);
                    part.end = at + c.len_utf8();
                }
                _ => {
                    let mut text = String::new();
                    push_folded(c, &mut text);
                    run.push(Word { text, start: at, end: at + c.len_utf8() });
                }
            }
        } else if is_combining_mark(c) {
            // A decomposed accent: part of the word, but spelled without it.
            if let Some(part) = run.last_mut().filter(|p| p.end == at) {
                part.end = at + c.len_utf8();
            }
        } else {
            let joins = is_hyphen(c)
                && run.last().is_some_and(|p| p.end == at)
                && chars.peek().is_some_and(|&(_, next)| is_word_char(next));
            if !joins {
                flush_run(&mut run, &mut out);
            }
        }
    }
    flush_run(&mut run, &mut out);
    out
}

/// The base of a reduplicated pair: `anak`+`anak` → `anak`, `satu`+`satunya` → `satunya`,
/// `berlari`+`lari` → `berlari`. `None` when the two parts are different words.
pub fn reduplication_base<'a>(first: &'a str, second: &'a str) -> Option<&'a str> {
    let (shorter, longer) = if first.len() <= second.len() { (first, second) } else { (second, first) };
    let repeated = shorter.chars().count() >= 2
        && (first == second || second.starts_with(first) || first.ends_with(second));
    repeated.then_some(longer)
}

fn flush_run(run: &mut Vec<Word>, out: &mut Vec<Word>) {
    // Chat writes reduplication with a 2 (`anak2`, `hati2` for `anak-anak`, `hati-hati`): the
    // base, as for a hyphen. Only after three letters or more, so `kp2mi` or `p2` stay.
    for part in run.iter_mut() {
        let base = part.text.len() - 1;
        if base >= 3 && part.text.ends_with('2') && part.text.bytes().take(base).all(|b| b.is_ascii_lowercase()) {
            part.text.truncate(base);
        }
    }
    if let [first, second] = run.as_slice() {
        if let Some(base) = reduplication_base(&first.text, &second.text) {
            out.push(Word { text: base.to_string(), start: first.start, end: second.end });
            run.clear();
            return;
        }
    }
    out.append(run);
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Letters and digits. Outside ASCII, everything but the spaces, punctuation and symbols of
/// Latin-1 and of the general punctuation and symbol blocks (dashes, quotes, `…`, arrows,
/// emoji) counts as a letter.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c, '\u{80}'..='\u{BF}' | '×' | '÷' | '\u{2000}'..='\u{2BFF}' | '\u{3000}'..='\u{303F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{1F000}'..)
        && !is_combining_mark(c)
}

/// Appends `c` lowercased and without its diacritic.
fn push_folded(c: char, out: &mut String) {
    if !is_combining_mark(c) {
        out.push(fold(c));
    }
}

/// Latin letters in lower case and without diacritics; other characters unchanged.
fn fold(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'č' | 'Ç' | 'Ć' | 'Ĉ' | 'Č' => 'c',
        'ď' | 'đ' | 'Ď' | 'Đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Į' | 'İ' => 'i',
        'ķ' | 'Ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ł' | 'Ĺ' | 'Ļ' | 'Ľ' | 'Ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' | 'Ñ' | 'Ń' | 'Ņ' | 'Ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => 'o',
        'ŕ' | 'ř' | 'Ŕ' | 'Ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ß' | 'Ś' | 'Ŝ' | 'Ş' | 'Š' => 's',
        'ţ' | 'ť' | 'Ţ' | 'Ť' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => 'u',
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => 'z',
        _ => c,
    }
}

/// The parts as one string. A plain loop: `format!` or `[..].concat()` bring more code into
/// the wasm for the same thing.
pub fn concat(parts: &[&str]) -> String {
    let mut joined = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        joined.push_str(part);
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.text).collect()
    }

    fn normalize(text: &str) -> String {
        texts(text).join(" ")
    }

    #[test]
    fn lowercases_strips_diacritics_and_punctuation() {
        assert_eq!(normalize("Paspor DITAHAN, tolong!"), "paspor ditahan tolong");
        assert_eq!(normalize("Café  Señor — Ünïcode"), "cafe senor unicode");
        assert_eq!(normalize("e\u{0301}te\u{0301}"), "ete");
        assert_eq!(normalize("Ma'af…Terima kasih"), "ma af terima kasih");
        assert_eq!(normalize("  ...  "), "");
        assert_eq!(normalize("ÉTÉ À PHNOM PENH — “KBRI”…"), "ete a phnom penh kbri");
        assert_eq!(normalize("gaji→utang • 5€ ✓ 🙂 ok"), "gaji utang 5 ok");
    }

    #[test]
    fn digits_are_kept() {
        assert_eq!(normalize("Polisi: 117"), "polisi 117");
        assert_eq!(normalize("+855 12 813 282"), "855 12 813 282");
        assert_eq!(texts("KP2MI / BP2MI"), ["kp2mi", "bp2mi"]);
    }

    #[test]
    fn words_carry_their_place_in_the_original() {
        let text = "Hubungi KBRI, segera.";
        let ws = words(text);
        assert_eq!(ws.len(), 3);
        assert_eq!(&text[ws[1].start..ws[1].end], "KBRI");
        assert_eq!(ws[1].text, "kbri");
        let accented = "Señor é";
        let ws = words(accented);
        assert_eq!(&accented[ws[0].start..ws[0].end], "Señor");
        assert_eq!(ws[1].text, "e");
    }

    #[test]
    fn reduplication_becomes_one_word() {
        assert_eq!(texts("anak-anak"), ["anak"]);
        assert_eq!(texts("satu-satunya jalan"), ["satunya", "jalan"]);
        assert_eq!(texts("berlari-lari"), ["berlari"]);
        let ws = words("hati-hati!");
        assert_eq!((ws[0].text.as_str(), ws[0].start, ws[0].end), ("hati", 0, 9));
        assert_eq!(texts("anak2 org2 hati2"), ["anak", "org", "hati"]);
        assert_eq!(texts("kp2mi p2 abc22 mp2"), ["kp2mi", "p2", "abc22", "mp2"]);
    }

    #[test]
    fn other_hyphens_separate_words() {
        assert_eq!(texts("kbri-phnom-penh"), ["kbri", "phnom", "penh"]);
        assert_eq!(texts("0800-1000"), ["0800", "1000"]);
        assert_eq!(texts("gaji - utang"), ["gaji", "utang"]);
        assert_eq!(texts("e-mail"), ["e", "mail"]);
    }
}
