//! `ssi-coach-cli`: the command line of `ssi-coach` as a console program.
//!
//! On Windows the release `ssi-coach.exe` is a GUI program (no console window), so cmd and
//! PowerShell neither show what its subcommands print nor wait for their exit codes. This
//! console program runs the same subcommands (`ssi-coach-cli estimate --client ID`, ...) and
//! exits with their codes; it never opens the window. On Linux and macOS `ssi-coach` itself
//! does both, and this program is not packaged.

fn main() -> std::process::ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match ssi_coach::cli::run(argv) {
        ssi_coach::cli::Dispatch::Exit(code) => std::process::ExitCode::from(code as u8),
        ssi_coach::cli::Dispatch::Gui { .. } => {
            eprintln!(
                "ssi-coach-cli: give a subcommand (see ssi-coach-cli --help); the window is ssi-coach"
            );
            std::process::ExitCode::from(2)
        }
    }
}
