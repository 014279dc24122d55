//! The content model: plain types for everything Pelita shows, read from JSON by `decode`,
//! plus validation. (They derive `Serialize` only for the search benchmark's MiniSearch side.)
//!
//! No web APIs here, so the whole model is tested natively (`cargo test`).

pub mod frame;
pub(crate) mod decode;
mod links;
mod model;
pub mod phone;
mod vcard;
mod validate;
pub mod verify;

pub use links::{channel_href, human_date, percent_encode, search_path};
pub use vcard::{vcard, vcard_data_url};
pub use model::*;
pub use validate::{is_slug, load, validate, DataFiles, Problem, ALL_FILES, BUNDLE_FILE};
