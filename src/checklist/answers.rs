//! The user's ticks for every checklist, and the string they are stored as.
//!
//! Stored form: `{"v":1,"answers":{"cek-tawaran-kerja":["gaji-tinggi","paspor-ditahan"]}}`.
//! Sorted maps keep the string stable, so writing unchanged answers writes the same text.
//!
//! Ticks for checklist ids the content does not have (any more) are kept. The codec has no
//! catalogue to check against, a content update may bring an id back, and scoring ignores ids
//! it does not know, so keeping them costs a few bytes and never shows anything wrong.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::content::Parsed;

/// The localStorage key. A new schema gets a new key and a new `SCHEMA_VERSION`.
pub const STORAGE_KEY: &str = "pelita.answers.v1";

const SCHEMA_VERSION: u64 = 1;

/// An empty set to lend out for checklists with no ticks.
static NO_TICKS: BTreeSet<String> = BTreeSet::new();

/// Ticked item ids by checklist id. Checklists without ticks have no entry, so two equal sets
/// of ticks are always equal values and encode the same.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    by_checklist: BTreeMap<String, BTreeSet<String>>,
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

    /// Unticks every item of one checklist.
    pub fn clear(&mut self, checklist_id: &str) {
        self.by_checklist.remove(checklist_id);
    }

    /// The text to store under `STORAGE_KEY`.
    pub fn encode(&self) -> String {
        // Written by hand: serde's derived code for two small types cost more of the wasm than
        // these lines (bench/SIZE.md).
        let mut out = String::from("{\"v\":1,\"answers\":{");
        for (n, (checklist, items)) in self.by_checklist.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            push_json_string(&mut out, checklist);
            out.push_str(":[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_json_string(&mut out, item);
            }
            out.push(']');
        }
        out.push_str("}}");
        out
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
    let Some(Value::Object(stored)) = stored.get("answers") else { return Err(Recovery::Corrupt) };
    let mut by_checklist = BTreeMap::new();
    for (checklist, items) in stored {
        let Value::Array(items) = items else { return Err(Recovery::Corrupt) };
        let mut ticked = BTreeSet::new();
        for item in items {
            ticked.insert(item.as_str().ok_or(Recovery::Corrupt)?.to_string());
        }
        // Keep the no-empty-entries rule however the text was written.
        if !ticked.is_empty() {
            by_checklist.insert(checklist.clone(), ticked);
        }
    }
    Ok(Answers { by_checklist })
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
            sample().encode(),
            r#"{"v":1,"answers":{"cek-siap-berangkat":["paspor"],"cek-tawaran-kerja":["gaji-tinggi","paspor-ditahan"]}}"#
        );
        assert_eq!(Answers::default().encode(), r#"{"v":1,"answers":{}}"#);
    }

    #[test]
    fn round_trip() {
        let answers = sample();
        assert_eq!(Answers::decode(stored(&answers.encode())), Decoded { answers, notice: None });
        let empty = Answers::default();
        assert_eq!(Answers::decode(stored(&empty.encode())), Decoded { answers: empty, notice: None });
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
        assert_eq!(decoded.answers.encode(), text);
    }

    #[test]
    fn any_text_in_an_id_survives_the_round_trip() {
        let mut answers = Answers::default();
        answers.set("cek \"kutip\" \\ garis", "baris\nbaru\u{1}", true);
        answers.set("cek", "✓ émoji 🙂", true);
        let text = answers.encode();
        assert!(serde_json::from_str::<Value>(&text).is_ok(), "{text}");
        assert_eq!(Answers::decode(stored(&text)), Decoded { answers, notice: None });
    }

    #[test]
    fn empty_entries_are_dropped() {
        let decoded = Answers::decode(stored(r#"{"v":1,"answers":{"cek":[],"lain":["a","a"]}}"#));
        assert_eq!(decoded.answers.encode(), r#"{"v":1,"answers":{"lain":["a"]}}"#);
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
}
