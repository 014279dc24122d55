//! The piece of a hit's own text to show under its title in the results.

use super::fields::{self, Field, Searchable};
use super::rank::Hit;
use super::snippet::{snippet, Segment};
use crate::content::{Catalogue, EntryKind};
use crate::lang::Lang;

/// A snippet from the hit's summary or body, in `lang`, preferring the first text that shows a
/// matched word; the summary when none does.
pub fn excerpt(catalogue: &Catalogue, hit: &Hit, lang: Lang, max_chars: usize) -> Vec<Segment> {
    let Some(entry) = searchable(catalogue, hit) else {
        return Vec::new();
    };
    let mut first = None;
    for field in [Field::Summary, Field::Body] {
        for piece in entry.pieces.iter().filter(|p| p.field == field && p.lang == Some(lang)) {
            let segments = snippet(&piece.text, &hit.matched, max_chars);
            if segments.iter().any(|s| s.highlighted) {
                return segments;
            }
            first.get_or_insert(segments);
        }
    }
    first.unwrap_or_default()
}

fn searchable<'a>(catalogue: &'a Catalogue, hit: &Hit) -> Option<Searchable<'a>> {
    match hit.kind {
        EntryKind::Contact => catalogue.contact(&hit.id).map(|c| fields::contact(catalogue, c)),
        EntryKind::Guide => catalogue.guide(&hit.id).map(|g| fields::guide(catalogue, g)),
        EntryKind::Checklist => catalogue.checklist(&hit.id).map(|c| fields::checklist(catalogue, c)),
    }
}
