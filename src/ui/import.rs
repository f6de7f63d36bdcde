//! Import from LinkedIn: choose or drop the export ZIP, watch it being read, see what was
//! found per pillar (unknown shown as unknown), and merge it into a client.

use crate::ui::ImportCommand;
use egui::RichText;

use super::{Command, theme, widgets};
use crate::i18n::{Language, format_date, format_number, format_points, tr, tr_args};
use crate::import::{DateSource, Import, Signals};
use crate::model::{ActivityKind, Client, Pillar};

/// Where an import stands.
#[derive(Debug)]
pub enum ImportView<'a> {
    /// Nothing chosen yet.
    Idle,
    /// Reading the file (on a background thread).
    Reading {
        /// The file name.
        file: &'a str,
    },
    /// Read: what was found.
    Preview {
        /// The file name.
        file: &'a str,
        /// What the export holds.
        import: &'a Import,
        /// The chosen client's estimated total today, before and after the merge.
        totals: (f64, f64),
    },
    /// It could not be read (the message is in the user's language).
    Failed(&'a str),
    /// Merged; what changed.
    Done(&'a str),
}

/// What the preview shows for one signal: a count, or None when the export does not say.
fn count(loc: impl Into<crate::i18n::Locale>, v: Option<u32>) -> Option<String> {
    let loc: crate::i18n::Locale = loc.into();
    v.map(|n| format_number(loc, f64::from(n), 0))
}

/// Yes or no, or None when the export does not say.
fn yes_no(lang: Language, v: Option<bool>) -> Option<String> {
    v.map(|b| crate::i18n::yes_no(lang, b).to_owned())
}

fn share(
    loc: impl Into<crate::i18n::Locale>,
    part: Option<u32>,
    whole: Option<u32>,
) -> Option<String> {
    let loc: crate::i18n::Locale = loc.into();
    match (part, whole) {
        (Some(p), Some(w)) if w > 0 => Some(format!(
            "{} %",
            format_number(loc, f64::from(p) * 100.0 / f64::from(w), 0)
        )),
        _ => None,
    }
}

/// The rows of the preview, per pillar: (label key, value; None where the export does not say).
type Row = (Pillar, &'static str, Option<String>);

/// The rows of the preview, per pillar.
fn rows(loc: impl Into<crate::i18n::Locale>, i: &Import) -> Vec<Row> {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    let s: &Signals = &i.signals;
    let replied = i.messages().filter(|m| m.replied).count();
    let replied = u32::try_from(replied).unwrap_or(u32::MAX);
    let accepted: u32 = i
        .activity
        .iter()
        .filter(|((_, k), _)| *k == ActivityKind::Acceptance)
        .map(|(_, n)| *n)
        .sum();
    let mut out = vec![
        (
            Pillar::Brand,
            "import.sig.profile_photo",
            yes_no(lang, s.profile_photo),
        ),
        (
            Pillar::Brand,
            "import.sig.background_banner",
            yes_no(lang, s.background_banner),
        ),
        (Pillar::Brand, "import.sig.skills", count(loc, s.skills)),
        (
            Pillar::Brand,
            "import.sig.articles",
            count(loc, s.articles_published),
        ),
        (
            Pillar::Brand,
            "import.sig.headline",
            yes_no(lang, Some(i.profile.headline)),
        ),
        (
            Pillar::Brand,
            "import.sig.about",
            yes_no(lang, Some(i.profile.about)),
        ),
        (
            Pillar::Find,
            "import.sig.connections",
            count(loc, s.connections),
        ),
        (
            Pillar::Find,
            "import.sig.decision_makers",
            count(loc, s.decision_makers),
        ),
        (Pillar::Find, "import.sig.searches", count(loc, s.searches)),
        (Pillar::Engage, "import.sig.posts", count(loc, s.posts)),
        (Pillar::Engage, "import.sig.reposts", count(loc, s.reposts)),
        (
            Pillar::Engage,
            "import.sig.comments",
            count(loc, s.comments),
        ),
        (
            Pillar::Engage,
            "import.sig.reactions",
            count(loc, s.reactions),
        ),
        (
            Pillar::Relationships,
            "import.sig.invitations",
            count(loc, s.invitations_sent),
        ),
    ];
    if let Some(p) = share(loc, s.invitations_with_note, s.invitations_sent) {
        out.push((Pillar::Relationships, "import.sig.with_note", Some(p)));
    }
    if let Some(p) = share(loc, Some(accepted), s.invitations_sent) {
        out.push((Pillar::Relationships, "import.sig.accepted", Some(p)));
    }
    out.push((
        Pillar::Relationships,
        "import.sig.messages",
        count(loc, s.messages_sent),
    ));
    if let Some(p) = share(loc, Some(replied), s.messages_sent) {
        out.push((Pillar::Relationships, "import.sig.reply_rate", Some(p)));
    }
    out
}

/// Draw the import screen. `target` is the index of the client to merge into; `drops` says
/// whether a ZIP dropped on the window arrives (not on native Wayland), and only then is it
/// offered.
pub fn show(
    ui: &mut egui::Ui,
    loc: impl Into<crate::i18n::Locale>,
    drops: bool,
    clients: &[std::sync::Arc<Client>],
    view: &ImportView<'_>,
    target: &mut usize,
    out: &mut Vec<Command>,
) {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    ui.heading(tr(lang, "screen.import"));
    ui.label(RichText::new(tr(lang, "import.intro")).weak());
    ui.add_space(theme::SPACE.s);
    let busy = matches!(view, ImportView::Reading { .. });
    ui.horizontal_wrapped(|ui| {
        if ui
            .add_enabled(!busy, egui::Button::new(tr(lang, "import.choose")))
            .clicked()
        {
            out.push(Command::Import(ImportCommand::ImportPick));
        }
        if drops {
            // not on native Wayland, where a dropped file never arrives
            ui.label(RichText::new(tr(lang, "import.drop")).weak());
        }
    });
    ui.add_space(theme::SPACE.m);
    match view {
        ImportView::Idle => {
            ui.label(tr(lang, "import.how"));
        }
        ImportView::Reading { file } => {
            ui.label(tr_args(lang, "import.reading", &[("file", file)]));
            ui.add(
                egui::ProgressBar::new(0.0)
                    .animate(true)
                    .desired_width(320.0),
            );
        }
        ImportView::Failed(message) => {
            widgets::error_label(ui, message);
        }
        ImportView::Done(summary) => {
            ui.label(RichText::new(*summary).color(theme::good(ui)));
        }
        ImportView::Preview {
            file,
            import,
            totals,
        } => {
            let found = Found {
                file,
                import,
                totals: *totals,
            };
            preview(ui, loc, clients, &found, target, out);
        }
    }
}

/// What an export held, as the preview shows it.
struct Found<'a> {
    /// The file name.
    file: &'a str,
    /// What the export holds.
    import: &'a Import,
    /// The chosen client's estimated total today, before and after the merge.
    totals: (f64, f64),
}

fn preview(
    ui: &mut egui::Ui,
    loc: impl Into<crate::i18n::Locale>,
    clients: &[std::sync::Arc<Client>],
    found: &Found<'_>,
    target: &mut usize,
    out: &mut Vec<Command>,
) {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    let Found {
        file,
        import,
        totals,
    } = *found;
    ui.label(
        RichText::new(tr_args(
            lang,
            "import.found",
            &[("file", file), ("date", &format_date(loc, import.as_of))],
        ))
        .strong(),
    );
    if import.as_of_source == DateSource::Unknown {
        ask_date(ui, lang, out);
    }
    ui.add_space(theme::SPACE.m);
    accept_controls(ui, loc, clients, import, totals, target, out);
    ui.add_space(theme::SPACE.m);
    let rows = rows(loc, import);
    egui::Grid::new("import-preview")
        .striped(true)
        .num_columns(2)
        .show(ui, |ui| {
            let mut last = None;
            for (pillar, key, value) in &rows {
                if last != Some(*pillar) {
                    ui.label(
                        RichText::new(tr(lang, widgets::pillar_key(*pillar)))
                            .strong()
                            .color(theme::pillar_color(*pillar)),
                    );
                    ui.label("");
                    ui.end_row();
                    last = Some(*pillar);
                }
                ui.label(tr(lang, key));
                ui.label(match value {
                    Some(v) => RichText::new(v),
                    None => RichText::new(tr(lang, "import.unknown")).weak().italics(),
                });
                ui.end_row();
            }
        });
    if rows.iter().any(|(_, _, v)| v.is_none()) {
        ui.label(RichText::new(tr(lang, "import.unknown_note")).weak());
    }
    for w in &import.warnings {
        widgets::error_label(ui, &w.message(lang));
    }
    files(ui, loc, import);
}

/// Every file found: rows, read, skipped and why (never a silent zero).
fn files(ui: &mut egui::Ui, loc: impl Into<crate::i18n::Locale>, import: &Import) {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    if import.reports.is_empty() {
        return;
    }
    ui.add_space(theme::SPACE.m);
    ui.label(RichText::new(tr(lang, "import.files")).strong());
    egui::Grid::new("import-files")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for f in &import.reports {
                ui.label(f.name.as_str());
                ui.label(tr_args(
                    lang,
                    "import.file_row",
                    &[
                        (
                            "rows",
                            &crate::i18n::count(loc, "common.count.rows", f.rows),
                        ),
                        ("read", &format_number(loc, f64::from(f.read), 0)),
                        ("skipped", &format_number(loc, f64::from(f.skipped), 0)),
                    ],
                ));
                match f.reason {
                    Some(reason) => {
                        ui.label(RichText::new(reason.message(lang)).color(theme::error(ui)))
                    }
                    None => ui.label(""),
                };
                ui.end_row();
            }
        });
}

