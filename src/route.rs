//! The app's addresses, both ways: which page a path shows (`Route::of_path`) and the path of
//! a page (`Route::href`), plus the query parameters pages read and write. Plain Rust, so the
//! routing table is tested natively; `platform::location` follows the browser's address and
//! `app.rs` shows the page.

use crate::content::{percent_encode, Catalogue, EntryKind};

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
    WayHome,
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
            ("langkah-pulang", None) => Route::WayHome,
            _ => Route::NotFound,
        }
    }

    /// The path of the page: `of_path(route.href())` is the route again (for ids that are
    /// slugs, which validation ensures).
    pub fn href(&self) -> String {
        let (section, id) = match self {
            Route::Home => ("", None),
            Route::Emergency => ("darurat", None),
            Route::Contacts => ("kontak", None),
            Route::VerifyNumber => ("kontak", Some("verifikasi")),
            Route::Contact(id) => ("kontak", Some(id.as_str())),
            Route::Guides => ("panduan", None),
            Route::Guide(id) => ("panduan", Some(id.as_str())),
            Route::Checklists => ("cek", None),
            Route::Checklist(id) => ("cek", Some(id.as_str())),
            Route::Search => ("cari", None),
            Route::About => ("tentang", None),
            Route::WayHome => ("langkah-pulang", None),
            Route::NotFound => ("404", None),
        };
        match id {
            Some(id) => ["/", section, "/", &percent_encode(id)].concat(),
            None => ["/", section].concat(),
        }
    }

    /// The page of an entry of the given kind.
    pub fn of_entry(kind: EntryKind, id: &str) -> Route {
        let id = id.to_string();
        match kind {
            EntryKind::Contact => Route::Contact(id),
            EntryKind::Guide => Route::Guide(id),
            EntryKind::Checklist => Route::Checklist(id),
        }
    }

    /// The section of the bottom menu this page belongs to, for `aria-current`.
    pub fn section(&self) -> Route {
        match self {
            Route::Contact(_) | Route::VerifyNumber => Route::Contacts,
            Route::Guide(_) | Route::WayHome => Route::Guides,
            Route::Checklist(_) => Route::Checklists,
            other => other.clone(),
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

/// The parts of an address the app reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Url {
    pub path: String,
    /// With its `?`, or empty.
    pub query: String,
    /// With its `#`, or empty.
    pub hash: String,
}

/// The address parameter that holds the number being checked (`/kontak/verifikasi?nomor=…`).
pub const NUMBER_PARAM: &str = "nomor";

/// Query parameters that hold what the person typed (a search, a number to check). The app
/// keeps them, but not in the address the browser shows and records in its history.
pub const PRIVATE_PARAMS: [&str; 2] = ["q", NUMBER_PARAM];

impl Url {
    /// A path with its query and hash, as written in a link (`/cari?q=paspor#x`).
    pub fn parse(address: &str) -> Url {
        let (rest, hash) = address.split_once('#').unwrap_or((address, ""));
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let with = |mark: &str, part: &str| if part.is_empty() { String::new() } else { [mark, part].concat() };
        Url { path: path.to_string(), query: with("?", query), hash: with("#", hash) }
    }

    /// The path, query and hash as one address.
    pub fn address(&self) -> String {
        [self.path.as_str(), &self.query, &self.hash].concat()
    }

    /// The address as the browser may show it: without `PRIVATE_PARAMS`.
    pub fn shown(&self) -> Url {
        let query = PRIVATE_PARAMS.iter().fold(self.query.clone(), |query, name| with_param(&query, name, None));
        Url { query, ..self.clone() }
    }
}

/// The path of any entry of the catalogue (`/kontak/…`, `/panduan/…`, `/cek/…`).
pub fn entry_href(catalogue: &Catalogue, id: &str) -> Option<String> {
    catalogue.kind_of(id).map(|kind| Route::of_entry(kind, id).href())
}

/// The address of a search, so it can be shared, bookmarked or reloaded.
pub fn search_href(query: &str) -> String {
    let query = query.trim();
    let path = Route::Search.href();
    if query.is_empty() {
        path
    } else {
        [path.as_str(), "?q=", &percent_encode(query)].concat()
    }
}

/// A path of this site, with its query and hash: exactly one `/` first, and nothing a browser
/// would read as another host (`//host`, `/\\host`) or quietly drop (tabs, line breaks).
pub fn is_own_path(address: &str) -> bool {
    let bytes = address.as_bytes();
    bytes.first() == Some(&b'/')
        && !matches!(bytes.get(1), Some(b'/' | b'\\'))
        && !bytes.iter().any(|b| b.is_ascii_control() || *b == b' ')
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

/// The query string with `name` set to `value` (in its place, or added at the end), or taken
/// out when `value` is `None`; everything else as it was, `?` in front unless it is empty.
pub fn with_param(query: &str, name: &str, value: Option<&str>) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out = String::new();
    let mut value = value;
    let push = |out: &mut String, pair: &str| {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(pair);
    };
    for pair in query.split('&').filter(|pair| !pair.is_empty()) {
        let key = pair.split_once('=').map_or(pair, |(key, _)| key);
        if percent_decode(key) != name {
            push(&mut out, pair);
        } else if let Some(v) = value.take() {
            push(&mut out, &[key, "=", &percent_encode(v)].concat());
        }
    }
    if let Some(v) = value {
        push(&mut out, &[name, "=", &percent_encode(v)].concat());
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
            ("/langkah-pulang", Route::WayHome),
        ];
        for (path, route) in table {
            assert_eq!(Route::of_path(path), route, "{path}");
        }
    }

    /// Every page's path leads back to it, so no link is written by hand.
    #[test]
    fn every_route_round_trips_through_its_path() {
        let id = || "paspor-ditahan".to_string();
        let routes = [
            Route::Home,
            Route::Emergency,
            Route::Contacts,
            Route::VerifyNumber,
            Route::Contact("kbri-phnom-penh".into()),
            Route::Guides,
            Route::Guide(id()),
            Route::Checklists,
            Route::Checklist("cek-kerja-paksa".into()),
            Route::Search,
            Route::About,
            Route::WayHome,
            Route::NotFound,
        ];
        for route in routes {
            assert_eq!(Route::of_path(&route.href()), route, "{}", route.href());
        }
        assert_eq!(Route::Guide(id()).href(), "/panduan/paspor-ditahan");
        assert_eq!(Route::Home.href(), "/");
        assert_eq!(Route::Contact("a b".into()).href(), "/kontak/a%20b");
        assert_eq!(Route::of_path("/kontak/a%20b"), Route::Contact("a b".into()));
    }

    #[test]
    fn entries_link_to_their_kind_of_page() {
        let cat = crate::content::fixtures::catalogue();
        assert_eq!(entry_href(&cat, "kbri-phnom-penh").as_deref(), Some("/kontak/kbri-phnom-penh"));
        assert_eq!(entry_href(&cat, "paspor-ditahan").as_deref(), Some("/panduan/paspor-ditahan"));
        assert_eq!(entry_href(&cat, "cek-kerja-paksa").as_deref(), Some("/cek/cek-kerja-paksa"));
        assert_eq!(entry_href(&cat, "nothing"), None);
    }

    #[test]
    fn search_addresses_are_encoded() {
        assert_eq!(search_href(""), "/cari");
        assert_eq!(search_href("  paspor ditahan "), "/cari?q=paspor%20ditahan");
        assert_eq!(search_href("a&b=c/é"), "/cari?q=a%26b%3Dc%2F%C3%A9");
        assert_eq!(query_param(&search_href("a&b=c/é")[5..], "q").as_deref(), Some("a&b=c/é"));
    }

    #[test]
    fn the_bottom_menu_knows_each_page_section() {
        assert_eq!(Route::Guide("x".into()).section(), Route::Guides);
        assert_eq!(Route::VerifyNumber.section(), Route::Contacts);
        assert_eq!(Route::Checklist("x".into()).section(), Route::Checklists);
        assert_eq!(Route::Home.section(), Route::Home);
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
    fn only_paths_of_this_site_are_own_paths() {
        for own in ["/", "/cari", "/panduan/di-kbri?lang=en#x", "/p/k7"] {
            assert!(is_own_path(own), "{own}");
        }
        for other in ["", "//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "/\t/evil.example", "/\n/x", "x/y", "/ /evil"] {
            assert!(!is_own_path(other), "{other:?}");
        }
    }

    #[test]
    fn broken_escapes_stay_as_written() {
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }

    #[test]
    fn addresses_parse_and_hide_what_was_typed() {
        let url = Url::parse("/cari?lang=en&q=paspor%20hilang#hasil");
        assert_eq!((url.path.as_str(), url.query.as_str(), url.hash.as_str()), ("/cari", "?lang=en&q=paspor%20hilang", "#hasil"));
        assert_eq!(url.address(), "/cari?lang=en&q=paspor%20hilang#hasil");
        assert_eq!(url.shown().address(), "/cari?lang=en#hasil");
        assert_eq!(Url::parse("/kontak/verifikasi?nomor=%2B855").shown().address(), "/kontak/verifikasi");
        assert_eq!(Url::parse("/").shown(), Url { path: "/".into(), ..Url::default() });
        assert_eq!(Url::parse("/darurat#pesan").hash, "#pesan");
    }

    #[test]
    fn setting_or_removing_a_parameter_keeps_the_others() {
        assert_eq!(with_param("?q=a+b&lang=id&x", "lang", Some("en")), "?q=a+b&lang=en&x");
        assert_eq!(with_param("lang=id", "lang", Some("en")), "?lang=en");
        assert_eq!(with_param("?q=1", "lang", Some("en")), "?q=1&lang=en");
        assert_eq!(with_param("", "nomor", Some("+855 12")), "?nomor=%2B855%2012");
        assert_eq!(with_param("?q=1&sopir=1", "sopir", None), "?q=1");
        assert_eq!(with_param("?sopir=1&sopir=2", "sopir", Some("1")), "?sopir=1");
        assert_eq!(with_param("?sopir=1", "sopir", None), "");
        assert_eq!(with_param("", "lang", None), "");
    }
}
