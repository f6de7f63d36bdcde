//! One model for knobs, plan and forecast.
//!
//! A [`Step`] turns one lever from its current value to a whole-number target, either once
//! (a profile item, saved searches) or as a weekly habit. [`project`] rolls today's inputs
//! forward with a set of steps: weekly rates fill the rolling window with the engine's decay,
//! one-off tasks count from the next day, accepted invitations grow the network, and the days
//! active are credited once for the whole set of steps (never to every step). Knobs, the plan
//! and the forecast all go through [`project`], so a plan's claimed gain is exactly what the
//! forecast delivers.
//!
//! [`plan`] picks the steps with the best joint gain after [`PLAN_WEEKS`] weeks within a weekly
//! time budget: a multiple-choice knapsack over each lever's levels, then a local search on
//! the true joint gain. Invitations without a note, the raw connection count and Sales
//! Navigator are never steps; what Sales Navigator would add is its own line.

use serde::Serialize;

use super::score;
use super::types::{Inputs, Unit};
use super::weights as w;
use super::{lever_unit, lever_value, needs_sales_navigator, set_lever};
use crate::model::{ActivityKind, Lever, PillarScores, ProfileItem};

/// The plan's horizon: its gain is the estimate after this many weeks minus today's.
pub const PLAN_WEEKS: u32 = 6;
/// The weekly time budget when the user has not set one, in minutes.
pub const DEFAULT_BUDGET_MINUTES: u32 = 60;
/// The largest weekly budget the planner accepts (all the minutes of a week).
pub const MAX_BUDGET_MINUTES: u32 = 7 * 24 * 60;
/// Share of invitations with a personal note that are accepted (assumption).
pub const ACCEPT_WITH_NOTE: f64 = 0.5;
/// Share of invitations without a note that are accepted (assumption).
pub const ACCEPT_WITHOUT_NOTE: f64 = 0.25;
/// Share of invitations with a note that go to decision makers, as coaches advise (assumption).
pub const DECISION_MAKER_SHARE: f64 = 1.0 / 3.0;
/// Weeks per month, for monthly levers (articles).
const WEEKS_PER_MONTH: f64 = 30.0 / 7.0;
/// The dashboard keeps its steps unless a new one beats them by more than this share.
pub const STABILITY_MARGIN: f64 = 0.15;

/// Whether a step is done once or every week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// A one-off task: minutes once.
    Once,
    /// A weekly habit: minutes every week.
    Weekly,
}

impl StepKind {
    /// `once` or `weekly`.
    pub fn key(self) -> &'static str {
        match self {
            Self::Once => "once",
            Self::Weekly => "weekly",
        }
    }
}

/// One lever turned from its current value to a target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// Which lever.
    pub lever: Lever,
    /// Once or weekly.
    pub kind: StepKind,
    /// The lever's value today.
    pub from: f64,
    /// The target (a whole number; toggles 1).
    pub to: f64,
    /// Minutes once (`Once`) or extra minutes per week (`Weekly`), whole minutes.
    pub minutes: f64,
}

impl Step {
    /// The step's weight against a weekly budget: weekly minutes, or one-off minutes spread
    /// over the plan's weeks.
    pub fn weekly_cost(&self) -> f64 {
        match self.kind {
            StepKind::Weekly => self.minutes,
            StepKind::Once => self.minutes / f64::from(PLAN_WEEKS),
        }
    }

    /// New actions per week the step adds (what the days active are credited from).
    fn actions_per_week(&self) -> f64 {
        if self.kind != StepKind::Weekly {
            return 0.0;
        }
        let delta = (self.to - self.from).max(0.0);
        if lever_unit(self.lever) == Unit::PerMonth {
            delta / WEEKS_PER_MONTH
        } else {
            delta
        }
    }
}

/// A step of the plan with its share of the plan's gain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanItem {
    /// The step.
    pub step: Step,
    /// Points it adds to the plan's gain after six weeks (the items add up to the plan's gain).
    pub gain: f64,
}

