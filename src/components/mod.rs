//! Reusable views. Each reads the language from context and renders plain text, never HTML.

pub mod copy_button;
pub mod entry;
pub mod frame;
pub mod kiosk;
pub mod language_switch;
pub mod list;
pub mod listen;
pub mod loaded;
pub mod quick_exit;
pub mod status_bar;
