//! `GET /v1/contact_lists` and `POST /v1/contacts`.

use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::{Client, Error, Listing, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ContactList {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// Number of contacts in the list.
    #[serde(default)]
    pub size: u32,
}

/// A contact as Awaz returns it, on its own or inside a call.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Contact {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
}

/// The body of `POST /v1/contacts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NewContact {
    pub name: String,
    /// E.164, e.g. `+11111111111`.
    pub phone: String,
    pub email: String,
}

impl Client {
    pub async fn list_contact_lists(&self) -> Result<Listing<ContactList>> {
        self.get(&["v1", "contact_lists"], &[]).await?.listing()
    }

    /// Saves a contact. Checked before sending: a name, an E.164 phone and an email address.
    pub async fn save_contact(&self, contact: &NewContact) -> Result<Contact> {
        if contact.name.trim().is_empty() {
            return Err(Error::InvalidInput("the contact needs a name".into()));
        }
        check_e164(&contact.phone)?;
        if !contact.email.contains('@') {
            return Err(Error::InvalidInput(format!(
                "{:?} is not an email address",
                contact.email
            )));
        }
        let body = serde_json::to_value(contact).map_err(|e| Error::InvalidInput(e.to_string()))?;
        self.write(Method::POST, &["v1", "contacts"], &[], body)
            .await?
            .json()
    }
}

/// E.164: a `+`, then up to 15 digits, the first not zero.
pub(crate) fn check_e164(phone: &str) -> Result<()> {
    let digits = phone.strip_prefix('+').unwrap_or_default();
    let valid = (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if valid {
        Ok(())
    } else {
        Err(Error::InvalidInput(format!(
            "{phone:?} is not an international phone number like +14155550123"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::check_e164;

    #[test]
    fn e164_numbers() {
        assert!(check_e164("+11111111111").is_ok());
        assert!(check_e164("+442071838750").is_ok());
        for bad in [
            "11111111111",
            "+1",
            "+0111111111",
            "+1 111 111 1111",
            "+1234567890123456",
        ] {
            assert!(check_e164(bad).is_err(), "{bad} should be refused");
        }
    }
}
