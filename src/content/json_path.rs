//! The field path (`channels[0].value`) at a position in a JSON text. serde_json reports where
//! a data error happened as a line and column; this turns that into the field it belongs to,
//! so an error in the data names its field without a path-tracking deserializer in the wasm.

/// Where the scan stands inside one object or array.
enum Frame {
    /// An object, with the key whose value is being read (set once its `:` is passed).
    Object(Option<String>),
    /// An array, with the index of the element being read.
    Array(usize),
}

/// The path of the value that `text` is in at serde_json's 1-based `line` and `column`:
/// the innermost field whose value has begun there. `.` when that is the whole text.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let bytes = text.as_bytes();
    let end = byte_offset(bytes, line, column);
    let mut stack = Vec::new();
    // A string read where a key goes; it becomes the key when its `:` follows.
    let mut key = None;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(current)) => *current = None,
                Some(Frame::Array(index)) => *index += 1,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object(current)) = stack.last_mut() {
                    *current = key.take();
                }
            }
            b'"' => {
                let close = string_end(bytes, i + 1);
                if let Some(Frame::Object(None)) = stack.last() {
                    key = Some(text.get(i + 1..close.min(end)).unwrap_or_default().to_string());
                }
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

/// The byte offset of a 1-based line and column (columns count bytes, as serde_json's do),
/// clamped to the text.
fn byte_offset(bytes: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match bytes[start..].iter().position(|&b| b == b'\n') {
            Some(newline) => start += newline + 1,
            None => return bytes.len(),
        }
    }
    (start + column).min(bytes.len())
}

/// The index of the quote that closes a string whose text starts at `from`.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(None) => break,
            Frame::Array(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Channel, Contact, Text};

    /// serde_json's own error position for `text` parsed as `T`, turned into a path.
    fn path_of_error<T: serde::de::DeserializeOwned>(text: &str) -> String {
        let error = serde_json::from_str::<T>(text).err().expect("the text must not parse");
        path_at(text, error.line(), error.column())
    }


    const CONTACT: &str = r#"{
  "id": "kbri",
  "group": "embassy",
  "title": {"id": "Kedutaan", "en": "Embassy"},
  "summary": {"id": "a", "en": "b"},
  "channels": [
    {"kind": "phone", "label": {"id": "a", "en": "b"}, "value": "+855 12 813 282"},
    {"kind": "web", "label": {"id": "a", "en": "b"}, "value": "https://kemlu.go.id"}
  ],
  "sources": [{"title": "Kemlu", "url": "https://x.org"}],
  "verified": "2026-01-01"
}"#;

    #[test]
    fn the_sample_contact_parses() {
        assert!(serde_json::from_str::<Contact>(CONTACT).is_ok());
    }

    #[test]
    fn a_value_of_the_wrong_type_is_named_by_its_field() {
        assert_eq!(path_of_error::<Contact>(&CONTACT.replace("\"https://kemlu.go.id\"", "855")), "channels[1].value");
        assert_eq!(path_of_error::<Contact>(&CONTACT.replace("\"Embassy\"", "7")), "title.en");
        assert_eq!(path_of_error::<Contact>(&CONTACT.replace("\"2026-01-01\"", "[]")), "verified");
    }

    #[test]
    fn an_unknown_variant_is_named_by_its_field() {
        assert_eq!(path_of_error::<Contact>(&CONTACT.replacen("\"phone\"", "\"fax\"", 1)), "channels[0].kind");
        assert_eq!(path_of_error::<Contact>(&CONTACT.replace("\"embassy\"", "\"consulate\"")), "group");
    }

    #[test]
    fn a_missing_field_names_the_object_it_is_missing_from() {
        assert_eq!(path_of_error::<Contact>(&CONTACT.replace("\"en\": \"Embassy\"", "\"english\": \"x\"")), "title");
        assert_eq!(path_of_error::<Contact>(&CONTACT.replace("\"url\": \"https://x.org\"", "\"u\": 1")), "sources[0]");
        assert_eq!(path_of_error::<Contact>(&CONTACT.replace("\"verified\": \"2026-01-01\"", "\"v\": 1")), ".");
    }

    #[test]
    fn strings_with_brackets_quotes_and_commas_do_not_confuse_the_scan() {
        let text = r#"{"id": "a, [b] {c} \"d\": e", "en": 5}"#;
        assert_eq!(path_of_error::<Text>(text), "en");
        let channels = r#"[{"kind": "phone", "label": {"id": "[,]", "en": "}"}, "value": 1}]"#;
        assert_eq!(path_of_error::<Vec<Channel>>(channels), "[0].value");
    }

    #[test]
    fn positions_outside_the_text_are_clamped() {
        assert_eq!(path_at("{\"a\": 1}", 9, 99), ".");
        assert_eq!(path_at("", 1, 1), ".");
        assert_eq!(path_at("{\"a\": [1, 2", 1, 99), "a[1]");
    }
}
