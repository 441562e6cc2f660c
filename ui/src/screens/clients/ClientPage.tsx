import { useId, useState, type FormEvent } from "react";
import type { Client, ExportedFile, Plan, PlanForm, StatementFormat, TopUpKind } from "../../bindings";
import { useBackend } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { useWords } from "../../i18n";
import { useLoad } from "../../useLoad";
import { formatMoment } from "../../when";
import { formatAmount, formatDay, formatMonth, kindAmountWords, lastMonth, recentMonths, useRun, ColumnHeads, RowActions, SavedFile, fileName } from "./shared";

/** The catalogue id of each journal state, as a client's top-up list says it. */
const stateWords = {
  Pending: "clients-state-pending",
  Succeeded: "clients-state-done",
  Failed: "clients-state-refused",
  Unknown: "clients-state-unknown",
} as const;

/** A client's page: its top-ups and totals per month, its recurring plans and its statements. */
export function ClientPage({ clientId, onBack, onEdit }: { clientId: number; onBack: () => void; onEdit: (client: Client) => void }) {
  const { t } = useWords();
  const [history, retry] = useLoad("clientsHistory", clientId);
  return (
    <div data-testid="client-page">
      <button type="button" className="link-button" onClick={onBack} data-testid="client-back">
        {t("clients-back")}
      </button>
      {history.state === "loading" && <Loading label={t("clients-loading")} />}
      {history.state === "failed" && <ErrorNotice error={history.error} onRetry={retry} />}
      {history.state === "ready" && (
        <>
          <h2 data-testid="client-page-name">{history.data.client.name}</h2>
          <p className="muted">{[history.data.client.workspace_email, history.data.client.workspace_id].filter(Boolean).join(" · ")}</p>
          <button type="button" className="button secondary small" onClick={() => onEdit(history.data.client)} data-testid="client-edit">
            {t("clients-edit")}
          </button>
          <Statement clientId={clientId} />
          <Plans clientId={clientId} />
          <section className="card" aria-labelledby="client-months-title">
            <h3 id="client-months-title">{t("clients-months-title")}</h3>
            {history.data.months.length === 0 ? (
              <p className="empty">{t("clients-months-empty")}</p>
            ) : (
              <table className="table" data-testid="client-months">
                <ColumnHeads ids={["clients-column-month", "clients-column-total", "clients-column-count"]} />
                <tbody>
                  {history.data.months.map((month) => (
                    <tr key={`${month.month}-${month.kind}`}>
                      <td>{formatMonth(month.month)}</td>
                      <td>{t(kindAmountWords[month.kind], { amount: formatAmount(month.total) })}</td>
                      <td>{month.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="card" aria-labelledby="client-top-ups-title">
            <h3 id="client-top-ups-title">{t("clients-top-ups-title")}</h3>
            {history.data.top_ups.length === 0 ? (
              <p className="empty">{t("clients-top-ups-empty")}</p>
            ) : (
              <table className="table" data-testid="client-top-ups">
                <ColumnHeads ids={["clients-column-when", "clients-column-amount", "clients-column-reference", "clients-column-outcome"]} />
                <tbody>
                  {history.data.top_ups.map((topUp) => (
                    <tr key={topUp.action_key} data-state={topUp.state}>
                      <td>{formatMoment(topUp.at)}</td>
                      <td>{t(kindAmountWords[topUp.kind], { amount: formatAmount(topUp.amount) })}</td>
                      <td>{topUp.reference ?? ""}</td>
                      <td>
                        {t(stateWords[topUp.state])}
                        {topUp.reason && <div className="muted">{topUp.reason}</div>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** "Statement…": a month's top-ups as PDF or CSV, saved, then "Open folder". */
function Statement({ clientId }: { clientId: number }) {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [month, setMonth] = useState(lastMonth);
  const [format, setFormat] = useState<StatementFormat>("pdf");
  const [saved, setSaved] = useState<ExportedFile | null>(null);
  const { run, busy, problem } = useRun();

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(await run(() => backend.exportStatement(clientId, month, format, null)));
  }

  return (
    <form className="form card" onSubmit={save} data-testid="statement" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t("clients-statement-title")}</h3>
      <Field id={`${ids}-month`} name="month" label={t("clients-statement-month")} problem={problem?.field === "month" ? problem.title : null}>
        {/* A list of months, in the person's words: a month field is not offered by every web view. */}
        <select id={`${ids}-month`} value={month} onChange={(event) => setMonth(event.target.value)} data-testid="statement-month">
          {recentMonths().map((choice) => (
            <option key={choice} value={choice}>
              {formatMonth(choice)}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="toggle">
        <legend>{t("clients-statement-format")}</legend>
        {(["pdf", "csv"] as const).map((choice) => (
          <label key={choice} className="toggle-option">
            <input
              type="radio"
              name={`${ids}-format`}
              checked={format === choice}
              onChange={() => setFormat(choice)}
              data-testid={`statement-format-${choice}`}
            />
            {choice === "pdf" ? t("clients-statement-pdf") : t("clients-statement-csv")}
          </label>
        ))}
      </fieldset>
      {problem && problem.field !== "month" && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy || !month} data-testid="statement-save">
          {busy ? t("clients-saving") : t("clients-statement-save")}
        </button>
      </div>
      {saved && <SavedFile testId="statement-saved" message={t("clients-statement-saved", { file: fileName(saved.path) })} path={saved.path} />}
    </form>
  );
}

function Plans({ clientId }: { clientId: number }) {
  const backend = useBackend();
  const { t } = useWords();
  const [plans, retry] = useLoad("plansList", clientId);
  const [editing, setEditing] = useState<Plan | "new" | null>(null);
  const { run, busy, problem } = useRun();
  return (
    <section className="card" data-testid="plans" aria-labelledby="plans-title">
      <h3 id="plans-title">{t("clients-plans-title")}</h3>
      <p className="hint">{t("clients-plans-intro")}</p>
      {plans.state === "failed" && <ErrorNotice error={plans.error} onRetry={retry} />}
      {plans.state === "ready" && plans.data.length === 0 && <p className="empty">{t("clients-plans-empty")}</p>}
      {plans.state === "ready" && plans.data.length > 0 && (
        <table className="table" data-testid="plans-table">
          <ColumnHeads ids={["clients-column-amount", "clients-plan-schedule", "clients-column-reference", "clients-plan-next"]} actions />
          <tbody>
            {plans.data.map((plan) => (
              <tr key={plan.id} data-testid="plan" data-active={plan.active}>
                <td>{t(kindAmountWords[plan.kind], { amount: formatAmount(plan.amount) })}</td>
                <td>{t("clients-plan-every", { day: plan.day_of_month, months: plan.every_months })}</td>
                <td>{plan.reference ?? ""}</td>
                <td data-testid="plan-next">{plan.active ? (plan.next_due_on ? formatDay(plan.next_due_on) : "") : t("clients-plan-stopped")}</td>
                <td>
                  <RowActions
                    testId={{ edit: "plan-edit", switch: "plan-toggle" }}
                    onEdit={() => setEditing(plan)}
                    switchLabel={plan.active ? t("clients-plan-stop") : t("clients-plan-restart")}
                    onSwitch={() => run(() => backend.planSetActive(plan.id, !plan.active))}
                    busy={busy}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {problem && <ErrorNotice error={problem} />}
      {editing ? (
        <PlanEditor
          key={editing === "new" ? "new" : editing.id}
          clientId={clientId}
          plan={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="button secondary" onClick={() => setEditing("new")} data-testid="plan-add">
          {t("clients-plan-add")}
        </button>
      )}
    </section>
  );
}

function PlanEditor({ clientId, plan, onDone }: { clientId: number; plan: Plan | null; onDone: () => void }) {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const [form, setForm] = useState<PlanForm>(() => ({
    id: plan?.id ?? null,
    client_id: clientId,
    kind: plan?.kind ?? "credits",
    amount: plan?.amount ?? "",
    day_of_month: plan?.day_of_month ?? 1,
    every_months: plan?.every_months ?? 1,
    reference: plan?.reference ?? "",
  }));
  const { run, busy, problem } = useRun();
  async function save(event: FormEvent) {
    event.preventDefault();
    if (await run(() => backend.planSave({ ...form, reference: form.reference?.trim() || null }))) onDone();
  }
  const problemOn = (field: string) => (problem?.field === field ? problem.title : null);
  return (
    <form className="form" onSubmit={save} data-testid="plan-editor">
      <Field id={`${ids}-kind`} name="kind" label={t("clients-kind")}>
        <select id={`${ids}-kind`} value={form.kind} onChange={(event) => setForm({ ...form, kind: event.target.value as TopUpKind })} data-testid="plan-kind">
          <option value="credits">{t("clients-kind-credits")}</option>
          <option value="minutes">{t("clients-kind-minutes")}</option>
        </select>
      </Field>
      <Field id={`${ids}-amount`} name="amount" label={t("clients-amount")} hint={t("clients-amount-hint")} problem={problemOn("amount")}>
        <input
          id={`${ids}-amount`}
          inputMode="decimal"
          value={form.amount}
          onChange={(event) => setForm({ ...form, amount: event.target.value })}
          data-testid="plan-amount"
        />
      </Field>
      <Field id={`${ids}-day`} name="day_of_month" label={t("clients-plan-day")} hint={t("clients-plan-day-hint")} problem={problemOn("day_of_month")}>
        <input
          id={`${ids}-day`}
          type="number"
          min={1}
          max={31}
          value={form.day_of_month}
          onChange={(event) => setForm({ ...form, day_of_month: Number(event.target.value) })}
          data-testid="plan-day"
        />
      </Field>
      <Field id={`${ids}-every`} name="every_months" label={t("clients-plan-every-months")} problem={problemOn("every_months")}>
        <input
          id={`${ids}-every`}
          type="number"
          min={1}
          max={12}
          value={form.every_months}
          onChange={(event) => setForm({ ...form, every_months: Number(event.target.value) })}
          data-testid="plan-every"
        />
      </Field>
      <Field id={`${ids}-reference`} name="reference" label={t("clients-reference")} problem={problemOn("reference")}>
        <input
          id={`${ids}-reference`}
          value={form.reference ?? ""}
          onChange={(event) => setForm({ ...form, reference: event.target.value })}
          data-testid="plan-reference"
        />
      </Field>
      {problem && !problem.field && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="plan-save">
          {busy ? t("clients-saving") : t("clients-save")}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t("clients-cancel")}
        </button>
      </div>
    </form>
  );
}
