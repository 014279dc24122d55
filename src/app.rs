//! The composition root: loads the content, mounts the frame and picks the page for the
//! address. Nothing else imports this module.

use std::sync::Arc;

use leptos::prelude::*;

use crate::pages::Pelita;
use crate::platform;
use crate::state::{AppState, Content};

/// Starts Pelita in the browser: the static page from index.html stays on screen (its hotline
/// works) until the content is ready, then the app takes its place.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::task::spawn_local(async {
        let content = platform::data::fetch_catalogue().await.map(Arc::new).map_err(Arc::new);
        platform::dom::remove_boot_frame();
        leptos::mount::mount_to_body(move || view! { <App content /> });
    });
}

#[component]
pub fn App(content: Content) -> impl IntoView {
    provide_context(AppState::in_browser(content));
    view! { <Pelita /> }
}
