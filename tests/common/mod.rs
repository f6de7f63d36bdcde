//! What several test files share.
#![allow(clippy::unwrap_used, dead_code)]

use std::process::Command;

/// Run the `ssi-coach` binary with `args` (no data folder from the environment): its exit
/// code, standard output and standard error.
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ssi-coach"))
        .args(args)
        .env_remove("SSI_COACH_DATA_DIR")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
