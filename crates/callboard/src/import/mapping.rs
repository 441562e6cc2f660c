//! Which column of the file fills which field of a GetVocal lead or an Awaz contact.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::words::{self, Words};

/// What the imported rows become.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Type,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Target {
    GetVocalLeads,
    AwazContacts,
}

/// A field a column can fill. Phone and email exist on both platforms under different API
/// names (`phone_number`/`phone`, `email_address`/`email`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Type,
)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Phone,
    /// The whole name of an Awaz contact.
    Name,
    FirstName,
    LastName,
    Email,
    CompanyName,
    /// The customer's own id for a GetVocal lead.
    CustomerLeadId,
    Language,
    /// When the person agreed to be called; kept with the row in the journal, never sent.
    ConsentDate,
    /// How they agreed (a web form, a contract…); kept with the row, never sent.
    ConsentSource,
}

impl Field {
    /// The catalogue id of the field's name as the person sees it.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Phone => "errors-field-import-phone",
            Self::Name => "errors-field-import-name",
            Self::FirstName => "errors-field-import-first-name",
            Self::LastName => "errors-field-import-last-name",
            Self::Email => "errors-field-import-email",
            Self::CompanyName => "errors-field-import-company-name",
            Self::CustomerLeadId => "errors-field-import-lead-id",
            Self::Language => "errors-field-import-language",
            Self::ConsentDate => "errors-field-import-consent-date",
            Self::ConsentSource => "errors-field-import-consent-source",
        }
    }

    /// The field's name in the current language, at the start of every message about it.
    pub fn label(self) -> String {
        words::word(self.label_id())
    }

    /// The field's name in the platform's API.
    pub fn api_name(self, target: Target) -> &'static str {
        match (self, target) {
            (Self::Phone, Target::GetVocalLeads) => "phone_number",
            (Self::Phone, Target::AwazContacts) => "phone",
            (Self::Email, Target::GetVocalLeads) => "email_address",
            (Self::Email, Target::AwazContacts) => "email",
            (Self::Name, _) => "name",
            (Self::FirstName, _) => "first_name",
            (Self::LastName, _) => "last_name",
            (Self::CompanyName, _) => "company_name",
            (Self::CustomerLeadId, _) => "customer_lead_id",
            (Self::Language, _) => "language",
            (Self::ConsentDate, _) => "consent_date",
            (Self::ConsentSource, _) => "consent_source",
        }
    }

    /// Normalised header names (see [`normalise`]) that mean this field, English and French.
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Self::Phone => &[
                "phone",
                "phonenumber",
                "telephone",
                "tel",
                "telnumber",
                "mobile",
                "mobilephone",
                "mobilenumber",
                "cell",
                "cellphone",
                "numero",
                "numerodetelephone",
                "numtel",
                "portable",
                "telephoneportable",
                "gsm",
                "msisdn",
                "contactnumber",
            ],
            Self::Name => &[
                "name",
                "fullname",
                "contactname",
                "contact",
                "nomcomplet",
                "nomprenom",
                "prenomnom",
                "nometprenom",
                "prenometnom",
            ],
            Self::FirstName => &["firstname", "givenname", "forename", "prenom"],
            Self::LastName => &["lastname", "surname", "familyname", "nom", "nomdefamille"],
            Self::Email => &[
                "email",
                "emailaddress",
                "mail",
                "courriel",
                "adresseemail",
                "adressemail",
                "adressecourriel",
                "mel",
            ],
            Self::CompanyName => &[
                "company",
                "companyname",
                "organisation",
                "organization",
                "societe",
                "entreprise",
                "raisonsociale",
            ],
            Self::CustomerLeadId => &[
                "customerleadid",
                "leadid",
                "customerid",
                "clientid",
                "idclient",
                "id",
                "identifiant",
                "reference",
                "ref",
            ],
            Self::Language => &["language", "lang", "langue", "locale"],
            Self::ConsentDate => &[
                "consentdate",
                "consent",
                "optindate",
                "consentement",
                "dateconsentement",
                "dateduconsentement",
            ],
            Self::ConsentSource => &[
                "consentsource",
                "optinsource",
                "sourceconsentement",
                "sourceduconsentement",
            ],
        }
    }
}

