//! The eframe application: owns the state, applies UI commands, autosaves through `store`.

/// Start the desktop app on `data_dir` (None: the default data folder).
pub fn run(_data_dir: Option<std::path::PathBuf>) -> Result<(), String> {
    Err("the desktop app is not built yet".to_owned())
}
