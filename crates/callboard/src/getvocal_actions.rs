//! What an account manager does on GetVocal from Callboard: API keys, leads and calls.
//!
//! Every write goes through the journal with the action key the window made once for the
//! person's intent, so a double click or a retry of the same intent never sends twice, and
//! every outcome — an unknown one too — stays in the history. Input is checked here, before
//! anything is sent, and refused with the name of the form field it concerns.
//!
//! Writes answer a [`Sent`] like the Awaz actions: a refusal is an error (its explanation
//! points at the field), while an unknown outcome is an answer whose record says "unknown",
//! so the window can say "we don't know — check before trying again".

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use specta::Type;

use crate::awaz_actions::with_note;
use crate::calling;
pub use crate::journal::Sent;
use crate::journal::{ActionKind, ActionQuery, NewAction};
use crate::service::Callboard;
use crate::validate::{self, FieldProblem};
use crate::when::{self, ScheduleAt};
use crate::words::{self, WordArg, Words};
use crate::{Error, Result};

/// A freshly created API key. The secret is handed to the window this once and is never
/// written to the journal, the settings or a log.
#[derive(Debug, Clone, Serialize, Type)]
pub struct CreatedApiKey {
    pub key_id: String,
    pub name: String,
    /// `None` when this same request had already been sent: the secret was shown then and
    /// GetVocal never gives it again.
    pub secret: Option<String>,
}

/// What the journal keeps of a created key: everything but the secret.
#[derive(Serialize, Deserialize)]
struct JournaledApiKey {
    key_id: String,
    name: String,
}

/// The lead form, as typed. Blank optional fields are left out of the request.
#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
pub struct LeadForm {
    /// Any usual writing; numbers without a country code are read with Settings' default country.
    pub phone_number: String,
    pub first_name: String,
    pub last_name: String,
    pub email_address: String,
    pub company_name: String,
    /// The person's own id for the lead (e.g. from their CRM); GetVocal answers "existing"
    /// for an id it already knows.
    pub customer_lead_id: String,
    /// Extra details the AI agent can use, e.g. DATE_OF_BIRTH → 06/04/1998.
    pub static_data: Vec<StaticDataRow>,
    /// ISO 639-1 code, e.g. "fr"; blank = GetVocal's default.
    pub language: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, Type)]
pub struct StaticDataRow {
    pub key: String,
    pub value: String,
}

/// A lead GetVocal created or already had; also what the journal keeps of it.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
pub struct CreatedLead {
    /// GetVocal's lead id, needed to call the lead.
    pub id: String,
    pub customer_lead_id: Option<String>,
    pub status: getvocal::LeadStatus,
    pub name: String,
    pub phone_number: String,
}

/// A lead created from Callboard, for pickers (GetVocal has no route that lists leads).
#[derive(Debug, Clone, Serialize, Type)]
pub struct KnownLead {
    pub id: String,
    pub name: String,
    pub phone_number: String,
    pub customer_lead_id: Option<String>,
    /// When Callboard created it, RFC 3339 UTC.
    pub created_at: String,
}

/// Which persona calls which lead, and when.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
pub struct CallForm {
    pub persona_id: String,
    pub lead_id: String,
    pub when: CallWhen,
}

#[derive(Debug, Clone, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CallWhen {
    Now,
    At(ScheduleAt),
}

/// A triggered or scheduled call, as GetVocal answered it; also what the journal keeps.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
pub struct PlacedCall {
    pub call: getvocal::TriggeredCall,
    /// "Now", or the chosen moment in its zone and in UTC.
    pub when: String,
}

/// How many waiting calls of a lead were cancelled.
#[derive(Debug, Clone, Serialize, Deserialize, Type)]
pub struct CancelledCalls {
    pub lead_id: String,
    pub cancelled: u32,
}

/// The time zones a schedule form offers, and the one it starts with.
#[derive(Debug, Clone, Serialize, Type)]
pub struct ZoneChoices {
    pub zones: Vec<String>,
    /// Settings' zone, else this computer's.
    pub default_zone: String,
}

pub fn zone_choices(callboard: &Callboard) -> ZoneChoices {
    ZoneChoices {
        zones: when::zones(),
        default_zone: callboard
            .settings()
            .preferences
            .time_zone
            .unwrap_or_else(when::local_zone),
    }
}

/// "Tue 24 Nov 2026, 15:00 Europe/Paris (14:00 UTC)" for a start time being typed, or why it
/// can't be used, on the field concerned (date, time or zone).
pub fn describe_schedule(at: &ScheduleAt) -> Result<String> {
    when::resolve(at, Utc::now())
        .map(|resolved| resolved.description)
        .map_err(time_field)
}

