//! Updating Callboard without losing a write: an update never starts while a bulk run or a
//! journaled write is on its way, the journal takes no new write while the new version is
//! installed, and it is closed (with the data folder's lock released) before the restart.
//! Also here: when to check by itself (once a day, never during a bulk run), remembered in
//! `updates.json` in the data folder, and the developer-only override of the update address.
//!
//! Downloading, checking the signature and running the system's installer are the updater
//! plugin's work, in the desktop shell.

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;
use url::Url;

use crate::bulk::BulkRuns;
use crate::endpoints::{developer_build, is_loopback};
use crate::settings::write_atomically;
use crate::{Callboard, Error, Result};

/// The file, in the data folder, that remembers the update choices and the last check.
pub const UPDATES_FILE: &str = "updates.json";

/// Replaces the configured update address, in development builds or developer mode only (see
/// [`crate::endpoints::developer_build`]): tests serve their own `latest.json` on loopback.
pub const UPDATE_URL_VARIABLE: &str = "CALLBOARD_UPDATE_URL";

/// How long after a check the next automatic one is due.
const CHECK_EVERY: TimeDelta = TimeDelta::days(1);

/// Why an update was not checked for, downloaded or installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateProblem {
    /// A bulk run is sending (or paused mid-way): restarting would interrupt it.
    BulkRunning,
    /// A call, lead or top-up is waiting for its answer.
    WriteInFlight,
    /// The update server could not be reached.
    Offline(String),
    /// The download does not carry Callboard's signature: it was not installed.
    NotSigned(String),
    /// The system's installer did not install it (e.g. the administrator password was refused).
    InstallFailed(String),
    /// The server answered with something that is not an update, or another failure.
    CheckFailed(String),
}

impl UpdateProblem {
    /// The words the window shows, with the technical detail when there is one.
    pub(crate) fn explain(&self) -> crate::Explanation {
        use crate::Explanation as E;
        match self {
            UpdateProblem::BulkRunning => {
                E::new("update.bulk_running", "errors-update-bulk-running")
            }
            UpdateProblem::WriteInFlight => {
                E::new("update.write_in_flight", "errors-update-write-in-flight")
            }
            UpdateProblem::Offline(detail) => {
                E::new("update.offline", "errors-update-offline").detail(detail)
            }
            UpdateProblem::NotSigned(detail) => {
                E::new("update.not_signed", "errors-update-not-signed").detail(detail)
            }
            UpdateProblem::InstallFailed(detail) => {
                E::new("update.install_failed", "errors-update-install-failed").detail(detail)
            }
            UpdateProblem::CheckFailed(detail) => {
                E::new("update.check_failed", "errors-update-check-failed").detail(detail)
            }
        }
    }
}

impl From<UpdateProblem> for Error {
    fn from(problem: UpdateProblem) -> Error {
        Error::Update(problem)
    }
}

impl Callboard {
    /// What keeps an update from starting now, if anything.
    pub fn update_blocker(&self, bulk: &BulkRuns) -> Result<Option<UpdateProblem>> {
        let connection = self.database().connection();
        Ok(blocker(bulk, crate::store::writes_in_flight(&connection)?))
    }

    /// Runs `install` (the system's installer) with the journal shut to new writes, once
    /// nothing is on its way; then closes the journal and releases the data folder, so the
    /// restarted app opens them. When `install` fails, the journal opens again as it was.
    /// After `Ok` no write is possible any more: restart the app.
    pub fn install_update(
        &self,
        bulk: &BulkRuns,
        install: impl FnOnce() -> std::result::Result<(), UpdateProblem>,
    ) -> Result<()> {
        // Held until the end: a write that starts now waits for this lock, and after the
        // close it finds a journal without tables and fails before sending anything.
        let mut connection = self.database().connection();
        if let Some(problem) = blocker(bulk, crate::store::writes_in_flight(&connection)?) {
            return Err(problem.into());
        }
        install()?;
        self.database().close_readers()?;
        crate::store::close(&mut connection)?;
        self.release_data_folder();
        Ok(())
    }
}

fn blocker(bulk: &BulkRuns, writes_in_flight: u64) -> Option<UpdateProblem> {
    if bulk.any_running() {
        Some(UpdateProblem::BulkRunning)
    } else if writes_in_flight > 0 {
        Some(UpdateProblem::WriteInFlight)
    } else {
        None
    }
}

/// The update address a developer asked for with [`UPDATE_URL_VARIABLE`], if any. Ignored
/// outside development builds and developer mode; only `https://`, or `http://` on this
/// computer (loopback), is accepted.
pub fn endpoint_override() -> Result<Option<Url>> {
    let value = std::env::var(UPDATE_URL_VARIABLE).ok();
    checked_override(value.as_deref(), developer_build())
}

fn checked_override(value: Option<&str>, developer: bool) -> Result<Option<Url>> {
    let Some(value) = value.map(str::trim).filter(|value| !value.is_empty()) else {
        return Ok(None);
    };
    if !developer {
        tracing::warn!(
            "{UPDATE_URL_VARIABLE} is ignored outside development builds and developer mode"
        );
        return Ok(None);
    }
    let refused = |why: &str| {
        Error::from(UpdateProblem::CheckFailed(format!(
            "{UPDATE_URL_VARIABLE}={value} {why}"
        )))
    };
    let url = Url::parse(value).map_err(|_| refused("is not a web address"))?;
    match url.scheme() {
        "https" => Ok(Some(url)),
        "http" if is_loopback(&url) => Ok(Some(url)),
        _ => Err(refused(
            "must start with https:// (http:// only on this computer)",
        )),
    }
}

