//! `pelita.html`, Pelita in one file (issue #28): every contact, guide and checklist in
//! Indonesian, with a table of contents, the hotline at the top, the sources and the edition
//! date, in one HTML file that needs nothing else. It opens from a phone's downloads, a
//! WhatsApp or Bluetooth transfer or a USB stick, with no network, in any browser.
//!
//! It is drawn at build time by the same views as every page (`prerender::render`), so there
//! is no second copy of the content; this module makes one self-contained page of them:
//! - no script, so what only works with the app goes: its buttons (copy, listen, keep, erase,
//!   the driver card), the notes for a browser where the app does not run, the search, the
//!   language switch and the bottom menu (the file's own frame is the hotline bar alone);
//! - quick exit goes too: without a script it is an ordinary link, which leaves this file in
//!   the history for Back to return to, and would ask a site on the network;
//! - no request: the stylesheet inline, no manifest, icon or worker, and a policy that refuses
//!   anything else a text might hold;
//! - links between its parts are anchors (`#p-<code>`, as neutral as the app's addresses; a
//!   list's name for the lists), links to the rest of Pelita go to its public address, or are
//!   left out when the build has none;
//! - a checklist shows its items and, for each verdict, the rule in words: no script scores it.
//!
//! It runs only at build time (`src/bin/prerender.rs`), so none of it reaches the wasm. The
//! HTML it reads is Leptos's own output: well formed, text escaped, attributes in double
//! quotes. The small scanner at the end relies on that and on nothing else.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::point_item;
use crate::components::list::CollectAny;
use crate::content::{human_date, Catalogue, Checklist, Counting, Level};
use crate::lang::Lang;
use crate::prerender::{draw, render};
use crate::route::{entry_href, Route};
use crate::ui_text::*;

/// The file's name in `dist/`; the about page links to it (`/pelita.html`).
pub use crate::route::POCKET_FILE as FILE;

/// The file holds the Indonesian pages, each with a link to its English twin online.
const LANG: Lang = Lang::Id;

/// The table of contents' anchor.
const CONTENTS: &str = "isi";

/// Nothing may load, whatever a text holds: no script, image, font or frame; only the inline
/// stylesheet.
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// What the file adds to the app's stylesheet: its parts set apart, headings two levels down
/// sized as the pages' were, the verdicts as a list, and paper.
const POCKET_STYLE: &str = concat!(
    ".pocket-group{border-top:4px solid var(--brand);margin-top:2.5rem}.pocket-group>h2{font-size:1.5rem}",
    ".pocket-entry{border-top:1px solid var(--line);margin-top:1.5rem;padding-top:.5rem}",
    ".pocket-entry h3{font-size:1.375rem;line-height:1.25;margin:.25rem 0 .75rem}.pocket-entry h4{font-size:1.1875rem;margin:1.5rem 0 .5rem}",
    ".pocket-toc h3{font-size:1.1875rem;margin:1rem 0 0}",
    ".pocket-verdicts{list-style:none;padding:0}.pocket-verdicts>li+li{margin-top:.75rem}.pocket-verdicts .rule{margin:0;font-weight:700}",
    ".check-item .decisive{grid-column:2;margin:0;padding-left:.5rem;border-left:4px solid var(--sos)}",
    "@media print{.page{padding-bottom:1rem}.hotline,.verdict{background:none}h2,h3,h4{break-after:avoid}.check-item,.verdict,.channels li{break-inside:avoid}}",
);

/// The public address from the build's settings: `index.html`'s `pelita-public-url` when it is
/// an https origin, else `from_env` (`PELITA_PUBLIC_URL`) when that is one; else none, and the
/// file says so rather than link to an address nobody set.
pub fn public_base(index_html: &str, from_env: Option<&str>) -> Option<String> {
    [meta_content(index_html, "pelita-public-url"), from_env]
        .into_iter()
        .flatten()
        .map(|url| url.trim().trim_end_matches('/'))
        .find(|url| is_https_origin(url))
        .map(str::to_string)
}

/// `https://host[:port]`: nothing after the host, nothing that could leave an attribute.
fn is_https_origin(url: &str) -> bool {
    url.strip_prefix("https://")
        .is_some_and(|host| !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b)))
}

