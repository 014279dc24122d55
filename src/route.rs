//! The app's addresses, both ways: which page a path shows (`Route::of_path`) and the path of
//! a page (`Route::href`), plus the query parameters pages read and write. Plain Rust, so the
//! routing table is tested natively; `platform::address_bar` follows the browser's address and
//! `pages::Pelita` shows the page.
//!
//! One table (`PAGES`, and `ENTRY_SECTIONS` for entries) is the list of addresses: parsing,
//! links, the pages drawn at build time and the tests all read it.
//!
//! Addresses that do not tell: the browser's history is the one trace Pelita cannot erase, so
//! every entry, and each page whose name would tell what someone read (the help message, the
//! number check, the way home), has a short neutral address, `/p/<code>` (codes in the data,
//! `content::PAGE_CODES` for the pages). Pelita's own links, shared links and QR codes use only
//! those; the descriptive addresses (`/panduan/hp-diawasi`) keep opening the same page, so links
//! given out before still work. Every address has its English twin under `/en/`.

use crate::content::{percent_encode, Catalogue, EntryKind, PAGE_CODES};
use crate::lang::Lang;

/// A page of the app, with the entry for the pages of one entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Emergency,
    Contacts,
    VerifyNumber,
    Contact(EntryPage),
    Guides,
    Guide(EntryPage),
    Checklists,
    Checklist(EntryPage),
    Search,
    About,
    WayHome,
    NotFound,
    /// A neutral address not yet looked up in the catalogue (`Route::resolve`).
    Code(String),
}

/// One entry's page: the id the app looks it up by, and the neutral code its address shows
/// (empty until `Route::resolve` finds it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryPage {
    pub id: String,
    pub code: String,
}

/// Every page that is not one entry's, with its descriptive path and, where that path would
/// tell, the neutral code its own links use (`/p/<code>`).
pub const PAGES: [(Route, &str, Option<&str>); 9] = [
    (Route::Home, "", None),
    (Route::Emergency, "darurat", Some(PAGE_CODES[0])),
    (Route::Contacts, "kontak", None),
    (Route::VerifyNumber, "kontak/verifikasi", Some(PAGE_CODES[1])),
    (Route::Guides, "panduan", None),
    (Route::Checklists, "cek", None),
    (Route::Search, "cari", None),
    (Route::About, "tentang", None),
    (Route::WayHome, "langkah-pulang", Some(PAGE_CODES[2])),
];

/// The section of each kind of entry's descriptive address (`/panduan/<id>`).
const ENTRY_SECTIONS: [(EntryKind, &str); 3] =
    [(EntryKind::Contact, "kontak"), (EntryKind::Guide, "panduan"), (EntryKind::Checklist, "cek")];

/// Neutral addresses: `/p/<code>`.
const CODED: &str = "p";
/// English addresses: `/en/…`.
const ENGLISH: &str = "en";

impl Route {
    /// The page for a path (`/panduan/paspor-ditahan`, `/p/k7x`, `/en/cek`). A trailing slash
    /// changes nothing; the language is `lang_of_path`'s.
    pub fn of_path(path: &str) -> Route {
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let path = match path.strip_prefix(ENGLISH) {
            Some("") => "",
            Some(rest) if rest.starts_with('/') => &rest[1..],
            _ => path,
        };
        if let Some((route, _, _)) = PAGES.iter().find(|(_, page_path, _)| *page_path == path) {
            return route.clone();
        }
        let Some((section, rest)) = path.split_once('/') else { return Route::NotFound };
        let id = percent_decode(rest);
        if !is_segment(&id) {
            return Route::NotFound;
        }
        if section == CODED {
            let page = PAGES.iter().find(|(_, _, code)| *code == Some(id.as_str()));
            return page.map_or(Route::Code(id), |(route, _, _)| route.clone());
        }
        match ENTRY_SECTIONS.iter().find(|(_, name)| *name == section) {
            Some(&(kind, _)) => Route::of_kind(kind, EntryPage { id, code: String::new() }),
            None => Route::NotFound,
        }
    }

