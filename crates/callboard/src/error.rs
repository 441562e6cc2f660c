//! The crate's one error type, and its plain-language explanation for people who have never
//! seen an API: what happened, what to do next, which form field it concerns, and the
//! provider's raw answer (with secrets masked) for the "technical details" disclosure.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;
use specta::Type;

use crate::endpoints::Platform;
use crate::journal::ActionRecord;
use crate::words::Words;

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
    #[error("the account {account_name:?} is not {needed:?}")]
    WrongPlatform {
        account_name: String,
        needed: NeededAccount,
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

/// The kind of account an action needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeededAccount {
    GetVocal,
    /// A GetVocal account that signs in with an email and password (not an API key).
    GetVocalPassword,
    Awaz,
}

impl NeededAccount {
    /// The value of `$needed` in the catalogue.
    fn code(self) -> &'static str {
        match self {
            NeededAccount::GetVocal => "getvocal",
            NeededAccount::GetVocalPassword => "getvocal-password",
            NeededAccount::Awaz => "awaz",
        }
    }
}

/// An error as the window shows it: a stable code and its parameters, and the words of the
/// catalogue message for that code in the current language (see `locales/README.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Explanation {
    /// Stable identifier, e.g. `getvocal.already_queued`, for tests and support.
    pub code: String,
    /// The values the words are made from (names as in the catalogue), for support and for a
    /// window that words the code itself. Boxed: every command's error is an `Explanation`,
    /// kept small.
    pub args: Box<BTreeMap<String, String>>,
    /// What happened, in one plain sentence.
    pub title: String,
    /// What the person can do about it.
    pub next_step: String,
    /// The form field this is about (the request's own field name), when there is one.
    /// (`Box<str>` keeps every command's error small.)
    pub field: Option<Box<str>>,
    /// The raw provider answer or system message, secrets masked.
    pub detail: Option<String>,
}

impl Explanation {
    /// `words` is the catalogue message of the title; its `.next` attribute is the next step.
    pub(crate) fn new(code: &str, words: impl Into<Words>) -> Self {
        let words = words.into();
        let next_step = Words {
            id: format!("{}.next", words.id),
            args: words.args.clone(),
        };
        Self {
            code: code.to_owned(),
            title: words.text(),
            next_step: next_step.text(),
            args: Box::new(
                words
                    .args
                    .iter()
                    .map(|(name, value)| (name.clone(), value.plain()))
                    .collect(),
            ),
            field: None,
            detail: None,
        }
    }

    fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into().into_boxed_str());
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
                Words::new("errors-settings-invalid-base-url")
                    .arg("platform", platform.display_name())
                    .arg("reason", reason)
                    .arg("example", platform.production_url()),
            )
            .field("base_url")
            .detail(input),
            Error::DemoUnavailable(message) => {
                Explanation::new("demo.unavailable", "errors-demo-unavailable").detail(message)
            }
            Error::InvalidField { field, message } => Explanation::new(
                "input.invalid_field",
                Words::new("errors-input-invalid-field").arg("message", message),
            )
            .field(field.clone()),
            Error::UnknownAccount { account_id } => {
                Explanation::new("accounts.unknown", "errors-accounts-unknown").detail(account_id)
            }
            Error::UnknownImport { import_id } => {
                Explanation::new("import.unknown", "errors-import-unknown").detail(import_id)
            }
            Error::UnknownJob { job_id } => {
                Explanation::new("bulk.unknown", "errors-bulk-unknown").detail(job_id.to_string())
            }
            Error::NeedsSignIn { account_name } => Explanation::new(
                "accounts.needs_sign_in",
                Words::new("errors-accounts-needs-sign-in").arg("account", account_name),
            ),
            Error::Keychain { problem, message } => explain_keychain(*problem).detail(message),
            Error::Storage(message) => {
                Explanation::new("storage.failed", "errors-storage-failed").detail(message)
            }
            Error::DataFolderInUse { folder } => Explanation::new(
                "storage.folder_in_use",
                Words::new("errors-storage-folder-in-use").arg("folder", folder),
            )
            .detail(folder),
            Error::SettingsDamaged { path, detail } => Explanation::new(
                "storage.settings_damaged",
                Words::new("errors-storage-settings-damaged").arg("path", path),
            )
            .detail(format!("{path}: {detail}")),
            Error::WrongPlatform {
                account_name,
                needed,
            } => Explanation::new(
                "accounts.wrong_platform",
                Words::new("errors-accounts-wrong-platform")
                    .arg("account", account_name)
                    .arg("needed", needed.code()),
            ),
            Error::UnsettledEarlier { record } => {
                let (date, time) = sent_at(&record.created_at);
                Explanation::new(
                    "journal.unsettled_earlier",
                    Words::new("errors-journal-unsettled-earlier")
                        .arg("summary", &record.summary)
                        .arg("date", date)
                        .arg("time", time)
                        .arg(
                            "subject",
                            record.subject.as_deref().unwrap_or(&record.summary),
                        )
                        .arg("platform", record.platform.display_name()),
                )
                .field("workspace")
            }
            Error::AlreadySettled { record } => Explanation::new(
                "journal.already_settled",
                Words::new("errors-journal-already-settled").arg("summary", &record.summary),
            ),
            Error::ConfirmationChanged => Explanation::new(
                "journal.confirmation_changed",
                "errors-journal-confirmation-changed",
            ),
            Error::ActionFailed { source, .. } => source.explain(),
            Error::Update(problem) => problem.explain(),
        }
    }
}

