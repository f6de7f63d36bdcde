//! Fuzz the LinkedIn export reader: any bytes give an import or an error, never a panic or a
//! hang (`cargo +nightly fuzz run import_zip`, see docs/import.md).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(import) = ssi_coach::import::read_zip_bytes(data, None) {
        // what was read also turns into JSON and merges without a panic
        let _ = import.to_json();
    }
});
