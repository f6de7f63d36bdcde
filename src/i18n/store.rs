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
    (
        "store.error.bad_value",
        [
            "The file holds a value SSI Coach never writes (edited by hand?): {reason}",
            "Het bestand bevat een waarde die SSI Coach nooit schrijft (met de hand bewerkt?): {reason}",
            "Filen indeholder en værdi, som SSI Coach aldrig skriver (redigeret i hånden?): {reason}",
        ],
    ),
    (
        "close.title",
        [
            "Your changes are not saved",
            "Je wijzigingen zijn niet opgeslagen",
            "Dine ændringer er ikke gemt",
        ],
    ),
    (
        "close.reason",
        [
            "Saving failed: {reason}. If you quit now, the changes since the last save are lost.",
            "Opslaan is mislukt: {reason}. Als je nu afsluit, gaan de wijzigingen sinds de laatste keer opslaan verloren.",
            "Det lykkedes ikke at gemme: {reason}. Hvis du afslutter nu, går ændringerne siden sidste gemning tabt.",
        ],
    ),
    (
        "close.save_again",
        ["Save again", "Opnieuw opslaan", "Gem igen"],
    ),
    (
        "close.save_copy",
        [
            "Save a copy elsewhere…",
            "Een kopie elders opslaan…",
            "Gem en kopi et andet sted…",
        ],
    ),
    (
        "close.quit",
        [
            "Quit without saving",
            "Afsluiten zonder opslaan",
            "Afslut uden at gemme",
        ],
    ),
    (
        "close.keep_open",
        ["Keep working", "Verder werken", "Arbejd videre"],
    ),
    (
        "close.copy_failed",
        [
            "The copy could not be saved: {reason}",
            "De kopie kon niet worden opgeslagen: {reason}",
            "Kopien kunne ikke gemmes: {reason}",
        ],
    ),
    (
        "sync.second_version",
        [
            "A second version of {name} was found ({file}), probably made by a sync tool or a copy. It is left as it is.",
            "Er is een tweede versie van {name} gevonden ({file}), waarschijnlijk van een synchronisatieprogramma of een kopie. Het bestand blijft zoals het is.",
            "Der er fundet en anden version af {name} ({file}), sandsynligvis lavet af et synkroniseringsprogram eller en kopi. Filen forbliver som den er.",
        ],
    ),
    (
        "sync.keep_both",
        ["Keep both", "Beide bewaren", "Behold begge"],
    ),
    (
        "sync.merge",
        [
            "Merge into {name}",
            "Samenvoegen met {name}",
            "Flet ind i {name}",
        ],
    ),
    ("sync.compare", ["Compare", "Vergelijken", "Sammenlign"]),
    (
        "sync.compare.this",
        ["This version", "Deze versie", "Denne version"],
    ),
    (
        "sync.compare.other",
        ["Second version", "Tweede versie", "Anden version"],
    ),
    (
        "sync.compare.changed",
        ["File changed", "Bestand gewijzigd", "Fil ændret"],
    ),
    (
        "sync.compare.messages",
        ["Messages", "Berichten", "Beskeder"],
    ),
    (
        "sync.compare.days",
        [
            "Days with activity",
            "Dagen met activiteit",
            "Dage med aktivitet",
        ],
    ),
    (
        "sync.compare.readings",
        ["Readings", "Metingen", "Målinger"],
    ),
    (
        "sync.compare.sessions",
        ["Sessions", "Sessies", "Sessioner"],
    ),
    (
        "sync.compare.estimate",
        ["Estimate today", "Schatting vandaag", "Estimat i dag"],
    ),
    (
        "sync.compare.unreadable",
        [
            "The second version cannot be read; it is left in place.",
            "De tweede versie kan niet worden gelezen; het bestand blijft staan.",
            "Den anden version kan ikke læses; filen bliver liggende.",
        ],
    ),
    (
        "sync.merged",
        [
            "{name} was also changed elsewhere (another computer, a sync tool): both versions were merged, and the other version is kept as a backup.",
            "{name} is ook elders gewijzigd (een andere computer, een synchronisatieprogramma): beide versies zijn samengevoegd en de andere versie is als reservekopie bewaard.",
            "{name} blev også ændret et andet sted (en anden computer, et synkroniseringsprogram): begge versioner er flettet, og den anden version er gemt som sikkerhedskopi.",
        ],
    ),
    (
        "sync.kept_other",
        [
            "{name}'s file had been replaced by another version; that version is kept as a backup.",
            "Het bestand van {name} was door een andere versie vervangen; die versie is als reservekopie bewaard.",
            "Filen for {name} var blevet erstattet af en anden version; den version er gemt som sikkerhedskopi.",
        ],
    ),
];
