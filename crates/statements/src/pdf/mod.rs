//! The PDF: laid out here into pages of simple drawing operations, then drawn by krilla
//! (`draw.rs`). Laying out first lets every footer say "Page 2 of 5".
//!
//! A4 portrait. Every page: the agency (logo and name) and the title, client and period at the
//! top, page number at the bottom. The first page adds the client block and the totals. Then
//! the done top-ups with their totals, then, apart, the ones not counted (refused or held for a
//! check) with a note saying why they are not in the totals. A table cut by a page break
//! repeats its heading and column headers.

mod draw;
mod text;

use krilla::image::Image;
use krilla::metadata::Metadata;

use crate::format::{amount, date_and_time, kind, period};
use crate::words::{Arg, Words};
use crate::{
    lines_in_order, shows_workspace_column, totals, LineOutcome, Statement, StatementError,
    StatementLine,
};
use text::{Fonts, Style, Weight};

const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 42.0;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Where content stops, above the footer.
const CONTENT_BOTTOM: f32 = PAGE_HEIGHT - 58.0;
const CELL_PADDING: f32 = 4.0;

const INK: (u8, u8, u8) = (28, 32, 38);
const MUTED: (u8, u8, u8) = (96, 104, 116);
const RULE: (u8, u8, u8) = (214, 219, 226);
const SHADE: (u8, u8, u8) = (241, 243, 246);
const REFUSED: (u8, u8, u8) = (176, 38, 38);
const HELD: (u8, u8, u8) = (150, 90, 0);

const fn style(weight: Weight, size: f32, color: (u8, u8, u8)) -> Style {
    Style {
        weight,
        size,
        color,
    }
}

const BODY: Style = style(Weight::Regular, 8.0, INK);
const SECONDARY: Style = style(Weight::Regular, 7.0, MUTED);
const KEY: Style = style(Weight::Regular, 6.5, MUTED);
const COLUMN_HEADER: Style = style(Weight::Bold, 7.0, MUTED);
const LABEL: Style = style(Weight::Regular, 8.5, MUTED);
const VALUE: Style = style(Weight::Regular, 9.5, INK);
const HEADING: Style = style(Weight::Bold, 11.0, INK);
const TOTAL: Style = style(Weight::Bold, 8.5, INK);
const FOOTER: Style = style(Weight::Regular, 7.0, MUTED);

/// One drawing operation; y grows downwards from the top of the page, in points.
enum Op {
    Text {
        x: f32,
        baseline: f32,
        text: String,
        style: Style,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        width: f32,
        color: (u8, u8, u8),
    },
    Band {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        color: (u8, u8, u8),
    },
    Logo {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

pub(crate) fn render(statement: &Statement) -> Result<Vec<u8>, StatementError> {
    let logo = statement
        .agency_logo
        .as_deref()
        .map(decode_logo)
        .transpose()?;
    let fonts = Fonts::load();
    let words = Words::new(statement.language);
    let mut layout = Layout {
        statement,
        fonts: &fonts,
        words: &words,
        period: period(&statement.period, &words),
        logo_size: logo.as_ref().map(Image::size),
        columns: columns(statement, &words),
        pages: Vec::new(),
        y: 0.0,
    };
    layout.lay_out();
    let title = format!(
        "{} — {} — {}",
        words.get("statements-title"),
        statement.client_name,
        layout.period
    );
    let metadata = Metadata::new()
        .title(title)
        .authors(vec![statement.agency_name.clone()])
        .language(statement.language.code().to_owned())
        .creator("Callboard".to_owned());
    draw::document(&layout.pages, &fonts, logo.as_ref(), metadata)
}

fn decode_logo(bytes: &[u8]) -> Result<Image, StatementError> {
    let data = bytes.to_vec().into();
    let image = if bytes.starts_with(b"\x89PNG") {
        Image::from_png(data, true)
    } else if bytes.starts_with(&[0xFF, 0xD8]) {
        Image::from_jpeg(data, true)
    } else {
        Err("neither PNG nor JPEG".to_owned())
    };
    image.map_err(StatementError::Logo)
}

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Right,
}

/// What a column shows for one line.
#[derive(Clone, Copy, PartialEq)]
enum Content {
    DateTime,
    Workspace,
    Kind,
    Amount,
    Reference,
    SentBy,
    Outcome,
    ActionKey,
}

struct Column {
    content: Content,
    header: String,
    x: f32,
    width: f32,
    align: Align,
}

/// The table's columns, sized in proportion to what they usually hold.
fn columns(statement: &Statement, words: &Words) -> Vec<Column> {
    let mut specs = vec![
        (
            Content::DateTime,
            "statements-column-date",
            68.0,
            Align::Left,
        ),
        (Content::Kind, "statements-column-kind", 44.0, Align::Left),
        (
            Content::Amount,
            "statements-column-amount",
            62.0,
            Align::Right,
        ),
        (
            Content::Reference,
            "statements-column-reference",
            82.0,
            Align::Left,
        ),
        (
            Content::SentBy,
            "statements-column-sent-by",
            96.0,
            Align::Left,
        ),
        (
            Content::Outcome,
            "statements-column-outcome",
            80.0,
            Align::Left,
        ),
        (
            Content::ActionKey,
            "statements-column-action-key",
            80.0,
            Align::Left,
        ),
    ];
    if shows_workspace_column(statement) {
        let workspace = (
            Content::Workspace,
            "statements-column-workspace",
            96.0,
            Align::Left,
        );
        specs.insert(1, workspace);
    }
    let total_weight: f32 = specs.iter().map(|spec| spec.2).sum();
    let mut x = MARGIN;
    specs
        .into_iter()
        .map(|(content, header, weight, align)| {
            let width = CONTENT_WIDTH * weight / total_weight;
            let column = Column {
                content,
                header: words.get(header),
                x,
                width,
                align,
            };
            x += width;
            column
        })
        .collect()
}

/// Wrapped lines of text stacked in one cell.
type Cell = Vec<(String, Style)>;

struct Layout<'a> {
    statement: &'a Statement,
    fonts: &'a Fonts,
    words: &'a Words,
    period: String,
    logo_size: Option<(u32, u32)>,
    columns: Vec<Column>,
    pages: Vec<Vec<Op>>,
    /// Where the next block starts on the current page.
    y: f32,
}

