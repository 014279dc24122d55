//! Pieces every entry page shares: channel links, lists of steps and notes (Pelita's own
//! advice marked as such), links to other entries, and the sources with their date.

use leptos::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::components::kiosk_layer::instead_on_kiosk;
use crate::components::list::CollectAny;
use crate::content::built_in::PROTECTION_HOTLINE;
use crate::components::sentence::sentence;
use crate::content::phone::whatsapp_href;
use crate::content::{channel_href, human_date, Catalogue, Channel, ChannelKind, Point, Source, Text};
use crate::lang::Lang;
use crate::route::entry_href;
use crate::ui_text::*;

/// The embassy's protection hotline as a large WhatsApp button (its hotlines are WhatsApp
/// lines): what every "what now?" answer ends with (no search results, an unknown number).
pub fn hotline_button(label: UiText, lang: Lang) -> impl IntoView {
    view! {
        <p><a class="button call-button" href=whatsapp_href(PROTECTION_HOTLINE)><span>{label.get(lang)}</span>" "<span class="num">{PROTECTION_HOTLINE}</span></a></p>
    }
}

/// The first way to reach the first of `contacts` that has a number, as a large button: the
/// contact that works where the reader is comes first in the data (KP2MI for someone still in
/// Indonesia, the embassy's WhatsApp hotline in Cambodia). The embassy's hotline when none has.
pub fn lead_contact_button(catalogue: &Catalogue, contacts: &[String], lang: Lang) -> AnyView {
    let first = contacts.iter().filter_map(|id| catalogue.contact(id)).find_map(|contact| {
        let channel = contact.channels.iter().find(|ch| matches!(ch.kind, ChannelKind::Phone | ChannelKind::Whatsapp))?;
        Some((channel_href(channel)?, channel.label.get(lang), channel.value.as_str()))
    });
    match first {
        Some((href, label, number)) => view! {
            <p><a class="button call-button" href=href><span>{label.to_string()}</span>" "<span class="num">{number.to_string()}</span></a></p>
        }
        .into_any(),
        None => hotline_button(CALL_HOTLINE, lang).into_any(),
    }
}

/// One way to reach a contact, as a real link with its label and value.
pub fn channel_link(channel: &Channel, lang: Lang) -> impl IntoView {
    let href = channel_href(channel);
    let class = match channel.kind {
        ChannelKind::Phone => "channel call",
        ChannelKind::Whatsapp => "channel wa",
        ChannelKind::Sms => "channel sms",
        ChannelKind::Email => "channel email",
        ChannelKind::Web => "channel web",
    };
    let shown = match channel.kind {
        ChannelKind::Web => channel.value.strip_prefix("https://").unwrap_or(&channel.value).to_string(),
        _ => channel.value.clone(),
    };
    let scope = channel.scope.as_deref().map(|code| [ONLY_IN.get(lang), " ", country(code).get(lang)].concat());
    let note = channel.note.as_ref().map(|n| n.get(lang).to_string());
    let copy = (channel.kind == ChannelKind::Phone)
        .then(|| instead_on_kiosk(COPY_NUMBER).unwrap_or_else(|| view! { <CopyButton text=channel.value.clone() label=COPY_NUMBER /> }.into_any()));
    view! {
        <li class=class>
            <a href=href>
                <span class="channel-label">{channel.label.get(lang).to_string()}</span>
                <span class="channel-value">{shown}</span>
            </a>
            {copy}
            {scope.map(|s| view! { <p class="channel-note">{s}</p> }.into_any())}
            {note.map(|n| view! { <p class="channel-note">{n}</p> }.into_any())}
        </li>
    }
}

/// The country a domestic number works in, by its code in the data (`KH` or `ID`: validation
/// allows no other).
fn country(code: &str) -> UiText {
    if code == "KH" {
        COUNTRY_KH
    } else {
        COUNTRY_ID
    }
}

/// A step or note; Pelita's own advice is marked, quietly, so it is never taken for a sourced
/// fact (a list of nothing but advice says so once instead: `point_list`).
pub fn point_item(point: &Point, lang: Lang) -> AnyView {
    point_item_marked(point, lang, point.advice)
}

fn point_item_marked(point: &Point, lang: Lang, marked: bool) -> AnyView {
    let text = sentence(point.text.get(lang), lang);
    match (point.advice, marked) {
        (true, true) => view! { <li class="advice"><span class="advice-label">{ADVICE.get(lang)}": "</span>{text}</li> }.into_any(),
        (true, false) => view! { <li class="advice">{text}</li> }.into_any(),
        _ => view! { <li>{text}</li> }.into_any(),
    }
}

/// A titled list of steps or notes, or nothing when the list is empty. When every item is
/// Pelita's own advice, one line under the title says so, not a label on every item.
pub fn point_list(title: UiText, items: &[Point], lang: Lang, ordered: bool) -> Option<AnyView> {
    if items.is_empty() {
        return None;
    }
    let all_advice = items.iter().all(|p| p.advice);
    let lis: Vec<AnyView> = items.iter().map(|p| point_item_marked(p, lang, p.advice && !all_advice)).collect();
    let note = all_advice.then(|| view! { <p class="advice-note">{ADVICE_ALL.get(lang)}</p> }.into_any());
    let list = if ordered {
        view! { <ol class="steps">{lis}</ol> }.into_any()
    } else {
        view! { <ul>{lis}</ul> }.into_any()
    };
    Some(view! { <section><h2>{title.get(lang)}</h2>{note}{list}</section> }.into_any())
}

/// Links to other entries by id, titled in the current language; unknown ids are skipped.
pub fn entry_links(title: UiText, ids: &[String], catalogue: &Catalogue, lang: Lang) -> Option<AnyView> {
    let links: Vec<_> = ids
        .iter()
        .filter_map(|id| Some((entry_href(catalogue, id, lang)?, catalogue.title_of(id)?.get(lang).to_string())))
        .collect();
    if links.is_empty() {
        return None;
    }
    let items = links
        .into_iter()
        .map(|(href, title)| view! { <li><a class="entry-link" href=href>{title}</a></li> })
        .collect_any();
    Some(view! { <section><h2>{title.get(lang)}</h2><ul class="links">{items}</ul></section> }.into_any())
}

/// Entries as cards, each its title and one-line summary, linked to its page.
pub fn cards<'a>(entries: impl Iterator<Item = (String, &'a Text, &'a Text)>, lang: Lang) -> AnyView {
    let items = entries
        .map(|(href, title, summary)| {
            view! {
                <li>
                    <a class="card" href=href>
                        <span class="card-title">{title.get(lang).to_string()}</span>
                        <span class="card-summary">{summary.get(lang).to_string()}</span>
                    </a>
                </li>
            }
        })
        .collect_any();
    view! { <ul class="cards">{items}</ul> }.into_any()
}

/// Where the facts come from, and the date of the newest of those sources (not the date
/// anyone checked them).
pub fn sources(sources: &[Source], verified: &str, lang: Lang) -> impl IntoView {
    let items = sources
        .iter()
        .map(|s| view! { <li><a href=s.url.clone() rel="noopener">{s.title.clone()}</a></li> })
        .collect_any();
    view! {
        <footer class="sources">
            <h2>{SOURCES.get(lang)}</h2>
            <p class="verified">{SOURCE_DATE.get(lang)}" "<time datetime=verified.to_string()>{human_date(verified, lang)}</time></p>
            <ul>{items}</ul>
        </footer>
    }
}