/// The plan for a weekly budget.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// Today's estimate (total).
    pub estimate: f64,
    /// The weekly budget in minutes.
    pub minutes_budget: u32,
    /// The steps in the order to do them: one-off tasks first, then weekly habits.
    pub items: Vec<PlanItem>,
    /// The pillars after six weeks of keeping the plan.
    pub forecast: PillarScores,
    /// What Sales Navigator would add after six weeks (None when already subscribed).
    pub sales_navigator: Option<f64>,
}

impl Plan {
    /// The joint gain after six weeks: `forecast total - estimate`.
    pub fn gain(&self) -> f64 {
        self.forecast.total() - self.estimate
    }

    /// Extra minutes per week of the weekly habits.
    pub fn minutes_per_week(&self) -> f64 {
        self.items
            .iter()
            .filter(|i| i.step.kind == StepKind::Weekly)
            // (folded from +0: an empty float sum is -0.0, "-0 min")
            .fold(0.0, |sum, i| sum + i.step.minutes)
    }

    /// Minutes of the one-off tasks.
    pub fn minutes_once(&self) -> f64 {
        self.items
            .iter()
            .filter(|i| i.step.kind == StepKind::Once)
            // (folded from +0: an empty float sum is -0.0, "-0 min")
            .fold(0.0, |sum, i| sum + i.step.minutes)
    }

    /// The JSON of `ssi-coach plan --json`, keys in the contract's order.
    pub fn to_json(&self) -> String {
        let estimate = round2(self.estimate);
        let forecast = round2(self.forecast.total());
        let out = PlanJson {
            estimate,
            minutes_budget: self.minutes_budget,
            minutes_per_week: round2(self.minutes_per_week()),
            minutes_once: round2(self.minutes_once()),
            items: self
                .items
                .iter()
                .map(|i| ItemJson {
                    lever: super::lever_key(i.step.lever),
                    kind: i.step.kind.key(),
                    from: round2(i.step.from),
                    to: round2(i.step.to),
                    minutes: round2(i.step.minutes),
                    gain: round2(i.gain),
                })
                .collect(),
            // rounded so that estimate + gain = forecast_6_weeks holds on the printed numbers
            gain: round2(forecast - estimate),
            forecast_6_weeks: forecast,
            sales_navigator: self.sales_navigator.map(|g| GainJson { gain: round2(g) }),
        };
        serde_json::to_string(&out).unwrap_or_default()
    }
}

// serde keeps a struct's field order, so these fix the contract's key order
#[derive(Serialize)]
struct PlanJson {
    estimate: f64,
    minutes_budget: u32,
    minutes_per_week: f64,
    minutes_once: f64,
    items: Vec<ItemJson>,
    gain: f64,
    forecast_6_weeks: f64,
    sales_navigator: Option<GainJson>,
}

#[derive(Serialize)]
struct ItemJson {
    lever: &'static str,
    kind: &'static str,
    from: f64,
    to: f64,
    minutes: f64,
    gain: f64,
}

#[derive(Serialize)]
struct GainJson {
    gain: f64,
}

/// Two decimals, and no "-0".
pub fn round2(x: f64) -> f64 {
    let r = (x * 100.0).round() / 100.0;
    // no "-0.0" in the output
    if r == 0.0 { 0.0 } else { r }
}

/// The share of the rolling window's weight that `day` days of new behaviour carry (the same
/// decay the estimate uses, so new rates phase in over weeks).
fn fill(day: u32) -> f64 {
    let window_weight = 1.0 - (-(w::WINDOW_DAYS as f64) / w::DECAY_DAYS).exp();
    ((1.0 - (-f64::from(day) / w::DECAY_DAYS).exp()) / window_weight).min(1.0)
}

/// The kind of step a lever is when it is changed: toggles and counts once, rates weekly.
pub fn step_kind(lever: Lever) -> StepKind {
    match lever_unit(lever) {
        Unit::Toggle | Unit::Count => StepKind::Once,
        Unit::PerWeek | Unit::PerMonth => StepKind::Weekly,
    }
}

