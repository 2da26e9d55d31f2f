//! Rules of the main account's own information, each broken once (see `cases`).

use super::cases::{Case, case};
use crate::domain::model::{AddressKind, Program};
use crate::domain::validation::FindingCode as C;

pub(super) fn main_account() -> Vec<Case> {
    vec![
        case(
            "legal name left empty",
            "organization/legalName",
            C::LegalNameMissing,
            |w| w.organization.legal_name = " ".into(),
        ),
        case(
            "company phone left empty",
            "organization/phone",
            C::CompanyPhoneMissing,
            |w| w.organization.phone.clear(),
        ),
        case(
            "company phone is not a number",
            "organization/phone",
            C::IdentifierInvalid,
            |w| w.organization.phone = "call us".into(),
        ),
        case(
            "fax is not a number",
            "organization/fax",
            C::IdentifierInvalid,
            |w| w.organization.fax = "n/a".into(),
        ),
        case(
            "web address with spaces",
            "organization/website",
            C::WebsiteInvalid,
            |w| w.organization.website = "northwind imports".into(),
        ),
        case(
            "business start date in the future",
            "organization/businessStartDate",
            C::DateInFuture,
            |w| w.organization.business_start_date = "2030-01-01".into(),
        ),
        case(
            "business start date written the U.S. way",
            "organization/businessStartDate",
            C::DateInvalid,
            |w| w.organization.business_start_date = "04/01/1998".into(),
        ),
        case(
            "number of employees not given",
            "organization/numberOfEmployees",
            C::NumberOfEmployeesMissing,
            |w| w.organization.number_of_employees = None,
        ),
        case(
            "ownership type not chosen",
            "organization/ownershipType",
            C::OwnershipTypeMissing,
            |w| w.organization.ownership_type = None,
        ),
        case(
            "brief history left empty",
            "organization/briefHistory",
            C::BriefHistoryMissing,
            |w| w.organization.brief_history.clear(),
        ),
        case(
            "headquarters retyped as mailing address",
            "addresses",
            C::HeadquartersMissing,
            |w| w.addresses[0].kind = AddressKind::Mailing,
        ),
        case(
            "address without country",
            "addresses/hq/country",
            C::AddressCountryMissing,
            |w| w.addresses[0].place.country.clear(),
        ),
        case(
            "country typed in full",
            "addresses/hq/country",
            C::CountryInvalid,
            |w| w.addresses[0].place.country = "USA".into(),
        ),
        case(
            "address without street",
            "addresses/hq/line1",
            C::AddressStreetMissing,
            |w| w.addresses[0].place.line1.clear(),
        ),
        case(
            "address without city",
            "addresses/hq/city",
            C::AddressCityMissing,
            |w| w.addresses[0].place.city.clear(),
        ),
        case(
            "U.S. address without state",
            "addresses/hq/stateProvince",
            C::AddressStateMissing,
            |w| w.addresses[0].place.state_province.clear(),
        ),
        case(
            "address without postal code",
            "addresses/hq/postalCode",
            C::AddressPostalCodeMissing,
            |w| w.addresses[0].place.postal_code.clear(),
        ),
        case(
            "U.S. address with a Canadian postal code",
            "addresses/hq/postalCode",
            C::IdentifierInvalid,
            |w| w.addresses[0].place.postal_code = "K1A 0B1".into(),
        ),
        case("only one contact", "contacts", C::ContactsTooFew, |w| {
            w.remove_contact("c-manager");
        }),
        case(
            "nobody is the primary contact",
            "contacts",
            C::PrimaryContactMissing,
            |w| w.contacts[0].primary_contact = false,
        ),
        case(
            "two primary contacts",
            "contacts/c-manager/primaryContact",
            C::PrimaryContactNotUnique,
            |w| w.contacts[1].primary_contact = true,
        ),
        case(
            "primary contact is not an officer",
            "contacts/c-officer/companyOfficer",
            C::PrimaryContactNotOfficer,
            |w| w.contacts[0].company_officer = false,
        ),
        case(
            "two contacts share an e-mail, in different case",
            "contacts/c-manager/email",
            C::ContactEmailDuplicate,
            |w| w.contacts[1].email = "Dana.Reyes@northwind.example.com".into(),
        ),
        case(
            "contact without first name",
            "contacts/c-manager/firstName",
            C::ContactFirstNameMissing,
            |w| w.contacts[1].first_name.clear(),
        ),
        case(
            "contact without last name",
            "contacts/c-manager/lastName",
            C::ContactLastNameMissing,
            |w| w.contacts[1].last_name.clear(),
        ),
        case(
            "contact without e-mail",
            "contacts/c-manager/email",
            C::ContactEmailMissing,
            |w| w.contacts[1].email.clear(),
        ),
        case(
            "contact e-mail without domain",
            "contacts/c-manager/email",
            C::IdentifierInvalid,
            |w| w.contacts[1].email = "sam.okafor".into(),
        ),
        case(
            "contact without telephone",
            "contacts/c-manager/phone",
            C::ContactPhoneMissing,
            |w| w.contacts[1].phone.clear(),
        ),
        case(
            "program membership without number",
            "programs/pip/number",
            C::ProgramNumberMissing,
            |w| w.programs[0].number.clear(),
        ),
        case(
            "other AEO program without country",
            "programs/pip/country",
            C::ProgramCountryMissing,
            |w| w.programs[0].program = Program::OtherAeo,
        ),
    ]
}
