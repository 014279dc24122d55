//! Every page drawn to HTML at build time, by the same views the app runs (Leptos renders them
//! natively): a real page for every address, readable without JavaScript or WebAssembly, which
//! the app takes over when it starts. `src/bin/prerender.rs` writes them into `dist/`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Catalogue;
use crate::pages::Pelita;
use crate::lang::Lang;
use crate::platform::dom::BOOT_ID;
use crate::route::{Route, Url};
use crate::state::provide_fixed;

/// The frame and the page at `address`, in its language, as a first-time visitor's phone
/// would show it (nothing stored, not a kiosk).
pub fn render(catalogue: &Arc<Catalogue>, address: &str) -> String {
    draw(catalogue, address, || view! { <Pelita /> })
}

/// Any view drawn to HTML in the state a page at `address` has (its language, the content).
pub fn draw<V: IntoView>(catalogue: &Arc<Catalogue>, address: &str, view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_fixed(Ok(catalogue.clone()), Url::parse(address));
        view().to_html()
    })
}

/// Where a static host finds the page of `address` in `dist/`: `index.html` in the folder of
/// its path (`panduan/di-kbri/index.html`, `en/p/k7x/index.html`), the home page at the top.
pub fn file_of(address: &str) -> String {
    let folder = address.trim_matches('/');
    if folder.is_empty() {
        "index.html".to_string()
    } else {
        [folder, "/index.html"].concat()
    }
}

/// What every page's `<head>` says of its twin in the other language: `<link rel="alternate"
/// hreflang="…">` (written by `alternates`; found again by `scripts/build/pages.mjs`).
const ALTERNATE: &str = "<link rel=\"alternate\" hreflang=\"";

/// The links to a page's address in each language, and the Indonesian one for any other
/// (`x-default`), as paths: the build makes them absolute with the public address.
pub fn alternates(route: &Route) -> String {
    let mut links = String::new();
    for (hreflang, lang) in [("id", Lang::Id), ("en", Lang::En), ("x-default", Lang::Id)] {
        links.push_str(&[ALTERNATE, hreflang, "\" href=\"", &route.href(lang), "\">"].concat());
    }
    links
}

/// The static page `template` (dist's index.html) as the page at `address`: its language on
/// `<html>`, its alternates in the head in place of the template's, and `body` in place of
/// the boot block, which the app takes over when it starts.
pub fn page(template: &str, address: &str, route: &Route, body: &str) -> Option<String> {
    let boot = ["<div id=\"", BOOT_ID, "\">"].concat();
    let start = template.find(&boot)?;
    let end = template.rfind("</body>")?;
    let head_end = template.find("</head>")?;
    if !(head_end < start && start < end) {
        return None;
    }
    // The template's own alternates (a page drawn before) give way to this page's.
    let head = &template[..head_end];
    let head = match head.find(ALTERNATE) {
        Some(first) => &head[..first],
        None => head,
    };
    let lang_at = head.find("<html lang=\"")? + "<html lang=\"".len();
    let lang_end = lang_at + head[lang_at..].find('"')?;
    let lang = Route::lang_of_path(address).code();
    Some([&head[..lang_at], lang, &head[lang_end..], &alternates(route), &template[head_end..start], &boot, body, "</div>\n", &template[end..]].concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures;

    #[test]
    fn every_address_has_a_file() {
        assert_eq!(file_of("/"), "index.html");
        assert_eq!(file_of("/panduan/di-kbri"), "panduan/di-kbri/index.html");
        assert_eq!(file_of("/en/p/k7x"), "en/p/k7x/index.html");
        assert_eq!(file_of("/en"), "en/index.html");
    }

    #[test]
    fn a_page_is_the_real_frame_and_content_in_its_language() {
        let cat = Arc::new(fixtures::catalogue());
        let held = Route::of_entry(&cat, "paspor-ditahan").expect("fixture guide");
        let html = render(&cat, &held.href(crate::lang::Lang::Id));
        assert!(html.contains("<h1>paspor-ditahan</h1>"), "{html}");
        assert!(html.contains("href=\"https://wa.me/85512813282\""), "the hotline");
        assert!(html.contains("Catat nama bos."), "the steps");
        assert!(html.contains("aria-current=\"page\" href=\"/panduan\"") || html.contains("href=\"/panduan\" aria-current=\"page\""), "{html}");
        assert!(!html.contains("<script"), "no script in a drawn page");
        let english = render(&cat, &held.href(crate::lang::Lang::En));
        assert!(english.contains("Write down the boss's name."), "{english}");
        assert!(english.contains("href=\"/en/panduan\""), "English links stay English");
        let unknown = render(&cat, "/panduan/nope");
        assert!(unknown.contains("Halaman tidak ditemukan"));
    }

    #[test]
    fn a_page_has_its_language_its_twins_and_its_body() {
        let template = "<html lang=\"id\"><head><title>Pelita</title></head><body><div id=\"boot\"></div>\n</body></html>";
        let drawn = page(template, "/en/cek", &Route::Checklists, "<main>x</main>").expect("a page");
        assert_eq!(
            drawn,
            "<html lang=\"en\"><head><title>Pelita</title><link rel=\"alternate\" hreflang=\"id\" href=\"/cek\"><link rel=\"alternate\" hreflang=\"en\" href=\"/en/cek\"><link rel=\"alternate\" hreflang=\"x-default\" href=\"/cek\"></head><body><div id=\"boot\"><main>x</main></div>\n</body></html>"
        );
        // Drawn again from a page drawn before: one set of alternates, the new page's.
        let again = page(&drawn, "/", &Route::Home, "<main>y</main>").expect("a page");
        assert!(again.starts_with("<html lang=\"id\">"), "{again}");
        assert_eq!(again.matches("hreflang=\"en\"").count(), 1, "{again}");
        assert!(again.contains("hreflang=\"en\" href=\"/en\""), "{again}");
        assert_eq!(page("<html><body></body></html>", "/", &Route::Home, "x"), None);
    }
}
