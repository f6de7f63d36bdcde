//! Clients: the coach's list (search, sort, open), and add / rename / archive / delete.

use crate::ui::{ClientEdit, ClientsCommand};
use egui::RichText;

use super::{Command, ViewCtx, widgets};
use crate::engine::{self, Band};
use crate::i18n::{
    Language, format_date, format_signed as signed, format_total, tr, tr_args, tr_n,
};
use crate::model::{Client, Date};

/// What the client list shows per client (computed by the app after a change, not per frame).
#[derive(Debug, Clone, PartialEq)]
pub struct ClientSummary {
    /// Estimated total today.
    pub total: f64,
    /// The day of the last session.
    pub last_session: Option<Date>,
    /// Estimated total today minus the estimate snapshotted at the last session.
    pub change_since_session: Option<f64>,
    /// The client's open items due today or earlier, for the "due today" card.
    pub due: std::sync::Arc<[super::due::DueItem]>,
}

impl ClientSummary {
    /// Summarise `c` on `today` with its due items known ([`super::due::due_items`]).
    pub fn with_due(c: &Client, today: Date, due: std::sync::Arc<[super::due::DueItem]>) -> Self {
        Self::with_total(c, engine::estimate(c, today).total(), due)
    }

    /// Summarise `c` with its estimate `total` for today and its due items known.
    pub fn with_total(c: &Client, total: f64, due: std::sync::Arc<[super::due::DueItem]>) -> Self {
        let last = c.sessions.iter().max_by_key(|s| (s.date, s.id));
        Self {
            total,
            last_session: last.map(|s| s.date),
            change_since_session: last.map(|s| total - s.snapshot.estimate.total()),
            due,
        }
    }
}

/// How the list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClientSort {
    /// By name.
    #[default]
    Name,
    /// Most recent session first.
    LastSession,
    /// Highest estimate first.
    Estimate,
    /// Biggest rise since the last session first.
    Change,
}

impl ClientSort {
    const ALL: [Self; 4] = [Self::Name, Self::LastSession, Self::Estimate, Self::Change];

    fn key(self) -> &'static str {
        match self {
            Self::Name => "clients.sort.name",
            Self::LastSession => "clients.sort.last_session",
            Self::Estimate => "clients.sort.estimate",
            Self::Change => "clients.sort.change",
        }
    }
}

/// The client screen's typed text and choices.
#[derive(Debug, Clone, Default)]
pub struct ClientsState {
    /// Search text.
    pub search: String,
    /// Sort order.
    pub sort: ClientSort,
    /// Show archived clients too.
    pub show_archived: bool,
    /// Name for a new client.
    pub new_name: String,
    /// The rename field (None: not renaming).
    pub rename: Option<String>,
    /// Asking to confirm a delete.
    pub confirm_delete: bool,
}

/// The order in which to list `clients`: indices, filtered by search and archive state.
pub fn order(
    clients: &[std::sync::Arc<Client>],
    summaries: &[ClientSummary],
    state: &ClientsState,
) -> Vec<usize> {
    let needle = state.search.trim().to_lowercase();
    let mut idx: Vec<usize> = (0..clients.len())
        .filter(|&i| state.show_archived || !clients[i].archived)
        .filter(|&i| needle.is_empty() || clients[i].name.to_lowercase().contains(&needle))
        .collect();
    let s = |i: usize| summaries.get(i);
    let num = |v: Option<f64>| v.unwrap_or(f64::NEG_INFINITY);
    match state.sort {
        ClientSort::Name => {}
        ClientSort::LastSession => {
            idx.sort_by_key(|&i| std::cmp::Reverse(s(i).and_then(|s| s.last_session)));
        }
        ClientSort::Estimate => {
            idx.sort_by(|&a, &b| num(s(b).map(|s| s.total)).total_cmp(&num(s(a).map(|s| s.total))));
        }
        ClientSort::Change => idx.sort_by(|&a, &b| {
            num(s(b).and_then(|s| s.change_since_session))
                .total_cmp(&num(s(a).and_then(|s| s.change_since_session)))
        }),
    }
    idx
}

