//! Properties every identifier check must have whatever a user types or pastes: no parser
//! panics, a parsed value's canonical text parses back to the same value, and every problem a
//! check can report has a message in the catalogue whose placeholders the check fills.

use proptest::prelude::*;

use super::*;
use crate::domain::Language;
use crate::i18n::MessageKey;
use crate::i18n::identifiers::{identifier_error, identifier_warning};

/// Text shaped like identifiers (digits, letters, separators, `@`, `+`), which reaches the deep
/// branches of the parsers far more often than arbitrary Unicode does.
fn identifier_like_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9A-Za-z &Ññ@.+()#/-]{0,20}",
        "[0-9 -]{0,16}",
        "[A-Z]{2,4}[0-9]{0,9}[A-Z]{0,4}[0-9]{0,4}",
        "[a-z]{1,8}@[a-z]{1,8}\\.[a-z]{2,3}",
    ]
}

fn any_kind() -> impl Strategy<Value = IdentifierKind> {
    proptest::sample::select(IdentifierKind::ALL.to_vec())
}

proptest! {
    #[test]
    fn no_parser_panics_on_any_text(kind in any_kind(), text in identifier_like_text()) {
        let _ = parse_identifier(kind, &text);
    }

    #[test]
    fn a_parsed_identifier_shown_and_parsed_again_is_the_same(
        kind in any_kind(),
        text in identifier_like_text(),
    ) {
        if let Ok(identifier) = parse_identifier(kind, &text) {
            prop_assert_eq!(identifier.kind(), kind);
            let shown = identifier.to_string();
            prop_assert_eq!(parse_identifier(kind, &shown), Ok(identifier));
        }
    }

    #[test]
    fn building_a_mid_never_panics_and_fits_after_a_country_code(
        name in any::<String>(),
        street_line in any::<String>(),
        city in any::<String>(),
    ) {
        let body = construct_mid_body(&ManufacturerAddress { name: &name, street_line: &street_line, city: &city });
        prop_assert!(body.len() <= MID_MAX_LEN - 2);
        prop_assert!(body.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
    }

    #[test]
    fn every_error_has_a_complete_message(kind in any_kind(), text in identifier_like_text()) {
        if let Err(error) = parse_identifier(kind, &text) {
            assert_message_complete(identifier_error(&error), &error.args());
        }
    }
}

/// Asserts the catalogue has `key` and that every placeholder of its English text is filled.
fn assert_message_complete(key: MessageKey, args: &MessageArgs) {
    let catalogue = crate::i18n::messages();
    let key = key.as_str();
    assert!(catalogue.contains(key), "message {key} is missing");
    let text = catalogue.text(Language::English, key);
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let end = after.find('}').unwrap_or(after.len());
        let name = &after[..end];
        assert!(
            args.iter().any(|(arg, _)| *arg == name),
            "message {key} shows {{{name}}} but the check gives no such value"
        );
        rest = &after[end.min(after.len())..];
    }
}

