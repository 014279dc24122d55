//! localStorage behind a small API. Storage can be missing or full (private mode, quota):
//! then nothing is kept and nothing breaks. In kiosk mode nothing is ever kept.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::content::Parsed;

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

/// What is stored under `key`, parsed as JSON (or why it is not JSON); `None` when nothing is.
pub fn read_json(key: &str) -> Option<Parsed> {
    read(key).map(|text| super::json::parse(&text))
}

pub fn write(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        // A full or blocked store only loses persistence, never the answers on screen.
        let _ = storage.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Removes everything Pelita keeps on this device (every key of this origin's local storage is
/// Pelita's) and returns the keys that were there.
pub fn erase_all() -> Vec<String> {
    let Some(storage) = local_storage() else { return Vec::new() };
    let count = storage.length().unwrap_or(0);
    let keys = (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect();
    let _ = storage.clear();
    keys
}
