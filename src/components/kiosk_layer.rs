//! What kiosk mode adds over the page: the idle countdown that wipes the screen for the next
//! visitor, a link held as a QR code instead of leaving, and the language choice on the start
//! screen. The clock and the link guard run in `state` for the life of the kiosk; these only
//! draw.

use leptos::prelude::*;

use crate::components::qr_code::Qr;
use crate::lang::Lang;
use crate::state::{use_app, view_lang, KioskSession};
use crate::ui_text::*;

/// The idle countdown and held links, over the page.
#[component]
pub fn KioskLayer(kiosk: KioskSession) -> impl IntoView {
    let lang = view_lang();
    let KioskSession { countdown, held_link, .. } = kiosk;
    // Drawn once when the countdown starts; only the number follows each tick.
    let counting = Memo::new(move |_| countdown.get().is_some());
    let seconds_left = move || SECONDS.of(countdown.get().unwrap_or(0), lang);
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
        {move || held_link.get().map(|href| view! {
            <div class="overlay" role="dialog" aria-modal="true" aria-label=QR_LABEL.get(lang)>
                <div class="dialog">
                    <p>{QR_HELD_LINK.get(lang)}</p>
                    <Qr payload=href caption=QR_SCAN />
                    <button type="button" on:click=move |_| held_link.set(None)>{CLOSE.get(lang)}</button>
                </div>
            </div>
        }.into_any())}
    }
}

/// The start screen's language choice: large, both languages named in their own words.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let app = use_app();
    let shown = view_lang();
    let choice = move |code: Lang, name: &'static str| {
        let app = app.clone();
        view! {
            <button type="button" class="language-choice" lang=code.code() aria-pressed=if shown == code { "true" } else { "false" }
                on:click=move |_| app.switch_language(code)>{name}</button>
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
