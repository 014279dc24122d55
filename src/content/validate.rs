//! Loading and validation of the data files. Every problem names the file, the entry id and
//! the field, so whoever edits the JSON can find and fix it.

use std::collections::BTreeSet;
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
        self.put(name, crate::json::parse(text).map_err(|e| format!("not valid JSON: {e}")))
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
        let bundle = crate::json::parse(text).map_err(|e| not_json(format!("not valid JSON: {e}")))?;
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

/// Collects problems for one entry of one file. Fields are `At` paths, written out only for a
/// problem: most data has none, and formatting every path up front cost 1 KB of the wasm.
struct Check<'a> {
    file: &'static str,
    entry: &'a str,
    problems: &'a mut Vec<Problem>,
}

/// `'value' rest`, the shape of most messages.
fn quoted(value: &str, rest: &str) -> String {
    ["'", value, "' ", rest].concat()
}

impl Check<'_> {
    fn fail(&mut self, at: &At, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.into(),
            entry: self.entry.into(),
            field: at.path(),
            message: message.into(),
        });
    }

    fn text(&mut self, at: &At, text: &Text) {
        if text.ind.trim().is_empty() {
            self.fail(&at.key("id"), "Indonesian text is empty");
        }
        if text.en.trim().is_empty() {
            self.fail(&at.key("en"), "English text is empty");
        }
    }

    fn texts(&mut self, at: &At, texts: &[Text]) {
        for (i, t) in texts.iter().enumerate() {
            self.text(&at.index(i), t);
        }
    }

    fn https(&mut self, at: &At, url: &str) {
        let host = url.strip_prefix("https://").unwrap_or("");
        if host.is_empty() || host.starts_with('/') || url.contains(char::is_whitespace) {
            self.fail(at, quoted(url, "is not an https URL"));
        }
    }

    fn sourced(&mut self, sources: &[Source], verified: &str) {
        let at = At::ROOT.key("sources");
        if sources.is_empty() {
            self.fail(&at, "at least one source is required");
        }
        for (i, s) in sources.iter().enumerate() {
            let source = at.index(i);
            if s.title.trim().is_empty() {
                self.fail(&source.key("title"), "source title is empty");
            }
            self.https(&source.key("url"), &s.url);
        }
        if !is_date(verified) {
            self.fail(&At::ROOT.key("verified"), quoted(verified, "is not a date YYYY-MM-DD"));
        }
    }

    fn keywords(&mut self, keywords: &[String]) {
        let at = At::ROOT.key("keywords");
        for (i, k) in keywords.iter().enumerate() {
            if k.trim().is_empty() {
                self.fail(&at.index(i), "keyword is empty");
            }
        }
    }

    fn refs(&mut self, at: &At, ids: &[String], exists: impl Fn(&str) -> bool, what: &str) {
        for (i, id) in ids.iter().enumerate() {
            if !exists(id) {
                self.fail(&at.index(i), quoted(id, &["is not a known ", what].concat()));
            }
        }
    }

    fn channel(&mut self, at: &At, channel: &Channel) {
        self.text(&at.key("label"), &channel.label);
        if let Some(note) = &channel.note {
            self.text(&at.key("note"), note);
        }
        let value = channel.value.as_str();
        let value_at = at.key("value");
        match channel.kind {
            ChannelKind::Phone if channel.scope.is_some() => {
                if phone::domestic(value).is_none() && phone::international(value).is_none() {
                    self.fail(&value_at, quoted(value, "is not a phone number"));
                }
            }
            ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Sms => {
                if phone::international(value).is_none() {
                    self.fail(
                        &value_at,
                        quoted(value, "is not in international form (+country code); a short or domestic number needs a 'scope'"),
                    );
                }
            }
            ChannelKind::Email => {
                let ok = value.split_once('@').is_some_and(|(user, host)| {
                    !user.is_empty() && host.contains('.') && !value.contains(char::is_whitespace)
                });
                if !ok {
                    self.fail(&value_at, quoted(value, "is not an e-mail address"));
                }
            }
            ChannelKind::Web => self.https(&value_at, value),
        }
        if let Some(scope) = &channel.scope {
            let ok = channel.kind == ChannelKind::Phone
                && scope.len() == 2
                && scope.chars().all(|c| c.is_ascii_uppercase());
            if !ok {
                self.fail(&at.key("scope"), "scope is a country code (KH, ID) on a phone channel");
            }
        }
    }
}

