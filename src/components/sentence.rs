//! A text of the data as it reads: plain words, with each mention (`content::mention`) drawn
//! as the link or the action it names. Never HTML.

use leptos::prelude::*;

use crate::components::help_message::HELP_ANCHOR;
use crate::content::mention::{has_marks, parts, Page, Part, Target};
use crate::content::{channel_href, Catalogue, ChannelKind};
use crate::content::phone;
use crate::lang::Lang;
use crate::route::{entry_href, with_param, Route, NUMBER_PARAM, POCKET_FILE, POCKET_HREF, POSTER_HREF};
use crate::state::use_content;

/// `text` in `lang`'s words, mentions as links. A text without marks is one text node.
pub fn sentence(text: &str, lang: Lang) -> AnyView {
    if !has_marks(text) {
        return text.to_string().into_any();
    }
    let catalogue = use_content().ok();
    parts(text)
        .map(|part| match part {
            Part::Text(words) | Part::Broken(words) => words.to_string().into_any(),
            Part::Mention { target, label } => mention(catalogue.as_deref(), target, label, lang),
        })
        .collect::<Vec<_>>()
        .into_any()
}

fn mention(catalogue: Option<&Catalogue>, target: Target, label: Option<&str>, lang: Lang) -> AnyView {
    let (href, class, shown) = match target {
        Target::Entry(id) => {
            let title = catalogue.and_then(|c| c.title_of(id)).map(|t| t.get(lang));
            (catalogue.and_then(|c| entry_href(c, id, lang)), "mention", label.or(title).unwrap_or(id))
        }
        Target::Number(number) => {
            let (href, class) = catalogue.and_then(|c| number_action(c, number)).unzip();
            (href, class.unwrap_or("mention"), number)
        }
        Target::Page(page, given) => (Some(page_href(page, given, lang)), "mention", label.unwrap_or_default()),
    };
    // The site's own files are not pages of the app (`rel="external"` keeps its link handling
    // out), and a kiosk offers neither (style/main.css hides what holds them).
    let file = matches!(target, Target::Page(Page::PocketFile | Page::Poster, _));
    let (class, rel) = if file { ("mention off-kiosk", Some("external")) } else { (class, None) };
    let download = matches!(target, Target::Page(Page::PocketFile, _)).then_some(POCKET_FILE);
    let shown = shown.to_string();
    match href {
        Some(href) => view! { <a class=class href=href rel=rel download=download>{shown}</a> }.into_any(),
        None => shown.into_any(),
    }
}

/// What tapping a number does: WhatsApp where a contact lists the number on WhatsApp (the
/// embassy's hotlines), else a call. The data writes a number as its contact does (the build's
/// validation checks that one does), so the digits are compared as they are.
fn number_action(catalogue: &Catalogue, number: &str) -> Option<(String, &'static str)> {
    let digits = phone::tel_href(number)?;
    let channels = catalogue.contacts.iter().flat_map(|contact| &contact.channels);
    let mut call = None;
    for channel in channels.filter(|ch| phone::tel_href(&ch.value).as_ref() == Some(&digits)) {
        match channel.kind {
            ChannelKind::Whatsapp => return Some((channel_href(channel)?, "num-action wa")),
            ChannelKind::Phone if call.is_none() => call = Some(digits.clone()),
            _ => {}
        }
    }
    call.map(|href| (href, "num-action call"))
}

/// The address of a page a text points to.
fn page_href(page: Page, given: Option<&str>, lang: Lang) -> String {
    match page {
        Page::NumberCheck => {
            let path = Route::VerifyNumber.href(lang);
            match given {
                Some(number) => [path.as_str(), &with_param("", NUMBER_PARAM, Some(number))].concat(),
                None => path,
            }
        }
        Page::WayHome => Route::WayHome.href(lang),
        Page::HelpForm => [Route::Emergency.href(lang).as_str(), "#", HELP_ANCHOR].concat(),
        Page::PocketFile => POCKET_HREF.to_string(),
        Page::Poster => POSTER_HREF.to_string(),
    }
}
