//! The findings of the open workspace, as the session keeps them from the domain's validation
//! engine (in full when a workspace opens or changes shape, one scope at a time when a field
//! changes). The UI reads them; it never decides them.

use leptos::prelude::*;

use crate::domain::validation::Findings;
use crate::state::Session;

/// The workspace's findings (empty while locked), shared through context.
#[derive(Clone, Copy)]
pub struct WorkspaceFindings {
    findings: RwSignal<Findings>,
}

impl WorkspaceFindings {
    /// Provides the session's findings below.
    pub fn provide(session: Session) -> WorkspaceFindings {
        let provided = WorkspaceFindings {
            findings: session.findings(),
        };
        provide_context(provided);
        provided
    }

    /// The findings of the session provided above (whether or not [`WorkspaceFindings::provide`]
    /// was called: they are the session's).
    pub fn expect() -> WorkspaceFindings {
        use_context::<WorkspaceFindings>().unwrap_or_else(|| WorkspaceFindings {
            findings: Session::expect().findings(),
        })
    }

    /// Reads the findings without subscribing to them.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Findings) -> R) -> R {
        self.findings.with_untracked(read)
    }

    /// Reads the findings (tracked).
    pub fn with<R>(&self, read: impl FnOnce(&Findings) -> R) -> R {
        self.findings.with(read)
    }

    /// The findings signal, for memos over one scope (so a keystroke re-renders only the
    /// messages it changed).
    pub fn signal(&self) -> ReadSignal<Findings> {
        self.findings.read_only()
    }
}
