//! Onboarding step 3, and later the "main account" task: the trade organization's own
//! information (company, addresses, contacts, program memberships), checked by the validation
//! engine as the user types; "Continue" goes on only when nothing blocks, and otherwise shows
//! the error summary linking each problem to its field.

mod addresses;
mod company;
mod contacts;
mod list_item;
mod programs;

use leptos::prelude::*;

use crate::i18n::msg;
use crate::state::item_id::new_item_id;
use crate::ui::binding::Form;
use crate::ui::field_id::field_id;

use crate::domain::model::AddressKind;
use crate::domain::validation::{Finding, MINIMUM_CONTACTS, main_account_scopes};
use crate::state::{Locale, Session};
use crate::ui::components::error_summary::{ErrorSummary, SummaryEntry};
use crate::ui::components::field_feedback::finding_text;
use addresses::AddressesSection;
use company::CompanySection;
use contacts::ContactsSection;
use programs::ProgramsSection;

/// The main-account form. `on_done` runs when "Continue" finds nothing blocking.
#[component]
pub fn MainAccountPage(
    /// Called when the user continues with no blocking finding left.
    #[prop(into)]
    on_done: Callback<()>,
) -> impl IntoView {
    let locale = Locale::expect();
    start_with_the_minimum(Session::expect());
    let form = Form::new();
    // The summary keeps findings, not text, so it follows a language switch.
    let summary_findings = RwSignal::new(Vec::<Finding>::new());
    let summary = Memo::new(move |_| {
        summary_findings.with(|found| {
            found
                .iter()
                .map(|finding| SummaryEntry {
                    field_id: field_id(&finding.path),
                    message: finding_text(locale, finding),
                })
                .collect::<Vec<_>>()
        })
    });

    let continue_ = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let scopes = form.read_now(main_account_scopes).unwrap_or_default();
        let errors = form.errors_in(&scopes);
        if errors.is_empty() {
            summary_findings.set(Vec::new());
            on_done.run(());
        } else {
            form.submitted.set(true);
            summary_findings.set(errors);
        }
    };

    view! {
        <div class="app-main-account">
            <ErrorSummary entries=summary />
            <h1 class="app-heading-xl">{move || locale.t(msg::main_account::TITLE)}</h1>
            <p class="app-body-lead">{move || locale.t(msg::main_account::LEAD)}</p>
            <form class="app-form" novalidate=true on:submit=continue_>
                <CompanySection form=form />
                <AddressesSection form=form />
                <ContactsSection form=form />
                <ProgramsSection form=form />
                <button type="submit" class="app-button">{move || locale.t(msg::form::CONTINUE)}</button>
            </form>
        </div>
    }
}

/// A first visit starts with a headquarters address and the two contacts the Portal asks
/// for, so the user fills in blanks rather than hunting for "add" buttons.
fn start_with_the_minimum(session: Session) {
    let missing = session
        .contents()
        .with_untracked(|contents| {
            contents.as_ref().map(|c| {
                (
                    c.workspace.addresses.is_empty(),
                    MINIMUM_CONTACTS.saturating_sub(c.workspace.contacts.len()),
                )
            })
        })
        .unwrap_or((false, 0));
    if missing.0 || missing.1 > 0 {
        session.edit(|contents| {
            if missing.0 {
                contents
                    .workspace
                    .add_address(new_item_id("addr"), AddressKind::Headquarters);
            }
            for _ in 0..missing.1 {
                contents.workspace.add_contact(new_item_id("ct"));
            }
        });
    }
}
