//! Texts of the session report and the CSV exports.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    (
        "report.title",
        ["Session report", "Sessieverslag", "Sessionsrapport"],
    ),
    (
        "report.prepared_on",
        [
            "Prepared on {date}",
            "Opgesteld op {date}",
            "Udarbejdet den {date}",
        ],
    ),
    (
        "report.last_session",
        [
            "Last session: {date}",
            "Laatste sessie: {date}",
            "Seneste session: {date}",
        ],
    ),
    (
        "report.no_sessions",
        [
            "No sessions recorded yet",
            "Nog geen sessies vastgelegd",
            "Ingen sessioner registreret endnu",
        ],
    ),
    (
        "report.score.title",
        ["Where you stand", "Waar je staat", "Hvor du står"],
    ),
    (
        "report.score.band",
        ["Band: {band}", "Niveau: {band}", "Niveau: {band}"],
    ),
    (
        "report.score.gap",
        [
            "{points} points to the target of 70",
            "{points} punten tot het doel van 70",
            "{points} point til målet på 70",
        ],
    ),
    (
        "report.score.reached",
        [
            "At or above the target of 70",
            "Op of boven het doel van 70",
            "På eller over målet på 70",
        ],
    ),
    (
        "report.score.reading",
        [
            "Latest reading on LinkedIn ({date}): {value} of 100, {band}",
            "Laatste meting op LinkedIn ({date}): {value} van 100, {band}",
            "Seneste aflæsning på LinkedIn ({date}): {value} af 100, {band}",
        ],
    ),
    (
        "report.score.no_reading",
        [
            "No reading from LinkedIn entered yet",
            "Nog geen meting van LinkedIn ingevoerd",
            "Ingen aflæsning fra LinkedIn indtastet endnu",
        ],
    ),
    (
        "report.score.tick",
        [
            "The green tick on each bar is that pillar's share of the target of 70 (17.5 of 25).",
            "Het groene streepje op elke balk is het aandeel van die pijler in het doel van 70 (17,5 van 25).",
            "Den grønne streg på hver bjælke er søjlens andel af målet på 70 (17,5 af 25).",
        ],
    ),
    ("report.col.pillar", ["Pillar", "Pijler", "Søjle"]),
    (
        "report.col.reading",
        [
            "Reading on LinkedIn",
            "Meting op LinkedIn",
            "Aflæsning på LinkedIn",
        ],
    ),
    ("report.col.then", ["Then", "Toen", "Dengang"]),
    ("report.col.now", ["Now", "Nu", "Nu"]),
    ("report.col.change", ["Change", "Verschil", "Ændring"]),
    ("report.col.status", ["Status", "Status", "Status"]),
    ("report.col.what", ["What", "Wat", "Hvad"]),
    ("report.col.target", ["Target", "Doel", "Mål"]),
    ("report.col.knob", ["Knob", "Knop", "Knap"]),
    (
        "report.col.now_target",
        ["Now → target", "Nu → doel", "Nu → mål"],
    ),
    ("report.col.gain", ["Gain", "Winst", "Gevinst"]),
    ("report.col.effort", ["Effort", "Inspanning", "Indsats"]),
    ("report.col.why", ["Why", "Waarom", "Hvorfor"]),
    ("report.total", ["Total", "Totaal", "Total"]),
    (
        "report.chart.title",
        ["Over time", "Verloop in de tijd", "Udvikling over tid"],
    ),
    (
        "report.chart.estimate",
        [
            "Estimate (weekly)",
            "Schatting (per week)",
            "Estimat (ugentligt)",
        ],
    ),
    ("report.chart.session", ["Session", "Sessie", "Session"]),
    (
        "report.chart.marked",
        ["Marked period", "Gemarkeerde periode", "Markeret periode"],
    ),
    (
        "report.chart.description",
        [
            "Chart of the estimate and the readings from {from} to {to}, with the bands and the target of 70",
            "Grafiek van de schatting en de metingen van {from} tot {to}, met de niveaus en het doel van 70",
            "Graf over estimatet og aflæsningerne fra {from} til {to}, med niveauerne og målet på 70",
        ],
    ),
    (
        "report.changes.title",
        [
            "What changed since the last session",
            "Wat er veranderd is sinds de vorige sessie",
            "Hvad der har ændret sig siden sidste session",
        ],
    ),
    (
        "report.changes.since_session",
        [
            "From the session on {from} to today, {to}",
            "Van de sessie op {from} tot vandaag, {to}",
            "Fra sessionen den {from} til i dag, {to}",
        ],
    ),
    (
        "report.changes.between_sessions",
        [
            "From the session on {from} to the session on {to}",
            "Van de sessie op {from} tot de sessie op {to}",
            "Fra sessionen den {from} til sessionen den {to}",
        ],
    ),
    (
        "report.changes.first",
        [
            "This is the first session: there is nothing to compare yet",
            "Dit is de eerste sessie: er is nog niets om mee te vergelijken",
            "Dette er den første session: der er intet at sammenligne med endnu",
        ],
    ),
    (
        "report.changes.none",
        [
            "No session recorded yet: the next report compares with the first one",
            "Nog geen sessie vastgelegd: het volgende verslag vergelijkt met de eerste",
            "Ingen session registreret endnu: den næste rapport sammenligner med den første",
        ],
    ),
    (
        "report.changes.moved",
        [
            "What moved in the activity",
            "Wat er bewoog in de activiteit",
            "Hvad der rykkede sig i aktiviteten",
        ],
    ),
    (
        "report.changes.more_moved",
        ["and {n} more", "en nog {n}", "og {n} mere"],
    ),
    (
        "report.changes.nothing_moved",
        [
            "No activity moved noticeably",
            "Geen activiteit is merkbaar veranderd",
            "Ingen aktivitet har ændret sig mærkbart",
        ],
    ),
    (
        "report.actions.title",
        ["Action items", "Actiepunten", "Handlingspunkter"],
    ),
    (
        "report.actions.summary",
        [
            "{done} done, {open} open, {overdue} overdue",
            "{done} gedaan, {open} open, {overdue} te laat",
            "{done} udført, {open} åbne, {overdue} forfaldne",
        ],
    ),
    (
        "report.actions.none",
        [
            "No action items agreed yet",
            "Nog geen actiepunten afgesproken",
            "Ingen handlingspunkter aftalt endnu",
        ],
    ),
    (
        "report.actions.done",
        [
            "✓ Done on {date}",
            "✓ Gedaan op {date}",
            "✓ Udført den {date}",
        ],
    ),
    (
        "report.actions.overdue",
        [
            "! Overdue since {date}",
            "! Te laat sinds {date}",
            "! Forfalden siden {date}",
        ],
    ),
    (
        "report.actions.open_due",
        [
            "○ Open, due {date}",
            "○ Open, uiterlijk {date}",
            "○ Åben, frist {date}",
        ],
    ),
    ("report.actions.open", ["○ Open", "○ Open", "○ Åben"]),
    (
        "report.knobs.title",
        [
            "Top knobs to turn",
            "De knoppen die het meest opleveren",
            "De knapper, der giver mest",
        ],
    ),
    (
        "report.knobs.intro",
        [
            "What would raise the estimate most for the time it takes",
            "Wat de schatting het meest verhoogt voor de tijd die het kost",
            "Hvad der hæver estimatet mest i forhold til den tid, det tager",
        ],
    ),
    (
        "report.knobs.none",
        [
            "No knob left that adds noticeably: keep the pace",
            "Geen knop meer die merkbaar iets toevoegt: houd het tempo vast",
            "Ingen knap tilbage, der giver mærkbart mere: hold tempoet",
        ],
    ),
    (
        "report.knobs.sales_navigator",
        [
            "Needs Sales Navigator",
            "Vereist Sales Navigator",
            "Kræver Sales Navigator",
        ],
    ),
    (
        "report.cautions.title",
        ["Keep in mind", "Houd in gedachten", "Husk"],
    ),
    (
        "report.notes.title",
        [
            "Notes from the session on {date}",
            "Notities van de sessie op {date}",
            "Noter fra sessionen den {date}",
        ],
    ),
    (
        "report.footer",
        [
            "Made offline with SSI Coach on {date}.",
            "Offline gemaakt met SSI Coach op {date}.",
            "Lavet offline med SSI Coach den {date}.",
        ],
    ),
    ("report.csv.date", ["Date", "Datum", "Dato"]),
    ("report.csv.person", ["Person", "Persoon", "Person"]),
    ("report.csv.company", ["Company", "Bedrijf", "Virksomhed"]),
    ("report.csv.title", ["Job title", "Functie", "Stilling"]),
    (
        "report.csv.decision_maker",
        ["Decision maker", "Beslisser", "Beslutningstager"],
    ),
    ("report.csv.channel", ["Channel", "Kanaal", "Kanal"]),
    ("report.csv.replied", ["Replied", "Geantwoord", "Svaret"]),
    (
        "report.csv.follow_up",
        ["Follow up on", "Opvolgen op", "Følg op den"],
    ),
    ("report.csv.note", ["Note", "Notitie", "Note"]),
    ("report.csv.source", ["Source", "Bron", "Kilde"]),
    (
        "report.csv.source.manual",
        ["Typed in", "Ingevoerd", "Indtastet"],
    ),
    (
        "report.csv.source.import",
        ["LinkedIn export", "LinkedIn-export", "LinkedIn-eksport"],
    ),
];
