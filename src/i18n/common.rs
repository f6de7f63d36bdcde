//! Texts shared by several areas (pillars, bands, units, generic buttons).

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    ("common.app_name", ["SSI Coach", "SSI Coach", "SSI Coach"]),
    ("common.estimate", ["Estimate", "Schatting", "Estimat"]),
    (
        "common.of_100",
        ["{value} of 100", "{value} van 100", "{value} af 100"],
    ),
    (
        "pillar.brand",
        [
            "Establish your professional brand",
            "Professioneel merk neerzetten",
            "Etabler dit professionelle brand",
        ],
    ),
    (
        "pillar.find",
        [
            "Find the right people",
            "De juiste mensen vinden",
            "Find de rigtige personer",
        ],
    ),
    (
        "pillar.engage",
        [
            "Engage with insights",
            "Betrokken zijn met inzichten",
            "Engager dig med indsigt",
        ],
    ),
    (
        "pillar.relationships",
        [
            "Build relationships",
            "Relaties opbouwen",
            "Opbyg relationer",
        ],
    ),
    ("pillar.brand.short", ["Brand", "Merk", "Brand"]),
    ("pillar.find.short", ["Find", "Vinden", "Find"]),
    (
        "pillar.engage.short",
        ["Engage", "Betrokkenheid", "Engagement"],
    ),
    (
        "pillar.relationships.short",
        ["Relationships", "Relaties", "Relationer"],
    ),
    (
        "band.below_50",
        [
            "Below 50: room to improve",
            "Onder 50: ruimte voor verbetering",
            "Under 50: plads til forbedring",
        ],
    ),
    (
        "band.50_60",
        [
            "50-60: average use",
            "50-60: gemiddeld gebruik",
            "50-60: gennemsnitlig brug",
        ],
    ),
    ("band.60_70", ["60-70: good", "60-70: goed", "60-70: godt"]),
    (
        "band.70_80",
        ["70-80: very good", "70-80: zeer goed", "70-80: rigtig godt"],
    ),
    (
        "band.80_plus",
        [
            "80 and above: super",
            "80 en hoger: super",
            "80 og derover: super",
        ],
    ),
    (
        "common.target_70",
        [
            "Target: 70 or higher",
            "Doel: 70 of hoger",
            "Mål: 70 eller højere",
        ],
    ),
    ("common.save", ["Save", "Opslaan", "Gem"]),
    ("common.cancel", ["Cancel", "Annuleren", "Annuller"]),
    ("common.delete", ["Delete", "Verwijderen", "Slet"]),
    ("common.undo", ["Undo", "Ongedaan maken", "Fortryd"]),
    ("common.add", ["Add", "Toevoegen", "Tilføj"]),
    ("common.edit", ["Edit", "Bewerken", "Rediger"]),
    ("common.close", ["Close", "Sluiten", "Luk"]),
    ("common.yes", ["Yes", "Ja", "Ja"]),
    ("common.no", ["No", "Nee", "Nej"]),
    ("common.unknown", ["Unknown", "Onbekend", "Ukendt"]),
    (
        "common.points",
        ["{points} points", "{points} punten", "{points} point"],
    ),
    (
        "common.minutes_per_week",
        [
            "{minutes} min/week",
            "{minutes} min/week",
            "{minutes} min./uge",
        ],
    ),
    (
        "caution.score_not_goal",
        [
            "A high score is not the goal in itself: the results of your conversations are.",
            "Een hoge score is geen doel op zich: de resultaten van je gesprekken zijn dat.",
            "En høj score er ikke målet i sig selv: resultaterne af dine samtaler er.",
        ],
    ),
    (
        "caution.quality_invitations",
        [
            "Don't invite everyone who passes by: ignored invitations and \"I don't know this person\" can get your account restricted. Quality over quantity.",
            "Nodig niet iedereen uit die voorbijkomt: genegeerde uitnodigingen en \"Ik ken deze persoon niet\" kunnen je account laten beperken. Kwaliteit boven kwantiteit.",
            "Inviter ikke alle, der kommer forbi: ignorerede invitationer og \"Jeg kender ikke denne person\" kan få din konto begrænset. Kvalitet frem for kvantitet.",
        ],
    ),
    (
        "caution.inform_not_sell",
        [
            "Posts and comments should inform and inspire, not sell.",
            "Berichten en reacties moeten informeren en inspireren, niet verkopen.",
            "Opslag og kommentarer skal informere og inspirere, ikke sælge.",
        ],
    ),
    (
        "caution.estimate_not_linkedin",
        [
            "This is an estimate from public facts about the SSI, not LinkedIn's own score.",
            "Dit is een schatting op basis van openbare feiten over de SSI, niet de eigen score van LinkedIn.",
            "Dette er et estimat ud fra offentlige fakta om SSI, ikke LinkedIns egen score.",
        ],
    ),
];
