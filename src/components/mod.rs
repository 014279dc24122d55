//! Reusable views. Each reads the language from context and renders plain text, never HTML.
//!
//! A view that may be absent is an `Option<AnyView>` and a list a `Vec<AnyView>` (`list`):
//! every distinct view type inside an `Option` or a `Vec` is compiled code of its own, and
//! sharing the one erased type saved 5.8 KB brotli of the wasm (bench/SIZE.md).

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
