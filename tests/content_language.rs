//! Plain words, checked (FACTS §0b "Plain words", issue #24): every abbreviation is explained
//! where a page first uses it; no Indonesian sentence is longer than 25 words; the truth comes
//! before the rumour it answers; a missing fact comes with what to do instead; entries are
//! linked, not named; and each Indonesian text and its English text say the same thing.
//!
//! Texts are read the way a page shows them (`content::mention`): a mention of an entry reads
//! as its words or, without words, as the entry's title; a number as written.

mod common;

use common::catalogue;
use pelita::content::mention::{parts, plain, Part};
use pelita::content::{Catalogue, Point, Text};
use pelita::lang::Lang;

/// One text of a page, with its field.
struct Line<'a> {
    field: String,
    text: &'a Text,
}

/// A page as a person reads it, top to bottom. A checklist shows one verdict after its items:
/// each verdict is read on its own after `lines`.
struct Page<'a> {
    file: &'static str,
    entry: String,
    lines: Vec<Line<'a>>,
    branches: Vec<Vec<Line<'a>>>,
}

fn line<'a>(field: impl Into<String>, text: &'a Text) -> Line<'a> {
    Line { field: field.into(), text }
}

fn points<'a>(field: &str, points: &'a [Point]) -> impl Iterator<Item = Line<'a>> + 'a {
    let field = field.to_string();
    points.iter().enumerate().map(move |(i, p)| line(format!("{field}[{i}]"), &p.text))
}

/// Every page, its texts in reading order.
fn pages(cat: &Catalogue) -> Vec<Page<'_>> {
    let mut out = Vec::new();
    for c in &cat.contacts {
        let mut lines = vec![line("title", &c.title), line("summary", &c.summary)];
        for (i, ch) in c.channels.iter().enumerate() {
            lines.push(line(format!("channels[{i}].label"), &ch.label));
            if let Some(note) = &ch.note {
                lines.push(line(format!("channels[{i}].note"), note));
            }
        }
        lines.extend(c.location.iter().map(|l| line("location", l)));
        lines.extend(points("notes", &c.notes));
        out.push(Page { file: "contacts.json", entry: c.id.clone(), lines, branches: Vec::new() });
    }
    for g in &cat.guides {
        let mut lines = vec![line("title", &g.title), line("summary", &g.summary), line("answer", &g.answer)];
        for (name, list) in [("steps", &g.steps), ("bring", &g.bring), ("say", &g.say), ("notes", &g.notes)] {
            lines.extend(points(name, list));
        }
        out.push(Page { file: "guides.json", entry: g.id.clone(), lines, branches: Vec::new() });
    }
    for c in &cat.checklists {
        let mut lines = vec![line("title", &c.title), line("summary", &c.summary)];
        for (i, item) in c.items.iter().enumerate() {
            lines.push(line(format!("items[{i}].text"), &item.text));
            lines.push(line(format!("items[{i}].why"), &item.why));
        }
        let branches = c
            .verdicts
            .iter()
            .enumerate()
            .map(|(i, v)| std::iter::once(line(format!("verdicts[{i}].title"), &v.title)).chain(points(&format!("verdicts[{i}].steps"), &v.steps)).collect())
            .collect();
        out.push(Page { file: "checklists.json", entry: c.id.clone(), lines, branches });
    }
    if let Some(about) = &cat.about {
        let mut lines = Vec::new();
        for s in &about.sections {
            lines.push(line(format!("{}.title", s.id), &s.title));
            lines.extend(s.paragraphs.iter().enumerate().map(|(i, p)| line(format!("{}.paragraphs[{i}]", s.id), p)));
            lines.extend(s.facts.iter().enumerate().map(|(i, f)| line(format!("{}.facts[{i}]", s.id), &f.text)));
        }
        out.push(Page { file: "about.json", entry: "-".into(), lines, branches: Vec::new() });
    }
    if let Some(way_home) = &cat.way_home {
        let mut lines = Vec::new();
        for s in &way_home.steps {
            lines.push(line(format!("{}.title", s.id), &s.title));
            lines.push(line(format!("{}.what", s.id), &s.what));
            lines.extend(points(&format!("{}.bring", s.id), &s.bring));
            lines.extend(s.cost.iter().map(|c| line(format!("{}.cost", s.id), c)));
        }
        out.push(Page { file: "way-home.json", entry: "-".into(), lines, branches: Vec::new() });
    }
    out
}

