//! `POST /v1/companies/add/credits`: top up a client workspace's credits or minutes.
//!
//! Both kinds go to the same route, as the collection shows; only the amount's field differs.

use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{json, Number, Value};

use crate::{Client, Error, Result};

/// Which workspace to top up: by email, by id, or both for precision.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct WorkspaceRef {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl WorkspaceRef {
    pub fn by_email(email: impl Into<String>) -> Self {
        WorkspaceRef {
            email: Some(email.into()),
            id: None,
        }
    }

    pub fn by_id(id: impl Into<String>) -> Self {
        WorkspaceRef {
            email: None,
            id: Some(id.into()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum TopUpKind {
    Credits,
    Minutes,
}

impl TopUpKind {
    /// The body field that carries the amount.
    pub fn field(self) -> &'static str {
        match self {
            TopUpKind::Credits => "credits",
            TopUpKind::Minutes => "minutes",
        }
    }
}

/// One top-up: what to add to which workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct TopUp {
    pub workspace: WorkspaceRef,
    pub kind: TopUpKind,
    pub amount: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Workspace {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub email: String,
}

/// The workspace's balances after a top-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct WorkspaceBalance {
    #[serde(default)]
    pub company: Workspace,
    #[serde(default)]
    pub credits: f64,
    #[serde(default)]
    pub minutes: f64,
}

impl Client {
    pub async fn add_credits(
        &self,
        workspace: &WorkspaceRef,
        credits: f64,
    ) -> Result<WorkspaceBalance> {
        self.top_up(&TopUp {
            workspace: workspace.clone(),
            kind: TopUpKind::Credits,
            amount: credits,
        })
        .await
    }

    pub async fn add_minutes(
        &self,
        workspace: &WorkspaceRef,
        minutes: f64,
    ) -> Result<WorkspaceBalance> {
        self.top_up(&TopUp {
            workspace: workspace.clone(),
            kind: TopUpKind::Minutes,
            amount: minutes,
        })
        .await
    }

    /// Sends exactly one top-up request. It is never resent (except after a 429, which Awaz did
    /// not process): a lost answer is `Error::OutcomeUnknown`, to be checked before trying again.
    pub async fn top_up(&self, top_up: &TopUp) -> Result<WorkspaceBalance> {
        let has = |part: &Option<String>| part.as_deref().is_some_and(|s| !s.trim().is_empty());
        if !has(&top_up.workspace.email) && !has(&top_up.workspace.id) {
            return Err(Error::InvalidInput(
                "the workspace needs an email or an id".into(),
            ));
        }
        if !(top_up.amount.is_finite() && top_up.amount > 0.0) {
            return Err(Error::InvalidInput(format!(
                "the amount of {} must be a positive number",
                top_up.kind.field()
            )));
        }
        let mut body = json!({ "company": top_up.workspace });
        body[top_up.kind.field()] = json_amount(top_up.amount);
        self.write(
            Method::POST,
            &["v1", "companies", "add", "credits"],
            &[],
            body,
        )
        .await?
        .json()
    }
}

/// Whole amounts are sent as integers (`10`, not `10.0`), as in the collection.
fn json_amount(amount: f64) -> Value {
    let whole = amount.fract() == 0.0 && amount.abs() < 2f64.powi(53);
    if whole {
        // Exact: a whole number below 2^53 converts to i64 without loss.
        Value::Number(Number::from(amount as i64))
    } else {
        Number::from_f64(amount).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_keep_their_json_shape() {
        assert_eq!(json_amount(10.0).to_string(), "10");
        assert_eq!(json_amount(2.5).to_string(), "2.5");
    }

    #[test]
    fn workspace_ref_sends_only_what_is_known() {
        let body = serde_json::to_value(WorkspaceRef::by_email("a@b.test")).unwrap();
        assert_eq!(body, json!({ "email": "a@b.test" }));
    }
}
