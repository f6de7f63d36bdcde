//! Texts of undo and redo: the notice ("Undid: +1 on Comments") and what each step was.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    (
        "undo.undid",
        [
            "Undid: {what}",
            "Ongedaan gemaakt: {what}",
            "Fortrudt: {what}",
        ],
    ),
    (
        "undo.redid",
        [
            "Redid: {what}",
            "Opnieuw gedaan: {what}",
            "Gentaget: {what}",
        ],
    ),
    ("undo.redo", ["Redo", "Opnieuw", "Gentag"]),
    (
        "undo.profile_ticked",
        [
            "'{item}' ticked",
            "'{item}' aangevinkt",
            "'{item}' afkrydset",
        ],
    ),
    (
        "undo.profile_unticked",
        [
            "'{item}' unticked",
            "'{item}' uitgevinkt",
            "'{item}' ikke længere afkrydset",
        ],
    ),
    (
        "undo.skills",
        [
            "skills set to {n}",
            "vaardigheden op {n} gezet",
            "færdigheder sat til {n}",
        ],
    ),
    (
        "undo.recommendations",
        [
            "recommendations set to {n}",
            "aanbevelingen op {n} gezet",
            "anbefalinger sat til {n}",
        ],
    ),
    (
        "undo.navigator_on",
        [
            "Sales Navigator on",
            "Sales Navigator aan",
            "Sales Navigator til",
        ],
    ),
    (
        "undo.navigator_off",
        [
            "Sales Navigator off",
            "Sales Navigator uit",
            "Sales Navigator fra",
        ],
    ),
    (
        "undo.network",
        [
            "network set to {n} connections",
            "netwerk op {n} connecties gezet",
            "netværk sat til {n} forbindelser",
        ],
    ),
    (
        "undo.activity_delta",
        [
            "{delta} on {activity} ({date})",
            "{delta} bij {activity} ({date})",
            "{delta} på {activity} ({date})",
        ],
    ),
    (
        "undo.goal",
        [
            "weekly goal for {activity} set to {n}",
            "weekdoel voor {activity} op {n} gezet",
            "ugemål for {activity} sat til {n}",
        ],
    ),
    (
        "undo.goals",
        [
            "weekly goals set from the plan",
            "weekdoelen uit het plan gezet",
            "ugemål sat fra planen",
        ],
    ),
    (
        "undo.message_added",
        [
            "message to {name} added",
            "bericht aan {name} toegevoegd",
            "besked til {name} tilføjet",
        ],
    ),
    (
        "undo.message_edited",
        [
            "message to {name} edited",
            "bericht aan {name} bewerkt",
            "besked til {name} redigeret",
        ],
    ),
    (
        "undo.message_deleted",
        [
            "message to {name} deleted",
            "bericht aan {name} verwijderd",
            "besked til {name} slettet",
        ],
    ),
    (
        "undo.reading_added",
        [
            "reading of {date} added",
            "meting van {date} toegevoegd",
            "måling fra {date} tilføjet",
        ],
    ),
    (
        "undo.readings_added",
        [
            "readings from a spreadsheet added ({n})",
            "metingen uit een spreadsheet toegevoegd ({n})",
            "målinger fra et regneark tilføjet ({n})",
        ],
    ),
    (
        "undo.reading_deleted",
        [
            "reading of {date} deleted",
            "meting van {date} verwijderd",
            "måling fra {date} slettet",
        ],
    ),
    (
        "undo.calibrate_on",
        [
            "calibration to the readings on",
            "kalibratie op de metingen aan",
            "kalibrering til målingerne til",
        ],
    ),
    (
        "undo.calibrate_off",
        [
            "calibration to the readings off",
            "kalibratie op de metingen uit",
            "kalibrering til målingerne fra",
        ],
    ),
    (
        "undo.renamed",
        [
            "renamed to {name}",
            "hernoemd naar {name}",
            "omdøbt til {name}",
        ],
    ),
    (
        "undo.archived",
        ["client archived", "cliënt gearchiveerd", "klient arkiveret"],
    ),
    (
        "undo.unarchived",
        [
            "client brought back from the archive",
            "cliënt uit het archief gehaald",
            "klient hentet tilbage fra arkivet",
        ],
    ),
    (
        "undo.language",
        [
            "report language set to {language}",
            "rapporttaal op {language} gezet",
            "rapportsprog sat til {language}",
        ],
    ),
    (
        "undo.session_recorded",
        [
            "session of {date} recorded",
            "sessie van {date} vastgelegd",
            "session fra {date} registreret",
        ],
    ),
    (
        "undo.session_notes",
        [
            "notes of the session of {date} edited",
            "notities van de sessie van {date} bewerkt",
            "noter til sessionen fra {date} redigeret",
        ],
    ),
    (
        "undo.session_notes_any",
        [
            "session notes edited",
            "sessienotities bewerkt",
            "sessionsnoter redigeret",
        ],
    ),
    (
        "undo.session_deleted",
        [
            "session of {date} deleted",
            "sessie van {date} verwijderd",
            "session fra {date} slettet",
        ],
    ),
    (
        "undo.session_deleted_any",
        ["session deleted", "sessie verwijderd", "session slettet"],
    ),
    (
        "undo.item_added",
        [
            "action item added",
            "actiepunt toegevoegd",
            "handlingspunkt tilføjet",
        ],
    ),
    (
        "undo.item_done",
        [
            "action item ticked done",
            "actiepunt afgevinkt",
            "handlingspunkt markeret som udført",
        ],
    ),
    (
        "undo.item_open",
        [
            "action item opened again",
            "actiepunt weer geopend",
            "handlingspunkt åbnet igen",
        ],
    ),
    (
        "undo.item_deleted",
        [
            "action item deleted",
            "actiepunt verwijderd",
            "handlingspunkt slettet",
        ],
    ),
    (
        "undo.annotation_added",
        [
            "note '{label}' added to the history",
            "notitie '{label}' aan de geschiedenis toegevoegd",
            "note '{label}' tilføjet historikken",
        ],
    ),
    (
        "undo.annotation_deleted",
        [
            "note '{label}' deleted from the history",
            "notitie '{label}' uit de geschiedenis verwijderd",
            "note '{label}' slettet fra historikken",
        ],
    ),
    (
        "undo.import",
        [
            "LinkedIn export merged",
            "LinkedIn-export samengevoegd",
            "LinkedIn-eksport flettet ind",
        ],
    ),
    (
        "undo.client_deleted",
        [
            "client {name} deleted",
            "cliënt {name} verwijderd",
            "klient {name} slettet",
        ],
    ),
];
