//! Texts of the data store: why a file could not be read or saved. (The first five
//! `store.error.*` keys live in `knobs.rs`.)

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    (
        "store.error.disk_full",
        [
            "The disk is full: changes are not being saved and stay in memory",
            "De schijf is vol: wijzigingen worden niet opgeslagen en blijven in het geheugen",
            "Disken er fuld: ændringer bliver ikke gemt og bliver i hukommelsen",
        ],
    ),
    (
        "store.error.read_only_fs",
        [
            "The data folder is on a read-only disk: changes are not being saved",
            "De gegevensmap staat op een alleen-lezen schijf: wijzigingen worden niet opgeslagen",
            "Datamappen ligger på en skrivebeskyttet disk: ændringer bliver ikke gemt",
        ],
    ),
    (
        "store.error.permission",
        [
            "No permission to write {path}: changes are not being saved",
            "Geen toestemming om {path} te schrijven: wijzigingen worden niet opgeslagen",
            "Ingen tilladelse til at skrive {path}: ændringer bliver ikke gemt",
        ],
    ),
    (
        "store.error.not_found",
        [
            "{path} was not found",
            "{path} is niet gevonden",
            "{path} blev ikke fundet",
        ],
    ),
    (
        "store.error.unknown_schema",
        [
            "The file has a format version SSI Coach does not know ({schema})",
            "Het bestand heeft een formaatversie die SSI Coach niet kent ({schema})",
            "Filen har en formatversion, som SSI Coach ikke kender ({schema})",
        ],
    ),
    (
        "store.error.locked",
        [
            "Another copy of SSI Coach is using this data folder: this window is read-only",
            "Een andere SSI Coach gebruikt deze gegevensmap al: dit venster is alleen-lezen",
            "En anden SSI Coach bruger allerede denne datamappe: dette vindue er skrivebeskyttet",
        ],
    ),
    (
        "store.error.invalid_id",
        [
            "'{reason}' cannot be used as a client id",
            "'{reason}' kan niet als klant-id gebruikt worden",
            "'{reason}' kan ikke bruges som klient-id",
        ],
    ),
];
