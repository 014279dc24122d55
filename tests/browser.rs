//! Component tests in headless Chromium (wasm-bindgen-test): real views mounted in a real DOM,
//! the frame and single pages with their own data, and the platform's JSON parser.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use pelita::content::{load, Catalogue, DataFiles};
use pelita::lang::Lang;
use pelita::pages::guides::GuidePage;
use pelita::pages::Pelita;
use pelita::route::Url;
use pelita::state::{provide_fixed, use_page, Content, Page};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A host element for a fresh view.
fn host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").expect("div").unchecked_into();
    document().body().expect("body").append_child(&host).expect("append");
    host
}

fn text_of(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("no {selector} in: {}", host.inner_html()))
        .text_content()
        .unwrap_or_default()
}

/// The real data, bundled as the build bundles it.
fn real_catalogue() -> Arc<Catalogue> {
    let mut files = DataFiles::default();
    for (name, text) in [
        ("contacts.json", include_str!("../public/data/contacts.json")),
        ("guides.json", include_str!("../public/data/guides.json")),
        ("checklists.json", include_str!("../public/data/checklists.json")),
        ("about.json", include_str!("../public/data/about.json")),
        ("synonyms.json", include_str!("../public/data/synonyms.json")),
        ("way-home.json", include_str!("../public/data/way-home.json")),
        ("lexicon.json", include_str!("../public/data/lexicon.json")),
    ] {
        files.insert(name, pelita::platform::json::parse(text));
    }
    Arc::new(load(&files).expect("the real data is valid"))
}

/// Mounts `view` with an app state that starts nothing and stores nothing: `url`, in its
/// language; returns the page it shows. The state is made inside the mount, where Leptos's
/// executor runs.
fn mount_with<V: IntoView + 'static>(content: Content, url: &str, view: impl FnOnce() -> V + 'static) -> (web_sys::HtmlElement, Page) {
    let host = host();
    let made = std::rc::Rc::new(std::cell::RefCell::new(None));
    let keep = made.clone();
    let url = Url::parse(url);
    leptos::mount::mount_to(host.clone(), move || {
        provide_fixed(content, url);
        keep.replace(Some(use_page()));
        view()
    })
    .forget();
    let page = made.take().expect("the mount made the state");
    (host, page)
}

/// Replaces `window.fetch` for as long as it lives, and puts the real one back when dropped.
struct FetchReplaced(wasm_bindgen::JsValue);

impl FetchReplaced {
    fn with(body: &str) -> FetchReplaced {
        let window = web_sys::window().expect("window");
        let real = js_sys::Reflect::get(&window, &"fetch".into()).expect("fetch");
        js_sys::Reflect::set(&window, &"fetch".into(), &js_sys::Function::new_no_args(body)).expect("fetch replaced");
        FetchReplaced(real)
    }
}

impl Drop for FetchReplaced {
    fn drop(&mut self) {
        let window = web_sys::window().expect("window");
        js_sys::Reflect::set(&window, &"fetch".into(), &self.0).expect("fetch restored");
    }
}

/// With no data at all the hotline stays tappable and a clear message says what went wrong,
/// naming the file; the real `fetch` is back afterwards.
#[wasm_bindgen_test]
async fn the_hotline_stays_when_the_data_cannot_load() {
    let real_fetch = js_sys::Reflect::get(&web_sys::window().expect("window"), &"fetch".into()).expect("fetch");
    let content = {
        let _offline = FetchReplaced::with("return Promise.reject(new TypeError('offline'))");
        pelita::platform::data::fetch_catalogue().await.map(Arc::new).map_err(Arc::new)
    };
    let now_fetch = js_sys::Reflect::get(&web_sys::window().expect("window"), &"fetch".into()).expect("fetch");
    assert!(js_sys::Object::is(&real_fetch, &now_fetch), "the real fetch is restored");
    let problems = content.clone().expect_err("no data without a network");
    assert!(problems[0].to_string().starts_with("content.json: entry '-'"), "{}", problems[0]);

    let (host, _) = mount_with(content, "/", || view! { <Pelita /> });
    let whatsapp = host.query_selector(".hotline a").expect("query").expect("hotline link");
    assert_eq!(whatsapp.get_attribute("href").as_deref(), Some("https://wa.me/85512813282"), "WhatsApp first");
    assert!(whatsapp.text_content().unwrap_or_default().contains("+855 12 813 282"));
    assert!(host.query_selector(".hotline a[href='tel:+85512813282']").expect("query").is_some(), "the call second");
    assert!(text_of(&host, ".data-error").contains("Isi aplikasi tidak bisa dimuat"));
    assert!(text_of(&host, ".data-error").contains("could not be downloaded"));
}

