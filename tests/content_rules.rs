//! The rules the bundled content must keep because real people act on it. The app's own
//! validation (`content::validate`: shape, languages, article sources, references, mentions)
//! runs on every load; these are the fact-sheet rules on top (`../shared/facts/FACTS.md`,
//! third edition): the required entries exist, sources are dated, no phone number appears
//! that the fact sheet does not hold, each mistake of the first edition (FACTS §0) stays fixed,
//! and so does each change of the third (FACTS §0b): then not now, WhatsApp first, safety
//! first, precise claims, checklists that never under-warn. The plain-language rules (short
//! sentences, abbreviations, both languages saying the same) are in `content_language.rs`.

mod common;

use std::collections::BTreeSet;

use common::{catalogue, raw_json_files};
use pelita::content::mention::{parts, plain, Page, Part, Target};
use pelita::content::{load, phone, Catalogue, ChannelKind, Counting, DataFiles, Level, Point, Problem, Source, Text};
use serde_json::Value;

const CONTACT_IDS: [&str; 10] = [
    "kbri-phnom-penh",
    "polisi-kamboja-117",
    "kp2mi",
    "kemlu-pwni",
    "peduli-wni",
    "licadho",
    "lscw",
    "komnas-ham",
    "polisi-indonesia-110",
    "lpsk",
];

const GUIDE_IDS: [&str; 23] = [
    "lowongan-kerja-palsu",
    "paspor-ditahan",
    "keluar-dari-sindikat",
    "tanpa-paspor-splp",
    "pulang-ke-indonesia",
    "lapor-diri",
    "izin-kerja-dan-visa",
    "gaji-dan-utang",
    "ditangkap-atau-ditahan",
    "penipuan-atas-nama-kbri",
    "tanda-perdagangan-orang",
    "bantuan-hukum",
    "sebelum-berangkat",
    "untuk-keluarga",
    // Second edition (FACTS §7–§11): where most people who come to the embassy are now.
    "setelah-keluar",
    "di-kbri",
    "tiba-di-indonesia",
    "razia-dan-deportasi",
    "terlanjur-ikut-menipu",
    "sakit-atau-terluka",
    "penipuan-jemput-pulang",
    "perbatasan-thailand",
    "hp-diawasi",
];

const CHECKLIST_IDS: [&str; 3] = ["cek-tawaran-kerja", "cek-kerja-paksa", "siap-darurat"];

const EMBASSY: &str = "kbri-phnom-penh";

/// The digits of every phone number on the fact sheet that may be shown (H or M). Short codes
/// (117, 110) are shorter than the scan below looks at.
const FACT_SHEET_NUMBERS: [&str; 6] = [
    "85512813282",   // KBRI citizen protection hotline, +855 12 813 282
    "85561844661",   // KBRI consular hotline, +855 61 844 661
    "08001000",      // KP2MI call centre inside Indonesia, 0800-1000
    "622129244800",  // KP2MI call centre from abroad, +62 21 2924 4800
    "628118080141",  // KP2MI WhatsApp complaints, +62 811 8080 141
    "6281290070027", // Kemlu hotline, +62 812 9007 0027
];

/// The number an unofficial list gives for the embassy; it contradicts the official hotline.
/// Its national part, as it would appear after +855 or after a leading 0.
const WRONG_EMBASSY_NATIONAL: &str = "12810005";

fn ids<'a>(list: impl Iterator<Item = &'a String>) -> BTreeSet<&'a str> {
    list.map(String::as_str).collect()
}

#[test]
fn exactly_the_required_entries_exist() {
    let cat = catalogue();
    assert_eq!(ids(cat.contacts.iter().map(|c| &c.id)), BTreeSet::from(CONTACT_IDS));
    assert_eq!(ids(cat.guides.iter().map(|g| &g.id)), BTreeSet::from(GUIDE_IDS));
    assert_eq!(ids(cat.checklists.iter().map(|c| &c.id)), BTreeSet::from(CHECKLIST_IDS));
    assert_eq!(cat.contacts[0].id, EMBASSY, "the embassy is the first contact");
    assert!(cat.about.is_some(), "about.json is loaded");
    assert!(cat.way_home.as_ref().is_some_and(|w| w.steps.len() >= 7), "way-home.json has the steps of FACTS §8");
}

/// The app's own loading (`content::load`: decode, then `content::validate`) accepts every
/// file under `public/data/`, read here from the raw files rather than through
/// `common::catalogue()`; nothing is re-checked here that it checks. And it looks at each of
/// them: a copy of each file, broken in a way only validation catches (the JSON still
/// decodes), is refused with a problem named in that file. A new data file needs its line in
/// `BROKEN`.
#[test]
fn the_app_accepts_every_file() {
    // (file, where in it, a value that decodes but is wrong, what the app says of it)
    const BROKEN: [(&str, &str, &str, &str); 7] = [
        ("contacts.json", "/contacts/0/verified", r#""kemarin""#, "is not a date YYYY-MM-DD or a month YYYY-MM"),
        ("guides.json", "/guides/0/answer/en", r#"" ""#, "text is empty"),
        ("checklists.json", "/checklists/0/verdicts/0/min", "1", "the first verdict must start at 0"),
        ("about.json", "/edition", r#""segera""#, "is not a date YYYY-MM-DD"),
        ("synonyms.json", "/synonyms/0", r#"["satu"]"#, "a synonym group needs two or more non-empty words"),
        ("way-home.json", "/steps/0/guide", r#""tidak-ada""#, "is not a known guide"),
        ("lexicon.json", "/lists/0/means/0", r#""Mulih pulang""#, "is not a word and its meaning"),
    ];

    /// Every raw file as the app receives it, with `broken` in place of its file.
    fn files_with(raw: &[(String, Value)], broken: Option<(&str, &Value)>) -> DataFiles {
        let mut files = DataFiles::default();
        for (name, value) in raw {
            let value = match broken {
                Some((file, broken)) if file == name.as_str() => broken.clone(),
                _ => value.clone(),
            };
            assert!(files.insert(name, Ok(value)), "{name} is in public/data but the app never loads it");
        }
        files
    }

    fn listed(problems: &[Problem]) -> String {
        problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    }

    let raw: Vec<(String, Value)> = raw_json_files()
        .into_iter()
        .map(|(name, text)| {
            let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: not valid JSON: {e}"));
            (name, value)
        })
        .collect();

    if let Err(problems) = load(&files_with(&raw, None)) {
        panic!("public/data has {} problem(s):\n{}", problems.len(), listed(&problems));
    }

    let names: BTreeSet<&str> = raw.iter().map(|(name, _)| name.as_str()).collect();
    let covered: BTreeSet<&str> = BROKEN.iter().map(|(file, ..)| *file).collect();
    assert_eq!(names, covered, "each data file has a broken copy in BROKEN");
    for (file, pointer, bad, says) in BROKEN {
        let mut value = raw.iter().find(|(name, _)| name.as_str() == file).map(|(_, value)| value.clone()).expect("a raw file");
        let at = value.pointer_mut(pointer).unwrap_or_else(|| panic!("{file}: nothing at {pointer}: update this test"));
        *at = serde_json::from_str(bad).expect("JSON");
        let Err(problems) = load(&files_with(&raw, Some((file, &value)))) else {
            panic!("{file} with {pointer} = {bad} is accepted");
        };
        assert!(
            problems.iter().any(|p| p.file == file && p.message.contains(says)),
            "{file} with {pointer} = {bad}: expected a problem in {file} saying '{says}', got:\n{}",
            listed(&problems)
        );
    }
}

/// The dates a source title states, each at its own precision: `2025-12-08`, or `2025-03` for
/// a source dated only by its month (never made into a day).
fn title_dates(source: &Source) -> Vec<String> {
    let b = source.title.as_bytes();
    let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
    let mut dates = Vec::new();
    for i in 0..b.len() {
        let boundary_before = i == 0 || !b[i - 1].is_ascii_digit();
        let year_month = boundary_before
            && (i..i + 4).all(digit)
            && b.get(i + 4) == Some(&b'-')
            && digit(i + 5)
            && digit(i + 6)
            && !digit(i + 7);
        if !year_month || !source.title[i..i + 2].starts_with("20") {
            continue;
        }
        let has_day = b.get(i + 7) == Some(&b'-') && digit(i + 8) && digit(i + 9) && !digit(i + 10);
        dates.push(source.title[i..if has_day { i + 10 } else { i + 7 }].to_string());
    }
    dates
}

/// `a` is later than `b`, compared at the coarser of their two precisions: `2026-02` is not
/// later than `2026-02-27`, nor the other way round.
fn later(a: &str, b: &str) -> bool {
    let n = a.len().min(b.len());
    a[..n] > b[..n]
}

/// Every source a person can check states its date, and `verified` is exactly a date a cited
/// source carries, at that source's precision, with no cited source later: the date of the
/// newest source, never a date anyone "checked" it, never a day made up for a month (FACTS,
/// "Dates"; FACTS §0b).
fn assert_dated(what: &str, sources: &[Source], verified: &str) {
    let mut carried = Vec::new();
    for source in sources {
        let dates = title_dates(source);
        assert!(!dates.is_empty(), "{what}: source '{}' does not state its date (site, YYYY-MM-DD)", source.title);
        carried.extend(dates);
    }
    assert!(
        carried.iter().any(|d| d == verified),
        "{what}: 'verified' is '{verified}', a date no cited source carries (they carry {carried:?})"
    );
    if let Some(newer) = carried.iter().find(|d| later(d, verified)) {
        panic!("{what}: 'verified' is '{verified}' but a cited source is dated {newer}");
    }
}

#[test]
fn every_source_states_its_date_and_verified_is_the_newest() {
    let cat = catalogue();
    for c in &cat.contacts {
        assert_dated(&format!("contact {}", c.id), &c.sources, &c.verified);
    }
    for g in &cat.guides {
        assert_dated(&format!("guide {}", g.id), &g.sources, &g.verified);
    }
    for c in &cat.checklists {
        assert_dated(&format!("checklist {}", c.id), &c.sources, &c.verified);
    }
    let about = cat.about.as_ref().expect("about.json");
    assert_dated("about", &about.sources, &about.verified);
    for fact in about.sections.iter().flat_map(|s| &s.facts) {
        for source in &fact.sources {
            assert!(!title_dates(source).is_empty(), "about: source '{}' does not state its date", source.title);
        }
    }
    let way_home = cat.way_home.as_ref().expect("way-home.json");
    assert_dated("way home", &way_home.sources, &way_home.verified);
}

/// The content's edition is the fact sheet's: the date the content was last reviewed as a
/// whole, which the about page shows and the stale-content notice counts from.
#[test]
fn the_edition_is_the_fact_sheet_edition() {
    let about = catalogue().about.expect("about.json");
    assert_eq!(about.edition, "2026-12-07");
    assert!(about.verified <= about.edition, "an edition cannot be older than its sources");
}

/// Any `{"id": …, "en": …}` object anywhere in the raw files has both languages filled in,
/// including fields the typed checks do not name.
#[test]
fn every_text_pair_in_the_raw_files_has_both_languages() {
    fn walk(file: &str, v: &Value) {
        match v {
            Value::Object(map) => {
                if map.get("id").is_some_and(Value::is_string) && map.get("en").is_some_and(Value::is_string) {
                    for lang in ["id", "en"] {
                        let text = map[lang].as_str().unwrap_or("");
                        assert!(!text.trim().is_empty(), "{file}: empty '{lang}' text in {v}");
                    }
                }
                map.values().for_each(|x| walk(file, x));
            }
            Value::Array(items) => items.iter().for_each(|x| walk(file, x)),
            _ => {}
        }
    }
    for (name, text) in raw_json_files() {
        let value: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        walk(&name, &value);
    }
}

/// Every string a person reads in a raw file: everything but addresses (an article's number
/// in its URL is not a phone number).
fn readable_strings(file: &str, text: &str) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) if !s.starts_with("https://") => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|x| walk(x, out)),
            Value::Object(map) => map.values().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut out = Vec::new();
    walk(&value, &mut out);
    out
}

/// Runs of digits that look like phone numbers: digits joined by single spaces or dashes,
/// optionally after a `+`. Returns (raw text, digits, had a plus).
fn number_like_runs(text: &str) -> Vec<(String, String, bool)> {
    let b = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let plus = b[i] == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        let starts = plus || (b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()));
        if !starts {
            i += 1;
            continue;
        }
        let start = i;
        if plus {
            i += 1;
        }
        let mut digits = String::new();
        while i < b.len() {
            if b[i].is_ascii_digit() {
                digits.push(b[i] as char);
                i += 1;
            } else if (b[i] == b' ' || b[i] == b'-') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
            } else {
                break;
            }
        }
        runs.push((text[start..i].to_string(), digits, plus));
    }
    runs
}

