//! Component tests in headless Chromium (wasm-bindgen-test): real views mounted in a real DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use pelita::app::App;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// Yields to the browser for `ms` milliseconds so fetches and effects can run.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .expect("timer");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("timer fired");
}

/// A host element for a fresh app, on a device with nothing stored (tests share one page, and
/// an earlier test's language choice would otherwise carry over).
fn mount_fresh() -> web_sys::HtmlElement {
    local_storage().clear().expect("clear storage");
    let host: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&host).expect("append");
    host
}

/// Makes every fetch fail at once, as on a phone with no network and no service worker yet.
fn go_offline() {
    let failing = js_sys::Function::new_no_args("return Promise.reject(new TypeError('offline'))");
    let window = web_sys::window().expect("window");
    js_sys::Reflect::set(&window, &"fetch".into(), &failing).expect("fetch replaced");
}

/// With no data at all the hotline must stay tappable and a clear message must say what went
/// wrong, naming the file.
#[wasm_bindgen_test]
async fn app_keeps_the_hotline_when_the_data_cannot_load() {
    go_offline();
    let host = mount_fresh();
    let handle = leptos::mount::mount_to(host.clone(), App);

    let call = host.query_selector("a[href='tel:+85512813282']").expect("query").expect("hotline link");
    assert!(call.text_content().unwrap_or_default().contains("+855 12 813 282"));
    assert!(host.query_selector("header a[href='/darurat']").expect("query").is_some());

    let mut alert = None;
    for _ in 0..100 {
        sleep(50).await;
        alert = host.query_selector(".data-error").expect("query");
        if alert.is_some() {
            break;
        }
    }
    let Some(alert) = alert else {
        panic!("no data error message appeared; the page shows: {}", host.inner_html());
    };
    let text = alert.text_content().unwrap_or_default();
    assert!(text.contains("Isi aplikasi tidak bisa dimuat"), "{text}");
    assert!(text.contains("content.json: entry"), "{text}");
    assert!(host.query_selector("a[href='tel:+85512813282']").expect("query").is_some());
    drop(handle);
}

/// The language switch re-renders the frame in English.
#[wasm_bindgen_test]
async fn language_switch_changes_the_interface() {
    let host = mount_fresh();
    let _handle = leptos::mount::mount_to(host.clone(), App);
    let sos = host.query_selector("header a[href='/darurat']").expect("query").expect("sos link");
    assert_eq!(sos.text_content().as_deref(), Some("Darurat"));
    let button: web_sys::HtmlElement =
        host.query_selector("button.lang").expect("query").expect("switch").unchecked_into();
    button.click();
    sleep(10).await;
    assert_eq!(sos.text_content().as_deref(), Some("Emergency"));
    assert_eq!(document().document_element().and_then(|e| e.get_attribute("lang")).as_deref(), Some("en"));
    assert_eq!(local_storage().get_item("pelita.lang.v1").expect("read").as_deref(), Some("en"));
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("localStorage")
}

/// The browser's JSON parser gives the pure core the same values serde_json would, on the
/// real data and on the edge cases the decoder cares about (whole numbers, nesting, escapes).
#[wasm_bindgen_test]
fn browser_json_reads_like_serde_json() {
    let samples = [
        include_str!("../public/data/contacts.json"),
        include_str!("../public/data/guides.json"),
        include_str!("../public/data/checklists.json"),
        include_str!("../public/data/about.json"),
        include_str!("../public/data/synonyms.json"),
        r#"{"n": [0, 7, -3, 1.5, 4294967296], "t": true, "f": false, "z": null, "e": {}, "l": []}"#,
        r#"["\u00e9\ud83d\ude00", "a\"b\\c\n", "Rp 7–16 juta"]"#,
    ];
    for text in samples {
        let expected: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
        assert_eq!(pelita::json::parse(text), Ok(expected), "{}", &text[..text.len().min(60)]);
    }
    let error = pelita::json::parse(r#"{"contacts": [{"id": "kbri-ph"#).expect_err("cut off");
    assert!(!error.is_empty());
    // Nesting no data has: refused, as serde_json refuses it, rather than recursing on.
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(serde_json::from_str::<serde_json::Value>(&deep).is_err());
    assert!(pelita::json::parse(&deep).is_err());
}
