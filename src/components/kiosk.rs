//! What kiosk mode adds on screen: QR codes to take things away, the idle countdown that
//! wipes the screen for the next visitor, and the language choice on the start screen.

use std::time::Duration;

use leptos::prelude::*;

use crate::app::{use_app, use_lang};
use crate::content::{Catalogue, Lang};
use crate::kiosk::{qr_payload, KioskSettings, QrSvg, COUNTDOWN_SECONDS};
use crate::platform::kiosk as platform;
use crate::ui_text::*;

/// A QR code drawn as SVG elements (no HTML strings), with what it is for.
#[component]
pub fn Qr(payload: String, caption: UiText) -> impl IntoView {
    let lang = use_lang();
    let svg = QrSvg::encode(&payload)?;
    let view_box = format!("0 0 {0} {0}", svg.size);
    Some(view! {
        <figure class="qr" data-testid="qr" data-payload=payload>
            <svg viewBox=view_box role="img" aria-label=move || QR_LABEL.get(lang.get()) shape-rendering="crispEdges">
                <rect width="100%" height="100%" fill="#ffffff" />
                <path d=svg.path fill="#000000" />
            </svg>
            <figcaption>{move || caption.get(lang.get())}</figcaption>
        </figure>
    })
}

/// The QR code for an entry's page or number, in kiosk mode only.
pub fn entry_qr(catalogue: &Catalogue, id: &str) -> Option<impl IntoView> {
    let settings = use_app().kiosk?;
    let payload = qr_payload(catalogue, id, &settings.public_url)?;
    Some(view! { <Qr payload caption=QR_SCAN /> })
}

/// Idle countdown and held links; mounted once in the frame when kiosk mode is on.
#[component]
pub fn KioskLayer(settings: KioskSettings) -> impl IntoView {
    let lang = use_lang();
    let countdown = RwSignal::new(None::<u32>);
    let held_link = RwSignal::new(None::<String>);
    let idle_timer = StoredValue::new(None::<TimeoutHandle>);
    let tick_timer = StoredValue::new(None::<TimeoutHandle>);

    let stop_countdown = move || {
        if let Some(tick) = tick_timer.get_value() {
            tick.clear();
        }
        countdown.set(None);
    };
    let start_countdown = move || {
        countdown.set(Some(COUNTDOWN_SECONDS));
        schedule_tick(countdown, tick_timer);
    };
    let idle = Duration::from_secs(u64::from(settings.idle_seconds));
    let rearm = move || {
        if let Some(timer) = idle_timer.get_value() {
            timer.clear();
        }
        stop_countdown();
        idle_timer.set_value(set_timeout_with_handle(start_countdown, idle).ok());
    };
    rearm();
    platform::watch_activity(rearm);
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
        })}
        {move || held_link.get().map(|href| view! {
            <div class="overlay" role="dialog" aria-modal="true" aria-label=move || QR_LABEL.get(lang.get())>
                <div class="dialog">
                    <p>{QR_HELD_LINK.get(lang.get())}</p>
                    <Qr payload=href caption=QR_SCAN />
                    <button type="button" on:click=move |_| held_link.set(None)>{CLOSE.get(lang.get())}</button>
                </div>
            </div>
        })}
    }
}

/// Counts the countdown down once a second (one timeout at a time, so a cancelled countdown
/// leaves nothing running) and resets the screen when it reaches zero.
fn schedule_tick(countdown: RwSignal<Option<u32>>, tick_timer: StoredValue<Option<TimeoutHandle>>) {
    let tick = move || {
        let Some(left) = countdown.get_untracked() else { return };
        let left = left.saturating_sub(1);
        countdown.set(Some(left));
        if left == 0 {
            platform::reset_for_next_visitor();
        } else {
            schedule_tick(countdown, tick_timer);
        }
    };
    tick_timer.set_value(set_timeout_with_handle(tick, Duration::from_secs(1)).ok());
}

/// The start screen's language choice: large, both languages named in their own words.
#[component]
pub fn LanguageChoice() -> impl IntoView {
    let lang = use_app().lang;
    let choice = move |code: Lang, name: &'static str| {
        view! {
            <button type="button" class="language-choice" aria-pressed=move || (lang.get() == code).to_string()
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
            <p class="lead">{move || KIOSK_WELCOME.get(lang.get())}</p>
        </section>
    }
}
