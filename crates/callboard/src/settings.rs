//! What Callboard remembers between runs, apart from secrets: the accounts (without their
//! secrets), the person's preferences and the recently used Awaz workspaces. Where it is kept
//! is the shell's choice ([`SettingsStore`]); the desktop app uses its settings store.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::accounts::Account;
use crate::words::{Language, Words};
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
    /// The agency's name, at the top of client statements.
    #[serde(default)]
    pub agency_name: String,
    /// A PNG or JPEG file shown on client statements.
    #[serde(default)]
    pub agency_logo_path: Option<String>,
}

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
pub struct Preferences {
    /// ISO 3166 alpha-2 code used to read phone numbers typed without `+`.
    pub default_country: String,
    /// IANA time zone chosen by the person; `None` = this computer's zone.
    pub time_zone: Option<String>,
    /// The language chosen in Settings (`en` or `fr`); `None` = the system's language.
    #[serde(default)]
    pub language: Option<String>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            default_country: "US".to_owned(),
            time_zone: None,
            language: None,
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
                message: crate::words::word("errors-field-default-country"),
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
        let language = match self.language.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(code) => Some(choosable_language(code)?.code().to_owned()),
        };
        Ok(Preferences {
            default_country: country,
            time_zone,
            language,
        })
    }
}

/// A language a person can choose in Settings: English or French (the pseudo-locale is for
/// tests, through [`crate::words::LANGUAGE_VARIABLE`]).
pub fn choosable_language(code: &str) -> Result<Language> {
    match Language::from_code(code) {
        Some(language @ (Language::English | Language::French)) => Ok(language),
        _ => Err(Error::InvalidField {
            field: "language".to_owned(),
            message: Words::new("errors-field-unknown-language")
                .arg("code", code)
                .text(),
        }),
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

/// Settings in a JSON file, replaced atomically on save. A file that exists but cannot be read
/// is [`Error::SettingsDamaged`], never "no settings": the next save would otherwise replace
/// every saved account with nothing.
pub struct JsonFileSettings {
    path: PathBuf,
    /// When set, the settings are this key's value in a JSON object (the layout the desktop
    /// app's earlier settings store wrote), not the whole file.
    key: Option<String>,
}

impl JsonFileSettings {
    /// The whole file is the settings.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            key: None,
        }
    }

    /// The settings are the value of `key` in the file's JSON object; a file without the key
    /// holds the defaults.
    pub fn under_key(path: impl Into<PathBuf>, key: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            key: Some(key.into()),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn damaged(&self, detail: impl std::fmt::Display) -> Error {
        Error::SettingsDamaged {
            path: self.path.display().to_string(),
            detail: detail.to_string(),
        }
    }
}

impl SettingsStore for JsonFileSettings {
    fn load(&self) -> Result<Settings> {
        let bytes = match std::fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Settings::default())
            }
            Err(error) => return Err(storage_error(&self.path, error)),
        };
        let Some(key) = &self.key else {
            return serde_json::from_slice(&bytes).map_err(|error| self.damaged(error));
        };
        let whole: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|error| self.damaged(error))?;
        let serde_json::Value::Object(mut object) = whole else {
            return Err(self.damaged("the file is not a JSON object"));
        };
        match object.remove(key) {
            Some(settings) => serde_json::from_value(settings).map_err(|error| self.damaged(error)),
            None => Ok(Settings::default()),
        }
    }

    fn save(&self, settings: &Settings) -> Result<()> {
        let value =
            serde_json::to_value(settings).map_err(|error| Error::Storage(error.to_string()))?;
        let value = match &self.key {
            Some(key) => serde_json::Value::Object([(key.clone(), value)].into_iter().collect()),
            None => value,
        };
        let json =
            serde_json::to_vec_pretty(&value).map_err(|error| Error::Storage(error.to_string()))?;
        write_atomically(&self.path, &json)
    }
}

/// Replaces `path` with `bytes` so that a crash or a full disk leaves either the old file or
/// the new one, never half of one: the bytes go to a temporary file in the same folder, are
/// flushed to the disk, and the temporary file is renamed over `path` (then the folder is
/// flushed, so the rename itself survives a power cut). A failed write leaves no temporary
/// file behind.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(folder).map_err(|error| storage_error(folder, error))?;
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "settings".to_owned());
    let partial = folder.join(format!(".{file_name}.{}.partial", std::process::id()));
    let written = (|| {
        let mut file = std::fs::File::create(&partial)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(error) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(storage_error(&partial, error));
    }
    if let Err(error) = std::fs::rename(&partial, path) {
        let _ = std::fs::remove_file(&partial);
        return Err(storage_error(path, error));
    }
    sync_folder(folder);
    Ok(())
}