/// The browser reads the content from the response itself; a download cut off halfway is not
/// used, and the copy this version was built with (the second request) is.
#[wasm_bindgen_test]
async fn the_data_is_read_from_the_response_and_a_cut_off_download_falls_back() {
    let whole = serde_json::to_string(include_str!("fixtures/content.json")).expect("a JS string");
    let cut = serde_json::to_string(r#"{"contacts.json": {"contacts": [{"id": "kbri-ph"#).expect("a JS string");
    let content = {
        let _served = FetchReplaced::with(&format!(
            "globalThis.pelitaFetches = (globalThis.pelitaFetches || 0) + 1;
             return Promise.resolve(new Response(globalThis.pelitaFetches === 1 ? {cut} : {whole}));"
        ));
        pelita::platform::data::fetch_catalogue().await
    };
    let fetches = js_sys::Reflect::get(&js_sys::global(), &"pelitaFetches".into()).expect("count");
    assert_eq!(fetches.as_f64(), Some(2.0), "the cut-off download, then the build's copy");
    let catalogue = content.expect("the build's copy loads");
    assert!(catalogue.guide("contoh").is_some(), "the fixture's guide is there");
}

/// An address's language is the page's: the frame and the page in English under `/en/`, its
/// links English too, and the bottom menu marks the section of the page shown.
#[wasm_bindgen_test]
fn an_english_address_draws_everything_in_english() {
    let catalogue = real_catalogue();
    let (host, page) = mount_with(Ok(catalogue.clone()), "/panduan/di-kbri", || view! { <Pelita /> });
    assert_eq!(page.lang.get_untracked(), Lang::Id);
    assert_eq!(text_of(&host, "header .find"), "Cari");
    let guide_title = text_of(&host, "main h1");
    let current = host.query_selector(".tabs a[aria-current='page']").expect("query").expect("a current section");
    assert_eq!(current.get_attribute("href").as_deref(), Some("/panduan"));
    let english = pelita::route::entry_href(&catalogue, "di-kbri", Lang::En).expect("the guide's address");
    let (host, page) = mount_with(Ok(catalogue), &english, || view! { <Pelita /> });
    assert_eq!(page.lang.get_untracked(), Lang::En);
    assert_eq!(text_of(&host, "header .find"), "Search");
    assert_ne!(text_of(&host, "main h1"), guide_title, "the guide in English");
    assert!(host.query_selector(".tabs a[aria-current='page'][href='/en/panduan']").expect("query").is_some());
}

/// A small bundle of every data file (tests/fixtures/content.json), for pages mounted alone.
fn fixture() -> Arc<Catalogue> {
    let bundle = pelita::platform::json::parse(include_str!("fixtures/content.json"));
    Arc::new(load(&DataFiles::from_bundle(bundle).expect("a bundle")).expect("the fixture is valid"))
}

/// A page mounted alone with fixture data: Pelita's own advice carries its label, sourced
/// steps do not, and the date is the source's.
#[wasm_bindgen_test]
fn a_guide_page_marks_advice_and_dates_its_sources() {
    let catalogue = fixture();
    let shown = catalogue.clone();
    let (host, _) = mount_with(Ok(catalogue), "/panduan/contoh", move || view! { <GuidePage catalogue=shown id="contoh".to_string() /> });
    assert_eq!(text_of(&host, "h1"), "Contoh panduan");
    let steps = host.query_selector_all("ol.steps li").expect("steps");
    assert_eq!(steps.length(), 2);
    let step = |i| steps.get(i).and_then(|n| n.text_content()).unwrap_or_default();
    assert_eq!(step(0), "Hubungi KBRI.");
    assert_eq!(step(1), "Saran Pelita: Simpan nomor dengan nama biasa.");
    assert!(text_of(&host, ".sources .verified").starts_with("Tanggal sumber:"));
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
        include_str!("../public/data/way-home.json"),
        include_str!("../public/data/lexicon.json"),
        r#"{"n": [0, 7, -3, 1.5, 4294967296], "t": true, "f": false, "z": null, "e": {}, "l": []}"#,
        r#"["\u00e9\ud83d\ude00", "a\"b\\c\n", "Rp 7–16 juta"]"#,
    ];
    for text in samples {
        let expected: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
        assert_eq!(pelita::platform::json::parse(text), Ok(expected), "{}", &text[..text.len().min(60)]);
    }
    let error = pelita::platform::json::parse(r#"{"contacts": [{"id": "kbri-ph"#).expect_err("cut off");
    assert!(!error.is_empty());
    // Nesting no data has: refused, as serde_json refuses it, rather than recursing on.
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert!(serde_json::from_str::<serde_json::Value>(&deep).is_err());
    assert!(pelita::platform::json::parse(&deep).is_err());
}
