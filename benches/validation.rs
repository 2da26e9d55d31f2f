//! Validation speed on the largest profile (docs/budgets.md §1: every criterion answered,
//! 500 business partners, 50 facilities, 200 training records): a full pass, and the
//! incremental re-check that follows one keystroke in a partner, a facility, an answer and a
//! contact.
//!
//! Run with `cargo bench --bench validation`. Native only: criterion does not run in a
//! browser (the browser figures come from `scripts/bench`), so on wasm32 this is an empty program
//! that lets `cargo clippy --all-targets --target wasm32-unknown-unknown` pass.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{Criterion, criterion_group};

    use ctpat_editor::domain::model::sample::{largest_workspace, sample_today};
    use ctpat_editor::domain::validation::validate;
    use ctpat_editor::domain::{Owner, Register};

    fn validation(c: &mut Criterion) {
        let workspace = largest_workspace();
        let today = sample_today();
        let findings = validate(&workspace, today);

        c.bench_function("full validation, largest profile", |b| {
            b.iter(|| validate(black_box(&workspace), today))
        });

        let first_answer = workspace
            .account("importer")
            .and_then(|account| account.profile.answers.keys().next().cloned())
            .unwrap_or_default();
        let account = || "importer".to_owned();
        let edits = [
            (
                "partner",
                Owner::Row {
                    account: account(),
                    register: Register::Partners,
                    row: "partner-250".into(),
                }
                .field("ctpatNumber"),
            ),
            (
                "facility",
                Owner::Row {
                    account: account(),
                    register: Register::Facilities,
                    row: "facility-25".into(),
                }
                .field("video/retentionDays"),
            ),
            (
                "answer",
                Owner::Answer {
                    account: account(),
                    criterion: first_answer,
                }
                .field("narrative"),
            ),
            ("contact", Owner::Contact("c-manager".into()).field("email")),
        ];
        for (what, path) in edits {
            c.bench_function(&format!("one {what} field, largest profile"), |b| {
                b.iter_batched_ref(
                    || findings.clone(),
                    |findings| findings.revalidate(black_box(&workspace), black_box(&path), today),
                    criterion::BatchSize::SmallInput,
                )
            });
        }
    }

    criterion_group!(benches, validation);
}
