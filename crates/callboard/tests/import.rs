//! The CSV import over fixture files written the ways spreadsheets write them, and over a
//! generated 100,000-row file.

use callboard::bulk::{ImportSessions, ImportSource};
use callboard::import::{
    guess_mapping, read_table, sniff, validate, Destination, Encoding, Field, ReadOptions,
    RowCheck, Sniffed, Summary, Table, Target,
};

#[path = "import/generate.rs"]
mod generate;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/csv/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// Sniffs, reads, guesses the mapping and validates, as the import screen does by default.
/// Every fixture with a header is expected to map without help.
fn import(name: &str, target: Target) -> (Sniffed, Table, Vec<RowCheck>) {
    let bytes = fixture(name);
    let sniffed = sniff(&bytes);
    let table = read_table(&bytes, &ReadOptions::from(sniffed));
    let mapping = guess_mapping(&table.headers, target);
    assert!(
        !sniffed.has_header || mapping.problems(target).is_empty(),
        "{name}: {:?}",
        mapping.problems(target)
    );
    let checks = validate(&table, &mapping, target, "FR");
    (sniffed, table, checks)
}

fn messages(check: &RowCheck) -> Vec<&str> {
    check
        .problems
        .iter()
        .map(|problem| problem.message.as_str())
        .collect()
}

fn sniffed(encoding: Encoding, delimiter: u8, has_header: bool) -> Sniffed {
    Sniffed {
        encoding,
        delimiter,
        has_header,
    }
}

#[test]
fn utf8_with_bom_is_read_without_the_mark_and_values_are_normalised() {
    let (sniffed_file, table, checks) = import("utf8_bom.csv", Target::GetVocalLeads);
    assert_eq!(sniffed_file, sniffed(Encoding::Utf8Bom, b',', true));
    assert_eq!(
        table.headers[0], "First name",
        "no BOM left in the first header"
    );
    assert!(checks.iter().all(RowCheck::is_valid), "{checks:#?}");
    let helene = &checks[0].values;
    assert_eq!(helene.first_name.as_deref(), Some("Hélène"));
    assert_eq!(helene.phone.as_deref(), Some("+33612345678"));
    assert_eq!(helene.email.as_deref(), Some("helene.dupre@example.fr"));
    assert_eq!(helene.company_name.as_deref(), Some("Café Lumière"));
    assert_eq!(checks[1].values.phone.as_deref(), Some("+4915123456789"));
    assert_eq!(
        checks[2].values.language.as_deref(),
        Some("fr"),
        "English names become codes"
    );
    assert_eq!(
        checks[2].values.company_name, None,
        "blank cells are left out"
    );
}

#[test]
fn semicolons_and_french_headers_map_to_lead_fields_and_static_data() {
    let (sniffed_file, table, checks) = import("semicolon_french.csv", Target::GetVocalLeads);
    assert_eq!(sniffed_file, sniffed(Encoding::Utf8, b';', true));
    let mapping = guess_mapping(&table.headers, Target::GetVocalLeads);
    assert_eq!(mapping.column_of(Field::FirstName), Some(0));
    assert_eq!(mapping.column_of(Field::LastName), Some(1));
    assert_eq!(mapping.column_of(Field::Phone), Some(2));
    assert_eq!(mapping.column_of(Field::Email), Some(3));
    assert_eq!(mapping.column_of(Field::CompanyName), Some(4));
    assert_eq!(mapping.column_of(Field::Language), Some(5));
    assert_eq!(
        mapping.columns[6],
        Destination::StaticData {
            key: "DATE_DE_NAISSANCE".into()
        }
    );

    assert!(checks.iter().all(RowCheck::is_valid), "{checks:#?}");
    assert_eq!(checks[0].values.phone.as_deref(), Some("+33142685300"));
    assert_eq!(
        checks[1].values.company_name.as_deref(),
        Some("Dupont, Fils & Cie")
    );
    let lead = checks[0].values.to_lead();
    assert_eq!(lead.phone_number, "+33142685300");
    assert_eq!(lead.static_data.unwrap()["DATE_DE_NAISSANCE"], "07/11/1867");
    assert_eq!(checks[2].values.to_lead().static_data, None);
}

#[test]
fn windows_1252_bytes_become_accented_letters() {
    let bytes = fixture("windows1252.csv");
    assert_eq!(
        &bytes[..4],
        b"Pr\xE9n",
        "the fixture holds é as the single byte 0xE9"
    );
    let (sniffed_file, table, checks) = import("windows1252.csv", Target::GetVocalLeads);
    assert_eq!(sniffed_file, sniffed(Encoding::Windows1252, b';', true));
    assert_eq!(table.headers, ["Prénom", "Nom", "Téléphone", "Courriel"]);
    assert_eq!(checks[1].values.first_name.as_deref(), Some("Gaëlle"));
    assert!(checks.iter().all(RowCheck::is_valid));
}

