//! Keyboard shortcuts that work anywhere on the page.

use std::cell::Cell;

use leptos::ev;
use leptos::prelude::*;

/// The longest time from the first of the three presses to the last.
const TRIPLE_PRESS_WINDOW_MS: f64 = 1500.0;

/// Calls `action` when Shift is pressed three times in a row within 1.5 seconds, for as long
/// as the calling component lives. Any other key in between starts the count again, so typing
/// capital letters never sets it off; holding Shift down counts once.
pub fn on_triple_shift(action: impl Fn() + 'static) {
    // How many presses so far, and when the first of them was.
    let presses = Cell::new((0u8, 0.0f64));
    let handle = window_event_listener(ev::keydown, move |event| {
        if event.key() != "Shift" {
            presses.set((0, 0.0));
            return;
        }
        if event.repeat() {
            return;
        }
        let now = event.time_stamp();
        let (count, first) = match presses.get() {
            (count, first) if count > 0 && now - first <= TRIPLE_PRESS_WINDOW_MS => (count + 1, first),
            _ => (1, now),
        };
        if count == 3 {
            presses.set((0, 0.0));
            action();
        } else {
            presses.set((count, first));
        }
    });
    on_cleanup(move || handle.remove());
}
