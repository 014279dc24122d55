use std::sync::Arc;

use leptos::prelude::*;

use crate::checklist::{score, SET_ASIDE_KEY};
use crate::platform::storage;
use crate::components::entry::{cards, entry_links, hotline_button, lead_contact_button, point_item, sources};
use crate::components::keeping::{EraseAll, KeepChoice};
use crate::components::list::CollectAny;
use crate::components::pass_on::pass_on;
use crate::components::sentence::sentence;
use crate::components::without_app::without_app;
use crate::content::{Catalogue, Checklist, Level, Text};
use crate::lang::Lang;
use crate::pages::not_found::NotFound;
use crate::route::{entry_href, Route};
use crate::state::{use_ticks, view_lang};
use crate::ui_text::*;

#[component]
pub fn ChecklistList(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let checklists = catalogue.checklists.iter().filter_map(|c| Some((entry_href(&catalogue, &c.id, lang)?, &c.title, &c.summary)));
    // The number check is a check too: "is this really the embassy?" is asked where people
    // look for checks.
    let text = |ui: UiText| Text { ind: ui.ind.to_string(), en: ui.en.to_string() };
    let (title, summary) = (text(VERIFY_TITLE), text(VERIFY_INTRO));
    let number_check = (Route::VerifyNumber.href(lang), &title, &summary);
    view! { <h1>{CHECKLISTS_TITLE.get(lang)}</h1>{cards(checklists.chain([number_check]), lang)} }
}

#[component]
pub fn ChecklistPage(catalogue: Arc<Catalogue>, id: String) -> impl IntoView {
    let lang = view_lang();
    let Some(checklist) = catalogue.checklist(&id) else {
        return view! { <NotFound /> }.into_any();
    };
    view! {
        <article class="entry checklist">
            <p class="kind">{CHECKLISTS_TITLE.get(lang)}</p>
            <h1>{checklist.title.get(lang).to_string()}</h1>
            <p class="lead">{checklist.summary.get(lang).to_string()}</p>
            {pass_on(entry_href(&catalogue, &checklist.id, lang).unwrap_or_default(), lang)}
            <RecoveryNotice lang />
            <p class="hint">{CHECKLIST_HINT.get(lang)}</p>
            {items(checklist, lang)}
            <KeepChoice list=checklist.id.clone() />
            {without_app(WITHOUT_APP_CHECKLIST, lang, || hotline_button(CALL_HOTLINE, lang).into_any())}
            {verdict_panel(catalogue.clone(), checklist.id.clone(), lang)}
            <EraseAll />
            {sources(&checklist.sources, &checklist.verified, lang)}
        </article>
    }
    .into_any()
}

/// The items as real checkboxes bound to the stored answers.
fn items(checklist: &Checklist, lang: Lang) -> impl IntoView {
    let answers = use_ticks().answers;
    let list = checklist
        .items
        .iter()
        .map(|item| {
            let input_id = format!("item-{}", item.id);
            let (cid, iid) = (checklist.id.clone(), item.id.clone());
            let checked = {
                let (cid, iid) = (cid.clone(), iid.clone());
                move || answers.read().ticked(&cid).contains(&iid)
            };
            let on_change = move |ev| answers.update(|a| a.set(&cid, &iid, event_target_checked(&ev)));
            view! {
                <li class="check-item">
                    <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=on_change />
                    <label for=input_id>{item.text.get(lang).to_string()}</label>
                    <details>
                        <summary>{WHY.get(lang)}</summary>
                        <p>{sentence(item.why.get(lang), lang)}</p>
                    </details>
                </li>
            }
        })
        .collect_any();
    view! { <ul class="check-items">{list}</ul> }
}

/// The verdict for the current ticks, recomputed by the pure scorer on every change.
fn verdict_panel(catalogue: Arc<Catalogue>, checklist_id: String, lang: Lang) -> impl IntoView {
    let answers = use_ticks().answers;
    let clear_id = checklist_id.clone();
    let clear = move |_| answers.update(|a| a.clear(&clear_id));
    let body = move || {
        let checklist = catalogue.checklist(&checklist_id)?;
        let answers = answers.read();
        let result = score(checklist, answers.ticked(&checklist_id))?;
        let level = match result.verdict.level {
            Level::Ok => "verdict ok",
            Level::Caution => "verdict caution",
            Level::Danger => "verdict danger",
        };
        let steps: Vec<AnyView> = result.verdict.steps.iter().map(|step| point_item(step, lang)).collect();
        Some(view! {
            <div class=level>
                <p class="verdict-count">{[result.ticked.to_string().as_str(), " ", CHECKLIST_COUNT.get(lang), " ", &result.total.to_string(), " ", CHECKLIST_COUNT_TICKED.get(lang)].concat()}</p>
                <h2 class="verdict-title">{result.verdict.title.get(lang).to_string()}</h2>
                <h3>{CHECKLIST_NEXT.get(lang)}</h3>
                <ol class="steps">{steps}</ol>
                {lead_contact_button(&catalogue, &result.verdict.contacts, lang)}
                {entry_links(WHO_TO_CONTACT, &result.verdict.contacts, &catalogue, lang)}
                {entry_links(RELATED, &result.verdict.guides, &catalogue, lang)}
            </div>
        }
        .into_any())
    };
    view! {
        <section class="verdict-panel" data-testid="checklist-verdict" aria-live="polite">{body}</section>
        <p><button type="button" class="secondary" on:click=clear>{CHECKLIST_CLEAR.get(lang)}</button></p>
    }
}

/// Tells the user once that unreadable saved answers were reset.
#[component]
fn RecoveryNotice(lang: Lang) -> impl IntoView {
    let recovery = use_ticks().recovery;
    move || {
        recovery.get().map(|_| {
            view! {
                <div class="notice" role="status">
                    <p>{CHECKLIST_RESET_NOTICE.get(lang)}</p>
                    <button type="button" class="secondary" on:click=move |_| {
                        recovery.set(None);
                        storage::remove(SET_ASIDE_KEY);
                    }>{CHECKLIST_RESET_OK.get(lang)}</button>
                </div>
            }
            .into_any()
        })
    }
}