#[test]
fn quoted_newlines_stay_inside_their_cell_and_lines_stay_true() {
    let (sniffed_file, table, checks) = import("quoted_newlines.csv", Target::GetVocalLeads);
    assert_eq!(sniffed_file, sniffed(Encoding::Utf8, b',', true));
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.rows[0].cells[2], "Calls after 18:00,\nprefers French");
    assert_eq!(
        table.rows[1].cells[2],
        "Said \"call me back\"\nnext week\nmaybe"
    );
    let lines: Vec<u32> = table.rows.iter().map(|row| row.line).collect();
    assert_eq!(lines, [2, 4, 7]);
    assert!(checks.iter().all(RowCheck::is_valid));
    assert_eq!(checks[2].values.static_data["NOTES"], "plain");
}

#[test]
fn empty_and_blank_lines_are_skipped() {
    let (sniffed_file, table, checks) = import("empty_lines.csv", Target::GetVocalLeads);
    assert_eq!(sniffed_file, sniffed(Encoding::Utf8, b',', true));
    assert_eq!(table.headers, ["First name", "Phone", "Email"]);
    let lines: Vec<u32> = table.rows.iter().map(|row| row.line).collect();
    assert_eq!(lines, [4, 8]);
    assert!(checks.iter().all(RowCheck::is_valid));
}

#[test]
fn bad_phones_emails_and_languages_are_explained_with_the_field_name() {
    let (_, _, checks) = import("bad_phones.csv", Target::GetVocalLeads);
    assert!(checks[0].is_valid());
    let not_french = "Phone number: This doesn't look like a phone number from France. Write it with the country code, for example +33 6 12 34 56 78.";
    assert_eq!(messages(&checks[1]), [not_french]);
    assert_eq!(messages(&checks[2]), [not_french]);
    assert_eq!(
        messages(&checks[3]),
        ["Phone number: Enter a phone number, for example +33 6 12 34 56 78."]
    );
    assert!(messages(&checks[4])[0].starts_with(
        "Phone number: This doesn't look like a valid phone number. Check the country code"
    ));
    assert_eq!(
        messages(&checks[5]),
        ["Phone number: Callboard can't dial extensions. Remove the extension and keep the main number."]
    );
    assert_eq!(
        messages(&checks[6]),
        ["Email address: An email address looks like name@example.com."]
    );
    assert_eq!(
        messages(&checks[7]),
        ["Language: Use a two-letter language code, for example fr for French or en for English."]
    );
    assert_eq!(checks[7].problems[0].field, Some(Field::Language));
    assert_eq!(checks[1].line, 3, "messages point at the file's line");
    assert_eq!(
        Summary::of(&checks),
        Summary {
            rows: 8,
            valid: 1,
            with_problems: 7,
            duplicates: 0
        }
    );
}

#[test]
fn duplicates_by_phone_or_lead_id_point_at_the_first_row() {
    let (_, _, checks) = import("duplicates.csv", Target::GetVocalLeads);
    let duplicate_of: Vec<Option<u32>> = checks.iter().map(|check| check.duplicate_of).collect();
    assert_eq!(duplicate_of, [None, Some(2), None, Some(2), Some(2)]);
    assert!(
        checks[0].is_valid() && checks[2].is_valid(),
        "first occurrences stay valid"
    );
    assert_eq!(
        messages(&checks[1]),
        ["Phone number: Same number as line 2. Only the first row with it is kept."]
    );
    assert_eq!(
        messages(&checks[3]),
        ["Lead ID: Same ID as line 2. Only the first row with it is kept."]
    );
    assert_eq!(Summary::of(&checks).duplicates, 3);
}

#[test]
fn a_file_without_header_gets_numbered_columns_and_no_row_is_lost() {
    let (sniffed_file, table, checks) = import("no_header.csv", Target::GetVocalLeads);
    assert_eq!(sniffed_file, sniffed(Encoding::Utf8, b',', false));
    assert_eq!(table.headers, ["Column 1", "Column 2", "Column 3"]);
    assert_eq!(table.rows.len(), 3);
    assert_eq!(table.rows[0].line, 1);
    // Nothing to guess from: every column goes to static data until the person maps it,
    // and until then every row says which field is missing.
    let mut mapping = guess_mapping(&table.headers, Target::GetVocalLeads);
    assert_eq!(
        mapping.columns[1],
        Destination::StaticData {
            key: "COLUMN_2".into()
        }
    );
    assert_eq!(
        mapping.problems(Target::GetVocalLeads),
        ["Choose the column that holds the phone number."]
    );
    assert_eq!(checks[0].problems[0].field, Some(Field::Phone));

    mapping.columns[1] = Destination::Field {
        field: Field::Phone,
    };
    mapping.columns[2] = Destination::Field {
        field: Field::Email,
    };
    assert!(mapping.problems(Target::GetVocalLeads).is_empty());
    let checks = validate(&table, &mapping, Target::GetVocalLeads, "FR");
    assert!(checks.iter().all(RowCheck::is_valid), "{checks:#?}");
    assert_eq!(checks[0].values.static_data["COLUMN_1"], "Marie Dupont");
}

