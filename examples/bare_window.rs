//! A bare eframe window with the same options as SSI Coach and nothing in it: the baseline
//! for the start-up measurement in `benches/startup.sh`. It closes itself after its first
//! frame.
#![allow(missing_docs)]

struct Bare {
    frames: u32,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("bare");
        });
        self.frames += 1;
        if self.frames >= 1 {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(|_cc| Ok(Box::new(Bare { frames: 0 }))),
    )
}