fn meta_content<'a>(html: &'a str, name: &str) -> Option<&'a str> {
    let open = ["<meta name=\"", name, "\" content=\""].concat();
    let at = html.find(&open)? + open.len();
    Some(&html[at..at + html[at..].find('"')?])
}

/// The file, from the built `index.html` (`template`, whose stylesheet it takes). `None` when
/// the template has no stylesheet or a view no longer draws what this looks for (`<main>`, the
/// hotline bar), so the build stops rather than write half a file.
pub fn pocket(catalogue: &Arc<Catalogue>, template: &str, base: Option<&str>) -> Option<String> {
    let style = stylesheet(template)?;
    let home = render(catalogue, "/");
    let hotline = find(&home, "section", 0, |open| has_class(open, "hotline"))?.whole(&home);
    let mut parts = String::new();
    for (list, ids) in lists(catalogue) {
        parts.push_str(&["<section class=\"pocket-group\" id=\"", anchor_of(&list), "\"><h2>", list_title(&list).get(LANG), "</h2>"].concat());
        for id in ids {
            parts.push_str(&entry(catalogue, id, base)?);
        }
        parts.push_str("</section>");
    }
    let body = [hotline, "<main class=\"page\">", &intro(catalogue, base), &parts, "</main>"].concat();
    // Leptos's markers for the app (`<!>`) mean nothing here; a paragraph left empty by what
    // was taken out goes too.
    let body = links_in_file(&body, catalogue, base).replace("<!>", "");
    let body = replace_all(&body, "p", |_| true, |open, inner| if inner.trim().is_empty() { String::new() } else { [open, inner, "</p>"].concat() });
    Some(standalone("", style, POCKET_STYLE, &body))
}

/// A page that needs no other file, in Indonesian (English parts say so), titled "Pelita" like
/// every page, with `head` in its head, the app's stylesheet (`style`, from the built
/// `index.html`) and `extra` inline, nothing allowed to load, and `body`. The pocket file and
/// the wall poster (`poster`) are such pages.
pub fn standalone(head: &str, style: &str, extra: &str, body: &str) -> String {
    [
        "<!doctype html>\n<html lang=\"",
        LANG.code(),
        "\">\n<head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"",
        POLICY,
        "\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Pelita</title>",
        head,
        "<meta name=\"referrer\" content=\"no-referrer\"><style>",
        style,
        extra,
        "</style></head>\n<body>",
        body,
        "</body>\n</html>\n",
    ]
    .concat()
}

/// The inline stylesheet of the built `index.html`, the app's whole style.
pub fn stylesheet(template: &str) -> Option<&str> {
    Some(find(template, "style", 0, |_| true)?.inner(template))
}

/// The lists the file holds, in the bottom menu's order, each with its entries' ids.
fn lists(catalogue: &Catalogue) -> [(Route, Vec<&str>); 3] {
    [
        (Route::Contacts, catalogue.contacts.iter().map(|c| c.id.as_str()).collect()),
        (Route::Guides, catalogue.guides.iter().map(|g| g.id.as_str()).collect()),
        (Route::Checklists, catalogue.checklists.iter().map(|c| c.id.as_str()).collect()),
    ]
}

/// A list's anchor in the file: its own path's name (`kontak`, `panduan`, `cek`).
fn anchor_of(list: &Route) -> &'static str {
    match list {
        Route::Contacts => "kontak",
        Route::Guides => "panduan",
        _ => "cek",
    }
}

fn list_title(list: &Route) -> UiText {
    match list {
        Route::Contacts => CONTACTS_TITLE,
        Route::Guides => GUIDES_TITLE,
        _ => CHECKLISTS_TITLE,
    }
}

