//! A page's share and print controls. Tapping one loads `public/later/` (through
//! `public/loader.js`): the share sheet or its fallback dialog, and the page made ready for
//! paper. No code of the app's runs for them, so they cost the app nothing and work on the page
//! as served too. Not on the kiosk, which hands a page over by QR code ("Bawa ke HP") and never
//! prints.

use leptos::prelude::*;

use crate::lang::Lang;
use crate::state::on_kiosk;
use crate::ui_text::*;

/// The controls for the page whose neutral address is `href`.
pub fn pass_on(href: String, lang: Lang) -> Option<AnyView> {
    if on_kiosk() {
        return None;
    }
    Some(view! {
        <p class="pass-on">
            <button type="button" class="secondary" data-testid="share" data-share=href>{SHARE.get(lang)}</button>
            " "
            <button type="button" class="secondary" data-testid="print" data-print="">{PRINT.get(lang)}</button>
        </p>
    }
    .into_any())
}
