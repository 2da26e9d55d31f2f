//! Reads a parsed JSON value into a model type by way of its text.
//!
//! serde compiles one reader per pair of type and input, so reading a type both from text and
//! from a `serde_json::Value` ships its whole reader twice in the browser app. Storage and import
//! must look at some documents as a `Value` first (migration steps, the exact-members check of
//! an imported file) and read others straight from text; going through the text here keeps
//! one reader per type. The cost, writing the value out and parsing it again, does not show in
//! the measured unlock and autosave of the largest workspace.

use serde::de::DeserializeOwned;
use serde_json::Value;

/// Reads `value` as `T`, with the same result `serde_json::from_value` would give.
pub fn read_value<T: DeserializeOwned>(value: &Value) -> serde_json::Result<T> {
    serde_json::from_str(&value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Workspace;
    use crate::domain::model::sample::complete_workspace;

    #[test]
    fn a_workspace_read_through_its_value_is_the_workspace_written() {
        let workspace = complete_workspace();
        let value = serde_json::to_value(&workspace).expect("a workspace serializes");
        let read: Workspace = read_value(&value).expect("and reads back");
        assert_eq!(read, workspace);
    }

    #[test]
    fn a_value_of_the_wrong_shape_is_refused_with_serdes_reason() {
        let error = read_value::<Workspace>(&serde_json::json!({"accounts": 3})).unwrap_err();
        assert!(error.to_string().contains("invalid type"), "{error}");
    }
}
