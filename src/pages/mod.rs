//! One module per route: read the parameters, pick entries, compose components.

pub mod about;
pub mod checklists;
pub mod contacts;
pub mod emergency;
pub mod guides;
pub mod home;
pub mod not_found;
pub mod search;
pub mod verify;

use leptos::prelude::*;

use crate::app::use_app;

/// The entry id in the current address (`/panduan/:id`).
fn route_id() -> Signal<String> {
    let route = use_app().route;
    Signal::derive(move || route.read().entry_id().to_string())
}
