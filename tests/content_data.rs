//! Validates the real data under `public/data/`, natively, the way the app loads it.

mod common;

use std::fs;

use common::{catalogue, data_dir, parse, raw_json_files, read_files, read_text};
use pelita::content::{load, DataFiles, ALL_FILES, BUNDLE_FILE};

#[test]
fn every_data_file_is_known_and_loaded() {
    for entry in fs::read_dir(data_dir()).expect("public/data exists") {
        let name = entry.expect("readable entry").file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            assert!(ALL_FILES.contains(&name.as_str()), "{name} is in public/data but the app never loads it");
        }
    }
}

/// The files bundled the way the build bundles them (scripts/build/bundle-data.mjs: one object
/// by file name, minified) load to the same catalogue as the files one by one.
#[test]
fn the_bundle_the_app_downloads_loads_like_the_files() {
    let bundle: serde_json::Map<String, serde_json::Value> = raw_json_files()
        .into_iter()
        .map(|(name, text)| (name, serde_json::from_str(&text).expect("JSON")))
        .collect();
    let text = serde_json::to_string(&bundle).expect("serialises");
    let files = DataFiles::from_bundle(parse(&text)).expect("a bundle");
    assert_eq!(load(&files).expect("valid"), catalogue());

    // A file missing from the bundle, or a bundle cut off, is named.
    let mut partial = bundle.clone();
    partial.remove("guides.json");
    let files = DataFiles::from_bundle(parse(&serde_json::to_string(&partial).expect("serialises"))).expect("a bundle");
    let problems = load(&files).expect_err("guides are missing");
    assert!(problems.iter().any(|p| p.file == "guides.json" && p.message == "file is missing"), "{problems:?}");
    let cut = DataFiles::from_bundle(parse(&text[..text.len() / 2])).expect_err("cut off");
    assert_eq!(cut.file, BUNDLE_FILE);
    assert!(cut.message.starts_with("not valid JSON"), "{}", cut.message);
}

#[test]
fn the_shipped_data_is_valid() {
    let cat = catalogue();
    assert!(cat.contact("kbri-phnom-penh").is_some());
}

/// The frame's hotline is written twice on purpose (Rust and data) so it survives broken data;
/// both must agree, and the embassy's first channel is that hotline on WhatsApp (its hotlines
/// are WhatsApp lines, FACTS §1).
#[test]
fn the_frame_hotline_matches_the_data() {
    use pelita::content::built_in::{EMBASSY_ID, PROTECTION_HOTLINE};
    use pelita::content::ChannelKind;
    let cat = catalogue();
    let kbri = cat.contact(EMBASSY_ID).expect("embassy contact");
    assert_eq!(kbri.channels[0].value, PROTECTION_HOTLINE);
    assert_eq!(kbri.channels[0].kind, ChannelKind::Whatsapp, "contacts.json: kbri-phnom-penh channels[0] must be the WhatsApp hotline");
}

#[test]
fn ids_the_app_names_exist() {
    use pelita::content::built_in::{EMBASSY_ID, HOME_FAMILY, HOME_FEATURED, KIOSK_FEATURED, POLICE_ID};
    let cat = catalogue();
    for id in HOME_FEATURED.iter().chain(&HOME_FAMILY).chain([&EMBASSY_ID, &POLICE_ID]) {
        assert!(cat.kind_of(id).is_some(), "{id} is named by the app but not in the data");
    }
    assert!(cat.guide(KIOSK_FEATURED).is_some(), "the kiosk start screen features {KIOSK_FEATURED}");
}

/// Every entry's neutral address (`/p/<code>`) as first given out, on 2026-12-07: links,
/// bookmarks and QR codes printed since carry these, so a code never changes and is never
/// given to another entry. A new entry adds its line.
const NEUTRAL_CODES: [(&str, &str); 36] = [
    ("kbri-phnom-penh", "jgj"), ("polisi-kamboja-117", "jxv"), ("kp2mi", "vfb"), ("kemlu-pwni", "fwj"),
    ("peduli-wni", "qan"), ("licadho", "ppr"), ("lscw", "s3i"), ("komnas-ham", "tus"),
    ("polisi-indonesia-110", "dgg"), ("lpsk", "kgb"), ("setelah-keluar", "qzh"), ("di-kbri", "a23"),
    ("pulang-ke-indonesia", "ekf"), ("tanpa-paspor-splp", "w9w"), ("tiba-di-indonesia", "dsr"),
    ("paspor-ditahan", "xfj"), ("keluar-dari-sindikat", "ve3"), ("terlanjur-ikut-menipu", "uii"),
    ("sakit-atau-terluka", "c7m"), ("razia-dan-deportasi", "wjc"), ("ditangkap-atau-ditahan", "mjd"),
    ("penipuan-atas-nama-kbri", "ptx"), ("penipuan-jemput-pulang", "ybt"), ("hp-diawasi", "z4j"),
    ("gaji-dan-utang", "cxm"), ("tanda-perdagangan-orang", "chr"), ("bantuan-hukum", "us8"),
    ("izin-kerja-dan-visa", "k2d"), ("lapor-diri", "fpi"), ("perbatasan-thailand", "b4z"),
    ("lowongan-kerja-palsu", "ryw"), ("sebelum-berangkat", "mgx"), ("untuk-keluarga", "cyt"),
    ("cek-tawaran-kerja", "swx"), ("cek-kerja-paksa", "swe"), ("siap-darurat", "v2d"),
];

