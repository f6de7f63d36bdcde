//! Typed values in words, one way everywhere: the app's screens, the report and the CSV files
//! all call these, so "+0.4", "Yes" and "44" read the same wherever they appear.

#[cfg(test)]
use super::Language;
use super::{Locale, format_number, tr, tr_args};
use crate::engine::{self, FactorInput, Unit};
use crate::model::Lever;

/// A change in points with its sign: `+1.5`, `-0.3`, and `0.0` (no sign) when it rounds to
/// nothing at one decimal.
pub fn format_signed(loc: impl Into<Locale>, v: f64) -> String {
    let s = format_number(loc, v, 1);
    if s.starts_with('-') || s.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        s
    } else {
        format!("+{s}")
    }
}

/// An estimated total or a real SSI as the headline shows it: whole points, as LinkedIn
/// shows its own total (`44`). The same rounding on every screen and in the report.
pub fn format_total(loc: impl Into<Locale>, v: f64) -> String {
    format_number(loc, v.round().clamp(0.0, 100.0), 0)
}

/// `Yes` / `No`.
pub fn yes_no(loc: impl Into<Locale>, b: bool) -> &'static str {
    tr(loc.into().lang, if b { "common.yes" } else { "common.no" })
}

/// A lever's value as the user thinks of it: yes/no for a profile item or Sales Navigator,
/// whole numbers for counts, one decimal for rates (the lever's label names the unit).
pub fn format_lever(loc: impl Into<Locale>, lever: Lever, v: f64) -> String {
    format_unit(loc, engine::lever_unit(lever), v)
}

/// A value of `unit` in words: yes/no, a whole number, or one decimal.
pub fn format_unit(loc: impl Into<Locale>, unit: Unit, v: f64) -> String {
    let loc: Locale = loc.into();
    match unit {
        Unit::Toggle => yes_no(loc, v >= 0.5).to_owned(),
        Unit::Count => format_number(loc, v, 0),
        Unit::PerWeek | Unit::PerMonth => format_number(loc, v, 1),
    }
}

/// The change of a lever between two values: `+2.5`, `-1`, empty for yes/no (the two values
/// say it).
pub fn format_lever_change(
    loc: impl Into<Locale>,
    lever: Lever,
    before: f64,
    after: f64,
) -> String {
    let unit = engine::lever_unit(lever);
    if unit == Unit::Toggle {
        return String::new();
    }
    let s = format_number(loc, after - before, engine::lever_decimals(lever));
    if after > before && !s.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        format!("+{s}")
    } else {
        s
    }
}

/// What drove a factor of the estimate, in words: `yes`, `612`, `3.2 a week`, `64%`.
pub fn format_factor_input(loc: impl Into<Locale>, input: &FactorInput) -> String {
    let loc: Locale = loc.into();
    let lang = loc.lang;
    let n = |v: f64, d: usize| format_number(loc, v, d);
    match *input {
        FactorInput::YesNo(b) => yes_no(loc, b).to_owned(),
        FactorInput::Count(v) => n(v, 0),
        FactorInput::PerWeek(v) => tr_args(lang, "factor.input.per_week", &[("n", &n(v, 1))]),
        FactorInput::PerMonth(v) => tr_args(lang, "factor.input.per_month", &[("n", &n(v, 1))]),
        FactorInput::DaysOf28(v) => tr_args(lang, "factor.input.days_of_28", &[("n", &n(v, 0))]),
        FactorInput::Percent(v) => tr_args(lang, "factor.input.percent", &[("n", &n(v, 0))]),
        FactorInput::Points(v) => n(v, 1),
        FactorInput::Offset(v) => format_signed(loc, v),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_has_one_sign_rule_everywhere() {
        assert_eq!(format_signed(Language::En, 1.46), "+1.5");
        assert_eq!(format_signed(Language::Nl, -0.34), "-0,3");
        // nothing moved: no "+0.0" on one screen and "0.0" on the other
        assert_eq!(format_signed(Language::En, 0.04), "0.0");
        assert_eq!(format_signed(Language::En, -0.04), "0.0");
        assert_eq!(format_signed(Language::Da, 0.0), "0,0");
    }

    #[test]
    fn the_total_is_whole_points_rounded_half_up() {
        assert_eq!(format_total(Language::En, 44.5), "45");
        assert_eq!(format_total(Language::En, 44.49), "44");
        assert_eq!(format_total(Language::Nl, 70.0), "70");
    }

    #[test]
    fn factor_inputs_are_in_the_users_language() {
        assert_eq!(
            format_factor_input(Language::Nl, &FactorInput::PerWeek(3.26)),
            "3,3 per week"
        );
        assert_eq!(
            format_factor_input(Language::Da, &FactorInput::YesNo(true)),
            "Ja"
        );
        assert_eq!(
            format_factor_input(Language::En, &FactorInput::Offset(-1.24)),
            "-1.2"
        );
        assert_eq!(
            format_factor_input(Language::En, &FactorInput::Percent(64.0)),
            "64%"
        );
    }

    #[test]
    fn lever_changes_name_no_change_for_toggles() {
        let photo = Lever::Profile(crate::model::ProfileItem::Photo);
        assert_eq!(format_lever_change(Language::En, photo, 0.0, 1.0), "");
        assert_eq!(format_lever(Language::En, photo, 1.0), "Yes");
        assert_eq!(
            format_lever_change(Language::En, Lever::Comments, 2.0, 4.5),
            "+2.5"
        );
        assert_eq!(
            format_lever_change(Language::En, Lever::Connections, 510.0, 505.0),
            "-5"
        );
    }
}