pub async fn api_keys(callboard: &Callboard, account_id: &str) -> Result<Vec<getvocal::ApiKey>> {
    let session = callboard.getvocal(account_id).await?;
    session
        .client
        .list_api_keys()
        .await
        .map_err(|error| callboard.check_sign_in(account_id, error.into()))
}

pub async fn create_api_key(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    name: &str,
) -> Result<Sent<CreatedApiKey>> {
    let name = validate::required("errors-field-label-key-name", name).map_err(field("name"))?;
    let session = callboard.getvocal(account_id).await?;
    let mut secret = None;
    let action = NewAction {
        action_key,
        kind: ActionKind::GetVocalApiKey,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: Words::new("journal-getvocal-create-api-key").arg("name", &name),
        subject: Some(name.clone()),
        request: json!({ "name": name }),
    };
    let sent = callboard
        .journal()
        .send(action, async {
            let created = session
                .client
                .create_api_key(&name)
                .await
                .map_err(signed_out(callboard, account_id))?;
            secret = Some(created.secret);
            Ok(JournaledApiKey {
                key_id: created.key_id,
                name: created.name,
            })
        })
        .await?;
    Ok(Sent {
        answer: sent.answer.map(|key: JournaledApiKey| CreatedApiKey {
            key_id: key.key_id,
            name: key.name,
            secret,
        }),
        record: sent.record,
    })
}

pub async fn revoke_api_key(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    key_id: &str,
    key_name: &str,
) -> Result<Sent<getvocal::ApiKey>> {
    let key_id = validate::required("errors-field-label-key", key_id).map_err(field("key_id"))?;
    let session = callboard.getvocal(account_id).await?;
    let action = NewAction {
        action_key,
        kind: ActionKind::GetVocalApiKey,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: Words::new("journal-getvocal-revoke-api-key").arg("name", key_name.trim()),
        subject: Some(key_id.clone()),
        request: json!({ "revoke": key_id }),
    };
    callboard
        .journal()
        .send(action, async {
            session
                .client
                .revoke_api_key(&key_id)
                .await
                .map_err(signed_out(callboard, account_id))
        })
        .await
}

pub async fn create_lead(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    form: &LeadForm,
) -> Result<Sent<CreatedLead>> {
    let default_country = callboard.settings().preferences.default_country;
    let lead = form.to_new_lead(&default_country)?;
    let session = callboard.getvocal(account_id).await?;
    let who = person_label(&lead);
    let action = NewAction {
        action_key,
        kind: ActionKind::GetVocalLead,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: Words::new("journal-getvocal-create-lead").arg("lead", who),
        // The GetVocal id exists only after the answer; the number is what people search by.
        subject: Some(lead.phone_number.clone()),
        request: serde_json::to_value(&lead).map_err(storage)?,
    };
    callboard
        .journal()
        .send(action, async {
            let result = session
                .client
                .create_lead(&lead)
                .await
                .map_err(signed_out(callboard, account_id))?;
            Ok(CreatedLead {
                id: result.id,
                customer_lead_id: lead.customer_lead_id.clone(),
                status: result.status,
                name: result.name,
                phone_number: result.phone_number,
            })
        })
        .await
}

/// Leads this account created from Callboard, newest first, each once.
pub fn known_leads(callboard: &Callboard, account_id: &str) -> Result<Vec<KnownLead>> {
    let records = callboard.journal().list(&ActionQuery {
        kinds: vec![ActionKind::GetVocalLead],
        account_id: Some(account_id.to_owned()),
        ..ActionQuery::default()
    })?;
    let mut seen = HashSet::new();
    Ok(records
        .into_iter()
        .filter_map(|record| {
            let sent = Sent::<CreatedLead>::from_record(record);
            let lead = sent.answer?;
            seen.insert(lead.id.clone()).then_some(KnownLead {
                id: lead.id,
                name: lead.name,
                phone_number: lead.phone_number,
                customer_lead_id: lead.customer_lead_id,
                created_at: sent.record.created_at,
            })
        })
        .collect())
}

