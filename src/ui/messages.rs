//! Messaging log: a virtual table (only visible rows are drawn), add, edit, delete, search,
//! sort by any column, filter "follow-up due".

use crate::ui::ClientEdit;
use egui::RichText;
use egui_extras::{Column, TableBuilder};

use super::{Command, ViewCtx, theme, widgets};
use crate::i18n::{format_date, tr};
use crate::model::{Channel, Date, MessageEntry};

/// Columns of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortColumn {
    /// Date.
    #[default]
    Date,
    /// Person.
    Person,
    /// Company.
    Company,
    /// Title.
    Title,
    /// Decision maker.
    DecisionMaker,
    /// Channel.
    Channel,
    /// Replied.
    Replied,
    /// Follow-up date.
    FollowUp,
}

/// The add/edit form.
#[derive(Debug, Clone, Default)]
pub struct MessageForm {
    /// Date as typed.
    pub date: String,
    /// Person.
    pub person: String,
    /// Company.
    pub company: String,
    /// Title.
    pub title: String,
    /// Decision maker.
    pub decision_maker: bool,
    /// Channel.
    pub channel: Channel,
    /// Replied.
    pub replied: bool,
    /// Follow-up date as typed (may be empty).
    pub follow_up: String,
    /// Id of the message being edited, if any.
    pub editing: Option<u64>,
}

/// State of the messaging screen.
#[derive(Debug, Default)]
pub struct MessagesState {
    /// Search text.
    pub search: String,
    /// Only rows whose follow-up is due.
    pub only_due: bool,
    /// Sort column and ascending flag.
    pub sort: (SortColumn, bool),
    /// The form.
    pub form: MessageForm,
    /// Cached row order: (client messages length, search, due, sort, today) -> indices.
    cache: Option<(CacheKey, Vec<usize>)>,
    /// The widest person, company and title in the log, in points (with the cache).
    widths: [f32; 3],
}

type CacheKey = (usize, u64, String, bool, SortColumn, bool, Date);

fn channel_key(c: Channel) -> &'static str {
    match c {
        Channel::Message => "channel.message",
        Channel::InMail => "channel.inmail",
        Channel::InvitationNote => "channel.invitation_note",
    }
}

fn parse_form(
    form: &MessageForm,
    today: Date,
    loc: impl Into<crate::i18n::Locale>,
) -> Result<(Date, Option<Date>), &'static str> {
    let loc: crate::i18n::Locale = loc.into();
    let lang = loc.lang;
    let date = widgets::parse_day(&form.date, today, false, loc)?;
    if form.person.trim().is_empty() {
        return Err(tr(lang, "messages.error.person"));
    }
    let follow_up = if form.follow_up.trim().is_empty() {
        None
    } else {
        Some(widgets::parse_day(&form.follow_up, today, true, loc)?)
    };
    Ok((date, follow_up))
}

/// A cheap fingerprint of the log so the row order is recomputed only after a change.
fn fingerprint(messages: &[MessageEntry]) -> u64 {
    messages
        .iter()
        .rev()
        .take(64)
        .fold(messages.len() as u64, |h, m| {
            h.wrapping_mul(31)
                .wrapping_add(m.id)
                .wrapping_add(u64::from(m.replied))
                ^ (m.person.len() as u64)
        })
}

/// The visible rows in order.
fn rows(messages: &[MessageEntry], s: &MessagesState, today: Date) -> Vec<usize> {
    let needle = s.search.trim().to_lowercase();
    let mut idx: Vec<usize> = (0..messages.len())
        .filter(|&i| {
            let m = &messages[i];
            (!s.only_due || m.follow_up_due(today))
                && (needle.is_empty()
                    || m.person.to_lowercase().contains(&needle)
                    || m.company.to_lowercase().contains(&needle)
                    || m.title.to_lowercase().contains(&needle)
                    || m.note.to_lowercase().contains(&needle))
        })
        .collect();
    let (col, asc) = s.sort;
    idx.sort_by(|&a, &b| {
        let (x, y) = (&messages[a], &messages[b]);
        let o = match col {
            SortColumn::Date => x.date.cmp(&y.date),
            SortColumn::Person => x.person.to_lowercase().cmp(&y.person.to_lowercase()),
            SortColumn::Company => x.company.to_lowercase().cmp(&y.company.to_lowercase()),
            SortColumn::Title => x.title.to_lowercase().cmp(&y.title.to_lowercase()),
            SortColumn::DecisionMaker => x.decision_maker.cmp(&y.decision_maker),
            SortColumn::Channel => x.channel.cmp(&y.channel),
            SortColumn::Replied => x.replied.cmp(&y.replied),
            SortColumn::FollowUp => x.follow_up.cmp(&y.follow_up),
        };
        if asc { o } else { o.reverse() }
    });
    idx
}

