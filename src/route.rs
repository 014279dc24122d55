//! The app's addresses: which page a path shows, and the query parameters pages read and
//! write. Plain Rust, so the routing table is tested natively; `platform::location` follows
//! the browser's address and `app.rs` shows the page.

/// A page of the app, with the entry id for the pages of one entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Emergency,
    Contacts,
    VerifyNumber,
    Contact(String),
    Guides,
    Guide(String),
    Checklists,
    Checklist(String),
    Search,
    About,
    NotFound,
}

impl Route {
    /// The page for a path (`/panduan/paspor-ditahan`). A trailing slash changes nothing.
    pub fn of_path(path: &str) -> Route {
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let (section, id) = match path.split_once('/') {
            Some((section, id)) => (section, Some(percent_decode(id))),
            None => (path, None),
        };
        match (section, id) {
            ("", None) => Route::Home,
            ("darurat", None) => Route::Emergency,
            ("kontak", None) => Route::Contacts,
            ("kontak", Some(id)) if id == "verifikasi" => Route::VerifyNumber,
            ("kontak", Some(id)) if is_segment(&id) => Route::Contact(id),
            ("panduan", None) => Route::Guides,
            ("panduan", Some(id)) if is_segment(&id) => Route::Guide(id),
            ("cek", None) => Route::Checklists,
            ("cek", Some(id)) if is_segment(&id) => Route::Checklist(id),
            ("cari", None) => Route::Search,
            ("tentang", None) => Route::About,
            _ => Route::NotFound,
        }
    }

    /// The entry id of an entry's page; empty for the other pages.
    pub fn entry_id(&self) -> &str {
        match self {
            Route::Contact(id) | Route::Guide(id) | Route::Checklist(id) => id,
            _ => "",
        }
    }
}

/// One non-empty path segment (no further `/`).
fn is_segment(id: &str) -> bool {
    !id.is_empty() && !id.contains('/')
}

/// The value of `name` in a query string (`?q=paspor&lang=en`, the `?` optional), decoded:
/// `+` is a space and `%XX` a byte. The first one counts when the name repeats.
pub fn query_param(query: &str, name: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        (percent_decode(key) == name).then(|| percent_decode(value))
    })
}

/// The query string with `name` set to `value` where it already is, everything else as it
/// was; `?` in front unless it is empty.
pub fn replace_param(query: &str, name: &str, value: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out = String::new();
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        out.push(if out.is_empty() { '?' } else { '&' });
        let key = pair.split_once('=').map_or(pair, |(key, _)| key);
        if percent_decode(key) == name {
            out.push_str(key);
            out.push('=');
            out.push_str(&super::content::percent_encode(value));
        } else {
            out.push_str(pair);
        }
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space in a query); text that is not UTF-8 afterwards keeps
/// a replacement character, and a broken escape stays as written.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => match (bytes.get(i + 1).and_then(hex), bytes.get(i + 2).and_then(hex)) {
                (Some(high), Some(low)) => {
                    out.push(high << 4 | low);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: &u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_has_its_path() {
        let table = [
            ("/", Route::Home),
            ("", Route::Home),
            ("/darurat", Route::Emergency),
            ("/kontak", Route::Contacts),
            ("/kontak/", Route::Contacts),
            ("/kontak/verifikasi", Route::VerifyNumber),
            ("/kontak/kbri-phnom-penh", Route::Contact("kbri-phnom-penh".into())),
            ("/panduan", Route::Guides),
            ("/panduan/paspor-ditahan/", Route::Guide("paspor-ditahan".into())),
            ("/cek", Route::Checklists),
            ("/cek/cek-tawaran-kerja", Route::Checklist("cek-tawaran-kerja".into())),
            ("/cari", Route::Search),
            ("/tentang", Route::About),
        ];
        for (path, route) in table {
            assert_eq!(Route::of_path(path), route, "{path}");
        }
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in ["/tidak-ada", "/tidak-ada/sama-sekali", "/kontak/a/b", "/panduan//", "/darurat/x", "/cari/x", "/KONTAK"] {
            assert_eq!(Route::of_path(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn entry_ids_are_decoded_and_named() {
        assert_eq!(Route::of_path("/panduan/a%20b"), Route::Guide("a b".into()));
        assert_eq!(Route::of_path("/kontak/x").entry_id(), "x");
        assert_eq!(Route::Home.entry_id(), "");
    }

    #[test]
    fn query_parameters_are_found_and_decoded() {
        assert_eq!(query_param("?q=paspor+ditahan&lang=en", "q").as_deref(), Some("paspor ditahan"));
        assert_eq!(query_param("q=x&lang=en", "lang").as_deref(), Some("en"));
        assert_eq!(query_param("?q=%E2%9C%93%20ok", "q").as_deref(), Some("✓ ok"));
        assert_eq!(query_param("?nomor=%2B855", "nomor").as_deref(), Some("+855"));
        assert_eq!(query_param("?q", "q").as_deref(), Some(""));
        assert_eq!(query_param("?q=1&q=2", "q").as_deref(), Some("1"));
        assert_eq!(query_param("?qq=1", "q"), None);
        assert_eq!(query_param("", "q"), None);
    }

    #[test]
    fn broken_escapes_stay_as_written() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn replacing_a_parameter_keeps_the_others() {
        assert_eq!(replace_param("?q=a+b&lang=id&x", "lang", "en"), "?q=a+b&lang=en&x");
        assert_eq!(replace_param("lang=id", "lang", "en"), "?lang=en");
        assert_eq!(replace_param("?q=1", "lang", "en"), "?q=1");
        assert_eq!(replace_param("", "lang", "en"), "");
    }
}
