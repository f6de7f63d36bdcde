//! Fuzz the CSV (and article HTML) readers of the LinkedIn export one file at a time: the first
//! byte picks the file, the rest is its content. Any bytes give an import or an error, never a
//! panic or a hang (`cargo +nightly fuzz run import_csv`, see docs/import.md).

#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &[
    "Connections.csv",
    "Invitations.csv",
    "messages.csv",
    "Messages.csv",
    "Shares_1.csv",
    "InstantReposts_1.csv",
    "Comments.csv",
    "Reactions_2.csv",
    "SearchQueries.csv",
    "Rich_Media.csv",
    "Profile.csv",
    "Positions.csv",
    "Skills.csv",
    "Articles/Articles/fuzz.html",
];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(first) % NAMES.len()];
    if let Ok(import) = ssi_coach::import::read_entry_bytes(name, rest) {
        let _ = import.to_json();
    }
});
