//! Callboard's domain, without Tauri: which endpoints to talk to, the demo workspace,
//! the connected provider clients, and plain-language explanations of every error.
//!
//! The desktop shell (`src-tauri`) only wraps these functions in commands.

pub mod demo;
pub mod endpoints;
mod error;
mod workspace;

pub use error::{Error, Explanation};
pub use workspace::Workspace;

pub type Result<T, E = Error> = std::result::Result<T, E>;
