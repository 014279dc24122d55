//! `/cetak`: a poster for the wall of a shelter or the embassy, on one A4 sheet (issue #28):
//! the embassy's two WhatsApp hotlines, what it said about money in January 2026, the five
//! strongest signs of a fake job offer, how to check that a number is the embassy's, the
//! edition and a QR code to Pelita; each in Indonesian with English below.
//!
//! Every word of it comes from the content (the embassy's contact, the job-offer checklist, the
//! guide on fake embassy calls), so it says what the app says. It is drawn at build time only
//! (`src/bin/prerender.rs`), a page with no script and nothing to load (`pocket::standalone`):
//! a file of the site, not a page of the app, so none of it reaches the wasm.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::list::CollectAny;
use crate::content::built_in::EMBASSY_ID;
use crate::content::mention::plain;
use crate::content::{channel_href, human_date, Catalogue, ChannelKind, Text};
use crate::lang::Lang;
use crate::pocket::{standalone, stylesheet};
use crate::prerender::{draw, file_of};
use crate::route::POSTER_HREF;
use crate::ui_text::*;

#[path = "bin/qr/svg.rs"]
mod qr_svg;

use qr_svg::QrSvg;

/// Where the build writes it in `dist/` (`cetak/index.html`).
pub fn file() -> String {
    file_of(POSTER_HREF)
}

/// The checklist whose decisive items are the strongest signs, and the guide that says how to
/// check a number.
const JOB_OFFER_CHECKLIST: &str = "cek-tawaran-kerja";
const FAKE_EMBASSY_GUIDE: &str = "penipuan-atas-nama-kbri";
const SIGNS: usize = 5;

/// The build id every page of a version carries, filled in by `scripts/build/pages.mjs`: the
/// service worker keeps a page from the network only when it is its own version's.
const BUILD_ID: &str = "<meta name=\"pelita-build\" content=\"\">";

/// A sheet of A4 with the app's colours: the numbers large, English smaller under each part,
/// and on screen a word on how to print it.
const POSTER_STYLE: &str = concat!(
    "@page{size:A4;margin:12mm}",
    ".poster{max-width:46rem;margin:0 auto;padding:1rem;line-height:1.35}.poster h1{font-size:1.75rem;margin:0 0 .25rem}",
    ".poster h2{font-size:1.25rem;margin:1rem 0 .25rem}.poster h2 .en{display:block;font-size:.8em}.poster p{margin:.125rem 0}",
    ".poster .en{color:var(--ink-soft);font-size:.9em}",
    ".poster-lines{list-style:none;padding:0;margin:.5rem 0;display:grid;gap:.5rem}",
    ".poster-lines li{border:3px solid var(--brand);border-radius:.5rem;padding:.375rem .75rem}",
    ".poster-lines .number{display:block;font-size:clamp(1.5rem,8vw,2.25rem);font-weight:800;line-height:1.2;white-space:nowrap;color:inherit;text-decoration:none}",
    ".poster-signs{margin:.25rem 0;padding-left:1.5rem}.poster-signs li{margin:.25rem 0}",
    ".poster-foot{display:flex;gap:1rem;align-items:center;margin-top:1rem;padding-top:.75rem;border-top:2px solid var(--line)}",
    ".poster-foot svg{flex:none;width:30mm;height:30mm;background:#fff;color:#000}",
    "@media print{.poster{max-width:none;padding:0;font-size:10.5pt}.poster a[href]::after{content:none}.poster-how{display:none}.poster h1{font-size:1.5rem}.poster h2{margin-top:.625rem}",
    ".poster-lines{grid-template-columns:repeat(2,minmax(0,1fr))}.poster-lines .number{font-size:1.875rem}.poster-lines li,.poster-signs li{break-inside:avoid}.poster-foot{margin-top:.5rem;padding-top:.5rem}}",
);

