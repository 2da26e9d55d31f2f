//! Properties over arbitrary workspaces: the validator never panics, and incremental validation
//! of any path it reports agrees with a full pass.

use proptest::prelude::*;

use super::today;
use crate::domain::model::Workspace;
use crate::domain::validation::validate;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_validator_never_panics_on_any_workspace(workspace in any::<Workspace>()) {
        let findings = validate(&workspace, today());
        for finding in findings.iter() {
            prop_assert!(finding.path.to_string().len() > 1);
        }
    }

    #[test]
    fn revalidating_any_reported_path_changes_nothing(workspace in any::<Workspace>()) {
        let full = validate(&workspace, today());
        for finding in full.iter().take(20) {
            let mut again = full.clone();
            again.revalidate(&workspace, &finding.path, today());
            prop_assert_eq!(&again, &full);
        }
    }
}
