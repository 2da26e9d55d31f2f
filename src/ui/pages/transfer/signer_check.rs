//! Confirming who signed a file before it replaces or adds anything.
//!
//! A valid signature proves only that the file is unchanged since some key signed it, and
//! anyone can make a key. A file signed by this workspace's own key needs nothing more; for
//! any other key the user either ticks that they compared its fingerprint with the one the
//! sender gave them, or enters that fingerprint, which must match. Until then the Replace,
//! Restore and Import buttons only show what is missing (GOV.UK pattern: an error summary
//! linked to a message at the field).

use leptos::prelude::*;

use crate::crypto::signing_key::Fingerprint;
use crate::i18n::{MessageKey, msg};
use crate::state::Locale;
use crate::ui::components::ErrorSummary;
use crate::ui::components::choice_field::ChoiceField;
use crate::ui::components::error_summary::SummaryEntry;
use crate::ui::components::field_feedback::Feedback;
use crate::ui::components::input_field::InputField;

/// The checkbox saying the fingerprint was compared.
const COMPARED_ID: &str = "import-signer-compared";
/// The field taking the fingerprint the sender gave.
const EXPECTED_ID: &str = "import-signer-expected";

/// What the user has said about a file's signer so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Confirmation {
    /// Ticked as compared, or the entered fingerprint is the signer's.
    Confirmed,
    /// Neither ticked nor entered.
    Missing,
    /// The entered fingerprint is another key's.
    Mismatch,
    /// The entered text is not a fingerprint.
    Malformed,
}

impl Confirmation {
    /// Reads the checkbox and the entered text. An entered fingerprint decides over the
    /// checkbox: one that differs from the signer's is the stronger statement.
    pub(super) fn of(compared: bool, entered: &str, signer: Fingerprint) -> Self {
        if entered.trim().is_empty() {
            return if compared {
                Self::Confirmed
            } else {
                Self::Missing
            };
        }
        match Fingerprint::parse(entered) {
            Ok(fingerprint) if fingerprint == signer => Self::Confirmed,
            Ok(_) => Self::Mismatch,
            Err(_) => Self::Malformed,
        }
    }

    /// The field the message belongs to and the message's key; `None` when confirmed.
    pub(super) fn problem(self) -> Option<(&'static str, MessageKey)> {
        match self {
            Self::Confirmed => None,
            Self::Missing => Some((
                COMPARED_ID,
                msg::transfer::IMPORT_SIGNER_CHECK_ERROR_MISSING,
            )),
            Self::Mismatch => Some((
                EXPECTED_ID,
                msg::transfer::IMPORT_SIGNER_CHECK_ERROR_MISMATCH,
            )),
            Self::Malformed => Some((
                EXPECTED_ID,
                msg::transfer::IMPORT_SIGNER_CHECK_ERROR_MALFORMED,
            )),
        }
    }
}

/// The state of the confirmation for the file being previewed; reset for each file chosen.
#[derive(Debug, Clone, Copy)]
pub(in crate::ui::pages) struct SignerCheck {
    compared: RwSignal<bool>,
    entered: RwSignal<String>,
    /// What was missing at the last refused action; messages show only after one (GOV.UK).
    shown: RwSignal<Option<Confirmation>>,
}

impl SignerCheck {
    /// An unconfirmed check.
    pub(in crate::ui::pages) fn new() -> Self {
        Self {
            compared: RwSignal::new(false),
            entered: RwSignal::new(String::new()),
            shown: RwSignal::new(None),
        }
    }

    /// Forgets everything said about the previous file.
    pub(in crate::ui::pages) fn reset(self) {
        self.compared.set(false);
        self.entered.set(String::new());
        self.shown.set(None);
    }

    fn current(self, signer: Fingerprint) -> Confirmation {
        Confirmation::of(
            self.compared.get_untracked(),
            &self.entered.get_untracked(),
            signer,
        )
    }

    /// Called by every action that changes the workspace: true when it may go ahead (the
    /// file is this workspace's own, or its signer is confirmed); otherwise shows what is
    /// missing and returns false.
    pub(in crate::ui::pages) fn allows(
        self,
        signer: Fingerprint,
        own: Option<Fingerprint>,
    ) -> bool {
        if own == Some(signer) {
            return true;
        }
        let state = self.current(signer);
        let confirmed = state == Confirmation::Confirmed;
        self.shown.set((!confirmed).then_some(state));
        confirmed
    }

    /// After an edit: once confirmed, the messages of the last attempt go away.
    fn clear_when_confirmed(self, signer: Fingerprint) {
        if self.current(signer) == Confirmation::Confirmed {
            self.shown.set(None);
        }
    }
}

