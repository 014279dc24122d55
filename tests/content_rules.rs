//! The rules the bundled content must keep because real people act on it: the required
//! entries exist, every entry is sourced, dated and bilingual, and no phone number appears
//! that the fact sheet (`FACTS.md`) does not hold.

mod common;

use std::collections::BTreeSet;

use common::{catalogue, raw_json_files};
use pelita::content::{phone, Catalogue, ChannelKind, Counting, Source, Text};
use serde_json::Value;

const CONTACT_IDS: [&str; 8] = [
    "kbri-phnom-penh",
    "polisi-kamboja-117",
    "kp2mi",
    "kemlu-pwni",
    "peduli-wni",
    "licadho",
    "lscw",
    "komnas-ham",
];

const GUIDE_IDS: [&str; 14] = [
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
    "6281290070027", // Kemlu 24-hour hotline, +62 812 9007 0027
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
}

fn assert_bilingual(what: &str, text: &Text) {
    assert!(!text.ind.trim().is_empty(), "{what}: Indonesian text is empty");
    assert!(!text.en.trim().is_empty(), "{what}: English text is empty");
}

/// The newest date a source title states (`2025-12-08`, or `2025-03` read as `2025-03-01`).
fn newest_title_date(sources: &[Source]) -> Option<String> {
    let mut newest: Option<String> = None;
    for source in sources {
        let b = source.title.as_bytes();
        for i in 0..b.len() {
            let digit = |j: usize| b.get(j).is_some_and(u8::is_ascii_digit);
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
            let date = if has_day {
                source.title[i..i + 10].to_string()
            } else {
                format!("{}-01", &source.title[i..i + 7])
            };
            if newest.as_ref().is_none_or(|n| date > *n) {
                newest = Some(date);
            }
        }
    }
    newest
}

fn assert_sourced(what: &str, sources: &[Source], verified: &str) {
    assert!(!sources.is_empty(), "{what}: no sources");
    for s in sources {
        assert!(!s.title.trim().is_empty(), "{what}: a source without a title");
        assert!(s.url.starts_with("https://") && s.url.len() > "https://".len(), "{what}: '{}' is not https", s.url);
    }
    let b = verified.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    assert!(shape, "{what}: verified '{verified}' is not YYYY-MM-DD");
    let newest = newest_title_date(sources).unwrap_or_else(|| panic!("{what}: no source title states a date"));
    assert_eq!(verified, newest, "{what}: 'verified' must be the date of the newest source cited");
}

#[test]
fn every_entry_is_sourced_dated_and_bilingual() {
    let cat = catalogue();
    for c in &cat.contacts {
        let what = format!("contact {}", c.id);
        assert_bilingual(&what, &c.title);
        assert_bilingual(&what, &c.summary);
        c.notes.iter().for_each(|t| assert_bilingual(&what, t));
        for ch in &c.channels {
            assert_bilingual(&what, &ch.label);
        }
        assert_sourced(&what, &c.sources, &c.verified);
    }
    for g in &cat.guides {
        let what = format!("guide {}", g.id);
        assert_bilingual(&what, &g.title);
        assert_bilingual(&what, &g.summary);
        for t in g.steps.iter().chain(&g.bring).chain(&g.say).chain(&g.notes) {
            assert_bilingual(&what, t);
        }
        assert_sourced(&what, &g.sources, &g.verified);
    }
    for c in &cat.checklists {
        let what = format!("checklist {}", c.id);
        assert_bilingual(&what, &c.title);
        assert_bilingual(&what, &c.summary);
        for item in &c.items {
            assert_bilingual(&what, &item.text);
            assert_bilingual(&what, &item.why);
        }
        for v in &c.verdicts {
            assert_bilingual(&what, &v.title);
            v.steps.iter().for_each(|t| assert_bilingual(&what, t));
        }
        assert_sourced(&what, &c.sources, &c.verified);
    }
    let about = cat.about.as_ref().expect("about.json");
    assert_sourced("about", &about.sources, &about.verified);
    for section in &about.sections {
        assert_bilingual(&section.id, &section.title);
        section.paragraphs.iter().for_each(|t| assert_bilingual(&section.id, t));
        for fact in &section.facts {
            assert_bilingual(&section.id, &fact.text);
            assert!(!fact.sources.is_empty(), "about {}: a figure without a source", section.id);
        }
    }
}

