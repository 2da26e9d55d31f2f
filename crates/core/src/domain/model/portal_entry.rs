//! Which answers the user has typed into CBP's Portal: the Portal has no file import, so each
//! prepared answer is entered there by hand, and the ticks "entered in the Portal" let the user
//! stop and pick up where they left off.
//!
//! The ticks are kept in the workspace (encrypted with it, and in its backup), but never in a
//! submission file: they say what this user has done in the Portal, not anything about the
//! company's security, so a recipient of the profile has no use for them.

use serde::{Deserialize, Serialize};

/// A place in the Portal's Security Profile that the user ticks once they have entered it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(
    all(test, not(target_arch = "wasm32")),
    derive(proptest_derive::Arbitrary)
)]
#[serde(rename_all = "camelCase")]
pub enum PortalQuestionRef {
    /// A question by the number the Portal gives it (`{"question": 58}`).
    Question(u16),
    /// A criterion whose Portal question number the catalogue does not know, by criterion ID
    /// (`{"criterion": "6.3"}`), so it can still be ticked.
    Criterion(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::sample::complete_workspace;
    use crate::domain::submission::{read_backup, submission_profile, workspace_backup};

    const NOW: &str = "2026-12-03T18:00:00Z";

    fn ticked_workspace() -> crate::domain::model::Workspace {
        let mut workspace = complete_workspace();
        let account = workspace.accounts[0].id.clone();
        workspace.set_entered_in_portal(&account, PortalQuestionRef::Question(58), true);
        workspace.set_entered_in_portal(&account, PortalQuestionRef::Criterion("6.3".into()), true);
        workspace
    }

    #[test]
    fn a_submission_never_carries_the_portal_ticks() {
        let workspace = ticked_workspace();
        let account = workspace.accounts[0].id.clone();
        let profile = submission_profile(&workspace, &account, NOW, "test", "id").unwrap();
        let text = serde_json::to_string(&profile).unwrap();
        assert!(!text.contains("portalEntered"), "{text}");
        assert!(!text.contains(r#""question":58"#));
        assert_eq!(
            profile,
            submission_profile(&complete_workspace(), &account, NOW, "test", "id").unwrap(),
            "ticking questions changes nothing a recipient receives"
        );
    }

    #[test]
    fn a_backup_keeps_the_portal_ticks_and_restores_them() {
        let workspace = ticked_workspace();
        let backup = workspace_backup(&workspace, NOW).unwrap();
        let restored = read_backup(&backup).unwrap();
        assert_eq!(restored.workspace.portal_entered, workspace.portal_entered);
        assert_eq!(restored.workspace, workspace);
    }
}
