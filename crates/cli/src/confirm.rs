//! "Nothing is sent without a confirmation that names the total": `--yes`, or a question on
//! the terminal. Without a terminal and without `--yes`, nothing is sent.

use std::io::{BufRead, IsTerminal, Write};

use crate::exit::{Exit, Failure, Outcome};

/// Asks whether to do `what` ("Add 25 credits to … from “Clinics – Awaz”", naming the total)
/// unless `yes`; `Ok` means go ahead.
pub fn confirm(what: &str, yes: bool) -> Outcome<()> {
    if yes {
        return Ok(());
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure::usage(format!(
            "Not sent: “{what}” needs your confirmation, and there is no terminal to ask on."
        ))
        .next("Run it again with --yes to confirm in advance."));
    }
    let mut stderr = std::io::stderr();
    write!(stderr, "{what}? [y/N] ")?;
    stderr.flush()?;
    let mut answer = String::new();
    stdin.lock().read_line(&mut answer)?;
    match answer.trim().to_lowercase().as_str() {
        "y" | "yes" => Ok(()),
        _ => Err(Failure::new(Exit::Cancelled, "Not sent: you answered no.")),
    }
}
