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
    (
        "screen.import",
        [
            "Import from LinkedIn",
            "Importeren uit LinkedIn",
            "Importér fra LinkedIn",
        ],
    ),
    (
        "import.intro",
        [
            "Read the data export LinkedIn lets you download (Settings > Data privacy > Get a copy of your data). Offline: no login, no scraping.",
            "Lees de gegevensexport die je bij LinkedIn kunt downloaden (Instellingen > Gegevensprivacy > Een kopie van je gegevens). Offline: geen login, geen scraping.",
            "Læs den dataeksport, du kan hente hos LinkedIn (Indstillinger > Databeskyttelse > Få en kopi af dine data). Offline: intet login, ingen scraping.",
        ],
    ),
    (
        "import.choose",
        [
            "Choose the export ZIP…",
            "Export-ZIP kiezen…",
            "Vælg eksport-ZIP…",
        ],
    ),
    (
        "import.drop",
        [
            "or drop the ZIP on this window",
            "of sleep de ZIP naar dit venster",
            "eller træk ZIP-filen ind i vinduet",
        ],
    ),
    (
        "import.how",
        [
            "The Basic export arrives within minutes; the Complete export (with posts, comments, reactions and searches) within a day. Both work.",
            "De basisexport komt binnen enkele minuten; de volledige export (met posts, reacties, likes en zoekopdrachten) binnen een dag. Beide werken.",
            "Basiseksporten kommer inden for få minutter; den komplette eksport (med opslag, kommentarer, reaktioner og søgninger) inden for et døgn. Begge virker.",
        ],
    ),
    (
        "import.reading",
        ["Reading {file}…", "{file} wordt gelezen…", "Læser {file}…"],
    ),
    (
        "import.found",
        [
            "{file}: the export of {date}",
            "{file}: de export van {date}",
            "{file}: eksporten fra {date}",
        ],
    ),
    ("import.unknown", ["unknown", "onbekend", "ukendt"]),
    (
        "import.unknown_note",
        [
            "Unknown: this export does not contain it (a Basic export has no posts, comments, reactions, searches or articles). It is not counted as zero.",
            "Onbekend: deze export bevat het niet (een basisexport heeft geen posts, reacties, likes, zoekopdrachten of artikelen). Het telt niet als nul.",
            "Ukendt: eksporten indeholder det ikke (en basiseksport har ingen opslag, kommentarer, reaktioner, søgninger eller artikler). Det tæller ikke som nul.",
        ],
    ),
    (
        "import.sig.profile_photo",
        ["Profile photo", "Profielfoto", "Profilbillede"],
    ),
    (
        "import.sig.background_banner",
        ["Background banner", "Achtergrondbanner", "Baggrundsbanner"],
    ),
    (
        "import.sig.skills",
        ["Skills", "Vaardigheden", "Kompetencer"],
    ),
    (
        "import.sig.articles",
        [
            "Articles published",
            "Gepubliceerde artikelen",
            "Udgivne artikler",
        ],
    ),
    (
        "import.sig.headline",
        ["Headline", "Kopregel", "Overskrift"],
    ),
    (
        "import.sig.about",
        ["About section", "Info-sectie", "Om-sektion"],
    ),
    (
        "import.sig.connections",
        ["Connections", "Connecties", "Forbindelser"],
    ),
    (
        "import.sig.decision_makers",
        [
            "Decision makers among them",
            "Beslissers daaronder",
            "Beslutningstagere blandt dem",
        ],
    ),
    (
        "import.sig.searches",
        ["Searches", "Zoekopdrachten", "Søgninger"],
    ),
    ("import.sig.posts", ["Posts", "Posts", "Opslag"]),
    ("import.sig.reposts", ["Reposts", "Reposts", "Delinger"]),
    (
        "import.sig.comments",
        ["Comments", "Reacties", "Kommentarer"],
    ),
    (
        "import.sig.reactions",
        ["Reactions", "Likes en reacties", "Reaktioner"],
    ),
    (
        "import.sig.invitations",
        [
            "Invitations sent",
            "Verstuurde uitnodigingen",
            "Sendte invitationer",
        ],
    ),
    (
        "import.sig.with_note",
        [
            "With a personal note",
            "Met een persoonlijke notitie",
            "Med en personlig besked",
        ],
    ),
    (
        "import.sig.accepted",
        ["Accepted", "Geaccepteerd", "Accepteret"],
    ),
    (
        "import.sig.messages",
        ["Messages sent", "Verstuurde berichten", "Sendte beskeder"],
    ),
    (
        "import.sig.reply_rate",
        ["Answered", "Beantwoord", "Besvaret"],
    ),
    (
        "import.no_client",
        [
            "Create a client first (or explore the demo client) to import into",
            "Maak eerst een klant aan (of bekijk de demoklant) om in te importeren",
            "Opret først en klient (eller udforsk demoklienten) at importere til",
        ],
    ),
    (
        "import.into",
        ["Import into", "Importeren in", "Importér til"],
    ),
    (
        "import.estimate_change",
        [
            "Estimate today: {before} now, {after} with this export",
            "Schatting vandaag: nu {before}, {after} met deze export",
            "Estimat i dag: {before} nu, {after} med denne eksport",
        ],
    ),
    (
        "import.accept",
        ["Add to {name}", "Toevoegen aan {name}", "Føj til {name}"],
    ),
    (
        "import.nothing_new",
        [
            "Nothing new for {name}: this export was already imported",
            "Niets nieuws voor {name}: deze export is al geïmporteerd",
            "Intet nyt for {name}: denne eksport er allerede importeret",
        ],
    ),
    (
        "import.merged",
        [
            "Added to {name}: {messages} messages, {days} days of activity, {items} profile items",
            "Toegevoegd aan {name}: {messages} berichten, {days} dagen activiteit, {items} profielonderdelen",
            "Føjet til {name}: {messages} beskeder, {days} dages aktivitet, {items} profilpunkter",
        ],
    ),
    (
        "import.reason.date",
        [
            "the dates are in a format this version does not know",
            "de datums staan in een vorm die deze versie niet kent",
            "datoerne har et format, som denne version ikke kender",
        ],
    ),
    (
        "import.reason.unreadable",
        [
            "the rows are not readable text",
            "de rijen zijn geen leesbare tekst",
            "rækkerne er ikke læsbar tekst",
        ],
    ),
    (
        "import.reason.no_header",
        [
            "no header row with the expected columns",
            "geen kopregel met de verwachte kolommen",
            "ingen overskriftsrække med de forventede kolonner",
        ],
    ),
    (
        "import.reason.duplicate",
        [
            "the same file under another name was read instead",
            "hetzelfde bestand onder een andere naam is gelezen",
            "den samme fil under et andet navn blev læst i stedet",
        ],
    ),
    (
        "import.reason.damaged",
        [
            "the file is damaged in the ZIP",
            "het bestand is beschadigd in de ZIP",
            "filen er beskadiget i ZIP-filen",
        ],
    ),
    (
        "import.reason.not_used",
        [
            "not read: the estimate does not use this file",
            "niet gelezen: de schatting gebruikt dit bestand niet",
            "ikke læst: estimatet bruger ikke denne fil",
        ],
    ),
    (
        "import.warn.rows",
        [
            "{file}: {rows} rows, {read} read: {reason}",
            "{file}: {rows} rijen, {read} gelezen: {reason}",
            "{file}: {rows} rækker, {read} læst: {reason}",
        ],
    ),
    (
        "import.warn.no_header",
        [
            "{file}: no header row found; the file was skipped",
            "{file}: geen kopregel gevonden; het bestand is overgeslagen",
            "{file}: ingen overskriftsrække fundet; filen blev sprunget over",
        ],
    ),
    (
        "import.warn.damaged",
        [
            "{file}: could not be read ({detail}); the file was skipped",
            "{file}: kon niet gelezen worden ({detail}); het bestand is overgeslagen",
            "{file}: kunne ikke læses ({detail}); filen blev sprunget over",
        ],
    ),
    (
        "import.warn.duplicate",
        [
            "{file} is the same file as {kept}: only {kept} was read",
            "{file} is hetzelfde bestand als {kept}: alleen {kept} is gelezen",
            "{file} er den samme fil som {kept}: kun {kept} blev læst",
        ],
    ),
    (
        "import.warn.date_content",
        [
            "The export date is not in the file name; the newest date in the export is used",
            "De exportdatum staat niet in de bestandsnaam; de nieuwste datum in de export is gebruikt",
            "Eksportdatoen står ikke i filnavnet; den nyeste dato i eksporten bruges",
        ],
    ),
    (
        "import.warn.date_entries",
        [
            "The export date is not in the file name or in the files; the times stored in the ZIP are used",
            "De exportdatum staat niet in de bestandsnaam of in de bestanden; de tijden in de ZIP zijn gebruikt",
            "Eksportdatoen står hverken i filnavnet eller i filerne; tiderne i ZIP-filen bruges",
        ],
    ),
    (
        "import.warn.date_unknown",
        [
            "Nothing tells when this export was made: choose the date it was downloaded",
            "Niets zegt wanneer deze export is gemaakt: kies de datum waarop hij is gedownload",
            "Intet viser, hvornår eksporten blev lavet: vælg datoen, den blev hentet",
        ],
    ),
    (
        "import.warn.date_early",
        [
            "The export date {date} is before LinkedIn existed: check the date",
            "De exportdatum {date} ligt voor het bestaan van LinkedIn: controleer de datum",
            "Eksportdatoen {date} ligger før LinkedIn fandtes: tjek datoen",
        ],
    ),
    (
        "import.warn.date_future",
        [
            "The export date {date} is in the future: check the date",
            "De exportdatum {date} ligt in de toekomst: controleer de datum",
            "Eksportdatoen {date} ligger i fremtiden: tjek datoen",
        ],
    ),
    (
        "import.files",
        [
            "Files in the export",
            "Bestanden in de export",
            "Filer i eksporten",
        ],
    ),
    (
        "import.file_row",
        [
            "{rows} rows, {read} read, {skipped} skipped",
            "{rows} rijen, {read} gelezen, {skipped} overgeslagen",
            "{rows} rækker, {read} læst, {skipped} sprunget over",
        ],
    ),
    (
        "import.as_of",
        ["Export date", "Exportdatum", "Eksportdato"],
    ),
    (
        "import.readings.date",
        [
            "line {line}: the date is missing or in a form this version does not know",
            "regel {line}: de datum ontbreekt of staat in een vorm die deze versie niet kent",
            "linje {line}: datoen mangler eller har et format, som denne version ikke kender",
        ],
    ),
    (
        "import.readings.number",
        [
            "line {line}: the total or a pillar is missing or not a number",
            "regel {line}: het totaal of een pijler ontbreekt of is geen getal",
            "linje {line}: totalen eller en søjle mangler eller er ikke et tal",
        ],
    ),
    (
        "import.readings.invalid",
        [
            "line {line}: {problem}",
            "regel {line}: {problem}",
            "linje {line}: {problem}",
        ],
    ),
    (
        "import.readings.layout",
        [
            "no readings found: the file needs columns for the date, the total and the four pillars, or the long layout of an SSI page scraper",
            "geen metingen gevonden: het bestand heeft kolommen nodig voor de datum, het totaal en de vier pijlers, of de lange opmaak van een SSI-scraper",
            "ingen målinger fundet: filen skal have kolonner til dato, total og de fire søjler, eller det lange format fra en SSI-scraper",
        ],
    ),
    (
        "import.readings.io",
        [
            "the file could not be read: {reason}",
            "het bestand kon niet gelezen worden: {reason}",
            "filen kunne ikke læses: {reason}",
        ],
    ),
    (
        "import.use_date",
        ["Use this date", "Deze datum gebruiken", "Brug denne dato"],
    ),
    (
        "import.new_client",
        [
            "A new client: {name}",
            "Een nieuwe klant: {name}",
            "En ny klient: {name}",
        ],
    ),
    (
        "import.new_client_name",
        ["LinkedIn export", "LinkedIn-export", "LinkedIn-eksport"],
    ),
    (
        "import.now_vs_export",
        [
            "{what}: {now} now, {export} in the export",
            "{what}: nu {now}, {export} in de export",
            "{what}: {now} nu, {export} i eksporten",
        ],
    ),
    (
        "readings.import.button",
        [
            "Import readings from a spreadsheet…",
            "Metingen uit een spreadsheet importeren…",
            "Importér målinger fra et regneark…",
        ],
    ),
    (
        "readings.export.button",
        [
            "Export readings (CSV)…",
            "Metingen exporteren (CSV)…",
            "Eksportér målinger (CSV)…",
        ],
    ),
    (
        "readings.import.choose",
        [
            "Choose spreadsheets of SSI readings",
            "Kies spreadsheets met SSI-metingen",
            "Vælg regneark med SSI-målinger",
        ],
    ),
    (
        "readings.import.title",
        [
            "Readings from spreadsheets",
            "Metingen uit spreadsheets",
            "Målinger fra regneark",
        ],
    ),
    (
        "readings.import.file",
        [
            "{file}: {read} readings read, {skipped} rows skipped",
            "{file}: {read} metingen gelezen, {skipped} regels overgeslagen",
            "{file}: {read} målinger læst, {skipped} linjer sprunget over",
        ],
    ),
    (
        "readings.import.more",
        [
            "and {n} more rows skipped",
            "en nog {n} overgeslagen regels",
            "og {n} linjer mere sprunget over",
        ],
    ),
    (
        "readings.import.summary",
        [
            "{new} new readings for {name}; {duplicates} for days already there are left out",
            "{new} nieuwe metingen voor {name}; {duplicates} voor dagen die er al zijn blijven weg",
            "{new} nye målinger til {name}; {duplicates} for dage, der allerede findes, udelades",
        ],
    ),
    (
        "readings.import.none_new",
        [
            "Nothing new to add: {duplicates} readings are for days already there",
            "Niets nieuws toe te voegen: {duplicates} metingen zijn voor dagen die er al zijn",
            "Intet nyt at tilføje: {duplicates} målinger er for dage, der allerede findes",
        ],
    ),
    (
        "readings.import.add",
        [
            "Add {n} readings",
            "{n} metingen toevoegen",
            "Tilføj {n} målinger",
        ],
    ),
];