/// The poster, from the built `index.html` (`template`, whose stylesheet it takes), with a QR
/// code to `base` (the public address) or, without one, a word to staff in its place. `None`
/// when the content lacks what it shows (the embassy's WhatsApp lines, the checklist, the
/// guide, the edition), so the build stops rather than print half a poster.
pub fn poster(catalogue: &Arc<Catalogue>, template: &str, base: Option<&str>) -> Option<String> {
    let embassy = catalogue.contact(EMBASSY_ID)?;
    let lines: Vec<_> = embassy.channels.iter().filter(|c| c.kind == ChannelKind::Whatsapp).collect();
    let money = embassy.notes.first()?;
    let checklist = catalogue.checklist(JOB_OFFER_CHECKLIST)?;
    let (decisive, others): (Vec<_>, Vec<_>) = checklist.items.iter().partition(|item| item.decisive);
    let signs: Vec<_> = decisive.into_iter().chain(others).take(SIGNS).collect();
    let guide = catalogue.guide(FAKE_EMBASSY_GUIDE)?;
    let edition = &catalogue.about.as_ref()?.edition;
    if lines.is_empty() || signs.len() < SIGNS {
        return None;
    }
    let qr = match base {
        Some(base) => Some((QrSvg::encode(&[base, "/"].concat())?, base.to_string())),
        None => None,
    };
    // A text of the data in both languages, its mentions as their words: paper has no links.
    let read = |text: &Text| [Lang::Id, Lang::En].map(|lang| plain(text.get(lang), |id| catalogue.title_of(id).map(|t| t.get(lang))));
    let body = draw(catalogue, "/", || {
        let lines = lines
            .iter()
            .map(|line| {
                view! {
                    <li>
                        <a class="number" href=channel_href(line)>{line.value.clone()}</a>
                        {both(read(&line.label))}
                    </li>
                }
            })
            .collect_any();
        let signs = signs.iter().map(|item| view! { <li>{both(read(&item.text))}</li> }).collect_any();
        let foot = match qr {
            Some((code, base)) => view! {
                <svg viewBox=format!("0 0 {0} {0}", code.size) role="img" aria-label=POSTER_QR.get(Lang::Id)>
                    <path fill="currentColor" d=code.path />
                </svg>
                <div>{both(both_of(POSTER_SCAN))}<p><strong>{base}</strong></p></div>
            }
            .into_any(),
            None => view! { <div>{both(both_of(POSTER_NO_ADDRESS))}</div> }.into_any(),
        };
        view! {
            <main class="poster">
                <p class="poster-how notice">{POSTER_HOW.get(Lang::Id)}" "<a href="/">"Pelita"</a></p>
                <h1>{embassy.title.get(Lang::Id).to_string()}</h1>
                {both(both_of(POSTER_WHATSAPP_FIRST))}
                <ul class="poster-lines">{lines}</ul>
                <h2>{POSTER_MONEY.get(Lang::Id)}<span class="en" lang="en">{POSTER_MONEY.get(Lang::En)}</span></h2>
                {both(read(&money.text))}
                <h2>{POSTER_SIGNS.get(Lang::Id)}<span class="en" lang="en">{POSTER_SIGNS.get(Lang::En)}</span></h2>
                <ol class="poster-signs">{signs}</ol>
                <h2>{guide.title.get(Lang::Id).to_string()}<span class="en" lang="en">{guide.title.get(Lang::En).to_string()}</span></h2>
                {both(read(&guide.answer))}
                <div class="poster-foot">{foot}</div>
                <p class="edition">
                    {EDITION.get(Lang::Id)}" "<time datetime=edition.clone()>{human_date(edition, Lang::Id)}</time>
                    " · "<span lang="en">{EDITION.get(Lang::En)}" "{human_date(edition, Lang::En)}</span>
                </p>
            </main>
        }
    });
    Some(standalone(BUILD_ID, stylesheet(template)?, POSTER_STYLE, &body.replace("<!>", "")))
}

/// Indonesian, then English under it, smaller.
fn both([id, en]: [String; 2]) -> impl IntoView {
    view! { <p>{id}</p><p class="en" lang="en">{en}</p> }
}

fn both_of(text: UiText) -> [String; 2] {
    [text.ind, text.en].map(str::to_string)
}
