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
use leptos_router::hooks::use_params_map;

/// The `:id` segment of the current route.
fn route_id() -> Signal<String> {
    let params = use_params_map();
    Signal::derive(move || params.read().get("id").unwrap_or_default())
}
