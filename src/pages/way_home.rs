//! `/langkah-pulang`: the steps home from the data (FACTS §8), each with what happens, what to
//! bring, what it costs where a source says so and the guide that explains it. The person
//! ticks what they have done; the first step not done stands out as the next one. The ticks
//! are kept like checklist answers, under `WAY_HOME_LIST`.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::{point_item, sources};
use crate::components::keeping::{EraseAll, KeepChoice};
use crate::components::list::CollectAny;
use crate::components::sentence::sentence;
use crate::components::without_app::without_app;
use crate::content::built_in::WAY_HOME_LIST;
use crate::content::{Catalogue, WayHomeStep};
use crate::lang::Lang;
use crate::pages::not_found::NotFound;
use crate::route::entry_href;
use crate::state::{use_ticks, view_lang};
use crate::ui_text::*;

#[component]
pub fn WayHomePage(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let Some(way_home) = &catalogue.way_home else {
        return view! { <NotFound /> }.into_any();
    };
    let answers = use_ticks().answers;
    let ids: Vec<String> = way_home.steps.iter().map(|step| step.id.clone()).collect();
    // The first step not ticked; `None` once all are.
    let next = Memo::new(move |_| {
        let answers = answers.read();
        let done = answers.ticked(WAY_HOME_LIST);
        ids.iter().position(|id| !done.contains(id))
    });
    let steps = way_home.steps.iter().enumerate().map(|(i, step)| step_view(&catalogue, step, i, next, lang)).collect_any();
    view! {
        <article class="entry way-home">
            <h1>{WAY_HOME_TITLE.get(lang)}</h1>
            <p class="lead">{WAY_HOME_INTRO.get(lang)}</p>
            <KeepChoice list=WAY_HOME_LIST.to_string() />
            {without_app(WITHOUT_APP_WAY_HOME, lang, || ().into_any())}
            <ol class="way-home-steps" data-testid="way-home">{steps}</ol>
            {move || next.get().is_none().then(|| view! { <p class="notice" role="status">{WAY_HOME_ALL_DONE.get(lang)}</p> }.into_any())}
            <p><button type="button" class="secondary" on:click=move |_| answers.update(|a| a.clear(WAY_HOME_LIST))>{WAY_HOME_CLEAR.get(lang)}</button></p>
            <EraseAll />
            {sources(&way_home.sources, &way_home.verified, lang)}
        </article>
    }
    .into_any()
}

fn step_view(catalogue: &Catalogue, step: &WayHomeStep, position: usize, next: Memo<Option<usize>>, lang: Lang) -> AnyView {
    let answers = use_ticks().answers;
    let input_id = ["step-", step.id.as_str()].concat();
    let is_next = move || next.get() == Some(position);
    let done = {
        let id = step.id.clone();
        move || answers.read().ticked(WAY_HOME_LIST).contains(&id)
    };
    let state = {
        let done = done.clone();
        move || if is_next() { "way-home-step next" } else if done() { "way-home-step done" } else { "way-home-step" }
    };
    let id = step.id.clone();
    let on_change = move |ev| answers.update(|a| a.set(WAY_HOME_LIST, &id, event_target_checked(&ev)));
    let guide = catalogue.guide(&step.guide).map(|guide| {
        view! { <p><a class="entry-link" href=entry_href(catalogue, &guide.id, lang)>{READ_GUIDE.get(lang)}": "{guide.title.get(lang).to_string()}</a></p> }.into_any()
    });
    let cost = step.cost.as_ref().map(|cost| view! { <p class="cost"><strong>{COST.get(lang)}": "</strong>{sentence(cost.get(lang), lang)}</p> }.into_any());
    let bring = (!step.bring.is_empty()).then(|| {
        let items: Vec<AnyView> = step.bring.iter().map(|point| point_item(point, lang)).collect();
        view! { <h3>{BRING.get(lang)}</h3><ul>{items}</ul> }.into_any()
    });
    let title = step.title.get(lang);
    view! {
        <li class=state aria-current=move || is_next().then_some("step")>
            // Shown by the stylesheet on the next step only.
            <p class="next-label">{WAY_HOME_NEXT.get(lang)}</p>
            <h2 class="step-title">{title.to_string()}</h2>
            {step.advice.then(|| view! { <p class="advice-label">{ADVICE.get(lang)}</p> }.into_any())}
            <p>{sentence(step.what.get(lang), lang)}</p>
            {bring}
            {cost}
            {guide}
            <div class="check-item">
                <input type="checkbox" id=input_id.clone() prop:checked=done on:change=on_change />
                <label for=input_id>{[WAY_HOME_DONE.get(lang), ": ", title].concat()}</label>
            </div>
        </li>
    }
    .into_any()
}
