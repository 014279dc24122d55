//! A QR code to take something from the screen to a phone: the kiosk's way to hand over a
//! page or a number. The view only names what the code carries; `public/loader.js` has the QR
//! module (`src/bin/qr/`, through `public/later/share.js`) draw it, so the app's own code
//! carries no QR drawing at all (bench/SIZE.md).

use leptos::prelude::*;

use crate::state::view_lang;
use crate::ui_text::*;

/// A QR code for `payload` with what it is for; drawn into the figure once the QR module has
/// loaded (at once after the first time, the service worker keeps it).
#[component]
pub fn Qr(payload: String, caption: UiText) -> impl IntoView {
    let lang = view_lang();
    view! {
        <figure class="qr" data-testid="qr" data-payload=payload data-qr=QR_LABEL.get(lang)>
            <figcaption>{caption.get(lang)}</figcaption>
        </figure>
    }
}
