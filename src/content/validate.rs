//! Loading and validation of the data files. Every problem names the file, the entry id and
//! the field, so whoever edits the JSON can find and fix it.

use std::collections::HashSet;
use std::fmt;

use serde_json::Value;

use super::decode::{self, At, DecodeError, Decoded};
use super::model::*;
use super::phone;

/// One thing wrong with the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The entry's id, or `-` when the problem is with the file as a whole.
    pub entry: String,
    /// Dotted path inside the entry (`title.en`, `channels[1].value`).
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: entry '{}', field '{}': {}",
            self.file, self.entry, self.field, self.message
        )
    }
}

/// Each data file as JSON, by file name: parsed, or why it is not JSON. A file that is
/// missing stays `None`.
#[derive(Clone, Debug, Default)]
pub struct DataFiles {
    contacts: Option<Parsed>,
    guides: Option<Parsed>,
    checklists: Option<Parsed>,
    about: Option<Parsed>,
    synonyms: Option<Parsed>,
}

type Parsed = Result<Value, String>;

impl DataFiles {
    /// Parses `text` as the data file called `name`; false when no such file is known.
    pub fn insert(&mut self, name: &str, text: &str) -> bool {
        self.put(name, serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}")))
    }

    fn put(&mut self, name: &str, parsed: Parsed) -> bool {
        let slot = match name {
            CONTACTS_FILE => &mut self.contacts,
            GUIDES_FILE => &mut self.guides,
            CHECKLISTS_FILE => &mut self.checklists,
            ABOUT_FILE => &mut self.about,
            SYNONYMS_FILE => &mut self.synonyms,
            _ => return false,
        };
        *slot = Some(parsed);
        true
    }

    /// The files in a bundle; any it lacks stay missing, names it does not know are ignored.
    pub fn from_bundle(text: &str) -> Result<DataFiles, Problem> {
        let not_json = |message: String| file_problem(BUNDLE_FILE, message);
        let bundle = serde_json::from_str::<Value>(text).map_err(|e| not_json(format!("not valid JSON: {e}")))?;
        let Value::Object(bundle) = bundle else {
            return Err(not_json("expected an object of data files".into()));
        };
        let mut files = DataFiles::default();
        for (name, file) in bundle {
            files.put(&name, Ok(file));
        }
        Ok(files)
    }
}

/// Every data file the app loads.
pub const ALL_FILES: [&str; 5] = [CONTACTS_FILE, GUIDES_FILE, CHECKLISTS_FILE, ABOUT_FILE, SYNONYMS_FILE];

/// What the app downloads: every data file in one JSON object by file name
/// (`{"contacts.json": {…}, …}`), written by the build (scripts/build/bundle-data.mjs). One
/// request, and a fifth smaller compressed than the files one by one.
pub const BUNDLE_FILE: &str = "content.json";

/// Decodes every file and validates the whole: a usable catalogue, or every problem found.
pub fn load(files: &DataFiles) -> Result<Catalogue, Vec<Problem>> {
    let mut problems = Vec::new();
    let contacts = decode_list(CONTACTS_FILE, &files.contacts, "contacts", decode::contact, &mut problems);
    let guides = decode_list(GUIDES_FILE, &files.guides, "guides", decode::guide, &mut problems);
    let checklists = decode_list(CHECKLISTS_FILE, &files.checklists, "checklists", decode::checklist, &mut problems);
    let about = decode_whole(ABOUT_FILE, &files.about, decode::about, &mut problems);
    let synonyms = decode_whole(SYNONYMS_FILE, &files.synonyms, decode::synonyms, &mut problems).unwrap_or_default();
    let catalogue = Catalogue { contacts, guides, checklists, about, synonyms };
    problems.extend(validate(&catalogue));
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(problems)
    }
}

fn file_problem(file: &str, message: impl Into<String>) -> Problem {
    Problem { file: file.into(), entry: "-".into(), field: "-".into(), message: message.into() }
}