impl Target {
    /// The fields a column can be mapped to, required ones first.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Self::GetVocalLeads => &[
                Field::Phone,
                Field::FirstName,
                Field::LastName,
                Field::Email,
                Field::CompanyName,
                Field::CustomerLeadId,
                Field::Language,
                Field::ConsentDate,
                Field::ConsentSource,
            ],
            // First and last name are joined into the contact's name when no column holds
            // the whole name, as spreadsheets often split it.
            Self::AwazContacts => &[
                Field::Name,
                Field::Phone,
                Field::Email,
                Field::FirstName,
                Field::LastName,
                Field::ConsentDate,
                Field::ConsentSource,
            ],
        }
    }

    /// Whether a row without this field cannot be sent. Awaz refuses a contact without an
    /// email address (the `awaz` crate checks it before sending), so the import says so first.
    pub fn requires(self, field: Field) -> bool {
        match self {
            Self::GetVocalLeads => field == Field::Phone,
            Self::AwazContacts => matches!(field, Field::Name | Field::Phone | Field::Email),
        }
    }
}

/// Where one column of the file goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Destination {
    Field {
        field: Field,
    },
    /// GetVocal's `static_data`, under `key`: extra values the agent can use in the call.
    StaticData {
        key: String,
    },
    Ignored,
}

/// One destination per column of the table, in the file's order; edited in the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Mapping {
    pub columns: Vec<Destination>,
}

impl Mapping {
    /// The first column mapped to `field`.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.columns
            .iter()
            .position(|destination| *destination == Destination::Field { field })
    }

    /// What keeps this mapping from being used, in plain words: a required field without a
    /// column, a field or static data key given twice, a field the platform doesn't have.
    pub fn problems(&self, target: Target) -> Vec<String> {
        let mut problems = Vec::new();
        for &field in target.fields() {
            let columns = self
                .columns
                .iter()
                .filter(|destination| **destination == Destination::Field { field })
                .count();
            let name_is_split = field == Field::Name
                && (self.column_of(Field::FirstName).is_some()
                    || self.column_of(Field::LastName).is_some());
            if columns == 0 && target.requires(field) && !name_is_split {
                problems.push(
                    Words::new("errors-field-import-choose-column")
                        .arg("field", field.label().to_lowercase())
                        .text(),
                );
            }
            if columns > 1 {
                problems.push(
                    Words::new("errors-field-import-chosen-twice")
                        .arg("field", field.label())
                        .arg("count", columns)
                        .text(),
                );
            }
        }
        let mut keys: Vec<&str> = Vec::new();
        for destination in &self.columns {
            match destination {
                Destination::Field { field } if !target.fields().contains(field) => {
                    problems.push(
                        Words::new("errors-field-import-not-here")
                            .arg("field", field.label())
                            .text(),
                    );
                }
                Destination::StaticData { .. } if target == Target::AwazContacts => {
                    problems.push(words::word("errors-field-import-awaz-no-extra"));
                }
                Destination::StaticData { key } if key.trim().is_empty() => {
                    problems.push(words::word("errors-field-import-extra-unnamed"));
                }
                Destination::StaticData { key } if keys.contains(&key.as_str()) => {
                    problems.push(
                        Words::new("errors-field-import-extra-twice")
                            .arg("key", key)
                            .text(),
                    );
                }
                Destination::StaticData { key } => keys.push(key),
                Destination::Field { .. } | Destination::Ignored => {}
            }
        }
        problems
    }
}

/// Guesses each column's field from its header, in English or French, accents, case, spaces
/// and punctuation ignored ("Téléphone", "E-mail", "first_name"). Each field goes to the first
/// column that names it. For GetVocal, the other columns go to `static_data` under their
/// header in capitals ("Date de naissance" → `DATE_DE_NAISSANCE`); for Awaz they are ignored.
pub fn guess_mapping(headers: &[String], target: Target) -> Mapping {
    let mut taken: Vec<Field> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    let columns = headers
        .iter()
        .enumerate()
        .map(|(column, header)| {
            let normalised = normalise(header);
            let field = target.fields().iter().copied().find(|field| {
                !taken.contains(field) && field.synonyms().contains(&normalised.as_str())
            });
            match (field, target) {
                (Some(field), _) => {
                    taken.push(field);
                    Destination::Field { field }
                }
                (None, Target::GetVocalLeads) => {
                    let key = unique_key(static_data_key(header, column), &keys);
                    keys.push(key.clone());
                    Destination::StaticData { key }
                }
                (None, Target::AwazContacts) => Destination::Ignored,
            }
        })
        .collect();
    Mapping { columns }
}

/// Whether a header names a field of either platform; a hint that the first row is a header.
pub(super) fn known_field_name(header: &str) -> bool {
    let normalised = normalise(header);
    [Target::GetVocalLeads, Target::AwazContacts]
        .iter()
        .flat_map(|target| target.fields())
        .any(|field| field.synonyms().contains(&normalised.as_str()))
}

