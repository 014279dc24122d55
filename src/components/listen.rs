//! "Dengarkan": reads a page aloud in its language, shown only when the device has a voice for
//! that language.

use leptos::prelude::*;

use crate::lang::Lang;
use crate::platform::speech;
use crate::ui_text::*;

#[component]
pub fn ListenButton(parts: Vec<String>, lang: Lang) -> impl IntoView {
    let available = speech::voice_available(lang);
    let reading = RwSignal::new(false);
    let toggle = move |_| {
        if reading.get_untracked() {
            speech::stop();
            reading.set(false);
        } else {
            // The signal may be gone by the time reading ends (the user left the page).
            let started = speech::read_aloud(&parts, lang, move || {
                let _ = reading.try_set(false);
            });
            reading.set(started);
        }
    };
    // Leaving the page, or switching its language, stops the reading.
    on_cleanup(speech::stop);
    view! {
        {move || available.get().then(|| view! {
            <button type="button" class="secondary listen" on:click=toggle.clone()>
                {move || if reading.get() { LISTEN_STOP.get(lang) } else { LISTEN.get(lang) }}
            </button>
        }.into_any())}
    }
}
