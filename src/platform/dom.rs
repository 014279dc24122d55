//! Small document-level operations.

/// Removes the static frame that index.html paints before the app starts.
pub fn remove_boot_frame() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}
