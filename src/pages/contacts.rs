use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::{cards, channel_link, point_list, sources};
use crate::components::kiosk_layer::instead_on_kiosk;
use crate::components::list::CollectAny;
use crate::components::pass_on::pass_on;
use crate::content::{vcard_data_url, Catalogue, ChannelKind, Contact, ContactGroup};
use crate::lang::Lang;
use crate::pages::not_found::NotFound;
use crate::platform::address_bar::Move;
use crate::route::{Route, entry_href, query_param, with_param};
use crate::state::{use_page, view_lang};
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
pub fn ContactList(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let groups = GROUPS
        .iter()
        .map(|&group| {
            let contacts = catalogue
                .contacts
                .iter()
                .filter(move |c| c.group == group)
                .filter_map(|c| Some((entry_href(&catalogue, &c.id, lang)?, &c.title, &c.summary)));
            view! { <section><h2>{group_title(group).get(lang)}</h2>{cards(contacts, lang)}</section> }
        })
        .collect_any();
    view! {
        <h1>{CONTACTS_TITLE.get(lang)}</h1>
        <p><a class="section-link" href=Route::VerifyNumber.href(lang)>{VERIFY_LINK.get(lang)}</a></p>
        {groups}
    }
}

#[component]
pub fn ContactPage(catalogue: Arc<Catalogue>, id: String) -> impl IntoView {
    let lang = view_lang();
    let Some(contact) = catalogue.contact(&id) else {
        return view! { <NotFound /> }.into_any();
    };
    let channels = contact.channels.iter().map(|ch| channel_link(ch, lang)).collect_any();
    let has_number = contact.channels.iter().any(|ch| ch.kind != ChannelKind::Web);
    let save = has_number.then(|| {
        instead_on_kiosk(SAVE_CONTACT).unwrap_or_else(|| {
            view! {
                <a class="button secondary-link" href=vcard_data_url(contact, lang) download=[contact.id.as_str(), ".vcf"].concat()>
                    {SAVE_CONTACT.get(lang)}
                </a>
            }
            .into_any()
        })
    });
    view! {
        <article class="entry contact">
            <p class="kind">{group_title(contact.group).get(lang)}</p>
            <h1>{contact.title.get(lang).to_string()}</h1>
            <p class="lead">{contact.summary.get(lang).to_string()}</p>
            {pass_on(entry_href(&catalogue, &contact.id, lang).unwrap_or_default(), lang)}
            <section>
                <h2>{CHANNELS.get(lang)}</h2>
                <ul class="channels">{channels}</ul>
                <p class="actions">{save}</p>
            </section>
            {location(contact, lang)}
            {point_list(NOTES, &contact.notes, lang, false)}
            {sources(&contact.sources, &contact.verified, lang)}
        </article>
    }
    .into_any()
}

/// The address parameter that keeps the driver card open, so it survives the language switch
/// and a reload.
const DRIVER_PARAM: &str = "sopir";

/// Where the contact is, with a large English view to show a tuk-tuk or taxi driver.
fn location(contact: &Contact, lang: Lang) -> Option<AnyView> {
    let place = contact.location.as_ref()?;
    let address = use_page().address;
    let driver_open = move || address.url().with(|url| query_param(&url.query, DRIVER_PARAM).is_some());
    let show_driver = move |open: bool| {
        let url = address.url().get_untracked();
        let query = with_param(&url.query, DRIVER_PARAM, open.then_some("1"));
        address.go(&[url.path.as_str(), &query, &url.hash].concat(), Move::Replace);
    };
    let destination = [contact.title.en.as_str(), "\n", &place.en].concat();
    Some(view! {
        <section>
            <h2>{LOCATION.get(lang)}</h2>
            <p>{place.get(lang).to_string()}</p>
            <button type="button" class="secondary" on:click=move |_| show_driver(true)>{SHOW_DRIVER.get(lang)}</button>
            {move || driver_open().then(|| view! {
                <div class="driver" role="dialog" aria-modal="true" aria-label=SHOW_DRIVER.get(lang)>
                    <button type="button" on:click=move |_| show_driver(false)>{CLOSE.get(lang)}</button>
                    <p class="driver-ask" lang="en">{DRIVER_ASK.get(lang)}</p>
                    <p class="driver-place" lang="en">{destination.clone()}</p>
                </div>
            }.into_any())}
        </section>
    }.into_any())
}
