//! The crate's one error type, and its plain-language explanation for people who have never
//! seen an API: what happened, what to do next, which form field it concerns, and the
//! provider's raw answer (with secrets masked) for the "technical details" disclosure.

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use specta::Type;

use crate::endpoints::Platform;
use crate::journal::ActionRecord;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Boxed: GetVocal's errors carry the provider's whole answer, and every `Result` of the
    /// crate would otherwise be that large.
    #[error(transparent)]
    GetVocal(Box<getvocal::Error>),
    #[error(transparent)]
    Awaz(#[from] awaz::Error),
    #[error("{input:?} is not a usable {} address: {reason}", platform.display_name())]
    InvalidBaseUrl {
        platform: Platform,
        input: String,
        reason: String,
    },
    #[error("the demo workspace could not start: {0}")]
    DemoUnavailable(String),
    /// Something the person typed cannot be used; `field` is the form field's name.
    #[error("{field}: {message}")]
    InvalidField { field: String, message: String },
    #[error("no account with id {account_id}")]
    UnknownAccount { account_id: String },
    /// The file being imported is no longer open (Callboard restarted, or it was replaced).
    #[error("no open import {import_id}")]
    UnknownImport { import_id: String },
    #[error("no bulk run {job_id}")]
    UnknownJob { job_id: i64 },
    /// The account has no usable session: its sign-in ended, was signed out, or was never kept.
    #[error("the account {account_name:?} needs to sign in again")]
    NeedsSignIn { account_name: String },
    #[error("keychain ({problem:?}): {message}")]
    Keychain {
        problem: KeychainProblem,
        message: String,
    },
    /// The local database or the settings file could not be read or written.
    #[error("local storage failed: {0}")]
    Storage(String),
    /// Another Callboard (or another program) holds the data folder's lock.
    #[error("the data folder {folder} is in use by another program")]
    DataFolderInUse { folder: String },
    /// The settings file exists but cannot be read as settings. It is never replaced by
    /// empty settings: that would lose every saved account.
    #[error("the settings file {path} is damaged: {detail}")]
    SettingsDamaged { path: String, detail: String },
    /// The account exists but cannot do this, e.g. a password sign-in for an Awaz account.
    #[error("the account {account_name:?} is not {needed}")]
    WrongPlatform {
        account_name: String,
        needed: String,
    },
    /// An earlier action on the same subject (a top-up to the same workspace) is still on its
    /// way or may have gone through: it is settled before anything new is sent.
    #[error("an earlier action is not settled: {}", record.summary)]
    UnsettledEarlier { record: Box<ActionRecord> },
    /// The person tried to settle an action that is no longer unknown.
    #[error("already settled: {}", record.summary)]
    AlreadySettled { record: Box<ActionRecord> },
    /// What is about to be sent is not what the person confirmed.
    #[error("the request differs from the one confirmed")]
    ConfirmationChanged,
    /// A journaled action whose request failed (or whose outcome is unknown). The record is
    /// already written; `source` keeps the original error so the window can point at a field.
    #[error("{source}")]
    ActionFailed {
        record: Box<ActionRecord>,
        source: Box<Error>,
    },
    /// Checking for, downloading or installing an update did not work (or has to wait).
    #[error("update: {0:?}")]
    Update(crate::updates::UpdateProblem),
}

impl From<getvocal::Error> for Error {
    fn from(error: getvocal::Error) -> Self {
        Error::GetVocal(Box::new(error))
    }
}

/// Why the computer's keychain could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeychainProblem {
    /// The keychain exists but is locked (or access was refused).
    Locked,
    /// No keychain service is running (for example no Secret Service on a Linux session).
    Unavailable,
    Other,
}

/// An error as the window shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Explanation {
    /// Stable identifier, e.g. `getvocal.already_queued`, for tests and support.
    pub code: String,
    /// What happened, in one plain sentence.
    pub title: String,
    /// What the person can do about it.
    pub next_step: String,
    /// The form field this is about (the request's own field name), when there is one.
    pub field: Option<String>,
    /// The raw provider answer or system message, secrets masked.
    pub detail: Option<String>,
}

impl Explanation {
    pub(crate) fn new(code: &str, title: impl Into<String>, next_step: impl Into<String>) -> Self {
        Self {
            code: code.to_owned(),
            title: title.into(),
            next_step: next_step.into(),
            field: None,
            detail: None,
        }
    }

    fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub(crate) fn detail(mut self, detail: impl AsRef<str>) -> Self {
        self.detail = Some(mask_secrets(detail.as_ref()));
        self
    }
}

impl From<Error> for Explanation {
    fn from(error: Error) -> Self {
        error.explain()
    }
}

impl Error {
    /// True when a write may have been applied although it failed. The provider clients decide
    /// it once, from the stage at which the request failed; nothing here guesses again.
    pub fn may_have_applied(&self) -> bool {
        match self {
            Error::GetVocal(error) => error.may_have_applied(),
            Error::Awaz(error) => error.may_have_applied(),
            Error::ActionFailed { source, .. } => source.may_have_applied(),
            _ => false,
        }
    }

    /// True when nothing was applied and the same request may succeed later unchanged.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::GetVocal(error) => error.is_transient(),
            Error::Awaz(error) => error.is_transient(),
            Error::ActionFailed { source, .. } => source.is_transient(),
            _ => false,
        }
    }

    /// True when the account's credentials were refused: the person must sign in again.
    pub fn needs_sign_in(&self) -> bool {
        match self {
            Error::GetVocal(error) => error.needs_sign_in(),
            Error::Awaz(error) => error.needs_sign_in(),
            Error::NeedsSignIn { .. } => true,
            Error::ActionFailed { source, .. } => source.needs_sign_in(),
            _ => false,
        }
    }

    pub fn explain(&self) -> Explanation {
        match self {
            Error::GetVocal(error) => explain_getvocal(error),
            Error::Awaz(error) => explain_awaz(error),
            Error::InvalidBaseUrl {
                platform,
                input,
                reason,
            } => Explanation::new(
                "settings.invalid_base_url",
                format!("The {} address can't be used: {reason}.", platform.display_name()),
                format!(
                    "Enter the full address starting with https://, for example {}.",
                    platform.production_url()
                ),
            )
            .field("base_url")
            .detail(input),
            Error::DemoUnavailable(message) => Explanation::new(
                "demo.unavailable",
                "The practice workspace could not start on this computer.",
                "Close Callboard and open it again. If it keeps happening, share the technical details with support.",
            )
            .detail(message),
            Error::InvalidField { field, message } => Explanation::new(
                "input.invalid_field",
                message.clone(),
                "Correct it and try again. Everything else you typed is kept.",
            )
            .field(field.clone()),
            Error::UnknownAccount { account_id } => Explanation::new(
                "accounts.unknown",
                "This account is no longer in Callboard.",
                "Choose another account, or add it again in Accounts.",
            )
            .detail(account_id),
            Error::UnknownImport { import_id } => Explanation::new(
                "import.unknown",
                "This file is no longer open in Callboard.",
                "Open the file again; nothing was sent from it.",
            )
            .detail(import_id),
            Error::UnknownJob { job_id } => Explanation::new(
                "bulk.unknown",
                "This bulk run is no longer in Callboard.",
                "Open the list of runs again and choose another one.",
            )
            .detail(job_id.to_string()),
            Error::NeedsSignIn { account_name } => Explanation::new(
                "accounts.needs_sign_in",
                format!("You need to sign in to “{account_name}” again."),
                "Open Accounts and choose “Sign in again”. What you typed here is kept, so you can send it afterwards.",
            ),
            Error::Keychain { problem, message } => explain_keychain(*problem).detail(message),
            Error::Storage(message) => Explanation::new(
                "storage.failed",
                "Callboard could not read or write its own files on this computer.",
                "Check that the disk is not full, then try again. If it keeps happening, restart Callboard.",
            )
            .detail(message),
            Error::DataFolderInUse { folder } => Explanation::new(
                "storage.folder_in_use",
                "Callboard is already open on this computer (or another program is using its files).",
                format!(
                    "Switch to the Callboard window that is already open, or close it and open Callboard again. Its files are in {folder}."
                ),
            )
            .detail(folder),
            Error::SettingsDamaged { path, detail } => Explanation::new(
                "storage.settings_damaged",
                "Callboard's settings file is damaged, so your saved accounts can't be read.",
                format!(
                    "Nothing was changed. Restore {path} from a backup, or move it elsewhere to start again without saved accounts (your history is kept)."
                ),
            )
            .detail(format!("{path}: {detail}")),
            Error::WrongPlatform {
                account_name,
                needed,
            } => Explanation::new(
                "accounts.wrong_platform",
                format!("“{account_name}” is not {needed}."),
                "Choose another account for this.",
            ),
            Error::UnsettledEarlier { record } => Explanation::new(
                "journal.unsettled_earlier",
                format!(
                    "Not sent: an earlier one may still go through — “{}”, sent {}.",
                    record.summary,
                    sent_at(&record.created_at)
                ),
                format!(
                    "Check {} in {} first, then tell Callboard whether that one went through. Only then can you send a new one.",
                    record.subject.as_deref().unwrap_or("it"),
                    record.platform.display_name()
                ),
            )
            .field("workspace"),
            Error::AlreadySettled { record } => Explanation::new(
                "journal.already_settled",
                format!("“{}” is already settled.", record.summary),
                "Nothing more to do; the list shows its outcome.",
            ),
            Error::ConfirmationChanged => Explanation::new(
                "journal.confirmation_changed",
                "Not sent: this is not exactly what you confirmed.",
                "Review it again and confirm what you see.",
            ),
            Error::ActionFailed { source, .. } => source.explain(),
            Error::Update(problem) => problem.explain(),
        }
    }
}

