//! Which language to show: `?lang=` in the URL wins (so a shared link or QR code opens in its
//! language), then the user's last choice on this device, then Indonesian.

use crate::lang::Lang;
use crate::platform::storage;
use crate::route::query_param;

pub const STORAGE_KEY: &str = "pelita.lang.v1";

/// A link's `?lang=` is a choice too (a shared link or QR code in English): it is remembered;
/// a language never chosen leaves nothing stored.
pub fn initial() -> Lang {
    let linked = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| query_param(&search, "lang"))
        .and_then(|code| Lang::from_code(&code));
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