pub async fn place_call(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    form: &CallForm,
) -> Result<Sent<PlacedCall>> {
    let persona_id = validate::required("errors-field-label-persona", &form.persona_id)
        .map_err(field("persona_id"))?;
    let lead_id =
        validate::required("errors-field-label-lead", &form.lead_id).map_err(field("lead_id"))?;
    let (schedule, when) = match &form.when {
        CallWhen::Now => (None, "Now".to_owned()),
        CallWhen::At(at) => {
            let resolved = when::resolve(at, crate::clock::now()).map_err(time_field)?;
            (Some(resolved.utc), resolved.description)
        }
    };
    let session = callboard.getvocal(account_id).await?;
    let lead = lead_label(callboard, account_id, &lead_id);
    // The calling rules and the do-not-call list need the number: known for the leads
    // Callboard created; a lead typed by its id alone is placed as asked.
    let phone = lead_phone(callboard, account_id, &lead_id);
    let placed = phone
        .as_deref()
        .map(|phone| calling::place_single(callboard, account_id, phone, schedule, "lead_id"))
        .transpose()?;
    let (schedule, when, note) = match (placed, phone.as_deref()) {
        (
            Some(calling::SingleCall {
                at,
                note: Some(note),
            }),
            Some(phone),
        ) => {
            let words = at.map_or_else(
                || "Now".to_owned(),
                |at| calling::callee_clock(phone, at, |clock| words::short_date_time(clock, true)),
            );
            (at, words, Some(note))
        }
        _ => (schedule, when, None),
    };
    let summary = match schedule {
        None => Words::new("journal-getvocal-call-now"),
        Some(_) => Words::new("journal-getvocal-call-at").arg("when", &when),
    };
    let summary = with_note(summary.arg("lead", lead), note);
    let action = NewAction {
        action_key,
        kind: ActionKind::GetVocalCall,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary,
        subject: Some(lead_id.clone()),
        request: json!({
            "persona_id": persona_id,
            "lead_id": lead_id,
            "phone": phone,
            "schedule": schedule.map(|moment: DateTime<Utc>| moment.to_rfc3339()),
        }),
    };
    let call = getvocal::TriggerCall {
        persona_id,
        lead_id,
        schedule,
    };
    callboard
        .journal()
        .send(action, async {
            let call = session
                .client
                .trigger_call(&call)
                .await
                .map_err(signed_out(callboard, account_id))?;
            Ok(PlacedCall { call, when })
        })
        .await
}

/// Cancels every waiting (queued or scheduled) call of a lead.
pub async fn cancel_calls(
    callboard: &Callboard,
    account_id: &str,
    action_key: String,
    lead_id: &str,
) -> Result<Sent<CancelledCalls>> {
    let lead_id =
        validate::required("errors-field-label-lead", lead_id).map_err(field("lead_id"))?;
    let session = callboard.getvocal(account_id).await?;
    let lead = lead_label(callboard, account_id, &lead_id);
    let action = NewAction {
        action_key,
        kind: ActionKind::GetVocalCancelCalls,
        account_id: account_id.to_owned(),
        account_name: session.account.name.clone(),
        summary: Words::new("journal-getvocal-cancel-calls").arg("lead", lead),
        subject: Some(lead_id.clone()),
        request: json!({ "lead_id": lead_id }),
    };
    callboard
        .journal()
        .send(action, async {
            let deleted = session
                .client
                .delete_scheduled_calls(&lead_id)
                .await
                .map_err(signed_out(callboard, account_id))?;
            Ok(CancelledCalls {
                lead_id: lead_id.clone(),
                cancelled: deleted.number_of_calls_deleted,
            })
        })
        .await
}

impl LeadForm {
    /// The request to send, or the first field a person has to correct.
    pub fn to_new_lead(&self, default_country: &str) -> Result<getvocal::NewLead> {
        let phone_number = validate::phone_e164(&self.phone_number, default_country)
            .map_err(field("phone_number"))?;
        let email_address = filled(&self.email_address)
            .map(|address| validate::email(address).map_err(field("email_address")))
            .transpose()?;
        let language = filled(&self.language)
            .map(|language| validate::language(language).map_err(field("language")))
            .transpose()?;
        Ok(getvocal::NewLead {
            phone_number,
            first_name: filled(&self.first_name).map(str::to_owned),
            last_name: filled(&self.last_name).map(str::to_owned),
            email_address,
            company_name: filled(&self.company_name).map(str::to_owned),
            customer_lead_id: filled(&self.customer_lead_id).map(str::to_owned),
            static_data: static_data(&self.static_data)?,
            language,
        })
    }
}

/// Rows left completely blank are ignored; a value needs a name, and each name is used once.
fn static_data(rows: &[StaticDataRow]) -> Result<Option<BTreeMap<String, String>>> {
    let mut data = BTreeMap::new();
    for row in rows {
        let key = row.key.trim();
        let value = row.value.trim();
        if key.is_empty() && value.is_empty() {
            continue;
        }
        if key.is_empty() {
            return Err(invalid(
                "static_data",
                Words::new("errors-field-getvocal-detail-unnamed")
                    .arg("value", value)
                    .text(),
            ));
        }
        if data.insert(key.to_owned(), value.to_owned()).is_some() {
            return Err(invalid(
                "static_data",
                Words::new("errors-field-getvocal-detail-twice")
                    .arg("key", key)
                    .text(),
            ));
        }
    }
    Ok((!data.is_empty()).then_some(data))
}

