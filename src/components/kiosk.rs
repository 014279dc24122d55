//! What kiosk mode adds on screen: QR codes to take things away, the idle countdown that
//! wipes the screen for the next visitor, and the language choice on the start screen. The
//! clock and the link guard run in `state` for the life of the kiosk; these only draw.

use leptos::prelude::*;

use crate::content::Catalogue;
use crate::kiosk::qr_payload;
use crate::lang::Lang;
use crate::platform::qr;
use crate::state::{use_app, view_lang, Kiosk};
use crate::ui_text::*;

/// A QR code drawn as SVG elements (no HTML strings), with what it is for. It appears once the
/// QR module has drawn it (at once after the first, which loads the module).
#[component]
pub fn Qr(payload: String, caption: UiText) -> impl IntoView {
    let lang = view_lang();
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
    let kiosk = use_app().kiosk?;
    let payload = qr_payload(catalogue, id, &kiosk.settings.public_url, view_lang())?;
    Some(view! { <Qr payload caption=QR_SCAN /> }.into_any())
}

/// The idle countdown and held links, over the page.
#[component]
pub fn KioskLayer(kiosk: Kiosk) -> impl IntoView {
    let lang = view_lang();
    let Kiosk { countdown, held_link, .. } = kiosk;
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
