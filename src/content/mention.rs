//! Sentences that point somewhere. A text in the data is plain text with marks in double
//! brackets, never HTML:
//!
//! | written                              | shown                                            |
//! |--------------------------------------|--------------------------------------------------|
//! | `[[di-kbri]]`                        | a link to that entry, named by its title         |
//! | `[[di-kbri\|the embassy guide]]`     | a link to that entry, with these words            |
//! | `[[+855 12 813 282]]`, `[[117]]`     | the number as written, as the action of the contact that lists it (WhatsApp first) |
//! | `[[cek-nomor\|check it]]`            | a link to the number check (words required)      |
//! | `[[cek-nomor:+855 12 810 005\|check it]]` | the number check with that number filled in |
//! | `[[langkah-pulang\|…]]`, `[[pesan-bantuan\|…]]` | the way-home tracker, the help message form |
//! | `[[salinan-pelita\|…]]`, `[[poster\|…]]` | files of the site, not pages of the app: Pelita in one file, the wall poster |
//!
//! `parts` reads a text into these pieces; validation (`validate.rs`) checks that every mark
//! leads somewhere, and the views, search, speech and print all read the same pieces.

/// One piece of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    Text(&'a str),
    Mention { target: Target<'a>, label: Option<&'a str> },
    /// A `[[` with no `]]` after it, or an empty mark: validation refuses it, and a view shows
    /// it as the text it is.
    Broken(&'a str),
}

/// Where a mention points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// A contact, guide or checklist by id.
    Entry(&'a str),
    /// A phone number as written; it belongs to the contact whose channel lists it.
    Number(&'a str),
    /// A page that is not an entry, with what it is given (the number to check).
    Page(Page, Option<&'a str>),
}

/// The pages other than entries that a sentence may point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    NumberCheck,
    WayHome,
    HelpForm,
    PocketFile,
    Poster,
}

impl Page {
    /// The name a text uses for the page; never an entry id (validation).
    pub const NAMES: [(&'static str, Page); 5] = [
        ("cek-nomor", Page::NumberCheck),
        ("langkah-pulang", Page::WayHome),
        ("pesan-bantuan", Page::HelpForm),
        ("salinan-pelita", Page::PocketFile),
        ("poster", Page::Poster),
    ];

    fn named(name: &str) -> Option<Page> {
        Page::NAMES.iter().find(|(n, _)| *n == name).map(|&(_, page)| page)
    }
}

/// `[[` and `]]`: two of one byte, so a byte scan finds them (a substring search would bring
/// core's two-way searcher into the wasm, bench/SIZE.md).
const OPEN: u8 = b'[';
const CLOSE: u8 = b']';
const MARK_LEN: usize = 2;

/// Where the first pair of `byte` starts in `text`.
fn pair_at(text: &str, byte: u8) -> Option<usize> {
    text.as_bytes().windows(MARK_LEN).position(|pair| pair == [byte, byte])
}

/// Whether `text` has any mark at all: most texts have none and are one text node.
pub fn has_marks(text: &str) -> bool {
    pair_at(text, OPEN).is_some()
}

/// The pieces of `text`, in order.
pub fn parts(text: &str) -> Parts<'_> {
    Parts { rest: text }
}

pub struct Parts<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Parts<'a> {
    type Item = Part<'a>;

    fn next(&mut self) -> Option<Part<'a>> {
        let rest = self.rest;
        if rest.is_empty() {
            return None;
        }
        match pair_at(rest, OPEN) {
            Some(0) => {
                let inner = &rest[MARK_LEN..];
                let Some(end) = pair_at(inner, CLOSE) else {
                    self.rest = "";
                    return Some(Part::Broken(rest));
                };
                self.rest = &inner[end + MARK_LEN..];
                Some(mention(&inner[..end]).unwrap_or(Part::Broken(&rest[..end + 2 * MARK_LEN])))
            }
            Some(start) => {
                self.rest = &rest[start..];
                Some(Part::Text(&rest[..start]))
            }
            None => {
                self.rest = "";
                Some(Part::Text(rest))
            }
        }
    }
}

