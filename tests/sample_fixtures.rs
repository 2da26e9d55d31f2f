//! The end-to-end tests use a complete workspace (every rule satisfied) written out as JSON; this
//! keeps that file equal to the domain's own `complete_workspace()`, so a model change cannot
//! leave the journeys testing a stale shape. `UPDATE_FIXTURES=1 cargo test --test
//! sample_fixtures` rewrites it.
#![cfg(not(target_arch = "wasm32"))]

use ctpat_editor::domain::model::Workspace;
use ctpat_editor::domain::model::sample::complete_workspace;

const FIXTURE: &str = "tests/e2e/fixtures/complete-workspace.json";

#[test]
fn the_end_to_end_complete_workspace_is_the_domains_complete_workspace() {
    let expected = complete_workspace();
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        let json = serde_json::to_string_pretty(&expected).expect("a workspace serializes");
        std::fs::write(FIXTURE, json + "\n").expect("fixture written");
    }
    let text = std::fs::read_to_string(FIXTURE).expect("fixture readable");
    let stored: Workspace = serde_json::from_str(&text).expect("fixture is a workspace");
    assert_eq!(
        stored, expected,
        "run UPDATE_FIXTURES=1 cargo test --test sample_fixtures"
    );
}