/// The top of the file: what it is, its edition, how to check a passed-on copy, whether it
/// links online, and the table of contents.
fn intro(catalogue: &Arc<Catalogue>, base: Option<&str>) -> String {
    draw(catalogue, "/", || {
        let edition = catalogue.about.as_ref().map(|about| {
            view! { <p class="edition">{EDITION.get(LANG)}" "<time datetime=about.edition.clone()>{human_date(&about.edition, LANG)}</time></p> }.into_any()
        });
        let contents = lists(catalogue)
            .into_iter()
            .map(|(list, ids)| {
                let items = entry_links(catalogue, ids);
                view! { <h3><a href=list.href(LANG)>{list_title(&list).get(LANG)}</a></h3><ul class="links">{items}</ul> }
            })
            .collect_any();
        view! {
            <h1>"Pelita"</h1>
            <p class="lead">{HOME_TITLE.get(LANG)}". "{POCKET_INTRO.get(LANG)}</p>
            {edition}
            <div class="notice">
                <p>{POCKET_CHECK.get(LANG)}</p>
                // To the public address, or left out without one (`links_in_file`).
                <p><a class="section-link" href=Route::VerifyNumber.href(LANG)>{VERIFY_LINK.get(LANG)}</a></p>
            </div>
            {base.is_none().then(|| view! { <p>{POCKET_OFFLINE_ONLY.get(LANG)}</p> }.into_any())}
            <nav class="pocket-toc" id=CONTENTS aria-label=POCKET_CONTENTS.get(LANG)>
                <h2>{POCKET_CONTENTS.get(LANG)}</h2>
                {contents}
            </nav>
        }
    })
}

/// One entry's page as a part of the file, `<div id="p-<code>">`, with a way back to the
/// contents and its English page online.
fn entry(catalogue: &Arc<Catalogue>, id: &str, base: Option<&str>) -> Option<String> {
    let route = Route::of_entry(catalogue, id)?;
    let code = catalogue.code_of(id)?;
    let page = render(catalogue, &route.href(LANG));
    let mut html = without_app(find(&page, "main", 0, |_| true)?.inner(&page));
    if let Some(checklist) = catalogue.checklist(id) {
        html = with_rules(catalogue, checklist, &html);
    }
    let english = base.map(|base| [base, &route.href(Lang::En)].concat());
    let links = draw(catalogue, "/", || {
        view! {
            <p class="pocket-links">
                <a href=["#", CONTENTS].concat()>{POCKET_BACK.get(LANG)}</a>
                {english.map(|href| view! { " · "<a href=href hreflang="en" lang="en">{POCKET_ENGLISH.get(LANG)}</a> }.into_any())}
            </p>
        }
    });
    let own = ["p-", code].concat();
    Some(["<div class=\"pocket-entry\" id=\"", &own, "\">", &deeper_headings(&scoped_ids(&html, &own)), &links, "</div>"].concat())
}

/// A page's content without what only works with the app: its buttons, the notes for a browser
/// where the app does not run (they would say the wrong thing here) and the live regions the
/// app fills.
fn without_app(html: &str) -> String {
    let html = replace_all(html, "button", |_| true, |_, _| String::new());
    let app_only = |open: &str| has_class(open, "app-fallback") || has_class(open, "erase") || attr(open, "role") == Some("status");
    replace_all(&html, "div", app_only, |_, _| String::new())
}

/// A checklist's page with the rule of each verdict in place of the verdict the app works out,
/// and each decisive item saying what it means alone.
fn with_rules(catalogue: &Arc<Catalogue>, checklist: &Checklist, html: &str) -> String {
    let rules = draw(catalogue, "/", || rules(catalogue, checklist));
    let html = replace_all(html, "section", |open| has_class(open, "verdict-panel"), |_, _| rules.clone());
    let Some(gravest) = checklist.verdicts.last() else { return html };
    let alone = draw(catalogue, "/", || view! { <p class="decisive">{POCKET_DECISIVE.get(LANG)}" "{gravest.title.get(LANG).to_string()}</p> });
    let decisive: Vec<String> = checklist.items.iter().filter(|item| item.decisive).map(|item| ["for=\"item-", &item.id, "\""].concat()).collect();
    replace_all(&html, "label", |open| decisive.iter().any(|d| open.contains(d.as_str())), |open, inner| [open, inner, "</label>", &alone].concat())
}

