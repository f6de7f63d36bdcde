//! The command line: `ssi-coach [--data-dir DIR]` runs the app, subcommands script it.
//!
//! Exit codes are a contract for coaches' scripts: 0 success, 2 bad input or usage.

mod args;
mod calendar;
mod client_import;
mod cohort;
mod estimate;
mod forecast;
mod import;
mod plan;
mod readings;
mod report;

pub use args::{Args, CliError};

use std::io::Write;
use std::path::PathBuf;

/// What `main` should do after parsing the command line.
#[derive(Debug, PartialEq, Eq)]
pub enum Dispatch {
    /// Start the desktop app on this data folder (None: the default folder).
    Gui {
        /// `--data-dir DIR` or `SSI_COACH_DATA_DIR`.
        data_dir: Option<PathBuf>,
        /// `--import ZIP`: open on the import screen reading this LinkedIn export.
        import: Option<PathBuf>,
    },
    /// A subcommand ran; exit with this code.
    Exit(i32),
}

/// The subcommands; any other first word that names a ZIP file opens the app on it.
const SUBCOMMANDS: [&str; 10] = [
    "estimate",
    "knobs",
    "plan",
    "forecast",
    "import",
    "readings",
    "report",
    "cohort",
    "calendar",
    "client-import",
];

/// The usage text printed by `--help`.
pub const USAGE: &str = "\
SSI Coach: an offline coach for LinkedIn's Social Selling Index (an estimate, not LinkedIn's score)

Usage:
  ssi-coach [--data-dir DIR] [--import ZIP]    open the desktop app (and read a LinkedIn export)
  ssi-coach [--data-dir DIR] ZIP               the same as --import ZIP (Open with... on a file)
  ssi-coach estimate FILE [--json] [--today YYYY-MM-DD]
  ssi-coach knobs FILE [--json] [--today YYYY-MM-DD]
  ssi-coach plan FILE [--json] [--today YYYY-MM-DD] [--minutes N]
                                               the plan for N minutes a week (default 60)
  ssi-coach forecast FILE [--json] [--today YYYY-MM-DD] [--weeks N] [--set LEVER=VALUE]... [--stop]
                                               the estimate after N weeks (default 6)
  ssi-coach import ZIP --json                  read a LinkedIn data export, print what it holds
  ssi-coach import ZIP --client NAME           merge a LinkedIn data export into a saved client
  ssi-coach readings import FILE... --client NAME [--json]
                                               add SSI readings from spreadsheets (CSV/TSV)
  ssi-coach readings export --client NAME --out FILE.csv
  ssi-coach report CLIENT --out FILE.html [--lang en|nl|da]
  ssi-coach calendar --out FILE.ics [--client NAME] [--lang en|nl|da]
                                               open action items and follow-ups with a due
                                               date, for a calendar (all clients by default)
  ssi-coach client-import FILE [--client NAME] [--today YYYY-MM-DD]
                                               take in a client file (.ssiclient): merged
                                               into its client, else a new client
  ssi-coach cohort PATH... --json              merge workshop participant files
  ssi-coach cohort PATH... --out FILE.html [--lang en|nl|da]
  ssi-coach --help | --version

Options:
  --data-dir DIR   use DIR as the data folder (also: SSI_COACH_DATA_DIR)

Exit codes: 0 success, 2 bad input or usage.";

/// Parse `argv` (without the program name), run a subcommand if one is given.
pub fn run(argv: Vec<String>) -> Dispatch {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match dispatch(argv, &mut out) {
        Ok(d) => d,
        Err(e) => {
            let _ = out.flush();
            eprintln!("ssi-coach: {e}");
            Dispatch::Exit(2)
        }
    }
}

fn dispatch(argv: Vec<String>, out: &mut dyn Write) -> Result<Dispatch, CliError> {
    let args = Args::parse(argv)?;
    if args.flag("help") {
        writeln!(out, "{USAGE}").map_err(CliError::io)?;
        return Ok(Dispatch::Exit(0));
    }
    if args.flag("version") {
        writeln!(out, "ssi-coach {}", env!("CARGO_PKG_VERSION")).map_err(CliError::io)?;
        return Ok(Dispatch::Exit(0));
    }
    let Some(command) = args.command.as_deref() else {
        args.reject_unknown(&["data-dir", "import"])?;
        return Ok(Dispatch::Gui {
            data_dir: args.data_dir(),
            import: args.value("import").map(PathBuf::from),
        });
    };
    if !SUBCOMMANDS.contains(&command) && args::is_bare_zip(command) {
        // "Open with SSI Coach" on a file: the desktop passes its path as the only argument
        args.reject_unknown(&["data-dir"])?;
        if let Some(extra) = args.positional.first() {
            return Err(CliError::Usage(format!(
                "one file at a time: '{extra}' after '{command}' (see ssi-coach --help)"
            )));
        }
        return Ok(Dispatch::Gui {
            data_dir: args.data_dir(),
            import: Some(PathBuf::from(command)),
        });
    }
    match command {
        "estimate" => estimate::estimate(&args, out).map(|()| Dispatch::Exit(0)),
        "knobs" => estimate::knobs(&args, out).map(|()| Dispatch::Exit(0)),
        "plan" => plan::plan(&args, out).map(|()| Dispatch::Exit(0)),
        "forecast" => forecast::forecast(&args, out).map(|()| Dispatch::Exit(0)),
        "import" => import::import(&args, out).map(|()| Dispatch::Exit(0)),
        "readings" => readings::readings(&args, out).map(|()| Dispatch::Exit(0)),
        "report" => report::report(&args, out).map(|()| Dispatch::Exit(0)),
        "cohort" => cohort::cohort(&args, out).map(|()| Dispatch::Exit(0)),
        "calendar" => calendar::calendar(&args, out).map(|()| Dispatch::Exit(0)),
        "client-import" => client_import::client_import(&args, out).map(|()| Dispatch::Exit(0)),
        _ => Err(CliError::Usage(format!(
            "unknown command '{command}' (see ssi-coach --help)"
        ))),
    }
}
