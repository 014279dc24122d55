//! Reusable views. Each draws plain text in the language it is drawn in, never HTML.
//!
//! A view that may be absent is an `Option<AnyView>` and a list a `Vec<AnyView>` (`list`):
//! every distinct view type inside an `Option` or a `Vec` is compiled code of its own, and
//! sharing the one erased type made the wasm smaller (bench/SIZE.md, fourth round).

pub mod copy_button;
pub mod data_error;
pub mod entry;
pub mod frame;
pub mod help_message;
pub mod keeping;
pub mod kiosk_layer;
pub mod language_switch;
pub mod list;
pub mod pass_on;
pub mod listen;
pub mod qr_code;
pub mod quick_exit;
pub mod search_box;
pub mod sentence;
pub mod without_app;
pub mod status_bar;
