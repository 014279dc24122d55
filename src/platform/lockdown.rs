//! Kiosk mode in the browser: turning it on, locking the screen down for shared use, watching
//! for idle visitors and resetting for the next one.

use wasm_bindgen::JsCast;

use super::listener::{listen, on_window};
use super::storage;
use crate::kiosk::{link_target, KioskSettings, LinkTarget};
use crate::route::query_param;

/// Where a browser tab remembers `?kiosk=1`. Must match KIOSK_SESSION_KEY in public/loader.js.
pub const SESSION_KEY: &str = "pelita.kiosk";

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn meta(name: &str) -> Option<String> {
    window()?
        .document()?
        .query_selector(&format!("meta[name='{name}']"))
        .ok()??
        .get_attribute("content")
}

/// The deployment's kiosk settings from index.html.
pub fn settings() -> KioskSettings {
    KioskSettings::from_meta(meta("pelita-kiosk").as_deref(), meta("pelita-idle-seconds").as_deref(), meta("pelita-public-url").as_deref())
}

/// Whether this browser session is a kiosk: `?kiosk=1` turns it on until the tab closes,
/// `?kiosk=0` off; a deployment can turn it on for everyone.
pub fn is_on(settings: &KioskSettings) -> bool {
    let Some(window) = window() else { return false };
    let session = window.session_storage().ok().flatten();
    let search = window.location().search().unwrap_or_default();
    let asked = query_param(&search, "kiosk");
    let asked = asked.as_deref();
    if let Some(session) = &session {
        match asked {
            Some("1") => {
                let _ = session.set_item(SESSION_KEY, "1");
            }
            Some("0") => {
                let _ = session.remove_item(SESSION_KEY);
            }
            _ => {}
        }
    }
    let remembered = session.and_then(|s| s.get_item(SESSION_KEY).ok().flatten()).is_some();
    settings.always_on || asked == Some("1") || (remembered && asked != Some("0"))
}

/// Sets the screen up for strangers: nothing persists, no zoom, no context menu, the display
/// stays awake. `<html data-kiosk>` switches on the large-touch layout.
pub fn lock_down() {
    storage::stop_persisting();
    let Some(window) = window() else { return };
    let Some(document) = window.document() else { return };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-kiosk", "");
    }
    if let Ok(Some(viewport)) = document.query_selector("meta[name='viewport']") {
        let _ = viewport.set_attribute("content", "width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no");
    }
    for event in ["contextmenu", "gesturestart", "dblclick"] {
        listen(&document, event, false, Box::new(|e| e.prevent_default()));
    }
    request_wake_lock(&window);
}

/// `navigator.wakeLock.request("screen")` where the browser has it (looked up at run time:
/// the API is missing on many kiosks' browsers and not all web-sys versions expose it).
fn request_wake_lock(window: &web_sys::Window) {
    let navigator = window.navigator();
    let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &"wakeLock".into()) else { return };
    let Ok(request) = js_sys::Reflect::get(&wake_lock, &"request".into()) else { return };
    if let Some(request) = request.dyn_ref::<js_sys::Function>() {
        if let Ok(promise) = request.call1(&wake_lock, &"screen".into()) {
            if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                // Refused (battery saver, hidden tab) is fine: the screen just may sleep.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                });
            }
        }
    }
}

/// Calls `on_activity` whenever someone touches, clicks or types.
pub fn watch_activity(on_activity: impl Fn() + 'static) {
    let on_activity = std::rc::Rc::new(on_activity);
    for event in ["pointerdown", "keydown", "touchstart", "wheel", "input"] {
        let on_activity = on_activity.clone();
        on_window(event, false, Box::new(move |_| on_activity()));
    }
}

/// Calls `on_link` with the address of any link that would take the kiosk away from Pelita
/// (tel:, sms:, mailto:, WhatsApp, other sites) and stops the navigation; script links are
/// stopped and nothing else happens. Decided on the address as the browser resolves it
/// (`kiosk::link_target`).
pub fn hold_outside_links(on_link: impl Fn(String) + 'static) {
    let Some(window) = window() else { return };
    let Some(document) = window.document() else { return };
    let own_origin = window.location().origin().unwrap_or_default();
    // Capture phase: runs before the app's own link handling. A middle click (`auxclick`)
    // would open a new tab: it is held the same way.
    let hold = std::rc::Rc::new(move |event: web_sys::Event| {
        let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let Ok(Some(link)) = target.closest("a[href]") else { return };
        let Ok(link) = link.dyn_into::<web_sys::HtmlAnchorElement>() else { return };
        // Quick exit is a link to the neutral site, so it works without the app; on a kiosk
        // it wipes the screen instead (`platform::exit`), and it handles its own click.
        if link.has_attribute("data-quick-exit") {
            return;
        }
        let target = link_target(&link.protocol(), &link.origin(), &own_origin);
        if target == LinkTarget::Inside {
            return;
        }
        event.prevent_default();
        event.stop_propagation();
        if target == LinkTarget::Outside {
            on_link(link.href());
        } else if event.type_() == "auxclick" {
            // Inside, but in a new tab: the kiosk has one screen.
            event.prevent_default();
        }
    });
    for kind in ["click", "auxclick"] {
        let hold = hold.clone();
        listen(&document, kind, true, Box::new(move |event| hold(event)));
    }
}

/// Starts over for the next visitor: forgets what Pelita keeps in this tab and reloads the
/// start screen in place of the current history entry (every move in kiosk mode replaced the
/// one before, so Back has nothing to return to; a fresh page also returns all memory).
///
/// Only a kiosk the deployment set up (`always_on`) clears the device's storage: `?kiosk=1`
/// on a personal phone, from a link or by mistake, must never wipe what its owner kept.
pub fn reset_for_next_visitor() {
    let Some(window) = window() else { return };
    let always_on = meta("pelita-kiosk").is_some_and(|on| KioskSettings::turns_on(&on));
    if always_on {
        if let Ok(Some(local)) = window.local_storage() {
            let _ = local.clear();
        }
    }
    if let Ok(Some(session)) = window.session_storage() {
        let _ = session.clear();
    }
    // A tab that is a kiosk by `?kiosk=1` stays one: the address turns it on again.
    let _ = window.location().replace(if always_on { "/" } else { "/?kiosk=1" });
}