/// A step from the lever's current value in `now` to `to`, with its minutes.
pub fn step_to(now: &Inputs, lever: Lever, to: f64) -> Step {
    let from = lever_value(now, lever);
    let kind = step_kind(lever);
    let minutes = match (lever, kind) {
        (Lever::Profile(item), _) => {
            if from >= 0.5 || to < 0.5 {
                0.0
            } else {
                profile_minutes(item)
            }
        }
        (_, StepKind::Once) => (to - from).max(0.0) * once_minutes_each(lever),
        (_, StepKind::Weekly) => ((to - from).max(0.0) * weekly_minutes_each(lever) - 1e-9)
            .ceil()
            .max(0.0),
    };
    Step {
        lever,
        kind,
        from,
        to,
        minutes,
    }
}

/// One-off minutes to complete a profile item (assumption).
pub fn profile_minutes(item: ProfileItem) -> f64 {
    match item {
        ProfileItem::Photo => 10.0,
        ProfileItem::Banner => 30.0,
        ProfileItem::Headline => 30.0,
        ProfileItem::About => 60.0,
        ProfileItem::IndustryLocation => 5.0,
        ProfileItem::ExperienceDescriptions => 90.0,
        ProfileItem::ExperienceMedia => 45.0,
        ProfileItem::Featured => 30.0,
        ProfileItem::Skills => 15.0,
        ProfileItem::Recommendations => 30.0,
        ProfileItem::Education => 10.0,
        ProfileItem::CustomUrl => 5.0,
        ProfileItem::CreatorServices => 15.0,
    }
}

/// Minutes once per unit of a count lever (assumption).
fn once_minutes_each(lever: Lever) -> f64 {
    match lever {
        Lever::SavedSearches => 10.0,
        Lever::Connections => 2.0,
        Lever::DecisionMakerConnections => 5.0,
        Lever::SalesNavigator => 60.0,
        _ => 0.0,
    }
}

/// Minutes per unit of a weekly (or monthly) lever, per week (assumption).
fn weekly_minutes_each(lever: Lever) -> f64 {
    match lever {
        // an article takes about three hours; one a month is 3 h / 4.3 weeks
        Lever::Articles => 180.0 / WEEKS_PER_MONTH,
        Lever::Posts => 30.0,
        Lever::Comments => 5.0,
        Lever::Likes => 0.5,
        Lever::Shares => 5.0,
        Lever::GroupPosts => 20.0,
        Lever::Searches => 2.0,
        Lever::LeadsSaved => 2.0,
        Lever::ProfileViewFollowUps => 5.0,
        Lever::InvitationsWithNote => 4.0,
        Lever::InvitationsWithoutNote => 0.5,
        Lever::Messages => 5.0,
        Lever::DecisionMakerMessages => 10.0,
        Lever::InMails => 10.0,
        _ => 0.0,
    }
}

/// (step size, cap) of a weekly lever's whole-number levels (assumption).
fn weekly_levels(lever: Lever) -> Option<(f64, f64)> {
    Some(match lever {
        Lever::Articles => (1.0, 4.0),
        Lever::Posts => (1.0, 7.0),
        Lever::Comments => (1.0, 20.0),
        Lever::Likes => (5.0, 50.0),
        Lever::Shares => (1.0, 10.0),
        Lever::GroupPosts => (1.0, 5.0),
        Lever::Searches => (2.0, 30.0),
        Lever::LeadsSaved => (2.0, 30.0),
        Lever::ProfileViewFollowUps => (1.0, 15.0),
        Lever::InvitationsWithNote => (1.0, 20.0),
        Lever::Messages => (1.0, 20.0),
        Lever::DecisionMakerMessages => (1.0, 10.0),
        Lever::InMails => (1.0, 10.0),
        _ => return None,
    })
}

/// Whether a lever may be a plan step: gameable levers (invitations without a note, the raw
/// connection count), the subscription itself and network counts that follow from invitations
/// never are; Sales Navigator's own levers only for subscribers.
pub fn plannable(now: &Inputs, lever: Lever) -> bool {
    match lever {
        Lever::InvitationsWithoutNote
        | Lever::Connections
        | Lever::SalesNavigator
        | Lever::DecisionMakerConnections => false,
        _ => !needs_sales_navigator(lever) || now.sales_navigator,
    }
}

