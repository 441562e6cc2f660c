//! The CSV import from any bytes (see `check_import`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/callboard/tests/fuzz_import.rs"]
mod logic;

fuzz_target!(|data: &[u8]| logic::check_import(data));
