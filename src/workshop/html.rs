//! The cohort summary as one self-contained HTML page (for the follow-up mail).

use crate::i18n::Language;

use super::CohortStats;

/// The cohort summary page (first cut; see `docs/workshop.md`).
pub fn cohort_html(stats: &CohortStats, lang: Language) -> String {
    let _ = (stats, lang);
    String::new()
}
