//! Which language to start in: `?lang=` in the URL wins, Indonesian otherwise.

use crate::content::Lang;

pub fn initial() -> Lang {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| lang_in_query(&search))
        .unwrap_or_default()
}

fn lang_in_query(search: &str) -> Option<Lang> {
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("lang="))
        .and_then(Lang::from_code)
}