impl Page<'_> {
    fn at(&self, field: &str, lang: Lang) -> String {
        format!("{}: entry '{}', field '{field}.{}'", self.file, self.entry, lang.code())
    }

    /// Each way through the page: the lines, then one verdict.
    fn readings(&self) -> Vec<Vec<&Line<'_>>> {
        if self.branches.is_empty() {
            return vec![self.lines.iter().collect()];
        }
        self.branches.iter().map(|b| self.lines.iter().chain(b).collect()).collect()
    }

    fn all_lines(&self) -> impl Iterator<Item = &Line<'_>> {
        self.lines.iter().chain(self.branches.iter().flatten())
    }
}

/// A text as the page shows it in `lang`.
fn reading(cat: &Catalogue, text: &Text, lang: Lang) -> String {
    plain(text.get(lang), |id| cat.title_of(id).map(|t| t.get(lang)))
}

/// The sentences of a text: each ends at `.`, `?` or `!` followed by a space or the end (a
/// closing quote or bracket may come between). `Rp 100.000` and `...,` do not end one.
fn sentences(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (n, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut k = n + 1;
        while chars.get(k).is_some_and(|&(_, c)| matches!(c, '"' | '”' | '\'' | ')' | '’')) {
            k += 1;
        }
        if chars.get(k).is_none_or(|&(_, c)| c.is_whitespace()) {
            let end = chars.get(k).map_or(text.len(), |&(j, _)| j);
            let sentence = text[start..end].trim();
            if sentence.chars().any(char::is_alphanumeric) {
                out.push(sentence);
            }
            start = end;
        }
    }
    let rest = text[start..].trim();
    if rest.chars().any(char::is_alphanumeric) {
        out.push(rest);
    }
    out
}

/// Words as a reader counts them: a phone number or a run of figures is one word, and a dash
/// or a lone mark is none.
fn word_count(sentence: &str) -> usize {
    let mut count = 0;
    let mut in_number = false;
    for token in sentence.split_whitespace() {
        if !token.chars().any(char::is_alphanumeric) {
            continue;
        }
        let number = token.chars().all(|c| c.is_ascii_digit() || "+-–.,:;()".contains(c));
        if !(number && in_number) {
            count += 1;
        }
        in_number = number;
    }
    count
}

const MAX_WORDS: usize = 25;

/// No Indonesian sentence is longer than 25 words (issue #24: plain words for a migrant worker
/// reading on a cheap phone).
#[test]
fn indonesian_sentences_have_at_most_25_words() {
    let cat = catalogue();
    let mut found = Vec::new();
    let mut counted = 0;
    for page in pages(&cat) {
        for l in page.all_lines() {
            for s in sentences(&reading(&cat, l.text, Lang::Id)) {
                counted += 1;
                let n = word_count(s);
                if n > MAX_WORDS {
                    found.push(format!("  {} ({n} words): {s}", page.at(&l.field, Lang::Id)));
                }
            }
        }
    }
    assert!(found.is_empty(), "Indonesian sentences over {MAX_WORDS} words:\n{}", found.join("\n"));
    assert!(counted > 1000, "only {counted} sentences: is the splitter still reading the data?");
}

/// Every abbreviation Pelita may use, and what counts as its explanation in each language: the
/// text where a page first uses it contains each phrase (`a|b`: either). One table, so a new
/// abbreviation has to be added here with its explanation, or the test names it.
const GLOSSARY: &[(&str, &[&str], &[&str])] = &[
    ("KBRI", &["kedutaan"], &["embassy"]),
    ("SPLP", &["pengganti paspor|laksana paspor"], &["travel document|replaces the passport"]),
    ("KP2MI", &["pekerja migran", "dulu bp2mi"], &["migrant", "formerly bp2mi"]),
    ("BP2MI", &["kp2mi"], &["kp2mi"]),
    ("LPSK", &["perlindungan saksi dan korban"], &["witness and victim protection"]),
    ("IOM", &["migrasi"], &["migration"]),
    ("TPPO", &["perdagangan orang"], &["trafficking"]),
    ("PP", &["peraturan pemerintah"], &["government regulation"]),
    ("LSCW", &["perempuan", "anak"], &["women", "child"]),
    ("LICADHO", &["hak asasi manusia"], &["human"]),
    ("HAM", &["hak asasi manusia"], &["human"]),
    ("Komnas", &["komisi nasional"], &["commission"]),
    ("Kemlu", &["kementerian luar negeri"], &["foreign ministry"]),
    ("Kemenlu", &["kementerian luar negeri"], &["foreign ministry"]),
    ("Kemnaker", &["kementerian ketenagakerjaan"], &["labour ministry"]),
    ("Dubes", &["duta besar"], &["ambassador"]),
    ("Polri", &["polisi"], &["police"]),
    ("AFP", &["kantor berita"], &["news agency"]),
    ("WNI", &[], &["citizen"]),
    ("KTP", &[], &["id card"]),
    ("KK", &[], &["family card"]),
    ("SIM", &[], &["driving licence"]),
    ("HP", &[], &["phone"]),
];

