//! Which parts of each entry are searchable, in which field and language.

use std::borrow::Cow;

use crate::content::mention::{has_marks, plain};
use crate::content::{Catalogue, ChannelKind, Checklist, Contact, EntryKind, Guide, Point, Text};
use crate::lang::Lang;

/// Where a word was found; the field decides its weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Title,
    Keywords,
    Summary,
    /// Steps, notes, items, channel labels, location: everything else that is read.
    Body,
    /// A contact's phone numbers, as digit strings.
    Number,
}

impl Field {
    pub const COUNT: usize = 5;
    pub const ALL: [Field; Field::COUNT] = [Field::Title, Field::Keywords, Field::Summary, Field::Body, Field::Number];

    pub fn slot(self) -> usize {
        self as usize
    }

    /// The field weights, in one place (BM25F): what one occurrence of a word counts in each
    /// field before saturation. A word in the title counts four times one in the body: the
    /// title says what the entry is about, the keywords what people call it, the summary what
    /// it is for; the body mentions everything. A phone number's digits count like keywords.
    pub fn weight(self) -> f32 {
        match self {
            Field::Title => 4.0,
            Field::Keywords => 3.0,
            Field::Summary => 2.0,
            Field::Body => 1.0,
            Field::Number => 3.0,
        }
    }

    /// Whether a word here names what an entry is about. A word no entry has outside its body
    /// (`habis`, `lama`) is rare, but not a topic of the content: it decides less
    /// (`rank::BODY_ONLY`).
    pub fn names_topic(self) -> bool {
        self != Field::Body
    }

    /// BM25's length normalisation (`b`) per field: long bodies are normalised fully, short
    /// titles and keyword lists less, phone numbers not at all.
    pub fn length_normalisation(self) -> f32 {
        match self {
            Field::Title => 0.5,
            Field::Keywords => 0.4,
            Field::Summary | Field::Body => 0.75,
            Field::Number => 0.0,
        }
    }
}

/// One searchable text of an entry.
pub struct Piece<'a> {
    pub field: Field,
    /// The text's language; `None` for keywords, which mix both.
    pub lang: Option<Lang>,
    /// As the page shows it: a mention is its words (`content::mention::plain`).
    pub text: Cow<'a, str>,
}

/// One entry, flattened for indexing.
pub struct Searchable<'a> {
    pub id: &'a str,
    pub kind: EntryKind,
    pub pieces: Vec<Piece<'a>>,
    /// Digits of each phone number (`85512813282`, `117`).
    pub numbers: Vec<String>,
}

/// Every entry of the catalogue: contacts (embassy first, as the data orders them), then
/// guides, then checklists. Ties in ranking keep this order.
pub fn searchables(catalogue: &Catalogue) -> Vec<Searchable<'_>> {
    let mut all = Vec::with_capacity(catalogue.contacts.len() + catalogue.guides.len() + catalogue.checklists.len());
    all.extend(catalogue.contacts.iter().map(|c| contact(catalogue, c)));
    all.extend(catalogue.guides.iter().map(|g| guide(catalogue, g)));
    all.extend(catalogue.checklists.iter().map(|c| checklist(catalogue, c)));
    all
}

/// Collects pieces of one entry; the catalogue names the entries its texts mention.
struct Pieces<'a>(&'a Catalogue, Vec<Piece<'a>>);

impl<'a> Pieces<'a> {
    fn text(&mut self, field: Field, text: &'a Text) {
        for lang in [Lang::Id, Lang::En] {
            let words = text.get(lang);
            let text = if has_marks(words) {
                Cow::Owned(plain(words, |id| self.0.title_of(id).map(|t| t.get(lang))))
            } else {
                Cow::Borrowed(words)
            };
            self.1.push(Piece { field, lang: Some(lang), text });
        }
    }

    fn points(&mut self, field: Field, points: &'a [Point]) {
        for point in points {
            self.text(field, &point.text);
        }
    }

