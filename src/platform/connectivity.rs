//! Whether the browser believes the device is online, and when that changes.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn is_online() -> bool {
    web_sys::window().map_or(true, |window| window.navigator().on_line())
}

/// Calls `on_change` with the new state whenever the device goes online or offline. The
/// listeners live as long as the page.
pub fn on_change(on_change: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let on_change = Rc::new(on_change);
    for (event, online) in [("online", true), ("offline", false)] {
        let on_change = on_change.clone();
        let listener = Closure::<dyn Fn()>::new(move || on_change(online));
        let _ = window.add_event_listener_with_callback(event, listener.into_js_value().unchecked_ref());
    }
}