/// Abbreviations every reader knows, with why they need no explanation: in Indonesian, the
/// words of every Indonesian's own papers and phone; in both, the currency sign and text
/// messages; in English, "ID card".
const KNOWN: &[(&str, Lang, &str)] = &[
    ("WNI", Lang::Id, "on every Indonesian's papers, and in the hotline's own name"),
    ("KTP", Lang::Id, "the Indonesian identity card (also e-KTP)"),
    ("KK", Lang::Id, "the Indonesian family card"),
    ("SIM", Lang::Id, "the Indonesian driving licence"),
    ("HP", Lang::Id, "the everyday word for a mobile phone"),
    ("SMS", Lang::Id, "text messages"),
    ("SMS", Lang::En, "text messages"),
    ("US", Lang::Id, "only in US$"),
    ("US", Lang::En, "only in US$"),
    ("ID", Lang::En, "only in 'ID card'"),
];

/// Names written as their owners write them, read as names: the embassy's portal and its
/// hotline.
const NAMES: [&str; 2] = ["Peduli WNI", "Pelindungan WNI"];

/// The words of a text that look like abbreviations: two or more letters, all capitals (digits
/// allowed: KP2MI; a plural `s` is dropped: SPLPs), or a name from the glossary written as it is
/// (Kemlu, Polri).
fn abbreviations(text: &str) -> Vec<String> {
    let mut text = text.to_string();
    for name in NAMES {
        text = text.replace(name, " ");
    }
    let mut out = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let word = match word.strip_suffix('s') {
            Some(stem) if stem.chars().filter(|c| c.is_alphabetic()).count() >= 2 && stem.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) => stem,
            _ => word,
        };
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        let capitals = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        let named = GLOSSARY.iter().any(|(a, _, _)| *a == word);
        if (capitals || named) && !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
    }
    out
}

fn explained(text: &str, phrases: &[&str]) -> bool {
    let lower = text.to_lowercase();
    phrases.iter().all(|p| p.split('|').any(|alt| lower.contains(alt)))
}

