//! The content model read from parsed JSON (`serde_json::Value`) by plain functions rather
//! than serde's derived code, which was a seventh of the wasm (bench/SIZE.md, third round).
//! An error names the field it is in (`channels[0].value`), like every data problem.

use serde_json::{Map, Value};

use super::model::*;

/// What is wrong, and where inside the entry or file that was decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// `title.en`, `steps[1]`; `.` for the value itself.
    pub path: String,
    pub message: String,
}

pub type Decoded<T> = Result<T, DecodeError>;

/// Where a value is: a chain of steps on the stack, written out only for an error.
pub struct At<'a> {
    parent: Option<&'a At<'a>>,
    step: Step<'a>,
}

enum Step<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

impl<'a> At<'a> {
    pub const ROOT: At<'static> = At { parent: None, step: Step::Root };

    pub(super) fn key(&'a self, key: &'a str) -> At<'a> {
        At { parent: Some(self), step: Step::Key(key) }
    }

    pub(super) fn index(&'a self, index: usize) -> At<'a> {
        At { parent: Some(self), step: Step::Index(index) }
    }

    pub(super) fn path(&self) -> String {
        let mut path = match self.parent {
            Some(parent) => parent.path(),
            None => String::new(),
        };
        if path == "." {
            path.clear();
        }
        match self.step {
            Step::Root => {}
            Step::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Step::Index(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
        if path.is_empty() {
            path.push('.');
        }
        path
    }

    fn fail<T>(&self, message: String) -> Decoded<T> {
        Err(DecodeError { path: self.path(), message })
    }

    fn expected<T>(&self, what: &str, found: &Value) -> Decoded<T> {
        let found = match found {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "a list",
            Value::Object(_) => "an object",
        };
        self.fail(["expected ", what, ", found ", found].concat())
    }
}

type Fields = Map<String, Value>;

fn object<'v>(value: &'v Value, at: &At) -> Decoded<&'v Fields> {
    match value {
        Value::Object(fields) => Ok(fields),
        other => at.expected("an object", other),
    }
}

/// A required field.
fn field<T>(fields: &Fields, at: &At, name: &str, decode: fn(&Value, &At) -> Decoded<T>) -> Decoded<T> {
    match fields.get(name) {
        Some(value) => decode(value, &at.key(name)),
        None => at.fail(["missing field `", name, "`"].concat()),
    }
}

/// A field that may be left out (or be `null`).
fn optional<T>(fields: &Fields, at: &At, name: &str, decode: fn(&Value, &At) -> Decoded<T>) -> Decoded<Option<T>> {
    match fields.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(value) => decode(value, &at.key(name)).map(Some),
    }
}

fn list<T>(value: &Value, at: &At, decode: fn(&Value, &At) -> Decoded<T>) -> Decoded<Vec<T>> {
    let Value::Array(items) = value else { return at.expected("a list", value) };
    let mut decoded = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        decoded.push(decode(item, &at.index(i))?);
    }
    Ok(decoded)
}

/// A required list field.
fn list_field<T>(fields: &Fields, at: &At, name: &str, decode: fn(&Value, &At) -> Decoded<T>) -> Decoded<Vec<T>> {
    match fields.get(name) {
        Some(value) => list(value, &at.key(name), decode),
        None => at.fail(["missing field `", name, "`"].concat()),
    }
}

/// A list field that may be left out: then it is empty.
fn list_or_empty<T>(fields: &Fields, at: &At, name: &str, decode: fn(&Value, &At) -> Decoded<T>) -> Decoded<Vec<T>> {
    match fields.get(name) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(value) => list(value, &at.key(name), decode),
    }
}

fn string(value: &Value, at: &At) -> Decoded<String> {
    match value {
        Value::String(text) => Ok(text.clone()),
        other => at.expected("a string", other),
    }
}

fn flag(value: &Value, at: &At) -> Decoded<bool> {
    match value {
        Value::Bool(flag) => Ok(*flag),
        other => at.expected("true or false", other),
    }
}

