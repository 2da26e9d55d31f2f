//! Strict reading and canonical writing of JSON for signed files.
//!
//! Reading: a member name appearing twice in one object is refused. Parsers disagree on which
//! copy wins, so a file with duplicates could show one thing to a recipient's tool and another
//! to ours while both report the same valid signature. serde_json silently keeps the last one,
//! hence the small visitor here.
//!
//! Writing: RFC 8785 (JCS) through `serde_json_canonicalizer`. JCS writes numbers as
//! ECMAScript doubles, so profile numbers are restricted to integers of at most 2^53 - 1 in
//! magnitude (docs/file-formats.md §1.2), where every JSON tool agrees on the value.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Largest integer magnitude every JSON implementation represents exactly (I-JSON, RFC 7493).
pub const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

/// The text is not JSON, or repeats a member name within one object.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidJson(pub String);

/// Parses JSON, refusing duplicate member names at any depth.
pub fn parse_strict(text: &str) -> Result<Value, InvalidJson> {
    serde_json::from_str::<StrictValue>(text)
        .map(|StrictValue(value)| value)
        .map_err(|error| InvalidJson(error.to_string()))
}

/// The RFC 8785 canonical form of a value (UTF-8 bytes).
pub fn canonical_json(value: &Value) -> Result<Vec<u8>, InvalidJson> {
    serde_json_canonicalizer::to_vec(value).map_err(|error| InvalidJson(error.to_string()))
}

/// The JSON Pointer (RFC 6901) of the first number that is not an integer within
/// ±[`MAX_SAFE_INTEGER`], if any.
pub fn first_non_integer(value: &Value) -> Option<String> {
    match value {
        Value::Number(number) => (!is_safe_integer(number)).then(String::new),
        Value::Array(items) => items.iter().enumerate().find_map(|(index, item)| {
            first_non_integer(item).map(|rest| format!("/{index}{rest}"))
        }),
        Value::Object(members) => members.iter().find_map(|(name, member)| {
            first_non_integer(member).map(|rest| format!("/{}{rest}", pointer_token(name)))
        }),
        Value::Null | Value::Bool(_) | Value::String(_) => None,
    }
}

fn is_safe_integer(number: &Number) -> bool {
    number
        .as_u64()
        .map(|value| value <= MAX_SAFE_INTEGER)
        .or_else(|| {
            number
                .as_i64()
                .map(|value| value.unsigned_abs() <= MAX_SAFE_INTEGER)
        })
        .unwrap_or(false)
}

fn pointer_token(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

struct StrictValue(Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Value, E> {
        Number::from_f64(value)
            .map(Value::Number)
            .ok_or_else(|| E::custom("number out of range"))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut sequence: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = sequence.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(name) = map.next_key::<String>()? {
            if members.contains_key(&name) {
                return Err(de::Error::custom(format!(
                    "member \"{name}\" appears twice in one object"
                )));
            }
            let StrictValue(member) = map.next_value()?;
            members.insert(name, member);
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn canonical(value: &Value) -> String {
        String::from_utf8(canonical_json(value).unwrap()).unwrap()
    }

    /// RFC 8785 §3.2.2 input and §3.2.3 output.
    #[test]
    fn canonicalizes_the_rfc_8785_sample() {
        let input = r#"{
          "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
          "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
          "literals": [null, true, false]
        }"#;
        let expected = "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";
        assert_eq!(canonical(&parse_strict(input).unwrap()), expected);
    }

    /// RFC 8785 §3.2.3: member names sorted by UTF-16 code units.
    #[test]
    fn sorts_member_names_as_rfc_8785_requires() {
        let input = r#"{
          "\u20ac": "Euro Sign",
          "\r": "Carriage Return",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
          "1": "One",
          "\ud83d\ude00": "Emoji: Grinning Face",
          "\u0080": "Control",
          "\u00f6": "Latin Small Letter O With Diaeresis"
        }"#;
        let expected = concat!(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u{80}\":\"Control\",",
            "\"\u{f6}\":\"Latin Small Letter O With Diaeresis\",\"\u{20ac}\":\"Euro Sign\",",
            "\"\u{1f600}\":\"Emoji: Grinning Face\",",
            "\"\u{fb33}\":\"Hebrew Letter Dalet With Dagesh\"}"
        );
        assert_eq!(canonical(&parse_strict(input).unwrap()), expected);
    }

    /// RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    #[test]
    fn writes_numbers_as_rfc_8785_appendix_b() {
        let samples: [(u64, &str); 22] = [
            (0x0000000000000000, "0"),
            (0x8000000000000000, "0"),
            (0x0000000000000001, "5e-324"),
            (0x8000000000000001, "-5e-324"),
            (0x7fefffffffffffff, "1.7976931348623157e+308"),
            (0xffefffffffffffff, "-1.7976931348623157e+308"),
            (0x4340000000000000, "9007199254740992"),
            (0xc340000000000000, "-9007199254740992"),
            (0x4430000000000000, "295147905179352830000"),
            (0x44b52d02c7e14af5, "9.999999999999997e+22"),
            (0x44b52d02c7e14af6, "1e+23"),
            (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
            (0x444b1ae4d6e2ef4e, "999999999999999700000"),
            (0x444b1ae4d6e2ef4f, "999999999999999900000"),
            (0x444b1ae4d6e2ef50, "1e+21"),
            (0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"),
            (0x3eb0c6f7a0b5ed8d, "0.000001"),
            (0x41b3de4355555553, "333333333.3333332"),
            (0x41b3de4355555554, "333333333.33333325"),
            (0x41b3de4355555555, "333333333.3333333"),
            (0x41b3de4355555556, "333333333.3333334"),
            (0x41b3de4355555557, "333333333.33333343"),
        ];
        for (bits, expected) in samples {
            let number = Value::from(f64::from_bits(bits));
            assert_eq!(canonical(&number), expected, "bits {bits:016x}");
        }
    }

    #[test]
    fn a_member_named_twice_is_refused_even_when_nested() {
        assert!(parse_strict(r#"{"a":1,"a":1}"#).is_err());
        assert!(parse_strict(r#"{"outer":[{"name":"x","name":"y"}]}"#).is_err());
        assert!(parse_strict(r#"{"a":1,"b":{"a":1}}"#).is_ok());
    }

    #[test]
    fn fractions_and_unsafe_integers_are_located_by_json_pointer() {
        let profile = json!({"partners": [{"count": 3}, {"share": 0.5}]});
        assert_eq!(
            first_non_integer(&profile).as_deref(),
            Some("/partners/1/share")
        );
        let too_big = json!({"a/b": MAX_SAFE_INTEGER + 1});
        assert_eq!(first_non_integer(&too_big).as_deref(), Some("/a~1b"));
        let whole = json!({"n": MAX_SAFE_INTEGER, "m": -(MAX_SAFE_INTEGER as i64), "s": "0.5"});
        assert_eq!(first_non_integer(&whole), None);
    }

    #[test]
    fn a_whole_number_written_with_a_fraction_is_not_an_integer() {
        let value = parse_strict(r#"{"count": 3.0}"#).unwrap();
        assert_eq!(first_non_integer(&value).as_deref(), Some("/count"));
    }
}
