//! Texts of the workshop screens (`ui::workshop`): simulator, presenter view, exercises,
//! the participant's own file and the trainer's cohort screen.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    // ---- frame and presenter view ----
    ("workshop.ui.title", ["Workshop", "Workshop", "Workshop"]),
    (
        "workshop.ui.tab.simulator",
        [
            "What-if simulator",
            "Wat-als-simulator",
            "Hvad-nu-hvis-simulator",
        ],
    ),
    (
        "workshop.ui.tab.exercises",
        ["Exercises", "Oefeningen", "Øvelser"],
    ),
    ("workshop.ui.tab.cohort", ["Cohort", "Groep", "Hold"]),
    (
        "workshop.ui.presenter_on",
        [
            "Presenter view (F11)",
            "Presentatieweergave (F11)",
            "Præsentationsvisning (F11)",
        ],
    ),
    (
        "workshop.ui.presenter_off",
        [
            "Leave presenter view (F11 or Esc)",
            "Presentatieweergave verlaten (F11 of Esc)",
            "Forlad præsentationsvisning (F11 eller Esc)",
        ],
    ),
    (
        "workshop.ui.no_client_data",
        [
            "Workshop mode shows no client data: participants keep their own files",
            "De workshopmodus toont geen klantgegevens: deelnemers houden hun eigen bestanden",
            "Workshoptilstand viser ingen klientdata: deltagerne har deres egne filer",
        ],
    ),
    // ---- what-if simulator ----
    (
        "workshop.ui.sim.start_from",
        ["Start from", "Begin bij", "Start fra"],
    ),
    (
        "workshop.ui.sim.reset",
        [
            "Reset to the persona",
            "Terug naar de persona",
            "Nulstil til personaen",
        ],
    ),
    ("workshop.ui.sim.profile", ["Profile", "Profiel", "Profil"]),
    (
        "workshop.ui.sim.activity",
        [
            "Network and activity",
            "Netwerk en activiteit",
            "Netværk og aktivitet",
        ],
    ),
    (
        "workshop.ui.sim.pillar_value",
        [
            "{pillar}: {value} of 25",
            "{pillar}: {value} van 25",
            "{pillar}: {value} af 25",
        ],
    ),
    (
        "workshop.ui.sim.total_value",
        [
            "Total: {value} of 100",
            "Totaal: {value} van 100",
            "Total: {value} af 100",
        ],
    ),
    (
        "workshop.ui.sim.gap",
        [
            "{points} points to go to 70",
            "Nog {points} punten tot 70",
            "{points} point op til 70",
        ],
    ),
    (
        "workshop.ui.sim.reached",
        [
            "70 or higher: target reached",
            "70 of hoger: doel gehaald",
            "70 eller højere: målet er nået",
        ],
    ),
    (
        "workshop.ui.sim.estimate_note",
        [
            "An estimate from the checklist and the activity, not LinkedIn's own score",
            "Een schatting op basis van de checklist en de activiteit, niet de score van LinkedIn zelf",
            "Et estimat ud fra tjeklisten og aktiviteten, ikke LinkedIns egen score",
        ],
    ),
    (
        "workshop.ui.unit.navigator",
        [
            "{label} (Sales Navigator)",
            "{label} (Sales Navigator)",
            "{label} (Sales Navigator)",
        ],
    ),
    // ---- exercises ----
    (
        "workshop.ui.ex.minutes",
        ["{minutes} min", "{minutes} min", "{minutes} min."],
    ),
    (
        "workshop.ui.ex.open",
        ["Open {title}", "{title} openen", "Åbn {title}"],
    ),
    (
        "workshop.ui.ex.back",
        [
            "Back to the exercises",
            "Terug naar de oefeningen",
            "Tilbage til øvelserne",
        ],
    ),
    (
        "workshop.ui.ex.own_hint",
        [
            "Trainers add their own exercises in {file} in the data folder",
            "Trainers voegen eigen oefeningen toe in {file} in de gegevensmap",
            "Undervisere tilføjer egne øvelser i {file} i datamappen",
        ],
    ),
    (
        "workshop.ui.ex.own",
        [
            "Trainer's exercise",
            "Oefening van de trainer",
            "Undervisers øvelse",
        ],
    ),
    ("workshop.ui.ex.done", ["Done", "Gedaan", "Udført"]),
    (
        "workshop.ui.timer.start",
        ["Start the timer", "Timer starten", "Start timeren"],
    ),
    ("workshop.ui.timer.pause", ["Pause", "Pauzeren", "Pause"]),
    (
        "workshop.ui.timer.resume",
        ["Resume", "Hervatten", "Fortsæt"],
    ),
    (
        "workshop.ui.timer.reset",
        ["Reset the timer", "Timer terugzetten", "Nulstil timeren"],
    ),
    (
        "workshop.ui.timer.extend",
        ["2 more minutes", "2 minuten extra", "2 minutter mere"],
    ),
    (
        "workshop.ui.timer.remaining",
        [
            "Time left: {time}",
            "Resterende tijd: {time}",
            "Tid tilbage: {time}",
        ],
    ),
    (
        "workshop.ui.timer.up",
        ["Time is up", "De tijd is om", "Tiden er gået"],
    ),
    (
        "workshop.ui.timer.no_sound",
        [
            "The end signal is a flashing banner: the app plays no sound",
            "Het eindsignaal is een knipperende balk: de app speelt geen geluid af",
            "Slutsignalet er et blinkende banner: appen afspiller ingen lyd",
        ],
    ),
    (
        "workshop.ui.result",
        ["Your result", "Jouw resultaat", "Dit resultat"],
    ),
    (
        "workshop.ui.result.save",
        [
            "Save in my file",
            "Opslaan in mijn bestand",
            "Gem i min fil",
        ],
    ),
    (
        "workshop.ui.result.saved",
        [
            "Saved in your participant file",
            "Opgeslagen in je deelnemersbestand",
            "Gemt i din deltagerfil",
        ],
    ),
    (
        "workshop.ui.result.answer",
        ["Answer {n}", "Antwoord {n}", "Svar {n}"],
    ),
    (
        "workshop.ui.result.knob",
        ["Knob {n}", "Knop {n}", "Knap {n}"],
    ),
    (
        "workshop.ui.result.goal",
        [
            "Goal per week for knob {n}",
            "Doel per week voor knop {n}",
            "Mål pr. uge for knap {n}",
        ],
    ),
    (
        "workshop.ui.result.choose",
        ["Choose a knob", "Kies een knop", "Vælg en knap"],
    ),
    (
        "workshop.ui.result.suggested",
        [
            "Most points for your time: {knobs}",
            "Meeste punten voor je tijd: {knobs}",
            "Flest point for din tid: {knobs}",
        ],
    ),
    (
        "workshop.ui.result.reading_pillar",
        [
            "{pillar} on LinkedIn (0-25)",
            "{pillar} op LinkedIn (0-25)",
            "{pillar} på LinkedIn (0-25)",
        ],
    ),
    (
        "workshop.ui.result.reading_total",
        [
            "Total (the four pillars added up): {total}",
            "Totaal (de vier pijlers opgeteld): {total}",
            "Total (de fire søjler lagt sammen): {total}",
        ],
    ),
    // ---- the participant's own file ----
    (
        "workshop.ui.me.title",
        [
            "My participant file",
            "Mijn deelnemersbestand",
            "Min deltagerfil",
        ],
    ),
    (
        "workshop.ui.me.name",
        [
            "Your name (optional)",
            "Je naam (optioneel)",
            "Dit navn (valgfrit)",
        ],
    ),
    (
        "workshop.ui.me.anonymous",
        [
            "Anonymous unless you type a name",
            "Anoniem, tenzij je een naam invult",
            "Anonym, medmindre du skriver et navn",
        ],
    ),
    (
        "workshop.ui.me.estimate_from",
        [
            "Your estimate in the file comes from the simulator's knobs and your own checklist",
            "De schatting in je bestand komt uit de knoppen van de simulator en je eigen checklist",
            "Estimatet i din fil kommer fra simulatorens knapper og din egen tjekliste",
        ],
    ),
    (
        "workshop.ui.me.progress",
        [
            "{done} of {all} exercises done",
            "{done} van {all} oefeningen gedaan",
            "{done} af {all} øvelser udført",
        ],
    ),
    (
        "workshop.ui.me.export",
        [
            "Export my file…",
            "Mijn bestand exporteren…",
            "Eksportér min fil…",
        ],
    ),
    (
        "workshop.ui.exported",
        [
            "Saved as {path}",
            "Opgeslagen als {path}",
            "Gemt som {path}",
        ],
    ),
    (
        "workshop.ui.export_failed",
        [
            "Could not save: {reason}",
            "Opslaan is niet gelukt: {reason}",
            "Kunne ikke gemme: {reason}",
        ],
    ),
    (
        "workshop.ui.dialog_title",
        ["Save as", "Opslaan als", "Gem som"],
    ),
    // ---- the trainer's cohort ----
    (
        "workshop.ui.cohort.import_files",
        ["Import files…", "Bestanden importeren…", "Importér filer…"],
    ),
    (
        "workshop.ui.cohort.import_folder",
        ["Import a folder…", "Map importeren…", "Importér en mappe…"],
    ),
    (
        "workshop.ui.cohort.drop_hint",
        [
            "Or drop participant files (.ssip) on this window",
            "Of sleep deelnemersbestanden (.ssip) naar dit venster",
            "Eller træk deltagerfiler (.ssip) ind i vinduet",
        ],
    ),
    (
        "workshop.ui.cohort.count",
        [
            "Participants: {count}",
            "Deelnemers: {count}",
            "Deltagere: {count}",
        ],
    ),
    (
        "workshop.ui.cohort.skipped",
        [
            "Skipped files: {count}",
            "Overgeslagen bestanden: {count}",
            "Filer sprunget over: {count}",
        ],
    ),
    (
        "workshop.ui.cohort.skip_row",
        ["{file}: {reason}", "{file}: {reason}", "{file}: {reason}"],
    ),
    (
        "workshop.ui.cohort.empty",
        [
            "No participants yet. Import their files to see the group",
            "Nog geen deelnemers. Importeer hun bestanden om de groep te zien",
            "Ingen deltagere endnu. Importér deres filer for at se holdet",
        ],
    ),
    (
        "workshop.ui.cohort.clear",
        ["Clear the cohort", "Groep leegmaken", "Ryd holdet"],
    ),
    (
        "workshop.ui.cohort.export",
        [
            "Export the summary (HTML)…",
            "Samenvatting exporteren (HTML)…",
            "Eksportér oversigten (HTML)…",
        ],
    ),
    (
        "workshop.ui.cohort.pillar_row",
        [
            "{pillar}: mean {mean}, from {min} to {max}, spread {sd}",
            "{pillar}: gemiddeld {mean}, van {min} tot {max}, spreiding {sd}",
            "{pillar}: gennemsnit {mean}, fra {min} til {max}, spredning {sd}",
        ],
    ),
    (
        "workshop.ui.cohort.plot_note",
        [
            "Box: mean plus and minus the spread; whiskers: lowest and highest",
            "Doos: gemiddelde plus en min de spreiding; snorren: laagste en hoogste",
            "Boks: gennemsnit plus og minus spredningen; knurhår: laveste og højeste",
        ],
    ),
    (
        "workshop.ui.cohort.band_row",
        ["{band}: {count}", "{band}: {count}", "{band}: {count}"],
    ),
    (
        "workshop.ui.cohort.missing_row",
        [
            "{item}: missing for {count} of {all}",
            "{item}: ontbreekt bij {count} van {all}",
            "{item}: mangler hos {count} af {all}",
        ],
    ),
    (
        "workshop.ui.cohort.knob_row",
        [
            "{knob}: {points} points for the group ({count} people)",
            "{knob}: {points} punten voor de groep ({count} mensen)",
            "{knob}: {points} point for holdet ({count} personer)",
        ],
    ),
];