/// Every lever's options for the plan: per lever, the steps it could take (whole-number targets
/// above today's value), cheapest first. Levers that cannot be planned have none.
pub fn plan_options(now: &Inputs) -> Vec<Vec<Step>> {
    super::all_levers()
        .into_iter()
        .filter(|l| plannable(now, *l))
        .filter_map(|lever| {
            let from = lever_value(now, lever);
            let opts: Vec<Step> = match lever {
                Lever::Profile(_) => {
                    if from >= 0.5 {
                        Vec::new()
                    } else {
                        vec![step_to(now, lever, 1.0)]
                    }
                }
                Lever::SavedSearches => (1..=3)
                    .map(|k| step_to(now, lever, from.floor() + f64::from(k)))
                    .collect(),
                _ => {
                    let (step, cap) = weekly_levels(lever)?;
                    let mut v = Vec::new();
                    let mut to = (from / step).floor() * step + step;
                    while to <= cap + 1e-9 {
                        if to - from >= 0.5 {
                            v.push(step_to(now, lever, to));
                        }
                        to += step;
                    }
                    v
                }
            };
            (!opts.is_empty()).then_some(opts)
        })
        .collect()
}

/// Sales Navigator's typical use once subscribed (assumption): saved searches, leads, InMail.
fn sales_navigator_use(i: &mut Inputs, f: f64) {
    i.saved_searches = i.saved_searches.max(3.0);
    i.leads_saved_per_week = i.leads_saved_per_week.max(5.0 * f);
    i.inmails_per_week = i.inmails_per_week.max(1.0 * f);
}

/// Today's inputs rolled forward `day` days with `steps` kept from today: the one model behind
/// knobs, plan and forecast. Day 0 is today's inputs unchanged.
pub fn project(now: &Inputs, steps: &[Step], day: u32) -> Inputs {
    project_with(now, steps, day, true)
}

fn project_with(now: &Inputs, steps: &[Step], day: u32, credit_days: bool) -> Inputs {
    let mut i = now.clone();
    if day == 0 {
        return i;
    }
    let f = fill(day);
    let weeks = f64::from(day) / 7.0;
    let mut actions = 0.0;
    for s in steps {
        match s.kind {
            StepKind::Once => {
                assign(&mut i, s.lever, s.to);
                if s.lever == Lever::SalesNavigator && s.to >= 0.5 && !now.sales_navigator {
                    sales_navigator_use(&mut i, f);
                }
            }
            StepKind::Weekly => {
                let delta = s.to - s.from;
                // on top of what other steps already changed (messages to decision makers
                // are messages too)
                let current = lever_value(&i, s.lever);
                assign(&mut i, s.lever, current + delta * f);
                match s.lever {
                    Lever::InvitationsWithNote => {
                        i.acceptances_per_week =
                            (i.acceptances_per_week + delta * ACCEPT_WITH_NOTE * f).max(0.0);
                        let new = (delta * ACCEPT_WITH_NOTE * weeks).max(0.0);
                        i.connections += new;
                        i.decision_makers += new * DECISION_MAKER_SHARE;
                    }
                    Lever::InvitationsWithoutNote => {
                        i.acceptances_per_week =
                            (i.acceptances_per_week + delta * ACCEPT_WITHOUT_NOTE * f).max(0.0);
                        i.connections += (delta * ACCEPT_WITHOUT_NOTE * weeks).max(0.0);
                    }
                    // messages to decision makers are messages too
                    Lever::DecisionMakerMessages => {
                        i.messages_per_week = (i.messages_per_week + delta * f).max(0.0);
                    }
                    _ => {}
                }
                if !needs_sales_navigator(s.lever) || i.sales_navigator {
                    actions += s.actions_per_week();
                }
            }
        }
    }
    if credit_days && actions > 0.0 {
        // the new habits spread over working days: one day per action, at most five a week
        let days_per_week = actions.ceil().min(5.0);
        let span = f64::from(day).min(28.0);
        let new = days_per_week / 7.0 * span + now.active_days_28 * (28.0 - span) / 28.0;
        i.active_days_28 = i.active_days_28.max(new.min(28.0));
    }
    i
}

