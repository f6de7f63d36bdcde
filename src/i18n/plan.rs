//! The plan: steps said as a coach says them, budget, joint gain, "why 44?".

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    (
        "step.articles",
        [
            "Publish {n} articles a month ({minutes} min a week)",
            "Publiceer {n} artikelen per maand ({minutes} min per week)",
            "Udgiv {n} artikler om måneden ({minutes} min om ugen)",
        ],
    ),
    (
        "step.articles.one",
        [
            "Publish an article a month ({minutes} min a week)",
            "Publiceer één artikel per maand ({minutes} min per week)",
            "Udgiv én artikel om måneden ({minutes} min om ugen)",
        ],
    ),
    (
        "step.posts",
        [
            "Write {n} original posts a week that inform, not sell ({minutes} min)",
            "Schrijf {n} eigen berichten per week die informeren, niet verkopen ({minutes} min)",
            "Skriv {n} egne opslag om ugen, der informerer og ikke sælger ({minutes} min)",
        ],
    ),
    (
        "step.posts.one",
        [
            "Write one original post a week that informs, not sells ({minutes} min)",
            "Schrijf één eigen bericht per week dat informeert, niet verkoopt ({minutes} min)",
            "Skriv ét eget opslag om ugen, der informerer og ikke sælger ({minutes} min)",
        ],
    ),
    (
        "step.comments",
        [
            "Comment on {n} posts of customers and peers a week ({minutes} min)",
            "Reageer per week op {n} berichten van klanten en vakgenoten ({minutes} min)",
            "Kommentér {n} opslag fra kunder og fagfæller om ugen ({minutes} min)",
        ],
    ),
    (
        "step.comments.one",
        [
            "Comment on one post of a customer or peer a week ({minutes} min)",
            "Reageer per week op één bericht van een klant of vakgenoot ({minutes} min)",
            "Kommentér ét opslag fra en kunde eller fagfælle om ugen ({minutes} min)",
        ],
    ),
    (
        "step.likes",
        [
            "Like {n} posts in your feed a week ({minutes} min)",
            "Like per week {n} berichten in je tijdlijn ({minutes} min)",
            "Synes godt om {n} opslag i dit feed om ugen ({minutes} min)",
        ],
    ),
    (
        "step.likes.one",
        [
            "Like one post in your feed a week ({minutes} min)",
            "Like per week één bericht in je tijdlijn ({minutes} min)",
            "Synes godt om ét opslag i dit feed om ugen ({minutes} min)",
        ],
    ),
    (
        "step.shares",
        [
            "Share {n} posts a week with a line of your own ({minutes} min)",
            "Deel per week {n} berichten met een eigen regel erbij ({minutes} min)",
            "Del {n} opslag om ugen med en linje fra dig selv ({minutes} min)",
        ],
    ),
    (
        "step.shares.one",
        [
            "Share one post a week with a line of your own ({minutes} min)",
            "Deel per week één bericht met een eigen regel erbij ({minutes} min)",
            "Del ét opslag om ugen med en linje fra dig selv ({minutes} min)",
        ],
    ),
    (
        "step.group_posts",
        [
            "Take part in a group {n} times a week ({minutes} min)",
            "Doe {n} keer per week mee in een groep ({minutes} min)",
            "Deltag i en gruppe {n} gange om ugen ({minutes} min)",
        ],
    ),
    (
        "step.group_posts.one",
        [
            "Take part in a group once a week ({minutes} min)",
            "Doe één keer per week mee in een groep ({minutes} min)",
            "Deltag i en gruppe én gang om ugen ({minutes} min)",
        ],
    ),
    (
        "step.searches",
        [
            "Look up {n} people you want to reach a week ({minutes} min)",
            "Zoek per week {n} mensen op die je wilt bereiken ({minutes} min)",
            "Slå {n} personer op, som du vil nå, om ugen ({minutes} min)",
        ],
    ),
    (
        "step.searches.one",
        [
            "Look up one person you want to reach a week ({minutes} min)",
            "Zoek per week één persoon op die je wilt bereiken ({minutes} min)",
            "Slå én person op, som du vil nå, om ugen ({minutes} min)",
        ],
    ),
    (
        "step.leads_saved",
        [
            "Save {n} leads or accounts in Sales Navigator a week ({minutes} min)",
            "Sla per week {n} leads of accounts op in Sales Navigator ({minutes} min)",
            "Gem {n} leads eller konti i Sales Navigator om ugen ({minutes} min)",
        ],
    ),
    (
        "step.leads_saved.one",
        [
            "Save one lead or account in Sales Navigator a week ({minutes} min)",
            "Sla per week één lead of account op in Sales Navigator ({minutes} min)",
            "Gem ét lead eller én konto i Sales Navigator om ugen ({minutes} min)",
        ],
    ),
    (
        "step.profile_view_follow_ups",
        [
            "Reply to the {n} people who viewed your profile this week ({minutes} min)",
            "Stuur de {n} mensen die deze week je profiel bekeken een bericht ({minutes} min)",
            "Svar de {n} personer, der så din profil i denne uge ({minutes} min)",
        ],
    ),
    (
        "step.profile_view_follow_ups.one",
        [
            "Reply to the person who viewed your profile this week ({minutes} min)",
            "Stuur de persoon die deze week je profiel bekeek een bericht ({minutes} min)",
            "Svar den person, der så din profil i denne uge ({minutes} min)",
        ],
    ),
    (
        "step.invitations_with_note",
        [
            "Invite {n} people a week, each with a personal note ({minutes} min)",
            "Nodig per week {n} mensen uit, elk met een persoonlijke notitie ({minutes} min)",
            "Invitér {n} personer om ugen, hver med en personlig besked ({minutes} min)",
        ],
    ),
    (
        "step.invitations_with_note.one",
        [
            "Invite one person a week with a personal note ({minutes} min)",
            "Nodig per week één persoon uit met een persoonlijke notitie ({minutes} min)",
            "Invitér én person om ugen med en personlig besked ({minutes} min)",
        ],
    ),
    (
        "step.messages",
        [
            "Send {n} messages a week that start a conversation ({minutes} min)",
            "Stuur per week {n} berichten die een gesprek beginnen ({minutes} min)",
            "Send {n} beskeder om ugen, der starter en samtale ({minutes} min)",
        ],
    ),
    (
        "step.messages.one",
        [
            "Send one message a week that starts a conversation ({minutes} min)",
            "Stuur per week één bericht dat een gesprek begint ({minutes} min)",
            "Send én besked om ugen, der starter en samtale ({minutes} min)",
        ],
    ),
    (
        "step.decision_maker_messages",
        [
            "Write to {n} decision makers a week ({minutes} min)",
            "Schrijf per week {n} beslissers aan ({minutes} min)",
            "Skriv til {n} beslutningstagere om ugen ({minutes} min)",
        ],
    ),
    (
        "step.decision_maker_messages.one",
        [
            "Write to one decision maker a week ({minutes} min)",
            "Schrijf per week één beslisser aan ({minutes} min)",
            "Skriv til én beslutningstager om ugen ({minutes} min)",
        ],
    ),
    (
        "step.inmails",
        [
            "Send {n} InMails a week to people outside your network ({minutes} min)",
            "Stuur per week {n} InMails naar mensen buiten je netwerk ({minutes} min)",
            "Send {n} InMails om ugen til folk uden for dit netværk ({minutes} min)",
        ],
    ),
    (
        "step.inmails.one",
        [
            "Send one InMail a week to someone outside your network ({minutes} min)",
            "Stuur per week één InMail naar iemand buiten je netwerk ({minutes} min)",
            "Send én InMail om ugen til en uden for dit netværk ({minutes} min)",
        ],
    ),
    (
        "step.saved_searches",
        [
            "Save {n} searches in Sales Navigator ({minutes} min, once)",
            "Sla {n} zoekopdrachten op in Sales Navigator ({minutes} min, eenmalig)",
            "Gem {n} søgninger i Sales Navigator ({minutes} min, én gang)",
        ],
    ),
    (
        "step.saved_searches.one",
        [
            "Save a search in Sales Navigator ({minutes} min, once)",
            "Sla een zoekopdracht op in Sales Navigator ({minutes} min, eenmalig)",
            "Gem en søgning i Sales Navigator ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_photo",
        [
            "Add a profile photo ({minutes} min, once)",
            "Voeg een profielfoto toe ({minutes} min, eenmalig)",
            "Tilføj et profilbillede ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_banner",
        [
            "Add a background banner that says what you do for whom ({minutes} min, once)",
            "Voeg een achtergrondbanner toe die zegt wat je voor wie doet ({minutes} min, eenmalig)",
            "Tilføj et baggrundsbanner, der siger, hvad du gør for hvem ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_headline",
        [
            "Write a headline for your customer ({minutes} min, once)",
            "Schrijf een kopregel voor je klant ({minutes} min, eenmalig)",
            "Skriv en overskrift til din kunde ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_about",
        [
            "Write your about section ({minutes} min, once)",
            "Schrijf je info-sectie ({minutes} min, eenmalig)",
            "Skriv din om-sektion ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_industry_location",
        [
            "Set your industry and location ({minutes} min, once)",
            "Vul je sector en locatie in ({minutes} min, eenmalig)",
            "Angiv branche og placering ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_experience_descriptions",
        [
            "Describe your experience ({minutes} min, once)",
            "Beschrijf je ervaring ({minutes} min, eenmalig)",
            "Beskriv din erfaring ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_experience_media",
        [
            "Add media to your experience ({minutes} min, once)",
            "Voeg media toe aan je ervaring ({minutes} min, eenmalig)",
            "Tilføj medier til din erfaring ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_featured",
        [
            "Fill your featured section ({minutes} min, once)",
            "Vul je uitgelichte sectie ({minutes} min, eenmalig)",
            "Udfyld din fremhævede sektion ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_skills",
        [
            "List at least 3 skills ({minutes} min, once)",
            "Zet minstens 3 vaardigheden op je profiel ({minutes} min, eenmalig)",
            "Angiv mindst 3 kompetencer ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_recommendations",
        [
            "Ask a customer for a recommendation ({minutes} min, once)",
            "Vraag een klant om een aanbeveling ({minutes} min, eenmalig)",
            "Bed en kunde om en anbefaling ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_education",
        [
            "Add your education ({minutes} min, once)",
            "Voeg je opleiding toe ({minutes} min, eenmalig)",
            "Tilføj din uddannelse ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_custom_url",
        [
            "Claim a custom profile URL ({minutes} min, once)",
            "Kies een eigen profiel-URL ({minutes} min, eenmalig)",
            "Vælg en personlig profil-URL ({minutes} min, én gang)",
        ],
    ),
    (
        "step.profile_creator_services",
        [
            "Turn on creator mode or your services ({minutes} min, once)",
            "Zet de makersmodus of je diensten aan ({minutes} min, eenmalig)",
            "Slå skabertilstand eller dine tjenester til ({minutes} min, én gang)",
        ],
    ),
    (
        "plan.title",
        [
            "Your plan for {minutes} minutes a week",
            "Je plan voor {minutes} minuten per week",
            "Din plan for {minutes} minutter om ugen",
        ],
    ),
    (
        "plan.budget",
        ["Minutes a week", "Minuten per week", "Minutter om ugen"],
    ),
    (
        "plan.summary",
        [
            "{per_week} min a week and {once} min once: {gain} in 6 weeks (from {from} to {to})",
            "{per_week} min per week en {once} min eenmalig: {gain} in 6 weken (van {from} naar {to})",
            "{per_week} min om ugen og {once} min én gang: {gain} på 6 uger (fra {from} til {to})",
        ],
    ),
    (
        "plan.empty",
        [
            "No step adds points within this budget: give the plan more minutes a week",
            "Binnen dit budget levert geen stap punten op: geef het plan meer minuten per week",
            "Ingen skridt giver point inden for dette budget: giv planen flere minutter om ugen",
        ],
    ),
    (
        "plan.sales_navigator",
        [
            "Sales Navigator is a purchase, not a weekly task: with its typical use it would add {gain} in 6 weeks",
            "Sales Navigator is een aankoop, geen wekelijkse taak: bij gewoon gebruik zou het {gain} opleveren in 6 weken",
            "Sales Navigator er et køb, ikke en ugentlig opgave: med almindelig brug ville det give {gain} på 6 uger",
        ],
    ),
    (
        "plan.make_goals",
        [
            "Make this my week's goals",
            "Maak dit mijn doelen voor deze week",
            "Gør dette til mine mål for ugen",
        ],
    ),
    (
        "plan.make_goals_none",
        [
            "The steps on top are one-off tasks: tick them on the profile screen when done",
            "De bovenste stappen zijn eenmalige taken: vink ze af op het profielscherm als ze klaar zijn",
            "De øverste skridt er engangsopgaver: sæt flueben på profilskærmen, når de er gjort",
        ],
    ),
    (
        "plan.more",
        [
            "{n} more steps in the full plan",
            "Nog {n} stappen in het volledige plan",
            "{n} skridt mere i den fulde plan",
        ],
    ),
    (
        "plan.step_gain",
        ["{gain} in 6 weeks", "{gain} in 6 weken", "{gain} på 6 uger"],
    ),
    (
        "plan.steps",
        [
            "Steps in the order to do them",
            "Stappen in de volgorde waarin je ze doet",
            "Skridt i den rækkefølge, du tager dem",
        ],
    ),
    (
        "why.title",
        ["Why {value}?", "Waarom {value}?", "Hvorfor {value}?"],
    ),
    (
        "why.moved",
        [
            "What moved since last week",
            "Wat er sinds vorige week veranderde",
            "Hvad der har flyttet sig siden sidste uge",
        ],
    ),
    (
        "why.nothing",
        [
            "Nothing moved since last week",
            "Sinds vorige week is er niets veranderd",
            "Intet har flyttet sig siden sidste uge",
        ],
    ),
    (
        "why.rest",
        [
            "Everything else together: {delta}",
            "Al het andere samen: {delta}",
            "Alt det andet tilsammen: {delta}",
        ],
    ),
    (
        "knobs.minutes_once",
        ["{minutes} once", "{minutes} eenmalig", "{minutes} én gang"],
    ),
];