/// The export does not say when it was made: the user types the day it was downloaded.
fn ask_date(ui: &mut egui::Ui, lang: Language, out: &mut Vec<Command>) {
    let id = ui.make_persistent_id("import-date");
    let mut text: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr(lang, "import.as_of"));
        ui.add(
            egui::TextEdit::singleline(&mut text)
                .hint_text("YYYY-MM-DD")
                .desired_width(110.0),
        )
        .labelled_by(l.id);
        let day = crate::model::Date::parse_from_str(text.trim(), "%Y-%m-%d").ok();
        if ui
            .add_enabled(
                day.is_some(),
                egui::Button::new(tr(lang, "import.use_date")),
            )
            .clicked()
            && let Some(day) = day
        {
            out.push(Command::Import(ImportCommand::ImportSetDate(day)));
        }
    });
    ui.data_mut(|d| d.insert_temp(id, text));
}

fn accept_controls(
    ui: &mut egui::Ui,
    loc: impl Into<crate::i18n::Locale>,
    clients: &[std::sync::Arc<Client>],
    import: &Import,
    (before, after): (f64, f64),
    target: &mut usize,
    out: &mut Vec<Command>,
) {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    // one past the last client: a new client named from the export's Profile.csv
    *target = (*target).min(clients.len());
    let new_name = import
        .profile_name
        .clone()
        .unwrap_or_else(|| tr(lang, "import.new_client_name").to_owned());
    let new_label = tr_args(lang, "import.new_client", &[("name", &new_name)]);
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr(lang, "import.into"));
        let selected = clients
            .get(*target)
            .map_or(new_label.as_str(), |c| c.name.as_str());
        egui::ComboBox::from_id_salt("import-target")
            .selected_text(selected)
            .show_ui(ui, |ui| {
                for (i, c) in clients.iter().enumerate() {
                    ui.selectable_value(target, i, c.name.as_str());
                }
                ui.selectable_value(target, clients.len(), new_label.as_str());
            })
            .response
            .labelled_by(l.id);
    });
    if let Some(c) = clients.get(*target) {
        // what "Add" would change, next to what the client has now
        for (key, now, export) in [
            (
                "import.sig.connections",
                c.network.connections,
                import.signals.connections,
            ),
            (
                "import.sig.decision_makers",
                c.network.decision_makers,
                import.signals.decision_makers,
            ),
        ] {
            if let Some(export) = export
                && export != now
            {
                ui.label(tr_args(
                    lang,
                    "import.now_vs_export",
                    &[
                        ("what", tr(lang, key)),
                        ("now", &format_number(loc, f64::from(now), 0)),
                        ("export", &format_number(loc, f64::from(export), 0)),
                    ],
                ));
            }
        }
    }
    let name = clients
        .get(*target)
        .map_or(new_name.as_str(), |c| c.name.as_str());
    ui.label(tr_args(
        lang,
        "import.estimate_change",
        &[
            ("before", &format_points(loc, before)),
            ("after", &format_points(loc, after)),
        ],
    ));
    ui.horizontal(|ui| {
        if ui
            .button(tr_args(lang, "import.accept", &[("name", name)]))
            .clicked()
        {
            out.push(Command::Import(ImportCommand::ImportAccept(*target)));
        }
        if ui.button(tr(lang, "common.cancel")).clicked() {
            out.push(Command::Import(ImportCommand::ImportCancel));
        }
    });
}
