//! A client's month as the tests and the sample renderer (examples/sample.rs) use it.

use std::str::FromStr;

use chrono::{TimeZone, Utc};
use rust_decimal::Decimal;
use statements::{Language, LineOutcome, Period, Statement, StatementLine, TopUpKind};

pub fn decimal(text: &str) -> Decimal {
    Decimal::from_str(text).expect("a decimal")
}

/// North Clinic's November 2026: two done credit top-ups (1,234.50 + 250.25), one done minute
/// top-up (500), one refused (300 credits) and one held for a check (100 credits).
pub fn north_clinic(language: Language) -> Statement {
    let line = |day, hour, kind, amount: &str, reference: Option<&str>, outcome| StatementLine {
        at: Utc.with_ymd_and_hms(2026, 11, day, hour, 5, 0).unwrap(),
        workspace: "accueil@north-clinic.example".to_owned(),
        kind,
        amount: decimal(amount),
        reference: reference.map(str::to_owned),
        sent_by: "Camille Dupré".to_owned(),
        from_account: "Agence Lumière — principal".to_owned(),
        outcome,
        action_key: format!("7c1e9a2b-4d3f-4a6b-9e8d-0000000000{day:02}"),
    };
    Statement {
        agency_name: "Agence Lumière Voix".to_owned(),
        agency_logo: Some(logo()),
        client_name: "North Clinic".to_owned(),
        workspaces: vec!["accueil@north-clinic.example".to_owned()],
        period: Period::month(2026, 11).unwrap(),
        language,
        time_zone: "Europe/Paris".parse().unwrap(),
        lines: vec![
            line(
                3,
                8,
                TopUpKind::Credits,
                "1234.5",
                Some("Facture F-2026-118"),
                LineOutcome::Done,
            ),
            line(
                12,
                14,
                TopUpKind::Minutes,
                "500",
                Some("Forfait mensuel"),
                LineOutcome::Done,
            ),
            line(
                18,
                9,
                TopUpKind::Credits,
                "300",
                None,
                LineOutcome::Refused {
                    reason: "The Awaz account has too few credits left.".to_owned(),
                },
            ),
            line(
                30,
                20,
                TopUpKind::Credits,
                "100",
                Some("Rattrapage"),
                LineOutcome::Unknown,
            ),
            line(
                30,
                21,
                TopUpKind::Credits,
                "250.25",
                Some("=SUM(A1:A9)"),
                LineOutcome::Done,
            ),
        ],
    }
}

/// `count` done top-ups of 10 credits each, spread over the month, to several workspaces.
pub fn long_statement(language: Language, count: u32) -> Statement {
    let mut statement = north_clinic(language);
    statement
        .workspaces
        .push("ventes@north-clinic.example".to_owned());
    statement.lines = (0..count)
        .map(|index| StatementLine {
            at: Utc
                .with_ymd_and_hms(2026, 11, 1 + index % 28, 9, index % 60, 0)
                .unwrap(),
            workspace: statement.workspaces[(index % 2) as usize].clone(),
            kind: TopUpKind::Credits,
            amount: decimal("10"),
            reference: Some(format!("Lot {index}")),
            sent_by: "Camille Dupré".to_owned(),
            from_account: "Agence Lumière — principal".to_owned(),
            outcome: LineOutcome::Done,
            action_key: format!("batch-2026-11-line-{index:04}"),
        })
        .collect();
    statement
}

/// A 240×80 PNG: a coloured disc and a bar, enough to see where the logo lands.
pub fn logo() -> Vec<u8> {
    let (width, height) = (240u32, 80u32);
    let mut pixels = Vec::with_capacity((width * height * 4) as usize);
    for y in 0..height {
        for x in 0..width {
            let (dx, dy) = (x as f32 - 40.0, y as f32 - 40.0);
            let in_disc = dx * dx + dy * dy < 34.0 * 34.0;
            let in_bar = (90..230).contains(&x) && (32..48).contains(&y);
            let pixel = if in_disc {
                [242, 140, 40, 255]
            } else if in_bar {
                [40, 70, 140, 255]
            } else {
                [0, 0, 0, 0]
            };
            pixels.extend_from_slice(&pixel);
        }
    }
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer.write_image_data(&pixels).unwrap();
    writer.finish().unwrap();
    bytes
}
