//! Recurring plans: "every month on the 1st, add 500 minutes to North Clinic". Nothing is
//! sent by itself. Each occurrence is named by its plan and due date; [`due_top_ups`] lists
//! the occurrences whose date has come (missed ones included, each once) and that no
//! confirmed batch took yet; confirming a batch of them takes each occurrence once, for good
//! (see `Batches::confirm`), so confirming twice or restarting never sends one twice.

use awaz::TopUpKind;
use chrono::{Datelike, Months, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::batch::BatchLineDraft;
use super::book::{self, Client};
use super::{amount_text, kind_word, parse_amount, parse_kind};
use crate::service::Callboard;
use crate::store::{now, storage, Database};
use crate::words::{self, Words};
use crate::{Error, Result};

/// Occurrences looked at per plan, at most: ten years of a monthly plan.
const MAX_OCCURRENCES: u32 = 120;

#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct Plan {
    pub id: i32,
    pub client_id: i32,
    pub kind: TopUpKind,
    #[specta(type = String)]
    pub amount: Decimal,
    /// 1–31; in shorter months, the month's last day.
    pub day_of_month: u32,
    /// 1 = every month, 3 = every quarter…
    pub every_months: u32,
    pub reference: Option<String>,
    pub active: bool,
    /// The first occurrence no batch took yet (YYYY-MM-DD).
    pub next_due_on: Option<String>,
}

/// The plan form. `id` is `None` for a new plan; a plan's schedule starts on the first
/// matching day from today on (editing one starts it again from today).
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct PlanForm {
    pub id: Option<i32>,
    pub client_id: i32,
    pub kind: TopUpKind,
    pub amount: String,
    pub day_of_month: u32,
    pub every_months: u32,
    pub reference: Option<String>,
}

/// One occurrence whose date has come and that no confirmed batch took.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
pub struct DueTopUp {
    pub plan_id: i32,
    /// YYYY-MM-DD: with the plan, the occurrence's identity.
    pub due_on: String,
    /// Its date passed before today (Callboard was closed, or it was not confirmed).
    pub missed: bool,
    pub client_id: i32,
    pub client_name: String,
    pub workspace: String,
    pub kind: TopUpKind,
    #[specta(type = String)]
    pub amount: Decimal,
    pub reference: Option<String>,
    pub account_id: Option<String>,
}

/// An occurrence, as the person picks it from the due list.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub plan_id: i32,
    pub due_on: String,
}

const COLUMNS: &str =
    "id, client_id, kind, amount, day_of_month, every_months, reference, active, first_due";

/// Today in the person's zone, on Callboard's clock.
pub fn today(callboard: &Callboard) -> NaiveDate {
    crate::clock::now()
        .with_timezone(&super::statement::time_zone(callboard))
        .date_naive()
}

pub fn save(database: &Database, form: PlanForm, today: NaiveDate) -> Result<Plan> {
    book::get(database, form.client_id)?;
    let amount = parse_amount("amount", &form.amount)?;
    if !(1..=31).contains(&form.day_of_month) {
        return Err(invalid(
            "day_of_month",
            &words::word("errors-field-clients-day-of-month"),
        ));
    }
    if !(1..=12).contains(&form.every_months) {
        return Err(invalid(
            "every_months",
            &words::word("errors-field-clients-every-months"),
        ));
    }
    let first_due = first_on_or_after(today, form.day_of_month).to_string();
    let reference = form
        .reference
        .map(|reference| reference.trim().to_owned())
        .filter(|reference| !reference.is_empty());
    let connection = database.connection();
    let id = match form.id {
        None => {
            connection
                .execute(
                    "INSERT INTO client_plans (client_id, kind, amount, day_of_month, every_months,
                                               first_due, reference, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![
                        form.client_id,
                        kind_word(form.kind),
                        amount_text(amount),
                        form.day_of_month,
                        form.every_months,
                        first_due,
                        reference,
                        now()
                    ],
                )
                .map_err(storage)?;
            i32::try_from(connection.last_insert_rowid()).unwrap_or(i32::MAX)
        }
        Some(id) => {
            let changed = connection
                .execute(
                    "UPDATE client_plans SET client_id = ?1, kind = ?2, amount = ?3,
                            day_of_month = ?4, every_months = ?5, first_due = ?6, reference = ?7
                     WHERE id = ?8",
                    params![
                        form.client_id,
                        kind_word(form.kind),
                        amount_text(amount),
                        form.day_of_month,
                        form.every_months,
                        first_due,
                        reference,
                        id
                    ],
                )
                .map_err(storage)?;
            if changed == 0 {
                return Err(unknown_plan(id));
            }
            id
        }
    };
    plan(&connection, id)
}