fn explain_keychain(problem: KeychainProblem) -> Explanation {
    match problem {
        KeychainProblem::Locked => Explanation::new("keychain.locked", "errors-keychain-locked"),
        KeychainProblem::Unavailable => {
            Explanation::new("keychain.unavailable", "errors-keychain-unavailable")
                .field("remember")
        }
        KeychainProblem::Other => Explanation::new("keychain.failed", "errors-keychain-failed"),
    }
}

fn explain_getvocal(error: &getvocal::Error) -> Explanation {
    use getvocal::Error as E;
    match error {
        E::SessionExpired => Explanation::new(
            "getvocal.session_expired",
            "errors-getvocal-session-expired",
        ),
        E::Api { status, problem } => {
            let explanation = if problem.is_already_queued() {
                Explanation::new("getvocal.already_queued", "errors-getvocal-already-queued")
            } else if problem.is_call_limit_reached() {
                Explanation::new(
                    "getvocal.call_limit_reached",
                    "errors-getvocal-call-limit-reached",
                )
            } else if let Some(field_error) = problem.field_errors.first() {
                let field = field_name(&field_error.field);
                Explanation::new(
                    "getvocal.invalid_field",
                    Words::new("errors-getvocal-invalid-field")
                        .arg("field", label(&field))
                        .arg("message", &field_error.message),
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
        E::InvalidInput(message) => {
            Explanation::new("getvocal.invalid_input", "errors-getvocal-invalid-input")
                .detail(message)
        }
    }
}

fn explain_awaz(error: &awaz::Error) -> Explanation {
    use awaz::Error as E;
    match error {
        E::MissingKey => {
            Explanation::new("awaz.missing_key", "errors-awaz-missing-key").field("api_key")
        }
        E::InvalidKey => {
            Explanation::new("awaz.invalid_key", "errors-awaz-invalid-key").field("api_key")
        }
        E::Api {
            status,
            message,
            raw,
        } => explain_status(Platform::Awaz, *status, message, None).detail(raw),
        E::RateLimited { until } => Explanation::new(
            "awaz.rate_limited",
            Words::new("errors-awaz-rate-limited")
                .arg("limit", 100u32)
                .arg("time", clock(until)),
        ),
        E::Unavailable { until } => Explanation::new(
            "awaz.unavailable",
            Words::new("errors-awaz-unavailable").arg("time", clock(until)),
        ),
        E::Network { kind, message } => {
            explain_network(Platform::Awaz, network_kind_awaz(*kind)).detail(message)
        }
        E::OutcomeUnknown {
            status,
            message,
            raw,
        } => explain_outcome_unknown(Platform::Awaz, *status).detail(detail_of(message, raw)),
        E::UnexpectedResponse { status, raw } => {
            explain_unreadable(Platform::Awaz, *status).detail(raw)
        }
        E::InvalidInput(message) => {
            Explanation::new("awaz.invalid_input", "errors-awaz-invalid-input").detail(message)
        }
    }
}

/// An explanation both platforms share: the code names the platform (`awaz.server_error`), the
/// words are the `errors-provider-…` message with the platform's name.
fn provider_explanation(platform: Platform, code: &str, words: Words) -> Explanation {
    let name = platform.display_name();
    Explanation::new(
        &format!("{}.{code}", name.to_lowercase()),
        words.arg("platform", name),
    )
}

/// Provider errors that are not one of the documented special cases, by status code.
fn explain_status(
    platform: Platform,
    status: u16,
    message: &str,
    solution: Option<&str>,
) -> Explanation {
    let (code, id) = match status {
        300..=399 => ("redirected", "errors-provider-redirected"),
        400 | 409 | 422 => ("rejected", "errors-provider-rejected"),
        401 => ("not_signed_in", "errors-provider-not-signed-in"),
        403 => ("forbidden", "errors-provider-forbidden"),
        404 => ("not_found", "errors-provider-not-found"),
        429 => ("rate_limited", "errors-provider-rate-limited"),
        500..=599 => ("server_error", "errors-provider-server-error"),
        _ => ("unexpected_status", "errors-provider-unexpected-status"),
    };
    let words = Words::new(id).arg("status", status).arg("message", message);
    let mut explanation = provider_explanation(platform, code, words);
    // The provider's own advice, when it gives one, says more than ours.
    if let (Some(solution), "rejected") = (solution, code) {
        explanation.next_step = solution.to_owned();
    }
    explanation
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
    let (code, id) = match reach {
        Reach::Timeout => ("timeout", "errors-provider-timeout"),
        Reach::Unreachable => ("unreachable", "errors-provider-unreachable"),
        Reach::Interrupted => ("interrupted", "errors-provider-interrupted"),
    };
    provider_explanation(platform, code, Words::new(id))
}

/// A write that may have been applied: the screen that sent it says what to check.
fn explain_outcome_unknown(platform: Platform, status: Option<u16>) -> Explanation {
    let words = match status {
        Some(status) => Words::new("errors-provider-outcome-unknown-status").arg("status", status),
        None => Words::new("errors-provider-outcome-unknown"),
    };
    provider_explanation(platform, "outcome_unknown", words)
}

fn detail_of(message: &str, raw: &str) -> String {
    if raw.is_empty() {
        message.to_owned()
    } else {
        format!("{message}\n\n{raw}")
    }
}

fn explain_unreadable(platform: Platform, status: u16) -> Explanation {
    provider_explanation(
        platform,
        "unreadable_answer",
        Words::new("errors-provider-unreadable-answer").arg("status", status),
    )
}

/// `items.0.phone_number` → `phone_number`: forms name fields by their own name.
fn field_name(path: &str) -> String {
    path.rsplit('.')
        .find(|part| part.parse::<usize>().is_err())
        .unwrap_or(path)
        .to_owned()
}

/// The name of a GetVocal field in the current language; a field Callboard does not know shows
/// as GetVocal names it, `phone_number` → `phone number`.
fn label(field: &str) -> String {
    let id = match field {
        "phone_number" => "errors-field-getvocal-phone-number",
        "first_name" => "errors-field-getvocal-first-name",
        "last_name" => "errors-field-getvocal-last-name",
        "email" => "errors-field-getvocal-email",
        "language" => "errors-field-getvocal-language",
        "persona_id" => "errors-field-getvocal-persona-id",
        "lead_id" => "errors-field-getvocal-lead-id",
        "name" => "errors-field-getvocal-name",
        "timezone" => "errors-field-getvocal-timezone",
        _ => return field.replace('_', " "),
    };
    crate::words::word(id)
}

/// The day (in words) and the UTC time of a journal timestamp.
fn sent_at(rfc3339: &str) -> (String, String) {
    match DateTime::parse_from_rfc3339(rfc3339) {
        Ok(moment) => {
            let moment = moment.with_timezone(&Utc);
            (crate::words::date(moment.date_naive()), clock(&moment))
        }
        Err(_) => (rfc3339.to_owned(), String::new()),
    }
}

/// 24-hour UTC time, as both languages write it ("UTC" is in the sentence).
fn clock(moment: &DateTime<Utc>) -> String {
    moment.format("%H:%M").to_string()
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