/// Set a lever without the "doing things takes days" side effect of [`set_lever`]: in the
/// plan the days active are credited once for all steps together.
fn assign(i: &mut Inputs, lever: Lever, value: f64) {
    let days = i.active_days_28;
    set_lever(i, lever, value);
    i.active_days_28 = days;
}

/// The total after [`PLAN_WEEKS`] weeks of `steps`.
pub fn total_after(now: &Inputs, steps: &[Step]) -> f64 {
    score(&project(now, steps, PLAN_WEEKS * 7)).total()
}

fn total_without_days(now: &Inputs, steps: &[Step]) -> f64 {
    score(&project_with(now, steps, PLAN_WEEKS * 7, false)).total()
}

/// The six-week gain of one step on its own, the days active not credited (a knob's points).
pub fn step_gain(now: &Inputs, step: &Step) -> f64 {
    (total_without_days(now, std::slice::from_ref(step)) - score(now).total()).max(0.0)
}

/// What Sales Navigator would add after six weeks of its typical use; None when subscribed.
pub fn sales_navigator_gain(now: &Inputs) -> Option<f64> {
    if now.sales_navigator {
        return None;
    }
    let step = step_to(now, Lever::SalesNavigator, 1.0);
    Some((total_after(now, &[step]) - score(now).total()).max(0.0))
}

/// The plan for a weekly budget of `minutes_budget` minutes: the steps with the best joint
/// gain after six weeks whose weekly cost (weekly minutes plus one-off minutes spread over the
/// six weeks) fits the budget.
pub fn plan(now: &Inputs, minutes_budget: u32) -> Plan {
    plan_from(now, minutes_budget, &plan_options(now))
}

/// [`plan`] choosing only among `options` (one list of alternative steps per lever).
pub fn plan_from(now: &Inputs, minutes_budget: u32, options: &[Vec<Step>]) -> Plan {
    let budget = f64::from(minutes_budget.min(MAX_BUDGET_MINUTES));
    let base = score(now).total();
    // choice[l] = index into options[l] + 1, 0 = unchanged. Three starts: the knapsack on each
    // option's gain without and with the days active (which every weekly step would claim on
    // its own) and a greedy climb on the true joint gain per minute; each is improved by a
    // local search on the true joint gain, and the best wins.
    let mut choice = Vec::new();
    let mut best = f64::NEG_INFINITY;
    for start in 0..3 {
        let mut c = match start {
            0 => knapsack(now, base, budget, options, false),
            1 => knapsack(now, base, budget, options, true),
            _ => greedy(now, budget, options),
        };
        local_search(now, budget, options, &mut c);
        let t = total_after(now, &chosen(options, &c));
        if t > best + 1e-9 {
            best = t;
            choice = c;
        }
    }
    // no item without a gain: drop any whose removal costs nothing
    loop {
        let steps = chosen(options, &choice);
        let total = total_after(now, &steps);
        let useless = (0..options.len()).filter(|l| choice[*l] > 0).find(|l| {
            let mut c = choice.clone();
            c[*l] = 0;
            total - total_after(now, &chosen(options, &c)) < 0.01
        });
        match useless {
            Some(l) => choice[l] = 0,
            None => break,
        }
    }
    let steps = chosen(options, &choice);
    let items = order_and_share(now, base, steps);
    let ordered: Vec<Step> = items.iter().map(|i| i.step.clone()).collect();
    Plan {
        estimate: base,
        minutes_budget: minutes_budget.min(MAX_BUDGET_MINUTES),
        items,
        forecast: score(&project(now, &ordered, PLAN_WEEKS * 7)).pillars,
        sales_navigator: sales_navigator_gain(now),
    }
}

