//! The device's clock: today's date, a steady tick, and the next turn of the event loop.

use std::time::Duration;

use leptos::prelude::*;

/// Today on the device's clock in its own time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    let two = |n: u32| if n < 10 { ["0", &n.to_string()].concat() } else { n.to_string() };
    [now.get_full_year().to_string(), two(now.get_month() + 1), two(now.get_date())].join("-")
}

/// Calls `tick` once a second for as long as the calling owner lives.
pub fn every_second(tick: impl Fn() + 'static) {
    if let Ok(handle) = set_interval_with_handle(tick, Duration::from_secs(1)) {
        on_cleanup(move || handle.clear());
    }
}

/// Resolves in a later task of the browser's event loop, so work after it does not add to the
/// task before it: a phone stays responsive between starting steps (Lighthouse's blocking time).
/// A tab opened in the background may wait up to a second here; that is the browser sparing it.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().and_then(|window| window.set_timeout_with_callback(&resolve).ok());
        if scheduled.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
