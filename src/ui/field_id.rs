//! The element id of the field that shows a given address, so that an error summary link, a
//! link from another screen or a "focus the new row" lands on it. One rule for every page:
//! `contacts/c1/email` is shown by `field-contacts-c1-email`. Criterion IDs hold a dot (`3.4`),
//! which a CSS selector would read as a class, so dots become dashes too.

use crate::domain::FieldPath;

/// The id of the element showing the field at `path` (the one a finding about it names too).
pub fn field_id(path: &FieldPath) -> String {
    format!("field-{}", path.to_string().replace(['/', '.'], "-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Owner;

    #[test]
    fn a_field_and_the_findings_about_it_name_the_same_element() {
        let email = Owner::Contact("c1".into()).field("email");
        assert_eq!(field_id(&email), "field-contacts-c1-email");
        let answer = Owner::Answer {
            account: "a1".into(),
            criterion: "3.4".into(),
        }
        .field("narrative");
        assert_eq!(
            field_id(&answer),
            "field-accounts-a1-profile-answers-3-4-narrative"
        );
    }
}
