use leptos::prelude::*;

use crate::components::entry::{channel_link, sources};
use crate::components::list::CollectAny;
use crate::components::loaded::with_content;
use crate::content::frame::{EMBASSY_ID, POLICE_ID};
use crate::content::ChannelKind;
use crate::ui_text::*;

#[component]
pub fn Emergency() -> impl IntoView {
    with_content(|catalogue, lang| {
        let embassy = catalogue.contact(EMBASSY_ID);
        let police = catalogue.contact(POLICE_ID);
        let hotlines = embassy
            .map(|c| {
                c.channels
                    .iter()
                    .filter(|ch| matches!(ch.kind, ChannelKind::Phone | ChannelKind::Whatsapp))
                    .map(|ch| channel_link(ch, lang))
                    .collect_any()
            })
            .unwrap_or_default();
        let location = embassy.and_then(|c| c.location.as_ref()).map(|l| l.get(lang).to_string());
        let police_view = police.map(|p| {
            let channels = p.channels.iter().map(|ch| channel_link(ch, lang)).collect_any();
            let notes = p.notes.iter().map(|n| view! { <p>{n.get(lang).to_string()}</p> }).collect_any();
            view! {
                <section class="police">
                    <h2>{EMERGENCY_POLICE.get(lang)}</h2>
                    <p>{p.summary.get(lang).to_string()}</p>
                    {notes}
                    <ul class="channels">{channels}</ul>
                </section>
            }
            .into_any()
        });
        view! {
            <h1>{EMERGENCY_TITLE.get(lang)}</h1>
            <p class="lead">{EMERGENCY_INTRO.get(lang)}</p>
            <ul class="channels big">{hotlines}</ul>
            <section class="say">
                <h2>{EMERGENCY_WHAT_TO_SAY.get(lang)}</h2>
                <p class="template">{EMERGENCY_SAY_TEMPLATE.get(lang)}</p>
            </section>
            {location.map(|l| view! {
                <section><h2>{EMERGENCY_WHERE.get(lang)}</h2><p>{l}</p></section>
            }.into_any())}
            {police_view}
            <p><a class="section-link" href="/kontak/verifikasi">{VERIFY_LINK.get(lang)}</a></p>
            {embassy.map(|c| sources(&c.sources, &c.verified, lang).into_any())}
        }
    })
}
