//! The composition root: loads the content, mounts the frame and picks the page for the
//! address. Nothing else imports this module.

use std::sync::Arc;

use leptos::prelude::*;

use crate::pages::Pelita;
use crate::platform;
use crate::state::{provide_in_browser, Content};

/// Starts Pelita in the browser: the page as served (drawn at build time by the same views, or
/// index.html's frame) stays on screen, its links and hotline working, until the content is
/// ready; then the app takes its place.
pub fn start() {
    console_error_panic_hook::set_once();
    // Leptos's own executor starts with the mount; until then the browser's runs this.
    wasm_bindgen_futures::spawn_local(async {
        let content = platform::data::fetch_catalogue().await.map(Arc::new).map_err(Arc::new);
        platform::clock::next_task().await;
        // The app's page goes in after the served one, which then leaves in the same turn: the
        // browser never paints between the two, and the scroll position stays.
        leptos::mount::mount_to_body(move || view! { <App content /> });
        platform::dom::remove_boot_frame();
    });
}

#[component]
pub fn App(content: Content) -> impl IntoView {
    provide_in_browser(content);
    view! { <Pelita /> }
}