/// Stops (or restarts) a plan; a stopped plan has nothing due.
pub fn set_active(database: &Database, id: i32, active: bool) -> Result<Plan> {
    let connection = database.connection();
    let changed = connection
        .execute(
            "UPDATE client_plans SET active = ?1 WHERE id = ?2",
            params![active, id],
        )
        .map_err(storage)?;
    if changed == 0 {
        return Err(unknown_plan(id));
    }
    plan(&connection, id)
}

/// The plans of a client, or of every client.
pub fn list(database: &Database, client_id: Option<i32>) -> Result<Vec<Plan>> {
    plans_of(&database.connection(), client_id)
}

fn plans_of(connection: &Connection, client_id: Option<i32>) -> Result<Vec<Plan>> {
    let mut statement = connection
        .prepare(&format!(
            "SELECT {COLUMNS} FROM client_plans WHERE ?1 IS NULL OR client_id = ?1 ORDER BY id"
        ))
        .map_err(storage)?;
    let rows = statement
        .query_map([client_id], read_plan)
        .map_err(storage)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(storage)?;
    rows.into_iter()
        .map(|(plan, first_due)| with_next_due(connection, plan, first_due))
        .collect()
}

/// Every occurrence due on or before `today` that no confirmed batch took and the person
/// did not pass over, oldest first; archived clients' plans left out.
pub fn due_top_ups(database: &Database, today: NaiveDate) -> Result<Vec<DueTopUp>> {
    let mut due = Vec::new();
    for plan in list(database, None)?.into_iter().filter(|plan| plan.active) {
        let client = book::get(database, plan.client_id)?;
        if client.archived {
            continue;
        }
        let connection = database.connection();
        let first_due = first_due(&connection, plan.id)?;
        for date in occurrences(first_due, &plan).take_while(|date| *date <= today) {
            if !taken(&connection, plan.id, date)? {
                due.push(due_top_up(&plan, &client, date, today));
            }
        }
    }
    due.sort_by(|a, b| a.due_on.cmp(&b.due_on).then(a.plan_id.cmp(&b.plan_id)));
    Ok(due)
}

/// Batch lines for the chosen due occurrences (each still due on `today`, else left out).
pub fn due_lines(
    database: &Database,
    today: NaiveDate,
    chosen: &[Occurrence],
) -> Result<Vec<BatchLineDraft>> {
    let due = due_top_ups(database, today)?;
    chosen
        .iter()
        .filter_map(|wanted| {
            due.iter()
                .find(|due| due.plan_id == wanted.plan_id && due.due_on == wanted.due_on)
        })
        .map(|due| {
            Ok(BatchLineDraft {
                client: Some(book::get(database, due.client_id)?),
                workspace: due.workspace.clone(),
                kind: due.kind,
                amount: due.amount,
                reference: due.reference.clone(),
                account_id: due.account_id.clone(),
                occurrence: Some((due.plan_id, due.due_on.clone())),
            })
        })
        .collect()
}

/// The person chose not to send a due occurrence (a missed month they settled otherwise):
/// it is not due again.
pub fn pass_over(database: &Database, occurrence: &Occurrence) -> Result<()> {
    database
        .connection()
        .execute(
            "INSERT INTO client_plan_occurrences (plan_id, due_on, line_id)
             VALUES (?1, ?2, NULL) ON CONFLICT DO NOTHING",
            params![occurrence.plan_id, occurrence.due_on],
        )
        .map_err(storage)?;
    Ok(())
}

/// The earliest untaken occurrence of the client's active plans.
pub(crate) fn next_due_of_client(
    connection: &Connection,
    client_id: i32,
) -> Result<Option<String>> {
    Ok(plans_of(connection, Some(client_id))?
        .into_iter()
        .filter_map(|plan| plan.next_due_on)
        .min())
}

fn due_top_up(plan: &Plan, client: &Client, date: NaiveDate, today: NaiveDate) -> DueTopUp {
    DueTopUp {
        plan_id: plan.id,
        due_on: date.to_string(),
        missed: date < today,
        client_id: client.id,
        client_name: client.name.clone(),
        workspace: client.workspace().unwrap_or_default(),
        kind: plan.kind,
        amount: plan.amount,
        reference: plan.reference.clone(),
        account_id: client.account_id.clone(),
    }
}

