//! E-mail addresses, checked the practical way (the way GOV.UK services do, not the full RFC 5322
//! grammar, which accepts addresses no mail provider issues): one `@`, a non-empty local part
//! without spaces, a domain with at least one dot whose labels are letters, digits and hyphens,
//! and the SMTP length limits (64 for the local part, 254 in all). The domain is lower-cased, as
//! domains are case-insensitive; the local part is kept as typed.
//! No crate is used: the checks are a few lines and the crates that exist validate the full
//! RFC grammar, which is what this deliberately avoids.

use super::problem::MessageArgs;

/// The longest local part SMTP allows (RFC 5321 §4.5.3.1.1).
const MAX_LOCAL_LEN: usize = 64;

/// The longest address SMTP can carry in a path (RFC 5321 §4.5.3.1.3, less the brackets).
const MAX_LEN: usize = 254;

/// An e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress {
    local: String,
    domain: String,
}

/// Why text is not an e-mail address.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    /// Nothing was entered.
    #[error("no e-mail address was entered")]
    Empty,
    /// No `@`.
    #[error("{value:?} has no @")]
    MissingAt {
        /// What was entered, trimmed.
        value: String,
    },
    /// Spaces inside the address.
    #[error("{value:?} contains spaces")]
    Spaces {
        /// What was entered, trimmed.
        value: String,
    },
    /// The part after the `@` has no dot.
    #[error("the domain of {value:?} has no dot")]
    DomainWithoutDot {
        /// What was entered, trimmed.
        value: String,
    },
    /// Longer than SMTP allows.
    #[error("{value:?} is longer than an e-mail address can be")]
    TooLong {
        /// What was entered, trimmed.
        value: String,
    },
    /// Anything else: several `@`, nothing before it, symbols, empty domain labels.
    #[error("{value:?} is not an e-mail address")]
    Format {
        /// What was entered, trimmed.
        value: String,
    },
}

impl EmailError {
    /// Values for the message's placeholders.
    pub fn args(&self) -> MessageArgs {
        match self {
            EmailError::Empty => Vec::new(),
            EmailError::MissingAt { value }
            | EmailError::Spaces { value }
            | EmailError::DomainWithoutDot { value }
            | EmailError::TooLong { value }
            | EmailError::Format { value } => vec![("value", value.clone())],
        }
    }
}

/// Whether a local part is plain enough to be deliverable: no control characters, no characters
/// that need quoting, no leading, trailing or doubled dot.
fn is_plain_local_part(local: &str) -> bool {
    !local.is_empty()
        && local.len() <= MAX_LOCAL_LEN
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| !c.is_control() && !"<>()[]\\,;:\"".contains(c))
}

/// Whether each dot-separated label of a domain is letters, digits and inner hyphens.
fn is_domain(domain: &str) -> bool {
    domain.split('.').all(|label| {
        !label.is_empty()
            && label.chars().count() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    })
}

impl EmailAddress {
    /// Parses an address, trimming it and lower-casing the domain.
    pub fn parse(text: &str) -> Result<Self, EmailError> {
        let value = text.trim();
        if value.is_empty() {
            return Err(EmailError::Empty);
        }
        let owned = || value.to_owned();
        if value.chars().any(char::is_whitespace) {
            return Err(EmailError::Spaces { value: owned() });
        }
        let Some((local, domain)) = value.split_once('@') else {
            return Err(EmailError::MissingAt { value: owned() });
        };
        // Lower-casing can lengthen a domain or turn a letter into a letter and a combining
        // mark, so the checks apply to the lower-cased form that will be kept.
        let domain = domain.to_lowercase();
        if local.len() + 1 + domain.len() > MAX_LEN {
            return Err(EmailError::TooLong { value: owned() });
        }
        if domain.contains('@') || !is_plain_local_part(local) {
            return Err(EmailError::Format { value: owned() });
        }
        if !domain.is_empty() && !domain.contains('.') {
            return Err(EmailError::DomainWithoutDot { value: owned() });
        }
        if !is_domain(&domain) {
            return Err(EmailError::Format { value: owned() });
        }
        Ok(EmailAddress {
            local: local.to_owned(),
            domain,
        })
    }

    /// The part before the `@`, as typed.
    pub fn local_part(&self) -> &str {
        &self.local
    }

    /// The domain, lower-cased.
    pub fn domain(&self) -> &str {
        &self.domain
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}@{}", self.local, self.domain)
    }
}

impl std::str::FromStr for EmailAddress {
    type Err = EmailError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        EmailAddress::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_accepted_with_the_domain_lower_cased() {
        for (input, canonical) in [
            ("security@example.com", "security@example.com"),
            ("  Ana.Lopez@Example.COM.mx ", "Ana.Lopez@example.com.mx"),
            (
                "first+ctpat@mail.example-corp.ca",
                "first+ctpat@mail.example-corp.ca",
            ),
            ("josé@exportación.mx", "josé@exportación.mx"),
        ] {
            assert_eq!(
                EmailAddress::parse(input).unwrap().to_string(),
                canonical,
                "{input}"
            );
        }
    }

    #[test]
    fn an_address_without_an_at_sign_asks_for_one() {
        assert!(matches!(
            EmailAddress::parse("security.example.com"),
            Err(EmailError::MissingAt { .. })
        ));
    }

    #[test]
    fn an_address_with_spaces_is_refused() {
        assert!(matches!(
            EmailAddress::parse("ana lopez@example.com"),
            Err(EmailError::Spaces { .. })
        ));
    }

    #[test]
    fn a_domain_without_a_dot_is_refused() {
        assert!(matches!(
            EmailAddress::parse("ana@localhost"),
            Err(EmailError::DomainWithoutDot { .. })
        ));
    }

    #[test]
    fn addresses_longer_than_smtp_allows_are_refused() {
        let long = format!("ana@{}.com", "a".repeat(251));
        assert!(matches!(
            EmailAddress::parse(&long),
            Err(EmailError::TooLong { .. })
        ));
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for input in [
            "@example.com",
            "ana@@example.com",
            "ana@example@com.mx",
            "ana@",
            "ana@example..com",
            "ana@.example.com",
            "ana@example.com.",
            "ana@-example.com",
            ".ana@example.com",
            "ana..lopez@example.com",
            "ana<x>@example.com",
            "ana@exa_mple.com",
        ] {
            assert!(
                matches!(EmailAddress::parse(input), Err(EmailError::Format { .. })),
                "{input}"
            );
        }
        let long_local = format!("{}@example.com", "a".repeat(65));
        assert!(matches!(
            EmailAddress::parse(&long_local),
            Err(EmailError::Format { .. })
        ));
    }

    #[test]
    fn an_empty_address_asks_for_one() {
        assert_eq!(EmailAddress::parse("   "), Err(EmailError::Empty));
    }
}