fn chosen(options: &[Vec<Step>], choice: &[usize]) -> Vec<Step> {
    options
        .iter()
        .zip(choice)
        .filter(|(_, c)| **c > 0)
        .filter_map(|(o, c)| o.get(c - 1).cloned())
        .collect()
}

fn cost(options: &[Vec<Step>], choice: &[usize]) -> f64 {
    options
        .iter()
        .zip(choice)
        .filter(|(_, c)| **c > 0)
        .filter_map(|(o, c)| o.get(c - 1))
        .map(Step::weekly_cost)
        .sum()
}

/// Cost in sixths of a minute (exact for whole minutes, weekly or once).
fn sixths(s: &Step) -> usize {
    let v = match s.kind {
        StepKind::Weekly => s.minutes * f64::from(PLAN_WEEKS),
        StepKind::Once => s.minutes,
    };
    v.ceil().max(0.0) as usize
}

/// Multiple-choice knapsack over the levers with each option's gain on its own (the levers
/// move different factors, so the gains nearly add up; the local search fixes the rest).
fn knapsack(
    now: &Inputs,
    base: f64,
    budget: f64,
    options: &[Vec<Step>],
    credit_days: bool,
) -> Vec<usize> {
    let cap = (budget * f64::from(PLAN_WEEKS)).floor().max(0.0) as usize;
    let n = options.len();
    let gains: Vec<Vec<f64>> = options
        .iter()
        .map(|o| {
            o.iter()
                .map(|s| {
                    let alone =
                        project_with(now, std::slice::from_ref(s), PLAN_WEEKS * 7, credit_days);
                    (score(&alone).total() - base).max(0.0)
                })
                .collect()
        })
        .collect();
    // best[l][c]: best gain with levers 0..l and cost c or less
    let mut best = vec![vec![0.0f64; cap + 1]; n + 1];
    let mut pick = vec![vec![0usize; cap + 1]; n + 1];
    for l in 0..n {
        for c in 0..=cap {
            let mut b = best[l][c];
            let mut p = 0;
            for (k, s) in options[l].iter().enumerate() {
                let sc = sixths(s);
                if sc <= c {
                    let v = best[l][c - sc] + gains[l][k];
                    if v > b + 1e-12 {
                        b = v;
                        p = k + 1;
                    }
                }
            }
            best[l + 1][c] = b;
            pick[l + 1][c] = p;
        }
    }
    let mut choice = vec![0usize; n];
    let mut c = cap;
    for l in (0..n).rev() {
        let p = pick[l + 1][c];
        choice[l] = p;
        if p > 0 {
            c -= sixths(&options[l][p - 1]);
        }
    }
    choice
}

/// Climb from nothing: add the level step (one to three levels up) with the best true joint
/// gain per weekly minute while one fits.
fn greedy(now: &Inputs, budget: f64, options: &[Vec<Step>]) -> Vec<usize> {
    let mut choice = vec![0usize; options.len()];
    let mut total = total_after(now, &[]);
    let mut spent = 0.0;
    loop {
        let mut best: Option<(Vec<usize>, f64, f64, f64)> = None;
        for l in 0..options.len() {
            for up in 1..=3 {
                let k = choice[l] + up;
                if k > options[l].len() {
                    break;
                }
                let mut c = choice.clone();
                c[l] = k;
                let cost_c = cost(options, &c);
                if cost_c > budget + 1e-9 {
                    continue;
                }
                let t = total_after(now, &chosen(options, &c));
                let rate = (t - total) / (cost_c - spent).max(0.01);
                if t > total + 1e-6 && best.as_ref().is_none_or(|b| rate > b.3) {
                    best = Some((c, t, cost_c, rate));
                }
            }
        }
        match best {
            Some((c, t, cost_c, _)) => {
                choice = c;
                total = t;
                spent = cost_c;
            }
            None => return choice,
        }
    }
}

