//! Pelita: guidance, contacts and checklists for Indonesians working in Cambodia.
//!
//! The pure core (`content`, `search`, `checklist`) has no web dependencies and is tested
//! natively; the Leptos views and the browser layer only build for wasm.

pub mod checklist;
pub mod content;
pub mod json;
pub mod kiosk;
pub mod route;
pub mod search;
pub mod ui_text;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod platform;