fn explain_keychain(problem: KeychainProblem) -> Explanation {
    match problem {
        KeychainProblem::Locked => Explanation::new(
            "keychain.locked",
            "Your computer's keychain is locked, so Callboard can't read or save this account's sign-in.",
            "Unlock the keychain (sign in to your computer again, or open its Passwords and Keys app), then try again.",
        ),
        KeychainProblem::Unavailable => Explanation::new(
            "keychain.unavailable",
            "No keychain service is running on this computer, so the sign-in can't be saved.",
            "Untick “Remember on this computer” to keep it in memory only until you close Callboard, or ask your IT contact to turn on a keychain.",
        )
        .field("remember"),
        KeychainProblem::Other => Explanation::new(
            "keychain.failed",
            "Your computer's keychain could not save or read this account's sign-in.",
            "Try again. If it keeps happening, untick “Remember on this computer” and share the technical details with support.",
        ),
    }
}

fn explain_getvocal(error: &getvocal::Error) -> Explanation {
    use getvocal::Error as E;
    match error {
        E::SessionExpired => Explanation::new(
            "getvocal.session_expired",
            "Your GetVocal sign-in has ended.",
            "Sign in again. What you were doing is kept and can be sent afterwards.",
        ),
        E::Api { status, problem } => {
            let explanation = if problem.is_already_queued() {
                Explanation::new(
                    "getvocal.already_queued",
                    "This lead already has a call waiting.",
                    "Wait for that call to happen, or cancel the lead's scheduled calls first.",
                )
            } else if problem.is_call_limit_reached() {
                Explanation::new(
                    "getvocal.call_limit_reached",
                    "The call limit for this lead is reached (or a call is already waiting).",
                    "GetVocal will not call this lead again for now. Ask your GetVocal contact if it needs more attempts.",
                )
            } else if let Some(field_error) = problem.field_errors.first() {
                let field = field_name(&field_error.field);
                Explanation::new(
                    "getvocal.invalid_field",
                    format!(
                        "GetVocal did not accept the {}: {}",
                        label(&field),
                        field_error.message
                    ),
                    format!(
                        "Correct the {} and send again. Everything else you typed is kept.",
                        label(&field)
                    ),
                )
                .field(field)
            } else {
                explain_status(
                    Platform::GetVocal,
                    *status,
                    &problem.message,
                    problem.solution.as_deref(),
                )
            };
            explanation.detail(&problem.raw)
        }
        E::Network { kind, message } => {
            explain_network(Platform::GetVocal, network_kind_gv(*kind)).detail(message)
        }
        E::OutcomeUnknown {
            status,
            message,
            raw,
        } => explain_outcome_unknown(Platform::GetVocal, *status).detail(detail_of(message, raw)),
        E::UnexpectedResponse { status, raw } => {
            explain_unreadable(Platform::GetVocal, *status).detail(raw)
        }
        E::InvalidInput(message) => Explanation::new(
            "getvocal.invalid_input",
            "Callboard could not prepare this request for GetVocal.",
            "Check what you typed and try again.",
        )
        .detail(message),
    }
}

