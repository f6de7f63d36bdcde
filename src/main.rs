//! `ssi-coach`: runs the desktop app, or a subcommand for scripts.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")] // no console window on Windows

fn main() -> std::process::ExitCode {
    #[cfg(feature = "gui")]
    ssi_coach::app::probe::started();
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match ssi_coach::cli::run(argv) {
        ssi_coach::cli::Dispatch::Exit(code) => std::process::ExitCode::from(code as u8),
        ssi_coach::cli::Dispatch::Gui { data_dir, import } => run_gui(data_dir, import),
    }
}

#[cfg(feature = "gui")]
fn run_gui(
    data_dir: Option<std::path::PathBuf>,
    import: Option<std::path::PathBuf>,
) -> std::process::ExitCode {
    match ssi_coach::app::run(data_dir, import) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ssi-coach: {e}");
            std::process::ExitCode::from(1)
        }
    }
}

#[cfg(not(feature = "gui"))]
fn run_gui(
    _data_dir: Option<std::path::PathBuf>,
    _import: Option<std::path::PathBuf>,
) -> std::process::ExitCode {
    eprintln!(
        "ssi-coach: this build has no desktop app (built without the 'gui' feature); see --help"
    );
    std::process::ExitCode::from(2)
}
