//! The browser's address as a signal. Links inside the app, the back and forward buttons and
//! the app's own moves (`Address::go`) change it without reloading the page; which page an
//! address shows is `crate::route`'s business.
//!
//! What the person typed (a search, a number: `route::PRIVATE_PARAMS`) is kept in memory only:
//! never in the address the browser shows and records, never in the history entry's state, so
//! neither the phone's history, Back after quick exit, nor the next visitor at a kiosk finds it.
//! A link that brings such words (`/cari?q=…`) still opens them; the app then takes them out of
//! the address at once.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::listener::on_window;
use crate::route::{is_own_path, with_param, Url};

/// The address as the browser shows it.
fn shown_url(window: &web_sys::Window) -> Url {
    let location = window.location();
    Url {
        path: location.pathname().unwrap_or_default(),
        query: location.search().unwrap_or_default(),
        hash: location.hash().unwrap_or_default(),
    }
}

/// How a move changes the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    /// A new page: Back returns to the one before, and the new one starts at the top.
    Push,
    /// The same page with a new address: history and scroll stay.
    Replace,
}

/// The address, followed from the moment `Address::follow` is called.
#[derive(Clone, Copy)]
pub struct Address {
    /// The page's address with what the person typed, which only this signal holds.
    url: RwSignal<Url>,
    /// On a shared kiosk every move replaces the history entry: Back has nowhere to go.
    replace_only: bool,
}

impl Address {
    /// Starts following the address bar: catches clicks on links to the app's own pages and
    /// the history's back and forward moves, and takes typed words out of the address it was
    /// opened with. Called once, by the app.
    pub fn follow(replace_only: bool) -> Address {
        let url = web_sys::window().map(|w| shown_url(&w)).unwrap_or_default();
        let address = Address { url: RwSignal::new(url.shown()), replace_only };
        address.go(&url.address(), Move::Replace);
        on_window("popstate", false, Box::new(move |_| address.refresh()));
        // Bubble phase, so kiosk mode's capture-phase handler can take a link first.
        on_window("click", false, Box::new(move |event| address.follow_link(event.unchecked_ref())));
        address
    }

    /// An address that stays at `url` unless the app moves it: a page drawn at build time or
    /// mounted alone in a test.
    pub fn fixed(url: Url) -> Address {
        Address { url: RwSignal::new(url), replace_only: false }
    }

    /// The current address, tracked.
    pub fn url(&self) -> ReadSignal<Url> {
        self.url.read_only()
    }

    /// Moves to `to` (a path of this site with its query and hash) without reloading. A push to
    /// the address already shown replaces it, so Back never has to be pressed twice for one
    /// page. Anything but a path of this site (`//host`, `https:`, `/\host`) is refused: the
    /// app never leaves for an address it was given.
    pub fn go(&self, to: &str, how: Move) {
        if !is_own_path(to) {
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        let kept = Url::parse(to);
        let shown = kept.shown().address();
        let here = self.url.with_untracked(|url| url.shown().address() == shown);
        let push = how == Move::Push && !here && !self.replace_only;
        let moved = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&shown))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&shown))
        };
        if moved.is_err() {
            return;
        }
        let to_part = !kept.hash.is_empty();
        self.url.set(kept);
        // A new page starts at its top; a part of it (`#pesan`) is brought into view by the
        // part itself.
        if how == Move::Push && !to_part {
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Keeps what the person is typing on this page as the query parameter `name` (one of
    /// `route::PRIVATE_PARAMS`; empty words take it out), in memory only: the address bar and
    /// the history do not change.
    pub fn keep_typed(&self, name: &str, typed: &str) {
        let typed = Some(typed.trim()).filter(|t| !t.is_empty());
        self.url.update(|url| url.query = with_param(&url.query, name, typed));
    }

    /// Forgets what the person typed on this page ("erase all").
    pub fn forget_typed(&self) {
        self.url.update(|url| *url = url.shown());
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state(&JsValue::NULL, "");
        }
    }

    fn refresh(&self) {
        let Some(window) = web_sys::window() else { return };
        let now = shown_url(&window);
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
