//! "Minta bantuan KBRI": a short form whose answers become one message in Indonesian
//! (`help::HelpRequest`), shown before sending and sent by the person's own WhatsApp or SMS.
//! The draft lives in memory only (`state::use_help_draft`): it survives the language switch
//! and is forgotten when the person leaves the page.
//!
//! The fields hold their own values and one handler reads the whole form on every change,
//! rather than a binding per field (bench/SIZE.md, fifth round).

use leptos::html;
use leptos::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::components::list::CollectAny;
use crate::components::without_app::without_app;
use crate::content::built_in::PROTECTION_HOTLINE;
use crate::help::{self, HelpRequest, Passport, Situation};
use crate::platform;
use crate::platform::geolocation::{self, Failure};
use crate::state::{on_kiosk, use_help_draft, use_page, view_lang};
use crate::ui_text::*;

/// Where the form is on `/darurat`, for the hotline bar's link.
pub const HELP_ANCHOR: &str = "pesan";
/// The form's first control, which gets focus when someone arrives at the form.
const HELP_FIRST_CONTROL: &str = "#pesan input";

fn situation_label(situation: Situation) -> UiText {
    match situation {
        Situation::CannotLeave => HELP_CANNOT_LEAVE,
        Situation::PassportHeld => HELP_PASSPORT_HELD,
        Situation::HurtOrIll => HELP_HURT,
        Situation::LeftNeedHome => HELP_GO_HOME,
        Situation::SomeoneElse => HELP_SOMEONE_ELSE,
        Situation::Other => HELP_OTHER,
    }
}

fn passport_label(passport: Passport) -> UiText {
    match passport {
        Passport::WithMe => HELP_PASSPORT_WITH_ME,
        Passport::HeldBySomeone => HELP_PASSPORT_BY_SOMEONE,
        Passport::Lost => HELP_PASSPORT_LOST,
    }
}

/// Where looking for the position stands.
#[derive(Clone, Copy, PartialEq)]
enum Locating {
    Idle,
    Busy,
    Failed(Failure),
}

