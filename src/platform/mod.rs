//! The one place that touches browser APIs. Everything above it gets plain Rust values.

pub mod clipboard;
pub mod data;
pub mod dom;
pub mod language;
pub mod storage;
