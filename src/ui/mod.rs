//! The egui screens.
