//! Event listeners tied to their owner: added now, removed (and their closure freed) when the
//! reactive owner that added them is cleaned up. Listeners the app adds at start belong to its
//! root owner and so live as long as the page.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Handler = Closure<dyn Fn(web_sys::Event)>;

/// Calls `handler` for every `event` on `target` (in the capture phase when `capture`) for as
/// long as the calling owner lives. One boxed handler type for every listener, so the code that
/// adds and removes them is compiled once.
pub fn listen(target: &web_sys::EventTarget, event: &'static str, capture: bool, handler: Box<dyn Fn(web_sys::Event)>) {
    let closure: Handler = Closure::wrap(handler);
    if target.add_event_listener_with_callback_and_bool(event, closure.as_ref().unchecked_ref(), capture).is_err() {
        return;
    }
    // Kept with the owner; the cleanup below runs before it is dropped.
    let listener = StoredValue::new_local((target.clone(), closure));
    on_cleanup(move || {
        listener.with_value(|(target, closure)| {
            let _ = target.remove_event_listener_with_callback_and_bool(event, closure.as_ref().unchecked_ref(), capture);
        });
    });
}

/// `listen` on the window.
pub fn on_window(event: &'static str, capture: bool, handler: Box<dyn Fn(web_sys::Event)>) {
    if let Some(window) = web_sys::window() {
        listen(&window, event, capture, handler);
    }
}