/// Improve the choice on the true joint gain: change one lever's level, or lower one lever
/// and raise another, while it helps and fits.
fn local_search(now: &Inputs, budget: f64, options: &[Vec<Step>], choice: &mut [usize]) {
    let fits = |c: &[usize]| cost(options, c) <= budget + 1e-9;
    let mut current = total_after(now, &chosen(options, choice));
    for _ in 0..50 {
        let mut best: Option<(Vec<usize>, f64)> = None;
        let consider = |c: Vec<usize>, best: &mut Option<(Vec<usize>, f64)>| {
            if !fits(&c) {
                return;
            }
            let t = total_after(now, &chosen(options, &c));
            let bar = best.as_ref().map_or(current, |(_, b)| *b);
            if t > bar + 1e-6 {
                *best = Some((c, t));
            }
        };
        // single moves
        for l in 0..options.len() {
            let near = choice[l].saturating_sub(2)..=(choice[l] + 2).min(options[l].len());
            for k in near.chain([0]) {
                if k != choice[l] {
                    let mut c = choice.to_vec();
                    c[l] = k;
                    consider(c, &mut best);
                }
            }
        }
        // pair moves: lower one chosen lever (one level or out), raise another
        for a in (0..options.len()).filter(|a| choice[*a] > 0) {
            for lower in [choice[a] - 1, 0] {
                for b in (0..options.len()).filter(|b| *b != a) {
                    for up in 1..=3 {
                        let k = choice[b] + up;
                        if k > options[b].len() {
                            break;
                        }
                        let mut c = choice.to_vec();
                        c[a] = lower;
                        c[b] = k;
                        consider(c, &mut best);
                    }
                }
            }
        }
        // at a standstill: make room for a bigger step by dropping or lowering the levers
        // that cost the least gain per minute saved (finds "one article instead of three
        // small habits", which no one- or two-lever move reaches)
        if best.is_none() {
            for b in 0..options.len() {
                for k in choice[b] + 1..=options[b].len() {
                    let mut c = choice.to_vec();
                    c[b] = k;
                    make_room(now, budget, options, &mut c, b);
                    consider(c, &mut best);
                }
            }
        }
        match best {
            Some((c, t)) => {
                choice.copy_from_slice(&c);
                current = t;
            }
            None => break,
        }
    }
}

/// Lower other levers than `keep`, one level at a time, the one losing the least of the joint
/// gain per minute saved first, until the choice fits the budget (or nothing is left to lower).
fn make_room(now: &Inputs, budget: f64, options: &[Vec<Step>], choice: &mut [usize], keep: usize) {
    while cost(options, choice) > budget + 1e-9 {
        let total = total_after(now, &chosen(options, choice));
        let spent = cost(options, choice);
        let cheapest = (0..options.len())
            .filter(|l| *l != keep && choice[*l] > 0)
            .map(|l| {
                let mut c = choice.to_vec();
                c[l] -= 1;
                let saved = (spent - cost(options, &c)).max(0.01);
                let lost = total - total_after(now, &chosen(options, &c));
                (l, lost / saved)
            })
            .min_by(|x, y| x.1.total_cmp(&y.1));
        match cheapest {
            Some((l, _)) => choice[l] -= 1,
            None => return,
        }
    }
}

