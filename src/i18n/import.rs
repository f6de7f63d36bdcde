//! Texts of the LinkedIn export import.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    (
        "import.error.io",
        [
            "Could not read {path}: {reason}",
            "Kon {path} niet lezen: {reason}",
            "Kunne ikke læse {path}: {reason}",
        ],
    ),
    (
        "import.error.not_zip",
        [
            "This file is not a ZIP file (or it is damaged). Choose the ZIP that LinkedIn sent you.",
            "Dit bestand is geen ZIP-bestand (of het is beschadigd). Kies de ZIP die LinkedIn je stuurde.",
            "Filen er ikke en ZIP-fil (eller den er beskadiget). Vælg den ZIP, LinkedIn sendte dig.",
        ],
    ),
    (
        "import.error.not_linkedin",
        [
            "This ZIP is not a LinkedIn data export: it has none of LinkedIn's files.",
            "Deze ZIP is geen LinkedIn-gegevensexport: de bestanden van LinkedIn ontbreken.",
            "Denne ZIP er ikke en dataeksport fra LinkedIn: LinkedIns filer mangler.",
        ],
    ),
    (
        "import.error.unsafe",
        [
            "This ZIP contains an unsafe entry ({entry}); a LinkedIn export never does. Nothing was read.",
            "Deze ZIP bevat een onveilig onderdeel ({entry}); een LinkedIn-export heeft dat nooit. Er is niets gelezen.",
            "Denne ZIP indeholder en usikker post ({entry}); en LinkedIn-eksport gør aldrig det. Intet blev læst.",
        ],
    ),
    (
        "import.error.too_large",
        [
            "{entry} unpacks to more than {limit} MB, far more than a real export. Nothing was imported.",
            "{entry} wordt uitgepakt groter dan {limit} MB, veel meer dan een echte export. Er is niets geïmporteerd.",
            "{entry} fylder mere end {limit} MB udpakket, langt mere end en rigtig eksport. Intet blev importeret.",
        ],
    ),
    (
        "import.error.entries",
        [
            "This ZIP has more than {n} files, far more than a real export.",
            "Deze ZIP bevat meer dan {n} bestanden, veel meer dan een echte export.",
            "Denne ZIP har mere end {n} filer, langt flere end en rigtig eksport.",
        ],
    ),
];