/// Flushes a folder's entries (the rename) to the disk; only Unix can open a folder for that.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Err(error) = std::fs::File::open(folder).and_then(|dir| dir.sync_all()) {
        tracing::warn!("could not flush {}: {error}", folder.display());
    }
    #[cfg(not(unix))]
    let _ = folder;
}

fn storage_error(path: &Path, error: std::io::Error) -> Error {
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
    fn a_damaged_file_is_reported_with_its_path_not_read_as_no_accounts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        for garbage in [
            "{not json",
            "[1, 2]",
            r#"{"callboard": {"accounts": 3}}"#,
            "",
        ] {
            std::fs::write(&path, garbage).unwrap();
            for store in [
                JsonFileSettings::new(&path),
                JsonFileSettings::under_key(&path, "callboard"),
            ] {
                let error = store.load().unwrap_err();
                let Error::SettingsDamaged { path: named, .. } = &error else {
                    panic!("{garbage:?}: expected SettingsDamaged, got {error:?}");
                };
                assert_eq!(named, &path.display().to_string());
                assert!(error.explain().next_step.contains(named.as_str()));
            }
        }
        // The damaged file is left as it was, for the person (or support) to look at.
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
    }

    #[test]
    fn settings_under_a_key_read_the_earlier_store_layout_and_keep_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let store = JsonFileSettings::under_key(&path, "callboard");
        std::fs::write(&path, "{}").unwrap();
        assert!(
            store.load().unwrap().accounts.is_empty(),
            "no key yet: defaults"
        );

        std::fs::write(
            &path,
            r#"{"callboard": {"accounts": [], "preferences": {"default_country": "FR", "time_zone": null}, "recent_workspaces": ["a@x.test"]}}"#,
        )
        .unwrap();
        let mut settings = store.load().unwrap();
        assert_eq!(settings.preferences.default_country, "FR");
        settings.recent_workspaces.push("b@x.test".to_owned());
        store.save(&settings).unwrap();
        let whole: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        assert_eq!(
            whole["callboard"]["recent_workspaces"],
            serde_json::json!(["a@x.test", "b@x.test"])
        );
    }

    #[test]
    fn a_save_leaves_no_partial_file_even_when_it_fails() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        let store = JsonFileSettings::new(&path);
        store.save(&Settings::default()).unwrap();
        store.save(&Settings::default()).unwrap();
        let names = |dir: &Path| -> Vec<String> {
            let mut names: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            names.sort();
            names
        };
        assert_eq!(names(dir.path()), ["settings.json"]);

        // The rename cannot happen (a folder is in the way): the error is reported and the
        // bytes written so far are cleaned up.
        let blocked = dir.path().join("blocked");
        std::fs::create_dir_all(blocked.join("settings.json/inside")).unwrap();
        let error = JsonFileSettings::new(blocked.join("settings.json"))
            .save(&Settings::default())
            .unwrap_err();
        assert!(matches!(error, Error::Storage(_)), "{error:?}");
        assert_eq!(names(&blocked), ["settings.json"]);
    }

    #[test]
    fn preferences_are_checked_and_tidied() {
        let tidy = Preferences {
            default_country: " fr ".to_owned(),
            time_zone: Some("Europe/Paris".to_owned()),
            language: None,
        }
        .normalized()
        .unwrap();
        assert_eq!(tidy.default_country, "FR");
        assert_eq!(tidy.time_zone.as_deref(), Some("Europe/Paris"));

        let blank_zone = Preferences {
            default_country: "US".to_owned(),
            time_zone: Some("  ".to_owned()),
            language: None,
        };
        assert_eq!(blank_zone.normalized().unwrap().time_zone, None);

        for (country, zone, field) in [
            ("France", None, "default_country"),
            ("US", Some("Mars/Olympus"), "time_zone"),
        ] {
            let error = Preferences {
                default_country: country.to_owned(),
                time_zone: zone.map(str::to_owned),
                language: None,
            }
            .normalized()
            .unwrap_err();
            assert_eq!(error.explain().field.as_deref(), Some(field));
        }
    }
}
