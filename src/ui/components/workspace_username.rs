//! The name a password manager files the passphrase under. A workspace has no user name, but
//! password managers look for one in a form with a password: without it they save the
//! passphrase nameless, or under whatever text field comes first. Every passphrase form
//! carries this one hidden, unchanging name, so the saved passphrase is offered again on unlock
//! and updated when it changes.

use leptos::prelude::*;

/// The same in every language, so a passphrase saved in one is found in another.
pub const WORKSPACE_USERNAME: &str = "C-TPAT workspace";

/// A hidden `autocomplete="username"` field naming the workspace; put it first in the form.
#[component]
pub fn WorkspaceUsername() -> impl IntoView {
    view! {
        <input
            type="text"
            name="username"
            autocomplete="username"
            value=WORKSPACE_USERNAME
            readonly=true
            hidden=true
            tabindex="-1"
        />
    }
}
