//! What a form holds, read from the browser: its fields as `name`, `value` pairs, in the order
//! the form data lists them (ticked boxes and chosen radios only), for the pure core to read.

use wasm_bindgen::JsCast;

pub fn fields(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    let Ok(data) = web_sys::FormData::new_with_form(form) else { return Vec::new() };
    let Ok(Some(entries)) = js_sys::try_iter(&data) else { return Vec::new() };
    entries
        .filter_map(|entry| {
            let pair = entry.ok()?.dyn_into::<js_sys::Array>().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}