#[component]
pub fn HelpMessage() -> impl IntoView {
    let lang = view_lang();
    if on_kiosk() {
        // At the kiosk the visitor is already at the embassy.
        return view! {
            <section class="help-message" id=HELP_ANCHOR data-testid="help-message">
                <h2>{HELP_TITLE.get(lang)}</h2>
                <p class="notice">{HELP_AT_KIOSK.get(lang)}</p>
            </section>
        }
        .into_any();
    }
    // Arriving at the form (the hotline bar's link, from any page): the first choice has focus,
    // which also scrolls the form into view.
    let address = use_page().address;
    Effect::new(move |_| {
        if address.url().read().hash.strip_prefix('#') == Some(HELP_ANCHOR) {
            platform::dom::focus_later(HELP_FIRST_CONTROL);
        }
    });
    let draft = use_help_draft();
    // The fields are drawn once with the draft's values (after a language switch, what was
    // typed); from then on the browser holds them, and every change reads the whole form.
    let shown = draft.get_untracked();
    let form = NodeRef::<html::Form>::new();
    let read_form = move |_| {
        if let Some(form) = form.get_untracked() {
            let fields = platform::form::fields(&form);
            draft.update(|d| *d = HelpRequest { position: d.position, ..HelpRequest::from_fields(&fields) });
        }
    };
    let message = Memo::new(move |_| draft.read().message());
    let locating = RwSignal::new(Locating::Idle);

    let situations = Situation::ALL
        .into_iter()
        .map(|situation| {
            let id = ["help-", situation.code()].concat();
            view! {
                <li class="choice">
                    <input type="checkbox" name=help::SITUATION_FIELD value=situation.code() id=id.clone()
                        checked=shown.situations.contains(&situation) />
                    <label for=id>{situation_label(situation).get(lang)}</label>
                </li>
            }
        })
        .collect_any();
    let passports = Passport::ALL
        .into_iter()
        .map(|passport| {
            let id = ["passport-", passport.code()].concat();
            view! {
                <li class="choice">
                    <input type="radio" name=help::PASSPORT_FIELD value=passport.code() id=id.clone() checked=shown.passport == Some(passport) />
                    <label for=id>{passport_label(passport).get(lang)}</label>
                </li>
            }
        })
        .collect_any();
    let add_location = move |_| {
        locating.set(Locating::Busy);
        leptos::task::spawn_local(async move {
            let found = geolocation::current_position().await;
            // The person may have left the page meanwhile: then there is nothing to fill in.
            let _ = match found {
                Ok(position) => draft.try_update(|d| d.position = Some(position)).and_then(|_| locating.try_set(Locating::Idle)),
                Err(failure) => locating.try_set(Locating::Failed(failure)),
            };
        });
    };
    let location_status = move || {
        let has_position = draft.read().position.is_some();
        let status = match locating.get() {
            Locating::Busy => HELP_LOCATING,
            Locating::Failed(Failure::Denied) => HELP_LOCATION_DENIED,
            Locating::Failed(_) => HELP_LOCATION_FAILED,
            Locating::Idle if has_position => HELP_LOCATION_ADDED,
            Locating::Idle => return None,
        };
        let remove = has_position.then(|| {
            view! { <button type="button" class="secondary" on:click=move |_| draft.update(|d| d.position = None)>{HELP_LOCATION_REMOVE.get(lang)}</button> }.into_any()
        });
        Some(view! { <p class="location-status" data-testid="location-status">{status.get(lang)}</p>{remove} }.into_any())
    };
    view! {
        <section class="help-message" id=HELP_ANCHOR data-testid="help-message" aria-labelledby="help-title">
            <h2 id="help-title">{HELP_TITLE.get(lang)}</h2>
            <p>{HELP_INTRO.get(lang)}</p>
            <form node_ref=form on:input=read_form on:change=read_form on:submit=|ev| ev.prevent_default()>
                <fieldset>
                    <legend>{HELP_WHAT.get(lang)}</legend>
                    <ul class="choices">{situations}</ul>
                </fieldset>
                <label class="field-label" for="help-people">{HELP_PEOPLE.get(lang)}</label>
                <input id="help-people" class="field" name=help::PEOPLE_FIELD type="number" inputmode="numeric" min="1"
                    value=shown.people.map(|n| n.to_string()) />
                <fieldset>
                    <legend>{HELP_PASSPORT.get(lang)}</legend>
                    <ul class="choices">{passports}</ul>
                </fieldset>
                <label class="field-label" for="help-place">{HELP_PLACE.get(lang)}</label>
                <textarea id="help-place" class="field" name=help::PLACE_FIELD rows="2" maxlength=help::MAX_PLACE_CHARS>{shown.place}</textarea>
                <p><button type="button" class="secondary" on:click=add_location>{HELP_ADD_LOCATION.get(lang)}</button></p>
                <div role="status">{location_status}</div>
                <label class="field-label" for="help-number">{HELP_REACH_ME.get(lang)}</label>
                <input id="help-number" class="field" name=help::REACH_ME_FIELD type="tel" inputmode="tel" autocomplete="off"
                    maxlength=help::MAX_NUMBER_CHARS value=shown.reach_me />
            </form>
            <h3>{HELP_PREVIEW.get(lang)}</h3>
            <pre class="help-preview" data-testid="help-preview" lang="id">{move || message.get()}</pre>
            <p class="send">
                <a class="button call-button" data-testid="help-whatsapp" href=move || help::whatsapp_href(PROTECTION_HOTLINE, &message.read())>{HELP_SEND_WHATSAPP.get(lang)}</a>
                <a class="button secondary-link" data-testid="help-sms" href=move || help::sms_href(PROTECTION_HOTLINE, &message.read())>{HELP_SEND_SMS.get(lang)}</a>
                <CopyButton text=message label=HELP_COPY copied=COPIED_KEPT />
            </p>
            {without_app(WITHOUT_APP_HELP, lang, || ().into_any())}
            <p class="hint">{HELP_NOTHING_SENT.get(lang)}</p>
        </section>
    }
    .into_any()
}