/// `target` or `target|label`.
fn mention(inner: &str) -> Option<Part<'_>> {
    let (target, label) = match inner.split_once('|') {
        Some((target, label)) => (target.trim(), Some(label.trim()).filter(|l| !l.is_empty())),
        None => (inner.trim(), None),
    };
    let first = target.chars().next()?;
    let target = if first == '+' || first.is_ascii_digit() {
        Target::Number(target)
    } else {
        let (name, given) = match target.split_once(':') {
            Some((name, given)) => (name, Some(given.trim())),
            None => (target, None),
        };
        match Page::named(name) {
            Some(page) => Target::Page(page, given),
            None if given.is_none() => Target::Entry(target),
            None => return None,
        }
    };
    Some(Part::Mention { target, label })
}

/// The text as a reader sees it, for search, speech and length checks: marks become their
/// words (`title_of` names an entry mentioned without words; unknown ids give nothing).
pub fn plain<'t>(text: &str, title_of: impl Fn(&str) -> Option<&'t str>) -> String {
    let mut out = String::with_capacity(text.len());
    for part in parts(text) {
        match part {
            Part::Text(words) | Part::Broken(words) => out.push_str(words),
            Part::Mention { label: Some(label), .. } => out.push_str(label),
            Part::Mention { target: Target::Number(number), .. } => out.push_str(number),
            Part::Mention { target: Target::Entry(id), .. } => out.push_str(title_of(id).unwrap_or_default()),
            Part::Mention { target: Target::Page(..), label: None } => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<Part<'_>> {
        parts(text).collect()
    }

    #[test]
    fn plain_text_is_one_part() {
        assert_eq!(all("Hubungi KBRI."), [Part::Text("Hubungi KBRI.")]);
        assert!(all("").is_empty());
    }

    #[test]
    fn entries_numbers_and_pages_are_read() {
        assert_eq!(
            all("Lihat [[di-kbri]] atau [[di-kbri|panduan ini]]."),
            [
                Part::Text("Lihat "),
                Part::Mention { target: Target::Entry("di-kbri"), label: None },
                Part::Text(" atau "),
                Part::Mention { target: Target::Entry("di-kbri"), label: Some("panduan ini") },
                Part::Text("."),
            ]
        );
        assert_eq!(all("[[+855 12 813 282]]"), [Part::Mention { target: Target::Number("+855 12 813 282"), label: None }]);
        assert_eq!(all("[[117]]"), [Part::Mention { target: Target::Number("117"), label: None }]);
        assert_eq!(
            all("[[cek-nomor:+855 12 810 005|cek nomor itu]]"),
            [Part::Mention { target: Target::Page(Page::NumberCheck, Some("+855 12 810 005")), label: Some("cek nomor itu") }]
        );
        assert_eq!(
            all("[[pesan-bantuan|tulis pesan]]"),
            [Part::Mention { target: Target::Page(Page::HelpForm, None), label: Some("tulis pesan") }]
        );
    }

    #[test]
    fn broken_marks_stay_as_text() {
        assert_eq!(all("a [[di-kbri"), [Part::Text("a "), Part::Broken("[[di-kbri")]);
        assert_eq!(all("[[]] b"), [Part::Broken("[[]]"), Part::Text(" b")]);
        assert_eq!(all("[[x:y]]"), [Part::Broken("[[x:y]]")]);
        assert_eq!(all("[[|kata]]"), [Part::Broken("[[|kata]]")]);
    }

    #[test]
    fn plain_text_reads_as_shown() {
        let title = |id: &str| (id == "di-kbri").then_some("Di KBRI");
        assert_eq!(plain("Lihat panduan [[di-kbri]].", title), "Lihat panduan Di KBRI.");
        assert_eq!(plain("WA [[+855 12 813 282]] atau [[cek-nomor|cek dulu]].", title), "WA +855 12 813 282 atau cek dulu.");
        assert_eq!(plain("[[tidak-ada]]!", title), "!");
    }
}
