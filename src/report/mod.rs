//! Exports to hand over: the session report (one self-contained HTML file) and CSV files of
//! the messaging and activity logs. Pure functions of the model and an injected "today".

pub mod html;