impl Layout<'_> {
    fn lay_out(&mut self) {
        self.start_page();
        self.client_block();
        self.summary();
        let (counted, not_counted) = lines_in_order(self.statement);
        if self.statement.lines.is_empty() {
            self.paragraph(&self.words.get("statements-no-lines"), BODY);
        } else {
            self.section_done(&counted);
            if !not_counted.is_empty() {
                self.section_not_counted(&not_counted);
            }
        }
        self.footers();
    }

    fn op(&mut self, op: Op) {
        self.pages
            .last_mut()
            .expect("a page is started first")
            .push(op);
    }

    fn text(&mut self, x: f32, baseline: f32, text: &str, style: Style) {
        self.op(Op::Text {
            x,
            baseline,
            text: text.to_owned(),
            style,
        });
    }

    fn text_right(&mut self, right: f32, baseline: f32, text: &str, style: Style) {
        let width = self.fonts.width(text, style);
        self.text(right - width, baseline, text, style);
    }

    fn rule(&mut self, y: f32, width: f32, color: (u8, u8, u8)) {
        self.op(Op::Rule {
            x1: MARGIN,
            x2: MARGIN + CONTENT_WIDTH,
            y,
            width,
            color,
        });
    }

    /// A new page with the agency on the left and the title, client and period on the right.
    fn start_page(&mut self) {
        self.pages.push(Vec::new());
        const TOP: f32 = 34.0;
        const BAND_HEIGHT: f32 = 44.0;
        let title_style = style(Weight::Bold, 15.0, INK);
        let subtitle_style = style(Weight::Regular, 8.5, MUTED);
        let title = self.words.get("statements-title");
        let subtitle = format!("{} · {}", self.statement.client_name, self.period);
        let right = MARGIN + CONTENT_WIDTH;
        let right_width = self
            .fonts
            .width(&title, title_style)
            .max(self.fonts.width(&subtitle, subtitle_style));
        self.text_right(right, TOP + 17.0, &title, title_style);
        self.text_right(right, TOP + 31.0, &subtitle, subtitle_style);

        let mut agency_x = MARGIN;
        if let Some((pixels_wide, pixels_high)) = self.logo_size {
            // Fit the logo in a box, keeping its proportions.
            let scale = (BAND_HEIGHT / pixels_high as f32).min(130.0 / pixels_wide as f32);
            let (width, height) = (pixels_wide as f32 * scale, pixels_high as f32 * scale);
            self.op(Op::Logo {
                x: MARGIN,
                y: TOP + (BAND_HEIGHT - height) / 2.0,
                width,
                height,
            });
            agency_x += width + 10.0;
        }
        let agency_style = style(Weight::Bold, 12.0, INK);
        let agency_width = (right - right_width - 16.0 - agency_x).max(60.0);
        let agency_lines = self
            .fonts
            .wrap(&self.statement.agency_name, agency_style, agency_width);
        let shown = &agency_lines[..agency_lines.len().min(2)];
        let block_height = shown.len() as f32 * agency_style.line_height();
        let mut baseline = TOP + (BAND_HEIGHT - block_height) / 2.0 + agency_style.size;
        for line in shown {
            self.text(agency_x, baseline, line, agency_style);
            baseline += agency_style.line_height();
        }
        let rule_y = TOP + BAND_HEIGHT + 8.0;
        self.rule(rule_y, 0.8, INK);
        self.y = rule_y + 16.0;
    }

    /// Client, workspaces, period and time zone, as label and value pairs.
    fn client_block(&mut self) {
        const LABEL_WIDTH: f32 = 110.0;
        let workspaces = &self.statement.workspaces;
        let rows = [
            (
                self.words.get("statements-client"),
                self.statement.client_name.clone(),
                style(Weight::Bold, 12.0, INK),
            ),
            (
                self.words.with(
                    "statements-workspaces",
                    &[("count", Arg::Number(workspaces.len() as i64))],
                ),
                workspaces.join(", "),
                VALUE,
            ),
            (
                self.words.get("statements-period"),
                self.period.clone(),
                VALUE,
            ),
            (
                self.words.get("statements-time-zone"),
                self.statement.time_zone.name().to_owned(),
                VALUE,
            ),
        ];
        for (label, value, value_style) in rows {
            let lines = self
                .fonts
                .wrap(&value, value_style, CONTENT_WIDTH - LABEL_WIDTH);
            let baseline = self.y + value_style.size;
            self.text(MARGIN, baseline, &label, LABEL);
            let mut line_baseline = baseline;
            for line in &lines {
                self.text(MARGIN + LABEL_WIDTH, line_baseline, line, value_style);
                line_baseline += value_style.line_height();
            }
            self.y += lines.len() as f32 * value_style.line_height() + 4.0;
        }
        self.y += 10.0;
    }

    /// The totals of done top-ups, in a shaded box, with how many lines are not counted.
    fn summary(&mut self) {
        let heading = self.words.get("statements-summary-heading");
        let not_counted = self
            .statement
            .lines
            .iter()
            .filter(|line| !line.outcome.is_counted())
            .count();
        let note = self.words.with(
            "statements-not-counted-summary",
            &[("count", Arg::Number(not_counted as i64))],
        );
        let note_lines = self.fonts.wrap(&note, SECONDARY, CONTENT_WIDTH - 24.0);
        let figure_style = style(Weight::Bold, 14.0, INK);
        let unit_style = style(Weight::Regular, 9.5, INK);
        let height = 12.0
            + TOTAL.line_height()
            + 6.0
            + figure_style.line_height()
            + 4.0
            + note_lines.len() as f32 * SECONDARY.line_height()
            + 8.0;
        let top = self.y;
        self.op(Op::Band {
            x: MARGIN,
            y: top,
            width: CONTENT_WIDTH,
            height,
            color: SHADE,
        });
        let left = MARGIN + 12.0;
        let mut baseline = top + 12.0 + TOTAL.size;
        self.text(left, baseline, &heading, TOTAL);
        baseline += TOTAL.line_height() + 6.0 + 6.0;
        let mut x = left;
        for (total_kind, total) in totals(self.statement) {
            let figure = amount(total, self.statement.language);
            self.text(x, baseline, &figure, figure_style);
            x += self.fonts.width(&figure, figure_style) + 4.0;
            let unit = kind(total_kind, self.words);
            self.text(x, baseline, &unit, unit_style);
            x += self.fonts.width(&unit, unit_style) + 28.0;
        }
        baseline += 4.0 + SECONDARY.line_height();
        for line in &note_lines {
            self.text(left, baseline, line, SECONDARY);
            baseline += SECONDARY.line_height();
        }
        self.y = top + height + 20.0;
    }

    fn section_done(&mut self, lines: &[&StatementLine]) {
        let title = self.words.get("statements-section-done");
        if lines.is_empty() {
            self.section_heading(&title);
            self.paragraph(&self.words.get("statements-none-done"), BODY);
            return;
        }
        let first_row = self.row_cells(lines[0]);
        self.keep_together(HEADING.line_height() + 8.0 + self.header_height() + height(&first_row));
        self.section_heading(&title);
        self.table(&title, lines);
        self.total_rows();
    }

    fn section_not_counted(&mut self, lines: &[&StatementLine]) {
        self.y += 14.0;
        let title = self.words.get("statements-section-not-counted");
        let note = self.words.get("statements-not-counted-note");
        let note_height =
            self.fonts.wrap(&note, BODY, CONTENT_WIDTH).len() as f32 * BODY.line_height() + 6.0;
        let first_row = self.row_cells(lines[0]);
        self.keep_together(
            HEADING.line_height() + 8.0 + note_height + self.header_height() + height(&first_row),
        );
        self.section_heading(&title);
        self.paragraph(&note, BODY);
        self.y += 2.0;
        self.table(&title, lines);
    }

    /// Starts a new page unless `height` still fits on this one.
    fn keep_together(&mut self, height: f32) -> bool {
        if self.y + height > CONTENT_BOTTOM {
            self.start_page();
            return true;
        }
        false
    }

    fn section_heading(&mut self, title: &str) {
        self.text(MARGIN, self.y + HEADING.size, title, HEADING);
        self.y += HEADING.line_height() + 8.0;
    }

    fn paragraph(&mut self, text: &str, text_style: Style) {
        for line in self.fonts.wrap(text, text_style, CONTENT_WIDTH) {
            self.text(MARGIN, self.y + text_style.size, &line, text_style);
            self.y += text_style.line_height();
        }
        self.y += 6.0;
    }

    /// The lines as a table of the section `title`; a page break repeats the section's title
    /// and the column headers.
    fn table(&mut self, title: &str, lines: &[&StatementLine]) {
        self.header_row();
        for line in lines {
            let cells = self.row_cells(line);
            if self.keep_together(height(&cells)) {
                let continued = self.words.with(
                    "statements-continued",
                    &[("section", Arg::Text(title.to_owned()))],
                );
                self.section_heading(&continued);
                self.header_row();
            }
            self.row(&cells);
        }
    }

    fn header_height(&self) -> f32 {
        let cells = self.header_cells();
        height(&cells)
    }

    fn header_cells(&self) -> Vec<Cell> {
        self.columns
            .iter()
            .map(|column| self.wrap_cell(vec![(column.header.clone(), COLUMN_HEADER)], column))
            .collect()
    }

    fn header_row(&mut self) {
        let cells = self.header_cells();
        self.op(Op::Band {
            x: MARGIN,
            y: self.y,
            width: CONTENT_WIDTH,
            height: height(&cells),
            color: SHADE,
        });
        self.row(&cells);
    }

    /// What each column shows for one line, wrapped to the column's width.
    fn row_cells(&self, line: &StatementLine) -> Vec<Cell> {
        let language = self.statement.language;
        self.columns
            .iter()
            .map(|column| {
                let parts = match column.content {
                    Content::DateTime => {
                        let (date, time) = date_and_time(line.at, self.statement);
                        vec![(date, BODY), (time, SECONDARY)]
                    }
                    Content::Workspace => vec![(line.workspace.clone(), BODY)],
                    Content::Kind => vec![(kind(line.kind, self.words), BODY)],
                    Content::Amount => vec![(amount(line.amount, language), BODY)],
                    Content::Reference => {
                        vec![(
                            line.reference.clone().unwrap_or_else(|| "—".to_owned()),
                            BODY,
                        )]
                    }
                    Content::SentBy => vec![
                        (line.sent_by.clone(), BODY),
                        (
                            self.words.with(
                                "statements-from-account",
                                &[("account", Arg::Text(line.from_account.clone()))],
                            ),
                            SECONDARY,
                        ),
                    ],
                    Content::Outcome => self.outcome_parts(&line.outcome),
                    Content::ActionKey => vec![(line.action_key.clone(), KEY)],
                };
                self.wrap_cell(parts, column)
            })
            .collect()
    }

    fn outcome_parts(&self, outcome: &LineOutcome) -> Vec<(String, Style)> {
        match outcome {
            LineOutcome::Done => vec![(self.words.get("statements-outcome-done"), BODY)],
            LineOutcome::Refused { reason } => vec![
                (
                    self.words.get("statements-outcome-refused"),
                    style(Weight::Bold, BODY.size, REFUSED),
                ),
                (reason.clone(), SECONDARY),
            ],
            LineOutcome::Unknown => vec![(
                self.words.get("statements-outcome-unknown"),
                style(Weight::Bold, BODY.size, HELD),
            )],
        }
    }

    fn wrap_cell(&self, parts: Vec<(String, Style)>, column: &Column) -> Cell {
        let inner = column.width - 2.0 * CELL_PADDING;
        parts
            .into_iter()
            .filter(|(text, _)| !text.is_empty())
            .flat_map(|(text, part_style)| {
                self.fonts
                    .wrap(&text, part_style, inner)
                    .into_iter()
                    .map(move |line| (line, part_style))
            })
            .collect()
    }

    fn row(&mut self, cells: &[Cell]) {
        let top = self.y;
        for (column, cell) in self.columns.iter().zip(cells) {
            let mut baseline = top + CELL_PADDING;
            for (text, text_style) in cell {
                baseline += text_style.line_height();
                let x = match column.align {
                    Align::Left => column.x + CELL_PADDING,
                    Align::Right => {
                        column.x + column.width - CELL_PADDING - self.fonts.width(text, *text_style)
                    }
                };
                // Baselines sit a little above the bottom of each line box.
                let shift = text_style.line_height() - text_style.size;
                self.pages
                    .last_mut()
                    .expect("a page is started first")
                    .push(Op::Text {
                        x,
                        baseline: baseline - shift,
                        text: text.clone(),
                        style: *text_style,
                    });
            }
        }
        self.y = top + height(cells);
        self.rule(self.y, 0.5, RULE);
    }

    /// "Total | credits | 1,250.00" under the done table, the amount under the amounts.
    fn total_rows(&mut self) {
        let kind_column = self.column(Content::Kind);
        let amount_column = self.column(Content::Amount);
        let totals = totals(self.statement);
        self.keep_together(totals.len() as f32 * (TOTAL.line_height() + 2.0 * CELL_PADDING));
        self.rule(self.y, 0.8, INK);
        let label = self.words.get("statements-total");
        for (total_kind, total) in totals {
            let baseline = self.y + CELL_PADDING + TOTAL.size;
            self.text(MARGIN + CELL_PADDING, baseline, &label, TOTAL);
            self.text(
                kind_column.0 + CELL_PADDING,
                baseline,
                &kind(total_kind, self.words),
                TOTAL,
            );
            let figure = amount(total, self.statement.language);
            self.text_right(
                amount_column.0 + amount_column.1 - CELL_PADDING,
                baseline,
                &figure,
                TOTAL,
            );
            self.y += TOTAL.line_height() + 2.0 * CELL_PADDING;
        }
    }

    /// The x and width of the column showing `content`.
    fn column(&self, content: Content) -> (f32, f32) {
        let column = self
            .columns
            .iter()
            .find(|column| column.content == content)
            .expect("every table has this column");
        (column.x, column.width)
    }

    /// "Agency · Client · Period" and "Page 2 of 5" at the bottom of every page.
    fn footers(&mut self) {
        let pages = self.pages.len();
        let left = format!(
            "{} · {} · {}",
            self.statement.agency_name, self.statement.client_name, self.period
        );
        let baseline = PAGE_HEIGHT - 30.0;
        for index in 0..pages {
            let number = self.words.with(
                "statements-page",
                &[
                    ("page", Arg::Number(index as i64 + 1)),
                    ("pages", Arg::Number(pages as i64)),
                ],
            );
            let number_width = self.fonts.width(&number, FOOTER);
            let left_lines = self
                .fonts
                .wrap(&left, FOOTER, CONTENT_WIDTH - number_width - 20.0);
            let page = &mut self.pages[index];
            page.push(Op::Rule {
                x1: MARGIN,
                x2: MARGIN + CONTENT_WIDTH,
                y: baseline - 14.0,
                width: 0.5,
                color: RULE,
            });
            page.push(Op::Text {
                x: MARGIN,
                baseline,
                text: left_lines[0].clone(),
                style: FOOTER,
            });
            page.push(Op::Text {
                x: MARGIN + CONTENT_WIDTH - number_width,
                baseline,
                text: number,
                style: FOOTER,
            });
        }
    }
}

/// A row's height: its tallest cell plus padding.
fn height(cells: &[Cell]) -> f32 {
    let tallest = cells
        .iter()
        .map(|cell| cell.iter().map(|(_, s)| s.line_height()).sum::<f32>())
        .fold(0.0, f32::max);
    tallest + 2.0 * CELL_PADDING
}
