use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::{cards, entry_links, point_list, sources};
use crate::components::list::CollectAny;
use crate::components::pass_on::pass_on;
use crate::components::sentence::sentence;
use crate::components::listen::ListenButton;
use crate::content::mention::plain;
use crate::content::{Catalogue, Guide, Point};
use crate::lang::Lang;
use crate::pages::not_found::NotFound;
use crate::route::{entry_href, Route};
use crate::state::view_lang;
use crate::ui_text::*;

#[component]
pub fn GuideList(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let guides = catalogue.guides.iter().filter_map(|g| Some((entry_href(&catalogue, &g.id, lang)?, &g.title, &g.summary)));
    view! { <h1>{GUIDES_TITLE.get(lang)}</h1>{cards(guides, lang)} }
}

#[component]
pub fn GuidePage(catalogue: Arc<Catalogue>, id: String) -> impl IntoView {
    let lang = view_lang();
    let Some(guide) = catalogue.guide(&id) else {
        return view! { <NotFound /> }.into_any();
    };
    view! {
        <article class="entry guide">
            <p class="kind">{GUIDES_TITLE.get(lang)}</p>
            <h1>{guide.title.get(lang).to_string()}</h1>
            <p class="answer" data-testid="answer">{sentence(guide.answer.get(lang), lang)}</p>
            <p class="lead">{guide.summary.get(lang).to_string()}</p>
            {pass_on(entry_href(&catalogue, &guide.id, lang).unwrap_or_default(), lang)}
            {way_home_link(&catalogue, guide, lang)}
            <ListenButton parts=spoken(&catalogue, guide, lang) lang />
            {sections(guide).into_iter().map(|(title, points, numbered)| point_list(title, points, lang, numbered)).collect_any()}
            {entry_links(WHO_TO_CONTACT, &guide.contacts, &catalogue, lang)}
            {entry_links(RELATED, &guide.related, &catalogue, lang)}
            {sources(&guide.sources, &guide.verified, lang)}
        </article>
    }
    .into_any()
}

/// A guide that explains a step of the way home leads to the person's own tracker.
fn way_home_link(catalogue: &Catalogue, guide: &Guide, lang: Lang) -> Option<AnyView> {
    catalogue.way_home.as_ref()?.steps.iter().any(|step| step.guide == guide.id).then(|| {
        view! { <p><a class="section-link way-home-link" href=Route::WayHome.href(lang)>{WAY_HOME_LINK.get(lang)}</a></p> }.into_any()
    })
}

/// A guide's text sections in reading order: heading, points, and whether they are numbered.
fn sections(guide: &Guide) -> [(UiText, &[Point], bool); 4] {
    [(STEPS, &guide.steps, true), (BRING, &guide.bring, false), (SAY, &guide.say, false), (NOTES, &guide.notes, false)]
}

/// What "Dengarkan" reads: the title, the answer, the summary, then each section under its
/// heading, with Pelita's own advice said to be advice; mentions as they read on the page.
fn spoken(catalogue: &Catalogue, guide: &Guide, lang: Lang) -> Vec<String> {
    let read = |text: &str| plain(text, |id| catalogue.title_of(id).map(|t| t.get(lang)));
    let mut parts = vec![guide.title.get(lang).to_string(), read(guide.answer.get(lang)), guide.summary.get(lang).to_string()];
    for (heading, points, _) in sections(guide) {
        if !points.is_empty() {
            parts.push(heading.get(lang).to_string());
            for point in points {
                let text = read(point.text.get(lang));
                parts.push(if point.advice { [ADVICE.get(lang), ": ", &text].concat() } else { text });
            }
        }
    }
    parts
}
