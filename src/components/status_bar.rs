//! The app's own state, under the hotline: a new version waiting (with the button that switches
//! to it), being offline (the content still works), content too old to trust blindly, and a
//! page open inside an app's own browser, where Pelita cannot be installed or kept offline.

use leptos::prelude::*;

use crate::content::edition::stale_age;
use crate::content::human_date;
use crate::lang::Lang;
use crate::platform::service_worker;
use crate::state::{use_content, use_status, view_lang};
use crate::ui_text::*;

#[component]
pub fn StatusBar() -> impl IntoView {
    let lang = view_lang();
    let status = use_status();
    let stale = use_content().ok().and_then(|catalogue| {
        let edition = &catalogue.about.as_ref()?.edition;
        let days = status.today.with_value(|today| stale_age(edition, today))?;
        Some(stale_notice(edition, days, lang))
    });
    // One live region that is always there, so screen readers announce what appears in it.
    view! {
        <div class="status-bar" role="status">
            {move || status.update_waiting.get().then(|| view! {
                <button type="button" class="update" on:click=|_| service_worker::apply_update()>
                    {UPDATE_READY.get(lang)}
                </button>
            }.into_any())}
            {move || (!status.online.get()).then(|| view! { <p class="offline">{OFFLINE_NOTICE.get(lang)}</p> }.into_any())}
            {move || status.storage_full.get().then(|| view! { <p class="offline" data-testid="storage-full">{STORAGE_FULL.get(lang)}</p> }.into_any())}
            {stale}
            {status.in_app.map(|app| view! {
                <p class="in-app" data-testid="in-app" hidden=move || status.in_app_dismissed.get()>
                    {IN_APP_BEFORE.get(lang)}{app.name()}{IN_APP_AFTER.get(lang)}" "
                    <button type="button" class="secondary" on:click=move |_| status.in_app_dismissed.set(true)>{CLOSE.get(lang)}</button>
                </p>
            }.into_any())}
        </div>
    }
}

/// How old the content is and what to do about it, on every page of a copy past its time.
fn stale_notice(edition: &str, days: i64, lang: Lang) -> AnyView {
    let days = DAYS.of(u32::try_from(days).unwrap_or(u32::MAX), lang);
    view! {
        <p class="stale" data-testid="stale-content">
            {STALE_CONTENT.get(lang)}" "<time datetime=edition.to_string()>{human_date(edition, lang)}</time>
            ", "{days}" "{STALE_CONTENT_AGO.get(lang)}" "{STALE_CONTENT_UPDATE.get(lang)}
        </p>
    }
    .into_any()
}
