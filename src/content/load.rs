//! From parsed data files to a validated catalogue. The platform parses the JSON (the browser's
//! own parser in the app, serde_json natively) and hands the values in; every problem names
//! the file, the entry id and the field, so whoever edits the JSON can find and fix it.

use serde_json::Value;

use super::decode::{self, At, DecodeError, Decoded};
use super::model::*;
use super::problem::Problem;
use super::validate::validate;

/// A JSON text as the platform parsed it, or why it is not JSON.
pub type Parsed = Result<Value, String>;

/// Each data file as JSON, by file name: parsed, or why it is not JSON. A file that is
/// missing stays `None`.
#[derive(Clone, Debug, Default)]
pub struct DataFiles {
    contacts: Option<Parsed>,
    guides: Option<Parsed>,
    checklists: Option<Parsed>,
    about: Option<Parsed>,
    synonyms: Option<Parsed>,
    way_home: Option<Parsed>,
    lexicon: Option<Parsed>,
}

impl DataFiles {
    /// Takes the parsed data file called `name`; false when no such file is known.
    pub fn insert(&mut self, name: &str, parsed: Parsed) -> bool {
        let slot = match name {
            CONTACTS_FILE => &mut self.contacts,
            GUIDES_FILE => &mut self.guides,
            CHECKLISTS_FILE => &mut self.checklists,
            ABOUT_FILE => &mut self.about,
            SYNONYMS_FILE => &mut self.synonyms,
            WAY_HOME_FILE => &mut self.way_home,
            LEXICON_FILE => &mut self.lexicon,
            _ => return false,
        };
        *slot = Some(parsed.map_err(|e| ["not valid JSON: ", &e].concat()));
        true
    }

    /// The files in a parsed bundle; any it lacks stay missing, names it does not know are
    /// ignored.
    pub fn from_bundle(bundle: Parsed) -> Result<DataFiles, Problem> {
        let not_json = |message: String| Problem::in_file(BUNDLE_FILE, message);
        let bundle = bundle.map_err(|e| not_json(["not valid JSON: ", &e].concat()))?;
        let Value::Object(bundle) = bundle else {
            return Err(not_json("expected an object of data files".into()));
        };
        let mut files = DataFiles::default();
        for (name, file) in bundle {
            files.insert(&name, Ok(file));
        }
        Ok(files)
    }
}

/// Every data file the app loads.
pub const ALL_FILES: [&str; 7] =
    [CONTACTS_FILE, GUIDES_FILE, CHECKLISTS_FILE, ABOUT_FILE, SYNONYMS_FILE, WAY_HOME_FILE, LEXICON_FILE];

/// What the app downloads: every data file in one JSON object by file name
/// (`{"contacts.json": {…}, …}`), written by the build (scripts/build/bundle-data.mjs). One
/// request, and a fifth smaller compressed than the files one by one.
pub const BUNDLE_FILE: &str = "content.json";

/// Decodes every file and validates the whole: a usable catalogue, or every problem found.
/// What the tests and every build run: the pages drawn at build time carry the content, so
/// content reaches a phone only through a build that validated it (`src/bin/prerender.rs`
/// refuses data with a problem).
pub fn load(files: &DataFiles) -> Result<Catalogue, Vec<Problem>> {
    let catalogue = decode_all(files)?;
    let problems = validate(&catalogue);
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(problems)
    }
}

/// Decodes every file: the catalogue in the shape the app reads, or every problem found. The
/// browser stops here: what the data says was validated by the build that made it (`load`),
/// and checking it again on every phone cost 3.8 KB of the wasm (bench/SIZE.md). A download
/// that is cut off, is not Pelita's data or does not fit this version's shape still fails
/// here, and the app falls back to the copy it was built with.
pub fn decode_all(files: &DataFiles) -> Result<Catalogue, Vec<Problem>> {
    let mut problems = Vec::new();
    let contacts = decode_list(CONTACTS_FILE, &files.contacts, "contacts", decode::contact, &mut problems);
    let guides = decode_list(GUIDES_FILE, &files.guides, "guides", decode::guide, &mut problems);
    let checklists = decode_list(CHECKLISTS_FILE, &files.checklists, "checklists", decode::checklist, &mut problems);
    let about = decode_whole(ABOUT_FILE, &files.about, decode::about, &mut problems);
    let synonyms = decode_whole(SYNONYMS_FILE, &files.synonyms, decode::synonyms, &mut problems).unwrap_or_default();
    let way_home = decode_whole(WAY_HOME_FILE, &files.way_home, decode::way_home, &mut problems);
    let lexicon = decode_whole(LEXICON_FILE, &files.lexicon, decode::lexicon, &mut problems).unwrap_or_default();
    let catalogue = Catalogue { contacts, guides, checklists, about, synonyms, way_home, lexicon };
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(problems)
    }
}

/// The JSON of `file`, or a problem saying it is missing or not JSON.
fn file_json<'f>(file: &str, parsed: &'f Option<Parsed>, problems: &mut Vec<Problem>) -> Option<&'f Value> {
    match parsed {
        Some(Ok(value)) => Some(value),
        Some(Err(message)) => {
            problems.push(Problem::in_file(file, message.clone()));
            None
        }
        None => {
            problems.push(Problem::in_file(file, "file is missing"));
            None
        }
    }
}

fn decode_problem(file: &str, entry: String, error: DecodeError) -> Problem {
    Problem { file: file.into(), entry, field: error.path, message: error.message }
}

/// Decodes `{"<key>": [entry, …]}` entry by entry, so one bad entry names itself and the
/// others still load.
fn decode_list<T>(
    file: &str,
    parsed: &Option<Parsed>,
    key: &str,
    decode: fn(&Value, &At) -> Decoded<T>,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let Some(value) = file_json(file, parsed, problems) else {
        return Vec::new();
    };
    let Some(entries) = value.get(key).and_then(Value::as_array) else {
        problems.push(Problem::in_file(file, ["expected an object with a list '", key, "'"].concat()));
        return Vec::new();
    };
    let mut decoded = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        match decode(entry, &At::ROOT) {
            Ok(t) => decoded.push(t),
            Err(e) => {
                let id = entry.get("id").and_then(Value::as_str).map_or_else(|| format!("#{i}"), String::from);
                problems.push(decode_problem(file, id, e));
            }
        }
    }
    decoded
}

fn decode_whole<T>(
    file: &str,
    parsed: &Option<Parsed>,
    decode: fn(&Value, &At) -> Decoded<T>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let value = file_json(file, parsed, problems)?;
    decode(value, &At::ROOT).map_err(|e| problems.push(decode_problem(file, "-".into(), e))).ok()
}
