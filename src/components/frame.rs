//! The frame around every page: header with the emergency link, the hotline bar, bottom menu.
//! It mirrors the static frame in index.html so the switch from one to the other is invisible.

use leptos::prelude::*;

use crate::app::{tr, use_app};
use crate::components::kiosk::KioskLayer;
use crate::components::language_switch::LanguageSwitch;
use crate::components::quick_exit::QuickExit;
use crate::components::status_bar::StatusBar;
use crate::content::frame::PROTECTION_HOTLINE;
use crate::content::phone;
use crate::ui_text::*;

#[component]
pub fn Frame(children: Children) -> impl IntoView {
    let app = use_app();
    view! {
        // rel="external" keeps the router out: it would only scroll, while the browser's own
        // jump also moves keyboard focus to the content.
        <a class="skip" href="#main" rel="external">{tr(SKIP_TO_CONTENT)}</a>
        <header class="frame">
            <a class="brand" href="/">"Pelita"</a>
            <QuickExit />
            <nav class="frame-nav">
                <a class="find" href="/cari" aria-label=tr(SEARCH_LABEL)>{tr(SEARCH_BUTTON)}</a>
                <LanguageSwitch />
                <a class="sos" href="/darurat">{tr(EMERGENCY)}</a>
            </nav>
        </header>
        <HotlineBar />
        <StatusBar />
        {app.kiosk.clone().map(|settings| view! { <KioskLayer settings /> }.into_any())}
        <main id="main" class="page" tabindex="-1">{children()}</main>
        <nav class="tabs" aria-label=tr(NAV_MAIN)>
            <a href="/">{tr(NAV_HOME)}</a>
            <a href="/kontak">{tr(NAV_CONTACTS)}</a>
            <a href="/panduan">{tr(NAV_GUIDES)}</a>
            <a href="/cek">{tr(NAV_CHECKLISTS)}</a>
            <a href="/tentang">{tr(NAV_ABOUT)}</a>
        </nav>
    }
}

/// The embassy's protection hotline, to call or WhatsApp, on every page.
#[component]
fn HotlineBar() -> impl IntoView {
    let tel = phone::tel_href(PROTECTION_HOTLINE);
    let wa = phone::whatsapp_href(PROTECTION_HOTLINE);
    view! {
        <section class="hotline" aria-label=tr(HOTLINE_REGION)>
            <p class="hotline-label">{tr(HOTLINE_LABEL)}</p>
            <div class="hotline-actions">
                <a class="call" href=tel><span>{tr(CALL)}</span>" "<span class="num">{PROTECTION_HOTLINE}</span></a>
                <a class="wa" href=wa>{tr(WHATSAPP)}</a>
            </div>
        </section>
    }
}
