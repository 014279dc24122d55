//! What kiosk mode adds on screen: QR codes to take things away, the idle countdown that
//! wipes the screen for the next visitor, and the language choice on the start screen.

use std::time::Duration;

use leptos::prelude::*;

use crate::app::{page_lang, tr, use_app};
use crate::content::{Catalogue, Lang};
use crate::kiosk::{qr_payload, IdleClock, IdleState, KioskSettings};
use crate::platform::kiosk as platform;
use crate::platform::qr;
use crate::ui_text::*;

/// A QR code drawn as SVG elements (no HTML strings), with what it is for. It appears once the
/// QR module has drawn it (at once after the first, which loads the module).
#[component]
pub fn Qr(payload: String, caption: UiText) -> impl IntoView {
    let lang = page_lang();
    let drawing = RwSignal::new(None);
    let encoding = payload.clone();
    leptos::task::spawn_local(async move {
        if let Some(drawn) = qr::encode(&encoding).await {
            // The view may be gone by now (the visitor moved on): then nothing is drawn.
            drawing.try_set(Some(drawn));
        }
    });
    move || {
        drawing.get().map(|qr::QrDrawing { view_box, path }| {
            view! {
                <figure class="qr" data-testid="qr" data-payload=payload.clone()>
                    <svg viewBox=view_box role="img" aria-label=QR_LABEL.get(lang) shape-rendering="crispEdges">
                        <rect width="100%" height="100%" fill="#ffffff" />
                        <path d=path fill="#000000" />
                    </svg>
                    <figcaption>{caption.get(lang)}</figcaption>
                </figure>
            }
            .into_any()
        })
    }
}

/// The QR code for an entry's page or number, in kiosk mode only.
pub fn entry_qr(catalogue: &Catalogue, id: &str) -> Option<AnyView> {
    let settings = use_app().kiosk?;
    let payload = qr_payload(catalogue, id, &settings.public_url)?;
    Some(view! { <Qr payload caption=QR_SCAN /> }.into_any())
}

/// Idle countdown and held links; mounted once in the frame when kiosk mode is on.
#[component]
pub fn KioskLayer(settings: KioskSettings) -> impl IntoView {
    let lang = use_app().lang;
    let countdown = RwSignal::new(None::<u32>);
    let held_link = RwSignal::new(None::<String>);
    let clock = StoredValue::new(IdleClock::new(settings.idle_seconds));
    // One tick a second for the life of the kiosk; activity only resets a counter.
    let tick = move || match clock.try_update_value(|c| c.tick()) {
        Some(IdleState::Countdown(left)) => countdown.set(Some(left)),
        Some(IdleState::Reset) => platform::reset_for_next_visitor(),
        Some(IdleState::Active) | None => {
            if countdown.get_untracked().is_some() {
                countdown.set(None);
            }
        }
    };
    let _ = set_interval_with_handle(tick, Duration::from_secs(1));
    platform::watch_activity(move || {
        clock.update_value(IdleClock::activity);
        if countdown.get_untracked().is_some() {
            countdown.set(None);
        }
    });
    platform::hold_outside_links(move |href| held_link.set(Some(href)));

    view! {
        {move || countdown.get().map(|left| view! {
            <div class="overlay" role="alertdialog" aria-modal="true" aria-labelledby="still-there">
                <div class="dialog">
                    <h2 id="still-there">{STILL_THERE.get(lang.get())}</h2>
                    <p>{STILL_THERE_BODY.get(lang.get())}" "<strong class="countdown">{left}</strong>" "{SECONDS.get(lang.get())}"."</p>
                    <button type="button">{STILL_HERE.get(lang.get())}</button>
                </div>
            </div>
        }.into_any())}
        {move || held_link.get().map(|href| view! {
            <div class="overlay" role="dialog" aria-modal="true" aria-label=tr(QR_LABEL)>
                <div class="dialog">
                    <p>{QR_HELD_LINK.get(lang.get())}</p>
                    <Qr payload=href caption=QR_SCAN />
                    <button type="button" on:click=move |_| held_link.set(None)>{CLOSE.get(lang.get())}</button>
                </div>
            </div>
        }.into_any())}
    }
}

/// The start screen's language choice: large, both languages named in their own words.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let lang = use_app().lang;
    let shown = page_lang();
    let choice = move |code: Lang, name: &'static str| {
        view! {
            <button type="button" class="language-choice" lang=code.code() aria-pressed=if shown == code { "true" } else { "false" }
                on:click=move |_| lang.set(code)>{name}</button>
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
