//! Texts of the coaching screens: clients, sessions, action items, annotations, export.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    ("screen.sessions", ["Sessions", "Sessies", "Sessioner"]),
    ("screen.clients", ["Clients", "Klanten", "Klienter"]),
    ("screen.workshop", ["Workshop", "Workshop", "Workshop"]),
    (
        "welcome.trainer",
        [
            "Running a workshop? The workshop has its own participants and shows no client data",
            "Geef je een workshop? De workshop heeft eigen deelnemers en toont geen klantgegevens",
            "Holder du en workshop? Workshoppen har sine egne deltagere og viser ingen klientdata",
        ],
    ),
    (
        "welcome.workshop",
        [
            "Open workshop mode",
            "Workshopmodus openen",
            "Åbn workshoptilstand",
        ],
    ),
    (
        "top.leave_workshop",
        [
            "Leave the workshop",
            "Workshop verlaten",
            "Forlad workshoppen",
        ],
    ),
    (
        "clients.intro",
        [
            "Each client's data lives in its own file in the data folder",
            "De gegevens van elke klant staan in een eigen bestand in de gegevensmap",
            "Hver klients data ligger i sin egen fil i datamappen",
        ],
    ),
    (
        "clients.add",
        ["Add a client", "Klant toevoegen", "Tilføj en klient"],
    ),
    ("clients.new_name", ["Name", "Naam", "Navn"]),
    (
        "clients.add_button",
        ["Add client", "Klant toevoegen", "Tilføj klient"],
    ),
    (
        "clients.list",
        ["All clients", "Alle klanten", "Alle klienter"],
    ),
    (
        "clients.search",
        ["Search clients", "Klanten zoeken", "Søg klienter"],
    ),
    ("clients.sort", ["Sort by", "Sorteren op", "Sortér efter"]),
    ("clients.sort.name", ["Name", "Naam", "Navn"]),
    (
        "clients.sort.last_session",
        ["Last session", "Laatste sessie", "Seneste session"],
    ),
    (
        "clients.sort.estimate",
        ["Estimate", "Schatting", "Estimat"],
    ),
    (
        "clients.sort.change",
        [
            "Change since last session",
            "Verandering sinds laatste sessie",
            "Ændring siden seneste session",
        ],
    ),
    (
        "clients.show_archived",
        ["Show archived", "Gearchiveerde tonen", "Vis arkiverede"],
    ),
    (
        "clients.none",
        [
            "No client matches",
            "Geen klant gevonden",
            "Ingen klient passer",
        ],
    ),
    ("clients.col.name", ["Name", "Naam", "Navn"]),
    ("clients.col.estimate", ["Estimate", "Schatting", "Estimat"]),
    ("clients.col.band", ["Band", "Niveau", "Niveau"]),
    (
        "clients.col.last_session",
        ["Last session", "Laatste sessie", "Seneste session"],
    ),
    (
        "clients.col.change",
        [
            "Since last session",
            "Sinds laatste sessie",
            "Siden seneste session",
        ],
    ),
    (
        "clients.open",
        ["Open this client", "Deze klant openen", "Åbn denne klient"],
    ),
    (
        "clients.current",
        [
            "Current client: {name}",
            "Huidige klant: {name}",
            "Aktuel klient: {name}",
        ],
    ),
    ("clients.rename", ["Rename…", "Naam wijzigen…", "Omdøb…"]),
    (
        "clients.new_name_for",
        ["New name", "Nieuwe naam", "Nyt navn"],
    ),
    (
        "clients.report_language",
        [
            "Language of reports",
            "Taal van rapporten",
            "Sprog i rapporter",
        ],
    ),
    ("clients.archive", ["Archive", "Archiveren", "Arkivér"]),
    (
        "clients.unarchive",
        [
            "Bring back from archive",
            "Terughalen uit archief",
            "Hent tilbage fra arkiv",
        ],
    ),
    (
        "clients.delete",
        ["Delete {name}…", "{name} verwijderen…", "Slet {name}…"],
    ),
    (
        "clients.delete_confirm",
        [
            "Delete {name}? The file moves to the trash folder inside the data folder, and Undo brings the client back.",
            "{name} verwijderen? Het bestand gaat naar de prullenbakmap in de gegevensmap, en Ongedaan maken haalt de klant terug.",
            "Slet {name}? Filen flyttes til papirkurvsmappen i datamappen, og Fortryd henter klienten tilbage.",
        ],
    ),
    ("clients.delete_yes", ["Delete", "Verwijderen", "Slet"]),
    (
        "sessions.title",
        [
            "Sessions with {name}",
            "Sessies met {name}",
            "Sessioner med {name}",
        ],
    ),
    (
        "sessions.intro",
        [
            "Record what you agreed in each session; next time, see what moved",
            "Leg per sessie vast wat jullie afspreken; zie de volgende keer wat er veranderd is",
            "Skriv ned, hvad I aftaler i hver session; se næste gang, hvad der har flyttet sig",
        ],
    ),
    (
        "sessions.compare",
        [
            "What changed since the previous session",
            "Wat er veranderde sinds de vorige sessie",
            "Hvad der har ændret sig siden forrige session",
        ],
    ),
    ("sessions.now", ["Now", "Nu", "Nu"]),
    ("sessions.change", ["Change", "Verschil", "Ændring"]),
    ("sessions.total", ["Total", "Totaal", "I alt"]),
    (
        "sessions.reading_change",
        [
            "Real SSI from LinkedIn: {before} then, {after} now ({change})",
            "Echte SSI van LinkedIn: toen {before}, nu {after} ({change})",
            "Rigtig SSI fra LinkedIn: {before} dengang, {after} nu ({change})",
        ],
    ),
    (
        "sessions.items_done",
        [
            "Action items done: {done} of {total}",
            "Actiepunten gedaan: {done} van {total}",
            "Handlingspunkter udført: {done} af {total}",
        ],
    ),
    (
        "sessions.action_items",
        ["Action items", "Actiepunten", "Handlingspunkter"],
    ),
    (
        "sessions.no_items",
        [
            "No action items yet",
            "Nog geen actiepunten",
            "Ingen handlingspunkter endnu",
        ],
    ),
    (
        "sessions.done_on",
        ["done {date}", "gedaan {date}", "udført {date}"],
    ),
    (
        "sessions.overdue",
        [
            "overdue since {date}",
            "te laat sinds {date}",
            "forsinket siden {date}",
        ],
    ),
    (
        "sessions.due",
        ["due {date}", "uiterlijk {date}", "senest {date}"],
    ),
    (
        "sessions.delete_item",
        [
            "Delete this action item",
            "Dit actiepunt verwijderen",
            "Slet dette handlingspunkt",
        ],
    ),
    (
        "sessions.record",
        [
            "Record a session",
            "Sessie vastleggen",
            "Registrér en session",
        ],
    ),
    (
        "sessions.date",
        ["Session date", "Datum van de sessie", "Sessionens dato"],
    ),
    ("sessions.notes", ["Notes", "Notities", "Noter"]),
    ("sessions.lever", ["Knob", "Knop", "Knap"]),
    ("sessions.target", ["Target", "Doel", "Mål"]),
    ("sessions.due_label", ["Due", "Uiterlijk", "Senest"]),
    (
        "sessions.description",
        ["What exactly", "Wat precies", "Hvad præcis"],
    ),
    ("sessions.remove_item", ["Remove", "Weghalen", "Fjern"]),
    (
        "sessions.add_item",
        [
            "Add an action item",
            "Actiepunt toevoegen",
            "Tilføj handlingspunkt",
        ],
    ),
    (
        "sessions.save",
        ["Save session", "Sessie opslaan", "Gem session"],
    ),
    (
        "sessions.error.target",
        [
            "The target must be a number of 0 or more",
            "Het doel moet een getal van 0 of meer zijn",
            "Målet skal være et tal på 0 eller mere",
        ],
    ),
    (
        "sessions.list",
        ["Earlier sessions", "Eerdere sessies", "Tidligere sessioner"],
    ),
    (
        "sessions.estimate_then",
        ["estimate {total}", "schatting {total}", "estimat {total}"],
    ),
    (
        "sessions.reading_then",
        [
            "real SSI {total}",
            "echte SSI {total}",
            "rigtig SSI {total}",
        ],
    ),
    (
        "sessions.edit_notes",
        ["Edit notes", "Notities bewerken", "Redigér noter"],
    ),
    (
        "sessions.delete_session",
        [
            "Delete this session (its action items stay)",
            "Deze sessie verwijderen (de actiepunten blijven)",
            "Slet denne session (handlingspunkterne bliver)",
        ],
    ),
    (
        "sessions.export",
        [
            "Report and export",
            "Rapport en export",
            "Rapport og eksport",
        ],
    ),
    (
        "sessions.export_report",
        [
            "Export session report…",
            "Sessierapport exporteren…",
            "Eksportér sessionsrapport…",
        ],
    ),
    (
        "sessions.export_messages",
        [
            "Export messaging log (CSV)…",
            "Berichtenlog exporteren (CSV)…",
            "Eksportér beskedlog (CSV)…",
        ],
    ),
    (
        "sessions.export_activity",
        [
            "Export activity log (CSV)…",
            "Activiteitenlog exporteren (CSV)…",
            "Eksportér aktivitetslog (CSV)…",
        ],
    ),
    (
        "sessions.open_after_export",
        [
            "Open the report in the browser after export",
            "Rapport na export in de browser openen",
            "Åbn rapporten i browseren efter eksport",
        ],
    ),
    (
        "annotations.title",
        ["Marked days", "Gemarkeerde dagen", "Markerede dage"],
    ),
    (
        "annotations.intro",
        [
            "Mark a day or a range (holiday, workshop, new job) to explain the chart",
            "Markeer een dag of periode (vakantie, workshop, nieuwe baan) die de grafiek verklaart",
            "Markér en dag eller periode (ferie, workshop, nyt job), der forklarer grafen",
        ],
    ),
    ("annotations.start", ["From", "Van", "Fra"]),
    (
        "annotations.end",
        ["To (optional)", "Tot (optioneel)", "Til (valgfri)"],
    ),
    (
        "annotations.label",
        ["What happened", "Wat er gebeurde", "Hvad der skete"],
    ),
    (
        "annotations.add",
        ["Add mark", "Markering toevoegen", "Tilføj markering"],
    ),
    (
        "annotations.delete",
        [
            "Delete this mark",
            "Deze markering verwijderen",
            "Slet denne markering",
        ],
    ),
    (
        "annotations.error.order",
        [
            "The last day is before the first day",
            "De laatste dag ligt voor de eerste dag",
            "Den sidste dag ligger før den første",
        ],
    ),
    (
        "annotations.error.label",
        [
            "Say what happened",
            "Vul in wat er gebeurde",
            "Skriv, hvad der skete",
        ],
    ),
    (
        "settings.backups",
        [
            "Backups of {name}",
            "Back-ups van {name}",
            "Sikkerhedskopier af {name}",
        ],
    ),
    (
        "settings.backups_note",
        [
            "The last 10 saved versions and one per day for 30 days",
            "De laatste 10 opgeslagen versies en één per dag gedurende 30 dagen",
            "De sidste 10 gemte versioner og én pr. dag i 30 dage",
        ],
    ),
    (
        "settings.no_backups",
        [
            "No backups yet",
            "Nog geen back-ups",
            "Ingen sikkerhedskopier endnu",
        ],
    ),
    (
        "settings.backup_saved",
        ["Saved version", "Opgeslagen versie", "Gemt version"],
    ),
    (
        "settings.backup_migration",
        [
            "Original before updating from format {schema}",
            "Origineel voor de update van formaat {schema}",
            "Original før opdatering fra format {schema}",
        ],
    ),
    ("settings.restore", ["Restore…", "Terugzetten…", "Gendan…"]),
    (
        "settings.restore_confirm",
        [
            "Yes, restore this version",
            "Ja, deze versie terugzetten",
            "Ja, gendan denne version",
        ],
    ),
    ("export.dialog_title", ["Export", "Exporteren", "Eksportér"]),
    (
        "export.no_client",
        [
            "Choose a client first",
            "Kies eerst een klant",
            "Vælg først en klient",
        ],
    ),
    (
        "export.failed",
        [
            "Could not export to {path}: {reason}",
            "Exporteren naar {path} is mislukt: {reason}",
            "Kunne ikke eksportere til {path}: {reason}",
        ],
    ),
    (
        "export.done",
        [
            "Exported to {path}",
            "Geëxporteerd naar {path}",
            "Eksporteret til {path}",
        ],
    ),
];