/// `2025-12-08` or `2025-12`: a date, not a phone number.
fn is_date(raw: &str) -> bool {
    let parts: Vec<&str> = raw.split('-').collect();
    let lens: Vec<usize> = parts.iter().map(|p| p.len()).collect();
    raw.starts_with("20") && (lens == [4, 2, 2] || lens == [4, 2])
}

#[test]
fn every_phone_number_in_the_data_is_on_the_fact_sheet() {
    let mut checked = 0;
    for (name, text) in raw_json_files() {
        for string in readable_strings(&name, &text) {
            for (raw, digits, plus) in number_like_runs(&string) {
                if !plus && (digits.len() < 7 || is_date(&raw)) {
                    continue;
                }
                checked += 1;
                assert!(
                    FACT_SHEET_NUMBERS.contains(&digits.as_str()),
                    "{name}: '{raw}' looks like a phone number that is not on the fact sheet, in: {string}"
                );
            }
        }
    }
    assert!(checked >= 6, "the scan found only {checked} numbers: is it still reading the data?");
}

#[test]
fn every_phone_channel_is_on_the_fact_sheet() {
    let cat = catalogue();
    for c in &cat.contacts {
        for ch in &c.channels {
            if !matches!(ch.kind, ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Sms) {
                continue;
            }
            let ok = match &ch.scope {
                Some(scope) => matches!((scope.as_str(), ch.value.as_str()), ("KH", "117") | ("ID", "0800-1000") | ("ID", "110")),
                None => phone::international(&ch.value).is_some_and(|n| FACT_SHEET_NUMBERS.contains(&&n[1..])),
            };
            assert!(ok, "contact {}: '{}' ({:?}) is not on the fact sheet", c.id, ch.value, ch.scope);
        }
    }
}

#[test]
fn the_wrong_embassy_number_appears_nowhere() {
    let wrong_full = format!("855{WRONG_EMBASSY_NATIONAL}");
    let wrong_local = format!("0{WRONG_EMBASSY_NATIONAL}");
    for (name, text) in raw_json_files() {
        for (raw, digits, _) in number_like_runs(&text) {
            assert!(
                digits != wrong_full && digits != wrong_local && !digits.ends_with(WRONG_EMBASSY_NATIONAL),
                "{name}: the known-wrong embassy number appears as '{raw}'"
            );
        }
        // Also across any separators people use: +855 (0)12 810-005, 012.810.005 …
        let squeezed: String = text.chars().filter(|c| !" -.()+/".contains(*c)).collect();
        assert!(!squeezed.contains(WRONG_EMBASSY_NATIONAL), "{name}: the known-wrong embassy number appears");
    }
}

/// Facts the sheet rates L are never shown: the embassy's landline, fax, e-mail, street
/// number and sub-path, the ambulance and fire numbers.
#[test]
fn low_confidence_facts_are_left_out() {
    let forbidden = [
        "23217934",
        "23216148",
        "23217566",
        "phnompenh.kbri@",
        "kemlu.go.id/phnompenh",
        "street 268",
        "street 466",
        "street 400",
        "no. 33 ",
        "suramarit",
    ];
    let short_codes = ["119", "118", "666"];
    for (name, text) in raw_json_files() {
        let lower = text.to_lowercase();
        let squeezed: String = lower.chars().filter(|c| !" -.()".contains(*c)).collect();
        for f in forbidden {
            let hit = lower.contains(f) || (f.bytes().all(|b| b.is_ascii_digit()) && squeezed.contains(f));
            assert!(!hit, "{name}: contains the low-confidence fact '{f}'");
        }
        for string in readable_strings(&name, &text) {
            for (raw, digits, _) in number_like_runs(&string) {
                assert!(!short_codes.contains(&digits.as_str()), "{name}: shows the unconfirmed number '{raw}'");
            }
        }
    }
}

/// Pages for someone who has not left Indonesia yet lead with the contacts that work there
/// (FACTS §3): KP2MI, then the police on 110. Everywhere else the embassy comes first.
const BEFORE_LEAVING: [&str; 2] = ["sebelum-berangkat", "lowongan-kerja-palsu"];
const IN_INDONESIA_FIRST: [&str; 2] = ["kp2mi", "polisi-indonesia-110"];

#[test]
fn every_guide_has_steps_keywords_and_the_embassy_first() {
    let cat = catalogue();
    for g in &cat.guides {
        assert!((3..=7).contains(&g.steps.len()), "guide {}: {} steps, want 3–7", g.id, g.steps.len());
        assert!((8..=20).contains(&g.keywords.len()), "guide {}: {} keywords, want 8–20", g.id, g.keywords.len());
        assert!(!g.contacts.is_empty(), "guide {}: no contact", g.id);
        if BEFORE_LEAVING.contains(&g.id.as_str()) {
            assert_eq!(g.contacts[..2], IN_INDONESIA_FIRST, "guides.json: entry '{}', field 'contacts': KP2MI and police 110 lead before departure", g.id);
            assert!(g.contacts.iter().any(|c| c == EMBASSY), "guides.json: entry '{}', field 'contacts': the embassy follows", g.id);
        } else {
            assert_eq!(g.contacts[0], EMBASSY, "guides.json: entry '{}', field 'contacts': the embassy comes first", g.id);
        }
        assert!(!g.related.is_empty(), "guide {}: no related entries", g.id);
        assert!(!g.related.contains(&g.id), "guide {}: relates to itself", g.id);
    }
    // The second edition's guides give everything a person needs in their situation.
    for id in &GUIDE_IDS[14..] {
        let g = cat.guide(id).expect("new guide");
        assert!(!g.bring.is_empty() || *id == "hp-diawasi", "guide {id}: nothing to bring");
        assert!(!g.say.is_empty(), "guide {id}: nothing to say");
        assert!(!g.notes.is_empty(), "guide {id}: no notes");
    }
}

