//! The user's ticks for every checklist (and the way home's steps), whether the person chose
//! to keep the sensitive ones on the phone, and the string they are stored as.
//!
//! Stored form: `{"v":1,"answers":{"cek-tawaran-kerja":["gaji-tinggi","paspor-ditahan"]}}`,
//! with `"keep":["cek-kerja-paksa"]` once the person chose to keep a list that asks first.
//! Sorted maps keep the string stable, so writing unchanged answers writes the same text.
//!
//! Lists that ask first (`content::built_in::ASK_BEFORE_KEEPING`) are stored only after a "yes".
//! A "no" is kept in memory only: a stored "no" would itself tell someone checking the phone
//! that the list was opened.
//!
//! Ticks for checklist ids the content does not have (any more) are kept. The codec has no
//! catalogue to check against, a content update may bring an id back, and scoring ignores ids
//! it does not know, so keeping them costs a few bytes and never shows anything wrong.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::content::Parsed;

/// The localStorage key. A new schema gets a new key and a new `SCHEMA_VERSION`.
pub const STORAGE_KEY: &str = "pelita.answers.v1";

/// Where stored answers that could not be read wait, as they were, until the person has seen
/// the notice: nothing of theirs is deleted before they know.
pub const SET_ASIDE_KEY: &str = "pelita.answers.unreadable";

const SCHEMA_VERSION: u64 = 1;

/// An empty set to lend out for checklists with no ticks.
static NO_TICKS: BTreeSet<String> = BTreeSet::new();

/// Ticked item ids by checklist id. Checklists without ticks have no entry, so two equal sets
/// of ticks are always equal values and encode the same.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    by_checklist: BTreeMap<String, BTreeSet<String>>,
    /// Lists that ask first and that the person chose to keep on this phone (stored).
    kept: BTreeSet<String>,
    /// Lists that ask first and that the person chose not to keep (this visit only).
    declined: BTreeSet<String>,
}

/// Why stored answers could not be used; they were reset, and the UI says so briefly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recovery {
    /// The stored text is not answers in any form Pelita wrote.
    Corrupt,
    /// Answers written under another schema version.
    OldVersion,
}

/// The result of reading stored answers: always usable answers, and a notice when the stored
/// ones had to be dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub answers: Answers,
    pub notice: Option<Recovery>,
}

impl Answers {
    /// The ticked item ids of one checklist (empty when none).
    pub fn ticked(&self, checklist_id: &str) -> &BTreeSet<String> {
        self.by_checklist.get(checklist_id).unwrap_or(&NO_TICKS)
    }

    /// Ticks or unticks one item.
    pub fn set(&mut self, checklist_id: &str, item_id: &str, ticked: bool) {
        if ticked {
            self.by_checklist
                .entry(checklist_id.to_string())
                .or_default()
                .insert(item_id.to_string());
        } else if let Some(items) = self.by_checklist.get_mut(checklist_id) {
            items.remove(item_id);
            if items.is_empty() {
                self.by_checklist.remove(checklist_id);
            }
        }
    }

    /// Unticks every item of one checklist and forgets the choice to keep it: a cleared list
    /// leaves no trace that it was ever kept.
    pub fn clear(&mut self, checklist_id: &str) {
        self.by_checklist.remove(checklist_id);
        self.kept.remove(checklist_id);
        self.declined.remove(checklist_id);
    }

    /// Whether the person chose to keep a list that asks first: `None` until they answer.
    pub fn keep_choice(&self, list: &str) -> Option<bool> {
        if self.kept.contains(list) {
            Some(true)
        } else if self.declined.contains(list) {
            Some(false)
        } else {
            None
        }
    }

    /// Records the person's choice to keep a list that asks first, or not.
    pub fn choose(&mut self, list: &str, keep: bool) {
        let (add, drop) = if keep { (&mut self.kept, &mut self.declined) } else { (&mut self.declined, &mut self.kept) };
        drop.remove(list);
        add.insert(list.to_string());
    }

