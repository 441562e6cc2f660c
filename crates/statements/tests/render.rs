//! The statement as a person and a spreadsheet get it: the PDF parsed back with lopdf, the CSV
//! read back with the csv crate.

mod sample;

use chrono::DateTime;
use sample::{decimal, long_statement, north_clinic};
use statements::{totals, Language, LineOutcome, StatementError, TopUpKind};

/// The text of every page of a PDF, page by page.
fn pdf_pages(pdf: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(pdf).expect("the PDF parses");
    let numbers: Vec<u32> = document.get_pages().keys().copied().collect();
    numbers
        .iter()
        .map(|&number| {
            document
                .extract_text(&[number])
                .expect("its text can be read")
        })
        .collect()
}

/// Text with the line breaks and spaces a PDF's text layer adds removed, to search in.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Every phrase is on the page, wherever the layout broke its lines.
fn assert_shows(text: &str, phrases: &[&str]) {
    for phrase in phrases {
        assert!(
            squeezed(text).contains(&squeezed(phrase)),
            "{phrase:?} missing in:\n{text}"
        );
    }
}

#[test]
fn the_french_pdf_names_the_client_and_totals_done_lines_with_french_numbers() {
    let pdf = statements::to_pdf(&north_clinic(Language::Fr)).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let pages = pdf_pages(&pdf);
    assert_eq!(pages.len(), 1);
    let text = &pages[0];
    assert_shows(
        text,
        &[
            "Relevé de recharges",
            "North Clinic",
            "Agence Lumière Voix",
            "novembre 2026",
            "Europe/Paris",
            "Recharges effectuées",
            "Non comptées",
            "En attente de vérification — non comptée",
            "Page 1 sur 1",
        ],
    );
    // 1 234,50 + 250,25 done credits (thousands grouped by a narrow no-break space); 500 done
    // minutes; times in Paris, 24-hour.
    for expected in [
        "1\u{202f}484,75",
        "1\u{202f}234,50",
        "500,00",
        "03/11/2026",
        "22:05",
    ] {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    assert!(
        !text.contains("1,484.75"),
        "English numbers in French:\n{text}"
    );
}

#[test]
fn the_english_pdf_uses_english_numbers_and_a_12_hour_clock() {
    let pages = pdf_pages(&statements::to_pdf(&north_clinic(Language::En)).unwrap());
    let text = &pages[0];
    assert_shows(
        text,
        &[
            "Top-up statement",
            "November 2026",
            "Held for a check — not counted",
            "Page 1 of 1",
        ],
    );
    let squeezed = squeezed(text);
    for expected in [
        "1,484.75",
        "1,234.50",
        "500.00",
        "Nov3,2026",
        "9:05AM",
        "10:05PM",
    ] {
        assert!(
            squeezed.contains(expected),
            "{expected:?} missing in:\n{text}"
        );
    }
}

#[test]
fn totals_count_only_done_lines() {
    let statement = north_clinic(Language::En);
    assert_eq!(
        totals(&statement),
        vec![
            (TopUpKind::Credits, decimal("1484.75")),
            (TopUpKind::Minutes, decimal("500")),
        ]
    );
    // Counting the refused (300) and held (100) credits too would give 1,884.75.
    let text = squeezed(&pdf_pages(&statements::to_pdf(&statement).unwrap())[0]);
    assert!(!text.contains("1,884.75") && !text.contains("1,784.75") && !text.contains("1,584.75"));
    // The refused and the held lines are still shown, with the reason.
    assert!(text.contains("300.00") && text.contains("100.00"));
    assert!(text.contains(&squeezed("The Awaz account has too few credits left.")));

    let mut all_done = statement.clone();
    for line in &mut all_done.lines {
        line.outcome = LineOutcome::Done;
    }
    assert_eq!(
        totals(&all_done)[0],
        (TopUpKind::Credits, decimal("1884.75"))
    );
}

#[test]
fn a_long_statement_spans_numbered_pages_and_keeps_every_line() {
    let statement = long_statement(Language::En, 150);
    let pages = pdf_pages(&statements::to_pdf(&statement).unwrap());
    assert!(pages.len() >= 4, "150 lines fit on {} pages", pages.len());
    let count = pages.len();
    for (index, text) in pages.iter().enumerate() {
        let number = format!("Page {} of {count}", index + 1);
        assert!(
            text.contains(&number),
            "{number:?} missing on page {}",
            index + 1
        );
        assert!(text.contains("Top-up statement") && text.contains("North Clinic"));
        if index > 0 {
            assert!(
                text.contains("Top-ups done (continued)"),
                "page {}",
                index + 1
            );
        }
    }
    let all = squeezed(&pages.concat());
    for index in 0..150 {
        assert!(
            all.contains(&format!("batch-2026-11-line-{index:04}")),
            "line {index} missing"
        );
    }
    // Several workspaces: each line says which one.
    assert!(all.contains("Workspace") && all.contains("ventes@north-"));
    assert!(squeezed(pages.last().unwrap()).contains("1,500.00"));
}

#[test]
fn a_statement_without_lines_says_so() {
    let mut statement = north_clinic(Language::Fr);
    statement.lines.clear();
    statement.agency_logo = None;
    let text = pdf_pages(&statements::to_pdf(&statement).unwrap()).concat();
    assert!(
        text.contains("Aucune recharge sur cette période."),
        "{text}"
    );
    assert!(squeezed(&text).contains("0,00"));
}

#[test]
fn a_logo_that_is_not_an_image_is_refused_in_words() {
    let mut statement = north_clinic(Language::En);
    statement.agency_logo = Some(b"GIF89a not supported".to_vec());
    let error = statements::to_pdf(&statement).unwrap_err();
    assert!(matches!(error, StatementError::Logo(_)), "{error:?}");
    statement.agency_logo = Some(b"\x89PNG broken".to_vec());
    assert!(matches!(
        statements::to_pdf(&statement).unwrap_err(),
        StatementError::Logo(_)
    ));
}

#[test]
fn the_csv_round_trips_with_a_french_header_and_machine_numbers() {
    let statement = north_clinic(Language::Fr);
    let bytes = statements::to_csv(&statement).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "starts with a byte order mark"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header[0], "Date et heure");
    assert_eq!(header[3], "Montant");
    assert_eq!(header[9], "Comptée dans les totaux");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), statement.lines.len());

    let mut expected = statement.lines.clone();
    expected.sort_by_key(|line| line.at);
    for (row, line) in rows.iter().zip(&expected) {
        let at = DateTime::parse_from_rfc3339(&row[0]).unwrap();
        assert_eq!(at, line.at, "{row:?}");
        assert_eq!(&row[1], line.workspace);
        assert_eq!(
            row[3].parse::<rust_decimal::Decimal>().unwrap(),
            line.amount
        );
        assert_eq!(
            &row[9],
            if line.outcome.is_counted() {
                "oui"
            } else {
                "non"
            }
        );
        assert_eq!(&row[10], line.action_key);
    }
    // Paris is one hour ahead of UTC in November; amounts keep a point.
    assert_eq!(&rows[0][0], "2026-11-03T09:05:00+01:00");
    assert_eq!(&rows[0][2], "crédits");
    assert_eq!(&rows[0][3], "1234.50");
    assert_eq!(&rows[2][7], "Refusée");
    assert_eq!(&rows[2][8], "The Awaz account has too few credits left.");
    // A reference a spreadsheet would run as a formula is kept as text.
    assert_eq!(&rows[4][4], "'=SUM(A1:A9)");
}

#[test]
fn file_names_are_safe_and_name_the_period() {
    let mut statement = north_clinic(Language::En);
    statement.client_name = "North Clinic / Sud-Est (é)".to_owned();
    assert_eq!(
        statements::file_name(&statement, "pdf"),
        "statement-north-clinic-sud-est-2026-11.pdf"
    );
    statement.language = Language::Fr;
    statement.period.to = chrono::NaiveDate::from_ymd_opt(2026, 11, 15).unwrap();
    assert_eq!(
        statements::file_name(&statement, "csv"),
        "releve-north-clinic-sud-est-2026-11-01-2026-11-15.csv"
    );
}