#[test]
fn every_checklist_verdict_list_starts_at_zero_and_guides_onward() {
    let cat = catalogue();
    for c in &cat.checklists {
        assert_eq!(c.verdicts.first().map(|v| v.min), Some(0), "checklist {}: verdicts start at 0", c.id);
        for v in &c.verdicts {
            assert!(!v.steps.is_empty(), "checklist {} verdict {}: no steps", c.id, v.min);
            // The page's big button is the first channel of the verdict's first contact: it
            // must work where the reader is (FACTS §3; issue #24).
            if c.id == "cek-tawaran-kerja" {
                assert_eq!(v.contacts[..2], IN_INDONESIA_FIRST, "checklists.json: entry '{}', field 'verdicts[min {}].contacts': the reader is still in Indonesia", c.id, v.min);
            } else {
                assert_eq!(v.contacts.first().map(String::as_str), Some(EMBASSY), "checklists.json: entry '{}', field 'verdicts[min {}].contacts': embassy first", c.id, v.min);
            }
            assert!(!v.guides.is_empty(), "checklist {} verdict {}: no guides", c.id, v.min);
        }
    }
    let expected_counting = |id: &str| if id == "siap-darurat" { Counting::Unticked } else { Counting::Ticked };
    for c in &cat.checklists {
        assert_eq!(c.counting, expected_counting(&c.id), "checklist {}: counting", c.id);
    }
    let offer = cat.checklist("cek-tawaran-kerja").expect("job-offer checklist");
    assert!((8..=10).contains(&offer.items.len()), "cek-tawaran-kerja: the red flags of FACTS §6");
}

/// In the forced-labour checklist, any one of a taken passport or phone, not being allowed to
/// leave, a ransom or debt to leave, being sold on to another compound, or being made to scam
/// gives the most serious verdict on its own; working without a permit is not forced labour and
/// is never the reader's fault.
#[test]
fn the_forced_labour_checklist_weighs_what_is_decisive() {
    let cat = catalogue();
    let forced = cat.checklist("cek-kerja-paksa").expect("forced-labour checklist");
    let decisive: BTreeSet<&str> = forced.items.iter().filter(|i| i.decisive).map(|i| i.id.as_str()).collect();
    assert_eq!(decisive, BTreeSet::from(["paspor-diambil", "hp-diambil", "tidak-boleh-keluar", "utang-tebusan", "dijual", "dipaksa-menipu"]), "checklists.json: entry 'cek-kerja-paksa', field 'items[].decisive'");
    let most_serious = forced.verdicts.last().expect("verdicts");
    assert_eq!(most_serious.level, Level::Danger);
    for item in &forced.items {
        let text = item.text.ind.to_lowercase();
        assert!(!(text.contains("izin kerja") && !item.decisive && text.contains("saya bekerja tanpa")), "{}: reads as the reader's fault", item.id);
    }
    for id in decisive {
        let ticked = BTreeSet::from([id.to_string()]);
        let score = pelita::checklist::score(forced, &ticked).expect("scores");
        assert_eq!(score.verdict.level, Level::Danger, "checklists.json: entry 'cek-kerja-paksa', item '{id}' ticked alone must give the most serious verdict");
    }
}

/// The contacts say what the fact sheet says about how each number works.
#[test]
fn contact_channels_match_the_fact_sheet() {
    let cat: Catalogue = catalogue();
    let has = |id: &str, kind: ChannelKind, value: &str, scope: Option<&str>| {
        cat.contact(id)
            .unwrap_or_else(|| panic!("contact {id}"))
            .channels
            .iter()
            .any(|c| c.kind == kind && c.value == value && c.scope.as_deref() == scope)
    };
    for number in ["+855 12 813 282", "+855 61 844 661"] {
        assert!(has(EMBASSY, ChannelKind::Phone, number, None), "embassy phone {number}");
        assert!(has(EMBASSY, ChannelKind::Whatsapp, number, None), "embassy WhatsApp {number}");
    }
    assert!(has(EMBASSY, ChannelKind::Web, "https://peduliwni.kemlu.go.id", None));
    assert!(has(EMBASSY, ChannelKind::Web, "https://kemlu.go.id", None));
    assert!(has("polisi-kamboja-117", ChannelKind::Phone, "117", Some("KH")));
    assert!(has("polisi-indonesia-110", ChannelKind::Phone, "110", Some("ID")));
    assert!(has("kp2mi", ChannelKind::Phone, "0800-1000", Some("ID")));
    assert!(has("kp2mi", ChannelKind::Phone, "+62 21 2924 4800", None));
    assert!(has("kp2mi", ChannelKind::Whatsapp, "+62 811 8080 141", None));
    assert!(has("kp2mi", ChannelKind::Web, "https://siskop2mi.bp2mi.go.id", None));
    assert!(has("kemlu-pwni", ChannelKind::Phone, "+62 812 9007 0027", None));
    assert!(has("kemlu-pwni", ChannelKind::Email, "pwni.bhi@kemlu.go.id", None));
    assert!(has("peduli-wni", ChannelKind::Web, "https://peduliwni.kemlu.go.id", None));

    // Police: an informed choice, never the default.
    let police = cat.contact("polisi-kamboja-117").expect("police");
    assert!(police.notes.iter().any(|n| n.text.ind.contains("KBRI dulu")), "police notes send people to the embassy first");
    // Organisations and LPSK: no phone channels (none verified, FACTS §4 and §9).
    for id in ["licadho", "lscw", "komnas-ham", "lpsk"] {
        let c = cat.contact(id).expect(id);
        assert!(c.channels.iter().all(|ch| ch.kind == ChannelKind::Web), "{id}: only its website");
    }
}

/// One text a person reads, and where it is.
struct Place {
    file: &'static str,
    entry: String,
    field: String,
    text: Text,
    /// A title or a label: a name rather than a sentence.
    name: bool,
}

impl Place {
    fn at(&self) -> String {
        format!("{}: entry '{}', field '{}'", self.file, self.entry, self.field)
    }
}

/// Every text a person reads, with its file, entry and field.
fn places(cat: &Catalogue) -> Vec<Place> {
    let mut out = Vec::new();
    let mut add = |file: &'static str, entry: &str, field: String, text: &Text, name: bool| {
        out.push(Place { file, entry: entry.to_string(), field, text: text.clone(), name });
    };
    let points = |field: &str, points: &[Point]| -> Vec<(String, Text)> {
        points.iter().enumerate().map(|(i, p)| (format!("{field}[{i}]"), p.text.clone())).collect()
    };
    for c in &cat.contacts {
        add("contacts.json", &c.id, "title".into(), &c.title, true);
        add("contacts.json", &c.id, "summary".into(), &c.summary, false);
        for (i, ch) in c.channels.iter().enumerate() {
            add("contacts.json", &c.id, format!("channels[{i}].label"), &ch.label, true);
            if let Some(note) = &ch.note {
                add("contacts.json", &c.id, format!("channels[{i}].note"), note, false);
            }
        }
        if let Some(location) = &c.location {
            add("contacts.json", &c.id, "location".into(), location, false);
        }
        for (field, t) in points("notes", &c.notes) {
            add("contacts.json", &c.id, field, &t, false);
        }
    }
    for g in &cat.guides {
        add("guides.json", &g.id, "title".into(), &g.title, true);
        add("guides.json", &g.id, "summary".into(), &g.summary, false);
        add("guides.json", &g.id, "answer".into(), &g.answer, false);
        for (name, list) in [("steps", &g.steps), ("bring", &g.bring), ("say", &g.say), ("notes", &g.notes)] {
            for (field, t) in points(name, list) {
                add("guides.json", &g.id, field, &t, false);
            }
        }
    }
    for c in &cat.checklists {
        add("checklists.json", &c.id, "title".into(), &c.title, true);
        add("checklists.json", &c.id, "summary".into(), &c.summary, false);
        for (i, item) in c.items.iter().enumerate() {
            add("checklists.json", &c.id, format!("items[{i}].text"), &item.text, true);
            add("checklists.json", &c.id, format!("items[{i}].why"), &item.why, false);
        }
        for (i, v) in c.verdicts.iter().enumerate() {
            add("checklists.json", &c.id, format!("verdicts[{i}].title"), &v.title, true);
            for (field, t) in points(&format!("verdicts[{i}].steps"), &v.steps) {
                add("checklists.json", &c.id, field, &t, false);
            }
        }
    }
    if let Some(about) = &cat.about {
        for s in &about.sections {
            add("about.json", &s.id, "title".into(), &s.title, true);
            for (i, t) in s.paragraphs.iter().enumerate() {
                add("about.json", &s.id, format!("paragraphs[{i}]"), t, false);
            }
            for (i, f) in s.facts.iter().enumerate() {
                add("about.json", &s.id, format!("facts[{i}].text"), &f.text, false);
            }
        }
    }
    if let Some(way_home) = &cat.way_home {
        for s in &way_home.steps {
            add("way-home.json", &s.id, "title".into(), &s.title, true);
            add("way-home.json", &s.id, "what".into(), &s.what, false);
            if let Some(cost) = &s.cost {
                add("way-home.json", &s.id, "cost".into(), cost, false);
            }
            for (field, t) in points("bring", &s.bring) {
                add("way-home.json", &s.id, field, &t, false);
            }
        }
    }
    out
}

