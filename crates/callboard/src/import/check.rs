//! Checking every row before anything is sent: required fields, phone numbers, email
//! addresses, languages, and people who appear twice in the file.

use std::collections::hash_map::Entry;
use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::mapping::{Destination, Field, Mapping, Target};
use super::table::{SourceRow, Table};
use crate::validate::{self, FieldProblem, PhoneReader};
use crate::words::Words;

/// A row's values as they will be sent: cleaned, and only those present.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RowValues {
    /// E.164, e.g. "+33612345678".
    pub phone: Option<String>,
    /// An Awaz contact's name: the name column, or first and last name joined.
    pub name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// Trimmed and lowercased.
    pub email: Option<String>,
    pub company_name: Option<String>,
    pub customer_lead_id: Option<String>,
    /// ISO 639-1 in lowercase, e.g. "fr".
    pub language: Option<String>,
    /// GetVocal `static_data`; blank cells are left out.
    pub static_data: BTreeMap<String, String>,
    /// When the person agreed to be called, as written; kept in the journal, never sent.
    #[serde(default)]
    pub consent_date: Option<String>,
    /// How they agreed, as written; kept in the journal, never sent.
    #[serde(default)]
    pub consent_source: Option<String>,
}

impl RowValues {
    /// The GetVocal lead this row becomes.
    pub fn to_lead(&self) -> getvocal::NewLead {
        getvocal::NewLead {
            phone_number: self.phone.clone().unwrap_or_default(),
            first_name: self.first_name.clone(),
            last_name: self.last_name.clone(),
            email_address: self.email.clone(),
            company_name: self.company_name.clone(),
            customer_lead_id: self.customer_lead_id.clone(),
            static_data: (!self.static_data.is_empty()).then(|| self.static_data.clone()),
            language: self.language.clone(),
        }
    }

    /// The Awaz contact this row becomes.
    pub fn to_contact(&self) -> awaz::NewContact {
        awaz::NewContact {
            name: self.name.clone().unwrap_or_default(),
            phone: self.phone.clone().unwrap_or_default(),
            email: self.email.clone().unwrap_or_default(),
        }
    }
}

/// Something wrong with one row, said so that the person can fix it in the preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RowProblem {
    /// The field concerned, to highlight its cell; `None` for the row as a whole.
    pub field: Option<Field>,
    /// Starts with the field's name: "Phone number: This doesn't look like…".
    pub message: String,
}

/// The verdict on one row of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct RowCheck {
    /// The row's line in the file.
    pub line: u32,
    pub values: RowValues,
    /// Empty when the row can be sent.
    pub problems: Vec<RowProblem>,
    /// For a later row with the same person, the line of the first one (which stays valid).
    pub duplicate_of: Option<u32>,
}

impl RowCheck {
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty()
    }

    /// `sentence`: the catalogue id saying which value repeats.
    fn flag_repeat(&mut self, field: Field, sentence: &str, first_line: u32) {
        self.duplicate_of.get_or_insert(first_line);
        self.problems.push(RowProblem {
            field: Some(field),
            message: Words::new(sentence)
                .arg("field", field.label())
                .arg("line", first_line.to_string())
                .text(),
        });
    }
}

/// Counts for the preview's header line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Summary {
    pub rows: u32,
    pub valid: u32,
    /// Rows with at least one problem, duplicates included.
    pub with_problems: u32,
    pub duplicates: u32,
}

impl Summary {
    pub fn of(checks: &[RowCheck]) -> Self {
        checks.iter().fold(Self::default(), |mut summary, check| {
            summary.rows += 1;
            if check.is_valid() {
                summary.valid += 1;
            } else {
                summary.with_problems += 1;
            }
            if check.duplicate_of.is_some() {
                summary.duplicates += 1;
            }
            summary
        })
    }
}

