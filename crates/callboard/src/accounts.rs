//! Accounts as Callboard keeps them (no secrets: those live in the vault), the summaries the
//! window lists, and the forms that add them.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::endpoints::{self, Platform};
use crate::words::Words;
use crate::{Error, Result};

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
pub struct Account {
    /// A UUID v4, also the vault's key for the account's secrets.
    pub id: String,
    /// The person's own label, e.g. "Acme – GetVocal".
    pub name: String,
    /// `None` = the platform's production address.
    pub base_url: Option<String>,
    /// False: secrets are kept in memory only and gone when Callboard quits.
    pub remember: bool,
    pub kind: AccountKind,
}

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "platform", rename_all = "snake_case")]
pub enum AccountKind {
    #[serde(rename = "getvocal")]
    GetVocal {
        /// GetVocal does not return it, so the person types it once.
        company_id: String,
        sign_in: GetVocalSignIn,
    },
    Awaz,
}

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum GetVocalSignIn {
    Password { email: String },
    ApiKey { key_id: String },
}

#[derive(Serialize, Type, Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountStatus {
    Connected,
    NeedsSignIn,
}

/// An account as the window lists it. Never carries a secret.
#[derive(Serialize, Type, Clone, Debug, PartialEq, Eq)]
pub struct AccountSummary {
    pub id: String,
    pub name: String,
    pub platform: Platform,
    /// The address actually used (the account's own, else production).
    pub base_url: String,
    pub company_id: Option<String>,
    /// The email, "API key 8a0d719f…" or "API key", in the current language.
    pub signed_in_as: String,
    /// Signs in with an API key (Awaz, or GetVocal's key and secret) rather than a password.
    pub by_api_key: bool,
    pub status: AccountStatus,
    pub remember: bool,
    /// One of the practice accounts of demo mode.
    pub demo: bool,
}

impl Account {
    pub fn platform(&self) -> Platform {
        match self.kind {
            AccountKind::GetVocal { .. } => Platform::GetVocal,
            AccountKind::Awaz => Platform::Awaz,
        }
    }

    pub fn summary(&self, status: AccountStatus, demo: bool) -> AccountSummary {
        let platform = self.platform();
        let base_url = endpoints::resolve(platform, self.base_url.as_deref())
            .map(|url| url.as_str().trim_end_matches('/').to_owned())
            .unwrap_or_else(|_| self.base_url.clone().unwrap_or_default());
        let (company_id, signed_in_as, by_api_key) = match &self.kind {
            AccountKind::GetVocal {
                company_id,
                sign_in,
            } => {
                let (who, by_api_key) = match sign_in {
                    GetVocalSignIn::Password { email } => (email.clone(), false),
                    GetVocalSignIn::ApiKey { key_id } => (key_label(Some(key_id)), true),
                };
                (Some(company_id.clone()), who, by_api_key)
            }
            AccountKind::Awaz => (None, key_label(None), true),
        };
        AccountSummary {
            id: self.id.clone(),
            name: self.name.clone(),
            platform,
            base_url,
            company_id,
            signed_in_as,
            by_api_key,
            status,
            remember: self.remember,
            demo,
        }
    }
}

/// "API key 8a0d719f…": enough of the (non-secret) key id to tell keys apart; "API key" for a
/// key with no id of its own (Awaz).
fn key_label(key_id: Option<&str>) -> String {
    let key_id = key_id.unwrap_or_default();
    let start: String = key_id.chars().take(8).collect();
    let shown = match (start.len(), key_id.len()) {
        (0, _) => "none",
        (shown, whole) if shown == whole => "whole",
        _ => "cut",
    };
    Words::new("journal-account-key-label")
        .arg("start", start)
        .arg("shown", shown)
        .text()
}

/// Adds a GetVocal account by signing in with email and password. The password is used for
/// the login only and never stored.
#[derive(Deserialize, Type, Clone)]
pub struct GetVocalPasswordForm {
    pub name: String,
    /// Blank or absent = the real service.
    pub base_url: Option<String>,
    pub email: String,
    pub password: String,
    pub company_id: String,
    pub remember: bool,
}

/// Adds a GetVocal account that signs its requests with an API key.
#[derive(Deserialize, Type, Clone)]
pub struct GetVocalApiKeyForm {
    pub name: String,
    pub base_url: Option<String>,
    pub key_id: String,
    pub secret: String,
    pub company_id: String,
    pub remember: bool,
}

