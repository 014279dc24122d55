//! One module per route: read the parameters, pick entries, compose components. `Pelita` puts
//! the page for the address into the frame.

pub mod about;
pub mod checklists;
pub mod contacts;
pub mod emergency;
pub mod guides;
pub mod home;
pub mod not_found;
pub mod search;
pub mod verify;
pub mod way_home;

use leptos::prelude::*;

use crate::components::data_error::DataError;
use crate::components::frame::Frame;
use crate::route::Route;
use crate::state::{use_content, use_page, Content, Page};

/// The frame and the page for the address. Both are drawn again when the language changes, so
/// every label is plain text (`state::view_lang`); the page alone when the address does.
#[component]
pub fn Pelita() -> impl IntoView {
    let Page { lang, route, .. } = use_page();
    let content = use_content();
    move || {
        lang.track();
        let content = content.clone();
        view! { <Frame>{move || page(route.get(), &content)}</Frame> }
    }
}

fn page(route: Route, content: &Content) -> AnyView {
    let catalogue = match content {
        Ok(catalogue) => catalogue.clone(),
        Err(problems) => return view! { <DataError problems=problems.clone() /> }.into_any(),
    };
    match route {
        Route::Home => view! { <home::Home catalogue /> }.into_any(),
        Route::Emergency => view! { <emergency::Emergency catalogue /> }.into_any(),
        Route::Contacts => view! { <contacts::ContactList catalogue /> }.into_any(),
        Route::VerifyNumber => view! { <verify::VerifyNumber catalogue /> }.into_any(),
        Route::Contact(page) => view! { <contacts::ContactPage catalogue id=page.id /> }.into_any(),
        Route::Guides => view! { <guides::GuideList catalogue /> }.into_any(),
        Route::Guide(page) => view! { <guides::GuidePage catalogue id=page.id /> }.into_any(),
        Route::Checklists => view! { <checklists::ChecklistList catalogue /> }.into_any(),
        Route::Checklist(page) => view! { <checklists::ChecklistPage catalogue id=page.id /> }.into_any(),
        Route::Search => view! { <search::SearchPage catalogue /> }.into_any(),
        Route::About => view! { <about::About catalogue /> }.into_any(),
        Route::WayHome => view! { <way_home::WayHomePage catalogue /> }.into_any(),
        Route::NotFound | Route::Code(_) => view! { <not_found::NotFound /> }.into_any(),
    }
}
