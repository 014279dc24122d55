//! The app-wide state, in parts: the content, the page and its language, the stored ticks,
//! kiosk mode, what the frame reports (offline, a new version), the help draft and the search
//! index. A view asks only for the parts it reads (`use_page`, `use_ticks`, …).
//!
//! `provide_in_browser` also starts what runs for the life of the page (the service worker,
//! connectivity, storage, kiosk idle clock, quick-exit keys); `provide_fixed` has none of
//! that, for a page drawn at build time or mounted alone in a test.

use std::sync::Arc;

use leptos::prelude::*;

use crate::browser::{in_app_browser, InAppBrowser};
use crate::checklist::{Answers, Recovery, SET_ASIDE_KEY, STORAGE_KEY};
use crate::content::built_in::ASK_BEFORE_KEEPING;
use crate::content::{Catalogue, Problem};
use crate::help::HelpRequest;
use crate::kiosk::{IdleClock, IdleState, KioskSettings};
use crate::lang::Lang;
use crate::platform::address_bar::Address;
use crate::platform::address_bar::Move;
use crate::route::{query_param, with_param, Url, LANG_PARAM};
use crate::platform::{self, connectivity, keyboard, lockdown, service_worker, storage};
use crate::route::Route;
use crate::search::{Index, IndexBuilder};

/// The content as loaded once at start: the catalogue, or every problem that kept it out.
pub type Content = Result<Arc<Catalogue>, Arc<Vec<Problem>>>;

/// What kiosk mode adds: the deployment's settings and what its overlays show.
#[derive(Clone)]
pub struct KioskSession {
    pub settings: KioskSettings,
    /// Seconds left before the screen resets, while the "still there?" countdown runs.
    pub countdown: RwSignal<Option<u32>>,
    /// A link that would have left the kiosk, shown as a QR code instead.
    pub held_link: RwSignal<Option<String>>,
    /// The "take it to your phone" dialog is open (`kiosk::take_home`).
    pub take_home: RwSignal<bool>,
}

/// What the frame reports under the hotline.
#[derive(Clone, Copy)]
pub struct Status {
    pub online: RwSignal<bool>,
    /// A new version has installed and waits for the user's go-ahead.
    pub update_waiting: RwSignal<bool>,
    /// Today on the device's clock (`YYYY-MM-DD`), to tell how old the content is.
    pub today: StoredValue<String>,
    /// The app whose built-in browser Pelita is open in, if any, and whether its notice was
    /// put away.
    pub in_app: Option<InAppBrowser>,
    pub in_app_dismissed: RwSignal<bool>,
    /// The phone's storage refused the latest answers (full): they stay on screen only.
    pub storage_full: RwSignal<bool>,
}

/// The page the address bar shows, and its language (English under `/en/`): the switch moves
/// to the other language's address, and Back returns to the language of the page before.
#[derive(Clone, Copy)]
pub struct Page {
    pub address: Address,
    /// Memos, so a new query or hash on the same page does not draw the page again.
    pub route: Memo<Route>,
    pub lang: Memo<Lang>,
}

impl Page {
    fn at(address: Address, content: &Content) -> Page {
        let catalogue = content.clone().ok();
        let route = Memo::new(move |_| {
            let route = Route::of_path(&address.url().read().path);
            match &catalogue {
                Some(catalogue) => route.resolve(catalogue),
                None => route,
            }
        });
        let lang = Memo::new(move |_| Route::lang_of_path(&address.url().read().path));
        Page { address, route, lang }
    }

    /// Moves to this page's address in `lang`, keeping what the person typed (in memory, like
    /// every typed word) and where they were on the page; the whole app is drawn again.
    pub fn switch_language(&self, lang: Lang) {
        let url = self.address.url().get_untracked();
        let path = self.route.get_untracked().href(lang);
        self.address.go(&[path.as_str(), &with_param(&url.query, LANG_PARAM, None), &url.hash].concat(), Move::Replace);
    }
}