#[derive(Deserialize, Type, Clone)]
pub struct AwazAccountForm {
    pub name: String,
    pub base_url: Option<String>,
    pub api_key: String,
    pub remember: bool,
}

/// The trimmed value of a required field, or an error naming it (`what`: an
/// `errors-field-what-…` id).
pub(crate) fn required(field: &str, value: &str, what: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::InvalidField {
            field: field.to_owned(),
            message: Words::new("errors-field-enter")
                .arg("what", Words::new(what))
                .text(),
        });
    }
    Ok(value.to_owned())
}

/// A secret is used as typed (spaces may be part of it) but must not be blank.
pub(crate) fn required_secret(field: &str, value: &str, what: &str) -> Result<()> {
    required(field, value, what).map(drop)
}

/// The account's own address: `None` when left blank (production), else checked.
pub(crate) fn optional_base_url(platform: Platform, value: Option<&str>) -> Result<Option<String>> {
    match value.map(str::trim).filter(|value| !value.is_empty()) {
        None => Ok(None),
        Some(input) => {
            endpoints::parse_base_url(platform, input)?;
            Ok(Some(input.to_owned()))
        }
    }
}

/// The same rules GetVocal's login applies (something before the `@`, a domain with a dot),
/// checked before anything is sent.
pub(crate) fn email(value: &str) -> Result<String> {
    let email = required("email", value, "errors-field-what-getvocal-email")?;
    let valid = email.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !email.contains(char::is_whitespace)
    });
    if !valid {
        return Err(Error::InvalidField {
            field: "email".to_owned(),
            message: Words::new("errors-field-not-email")
                .arg("email", &email)
                .text(),
        });
    }
    Ok(email)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(kind: AccountKind) -> Account {
        Account {
            id: "a1".to_owned(),
            name: "Acme".to_owned(),
            base_url: None,
            remember: true,
            kind,
        }
    }

    #[test]
    fn summaries_say_who_is_signed_in_without_secrets() {
        let by_password = account(AccountKind::GetVocal {
            company_id: "acme".to_owned(),
            sign_in: GetVocalSignIn::Password {
                email: "ana@acme.test".to_owned(),
            },
        });
        let summary = by_password.summary(AccountStatus::Connected, false);
        assert_eq!(summary.signed_in_as, "ana@acme.test");
        assert_eq!(summary.company_id.as_deref(), Some("acme"));
        assert_eq!(summary.base_url, getvocal::PRODUCTION_BASE_URL);

        let by_key = account(AccountKind::GetVocal {
            company_id: "acme".to_owned(),
            sign_in: GetVocalSignIn::ApiKey {
                key_id: "8a0d719f-1111-2222".to_owned(),
            },
        });
        assert_eq!(
            by_key.summary(AccountStatus::Connected, false).signed_in_as,
            "API key 8a0d719f…"
        );
        let awaz = account(AccountKind::Awaz).summary(AccountStatus::NeedsSignIn, true);
        assert_eq!(awaz.signed_in_as, "API key");
        assert_eq!(awaz.platform, Platform::Awaz);
    }

    #[test]
    fn accounts_serialize_with_readable_tags() {
        let json = serde_json::to_value(account(AccountKind::GetVocal {
            company_id: "acme".to_owned(),
            sign_in: GetVocalSignIn::ApiKey {
                key_id: "k".to_owned(),
            },
        }))
        .unwrap();
        assert_eq!(json["kind"]["platform"], "getvocal");
        assert_eq!(json["kind"]["sign_in"]["method"], "api_key");
    }

    #[test]
    fn emails_are_checked_like_getvocal_does() {
        assert_eq!(email(" ana@acme.test ").unwrap(), "ana@acme.test");
        for bad in [
            "ana",
            "@acme.test",
            "ana@acme",
            "ana@.test",
            "a na@acme.test",
            "",
        ] {
            let error = email(bad).unwrap_err();
            assert_eq!(error.explain().field.as_deref(), Some("email"), "{bad}");
        }
    }

    #[test]
    fn a_blank_address_means_the_real_service() {
        assert_eq!(optional_base_url(Platform::Awaz, Some("  ")).unwrap(), None);
        assert_eq!(optional_base_url(Platform::Awaz, None).unwrap(), None);
        let error = optional_base_url(Platform::Awaz, Some("http://awaz.example")).unwrap_err();
        assert_eq!(error.explain().field.as_deref(), Some("base_url"));
    }
}
