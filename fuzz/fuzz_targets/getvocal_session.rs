//! GetVocal sessions from any stored tokens and any refresh answer (see `check_session_bytes`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../crates/getvocal/tests/fuzz_answers.rs"]
mod logic;

fuzz_target!(|data: &[u8]| logic::check_session_bytes(data));
