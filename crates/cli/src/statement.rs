//! `callboard statement`: a client's month of top-ups as the PDF or CSV the app exports.

use std::path::Path;

use callboard::clients::statement::{export, StatementFormat};
use callboard::words::Words;

use crate::args::{StatementArgs, StatementFileFormat};
use crate::clients::find_client;
use crate::exit::{Exit, Failure, Outcome};
use crate::open;

const DOING: &str = "cli-doing-write-statement";

pub async fn run(args: StatementArgs) -> Outcome {
    let format = format_of(&args.out, args.format)?;
    let callboard = open::open_with_accounts(DOING).await?;
    let client = find_client(&callboard, &args.client)?;
    let written = export(&callboard, client.id, &args.month, format, &args.out)
        .map_err(|error| Failure::of(error, DOING))?;
    let wrote = Words::new("cli-statement-written")
        .arg("client", &client.name)
        .arg("month", &args.month)
        .arg("rows", written.rows)
        .arg("path", &written.path);
    eprintln!("{}", wrote.text());
    Ok(Exit::Done)
}

/// PDF or CSV: as asked, else by the file's extension.
fn format_of(out: &Path, asked: Option<StatementFileFormat>) -> Outcome<StatementFormat> {
    match asked {
        Some(StatementFileFormat::Pdf) => return Ok(StatementFormat::Pdf),
        Some(StatementFileFormat::Csv) => return Ok(StatementFormat::Csv),
        None => {}
    }
    let extension = out
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("pdf") => Ok(StatementFormat::Pdf),
        Some("csv") => Ok(StatementFormat::Csv),
        _ => Err(Failure::usage(
            Words::new("cli-statement-format")
                .arg("path", out.display().to_string())
                .text(),
        )),
    }
}
