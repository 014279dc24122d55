//! Validates the real data under `public/data/`, natively, the way the app loads it.

use std::fs;
use std::path::Path;

use pelita::content::{load, Catalogue, DataFiles, ALL_FILES};

fn data_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data"))
}

fn read_files() -> DataFiles {
    let mut files = DataFiles::default();
    for name in ALL_FILES {
        if let Ok(text) = fs::read_to_string(data_dir().join(name)) {
            files.insert(name, text);
        }
    }
    files
}

fn catalogue() -> Catalogue {
    match load(&read_files()) {
        Ok(c) => c,
        Err(problems) => {
            let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("public/data has {} problem(s):\n{}", list.len(), list.join("\n"));
        }
    }
}

#[test]
fn every_data_file_is_known_and_loaded() {
    for entry in fs::read_dir(data_dir()).expect("public/data exists") {
        let name = entry.expect("readable entry").file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") {
            assert!(ALL_FILES.contains(&name.as_str()), "{name} is in public/data but the app never loads it");
        }
    }
}

#[test]
fn the_shipped_data_is_valid() {
    let cat = catalogue();
    assert!(cat.contact("kbri-phnom-penh").is_some());
}

#[test]
fn the_hotline_is_the_fact_sheets() {
    let cat = catalogue();
    let kbri = cat.contact("kbri-phnom-penh").expect("embassy contact");
    let first = &kbri.channels[0];
    assert_eq!(pelita::content::phone::tel_href(&first.value).as_deref(), Some("tel:+85512813282"));
}

/// Breaks one field in the real guides or contacts file and checks the message names the
/// file, the entry id and the field.
#[test]
fn a_broken_field_is_named_precisely() {
    let mut files = read_files();
    let text = files.contacts.clone().expect("contacts.json");
    let broken = text.replacen("\"+855 12 813 282\"", "\"012 813 282\"", 1);
    assert_ne!(text, broken);
    files.contacts = Some(broken);
    let problems = load(&files).expect_err("a local number must be rejected");
    let p = &problems[0];
    assert_eq!(p.file, "contacts.json");
    assert_eq!(p.entry, "kbri-phnom-penh");
    assert_eq!(p.field, "channels[0].value");
    assert!(p.to_string().contains("contacts.json: entry 'kbri-phnom-penh', field 'channels[0].value'"));

    let mut files = read_files();
    let text = files.contacts.clone().expect("contacts.json");
    files.contacts = Some(text.replacen("\"en\": \"Indonesian Embassy in Phnom Penh (KBRI)\"", "\"english\": \"x\"", 1));
    let problems = load(&files).expect_err("a missing English title must be rejected");
    assert_eq!((problems[0].entry.as_str(), problems[0].field.as_str()), ("kbri-phnom-penh", "title"));
    assert!(problems[0].message.contains("en"), "{}", problems[0].message);
}

#[test]
fn broken_json_names_the_file() {
    let mut files = read_files();
    files.guides = Some("{ \"guides\": [ ".into());
    let problems = load(&files).expect_err("truncated JSON");
    assert!(problems.iter().any(|p| p.file == "guides.json" && p.message.contains("not valid JSON")));
}
