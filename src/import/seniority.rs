//! Recognise decision makers from job titles in English, Dutch and Danish.
//!
//! The rules (documented in `docs/import.md`), applied to the lower-cased title:
//! 1. A title that says it supports someone is not a decision maker: it contains
//!    `assistant`, `assistent`, `secretary`, `secretaresse`, `sekretær`, `intern`, `stagiair`,
//!    `praktikant`, `trainee` or `student`, or ends in `to the ceo` / `van de directeur`.
//! 2. Otherwise it is one if a word is a C-level abbreviation (`ceo`, `cfo`, `cto`, `coo`,
//!    `cmo`, `cro`, `cio`, `cso`, `cpo`, `cco`, `cdo`), `chief`, `founder`, `cofounder`,
//!    `owner`, `president`, `vp`, `svp`, `evp`, `chairman`, `chairwoman`, `chair`, `dga`,
//!    `eigenaar`, `oprichter`, `bestuurder`, `vennoot`, `ejer`, `medejer`, `indehaver`,
//!    `stifter`, `medstifter`, `direktion`, `partner` (as the last word, or `managing` /
//!    `senior` / `equity` partner);
//! 3. or it contains `director`, `directeur`, `direktør`, `direktor` anywhere (Dutch and
//!    Danish write compounds: `verkoopdirecteur`, `salgsdirektør`), `head of`, `vice president`,
//!    `general manager`, `managing director`, `board member`, `bestyrelses`, `hoofd ` (Dutch
//!    "head of"), `co-founder`, `mede-oprichter`, `mede-eigenaar`, `co-owner`;
//! 4. or a Danish word ends in `chef` (`salgschef`, `økonomichef`: the head of a function).

const SUPPORT: &[&str] = &[
    "assistant",
    "assistent",
    "secretary",
    "secretaresse",
    "sekretær",
    "intern",
    "stagiair",
    "praktikant",
    "trainee",
    "student",
];

const WORDS: &[&str] = &[
    "ceo",
    "cfo",
    "cto",
    "coo",
    "cmo",
    "cro",
    "cio",
    "cso",
    "cpo",
    "cco",
    "cdo",
    "chief",
    "founder",
    "cofounder",
    "owner",
    "president",
    "vp",
    "svp",
    "evp",
    "chairman",
    "chairwoman",
    "chair",
    "dga",
    "eigenaar",
    "oprichter",
    "bestuurder",
    "vennoot",
    "ejer",
    "medejer",
    "indehaver",
    "stifter",
    "medstifter",
    "direktion",
];

const CONTAINS: &[&str] = &[
    "director",
    "directeur",
    "direktør",
    "direktor",
    "head of",
    "vice president",
    "general manager",
    "managing director",
    "board member",
    "bestyrelses",
    "hoofd ",
    "co-founder",
    "mede-oprichter",
    "mede-eigenaar",
    "co-owner",
];

/// Whether a job title belongs to a decision maker (C-level, owner, founder, director, VP,
/// head of ...), in English, Dutch or Danish.
///
/// It runs for every connection of an import (tens of thousands), so it makes one pass over
/// the words and one over the bytes, and lower-cases short ASCII titles on the stack.
pub fn is_decision_maker(title: &str) -> bool {
    let title = title.trim();
    if title.is_empty() {
        return false;
    }
    let mut stack = [0u8; 128];
    let lowered;
    let t: &str = match stack.get_mut(..title.len()) {
        Some(buf) if title.is_ascii() => {
            buf.copy_from_slice(title.as_bytes());
            buf.make_ascii_lowercase();
            match std::str::from_utf8(buf) {
                Ok(t) => t,
                Err(_) => return false,
            }
        }
        _ => {
            lowered = title.to_lowercase();
            &lowered
        }
    };
    if contains_any(t, &["to the ceo", "van de directeur"]) {
        return false;
    }
    let (mut word, mut chef) = (false, false);
    // the first "partner": whether it is qualified, and whether it is the last word
    let (mut partner, mut partner_last) = (false, false);
    let mut seen_partner = false;
    let mut previous = "";
    for w in t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if SUPPORT.contains(&w) {
            return false;
        }
        word |= WORDS.contains(&w);
        chef |= w.len() > 4 && w.ends_with("chef");
        partner_last = false;
        if w == "partner" && !seen_partner {
            seen_partner = true;
            partner = matches!(previous, "managing" | "senior" | "equity");
            partner_last = true;
        }
        previous = w;
    }
    word || partner || partner_last || chef || contains_any(t, CONTAINS)
}

