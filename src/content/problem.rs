//! One thing wrong with the data, named so that whoever edits the JSON can find it: the file,
//! the entry id and the field. Decoding (`load`) and validation (`validate`) both report them.

use std::fmt;

/// One thing wrong with the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The entry's id, or `-` when the problem is with the file as a whole.
    pub entry: String,
    /// Dotted path inside the entry (`title.en`, `channels[1].value`), or `-`.
    pub field: String,
    pub message: String,
}

impl Problem {
    /// A problem with a file as a whole (missing, not JSON, not downloaded).
    pub fn in_file(file: &str, message: impl Into<String>) -> Problem {
        Problem { file: file.into(), entry: "-".into(), field: "-".into(), message: message.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: entry '{}', field '{}': {}", self.file, self.entry, self.field, self.message)
    }
}