/// The JSON of `file`, or a problem saying it is missing or not JSON.
fn file_json<'f>(file: &str, parsed: &'f Option<Parsed>, problems: &mut Vec<Problem>) -> Option<&'f Value> {
    match parsed {
        Some(Ok(value)) => Some(value),
        Some(Err(message)) => {
            problems.push(file_problem(file, message.clone()));
            None
        }
        None => {
            problems.push(file_problem(file, "file is missing"));
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
        problems.push(file_problem(file, format!("expected an object with a list '{key}'")));
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

/// Collects problems for one entry of one file.
struct Check<'a> {
    file: &'static str,
    entry: &'a str,
    problems: &'a mut Vec<Problem>,
}

impl Check<'_> {
    fn fail(&mut self, field: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.into(),
            entry: self.entry.into(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, field: &str, text: &Text) {
        if text.ind.trim().is_empty() {
            self.fail(&format!("{field}.id"), "Indonesian text is empty");
        }
        if text.en.trim().is_empty() {
            self.fail(&format!("{field}.en"), "English text is empty");
        }
    }

    fn texts(&mut self, field: &str, texts: &[Text]) {
        for (i, t) in texts.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), t);
        }
    }

    fn https(&mut self, field: &str, url: &str) {
        let host = url.strip_prefix("https://").unwrap_or("");
        if host.is_empty() || host.starts_with('/') || url.contains(char::is_whitespace) {
            self.fail(field, format!("'{url}' is not an https URL"));
        }
    }

    fn sourced(&mut self, sources: &[Source], verified: &str) {
        if sources.is_empty() {
            self.fail("sources", "at least one source is required");
        }
        for (i, s) in sources.iter().enumerate() {
            if s.title.trim().is_empty() {
                self.fail(&format!("sources[{i}].title"), "source title is empty");
            }
            self.https(&format!("sources[{i}].url"), &s.url);
        }
        if !is_date(verified) {
            self.fail("verified", format!("'{verified}' is not a date YYYY-MM-DD"));
        }
    }

    fn keywords(&mut self, keywords: &[String]) {
        for (i, k) in keywords.iter().enumerate() {
            if k.trim().is_empty() {
                self.fail(&format!("keywords[{i}]"), "keyword is empty");
            }
        }
    }

    fn refs(&mut self, field: &str, ids: &[String], exists: impl Fn(&str) -> bool, what: &str) {
        for (i, id) in ids.iter().enumerate() {
            if !exists(id) {
                self.fail(&format!("{field}[{i}]"), format!("'{id}' is not a known {what}"));
            }
        }
    }

    fn channel(&mut self, field: &str, channel: &Channel) {
        self.text(&format!("{field}.label"), &channel.label);
        if let Some(note) = &channel.note {
            self.text(&format!("{field}.note"), note);
        }
        let value = channel.value.as_str();
        let value_field = format!("{field}.value");
        match channel.kind {
            ChannelKind::Phone if channel.scope.is_some() => {
                if phone::domestic(value).is_none() && phone::international(value).is_none() {
                    self.fail(&value_field, format!("'{value}' is not a phone number"));
                }
            }
            ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Sms => {
                if phone::international(value).is_none() {
                    self.fail(
                        &value_field,
                        format!("'{value}' is not in international form (+country code); a short or domestic number needs a 'scope'"),
                    );
                }
            }
            ChannelKind::Email => {
                let ok = value.split_once('@').is_some_and(|(user, host)| {
                    !user.is_empty() && host.contains('.') && !value.contains(char::is_whitespace)
                });
                if !ok {
                    self.fail(&value_field, format!("'{value}' is not an e-mail address"));
                }
            }
            ChannelKind::Web => self.https(&value_field, value),
        }
        if let Some(scope) = &channel.scope {
            let ok = channel.kind == ChannelKind::Phone
                && scope.len() == 2
                && scope.chars().all(|c| c.is_ascii_uppercase());
            if !ok {
                self.fail(&format!("{field}.scope"), "scope is a country code (KH, ID) on a phone channel");
            }
        }
    }
}

/// A lowercase URL-safe slug: `kbri-phnom-penh`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    let num = |p: &str, len: usize| (p.len() == len && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse::<u32>().ok()).flatten();
    matches!(
        (num(y, 4), num(m, 2), num(d, 2)),
        (Some(y), Some(1..=12), Some(1..=31)) if y >= 2000
    )
}

