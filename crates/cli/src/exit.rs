//! What a command's exit code says, and the command line's one error type: every failure is
//! a sentence for the person, a next step, and the exit code a script branches on.

use std::process::ExitCode;

use callboard::journal::ActionState;
use callboard::words::Words;

/// The exit codes, as `--help` (`cli-help-exit-codes`) and the README list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Done: everything asked was applied (or there was nothing to send).
    Done = 0,
    /// Not done, nothing applied: the platform refused, or the input was wrong (unknown
    /// client, bad amount, an earlier top-up still to check). Fix it and run again.
    Refused = 1,
    /// Wrong arguments, or a write without `--yes` and no terminal to ask on. Nothing sent.
    Usage = 2,
    /// Sent, but the answer was lost: it may have been applied. Held in the journal for a
    /// check; never sent again until someone settles it.
    Unknown = 3,
    /// Callboard is open on this computer (the data folder's lock is held). Nothing sent.
    FolderInUse = 4,
    /// The person answered "no" at the confirmation. Nothing sent.
    Cancelled = 5,
}

impl Exit {
    /// The exit of one journaled action, by the state the journal recorded.
    pub fn of_state(state: ActionState) -> Exit {
        match state {
            ActionState::Succeeded => Exit::Done,
            ActionState::Failed => Exit::Refused,
            ActionState::Pending | ActionState::Unknown => Exit::Unknown,
        }
    }

    /// The exit of several actions: an unknown outcome outweighs a refusal, which outweighs
    /// done.
    pub fn worst(self, other: Exit) -> Exit {
        let rank = |exit: Exit| match exit {
            Exit::Unknown => 2,
            Exit::Refused => 1,
            _ => 0,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }

    pub fn code(self) -> ExitCode {
        ExitCode::from(self as u8)
    }
}

/// A command that did not end in "done", in the person's words.
#[derive(Debug)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
    /// What the person can do about it.
    pub next_step: Option<String>,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>) -> Failure {
        Failure {
            exit,
            message: message.into(),
            next_step: None,
        }
    }

    /// `words` as the message and its `.next` attribute as the next step.
    pub fn worded(exit: Exit, words: Words) -> Failure {
        let next_step = Words {
            id: format!("{}.next", words.id),
            args: words.args.clone(),
        };
        Failure::new(exit, words.text()).next(next_step.text())
    }

    pub fn usage(message: impl Into<String>) -> Failure {
        Failure::new(Exit::Usage, message)
    }

    pub fn refused(message: impl Into<String>) -> Failure {
        Failure::new(Exit::Refused, message)
    }

    pub fn next(mut self, next_step: impl Into<String>) -> Failure {
        self.next_step = Some(next_step.into());
        self
    }

    /// Callboard's own explanation of `error`, while doing `doing` (a `cli-doing-…` id: "top
    /// up", "list the accounts"): the one place core errors become command-line failures.
    pub fn of(error: callboard::Error, doing: &str) -> Failure {
        match &error {
            callboard::Error::DataFolderInUse { folder } => Failure::worded(
                Exit::FolderInUse,
                Words::new("cli-folder-in-use")
                    .arg("doing", Words::new(doing))
                    .arg("folder", folder),
            ),
            callboard::Error::ActionFailed { record, .. } => {
                let explanation = error.explain();
                Failure::new(Exit::of_state(record.state), explanation.title)
                    .next(explanation.next_step)
            }
            _ => {
                let explanation = error.explain();
                Failure::refused(explanation.title).next(explanation.next_step)
            }
        }
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Failure {
        Failure::refused(
            Words::new("cli-output-failed")
                .arg("error", error.to_string())
                .text(),
        )
    }
}

pub type Outcome<T = Exit> = Result<T, Failure>;