/// Any `{"id": …, "en": …}` object anywhere in the raw files has both languages filled in,
/// including fields the typed checks above do not name.
#[test]
fn every_text_pair_in_the_raw_files_has_both_languages() {
    fn walk(file: &str, v: &Value) {
        match v {
            Value::Object(map) => {
                let keys: BTreeSet<&str> = map.keys().map(String::as_str).collect();
                if keys == BTreeSet::from(["id", "en"]) {
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
        for (raw, digits, plus) in number_like_runs(&text) {
            if !plus && (digits.len() < 7 || is_date(&raw)) {
                continue;
            }
            checked += 1;
            assert!(
                FACT_SHEET_NUMBERS.contains(&digits.as_str()),
                "{name}: '{raw}' looks like a phone number that is not on the fact sheet"
            );
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
                Some(scope) => matches!((scope.as_str(), ch.value.as_str()), ("KH", "117") | ("ID", "0800-1000")),
                None => phone::international(&ch.value)
                    .is_some_and(|n| FACT_SHEET_NUMBERS.contains(&&n[1..])),
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
        for (raw, digits, _) in number_like_runs(&text) {
            assert!(!short_codes.contains(&digits.as_str()), "{name}: shows the unconfirmed number '{raw}'");
        }
    }
}

#[test]
fn every_guide_has_steps_keywords_and_the_embassy_first() {
    let cat = catalogue();
    for g in &cat.guides {
        assert!((3..=7).contains(&g.steps.len()), "guide {}: {} steps, want 3–7", g.id, g.steps.len());
        assert!((8..=20).contains(&g.keywords.len()), "guide {}: {} keywords, want 8–20", g.id, g.keywords.len());
        assert!(!g.contacts.is_empty(), "guide {}: no contact", g.id);
        assert_eq!(g.contacts[0], EMBASSY, "guide {}: the embassy comes first", g.id);
        assert!(!g.related.is_empty(), "guide {}: no related entries", g.id);
        assert!(!g.related.contains(&g.id), "guide {}: relates to itself", g.id);
    }
}

#[test]
fn every_checklist_verdict_list_starts_at_zero_and_guides_onward() {
    let cat = catalogue();
    for c in &cat.checklists {
        assert_eq!(c.verdicts.first().map(|v| v.min), Some(0), "checklist {}: verdicts start at 0", c.id);
        for v in &c.verdicts {
            assert!(!v.steps.is_empty(), "checklist {} verdict {}: no steps", c.id, v.min);
            assert_eq!(v.contacts.first().map(String::as_str), Some(EMBASSY), "checklist {} verdict {}: embassy first", c.id, v.min);
            assert!(!v.guides.is_empty(), "checklist {} verdict {}: no guides", c.id, v.min);
        }
    }
    let expected_counting = |id: &str| if id == "siap-darurat" { Counting::Unticked } else { Counting::Ticked };
    for c in &cat.checklists {
        assert_eq!(c.counting, expected_counting(&c.id), "checklist {}: counting", c.id);
    }
    let offer = cat.checklist("cek-tawaran-kerja").expect("job-offer checklist");
    assert!((8..=10).contains(&offer.items.len()), "cek-tawaran-kerja: the 8 red flags plus at most 2");
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
    assert!(has("polisi-kamboja-117", ChannelKind::Web, "https://hotline.police.gov.kh", None));
    assert!(has("kp2mi", ChannelKind::Phone, "0800-1000", Some("ID")));
    assert!(has("kp2mi", ChannelKind::Phone, "+62 21 2924 4800", None));
    assert!(has("kp2mi", ChannelKind::Whatsapp, "+62 811 8080 141", None));
    assert!(has("kp2mi", ChannelKind::Web, "https://siskop2mi.bp2mi.go.id", None));
    assert!(has("kemlu-pwni", ChannelKind::Phone, "+62 812 9007 0027", None));
    assert!(has("kemlu-pwni", ChannelKind::Email, "pwni.bhi@kemlu.go.id", None));
    assert!(has("peduli-wni", ChannelKind::Web, "https://peduliwni.kemlu.go.id", None));

    // Police: an informed choice, never the default.
    let police = cat.contact("polisi-kamboja-117").expect("police");
    assert!(police.notes.iter().any(|n| n.ind.contains("KBRI dulu")), "police notes send people to the embassy first");
    // Organisations: no phone channels (none verified).
    for id in ["licadho", "lscw", "komnas-ham"] {
        let c = cat.contact(id).expect(id);
        assert!(c.channels.iter().all(|ch| ch.kind == ChannelKind::Web), "{id}: only its website");
    }
}

#[test]
fn the_scanner_finds_numbers_however_they_are_written() {
    let runs = number_like_runs("Call +855 12 813 282 or 0800-1000; 012 810 005 (2025-12-08), 3.310 kasus.");
    let digits: Vec<&str> = runs.iter().map(|(_, d, _)| d.as_str()).collect();
    assert_eq!(digits, ["85512813282", "08001000", "012810005", "20251208", "3", "310"]);
    assert!(is_date("2025-12-08") && is_date("2025-03") && !is_date("0800-1000"));
    assert_eq!(
        newest_title_date(&[
            Source { title: "a (x.id, 2025-04)".into(), url: "https://x.id".into() },
            Source { title: "b (y.id, 2020-08-19/20)".into(), url: "https://y.id".into() },
        ])
        .as_deref(),
        Some("2025-04-01")
    );
}
