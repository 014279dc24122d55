//! localStorage behind a small API. Storage can be missing or full (private mode, quota):
//! then nothing is kept and nothing breaks. In kiosk mode nothing is ever kept.

use std::sync::atomic::{AtomicBool, Ordering};


static PERSIST: AtomicBool = AtomicBool::new(true);

/// From now on, reads find nothing and writes keep nothing (kiosk mode: the next stranger at
/// the screen must not see what the last one did).
pub fn stop_persisting() {
    PERSIST.store(false, Ordering::Relaxed);
}

fn local_storage() -> Option<web_sys::Storage> {
    if !PERSIST.load(Ordering::Relaxed) {
        return None;
    }
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Keeps `value` under `key`; false when the phone's storage refused it (full, or blocked).
/// A refused write only loses persistence, never the answers on screen. Where nothing is kept
/// by design (kiosk mode, no storage at all) there is nothing to refuse.
pub fn write(key: &str, value: &str) -> bool {
    local_storage().is_none_or(|storage| storage.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Removes everything Pelita keeps on this device (every key of this origin's local and
/// session storage is Pelita's) and returns the keys that were there.
pub fn erase_all() -> Vec<String> {
    let window = web_sys::window();
    let session = window.as_ref().and_then(|w| w.session_storage().ok().flatten());
    let mut keys = Vec::new();
    for storage in [local_storage(), session].into_iter().flatten() {
        let count = storage.length().unwrap_or(0);
        keys.extend((0..count).filter_map(|i| storage.key(i).ok().flatten()));
        let _ = storage.clear();
    }
    keys
}
