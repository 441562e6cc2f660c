//! Awaz listings: a good item among any garbage is kept (see `check_lenient_bytes`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/awaz/tests/fuzz_answers.rs"]
mod logic;

fuzz_target!(|data: &[u8]| logic::check_lenient_bytes(data));