/// The person's checklist ticks, saved on the device whenever they change.
#[derive(Clone, Copy)]
pub struct Ticks {
    pub answers: RwSignal<Answers>,
    /// Set when stored answers were unreadable and had to be reset, so the person is told.
    pub recovery: RwSignal<Option<Recovery>>,
}

/// Provides the state of the app running in the browser, with everything that runs for the
/// life of the page started.
pub fn provide_in_browser(content: Content) {
    // Kiosk mode first: it decides whether anything stored may be read at all.
    let settings = lockdown::settings();
    let kiosk = lockdown::is_on(&settings).then(|| start_kiosk(settings));
    let raw = storage::read(STORAGE_KEY);
    let stored = Answers::decode(raw.as_deref().map(platform::json::parse));
    if stored.notice.is_some() {
        // Until the person has seen the notice (`checklists::RecoveryNotice`).
        storage::write(SET_ASIDE_KEY, raw.as_deref().unwrap_or_default());
    }
    let answers = RwSignal::new(stored.answers);
    let storage_full = RwSignal::new(false);
    // Nothing to keep removes the key: no trace of an empty list is left behind.
    Effect::new(move |_| match answers.read().stored(&ASK_BEFORE_KEEPING) {
        Some(text) => storage_full.set(!storage::write(STORAGE_KEY, &text)),
        None => storage::remove(STORAGE_KEY),
    });
    let status = Status {
        storage_full,
        online: RwSignal::new(connectivity::is_online()),
        update_waiting: RwSignal::new(false),
        today: StoredValue::new(platform::clock::today()),
        in_app: in_app_browser(&platform::dom::user_agent()),
        in_app_dismissed: RwSignal::new(false),
    };
    service_worker::register(move || status.update_waiting.set(true));
    connectivity::on_change(move |online| {
        status.online.set(online);
        // Data may come only now and then: coming back online is the moment to look for a
        // new version.
        if online {
            service_worker::check_for_update();
        }
    });
    let on_kiosk = kiosk.is_some();
    keyboard::on_triple_shift(move || platform::exit::leave_or_reset(on_kiosk));
    let page = provide(content, Ticks { answers, recovery: RwSignal::new(stored.notice) }, kiosk, status, Address::follow(on_kiosk));
    // The language to start in (a link's `?lang=`, an `/en/` address, the last choice) has
    // an address of its own: go there, without the `?lang=` it came with.
    let path = page.address.url().with_untracked(|url| url.path.clone());
    let start = platform::language::initial(Route::lang_of_path(&path));
    if start != page.lang.get_untracked() || page.address.url().with_untracked(|url| query_param(&url.query, LANG_PARAM).is_some()) {
        page.switch_language(start);
    }
    let lang = page.lang;
    Effect::new(move |_| platform::dom::set_document_lang(lang.get().code()));
    // Every change is the person's choice, kept for the next visit; the language they start
    // in is not (`language::initial` keeps a link's choice itself).
    Effect::watch(move || lang.get(), |lang, _, _| platform::language::remember(*lang), false);
}

/// Provides a state that starts nothing and stores nothing: the page at `url` (its language
/// too), as drawn at build time, or mounted alone in a test.
pub fn provide_fixed(content: Content, url: Url) {
    let status = Status {
        storage_full: RwSignal::new(false),
        online: RwSignal::new(true),
        update_waiting: RwSignal::new(false),
        today: StoredValue::new(String::new()),
        in_app: None,
        in_app_dismissed: RwSignal::new(false),
    };
    let ticks = Ticks { answers: RwSignal::new(Answers::default()), recovery: RwSignal::new(None) };
    provide(content, ticks, None, status, Address::fixed(url));
}

/// The parts of the state, in one context. Views ask for the part they read (`use_page`,
/// `use_ticks`, …), never the whole; one context instead of one per part saves the wasm a
/// context lookup per part (bench/SIZE.md).
#[derive(Clone)]
struct Parts {
    content: Content,
    page: Page,
    ticks: Ticks,
    kiosk: Option<KioskSession>,
    status: Status,
    help_draft: RwSignal<HelpRequest>,
    /// The search index once built (`prepare_search`), `None` until then.
    search_index: RwSignal<Option<Arc<Index>>>,
    search_started: StoredValue<bool>,
}

