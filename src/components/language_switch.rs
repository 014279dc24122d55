//! The header's language switch: Indonesian ⇄ English.

use leptos::prelude::*;

use crate::platform;
use crate::state::{use_page, view_lang};
use crate::ui_text::*;

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let page = use_page();
    let shown = view_lang();
    let other = shown.other();
    let switch = move |_| {
        page.switch_language(other);
        platform::dom::focus_later("button.lang");
    };
    // The label names the other language, in that language.
    view! {
        <button type="button" class="lang" lang=other.code() on:click=switch aria-label=LANGUAGE_SWITCH_NAME.get(shown)>
            {LANGUAGE_SWITCH_SHORT.get(shown)}
        </button>
    }
}