/// The error summary of a refused import; empty until an action was refused.
#[component]
pub(in crate::ui::pages) fn SignerCheckSummary(check: SignerCheck) -> impl IntoView {
    let locale = Locale::expect();
    let entries = Signal::derive(move || {
        check
            .shown
            .get()
            .and_then(Confirmation::problem)
            .map(|(field_id, key)| SummaryEntry {
                field_id: field_id.to_owned(),
                message: locale.t(key).to_owned(),
            })
            .into_iter()
            .collect::<Vec<_>>()
    });
    view! { <ErrorSummary entries=entries /> }
}

/// Both fingerprints side by side and the two ways to confirm the signer.
#[component]
pub(in crate::ui::pages) fn SignerConfirmation(
    /// The key that signed the file.
    signer: Fingerprint,
    /// This workspace's key, shown beside it.
    own: Option<Fingerprint>,
    /// Where the answers go.
    check: SignerCheck,
) -> impl IntoView {
    let locale = Locale::expect();
    let feedback_at = move |field: &'static str| {
        Signal::derive(move || {
            check
                .shown
                .get()
                .and_then(Confirmation::problem)
                .filter(|(field_id, _)| *field_id == field)
                .map(|(_, key)| Feedback::error(locale.t(key)))
        })
    };
    let on_compared = Callback::new(move |ticked: bool| {
        check.compared.set(ticked);
        check.clear_when_confirmed(signer);
    });
    let on_entered = Callback::new(move |text: String| {
        check.entered.set(text);
        check.clear_when_confirmed(signer);
    });
    let entered_matches = move || {
        check.entered.with(|text| {
            !text.trim().is_empty()
                && Confirmation::of(false, text, signer) == Confirmation::Confirmed
        })
    };
    view! {
        <p class="app-body">
            {move || locale.t(msg::transfer::EXPORT_FINGERPRINT)} " "
            <span class="app-fingerprint" id="preview-workspace-key">
                {own.map(|own| own.for_people()).unwrap_or_default()}
            </span>
        </p>
        <fieldset class="app-fieldset" id="import-signer-check" aria-describedby="import-signer-check-hint">
            <legend class="app-fieldset__legend app-fieldset__legend--s">
                {move || locale.t(msg::transfer::IMPORT_SIGNER_CHECK_LEGEND)}
            </legend>
            <div class="app-hint" id="import-signer-check-hint">
                {move || locale.t(msg::transfer::IMPORT_SIGNER_CHECK_HINT)}
            </div>
            <ChoiceField
                id=COMPARED_ID
                label={msg::transfer::IMPORT_SIGNER_CHECK_COMPARED}
                checked=check.compared
                on_change=on_compared
                feedback=feedback_at(COMPARED_ID)
            />
            <InputField
                id=EXPECTED_ID
                label={msg::transfer::IMPORT_SIGNER_CHECK_EXPECTED}
                hint={msg::transfer::IMPORT_SIGNER_CHECK_EXPECTED_HINT}
                value=check.entered
                on_input=on_entered
                feedback=feedback_at(EXPECTED_ID)
            />
            <p class="app-body" id="import-signer-expected-status" role="status">
                {move || entered_matches().then(|| locale.t(msg::transfer::IMPORT_SIGNER_CHECK_MATCHES))}
            </p>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::signing_key::SigningKey;

    fn fingerprint(secret: &str) -> Fingerprint {
        SigningKey::from_secret_base64url(secret)
            .map(|key| key.fingerprint())
            .unwrap_or_else(|error| panic!("{error}"))
    }

    fn signer() -> Fingerprint {
        fingerprint("jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI")
    }

    fn someone_else() -> Fingerprint {
        fingerprint("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE")
    }

    #[test]
    fn nothing_said_is_not_a_confirmation() {
        assert_eq!(
            Confirmation::of(false, "  ", signer()),
            Confirmation::Missing
        );
    }

    #[test]
    fn a_ticked_box_or_the_signers_fingerprint_confirms() {
        assert_eq!(
            Confirmation::of(true, "", signer()),
            Confirmation::Confirmed
        );
        let shown = signer().for_people();
        assert_eq!(
            Confirmation::of(false, &format!(" {shown} "), signer()),
            Confirmation::Confirmed
        );
    }

    #[test]
    fn another_keys_fingerprint_is_a_mismatch_even_when_ticked() {
        let other = someone_else().for_people();
        assert_eq!(
            Confirmation::of(true, &other, signer()),
            Confirmation::Mismatch
        );
        assert_eq!(
            Confirmation::of(true, "ABCD 1234", signer()),
            Confirmation::Malformed
        );
    }

    #[test]
    fn each_problem_points_at_its_field() {
        assert_eq!(Confirmation::Confirmed.problem(), None);
        assert_eq!(
            Confirmation::Missing.problem().map(|p| p.0),
            Some(COMPARED_ID)
        );
        assert_eq!(
            Confirmation::Mismatch.problem().map(|p| p.0),
            Some(EXPECTED_ID)
        );
        assert_eq!(
            Confirmation::Malformed.problem().map(|p| p.0),
            Some(EXPECTED_ID)
        );
    }
}
