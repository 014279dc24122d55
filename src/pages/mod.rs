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

/// The entry id in the current address (`/panduan/:id`), read where it is called: a page
/// that reads it inside a view follows the address.
fn route_id() -> impl Fn() -> String + Copy {
    let route = use_app().route;
    move || route.read().entry_id().to_string()
}
