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
pub fn is_decision_maker(title: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::is_decision_maker;

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
