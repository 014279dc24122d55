//! Kiosk mode for the embassy's shared waiting-room screen: what a visitor takes away on
//! their own phone (what a QR code carries; the QR module, `src/bin/qr/`, draws it), and the
//! settings a deployment can change. Pure logic.

mod idle;
mod qr;
mod settings;

pub use idle::{IdleClock, IdleState};
pub use qr::qr_payload;
pub use settings::{KioskSettings, COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS};
