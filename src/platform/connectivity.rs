//! Whether the browser believes the device is online, and when that changes.

use std::rc::Rc;

use super::listener::on_window;

pub fn is_online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

/// Calls `on_change` with the new state whenever the device goes online or offline, for as
/// long as the calling owner lives.
pub fn on_change(on_change: impl Fn(bool) + 'static) {
    let on_change = Rc::new(on_change);
    for (event, online) in [("online", true), ("offline", false)] {
        let on_change = on_change.clone();
        on_window(event, false, Box::new(move |_| on_change(online)));
    }
}
