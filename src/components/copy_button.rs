//! A button that copies a text and says, for a moment, whether it worked.

use std::time::Duration;

use leptos::prelude::*;

use crate::platform::clipboard;
use crate::state::view_lang;
use crate::ui_text::*;

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// Copies what `text` gives at the moment of the tap; `label` says what it copies, `copied`
/// what happened (for a private text: that the phone's clipboard keeps it).
#[component]
pub fn CopyButton(#[prop(into)] text: Signal<String>, label: UiText, #[prop(default = COPIED)] copied: UiText) -> impl IntoView {
    let lang = view_lang();
    let state = RwSignal::new(CopyState::Idle);
    let copy = move |_| {
        let text = text.get_untracked();
        leptos::task::spawn_local(async move {
            let ok = clipboard::copy(&text).await;
            // The view may be gone by now; then there is nothing to say.
            // A note about the clipboard stays until the person moves on; a plain "copied" goes.
            if state.try_set(if ok { CopyState::Copied } else { CopyState::Failed }).is_none() && (copied == COPIED || !ok) {
                set_timeout(move || { let _ = state.try_set(CopyState::Idle); }, Duration::from_secs(3));
            }
        });
    };
    let shown = move || match state.get() {
        CopyState::Idle => label.get(lang),
        CopyState::Copied => copied.get(lang),
        CopyState::Failed => COPY_FAILED.get(lang),
    };
    view! {
        <button type="button" class="secondary copy" on:click=copy aria-live="polite">{shown}</button>
    }
}