#[test]
fn neutral_codes_never_change() {
    let cat = catalogue();
    for (id, code) in NEUTRAL_CODES {
        assert_eq!(cat.code_of(id), Some(code), "{id}: its address /p/{code} was given out; keep the code");
    }
}

/// Breaks one field in the real files and checks the message names the file, the entry id
/// and the field.
#[test]
fn a_broken_field_is_named_precisely() {
    let mut files = read_files();
    let text = read_text("contacts.json");
    let broken = text.replacen("\"+855 12 813 282\"", "\"012 813 282\"", 1);
    assert_ne!(text, broken);
    files.insert("contacts.json", parse(&broken));
    let problems = load(&files).expect_err("a local number must be rejected");
    let p = &problems[0];
    assert_eq!(p.file, "contacts.json");
    assert_eq!(p.entry, "kbri-phnom-penh");
    assert_eq!(p.field, "channels[0].value");
    assert!(p.to_string().contains("contacts.json: entry 'kbri-phnom-penh', field 'channels[0].value'"));

    let mut files = read_files();
    let title_en = r#""en": "Indonesian Embassy in Phnom Penh (KBRI)""#;
    assert!(text.contains(title_en), "the embassy's English title changed: update this test");
    files.insert("contacts.json", parse(&text.replacen(title_en, "\"english\": \"x\"", 1)));
    let problems = load(&files).expect_err("a missing English title must be rejected");
    assert_eq!((problems[0].entry.as_str(), problems[0].field.as_str()), ("kbri-phnom-penh", "title"));
    assert!(problems[0].message.contains("en"), "{}", problems[0].message);

    let mut files = read_files();
    files.insert("guides.json", parse(&read_text("guides.json").replacen("\"steps\": [", "\"steps\": [7, ", 1)));
    let problems = load(&files).expect_err("a number where a step's text belongs must be rejected");
    let p = &problems[0];
    assert_eq!((p.file.as_str(), p.field.as_str()), ("guides.json", "steps[0]"), "{p}");
    assert!(p.message.starts_with("expected a text in both languages") && p.message.ends_with("found a number"), "{p}");

    // A source that is only a site's home page, in the way home.
    let mut files = read_files();
    let way_home = read_text("way-home.json");
    let url = way_home.split("\"url\": \"").nth(1).and_then(|rest| rest.split('"').next()).expect("a source URL");
    files.insert("way-home.json", parse(&way_home.replacen(url, "https://www.antaranews.com/", 1)));
    let problems = load(&files).expect_err("a home page is not a source a person can check");
    assert!(problems.iter().any(|p| p.file == "way-home.json" && p.field.ends_with(".url") && p.message.contains("home page")), "{problems:?}");

    // A checklist item marked decisive with a word that is not true or false.
    let mut files = read_files();
    let checklists = read_text("checklists.json");
    assert!(checklists.contains("\"decisive\": true"), "the checklists have decisive items");
    files.insert("checklists.json", parse(&checklists.replacen("\"decisive\": true", "\"decisive\": \"yes\"", 1)));
    let problems = load(&files).expect_err("decisive is true or false");
    assert_eq!((problems[0].entry.as_str(), problems[0].message.as_str()), ("cek-tawaran-kerja", "expected true or false, found a string"));
}

#[test]
fn broken_json_names_the_file() {
    let mut files = read_files();
    files.insert("guides.json", parse("{ \"guides\": [ "));
    let problems = load(&files).expect_err("truncated JSON");
    assert!(problems.iter().any(|p| p.file == "guides.json" && p.message.contains("not valid JSON")));
}

