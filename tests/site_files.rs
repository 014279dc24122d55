//! The files of the site that are not pages of the app, drawn at build time from the real
//! content: the wall poster (`pelita::poster`, `/cetak`), and the about page that offers it and
//! Pelita in one file (`pelita::pocket`), drawn without the app too.
//! All of it is drawn natively at build time: nothing of it is in the wasm to test there.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::sync::Arc;

use common::catalogue;
use pelita::content::built_in::EMBASSY_ID;
use pelita::content::ChannelKind;
use pelita::poster::poster;
use pelita::prerender::render;

/// A built `index.html` as far as the poster reads it: its stylesheet.
const TEMPLATE: &str = "<html><head><style>:root{--brand:#123}</style></head><body></body></html>";

#[test]
fn the_poster_holds_what_a_wall_needs_in_both_languages() {
    let cat = Arc::new(catalogue());
    let html = poster(&cat, TEMPLATE, Some("https://pelita.example")).expect("the content has what the poster shows");
    let embassy = cat.contact(EMBASSY_ID).expect("the embassy");
    let lines: Vec<_> = embassy.channels.iter().filter(|c| c.kind == ChannelKind::Whatsapp).collect();
    assert_eq!(lines.len(), 2, "the two WhatsApp hotlines");
    for line in lines {
        let digits: String = line.value.chars().filter(char::is_ascii_digit).collect();
        assert!(html.contains(&format!("href=\"https://wa.me/{digits}\"")), "{} as a WhatsApp link", line.value);
    }
    assert!(!html.contains("href=\"tel:"), "no ordinary call offered first on the poster");
    let money = &embassy.notes[0].text;
    assert!(money.ind.starts_with("Pada Januari 2026"), "the money statement says its month: {}", money.ind);
    assert!(html.contains(&money.ind) && html.contains(&money.en), "the money statement in both languages");
    let checklist = cat.checklist("cek-tawaran-kerja").expect("the job-offer checklist");
    let signs: Vec<usize> = checklist.items.iter().filter_map(|item| html.find(&item.text.ind)).collect();
    assert_eq!(signs.len(), 5, "five signs");
    let decisive = checklist.items.iter().filter(|i| i.decisive).count();
    let first_plain = checklist.items.iter().find(|i| !i.decisive).expect("an ordinary sign");
    let plain_at = html.find(&first_plain.text.ind).expect("the first ordinary sign after the decisive ones");
    assert!(decisive >= 4 && signs.iter().filter(|&&at| at < plain_at).count() == 4, "the decisive signs come first");
    assert!(html.contains("Jangan kirim uang ke siapa pun yang mengaku KBRI"), "how to check a number, as the guide answers it");
    assert!(!html.contains("[["), "mentions read as their words");
    assert!(html.contains("<time datetime=\"") && html.contains("lang=\"en\""), "the edition, and English marked");
    assert!(html.contains("<svg viewBox=\"0 0 ") && html.contains("<path fill=\"currentColor\" d=\"M4 4h1v1h-1z"), "a QR code");
    assert!(html.contains("https://pelita.example"), "the address the code holds, written out");
    assert!(html.contains("<title>Pelita</title>"), "a title as neutral as every page's");
    // The build id's place, in the shape scripts/build/pages.mjs fills (tests/shared_names.rs).
    assert!(html.contains("<meta name=\"pelita-build\" content=\"\">"), "a place for the build id");
    assert!(!html.contains("<script") && html.contains("default-src 'none'"), "no script, nothing to load");
}

#[test]
fn without_a_public_address_the_poster_says_so_instead_of_a_code() {
    let cat = Arc::new(catalogue());
    let html = poster(&cat, TEMPLATE, None).expect("a poster");
    assert!(!html.contains("<svg"), "no QR code that cannot work");
    assert!(html.contains("pelita-public-url"), "a word to whoever prints it");
    assert!(poster(&cat, "<html><head></head></html>", None).is_none(), "no stylesheet, no poster");
}

#[test]
fn the_about_page_offers_both_files_without_the_app_too() {
    let cat = Arc::new(catalogue());
    for address in ["/tentang", "/en/tentang"] {
        let about = render(&cat, address);
        assert!(about.contains("href=\"/pelita.html\"") && about.contains("download=\"pelita.html\""), "{address}: the pocket file");
        assert!(about.contains("rel=\"external\" href=\"/cetak\"") || about.contains("href=\"/cetak\" rel=\"external\""), "{address}: the poster, past the app's link handling");
        assert!(about.matches("off-kiosk").count() == 2, "{address}: both hidden on a kiosk");
    }
}
