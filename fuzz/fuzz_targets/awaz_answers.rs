//! Any Awaz answer to any route, read by the real client (see `check_bytes`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/awaz/tests/fuzz_answers.rs"]
mod logic;

fuzz_target!(|data: &[u8]| logic::check_bytes(data));
