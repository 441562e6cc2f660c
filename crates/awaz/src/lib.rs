//! Typed async client of the Awaz voice-agent API.
//!
//! One [`Client`] per API key: its clones share the key's rate limiter, so every screen and job
//! together stay within the key's budget. See the crate README for the readings of the API
//! collection this client follows, the rate strategy and the retry policy.

mod agents;
mod calls;
mod client;
mod contacts;
mod error;
mod hooks;
mod lenient;
mod phones;
mod rate;
mod workspaces;

pub use agents::Agent;
pub use calls::{Call, CallPage, CallStatus, ScheduleCall, CALLS_PER_PAGE};
pub use client::{Client, ClientOptions, PRODUCTION_BASE_URL};
pub use contacts::{Contact, ContactList, NewContact};
pub use error::{Error, NetworkErrorKind, Result};
pub use hooks::HookSubscription;
pub use lenient::Listing;
pub use phones::Phone;
pub use rate::{RateBudget, Throttle, WaitReason};
pub use workspaces::{TopUp, TopUpKind, Workspace, WorkspaceBalance, WorkspaceRef};
