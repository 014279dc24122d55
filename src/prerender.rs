//! Every page drawn to HTML at build time, by the same views the app runs (Leptos renders them
//! natively): a real page for every address, readable without JavaScript or WebAssembly, which
//! the app takes over when it starts. `src/bin/prerender.rs` writes them into `dist/`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::content::Catalogue;
use crate::lang::Lang;
use crate::pages::Pelita;
use crate::route::{Route, Url};
use crate::state::AppState;

/// Every address Pelita has a page for: the sections, then each entry's page.
pub fn routes(catalogue: &Catalogue) -> Vec<Route> {
    let mut routes = vec![
        Route::Home,
        Route::Emergency,
        Route::Contacts,
        Route::VerifyNumber,
        Route::Guides,
        Route::Checklists,
        Route::Search,
        Route::About,
        Route::WayHome,
    ];
    routes.extend(catalogue.contacts.iter().map(|c| Route::Contact(c.id.clone())));
    routes.extend(catalogue.guides.iter().map(|g| Route::Guide(g.id.clone())));
    routes.extend(catalogue.checklists.iter().map(|c| Route::Checklist(c.id.clone())));
    routes
}

/// The frame and the page of `route`, in Indonesian, as a first-time visitor's phone would
/// show it (nothing stored, not a kiosk).
pub fn render(catalogue: &Arc<Catalogue>, route: &Route) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(AppState::fixed(Ok(catalogue.clone()), Url::parse(&route.href()), Lang::Id));
        view! { <Pelita /> }.to_html()
    })
}

/// Where a static host finds the page of `route` in `dist/`: `index.html` in the folder of
/// its path (`panduan/di-kbri/index.html`), the home page at the top.
pub fn file_of(route: &Route) -> String {
    let path = route.href();
    let folder = path.trim_matches('/');
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

    #[test]
    fn every_entry_and_section_has_a_page_and_a_file() {
        let cat = fixtures::catalogue();
        let routes = routes(&cat);
        assert_eq!(routes.len(), 9 + cat.contacts.len() + cat.guides.len() + cat.checklists.len());
        assert!(routes.contains(&Route::Guide("paspor-ditahan".into())));
        assert_eq!(file_of(&Route::Home), "index.html");
        assert_eq!(file_of(&Route::Guide("di-kbri".into())), "panduan/di-kbri/index.html");
        assert_eq!(file_of(&Route::VerifyNumber), "kontak/verifikasi/index.html");
    }

    #[test]
    fn a_page_is_the_real_frame_and_content() {
        let cat = Arc::new(fixtures::catalogue());
        let html = render(&cat, &Route::Guide("paspor-ditahan".into()));
        assert!(html.contains("<h1>paspor-ditahan</h1>"), "{html}");
        assert!(html.contains("href=\"tel:+85512813282\""), "the hotline");
        assert!(html.contains("Catat nama bos."), "the steps");
        assert!(html.contains("aria-current=\"page\" href=\"/panduan\"") || html.contains("href=\"/panduan\" aria-current=\"page\""), "{html}");
        assert!(!html.contains("<script"), "no script in a drawn page");
        let unknown = render(&cat, &Route::Guide("nope".into()));
        assert!(unknown.contains("Halaman tidak ditemukan"));
    }

    #[test]
    fn the_page_takes_the_place_of_the_boot_block() {
        let template = "<html><body><div id=\"boot\"><p>Memuat…</p></div>\n</body></html>";
        assert_eq!(page(template, "<main>x</main>").as_deref(), Some("<html><body><div id=\"boot\"><main>x</main></div>\n</body></html>"));
        assert_eq!(page("<html><body></body></html>", "x"), None);
    }
}
