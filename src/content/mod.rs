//! The content model: plain types for everything Pelita shows, read from parsed JSON by
//! `decode`, loaded and validated by `load`, plus what the pages compute from it (phone links,
//! the number check, the content's age).
//!
//! No web APIs here, so the whole model is tested natively (`cargo test`).

mod decode;
pub mod edition;
#[cfg(test)]
pub mod fixtures;
pub mod built_in;
mod links;
mod load;
mod problem;
pub mod mention;
mod model;
pub mod phone;
mod validate;
mod vcard;
pub mod verify;

pub use links::{channel_href, human_date, percent_encode};
pub use load::{decode_all, load, DataFiles, Parsed, ALL_FILES, BUNDLE_FILE};
pub use problem::Problem;
pub use model::*;
pub use validate::{is_article_url, is_date, is_https_url, is_slug, parse_date, validate};
pub use vcard::{vcard, vcard_data_url};
