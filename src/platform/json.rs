//! JSON parsed by the browser (`JSON.parse`, `Response.json()`), then copied into a
//! `serde_json::Value` for the pure core (`crate::json`), value by value. Slower than serde_json
//! (4 ms against 0.8 ms on the first content edition) but 8.9 KB less wasm; a tape of the whole
//! value passed over at once measured slower still and larger (bench/SIZE.md, fourth round).

use js_sys::{Array, Object, JSON};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The value of `text`, or the browser's reason it is not JSON.
pub fn parse(text: &str) -> Result<Value, String> {
    copy(&JSON::parse(text).map_err(|error| super::error_message(&error))?)
}

/// The value of a response's body, read and parsed by the browser: the text never passes
/// through the wasm, which saves copying it in and back out (bench/SIZE.md). Copied one member
/// of the top object at a time, each in a task of its own (the data bundle has one member per
/// file), so a phone's page is never blocked for the whole of it. Or the browser's reason it
/// could not be read or is not JSON.
pub async fn read_response(response: &web_sys::Response) -> Result<Value, String> {
    let body = response.json().map_err(|error| super::error_message(&error))?;
    let js = JsFuture::from(body).await.map_err(|error| super::error_message(&error))?;
    let Some(object) = js.dyn_ref::<Object>().filter(|_| !Array::is_array(&js)) else {
        return copy(&js);
    };
    let mut map = Map::new();
    for (name, member) in members(object) {
        super::clock::next_task().await;
        map.insert(name, copy(&member)?);
    }
    Ok(Value::Object(map))
}

fn copy(js: &JsValue) -> Result<Value, String> {
    to_value(js, 0).ok_or_else(|| "nested too deeply".into())
}

/// The value, unless it nests deeper than any data Pelita writes (serde_json's limit), which
/// would otherwise run the wasm out of stack.
fn to_value(js: &JsValue, depth: usize) -> Option<Value> {
    const MAX_DEPTH: usize = 128;
    Some(if let Some(text) = js.as_string() {
        Value::String(text)
    } else if let Some(number) = js.as_f64() {
        whole_or_float(number)
    } else if let Some(flag) = js.as_bool() {
        Value::Bool(flag)
    } else if depth >= MAX_DEPTH {
        return None;
    } else if let Some(items) = js.dyn_ref::<Array>() {
        Value::Array(items.iter().map(|item| to_value(&item, depth + 1)).collect::<Option<_>>()?)
    } else if let Some(object) = js.dyn_ref::<Object>() {
        let mut map = Map::new();
        for (name, member) in members(object) {
            map.insert(name, to_value(&member, depth + 1)?);
        }
        Value::Object(map)
    } else {
        Value::Null
    })
}

/// An object's own members, name and value.
fn members(object: &Object) -> impl Iterator<Item = (String, JsValue)> {
    Object::entries(object).into_iter().map(|pair| {
        let pair: Array = pair.unchecked_into();
        (pair.get(0).as_string().unwrap_or_default(), pair.get(1))
    })
}

/// Whole numbers as serde_json would read them (`as_u64` and `as_i64` work on them).
fn whole_or_float(number: f64) -> Value {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every whole f64 below it is exact
    if number.fract() == 0.0 && number.abs() < EXACT {
        if number >= 0.0 {
            Value::from(number as u64)
        } else {
            Value::from(number as i64)
        }
    } else {
        Number::from_f64(number).map_or(Value::Null, Value::Number)
    }
}
