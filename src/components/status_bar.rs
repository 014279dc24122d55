//! The app's own state, under the hotline: a new version waiting (with the button that switches
//! to it) and being offline (the content still works). Mounted once, in the frame; it also
//! starts the service worker, since it is what reports on it.

use leptos::prelude::*;

use crate::app::tr;
use crate::platform::{connectivity, service_worker};
use crate::ui_text::{OFFLINE_NOTICE, UPDATE_READY};

#[component]
pub fn StatusBar() -> impl IntoView {
    let online = RwSignal::new(connectivity::is_online());
    let update_waiting = RwSignal::new(false);
    service_worker::register(move || update_waiting.set(true));
    connectivity::on_change(move |now_online| {
        online.set(now_online);
        // Data may come only now and then: coming back online is the moment to look for a
        // new version.
        if now_online {
            service_worker::check_for_update();
        }
    });
    // One live region that is always there, so screen readers announce what appears in it.
    view! {
        <div class="status-bar" role="status">
            {move || update_waiting.get().then(|| view! {
                <button type="button" class="update" on:click=|_| service_worker::apply_update()>
                    {tr(UPDATE_READY)}
                </button>
            }.into_any())}
            {move || (!online.get()).then(|| view! { <p class="offline">{tr(OFFLINE_NOTICE)}</p> }.into_any())}
        </div>
    }
}
