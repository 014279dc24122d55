//! The router, the page frame and the app-wide context: content, language.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::checklist::{Answers, Recovery, STORAGE_KEY};
use crate::components::frame::Frame;
use crate::kiosk::KioskSettings;
use crate::content::{Catalogue, Lang, Problem};
use crate::pages;
use crate::search::Index;
use crate::platform;

/// The content as the app sees it: loading, ready, or broken (with every problem named).
#[derive(Clone, Debug, PartialEq)]
pub enum Content {
    Loading,
    Ready(Arc<Catalogue>),
    Failed(Arc<Vec<Problem>>),
}

/// The app-wide state every page reads from context.
#[derive(Clone)]
pub struct AppState {
    pub content: ReadSignal<Content>,
    pub lang: RwSignal<Lang>,
    /// The user's checklist ticks; saved on the device whenever they change.
    pub answers: RwSignal<Answers>,
    /// Set when stored answers were unreadable and had to be reset, so the user is told.
    pub answers_recovery: RwSignal<Option<Recovery>>,
    /// Kiosk mode's settings when this screen is a shared kiosk; `None` on a personal device.
    pub kiosk: Option<KioskSettings>,
    /// The search index, built on the first search from the catalogue it belongs to.
    search_index: StoredValue<Option<(Arc<Catalogue>, Arc<Index>)>>,
}

impl AppState {
    /// The index for `catalogue`, built once (and again only if the content is replaced).
    pub fn search_index(&self, catalogue: &Arc<Catalogue>) -> Arc<Index> {
        if let Some((built_from, index)) = self.search_index.get_value() {
            if Arc::ptr_eq(&built_from, catalogue) {
                return index;
            }
        }
        let index = Arc::new(Index::build(catalogue));
        self.search_index.set_value(Some((catalogue.clone(), index.clone())));
        index
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The current language, for views that only read it.
pub fn use_lang() -> Signal<Lang> {
    let lang = use_app().lang;
    Signal::derive(move || lang.get())
}

#[component]
pub fn App() -> impl IntoView {
    // Kiosk mode first: it decides whether anything stored may be read at all.
    let kiosk_settings = platform::kiosk::settings();
    let kiosk = platform::kiosk::is_on(&kiosk_settings).then(|| {
        platform::kiosk::lock_down();
        kiosk_settings
    });
    let (content, set_content) = signal(Content::Loading);
    let lang = RwSignal::new(platform::language::initial());
    Effect::new(move |_| platform::language::remember(lang.get()));
    Effect::new(move |_| platform::dom::set_document_lang(lang.get().code()));
    let stored = Answers::decode(platform::storage::read(STORAGE_KEY).as_deref());
    let answers = RwSignal::new(stored.answers);
    let answers_recovery = RwSignal::new(stored.notice);
    Effect::new(move |_| platform::storage::write(STORAGE_KEY, &answers.read().encode()));
    let search_index = StoredValue::new(None);
    provide_context(AppState { content, lang, answers, answers_recovery, kiosk, search_index });

    leptos::task::spawn_local(async move {
        let loaded = match platform::data::fetch_catalogue().await {
            Ok(catalogue) => Content::Ready(Arc::new(catalogue)),
            Err(problems) => Content::Failed(Arc::new(problems)),
        };
        set_content.set(loaded);
    });

    view! {
        <Router>
            <Frame>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=path!("") view=pages::home::Home />
                    <Route path=path!("darurat") view=pages::emergency::Emergency />
                    <Route path=path!("kontak") view=pages::contacts::ContactList />
                    <Route path=path!("kontak/verifikasi") view=pages::verify::VerifyNumber />
                    <Route path=path!("kontak/:id") view=pages::contacts::ContactPage />
                    <Route path=path!("panduan") view=pages::guides::GuideList />
                    <Route path=path!("panduan/:id") view=pages::guides::GuidePage />
                    <Route path=path!("cek") view=pages::checklists::ChecklistList />
                    <Route path=path!("cek/:id") view=pages::checklists::ChecklistPage />
                    <Route path=path!("cari") view=pages::search::SearchPage />
                    <Route path=path!("tentang") view=pages::about::About />
                </Routes>
            </Frame>
        </Router>
    }
}

/// Replaces the static boot frame from index.html with the app.
pub fn start() {
    console_error_panic_hook::set_once();
    platform::dom::remove_boot_frame();
    leptos::mount::mount_to_body(App);
}