/// Draw the clients screen.
pub fn show(
    ui: &mut egui::Ui,
    ctx: &ViewCtx<'_>,
    state: &mut ClientsState,
    out: &mut Vec<Command>,
) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    ui.heading(tr(lang, "screen.clients"));
    ui.label(RichText::new(tr(lang, "clients.intro")).weak());

    widgets::section(ui, tr(lang, "clients.add"));
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr(lang, "clients.new_name"));
        let field = ui
            .add(egui::TextEdit::singleline(&mut state.new_name).desired_width(240.0))
            .labelled_by(l.id);
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let ok = !state.new_name.trim().is_empty();
        if (ui
            .add_enabled(ok, egui::Button::new(tr(lang, "clients.add_button")))
            .clicked()
            || enter)
            && ok
        {
            out.push(Command::Clients(ClientsCommand::AddClient(std::mem::take(
                &mut state.new_name,
            ))));
        }
        // the demo can be opened (or added back) at any time, not only on the first run
        if ui.button(tr(lang, "clients.open_demo")).clicked() {
            out.push(Command::Clients(ClientsCommand::StartDemo));
        }
    });

    widgets::section(ui, tr(lang, "clients.list"));
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr(lang, "clients.search"));
        ui.add(egui::TextEdit::singleline(&mut state.search).desired_width(200.0))
            .labelled_by(l.id);
        let l = ui.label(tr(lang, "clients.sort"));
        egui::ComboBox::from_id_salt("client-sort")
            .selected_text(tr(lang, state.sort.key()))
            .show_ui(ui, |ui| {
                for s in ClientSort::ALL {
                    ui.selectable_value(&mut state.sort, s, tr(lang, s.key()));
                }
            })
            .response
            .labelled_by(l.id);
        ui.checkbox(&mut state.show_archived, tr(lang, "clients.show_archived"));
    });
    let rows = order(ctx.clients, ctx.summaries, state);
    if ctx.loading_more > 0 {
        // the clients not read yet at start join the list as they arrive
        ui.label(
            RichText::new(tr_n(
                loc,
                "clients.loading_more",
                ctx.loading_more as u64,
                &[],
            ))
            .weak(),
        );
    } else if rows.is_empty() {
        ui.label(RichText::new(tr(lang, "clients.none")).weak());
    }
    egui::Grid::new("clients")
        .striped(true)
        .num_columns(5)
        .show(ui, |ui| {
            for key in [
                "clients.col.name",
                "clients.col.estimate",
                "clients.col.band",
                "clients.col.last_session",
                "clients.col.change",
            ] {
                ui.label(RichText::new(tr(lang, key)).strong());
            }
            ui.end_row();
            // only the rows in sight are laid out (300 clients cost 1.9 ms a frame when all
            // were); the others become spacer rows of the same height
            // (a row's pitch is measured on the rows drawn and kept for the next frame)
            let pitch_id = ui.make_persistent_id("row pitch");
            let gap = ui.spacing().item_spacing.y;
            let pitch = ui.data(|d| d.get_temp::<f32>(pitch_id)).unwrap_or_else(|| {
                let text = ui.text_style_height(&egui::TextStyle::Body);
                let padded = text + 2.0 * ui.spacing().button_padding.y;
                padded.max(ui.spacing().interact_size.y) + gap
            });
            let clip = ui.clip_rect();
            let first = (((clip.top() - ui.cursor().top()) / pitch).floor().max(0.0) as usize)
                .min(rows.len());
            let in_sight = ((clip.height() / pitch).ceil() as usize + 2).min(rows.len() - first);
            spacer_rows(ui, first, pitch, gap);
            let top = ui.cursor().top();
            for &i in &rows[first..first + in_sight] {
                let c = &ctx.clients[i];
                let mut name = RichText::new(c.name.as_str());
                if i == ctx.current {
                    name = name.strong();
                }
                if c.archived {
                    name = name.italics().weak();
                }
                if ui
                    .selectable_label(i == ctx.current, name)
                    .on_hover_text(tr(lang, "clients.open"))
                    .clicked()
                    && i != ctx.current
                {
                    out.push(Command::Clients(ClientsCommand::SwitchClient(i)));
                }
                let Some(s) = ctx.summaries.get(i) else {
                    ui.end_row();
                    continue;
                };
                ui.label(format_total(loc, s.total));
                ui.label(tr(lang, Band::of(s.total).label_key()));
                ui.label(
                    s.last_session
                        .map_or_else(|| "-".to_owned(), |d| format_date(loc, d)),
                );
                ui.label(
                    s.change_since_session
                        .map_or_else(|| "-".to_owned(), |d| signed(loc, d)),
                );
                ui.end_row();
            }
            if in_sight > 0 {
                let measured = (ui.cursor().top() - top) / in_sight as f32;
                if (measured - pitch).abs() > 0.01 {
                    ui.data_mut(|d| d.insert_temp(pitch_id, measured));
                    ui.ctx().request_repaint();
                }
            }
            spacer_rows(ui, rows.len() - first - in_sight, pitch, gap);
        });

    current(ui, ctx, state, out);
}