/// Each verdict of `checklist` with its rule in words ("Kalau 2 sampai 3 dicentang:"), its
/// steps and whom to contact: what the app would show for those ticks.
fn rules(catalogue: &Catalogue, checklist: &Checklist) -> AnyView {
    let verdicts = checklist
        .verdicts
        .iter()
        .enumerate()
        .map(|(i, verdict)| {
            let next = checklist.verdicts.get(i + 1).map(|v| v.min);
            let level = match verdict.level {
                Level::Ok => "verdict ok",
                Level::Caution => "verdict caution",
                Level::Danger => "verdict danger",
            };
            let steps: Vec<AnyView> = verdict.steps.iter().map(|step| point_item(step, LANG)).collect();
            let ids = verdict.contacts.iter().chain(&verdict.guides).map(String::as_str);
            let links = (!verdict.contacts.is_empty() || !verdict.guides.is_empty())
                .then(|| view! { <ul class="links">{entry_links(catalogue, ids)}</ul> }.into_any());
            view! {
                <li class=level>
                    <p class="rule">{rule(checklist.counting, verdict.min, next, LANG)}":"</p>
                    <p class="verdict-title">{verdict.title.get(LANG).to_string()}</p>
                    <ol class="steps">{steps}</ol>
                    {links}
                </li>
            }
        })
        .collect_any();
    view! {
        <section class="pocket-rules">
            <h2>{POCKET_RULES.get(LANG)}</h2>
            <p>{POCKET_RULES_HOW.get(LANG)}</p>
            <ul class="pocket-verdicts">{verdicts}</ul>
        </section>
    }
    .into_any()
}

/// Links to entries by id, each titled; `links_in_file` makes them anchors.
fn entry_links<'a>(catalogue: &Catalogue, ids: impl IntoIterator<Item = &'a str>) -> Vec<AnyView> {
    ids.into_iter()
        .filter_map(|id| Some((entry_href(catalogue, id, LANG)?, catalogue.title_of(id)?.get(LANG).to_string())))
        .map(|(href, title)| view! { <li><a class="entry-link" href=href>{title}</a></li> })
        .collect_any()
}

/// When a verdict applies, in words: from its own `min` to the next verdict's, of the items
/// ticked (or, for a readiness list, not yet ticked).
fn rule(counting: Counting, min: u32, next: Option<u32>, lang: Lang) -> String {
    let unticked = counting == Counting::Unticked;
    if min == 0 && next == Some(1) {
        return if unticked { RULE_ALL_TICKED } else { RULE_NONE_TICKED }.get(lang).to_string();
    }
    let (count, plural) = match next {
        Some(next) if next <= min + 1 => (min.to_string(), min != 1),
        Some(next) => ([min.to_string().as_str(), " ", RULE_TO.get(lang), " ", &(next - 1).to_string()].concat(), true),
        None => ([min.to_string().as_str(), " ", RULE_OR_MORE.get(lang)].concat(), true),
    };
    let verb = match (unticked, plural) {
        (false, false) => RULE_TICKED_ONE,
        (false, true) => RULE_TICKED,
        (true, false) => RULE_UNTICKED_ONE,
        (true, true) => RULE_UNTICKED,
    };
    [RULE_IF.get(lang), " ", &count, " ", verb.get(lang)].concat()
}

/// Links to Pelita's own pages made to work in the file: to the part that holds the page
/// (`#p-<code>`, a list's heading), else to the page at the public address; without one, a
/// mention in a sentence keeps its words and any other such link goes.
fn links_in_file(html: &str, catalogue: &Catalogue, base: Option<&str>) -> String {
    let own = |open: &str| attr(open, "href").is_some_and(|href| href.starts_with('/'));
    replace_all(html, "a", own, |open, inner| {
        let href = attr(open, "href").unwrap_or_default();
        match in_file(catalogue, href).or_else(|| base.map(|base| [base, href].concat())) {
            Some(to) => [&open.replacen(&["href=\"", href, "\""].concat(), &["href=\"", &to, "\""].concat(), 1), inner, "</a>"].concat(),
            None if has_class(open, "mention") => inner.to_string(),
            None => String::new(),
        }
    })
}

/// The anchor of the part of the file that holds the page at `href`, if it holds it.
fn in_file(catalogue: &Catalogue, href: &str) -> Option<String> {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    if Route::lang_of_path(path) != LANG {
        return None;
    }
    match Route::of_path(path).resolve(catalogue) {
        Route::Contact(page) | Route::Guide(page) | Route::Checklist(page) if !page.code.is_empty() => Some(["#p-", &page.code].concat()),
        list @ (Route::Contacts | Route::Guides | Route::Checklists) => Some(["#", anchor_of(&list)].concat()),
        _ => None,
    }
}