fn provide(content: Content, ticks: Ticks, kiosk: Option<KioskSession>, status: Status, address: Address) -> Page {
    let page = Page::at(address, &content);
    let help_draft = RwSignal::new(HelpRequest::default());
    Effect::watch(move || page.route.track(), move |_, _, _| help_draft.set(HelpRequest::default()), false);
    let (search_index, search_started) = (RwSignal::new(None), StoredValue::new(false));
    provide_context(Parts { content, page, ticks, kiosk, status, help_draft, search_index, search_started });
    page
}

/// Starts building the search index, unless it is built or being built: a few entries per task
/// of the browser's event loop, so opening search never freezes a phone (the whole build is
/// about 100 ms in the browser here, four times that on a cheap phone). Called when search
/// comes into view or its box is touched; only in the browser.
pub fn prepare_search() {
    let Parts { content: Ok(catalogue), search_index, search_started, .. } = parts() else {
        return;
    };
    if search_started.get_value() {
        return;
    }
    search_started.set_value(true);
    leptos::task::spawn_local(async move {
        let mut builder = IndexBuilder::new(&catalogue);
        while builder.index_some(SEARCH_ENTRIES_PER_TASK) {
            platform::clock::next_task().await;
        }
        search_index.try_set(Some(Arc::new(builder.finish())));
    });
}

/// About 10 ms of indexing in the browser here (guides are the largest entries): about 50 ms,
/// the length of a long task, on a phone four times slower.
const SEARCH_ENTRIES_PER_TASK: usize = 3;

/// Locks the screen down for strangers and starts the idle clock: one tick a second for the
/// life of the kiosk; activity only resets a counter (`kiosk::IdleClock`).
fn start_kiosk(settings: KioskSettings) -> KioskSession {
    lockdown::lock_down();
    service_worker::keep_kiosk_files();
    let kiosk = KioskSession { countdown: RwSignal::new(None), held_link: RwSignal::new(None), take_home: RwSignal::new(false), settings };
    let (countdown, held_link) = (kiosk.countdown, kiosk.held_link);
    let clock = StoredValue::new(IdleClock::new(kiosk.settings.idle_seconds));
    platform::clock::every_second(move || match clock.try_update_value(|c| c.tick()) {
        Some(IdleState::Countdown(left)) => countdown.set(Some(left)),
        Some(IdleState::Reset) => lockdown::reset_for_next_visitor(),
        Some(IdleState::Active) | None => {
            if countdown.get_untracked().is_some() {
                countdown.set(None);
            }
        }
    });
    lockdown::watch_activity(move || {
        clock.update_value(IdleClock::activity);
        if countdown.get_untracked().is_some() {
            countdown.set(None);
        }
    });
    lockdown::hold_outside_links(move |href| held_link.set(Some(href)));
    kiosk
}

fn parts() -> Parts {
    expect_context()
}

pub fn use_content() -> Content {
    parts().content
}

pub fn use_page() -> Page {
    parts().page
}

pub fn use_ticks() -> Ticks {
    parts().ticks
}

/// `Some` on a shared kiosk screen, `None` on a personal device.
pub fn use_kiosk() -> Option<KioskSession> {
    parts().kiosk
}

pub fn on_kiosk() -> bool {
    use_kiosk().is_some()
}

pub fn use_status() -> Status {
    parts().status
}

/// The help message being written on `/darurat`: in memory only, never stored; kept across the
/// language switch and forgotten when the person leaves the page.
pub fn use_help_draft() -> RwSignal<HelpRequest> {
    parts().help_draft
}

/// The search index once built (`prepare_search`), `None` until then.
pub fn use_search_index() -> RwSignal<Option<Arc<Index>>> {
    parts().search_index
}

/// The language the view is drawn in. The whole app is drawn again when the language changes
/// (`pages::Pelita`), so every label is plain text in this language: labels that followed the
/// language themselves kept wasm memory growing with every page a kiosk showed (the soak
/// test, bench/SIZE.md).
pub fn view_lang() -> Lang {
    use_page().lang.get_untracked()
}