#[test]
fn every_error_and_warning_a_check_can_report_has_a_complete_message() {
    let value = || "X".to_owned();
    let errors: Vec<IdentifierError> = vec![
        ImporterNumberError::Empty.into(),
        ImporterNumberError::Format { value: value() }.into(),
        ImporterNumberError::Ambiguous { value: value() }.into(),
        ImporterNumberError::MissingSuffix { value: value() }.into(),
        ImporterNumberError::IrsPrefix { prefix: value() }.into(),
        ImporterNumberError::SuffixLetter { suffix: value() }.into(),
        ImporterNumberError::SsnArea { area: value() }.into(),
        ImporterNumberError::SsnGroup.into(),
        ImporterNumberError::SsnSerial.into(),
        EinError::Empty.into(),
        EinError::Format { value: value() }.into(),
        EinError::UnknownPrefix { prefix: value() }.into(),
        MidError::Empty.into(),
        MidError::Format { value: value() }.into(),
        MidError::TooLong {
            value: value(),
            length: 16,
        }
        .into(),
        MidError::Canada.into(),
        MidError::UnknownCountry { code: value() }.into(),
        RfcError::Empty.into(),
        RfcError::Format { value: value() }.into(),
        RfcError::Date { date: value() }.into(),
        BusinessNumberError::Empty.into(),
        BusinessNumberError::Format { value: value() }.into(),
        BusinessNumberError::MissingProgram { value: value() }.into(),
        BusinessNumberError::CheckDigit { value: value() }.into(),
        BusinessNumberError::UnknownProgram { program: value() }.into(),
        ScacError::Empty.into(),
        ScacError::Format { value: value() }.into(),
        EmailError::Empty.into(),
        EmailError::MissingAt { value: value() }.into(),
        EmailError::Spaces { value: value() }.into(),
        EmailError::DomainWithoutDot { value: value() }.into(),
        EmailError::TooLong { value: value() }.into(),
        EmailError::Format { value: value() }.into(),
        TelephoneError::Empty.into(),
        TelephoneError::Format { value: value() }.into(),
        TelephoneError::DigitCount {
            value: value(),
            count: 3,
        }
        .into(),
    ];
    let format_errors = IdentifierKind::ALL.iter().flat_map(|&kind| {
        [
            FormatError::Empty { kind },
            FormatError::Format {
                kind,
                value: value(),
            },
        ]
    });
    for error in errors
        .into_iter()
        .chain(format_errors.map(IdentifierError::from))
    {
        assert_eq!(error.severity(), Severity::Error);
        assert_message_complete(identifier_error(&error), &error.args());
    }
    let warnings = [
        IdentifierWarning::MidConstruction {
            mid: value(),
            expected: value(),
        },
        IdentifierWarning::RfcCheckDigit {
            rfc: value(),
            found: '1',
            expected: '2',
        },
        IdentifierWarning::BusinessNumberNotImportExport {
            number: value(),
            program: value(),
        },
        IdentifierWarning::ScacReservedEnding {
            scac: value(),
            ending: 'U',
        },
        IdentifierWarning::ScacShorterThanFour { scac: value() },
    ];
    for warning in warnings {
        assert_eq!(warning.severity(), Severity::Warning);
        assert_message_complete(identifier_warning(&warning), &warning.args());
    }
}

#[test]
fn dispatch_reaches_each_family_parser() {
    use IdentifierKind as K;
    for (kind, text, shown) in [
        (K::ImporterOfRecordNumber, "12-345678900", "12-345678900"),
        (K::Ein, "123456789", "12-3456789"),
        (K::CbpBondNumber, "99-1234567", "99-1234567"),
        (K::Mid, "usdhlexp1304erl", "USDHLEXP1304ERL"),
        (K::Rfc, "MAB-930714-8T4", "MAB9307148T4"),
        (K::BusinessNumber, "123456782 RM 0001", "123456782RM0001"),
        (K::Scac, "abcd", "ABCD"),
        (K::UsdotNumber, "USDOT 1234567", "1234567"),
        (K::MotorCarrierDocket, "mc 123456", "MC-123456"),
        (K::FmcOrganizationNumber, "012345", "012345"),
        (K::FmcMtoNumber, "004321", "004321"),
        (K::IataOrganizationNumber, "123456", "123456"),
        (K::IataAirlineDesignator, "5x", "5X"),
        (K::IataAirlinePrefix, "001", "001"),
        (K::CustomsBrokerLicense, "12345", "12345"),
        (K::FilerCode, "ab1", "AB1"),
        (K::FirmsCode, "l123", "L123"),
        (K::DunsNumber, "15-048-3782", "150483782"),
        (K::SctPermit, "tpaf 0123", "TPAF 0123"),
        (K::UsZipCode, "410181234", "41018-1234"),
        (K::CanadianPostalCode, "h2x1y4", "H2X 1Y4"),
        (K::MexicanPostalCode, "64000", "64000"),
        (K::EmailAddress, "Ana@Example.com", "Ana@example.com"),
        (K::TelephoneNumber, "+1 (859) 555-0142", "+18595550142"),
    ] {
        let identifier = parse_identifier(kind, text).unwrap();
        assert_eq!(
            (identifier.kind(), identifier.to_string()),
            (kind, shown.to_owned())
        );
    }
    assert_eq!(
        IdentifierKind::ALL.len(),
        24,
        "a new kind needs a line here"
    );
}

#[test]
fn an_rfc_with_a_wrong_check_digit_parses_and_carries_a_warning() {
    let identifier = parse_identifier(IdentifierKind::Rfc, "VACE460910SX6").unwrap();
    assert_eq!(identifier.warnings().len(), 1);
    assert!(
        matches!(
            identifier.warnings()[0],
            IdentifierWarning::RfcCheckDigit { .. }
        ),
        "{:?}",
        identifier.warnings()
    );
}

#[test]
fn a_well_formed_scac_carries_no_warning_of_its_own() {
    let identifier = parse_identifier(IdentifierKind::Scac, "ABCD").unwrap();
    assert!(identifier.warnings().is_empty());
}
