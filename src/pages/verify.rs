use leptos::prelude::*;

use crate::app::{page_lang, use_app};
use crate::components::list::CollectAny;
use crate::components::loaded::with_content;
use crate::components::entry::hotline_button;
use crate::content::verify::{verify, Verification};
use crate::content::{Catalogue, Lang};
use crate::route::query_param;
use crate::ui_text::*;

/// `/kontak/verifikasi?nomor=…`: is this number really the embassy's?
#[component]
pub fn VerifyNumber() -> impl IntoView {
    let lang = page_lang();
    let address = use_app().address.url();
    let input = RwSignal::new(address.with_untracked(|url| query_param(&url.query, "nomor")).unwrap_or_default());
    view! {
        <h1>{VERIFY_TITLE.get(lang)}</h1>
        <p class="lead">{VERIFY_INTRO.get(lang)}</p>
        <div class="search">
            <label class="search-label" for="nomor">{VERIFY_LABEL.get(lang)}</label>
            <input id="nomor" name="nomor" type="tel" inputmode="tel" autocomplete="off"
                placeholder="+855 12 813 282" prop:value=move || input.get()
                on:input=move |ev| input.set(event_target_value(&ev)) />
        </div>
        {with_content(move |catalogue, lang| {
            let catalogue = catalogue.clone();
            move || result(&catalogue, &input.get(), lang)
        })}
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
                            <a href=format!("/kontak/{}", contact.id)>{contact.title.get(lang).to_string()}</a>
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