/// Every text a person reads, with its entry: (entry, Indonesian, English).
fn all_texts(cat: &Catalogue) -> Vec<(String, String, String)> {
    places(cat).into_iter().map(|p| (p.entry, p.text.ind, p.text.en)).collect()
}

/// Fails, naming every text, where a text (either language, lower case) contains a phrase.
fn assert_nowhere(cat: &Catalogue, phrases: &[&str], why: &str) {
    let hits: Vec<String> = all_texts(cat)
        .into_iter()
        .filter_map(|(entry, ind, en)| {
            let both = [ind.to_lowercase(), en.to_lowercase()].join(" | ");
            phrases.iter().find(|p| both.contains(*p)).map(|p| format!("  {entry}: '{p}' in: {ind}"))
        })
        .collect();
    assert!(hits.is_empty(), "{why}:\n{}", hits.join("\n"));
}

fn guide_text(cat: &Catalogue, id: &str) -> String {
    let g = cat.guide(id).unwrap_or_else(|| panic!("guide {id}"));
    [&g.steps, &g.bring, &g.say, &g.notes]
        .into_iter()
        .flatten()
        .flat_map(|p| [p.text.ind.as_str(), p.text.en.as_str()])
        .chain([g.summary.ind.as_str(), g.summary.en.as_str(), g.answer.ind.as_str(), g.answer.en.as_str()])
        .collect::<Vec<_>>()
        .join("\n")
}

/// FACTS §0: the SPLP fee is Rp 100.000, set by PP 45/2024, and it is published.
#[test]
fn the_splp_fee_is_rp_100000_under_pp_45_2024() {
    let cat = catalogue();
    assert_nowhere(&cat, &["45/2014", "perpres", "jumlahnya tidak", "tidak tercantum", "amount is not listed", "amount is not published"], "the SPLP fee is Rp 100.000 under PP 45/2024");
    let splp = guide_text(&cat, "tanpa-paspor-splp");
    assert!(splp.contains("Rp 100.000") && splp.contains("PP 45/2024"), "tanpa-paspor-splp states the fee and its rule");
}

/// FACTS §0: police 110 works inside Indonesia, and a family there can report a recruiter.
#[test]
fn a_family_can_report_a_recruiter_to_the_police_in_indonesia() {
    let cat = catalogue();
    assert_nowhere(&cat, &["110 hanya", "110 only", "bukan untuk kejadian di luar", "not for events abroad", "jangan lapor polisi", "do not report to the police"], "police 110 is not discouraged");
    let family = cat.guide("untuk-keluarga").expect("untuk-keluarga");
    assert!(family.contacts.iter().any(|c| c == "polisi-indonesia-110"), "untuk-keluarga links the police in Indonesia");
    let text = guide_text(&cat, "untuk-keluarga").to_lowercase();
    assert!(text.contains("110") && text.contains("perekrut") && text.contains("polisi"), "untuk-keluarga says a family can report a recruiter to the police");
}

/// FACTS §0, §5, §9: victim status is told plainly from the 2026 statements, never promised
/// or denied, always with how people are assessed (who grants the status, no source says:
/// `nobody_is_said_to_decide_victim_status`).
#[test]
fn victim_status_is_never_promised_denied_or_out_of_date() {
    let cat = catalogue();
    assert_nowhere(
        &cat,
        &["kebanyakan orang yang datang", "kebanyakan orang tidak", "most were not", "most people were not", "most people who came", "pasti diakui", "akan diakui sebagai korban", "will be recognised as a victim", "you are not a victim", "anda bukan korban"],
        "victim status: the 2026 statements, no promise and no denial",
    );
    // Wherever the people assessed are counted, the same entry says how they were assessed.
    let texts = all_texts(&cat);
    for (entry, ind, _) in texts.iter().filter(|(_, ind, _)| ind.contains("3.595") || ind.contains("4.680")) {
        let entry_text: String = texts.iter().filter(|(e, _, _)| e == entry).map(|(_, i, _)| i.to_lowercase()).collect();
        assert!(
            ["menilai", "dinilai", "asesmen", "tim gabungan", "yang menentukan", "memutuskan"].iter().any(|w| entry_text.contains(w)),
            "{entry}: counts the people assessed without saying how they are assessed: {ind}"
        );
    }
}

/// FACTS §0: the embassy asks no money for its help; the SPLP fee is the official exception;
/// tickets are bought by the traveller. Never "everything is free".
#[test]
fn nothing_promises_free_services_or_tickets() {
    let cat = catalogue();
    assert_nowhere(
        &cat,
        &["layanan kbri gratis", "layanan kbri tidak dipungut", "embassy services are free", "tiket gratis", "tiket pulang gratis", "free ticket", "free flight", "free return", "dipulangkan gratis"],
        "the embassy asks no money for its help, but going home is not free",
    );
    let home = guide_text(&cat, "pulang-ke-indonesia").to_lowercase();
    assert!(home.contains("tiket") && home.contains("sendiri"), "pulang-ke-indonesia says the traveller buys the ticket");
}

/// FACTS §0, §2: Indonesians enter visa-free for 30 days, with an entry stamp, not a visa.
#[test]
fn no_guide_sends_people_looking_for_a_visa_they_do_not_have() {
    let cat = catalogue();
    assert_nowhere(&cat, &["visa di paspor", "visa dalam paspor", "lihat visa", "cek visa", "visa in your passport", "check your visa", "look at your visa"], "entry is visa-free for 30 days");
    let permit = guide_text(&cat, "izin-kerja-dan-visa").to_lowercase();
    let visa_free = permit.contains("bebas visa") || permit.contains("tanpa visa");
    assert!(visa_free && permit.contains("30 hari") && permit.contains("cap masuk"), "izin-kerja-dan-visa explains visa-free entry for 30 days, with an entry stamp");
}

/// FACTS §0, §2: Cambodia's minimum wage is US$210 (2026) and only for the garment sector.
#[test]
fn the_minimum_wage_is_us210_for_garments_only() {
    let cat = catalogue();
    assert_nowhere(&cat, &["us$208", "208 a month", "208 sebulan"], "the minimum wage is US$210 from 2026");
    for (entry, ind, en) in all_texts(&cat) {
        if ind.to_lowercase().contains("upah minimum") {
            assert!(ind.contains("210") && ind.to_lowercase().contains("garmen"), "{entry}: {ind}");
        }
        if en.to_lowercase().contains("minimum wage") {
            assert!(en.contains("210") && en.to_lowercase().contains("garment"), "{entry}: {en}");
        }
    }
}

/// FACTS §0, §12: what no source gives is "not found", not "unpublished"; and since the third
/// edition the page says what to do instead (`content_language.rs`,
/// `a_missing_fact_comes_with_what_to_do_instead`).
#[test]
fn missing_facts_are_not_found_rather_than_unpublished() {
    let cat = catalogue();
    assert_nowhere(&cat, &["tidak diumumkan", "tidak dipublikasikan", "not officially published", "not published"], "say that Pelita did not find it, and what to do");
    let kbri = cat.contact(EMBASSY).expect("embassy");
    assert!(
        kbri.notes.iter().any(|n| n.text.ind.contains("tidak menemukan jam buka") && n.text.ind.contains("Tanyakan jam buka lewat WhatsApp")),
        "contacts.json: entry 'kbri-phnom-penh', field 'notes': the opening hours were not found, and the reader asks on WhatsApp"
    );
}

/// Plain language: no legal article numbers or visa codes, and a vague job is "tidak jelas".
#[test]
fn the_content_speaks_plainly() {
    let cat = catalogue();
    assert_nowhere(&cat, &["pasal ", "art. ", "uu 21/2007", "uu no.", "visa eb", "visa eg", "eb visa", "eg visa"], "no article numbers or visa codes the reader cannot use");
    for id in ["lowongan-kerja-palsu", "cek-tawaran-kerja"] {
        let texts = all_texts(&cat);
        for (entry, ind, _) in texts.iter().filter(|(e, _, _)| e == id) {
            assert!(!ind.to_lowercase().contains("kabur"), "{entry}: a vague job is 'tidak jelas', not 'kabur': {ind}");
        }
    }
}

