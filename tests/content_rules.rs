//! The rules the bundled content must keep because real people act on it. The app's own
//! validation (`content::validate`: shape, languages, article sources, references) runs on
//! every load; these are the fact-sheet rules on top (`../shared/facts/FACTS.md`, second
//! edition): the required entries exist, sources are dated, no phone number appears that the
//! fact sheet does not hold, and each mistake of the first edition (FACTS §0) stays fixed.

mod common;

use std::collections::BTreeSet;

use common::{catalogue, raw_json_files};
use pelita::content::{phone, validate, Catalogue, ChannelKind, Counting, Point, Source};
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

/// The app's own validation accepts the data: nothing is re-checked here that it checks.
#[test]
fn the_app_accepts_every_file() {
    let problems: Vec<String> = validate(&catalogue()).iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The newest date a source title states (`2025-12-08`, or `2025-03` read as `2025-03-01`).
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
        dates.push(if has_day { source.title[i..i + 10].to_string() } else { format!("{}-01", &source.title[i..i + 7]) });
    }
    dates
}

/// Every source a person can check states its date, and `verified` is the newest of them:
/// the date of the source, never a date anyone "checked" it (FACTS, "Dates").
fn assert_dated(what: &str, sources: &[Source], verified: &str) {
    let mut newest: Option<String> = None;
    for source in sources {
        let dates = title_dates(source);
        assert!(!dates.is_empty(), "{what}: source '{}' does not state its date (site, YYYY-MM-DD)", source.title);
        for date in dates {
            if newest.as_ref().is_none_or(|n| date > *n) {
                newest = Some(date);
            }
        }
    }
    assert_eq!(Some(verified), newest.as_deref(), "{what}: 'verified' must be the date of the newest source cited");
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
    assert_eq!(about.edition, "2026-12-01");
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
            assert_eq!(v.contacts.first().map(String::as_str), Some(EMBASSY), "checklist {} verdict {}: embassy first", c.id, v.min);
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
/// leave, a ransom or debt to leave, or being made to scam gives the most serious verdict on
/// its own; working without a permit is not forced labour and is never the reader's fault.
#[test]
fn the_forced_labour_checklist_weighs_what_is_decisive() {
    let cat = catalogue();
    let forced = cat.checklist("cek-kerja-paksa").expect("forced-labour checklist");
    let decisive: BTreeSet<&str> = forced.items.iter().filter(|i| i.decisive).map(|i| i.id.as_str()).collect();
    assert_eq!(decisive, BTreeSet::from(["paspor-diambil", "hp-diambil", "tidak-boleh-keluar", "utang-tebusan", "dipaksa-menipu"]));
    let most_serious = forced.verdicts.last().expect("verdicts");
    assert_eq!(most_serious.level, pelita::content::Level::Danger);
    for item in &forced.items {
        let text = item.text.ind.to_lowercase();
        assert!(!(text.contains("izin kerja") && !item.decisive && text.contains("saya bekerja tanpa")), "{}: reads as the reader's fault", item.id);
    }
    for id in decisive {
        let ticked = BTreeSet::from([id.to_string()]);
        let score = pelita::checklist::score(forced, &ticked).expect("scores");
        assert_eq!(score.verdict.level, pelita::content::Level::Danger, "{id} alone");
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

/// Every text a person reads, with where it is: (file, entry, Indonesian, English).
fn all_texts(cat: &Catalogue) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut add = |entry: &str, ind: &str, en: &str| out.push((entry.to_string(), ind.to_string(), en.to_string()));
    let points = |points: &[Point]| points.iter().map(|p| p.text.clone()).collect::<Vec<_>>();
    for c in &cat.contacts {
        for t in [&c.title, &c.summary].into_iter().chain(c.location.iter()).chain(points(&c.notes).iter()).chain(c.channels.iter().flat_map(|ch| [Some(&ch.label), ch.note.as_ref()]).flatten()) {
            add(&c.id, &t.ind, &t.en);
        }
    }
    for g in &cat.guides {
        let body: Vec<_> = [&g.steps, &g.bring, &g.say, &g.notes].into_iter().flat_map(|p| points(p)).collect();
        for t in [&g.title, &g.summary].into_iter().chain(body.iter()) {
            add(&g.id, &t.ind, &t.en);
        }
    }
    for c in &cat.checklists {
        for t in [&c.title, &c.summary].into_iter().chain(c.items.iter().flat_map(|i| [&i.text, &i.why])) {
            add(&c.id, &t.ind, &t.en);
        }
        for v in &c.verdicts {
            for t in std::iter::once(&v.title).chain(points(&v.steps).iter()) {
                add(&c.id, &t.ind, &t.en);
            }
        }
    }
    if let Some(about) = &cat.about {
        for s in &about.sections {
            for t in [&s.title].into_iter().chain(&s.paragraphs).chain(s.facts.iter().map(|f| &f.text)) {
                add(&s.id, &t.ind, &t.en);
            }
        }
    }
    if let Some(way_home) = &cat.way_home {
        for s in &way_home.steps {
            for t in [&s.title, &s.what].into_iter().chain(s.cost.iter()).chain(points(&s.bring).iter()) {
                add(&s.id, &t.ind, &t.en);
            }
        }
    }
    out
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
        .chain([g.summary.ind.as_str(), g.summary.en.as_str()])
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

/// FACTS §0, §5, §9: victim status is told plainly from the embassy's 2026 statements, never
/// promised or denied, always with who decides.
#[test]
fn victim_status_is_never_promised_denied_or_out_of_date() {
    let cat = catalogue();
    assert_nowhere(
        &cat,
        &["kebanyakan orang yang datang", "kebanyakan orang tidak", "most were not", "most people were not", "most people who came", "pasti diakui", "akan diakui sebagai korban", "will be recognised as a victim", "you are not a victim", "anda bukan korban"],
        "victim status: the 2026 statements, no promise and no denial",
    );
    // Wherever the 3,595 assessed appear, the same entry says who decides.
    let texts = all_texts(&cat);
    for (entry, ind, _) in texts.iter().filter(|(_, ind, _)| ind.contains("3.595")) {
        let entry_text: String = texts.iter().filter(|(e, _, _)| e == entry).map(|(_, i, _)| i.to_lowercase()).collect();
        assert!(
            ["menilai", "dinilai", "asesmen", "tim gabungan", "yang menentukan", "memutuskan"].iter().any(|w| entry_text.contains(w)),
            "{entry}: mentions the 3,595 assessed without saying who decides: {ind}"
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

/// FACTS §0, §12: what no source gives is "not found in public sources", not "unpublished".
#[test]
fn missing_facts_are_not_found_rather_than_unpublished() {
    let cat = catalogue();
    assert_nowhere(&cat, &["tidak diumumkan", "tidak dipublikasikan", "not officially published", "not published"], "say 'tidak ditemukan di sumber publik'");
    let kbri = cat.contact(EMBASSY).expect("embassy");
    assert!(kbri.notes.iter().any(|n| n.text.ind.contains("tidak ditemukan di sumber publik")), "the embassy's hours and street: not found in public sources");
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
    assert_eq!(title_dates(&source("a (x.id, 2025-04)")), ["2025-04-01"]);
    assert_eq!(title_dates(&source("b (y.id, 2020-08-19/20)")), ["2020-08-19"]);
    assert!(title_dates(&source("no date")).is_empty());
}
