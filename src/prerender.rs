//! Every page drawn to HTML at build time, by the same views the app runs (Leptos renders them
//! natively): a real page for every address, readable without JavaScript or WebAssembly, which
//! the app takes over when it starts. `src/bin/prerender.rs` writes them into `dist/`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Catalogue;
use crate::pages::Pelita;
use crate::route::Url;
use crate::state::AppState;

/// The frame and the page at `address`, in its language, as a first-time visitor's phone
/// would show it (nothing stored, not a kiosk).
pub fn render(catalogue: &Arc<Catalogue>, address: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(AppState::fixed(Ok(catalogue.clone()), Url::parse(address)));
        view! { <Pelita /> }.to_html()
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

/// The static page `template` (dist's index.html) with `body` in place of its boot block: the
/// block the app replaces when it starts.
pub fn page(template: &str, body: &str) -> Option<String> {
    const BOOT: &str = "<div id=\"boot\">";
    let start = template.find(BOOT)?;
    let end = template.rfind("</body>")?;
    (start < end).then(|| [&template[..start], BOOT, body, "</div>\n", &template[end..]].concat())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures;
    use crate::route::Route;

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
    fn the_page_takes_the_place_of_the_boot_block() {
        let template = "<html><body><div id=\"boot\"><p>Memuat…</p></div>\n</body></html>";
        assert_eq!(page(template, "<main>x</main>").as_deref(), Some("<html><body><div id=\"boot\"><main>x</main></div>\n</body></html>"));
        assert_eq!(page("<html><body></body></html>", "x"), None);
    }
}