fn explain_awaz(error: &awaz::Error) -> Explanation {
    use awaz::Error as E;
    match error {
        E::MissingKey => Explanation::new(
            "awaz.missing_key",
            "The Awaz API key is missing.",
            "Add the account's API key in Accounts (Awaz: Settings → Integrations → API Keys).",
        )
        .field("api_key"),
        E::InvalidKey => Explanation::new(
            "awaz.invalid_key",
            "Awaz says the API key is wrong or has been revoked.",
            "Copy a fresh key from Awaz (Settings → Integrations → API Keys) and update the account.",
        )
        .field("api_key"),
        E::Api { status, message, raw } => explain_status(Platform::Awaz, *status, message, None).detail(raw),
        E::RateLimited { until } => Explanation::new(
            "awaz.rate_limited",
            "Awaz asks Callboard to slow down (100 requests a minute).",
            format!("Try again after {}.", clock(until)),
        ),
        E::Unavailable { until } => Explanation::new(
            "awaz.unavailable",
            "Awaz is very busy right now and asks everyone to wait.",
            format!("Try again after {}. If it lasts, tell hello@awaz.ai.", clock(until)),
        ),
        E::Network { kind, message } => explain_network(Platform::Awaz, network_kind_awaz(*kind)).detail(message),
        E::OutcomeUnknown { status, message, raw } => {
            explain_outcome_unknown(Platform::Awaz, *status).detail(detail_of(message, raw))
        }
        E::UnexpectedResponse { status, raw } => explain_unreadable(Platform::Awaz, *status).detail(raw),
        E::InvalidInput(message) => Explanation::new(
            "awaz.invalid_input",
            "Callboard could not prepare this request for Awaz.",
            "Check what you typed and try again.",
        )
        .detail(message),
    }
}

/// Provider errors that are not one of the documented special cases, by status code.
fn explain_status(
    platform: Platform,
    status: u16,
    message: &str,
    solution: Option<&str>,
) -> Explanation {
    let name = platform.display_name();
    let prefix = name.to_lowercase();
    let (code, title, next_step) = match status {
        300..=399 => (
            "redirected",
            format!("{name} answered by sending Callboard to another address (HTTP {status})."),
            "Callboard never follows such redirects, so your sign-in is not sent elsewhere. Check the account's server address in Accounts."
                .to_owned(),
        ),
        400 | 409 | 422 => (
            "rejected",
            format!("{name} could not accept this: {message}"),
            solution.map(str::to_owned).unwrap_or_else(|| {
                "Check the form and send again. What you typed is kept.".to_owned()
            }),
        ),
        401 => (
            "not_signed_in",
            format!("{name} did not accept your sign-in."),
            "Check the account's email and password (or key) in Accounts and sign in again."
                .to_owned(),
        ),
        403 => (
            "forbidden",
            format!("Your {name} account is not allowed to do this."),
            format!("Ask your {name} administrator for access."),
        ),
        404 => (
            "not_found",
            format!("{name} could not find it: {message}"),
            "It may have been deleted. Refresh the list and try again.".to_owned(),
        ),
        429 => (
            "rate_limited",
            format!("{name} asks Callboard to slow down."),
            "Wait a minute and try again.".to_owned(),
        ),
        500..=599 => (
            "server_error",
            format!("{name} is having trouble right now."),
            "Try again in a few minutes. Nothing you typed is lost.".to_owned(),
        ),
        _ => (
            "unexpected_status",
            format!("{name} answered with an unexpected error: {message}"),
            "Try again; if it keeps happening, share the technical details with support."
                .to_owned(),
        ),
    };
    Explanation::new(&format!("{prefix}.{code}"), title, next_step)
}

enum Reach {
    Timeout,
    Unreachable,
    Interrupted,
}

fn network_kind_gv(kind: getvocal::NetworkErrorKind) -> Reach {
    match kind {
        getvocal::NetworkErrorKind::Timeout => Reach::Timeout,
        getvocal::NetworkErrorKind::Connect => Reach::Unreachable,
        getvocal::NetworkErrorKind::Other => Reach::Interrupted,
    }
}

fn network_kind_awaz(kind: awaz::NetworkErrorKind) -> Reach {
    match kind {
        awaz::NetworkErrorKind::Timeout => Reach::Timeout,
        awaz::NetworkErrorKind::Connect => Reach::Unreachable,
        awaz::NetworkErrorKind::Other => Reach::Interrupted,
    }
}