/// `hp-diawasi` is Pelita's own advice and reads as such.
#[test]
fn pelitas_own_advice_is_marked() {
    let cat = catalogue();
    let watched = cat.guide("hp-diawasi").expect("hp-diawasi");
    assert!(watched.steps.iter().all(|s| s.advice), "hp-diawasi: every step is Pelita's advice");
    let advice_items = cat.guides.iter().flat_map(|g| [&g.steps, &g.bring, &g.say, &g.notes]).flatten().filter(|p| p.advice).count();
    assert!(advice_items >= 30, "only {advice_items} items are marked as advice: is the marker still read?");
}

#[test]
fn the_scanner_finds_numbers_however_they_are_written() {
    let runs = number_like_runs("Call +855 12 813 282 or 0800-1000; 012 810 005 (2025-12-08), 3.310 kasus.");
    let digits: Vec<&str> = runs.iter().map(|(_, d, _)| d.as_str()).collect();
    assert_eq!(digits, ["85512813282", "08001000", "012810005", "20251208", "3", "310"]);
    assert!(is_date("2025-12-08") && is_date("2025-03") && !is_date("0800-1000"));
    let source = |title: &str| Source { title: title.into(), url: "https://x.id/a".into() };
    assert_eq!(title_dates(&source("a (x.id, 2025-04)")), ["2025-04"]);
    assert_eq!(title_dates(&source("c (z.id, keterangan Dubes 2026-01-22)")), ["2026-01-22"]);
    assert!(later("2026-03", "2026-02-27") && !later("2026-02", "2026-02-27") && !later("2026-02-27", "2026-02"));
    assert_eq!(title_dates(&source("b (y.id, 2020-08-19/20)")), ["2020-08-19"]);
    assert!(title_dates(&source("no date")).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Third edition (FACTS §0b, issue #24). Texts are read the way the page shows them
// (`content::mention`): a mention is its words, and a phone number lives only in a mention.
// ---------------------------------------------------------------------------------------------

/// A text as the reader sees it in one language, mentions as their words.
fn reading(cat: &Catalogue, text: &str, en: bool) -> String {
    let lang = if en { pelita::lang::Lang::En } else { pelita::lang::Lang::Id };
    plain(text, |id| cat.title_of(id).map(|t| t.get(lang)))
}

/// The words of a text outside its mentions.
fn outside_mentions(text: &str) -> String {
    parts(text)
        .filter_map(|part| match part {
            Part::Text(words) | Part::Broken(words) => Some(words),
            Part::Mention { .. } => None,
        })
        .collect()
}

fn mentions(text: &str) -> Vec<Target<'_>> {
    parts(text)
        .filter_map(|part| match part {
            Part::Mention { target, .. } => Some(target),
            _ => None,
        })
        .collect()
}

/// Where a place's Indonesian and English texts (as read, lower case) contain a phrase.
fn hits<'a>(cat: &Catalogue, all: &'a [Place], phrases: &[&str]) -> Vec<(&'a Place, String)> {
    let mut out = Vec::new();
    for place in all {
        for (lang, raw) in [(false, &place.text.ind), (true, &place.text.en)] {
            let read = reading(cat, raw, lang).to_lowercase();
            if let Some(p) = phrases.iter().find(|p| read.contains(*p)) {
                out.push((place, format!("  {}: '{p}' in: {}", place.at(), reading(cat, raw, lang))));
            }
        }
    }
    out
}

fn assert_no_hits(cat: &Catalogue, phrases: &[&str], why: &str) {
    let all = places(cat);
    let found: Vec<String> = hits(cat, &all, phrases).into_iter().map(|(_, line)| line).collect();
    assert!(found.is_empty(), "{why}:\n{}", found.join("\n"));
}

/// Runs of digits in `text` with their byte range: digits joined by single spaces or dashes,
/// optionally after a `+`.
fn number_runs(text: &str) -> Vec<(usize, usize, String, bool)> {
    let b = text.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let plus = b[i] == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(plus || (b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))) {
            i += 1;
            continue;
        }
        let start = i;
        i += usize::from(plus);
        let mut digits = String::new();
        while i < b.len() {
            if b[i].is_ascii_digit() {
                digits.push(b[i] as char);
                i += 1;
            } else if (b[i] == b' ' || b[i] == b'-') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                i += 1;
            } else {
                break;
            }
        }
        runs.push((start, i, digits, plus));
    }
    runs
}

/// The short and domestic numbers contacts list (FACTS §2, §3), and those the sheet leaves out.
const SHORT_CODES: [&str; 5] = ["117", "110", "119", "118", "666"];

/// Phone numbers written in plain words: a run with a `+`, seven or more digits that are not a
/// date, or a short code; never the digits of an amount (`1.110`, `US$1,000`, `Rp 100.000`),
/// a date or a year.
fn bare_phone_numbers(words: &str) -> Vec<String> {
    let b = words.as_bytes();
    let mut found = Vec::new();
    for (start, end, digits, plus) in number_runs(words) {
        let before = start.checked_sub(1).map(|i| b[i]);
        let two_before = start.checked_sub(2).map(|i| b[i]);
        let separator = |c: Option<u8>| matches!(c, Some(b'.' | b','));
        let in_amount = (separator(before) && two_before.is_some_and(|c| c.is_ascii_digit()))
            || before == Some(b'$')
            || (separator(b.get(end).copied()) && b.get(end + 1).is_some_and(u8::is_ascii_digit))
            || words[..start].ends_with("Rp ");
        let raw = &words[start..end];
        let phone = plus || (digits.len() >= 7 && !is_date(raw)) || SHORT_CODES.contains(&digits.as_str());
        if phone && !in_amount {
            found.push(raw.to_string());
        }
    }
    found
}

/// Every phone number in a text is a mention, so that it is a button (WhatsApp for the
/// embassy's hotlines, a call for the others) and belongs to a contact that lists it; only a
/// contact's own title may name its short number (`Polisi Nasional Kamboja: 117`).
#[test]
fn no_phone_number_is_written_outside_a_mention() {
    let cat = catalogue();
    let mut found = Vec::new();
    let mut numbers_in_mentions = 0;
    for place in places(&cat) {
        if place.file == "contacts.json" && place.field == "title" {
            continue;
        }
        for raw in [&place.text.ind, &place.text.en] {
            numbers_in_mentions += mentions(raw).iter().filter(|t| matches!(t, Target::Number(_))).count();
            for number in bare_phone_numbers(&outside_mentions(raw)) {
                found.push(format!("  {}: '{number}' is not a mention [[{number}]]: {raw}", place.at()));
            }
        }
    }
    assert!(found.is_empty(), "phone numbers outside a mention:\n{}", found.join("\n"));
    assert!(numbers_in_mentions >= 50, "only {numbers_in_mentions} number mentions: is the scan still reading the data?");
}

#[test]
fn the_bare_number_scan_tells_numbers_from_amounts_and_dates() {
    assert_eq!(bare_phone_numbers("WA +855 12 813 282, polisi 117, KP2MI 0800-1000."), ["+855 12 813 282", "117", "0800-1000"]);
    let none: [&str; 0] = [];
    assert_eq!(bare_phone_numbers("Rp 1.110.000, US$1.000–1.200, 1.117 orang, 3.595, 2026-02-14, 22 Januari 2026, PP 45/2024, 120 hari."), none);
    assert_eq!(bare_phone_numbers(&outside_mentions("Kirim WhatsApp ke [[+855 12 813 282]] atau [[117]].")), none);
}

/// FACTS §1, §0b: both embassy numbers are WhatsApp hotlines. On the contact, each hotline's
/// WhatsApp channel comes before its ordinary call, which says it may not be answered and to
/// message first; the frame's hotline is the first channel.
#[test]
fn the_embassy_hotlines_are_whatsapp_first() {
    let cat = catalogue();
    let kbri = cat.contact(EMBASSY).expect("embassy");
    assert_eq!(kbri.channels[0].kind, ChannelKind::Whatsapp, "contacts.json: entry 'kbri-phnom-penh', field 'channels[0]': WhatsApp is the first action");
    for number in ["+855 12 813 282", "+855 61 844 661"] {
        let index = |kind| kbri.channels.iter().position(|c| c.kind == kind && c.value == number);
        let (wa, call) = (index(ChannelKind::Whatsapp), index(ChannelKind::Phone));
        assert!(wa.is_some() && call.is_some() && wa < call, "contacts.json: entry 'kbri-phnom-penh', field 'channels': {number} on WhatsApp must come before the ordinary call");
    }
    for (i, ch) in kbri.channels.iter().enumerate().filter(|(_, c)| c.kind == ChannelKind::Phone) {
        let note = ch.note.as_ref().unwrap_or_else(|| panic!("contacts.json: entry 'kbri-phnom-penh', field 'channels[{i}].note' is missing"));
        assert!(
            note.ind.contains("mungkin tidak diangkat") && note.ind.contains("WhatsApp dulu") && note.ind.contains("pulsa"),
            "contacts.json: entry 'kbri-phnom-penh', field 'channels[{i}].note.id': a call may not be answered; message on WhatsApp first; a call is for credit without data: {}",
            note.ind
        );
        assert!(
            note.en.contains("may not be answered") && note.en.contains("WhatsApp message first") && note.en.contains("credit but no data"),
            "contacts.json: entry 'kbri-phnom-penh', field 'channels[{i}].note.en': {}",
            note.en
        );
    }
}