    /// The text to store under `STORAGE_KEY`: the ticks of every list, except lists in
    /// `ask_first` the person has not chosen to keep; `None` when that leaves nothing to store
    /// (then nothing at all should be stored).
    pub fn stored(&self, ask_first: &[&str]) -> Option<String> {
        let may_keep = |list: &str| !ask_first.contains(&list) || self.kept.contains(list);
        let lists: Vec<(&String, &BTreeSet<String>)> = self.by_checklist.iter().filter(|(list, _)| may_keep(list)).collect();
        if lists.is_empty() && self.kept.is_empty() {
            return None;
        }
        // Written by hand: serde's derived code for two small types cost more of the wasm than
        // these lines (bench/SIZE.md).
        let mut out = String::from("{\"v\":1,\"answers\":{");
        for (n, (checklist, items)) in lists.into_iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            push_json_string(&mut out, checklist);
            out.push(':');
            push_json_list(&mut out, items);
        }
        out.push('}');
        if !self.kept.is_empty() {
            out.push_str(",\"keep\":");
            push_json_list(&mut out, &self.kept);
        }
        out.push('}');
        Some(out)
    }

    /// Reads what is stored under `STORAGE_KEY`, as the platform parsed it (`None` when nothing
    /// is stored). Never fails: anything that cannot be used gives empty answers and a notice.
    pub fn decode(stored: Option<Parsed>) -> Decoded {
        let Some(parsed) = stored else {
            return Decoded::default();
        };
        match read(parsed) {
            Ok(answers) => Decoded { answers, notice: None },
            Err(recovery) => Decoded { answers: Answers::default(), notice: Some(recovery) },
        }
    }
}

/// `["a","b"]`.
fn push_json_list(out: &mut String, items: &BTreeSet<String>) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_json_string(out, item);
    }
    out.push(']');
}