    fn keywords(&mut self, keywords: &'a [String]) {
        for keyword in keywords {
            self.1.push(Piece { field: Field::Keywords, lang: None, text: Cow::Borrowed(keyword) });
        }
    }

    fn words(&mut self, field: Field, words: impl IntoIterator<Item = &'a str>) {
        for text in words {
            self.1.push(Piece { field, lang: None, text: Cow::Borrowed(text) });
        }
    }
}

pub(super) fn contact<'a>(catalogue: &'a Catalogue, contact: &'a Contact) -> Searchable<'a> {
    let mut pieces = Pieces(catalogue, Vec::new());
    pieces.text(Field::Title, &contact.title);
    pieces.keywords(&contact.keywords);
    pieces.text(Field::Summary, &contact.summary);
    let mut numbers = Vec::new();
    for channel in &contact.channels {
        pieces.text(Field::Body, &channel.label);
        if let Some(note) = &channel.note {
            pieces.text(Field::Body, note);
        }
        match channel.kind {
            ChannelKind::Phone | ChannelKind::Whatsapp | ChannelKind::Sms => {
                let digits: String = channel.value.chars().filter(char::is_ascii_digit).collect();
                if !digits.is_empty() && !numbers.contains(&digits) {
                    numbers.push(digits);
                }
            }
            ChannelKind::Email | ChannelKind::Web => pieces.words(Field::Body, address_names(&channel.value)),
        }
    }
    if let Some(location) = &contact.location {
        pieces.text(Field::Body, location);
    }
    pieces.points(Field::Body, &contact.notes);
    Searchable { id: &contact.id, kind: EntryKind::Contact, pieces: pieces.1, numbers }
}

pub(super) fn guide<'a>(catalogue: &'a Catalogue, guide: &'a Guide) -> Searchable<'a> {
    let mut pieces = Pieces(catalogue, Vec::new());
    pieces.text(Field::Title, &guide.title);
    pieces.keywords(&guide.keywords);
    pieces.text(Field::Summary, &guide.summary);
    pieces.text(Field::Body, &guide.answer);
    for body in [&guide.steps, &guide.bring, &guide.say, &guide.notes] {
        pieces.points(Field::Body, body);
    }
    Searchable { id: &guide.id, kind: EntryKind::Guide, pieces: pieces.1, numbers: Vec::new() }
}

pub(super) fn checklist<'a>(catalogue: &'a Catalogue, checklist: &'a Checklist) -> Searchable<'a> {
    let mut pieces = Pieces(catalogue, Vec::new());
    pieces.text(Field::Title, &checklist.title);
    pieces.keywords(&checklist.keywords);
    pieces.text(Field::Summary, &checklist.summary);
    for item in &checklist.items {
        pieces.text(Field::Body, &item.text);
        pieces.text(Field::Body, &item.why);
    }
    for verdict in &checklist.verdicts {
        pieces.text(Field::Body, &verdict.title);
        pieces.points(Field::Body, &verdict.steps);
    }
    Searchable { id: &checklist.id, kind: EntryKind::Checklist, pieces: pieces.1, numbers: Vec::new() }
}

/// The telling names in a web or e-mail address (`peduliwni`, `kemlu` from
/// `https://peduliwni.kemlu.go.id`): labels of four letters or more, so `www`, `go`, `id`,
/// `com` and the scheme do not make every address match.
fn address_names(address: &str) -> impl Iterator<Item = &str> {
    let without_scheme = address.split_once(':').map_or(address, |(_, rest)| rest.trim_start_matches('/'));
    let host = without_scheme.split('/').next().unwrap_or_default();
    let host = host.split_once('@').map_or(host, |(_, domain)| domain);
    host.split('.').filter(|label| label.len() >= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_give_their_names() {
        let names: Vec<&str> = address_names("https://peduliwni.kemlu.go.id/path").collect();
        assert_eq!(names, ["peduliwni", "kemlu"]);
        let names: Vec<&str> = address_names("pengaduan@licadho-cambodia.org").collect();
        assert_eq!(names, ["licadho-cambodia"]);
    }
}
