use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::hotline_button;
use crate::components::list::CollectAny;
use crate::components::without_app::without_app;
use crate::content::built_in::EMBASSY_ID;
use crate::content::verify::{verify, Verification};
use crate::content::Catalogue;
use crate::lang::Lang;
use crate::route::{entry_href, query_param, NUMBER_PARAM};
use crate::state::{use_page, view_lang};
use crate::ui_text::*;

/// `/kontak/verifikasi?nomor=…`: is this number really the embassy's?
#[component]
pub fn VerifyNumber(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let address = use_page().address;
    let input = RwSignal::new(address.url().with_untracked(|url| query_param(&url.query, NUMBER_PARAM)).unwrap_or_default());
    let on_input = move |ev| {
        let typed = event_target_value(&ev);
        address.keep_typed(NUMBER_PARAM, &typed);
        input.set(typed);
    };
    view! {
        <h1>{VERIFY_TITLE.get(lang)}</h1>
        <p class="lead">{VERIFY_INTRO.get(lang)}</p>
        <div class="search">
            <label class="search-label" for="nomor">{VERIFY_LABEL.get(lang)}</label>
            <input id="nomor" name="nomor" type="tel" inputmode="tel" autocomplete="off"
                placeholder="+855 12 813 282" prop:value=move || input.get() on:input=on_input />
        </div>
        {without_app(WITHOUT_APP_VERIFY, lang, || view! {
            <p><a class="section-link" href=entry_href(&catalogue, EMBASSY_ID, lang)>"KBRI Phnom Penh"</a></p>
        }.into_any())}
        {move || result(&catalogue, &input.get(), lang)}
    }
}

fn result(catalogue: &Catalogue, input: &str, lang: Lang) -> Option<AnyView> {
    if input.trim().is_empty() {
        return None;
    }
    let warning = view! {
        <p>{VERIFY_WARNING.get(lang)}</p>
        {hotline_button(CALL_HOTLINE, lang)}
    };
    let view = match verify(catalogue, input) {
        Verification::Official { normalized, listings } => {
            let names = listings
                .iter()
                .filter_map(|listing| {
                    let contact = catalogue.contact(&listing.contact_id)?;
                    let labels: Vec<&str> = listing
                        .channels
                        .iter()
                        .filter_map(|&i| contact.channels.get(i))
                        .map(|ch| ch.label.get(lang))
                        .collect();
                    Some(view! {
                        <li>
                            <a href=entry_href(catalogue, &contact.id, lang)>{contact.title.get(lang).to_string()}</a>
                            ": "{labels.join(", ")}
                        </li>
                    })
                })
                .collect_any();
            view! {
                <section class="verdict ok" data-verdict="official" aria-live="polite">
                    <h2>{VERIFY_OFFICIAL.get(lang)}" ✓"</h2>
                    <p>{VERIFY_READ_AS.get(lang)}": "{normalized}</p>
                    <p>{VERIFY_OFFICIAL_BODY.get(lang)}</p>
                    <ul>{names}</ul>
                </section>
            }
            .into_any()
        }
        Verification::Unknown { normalized } => view! {
            <section class="verdict danger" data-verdict="unknown" aria-live="polite">
                <h2>{VERIFY_UNKNOWN.get(lang)}</h2>
                <p>{VERIFY_READ_AS.get(lang)}": "{normalized}</p>
                {warning}
            </section>
        }
        .into_any(),
        Verification::Invalid => view! {
            <section class="verdict caution" data-verdict="invalid" aria-live="polite">
                <p>{VERIFY_INVALID.get(lang)}</p>
                {warning}
            </section>
        }
        .into_any(),
    };
    Some(view)
}
