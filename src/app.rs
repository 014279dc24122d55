//! The pages by address, the page frame and the app-wide context: content, language, address.

use std::sync::Arc;

use leptos::prelude::*;

use crate::checklist::{Answers, Recovery, STORAGE_KEY};
use crate::components::frame::Frame;
use crate::kiosk::KioskSettings;
use crate::content::{Catalogue, Lang, Problem};
use crate::pages;
use crate::platform;
use crate::platform::location::Address;
use crate::route::Route;
use crate::search::Index;
use crate::ui_text::UiText;

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
    /// The address bar, and the page it shows.
    pub address: Address,
    pub route: Memo<Route>,
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

/// A label of the frame in the current language, following the language switch. Every label
/// is this one closure type, so the code that renders and updates one is compiled once.
/// Pages use `page_lang` instead.
pub fn tr(text: UiText) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app().lang;
    move || text.get(lang.get())
}

/// The language a page is drawn in. `App` draws the page again when the language changes, so
/// a page's labels are plain text: labels that followed the language themselves kept wasm
/// memory growing by about 0.4 KB with every page shown (the kiosk soak test, bench/SIZE.md).
pub fn page_lang() -> Lang {
    use_app().lang.get_untracked()
}

#[component]
pub fn App() -> impl IntoView {
    // Kiosk mode first: it decides whether anything stored may be read at all.
    let kiosk_settings = platform::kiosk::settings();
    let kiosk = platform::kiosk::is_on(&kiosk_settings).then(|| {
        platform::kiosk::lock_down();
        platform::qr::preload();
        platform::service_worker::keep_kiosk_files();
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
    let address = Address::follow();
    // A memo, so a new query or hash on the same page does not build the page again.
    let route = Memo::new(move |_| Route::of_path(&address.url().read().path));
    provide_context(AppState { content, lang, answers, answers_recovery, kiosk, address, route, search_index });

    leptos::task::spawn_local(async move {
        let loaded = match platform::data::fetch_catalogue().await {
            Ok(catalogue) => Content::Ready(Arc::new(catalogue)),
            Err(problems) => Content::Failed(Arc::new(problems)),
        };
        set_content.set(loaded);
    });

    view! {
        <Frame>
            {move || {
                lang.track();
                page(route.get())
            }}
        </Frame>
    }
}

fn page(route: Route) -> AnyView {
    use pages::*;
    match route {
        Route::Home => view! { <home::Home /> }.into_any(),
        Route::Emergency => view! { <emergency::Emergency /> }.into_any(),
        Route::Contacts => view! { <contacts::ContactList /> }.into_any(),
        Route::VerifyNumber => view! { <verify::VerifyNumber /> }.into_any(),
        Route::Contact(_) => view! { <contacts::ContactPage /> }.into_any(),
        Route::Guides => view! { <guides::GuideList /> }.into_any(),
        Route::Guide(_) => view! { <guides::GuidePage /> }.into_any(),
        Route::Checklists => view! { <checklists::ChecklistList /> }.into_any(),
        Route::Checklist(_) => view! { <checklists::ChecklistPage /> }.into_any(),
        Route::Search => view! { <search::SearchPage /> }.into_any(),
        Route::About => view! { <about::About /> }.into_any(),
        Route::NotFound => view! { <not_found::NotFound /> }.into_any(),
    }
}

/// Replaces the static boot frame from index.html with the app.
pub fn start() {
    console_error_panic_hook::set_once();
    platform::dom::remove_boot_frame();
    leptos::mount::mount_to_body(App);
}