/// No text offers to call the embassy before it offers WhatsApp.
#[test]
fn no_text_offers_a_call_to_the_embassy_before_whatsapp() {
    let cat = catalogue();
    let embassy_numbers = ["+855 12 813 282", "+855 61 844 661"];
    let calls = ["telepon kbri", "menelepon kbri", "telepon ke kbri", "telepon kedutaan", "telepon hotline", "menelepon hotline", "call the embassy", "call the indonesian embassy", "call the hotline", "call the citizen", "call the consular", "phone the embassy"];
    let mut found = Vec::new();
    for place in places(&cat) {
        for (en, raw) in [(false, &place.text.ind), (true, &place.text.en)] {
            let read = reading(&cat, raw, en).to_lowercase();
            let whatsapp = read.find("whatsapp");
            let mut call_at: Vec<usize> = calls.iter().filter_map(|c| read.find(c)).collect();
            // "telepon +855 …", "call +855 …": a call word just before an embassy number.
            for number in embassy_numbers {
                for (at, _) in read.match_indices(number) {
                    let before = &read[at.saturating_sub(24)..at];
                    if before.contains("telepon") || before.contains("call") {
                        call_at.push(at);
                    }
                }
            }
            if let Some(&first_call) = call_at.iter().min() {
                if whatsapp.is_none_or(|w| w > first_call) {
                    found.push(format!("  {}: {}", place.at(), reading(&cat, raw, en)));
                }
            }
        }
    }
    assert!(found.is_empty(), "a call to the embassy is offered before WhatsApp:\n{}", found.join("\n"));
}

/// FACTS §0b, then not now: what the embassy did in the January–February 2026 wave (a temporary
/// shelter, the escort to the departure gate, help with fines and the exit permit, "no money
/// asked except the SPLP") is said with its months, and the same text tells the reader to ask
/// the hotline what applies now. No source after February 2026 confirms any of it.
#[test]
fn what_the_embassy_did_in_early_2026_is_told_as_then_not_now() {
    let cat = catalogue();
    let id_triggers = ["penampungan sementara", "pintu keberangkatan", "mengantar", "diantar", "meringankan", "keringanan", "diringankan", "menghapus denda", "tidak meminta uang", "izin keluar"];
    let en_triggers = ["temporary shelter", "departure gate", "escort", "reduce", "reduction", "waive", "does not ask for money", "asks no money", "exit permit"];
    let mut found = Vec::new();
    let mut checked = 0;
    for place in places(&cat).iter().filter(|p| !p.name) {
        let id = reading(&cat, &place.text.ind, false);
        let en = reading(&cat, &place.text.en, true);
        let (id_lower, en_lower) = (id.to_lowercase(), en.to_lowercase());
        if id_triggers.iter().any(|t| id_lower.contains(t)) {
            checked += 1;
            if !(id.contains("Januari 2026") || id.contains("Februari 2026")) || !id.contains("apa yang berlaku sekarang") {
                found.push(format!("  {}.id: needs its 2026 month and 'tanyakan ke hotline apa yang berlaku sekarang': {id}", place.at()));
            }
        }
        if en_triggers.iter().any(|t| en_lower.contains(t)) && !(en.contains("January") || en.contains("February")) || (en_triggers.iter().any(|t| en_lower.contains(t)) && !en.contains("what applies now")) {
            found.push(format!("  {}.en: needs its 2026 month and 'ask the hotline what applies now': {en}", place.at()));
        }
    }
    assert!(found.is_empty(), "then, not now (FACTS §0b):\n{}", found.join("\n"));
    assert!(checked >= 20, "only {checked} texts about the 2026 wave: is the scan still reading them?");
}

/// FACTS §0b, §12: the about page, and every guide that tells what the embassy did in early
/// 2026, says that the newest sources Pelita found are from March 2026.
#[test]
fn the_about_page_and_the_guides_that_rely_on_early_2026_say_sources_end_in_march_2026() {
    let cat = catalogue();
    let says_march = |t: &Text| {
        t.ind.contains("Sumber paling baru yang ditemukan Pelita dari Maret 2026") && t.en.contains("The newest sources Pelita found are from March 2026")
    };
    let about = cat.about.as_ref().expect("about.json");
    assert!(about.sections.iter().flat_map(|s| &s.paragraphs).any(says_march), "about.json: no paragraph says the newest sources are from March 2026");
    let all = places(&cat);
    for g in &cat.guides {
        let relies = all.iter().any(|p| p.entry == g.id && p.file == "guides.json" && p.text.ind.contains("apa yang berlaku sekarang"));
        let says = [&g.steps, &g.bring, &g.say, &g.notes].into_iter().flatten().any(|p| says_march(&p.text));
        assert!(!relies || says, "guides.json: entry '{}', field 'notes': tells what the embassy did in early 2026 but not that the newest sources are from March 2026", g.id);
    }
}

/// FACTS §0b, §9: the embassy assesses; a joint team with law enforcement examines on arrival;
/// no source says who grants victim status, so no text says who decides it. Fines and tickets
/// can be covered only for verified victims. Arrival checks are "you may be examined".
#[test]
fn nobody_is_said_to_decide_victim_status_and_claims_stay_precise() {
    let cat = catalogue();
    assert_no_hits(
        &cat,
        &["status korban ditentukan", "korban ditentukan", "menentukan status korban", "memutuskan status korban", "siapa yang memutuskan", "yang memutuskan status", "victim status is decided", "is a victim is decided", "decides victim status", "decide victim status", "who decides"],
        "no source says who decides victim status (FACTS §0b)",
    );
    assert_no_hits(&cat, &["akan diperiksa", "will be examined", "will be checked", "you are examined", "your relative is examined", "dan diperiksa tim gabungan"], "arrival checks: 'you may be examined' (FACTS §0b)");
    let mut found = Vec::new();
    for place in places(&cat) {
        let id = reading(&cat, &place.text.ind, false).to_lowercase();
        let en = reading(&cat, &place.text.en, true).to_lowercase();
        if id.contains("ditanggung") && !id.contains("terverifikasi") || en.contains("covered") && !en.contains("verified") {
            found.push(format!("  {}: covered only for verified victims: {}", place.at(), place.text.en));
        }
        if id.contains("tim gabungan") && id.contains("periksa") && !id.contains("mungkin") || en.contains("joint team") && en.contains("examin") && !en.contains("may") {
            found.push(format!("  {}: say 'you may be examined': {}", place.at(), place.text.en));
        }
    }
    assert!(found.is_empty(), "precise claims (FACTS §0b, §9):\n{}", found.join("\n"));
}

/// FACTS §4: LSCW gives legal help to women and child victims, not to everyone.
#[test]
fn lscw_is_legal_help_for_women_and_children() {
    let cat = catalogue();
    let mut found = Vec::new();
    let mut checked = 0;
    for place in places(&cat) {
        let id = reading(&cat, &place.text.ind, false).to_lowercase();
        let en = reading(&cat, &place.text.en, true).to_lowercase();
        if id.contains("lscw") && (id.contains("bantuan hukum") || id.contains("membantu")) {
            checked += 1;
            if !(id.contains("perempuan") && id.contains("anak") && en.contains("women") && en.contains("child")) {
                found.push(format!("  {}: {}", place.at(), place.text.en));
            }
        }
    }
    assert!(found.is_empty(), "LSCW helps women and children (FACTS §4):\n{}", found.join("\n"));
    assert!(checked >= 4, "only {checked} texts describe LSCW");
    let lscw = cat.contact("lscw").expect("lscw");
    assert!(lscw.summary.ind.contains("perempuan dan anak"), "contacts.json: entry 'lscw', field 'summary.id': women and children");
}