/// The widths the person, company and title columns need for their longest text (at most
/// [`TEXT_COLUMN_MAX`]; longer ones are clipped, and the whole text is in the edit form).
/// Measured once per change of the log, on the widest few texts by length.
fn text_widths(ui: &egui::Ui, messages: &[MessageEntry]) -> [f32; 3] {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let measure = |pick: fn(&MessageEntry) -> &str| {
        // the 20 longest by characters (a linear selection, not a sort of the whole log)
        let mut texts: Vec<(usize, &str)> =
            messages.iter().map(|m| (pick(m).len(), pick(m))).collect();
        let keep = texts.len().min(20);
        if keep < texts.len() {
            texts.select_nth_unstable_by_key(keep, |t| std::cmp::Reverse(t.0));
        }
        let widest = texts[..keep]
            .iter()
            .map(|(_, t)| t)
            .map(|t| {
                ui.painter()
                    .layout_no_wrap((*t).to_owned(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            })
            .fold(0.0, f32::max);
        (widest + 2.0 * ui.spacing().item_spacing.x).clamp(TEXT_COLUMN_MIN, TEXT_COLUMN_MAX)
    };
    [
        measure(|m| m.person.as_str()),
        measure(|m| m.company.as_str()),
        measure(|m| m.title.as_str()),
    ]
}

/// Which optional columns fit the window: (job title, delete button). A narrow window leaves
/// the job title out (it shows on the name's tooltip and in the form), then the delete button
/// (it moves into the form, shown when a message is opened), so every other column stays in
/// view instead of scrolling sideways.
fn optional_columns(ui: &egui::Ui, lang: crate::i18n::Language, widths: &[f32; 3]) -> (bool, bool) {
    let spacing = ui.spacing().item_spacing.x;
    let font = egui::TextStyle::Button.resolve(ui.style());
    let text = |key: &str| {
        ui.painter()
            .layout_no_wrap(tr(lang, key).to_owned(), font.clone(), egui::Color32::WHITE)
            .size()
            .x
            + 2.0 * ui.spacing().button_padding.x
    };
    // the headings with room for the sort mark, at least a date where a date goes
    let heading = |key: &str| text(key) + SORT_MARK;
    let base = DATE_COLUMN
        + widths[0]
        + widths[1]
        + heading("messages.decision_maker_short")
        + heading("messages.channel").max(CHANNEL_COLUMN)
        + heading("messages.replied")
        + heading("messages.follow_up").max(DATE_COLUMN)
        + 8.0 * spacing;
    let delete = text("common.delete") + 2.0 * spacing;
    let title = widths[2] + spacing;
    let room = ui.available_width();
    (room >= base + delete + title, room >= base + delete)
}

/// Room for a date in the table, and for the sort mark beside a heading.
const DATE_COLUMN: f32 = 100.0;
const SORT_MARK: f32 = 24.0;
/// Room for the longest channel ("Invitation note", "Uitnodigingsnotitie").
const CHANNEL_COLUMN: f32 = 150.0;

/// The narrowest and widest a text column of the log is drawn.
const TEXT_COLUMN_MIN: f32 = 90.0;
const TEXT_COLUMN_MAX: f32 = 240.0;

/// Draw the messaging log.
pub fn show(ui: &mut egui::Ui, ctx: &ViewCtx<'_>, s: &mut MessagesState, out: &mut Vec<Command>) {
    let lang = ctx.lang;
    let loc = ctx.locale();
    let (show_title, show_delete) = optional_columns(ui, lang, &s.widths);
    let today = ctx.today;
    let messages = &ctx.client.messages;
    ui.heading(tr(lang, "screen.messages"));
    if s.form.date.is_empty() {
        s.form.date = today.format("%Y-%m-%d").to_string();
    }

    // the form
    let mut submit = false;
    egui::Grid::new("message_form")
        .num_columns(4)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            let l = ui.label(tr(lang, "messages.date"));
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut s.form.date).desired_width(100.0))
                    .labelled_by(l.id);
                widgets::date_picker(ui, &mut s.form.date, today, false, ctx.locale());
            });
            let l = ui.label(tr(lang, "messages.person"));
            let r = ui
                .add(egui::TextEdit::singleline(&mut s.form.person).desired_width(180.0))
                .labelled_by(l.id);
            submit |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.end_row();
            let l = ui.label(tr(lang, "messages.company"));
            ui.add(egui::TextEdit::singleline(&mut s.form.company).desired_width(180.0))
                .labelled_by(l.id);
            let l = ui.label(tr(lang, "messages.title"));
            let r = ui
                .add(egui::TextEdit::singleline(&mut s.form.title).desired_width(180.0))
                .labelled_by(l.id);
            submit |= r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.end_row();
            let l = ui.label(tr(lang, "messages.channel"));
            egui::ComboBox::from_id_salt("channel")
                .selected_text(tr(lang, channel_key(s.form.channel)))
                .show_ui(ui, |ui| {
                    for c in Channel::ALL {
                        ui.selectable_value(&mut s.form.channel, c, tr(lang, channel_key(c)));
                    }
                })
                .response
                .labelled_by(l.id);
            let l = ui.label(tr(lang, "messages.follow_up"));
            ui.add(
                egui::TextEdit::singleline(&mut s.form.follow_up)
                    .desired_width(130.0)
                    .hint_text(ctx.region.date_order.hint(lang)),
            )
            .labelled_by(l.id);
            ui.end_row();
        });
    ui.horizontal_wrapped(|ui| {
        ui.checkbox(
            &mut s.form.decision_maker,
            tr(lang, "messages.decision_maker"),
        );
        ui.checkbox(&mut s.form.replied, tr(lang, "messages.replied"));
        let label = if s.form.editing.is_some() {
            tr(lang, "common.save")
        } else {
            tr(lang, "messages.add")
        };
        submit |= ui.button(label).clicked();
        if s.form.editing.is_some() && ui.button(tr(lang, "common.cancel")).clicked() {
            s.form = MessageForm::default();
        }
        // no delete column in a narrow window: the opened message is deleted from here
        if let Some(id) = s.form.editing.filter(|_| !show_delete) {
            let del = widgets::destructive_button(ui, tr(lang, "common.delete"));
            let name = format!("{} {}", tr(lang, "common.delete"), s.form.person.trim());
            del.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
            if del.clicked() {
                out.push(Command::Edit(ClientEdit::DeleteMessage(id)));
                s.form = MessageForm::default();
            }
        }
    });
    let parsed = parse_form(&s.form, today, loc);
    let typed = !s.form.person.is_empty() || s.form.editing.is_some();
    match parsed {
        Err(e) if typed || submit => {
            widgets::error_label(ui, e);
        }
        Ok((date, follow_up)) if submit => {
            let mut m = MessageEntry::new(s.form.editing.unwrap_or(0), date, s.form.person.trim());
            m.company = s.form.company.trim().into();
            m.title = s.form.title.trim().into();
            m.decision_maker = s.form.decision_maker;
            m.channel = s.form.channel;
            m.replied = s.form.replied;
            m.follow_up = follow_up;
            if let Some(old) = s
                .form
                .editing
                .and_then(|id| messages.iter().find(|x| x.id == id))
            {
                m.note.clone_from(&old.note);
                m.source = old.source;
                m.external_key.clone_from(&old.external_key);
                out.push(Command::Edit(ClientEdit::EditMessage(m)));
            } else {
                out.push(Command::Edit(ClientEdit::AddMessage(m)));
            }
            let date = s.form.date.clone();
            s.form = MessageForm {
                date,
                ..MessageForm::default()
            };
        }
        _ => {}
    }

    ui.add_space(theme::SECTION_GAP);
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(tr(lang, "messages.search"));
        let search = ui
            .add(
                egui::TextEdit::singleline(&mut s.search)
                    .desired_width(200.0)
                    .hint_text(widgets::shortcut_text(ui, &widgets::FIND)),
            )
            .labelled_by(l.id);
        if ui.input_mut(|i| i.consume_shortcut(&widgets::FIND)) {
            search.request_focus();
        }
        ui.checkbox(&mut s.only_due, tr(lang, "messages.only_due"));
    });

    let key: CacheKey = (
        messages.len(),
        fingerprint(messages),
        s.search.clone(),
        s.only_due,
        s.sort.0,
        s.sort.1,
        today,
    );
    if s.cache.as_ref().is_none_or(|(k, _)| *k != key) {
        s.cache = Some((key, rows(messages, s, today)));
        s.widths = text_widths(ui, messages);
    }
    let order: &[usize] = s.cache.as_ref().map_or(&[], |(_, v)| v.as_slice());
    if messages.is_empty() {
        // an empty log says what to do, not "0 / 0"
        ui.label(RichText::new(tr(lang, "messages.empty")).weak());
        return;
    }
    let count = if order.len() == messages.len() {
        crate::i18n::count(loc, "common.count.messages", messages.len())
    } else {
        crate::i18n::tr_args(
            lang,
            "messages.shown",
            &[
                ("shown", &order.len().to_string()),
                (
                    "total",
                    &crate::i18n::count(loc, "common.count.messages", messages.len()),
                ),
            ],
        )
    };
    ui.label(RichText::new(count).weak());
    if order.is_empty() {
        ui.label(tr(lang, "messages.none_match"));
        return;
    }

    let headers: Vec<(SortColumn, &str)> = [
        (SortColumn::Date, "messages.date"),
        (SortColumn::Person, "messages.person"),
        (SortColumn::Company, "messages.company"),
        (SortColumn::Title, "messages.title"),
        (SortColumn::DecisionMaker, "messages.decision_maker_short"),
        (SortColumn::Channel, "messages.channel"),
        (SortColumn::Replied, "messages.replied"),
        (SortColumn::FollowUp, "messages.follow_up"),
    ]
    .into_iter()
    .filter(|(c, _)| show_title || *c != SortColumn::Title)
    .collect();
    let mut clicked_sort = None;
    let mut delete = None;
    let mut edit = None;
    // at small windows the table scrolls sideways; rows still scroll (and are drawn) lazily
    egui::ScrollArea::horizontal().show(ui, |ui| {
        // every cell on one line: the columns are as wide as their longest text
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        let mut table = TableBuilder::new(ui)
            .id_salt(("messages_table", show_title, show_delete))
            .striped(true)
            .resizable(false)
            .column(Column::auto().at_least(90.0))
            // names, companies and titles take the room they need (long ones are clipped
            // at a generous width, and the full text is one click away in the form)
            .column(Column::exact(s.widths[0]).clip(true))
            .column(Column::exact(s.widths[1]).clip(true));
        if show_title {
            table = table.column(Column::exact(s.widths[2]).clip(true));
        }
        table = table
            .column(Column::auto())
            .column(Column::auto())
            .column(Column::auto())
            .column(Column::auto().at_least(90.0));
        if show_delete {
            table = table.column(Column::auto());
        }
        table
            .header(theme::ROW_HEIGHT, |mut header| {
                for (col, key) in headers {
                    header.col(|ui| {
                        let sorted = (s.sort.0 == col).then_some(s.sort.1);
                        if widgets::sort_header(ui, tr(lang, key), sorted).clicked() {
                            clicked_sort = Some(col);
                        }
                    });
                }
                if show_delete {
                    header.col(|_| {});
                }
            })
            .body(|body| {
                body.rows(theme::ROW_HEIGHT, order.len(), |mut row| {
                    let Some(m) = order.get(row.index()).and_then(|&i| messages.get(i)) else {
                        return;
                    };
                    row.col(|ui| {
                        ui.label(format_date(loc, m.date));
                    });
                    row.col(|ui| {
                        // click a name to edit the row in the form above
                        let hint = if show_title || m.title.is_empty() {
                            tr(lang, "common.edit").to_owned()
                        } else {
                            format!("{}\n{}", m.title, tr(lang, "common.edit"))
                        };
                        if ui.link(m.person.as_str()).on_hover_text(hint).clicked() {
                            edit = Some(m.clone());
                        }
                    });
                    row.col(|ui| {
                        ui.label(m.company.as_str());
                    });
                    if show_title {
                        row.col(|ui| {
                            ui.label(m.title.as_str());
                        });
                    }
                    row.col(|ui| {
                        ui.label(if m.decision_maker {
                            tr(lang, "common.yes")
                        } else {
                            ""
                        });
                    });
                    row.col(|ui| {
                        ui.label(tr(lang, channel_key(m.channel)));
                    });
                    row.col(|ui| {
                        ui.label(if m.replied {
                            tr(lang, "common.yes")
                        } else {
                            tr(lang, "common.no")
                        });
                    });
                    row.col(|ui| {
                        if let Some(f) = m.follow_up {
                            let text = RichText::new(format_date(loc, f));
                            ui.label(if m.follow_up_due(today) {
                                text.color(theme::error(ui))
                            } else {
                                text
                            });
                        }
                    });
                    if !show_delete {
                        return;
                    }
                    row.col(|ui| {
                        ui.horizontal(|ui| {
                            let del = widgets::destructive_button(ui, tr(lang, "common.delete"));
                            del.widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::Button,
                                    true,
                                    format!("{} {}", tr(lang, "common.delete"), m.person),
                                )
                            });
                            if del.clicked() {
                                delete = Some(m.id);
                            }
                        });
                    });
                });
            });
    });
    if let Some(col) = clicked_sort {
        s.sort = if s.sort.0 == col {
            (col, !s.sort.1)
        } else {
            (col, true)
        };
    }
    if let Some(id) = delete {
        out.push(Command::Edit(ClientEdit::DeleteMessage(id)));
    }
    if let Some(m) = edit {
        s.form = MessageForm {
            date: m.date.format("%Y-%m-%d").to_string(),
            person: m.person.into(),
            company: m.company.into(),
            title: m.title.into(),
            decision_maker: m.decision_maker,
            channel: m.channel,
            replied: m.replied,
            follow_up: m
                .follow_up
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            editing: Some(m.id),
        };
    }
}
