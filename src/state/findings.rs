//! The findings of the open workspace, recomputed from the domain's validation engine when the
//! workspace changes. The UI reads them; it never decides them.

use leptos::prelude::*;

use crate::domain::model::date::{Date, parse_iso_date};
use crate::domain::validation::{Findings, validate};
use crate::state::Session;

/// The workspace's findings (empty while locked), shared through context.
#[derive(Clone, Copy)]
pub struct WorkspaceFindings {
    findings: Memo<Findings>,
}

impl WorkspaceFindings {
    /// Derives the findings from the session and provides them below.
    pub fn provide(session: Session) -> WorkspaceFindings {
        let contents = session.contents();
        let findings = Memo::new(move |_| {
            contents.with(|contents| {
                contents
                    .as_ref()
                    .map(|contents| validate(&contents.workspace, today()))
                    .unwrap_or_default()
            })
        });
        let provided = WorkspaceFindings { findings };
        provide_context(provided);
        provided
    }

    /// The findings provided by [`WorkspaceFindings::provide`].
    pub fn expect() -> WorkspaceFindings {
        expect_context::<WorkspaceFindings>()
    }

    /// Reads the findings without subscribing to them.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Findings) -> R) -> R {
        self.findings.with_untracked(read)
    }

    /// Reads the findings (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&Findings) -> R) -> R {
        self.findings.with(read)
    }
}

/// Today's date in the user's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let iso = format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    );
    parse_iso_date(&iso).unwrap_or(Date::MIN)
}