/// Stand-ins for `n` grid rows `pitch` apart (a row and its `gap`) out of sight: as tall as
/// the rows they replace, and as many rows modulo two, so the stripes in sight stay put.
fn spacer_rows(ui: &mut egui::Ui, n: usize, pitch: f32, gap: f32) {
    if n == 0 {
        return;
    }
    let total = n as f32 * pitch - gap;
    if n % 2 == 1 {
        ui.allocate_space(egui::vec2(0.0, total));
        ui.end_row();
    } else {
        ui.allocate_space(egui::vec2(0.0, total - gap));
        ui.end_row();
        ui.allocate_space(egui::vec2(0.0, 0.0));
        ui.end_row();
    }
}

/// The current client: rename, report language, archive, delete.
fn current(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, state: &mut ClientsState, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    let c = ctx.client;
    widgets::section(
        ui,
        &tr_args(lang, "clients.current", &[("name", c.name.as_str())]),
    );
    ui.horizontal_wrapped(|ui| match &mut state.rename {
        None => {
            if ui.button(tr(lang, "clients.rename")).clicked() {
                state.rename = Some(c.name.clone());
            }
        }
        Some(text) => {
            let l = ui.label(tr(lang, "clients.new_name_for"));
            let field = ui
                .add(egui::TextEdit::singleline(text).desired_width(240.0))
                .labelled_by(l.id);
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let ok = !text.trim().is_empty();
            if (ui
                .add_enabled(ok, egui::Button::new(tr(lang, "common.save")))
                .clicked()
                || enter)
                && ok
            {
                out.push(Command::Edit(ClientEdit::RenameClient(
                    text.trim().to_owned(),
                )));
                state.rename = None;
            } else if ui.button(tr(lang, "common.cancel")).clicked() {
                state.rename = None;
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr(lang, "clients.report_language"));
        let mut chosen = c.language;
        egui::ComboBox::from_id_salt("client-language")
            .selected_text(c.language.native_name())
            .show_ui(ui, |ui| {
                for l in Language::ALL {
                    ui.selectable_value(&mut chosen, l, l.native_name());
                }
            })
            .response
            .labelled_by(l.id);
        if chosen != c.language {
            out.push(Command::Edit(ClientEdit::SetClientLanguage(chosen)));
        }
    });
    ui.horizontal_wrapped(|ui| {
        let archive = if c.archived {
            "clients.unarchive"
        } else {
            "clients.archive"
        };
        if ui.button(tr(lang, archive)).clicked() {
            out.push(Command::Edit(ClientEdit::SetArchived(!c.archived)));
        }
        if !state.confirm_delete
            && widgets::destructive_button(
                ui,
                &tr_args(lang, "clients.delete", &[("name", c.name.as_str())]),
            )
            .clicked()
        {
            state.confirm_delete = true;
        }
    });
    if state.confirm_delete {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(tr_args(
                lang,
                "clients.delete_confirm",
                &[("name", c.name.as_str())],
            ));
            ui.horizontal(|ui| {
                if widgets::destructive_button(ui, tr(lang, "clients.delete_yes")).clicked() {
                    out.push(Command::Clients(ClientsCommand::DeleteClient));
                    state.confirm_delete = false;
                }
                if ui.button(tr(lang, "common.cancel")).clicked() {
                    state.confirm_delete = false;
                }
            });
        });
    }
}
