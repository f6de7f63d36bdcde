//! Engagement: weekly goals, this week's progress, +1 buttons, past weeks, streak, edit a day.

use crate::ui::ClientEdit;
use chrono::{Datelike, Duration};
use egui::RichText;

use super::{Command, ViewCtx, theme, widgets};
use crate::i18n::{format_date, tr, tr_args};
use crate::model::{ActivityKind, Client, Date};

/// The activities shown per past week.
const PAST_WEEK_KINDS: [ActivityKind; 5] = [
    ActivityKind::Post,
    ActivityKind::Comment,
    ActivityKind::Like,
    ActivityKind::Search,
    ActivityKind::InvitationWithNote,
];

/// The Monday of the week of `day`.
pub fn week_start(day: Date) -> Date {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Days in a row with any activity, ending today (or yesterday if today is still empty).
pub fn streak(client: &Client, today: Date) -> u32 {
    let mut day = if client.activity.active_on(today) {
        today
    } else {
        today - Duration::days(1)
    };
    let mut n = 0;
    while client.activity.active_on(day) && n < 10_000 {
        n += 1;
        day -= Duration::days(1);
    }
    n
}

/// Draw the engagement screen.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut super::EngagementState,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let c = ctx.client;
    let today = ctx.today;
    let monday = week_start(today);
    ui.heading(tr(lang, "screen.engagement"));
    ui.label(crate::i18n::tr_n(
        lang,
        "engagement.streak",
        u64::from(streak(c, today)),
        &[],
    ));

    widgets::section(ui, tr(lang, "engagement.this_week"));
    egui::Grid::new("week")
        .striped(true)
        .num_columns(5)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr(lang, "engagement.activity")).strong());
            ui.label(RichText::new(tr(lang, "engagement.done")).strong());
            ui.label(RichText::new(tr(lang, "engagement.goal")).strong());
            ui.label(RichText::new(tr(lang, "engagement.log_today")).strong());
            ui.label(RichText::new(tr(lang, "engagement.progress")).strong());
            ui.end_row();
            for kind in ActivityKind::ALL {
                if kind.needs_sales_navigator() && !c.sales_navigator {
                    continue;
                }
                let key = format!("activity.{}", kind.key());
                let name = tr(lang, &key);
                let done = c.activity.sum(kind, monday, today);
                let goal = c.goals.get(kind);
                ui.label(name);
                let color = if goal > 0 && done >= goal {
                    theme::good(ui)
                } else {
                    ui.visuals().text_color()
                };
                ui.label(RichText::new(done.to_string()).color(color));
                let mut g = goal;
                if ui
                    .add(egui::DragValue::new(&mut g).range(0..=500))
                    .on_hover_text(tr(lang, "engagement.goal"))
                    .changed()
                {
                    out.push(Command::Edit(ClientEdit::SetGoal(kind, g)));
                }
                let plus = ui.button("+1").on_hover_text(tr_args(
                    lang,
                    "engagement.plus_one",
                    &[("activity", name)],
                ));
                plus.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, format!("+1 {name}"))
                });
                if plus.clicked() {
                    out.push(Command::Edit(ClientEdit::SetActivity(
                        today,
                        kind,
                        c.activity.get(today, kind).saturating_add(1),
                    )));
                }
                if goal > 0 {
                    ui.add(
                        egui::ProgressBar::new((done as f32 / goal as f32).min(1.0))
                            .fill(theme::accent(ui))
                            .desired_width(120.0),
                    );
                } else {
                    ui.label("");
                }
                ui.end_row();
            }
        });

    widgets::action_items(ui, ctx, false, out);

    widgets::section(ui, tr(lang, "engagement.edit_day"));
    if state.day.is_empty() {
        state.day = today.format("%Y-%m-%d").to_string();
    }
    ui.horizontal(|ui| {
        let l = ui.label(tr(lang, "engagement.day"));
        widgets::day_field(ui, l.id, &mut state.day, today, false, loc);
    });
    match widgets::parse_day(&state.day, today, false, loc) {
        Err(e) => {
            widgets::error_label(ui, e);
        }
        Ok(day) => {
            ui.label(RichText::new(format_date(loc, day)).weak());
            egui::Grid::new("edit_day").num_columns(2).show(ui, |ui| {
                for kind in ActivityKind::ALL {
                    let key = format!("activity.{}", kind.key());
                    let name = tr(lang, &key);
                    let l = ui.label(name);
                    let mut n = c.activity.get(day, kind);
                    if ui
                        .add(egui::DragValue::new(&mut n).range(0..=10_000))
                        .labelled_by(l.id)
                        .changed()
                    {
                        out.push(Command::Edit(ClientEdit::SetActivity(day, kind, n)));
                    }
                    ui.end_row();
                }
            });
        }
    }

    widgets::section(ui, tr(lang, "engagement.past_weeks"));
    past_weeks_chart(ui, ctx, monday);
    ui.add_space(theme::SPACE.m);
    egui::Grid::new("past").striped(true).show(ui, |ui| {
        ui.label(RichText::new(tr(lang, "engagement.week_of")).strong());
        for kind in PAST_WEEK_KINDS {
            ui.label(RichText::new(tr(lang, &format!("activity.{}", kind.key()))).strong());
        }
        ui.end_row();
        for w in 1..=8 {
            let start = monday - Duration::days(7 * w);
            let end = start + Duration::days(6);
            ui.label(format_date(loc, start));
            for kind in PAST_WEEK_KINDS {
                ui.label(c.activity.sum(kind, start, end).to_string());
            }
            ui.end_row();
        }
    });
}

