//! Texts of the desktop app's screens.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    ("screen.dashboard", ["Dashboard", "Overzicht", "Overblik"]),
    (
        "screen.profile",
        ["Profile checklist", "Profielchecklist", "Profiltjekliste"],
    ),
    (
        "screen.engagement",
        ["Engagement", "Activiteit", "Aktivitet"],
    ),
    (
        "screen.messages",
        ["Messaging log", "Berichtenlog", "Beskedlog"],
    ),
    (
        "screen.readings",
        [
            "Readings and history",
            "Metingen en verloop",
            "Målinger og historik",
        ],
    ),
    (
        "screen.knobs",
        ["Knobs and plan", "Knoppen en plan", "Knapper og plan"],
    ),
    (
        "screen.settings",
        ["Settings", "Instellingen", "Indstillinger"],
    ),
    ("top.client", ["Client", "Klant", "Klient"]),
    ("top.saved", ["Saved", "Opgeslagen", "Gemt"]),
    (
        "top.not_saved",
        ["Not saved", "Niet opgeslagen", "Ikke gemt"],
    ),
    (
        "top.loading",
        [
            "Opening your data…",
            "Je gegevens worden geopend…",
            "Åbner dine data…",
        ],
    ),
    ("top.saving", ["Saving…", "Opslaan…", "Gemmer…"]),
    (
        "top.read_only",
        [
            "Read-only: {reason} Your changes here are not saved.",
            "Alleen-lezen: {reason} Wijzigingen hier worden niet opgeslagen.",
            "Skrivebeskyttet: {reason} Ændringer her bliver ikke gemt.",
        ],
    ),
    (
        "top.not_saving",
        [
            "Your data is not being saved: {reason} Everything stays in memory and saving is retried.",
            "Je gegevens worden niet opgeslagen: {reason} Alles blijft in het geheugen en opslaan wordt opnieuw geprobeerd.",
            "Dine data bliver ikke gemt: {reason} Alt bliver i hukommelsen, og der prøves igen.",
        ],
    ),
    (
        "top.quarantined",
        [
            "The file was moved aside to {path}.",
            "Het bestand is opzijgezet in {path}.",
            "Filen er lagt til side i {path}.",
        ],
    ),
    (
        "top.restore_backup",
        [
            "Restore the backup of {date}",
            "Back-up van {date} terugzetten",
            "Gendan sikkerhedskopien fra {date}",
        ],
    ),
    ("top.dismiss", ["Dismiss", "Sluiten", "Luk"]),
    (
        "top.load_problem",
        ["Could not open:", "Kon niet openen:", "Kunne ikke åbne:"],
    ),
    (
        "welcome.title",
        [
            "Welcome to SSI Coach",
            "Welkom bij SSI Coach",
            "Velkommen til SSI Coach",
        ],
    ),
    (
        "welcome.p1",
        [
            "SSI Coach estimates the four pillars of LinkedIn's Social Selling Index from your profile, your activity and your messages, and shows which knobs raise it most for the least effort.",
            "SSI Coach schat de vier pijlers van LinkedIns Social Selling Index op basis van je profiel, je activiteit en je berichten, en laat zien aan welke knoppen je met de minste moeite het meest wint.",
            "SSI Coach estimerer de fire søjler i LinkedIns Social Selling Index ud fra din profil, din aktivitet og dine beskeder og viser, hvilke knapper der løfter mest for mindst indsats.",
        ],
    ),
    (
        "welcome.p2",
        [
            "It is an estimate built from public facts, not LinkedIn's own number: type in your real SSI now and then and the estimate can follow it.",
            "Het is een schatting op basis van openbare feiten, niet het getal van LinkedIn zelf: vul af en toe je echte SSI in en de schatting kan die volgen.",
            "Det er et estimat bygget på offentlige fakta, ikke LinkedIns eget tal: indtast din rigtige SSI en gang imellem, så kan estimatet følge den.",
        ],
    ),
    (
        "welcome.p3",
        [
            "Everything stays on this computer: no login, no network, no scraping.",
            "Alles blijft op deze computer: geen login, geen netwerk, geen scraping.",
            "Alt bliver på denne computer: intet login, intet netværk, ingen scraping.",
        ],
    ),
    ("welcome.your_name", ["Your name", "Je naam", "Dit navn"]),
    (
        "welcome.default_name",
        ["My profile", "Mijn profiel", "Min profil"],
    ),
    (
        "welcome.start_own",
        [
            "Start with my own profile",
            "Begin met mijn eigen profiel",
            "Start med min egen profil",
        ],
    ),
    (
        "welcome.explore_demo",
        [
            "Explore a demo client",
            "Bekijk een demoklant",
            "Udforsk en demoklient",
        ],
    ),
    ("dashboard.of_100", ["of 100", "van 100", "af 100"]),
    (
        "dashboard.change_week",
        [
            "{delta} since last week",
            "{delta} sinds vorige week",
            "{delta} siden sidste uge",
        ],
    ),
    (
        "dashboard.gap_to_70",
        [
            "{gap} points to the 70 target",
            "nog {gap} punten tot het doel van 70",
            "{gap} point til målet på 70",
        ],
    ),
    (
        "dashboard.pillars",
        ["The four pillars", "De vier pijlers", "De fire søjler"],
    ),
    (
        "dashboard.click_pillar",
        [
            "Click a pillar to see what makes up its score",
            "Klik op een pijler om te zien waaruit de score bestaat",
            "Klik på en søjle for at se, hvad scoren består af",
        ],
    ),
    (
        "dashboard.why",
        ["why {value}?", "waarom {value}?", "hvorfor {value}?"],
    ),
    (
        "dashboard.contributions_of",
        [
            "{pillar}: why {value}?",
            "{pillar}: waarom {value}?",
            "{pillar}: hvorfor {value}?",
        ],
    ),
    (
        "dashboard.top_knobs",
        [
            "Three knobs for this week",
            "Drie knoppen voor deze week",
            "Tre knapper til denne uge",
        ],
    ),
    (
        "dashboard.all_knobs",
        [
            "All knobs and the weekly plan",
            "Alle knoppen en het weekplan",
            "Alle knapper og ugeplanen",
        ],
    ),
    (
        "profile.intro",
        [
            "Tick what your LinkedIn profile already has. Every item moves the estimate at once.",
            "Vink aan wat je LinkedIn-profiel al heeft. Elk item verandert de schatting direct.",
            "Sæt flueben ved det, din LinkedIn-profil allerede har. Hvert punkt flytter estimatet med det samme.",
        ],
    ),
    (
        "profile.done_well",
        ["Done well:", "Goed gedaan:", "Gjort godt:"],
    ),
    ("profile.counts", ["Counts", "Aantallen", "Antal"]),
    (
        "profile.skills_count",
        [
            "Skills listed",
            "Vermelde vaardigheden",
            "Angivne kompetencer",
        ],
    ),
    (
        "profile.recommendations_count",
        [
            "Recommendations received",
            "Ontvangen aanbevelingen",
            "Modtagne anbefalinger",
        ],
    ),
    (
        "profile.has_sales_navigator",
        [
            "I use Sales Navigator",
            "Ik gebruik Sales Navigator",
            "Jeg bruger Sales Navigator",
        ],
    ),
    ("profile.network", ["Network", "Netwerk", "Netværk"]),
    (
        "profile.connections",
        ["Connections", "Connecties", "Forbindelser"],
    ),
    (
        "profile.decision_makers",
        [
            "Of which decision makers",
            "Waarvan beslissers",
            "Heraf beslutningstagere",
        ],
    ),
    (
        "profile.error.more_dm_than_connections",
        [
            "There cannot be more decision makers than connections",
            "Er kunnen niet meer beslissers zijn dan connecties",
            "Der kan ikke være flere beslutningstagere end forbindelser",
        ],
    ),
    (
        "validation.whole_number",
        [
            "Enter a whole number of 0 or more",
            "Vul een heel getal van 0 of meer in",
            "Indtast et helt tal på 0 eller mere",
        ],
    ),
    (
        "validation.date",
        [
            "Enter a date as YYYY-MM-DD",
            "Vul een datum in als JJJJ-MM-DD",
            "Indtast en dato som ÅÅÅÅ-MM-DD",
        ],
    ),
    (
        "validation.future_date",
        [
            "The date is in the future",
            "De datum ligt in de toekomst",
            "Datoen ligger i fremtiden",
        ],
    ),
    (
        "engagement.streak",
        [
            "Streak: {days} days in a row with activity",
            "Reeks: {days} dagen op rij actief",
            "Stime: {days} dage i træk med aktivitet",
        ],
    ),
    (
        "engagement.this_week",
        ["This week", "Deze week", "Denne uge"],
    ),
    (
        "engagement.activity",
        ["Activity", "Activiteit", "Aktivitet"],
    ),
    ("engagement.done", ["Done", "Gedaan", "Udført"]),
    ("engagement.goal", ["Weekly goal", "Weekdoel", "Ugemål"]),
    (
        "engagement.plus_one",
        [
            "Add one {activity} today",
            "Eén {activity} toevoegen voor vandaag",
            "Tilføj én {activity} i dag",
        ],
    ),
    (
        "engagement.edit_day",
        ["Edit a day", "Een dag bewerken", "Rediger en dag"],
    ),
    ("engagement.day", ["Day", "Dag", "Dag"]),
    (
        "engagement.past_weeks",
        ["Past weeks", "Vorige weken", "Tidligere uger"],
    ),
    ("engagement.week_of", ["Week of", "Week van", "Uge fra"]),
    ("activity.post", ["Posts", "Berichten", "Opslag"]),
    ("activity.article", ["Articles", "Artikelen", "Artikler"]),
    ("activity.comment", ["Comments", "Reacties", "Kommentarer"]),
    ("activity.like", ["Likes", "Likes", "Likes"]),
    ("activity.share", ["Shares", "Gedeeld", "Delinger"]),
    (
        "activity.group_post",
        ["Group posts", "Groepsberichten", "Gruppeopslag"],
    ),
    (
        "activity.search",
        ["People searches", "Zoekopdrachten", "Personsøgninger"],
    ),
    (
        "activity.saved_search",
        [
            "Saved searches",
            "Opgeslagen zoekopdrachten",
            "Gemte søgninger",
        ],
    ),
    (
        "activity.lead_saved",
        ["Leads saved", "Opgeslagen leads", "Gemte leads"],
    ),
    (
        "activity.profile_view_follow_up",
        [
            "Profile views followed up",
            "Profielbezoekers opgevolgd",
            "Profilbesøg fulgt op",
        ],
    ),
    (
        "activity.invitation_with_note",
        [
            "Invitations with a note",
            "Uitnodigingen met notitie",
            "Invitationer med note",
        ],
    ),
    (
        "activity.invitation_without_note",
        [
            "Invitations without a note",
            "Uitnodigingen zonder notitie",
            "Invitationer uden note",
        ],
    ),
    (
        "activity.acceptance",
        ["Acceptances", "Acceptaties", "Accepter"],
    ),
    ("channel.message", ["Message", "Bericht", "Besked"]),
    ("channel.inmail", ["InMail", "InMail", "InMail"]),
    (
        "channel.invitation_note",
        ["Invitation note", "Uitnodigingsnotitie", "Invitationsnote"],
    ),
    ("messages.date", ["Date", "Datum", "Dato"]),
    ("messages.person", ["Person", "Persoon", "Person"]),
    ("messages.company", ["Company", "Bedrijf", "Virksomhed"]),
    ("messages.title", ["Job title", "Functie", "Stilling"]),
    ("messages.channel", ["Channel", "Kanaal", "Kanal"]),
    (
        "messages.follow_up",
        ["Follow-up", "Opvolgen", "Opfølgning"],
    ),
    (
        "messages.decision_maker",
        [
            "Decision maker (C-level, owner, director…)",
            "Beslisser (directie, eigenaar, directeur…)",
            "Beslutningstager (direktion, ejer, direktør…)",
        ],
    ),
    (
        "messages.decision_maker_short",
        ["Decision maker", "Beslisser", "Beslutningstager"],
    ),
    ("messages.replied", ["Replied", "Geantwoord", "Svaret"]),
    (
        "messages.add",
        ["Add message", "Bericht toevoegen", "Tilføj besked"],
    ),
    ("messages.search", ["Search", "Zoeken", "Søg"]),
    (
        "messages.only_due",
        [
            "Only follow-ups due",
            "Alleen op te volgen",
            "Kun forfaldne opfølgninger",
        ],
    ),
    (
        "messages.error.person",
        [
            "Enter who the message went to",
            "Vul in aan wie het bericht ging",
            "Angiv, hvem beskeden gik til",
        ],
    ),
    (
        "readings.intro",
        [
            "Copy the numbers from LinkedIn's SSI page whenever you look.",
            "Neem de getallen over van de SSI-pagina van LinkedIn wanneer je kijkt.",
            "Skriv tallene af fra LinkedIns SSI-side, når du kigger.",
        ],
    ),
    ("readings.date", ["Date", "Datum", "Dato"]),
    ("readings.total", ["Total", "Totaal", "Total"]),
    (
        "readings.industry_rank",
        [
            "Industry rank (top %)",
            "Positie in sector (top %)",
            "Placering i branche (top %)",
        ],
    ),
    (
        "readings.network_rank",
        [
            "Network rank (top %)",
            "Positie in netwerk (top %)",
            "Placering i netværk (top %)",
        ],
    ),
    (
        "readings.industry_average",
        ["Industry average", "Gemiddelde sector", "Branchegennemsnit"],
    ),
    (
        "readings.network_average",
        [
            "Network average",
            "Gemiddelde netwerk",
            "Netværksgennemsnit",
        ],
    ),
    (
        "readings.add",
        ["Add reading", "Meting toevoegen", "Tilføj måling"],
    ),
    (
        "readings.error.number",
        [
            "{field}: enter a number",
            "{field}: vul een getal in",
            "{field}: indtast et tal",
        ],
    ),
    (
        "readings.error.range",
        [
            "{field} must be between 0 and {max}",
            "{field} moet tussen 0 en {max} liggen",
            "{field} skal være mellem 0 og {max}",
        ],
    ),
    (
        "readings.error.sum",
        [
            "The pillars add up to {sum}, but the total is {total}",
            "De pijlers tellen op tot {sum}, maar het totaal is {total}",
            "Søjlerne giver {sum}, men totalen er {total}",
        ],
    ),
    (
        "readings.error.not_finite",
        [
            "{field} is not a number",
            "{field} is geen getal",
            "{field} er ikke et tal",
        ],
    ),
    (
        "readings.error.too_early",
        [
            "{date} is before LinkedIn had an SSI (2014)",
            "{date} ligt vóór de SSI bestond (2014)",
            "{date} ligger før LinkedIn fik SSI (2014)",
        ],
    ),
    ("readings.history", ["History", "Verloop", "Historik"]),
    (
        "readings.calibrate",
        [
            "Calibrate the estimate to my readings",
            "Schatting afstemmen op mijn metingen",
            "Tilpas estimatet til mine målinger",
        ],
    ),
    (
        "readings.calibration_error",
        [
            "Average difference from your readings: {before} before calibration, {after} after ({n} readings)",
            "Gemiddeld verschil met je metingen: {before} zonder afstemming, {after} met ({n} metingen)",
            "Gennemsnitlig forskel fra dine målinger: {before} før tilpasning, {after} efter ({n} målinger)",
        ],
    ),
    (
        "readings.no_readings",
        [
            "No readings yet: add one to compare the estimate with LinkedIn",
            "Nog geen metingen: voeg er een toe om de schatting met LinkedIn te vergelijken",
            "Ingen målinger endnu: tilføj en for at sammenligne estimatet med LinkedIn",
        ],
    ),
    ("readings.target", ["Target 70", "Doel 70", "Mål 70"]),
    (
        "readings.readings",
        ["Your readings", "Je metingen", "Dine målinger"],
    ),
    (
        "readings.list",
        ["All readings", "Alle metingen", "Alle målinger"],
    ),
    (
        "knobs.plan",
        ["This week's plan", "Plan voor deze week", "Ugens plan"],
    ),
    (
        "knobs.plan_empty",
        [
            "Nothing to add this week: keep the pace",
            "Deze week niets extra: houd het tempo vast",
            "Intet at tilføje i denne uge: hold tempoet",
        ],
    ),
    (
        "knobs.plan_item",
        [
            "{lever}: {from} -> {to} (+{points} points, {minutes} min/week)",
            "{lever}: {from} -> {to} (+{points} punten, {minutes} min/week)",
            "{lever}: {from} -> {to} (+{points} point, {minutes} min./uge)",
        ],
    ),
    (
        "knobs.all",
        [
            "All knobs, best value first",
            "Alle knoppen, meeste opbrengst eerst",
            "Alle knapper, bedste udbytte først",
        ],
    ),
    ("knobs.lever", ["Knob", "Knop", "Knap"]),
    ("knobs.now", ["Now", "Nu", "Nu"]),
    ("knobs.target", ["Target", "Doel", "Mål"]),
    ("knobs.points", ["Points", "Punten", "Point"]),
    ("knobs.minutes", ["Min/week", "Min/week", "Min./uge"]),
    ("knobs.why", ["Why", "Waarom", "Hvorfor"]),
    (
        "knobs.sn_note",
        [
            "* only with Sales Navigator",
            "* alleen met Sales Navigator",
            "* kun med Sales Navigator",
        ],
    ),
    ("settings.language", ["Language", "Taal", "Sprog"]),
    ("settings.theme", ["Theme", "Thema", "Tema"]),
    (
        "settings.theme.system",
        ["Like the system", "Zoals het systeem", "Som systemet"],
    ),
    ("settings.theme.light", ["Light", "Licht", "Lyst"]),
    ("settings.theme.dark", ["Dark", "Donker", "Mørkt"]),
    (
        "settings.data",
        [
            "Where your data lives",
            "Waar je gegevens staan",
            "Hvor dine data ligger",
        ],
    ),
    (
        "settings.data_note",
        [
            "One file per client: you can sync this folder between computers with a tool of your choice.",
            "Eén bestand per klant: je kunt deze map tussen computers synchroniseren met een hulpmiddel naar keuze.",
            "Én fil pr. klient: du kan synkronisere mappen mellem computere med et værktøj efter eget valg.",
        ],
    ),
    (
        "settings.open_folder",
        ["Open folder", "Map openen", "Åbn mappe"],
    ),
    ("settings.about", ["About", "Over", "Om"]),
    (
        "settings.offline",
        [
            "Works offline: SSI Coach never connects to the internet or to LinkedIn.",
            "Werkt offline: SSI Coach maakt nooit verbinding met internet of LinkedIn.",
            "Virker offline: SSI Coach forbinder aldrig til internettet eller LinkedIn.",
        ],
    ),
    (
        "factor.connections_500",
        ["500+ connections", "500+ connecties", "500+ forbindelser"],
    ),
    (
        "factor.original_posts",
        [
            "Activity with original posts",
            "Activiteit met eigen berichten",
            "Aktivitet med egne opslag",
        ],
    ),
    (
        "factor.brand_cap_without_articles",
        [
            "Limit without articles (19)",
            "Grens zonder artikelen (19)",
            "Grænse uden artikler (19)",
        ],
    ),
    (
        "factor.input.per_week",
        ["{n}/week", "{n} per week", "{n} om ugen"],
    ),
    (
        "factor.input.per_month",
        ["{n}/month", "{n} per maand", "{n} om måneden"],
    ),
    (
        "factor.input.days_of_28",
        ["{n} of 28 days", "{n} van 28 dagen", "{n} af 28 dage"],
    ),
    ("factor.input.percent", ["{n}%", "{n}%", "{n} %"]),
    (
        "factor.active_days",
        ["Days active", "Actieve dagen", "Aktive dage"],
    ),
    (
        "factor.reply_rate",
        ["Reply rate", "Antwoordpercentage", "Svarprocent"],
    ),
    (
        "factor.decision_makers",
        [
            "Decision makers in network",
            "Beslissers in netwerk",
            "Beslutningstagere i netværk",
        ],
    ),
    (
        "factor.invitation_notes",
        [
            "Invitations with a note",
            "Uitnodigingen met notitie",
            "Invitationer med note",
        ],
    ),
    (
        "factor.acceptance_rate",
        ["Acceptance rate", "Acceptatiegraad", "Acceptrate"],
    ),
    ("factor.inmail", ["InMail", "InMail", "InMail"]),
    (
        "factor.calibration",
        [
            "Calibration to your readings",
            "Afstemming op je metingen",
            "Tilpasning til dine målinger",
        ],
    ),
    (
        "profile.well.photo",
        [
            "a recent, friendly head-and-shoulders photo with a plain background",
            "een recente, vriendelijke portretfoto met een rustige achtergrond",
            "et nyt, venligt portrætbillede med rolig baggrund",
        ],
    ),
    (
        "profile.well.banner",
        [
            "a banner that shows what you do for whom, readable on a phone",
            "een banner die laat zien wat je voor wie doet, leesbaar op een telefoon",
            "et banner, der viser hvad du gør for hvem, læsbart på en telefon",
        ],
    ),
    (
        "profile.well.headline",
        [
            "says which problem you solve for which customer, with the words they search for",
            "zegt welk probleem je voor welke klant oplost, in de woorden waarop zij zoeken",
            "siger hvilket problem du løser for hvilken kunde, med de ord de søger på",
        ],
    ),
    (
        "profile.well.about",
        [
            "written to the customer in the first person, ending with how to reach you",
            "in de ik-vorm aan de klant geschreven, met aan het eind hoe men je bereikt",
            "skrevet til kunden i jeg-form og slutter med, hvordan man når dig",
        ],
    ),
    (
        "profile.well.industry_location",
        [
            "the industry your customers recognise and your real location",
            "de sector die je klanten herkennen en je echte locatie",
            "den branche dine kunder genkender og din rigtige placering",
        ],
    ),
    (
        "profile.well.experience_descriptions",
        [
            "current and two past positions with results, not duties",
            "huidige en twee vorige functies met resultaten, niet taken",
            "nuværende og to tidligere stillinger med resultater, ikke opgaver",
        ],
    ),
    (
        "profile.well.experience_media",
        [
            "a case, presentation or video attached to a position",
            "een case, presentatie of video bij een functie",
            "en case, præsentation eller video knyttet til en stilling",
        ],
    ),
    (
        "profile.well.featured",
        [
            "two or three pieces that show your best work",
            "twee of drie stukken die je beste werk tonen",
            "to eller tre ting, der viser dit bedste arbejde",
        ],
    ),
    (
        "profile.well.skills",
        [
            "at least five skills customers care about, with endorsements",
            "minstens vijf vaardigheden waar klanten om geven, met aanbevelingen",
            "mindst fem kompetencer kunderne går op i, med anbefalinger",
        ],
    ),
    (
        "profile.well.recommendations",
        [
            "recent recommendations from customers, in their words",
            "recente aanbevelingen van klanten, in hun woorden",
            "nye anbefalinger fra kunder, med deres ord",
        ],
    ),
    (
        "profile.well.education",
        [
            "schools and courses, with what you learned",
            "opleidingen en cursussen, met wat je leerde",
            "uddannelser og kurser, med hvad du lærte",
        ],
    ),
    (
        "profile.well.custom_url",
        [
            "your name only, no numbers",
            "alleen je naam, zonder cijfers",
            "kun dit navn, uden tal",
        ],
    ),
    (
        "profile.well.creator_services",
        [
            "services listed where buyers can find them, if you sell services",
            "diensten vermeld waar kopers ze vinden, als je diensten verkoopt",
            "tjenester vist hvor købere finder dem, hvis du sælger tjenester",
        ],
    ),
];
