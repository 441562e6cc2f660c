//! Where account secrets live: the computer's keychain (Secret Service on Linux, Keychain on
//! macOS, Credential Manager on Windows) for remembered accounts, memory for the others.
//! Nothing else in Callboard ever writes a secret anywhere.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::error::KeychainProblem;
use crate::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecretKind {
    /// JSON of a `getvocal::TokenPair`.
    GetVocalTokens,
    GetVocalApiSecret,
    AwazApiKey,
}

impl SecretKind {
    pub const ALL: [SecretKind; 3] = [
        SecretKind::GetVocalTokens,
        SecretKind::GetVocalApiSecret,
        SecretKind::AwazApiKey,
    ];

    fn label(self) -> &'static str {
        match self {
            SecretKind::GetVocalTokens => "getvocal-tokens",
            SecretKind::GetVocalApiSecret => "getvocal-api-secret",
            SecretKind::AwazApiKey => "awaz-api-key",
        }
    }
}

pub trait SecretStore: Send + Sync {
    fn read(&self, account_id: &str, kind: SecretKind) -> Result<Option<String>>;
    fn write(&self, account_id: &str, kind: SecretKind, secret: &str) -> Result<()>;
    /// Deleting a secret that is not there is not an error.
    fn delete(&self, account_id: &str, kind: SecretKind) -> Result<()>;
}

/// The computer's keychain. Each secret is one entry: service = the app's build-specific name
/// ("app.callboard.desktop" or "app.callboard.desktop.dev"), user = "<account id>:<kind>".
pub struct Keychain {
    service: String,
}

impl Keychain {
    pub fn new(service: &str) -> Self {
        Self {
            service: service.to_owned(),
        }
    }

    fn entry(&self, account_id: &str, kind: SecretKind) -> Result<keyring::Entry> {
        keyring::Entry::new(&self.service, &format!("{account_id}:{}", kind.label()))
            .map_err(keychain_error)
    }
}

impl SecretStore for Keychain {
    fn read(&self, account_id: &str, kind: SecretKind) -> Result<Option<String>> {
        match self.entry(account_id, kind)?.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(keychain_error(error)),
        }
    }

    fn write(&self, account_id: &str, kind: SecretKind, secret: &str) -> Result<()> {
        self.entry(account_id, kind)?
            .set_password(secret)
            .map_err(keychain_error)
    }

    fn delete(&self, account_id: &str, kind: SecretKind) -> Result<()> {
        match self.entry(account_id, kind)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(error) => Err(keychain_error(error)),
        }
    }
}

/// Sorts keyring's errors into what a person can act on: unlock it, or do without it.
fn keychain_error(error: keyring::Error) -> Error {
    let message = error_chain(&error);
    let problem = match &error {
        keyring::Error::NoStorageAccess(_) => KeychainProblem::Locked,
        keyring::Error::PlatformFailure(_) if no_service_running(&message) => {
            KeychainProblem::Unavailable
        }
        _ => KeychainProblem::Other,
    };
    Error::Keychain { problem, message }
}

/// The messages of a missing D-Bus session or Secret Service provider (Linux).
fn no_service_running(message: &str) -> bool {
    let message = message.to_lowercase();
    [
        "autolaunch",
        "dbus_session_bus_address",
        "org.freedesktop.secrets",
        "serviceunknown",
        "no such file or directory",
        "connection refused",
    ]
    .iter()
    .any(|sign| message.contains(sign))
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// Secrets kept for this run only: accounts not remembered, demo accounts, tests.
#[derive(Default)]
pub struct MemorySecrets {
    secrets: Mutex<HashMap<(String, SecretKind), String>>,
}

impl MemorySecrets {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<(String, SecretKind), String>> {
        self.secrets.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl SecretStore for MemorySecrets {
    fn read(&self, account_id: &str, kind: SecretKind) -> Result<Option<String>> {
        Ok(self.lock().get(&(account_id.to_owned(), kind)).cloned())
    }

    fn write(&self, account_id: &str, kind: SecretKind, secret: &str) -> Result<()> {
        self.lock()
            .insert((account_id.to_owned(), kind), secret.to_owned());
        Ok(())
    }

    fn delete(&self, account_id: &str, kind: SecretKind) -> Result<()> {
        self.lock().remove(&(account_id.to_owned(), kind));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_secrets_are_kept_per_account_and_kind() {
        let vault = MemorySecrets::new();
        vault.write("a", SecretKind::AwazApiKey, "k1").unwrap();
        vault.write("b", SecretKind::AwazApiKey, "k2").unwrap();
        assert_eq!(
            vault.read("a", SecretKind::AwazApiKey).unwrap().as_deref(),
            Some("k1")
        );
        assert_eq!(vault.read("a", SecretKind::GetVocalTokens).unwrap(), None);
        vault.delete("a", SecretKind::AwazApiKey).unwrap();
        vault.delete("a", SecretKind::AwazApiKey).unwrap();
        assert_eq!(vault.read("a", SecretKind::AwazApiKey).unwrap(), None);
        assert_eq!(
            vault.read("b", SecretKind::AwazApiKey).unwrap().as_deref(),
            Some("k2")
        );
    }

    #[test]
    fn a_missing_session_bus_reads_as_no_keychain_service() {
        let error = keychain_error(keyring::Error::PlatformFailure(
            "Unable to autolaunch a dbus-daemon without a $DISPLAY for X11".into(),
        ));
        let explanation = error.explain();
        assert_eq!(explanation.code, "keychain.unavailable");
        assert!(explanation.next_step.contains("Remember on this computer"));

        let locked = keychain_error(keyring::Error::NoStorageAccess(
            "Cannot create an item in a locked collection".into(),
        ));
        assert_eq!(locked.explain().code, "keychain.locked");
    }
}
