//! The QR encoder as a wasm module of its own (`/kiosk/qr.js` and `qr_bg.wasm`), loaded only
//! when a QR code is drawn (`public/later/share.js`: the kiosk's codes, a share's, a print's), so a first visit never downloads the
//! encoder (`bench/SIZE.md`).

// Nothing of the `pelita` library: linking it would bring the wasm exports of the app's
// dependencies along (51 KB of module instead of 32). The tests run natively.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod svg;

#[cfg(target_arch = "wasm32")]
mod module {
    use wasm_bindgen::prelude::*;

    /// The SVG `viewBox` and path of the QR code for `payload`; empty when it cannot be encoded.
    #[wasm_bindgen]
    pub fn qr_svg(payload: &str) -> Vec<String> {
        match super::svg::QrSvg::encode(payload) {
            Some(svg) => vec![format!("0 0 {0} {0}", svg.size), svg.path],
            None => Vec::new(),
        }
    }
}

fn main() {}
