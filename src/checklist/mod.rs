//! Checklists: how ticks become a verdict, and how the ticks are stored between visits.
//!
//! Pure logic, no browser APIs: the platform layer hands the stored string in and writes the
//! encoded string back.

mod answers;
mod score;

pub use answers::{Answers, Decoded, Recovery, SET_ASIDE_KEY, STORAGE_KEY};
pub use score::{score, Score};
