//! The device's own position (`navigator.geolocation`), asked for once when the person taps
//! "Tambahkan lokasi saya". Nothing is sent anywhere: the position goes into the help message
//! on this page only.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::PositionOptions;

use crate::help::Position;

/// Why there is no position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The person (or the browser's settings) said no.
    Denied,
    /// The device could not find where it is in time, or has no way to.
    Unavailable,
}

/// How long to wait for a fix before giving up.
const TIMEOUT_MS: u32 = 20_000;
/// A fix this recent is good enough (the person has not gone far in a minute).
const MAXIMUM_AGE_MS: u32 = 60_000;

pub async fn current_position() -> Result<Position, Failure> {
    let geolocation = web_sys::window()
        .and_then(|w| w.navigator().geolocation().ok())
        .ok_or(Failure::Unavailable)?;
    let options = PositionOptions::new();
    options.set_enable_high_accuracy(true);
    options.set_timeout(TIMEOUT_MS);
    options.set_maximum_age(MAXIMUM_AGE_MS);
    let asked = js_sys::Promise::new(&mut |resolve, reject| {
        let _ = geolocation.get_current_position_with_error_callback_and_options(&resolve, Some(&reject), &options);
    });
    match JsFuture::from(asked).await {
        // web-sys's stable names for these (`Position`, `PositionError`) are the old ones
        // browsers renamed, so the values are read by their fields, not checked by class.
        Ok(found) => {
            let coords = found.unchecked_into::<web_sys::Position>().coords();
            Ok(Position { latitude: coords.latitude(), longitude: coords.longitude(), accuracy: coords.accuracy() })
        }
        Err(error) => Err(match js_sys::Reflect::get(&error, &"code".into()).ok().and_then(|code| code.as_f64()) {
            Some(code) if code as u16 == web_sys::PositionError::PERMISSION_DENIED => Failure::Denied,
            _ => Failure::Unavailable,
        }),
    }
}
