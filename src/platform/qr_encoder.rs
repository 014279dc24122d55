//! QR codes, drawn by the separate QR module (`src/bin/qr.rs`): a kiosk loads it when it starts
//! (so it is at hand, and cached by the service worker, before any visitor needs it); a phone
//! never does.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where the build puts the module (index.html's `data-target-path`).
const MODULE: &str = "/kiosk/qr.js";

// One load for the page's life; a failed one (offline before it was ever cached) is tried
// again next time.
#[wasm_bindgen(inline_js = "let loading;
export function qr_encoder(url) {
  return (loading ??= import(url)
    .then(async (m) => { await m.default(); return m.qr_svg; })
    .catch((e) => { loading = undefined; throw e; }));
}")]
extern "C" {
    fn qr_encoder(url: &str) -> js_sys::Promise;
}

/// An encoded code: the SVG `viewBox` and the path of its dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrDrawing {
    pub view_box: String,
    pub path: String,
}

/// The QR code for `payload`, once the module has loaded; `None` if it cannot be loaded or
/// the payload cannot be encoded.
pub async fn encode(payload: &str) -> Option<QrDrawing> {
    let encoder: js_sys::Function = JsFuture::from(qr_encoder(MODULE)).await.ok()?.dyn_into().ok()?;
    let parts: js_sys::Array = encoder.call1(&JsValue::NULL, &payload.into()).ok()?.dyn_into().ok()?;
    Some(QrDrawing { view_box: parts.get(0).as_string()?, path: parts.get(1).as_string()? })
}

/// Loads the module ahead of need.
pub fn preload() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = JsFuture::from(qr_encoder(MODULE)).await;
    });
}
