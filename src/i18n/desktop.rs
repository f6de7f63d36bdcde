//! Texts of the desktop integration: opening folders and files in the system's programs, the
//! window title of a read-only window, typed dates.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    (
        "desktop.open_no_program",
        [
            "Could not open {path}: no program to open it was found on this computer",
            "Kon {path} niet openen: op deze computer is geen programma gevonden dat het opent",
            "Kunne ikke åbne {path}: der blev ikke fundet noget program på computeren, der kan åbne den",
        ],
    ),
    (
        "desktop.open_failed",
        [
            "Could not open {path}: {reason}",
            "Kon {path} niet openen: {reason}",
            "Kunne ikke åbne {path}: {reason}",
        ],
    ),
    (
        "desktop.title_locked",
        [
            "{title} (read-only: open in another window)",
            "{title} (alleen-lezen: geopend in een ander venster)",
            "{title} (skrivebeskyttet: åben i et andet vindue)",
        ],
    ),
    (
        "desktop.title_read_only",
        [
            "{title} (read-only)",
            "{title} (alleen-lezen)",
            "{title} (skrivebeskyttet)",
        ],
    ),
];