    /// The language of a path: English under `/en`, else Indonesian.
    pub fn lang_of_path(path: &str) -> Lang {
        let rest = path.strip_prefix('/').unwrap_or(path);
        match rest.strip_prefix(ENGLISH) {
            Some(after) if after.is_empty() || after.starts_with('/') => Lang::En,
            _ => Lang::Id,
        }
    }

    /// The route with its entry looked up: a neutral code becomes its entry's page (or not
    /// found), and an entry's page gets its code.
    pub fn resolve(self, catalogue: &Catalogue) -> Route {
        match self {
            Route::Code(code) => match catalogue.entry_by_code(&code) {
                Some((kind, id)) => Route::of_kind(kind, EntryPage { id: id.to_string(), code }),
                None => Route::NotFound,
            },
            Route::Contact(page) => Route::Contact(page.with_code(catalogue)),
            Route::Guide(page) => Route::Guide(page.with_code(catalogue)),
            Route::Checklist(page) => Route::Checklist(page.with_code(catalogue)),
            other => other,
        }
    }

    /// The address Pelita's links use for the page in `lang`: the neutral one where there is
    /// one. `of_path(route.href(lang))` is the route again.
    pub fn href(&self, lang: Lang) -> String {
        let code = match self {
            Route::Contact(page) | Route::Guide(page) | Route::Checklist(page) => Some(page.code.as_str()).filter(|c| !c.is_empty()),
            Route::Code(code) => Some(code.as_str()),
            other => PAGES.iter().find(|(route, _, _)| route == other).and_then(|(_, _, code)| *code),
        };
        match code {
            Some(code) => in_lang(lang, &["/", CODED, "/", code].concat()),
            None => self.descriptive_href(lang),
        }
    }

    /// The address that says what the page is (`/panduan/di-kbri`): still opened, for links
    /// given out before neutral addresses, but never written by Pelita itself.
    pub fn descriptive_href(&self, lang: Lang) -> String {
        let path = match self {
            Route::Contact(page) | Route::Guide(page) | Route::Checklist(page) => {
                let section = ENTRY_SECTIONS.iter().find(|(kind, _)| Some(*kind) == self.kind()).map_or("", |(_, s)| s);
                ["/", section, "/", &percent_encode(&page.id)].concat()
            }
            Route::Code(code) => ["/", CODED, "/", code].concat(),
            Route::NotFound => "/404".to_string(),
            other => ["/", PAGES.iter().find(|(route, _, _)| route == other).map_or("", |(_, path, _)| path)].concat(),
        };
        in_lang(lang, &path)
    }

    /// The page of the entry `id`, with its code.
    pub fn of_entry(catalogue: &Catalogue, id: &str) -> Option<Route> {
        let kind = catalogue.kind_of(id)?;
        Some(Route::of_kind(kind, EntryPage { id: id.to_string(), code: String::new() }.with_code(catalogue)))
    }

    fn of_kind(kind: EntryKind, page: EntryPage) -> Route {
        match kind {
            EntryKind::Contact => Route::Contact(page),
            EntryKind::Guide => Route::Guide(page),
            EntryKind::Checklist => Route::Checklist(page),
        }
    }