/// Each entry's texts, as read, in both languages, and its sources.
fn entry_texts(cat: &Catalogue) -> Vec<(String, String, Vec<Source>)> {
    let mut out = Vec::new();
    let all = places(cat);
    let mut entries: Vec<(&'static str, String, Vec<Source>)> = Vec::new();
    entries.extend(cat.contacts.iter().map(|c| ("contacts.json", c.id.clone(), c.sources.clone())));
    entries.extend(cat.guides.iter().map(|g| ("guides.json", g.id.clone(), g.sources.clone())));
    entries.extend(cat.checklists.iter().map(|c| ("checklists.json", c.id.clone(), c.sources.clone())));
    if let Some(w) = &cat.way_home {
        entries.push(("way-home.json", "-".into(), w.sources.clone()));
    }
    for (file, id, sources) in entries {
        let text: Vec<String> = all
            .iter()
            .filter(|p| p.file == file && (p.entry == id || file == "way-home.json"))
            .flat_map(|p| [reading(cat, &p.text.ind, false), reading(cat, &p.text.en, true)])
            .collect();
        out.push((format!("{file}: entry '{id}'"), text.join("\n"), sources));
    }
    if let Some(about) = &cat.about {
        for s in &about.sections {
            for (i, f) in s.facts.iter().enumerate() {
                let text = [reading(cat, &f.text.ind, false), reading(cat, &f.text.en, true)].join("\n");
                out.push((format!("about.json: entry '{}', field 'facts[{i}]'", s.id), text, f.sources.clone()));
            }
        }
    }
    out
}

/// Every entry whose text `tells` (and passes `check`, which names what is wrong) cites the
/// article at `url` dated `date`; the fact is told in at least `least` entries.
fn cited_wherever_told(tells: impl Fn(&str) -> bool, check: impl Fn(&str, &str), url: &str, date: &str, least: usize, what: &str) {
    let cat = catalogue();
    let mut told = 0;
    for (at, text, sources) in entry_texts(&cat) {
        if !tells(&text) {
            continue;
        }
        told += 1;
        check(&at, &text);
        assert!(sources.iter().any(|s| s.url == url && title_dates(s) == [date]), "{at}: tells {what} without citing {url} ({date})");
    }
    assert!(told >= least, "{what} is told in {told} entries, fewer than {least}");
}

/// FACTS §0b, §10: sources differ on 14 or 15 July, so the order is "mid-July 2025", with the
/// Fresh News article of 2025-07-16 cited wherever it is told (razia-dan-deportasi and
/// ditangkap-atau-ditahan at least).
#[test]
fn the_july_2025_order_is_mid_july_with_the_fresh_news_article() {
    const FRESH_NEWS: &str = "https://en.freshnewsasia.com/index.php/en/localnews/62029-2025-07-16-08-15-20.html";
    assert_no_hits(&catalogue(), &["14 juli", "15 juli", "14 july", "15 july", "juli 14", "july 15"], "the July 2025 order is 'mid-July 2025'");
    let juli = |text: &str| text.matches("Juli 2025").count() + text.matches("July 2025").count();
    let mid_july = |at: &str, text: &str| {
        let mid = text.matches("pertengahan Juli 2025").count() + text.matches("mid-July 2025").count();
        assert_eq!(juli(text), mid, "{at}: every 'Juli 2025' is 'pertengahan Juli 2025' ('mid-July 2025')");
    };
    cited_wherever_told(|text| juli(text) > 0, mid_july, FRESH_NEWS, "2025-07-16", 2, "the July 2025 order");
}

/// FACTS §0b, §2: the overstay fine of US$10 a day is the ambassador's statement of
/// 2026-01-22 (babeindonesia), cited wherever the amount is.
#[test]
fn the_overstay_fine_of_us10_cites_the_ambassadors_statement() {
    const BABE: &str = "https://babeindonesia.com/read/6537687/kemlu-nego-otoritas-kamboja-bebaskan-wni-pekerja-scam-dari-denda-overstay";
    // US$10, not US$100 or US$10.50.
    let says = |text: &str| {
        let b = text.as_bytes();
        text.match_indices("US$10").any(|(i, _)| !b.get(i + 5).is_some_and(|c| c.is_ascii_digit() || *c == b'.' || *c == b','))
    };
    let dated = |at: &str, text: &str| {
        assert!(text.contains("Januari 2026"), "{at}: US$10 a day is said with the date of the statement");
    };
    cited_wherever_told(says, dated, BABE, "2026-01-22", 3, "US$10 a day");
}

/// FACTS §0b: safety first. No line tells a reader to question or confront a boss, guard or
/// recruiter unless it is safe; legal judgements are left out; "Jangan bayar dulu" reads as
/// "don't pay *yet*".
#[test]
fn advice_puts_safety_first_and_says_what_it_means() {
    let cat = catalogue();
    let id_asks = ["tanyakan ke majikan", "tanyakan kepada majikan", "tanya ke bos", "tanyakan ke bos", "tanya bos", "tegur", "kepada majikan:", "kepada bos:", "menuntut paspor", "minta nama perusahaan"];
    let en_asks = ["ask your employer", "ask the boss", "ask your boss", "to your employer:", "to the boss:", "confront", "question the boss", "demand your passport", "ask for the company name"];
    let mut found = Vec::new();
    for place in places(&cat) {
        let id = reading(&cat, &place.text.ind, false).to_lowercase();
        let en = reading(&cat, &place.text.en, true).to_lowercase();
        if id_asks.iter().any(|a| id.contains(a)) && !id.contains("aman") || en_asks.iter().any(|a| en.contains(a)) && !en.contains("safe") {
            found.push(format!("  {}: only if it is safe, with the embassy as the other way: {}", place.at(), place.text.ind));
        }
    }
    assert!(found.is_empty(), "asking or confronting a boss or recruiter:\n{}", found.join("\n"));
    assert_no_hits(&cat, &["itu penahanan ilegal", "that is illegal detention", "ini kerja paksa", "this is forced labour", "itu ilegal", "that is illegal"], "legal judgements are left out or marked as Pelita's advice");
    assert_no_hits(&cat, &["bayar dulu", "uang dulu", "percaya dulu", "pay yet", "money yet", "trust it yet"], "'Jangan bayar', not 'Jangan bayar dulu'");
    let permit = cat.guide("izin-kerja-dan-visa").expect("izin-kerja-dan-visa");
    assert!(permit.say.iter().all(|p| p.text.ind.starts_with("Kalau aman") && p.text.ind.contains("KBRI")), "guides.json: entry 'izin-kerja-dan-visa', field 'say': only if it is safe, else ask the embassy");
}

/// FACTS §0b: one rule about the phone on every page. While it may be checked, keep nothing on
/// it that can be found; once safe, keep what proof is left and tell the assessors the truth.
const PHONE_RULE: (&str, &str) = (
    "Selama HP Anda bisa diperiksa, jangan simpan apa pun yang bisa ketahuan. Setelah aman, simpan bukti yang masih ada dan ceritakan yang sebenarnya kepada petugas yang menilai kasus Anda.",
    "While your phone may be checked, do not keep anything on it that can be found. Once you are safe, keep whatever proof you still have and tell the officers who assess your case the truth.",
);

#[test]
fn the_phone_rule_is_the_same_on_every_page() {
    let cat = catalogue();
    let triggers = ["hapus chat", "hapus riwayat", "bukti paksaan", "foto luka", "jadi bukti"];
    let all = places(&cat);
    let mut pages = 0;
    for (file, id) in cat.guides.iter().map(|g| ("guides.json", &g.id)).chain(cat.checklists.iter().map(|c| ("checklists.json", &c.id))) {
        let texts: Vec<&Place> = all.iter().filter(|p| p.file == file && &p.entry == id).collect();
        if !texts.iter().any(|p| triggers.iter().any(|t| p.text.ind.to_lowercase().contains(t))) {
            continue;
        }
        pages += 1;
        assert!(
            texts.iter().any(|p| p.text.ind.contains(PHONE_RULE.0) && p.text.en.contains(PHONE_RULE.1)),
            "{file}: entry '{id}': talks about deleting chats or keeping proof without the one phone rule"
        );
    }
    assert!(pages >= 5, "only {pages} pages talk about the phone");
    // Where the phone, proof or a beating is the subject, the rule is always there.
    for id in ["hp-diawasi", "keluar-dari-sindikat", "terlanjur-ikut-menipu", "gaji-dan-utang", "sakit-atau-terluka", "cek-kerja-paksa"] {
        assert!(
            all.iter().any(|p| p.entry == id && p.text.ind.contains(PHONE_RULE.0) && p.text.en.contains(PHONE_RULE.1)),
            "entry '{id}' (guides.json or checklists.json), fields 'steps'/'notes'/'answer': the one phone rule is missing"
        );
    }
    assert!(cat.guide("hp-diawasi").is_some_and(|g| g.answer.ind == PHONE_RULE.0), "guides.json: entry 'hp-diawasi', field 'answer': the phone rule");
    assert_no_hits(&cat, &["simpan foto atau chat", "keep photos or chats", "kalau aman, simpan bukti"], "the old advice that contradicts the phone rule");
}

/// Issue #24: in the job-offer checklist, a passport or phone to be handed over, a debt or fine
/// to leave, an ad that openly seeks scammers or online-gambling staff, and an "official job"
/// (there is no placement agreement, FACTS §3) each give the most serious verdict alone.
#[test]
fn each_job_offer_sign_that_decides_alone_gives_danger() {
    let cat = catalogue();
    let offer = cat.checklist("cek-tawaran-kerja").expect("cek-tawaran-kerja");
    let decisive: BTreeSet<&str> = offer.items.iter().filter(|i| i.decisive).map(|i| i.id.as_str()).collect();
    assert_eq!(decisive, BTreeSet::from(["paspor-hp-diambil", "utang-denda", "iklan-scammer", "kerja-resmi"]), "checklists.json: entry 'cek-tawaran-kerja', field 'items[].decisive'");
    for item in &offer.items {
        let score = pelita::checklist::score(offer, &BTreeSet::from([item.id.clone()])).expect("scores");
        let level = score.verdict.level;
        if item.decisive {
            assert_eq!(level, Level::Danger, "checklists.json: entry 'cek-tawaran-kerja', item '{}' ticked alone must give the most serious verdict", item.id);
        } else {
            assert_ne!(level, Level::Danger, "checklists.json: entry 'cek-tawaran-kerja', item '{}' alone is a warning, not the verdict for many signs", item.id);
        }
    }
}

/// Issue #24: every text that tells the reader to check a number links the number check.
#[test]
fn every_text_that_says_check_a_number_links_the_number_check() {
    let cat = catalogue();
    let id_says = ["cek nomornya", "cek nomor yang", "cek nomor lain", "periksa nomor"];
    let en_says = ["check the number", "check a number", "check that number", "check other numbers"];
    let mut found = Vec::new();
    for place in places(&cat) {
        for (en, raw, says) in [(false, &place.text.ind, &id_says[..]), (true, &place.text.en, &en_says[..])] {
            let read = reading(&cat, raw, en).to_lowercase();
            let linked = mentions(raw).iter().any(|t| matches!(t, Target::Page(Page::NumberCheck, _)));
            if says.iter().any(|s| read.contains(s)) && !linked {
                found.push(format!("  {}: {raw}", place.at()));
            }
        }
    }
    assert!(found.is_empty(), "says to check a number without [[cek-nomor|…]]:\n{}", found.join("\n"));
    for id in ["penipuan-atas-nama-kbri", "penipuan-jemput-pulang", "untuk-keluarga"] {
        let g = cat.guide(id).expect(id);
        let linked = [&g.steps, &g.notes].into_iter().flatten().chain([]).any(|p| mentions(&p.text.ind).iter().any(|t| matches!(t, Target::Page(Page::NumberCheck, _))))
            || mentions(&g.answer.ind).iter().any(|t| matches!(t, Target::Page(Page::NumberCheck, _)));
        assert!(linked, "guides.json: entry '{id}': links the number check");
    }
    assert_no_hits(&cat, &["/kontak/verifikasi", "(/tentang)"], "a page is a mention, not a path");
}

/// Issue #24: pages for someone still in Indonesia lead with what works there (KP2MI's free
/// call centre, police 110); the family page keeps the embassy's WhatsApp first, then KP2MI and
/// police 110. The big button of a verdict is the first channel of its first contact.
#[test]
fn each_page_leads_with_the_contact_that_works_where_the_reader_is() {
    let cat = catalogue();
    let kp2mi = cat.contact("kp2mi").expect("kp2mi");
    assert_eq!((kp2mi.channels[0].kind, kp2mi.channels[0].value.as_str()), (ChannelKind::Phone, "0800-1000"), "contacts.json: entry 'kp2mi', field 'channels[0]': the free call centre comes first");
    let family = cat.guide("untuk-keluarga").expect("untuk-keluarga");
    assert_eq!(family.contacts[..3], [EMBASSY, "kp2mi", "polisi-indonesia-110"], "guides.json: entry 'untuk-keluarga', field 'contacts'");
    let first_number = family.steps.iter().flat_map(|p| mentions(&p.text.ind)).find(|t| matches!(t, Target::Number(_)));
    assert_eq!(first_number, Some(Target::Number("+855 12 813 282")), "guides.json: entry 'untuk-keluarga', field 'steps': the embassy's WhatsApp hotline comes first");
    for id in BEFORE_LEAVING {
        let g = cat.guide(id).expect(id);
        let first_number = std::iter::once(&g.answer).chain(g.steps.iter().map(|p| &p.text)).flat_map(|t| mentions(&t.ind)).find(|t| matches!(t, Target::Number(_)));
        assert_eq!(first_number, Some(Target::Number("0800-1000")), "guides.json: entry '{id}': the first number a reader meets is KP2MI's free call centre");
    }
}

/// Two related guides do not repeat the same steps in reverse order (as razia-dan-deportasi
/// and ditangkap-atau-ditahan did), do not list the same several contacts, and no two contact
/// lists that start with the same contact put a pair the other way round (as
/// sakit-atau-terluka and tanda-perdagangan-orang did): contacts come in the order a person
/// should try them.
#[test]
fn related_entries_do_not_repeat_each_other_in_reverse() {
    let cat = catalogue();
    for (i, a) in cat.guides.iter().enumerate() {
        for b in &cat.guides[i + 1..] {
            let shared: Vec<usize> = a.steps.iter().filter_map(|s| b.steps.iter().position(|t| t.text.ind == s.text.ind)).collect();
            assert!(shared.windows(2).all(|w| w[0] < w[1]), "guides.json: entries '{}' and '{}', field 'steps': shared steps in reverse order", a.id, b.id);
            let mutual = a.related.contains(&b.id) && b.related.contains(&a.id);
            let same = a.contacts.len() > 1 && a.contacts == b.contacts;
            assert!(!(mutual && same), "guides.json: entries '{}' and '{}', field 'contacts': two related guides list the same contacts", a.id, b.id);
        }
    }
    let mut lists: Vec<(String, &[String])> = cat.guides.iter().map(|g| (format!("guides.json: entry '{}'", g.id), &g.contacts[..])).collect();
    for c in &cat.checklists {
        lists.extend(c.verdicts.iter().enumerate().map(|(i, v)| (format!("checklists.json: entry '{}', verdicts[{i}]", c.id), &v.contacts[..])));
    }
    for (i, (at_a, a)) in lists.iter().enumerate() {
        for (at_b, b) in &lists[i + 1..] {
            if a.first() != b.first() {
                continue;
            }
            for (x, y) in a.iter().enumerate().flat_map(|(n, x)| a[n + 1..].iter().map(move |y| (x, y))) {
                let (bx, by) = (b.iter().position(|c| c == x), b.iter().position(|c| c == y));
                if let (Some(bx), Some(by)) = (bx, by) {
                    assert!(bx < by, "{at_a} lists {x} before {y}, {at_b} the other way round: field 'contacts'");
                }
            }
        }
    }
}

/// FACTS §10, §6.10, §7, §1: what March 2026 changed is in the guides that need it.
#[test]
fn what_march_2026_changed_is_told() {
    let cat = catalogue();
    for id in ["terlanjur-ikut-menipu", "razia-dan-deportasi"] {
        let text = guide_text(&cat, id);
        for must in ["rancangan undang-undang", "parlemen", "5–10 tahun", "pekerja penipuan tingkat bawah", "Pelita tidak menemukan", "Pelita menyarankan", "draft law", "Parliament", "lower-level scam workers"] {
            assert!(text.contains(must), "guides.json: entry '{id}': the draft anti-scam law (FACTS §10) lacks '{must}'");
        }
        let g = cat.guide(id).expect(id);
        assert!(g.notes.iter().any(|p| p.advice && p.text.ind.contains("Pelita menyarankan") && p.text.ind.contains("KBRI")), "guides.json: entry '{id}', field 'notes': why the embassy is still the safest step, as Pelita's advice");
        assert!(g.sources.iter().any(|s| s.url.contains("straitstimes.com")) && g.sources.iter().any(|s| s.url.contains("wsoctv.com")), "guides.json: entry '{id}', field 'sources': AP and AFP of 2026-03-13");
    }
    for id in ["setelah-keluar", "penipuan-jemput-pulang"] {
        let text = guide_text(&cat, id);
        assert!(text.contains("Telegram") && text.contains("ongkos pulang") && text.contains("bayar tiket pulang"), "guides.json: entry '{id}': recruiters offering survivors a job to pay for the flight home (FACTS §6.10)");
    }
    let after = guide_text(&cat, "setelah-keluar");
    assert!(after.contains("Caritas") && after.contains("menolak orang"), "guides.json: entry 'setelah-keluar': Caritas's shelter and its limits (FACTS §7)");
    let way_home = cat.way_home.as_ref().expect("way-home.json");
    assert!(way_home.steps.iter().any(|s| s.what.ind.contains("izin keluar") && s.what.en.contains("exit permit")), "way-home.json: the embassy's help with the exit permit (FACTS §1)");
    let passport = cat.guide("paspor-ditahan").expect("paspor-ditahan");
    assert!(passport.answer.ind.contains("tanda kerja paksa") && passport.steps[0].text.ind.contains("tidak punya aturan khusus"), "guides.json: entry 'paspor-ditahan', fields 'answer' and 'steps[0]': is it allowed? (FACTS §2)");
}
