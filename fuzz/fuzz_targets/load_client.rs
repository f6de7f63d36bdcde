//! Fuzz the client-file loader: any bytes give a client or an error, never a panic, a hang or
//! a stack overflow, and a client that loads is written back as text that loads again and is
//! then written identically (`ssi_coach::store::check_loader`).
//!
//! `cargo +nightly fuzz run load_client fuzz/corpus/load_client tests/fixtures/store`
//! (from the repository root; the fixtures seed the corpus).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = ssi_coach::store::check_loader(data) {
        panic!("{e}");
    }
});