/// The colour of an activity in the past-weeks chart (a pillar's colour where it feeds one).
fn kind_color(kind: ActivityKind) -> egui::Color32 {
    use crate::model::Pillar;
    match kind {
        ActivityKind::Post => theme::pillar_color(Pillar::Brand),
        ActivityKind::Search => theme::pillar_color(Pillar::Find),
        ActivityKind::Comment => theme::pillar_color(Pillar::Engage),
        ActivityKind::InvitationWithNote => theme::pillar_color(Pillar::Relationships),
        _ => theme::color(crate::tokens::PALETTE.session),
    }
}

/// The last eight weeks as stacked bars (posts, comments, likes, searches, invitations with
/// a note) against the weekly goal for them, with a legend: the trend the grid below lists.
fn past_weeks_chart(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, monday: crate::model::Date) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let c = ctx.client;
    let weeks: Vec<(crate::model::Date, Vec<u32>)> = (1..=8)
        .rev()
        .map(|w| {
            let start = monday - Duration::days(7 * w);
            let end = start + Duration::days(6);
            let counts = PAST_WEEK_KINDS
                .iter()
                .map(|k| c.activity.sum(*k, start, end))
                .collect();
            (start, counts)
        })
        .collect();
    let goal: u32 = PAST_WEEK_KINDS.iter().map(|k| c.goals.get(*k)).sum();
    let most = weeks
        .iter()
        .map(|(_, n)| n.iter().sum::<u32>())
        .max()
        .unwrap_or(0)
        .max(goal);
    if most == 0 {
        ui.label(RichText::new(tr(lang, "engagement.chart_empty")).weak());
        return;
    }
    let width = ui.available_width().clamp(240.0, 560.0);
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 120.0), egui::Sense::hover());
    let label = tr(lang, "engagement.chart_label");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
    let painter = ui.painter_at(rect);
    let slot = rect.width() / weeks.len() as f32;
    let scale = (rect.height() - 4.0) / most as f32;
    for (i, (_, counts)) in weeks.iter().enumerate() {
        let left = rect.left() + slot * i as f32 + slot * 0.15;
        let mut bottom = rect.bottom();
        for (k, n) in PAST_WEEK_KINDS.iter().zip(counts) {
            let h = *n as f32 * scale;
            if h > 0.0 {
                let bar = egui::Rect::from_min_max(
                    egui::pos2(left, bottom - h),
                    egui::pos2(left + slot * 0.7, bottom),
                );
                painter.rect_filled(bar, 0.0, kind_color(*k));
                bottom -= h;
            }
        }
    }
    if goal > 0 {
        let y = rect.bottom() - goal as f32 * scale;
        painter.add(egui::Shape::dashed_line(
            &[egui::pos2(rect.left(), y), egui::pos2(rect.right(), y)],
            egui::Stroke::new(1.5, ui.visuals().strong_text_color()),
            6.0,
            4.0,
        ));
    }
    ui.horizontal(|ui| {
        ui.set_width(width);
        let first = weeks.first().map(|w| w.0).unwrap_or(monday);
        let last = weeks.last().map(|w| w.0).unwrap_or(monday);
        ui.label(RichText::new(format_date(loc, first)).small().weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(format_date(loc, last)).small().weak());
        });
    });
    ui.horizontal_wrapped(|ui| {
        for k in PAST_WEEK_KINDS {
            let (r, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().rect_filled(r, 2.0, kind_color(k));
            ui.label(RichText::new(tr(lang, &format!("activity.{}", k.key()))).small());
            ui.add_space(theme::SPACE.s);
        }
        if goal > 0 {
            ui.label(
                RichText::new(crate::i18n::tr_args(
                    lang,
                    "engagement.chart_goal",
                    &[("goal", &goal.to_string())],
                ))
                .small(),
            );
        }
    });
}