/// The plan's dates from its first on: every `every_months` months on its day, or the
/// month's last day when shorter.
fn occurrences(first_due: NaiveDate, plan: &Plan) -> impl Iterator<Item = NaiveDate> + '_ {
    (0..MAX_OCCURRENCES).filter_map(move |index| {
        let month = first_due
            .with_day(1)?
            .checked_add_months(Months::new(index * plan.every_months))?;
        Some(day_in_month(month, plan.day_of_month))
    })
}

/// The first date on or after `today` that falls on `day` (or on a shorter month's last day).
fn first_on_or_after(today: NaiveDate, day: u32) -> NaiveDate {
    let this_month = today.with_day(1).unwrap_or(today);
    let candidate = day_in_month(this_month, day);
    if candidate >= today {
        candidate
    } else {
        day_in_month(
            this_month
                .checked_add_months(Months::new(1))
                .unwrap_or(this_month),
            day,
        )
    }
}

/// `day` of the month that starts on `first`, or its last day.
fn day_in_month(first: NaiveDate, day: u32) -> NaiveDate {
    (1..=day)
        .rev()
        .find_map(|day| first.with_day(day))
        .unwrap_or(first)
}

fn with_next_due(connection: &Connection, mut plan: Plan, first_due: NaiveDate) -> Result<Plan> {
    let mut next = None;
    if plan.active {
        for date in occurrences(first_due, &plan) {
            if !taken(connection, plan.id, date)? {
                next = Some(date.to_string());
                break;
            }
        }
    }
    plan.next_due_on = next;
    Ok(plan)
}

fn taken(connection: &Connection, plan_id: i32, date: NaiveDate) -> Result<bool> {
    connection
        .query_row(
            "SELECT 1 FROM client_plan_occurrences WHERE plan_id = ?1 AND due_on = ?2",
            params![plan_id, date.to_string()],
            |_| Ok(()),
        )
        .optional()
        .map(|found| found.is_some())
        .map_err(storage)
}

fn plan(connection: &Connection, id: i32) -> Result<Plan> {
    let (plan, first_due) = plan_row(connection, id)?;
    with_next_due(connection, plan, first_due)
}

fn first_due(connection: &Connection, id: i32) -> Result<NaiveDate> {
    plan_row(connection, id).map(|(_, first_due)| first_due)
}

fn plan_row(connection: &Connection, id: i32) -> Result<(Plan, NaiveDate)> {
    connection
        .query_row(
            &format!("SELECT {COLUMNS} FROM client_plans WHERE id = ?1"),
            [id],
            read_plan,
        )
        .optional()
        .map_err(storage)?
        .ok_or_else(|| unknown_plan(id))
}

fn read_plan(row: &Row<'_>) -> rusqlite::Result<(Plan, NaiveDate)> {
    let kind: String = row.get(2)?;
    let amount: String = row.get(3)?;
    let first_due: String = row.get(8)?;
    Ok((
        Plan {
            id: row.get(0)?,
            client_id: row.get(1)?,
            kind: parse_kind(&kind).unwrap_or(TopUpKind::Credits),
            amount: amount.parse().unwrap_or_default(),
            day_of_month: row.get(4)?,
            every_months: row.get(5)?,
            reference: row.get(6)?,
            active: row.get(7)?,
            next_due_on: None,
        },
        first_due.parse().unwrap_or_default(),
    ))
}

fn invalid(field: &str, message: &str) -> Error {
    Error::InvalidField {
        field: field.to_owned(),
        message: message.to_owned(),
    }
}

fn unknown_plan(id: i32) -> Error {
    invalid(
        "plan",
        &Words::new("errors-field-clients-unknown-plan")
            .arg("id", id.to_string())
            .text(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn monthly(day: u32) -> Plan {
        Plan {
            id: 1,
            client_id: 1,
            kind: TopUpKind::Minutes,
            amount: Decimal::from(500),
            day_of_month: day,
            every_months: 1,
            reference: None,
            active: true,
            next_due_on: None,
        }
    }

    #[test]
    fn dates_fall_on_the_day_or_the_months_last_day() {
        assert_eq!(first_on_or_after(date("2026-11-15"), 1), date("2026-12-01"));
        assert_eq!(first_on_or_after(date("2026-12-01"), 1), date("2026-12-01"));
        assert_eq!(
            first_on_or_after(date("2027-02-10"), 31),
            date("2027-02-28")
        );
        let dates: Vec<_> = occurrences(date("2027-01-31"), &monthly(31))
            .take(3)
            .collect();
        assert_eq!(
            dates,
            vec![date("2027-01-31"), date("2027-02-28"), date("2027-03-31")]
        );
    }
}
