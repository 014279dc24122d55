use leptos::prelude::*;

use crate::components::entry::{channel_link, sources, text_list};
use crate::components::loaded::with_content;
use crate::content::ContactGroup;
use crate::pages::not_found::NotFound;
use crate::pages::route_id;
use crate::ui_text::*;

fn group_title(group: ContactGroup) -> UiText {
    match group {
        ContactGroup::Embassy => GROUP_EMBASSY,
        ContactGroup::Cambodia => GROUP_CAMBODIA,
        ContactGroup::Indonesia => GROUP_INDONESIA,
        ContactGroup::Organisation => GROUP_ORGANISATION,
    }
}

const GROUPS: [ContactGroup; 4] =
    [ContactGroup::Embassy, ContactGroup::Cambodia, ContactGroup::Indonesia, ContactGroup::Organisation];

#[component]
pub fn ContactList() -> impl IntoView {
    with_content(|catalogue, lang| {
        let groups = GROUPS
            .iter()
            .map(|&group| {
                let items = catalogue
                    .contacts
                    .iter()
                    .filter(|c| c.group == group)
                    .map(|c| {
                        view! {
                            <li>
                                <a class="card" href=format!("/kontak/{}", c.id)>
                                    <span class="card-title">{c.title.get(lang).to_string()}</span>
                                    <span class="card-summary">{c.summary.get(lang).to_string()}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <section><h2>{group_title(group).get(lang)}</h2><ul class="cards">{items}</ul></section> }
            })
            .collect_view();
        view! { <h1>{CONTACTS_TITLE.get(lang)}</h1>{groups} }
    })
}

#[component]
pub fn ContactPage() -> impl IntoView {
    let id = route_id();
    with_content(move |catalogue, lang| {
        let Some(contact) = catalogue.contact(&id.get()) else {
            return view! { <NotFound /> }.into_any();
        };
        let channels = contact.channels.iter().map(|ch| channel_link(ch, lang)).collect_view();
        view! {
            <article class="entry contact">
                <p class="kind">{group_title(contact.group).get(lang)}</p>
                <h1>{contact.title.get(lang).to_string()}</h1>
                <p class="lead">{contact.summary.get(lang).to_string()}</p>
                <section>
                    <h2>{CHANNELS.get(lang)}</h2>
                    <ul class="channels">{channels}</ul>
                </section>
                {contact.location.as_ref().map(|l| view! {
                    <section><h2>{LOCATION.get(lang)}</h2><p>{l.get(lang).to_string()}</p></section>
                })}
                {text_list(NOTES, &contact.notes, lang, false)}
                {sources(&contact.sources, &contact.verified, lang)}
            </article>
        }
        .into_any()
    })
}

