//! Pelita: guidance, contacts and checklists for Indonesians working in Cambodia.
//!
//! The pure core (`content`, `search`, `checklist`, `kiosk`, `route`) has no web dependencies
//! and is tested natively. The views (`components`, `pages`) and the browser layer
//! (`platform`) build natively too, so the pages can be drawn to HTML at build time; only the
//! browser runs the platform's calls.

pub mod browser;
pub mod checklist;
pub mod content;
pub mod help;
pub mod kiosk;
pub mod lang;
pub mod route;
pub mod search;
pub mod ui_text;

pub mod app;
pub mod components;
pub mod pages;
pub mod platform;
#[cfg(not(target_arch = "wasm32"))]
pub mod pocket;
#[cfg(not(target_arch = "wasm32"))]
pub mod poster;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod state;
