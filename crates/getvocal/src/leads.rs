use std::collections::BTreeMap;

use reqwest::Method;
use serde::{Deserialize, Serialize};

use crate::client::{json_body, Client};
use crate::error::{Error, Result};

/// One lead to create: every field of the collection. An empty `phone_number` is left out of
/// the request so that GetVocal itself reports the missing field (field `items.N.phone_number`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct NewLead {
    /// E.164, e.g. "+33612345678".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    /// The caller's own id for the lead; a lead with a known one is `EXISTING`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_lead_id: Option<String>,
    /// Extra values the agent can use, e.g. `DATE_OF_BIRTH` → "06/04/1998". Strings only, as in
    /// the collection's example (and so the type exports to TypeScript without `any`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_data: Option<BTreeMap<String, String>>,
    /// e.g. "fr" or "en".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// GetVocal's answer for one submitted lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct LeadResult {
    /// GetVocal's lead id, used to trigger calls.
    pub id: String,
    /// "first_name last_name" as GetVocal stores it; may be empty.
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email_address: Option<String>,
    #[serde(default)]
    pub phone_number: String,
    pub status: LeadStatus,
}

/// Whether the lead was new. Any other value GetVocal may send is kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LeadStatus {
    Created,
    Existing,
    #[serde(untagged)]
    Other(String),
}

#[derive(Serialize)]
struct CreateLeads<'a> {
    items: &'a [NewLead],
}

/// A batch of one is answered with a bare object, a larger batch with an array.
#[derive(Deserialize)]
#[serde(untagged)]
enum LeadsAnswer {
    Many(Vec<LeadResult>),
    One(LeadResult),
}

impl Client {
    /// `POST /leads`: one result per lead, in the order given.
    pub async fn create_leads(&self, leads: &[NewLead]) -> Result<Vec<LeadResult>> {
        if leads.is_empty() {
            return Err(Error::InvalidInput("no lead to create".to_owned()));
        }
        let body = json_body(&CreateLeads { items: leads })?;
        let answer: LeadsAnswer = self.request(Method::POST, &["leads"], Some(body)).await?;
        let results = match answer {
            LeadsAnswer::Many(results) => results,
            LeadsAnswer::One(result) => vec![result],
        };
        // Results are matched to leads by position, so a count mismatch makes them unusable.
        if results.len() != leads.len() {
            return Err(Error::UnexpectedResponse {
                status: 200,
                raw: format!(
                    "{} leads were sent but {} results came back",
                    leads.len(),
                    results.len()
                ),
            });
        }
        Ok(results)
    }

    /// `POST /leads` with a single lead.
    pub async fn create_lead(&self, lead: &NewLead) -> Result<LeadResult> {
        let mut results = self.create_leads(std::slice::from_ref(lead)).await?;
        Ok(results.remove(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_keeps_unknown_values() {
        let parse = |json: &str| serde_json::from_str::<LeadStatus>(json).unwrap();
        assert_eq!(parse(r#""CREATED""#), LeadStatus::Created);
        assert_eq!(parse(r#""EXISTING""#), LeadStatus::Existing);
        assert_eq!(
            parse(r#""CREATED_OR_EXISTING""#),
            LeadStatus::Other("CREATED_OR_EXISTING".into())
        );
    }

    #[test]
    fn absent_fields_are_left_out_of_the_request() {
        let lead = NewLead {
            phone_number: "+33612345678".into(),
            language: Some("fr".into()),
            ..NewLead::default()
        };
        assert_eq!(
            serde_json::to_value(&lead).unwrap(),
            serde_json::json!({"phone_number": "+33612345678", "language": "fr"})
        );
    }
}
