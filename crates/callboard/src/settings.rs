//! What Callboard remembers between runs, apart from secrets: the accounts (without their
//! secrets), the person's preferences and the recently used Awaz workspaces. Where it is kept
//! is the shell's choice ([`SettingsStore`]); the desktop app uses its settings store.

use std::path::PathBuf;
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::accounts::Account;
use crate::{Error, Result};

/// How many Awaz workspaces the top-up screen offers again.
pub const MAX_RECENT_WORKSPACES: usize = 10;

// Every field is required in the file, so the window's types have no optional fields; a field
// added later carries its own `#[serde(default)]` so older files still load.
#[derive(Serialize, Deserialize, Type, Clone, Debug, Default)]
pub struct Settings {
    /// Saved accounts (demo accounts never are).
    pub accounts: Vec<Account>,
    pub preferences: Preferences,
    /// Awaz top-up targets, most recent first, at most [`MAX_RECENT_WORKSPACES`].
    pub recent_workspaces: Vec<String>,
}

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
pub struct Preferences {
    /// ISO 3166 alpha-2 code used to read phone numbers typed without `+`.
    pub default_country: String,
    /// IANA time zone chosen by the person; `None` = this computer's zone.
    pub time_zone: Option<String>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            default_country: "US".to_owned(),
            time_zone: None,
        }
    }
}

impl Preferences {
    /// Checks and tidies preferences typed by a person: the country code upper-cased, a blank
    /// time zone meaning "this computer's".
    pub fn normalized(self) -> Result<Preferences> {
        let country = self.default_country.trim().to_ascii_uppercase();
        if country.len() != 2 || !country.chars().all(|c| c.is_ascii_uppercase()) {
            return Err(Error::InvalidField {
                field: "default_country".to_owned(),
                message: "Choose a country from the list (a two-letter code such as FR or US)."
                    .to_owned(),
            });
        }
        let time_zone = match self.time_zone.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(zone) => match zone.parse::<chrono_tz::Tz>() {
                Ok(tz) => Some(tz.name().to_owned()),
                Err(_) => {
                    return Err(Error::InvalidField {
                        field: "time_zone".to_owned(),
                        message: format!(
                            "“{zone}” is not a time zone Callboard knows. Pick one such as Europe/Paris, or leave it blank to use this computer's."
                        ),
                    })
                }
            },
        };
        Ok(Preferences {
            default_country: country,
            time_zone,
        })
    }
}

/// Where settings are kept.
pub trait SettingsStore: Send + Sync {
    /// The saved settings, or the defaults when nothing was saved yet.
    fn load(&self) -> Result<Settings>;
    fn save(&self, settings: &Settings) -> Result<()>;
}

/// Settings that live as long as the process: for tests and demo-only runs.
#[derive(Default)]
pub struct MemorySettings {
    settings: Mutex<Settings>,
}

impl MemorySettings {
    pub fn new() -> Self {
        Self::default()
    }
}

impl SettingsStore for MemorySettings {
    fn load(&self) -> Result<Settings> {
        Ok(self
            .settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone())
    }

    fn save(&self, settings: &Settings) -> Result<()> {
        *self.settings.lock().unwrap_or_else(|e| e.into_inner()) = settings.clone();
        Ok(())
    }
}

/// Settings in a plain JSON file, replaced atomically on save.
pub struct JsonFileSettings {
    path: PathBuf,
}

impl JsonFileSettings {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    pub fn path(&self) -> &std::path::Path {
        &self.path
    }
}

impl SettingsStore for JsonFileSettings {
    fn load(&self) -> Result<Settings> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|error| {
                Error::Storage(format!("{} is not readable: {error}", self.path.display()))
            }),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(error) => Err(storage_error(&self.path, error)),
        }
    }

    fn save(&self, settings: &Settings) -> Result<()> {
        let json = serde_json::to_vec_pretty(settings)
            .map_err(|error| Error::Storage(error.to_string()))?;
        if let Some(parent) = self.path.parent() {
            std::fs::create_dir_all(parent).map_err(|error| storage_error(parent, error))?;
        }
        // Write beside the file, then rename: a crash mid-write never leaves half a file.
        let partial = self.path.with_extension("json.partial");
        std::fs::write(&partial, json).map_err(|error| storage_error(&partial, error))?;
        std::fs::rename(&partial, &self.path).map_err(|error| storage_error(&self.path, error))
    }
}

fn storage_error(path: &std::path::Path, error: std::io::Error) -> Error {
    Error::Storage(format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_gives_the_defaults_and_a_saved_one_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = JsonFileSettings::new(dir.path().join("nested/settings.json"));
        let fresh = store.load().unwrap();
        assert!(fresh.accounts.is_empty());
        assert_eq!(fresh.preferences.default_country, "US");

        let mut settings = fresh;
        settings.preferences.default_country = "FR".to_owned();
        settings
            .recent_workspaces
            .push("north-clinic@callboard.test".to_owned());
        store.save(&settings).unwrap();
        let read = store.load().unwrap();
        assert_eq!(read.preferences.default_country, "FR");
        assert_eq!(read.recent_workspaces, ["north-clinic@callboard.test"]);
    }

    #[test]
    fn a_damaged_file_is_a_storage_error_not_a_silent_reset() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, "{not json").unwrap();
        let error = JsonFileSettings::new(&path).load().unwrap_err();
        assert!(matches!(error, Error::Storage(_)), "{error:?}");
    }

    #[test]
    fn preferences_are_checked_and_tidied() {
        let tidy = Preferences {
            default_country: " fr ".to_owned(),
            time_zone: Some("Europe/Paris".to_owned()),
        }
        .normalized()
        .unwrap();
        assert_eq!(tidy.default_country, "FR");
        assert_eq!(tidy.time_zone.as_deref(), Some("Europe/Paris"));

        let blank_zone = Preferences {
            default_country: "US".to_owned(),
            time_zone: Some("  ".to_owned()),
        };
        assert_eq!(blank_zone.normalized().unwrap().time_zone, None);

        for (country, zone, field) in [
            ("France", None, "default_country"),
            ("US", Some("Mars/Olympus"), "time_zone"),
        ] {
            let error = Preferences {
                default_country: country.to_owned(),
                time_zone: zone.map(str::to_owned),
            }
            .normalized()
            .unwrap_err();
            assert_eq!(error.explain().field.as_deref(), Some(field));
        }
    }
}
