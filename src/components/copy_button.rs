//! A button that copies a number and says, for a moment, whether it worked.

use leptos::prelude::*;
use std::time::Duration;

use crate::state::view_lang;
use crate::platform::clipboard;
use crate::ui_text::*;

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

#[component]
pub fn CopyButton(text: String) -> impl IntoView {
    let lang = view_lang();
    let state = RwSignal::new(CopyState::Idle);
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            let ok = clipboard::copy(&text).await;
            state.set(if ok { CopyState::Copied } else { CopyState::Failed });
            set_timeout(move || state.set(CopyState::Idle), Duration::from_secs(3));
        });
    };
    let label = move || match state.get() {
        CopyState::Idle => COPY_NUMBER.get(lang),
        CopyState::Copied => COPIED.get(lang),
        CopyState::Failed => COPY_FAILED.get(lang),
    };
    view! {
        <button type="button" class="secondary copy" on:click=copy aria-live="polite">{label}</button>
    }
}
