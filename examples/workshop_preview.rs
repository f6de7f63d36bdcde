//! Workshop mode alone in a window, for looking at it and taking screenshots.
//!
//! `workshop_preview [--lang en|nl|da] [--tab simulator|exercises|cohort] [--presenter]
//! [--import PATH]... [--exercise N] [--persona blank|beginner|average|active] [--data-dir DIR]`
//! The data folder is a fresh temporary folder unless given (for a trainer's `exercises.ron`);
//! no client data is ever read.
#![allow(missing_docs)]

use std::time::Duration;

use ssi_coach::engine::Persona;
use ssi_coach::i18n::Language;
use ssi_coach::ui::workshop::{self, Tab, WorkshopState};

struct Preview {
    state: WorkshopState,
    lang: Language,
    dir: std::path::PathBuf,
}

impl eframe::App for Preview {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let now = Duration::from_secs_f64(ui.ctx().input(|i| i.time));
        let today = chrono::Local::now().date_naive();
        let mut asked = Vec::new();
        // the app's text sizes, colours and spacing, so the preview looks as the app does
        ssi_coach::ui::theme::apply(ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| {
            workshop::show(ui, self.lang, now, &mut self.state, &mut asked);
        });
        // the preview performs what needs no dialog (the app also asks where to save)
        for cmd in asked {
            let _ = self.state.perform(cmd, self.lang, today, &self.dir);
        }
    }
}

fn main() -> eframe::Result {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut state = WorkshopState::default();
    let mut lang = Language::En;
    let mut imports = Vec::new();
    let mut dir = std::env::temp_dir().join(format!("ssi-workshop-preview-{}", std::process::id()));
    let mut i = 0;
    while i < args.len() {
        let next = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--lang" => {
                lang = match next.as_str() {
                    "nl" => Language::Nl,
                    "da" => Language::Da,
                    _ => Language::En,
                };
                i += 1;
            }
            "--tab" => {
                state.set_tab(match next.as_str() {
                    "exercises" => Tab::Exercises,
                    "cohort" => Tab::Cohort,
                    _ => Tab::Simulator,
                });
                i += 1;
            }
            "--presenter" => state.set_presenter(true),
            "--data-dir" => {
                dir = std::path::PathBuf::from(next);
                i += 1;
            }
            "--import" => {
                imports.push(std::path::PathBuf::from(next));
                i += 1;
            }
            "--exercise" => {
                state.set_tab(Tab::Exercises);
                state.ex.request_open(next.parse().unwrap_or(0), true);
                i += 1;
            }
            "--persona" => {
                state.sim.start_from(match next.as_str() {
                    "blank" => Persona::Blank,
                    "beginner" => Persona::Beginner,
                    "active" => Persona::ActiveSeller,
                    _ => Persona::Average,
                });
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    state.cohort.import(&imports);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("SSI Coach workshop")
            .with_inner_size([1280.0, 800.0])
            .with_maximized(true),
        ..Default::default()
    };
    eframe::run_native(
        "ssi-coach-workshop-preview",
        options,
        Box::new(move |_cc| Ok(Box::new(Preview { state, lang, dir }))),
    )
}
