//! One file per area. Each command reads the managed `Callboard`, calls it, and lets `?` map
//! `callboard::Error` into the `Explanation` the UI shows (the single mapping point).

pub mod accounts;
pub mod app;
pub mod awaz;
pub mod bulk;
pub mod calling;
pub mod clients;
pub mod getvocal;
pub mod history;
pub mod import;
pub mod lists;
pub mod settings;

/// What every fallible command returns to the UI.
pub type CommandResult<T> = Result<T, callboard::Explanation>;
