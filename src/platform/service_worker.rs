//! The service worker from the page's side: registering it, noticing when a new version has
//! installed and waits, and switching to it when the user asks. The caching itself lives in
//! public/sw.js.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

const SCRIPT_URL: &str = "/sw.js";
/// Tells a waiting worker to take over. Must match SKIP_WAITING in public/sw.js.
pub const SKIP_WAITING: &str = "skip-waiting";
/// Asks the worker to keep the kiosk-only files. Must match KEEP_KIOSK_FILES in public/sw.js.
pub const KEEP_KIOSK_FILES: &str = "keep-kiosk-files";
/// Asks the worker to forget the pages kept as they were opened. Must match FORGET_PAGES in
/// public/sw.js.
pub const FORGET_PAGES: &str = "forget-pages";

/// `navigator.serviceWorker`, which is missing on plain-http origins and in some private modes.
fn container() -> Option<ServiceWorkerContainer> {
    let container = web_sys::window()?.navigator().service_worker();
    (!container.is_undefined()).then_some(container)
}

/// Registers the worker and calls `on_update_waiting` when a new version has installed and
/// waits to replace the one serving this page. Without support, or if registration fails,
/// the app works as before, online only. The listeners live as long as the page.
pub fn register(on_update_waiting: impl Fn() + 'static) {
    let Some(container) = container() else { return };
    let on_update_waiting: Rc<dyn Fn()> = Rc::new(on_update_waiting);
    if container.controller().is_some() {
        // Another open tab switched to a new version: this one runs the old code against the
        // new version's files until it reloads, so it offers the reload too.
        let announce = on_update_waiting.clone();
        let on_switch = Closure::<dyn Fn()>::new(move || announce());
        let _ = container.add_event_listener_with_callback("controllerchange", on_switch.into_js_value().unchecked_ref());
    }
    spawn_local(async move {
        // A browser (or a test) that blocks service workers may answer with no registration.
        let Ok(Ok(registration)) = JsFuture::from(container.register(SCRIPT_URL)).await.map(JsCast::dyn_into::<ServiceWorkerRegistration>) else { return };
        // A version found on an earlier visit may still be waiting.
        if registration.waiting().is_some() && container.controller().is_some() {
            on_update_waiting();
        }
        watch_installs(container, &registration, on_update_waiting);
        request_persistent_storage();
    });
}

/// Calls `on_update_waiting` when a newly found version finishes installing while an older one
/// controls the page. On a first visit nothing controls the page yet: the new worker simply
/// takes over and there is nothing to announce.
fn watch_installs(
    container: ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    on_update_waiting: Rc<dyn Fn()>,
) {
    let found = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = found.installing() else { return };
        let (container, on_update_waiting, watched) =
            (container.clone(), on_update_waiting.clone(), worker.clone());
        let on_state_change = Closure::<dyn Fn()>::new(move || {
            if watched.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                on_update_waiting();
            }
        });
        // Handed to JS: freed with the worker object.
        worker.set_onstatechange(Some(on_state_change.into_js_value().unchecked_ref()));
    });
    registration.set_onupdatefound(Some(on_update_found.into_js_value().unchecked_ref()));
}

/// Asks the browser to look for a new version now; it also looks on every page load.
pub fn check_for_update() {
    let Some(container) = container() else { return };
    spawn_local(async move {
        if let Some(registration) = registration(&container).await {
            if let Ok(checked) = registration.update() {
                // Offline or the server unreachable: the next check will do.
                let _ = JsFuture::from(checked).await;
            }
        }
    });
}

/// Tells the waiting version to take over and reloads the page once it controls it, so the
/// page never runs old code against the new version's files.
pub fn apply_update() {
    let Some(container) = container() else { return };
    let reload = Closure::once_into_js(reload_page);
    let _ = container.add_event_listener_with_callback("controllerchange", reload.unchecked_ref());
    spawn_local(async move {
        match registration(&container).await.and_then(|r| r.waiting()) {
            Some(waiting) => {
                let _ = waiting.post_message(&JsValue::from_str(SKIP_WAITING));
            }
            // Another tab already switched: the new version serves this page's next load.
            None => reload_page(),
        }
    });
}

/// Has the worker keep the kiosk-only files (the QR encoder), which it does not precache for
/// phones, so a kiosk that loses its network still draws QR codes. Sent on every kiosk start,
/// so a new version keeps them too.
pub fn keep_kiosk_files() {
    tell_active_worker(KEEP_KIOSK_FILES);
}

/// Has the worker drop its copies of the pages the person opened ("erase all"): which pages
/// are kept tells what someone read. The pages every install holds stay, so the app still
/// works offline.
pub fn forget_opened_pages() {
    tell_active_worker(FORGET_PAGES);
}

fn tell_active_worker(message: &'static str) {
    let Some(container) = container() else { return };
    let Ok(ready) = container.ready() else { return };
    spawn_local(async move {
        let Ok(Ok(registration)) = JsFuture::from(ready).await.map(JsCast::dyn_into::<ServiceWorkerRegistration>) else { return };
        if let Some(active) = registration.active() {
            let _ = active.post_message(&JsValue::from_str(message));
        }
    });
}

async fn registration(container: &ServiceWorkerContainer) -> Option<ServiceWorkerRegistration> {
    let found = JsFuture::from(container.get_registration()).await.ok()?;
    found.dyn_into::<ServiceWorkerRegistration>().ok()
}

fn reload_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Asks the browser not to evict the stored app under storage pressure. Browsers decide by
/// their own rules (Chrome quietly, for installed or often used sites); if the answer is no,
/// the app still works offline until the browser needs the space.
fn request_persistent_storage() {
    let Some(window) = web_sys::window() else { return };
    let storage = window.navigator().storage();
    if storage.is_undefined() {
        return;
    }
    if let Ok(asked) = storage.persist() {
        spawn_local(async move {
            let _ = JsFuture::from(asked).await;
        });
    }
}
