//! Quick exit: takes Pelita off the screen at once. The button is here; pressing Shift three
//! times does the same (started once in `state`).

use leptos::prelude::*;

use crate::platform::exit;
use crate::state::{use_app, view_lang};
use crate::ui_text::*;

#[component]
pub fn QuickExit() -> impl IntoView {
    // A shared kiosk has nowhere to leave to: wiping it for the next visitor is its exit.
    let on_kiosk = use_app().kiosk.is_some();
    view! {
        <button type="button" class="exit" data-testid="quick-exit" on:click=move |_| exit::leave_or_reset(on_kiosk)>
            {QUICK_EXIT.get(view_lang())}
        </button>
    }
}
