//! The one place that touches browser APIs. Everything above it gets plain Rust values.

pub mod clipboard;
pub mod connectivity;
pub mod data;
pub mod dom;
pub mod exit;
pub mod json;
pub mod keyboard;
pub mod kiosk;
pub mod language;
pub mod qr;
pub mod location;
pub mod service_worker;
pub mod speech;
pub mod storage;
