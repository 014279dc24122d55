//! What kiosk mode adds over the page: the idle countdown that wipes the screen for the next
//! visitor, a link held as a QR code instead of leaving, and the language choice on the start
//! screen. The clock and the link guard run in `state` for the life of the kiosk; these only
//! draw.

use leptos::prelude::*;

use crate::components::qr_code::Qr;
use crate::lang::Lang;
use crate::kiosk::take_home;
use crate::route::Route;
use crate::state::{use_content, use_kiosk, use_page, view_lang, KioskSession};
use crate::ui_text::*;

/// The idle countdown and held links, over the page.
#[component]
pub fn KioskLayer(kiosk: KioskSession) -> impl IntoView {
    let lang = view_lang();
    let KioskSession { countdown, held_link, take_home: taking_home, settings } = kiosk;
    // Drawn once when the countdown starts; only the number follows each tick.
    let counting = Memo::new(move |_| countdown.get().is_some());
    let seconds_left = move || SECONDS.of(countdown.get().unwrap_or(0), lang);
    let catalogue = use_content().ok();
    let route = use_page().route;
    // What the QR dialog shows: a link held back from leaving, or this page to take home; no
    // code at all, but a word to staff, when no public address a phone can open is set.
    let dialog = move || {
        let (note, payload) = match held_link.get() {
            Some(href) => (QR_HELD_LINK, Some(href)),
            None if taking_home.get() => {
                let payload = settings.public_url.as_deref().zip(catalogue.as_deref()).and_then(|(url, cat)| take_home(cat, &route.get(), url, lang));
                (TAKE_HOME_NOTE, payload)
            }
            None => return None,
        };
        let code = match payload {
            Some(payload) => view! { <Qr payload caption=QR_SCAN /> }.into_any(),
            None => view! { <p class="notice" data-testid="kiosk-setup">{KIOSK_SETUP.get(lang)}</p> }.into_any(),
        };
        let close = move |_| {
            held_link.set(None);
            taking_home.set(false);
        };
        Some(view! {
            <div class="overlay" role="dialog" aria-modal="true" aria-label=QR_LABEL.get(lang)>
                <div class="dialog">
                    <p>{note.get(lang)}</p>
                    {code}
                    <button type="button" on:click=close>{CLOSE.get(lang)}</button>
                </div>
            </div>
        }.into_any())
    };
    view! {
        {move || counting.get().then(|| view! {
            <div class="overlay" role="alertdialog" aria-modal="true" aria-labelledby="still-there">
                <div class="dialog">
                    <h2 id="still-there">{STILL_THERE.get(lang)}</h2>
                    <p>{STILL_THERE_BODY.get(lang)}" "<strong class="countdown">{seconds_left}</strong>"."</p>
                    <button type="button">{STILL_HERE.get(lang)}</button>
                </div>
            </div>
        }.into_any())}
        {dialog}
        {move || takes_home(&route.get()).then(|| view! {
            <button type="button" class="take-home" data-testid="take-home" on:click=move |_| taking_home.set(true)>{TAKE_HOME.get(lang)}</button>
        }.into_any())}
    }
}

/// The pages a visitor can take to their phone: one entry's, and the way home.
fn takes_home(route: &Route) -> bool {
    matches!(route, Route::Guide(_) | Route::Contact(_) | Route::Checklist(_) | Route::WayHome)
}

/// On the kiosk, a control that would save or copy onto the shared screen opens the "take it
/// to your phone" dialog instead; elsewhere `None`, and the page draws its own.
pub fn instead_on_kiosk(label: UiText) -> Option<AnyView> {
    let kiosk = use_kiosk()?;
    let lang = view_lang();
    Some(view! { <button type="button" class="secondary" on:click=move |_| kiosk.take_home.set(true)>{label.get(lang)}</button> }.into_any())
}

/// The start screen's language choice: large, both languages named in their own words.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let page = use_page();
    let shown = view_lang();
    let choice = move |code: Lang, name: &'static str| {
        view! {
            <button type="button" class="language-choice" lang=code.code() aria-pressed=if shown == code { "true" } else { "false" }
                on:click=move |_| page.switch_language(code)>{name}</button>
        }
    };
    view! {
        <section class="attract">
            <h2>{CHOOSE_LANGUAGE.ind}</h2>
            <div class="language-choices">
                {choice(Lang::Id, "Bahasa Indonesia")}
                {choice(Lang::En, "English")}
            </div>
            <p class="lead">{KIOSK_WELCOME.get(shown)}</p>
        </section>
    }
}