/// Whether `t` contains any of `patterns`: one pass, comparing only where a pattern's first
/// byte is.
fn contains_any(t: &str, patterns: &[&str]) -> bool {
    let t = t.as_bytes();
    (0..t.len()).any(|i| {
        FIRST_BYTES[usize::from(t[i])] && patterns.iter().any(|p| t[i..].starts_with(p.as_bytes()))
    })
}

/// The first bytes of the patterns `contains_any` looks for.
const FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut i = 0;
    while i < CONTAINS.len() {
        table[CONTAINS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table[b't' as usize] = true; // to the ceo
    table[b'v' as usize] = true; // van de directeur
    table
};

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The rules written plainly: the reference the fast version is tested against.
    fn reference(title: &str) -> bool {
        let t = title.trim().to_lowercase();
        if t.is_empty() {
            return false;
        }
        let words: Vec<&str> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let support = words.iter().any(|w| SUPPORT.contains(w))
            || t.contains("to the ceo")
            || t.contains("van de directeur");
        if support {
            return false;
        }
        if words.iter().any(|w| WORDS.contains(w)) {
            return true;
        }
        if CONTAINS.iter().any(|p| t.contains(p)) {
            return true;
        }
        if let Some(i) = words.iter().position(|w| *w == "partner") {
            let last = i + 1 == words.len();
            let qualified = i > 0 && matches!(words[i - 1], "managing" | "senior" | "equity");
            if last || qualified {
                return true;
            }
        }
        words.iter().any(|w| w.len() > 4 && w.ends_with("chef"))
    }

    proptest! {
        #[test]
        fn the_fast_rules_are_the_plain_rules(
            parts in proptest::collection::vec(
                prop_oneof![
                    proptest::sample::select(
                        SUPPORT.iter().chain(WORDS).chain(CONTAINS).copied().collect::<Vec<_>>()
                    ).prop_map(str::to_owned),
                    proptest::sample::select(vec![
                        "partner", "managing", "senior", "to the", "van de", "salgschef", "chef",
                        "Head", "OF", "Ø", "-", " ", ",", "&", ".", "  ", "x",
                    ]).prop_map(str::to_owned),
                    "[a-zA-ZæøåÆØÅ .,&-]{0,8}",
                ],
                0..6,
            ),
        ) {
            let title = parts.concat();
            prop_assert_eq!(is_decision_maker(&title), reference(&title), "{:?}", title);
        }
    }

    #[test]
    fn titles_in_three_languages() {
        let yes = [
            "CEO",
            "Co-Founder & CTO",
            "Founder",
            "Owner",
            "VP Sales EMEA",
            "Vice President, Marketing",
            "Head of Procurement",
            "Managing Director",
            "Sales Director",
            "Chief Revenue Officer",
            "President",
            "Managing Partner",
            "Partner",
            "Algemeen directeur",
            "Eigenaar",
            "Oprichter",
            "Mede-oprichter",
            "Verkoopdirecteur",
            "Hoofd inkoop",
            "DGA",
            "Adm. direktør",
            "Administrerende direktør",
            "Salgsdirektør",
            "Ejer",
            "Indehaver",
            "Medstifter",
            "Salgschef",
            "Bestyrelsesformand",
        ];
        for t in yes {
            assert!(is_decision_maker(t), "{t}");
        }
        let no = [
            "",
            "Account Executive",
            "Sales Manager",
            "Software Engineer",
            "Executive Assistant to the CEO",
            "Assistant to the Managing Director",
            "Director's assistant",
            "Channel Partner Manager",
            "Marketing Intern",
            "Accountmanager",
            "Verkoopadviseur",
            "Direktionsassistent",
            "Konsulent",
            "Student",
        ];
        for t in no {
            assert!(!is_decision_maker(t), "{t}");
        }
    }
}