#[test]
fn awaz_contacts_from_a_tab_separated_file() {
    let (sniffed_file, _, checks) = import("awaz_tabs.tsv", Target::AwazContacts);
    assert_eq!(sniffed_file, sniffed(Encoding::Utf8, b'\t', true));
    let contact = checks[0].values.to_contact();
    assert_eq!(contact.name, "Marie Dupont");
    assert_eq!(contact.phone, "+33612345678");
    assert_eq!(contact.email, "marie@example.fr");
    assert_eq!(messages(&checks[1]), ["Name can't be empty."]);
    assert_eq!(
        messages(&checks[2]),
        ["Email address: Awaz needs an email address for every contact."]
    );
}

#[test]
fn rows_with_too_many_values_are_reported_and_short_ones_padded() {
    let (_, table, checks) = import("ragged.csv", Target::GetVocalLeads);
    assert_eq!(table.rows[0].cells, ["Marie", "06 12 34 56 78", ""]);
    assert!(checks[0].is_valid());
    assert_eq!(
        messages(&checks[1]),
        ["Line 3: 1 more value(s) than there are columns (Paris). A separator inside a value needs quotes around the value."]
    );
    assert!(checks[2].is_valid(), "trailing empty cells are harmless");
}

#[test]
fn a_hundred_thousand_rows_parse_and_validate_with_the_right_counts() {
    const ROWS: usize = 100_000;
    let bytes = generate::people_csv(ROWS);
    let sniffed_file = sniff(&bytes);
    assert_eq!(sniffed_file, sniffed(Encoding::Utf8, b',', true));
    let table = read_table(&bytes, &ReadOptions::from(sniffed_file));
    assert_eq!(table.rows.len(), ROWS);
    assert_eq!(table.rows[ROWS - 1].line, ROWS as u32 + 1);

    let mapping = guess_mapping(&table.headers, Target::GetVocalLeads);
    let checks = validate(&table, &mapping, Target::GetVocalLeads, "FR");
    let expected = generate::expected(ROWS);
    let count = |field: Field| {
        checks
            .iter()
            .filter(|check| check.duplicate_of.is_none())
            .filter(|check| {
                check
                    .problems
                    .iter()
                    .any(|problem| problem.field == Some(field))
            })
            .count()
    };
    let summary = Summary::of(&checks);
    assert_eq!(summary.valid as usize, expected.valid);
    assert_eq!(summary.duplicates as usize, expected.duplicates);
    assert_eq!(count(Field::Phone), expected.bad_phone);
    assert_eq!(count(Field::Email), expected.bad_email);
    assert_eq!(
        checks[99].duplicate_of,
        Some(100),
        "row 99 repeats row 98, on line 100"
    );
}

/// Rows are checked on every core: the verdicts, their order, their lines and the repeats
/// found (here also between the first and the last row) are those of a check on one thread.
#[test]
fn checks_on_every_core_are_those_of_one_thread() {
    const ROWS: usize = 20_000;
    let mut bytes = generate::people_csv(ROWS);
    bytes.extend_from_slice(b"Ana,Again,+33 6 12 00 00 00,again@example.com,fr,\n");
    let table = read_table(&bytes, &ReadOptions::from(sniff(&bytes)));
    let mapping = guess_mapping(&table.headers, Target::GetVocalLeads);
    let on_threads = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| validate(&table, &mapping, Target::GetVocalLeads, "FR"))
    };
    let on_one = on_threads(1);
    assert_eq!(on_one, on_threads(4));
    let last = on_one.last().unwrap();
    assert_eq!(
        (last.line, last.duplicate_of),
        (ROWS as u32 + 2, Some(2)),
        "the last row repeats the first one's phone"
    );
    assert_eq!(
        Summary::of(&on_one).duplicates as usize,
        generate::expected(ROWS).duplicates + 1
    );
}

/// The window may name a file by its location (a drop, or typed by the person): only a
/// spreadsheet saved as text, a regular file, and not larger than the stated limit is read —
/// never any other file of the computer.
#[test]
fn only_spreadsheet_files_within_the_size_limit_are_opened_by_location() {
    let dir = tempfile::tempdir().unwrap();
    let imports = ImportSessions::default();
    let open = |path: &std::path::Path| {
        imports
            .open(
                ImportSource::Path {
                    path: path.display().to_string(),
                },
                "FR",
            )
            .map(|_| ())
            .map_err(|error| error.explain())
    };

    let key = dir.path().join("id_ed25519");
    std::fs::write(&key, "-----BEGIN OPENSSH PRIVATE KEY-----\n").unwrap();
    let refused = open(&key).unwrap_err();
    assert_eq!(refused.field.as_deref(), Some("file"));
    assert!(refused.title.contains("not a spreadsheet"), "{refused:?}");

    let folder = dir.path().join("folder.csv");
    std::fs::create_dir(&folder).unwrap();
    assert!(open(&folder).unwrap_err().title.contains("folder"));

    let huge = dir.path().join("huge.csv");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(callboard::bulk::MAX_FILE_BYTES + 1).unwrap();
    assert!(open(&huge).unwrap_err().title.contains("larger than"));

    let people = dir.path().join("people.CSV");
    std::fs::write(&people, "Name,Phone\nAnn,+33612345678\n").unwrap();
    assert!(open(&people).is_ok());
}