/// Every `id` and label's `for` in a part made its own (`item-x` becomes `p-swe-item-x`), so two
/// checklists with an item of the same id do not share a checkbox.
fn scoped_ids(html: &str, own: &str) -> String {
    html.replace(" id=\"", &[" id=\"", own, "-"].concat()).replace(" for=\"", &[" for=\"", own, "-"].concat())
}

/// A page's headings two levels down, under the file's title and the list's heading.
fn deeper_headings(html: &str) -> String {
    (1..=4).rev().fold(html.to_string(), |html, level| {
        let (from, to) = (level.to_string(), (level + 2).to_string());
        html.replace(&["<h", &from].concat(), &["<h", &to].concat()).replace(&["</h", &from, ">"].concat(), &["</h", &to, ">"].concat())
    })
}

/// Where one element is in a text: its start, the end of its opening tag, the start of its
/// closing tag, its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Element {
    start: usize,
    open_end: usize,
    close_start: usize,
    end: usize,
}

impl Element {
    fn inner(self, html: &str) -> &str {
        &html[self.open_end..self.close_start]
    }

    fn whole(self, html: &str) -> &str {
        &html[self.start..self.end]
    }
}

/// The first element named `name` at or after `from` whose opening tag `wanted` accepts, to its
/// matching closing tag (those of the same name inside counted). Not for void elements.
fn find(html: &str, name: &str, from: usize, wanted: impl Fn(&str) -> bool) -> Option<Element> {
    let mut at = from;
    loop {
        let (start, closing) = next_tag(html, name, at)?;
        let open_end = tag_end(html, start)?;
        at = open_end;
        if closing || !wanted(&html[start..open_end]) {
            continue;
        }
        let mut depth = 1;
        loop {
            let (tag, closing) = next_tag(html, name, at)?;
            at = tag_end(html, tag)?;
            depth = if closing { depth - 1 } else { depth + 1 };
            if depth == 0 {
                return Some(Element { start, open_end, close_start: tag, end: at });
            }
        }
    }
}

/// `html` with every element `find` finds replaced by what `with` makes of its opening tag and
/// content; elements inside a replaced one are `with`'s to keep or not.
fn replace_all(html: &str, name: &str, wanted: impl Fn(&str) -> bool, mut with: impl FnMut(&str, &str) -> String) -> String {
    let mut out = String::with_capacity(html.len());
    let mut done = 0;
    while let Some(element) = find(html, name, done, &wanted) {
        out.push_str(&html[done..element.start]);
        out.push_str(&with(&html[element.start..element.open_end], element.inner(html)));
        done = element.end;
    }
    out.push_str(&html[done..]);
    out
}

/// The next tag named `name` at or after `from`, opening or closing (`true`).
fn next_tag(html: &str, name: &str, from: usize) -> Option<(usize, bool)> {
    let mut at = from;
    loop {
        let start = at + html.get(at..)?.find('<')?;
        let rest = &html.as_bytes()[start + 1..];
        let (closing, rest) = match rest.first() {
            Some(b'/') => (true, &rest[1..]),
            _ => (false, rest),
        };
        let named = rest.get(..name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if named && matches!(rest.get(name.len()), Some(b' ' | b'>' | b'/' | b'\t' | b'\n')) {
            return Some((start, closing));
        }
        at = start + 1;
    }
}

/// Just after the `>` that ends the tag starting at `at` (one inside quotes does not).
fn tag_end(html: &str, at: usize) -> Option<usize> {
    let mut quote = None;
    for (i, &b) in html.as_bytes().get(at..)?.iter().enumerate() {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return Some(at + i + 1),
            None => {}
        }
    }
    None
}

/// An attribute's value in an opening tag, as written.
fn attr<'a>(open: &'a str, name: &str) -> Option<&'a str> {
    let key = [" ", name, "=\""].concat();
    let at = open.find(&key)? + key.len();
    Some(&open[at..at + open[at..].find('"')?])
}