/// `text` as a JSON string literal.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c < ' ' => {
                out.push_str("\\u00");
                for shift in [4, 0] {
                    out.push(char::from_digit((c as u32 >> shift) & 0xF, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn read(parsed: Parsed) -> Result<Answers, Recovery> {
    let stored = parsed.map_err(|_| Recovery::Corrupt)?;
    // The version first, so answers of another schema are told apart from corrupt text.
    match stored.get("v").and_then(Value::as_u64) {
        Some(SCHEMA_VERSION) => {}
        Some(_) => return Err(Recovery::OldVersion),
        None => return Err(Recovery::Corrupt),
    }
    let Some(Value::Object(lists)) = stored.get("answers") else { return Err(Recovery::Corrupt) };
    let mut by_checklist = BTreeMap::new();
    for (checklist, items) in lists {
        let ticked = strings(items)?;
        // Keep the no-empty-entries rule however the text was written.
        if !ticked.is_empty() {
            by_checklist.insert(checklist.clone(), ticked);
        }
    }
    let kept = match stored.get("keep") {
        None => BTreeSet::new(),
        Some(keep) => strings(keep)?,
    };
    Ok(Answers { by_checklist, kept, declined: BTreeSet::new() })
}

/// A JSON list of strings as a set.
fn strings(value: &Value) -> Result<BTreeSet<String>, Recovery> {
    let Value::Array(items) = value else { return Err(Recovery::Corrupt) };
    let mut set = BTreeSet::new();
    for item in items {
        set.insert(item.as_str().ok_or(Recovery::Corrupt)?.to_string());
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFER: &str = "cek-tawaran-kerja";

    /// As the platform hands stored text over: parsed, or why it is not JSON.
    fn stored(text: &str) -> Option<Parsed> {
        Some(serde_json::from_str(text).map_err(|e| e.to_string()))
    }
    const READY: &str = "cek-siap-berangkat";

    /// What is stored when no list asks first.
    fn encode(answers: &Answers) -> String {
        answers.stored(&[]).unwrap_or_default()
    }

    fn sample() -> Answers {
        let mut answers = Answers::default();
        answers.set(OFFER, "gaji-tinggi", true);
        answers.set(OFFER, "paspor-ditahan", true);
        answers.set(READY, "paspor", true);
        answers
    }

    fn reset_with(text: &str) -> Option<Recovery> {
        let decoded = Answers::decode(stored(text));
        assert_eq!(decoded.answers, Answers::default(), "{text:.80}");
        decoded.notice
    }

    #[test]
    fn encode_is_stable_json() {
        assert_eq!(
            encode(&sample()),
            r#"{"v":1,"answers":{"cek-siap-berangkat":["paspor"],"cek-tawaran-kerja":["gaji-tinggi","paspor-ditahan"]}}"#
        );
        assert_eq!(Answers::default().stored(&[]), None, "nothing ticked: nothing to store");
    }

    #[test]
    fn round_trip() {
        let answers = sample();
        assert_eq!(Answers::decode(stored(&encode(&answers))), Decoded { answers, notice: None });
        let empty = Answers::default();
        assert_eq!(Answers::decode(stored(r#"{"v":1,"answers":{}}"#)), Decoded { answers: empty, notice: None });
    }

    #[test]
    fn nothing_stored_is_empty_without_notice() {
        assert_eq!(Answers::decode(None), Decoded::default());
    }

    #[test]
    fn corrupt_text_resets_with_notice() {
        let megabyte = "x".repeat(1 << 20);
        let megabyte_string = format!("\"{megabyte}\"");
        let deep_nesting = "[".repeat(1 << 20);
        let random_bytes: String = (0u32..4096)
            .map(|i| char::from_u32(i.wrapping_mul(2_654_435_761) % 0xD7FF).unwrap_or('?'))
            .collect();
        for text in [
            "",
            "null",
            "{",
            "[]",
            "42",
            "\"v\"",
            "{}",
            r#"{"v":1}"#,
            r#"{"v":"1","answers":{}}"#,
            r#"{"v":1,"answers":[1,2]}"#,
            r#"{"v":1,"answers":{"cek":[1,2]}}"#,
            r#"{"v":1,"answers":{"cek":"gaji-tinggi"}}"#,
            r#"{"v":1,"answers":null}"#,
            r#"{"v":1,"answers":{},"keep":"cek"}"#,
            r#"{"v":1,"answers":{},"keep":[1]}"#,
            r#"{"v":-1,"answers":{}}"#,
            r#"{"v":1.5,"answers":{}}"#,
            &megabyte,
            &megabyte_string,
            &deep_nesting,
            &random_bytes,
        ] {
            assert_eq!(reset_with(text), Some(Recovery::Corrupt), "{text:.80}");
        }
    }

    #[test]
    fn another_version_resets_with_notice() {
        for text in [r#"{"v":0,"answers":{}}"#, r#"{"v":2,"answers":{"cek":["a"]}}"#, r#"{"v":99}"#] {
            assert_eq!(reset_with(text), Some(Recovery::OldVersion), "{text}");
        }
    }

    #[test]
    fn unknown_checklist_ids_are_kept() {
        let text = r#"{"v":1,"answers":{"cek-yang-sudah-dihapus":["a"]}}"#;
        let decoded = Answers::decode(stored(text));
        assert_eq!(decoded.notice, None);
        assert!(decoded.answers.ticked("cek-yang-sudah-dihapus").contains("a"));
        assert_eq!(encode(&decoded.answers), text);
    }

    #[test]
    fn any_text_in_an_id_survives_the_round_trip() {
        let mut answers = Answers::default();
        answers.set("cek \"kutip\" \\ garis", "baris\nbaru\u{1}", true);
        answers.set("cek", "✓ émoji 🙂", true);
        let text = encode(&answers);
        assert!(serde_json::from_str::<Value>(&text).is_ok(), "{text}");
        assert_eq!(Answers::decode(stored(&text)), Decoded { answers, notice: None });
    }

    #[test]
    fn empty_entries_are_dropped() {
        let decoded = Answers::decode(stored(r#"{"v":1,"answers":{"cek":[],"lain":["a","a"]}}"#));
        assert_eq!(encode(&decoded.answers), r#"{"v":1,"answers":{"lain":["a"]}}"#);
    }

    #[test]
    fn set_and_clear() {
        let mut answers = Answers::default();
        assert!(answers.ticked(OFFER).is_empty());
        answers.set(OFFER, "gaji-tinggi", true);
        assert!(answers.ticked(OFFER).contains("gaji-tinggi"));
        answers.set(OFFER, "gaji-tinggi", false);
        assert_eq!(answers, Answers::default(), "unticking the last item leaves no entry");

        answers.set(OFFER, "a", true);
        answers.set(OFFER, "a", true);
        answers.set(READY, "b", true);
        assert_eq!(answers.ticked(OFFER).len(), 1);
        answers.set(READY, "not-ticked", false);
        assert_eq!(answers.ticked(READY).len(), 1);

        answers.clear(OFFER);
        assert!(answers.ticked(OFFER).is_empty());
        assert!(answers.ticked(READY).contains("b"));
    }

    const FORCED: &str = "cek-kerja-paksa";
    const ASK_FIRST: [&str; 2] = [FORCED, "langkah-pulang"];

    #[test]
    fn a_list_that_asks_first_is_stored_only_after_a_yes() {
        let mut answers = sample();
        answers.set(FORCED, "paspor-diambil", true);
        assert_eq!(answers.keep_choice(FORCED), None);
        let before = answers.stored(&ASK_FIRST).expect("the other lists");
        assert!(!before.contains(FORCED), "not asked yet: not stored");

        answers.choose(FORCED, false);
        assert_eq!(answers.keep_choice(FORCED), Some(false));
        assert_eq!(answers.stored(&ASK_FIRST).as_deref(), Some(before.as_str()), "a no stores nothing, not even the no");

        answers.choose(FORCED, true);
        assert_eq!(answers.keep_choice(FORCED), Some(true));
        let kept = answers.stored(&ASK_FIRST).expect("stored");
        assert!(kept.contains(r#""cek-kerja-paksa":["paspor-diambil"]"#) && kept.ends_with(r#","keep":["cek-kerja-paksa"]}"#), "{kept}");
        // The yes survives a reload; no ticks of an unkept list ever come back.
        let reread = Answers::decode(stored(&kept)).answers;
        assert_eq!(reread.keep_choice(FORCED), Some(true));
        assert!(reread.ticked(FORCED).contains("paspor-diambil"));
        assert_eq!(reread.keep_choice("langkah-pulang"), None);
    }

    #[test]
    fn clearing_a_kept_list_leaves_nothing_stored() {
        let mut answers = Answers::default();
        answers.set(FORCED, "paspor-diambil", true);
        answers.choose(FORCED, true);
        assert!(answers.stored(&[FORCED]).is_some());
        answers.clear(FORCED);
        assert_eq!(answers.stored(&[FORCED]), None, "no keep list left behind");
        assert_eq!(answers.keep_choice(FORCED), None);
    }

    #[test]
    fn changing_ones_mind_drops_the_stored_list() {
        let mut answers = Answers::default();
        answers.set("langkah-pulang", "lapor-ke-kbri", true);
        answers.choose("langkah-pulang", true);
        assert!(answers.stored(&ASK_FIRST).is_some());
        answers.choose("langkah-pulang", false);
        assert_eq!(answers.stored(&ASK_FIRST), None, "only an unkept list: nothing at all is stored");
        assert!(answers.ticked("langkah-pulang").contains("lapor-ke-kbri"), "the ticks stay on screen");
    }
}
