//! The URL fragment of each screen (`#/accounts/acct-1f3a/criteria-4`), so that the browser's
//! Back and Forward move between screens, a reload stays where the user was, and a screen can
//! be bookmarked. A fragment, not a path: the server never sees it, so the app keeps working
//! from any folder of any static host, and offline, with no rewrite rules.
//!
//! Account ids are percent-encoded: they come from storage or an imported file, and a `/` or
//! `#` in one must not change which screen a fragment names.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use super::navigation::Screen;
use crate::domain::validation::Section;

/// Everything but letters, digits, `-` and `_` is encoded in an account id.
const ID_ENCODED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_');

impl Screen {
    /// The fragment that opens this screen, with its leading `#`.
    pub fn fragment(&self) -> String {
        let account = |id: &str, tail: &str| {
            let id = utf8_percent_encode(id, ID_ENCODED);
            if tail.is_empty() {
                format!("#/accounts/{id}")
            } else {
                format!("#/accounts/{id}/{tail}")
            }
        };
        match self {
            Screen::Tasks => "#/tasks".to_owned(),
            Screen::MainAccount => "#/main-account".to_owned(),
            Screen::NewAccount => "#/new-account".to_owned(),
            Screen::Transfer => "#/transfer".to_owned(),
            Screen::Settings => "#/settings".to_owned(),
            Screen::RecoveryKit => "#/recovery-kit".to_owned(),
            Screen::NotFound => "#/not-found".to_owned(),
            Screen::Account(id) => account(id, ""),
            Screen::SecurityProfile(id) => account(id, "profile"),
            Screen::CheckAnswers(id) => account(id, "check-answers"),
            Screen::EvidenceManifest(id) => account(id, "evidence"),
            Screen::PortalEntry(id) => account(id, "portal-entry"),
            Screen::AnnualReview(id) => account(id, "annual-review"),
            Screen::AccountSection(id, section) => account(id, &section_slug(*section)),
        }
    }

    /// The screen `fragment` names (with or without its leading `#`), if any; an empty fragment
    /// is the task list. `None` for anything else, which the app answers with "page not found".
    pub fn from_fragment(fragment: &str) -> Option<Screen> {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let path = path.strip_prefix('/').unwrap_or(path);
        let mut parts = path.split('/');
        let screen = match (parts.next()?, parts.next(), parts.next(), parts.next()) {
            ("" | "tasks", None, ..) => Screen::Tasks,
            ("main-account", None, ..) => Screen::MainAccount,
            ("new-account", None, ..) => Screen::NewAccount,
            ("transfer", None, ..) => Screen::Transfer,
            ("settings", None, ..) => Screen::Settings,
            ("recovery-kit", None, ..) => Screen::RecoveryKit,
            ("accounts", Some(id), tail, None) => {
                let id = percent_decode_str(id).decode_utf8().ok()?.into_owned();
                if id.is_empty() {
                    return None;
                }
                match tail {
                    None => Screen::Account(id),
                    Some("profile") => Screen::SecurityProfile(id),
                    Some("check-answers") => Screen::CheckAnswers(id),
                    Some("evidence") => Screen::EvidenceManifest(id),
                    Some("portal-entry") => Screen::PortalEntry(id),
                    Some("annual-review") => Screen::AnnualReview(id),
                    Some(slug) => Screen::AccountSection(id, section_of_slug(slug)?),
                }
            }
            _ => return None,
        };
        Some(screen)
    }

    /// The entity account the screen belongs to, if any: a fragment may name one that does
    /// not exist (deleted, or a bookmark from another workspace).
    pub fn account_id(&self) -> Option<&str> {
        match self {
            Screen::Account(id)
            | Screen::SecurityProfile(id)
            | Screen::CheckAnswers(id)
            | Screen::EvidenceManifest(id)
            | Screen::PortalEntry(id)
            | Screen::AnnualReview(id)
            | Screen::AccountSection(id, _) => Some(id),
            Screen::Tasks
            | Screen::MainAccount
            | Screen::NewAccount
            | Screen::Transfer
            | Screen::Settings
            | Screen::RecoveryKit
            | Screen::NotFound => None,
        }
    }
}

/// The last part of an account section's fragment. The main account's sections are all on one
/// screen; an account's own details stand for anything else.
fn section_slug(section: Section) -> String {
    if section == Section::AccountDetails || section.is_main_account() {
        "details".to_owned()
    } else {
        section.key()
    }
}

/// The account section a fragment's last part names.
fn section_of_slug(slug: &str) -> Option<Section> {
    match slug {
        "details" => Some(Section::AccountDetails),
        other => Section::from_key(other)
            .filter(|section| *section != Section::AccountDetails && !section.is_main_account()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue::Category;

    fn every_screen(id: &str) -> Vec<Screen> {
        let mut screens = vec![
            Screen::Tasks,
            Screen::MainAccount,
            Screen::NewAccount,
            Screen::Transfer,
            Screen::Settings,
            Screen::RecoveryKit,
            Screen::Account(id.to_owned()),
            Screen::SecurityProfile(id.to_owned()),
            Screen::CheckAnswers(id.to_owned()),
            Screen::EvidenceManifest(id.to_owned()),
            Screen::PortalEntry(id.to_owned()),
            Screen::AnnualReview(id.to_owned()),
        ];
        screens.extend(
            Section::ENTITY_ACCOUNT
                .into_iter()
                .chain(Category::ALL.map(Section::Criteria))
                .map(|section| Screen::AccountSection(id.to_owned(), section)),
        );
        screens
    }

    #[test]
    fn every_screen_comes_back_from_its_fragment() {
        for id in ["acct-1f3a", "importer", "a/b#c?d é"] {
            for screen in every_screen(id) {
                let fragment = screen.fragment();
                assert_eq!(
                    Screen::from_fragment(&fragment),
                    Some(screen.clone()),
                    "{fragment}"
                );
            }
        }
    }

    #[test]
    fn an_account_id_cannot_change_which_screen_a_fragment_names() {
        let fragment = Screen::Account("x/settings".into()).fragment();
        assert_eq!(fragment, "#/accounts/x%2Fsettings");
        let fragment = Screen::SecurityProfile("a/check-answers".into()).fragment();
        assert_eq!(
            Screen::from_fragment(&fragment),
            Some(Screen::SecurityProfile("a/check-answers".into()))
        );
    }

    #[test]
    fn fragments_read_as_a_user_would_type_them() {
        assert_eq!(Screen::from_fragment(""), Some(Screen::Tasks));
        assert_eq!(Screen::from_fragment("#"), Some(Screen::Tasks));
        assert_eq!(Screen::from_fragment("#/"), Some(Screen::Tasks));
        assert_eq!(
            Screen::from_fragment("#/accounts/acct-1/criteria-4"),
            Some(Screen::AccountSection(
                "acct-1".into(),
                Section::Criteria(Category::new(4).unwrap())
            ))
        );
    }

    #[test]
    fn fragments_of_no_screen_are_refused() {
        for fragment in [
            "#/nowhere",
            "#/settings/more",
            "#/accounts",
            "#/accounts/",
            "#/accounts/a/criteria-13",
            "#/accounts/a/criteria-04",
            "#/accounts/a/criteria-",
            "#/accounts/a/profile/extra",
            "#/accounts/%FF",
            "#/not-found",
        ] {
            assert_eq!(Screen::from_fragment(fragment), None, "{fragment}");
        }
    }
}