fn has_class(open: &str, class: &str) -> bool {
    attr(open, "class").is_some_and(|classes| classes.split_ascii_whitespace().any(|c| c == class))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::fixtures;

    const TEMPLATE: &str = "<html><head><style>body{margin:0}</style><noscript><style>.x{}</style></noscript></head><body><div id=\"boot\"></div></body></html>";

    fn file(base: Option<&str>) -> (Arc<Catalogue>, String) {
        let cat = Arc::new(fixtures::catalogue());
        let html = pocket(&cat, TEMPLATE, base).expect("the fixture draws a pocket file");
        (cat, html)
    }

    #[test]
    fn the_public_address_is_an_https_origin_from_the_build_or_none() {
        let index = |url: &str| ["<meta name=\"pelita-public-url\" content=\"", url, "\">"].concat();
        assert_eq!(public_base(&index("https://pelita.example/"), None).as_deref(), Some("https://pelita.example"));
        assert_eq!(public_base(&index(""), Some("https://b.example")).as_deref(), Some("https://b.example"));
        assert_eq!(public_base(&index("http://a.example"), Some("https://b.example")).as_deref(), Some("https://b.example"));
        for wrong in ["", "http://a.example", "https://", "https://a.example/path", "https://a b", "javascript:x"] {
            assert_eq!(public_base(&index(wrong), Some(wrong)), None, "{wrong}");
        }
        assert_eq!(public_base(&index(""), Some("https://a.example\"><script>")), None);
        assert_eq!(public_base("<html></html>", None), None);
    }

    #[test]
    fn one_file_with_no_script_and_nothing_to_load() {
        let (cat, html) = file(Some("https://pelita.example"));
        assert!(html.starts_with("<!doctype html>\n<html lang=\"id\">"), "{html}");
        assert!(html.contains("<title>Pelita</title>"));
        assert!(html.contains("<style>body{margin:0}.pocket-group"), "the template's stylesheet, then the file's");
        assert!(!html.contains(".x{}"), "not the noscript one");
        for absent in ["<script", "<link", "<button", "<img", "<iframe", "manifest", "sw.js", "<!>", "app-fallback", "role=\"status\"", "verdict-panel", "<p></p>"] {
            assert!(!html.contains(absent), "{absent} in {html}");
        }
        assert!(!html.contains("class=\"tabs\"") && !html.contains("class=\"frame\"") && !html.contains("type=\"search\""), "no menu, header or search");
        assert!(!html.contains("data-quick-exit"), "no quick exit");
        assert!(html.contains(&["http-equiv=\"Content-Security-Policy\" content=\"", POLICY].concat()));
        // The hotline comes first.
        let body = &html[html.find("<body>").expect("a body")..];
        assert!(body.find("https://wa.me/85512813282") < body.find("<main"), "{body}");
        // Every entry once, under its neutral anchor, with its heading two levels down.
        for id in ["kbri-phnom-penh", "polisi-kamboja-117", "paspor-ditahan", "tanpa-paspor-splp", "cek-kerja-paksa"] {
            let code = cat.code_of(id).expect("a code");
            assert_eq!(html.matches(&["id=\"p-", code, "\""].concat()).count(), 1, "{id}");
            assert!(html.contains(&["<h3>", id, "</h3>"].concat()), "{id}");
        }
        assert!(html.contains("Catat nama bos."), "a guide's steps");
        assert!(html.contains("<time datetime=\"2026-12-01\">1 Desember 2026</time>"), "the edition");
        assert!(html.contains("noa.co.id"), "the sources");
    }

    #[test]
    fn links_inside_are_anchors_and_others_go_to_the_public_address() {
        let (cat, html) = file(Some("https://pelita.example"));
        let held = cat.code_of("paspor-ditahan").expect("a code");
        let forced = cat.code_of("cek-kerja-paksa").expect("a code");
        // The contents, and the guide's related checklist, lead inside the file.
        assert!(html.contains(&["href=\"#p-", held, "\""].concat()), "{html}");
        assert!(html.contains(&["class=\"entry-link\" href=\"#p-", forced, "\""].concat()) || html.contains(&["href=\"#p-", forced, "\" class=\"entry-link\""].concat()), "{html}");
        assert!(html.contains("href=\"#kontak\"") && html.contains("href=\"#isi\""));
        // The help form and the number check are online, each English twin too.
        assert!(html.contains("href=\"https://pelita.example/p/h2#pesan\""), "{html}");
        assert!(html.contains("href=\"https://pelita.example/p/n5\""));
        assert!(html.contains(&["href=\"https://pelita.example/en/p/", held, "\""].concat()));
        // No link is left to a path that would mean nothing from a file.
        assert!(!html.contains("href=\"/"), "{html}");
        // Every anchor has its part.
        for anchor in html.split("href=\"#").skip(1).filter_map(|rest| rest.split('"').next()) {
            assert!(html.contains(&["id=\"", anchor, "\""].concat()), "#{anchor} has no part");
        }
    }

    #[test]
    fn without_a_public_address_the_file_says_so_and_links_nowhere_else() {
        let (_, html) = file(None);
        assert!(html.contains(POCKET_OFFLINE_ONLY.ind));
        assert!(!html.contains("href=\"/") && !html.contains("/en/p/") && !html.contains("help-link"), "{html}");
        // A mention keeps its words.
        let mention = "<p>Lihat <a href=\"/p/w7\" class=\"mention\">langkah pulang</a>.</p><p><a class=\"section-link\" href=\"/p/n5\">x</a></p>";
        assert_eq!(links_in_file(mention, &fixtures::catalogue(), None), "<p>Lihat langkah pulang.</p><p></p>");
        assert!(!html.contains("<p></p>"), "a paragraph left empty goes");
    }

    #[test]
    fn a_checklist_shows_its_items_and_the_rule_of_each_verdict() {
        let (cat, html) = file(None);
        let forced = cat.code_of("cek-kerja-paksa").expect("a code");
        let part = &html[html.find(&["id=\"p-", forced].concat()).expect("the checklist")..];
        let part = &part[..part.find("pocket-links").expect("its end")];
        for item in ["paspor-diambil", "hp-diambil", "beda-janji"] {
            assert!(part.contains(&["<label for=\"p-", forced, "-item-", item, "\">", item, "</label>"].concat()), "{part}");
        }
        assert!(part.contains("Kalau tidak ada yang dicentang:"), "{part}");
        assert!(part.contains("Kalau 1 dicentang:"));
        assert!(part.contains("Kalau 2 atau lebih dicentang:"));
        assert_eq!(part.matches("class=\"decisive\"").count(), 1, "the one decisive item says what it means alone");
        assert!(part.contains("Satu tanda ini saja sudah berarti: Putusan"), "{part}");
    }

    #[test]
    fn rules_in_words() {
        use Counting::*;
        assert_eq!(rule(Ticked, 0, Some(1), Lang::Id), "Kalau tidak ada yang dicentang");
        assert_eq!(rule(Ticked, 2, Some(4), Lang::Id), "Kalau 2 sampai 3 dicentang");
        assert_eq!(rule(Ticked, 4, None, Lang::Id), "Kalau 4 atau lebih dicentang");
        assert_eq!(rule(Ticked, 0, Some(2), Lang::En), "If 0 to 1 are ticked");
        assert_eq!(rule(Ticked, 1, Some(2), Lang::En), "If 1 is ticked");
        assert_eq!(rule(Unticked, 0, Some(1), Lang::Id), "Kalau semua sudah dicentang");
        assert_eq!(rule(Unticked, 1, Some(5), Lang::Id), "Kalau 1 sampai 4 belum dicentang");
        assert_eq!(rule(Unticked, 5, None, Lang::En), "If 5 or more are not ticked yet");
    }

    #[test]
    fn elements_are_found_whole_and_replaced() {
        let html = "<div class=\"a\"><div>x</div><p title=\"1 > 0\">y</p></div><div role=\"status\"></div><pre>z</pre>";
        let outer = find(html, "div", 0, |open| has_class(open, "a")).expect("the outer div");
        assert_eq!(outer.whole(html), "<div class=\"a\"><div>x</div><p title=\"1 > 0\">y</p></div>");
        assert_eq!(find(html, "p", 0, |_| true).map(|p| p.inner(html)), Some("y"), "a > in quotes does not end the tag; <pre> is not <p>");
        assert_eq!(replace_all(html, "div", |open| attr(open, "role") == Some("status"), |_, _| String::new()), html.replace("<div role=\"status\"></div>", ""));
        assert_eq!(deeper_headings("<h1>a</h1><h2 class=\"b\">c</h2>"), "<h3>a</h3><h4 class=\"b\">c</h4>");
        assert_eq!(scoped_ids("<input id=\"item-a\"><label for=\"item-a\">", "p-x"), "<input id=\"p-x-item-a\"><label for=\"p-x-item-a\">");
        assert_eq!(find("<div><div>", "div", 0, |_| true), None, "an element never closed is not found");
    }
}
