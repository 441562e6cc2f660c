//! Typed async client of the GetVocal API (`https://nexus.production.getvocal.ai/v1`).
//!
//! One [`Client`] per account: it signs every request with either a JWT session (refreshed
//! automatically, see [`Client::tokens_watch`]) or an API key, and maps every answer to typed
//! values or to one [`Error`]. See the crate README for the readings of the API it follows.

mod api_keys;
mod calls;
mod client;
mod error;
mod leads;
mod personas;
mod session;

pub use api_keys::{ApiKey, NewApiKey};
pub use calls::{CallStatus, DeletedCalls, TriggerCall, TriggeredCall};
pub use client::{Client, ClientBuilder, PRODUCTION_BASE_URL};
pub use error::{Error, FieldError, NetworkErrorKind, Problem, Result};
pub use leads::{LeadResult, LeadStatus, NewLead};
pub use personas::Persona;
pub use session::{Credentials, LoginResponse, TokenPair};
