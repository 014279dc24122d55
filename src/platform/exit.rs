//! Leaving Pelita in a hurry.

use crate::content::built_in::QUICK_EXIT_SITE;

/// Quick exit: on a personal device, replaces Pelita with a neutral site; on a shared kiosk,
/// which has nowhere to leave to, wipes the screen for the next visitor.
pub fn leave_or_reset(on_kiosk: bool) {
    if on_kiosk {
        super::lockdown::reset_for_next_visitor();
    } else {
        leave();
    }
}

/// Replaces Pelita with a neutral site. `location.replace` swaps the current history entry
/// instead of adding one, so Back does not lead to this page. Pages opened before it stay in
/// the history; the about page says so.
fn leave() {
    if let Some(window) = web_sys::window() {
        // Only a malformed address can fail here, and this one is a constant.
        let _ = window.location().replace(QUICK_EXIT_SITE);
    }
}
