#![no_main]
//! See FUZZING.md. The body lives in `dastra_mailgate::fuzzing::rewrite_message`, which
//! `tests/fuzz_replay.rs` also runs over every seed and regression input.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    dastra_mailgate::fuzzing::rewrite_message(data);
});
