//! What Pelita keeps on the phone, next to every list that keeps something: the choice to keep
//! a sensitive list at all, and one button that erases everything Pelita stored.

use leptos::prelude::*;

use crate::checklist::{Answers, STORAGE_KEY};
use crate::content::built_in::ASK_BEFORE_KEEPING;
use crate::help::HelpRequest;
use crate::platform::{language, service_worker, storage};
use crate::state::{on_kiosk, use_help_draft, use_page, use_ticks, view_lang};
use crate::ui_text::*;

/// For a list that asks first: whether its answers stay on this phone, asked once the person
/// ticks something, and changeable. Nothing on a kiosk, which stores nothing.
#[component]
pub fn KeepChoice(list: String) -> impl IntoView {
    let lang = view_lang();
    if on_kiosk() || !ASK_BEFORE_KEEPING.contains(&list.as_str()) {
        return ().into_any();
    }
    let answers = use_ticks().answers;
    let choose = move |list: &str, keep: bool| answers.update(|a| a.choose(list, keep));
    let view_of = move || {
        let answers = answers.read();
        let choice = answers.keep_choice(&list);
        let (said, keep_label, keep) = match choice {
            None if answers.ticked(&list).is_empty() => return None,
            None => (KEEP_ASK, KEEP_YES, true),
            Some(true) => (KEEP_KEPT, KEEP_STOP, false),
            Some(false) => (KEEP_NOT_KEPT, KEEP_YES, true),
        };
        let list_yes = list.clone();
        let list_no = list.clone();
        let no = choice.is_none().then(|| {
            view! { <button type="button" class="secondary" on:click=move |_| choose(&list_no, false)>{KEEP_NO.get(lang)}</button> }.into_any()
        });
        Some(view! {
            <div class="notice keep" data-testid="keep-choice">
                <p>{said.get(lang)}</p>
                <p class="send">
                    <button type="button" class="secondary" on:click=move |_| choose(&list_yes, keep)>{keep_label.get(lang)}</button>
                    {no}
                </p>
            </div>
        }.into_any())
    };
    view! { <div role="status">{view_of}</div> }.into_any()
}

/// "Hapus semua data Pelita di HP ini": removes every answer, choice and setting Pelita
/// stored, what was typed on this page, and the offline copies of the pages the person opened
/// (which tell what they read); keeps the offline app every install holds. Says what was
/// removed.
#[component]
pub fn EraseAll() -> impl IntoView {
    let lang = view_lang();
    let (ticks, help_draft, address) = (use_ticks(), use_help_draft(), use_page().address);
    let report = RwSignal::new(None::<String>);
    let erase = move |_| {
        let removed = storage::erase_all();
        ticks.answers.set(Answers::default());
        ticks.recovery.set(None);
        help_draft.set(HelpRequest::default());
        address.forget_typed();
        service_worker::forget_opened_pages();
        let said: Vec<&str> = removed
            .iter()
            .map(|key| match key.as_str() {
                STORAGE_KEY => ERASED_ANSWERS.get(lang),
                language::STORAGE_KEY => ERASED_LANGUAGE.get(lang),
                _ => ERASED_OTHER.get(lang),
            })
            .collect();
        report.set(Some(if said.is_empty() { ERASED_NOTHING.get(lang).to_string() } else { [ERASED.get(lang), &said.join(", "), "."].concat() }));
    };
    view! {
        <div class="erase">
            <button type="button" class="secondary" data-testid="erase-all" on:click=erase>{ERASE_ALL.get(lang)}</button>
            <p role="status" data-testid="erase-report">{move || report.get()}</p>
        </div>
    }
}
