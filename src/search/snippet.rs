//! Snippets: a short piece of an entry's text around the words a search matched, split into
//! plain and highlighted segments so the view can render `<mark>` without raw HTML.

use super::normalize::{words, Word};
use super::stem::candidates;

/// A run of text, highlighted or not. Concatenated, the segments are the snippet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub highlighted: bool,
}

const ELLIPSIS: &str = "…";

/// The part of `text` (at most about `max_chars` characters, cut between words) with the most
/// matched words, each highlighted. `matched` is a `Hit::matched` list: a word is highlighted
/// when one of its stems is in it, and a group of digits when it is part of a matched number.
/// With nothing matched, the start of the text.
pub fn snippet(text: &str, matched: &[String], max_chars: usize) -> Vec<Segment> {
    let all_words = words(text);
    let highlights: Vec<&Word> = all_words.iter().filter(|w| is_match(&w.text, matched)).collect();
    let (start, end) = window(text, &all_words, &highlights, max_chars);
    let mut segments = Vec::new();
    let mut plain = String::new();
    if start > 0 {
        plain.push_str(ELLIPSIS);
    }
    let mut at = start;
    for word in highlights.iter().filter(|w| w.start >= start && w.end <= end) {
        plain.push_str(&text[at..word.start]);
        push_segment(&mut segments, std::mem::take(&mut plain), false);
        push_segment(&mut segments, text[word.start..word.end].to_string(), true);
        at = word.end;
    }
    plain.push_str(&text[at..end]);
    if end < text.len() {
        plain.push_str(ELLIPSIS);
    }
    push_segment(&mut segments, plain, false);
    segments
}

/// Appends a segment, joining it to the previous one when both are highlighted and nothing
/// but spaces would separate them, so `lapor diri` is one mark.
fn push_segment(segments: &mut Vec<Segment>, text: String, highlighted: bool) {
    if text.is_empty() {
        return;
    }
    if highlighted {
        let joinable = segments.len() >= 2
            && segments[segments.len() - 2].highlighted
            && segments.last().is_some_and(|s| !s.highlighted && s.text.chars().all(char::is_whitespace));
        if joinable {
            if let Some(space) = segments.pop() {
                if let Some(previous) = segments.last_mut() {
                    previous.text.push_str(&space.text);
                    previous.text.push_str(&text);
                }
            }
            return;
        }
        if let Some(previous) = segments.last_mut().filter(|s| s.highlighted) {
            previous.text.push_str(&text);
            return;
        }
    }
    segments.push(Segment { text, highlighted });
}

fn is_match(word: &str, matched: &[String]) -> bool {
    if word.bytes().all(|b| b.is_ascii_digit()) {
        // Phone numbers are written in groups but matched whole (`813 282` ↔ `813282`).
        return matched.iter().any(|m| {
            m.bytes().all(|b| b.is_ascii_digit()) && (has_run(m, word) || has_run(word, m))
        });
    }
    candidates(word, None).iter().any(|stem| matched.contains(stem))
}

/// Whether `digits` contains `run`. Byte windows: for a few digits, the general substring
/// search (`str::contains`) is much more code in the wasm than work saved.
fn has_run(digits: &str, run: &str) -> bool {
    !run.is_empty() && digits.as_bytes().windows(run.len()).any(|window| window == run.as_bytes())
}

/// The byte range to show: the whole text if it fits, otherwise the window of `max_chars`
/// that holds the most highlights, starting a little before the first of them.
fn window(text: &str, all_words: &[Word], highlights: &[&Word], max_chars: usize) -> (usize, usize) {
    if text.chars().count() <= max_chars {
        return (0, text.len());
    }
    // Some context before the first highlight, so it does not open the snippet cold.
    let lead = max_chars / 5;
    let best_start = highlights
        .iter()
        .map(|first| {
            let start = start_with_lead(text, all_words, first.start, lead);
            let end = end_within(text, all_words, start, max_chars);
            let count = highlights.iter().filter(|h| h.start >= start && h.end <= end).count();
            (count, start)
        })
        // Most highlights; among equals, the earliest.
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map_or(0, |(_, start)| start);
    (best_start, end_within(text, all_words, best_start, max_chars))
}

/// The start of the word that begins about `lead` characters before `at` (or `at` itself).
fn start_with_lead(text: &str, all_words: &[Word], at: usize, lead: usize) -> usize {
    let earliest = text[..at].char_indices().rev().nth(lead.saturating_sub(1)).map_or(0, |(i, _)| i);
    all_words.iter().map(|w| w.start).find(|&s| s >= earliest && s <= at).unwrap_or(at)
}

/// The end of the last word that ends within `max_chars` characters of `start`.
fn end_within(text: &str, all_words: &[Word], start: usize, max_chars: usize) -> usize {
    let limit = text[start..].char_indices().nth(max_chars).map_or(text.len(), |(i, _)| start + i);
    all_words.iter().rev().find(|w| w.start >= start && w.end <= limit).map_or(limit, |w| w.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(segments: &[Segment]) -> String {
        segments
            .iter()
            .map(|s| if s.highlighted { format!("[{}]", s.text) } else { s.text.clone() })
            .collect()
    }

    fn matched(terms: &[&str]) -> Vec<String> {
        terms.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn highlights_every_form_of_a_matched_stem() {
        let text = "Paspor ditahan majikan? Menahan paspor itu melanggar hukum.";
        let s = snippet(text, &matched(&["tahan", "paspor"]), 200);
        assert_eq!(render(&s), "[Paspor ditahan] majikan? [Menahan paspor] itu melanggar hukum.");
    }

    #[test]
    fn highlights_the_groups_of_a_matched_number() {
        let s = snippet("Hotline: +855 12 813 282", &matched(&["813282"]), 100);
        assert_eq!(render(&s), "Hotline: +855 12 [813 282]");
        let s = snippet("Call 117 now", &matched(&["117"]), 100);
        assert_eq!(render(&s), "Call [117] now");
    }

    #[test]
    fn long_texts_are_cut_between_words_around_the_matches() {
        let text = "Satu dua tiga empat lima enam tujuh delapan sembilan sepuluh. Paspor Anda ditahan oleh majikan yang tidak mau mengembalikannya. Sebelas dua belas tiga belas.";
        let s = snippet(text, &matched(&["paspor", "tahan"]), 60);
        let shown = render(&s);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.contains("[Paspor] Anda [ditahan]"), "{shown}");
        let visible: String = s.iter().map(|seg| seg.text.as_str()).collect();
        assert!(visible.chars().count() <= 62, "{visible}");
        for seg in &s {
            assert!(!seg.text.is_empty());
        }
    }

    #[test]
    fn without_matches_the_text_starts_the_snippet() {
        let text = "Kedutaan Indonesia di Kamboja. Hubungi dulu kalau Anda dalam bahaya.";
        let s = snippet(text, &[], 30);
        assert_eq!(s.len(), 1);
        assert!(!s[0].highlighted);
        assert!(s[0].text.starts_with("Kedutaan Indonesia di"), "{}", s[0].text);
        assert!(s[0].text.ends_with('…'));
    }
}
