//! The frame around every page: header with the emergency link, the hotline bar, what the app
//! reports, the bottom menu. It mirrors the static frame in index.html so the switch from one
//! to the other is invisible.

use leptos::prelude::*;

use crate::components::help_message::HELP_ANCHOR;
use crate::components::kiosk_layer::KioskLayer;
use crate::components::language_switch::LanguageSwitch;
use crate::components::list::CollectAny;
use crate::components::quick_exit::QuickExit;
use crate::components::status_bar::StatusBar;
use crate::content::built_in::PROTECTION_HOTLINE;
use crate::content::phone;
use crate::route::Route;
use crate::state::{on_kiosk, use_kiosk, use_page, view_lang};
use crate::ui_text::*;

#[component]
pub fn Frame(children: Children) -> impl IntoView {
    let lang = view_lang();
    let kiosk = use_kiosk();
    view! {
        // rel="external" keeps the app's link handling out: it would only scroll, while the
        // browser's own jump also moves keyboard focus to the content.
        <a class="skip" href="#main" rel="external">{SKIP_TO_CONTENT.get(lang)}</a>
        <header class="frame">
            <a class="brand" href=Route::Home.href(lang)>"Pelita"</a>
            <nav class="frame-nav">
                <a class="find" href=Route::Search.href(lang) aria-label=SEARCH_LABEL.get(lang)>{SEARCH_BUTTON.get(lang)}</a>
                <LanguageSwitch />
            </nav>
            <QuickExit />
        </header>
        <HotlineBar />
        <StatusBar />
        {kiosk.map(|kiosk| view! { <KioskLayer kiosk /> }.into_any())}
        <main id="main" class="page" tabindex="-1">{children()}</main>
        <BottomMenu />
    }
}

/// The embassy's protection hotline on every page: WhatsApp first (it is a WhatsApp line), an
/// ordinary call second for a phone with credit but no data, and the way to the help message.
#[component]
fn HotlineBar() -> impl IntoView {
    let lang = view_lang();
    let tel = phone::tel_href(PROTECTION_HOTLINE);
    let wa = phone::whatsapp_href(PROTECTION_HOTLINE);
    view! {
        <section class="hotline" aria-label=HOTLINE_REGION.get(lang)>
            <div class="hotline-actions">
                <a class="wa" href=wa><span>{HOTLINE_WHATSAPP.get(lang)}</span>" "<span class="num">{PROTECTION_HOTLINE}</span></a>
                // The visible words first, then what they leave out (the number, what to do).
                <a class="call" href=tel aria-label=[CALL.get(lang), " ", CALL_MAY_FAIL_SHORT.get(lang), ": ", PROTECTION_HOTLINE, ". ", CALL_MAY_FAIL.get(lang)].concat()>
                    <span>{CALL.get(lang)}</span>" "<span class="call-note">{CALL_MAY_FAIL_SHORT.get(lang)}</span>
                </a>
            </div>
            // At the embassy's kiosk the visitor is already there: no message to write.
            {(!on_kiosk()).then(|| view! {
                <a class="help-link" data-testid="help-message-link" href=[Route::Emergency.href(lang).as_str(), "#", HELP_ANCHOR].concat()>
                    {HELP_LINK.get(lang)}
                </a>
            }.into_any())}
        </section>
    }
}

/// The sections, with the one the page belongs to marked as current.
#[component]
fn BottomMenu() -> impl IntoView {
    let lang = view_lang();
    let route = use_page().route;
    let sections = [
        (Route::Home, NAV_HOME),
        (Route::Contacts, NAV_CONTACTS),
        (Route::Guides, NAV_GUIDES),
        (Route::Checklists, NAV_CHECKLISTS),
        (Route::About, NAV_ABOUT),
    ];
    let links = sections
        .into_iter()
        .map(|(section, label)| {
            let href = section.href(lang);
            let current = move || (route.read().section() == section).then_some("page");
            view! { <a href=href aria-current=current>{label.get(lang)}</a> }
        })
        .collect_any();
    view! { <nav class="tabs" aria-label=NAV_MAIN.get(lang)>{links}</nav> }
}