/// One-off tasks first (largest gain first, then the quickest), then weekly habits by gain per
/// minute; each item's gain is what it adds in that order, and the days active (credited once
/// for the plan) are shared over the weekly habits by the actions they add.
fn order_and_share(now: &Inputs, base: f64, steps: Vec<Step>) -> Vec<PlanItem> {
    let alone = |s: &Step| (total_without_days(now, std::slice::from_ref(s)) - base).max(0.0);
    let mut once: Vec<(Step, f64)> = Vec::new();
    let mut weekly: Vec<(Step, f64)> = Vec::new();
    for s in steps {
        let g = alone(&s);
        match s.kind {
            StepKind::Once => once.push((s, g)),
            StepKind::Weekly => weekly.push((s, g)),
        }
    }
    once.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then(a.0.minutes.total_cmp(&b.0.minutes))
            .then(a.0.lever.cmp(&b.0.lever))
    });
    let per_minute = |(s, g): &(Step, f64)| g / s.minutes.max(1.0);
    weekly.sort_by(|a, b| {
        per_minute(b)
            .total_cmp(&per_minute(a))
            .then(a.0.lever.cmp(&b.0.lever))
    });
    let ordered: Vec<Step> = once.into_iter().chain(weekly).map(|(s, _)| s).collect();
    let mut items = Vec::with_capacity(ordered.len());
    let mut last = base;
    for n in 1..=ordered.len() {
        let t = total_without_days(now, &ordered[..n]);
        items.push(PlanItem {
            step: ordered[n - 1].clone(),
            gain: t - last,
        });
        last = t;
    }
    let days_credit = total_after(now, &ordered) - last;
    let actions: f64 = ordered.iter().map(Step::actions_per_week).sum();
    if actions > 0.0 {
        for item in &mut items {
            item.gain += days_credit * item.step.actions_per_week() / actions;
        }
    }
    items
}

/// The activity whose weekly goal a weekly step sets, where there is one. Articles are
/// counted per month, so they set no weekly goal.
pub fn goal_activity(lever: Lever) -> Option<ActivityKind> {
    match lever {
        Lever::Articles => None,
        other => lever_activity(other),
    }
}

/// The logged activity a lever counts, where there is one (the workshop's "Save in my file"
/// and the plan's weekly goals both map levers this way).
pub fn lever_activity(lever: Lever) -> Option<ActivityKind> {
    Some(match lever {
        Lever::Articles => ActivityKind::Article,
        Lever::Posts => ActivityKind::Post,
        Lever::Comments => ActivityKind::Comment,
        Lever::Likes => ActivityKind::Like,
        Lever::Shares => ActivityKind::Share,
        Lever::GroupPosts => ActivityKind::GroupPost,
        Lever::Searches => ActivityKind::Search,
        Lever::SavedSearches => ActivityKind::SavedSearch,
        Lever::LeadsSaved => ActivityKind::LeadSaved,
        Lever::ProfileViewFollowUps => ActivityKind::ProfileViewFollowUp,
        Lever::InvitationsWithNote => ActivityKind::InvitationWithNote,
        Lever::InvitationsWithoutNote => ActivityKind::InvitationWithoutNote,
        _ => return None,
    })
}

/// The weekly goals that make the plan this week's work: each weekly habit's target as a whole
/// number of actions a week (habits without an activity kind, such as messages, have none).
pub fn plan_goals(plan: &Plan) -> Vec<(ActivityKind, u32)> {
    plan.items
        .iter()
        .filter(|i| i.step.kind == StepKind::Weekly)
        .filter_map(|i| {
            let kind = goal_activity(i.step.lever)?;
            Some((kind, i.step.to.round().clamp(0.0, 1000.0) as u32))
        })
        .collect()
}

/// The first `n` plan items for the dashboard, kept in the order shown before (`previous`)
/// unless the new plan dropped one of them or a new item beats the weakest of them by more
/// than [`STABILITY_MARGIN`] in gain per minute.
pub fn steady_steps<'a>(previous: &[Lever], plan: &'a Plan, n: usize) -> Vec<&'a PlanItem> {
    let fresh: Vec<&PlanItem> = plan.items.iter().take(n).collect();
    let expected = n.min(plan.items.len());
    if previous.len() != expected || previous.is_empty() {
        return fresh;
    }
    let kept: Vec<&PlanItem> = previous
        .iter()
        .filter_map(|l| plan.items.iter().find(|i| i.step.lever == *l))
        .collect();
    if kept.len() != previous.len() {
        return fresh;
    }
    let rate = |i: &PlanItem| i.gain / i.step.weekly_cost().max(0.1);
    let weakest = kept.iter().map(|i| rate(i)).fold(f64::INFINITY, f64::min);
    let beaten = fresh
        .iter()
        .filter(|i| !previous.contains(&i.step.lever))
        .any(|i| rate(i) > weakest * (1.0 + STABILITY_MARGIN));
    if beaten { fresh } else { kept }
}