/// Every abbreviation is explained where a page first uses it, in the page's reading order
/// (title, summary, answer, steps, bring, say, notes; a checklist's items, then each verdict);
/// a mention reads as its entry's title, which counts as text.
#[test]
fn every_abbreviation_is_explained_where_a_page_first_uses_it() {
    let cat = catalogue();
    let mut found = Vec::new();
    for page in pages(&cat) {
        for lang in [Lang::Id, Lang::En] {
            for reading_order in page.readings() {
                let mut seen: Vec<String> = Vec::new();
                for l in reading_order {
                    let text = reading(&cat, l.text, lang);
                    for abbr in abbreviations(&text) {
                        if seen.contains(&abbr) {
                            continue;
                        }
                        seen.push(abbr.clone());
                        if KNOWN.iter().any(|(a, l, _)| *a == abbr && *l == lang) {
                            continue;
                        }
                        let Some((_, id, en)) = GLOSSARY.iter().find(|(a, _, _)| *a == abbr) else {
                            found.push(format!("  {}: '{abbr}' is not in the glossary: {text}", page.at(&l.field, lang)));
                            continue;
                        };
                        let phrases = if lang == Lang::Id { id } else { en };
                        if phrases.is_empty() || !explained(&text, phrases) {
                            let want = if phrases.is_empty() { "(not to be used)".to_string() } else { phrases.join(" + ") };
                            let line = format!("  {}: first '{abbr}' on the page, not explained ({want}): {text}", page.at(&l.field, lang));
                            if !found.contains(&line) {
                                found.push(line);
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "abbreviations not explained at first use:\n{}", found.join("\n"));
}

/// A sentence that reports a rumour or a hoax never opens its text: the truth comes first
/// ("Tiket dibeli sendiri. Kabar bahwa negara membelikan tiket tidak benar.", FACTS §0b).
#[test]
fn the_truth_comes_before_the_rumour_it_answers() {
    let cat = catalogue();
    let rumour = |s: &str, lang: Lang| {
        let s = s.to_lowercase();
        let marks: &[&str] = if lang == Lang::Id { &["hoaks", "kabar bahwa", "tidak benar", "isu "] } else { &["rumour", "hoax", "not true", "is false"] };
        marks.iter().any(|m| s.contains(m))
    };
    let mut found = Vec::new();
    let mut rumours = 0;
    for page in pages(&cat) {
        for l in page.all_lines() {
            for lang in [Lang::Id, Lang::En] {
                let text = reading(&cat, l.text, lang);
                let all = sentences(&text);
                rumours += all.iter().filter(|s| rumour(s, lang)).count();
                if all.first().is_some_and(|s| rumour(s, lang)) {
                    found.push(format!("  {}: {text}", page.at(&l.field, lang)));
                }
            }
        }
    }
    assert!(found.is_empty(), "a rumour is told before the truth:\n{}", found.join("\n"));
    assert!(rumours >= 6, "only {rumours} rumours found: is the check still reading them?");
}

/// A fact Pelita did not find comes with what to do instead ("Tanyakan jam buka lewat
/// WhatsApp"), never a bare "tidak ditemukan di sumber publik" (issue #24).
#[test]
fn a_missing_fact_comes_with_what_to_do_instead() {
    let cat = catalogue();
    let missing_id = ["tidak ditemukan", "tidak menemukan", "tidak dijelaskan", "tidak tahu"];
    let missing_en = ["not found", "found no", "found nothing", "did not find", "no source explains", "does not know"];
    let act_id = ["tanyakan", "tanya", "bertanya", "pakai", "hubungi", "kirim", "cek ", "kembali"];
    let act_en = ["ask", "use", "contact", "send", "check", "message"];
    let mut found = Vec::new();
    let mut missing = 0;
    for page in pages(&cat) {
        for l in page.all_lines() {
            for (lang, miss, act) in [(Lang::Id, &missing_id[..], &act_id[..]), (Lang::En, &missing_en[..], &act_en[..])] {
                let text = reading(&cat, l.text, lang).to_lowercase();
                if text.contains("ditemukan di sumber publik") || text.contains("not found in public sources") || text.contains("not found in any public source") {
                    found.push(format!("  {}: the old wording: {text}", page.at(&l.field, lang)));
                }
                if miss.iter().any(|m| text.contains(m)) {
                    missing += 1;
                    if !act.iter().any(|a| text.contains(a)) {
                        found.push(format!("  {}: says what was not found, not what to do: {text}", page.at(&l.field, lang)));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "a missing fact without what to do instead:\n{}", found.join("\n"));
    assert!(missing >= 10, "only {missing} texts about missing facts");
}

/// Entries and pages are linked with a mention, never named in plain words ("Lihat panduan Di
/// KBRI") or by path ("(/kontak/verifikasi)").
#[test]
fn entries_are_linked_not_named() {
    let cat = catalogue();
    let mut found = Vec::new();
    for page in pages(&cat) {
        for l in page.all_lines() {
            for lang in [Lang::Id, Lang::En] {
                let words: String = parts(l.text.get(lang))
                    .filter_map(|p| match p {
                        Part::Text(w) | Part::Broken(w) => Some(w.to_lowercase()),
                        Part::Mention { .. } => None,
                    })
                    .collect();
                let named = words.contains("lihat panduan")
                    || words.contains("baca panduan")
                    || (words.contains("see the") && words.contains("guide"))
                    || (words.contains("read the") && words.contains("guide"))
                    || words.contains("daftar 'cek")
                    || words.contains("daftar 'tanda")
                    || words.contains("halaman langkah pulang")
                    || words.contains("(/");
                if named {
                    found.push(format!("  {}: {}", page.at(&l.field, lang), l.text.get(lang)));
                }
            }
        }
    }
    assert!(found.is_empty(), "an entry named in plain words instead of a mention:\n{}", found.join("\n"));
}

/// The English texts name the buttons as the English page labels them, and the Indonesian
/// texts as the Indonesian page does (`ui_text`).
#[test]
fn each_language_names_the_buttons_it_shows() {
    use pelita::ui_text::{ERASE_ALL, LISTEN, QUICK_EXIT};
    let cat = catalogue();
    let mut named = 0;
    for page in pages(&cat) {
        for l in page.all_lines() {
            for button in [QUICK_EXIT, ERASE_ALL, LISTEN] {
                let (id, en) = (reading(&cat, l.text, Lang::Id), reading(&cat, l.text, Lang::En));
                let quoted = |text: &str, label: &str| text.contains(&format!("“{label}”"));
                assert!(!en.contains(button.ind), "{}: the English text names the Indonesian button '{}': {en}", page.at(&l.field, Lang::En), button.ind);
                if quoted(&id, button.ind) {
                    named += 1;
                    assert!(quoted(&en, button.en), "{}: quotes “{}” but not “{}”: {en}", page.at(&l.field, Lang::En), button.ind, button.en);
                }
            }
        }
    }
    assert!(named >= 4, "only {named} texts name a button");
}

/// Every guide opens with its answer: one or two short sentences in each language.
#[test]
fn every_guide_opens_with_a_short_answer() {
    let cat = catalogue();
    for g in &cat.guides {
        for lang in [Lang::Id, Lang::En] {
            let answer = reading(&cat, &g.answer, lang);
            let n = sentences(&answer).len();
            assert!((1..=2).contains(&n), "guides.json: entry '{}', field 'answer.{}': {n} sentences, want one or two: {answer}", g.id, lang.code());
        }
    }
}

/// The months, by name in each language.
const MONTHS: [(&str, &str); 12] = [
    ("januari", "january"),
    ("februari", "february"),
    ("maret", "march"),
    ("april", "april"),
    ("mei", "may"),
    ("juni", "june"),
    ("juli", "july"),
    ("agustus", "august"),
    ("september", "september"),
    ("oktober", "october"),
    ("november", "november"),
    ("desember", "december"),
];

/// Words whose meaning must survive translation, both ways: (Indonesian, English), each `a|b`
/// for either. The review found "Sejak" read as "From", and "terlanjur" lost in English.
const FLAGS: &[(&str, &str)] = &[
    ("kalau aman|setelah aman|kalau tidak aman", "if it is safe|once you are safe|if it is not safe|unless it is safe"),
    ("terverifikasi", "verified"),
    ("sejak", "since"),
    ("tidak ditemukan|tidak menemukan", "not found|found no|found nothing|did not find"),
    ("apa yang berlaku sekarang", "what applies now"),
    ("pelita menyarankan|saran pelita", "pelita advises|pelita's advice|pelita suggests|pelita's own advice"),
    ("whatsapp", "whatsapp"),
    ("hoaks|tidak benar", "false|not true|hoax"),
    ("pertengahan", "mid-"),
];

/// Words whose meaning must reach the English text (one way: English has other ways to say
/// "not").
const ONE_WAY: &[(&str, &str)] = &[
    ("jangan", "do not|don't|never|not "),
    ("gratis", "free"),
    ("mungkin", "may |may,|might|maybe|possibly"),
    ("terlanjur|telanjur", "ended up|already"),
];

/// `month` as the month of a date in `lower`: followed by a year, or by a second month and a
/// year ("januari–februari 2026"), so that the English modal "may" is not the month.
fn dated_month(lower: &str, month: &str) -> bool {
    lower.match_indices(month).any(|(i, _)| {
        let boundary = lower[..i].chars().next_back().is_none_or(|c| !c.is_alphabetic());
        let mut rest = &lower[i + month.len()..];
        if let Some(after_dash) = rest.strip_prefix('–') {
            rest = after_dash.trim_start_matches(char::is_alphabetic);
        }
        boundary && rest.starts_with(" 20")
    })
}

/// What a text says that must not change between languages: its figures (`100.000` and
/// `100,000` are one number), its months, its mentions (where they lead) and its flags.
fn meaning(text: &Text, lang: Lang) -> (Vec<String>, Vec<&'static str>, Vec<String>, Vec<usize>) {
    let raw = text.get(lang);
    let mut words = String::new();
    let mut targets = Vec::new();
    for part in parts(raw) {
        match part {
            Part::Text(w) | Part::Broken(w) => words.push_str(w),
            Part::Mention { target, .. } => {
                targets.push(format!("{target:?}"));
                words.push(' ');
            }
        }
    }
    // Figures, with thousands separators of either language removed.
    let b = words.as_bytes();
    let mut figures = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut figure = String::new();
        while i < b.len() {
            if b[i].is_ascii_digit() {
                figure.push(b[i] as char);
                i += 1;
            } else if matches!(b[i], b'.' | b',') && b.get(i + 1).is_some_and(u8::is_ascii_digit) && b.get(i + 3).is_some_and(u8::is_ascii_digit) && !b.get(i + 4).is_some_and(u8::is_ascii_digit) {
                i += 1;
            } else {
                break;
            }
        }
        figures.push(figure);
    }
    figures.sort();
    targets.sort();
    let lower = words.to_lowercase();
    let months = MONTHS.iter().filter(|(id, en)| dated_month(&lower, if lang == Lang::Id { id } else { en })).map(|(id, _)| *id).collect();
    let flags = FLAGS
        .iter()
        .enumerate()
        .filter(|(_, (id, en))| {
            let alts = if lang == Lang::Id { id } else { en };
            alts.split('|').any(|a| lower.contains(a))
        })
        .map(|(i, _)| i)
        .collect();
    (figures, months, targets, flags)
}

/// Each Indonesian text and its English text say the same thing: the same figures, months,
/// mentions and flags (issue #24; a person reading either acts the same way).
#[test]
fn each_english_text_says_what_its_indonesian_text_says() {
    let cat = catalogue();
    let mut found = Vec::new();
    let mut pairs = 0;
    for page in pages(&cat) {
        for l in page.all_lines() {
            pairs += 1;
            let (id, en) = (meaning(l.text, Lang::Id), meaning(l.text, Lang::En));
            let at = format!("{}: entry '{}', field '{}'", page.file, page.entry, l.field);
            if id.0 != en.0 {
                found.push(format!("  {at}: figures {:?} / {:?}", id.0, en.0));
            }
            if id.1 != en.1 {
                found.push(format!("  {at}: months {:?} / {:?}", id.1, en.1));
            }
            if id.2 != en.2 {
                found.push(format!("  {at}: mentions {:?} / {:?}", id.2, en.2));
            }
            if id.3 != en.3 {
                let names = |v: &[usize]| v.iter().map(|&i| FLAGS[i].0).collect::<Vec<_>>();
                found.push(format!("  {at}: flags {:?} / {:?}\n      {}\n      {}", names(&id.3), names(&en.3), l.text.ind, l.text.en));
            }
            let (id_lower, en_lower) = (l.text.ind.to_lowercase(), l.text.en.to_lowercase());
            for (word, english) in ONE_WAY {
                if word.split('|').any(|w| id_lower.contains(w)) && !english.split('|').any(|e| en_lower.contains(e)) {
                    found.push(format!("  {at}: '{word}' is lost in English: {}", l.text.en));
                }
            }
        }
    }
    assert!(found.is_empty(), "Indonesian and English say different things:\n{}", found.join("\n"));
    assert!(pairs > 500, "only {pairs} text pairs compared");
}

#[test]
fn the_reading_helpers_read_as_a_person_does() {
    assert_eq!(
        sentences("Kirim WhatsApp ke +855 12 813 282. Biaya Rp 100.000 (PP 45/2024)? Ya! \"Saya WNI.\" Lalu..."),
        ["Kirim WhatsApp ke +855 12 813 282.", "Biaya Rp 100.000 (PP 45/2024)?", "Ya!", "\"Saya WNI.\"", "Lalu..."]
    );
    assert_eq!(word_count("Kirim WhatsApp ke +855 12 813 282 – sekarang."), 5);
    assert_eq!(abbreviations("KBRI (Kedutaan) dan KP2MI, e-KTP, Kemlu, US$10, SPLPs, Peduli WNI, Pelita"), ["KBRI", "KP2MI", "KTP", "Kemlu", "US", "SPLP"]);
    assert!(dated_month("pada januari–februari 2026", "januari") && dated_month("since 5 may 2025", "may") && !dated_month("you may leave", "may"));
    let t = Text { ind: "Rp 100.000 pada 22 Januari 2026, [[117]]. Jangan bayar.".into(), en: "Rp 100,000 on 22 January 2026, [[117]]. Do not pay.".into() };
    assert_eq!(meaning(&t, Lang::Id), meaning(&t, Lang::En));
}
