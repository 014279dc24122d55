//! What a visitor takes from the kiosk to their own phone in a QR code: the page's public
//! address, and a short text the phone shows with no data at all (the page's answer or its
//! general steps, the embassy's WhatsApp hotline, the content's edition). Never anything the
//! visitor ticked or typed.

use crate::content::built_in::PROTECTION_HOTLINE;
use crate::content::mention::plain;
use crate::content::{human_date, Catalogue};
use crate::lang::Lang;
use crate::route::Route;
use crate::ui_text::HOTLINE_WHATSAPP;

/// At most this many bytes: a cheap phone's camera reads a QR code this full from a screen.
pub const MAX_BYTES: usize = 300;

/// The QR code's text for the page of `route`, under the deployment's `public_url`, or `None`
/// for a page there is nothing to take home from (a list, the search).
pub fn take_home(catalogue: &Catalogue, route: &Route, public_url: &str, lang: Lang) -> Option<String> {
    let title_of = |id: &str| catalogue.title_of(id).map(|t| t.get(lang));
    let body = match route {
        Route::Guide(page) => plain(catalogue.guide(&page.id)?.answer.get(lang), title_of),
        Route::Contact(page) => {
            let contact = catalogue.contact(&page.id)?;
            let reach = contact.channels.first().map(|ch| [ch.label.get(lang), ": ", &ch.value].concat());
            [contact.title.get(lang), "\n", reach.as_deref().unwrap_or_default()].concat()
        }
        Route::Checklist(page) => catalogue.checklist(&page.id)?.title.get(lang).to_string(),
        Route::WayHome => {
            let steps = catalogue.way_home.as_ref()?.steps.iter().enumerate();
            steps.map(|(i, step)| [&(i + 1).to_string(), ". ", step.title.get(lang)].concat()).collect::<Vec<_>>().join("\n")
        }
        _ => return None,
    };
    let edition = catalogue.about.as_ref().map(|about| human_date(&about.edition, lang)).unwrap_or_default();
    let head = [public_url, &route.href(lang), "\n"].concat();
    let tail = ["\n", HOTLINE_WHATSAPP.get(lang), " ", PROTECTION_HOTLINE, "\nPelita · ", &edition].concat();
    let room = MAX_BYTES.saturating_sub(head.len() + tail.len());
    Some([head.as_str(), &shortened(&body, room), &tail].concat())
}

/// `text` in at most `room` bytes: whole, or cut at a word with `…` after it.
fn shortened(text: &str, room: usize) -> String {
    const MORE: &str = "…";
    if text.len() <= room {
        return text.to_string();
    }
    let mut cut = room.saturating_sub(MORE.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut].rfind([' ', '\n']).unwrap_or(cut);
    [text[..cut].trim_end(), MORE].concat()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures;

    const PUBLIC: &str = "https://pelita.example";

    #[test]
    fn a_guide_carries_its_address_its_answer_the_hotline_and_the_edition() {
        let cat = fixtures::catalogue();
        let route = Route::of_entry(&cat, "paspor-ditahan").expect("fixture guide");
        let text = take_home(&cat, &route, PUBLIC, Lang::Id).expect("a guide has something to take");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], [PUBLIC, "/p/", &fixtures::code("paspor-ditahan")].concat());
        assert_eq!(lines[1], "Jawaban.");
        assert_eq!(lines[2], "WhatsApp KBRI +855 12 813 282");
        assert!(lines[3].starts_with("Pelita · "), "{text}");
        assert!(take_home(&cat, &route, PUBLIC, Lang::En).expect("English").starts_with(&[PUBLIC, "/en/p/"].concat()));
    }

    #[test]
    fn the_way_home_goes_as_its_general_steps() {
        let cat = fixtures::catalogue();
        let text = take_home(&cat, &Route::WayHome, PUBLIC, Lang::Id).expect("the way home");
        assert!(text.contains("\n1. "), "{text}");
        assert!(take_home(&cat, &Route::Guides, PUBLIC, Lang::Id).is_none(), "a list has nothing to take");
    }

    #[test]
    fn a_long_text_is_cut_at_a_word_to_fit_a_readable_code() {
        let mut cat = fixtures::catalogue();
        cat.guides[0].answer.ind = "kata ".repeat(200);
        let route = Route::of_entry(&cat, &cat.guides[0].id.clone()).expect("a guide");
        let text = take_home(&cat, &route, PUBLIC, Lang::Id).expect("a guide");
        assert!(text.len() <= MAX_BYTES, "{} bytes", text.len());
        assert!(text.contains("kata…\n"), "{text}");
        assert!(text.ends_with(&cat.about.as_ref().map(|a| human_date(&a.edition, Lang::Id)).unwrap_or_default()));
        assert_eq!(shortened("Dua kata", 6), "Dua…");
        assert_eq!(shortened("Dua kata", 8), "Dua kata");
        assert_eq!(shortened("ééé", 4), "…", "never half a character");
    }
}
