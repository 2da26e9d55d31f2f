//! Reading a JSON object into a model type while refusing members the type does not know.
//!
//! The model types accept unknown members (serde's default) so that stored drafts survive a
//! field being dropped; an imported signed file must instead say what it does not understand,
//! so it is read, written back, and any member of the input missing from the output is named.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Why a JSON value does not fit the expected type exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Mismatch {
    /// Wrong shape or type; serde's explanation.
    Shape(String),
    /// A member the type does not have, by JSON Pointer.
    UnknownMember(String),
}

/// Reads `value` as `T`, refusing any member `T` would not write back.
pub(super) fn from_value_exactly<T: DeserializeOwned + Serialize>(
    value: &Value,
    base: &str,
) -> Result<T, Mismatch> {
    let parsed: T = crate::domain::json_reader::read_value(value)
        .map_err(|error| Mismatch::Shape(error.to_string()))?;
    let written =
        serde_json::to_value(&parsed).map_err(|error| Mismatch::Shape(error.to_string()))?;
    match first_unknown_member(value, &written, base) {
        Some(path) => Err(Mismatch::UnknownMember(path)),
        None => Ok(parsed),
    }
}

/// The JSON Pointer of the first member present in `input` but absent from `known`.
fn first_unknown_member(input: &Value, known: &Value, path: &str) -> Option<String> {
    match (input, known) {
        (Value::Object(input), Value::Object(known)) => input.iter().find_map(|(name, value)| {
            let here = format!("{path}/{}", name.replace('~', "~0").replace('/', "~1"));
            match known.get(name) {
                None => Some(here),
                Some(known) => first_unknown_member(value, known, &here),
            }
        }),
        (Value::Array(input), Value::Array(known)) => {
            input
                .iter()
                .zip(known)
                .enumerate()
                .find_map(|(index, (input, known))| {
                    first_unknown_member(input, known, &format!("{path}/{index}"))
                })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::TradeOrganization;

    #[test]
    fn a_member_the_model_does_not_know_is_named_by_its_path() {
        let value = serde_json::json!({ "legalName": "Acme", "taxHaven": "yes" });
        let result = from_value_exactly::<TradeOrganization>(&value, "/organization");
        assert_eq!(
            result,
            Err(Mismatch::UnknownMember("/organization/taxHaven".into()))
        );
    }

    #[test]
    fn members_left_out_take_their_defaults() {
        let value = serde_json::json!({ "legalName": "Acme" });
        let organization = from_value_exactly::<TradeOrganization>(&value, "").unwrap();
        assert_eq!(organization.legal_name, "Acme");
        assert_eq!(organization.dba, "");
    }
}