/// "Marie Dupont (+33612345678)", or the number alone.
fn person_label(lead: &getvocal::NewLead) -> String {
    let name = [lead.first_name.as_deref(), lead.last_name.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if name.is_empty() {
        lead.phone_number.clone()
    } else {
        format!("{name} ({})", lead.phone_number)
    }
}

/// The number of a lead Callboard created, if it did.
pub fn lead_phone(callboard: &Callboard, account_id: &str, lead_id: &str) -> Option<String> {
    known_leads(callboard, account_id)
        .unwrap_or_default()
        .into_iter()
        .find(|lead| lead.id == lead_id)
        .map(|lead| lead.phone_number)
}

/// The lead as people know it when Callboard created it, else its GetVocal id.
fn lead_label(callboard: &Callboard, account_id: &str, lead_id: &str) -> WordArg {
    let known = known_leads(callboard, account_id).unwrap_or_default();
    match known.into_iter().find(|lead| lead.id == lead_id) {
        Some(lead) if lead.name.trim().is_empty() => lead.phone_number.into(),
        Some(lead) => format!("{} ({})", lead.name.trim(), lead.phone_number).into(),
        None => Words::new("journal-getvocal-lead-id")
            .arg("id", lead_id)
            .into(),
    }
}

/// A GetVocal error as the window should see it: an ended sign-in marks the account and asks
/// the person to sign in again.
fn signed_out<'a>(
    callboard: &'a Callboard,
    account_id: &'a str,
) -> impl Fn(getvocal::Error) -> Error + 'a {
    move |error| callboard.check_sign_in(account_id, error.into())
}

fn filled(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

fn invalid(field: &str, message: String) -> Error {
    Error::InvalidField {
        field: field.to_owned(),
        message,
    }
}

fn field(name: &'static str) -> impl Fn(FieldProblem) -> Error {
    move |problem| invalid(name, problem.message)
}

fn time_field(problem: when::TimeProblem) -> Error {
    invalid(&problem.field, problem.message)
}

fn storage(error: serde_json::Error) -> Error {
    Error::Storage(error.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(key: &str, value: &str) -> StaticDataRow {
        StaticDataRow {
            key: key.into(),
            value: value.into(),
        }
    }

    #[test]
    fn a_full_form_becomes_a_clean_request() {
        let form = LeadForm {
            phone_number: "06 12 34 56 78".into(),
            first_name: " Marie ".into(),
            last_name: "Dupont".into(),
            email_address: " marie@example.fr ".into(),
            company_name: String::new(),
            customer_lead_id: "crm-42".into(),
            static_data: vec![row("DATE_OF_BIRTH", "06/04/1998"), row("", "")],
            language: "French".into(),
        };
        let lead = form.to_new_lead("FR").unwrap();
        assert_eq!(lead.phone_number, "+33612345678");
        assert_eq!(lead.first_name.as_deref(), Some("Marie"));
        assert_eq!(lead.email_address.as_deref(), Some("marie@example.fr"));
        assert_eq!(lead.company_name, None);
        assert_eq!(lead.language.as_deref(), Some("fr"));
        assert_eq!(
            lead.static_data,
            Some(BTreeMap::from([(
                "DATE_OF_BIRTH".into(),
                "06/04/1998".into()
            )]))
        );
        assert_eq!(person_label(&lead), "Marie Dupont (+33612345678)");
    }

    fn refused_field(form: LeadForm) -> String {
        match form.to_new_lead("FR").unwrap_err() {
            Error::InvalidField { field, .. } => field,
            other => panic!("expected a field error, got {other:?}"),
        }
    }

    #[test]
    fn each_bad_value_names_its_field() {
        let valid = || LeadForm {
            phone_number: "+33612345678".into(),
            ..LeadForm::default()
        };
        assert_eq!(
            refused_field(LeadForm {
                phone_number: "12".into(),
                ..valid()
            }),
            "phone_number"
        );
        assert_eq!(
            refused_field(LeadForm {
                email_address: "marie@".into(),
                ..valid()
            }),
            "email_address"
        );
        assert_eq!(
            refused_field(LeadForm {
                language: "Klingon".into(),
                ..valid()
            }),
            "language"
        );
        assert_eq!(
            refused_field(LeadForm {
                static_data: vec![row("CITY", "Lyon"), row(" CITY ", "Paris")],
                ..valid()
            }),
            "static_data"
        );
        assert_eq!(
            refused_field(LeadForm {
                static_data: vec![row("", "Lyon")],
                ..valid()
            }),
            "static_data"
        );
    }
}
