//! Which language to start in: `?lang=` in the URL wins, then an English address (`/en/…`: a
//! shared link or QR code opens in its language), then the user's last choice on this device,
//! then Indonesian.

use crate::lang::Lang;
use crate::platform::storage;
use crate::route::{query_param, LANG_PARAM};

pub const STORAGE_KEY: &str = "pelita.lang.v1";

/// A link's language (`?lang=`, or `of_address`: English for an `/en/` address) is a choice
/// too: it is remembered; a language never chosen leaves nothing stored.
pub fn initial(of_address: Lang) -> Lang {
    let linked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| query_param(&search, LANG_PARAM))
        .and_then(|code| Lang::from_code(&code))
        .or((of_address == Lang::En).then_some(Lang::En));
    if let Some(lang) = linked {
        remember(lang);
        return lang;
    }
    storage::read(STORAGE_KEY).as_deref().and_then(Lang::from_code).unwrap_or_default()
}

/// Keeps the person's choice for the next visit (nowhere in kiosk mode: storage keeps nothing
/// there).
pub fn remember(lang: Lang) {
    storage::write(STORAGE_KEY, lang.code());
}
