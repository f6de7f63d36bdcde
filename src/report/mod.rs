//! Exports to hand over: the session report (one self-contained HTML file) and CSV files of
//! the messaging and activity logs. Pure functions of the model and an injected "today".
//!
//! The GUI and the command line call [`session_report`], [`csv::messages_csv`] and
//! [`csv::activity_csv`] and write the result to a file themselves.

mod chart;
pub mod csv;
pub mod html;
pub mod ics;
mod session;

pub use csv::{activity_csv, messages_csv};
pub use session::{CONTENT_SECURITY_POLICY, session_report};
