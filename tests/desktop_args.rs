//! The arguments a desktop passes: "Open with SSI Coach" on a ZIP runs `ssi-coach FILE.zip`.
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::PathBuf;
use std::process::Command;

use ssi_coach::cli::{Dispatch, run};

fn argv(args: &[&str]) -> Vec<String> {
    args.iter().map(|a| (*a).to_owned()).collect()
}

/// The app's dispatch; without `--data-dir` the folder comes from the environment, as in use.
fn gui(data_dir: Option<&str>, import: Option<&str>) -> Dispatch {
    let from_env = std::env::var_os("SSI_COACH_DATA_DIR")
        .map(PathBuf::from)
        .filter(|p| !p.as_os_str().is_empty());
    Dispatch::Gui {
        data_dir: data_dir.map(PathBuf::from).or(from_env),
        import: import.map(PathBuf::from),
    }
}

#[test]
fn a_bare_zip_path_opens_the_import_preview() {
    let zip = "/home/dana/Downloads/Basic_LinkedInDataExport_12-01-2026.zip";
    assert_eq!(run(argv(&[zip])), gui(None, Some(zip)));
    // any case of the extension, a relative name, a name with # and spaces
    assert_eq!(run(argv(&["export.ZIP"])), gui(None, Some("export.ZIP")));
    let odd = "/tmp/my #1 export?.zip";
    assert_eq!(run(argv(&[odd])), gui(None, Some(odd)));
    // with a data folder, before or after the file
    assert_eq!(
        run(argv(&["--data-dir", "/d", zip])),
        gui(Some("/d"), Some(zip))
    );
    assert_eq!(
        run(argv(&[zip, "--data-dir", "/d"])),
        gui(Some("/d"), Some(zip))
    );
    // the existing option still works the same way
    assert_eq!(run(argv(&["--import", zip])), gui(None, Some(zip)));
}

#[test]
fn an_existing_file_without_zip_in_its_name_is_opened_too() {
    // a file manager may hand over an export saved without its extension
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("linkedin-export");
    std::fs::write(&file, b"PK\x05\x06").unwrap();
    let path = file.to_str().unwrap();
    assert_eq!(run(argv(&[path])), gui(None, Some(path)));
}

#[test]
fn subcommands_and_typos_are_not_taken_for_files() {
    // a mistyped subcommand is still refused with exit code 2, not opened as a file
    let out = Command::new(env!("CARGO_BIN_EXE_ssi-coach"))
        .arg("estimat")
        .env_remove("SSI_COACH_DATA_DIR")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown command 'estimat'"), "{err}");
    // "import" is the subcommand, even though a ZIP follows it
    assert_eq!(
        run(argv(&["import", "x.zip", "--bogus"])),
        Dispatch::Exit(2)
    );
}

#[test]
fn two_files_or_an_option_of_a_subcommand_are_refused() {
    assert_eq!(run(argv(&["a.zip", "b.zip"])), Dispatch::Exit(2));
    assert_eq!(run(argv(&["a.zip", "--json"])), Dispatch::Exit(2));
    assert_eq!(
        run(argv(&["a.zip", "--import", "b.zip"])),
        Dispatch::Exit(2)
    );
}

/// The console program for Windows runs the subcommands with their output and exit codes,
/// and never opens the window.
#[test]
fn the_console_program_runs_subcommands_and_never_the_window() {
    let exe = env!("CARGO_BIN_EXE_ssi-coach-cli");
    let out = Command::new(exe).arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("ssi-coach {}", env!("CARGO_PKG_VERSION"))
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(exe)
        .arg("--data-dir")
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("give a subcommand"));
    let out = Command::new(exe).arg("no-such-command").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
