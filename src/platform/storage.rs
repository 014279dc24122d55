//! localStorage behind a small API. Storage can be missing or full (private mode, quota):
//! then nothing is kept and nothing breaks.

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn read(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        // A full or blocked store only loses persistence, never the answers on screen.
        let _ = storage.set_item(key, value);
    }
}
