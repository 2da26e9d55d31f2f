//! The mark the example carries on every screen while it is open, with the way out. It sits in
//! the shell above every screen, so no screen can forget it.

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::{Locale, Navigation, Screen, Session};
use crate::ui::components::show::Show;

/// "Example: nothing here is saved", with "Leave the example"; shown only in the example.
#[component]
pub fn ExampleBanner() -> impl IntoView {
    let locale = Locale::expect();
    let session = Session::expect();
    let navigation = Navigation::expect();
    let leave = move |_| {
        session.leave_example();
        navigation.go(Screen::Tasks);
    };
    view! {
        <Show when=move || session.is_example()>
            <section class="app-example-banner" id="example-banner" aria-labelledby="example-banner-title">
                <h2 class="app-example-banner__title" id="example-banner-title">
                    <strong class="app-tag app-example-banner__tag">{move || locale.t(msg::example_mode::BANNER_TAG)}</strong>
                    " "
                    {move || locale.t(msg::example_mode::BANNER_TITLE)}
                </h2>
                <p class="app-body">{move || locale.t(msg::example_mode::BANNER_BODY)}</p>
                <button class="app-button app-button--secondary" type="button" id="leave-example" on:click=leave>
                    {move || locale.t(msg::example_mode::LEAVE)}
                </button>
            </section>
        </Show>
    }
}
