//! Quick exit: takes Pelita off the screen at once, by the header button or by pressing Shift
//! three times.

use leptos::prelude::*;

use crate::app::{tr, use_app};
use crate::platform::{exit, keyboard, kiosk};
use crate::ui_text::*;

#[component]
pub fn QuickExit() -> impl IntoView {
    let app = use_app();
    // A shared kiosk has nowhere to leave to: wiping it for the next visitor is its exit.
    let on_kiosk = app.kiosk.is_some();
    let quick_exit = move || {
        if on_kiosk {
            kiosk::reset_for_next_visitor();
        } else {
            exit::leave();
        }
    };
    keyboard::on_triple_shift(quick_exit);
    view! {
        <button type="button" class="exit" data-testid="quick-exit" on:click=move |_| quick_exit()>
            {tr(QUICK_EXIT)}
        </button>
    }
}
