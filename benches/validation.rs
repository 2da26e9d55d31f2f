//! Validation speed on the largest profile (being written).
fn main() {}
