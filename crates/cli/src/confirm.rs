//! "Nothing is sent without a confirmation that names the total": `--yes`, or a question on
//! the terminal. Without a terminal and without `--yes`, nothing is sent.

use std::io::{BufRead, IsTerminal, Write};

use callboard::words::{self, Words};

use crate::exit::{Exit, Failure, Outcome};

/// Asks whether to do `what` ("Add 25 credits to … from “Clinics – Awaz”", naming the total)
/// unless `yes`; `Ok` means go ahead.
pub fn confirm(what: &str, yes: bool) -> Outcome<()> {
    if yes {
        return Ok(());
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Failure::worded(
            Exit::Usage,
            Words::new("cli-confirm-no-terminal").arg("what", what),
        ));
    }
    let mut stderr = std::io::stderr();
    // The space after the question is the answer's place (Fluent drops trailing spaces).
    let question = Words::new("cli-confirm-prompt").arg("what", what).text();
    write!(stderr, "{question} ")?;
    stderr.flush()?;
    let mut answer = String::new();
    stdin.lock().read_line(&mut answer)?;
    match answer.trim().to_lowercase().as_str() {
        // English and French yeses in either language: a script or a habit may answer either.
        "y" | "yes" | "o" | "oui" => Ok(()),
        _ => Err(Failure::new(
            Exit::Cancelled,
            words::word("cli-answered-no"),
        )),
    }
}
