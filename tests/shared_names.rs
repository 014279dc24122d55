//! Names that Rust, JavaScript and HTML must spell the same way: each is defined once in Rust,
//! and the files in other languages are read here and must declare it exactly so. A rename on
//! one side fails this test instead of breaking the app where nobody looks (the service worker,
//! the loader, the build scripts).

use std::fs;

use pelita::content::BUNDLE_FILE;
use pelita::platform::data::BUILD_COPY;
use pelita::platform::dom::BOOT_ID;
use pelita::platform::lockdown::SESSION_KEY;
use pelita::platform::service_worker::{FORGET_PAGES, KEEP_KIOSK_FILES, SKIP_WAITING};

fn file(path: &str) -> String {
    let full = [env!("CARGO_MANIFEST_DIR"), "/", path].concat();
    fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// `path` holds `declaration` word for word.
fn declares(path: &str, declaration: &str) {
    assert!(file(path).contains(declaration), "{path} must declare `{declaration}`: the Rust side says so");
}

#[test]
fn the_service_worker_hears_what_the_page_says() {
    declares("public/sw.js", &format!("const SKIP_WAITING = \"{SKIP_WAITING}\";"));
    declares("public/sw.js", &format!("const KEEP_KIOSK_FILES = \"{KEEP_KIOSK_FILES}\";"));
    declares("public/sw.js", &format!("const FORGET_PAGES = \"{FORGET_PAGES}\";"));
    let build_copy = BUILD_COPY.strip_prefix('?').expect("a query parameter");
    declares("public/sw.js", &format!("const BUILD_COPY = \"{build_copy}\";"));
}

#[test]
fn the_boot_block_is_found_where_it_is_drawn() {
    let boot = format!("<div id=\"{BOOT_ID}\">");
    declares("index.html", &boot);
    declares("scripts/build/pages.mjs", &format!("export const BOOT = '{boot}';"));
}

#[test]
fn the_build_line_and_the_build_id_are_one_shape_everywhere() {
    let line = "const BUILD = ";
    assert!(file("public/sw.js").lines().any(|l| l.starts_with(line)), "public/sw.js has no `{line}…;` line");
    declares("scripts/build/precache.mjs", "const BUILD_LINE = /^const BUILD = .*;$/m;");
    declares("scripts/build/minify.mjs", "worker.startsWith(\"const BUILD = \")");
    declares("bench/first-load.mjs", "const BUILD_LINE = /^const BUILD = (.*);$/m;");
    let build_id = "<meta name=\"pelita-build\" content=\"([^\"]*)\">";
    declares("scripts/build/pages.mjs", &format!("export const BUILD_ID = /{build_id}/;"));
    declares("public/sw.js", &format!("html.match(/{build_id}/)"));
}

#[test]
fn the_kiosk_tab_is_remembered_under_one_key() {
    declares("public/loader.js", &format!("const KIOSK_SESSION_KEY = \"{SESSION_KEY}\";"));
}

#[test]
fn the_content_bundle_has_one_name() {
    declares("scripts/build/bundle-data.mjs", &format!("export const BUNDLE = \"{BUNDLE_FILE}\";"));
}

// The pocket file is written at build time, natively (src/pocket.rs).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_pocket_file_has_one_name() {
    use pelita::pocket::FILE;
    declares("bench/budget.mjs", &format!("const POCKET = \"{FILE}\";"));
    let escaped = FILE.replace('.', "\\.");
    declares("scripts/build/precache.mjs", &format!("|^{escaped}$/;"));
}
