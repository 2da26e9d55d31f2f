//! `<Show>`: the children while a condition holds, else the fallback — Leptos' own, compiled
//! once instead of once per use.
//!
//! Leptos' `Show` is generic over its condition and its children, so each of the app's many
//! uses compiled its own copy of the memo, the children wrapper and the switch between the two
//! views. Here the condition and both views are type-erased before the work is done, so every
//! use shares one copy and adds only its own closures; the behaviour is the same (the condition
//! is memoized, so the children are rebuilt only when it turns true again).

use std::sync::Arc;

use leptos::prelude::*;

/// Shows `children` while `when` returns true, and `fallback` (nothing by default) otherwise.
#[component]
pub fn Show(
    /// Built each time the condition turns true.
    children: ChildrenFn,
    /// Whether the children show; read reactively.
    when: impl Fn() -> bool + Send + Sync + 'static,
    /// What shows while the condition is false.
    #[prop(optional, into)]
    fallback: ViewFn,
) -> impl IntoView {
    shown_while(Arc::new(when), children, fallback)
}

fn shown_while(
    when: Arc<dyn Fn() -> bool + Send + Sync>,
    children: ChildrenFn,
    fallback: ViewFn,
) -> AnyView {
    // Reference-counted, as in Leptos' own: it lives exactly as long as the view that reads it.
    let holds = ArcMemo::new(move |_| when());
    (move || {
        if holds.get() {
            children()
        } else {
            fallback.run()
        }
    })
    .into_any()
}
