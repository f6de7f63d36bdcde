//! Texts of workshop mode: participant files, cohort import, exercises, the cohort page.
//! Shared by `workshop` (core) and `ui::workshop` (screens): append rows, keep keys `workshop.*`.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    // ---- participant files and cohort import (core) ----
    (
        "workshop.error.unreadable",
        [
            "The file cannot be read ({detail})",
            "Het bestand kan niet worden gelezen ({detail})",
            "Filen kan ikke læses ({detail})",
        ],
    ),
    (
        "workshop.error.too_large",
        [
            "The file is too large for a participant file ({size} kB)",
            "Het bestand is te groot voor een deelnemersbestand ({size} kB)",
            "Filen er for stor til en deltagerfil ({size} kB)",
        ],
    ),
    (
        "workshop.error.not_participant_file",
        [
            "This is not a participant file",
            "Dit is geen deelnemersbestand",
            "Dette er ikke en deltagerfil",
        ],
    ),
    (
        "workshop.error.damaged",
        [
            "The participant file is damaged ({detail})",
            "Het deelnemersbestand is beschadigd ({detail})",
            "Deltagerfilen er beskadiget ({detail})",
        ],
    ),
    (
        "workshop.error.newer_version",
        [
            "A newer version of SSI Coach wrote this file. Update the app to read it",
            "Een nieuwere versie van SSI Coach heeft dit bestand gemaakt. Werk de app bij om het te lezen",
            "En nyere version af SSI Coach har skrevet filen. Opdater appen for at læse den",
        ],
    ),
    (
        "workshop.error.serialize",
        [
            "The participant file cannot be written ({detail})",
            "Het deelnemersbestand kan niet worden geschreven ({detail})",
            "Deltagerfilen kan ikke skrives ({detail})",
        ],
    ),
    (
        "workshop.error.exercises_file",
        [
            "Your own exercises could not be loaded: {detail}",
            "Je eigen oefeningen konden niet worden geladen: {detail}",
            "Dine egne øvelser kunne ikke indlæses: {detail}",
        ],
    ),
    (
        "workshop.skip.folder",
        [
            "The folder cannot be read ({detail})",
            "De map kan niet worden gelezen ({detail})",
            "Mappen kan ikke læses ({detail})",
        ],
    ),
    (
        "workshop.skip.duplicate",
        [
            "Already imported as {file}",
            "Al geïmporteerd als {file}",
            "Allerede importeret som {file}",
        ],
    ),
    (
        "workshop.skip.superseded",
        [
            "Another export of the same participant is used: {file}",
            "Een andere export van dezelfde deelnemer wordt gebruikt: {file}",
            "En anden eksport fra samme deltager bruges: {file}",
        ],
    ),
    // ---- built-in exercises ----
    (
        "workshop.ex.profile_audit.title",
        ["Profile audit", "Profielcheck", "Profiltjek"],
    ),
    (
        "workshop.ex.profile_audit.instructions",
        [
            "Open your own LinkedIn profile next to the app. Go through the checklist item by item and tick only what is really done and done well: photo, banner, headline, about, experience with descriptions, media, featured, skills, recommendations.",
            "Open je eigen LinkedIn-profiel naast de app. Loop de checklist punt voor punt door en vink alleen aan wat echt klaar is en goed gedaan: foto, banner, kopregel, info, ervaring met beschrijvingen, media, uitgelicht, vaardigheden, aanbevelingen.",
            "Åbn din egen LinkedIn-profil ved siden af appen. Gå tjeklisten igennem punkt for punkt, og sæt kun flueben ved det, der virkelig er gjort og gjort godt: foto, banner, overskrift, om, erfaring med beskrivelser, medier, fremhævet, kompetencer, anbefalinger.",
        ],
    ),
    (
        "workshop.ex.headline_about.title",
        [
            "Headline and about for the customer",
            "Kopregel en info voor de klant",
            "Overskrift og om-tekst til kunden",
        ],
    ),
    (
        "workshop.ex.headline_about.instructions",
        [
            "Rewrite your headline and your about section for the customer, not the job title: whom do you help, with what, and what does it bring them? Write in the customer's words. Keep the headline short enough to read at a glance.",
            "Herschrijf je kopregel en je info-sectie voor de klant, niet voor je functietitel: wie help je, waarmee, en wat levert het hun op? Schrijf in de woorden van de klant. Houd de kopregel kort genoeg om in één oogopslag te lezen.",
            "Skriv din overskrift og din om-sektion om til kunden, ikke til din jobtitel: hvem hjælper du, med hvad, og hvad får de ud af det? Skriv med kundens ord. Hold overskriften så kort, at den kan læses med et blik.",
        ],
    ),
    (
        "workshop.ex.headline_about.field_headline",
        ["Headline", "Kopregel", "Overskrift"],
    ),
    (
        "workshop.ex.headline_about.field_about",
        ["About", "Info", "Om"],
    ),
    (
        "workshop.ex.plan_week.title",
        ["Plan your week", "Plan je week", "Planlæg din uge"],
    ),
    (
        "workshop.ex.plan_week.instructions",
        [
            "Look at the knobs with the most points for your estimate. Choose three you will really turn next week and set a weekly goal for each. Small and steady beats big and once.",
            "Bekijk de knoppen met de meeste punten voor jouw schatting. Kies er drie die je volgende week echt gaat gebruiken en stel voor elk een weekdoel. Klein en regelmatig wint van groot en eenmalig.",
            "Se på de knapper, der giver flest point i dit estimat. Vælg tre, du virkelig vil bruge i næste uge, og sæt et ugentligt mål for hver. Lidt og stabilt slår meget og én gang.",
        ],
    ),
    (
        "workshop.ex.invitation_notes.title",
        [
            "Invitation note practice",
            "Uitnodigingen met een persoonlijke notitie",
            "Invitationer med en personlig note",
        ],
    ),
    (
        "workshop.ex.invitation_notes.instructions",
        [
            "Write three personal notes for connection requests to people you really want to know. Say why you connect with this person, refer to something you share, and do not sell. Quality over quantity.",
            "Schrijf drie persoonlijke notities bij connectieverzoeken aan mensen die je echt wilt leren kennen. Zeg waarom je met deze persoon wilt connecten, verwijs naar iets wat jullie delen, en verkoop niets. Kwaliteit boven kwantiteit.",
            "Skriv tre personlige noter til forbindelsesanmodninger til folk, du gerne vil kende. Sig, hvorfor du vil forbinde dig med personen, henvis til noget I har til fælles, og sælg ikke. Kvalitet frem for kvantitet.",
        ],
    ),
    (
        "workshop.ex.invitation_notes.field",
        ["Personal note", "Persoonlijke notitie", "Personlig note"],
    ),
    (
        "workshop.ex.real_ssi.title",
        [
            "Read your real SSI",
            "Lees je echte SSI af",
            "Aflæs dit rigtige SSI",
        ],
    ),
    (
        "workshop.ex.real_ssi.instructions",
        [
            "Open linkedin.com/sales/ssi while logged in and enter your total and the four pillars as LinkedIn shows them today. Compare them with the estimate: where do they differ?",
            "Open linkedin.com/sales/ssi terwijl je bent ingelogd en vul je totaal en de vier pijlers in zoals LinkedIn ze vandaag toont. Vergelijk ze met de schatting: waar verschillen ze?",
            "Åbn linkedin.com/sales/ssi, mens du er logget ind, og indtast din samlede score og de fire søjler, som LinkedIn viser dem i dag. Sammenlign dem med estimatet: hvor er de forskellige?",
        ],
    ),
    (
        "workshop.kind.checklist",
        ["Checklist", "Checklist", "Tjekliste"],
    ),
    (
        "workshop.kind.free_text",
        ["Writing", "Schrijven", "Skrivning"],
    ),
    (
        "workshop.kind.knob_choice",
        ["Choose knobs", "Knoppen kiezen", "Vælg knapper"],
    ),
    (
        "workshop.kind.reading",
        ["Real SSI", "Echte SSI", "Rigtigt SSI"],
    ),
    // ---- cohort summary page (core: workshop::cohort_html) ----
    (
        "workshop.cohort.kicker",
        [
            "Social selling workshop",
            "Workshop social selling",
            "Workshop i social selling",
        ],
    ),
    (
        "workshop.cohort.title",
        [
            "Results of the group",
            "Resultaten van de groep",
            "Gruppens resultater",
        ],
    ),
    (
        "workshop.cohort.participants",
        [
            "Participants: {count}",
            "Deelnemers: {count}",
            "Deltagere: {count}",
        ],
    ),
    (
        "workshop.cohort.count_of",
        [
            "{count} of {total}",
            "{count} van {total}",
            "{count} af {total}",
        ],
    ),
    (
        "workshop.cohort.with_reading",
        [
            "{count} of them also entered their real SSI",
            "{count} van hen vulden ook hun echte SSI in",
            "{count} af dem indtastede også deres rigtige SSI",
        ],
    ),
    (
        "workshop.cohort.pillars",
        [
            "The four pillars (estimate)",
            "De vier pijlers (schatting)",
            "De fire søjler (estimat)",
        ],
    ),
    ("workshop.cohort.col_pillar", ["Pillar", "Pijler", "Søjle"]),
    (
        "workshop.cohort.col_mean",
        ["Average", "Gemiddeld", "Gennemsnit"],
    ),
    ("workshop.cohort.col_min", ["Lowest", "Laagste", "Laveste"]),
    ("workshop.cohort.col_max", ["Highest", "Hoogste", "Højeste"]),
    (
        "workshop.cohort.col_spread",
        ["Spread", "Spreiding", "Spredning"],
    ),
    (
        "workshop.cohort.col_range",
        [
            "Range and average",
            "Bereik en gemiddelde",
            "Spænd og gennemsnit",
        ],
    ),
    ("workshop.cohort.total", ["Total", "Totaal", "Samlet"]),
    (
        "workshop.cohort.bands",
        [
            "Totals by band",
            "Totalen per niveau",
            "Samlet score fordelt på niveauer",
        ],
    ),
    ("workshop.cohort.col_band", ["Band", "Niveau", "Niveau"]),
    (
        "workshop.cohort.col_people",
        ["People", "Personen", "Personer"],
    ),
    (
        "workshop.cohort.missing",
        [
            "Most common gaps in the profiles",
            "Wat het vaakst ontbreekt in de profielen",
            "Det, der oftest mangler i profilerne",
        ],
    ),
    (
        "workshop.cohort.col_item",
        ["Checklist item", "Checklistpunt", "Punkt på tjeklisten"],
    ),
    (
        "workshop.cohort.col_missing",
        ["Missing for", "Ontbreekt bij", "Mangler hos"],
    ),
    (
        "workshop.cohort.no_missing",
        [
            "Every profile has every checklist item",
            "Elk profiel heeft alle punten van de checklist",
            "Alle profiler har alle punkter på tjeklisten",
        ],
    ),
    (
        "workshop.cohort.knobs",
        [
            "Where the group can gain the most",
            "Waar de groep het meest kan winnen",
            "Hvor gruppen kan vinde mest",
        ],
    ),
    (
        "workshop.cohort.knobs_intro",
        [
            "Estimated points on the total per participant, on average over the group, if everyone turns this knob to a realistic target",
            "Geschatte punten op het totaal per deelnemer, gemiddeld over de groep, als iedereen deze knop naar een realistisch doel draait",
            "Anslåede point på den samlede score pr. deltager, i gennemsnit for gruppen, hvis alle drejer denne knap op til et realistisk mål",
        ],
    ),
    ("workshop.cohort.col_knob", ["Knob", "Knop", "Knap"]),
    (
        "workshop.cohort.col_points",
        [
            "Points per participant",
            "Punten per deelnemer",
            "Point pr. deltager",
        ],
    ),
    ("workshop.cohort.col_who", ["Helps", "Helpt", "Hjælper"]),
    (
        "workshop.cohort.no_knobs",
        [
            "No knob adds points for this group",
            "Geen enkele knop levert deze groep punten op",
            "Ingen knap giver point for denne gruppe",
        ],
    ),
    (
        "workshop.cohort.footer",
        [
            "Made with SSI Coach from the participants' own files",
            "Gemaakt met SSI Coach uit de bestanden van de deelnemers",
            "Lavet med SSI Coach ud fra deltagernes egne filer",
        ],
    ),
];