/// Checks every row of `table` as `mapping` turns it into `target` records, reading phone
/// numbers without a country code as numbers of `default_country` (ISO 3166-1 alpha-2).
///
/// A person is in the file twice when two rows have the same phone number once normalised
/// ("06 12 34 56 78" and "+33612345678" are the same), or, for GetVocal, the same lead ID.
/// The first row stays valid and each later one is flagged with the first one's line, even
/// when the first row has other problems: the person fixes it, they don't send both.
pub fn validate(
    table: &Table,
    mapping: &Mapping,
    target: Target,
    default_country: &str,
) -> Vec<RowCheck> {
    let checker = Checker {
        mapping,
        target,
        phones: PhoneReader::new(default_country),
    };
    // Each row on its own, on every core (reading its phone number is most of the work), and
    // collected in file order; then the repeats, which depend on the rows before.
    let mut checks: Vec<RowCheck> = table
        .rows
        .par_iter()
        .with_min_len(ROWS_PER_TASK)
        .map(|row| checker.check(row))
        .collect();
    flag_repeats(&mut checks, target);
    checks
}

/// Rows a thread checks at a time: enough that handing out work costs nothing next to it.
const ROWS_PER_TASK: usize = 256;

/// Flags each row whose phone number, or GetVocal lead ID, an earlier row already has.
fn flag_repeats(checks: &mut [RowCheck], target: Target) {
    // Fx rather than SipHash: the keys come from the person's own file, nobody to defend
    // against, and SipHash was 6 % of an import's time.
    let mut first_line_of_phone: FxHashMap<&str, u32> =
        FxHashMap::with_capacity_and_hasher(checks.len(), Default::default());
    let mut first_line_of_lead_id: FxHashMap<&str, u32> = FxHashMap::default();
    let repeats: Vec<(usize, Option<u32>, Option<u32>)> = checks
        .iter()
        .enumerate()
        .filter_map(|(index, check)| {
            let phone_seen = check
                .values
                .phone
                .as_deref()
                .and_then(|phone| first_line_of(phone, check.line, &mut first_line_of_phone));
            let lead_id_seen = match target {
                Target::GetVocalLeads => {
                    check
                        .values
                        .customer_lead_id
                        .as_deref()
                        .and_then(|lead_id| {
                            first_line_of(lead_id, check.line, &mut first_line_of_lead_id)
                        })
                }
                Target::AwazContacts => None,
            };
            (phone_seen.is_some() || lead_id_seen.is_some()).then_some((
                index,
                phone_seen,
                lead_id_seen,
            ))
        })
        .collect();
    for (index, phone_seen, lead_id_seen) in repeats {
        let check = &mut checks[index];
        if let Some(first_line) = phone_seen {
            check.flag_repeat(Field::Phone, "errors-field-import-repeat-phone", first_line);
        }
        if let Some(first_line) = lead_id_seen {
            check.flag_repeat(
                Field::CustomerLeadId,
                "errors-field-import-repeat-lead-id",
                first_line,
            );
        }
    }
}

/// The line where `value` was first seen, or `None` when `line` is the first.
fn first_line_of<'a>(
    value: &'a str,
    line: u32,
    first_lines: &mut FxHashMap<&'a str, u32>,
) -> Option<u32> {
    match first_lines.entry(value) {
        Entry::Vacant(entry) => {
            entry.insert(line);
            None
        }
        Entry::Occupied(entry) => Some(*entry.get()),
    }
}

/// What checks one row; shared by the threads.
struct Checker<'a> {
    mapping: &'a Mapping,
    target: Target,
    phones: PhoneReader,
}

