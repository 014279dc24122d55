//! Quick exit: takes Pelita off the screen at once. A plain link to the neutral site, so it
//! works before the app starts and without it; the app replaces the page instead of following
//! the link, so Back does not return here. Pressing Shift three times does the same (started
//! once in `state`).

use leptos::prelude::*;

use crate::content::built_in::QUICK_EXIT_SITE;
use crate::platform::exit;
use crate::state::{on_kiosk, view_lang};
use crate::ui_text::*;

#[component]
pub fn QuickExit() -> impl IntoView {
    // A shared kiosk has nowhere to leave to: wiping it for the next visitor is its exit.
    let on_kiosk = on_kiosk();
    let leave = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        exit::leave_or_reset(on_kiosk);
    };
    view! {
        <a class="exit" data-testid="quick-exit" data-quick-exit="" href=QUICK_EXIT_SITE rel="noreferrer" on:click=leave>
            {QUICK_EXIT.get(view_lang())}
        </a>
    }
}
