//! A deterministic spreadsheet of many people, shared by the import tests and the benchmark.
//!
//! Out of every 100 rows: row 25 has a bad email, row 50 a bad phone, row 99 repeats row 98's
//! phone written another way; the other 97 are valid. Phones are written in three usual ways.

/// Rows of each kind in a generated file of `rows` rows (a multiple of 100).
pub struct Expected {
    pub valid: usize,
    pub bad_email: usize,
    pub bad_phone: usize,
    pub duplicates: usize,
}

pub fn expected(rows: usize) -> Expected {
    let hundreds = rows / 100;
    Expected {
        valid: hundreds * 97,
        bad_email: hundreds,
        bad_phone: hundreds,
        duplicates: hundreds,
    }
}

/// A comma-separated UTF-8 file with a header and `rows` people.
pub fn people_csv(rows: usize) -> Vec<u8> {
    const FIRST_NAMES: [&str; 6] = ["Marie", "Jean", "Hélène", "François", "Zoë", "Ana"];
    const LANGUAGES: [&str; 3] = ["fr", "EN", "French"];
    let mut out = String::from("First name,Last name,Phone,Email,Language,Notes\n");
    for index in 0..rows {
        let subscriber = 12_000_000 + index;
        let phone = match index % 100 {
            50 => "12 34".to_owned(),
            99 => written(subscriber - 1, (index - 1) % 3 + 1),
            _ => written(subscriber, index % 3),
        };
        let email = if index % 100 == 25 {
            "not-an-email".to_owned()
        } else {
            format!("Person{index}@Example.com")
        };
        out.push_str(&format!(
            "{},Person {index},{phone},{email},{},\"Met at fair, stand {}\"\n",
            FIRST_NAMES[index % FIRST_NAMES.len()],
            LANGUAGES[index % LANGUAGES.len()],
            index % 40,
        ));
    }
    out.into_bytes()
}

/// The French mobile 06 + `subscriber` (8 digits) written in one of three usual ways.
fn written(subscriber: usize, style: usize) -> String {
    let digits = format!("{subscriber:08}");
    match style {
        0 => format!("06{digits}"),
        1 => format!(
            "+33 6 {} {} {} {}",
            &digits[0..2],
            &digits[2..4],
            &digits[4..6],
            &digits[6..8]
        ),
        _ => format!(
            "06.{}.{}.{}.{}",
            &digits[0..2],
            &digits[2..4],
            &digits[4..6],
            &digits[6..8]
        ),
    }
}
