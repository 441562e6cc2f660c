//! Callboard's domain, without Tauri: accounts and their keychain vault, settings, the local
//! journal of actions, which endpoints to talk to, the demo workspace, and plain-language
//! explanations of every error.
//!
//! The desktop shell (`src-tauri`) only wraps these functions in commands.
//!
//! Cargo feature `demo` (off by default, on in the desktop app): the practice workspace, with
//! the simulated platforms compiled in. Without it [`Callboard`] never starts demo mode.

pub mod accounts;
pub mod awaz_actions;
pub mod bulk;
pub mod call_book;
pub mod call_page;
pub mod calling;
pub mod clients;
pub mod clock;
pub mod csv_export;
pub mod data_folder;
pub mod data_lock;
#[cfg(feature = "demo")]
pub mod demo;
pub mod do_not_call;
pub mod endpoints;
mod error;
pub mod getvocal_actions;
pub mod history;
pub mod import;
pub mod journal;
pub mod open_folder;
pub mod outcome;
pub mod rule_words;
pub mod service;
pub mod settings;
mod store;
pub mod updates;
pub mod validate;
pub mod vault;
pub mod when;
pub mod words;
pub mod write_path;

pub use accounts::{
    Account, AccountKind, AccountStatus, AccountSummary, AwazAccountForm, GetVocalApiKeyForm,
    GetVocalPasswordForm, GetVocalSignIn,
};
pub use data_lock::DataLock;
pub use error::{Error, Explanation, KeychainProblem, NeededAccount};
pub use journal::{
    ActionKind, ActionQuery, ActionRecord, ActionState, Begin, Journal, NewAction, Outcome,
};
pub use service::{AwazSession, Callboard, DemoServers, GetVocalSession, OpenOptions};
pub use settings::{JsonFileSettings, MemorySettings, Preferences, Settings, SettingsStore};
pub use store::Database;
pub use vault::{Keychain, MemorySecrets, SecretKind, SecretStore};

pub type Result<T, E = Error> = std::result::Result<T, E>;
