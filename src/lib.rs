//! Pelita: guidance, contacts and checklists for Indonesians working in Cambodia.
//!
//! The pure core (`content`, `search`, `checklist`) has no web dependencies and is tested
//! natively; the Leptos views and the browser layer only build for wasm.

pub mod content;
