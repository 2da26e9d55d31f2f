//! Files exported from the example workspace: they carry `"example": true` in the signed
//! document, so the mark cannot be removed without breaking the signature, and the import and
//! the verifier refuse them as a real submission or backup.

use serde_json::Value;

/// The member that marks a signed document as made from the example workspace.
pub const EXAMPLE_MEMBER: &str = "example";

/// Marks a submission `profile` or backup object (before signing) as made from the example
/// workspace. Anything that is not a JSON object is left as it is: the builders only give
/// objects.
pub fn mark_as_example(document: &mut Value) {
    if let Some(object) = document.as_object_mut() {
        object.insert(EXAMPLE_MEMBER.to_owned(), Value::Bool(true));
    }
}

/// Whether a signed document carries the example mark (any value: only the example writes
/// the member at all).
pub(super) fn is_marked_as_example(document: &Value) -> bool {
    document
        .as_object()
        .is_some_and(|object| object.contains_key(EXAMPLE_MEMBER))
}
