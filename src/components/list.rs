//! Lists of views, all of one type.

use leptos::prelude::*;

/// Collects views into a `Vec<AnyView>`. Every list in the app is then that one type, so the
/// code that renders and updates a list is compiled once instead of once per kind of item
/// (bench/SIZE.md, fourth round).
pub trait CollectAny: Iterator<Item: IntoAny> + Sized {
    fn collect_any(self) -> Vec<AnyView> {
        self.map(IntoAny::into_any).collect()
    }
}

impl<I: Iterator<Item: IntoAny>> CollectAny for I {}
