//! Reusable views. Each reads the language from context and renders plain text, never HTML.

pub mod copy_button;
pub mod entry;
pub mod frame;
pub mod loaded;
