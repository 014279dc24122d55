//! Reading text aloud with the browser's speech synthesis.
//!
//! Only voices on the device are used: a network voice would send what the user is reading to
//! a speech service, and Pelita sends nothing anywhere.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use super::listener::listen;

use crate::lang::Lang;

const VOICES_CHANGED: &str = "voiceschanged";

/// The browser's speech synthesis, where there is one (some WebViews have none; a page drawn at
/// build time has no browser at all, so its button appears once the app runs).
fn synthesis() -> Option<SpeechSynthesis> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let engine = web_sys::window()?.speech_synthesis().ok()?;
    (!engine.is_undefined() && !engine.is_null()).then_some(engine)
}

/// The tag an utterance is read in.
fn speech_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id-ID",
        Lang::En => "en-US",
    }
}

/// Whether a voice's language tag (`id-ID`, `en_GB`, …) is `lang`. Older Android reports
/// Indonesian with its former code `in`.
fn speaks(voice_tag: &str, lang: Lang) -> bool {
    let primary = voice_tag.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    match lang {
        Lang::Id => primary == "id" || primary == "in",
        Lang::En => primary == "en",
    }
}

fn local_voice(engine: &SpeechSynthesis, lang: Lang) -> Option<SpeechSynthesisVoice> {
    engine
        .get_voices()
        .iter()
        .map(JsCast::unchecked_into::<SpeechSynthesisVoice>)
        .find(|voice| voice.local_service() && speaks(&voice.lang(), lang))
}

/// Whether this device can read `lang` aloud, for as long as the calling component lives.
/// Browsers often load their voices after the page, so this can turn true later.
pub fn voice_available(lang: Lang) -> ReadSignal<bool> {
    let has_voice = move || synthesis().is_some_and(|engine| local_voice(&engine, lang).is_some());
    let (available, set_available) = signal(has_voice());
    let Some(engine) = synthesis() else { return available };
    listen(&engine, VOICES_CHANGED, false, Box::new(move |_| set_available.set(has_voice())));
    available
}

/// Reads `parts` aloud one after another in `lang`, then calls `on_done`. Returns false, and
/// reads nothing, when there is no voice for `lang`.
pub fn read_aloud(parts: &[String], lang: Lang, on_done: impl FnOnce() + 'static) -> bool {
    let Some(engine) = synthesis() else { return false };
    let Some(voice) = local_voice(&engine, lang) else { return false };
    engine.cancel();
    let utterances: Vec<SpeechSynthesisUtterance> = parts
        .iter()
        .filter_map(|part| {
            let utterance = SpeechSynthesisUtterance::new_with_text(part).ok()?;
            utterance.set_lang(speech_tag(lang));
            utterance.set_voice(Some(&voice));
            Some(utterance)
        })
        .collect();
    let Some(last) = utterances.last() else { return false };
    last.set_onend(Some(Closure::once_into_js(on_done).unchecked_ref()));
    for utterance in &utterances {
        engine.speak(utterance);
    }
    true
}

/// Stops reading, if anything is being read.
pub fn stop() {
    if let Some(engine) = synthesis() {
        engine.cancel();
    }
}