fn explain_network(platform: Platform, reach: Reach) -> Explanation {
    let name = platform.display_name();
    let prefix = name.to_lowercase();
    let (code, title) = match reach {
        Reach::Timeout => ("timeout", format!("{name} did not answer in time.")),
        Reach::Unreachable => ("unreachable", format!("Callboard could not reach {name}.")),
        Reach::Interrupted => (
            "interrupted",
            format!("The connection to {name} was interrupted."),
        ),
    };
    Explanation::new(
        &format!("{prefix}.{code}"),
        title,
        "Check your internet connection and try again. What you typed is kept.",
    )
}

/// A write that may have been applied: the screen that sent it says what to check.
fn explain_outcome_unknown(platform: Platform, status: Option<u16>) -> Explanation {
    let name = platform.display_name();
    let what = match status {
        Some(status) => format!("{name} (or a server on the way) answered with an error (HTTP {status}) after receiving it"),
        None => "the answer was lost on the way".to_owned(),
    };
    Explanation::new(
        &format!("{}.outcome_unknown", name.to_lowercase()),
        format!("This may have gone through: {what}."),
        format!("Don't send it again yet. Check in {name} whether it was applied, then tell Callboard what you found."),
    )
}

fn detail_of(message: &str, raw: &str) -> String {
    if raw.is_empty() {
        message.to_owned()
    } else {
        format!("{message}\n\n{raw}")
    }
}

fn explain_unreadable(platform: Platform, status: u16) -> Explanation {
    let name = platform.display_name();
    Explanation::new(
        &format!("{}.unreadable_answer", name.to_lowercase()),
        format!("{name} sent an answer Callboard could not read (HTTP {status})."),
        "Try again in a moment. If it keeps happening, share the technical details with support.",
    )
}

/// `items.0.phone_number` → `phone_number`: forms name fields by their own name.
fn field_name(path: &str) -> String {
    path.rsplit('.')
        .find(|part| part.parse::<usize>().is_err())
        .unwrap_or(path)
        .to_owned()
}

/// `phone_number` → `phone number`.
fn label(field: &str) -> String {
    field.replace('_', " ")
}

/// "at 14:05 UTC on 2026-12-01", from a journal timestamp.
fn sent_at(rfc3339: &str) -> String {
    DateTime::parse_from_rfc3339(rfc3339)
        .map(|moment| moment.format("at %H:%M UTC on %Y-%m-%d").to_string())
        .unwrap_or_else(|_| rfc3339.to_owned())
}

fn clock(moment: &DateTime<Utc>) -> String {
    moment.format("%H:%M UTC").to_string()
}

/// Keys whose values never reach the window, a log or a file.
const SECRET_KEYS: [&str; 7] = [
    "password",
    "secret",
    "token",
    "access_token",
    "refresh_token",
    "api_key",
    "authorization",
];

/// Masks secret values in a JSON answer (FastAPI echoes the request body in `input`, which
/// may contain the password); other text passes through unchanged.
fn mask_secrets(text: &str) -> String {
    fn mask(value: &mut Value) {
        match value {
            Value::Object(map) => {
                for (key, inner) in map.iter_mut() {
                    if SECRET_KEYS.contains(&key.to_lowercase().as_str()) {
                        *inner = Value::String("••••••".to_owned());
                    } else {
                        mask(inner);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(mask),
            _ => {}
        }
    }
    match serde_json::from_str::<Value>(text) {
        Ok(mut json) => {
            mask(&mut json);
            serde_json::to_string_pretty(&json).unwrap_or_else(|_| text.to_owned())
        }
        Err(_) => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_echoed_by_a_provider_are_masked() {
        let raw = r#"{"detail":[{"type":"missing","loc":["body","email"],"input":{"password":"hunter2"}}]}"#;
        let masked = mask_secrets(raw);
        assert!(!masked.contains("hunter2"), "{masked}");
        assert!(masked.contains("missing"));
    }

    #[test]
    fn field_paths_become_form_field_names() {
        assert_eq!(field_name("items.0.phone_number"), "phone_number");
        assert_eq!(field_name("email"), "email");
        assert_eq!(label("phone_number"), "phone number");
    }

    #[test]
    fn every_status_family_gets_words_and_a_next_step() {
        for status in [400, 401, 403, 404, 418, 429, 503] {
            let explanation = explain_status(Platform::Awaz, status, "boom", None);
            assert!(explanation.code.starts_with("awaz."));
            assert!(!explanation.title.is_empty() && !explanation.next_step.is_empty());
        }
    }
}
