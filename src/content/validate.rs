//! Parsing and validation of the data files. Every problem names the file, the entry id and
//! the field, so whoever edits the JSON can find and fix it.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::value::RawValue;

use super::json_path::path_at;
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

/// The raw text of each data file, by file name. A file that is missing stays `None`.
#[derive(Clone, Debug, Default)]
pub struct DataFiles {
    pub contacts: Option<String>,
    pub guides: Option<String>,
    pub checklists: Option<String>,
    pub about: Option<String>,
    pub synonyms: Option<String>,
}

impl DataFiles {
    /// Stores `text` under the data file called `name`; false when no such file is known.
    pub fn insert(&mut self, name: &str, text: String) -> bool {
        let slot = match name {
            CONTACTS_FILE => &mut self.contacts,
            GUIDES_FILE => &mut self.guides,
            CHECKLISTS_FILE => &mut self.checklists,
            ABOUT_FILE => &mut self.about,
            SYNONYMS_FILE => &mut self.synonyms,
            _ => return false,
        };
        *slot = Some(text);
        true
    }
}

/// Every data file the app loads.
pub const ALL_FILES: [&str; 5] = [CONTACTS_FILE, GUIDES_FILE, CHECKLISTS_FILE, ABOUT_FILE, SYNONYMS_FILE];

/// What the app downloads: every data file in one JSON object by file name
/// (`{"contacts.json": {…}, …}`), written by the build (scripts/build/bundle-data.mjs). One
/// request, and a fifth smaller compressed than the files one by one.
pub const BUNDLE_FILE: &str = "content.json";

impl DataFiles {
    /// The files in a bundle; any it lacks stay missing, names it does not know are ignored.
    pub fn from_bundle(text: &str) -> Result<DataFiles, Problem> {
        let bundle = serde_json::from_str::<BTreeMap<String, &RawValue>>(text)
            .map_err(|e| file_problem(BUNDLE_FILE, format!("not valid JSON: {e}")))?;
        let mut files = DataFiles::default();
        for (name, file) in bundle {
            files.insert(&name, file.get().to_string());
        }
        Ok(files)
    }
}

/// Parses every file and validates the whole: a usable catalogue, or every problem found.
pub fn load(files: &DataFiles) -> Result<Catalogue, Vec<Problem>> {
    let mut problems = Vec::new();
    let contacts = parse_list::<Contact>(CONTACTS_FILE, &files.contacts, "contacts", &mut problems);
    let guides = parse_list::<Guide>(GUIDES_FILE, &files.guides, "guides", &mut problems);
    let checklists =
        parse_list::<Checklist>(CHECKLISTS_FILE, &files.checklists, "checklists", &mut problems);
    let about = parse_whole::<About>(ABOUT_FILE, &files.about, &mut problems);
    let synonyms = parse_whole::<SynonymsFile>(SYNONYMS_FILE, &files.synonyms, &mut problems)
        .map(|f| f.synonyms)
        .unwrap_or_default();
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

/// The text of `file`, or a problem saying it is missing.
fn file_text<'t>(file: &str, text: &'t Option<String>, problems: &mut Vec<Problem>) -> Option<&'t str> {
    if text.is_none() {
        problems.push(file_problem(file, "file is missing"));
    }
    text.as_deref()
}

/// A serde_json error as a problem: a syntax error is the file's, a data error names the field
/// it is in (`text` is what was parsed, so its line and column point into it).
fn json_problem(file: &str, entry: String, text: &str, error: serde_json::Error) -> Problem {
    if !error.is_data() {
        return file_problem(file, format!("not valid JSON: {error}"));
    }
    let field = path_at(text, error.line(), error.column());
    // The position is said by the field path; serde_json adds it to its message.
    let message = error.to_string();
    let message = message.rfind(" at line ").map_or(&message[..], |at| &message[..at]);
    Problem { file: file.into(), entry, field, message: message.to_string() }
}

/// The entry's own id where it has one, for naming it in problems.
#[derive(Deserialize)]
struct EntryId {
    id: String,
}

/// Parses `{"<key>": [entry, …]}` entry by entry, so one bad entry names itself and the
/// others still parse.
fn parse_list<T: DeserializeOwned>(
    file: &str,
    text: &Option<String>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let Some(text) = file_text(file, text, problems) else {
        return Vec::new();
    };
    let lists = match serde_json::from_str::<BTreeMap<String, Vec<&RawValue>>>(text) {
        Ok(lists) => lists,
        Err(e) if e.is_data() => {
            problems.push(file_problem(file, format!("expected an object with a list '{key}'")));
            return Vec::new();
        }
        Err(e) => {
            problems.push(file_problem(file, format!("not valid JSON: {e}")));
            return Vec::new();
        }
    };
    let Some(entries) = lists.get(key) else {
        problems.push(file_problem(file, format!("expected an object with a list '{key}'")));
        return Vec::new();
    };
    let mut parsed = Vec::with_capacity(entries.len());
    for (i, entry) in entries.iter().enumerate() {
        match serde_json::from_str::<T>(entry.get()) {
            Ok(t) => parsed.push(t),
            Err(e) => {
                let id = serde_json::from_str::<EntryId>(entry.get()).map_or_else(|_| format!("#{i}"), |e| e.id);
                problems.push(json_problem(file, id, entry.get(), e));
            }
        }
    }
    parsed
}

fn parse_whole<T: DeserializeOwned>(
    file: &str,
    text: &Option<String>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let text = file_text(file, text, problems)?;
    serde_json::from_str::<T>(text).map_err(|e| problems.push(json_problem(file, "-".into(), text, e))).ok()
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