/// A lowercase URL-safe slug: `kbri-phnom-penh`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        // Bytes, not `contains("--")`: a substring search brings core's two-way searcher (1 KB).
        && !id.as_bytes().windows(2).any(|pair| pair == b"--")
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
    let root = At::ROOT;
    let mut problems = Vec::new();
    // A BTreeSet, like the stored answers': a HashSet brought its own hashing and table code.
    let mut seen = BTreeSet::new();
    let mut check_id = |file: &'static str, id: &str, problems: &mut Vec<Problem>| {
        let mut c = Check { file, entry: id, problems };
        if !is_slug(id) {
            c.fail(&root.key("id"), quoted(id, "is not a lowercase slug (a-z, 0-9, -)"));
        }
        if !seen.insert(id.to_string()) {
            c.fail(&root.key("id"), quoted(id, "is used by more than one entry"));
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
        c.text(&root.key("title"), &contact.title);
        c.text(&root.key("summary"), &contact.summary);
        let channels = root.key("channels");
        for (i, channel) in contact.channels.iter().enumerate() {
            c.channel(&channels.index(i), channel);
        }
        if let Some(location) = &contact.location {
            c.text(&root.key("location"), location);
        }
        c.texts(&root.key("notes"), &contact.notes);
        c.keywords(&contact.keywords);
        c.sourced(&contact.sources, &contact.verified);
    }

    for guide in &cat.guides {
        let mut c = Check { file: GUIDES_FILE, entry: &guide.id, problems: &mut problems };
        c.text(&root.key("title"), &guide.title);
        c.text(&root.key("summary"), &guide.summary);
        if guide.steps.is_empty() {
            c.fail(&root.key("steps"), "a guide needs at least one step");
        }
        c.texts(&root.key("steps"), &guide.steps);
        c.texts(&root.key("bring"), &guide.bring);
        c.texts(&root.key("say"), &guide.say);
        c.texts(&root.key("notes"), &guide.notes);
        c.refs(&root.key("contacts"), &guide.contacts, is_contact, "contact");
        c.refs(&root.key("related"), &guide.related, is_entry, "guide or checklist");
        c.keywords(&guide.keywords);
        c.sourced(&guide.sources, &guide.verified);
    }

    for checklist in &cat.checklists {
        let mut c = Check { file: CHECKLISTS_FILE, entry: &checklist.id, problems: &mut problems };
        c.text(&root.key("title"), &checklist.title);
        c.text(&root.key("summary"), &checklist.summary);
        let items = root.key("items");
        if checklist.items.is_empty() {
            c.fail(&items, "a checklist needs at least one item");
        }
        let mut item_ids = BTreeSet::new();
        for (i, item) in checklist.items.iter().enumerate() {
            let at = items.index(i);
            if !is_slug(&item.id) || !item_ids.insert(item.id.clone()) {
                c.fail(&at.key("id"), quoted(&item.id, "is not a unique slug in this checklist"));
            }
            c.text(&at.key("text"), &item.text);
            c.text(&at.key("why"), &item.why);
        }
        let verdicts = root.key("verdicts");
        if checklist.verdicts.first().map(|v| v.min) != Some(0) {
            c.fail(&verdicts.index(0).key("min"), "the first verdict must start at 0 so every answer has one");
        }
        for (i, verdict) in checklist.verdicts.iter().enumerate() {
            let at = verdicts.index(i);
            if i > 0 && verdict.min <= checklist.verdicts[i - 1].min {
                c.fail(&at.key("min"), "verdict thresholds must rise");
            }
            if verdict.min as usize > checklist.items.len() {
                c.fail(&at.key("min"), "threshold is higher than the number of items");
            }
            c.text(&at.key("title"), &verdict.title);
            if verdict.steps.is_empty() {
                c.fail(&at.key("steps"), "a verdict always gives next steps");
            }
            c.texts(&at.key("steps"), &verdict.steps);
            c.refs(&at.key("contacts"), &verdict.contacts, is_contact, "contact");
            c.refs(&at.key("guides"), &verdict.guides, is_guide, "guide");
        }
        c.keywords(&checklist.keywords);
        c.sourced(&checklist.sources, &checklist.verified);
    }

    if let Some(about) = &cat.about {
        let mut section_ids = BTreeSet::new();
        let sections = root.key("sections");
        for (i, section) in about.sections.iter().enumerate() {
            let mut c = Check { file: ABOUT_FILE, entry: &section.id, problems: &mut problems };
            if !is_slug(&section.id) || !section_ids.insert(section.id.clone()) {
                c.fail(&sections.index(i).key("id"), "not a unique slug");
            }
            c.text(&root.key("title"), &section.title);
            c.texts(&root.key("paragraphs"), &section.paragraphs);
            let facts = root.key("facts");
            for (j, fact) in section.facts.iter().enumerate() {
                let at = facts.index(j);
                c.text(&at.key("text"), &fact.text);
                let sources = at.key("sources");
                if fact.sources.is_empty() {
                    c.fail(&sources, "every figure needs a source");
                }
                for (k, s) in fact.sources.iter().enumerate() {
                    c.https(&sources.index(k).key("url"), &s.url);
                }
            }
        }
        let mut c = Check { file: ABOUT_FILE, entry: "-", problems: &mut problems };
        c.sourced(&about.sources, &about.verified);
    }

    let synonyms = root.key("synonyms");
    for (i, group) in cat.synonyms.iter().enumerate() {
        let mut c = Check { file: SYNONYMS_FILE, entry: "-", problems: &mut problems };
        if group.0.len() < 2 || group.0.iter().any(|w| w.trim().is_empty()) {
            c.fail(&synonyms.index(i), "a synonym group needs two or more non-empty words");
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
