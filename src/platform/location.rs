//! The browser's address as a signal. Links inside the app, the back and forward buttons and
//! the app's own moves (`Address::go`) change it without reloading the page; which page an
//! address shows is `crate::route`'s business.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::listener::on_window;
use crate::route::Url;

/// Typing settles this long before the address bar follows it (`Address::replace_soon`).
const SETTLE: Duration = Duration::from_millis(400);

/// The address as the browser shows it, with what the page keeps in the history entry
/// instead (the typed text of `route::PRIVATE_PARAMS`, so it never reaches the browser's
/// history; see `Address::go`).
fn url_of(window: &web_sys::Window) -> Url {
    let location = window.location();
    let shown = Url {
        path: location.pathname().unwrap_or_default(),
        query: location.search().unwrap_or_default(),
        hash: location.hash().unwrap_or_default(),
    };
    let kept = window.history().ok().and_then(|h| h.state().ok()).and_then(|state| state.as_string()).map(|address| Url::parse(&address));
    match kept {
        Some(kept) if kept.path == shown.path => kept,
        _ => shown,
    }
}

/// How a move changes the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// A new page: Back returns to the one before, and the new one starts at the top.
    Push,
    /// The same page with a new address (typing a search): history and scroll stay.
    Replace,
}

/// The address, followed from the moment `Address::follow` is called.
#[derive(Clone, Copy)]
pub struct Address {
    url: RwSignal<Url>,
    /// An address waiting to replace the current one once typing settles, with the number of
    /// the keystroke that asked for it (only the latest one's timer moves the address).
    pending: StoredValue<(u64, Option<String>)>,
}

impl Address {
    /// Starts following the address bar: catches clicks on links to the app's own pages and
    /// the history's back and forward moves. Called once, by the app.
    pub fn follow() -> Address {
        let url = web_sys::window().map(|w| url_of(&w)).unwrap_or_default();
        let address = Address::fixed(url);
        on_window("popstate", false, Box::new(move |_| address.refresh()));
        // Bubble phase, so kiosk mode's capture-phase handler can take a link first.
        on_window("click", false, Box::new(move |event| address.follow_link(event.unchecked_ref())));
        address
    }

    /// An address that stays at `url` unless the app moves it: a page drawn at build time or
    /// mounted alone in a test.
    pub fn fixed(url: Url) -> Address {
        Address { url: RwSignal::new(url), pending: StoredValue::new((0, None)) }
    }

    /// The current address, tracked.
    pub fn url(&self) -> ReadSignal<Url> {
        self.url.read_only()
    }

    /// Moves to `to` (a path with its query and hash) without reloading. A push to the
    /// address already shown replaces it, so Back never has to be pressed twice for one page.
    ///
    /// What the person typed (a search, a number: `route::PRIVATE_PARAMS`) is kept in the
    /// history entry's state, not in the address the browser shows and records in its history:
    /// Back, Forward and a reload still find it, and someone reading the phone's history does
    /// not.
    pub fn go(&self, to: &str, how: Move) {
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        let here = self.url.with_untracked(|url| url.address() == to);
        let shown = Url::parse(to).shown().address();
        let kept = JsValue::from_str(to);
        let moved = match how {
            Move::Push if !here => history.push_state_with_url(&kept, "", Some(&shown)),
            _ => history.replace_state_with_url(&kept, "", Some(&shown)),
        };
        if moved.is_err() {
            // Not an address this page may take over (another origin): leave for it.
            let _ = window.location().assign(to);
            return;
        }
        self.refresh();
        if how == Move::Push {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Replaces the address with `to` once typing settles: a search or a number being typed
    /// is kept in the address without a history step per keystroke. Each keystroke's timer runs
    /// out rather than being cancelled (a cancelled timer's callback is never freed).
    pub fn replace_soon(&self, to: &str) {
        let Some(keystroke) = self.pending.try_update_value(|(n, pending)| {
            *n += 1;
            *pending = Some(to.to_string());
            *n
        }) else {
            return;
        };
        let address = *self;
        set_timeout(
            move || {
                if address.pending.try_with_value(|(n, _)| *n) == Some(keystroke) {
                    address.flush();
                }
            },
            SETTLE,
        );
    }

    /// Puts a waiting `replace_soon` address in place now.
    pub fn flush(&self) {
        if let Some(Some(to)) = self.pending.try_update_value(|(_, pending)| pending.take()) {
            self.go(&to, Move::Replace);
        }
    }

    fn refresh(&self) {
        let Some(window) = web_sys::window() else { return };
        let now = url_of(&window);
        if self.url.with_untracked(|url| *url != now) {
            self.url.set(now);
        }
    }

    /// Takes over a plain click on a link to one of the app's pages; anything the browser
    /// should do itself (a new tab, a download, another site, a jump within the page) it keeps.
    fn follow_link(&self, event: &web_sys::MouseEvent) {
        if event.default_prevented() || event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key() {
            return;
        }
        let Some(link) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        else {
            return;
        };
        let Some(location) = web_sys::window().map(|w| w.location()) else { return };
        let external = link.rel().split_ascii_whitespace().any(|rel| rel == "external");
        let elsewhere = !matches!(link.target().as_str(), "" | "_self") || link.has_attribute("download");
        if external || elsewhere || Ok(link.origin()) != location.origin() {
            return;
        }
        let (path, query, hash) = (link.pathname(), link.search(), link.hash());
        if !hash.is_empty() && Ok(&path) == location.pathname().as_ref() && Ok(&query) == location.search().as_ref() {
            return;
        }
        event.prevent_default();
        self.go(&format!("{path}{query}{hash}"), Move::Push);
    }
}
