//! Kiosk mode for the embassy's shared waiting-room screen: what a visitor takes away on
//! their own phone (what a QR code carries; the QR module, `src/bin/qr/`, draws it), and the
//! settings a deployment can change, and which links may leave the screen. Pure logic.

mod idle;
mod links;
mod qr_payload;
mod settings;

pub use idle::{IdleClock, IdleState};
pub use links::{link_target, LinkTarget};
pub use qr_payload::{take_home, MAX_BYTES as TAKE_HOME_MAX_BYTES};
pub use settings::{KioskSettings, COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS};