fn whole_number(value: &Value, at: &At) -> Decoded<u32> {
    match value.as_u64().and_then(|n| u32::try_from(n).ok()) {
        Some(n) => Ok(n),
        None => at.expected("a whole number from 0", value),
    }
}

/// One of a fixed set of words, as the value it names.
fn one_of<T: Copy>(value: &Value, at: &At, words: &[(&str, T)]) -> Decoded<T> {
    let Value::String(word) = value else { return at.expected("a string", value) };
    if let Some((_, named)) = words.iter().find(|(name, _)| name == word) {
        return Ok(*named);
    }
    let mut message = ["unknown value `", word, "`, expected one of "].concat();
    for (i, (name, _)) in words.iter().enumerate() {
        if i > 0 {
            message.push_str(", ");
        }
        message.push('`');
        message.push_str(name);
        message.push('`');
    }
    at.fail(message)
}

fn text(value: &Value, at: &At) -> Decoded<Text> {
    let Value::Object(fields) = value else {
        return at.expected(r#"a text in both languages, {"id": "…", "en": "…"}"#, value);
    };
    Ok(Text { ind: field(fields, at, "id", string)?, en: field(fields, at, "en", string)? })
}

/// A text that may carry `"advice": true`.
fn point(value: &Value, at: &At) -> Decoded<Point> {
    let text = text(value, at)?;
    let advice = match value {
        Value::Object(fields) => optional(fields, at, "advice", flag)?.unwrap_or(false),
        _ => false,
    };
    Ok(Point { text, advice })
}

fn source(value: &Value, at: &At) -> Decoded<Source> {
    let fields = object(value, at)?;
    Ok(Source { title: field(fields, at, "title", string)?, url: field(fields, at, "url", string)? })
}

fn channel_kind(value: &Value, at: &At) -> Decoded<ChannelKind> {
    use ChannelKind::*;
    one_of(value, at, &[("phone", Phone), ("whatsapp", Whatsapp), ("sms", Sms), ("email", Email), ("web", Web)])
}

fn contact_group(value: &Value, at: &At) -> Decoded<ContactGroup> {
    use ContactGroup::*;
    one_of(value, at, &[("embassy", Embassy), ("cambodia", Cambodia), ("indonesia", Indonesia), ("organisation", Organisation)])
}

fn level(value: &Value, at: &At) -> Decoded<Level> {
    one_of(value, at, &[("ok", Level::Ok), ("caution", Level::Caution), ("danger", Level::Danger)])
}

fn counting(value: &Value, at: &At) -> Decoded<Counting> {
    one_of(value, at, &[("ticked", Counting::Ticked), ("unticked", Counting::Unticked)])
}

fn channel(value: &Value, at: &At) -> Decoded<Channel> {
    let fields = object(value, at)?;
    Ok(Channel {
        kind: field(fields, at, "kind", channel_kind)?,
        label: field(fields, at, "label", text)?,
        value: field(fields, at, "value", string)?,
        scope: optional(fields, at, "scope", string)?,
        note: optional(fields, at, "note", text)?,
    })
}

pub fn contact(value: &Value, at: &At) -> Decoded<Contact> {
    let fields = object(value, at)?;
    Ok(Contact {
        id: field(fields, at, "id", string)?,
        code: field(fields, at, "code", string)?,
        group: field(fields, at, "group", contact_group)?,
        title: field(fields, at, "title", text)?,
        summary: field(fields, at, "summary", text)?,
        channels: list_or_empty(fields, at, "channels", channel)?,
        location: optional(fields, at, "location", text)?,
        notes: list_or_empty(fields, at, "notes", point)?,
        keywords: list_or_empty(fields, at, "keywords", string)?,
        sources: list_field(fields, at, "sources", source)?,
        verified: field(fields, at, "verified", string)?,
    })
}

pub fn guide(value: &Value, at: &At) -> Decoded<Guide> {
    let fields = object(value, at)?;
    Ok(Guide {
        id: field(fields, at, "id", string)?,
        code: field(fields, at, "code", string)?,
        title: field(fields, at, "title", text)?,
        summary: field(fields, at, "summary", text)?,
        answer: field(fields, at, "answer", text)?,
        steps: list_field(fields, at, "steps", point)?,
        bring: list_or_empty(fields, at, "bring", point)?,
        say: list_or_empty(fields, at, "say", point)?,
        notes: list_or_empty(fields, at, "notes", point)?,
        contacts: list_or_empty(fields, at, "contacts", string)?,
        related: list_or_empty(fields, at, "related", string)?,
        keywords: list_or_empty(fields, at, "keywords", string)?,
        sources: list_field(fields, at, "sources", source)?,
        verified: field(fields, at, "verified", string)?,
    })
}

fn checklist_item(value: &Value, at: &At) -> Decoded<ChecklistItem> {
    let fields = object(value, at)?;
    Ok(ChecklistItem {
        id: field(fields, at, "id", string)?,
        text: field(fields, at, "text", text)?,
        why: field(fields, at, "why", text)?,
        decisive: optional(fields, at, "decisive", flag)?.unwrap_or(false),
    })
}

fn verdict(value: &Value, at: &At) -> Decoded<Verdict> {
    let fields = object(value, at)?;
    Ok(Verdict {
        min: field(fields, at, "min", whole_number)?,
        level: field(fields, at, "level", level)?,
        title: field(fields, at, "title", text)?,
        steps: list_field(fields, at, "steps", point)?,
        contacts: list_or_empty(fields, at, "contacts", string)?,
        guides: list_or_empty(fields, at, "guides", string)?,
    })
}

pub fn checklist(value: &Value, at: &At) -> Decoded<Checklist> {
    let fields = object(value, at)?;
    Ok(Checklist {
        id: field(fields, at, "id", string)?,
        code: field(fields, at, "code", string)?,
        title: field(fields, at, "title", text)?,
        summary: field(fields, at, "summary", text)?,
        items: list_field(fields, at, "items", checklist_item)?,
        counting: optional(fields, at, "counting", counting)?.unwrap_or_default(),
        verdicts: list_field(fields, at, "verdicts", verdict)?,
        keywords: list_or_empty(fields, at, "keywords", string)?,
        sources: list_field(fields, at, "sources", source)?,
        verified: field(fields, at, "verified", string)?,
    })
}

fn fact(value: &Value, at: &At) -> Decoded<Fact> {
    let fields = object(value, at)?;
    Ok(Fact { text: field(fields, at, "text", text)?, sources: list_field(fields, at, "sources", source)? })
}

fn about_section(value: &Value, at: &At) -> Decoded<AboutSection> {
    let fields = object(value, at)?;
    Ok(AboutSection {
        id: field(fields, at, "id", string)?,
        title: field(fields, at, "title", text)?,
        paragraphs: list_or_empty(fields, at, "paragraphs", text)?,
        facts: list_or_empty(fields, at, "facts", fact)?,
    })
}

pub fn about(value: &Value, at: &At) -> Decoded<About> {
    let fields = object(value, at)?;
    Ok(About {
        sections: list_field(fields, at, "sections", about_section)?,
        sources: list_field(fields, at, "sources", source)?,
        verified: field(fields, at, "verified", string)?,
        edition: field(fields, at, "edition", string)?,
    })
}

fn way_home_step(value: &Value, at: &At) -> Decoded<WayHomeStep> {
    let fields = object(value, at)?;
    Ok(WayHomeStep {
        id: field(fields, at, "id", string)?,
        title: field(fields, at, "title", text)?,
        what: field(fields, at, "what", text)?,
        bring: list_or_empty(fields, at, "bring", point)?,
        cost: optional(fields, at, "cost", text)?,
        guide: field(fields, at, "guide", string)?,
        advice: optional(fields, at, "advice", flag)?.unwrap_or(false),
    })
}

/// `way-home.json`: the steps in order, with the sources they come from.
pub fn way_home(value: &Value, at: &At) -> Decoded<WayHome> {
    let fields = object(value, at)?;
    Ok(WayHome {
        steps: list_field(fields, at, "steps", way_home_step)?,
        sources: list_field(fields, at, "sources", source)?,
        verified: field(fields, at, "verified", string)?,
    })
}

fn synonym_group(value: &Value, at: &At) -> Decoded<SynonymGroup> {
    list(value, at, string).map(SynonymGroup)
}

/// `synonyms.json`: `{"synonyms": [["kbri", "kedutaan", …], …]}`.
pub fn synonyms(value: &Value, at: &At) -> Decoded<Vec<SynonymGroup>> {
    list_field(object(value, at)?, at, "synonyms", synonym_group)
}

fn word_list(value: &Value, at: &At) -> Decoded<WordList> {
    let fields = object(value, at)?;
    Ok(WordList {
        name: field(fields, at, "name", string)?,
        source: field(fields, at, "source", string)?,
        means: list_or_empty(fields, at, "means", string)?,
        fillers: list_or_empty(fields, at, "fillers", string)?,
    })
}

/// `lexicon.json`: `{"lists": [{"name", "source", "means": ["mulih pulang", …], "fillers": [
/// "piye", …]}, …]}`. Plain lists of strings, decoded by the code the keywords use.
pub fn lexicon(value: &Value, at: &At) -> Decoded<Vec<WordList>> {
    list_field(object(value, at)?, at, "lists", word_list)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode<T>(json: &str, decode: fn(&Value, &At) -> Decoded<T>) -> Decoded<T> {
        decode(&serde_json::from_str(json).expect("JSON"), &At::ROOT)
    }

    const CONTACT: &str = r#"{
      "id": "kbri", "code": "k7x", "group": "embassy",
      "title": {"id": "Kedutaan", "en": "Embassy"}, "summary": {"id": "a", "en": "b"},
      "channels": [
        {"kind": "phone", "label": {"id": "a", "en": "b"}, "value": "+855 12 813 282", "scope": null},
        {"kind": "web", "label": {"id": "a", "en": "b"}, "value": "https://kemlu.go.id", "note": {"id": "c", "en": "d"}}
      ],
      "sources": [{"title": "Kemlu", "url": "https://kemlu.go.id"}],
      "verified": "2026-01-01"
    }"#;

    fn error_in(json: &str) -> (String, String) {
        let e = decode(json, contact).expect_err("must not decode");
        (e.path, e.message)
    }

    #[test]
    fn a_whole_contact_decodes_with_defaults_for_what_is_left_out() {
        let c = decode(CONTACT, contact).expect("decodes");
        assert_eq!((c.id.as_str(), c.group, c.title.en.as_str()), ("kbri", ContactGroup::Embassy, "Embassy"));
        assert_eq!(c.channels.len(), 2);
        assert_eq!((c.channels[0].kind, c.channels[0].scope.as_deref()), (ChannelKind::Phone, None));
        assert_eq!(c.channels[1].note.as_ref().map(|n| n.ind.as_str()), Some("c"));
        assert!(c.notes.is_empty() && c.keywords.is_empty() && c.location.is_none());
    }

    #[test]
    fn a_value_of_the_wrong_type_is_named_by_its_field() {
        let (path, message) = error_in(&CONTACT.replace("\"https://kemlu.go.id\", \"note\"", "855, \"note\""));
        assert_eq!((path.as_str(), message.as_str()), ("channels[1].value", "expected a string, found a number"));
        assert_eq!(error_in(&CONTACT.replace("\"Embassy\"", "7")).0, "title.en");
        let (path, message) = error_in(&CONTACT.replace("{\"id\": \"Kedutaan\", \"en\": \"Embassy\"}", "\"Kedutaan\""));
        assert_eq!((path.as_str(), message.as_str()), ("title", r#"expected a text in both languages, {"id": "…", "en": "…"}, found a string"#));
        assert_eq!(error_in(&CONTACT.replace("\"2026-01-01\"", "[]")).0, "verified");
        assert_eq!(error_in(&CONTACT.replace("\"channels\": [", "\"channels\": [5, ")).0, "channels[0]");
    }

    #[test]
    fn an_unknown_word_names_the_words_it_may_be() {
        let (path, message) = error_in(&CONTACT.replacen("\"phone\"", "\"fax\"", 1));
        assert_eq!(path, "channels[0].kind");
        assert_eq!(message, "unknown value `fax`, expected one of `phone`, `whatsapp`, `sms`, `email`, `web`");
        assert_eq!(error_in(&CONTACT.replace("\"embassy\"", "\"consulate\"")).0, "group");
    }

    #[test]
    fn a_missing_field_names_the_object_it_is_missing_from() {
        assert_eq!(error_in(&CONTACT.replace("\"en\": \"Embassy\"", "\"english\": \"x\"")), ("title".into(), "missing field `en`".into()));
        assert_eq!(error_in(&CONTACT.replace("\"url\": \"https://kemlu.go.id\"", "\"u\": 1")).0, "sources[0]");
        assert_eq!(error_in(&CONTACT.replace("\"verified\": \"2026-01-01\"", "\"v\": 1")), (".".into(), "missing field `verified`".into()));
        assert_eq!(decode("[]", contact).expect_err("a list").message, "expected an object, found a list");
    }

    #[test]
    fn numbers_of_ticks_are_whole_and_not_negative() {
        let verdict_with = |min: &str| decode(&format!(r#"{{"min": {min}, "level": "ok", "title": {{"id": "a", "en": "b"}}, "steps": []}}"#), verdict);
        assert_eq!(verdict_with("2").expect("decodes").min, 2);
        for bad in ["-1", "1.5", "\"2\"", "5000000000"] {
            assert_eq!(verdict_with(bad).expect_err(bad).path, "min", "{bad}");
        }
    }

    #[test]
    fn advice_and_decisive_are_flags_that_default_to_false() {
        let step = |json: &str| decode(json, point);
        assert!(!step(r#"{"id": "a", "en": "b"}"#).expect("decodes").advice);
        let advice = step(r#"{"id": "a", "en": "b", "advice": true}"#).expect("decodes");
        assert_eq!((advice.text.ind.as_str(), advice.advice), ("a", true));
        let wrong = step(r#"{"id": "a", "en": "b", "advice": "yes"}"#).expect_err("a string");
        assert_eq!((wrong.path.as_str(), wrong.message.as_str()), ("advice", "expected true or false, found a string"));
        let item = |extra: &str| decode(&format!(r#"{{"id": "x", "text": {{"id": "a", "en": "b"}}, "why": {{"id": "c", "en": "d"}}{extra}}}"#), checklist_item);
        assert!(!item("").expect("decodes").decisive);
        assert!(item(r#", "decisive": true"#).expect("decodes").decisive);
        assert_eq!(item(r#", "decisive": 1"#).expect_err("a number").path, "decisive");
    }

    #[test]
    fn lexicon_lists_are_lists_of_words_and_name_a_wrong_one() {
        let lists = decode(r#"{"lists": [{"name": "jawa", "source": "s", "means": ["mulih pulang"], "fillers": ["piye"]}, {"name": "x", "source": "s"}]}"#, lexicon).expect("decodes");
        assert_eq!((lists[0].means.as_slice(), lists[0].fillers.as_slice()), (&["mulih pulang".to_string()][..], &["piye".to_string()][..]));
        assert!(lists[1].means.is_empty() && lists[1].fillers.is_empty());
        let e = decode(r#"{"lists": [{"name": "jawa", "source": "s", "means": ["mulih pulang", 1]}]}"#, lexicon).expect_err("a number");
        assert_eq!((e.path.as_str(), e.message.as_str()), ("lists[0].means[1]", "expected a string, found a number"));
    }

    #[test]
    fn synonym_groups_are_lists_of_words() {
        let groups = decode(r#"{"synonyms": [["kbri", "kedutaan"], []]}"#, synonyms).expect("decodes");
        assert_eq!(groups, vec![SynonymGroup(vec!["kbri".into(), "kedutaan".into()]), SynonymGroup(vec![])]);
        assert_eq!(decode(r#"{"synonyms": [["kbri", 1]]}"#, synonyms).expect_err("a number").path, "synonyms[0][1]");
    }
}
