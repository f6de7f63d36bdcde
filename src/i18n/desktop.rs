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
    (
        "desktop.date_format.dmy",
        ["DD-MM-YYYY", "DD-MM-JJJJ", "DD-MM-ÅÅÅÅ"],
    ),
    (
        "desktop.date_format.mdy",
        ["MM/DD/YYYY", "MM/DD/JJJJ", "MM/DD/ÅÅÅÅ"],
    ),
    (
        "desktop.date_invalid.dmy",
        [
            "Enter a date as DD-MM-YYYY (also DD.MM.YYYY, DD/MM/YYYY) or YYYY-MM-DD",
            "Vul een datum in als DD-MM-JJJJ (ook DD.MM.JJJJ, DD/MM/JJJJ) of JJJJ-MM-DD",
            "Indtast en dato som DD-MM-ÅÅÅÅ (også DD.MM.ÅÅÅÅ, DD/MM/ÅÅÅÅ) eller ÅÅÅÅ-MM-DD",
        ],
    ),
    (
        "desktop.date_invalid.mdy",
        [
            "Enter a date as MM/DD/YYYY or YYYY-MM-DD",
            "Vul een datum in als MM/DD/JJJJ of JJJJ-MM-DD",
            "Indtast en dato som MM/DD/ÅÅÅÅ eller ÅÅÅÅ-MM-DD",
        ],
    ),
    ("desktop.formats", ["Formats", "Notatie", "Formater"]),
    (
        "desktop.formats.system",
        ["Follow the system", "Volg het systeem", "Følg systemet"],
    ),
    (
        "desktop.formats.en_us",
        ["English (US)", "Engels (VS)", "Engelsk (USA)"],
    ),
    (
        "desktop.formats.en_gb",
        ["English (UK)", "Engels (VK)", "Engelsk (UK)"],
    ),
    (
        "desktop.formats.nl",
        ["Nederlands", "Nederlands", "Nederlandsk"],
    ),
    ("desktop.formats.da", ["Dansk", "Deens", "Dansk"]),
    (
        "desktop.formats.example",
        [
            "Dates {date}, numbers {number}, CSV files separated by {csv}",
            "Datums {date}, getallen {number}, CSV-bestanden gescheiden door {csv}",
            "Datoer {date}, tal {number}, CSV-filer adskilt med {csv}",
        ],
    ),
    ("desktop.calendar", ["Calendar", "Kalender", "Kalender"]),
    (
        "desktop.pick_date",
        [
            "Pick a day in the calendar",
            "Kies een dag in de kalender",
            "Vælg en dag i kalenderen",
        ],
    ),
    (
        "desktop.previous_month",
        ["Previous month", "Vorige maand", "Forrige måned"],
    ),
    (
        "desktop.next_month",
        ["Next month", "Volgende maand", "Næste måned"],
    ),
    (
        "desktop.no_file_dialog",
        [
            "No file dialog can open on this desktop (it needs xdg-desktop-portal or zenity)",
            "Op dit bureaublad kan geen bestandsvenster openen (daarvoor is xdg-desktop-portal of zenity nodig)",
            "Der kan ikke åbnes en fildialog på dette skrivebord (det kræver xdg-desktop-portal eller zenity)",
        ],
    ),
    (
        "desktop.path_open",
        [
            "Type the full path of the file to open:",
            "Typ het volledige pad van het bestand dat u wilt openen:",
            "Skriv den fulde sti til filen, der skal åbnes:",
        ],
    ),
    (
        "desktop.path_save",
        [
            "Type the full path to save the file as:",
            "Typ het volledige pad waaronder het bestand wordt opgeslagen:",
            "Skriv den fulde sti, filen skal gemmes som:",
        ],
    ),
    (
        "desktop.path_empty",
        [
            "Type a path first",
            "Typ eerst een pad",
            "Skriv først en sti",
        ],
    ),
    (
        "desktop.path_missing",
        [
            "There is no file at {path}",
            "Er is geen bestand op {path}",
            "Der er ingen fil på {path}",
        ],
    ),
    ("desktop.path_ok", ["Continue", "Doorgaan", "Fortsæt"]),
    (
        "desktop.notices",
        [
            "Third-party licences…",
            "Licenties van derden…",
            "Tredjepartslicenser…",
        ],
    ),
    (
        "desktop.notices_title",
        [
            "Third-party licences",
            "Licenties van derden",
            "Tredjepartslicenser",
        ],
    ),
    (
        "desktop.previous_day",
        ["Previous day", "Vorige dag", "Forrige dag"],
    ),
    (
        "desktop.next_day",
        ["Next day", "Volgende dag", "Næste dag"],
    ),
];