/// Every problem with a parsed catalogue: ids, languages, sources, numbers, links, references.
pub fn validate(cat: &Catalogue) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut check_id = |file: &'static str, id: &str, problems: &mut Vec<Problem>| {
        let mut c = Check { file, entry: id, problems };
        if !is_slug(id) {
            c.fail("id", format!("'{id}' is not a lowercase slug (a-z, 0-9, -)"));
        }
        if !seen.insert(id.to_string()) {
            c.fail("id", format!("'{id}' is used by more than one entry"));
        }
    };
    for contact in &cat.contacts {
        check_id(CONTACTS_FILE, &contact.id, &mut problems);
    }
    for guide in &cat.guides {
        check_id(GUIDES_FILE, &guide.id, &mut problems);
    }
    for checklist in &cat.checklists {
        check_id(CHECKLISTS_FILE, &checklist.id, &mut problems);
    }

    let is_contact = |id: &str| cat.contact(id).is_some();
    let is_guide = |id: &str| cat.guide(id).is_some();
    let is_entry = |id: &str| cat.guide(id).is_some() || cat.checklist(id).is_some();

    for contact in &cat.contacts {
        let mut c = Check { file: CONTACTS_FILE, entry: &contact.id, problems: &mut problems };
        c.text("title", &contact.title);
        c.text("summary", &contact.summary);
        for (i, channel) in contact.channels.iter().enumerate() {
            c.channel(&format!("channels[{i}]"), channel);
        }
        if let Some(location) = &contact.location {
            c.text("location", location);
        }
        c.texts("notes", &contact.notes);
        c.keywords(&contact.keywords);
        c.sourced(&contact.sources, &contact.verified);
    }

    for guide in &cat.guides {
        let mut c = Check { file: GUIDES_FILE, entry: &guide.id, problems: &mut problems };
        c.text("title", &guide.title);
        c.text("summary", &guide.summary);
        if guide.steps.is_empty() {
            c.fail("steps", "a guide needs at least one step");
        }
        c.texts("steps", &guide.steps);
        c.texts("bring", &guide.bring);
        c.texts("say", &guide.say);
        c.texts("notes", &guide.notes);
        c.refs("contacts", &guide.contacts, is_contact, "contact");
        c.refs("related", &guide.related, is_entry, "guide or checklist");
        c.keywords(&guide.keywords);
        c.sourced(&guide.sources, &guide.verified);
    }

    for checklist in &cat.checklists {
        let mut c = Check { file: CHECKLISTS_FILE, entry: &checklist.id, problems: &mut problems };
        c.text("title", &checklist.title);
        c.text("summary", &checklist.summary);
        if checklist.items.is_empty() {
            c.fail("items", "a checklist needs at least one item");
        }
        let mut item_ids = HashSet::new();
        for (i, item) in checklist.items.iter().enumerate() {
            if !is_slug(&item.id) || !item_ids.insert(item.id.as_str()) {
                c.fail(&format!("items[{i}].id"), format!("'{}' is not a unique slug in this checklist", item.id));
            }
            c.text(&format!("items[{i}].text"), &item.text);
            c.text(&format!("items[{i}].why"), &item.why);
        }
        if checklist.verdicts.first().map(|v| v.min) != Some(0) {
            c.fail("verdicts[0].min", "the first verdict must start at 0 so every answer has one");
        }
        for (i, verdict) in checklist.verdicts.iter().enumerate() {
            let field = format!("verdicts[{i}]");
            if i > 0 && verdict.min <= checklist.verdicts[i - 1].min {
                c.fail(&format!("{field}.min"), "verdict thresholds must rise");
            }
            if verdict.min as usize > checklist.items.len() {
                c.fail(&format!("{field}.min"), "threshold is higher than the number of items");
            }
            c.text(&format!("{field}.title"), &verdict.title);
            if verdict.steps.is_empty() {
                c.fail(&format!("{field}.steps"), "a verdict always gives next steps");
            }
            c.texts(&format!("{field}.steps"), &verdict.steps);
            c.refs(&format!("{field}.contacts"), &verdict.contacts, is_contact, "contact");
            c.refs(&format!("{field}.guides"), &verdict.guides, is_guide, "guide");
        }
        c.keywords(&checklist.keywords);
        c.sourced(&checklist.sources, &checklist.verified);
    }

    if let Some(about) = &cat.about {
        let mut section_ids = HashSet::new();
        for (i, section) in about.sections.iter().enumerate() {
            let mut c = Check { file: ABOUT_FILE, entry: &section.id, problems: &mut problems };
            if !is_slug(&section.id) || !section_ids.insert(section.id.as_str()) {
                c.fail(&format!("sections[{i}].id"), "not a unique slug");
            }
            c.text("title", &section.title);
            c.texts("paragraphs", &section.paragraphs);
            for (j, fact) in section.facts.iter().enumerate() {
                c.text(&format!("facts[{j}].text"), &fact.text);
                if fact.sources.is_empty() {
                    c.fail(&format!("facts[{j}].sources"), "every figure needs a source");
                }
                for (k, s) in fact.sources.iter().enumerate() {
                    c.https(&format!("facts[{j}].sources[{k}].url"), &s.url);
                }
            }
        }
        let mut c = Check { file: ABOUT_FILE, entry: "-", problems: &mut problems };
        c.sourced(&about.sources, &about.verified);
    }

    for (i, group) in cat.synonyms.iter().enumerate() {
        let mut c = Check { file: SYNONYMS_FILE, entry: "-", problems: &mut problems };
        if group.0.len() < 2 || group.0.iter().any(|w| w.trim().is_empty()) {
            c.fail(&format!("synonyms[{i}]"), "a synonym group needs two or more non-empty words");
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("kbri-phnom-penh"));
        assert!(is_slug("polisi-kamboja-117"));
        assert!(!is_slug("KBRI"));
        assert!(!is_slug("a b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug(""));
    }

    #[test]
    fn dates() {
        assert!(is_date("2026-02-03"));
        assert!(!is_date("2026-2-3"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("03-02-2026"));
        assert!(!is_date("yesterday"));
    }
}