    /// The kind of entry an entry's page shows.
    fn kind(&self) -> Option<EntryKind> {
        match self {
            Route::Contact(_) => Some(EntryKind::Contact),
            Route::Guide(_) => Some(EntryKind::Guide),
            Route::Checklist(_) => Some(EntryKind::Checklist),
            _ => None,
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

    /// Every address Pelita has a page for, with its route: the sections, then each entry's
    /// page, each at its own address and, where that is neutral, at its descriptive one too;
    /// both languages. What is drawn at build time (`prerender`).
    pub fn addresses(catalogue: &Catalogue) -> Vec<(String, Route)> {
        let entries = catalogue
            .contacts
            .iter()
            .map(|c| &c.id)
            .chain(catalogue.guides.iter().map(|g| &g.id))
            .chain(catalogue.checklists.iter().map(|c| &c.id))
            .filter_map(|id| Route::of_entry(catalogue, id));
        let routes: Vec<Route> = PAGES.iter().map(|(route, _, _)| route.clone()).chain(entries).collect();
        let mut addresses = Vec::new();
        for lang in [Lang::Id, Lang::En] {
            for route in &routes {
                let (own, descriptive) = (route.href(lang), route.descriptive_href(lang));
                if own != descriptive {
                    addresses.push((descriptive, route.clone()));
                }
                addresses.push((own, route.clone()));
            }
        }
        addresses
    }
}

impl EntryPage {
    fn with_code(self, catalogue: &Catalogue) -> EntryPage {
        let code = catalogue.code_of(&self.id).map(str::to_string).unwrap_or(self.code);
        EntryPage { code, ..self }
    }
}

/// `path` in `lang`: English under `/en`.
fn in_lang(lang: Lang, path: &str) -> String {
    match (lang, path) {
        (Lang::Id, _) => path.to_string(),
        (Lang::En, "/") => ["/", ENGLISH].concat(),
        (Lang::En, _) => ["/", ENGLISH, path].concat(),
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

/// Pelita in one file, to keep and pass on: written at build time (`pocket`), offered by the
/// about page. A file of the site, not a page of the app.
pub const POCKET_FILE: &str = "pelita.html";
pub const POCKET_HREF: &str = "/pelita.html";
/// The wall poster, in both languages on one sheet: drawn at build time only, with no script
/// (`prerender::poster`). A file of the site too.
pub const POSTER_HREF: &str = "/cetak";

/// The address parameter of an old link's language (`?lang=en`): it leads to the `/en/` page.
pub const LANG_PARAM: &str = "lang";

/// The address parameter that holds a search's words (`/cari?q=…`).
pub const SEARCH_PARAM: &str = "q";

/// The address parameter that holds the number being checked (`/kontak/verifikasi?nomor=…`).
pub const NUMBER_PARAM: &str = "nomor";

/// Query parameters that hold what the person typed (a search, a number to check). The app
/// keeps them, but not in the address the browser shows and records in its history.
pub const PRIVATE_PARAMS: [&str; 2] = [SEARCH_PARAM, NUMBER_PARAM];

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

/// The neutral address of any entry of the catalogue, in `lang`.
pub fn entry_href(catalogue: &Catalogue, id: &str, lang: Lang) -> Option<String> {
    Route::of_entry(catalogue, id).map(|route| route.href(lang))
}

/// The address of a search: the words stay in memory only (`platform::address_bar`).
pub fn search_href(query: &str, lang: Lang) -> String {
    let query = query.trim();
    let path = Route::Search.href(lang);
    if query.is_empty() {
        path
    } else {
        [path.as_str(), "?", SEARCH_PARAM, "=", &percent_encode(query)].concat()
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
    use crate::content::fixtures;

    fn guide(id: &str) -> Route {
        Route::Guide(EntryPage { id: id.into(), code: String::new() })
    }

    #[test]
    fn every_page_has_its_path() {
        let table = [
            ("/", Route::Home),
            ("", Route::Home),
            ("/darurat", Route::Emergency),
            ("/kontak", Route::Contacts),
            ("/kontak/", Route::Contacts),
            ("/kontak/verifikasi", Route::VerifyNumber),
            ("/panduan", Route::Guides),
            ("/panduan/paspor-ditahan/", guide("paspor-ditahan")),
            ("/cek", Route::Checklists),
            ("/cari", Route::Search),
            ("/tentang", Route::About),
            ("/langkah-pulang", Route::WayHome),
            ("/p/h2", Route::Emergency),
            ("/p/n5", Route::VerifyNumber),
            ("/p/w7", Route::WayHome),
            ("/p/zzz", Route::Code("zzz".into())),
            ("/en", Route::Home),
            ("/en/", Route::Home),
            ("/en/panduan/di-kbri", guide("di-kbri")),
            ("/en/p/w7", Route::WayHome),
        ];
        for (path, route) in table {
            assert_eq!(Route::of_path(path), route, "{path}");
        }
        assert_eq!(Route::lang_of_path("/en/cek"), Lang::En);
        assert_eq!(Route::lang_of_path("/en"), Lang::En);
        assert_eq!(Route::lang_of_path("/entah"), Lang::Id);
        assert_eq!(Route::lang_of_path("/cek"), Lang::Id);
    }

    /// Every page's address leads back to it in both languages, so no link is written by hand;
    /// Pelita's own links are neutral for entries and for the pages whose names would tell.
    #[test]
    fn every_address_round_trips_and_tells_nothing() {
        let cat = fixtures::catalogue();
        for (address, route) in Route::addresses(&cat) {
            assert_eq!(Route::of_path(&address).resolve(&cat), route, "{address}");
            let lang = Route::lang_of_path(&address);
            let own = route.href(lang);
            assert_eq!(Route::of_path(&own).resolve(&cat), route, "{own}");
            for telling in ["panduan/", "kontak/", "cek/", "darurat", "langkah", "verifikasi"] {
                assert!(!own.contains(telling), "{own} tells what it is");
            }
        }
        let held = Route::of_entry(&cat, "paspor-ditahan").expect("fixture guide");
        let code = cat.code_of("paspor-ditahan").expect("a code");
        assert_eq!(held.href(Lang::Id), ["/p/", code].concat());
        assert_eq!(held.href(Lang::En), ["/en/p/", code].concat());
        assert_eq!(held.descriptive_href(Lang::En), "/en/panduan/paspor-ditahan");
        assert_eq!(Route::Home.href(Lang::En), "/en");
        assert_eq!(Route::Emergency.href(Lang::Id), "/p/h2");
        assert_eq!(Route::Emergency.descriptive_href(Lang::Id), "/darurat");
        assert_eq!(Route::Code("nope".into()).resolve(&cat), Route::NotFound);
        assert_eq!(guide("paspor-ditahan").resolve(&cat), held, "a descriptive address finds the code");
    }

    #[test]
    fn entries_link_to_their_neutral_address() {
        let cat = fixtures::catalogue();
        for id in ["kbri-phnom-penh", "paspor-ditahan", "cek-kerja-paksa"] {
            let href = entry_href(&cat, id, Lang::Id).expect(id);
            assert_eq!(href, ["/p/", cat.code_of(id).unwrap_or_default()].concat());
        }
        assert_eq!(entry_href(&cat, "nothing", Lang::Id), None);
    }

    #[test]
    fn the_pocket_file_is_at_the_top_of_the_site() {
        assert_eq!(POCKET_HREF, ["/", POCKET_FILE].concat());
        assert_eq!(Route::of_path(POCKET_HREF), Route::NotFound, "not a page of the app");
    }

    #[test]
    fn search_addresses_are_encoded() {
        assert_eq!(search_href("", Lang::Id), "/cari");
        assert_eq!(search_href("  paspor ditahan ", Lang::Id), "/cari?q=paspor%20ditahan");
        assert_eq!(search_href("a&b=c/é", Lang::En), "/en/cari?q=a%26b%3Dc%2F%C3%A9");
        assert_eq!(query_param(&search_href("a&b=c/é", Lang::Id)[5..], "q").as_deref(), Some("a&b=c/é"));
    }

    #[test]
    fn the_bottom_menu_knows_each_page_section() {
        assert_eq!(guide("x").section(), Route::Guides);
        assert_eq!(Route::VerifyNumber.section(), Route::Contacts);
        assert_eq!(Route::WayHome.section(), Route::Guides);
        assert_eq!(Route::Home.section(), Route::Home);
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in ["/tidak-ada", "/tidak-ada/sama-sekali", "/kontak/a/b", "/panduan//", "/darurat/x", "/cari/x", "/KONTAK", "/p/", "/p/a/b", "/enx/cek"] {
            assert_eq!(Route::of_path(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn entry_ids_are_decoded() {
        assert_eq!(Route::of_path("/panduan/a%20b"), guide("a b"));
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