impl Checker<'_> {
    fn check(&self, row: &SourceRow) -> RowCheck {
        let mut values = RowValues::default();
        let mut problems = Vec::new();
        let cell = |field: Field| {
            self.mapping
                .column_of(field)
                .and_then(|column| row.cells.get(column))
                .map_or("", String::as_str)
        };
        let written = |field: Field| Some(cell(field)).filter(|value| !value.is_empty());
        let optional = |field: Field| written(field).map(str::to_owned);

        match self.phones.e164(cell(Field::Phone)) {
            Ok(e164) => values.phone = Some(e164),
            Err(problem) => problems.push(named(Field::Phone, &problem)),
        }

        // Checked from the cell itself: only the checked value is copied.
        values.email = written(Field::Email).and_then(|written| match validate::email(written) {
            Ok(address) => Some(address.to_lowercase()),
            Err(problem) => {
                problems.push(named(Field::Email, &problem));
                None
            }
        });
        values.language =
            written(Field::Language).and_then(|written| match validate::language(written) {
                Ok(code) => Some(code),
                Err(problem) => {
                    problems.push(named(Field::Language, &problem));
                    None
                }
            });
        values.first_name = optional(Field::FirstName);
        values.last_name = optional(Field::LastName);
        values.consent_date = optional(Field::ConsentDate);
        values.consent_source = optional(Field::ConsentSource);

        match self.target {
            Target::GetVocalLeads => {
                values.company_name = optional(Field::CompanyName);
                values.customer_lead_id = optional(Field::CustomerLeadId);
                for (column, destination) in self.mapping.columns.iter().enumerate() {
                    if let (Destination::StaticData { key }, Some(value)) =
                        (destination, row.cells.get(column))
                    {
                        if !value.is_empty() {
                            values.static_data.insert(key.clone(), value.clone());
                        }
                    }
                }
            }
            Target::AwazContacts => {
                let joined = [&values.first_name, &values.last_name]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect::<Vec<_>>()
                    .join(" ");
                let name = optional(Field::Name).unwrap_or(joined);
                match validate::required(Field::Name.label_id(), &name) {
                    Ok(name) => values.name = Some(name),
                    // `required` already names the field: "Name can't be empty."
                    Err(problem) => problems.push(RowProblem {
                        field: Some(Field::Name),
                        message: problem.message,
                    }),
                }
                if values.email.is_none() && cell(Field::Email).is_empty() {
                    problems.push(RowProblem {
                        field: Some(Field::Email),
                        message: Words::new("errors-field-import-awaz-email")
                            .arg("field", Field::Email.label())
                            .text(),
                    });
                }
            }
        }

        if !row.extra_cells.is_empty() {
            problems.push(RowProblem {
                field: None,
                message: Words::new("errors-field-import-extra-cells")
                    .arg("line", row.line.to_string())
                    .arg("count", row.extra_cells.len())
                    .arg("values", row.extra_cells.join(", "))
                    .text(),
            });
        }

        RowCheck {
            line: row.line,
            values,
            problems,
            duplicate_of: None,
        }
    }
}

fn named(field: Field, problem: &FieldProblem) -> RowProblem {
    RowProblem {
        field: Some(field),
        message: Words::new("errors-field-import-named")
            .arg("field", field.label())
            .arg("problem", &problem.message)
            .text(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::guess_mapping;

    fn table(headers: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            headers: headers.iter().map(|header| (*header).to_owned()).collect(),
            rows: rows
                .iter()
                .zip(2..)
                .map(|(cells, line)| SourceRow {
                    line,
                    cells: cells.iter().map(|cell| (*cell).to_owned()).collect(),
                    extra_cells: Vec::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn an_awaz_name_is_joined_from_first_and_last_name_when_no_column_holds_it() {
        let table = table(
            &["Prénom", "Nom", "Tel", "Mail"],
            &[
                &["Marie", "Curie", "0612345678", "m@example.fr"],
                &["", "Curie", "0698765432", "c@example.fr"],
            ],
        );
        let mapping = guess_mapping(&table.headers, Target::AwazContacts);
        let checks = validate(&table, &mapping, Target::AwazContacts, "FR");
        assert_eq!(checks[0].values.name.as_deref(), Some("Marie Curie"));
        assert_eq!(checks[1].values.name.as_deref(), Some("Curie"));
        assert!(checks.iter().all(RowCheck::is_valid));
    }

    #[test]
    fn a_repeated_bad_phone_is_reported_on_each_row_but_is_no_duplicate() {
        let table = table(&["Phone"], &[&["12"], &["12"], &["0612345678"]]);
        let mapping = guess_mapping(&table.headers, Target::GetVocalLeads);
        let checks = validate(&table, &mapping, Target::GetVocalLeads, "FR");
        assert_eq!(checks[0].problems, checks[1].problems);
        assert_eq!(
            Summary::of(&checks),
            Summary {
                rows: 3,
                valid: 1,
                with_problems: 2,
                duplicates: 0
            }
        );
    }
}
