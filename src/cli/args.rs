//! A small, strict argument parser (no dependency, clear messages).

use std::path::PathBuf;

/// A command-line error: always exit code 2 and a one-line message.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Wrong arguments.
    #[error("{0}")]
    Usage(String),
    /// Bad input file or value; the message names the file and the problem.
    #[error("{0}")]
    Input(String),
}

impl CliError {
    /// Wrap an I/O error writing to stdout.
    #[allow(clippy::needless_pass_by_value)] // used as `map_err(CliError::io)`
    pub fn io(e: std::io::Error) -> Self {
        Self::Input(format!("cannot write output: {e}"))
    }
}

/// Parsed arguments: the subcommand, positionals and `--flag [value]` options.
#[derive(Debug, Default, Clone)]
pub struct Args {
    /// The subcommand, if any.
    pub command: Option<String>,
    /// Positional arguments after the subcommand.
    pub positional: Vec<String>,
    /// Options in order: name without dashes, value if it takes one.
    pub options: Vec<(String, Option<String>)>,
}

/// Options that take a value.
const VALUED: [&str; 10] = [
    "data-dir", "today", "client", "out", "lang", "budget", "import", "minutes", "weeks", "set",
];

impl Args {
    /// Parse arguments (without the program name).
    pub fn parse(argv: Vec<String>) -> Result<Self, CliError> {
        let mut args = Self::default();
        let mut it = argv.into_iter();
        while let Some(a) = it.next() {
            if let Some(name) = a.strip_prefix("--") {
                let (name, inline) = match name.split_once('=') {
                    Some((n, v)) => (n.to_owned(), Some(v.to_owned())),
                    None => (name.to_owned(), None),
                };
                if VALUED.contains(&name.as_str()) {
                    let value = match inline {
                        Some(v) => v,
                        None => it
                            .next()
                            .ok_or_else(|| CliError::Usage(format!("--{name} needs a value")))?,
                    };
                    args.options.push((name, Some(value)));
                } else {
                    args.options.push((name, inline));
                }
            } else if a == "-h" {
                args.options.push(("help".to_owned(), None));
            } else if a == "-V" {
                args.options.push(("version".to_owned(), None));
            } else if args.command.is_none() && args.positional.is_empty() {
                args.command = Some(a);
            } else {
                args.positional.push(a);
            }
        }
        Ok(args)
    }

    /// Whether `--name` was given.
    pub fn flag(&self, name: &str) -> bool {
        self.options.iter().any(|(n, _)| n == name)
    }

    /// The value of `--name VALUE` (the last one wins).
    pub fn value(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    /// The path given with `--out`, or a usage error saying `missing` when there is none.
    pub fn out_path(&self, missing: &str) -> Result<&std::path::Path, CliError> {
        match self.value("out") {
            Some(p) if !p.trim().is_empty() => Ok(std::path::Path::new(p)),
            _ => Err(CliError::Usage(missing.to_owned())),
        }
    }

    /// Fail on any option not in `allowed`.
    pub fn reject_unknown(&self, allowed: &[&str]) -> Result<(), CliError> {
        for (n, _) in &self.options {
            if !allowed.contains(&n.as_str()) {
                return Err(CliError::Usage(format!(
                    "unknown option --{n} (see ssi-coach --help)"
                )));
            }
        }
        Ok(())
    }

    /// `--data-dir DIR`, else `SSI_COACH_DATA_DIR`.
    pub fn data_dir(&self) -> Option<PathBuf> {
        self.value("data-dir")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("SSI_COACH_DATA_DIR").map(PathBuf::from))
            .filter(|p| !p.as_os_str().is_empty())
    }

    /// `--today YYYY-MM-DD`, else the local date.
    pub fn today(&self) -> Result<crate::model::Date, CliError> {
        match self.value("today") {
            Some(s) => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
                CliError::Usage(format!(
                    "--today '{s}' is not a date of the form YYYY-MM-DD"
                ))
            }),
            None => Ok(chrono::Local::now().date_naive()),
        }
    }
}

/// Whether a bare first argument is a file to open rather than a mistyped subcommand: it ends
/// in `.zip` (any case), names a path (has a separator), or is an existing file. Desktops pass
/// an absolute path for `%f`, so a file in the working folder named like a subcommand never
/// reaches this.
pub fn is_bare_zip(arg: &str) -> bool {
    let path = std::path::Path::new(arg);
    let zip_named = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
    zip_named || arg.contains(std::path::MAIN_SEPARATOR) || arg.contains('/') || path.is_file()
}
