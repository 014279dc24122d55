//! The device's clock: today's date, and a steady tick.

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
