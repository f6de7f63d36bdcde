//! Lever labels, knob reasons, personas and store messages.

use super::Row;

/// Key, English, Dutch, Danish.
pub const TEXTS: &[Row] = &[
    (
        "lever.profile_photo",
        ["Profile photo", "Profielfoto", "Profilbillede"],
    ),
    (
        "knob.profile_photo",
        [
            "A clear, friendly photo makes people accept and answer you",
            "Een duidelijke, vriendelijke foto zorgt dat mensen je accepteren en antwoorden",
            "Et tydeligt, venligt billede får folk til at acceptere og svare dig",
        ],
    ),
    (
        "lever.profile_banner",
        ["Background banner", "Achtergrondbanner", "Baggrundsbanner"],
    ),
    (
        "knob.profile_banner",
        [
            "The banner is free space to say what you do for whom",
            "De banner is gratis ruimte om te zeggen wat je voor wie doet",
            "Banneret er gratis plads til at fortælle, hvad du gør for hvem",
        ],
    ),
    (
        "lever.profile_headline",
        [
            "Headline for the customer",
            "Kopregel voor de klant",
            "Overskrift til kunden",
        ],
    ),
    (
        "knob.profile_headline",
        [
            "The headline shows under your name everywhere: say what you solve, not your job title",
            "De kopregel staat overal onder je naam: zeg wat je oplost, niet je functietitel",
            "Overskriften står under dit navn overalt: sig hvad du løser, ikke din jobtitel",
        ],
    ),
    (
        "lever.profile_about",
        ["About section", "Info-sectie", "Om-sektion"],
    ),
    (
        "knob.profile_about",
        [
            "The about section turns a visitor into a conversation",
            "De info-sectie maakt van een bezoeker een gesprek",
            "Om-sektionen gør en besøgende til en samtale",
        ],
    ),
    (
        "lever.profile_industry_location",
        [
            "Industry and location",
            "Sector en locatie",
            "Branche og placering",
        ],
    ),
    (
        "knob.profile_industry_location",
        [
            "Industry and location decide who you are compared with and who finds you",
            "Sector en locatie bepalen met wie je vergeleken wordt en wie je vindt",
            "Branche og placering afgør, hvem du sammenlignes med, og hvem der finder dig",
        ],
    ),
    (
        "lever.profile_experience_descriptions",
        [
            "Experience with descriptions",
            "Ervaring met beschrijvingen",
            "Erfaring med beskrivelser",
        ],
    ),
    (
        "knob.profile_experience_descriptions",
        [
            "Positions with descriptions show results, not just titles",
            "Functies met beschrijving tonen resultaten, niet alleen titels",
            "Stillinger med beskrivelser viser resultater, ikke kun titler",
        ],
    ),
    (
        "lever.profile_experience_media",
        [
            "Media in experience",
            "Media bij ervaring",
            "Medier i erfaring",
        ],
    ),
    (
        "knob.profile_experience_media",
        [
            "Documents and presentations in your experience prove what you claim",
            "Documenten en presentaties bij je ervaring bewijzen wat je beweert",
            "Dokumenter og præsentationer i din erfaring beviser det, du påstår",
        ],
    ),
    (
        "lever.profile_featured",
        ["Featured section", "Uitgelicht-sectie", "Fremhævet-sektion"],
    ),
    (
        "knob.profile_featured",
        [
            "Featured puts your best content at the top of your profile",
            "Uitgelicht zet je beste inhoud bovenaan je profiel",
            "Fremhævet sætter dit bedste indhold øverst på profilen",
        ],
    ),
    (
        "lever.profile_skills",
        [
            "Skills (at least 3)",
            "Vaardigheden (minstens 3)",
            "Kompetencer (mindst 3)",
        ],
    ),
    (
        "knob.profile_skills",
        [
            "Skills and endorsements tell search what you are good at",
            "Vaardigheden en aanbevelingen vertellen de zoekfunctie waar je goed in bent",
            "Kompetencer og anbefalinger fortæller søgningen, hvad du er god til",
        ],
    ),
    (
        "lever.profile_recommendations",
        ["Recommendations", "Aanbevelingen", "Anbefalinger"],
    ),
    (
        "knob.profile_recommendations",
        [
            "A recommendation from a customer is proof in their words",
            "Een aanbeveling van een klant is bewijs in hun woorden",
            "En anbefaling fra en kunde er bevis med deres ord",
        ],
    ),
    (
        "lever.profile_education",
        ["Education", "Opleiding", "Uddannelse"],
    ),
    (
        "knob.profile_education",
        [
            "Education completes the profile and creates common ground",
            "Opleiding maakt het profiel compleet en geeft gespreksstof",
            "Uddannelse gør profilen komplet og skaber fælles grund",
        ],
    ),
    (
        "lever.profile_custom_url",
        ["Custom profile URL", "Eigen profiel-URL", "Egen profil-URL"],
    ),
    (
        "knob.profile_custom_url",
        [
            "A clean URL looks professional on cards and signatures",
            "Een nette URL oogt professioneel op kaartjes en handtekeningen",
            "En pæn URL ser professionel ud på visitkort og signaturer",
        ],
    ),
    (
        "lever.profile_creator_services",
        [
            "Creator mode or services",
            "Makermodus of diensten",
            "Skabertilstand eller tjenester",
        ],
    ),
    (
        "knob.profile_creator_services",
        [
            "Where it fits, a services page lets buyers find what you offer",
            "Waar het past, laat een dienstenpagina kopers vinden wat je aanbiedt",
            "Hvor det passer, lader en serviceside købere finde, hvad du tilbyder",
        ],
    ),
    (
        "lever.connections",
        ["Connections", "Connecties", "Forbindelser"],
    ),
    (
        "knob.connections",
        [
            "Past 500 connections your network counts fully for brand and reach",
            "Boven de 500 connecties telt je netwerk volledig mee voor merk en bereik",
            "Over 500 forbindelser tæller dit netværk fuldt for brand og rækkevidde",
        ],
    ),
    (
        "lever.decision_maker_connections",
        [
            "Decision makers in your network",
            "Beslissers in je netwerk",
            "Beslutningstagere i dit netværk",
        ],
    ),
    (
        "knob.decision_maker_connections",
        [
            "Connections with decision makers weigh most for relationships",
            "Connecties met beslissers wegen het zwaarst voor relaties",
            "Forbindelser med beslutningstagere vejer mest for relationer",
        ],
    ),
    (
        "lever.articles",
        [
            "Articles per month",
            "Artikelen per maand",
            "Artikler pr. måned",
        ],
    ),
    (
        "knob.articles",
        [
            "About one article a month is what lifts brand to the top",
            "Ongeveer één artikel per maand tilt je merk naar de top",
            "Omkring én artikel om måneden løfter brandet til toppen",
        ],
    ),
    (
        "lever.posts",
        ["Posts per week", "Berichten per week", "Opslag pr. uge"],
    ),
    (
        "knob.posts",
        [
            "Own posts fill your activity section and feed engagement",
            "Eigen berichten vullen je activiteit en voeden betrokkenheid",
            "Egne opslag fylder din aktivitet og giver engagement",
        ],
    ),
    (
        "lever.comments",
        [
            "Comments per week",
            "Reacties per week",
            "Kommentarer pr. uge",
        ],
    ),
    (
        "knob.comments",
        [
            "Thoughtful comments on customers' posts are the cheapest engagement",
            "Doordachte reacties op berichten van klanten zijn de goedkoopste betrokkenheid",
            "Gennemtænkte kommentarer på kunders opslag er det billigste engagement",
        ],
    ),
    (
        "lever.likes",
        ["Likes per week", "Likes per week", "Likes pr. uge"],
    ),
    (
        "knob.likes",
        [
            "Likes take seconds and keep you visible",
            "Likes kosten seconden en houden je zichtbaar",
            "Likes tager sekunder og holder dig synlig",
        ],
    ),
    (
        "lever.shares",
        [
            "Shares per week",
            "Gedeelde berichten per week",
            "Delinger pr. uge",
        ],
    ),
    (
        "knob.shares",
        [
            "Sharing useful posts with a line of your own adds insight",
            "Nuttige berichten delen met een eigen zin voegt inzicht toe",
            "At dele nyttige opslag med en linje fra dig tilføjer indsigt",
        ],
    ),
    (
        "lever.group_posts",
        [
            "Group posts per week",
            "Groepsberichten per week",
            "Gruppeopslag pr. uge",
        ],
    ),
    (
        "knob.group_posts",
        [
            "A few active groups beat many silent ones",
            "Een paar actieve groepen zijn beter dan veel stille",
            "Nogle få aktive grupper slår mange tavse",
        ],
    ),
    (
        "lever.searches",
        [
            "People searches per week",
            "Zoekopdrachten naar mensen per week",
            "Personsøgninger pr. uge",
        ],
    ),
    (
        "knob.searches",
        [
            "Searching for the right people is what this pillar measures",
            "Zoeken naar de juiste mensen is wat deze pijler meet",
            "At søge efter de rigtige personer er det, søjlen måler",
        ],
    ),
    (
        "lever.saved_searches",
        [
            "Saved searches",
            "Opgeslagen zoekopdrachten",
            "Gemte søgninger",
        ],
    ),
    (
        "knob.saved_searches",
        [
            "Saved searches bring new prospects to you (Sales Navigator)",
            "Opgeslagen zoekopdrachten brengen nieuwe prospects naar je toe (Sales Navigator)",
            "Gemte søgninger bringer nye emner til dig (Sales Navigator)",
        ],
    ),
    (
        "lever.leads_saved",
        [
            "Leads and accounts saved per week",
            "Opgeslagen leads en accounts per week",
            "Gemte leads og konti pr. uge",
        ],
    ),
    (
        "knob.leads_saved",
        [
            "Saving leads and accounts counts for finding people (Sales Navigator)",
            "Leads en accounts opslaan telt voor mensen vinden (Sales Navigator)",
            "At gemme leads og konti tæller for at finde personer (Sales Navigator)",
        ],
    ),
    (
        "lever.profile_view_follow_ups",
        [
            "Follow-ups on profile views per week",
            "Opvolging van profielbezoekers per week",
            "Opfølgning på profilbesøg pr. uge",
        ],
    ),
    (
        "knob.profile_view_follow_ups",
        [
            "Someone who viewed your profile is already curious: follow up",
            "Wie je profiel bekeek is al nieuwsgierig: volg op",
            "Den, der så din profil, er allerede nysgerrig: følg op",
        ],
    ),
    (
        "lever.invitations_with_note",
        [
            "Invitations with a personal note per week",
            "Uitnodigingen met persoonlijke notitie per week",
            "Invitationer med personlig note pr. uge",
        ],
    ),
    (
        "knob.invitations_with_note",
        [
            "A personal note gets more acceptances and starts the conversation",
            "Een persoonlijke notitie levert meer acceptaties op en start het gesprek",
            "En personlig note giver flere accepter og starter samtalen",
        ],
    ),
    (
        "lever.invitations_without_note",
        [
            "Invitations without a note per week",
            "Uitnodigingen zonder notitie per week",
            "Invitationer uden note pr. uge",
        ],
    ),
    (
        "knob.invitations_without_note",
        [
            "Bare invitations add little and can be ignored or reported",
            "Kale uitnodigingen voegen weinig toe en kunnen genegeerd of gemeld worden",
            "Invitationer uden note giver lidt og kan blive ignoreret eller anmeldt",
        ],
    ),
    (
        "lever.messages",
        [
            "Messages per week",
            "Berichten aan connecties per week",
            "Beskeder pr. uge",
        ],
    ),
    (
        "knob.messages",
        [
            "Messages that get answers count for engagement and relationships",
            "Berichten die antwoord krijgen tellen voor betrokkenheid en relaties",
            "Beskeder, der får svar, tæller for engagement og relationer",
        ],
    ),
    (
        "lever.decision_maker_messages",
        [
            "Messages to decision makers per week",
            "Berichten aan beslissers per week",
            "Beskeder til beslutningstagere pr. uge",
        ],
    ),
    (
        "knob.decision_maker_messages",
        [
            "Conversations with decision makers weigh most for relationships",
            "Gesprekken met beslissers wegen het zwaarst voor relaties",
            "Samtaler med beslutningstagere vejer mest for relationer",
        ],
    ),
    (
        "lever.inmails",
        ["InMails per week", "InMails per week", "InMails pr. uge"],
    ),
    (
        "knob.inmails",
        [
            "InMail reaches people outside your network and counts more (paid)",
            "InMail bereikt mensen buiten je netwerk en telt zwaarder (betaald)",
            "InMail når folk uden for dit netværk og tæller mere (betalt)",
        ],
    ),
    (
        "lever.sales_navigator",
        ["Sales Navigator", "Sales Navigator", "Sales Navigator"],
    ),
    (
        "knob.sales_navigator",
        [
            "Only Sales Navigator unlocks saved searches, lead lists and InMail; the full 100 needs it",
            "Alleen Sales Navigator geeft opgeslagen zoekopdrachten, leadlijsten en InMail; voor de volle 100 heb je het nodig",
            "Kun Sales Navigator giver gemte søgninger, leadlister og InMail; de fulde 100 kræver det",
        ],
    ),
    ("lever.generic", ["Lever", "Knop", "Knap"]),
    (
        "knob.generic",
        [
            "Raises the estimate",
            "Verhoogt de schatting",
            "Hæver estimatet",
        ],
    ),
    (
        "persona.blank",
        ["Blank profile", "Leeg profiel", "Tom profil"],
    ),
    (
        "persona.beginner",
        [
            "The beginner (20s)",
            "De beginner (20-30)",
            "Begynderen (20-30)",
        ],
    ),
    (
        "persona.average",
        [
            "The average user (around 50)",
            "De gemiddelde gebruiker (rond 50)",
            "Den gennemsnitlige bruger (omkring 50)",
        ],
    ),
    (
        "persona.active_seller",
        [
            "The active seller (70s)",
            "De actieve verkoper (70+)",
            "Den aktive sælger (70+)",
        ],
    ),
    (
        "store.error.io",
        [
            "The file could not be read or written: {reason}",
            "Het bestand kon niet gelezen of geschreven worden: {reason}",
            "Filen kunne ikke læses eller skrives: {reason}",
        ],
    ),
    (
        "store.error.too_large",
        [
            "The file is too large to be a client file",
            "Het bestand is te groot voor een klantbestand",
            "Filen er for stor til at være en klientfil",
        ],
    ),
    (
        "store.error.damaged",
        [
            "The file is damaged or not an SSI Coach file",
            "Het bestand is beschadigd of geen SSI Coach-bestand",
            "Filen er beskadiget eller ikke en SSI Coach-fil",
        ],
    ),
    (
        "store.error.newer",
        [
            "This file was saved by a newer SSI Coach: update the app to edit it",
            "Dit bestand is opgeslagen door een nieuwere SSI Coach: werk de app bij om het te bewerken",
            "Denne fil er gemt af en nyere SSI Coach: opdater appen for at redigere den",
        ],
    ),
    (
        "store.error.serialize",
        [
            "The data could not be written",
            "De gegevens konden niet geschreven worden",
            "Dataene kunne ikke skrives",
        ],
    ),
];