/// Lowercase ASCII letters and digits only: accents folded, everything else dropped.
fn normalise(header: &str) -> String {
    header
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

/// `DATE_DE_NAISSANCE` for "Date de naissance", `COLUMN_4` for a header with no letters.
fn static_data_key(header: &str, column: usize) -> String {
    let mut key = String::new();
    for c in header.chars().flat_map(char::to_uppercase) {
        let c = fold_accent(c).to_ascii_uppercase();
        if c.is_ascii_alphanumeric() {
            key.push(c);
        } else if !key.is_empty() && !key.ends_with('_') {
            key.push('_');
        }
    }
    let key = key.trim_end_matches('_');
    if key.is_empty() {
        format!("COLUMN_{}", column + 1)
    } else {
        key.to_owned()
    }
}

fn unique_key(key: String, taken: &[String]) -> String {
    if !taken.contains(&key) {
        return key;
    }
    (2..)
        .map(|suffix| format!("{key}_{suffix}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(key)
}

/// The unaccented letter of the accented letters of French and its neighbours.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|name| (*name).to_owned()).collect()
    }

    fn field(field: Field) -> Destination {
        Destination::Field { field }
    }

    #[test]
    fn headers_are_compared_without_accents_case_or_punctuation() {
        assert_eq!(normalise("Téléphone"), "telephone");
        assert_eq!(normalise(" E-mail "), "email");
        assert_eq!(normalise("first_name"), "firstname");
        assert_eq!(normalise("N° Tél."), "ntel");
    }

    #[test]
    fn french_headers_map_to_getvocal_fields() {
        let mapping = guess_mapping(
            &headers(&[
                "Prénom",
                "Nom",
                "Téléphone",
                "Courriel",
                "Société",
                "Langue",
                "Date de naissance",
            ]),
            Target::GetVocalLeads,
        );
        assert_eq!(
            mapping.columns,
            [
                field(Field::FirstName),
                field(Field::LastName),
                field(Field::Phone),
                field(Field::Email),
                field(Field::CompanyName),
                field(Field::Language),
                Destination::StaticData {
                    key: "DATE_DE_NAISSANCE".into()
                },
            ]
        );
        assert!(mapping.problems(Target::GetVocalLeads).is_empty());
    }

    #[test]
    fn a_second_phone_column_becomes_extra_data_with_a_unique_key() {
        let mapping = guess_mapping(
            &headers(&["Mobile", "Tel", "Notes", "notes", "%%"]),
            Target::GetVocalLeads,
        );
        assert_eq!(
            mapping.columns,
            [
                field(Field::Phone),
                Destination::StaticData { key: "TEL".into() },
                Destination::StaticData {
                    key: "NOTES".into()
                },
                Destination::StaticData {
                    key: "NOTES_2".into()
                },
                Destination::StaticData {
                    key: "COLUMN_5".into()
                },
            ]
        );
    }

    #[test]
    fn awaz_ignores_unknown_columns_and_accepts_a_split_name() {
        let mapping = guess_mapping(
            &headers(&["Full name", "Numéro", "E-mail", "City"]),
            Target::AwazContacts,
        );
        assert_eq!(
            mapping.columns,
            [
                field(Field::Name),
                field(Field::Phone),
                field(Field::Email),
                Destination::Ignored
            ]
        );
        let split = guess_mapping(
            &headers(&["First name", "Surname", "Phone", "Mail"]),
            Target::AwazContacts,
        );
        assert!(split.problems(Target::AwazContacts).is_empty());
    }

    #[test]
    fn mapping_problems_are_explained() {
        let mapping = Mapping {
            columns: vec![
                field(Field::Email),
                field(Field::Email),
                field(Field::CompanyName),
                Destination::StaticData { key: "A".into() },
                Destination::StaticData { key: "A".into() },
                Destination::StaticData { key: " ".into() },
            ],
        };
        assert_eq!(
            mapping.problems(Target::GetVocalLeads),
            [
                "Choose the column that holds the phone number.",
                "Email address is chosen for 2 columns; keep one.",
                "The extra data name A is used twice.",
                "Give every extra data column a name.",
            ]
        );
        let awaz = mapping.problems(Target::AwazContacts);
        assert!(awaz.contains(&"Company name can't be imported here.".to_owned()));
        assert!(awaz.contains(&"Choose the column that holds the name.".to_owned()));
    }
}