/// What the person chose about updates, as the Settings screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct UpdateChoices {
    /// Check once a day by itself (never during a bulk run). On unless turned off.
    pub check_automatically: bool,
    /// When Callboard last asked the update server (RFC 3339), if ever.
    pub last_checked: Option<String>,
    /// The version this computer ran before the current one, when Callboard was updated.
    pub updated_from: Option<String>,
}

/// `updates.json`: the choices, and the version that last ran (to tell "updated from").
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
struct UpdatesFile {
    check_automatically: bool,
    last_checked: Option<DateTime<Utc>>,
    last_version: Option<String>,
    updated_from: Option<String>,
}

impl Default for UpdatesFile {
    fn default() -> Self {
        Self {
            check_automatically: true,
            last_checked: None,
            last_version: None,
            updated_from: None,
        }
    }
}

/// The update choices kept in the data folder.
pub struct UpdateSchedule {
    path: PathBuf,
}

impl UpdateSchedule {
    /// The schedule kept in `data_dir` (nothing is read until asked).
    pub fn new(data_dir: &Path) -> UpdateSchedule {
        UpdateSchedule {
            path: data_dir.join(UPDATES_FILE),
        }
    }

    /// Notes that `running_version` runs now: when another version ran before, that one is
    /// remembered as "updated from".
    pub fn note_running_version(&self, running_version: &str) -> Result<()> {
        let mut file = self.read()?;
        if file.last_version.as_deref() == Some(running_version) {
            return Ok(());
        }
        if let Some(previous) = file.last_version.take() {
            file.updated_from = Some(previous);
        }
        file.last_version = Some(running_version.to_owned());
        self.write(&file)
    }

    pub fn choices(&self) -> Result<UpdateChoices> {
        let file = self.read()?;
        Ok(UpdateChoices {
            check_automatically: file.check_automatically,
            last_checked: file.last_checked.map(|moment| moment.to_rfc3339()),
            updated_from: file.updated_from,
        })
    }

    pub fn set_check_automatically(&self, on: bool) -> Result<UpdateChoices> {
        let mut file = self.read()?;
        file.check_automatically = on;
        self.write(&file)?;
        self.choices()
    }

    /// Remembers that the update server answered at `moment`.
    pub fn checked(&self, moment: DateTime<Utc>) -> Result<()> {
        let mut file = self.read()?;
        file.last_checked = Some(moment);
        self.write(&file)
    }

    /// True when an automatic check should run at `now`: they are on, a day has passed since
    /// the last check, and no bulk run is sending.
    pub fn automatic_check_due(&self, now: DateTime<Utc>, bulk: &BulkRuns) -> Result<bool> {
        let file = self.read()?;
        Ok(file.check_automatically
            && !bulk.any_running()
            && file
                .last_checked
                .is_none_or(|last| now - last >= CHECK_EVERY))
    }

    fn read(&self) -> Result<UpdatesFile> {
        match std::fs::read(&self.path) {
            // A damaged file only holds these choices: start again from the defaults.
            Ok(bytes) => Ok(serde_json::from_slice(&bytes).unwrap_or_else(|error| {
                tracing::warn!(
                    "{} is damaged ({error}); using the defaults",
                    self.path.display()
                );
                UpdatesFile::default()
            })),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                Ok(UpdatesFile::default())
            }
            Err(error) => Err(Error::Storage(format!("{}: {error}", self.path.display()))),
        }
    }

    fn write(&self, file: &UpdatesFile) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(file).map_err(crate::store::storage)?;
        write_atomically(&self.path, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_update_address_override_is_for_developers_and_safe_addresses_only() {
        let local = Some("http://127.0.0.1:4567/latest.json");
        assert_eq!(
            checked_override(local, true).unwrap().unwrap().as_str(),
            "http://127.0.0.1:4567/latest.json"
        );
        assert_eq!(checked_override(local, false).unwrap(), None);
        assert!(
            checked_override(Some("https://updates.example.org/x.json"), true)
                .unwrap()
                .is_some()
        );
        for refused in ["http://updates.example.org/x.json", "updates.example.org"] {
            let error = checked_override(Some(refused), true).unwrap_err();
            assert_eq!(error.explain().code, "update.check_failed", "{refused}");
        }
        assert_eq!(checked_override(Some("  "), true).unwrap(), None);
    }

    #[test]
    fn a_new_version_remembers_the_one_it_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let schedule = UpdateSchedule::new(dir.path());
        schedule.note_running_version("0.1.0").unwrap();
        assert_eq!(schedule.choices().unwrap().updated_from, None);
        assert!(schedule.choices().unwrap().check_automatically);
        // The same version again changes nothing.
        schedule.note_running_version("0.1.0").unwrap();
        assert_eq!(schedule.choices().unwrap().updated_from, None);
        schedule.note_running_version("0.1.1").unwrap();
        assert_eq!(
            schedule.choices().unwrap().updated_from.as_deref(),
            Some("0.1.0")
        );
    }

    #[test]
    fn a_damaged_file_gives_the_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(UPDATES_FILE), "{not json").unwrap();
        let schedule = UpdateSchedule::new(dir.path());
        schedule.note_running_version("0.1.0").unwrap();
        assert!(schedule.choices().unwrap().check_automatically);
    }
}
