//! SSI Coach: an offline coach for LinkedIn's Social Selling Index.
//!
//! Layers only import downward (see `docs/architecture.md`):
//! `model` -> `engine` -> `store` / `import` / `report` / `workshop` / `edit` -> `ui` + `app`.
//! Everything but `ui` and `app` builds without egui (`--no-default-features`).

pub mod cli;
pub mod edit;
pub mod engine;
pub mod exchange;
pub mod i18n;
pub mod import;
pub mod model;
pub mod report;
pub mod store;
pub mod tokens;
pub mod workshop;

#[cfg(feature = "gui")]
pub mod app;
#[cfg(feature = "gui")]
pub mod ui;
