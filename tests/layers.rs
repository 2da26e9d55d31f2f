//! The layer rule as the build sees it: the pure layers (`ctpat-core`) and the recipients'
//! verifier (`ctpat-verify`) must build without the browser stack. Their manifests could gain a
//! browser crate in one line; this test reads the resolved workspace from `cargo metadata` and
//! fails if either can reach one on a native build.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashMap};
use std::process::Command;

use serde_json::Value;

/// Crates that exist for the browser: only the web app (root package) may depend on them.
fn is_browser_crate(name: &str) -> bool {
    matches!(
        name,
        "leptos" | "web-sys" | "js-sys" | "wasm-bindgen" | "wasm-bindgen-futures"
    ) || name.starts_with("gloo")
        || name.starts_with("leptos_")
        || name.starts_with("reactive_")
}

fn cargo_metadata(extra: &[&str]) -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .args(extra)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON")
}

fn host_triple() -> String {
    let output = Command::new("rustc")
        .arg("-vV")
        .output()
        .expect("rustc -vV runs");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("host: ").map(str::to_owned))
        .expect("rustc names its host")
}

/// The names of every package reachable from `root` through normal (not dev or build)
/// dependencies in the resolved graph.
fn reachable(metadata: &Value, root: &str) -> BTreeSet<String> {
    let nodes: HashMap<&str, &Value> = metadata["resolve"]["nodes"]
        .as_array()
        .expect("a resolve graph")
        .iter()
        .map(|node| (node["id"].as_str().expect("a node id"), node))
        .collect();
    let names: HashMap<&str, &str> = metadata["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .map(|package| {
            (
                package["id"].as_str().expect("an id"),
                package["name"].as_str().expect("a name"),
            )
        })
        .collect();
    let start = names
        .iter()
        .find(|(_, name)| **name == root)
        .map(|(id, _)| *id)
        .expect("the package is in the workspace");
    let mut seen = BTreeSet::new();
    let mut queue = vec![start];
    while let Some(id) = queue.pop() {
        if !seen.insert(id) {
            continue;
        }
        for dep in nodes[id]["deps"].as_array().into_iter().flatten() {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|kind| kind["kind"].is_null());
            if normal {
                queue.push(dep["pkg"].as_str().expect("a package id"));
            }
        }
    }
    seen.into_iter().map(|id| names[id].to_owned()).collect()
}

#[test]
fn the_pure_layers_and_the_verifier_cannot_reach_a_browser_crate() {
    let metadata = cargo_metadata(&["--filter-platform", &host_triple()]);
    for package in ["ctpat-core", "ctpat-verify"] {
        let reached = reachable(&metadata, package);
        assert!(reached.contains("serde"), "{package} reaches {reached:?}");
        let browser: Vec<_> = reached
            .iter()
            .filter(|name| is_browser_crate(name))
            .collect();
        assert!(
            browser.is_empty(),
            "{package} must build without the browser stack, but reaches {browser:?}"
        );
    }
}

#[test]
fn no_manifest_but_the_web_apps_names_a_browser_crate() {
    let metadata = cargo_metadata(&["--no-deps"]);
    let mut checked = 0;
    for package in metadata["packages"].as_array().expect("packages") {
        let name = package["name"].as_str().expect("a name");
        if name == "ctpat-profile-editor" {
            continue;
        }
        checked += 1;
        for dependency in package["dependencies"].as_array().into_iter().flatten() {
            let dependency = dependency["name"].as_str().expect("a dependency name");
            assert!(
                !is_browser_crate(dependency),
                "{name} names the browser crate {dependency} in its manifest"
            );
        }
    }
    assert_eq!(checked, 2, "ctpat-core and ctpat-verify are both checked");
}

#[test]
fn the_web_app_is_what_the_check_would_catch() {
    // The check above is only worth something if it sees the browser stack where it is.
    let metadata = cargo_metadata(&["--filter-platform", &host_triple()]);
    let reached = reachable(&metadata, "ctpat-profile-editor");
    assert!(reached.contains("leptos") && reached.contains("web-sys"));
    assert!(reached.contains("ctpat-core"));
}

/// Whether a source file of the pure layers exists only for their tests: a test module
/// (`tests.rs`, `*_tests.rs`, a `tests/` folder) or a property or fuzz suite.
fn is_test_source(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    name == "tests.rs"
        || name.ends_with("_tests.rs")
        || name == "properties.rs"
        || name == "fuzz.rs"
        || path.components().any(|part| part.as_os_str() == "tests")
}

fn rust_sources(folder: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(folder)
        .expect("a source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
}

/// The domain and the cryptography say what is meant, never how it is worded: the message
/// catalogue (`i18n`) depends on them and maps their meanings to messages, never the other way
/// round. Only their tests may look a message up, to check the mapping is complete.
#[test]
fn the_domain_and_the_cryptography_name_no_message() {
    let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/core/src");
    let mut sources = Vec::new();
    for layer in ["domain", "crypto"] {
        rust_sources(&core.join(layer), &mut sources);
    }
    assert!(sources.len() > 50, "the pure layers' sources are found");
    let mut offending = Vec::new();
    for path in sources.iter().filter(|path| !is_test_source(path)) {
        let text = std::fs::read_to_string(path).expect("a readable source");
        // What follows the first test module is test code.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (number, line) in code.lines().enumerate() {
            let line = line.trim_start();
            if !line.starts_with("//") && (line.contains("i18n") || line.contains("MessageKey")) {
                offending.push(format!("{}:{}: {line}", path.display(), number + 1));
            }
        }
    }
    assert!(offending.is_empty(), "{}", offending.join("\n"));
}
