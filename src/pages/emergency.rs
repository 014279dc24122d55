use std::sync::Arc;

use leptos::prelude::*;

use crate::components::entry::{channel_link, point_list, sources};
use crate::components::help_message::HelpMessage;
use crate::components::list::CollectAny;
use crate::content::built_in::{EMBASSY_ID, POLICE_ID};
use crate::content::{Catalogue, ChannelKind};
use crate::route::Route;
use crate::state::view_lang;
use crate::ui_text::*;

/// `/darurat`: the embassy's hotlines first, a help message to send them, where the embassy
/// is, and the police as an informed choice.
#[component]
pub fn Emergency(catalogue: Arc<Catalogue>) -> impl IntoView {
    let lang = view_lang();
    let embassy = catalogue.contact(EMBASSY_ID);
    let hotlines = embassy
        .map(|c| {
            c.channels
                .iter()
                .filter(|ch| matches!(ch.kind, ChannelKind::Phone | ChannelKind::Whatsapp))
                .map(|ch| channel_link(ch, lang))
                .collect_any()
        })
        .unwrap_or_default();
    let location = embassy.and_then(|c| c.location.as_ref()).map(|l| {
        view! { <section><h2>{EMERGENCY_WHERE.get(lang)}</h2><p>{l.get(lang).to_string()}</p></section> }.into_any()
    });
    let police = catalogue.contact(POLICE_ID).map(|p| {
        let channels = p.channels.iter().map(|ch| channel_link(ch, lang)).collect_any();
        view! {
            <section class="police">
                <h2>{EMERGENCY_POLICE.get(lang)}</h2>
                <p>{p.summary.get(lang).to_string()}</p>
                {point_list(NOTES, &p.notes, lang, false)}
                <ul class="channels">{channels}</ul>
            </section>
        }
        .into_any()
    });
    view! {
        <h1>{EMERGENCY_TITLE.get(lang)}</h1>
        <p class="lead">{EMERGENCY_INTRO.get(lang)}</p>
        <ul class="channels big">{hotlines}</ul>
        <HelpMessage />
        {location}
        {police}
        <p><a class="section-link" href=Route::VerifyNumber.href(lang)>{VERIFY_LINK.get(lang)}</a></p>
        {embassy.map(|c| sources(&c.sources, &c.verified, lang).into_any())}
    }
}
