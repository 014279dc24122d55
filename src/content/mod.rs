//! The content model: plain serde types for everything Pelita shows, plus validation.
//!
//! No web APIs here, so the whole model is tested natively (`cargo test`).

mod model;
pub mod phone;
mod validate;

pub use model::*;
pub use validate::{is_slug, load, validate, DataFiles, Problem, ALL_FILES};
