//! `<For>`: one view per item of a list, kept by key across changes — Leptos' own, compiled
//! once instead of once per use.
//!
//! Leptos' `For` is generic over the items, their keys and their views, so each use compiled
//! its own copy of the keyed list that adds, moves and drops rows. Here each use only turns its
//! items into keys and view builders of one type each, and every use shares a single keyed
//! list; a row's view is built once, when its key first appears, exactly as before.

use std::any::Any;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use leptos::prelude::*;

/// Shows `children(item)` for each item of `each`, keeping the view of every `key` that stays.
#[component]
pub fn For<IF, I, T, EF, N, KF, K>(
    /// The items, read reactively.
    each: IF,
    /// Identifies an item across changes of the list.
    key: KF,
    /// The view of one item, built when its key first appears.
    children: EF,
) -> impl IntoView
where
    IF: Fn() -> I + Send + Sync + 'static,
    I: IntoIterator<Item = T>,
    T: Send + 'static,
    EF: Fn(T) -> N + Send + Sync + 'static,
    N: IntoView + 'static,
    KF: Fn(&T) -> K + Send + Sync + 'static,
    K: Eq + Hash + Send + Sync + 'static,
{
    let children = Arc::new(children);
    let items = move || {
        each()
            .into_iter()
            .map(|item| {
                let item_key = ItemKey(Arc::new(key(&item)));
                let children = Arc::clone(&children);
                let build: Box<dyn FnOnce() -> AnyView + Send> =
                    Box::new(move || children(item).into_any());
                Row {
                    key: item_key,
                    build,
                }
            })
            .collect::<Vec<_>>()
    };
    keyed_rows(Arc::new(items))
}

/// One item, with its key and what builds its view.
struct Row {
    key: ItemKey,
    build: Box<dyn FnOnce() -> AnyView + Send>,
}

fn keyed_rows(items: Arc<dyn Fn() -> Vec<Row> + Send + Sync>) -> AnyView {
    view! {
        <leptos::prelude::For
            each=move || items()
            key=|row: &Row| row.key.clone()
            children=|row: Row| (row.build)()
        />
    }
    .into_any()
}

/// A key of any type, compared and hashed as that type.
#[derive(Clone)]
struct ItemKey(Arc<dyn AnyKey>);

trait AnyKey: Send + Sync {
    fn as_any(&self) -> &dyn Any;
    fn equals(&self, other: &dyn AnyKey) -> bool;
    fn hash_into(&self, state: &mut dyn Hasher);
}

impl<K: Eq + Hash + Send + Sync + 'static> AnyKey for K {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn equals(&self, other: &dyn AnyKey) -> bool {
        other.as_any().downcast_ref::<K>() == Some(self)
    }

    fn hash_into(&self, mut state: &mut dyn Hasher) {
        self.hash(&mut state);
    }
}

impl PartialEq for ItemKey {
    fn eq(&self, other: &Self) -> bool {
        self.0.equals(other.0.as_ref())
    }
}

impl Eq for ItemKey {}

impl Hash for ItemKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash_into(state);
    }
}
