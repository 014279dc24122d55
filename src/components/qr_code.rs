//! A QR code to take something from the screen to a phone: the kiosk's way to hand over a
//! page or a number. The encoder is a module of its own (`platform::qr_encoder`).

use leptos::prelude::*;

use crate::platform::qr_encoder;
use crate::state::view_lang;
use crate::ui_text::*;

/// A QR code drawn as SVG elements (no HTML strings), with what it is for. It appears once the
/// QR module has drawn it (at once after the first, which loads the module).
#[component]
pub fn Qr(payload: String, caption: UiText) -> impl IntoView {
    let lang = view_lang();
    let drawing = RwSignal::new(None);
    let encoding = payload.clone();
    leptos::task::spawn_local(async move {
        if let Some(drawn) = qr_encoder::encode(&encoding).await {
            // The view may be gone by now (the visitor moved on): then nothing is drawn.
            drawing.try_set(Some(drawn));
        }
    });
    move || {
        drawing.get().map(|qr_encoder::QrDrawing { view_box, path }| {
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
