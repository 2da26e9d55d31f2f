//! The success banner (GOV.UK notification banner, success variant) that tells the user an
//! action on the previous screen worked: "Northwind (copy) created", "Northwind was deleted".
//!
//! The screen that acted hands the notice to the next one through `Navigation::go_with_notice`;
//! names are shown as text, never as markup.

use leptos::html;
use leptos::prelude::*;

use crate::i18n::{MessageKey, msg};
use crate::state::{Locale, Notice};
use crate::ui::components::show::Show;

/// The banner; it takes focus when it appears, so keyboard and screen-reader users hear what
/// happened and continue from there.
#[component]
pub fn SuccessBanner(
    /// What to say; nothing is shown while `None`.
    #[prop(into)]
    notice: Signal<Option<Notice>>,
) -> impl IntoView {
    let locale = Locale::expect();
    let banner = NodeRef::<html::Div>::new();
    Effect::new(move || {
        if let Some(banner) = banner.get() {
            // After the navigation's own focus move to the top of the main area.
            request_animation_frame(move || {
                let _ = banner.focus();
            });
        }
    });
    let text = move |key: fn(&Notice) -> Option<MessageKey>| {
        notice.with(|notice| {
            let notice = notice.as_ref()?;
            let args = [
                ("name", notice.name.as_str()),
                ("source", notice.source.as_str()),
            ];
            key(notice).map(|key| locale.format(key, &args))
        })
    };
    view! {
        <Show when=move || notice.with(Option::is_some)>
            <div class="app-notification-banner app-notification-banner--success" role="alert"
                aria-labelledby="success-banner-title" tabindex="-1" id="success-banner" node_ref=banner>
                <div class="app-notification-banner__header">
                    <h2 class="app-notification-banner__title" id="success-banner-title">
                        {move || locale.t(msg::account::SUCCESS)}
                    </h2>
                </div>
                <div class="app-notification-banner__content">
                    <p class="app-notification-banner__heading">{move || text(|n| Some(n.title))}</p>
                    {move || text(|n| n.body).map(|body| view! { <p class="app-body">{body}</p> })}
                </div>
            </div>
        </Show>
    }
}
