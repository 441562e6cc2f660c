import { useCallback, useId, useRef, useState, type FormEvent } from "react";
import type {
  AccountSummary,
  AwazDirectory,
  BulkCalls,
  BulkRequest,
  BulkReview,
  CallingWindow,
  Explanation,
  ImportPreview,
  JobView,
  Persona,
  Weekday,
  ZoneChoices,
} from "../../bindings";
import { ConsentForList } from "./Consent";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { scheduleAt, usePreview, WhenPicker, type Preview, type When } from "../../components/WhenPicker";
import { thrownToExplanation } from "../../errors";
import { useLoadWith } from "../../useLoad";
import { useBackend } from "../../backend";
import { useWords } from "../../i18n";
import { clock, describeDays, recordCount, weekdays } from "./words";

type Choices = { personas: Persona[]; directory: AwazDirectory | null; zones: ZoneChoices };

/** Step 4: what to send, an optional call for each person, then one confirmation naming it all. */
export function Send({ preview, account, onStarted }: { preview: ImportPreview; account: AccountSummary; onStarted: (job: JobView) => void }) {
  const backend = useBackend();
  const load = useCallback(async () => {
    const zones = await backend.scheduleTimeZones();
    if (account.platform === "getvocal") {
      const personas = await backend.getvocalPersonas(account.id);
      if (personas.status === "error") return personas;
      return { status: "ok" as const, data: { personas: personas.data, directory: null, zones } };
    }
    const directory = await backend.awazDirectory(account.id);
    if (directory.status === "error") return directory;
    return { status: "ok" as const, data: { personas: [], directory: directory.data, zones } };
  }, [backend, account.id, account.platform]);
  const [choices, retry] = useLoadWith<Choices>(["importSendChoices", account.id, account.platform], load);
  const { t } = useWords();

  if (choices.state === "loading") return <Loading label={t("import-send-loading-agents")} />;
  if (choices.state === "failed") return <ErrorNotice error={choices.error} onRetry={retry} />;
  return <SendForm preview={preview} account={account} choices={choices.data} onStarted={onStarted} />;
}

function SendForm({
  preview,
  account,
  choices,
  onStarted,
}: {
  preview: ImportPreview;
  account: AccountSummary;
  choices: Choices;
  onStarted: (job: JobView) => void;
}) {
  const backend = useBackend();
  const ids = useId();
  const { t } = useWords();
  const getvocal = account.platform === "getvocal";
  const agents = getvocal ? choices.personas : (choices.directory?.agents ?? []);
  const phones = choices.directory?.phones ?? [];

  const [withCalls, setWithCalls] = useState(false);
  const [agentId, setAgentId] = useState(agents[0]?.id ?? "");
  const [fromPhoneId, setFromPhoneId] = useState(phones[0]?.id ?? "");
  const [when, setWhen] = useState<When>({ mode: "now" });
  const startPreview = usePreview(when);
  const [withWindow, setWithWindow] = useState(false);
  const [window, setWindow] = useState<CallingWindow>({
    from: "09:00",
    to: "18:00",
    zone: choices.zones.default_zone,
    days: ["mon", "tue", "wed", "thu", "fri"],
  });
  const [spacing, setSpacing] = useState("60");
  const [confirming, setConfirming] = useState(false);
  const [review, setReview] = useState<BulkReview | null>(null);
  const [problem, setProblem] = useState<Explanation | null>(null);
  // One confirmed intent starts one job, however often the button is pressed.
  const starting = useRef(false);
  const [busy, setBusy] = useState(false);

  const { valid, total } = preview.summary;
  const left = total - valid;
  const agent = agents.find((known) => known.id === agentId);
  const phone = phones.find((known) => known.id === fromPhoneId);
  const spacingSeconds = Number(spacing);
  const localProblem = withCalls ? formProblem() : null;

  function formProblem(): string | null {
    if (!agentId) return getvocal ? t("import-send-missing-persona") : t("import-send-missing-agent");
    if (!getvocal && !fromPhoneId) return t("import-send-missing-from");
    if (when.mode === "later" && startPreview.state !== "ok") return t("import-send-missing-start");
    if (withWindow && window.days.length === 0) return t("import-send-missing-days");
    if (withWindow && window.from >= window.to) return t("import-send-hours-order");
    if (!Number.isInteger(spacingSeconds) || spacingSeconds < 1) return t("import-send-spacing-whole");
    return null;
  }

  function request(): BulkRequest {
    const at = scheduleAt(when);
    const calls: BulkCalls | null = withCalls
      ? {
          who: getvocal ? { platform: "getvocal", persona_id: agentId } : { platform: "awaz", agent_id: agentId, from_phone_id: fromPhoneId },
          start: at ? { kind: "at", at } : { kind: "now" },
          window: withWindow ? window : null,
          spacing_seconds: spacingSeconds,
        }
      : null;
    return { import_id: preview.import_id, account_id: account.id, calls };
  }

  /** Asks the engine where each call would go under the calling rules, then opens the confirmation. */
  async function reviewRun(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setReview(null);
    setBusy(true);
    try {
      const result = await backend.bulkReview(request());
      if (result.status === "ok") {
        setReview(result.data);
        setConfirming(true);
      } else {
        setProblem(result.error);
      }
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      setBusy(false);
    }
  }

  async function start() {
    if (starting.current) return;
    starting.current = true;
    setBusy(true);
    setProblem(null);
    try {
      const result = await backend.bulkStart(request());
      if (result.status === "ok") {
        onStarted(result.data);
        return;
      }
      setProblem(result.error);
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    }
    starting.current = false;
    setBusy(false);
    setConfirming(false);
  }

  // The confirmation opens under a long form: bring it into view.
  const showConfirmation = useCallback((panel: HTMLDivElement | null) => panel?.scrollIntoView?.({ block: "nearest" }), []);
  const fieldProblem = (field: string) => (problem?.field === field ? problem.title : null);

  return (
    <section className="card" aria-label={t("import-step-send")}>
      <header className="card-header">
        <h2>{t("import-send-heading")}</h2>
        <p className="muted">
          {t("import-send-will-create", { count: valid, records: recordCount(preview.target, valid), account: account.name })}
          {left > 0 && ` ${t("import-send-left-out", { count: left })}`}
        </p>
      </header>
      <form className="form" onSubmit={reviewRun} data-testid="send-form">
        <div className="checkbox-row">
          <input
            id={`${ids}-calls`}
            type="checkbox"
            checked={withCalls}
            onChange={(event) => {
              setWithCalls(event.target.checked);
              setConfirming(false);
            }}
            data-testid="field-with-calls"
          />
          <label htmlFor={`${ids}-calls`}>{t("import-send-with-calls")}</label>
        </div>
        {withCalls && (
          <>
            <div className="form-grid">
              <Field
                id={`${ids}-agent`}
                name="agent"
                label={getvocal ? t("import-send-persona") : t("import-send-agent")}
                hint={getvocal ? t("import-send-persona-hint") : t("import-send-agent-hint")}
                problem={fieldProblem("persona_id") ?? fieldProblem("agent_id")}
              >
                <select id={`${ids}-agent`} value={agentId} onChange={(event) => setAgentId(event.target.value)} data-testid="field-agent">
                  {agents.length === 0 && <option value="">{getvocal ? t("import-send-no-persona") : t("import-send-no-agent")}</option>}
                  {agents.map((known) => (
                    <option key={known.id} value={known.id}>
                      {known.name || known.id}
                    </option>
                  ))}
                </select>
              </Field>
              {!getvocal && (
                <Field
                  id={`${ids}-from`}
                  name="from_phone_id"
                  label={t("import-send-from")}
                  hint={t("import-send-from-hint")}
                  problem={fieldProblem("from_phone_id")}
                >
                  <select id={`${ids}-from`} value={fromPhoneId} onChange={(event) => setFromPhoneId(event.target.value)} data-testid="field-from_phone_id">
                    {phones.length === 0 && <option value="">{t("import-send-no-phone")}</option>}
                    {phones.map((known) => (
                      <option key={known.id} value={known.id}>
                        {known.number || known.id}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
            </div>
            <WhenPicker
              value={when}
              onChange={setWhen}
              zones={choices.zones.zones}
              defaultZone={choices.zones.default_zone}
              preview={startPreview}
              problem={problem}
            />
            <CallingHours
              ids={ids}
              enabled={withWindow}
              onEnabled={setWithWindow}
              window={window}
              onWindow={setWindow}
              zones={choices.zones.zones}
              problem={fieldProblem}
            />
            <Field
              id={`${ids}-spacing`}
              name="spacing_seconds"
              label={t("import-send-spacing")}
              hint={t("import-send-spacing-hint")}
              problem={fieldProblem("spacing_seconds")}
            >
              <input
                id={`${ids}-spacing`}
                type="number"
                min={1}
                step={1}
                className="short-input"
                value={spacing}
                onChange={(event) => setSpacing(event.target.value)}
                data-testid="field-spacing_seconds"
              />
            </Field>
          </>
        )}
        {localProblem && (
          <p className="hint" data-testid="send-missing">
            {localProblem}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy || valid === 0 || localProblem !== null} data-testid="submit-review-send">
            {t("import-send-review")}
          </button>
        </div>
      </form>
      {confirming && (
        <div className="confirm-panel" role="alertdialog" aria-label={t("import-send-confirm")} data-testid="dialog-send" ref={showConfirmation}>
          <p className="result-title" data-testid="send-question">
            {question()}
          </p>
          {left > 0 && <p>{t("import-send-left-out-confirm", { count: left })}</p>}
          {review && <RulesReview review={review} />}
          {review && (
            <ConsentForList
              review={review}
              account={account}
              importId={preview.import_id}
              fileName={preview.file_name}
              onAcknowledged={(reviewed) => setReview(reviewed)}
              reviewAgain={() => backend.bulkReview(request())}
            />
          )}
          <p className="muted">{t("import-send-while-running")}</p>
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={start} data-testid="confirm-send">
              {busy ? t("import-send-starting") : t("import-send-start")}
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={() => setConfirming(false)} data-testid="cancel-send">
              {t("import-send-not-now")}
            </button>
          </div>
        </div>
      )}
      {problem && !problem.field && <ErrorNotice error={problem} />}
    </section>
  );

  function question(): string {
    const records = recordCount(preview.target, valid);
    if (!withCalls) return t("import-send-question", { records, account: account.name });
    return t("import-send-question-calls", {
      records,
      account: account.name,
      count: valid,
      agent: agent?.name ?? agentId,
      from: !getvocal && phone ? phone.number : "none",
      hours: withWindow ? "yes" : "no",
      hoursFrom: clock(window.from),
      hoursTo: clock(window.to),
      zone: window.zone,
      days: describeDays(window.days),
      start: startKind(startPreview),
      startDescription: startPreview.state === "ok" ? startPreview.description : null,
      spacing: spacingSeconds,
    });
  }

  function startKind(preview: Preview): "now" | "later" | "chosen" {
    if (when.mode === "now") return "now";
    return preview.state === "ok" ? "later" : "chosen";
  }
}

/** What the calling rules and the do-not-call list do to this run, row by row, in plain words. */
function RulesReview({ review }: { review: BulkReview }) {
  const changed = review.rows.filter((row) => row.refused || row.note);
  const { t } = useWords();
  return (
    <div className="rules-review" data-testid="rules-review">
      {review.refused > 0 && (
        <p className="field-problem" data-testid="review-refused">
          {t("import-review-refused", { count: review.refused })}
        </p>
      )}
      {review.moved_groups.map((group) => (
        <p key={group} data-testid="review-moved">
          {group}
        </p>
      ))}
      {review.moved === 0 && review.refused === 0 && <p className="muted">{t("import-review-all-inside")}</p>}
      <details open={changed.length > 0 && changed.length <= 20}>
        <summary>{t("import-review-rows")}</summary>
        <table className="table" data-testid="review-rows">
          <thead>
            <tr>
              <th>{t("import-rows-line")}</th>
              <th>{t("import-review-person")}</th>
              <th>{t("import-review-local-now")}</th>
              <th>{t("import-review-call-starts")}</th>
              <th>{t("import-review-why")}</th>
            </tr>
          </thead>
          <tbody>
            {review.rows.map((row) => (
              <tr key={row.line} data-testid={`review-row-${row.line}`} data-state={row.refused ? "refused" : row.note ? "moved" : "ok"}>
                <td>{row.line}</td>
                <td>
                  {row.name} <span className="phone-number">{row.phone}</span>
                </td>
                <td data-testid={`review-local-${row.line}`}>{row.local_time ?? t("import-review-unknown-zone")}</td>
                <td>{row.refused ? t("import-review-not-called") : (row.call_at ?? "—")}</td>
                <td data-testid={`review-why-${row.line}`}>{row.refused ?? row.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

function CallingHours({
  ids,
  enabled,
  onEnabled,
  window,
  onWindow,
  zones,
  problem,
}: {
  ids: string;
  enabled: boolean;
  onEnabled: (enabled: boolean) => void;
  window: CallingWindow;
  onWindow: (window: CallingWindow) => void;
  zones: string[];
  problem: (field: string) => string | null;
}) {
  const { t } = useWords();
  function toggleDay(day: Weekday, on: boolean) {
    const days = on ? [...window.days, day] : window.days.filter((known) => known !== day);
    onWindow({ ...window, days: weekdays.map((known) => known.value).filter((known) => days.includes(known)) });
  }
  return (
    <fieldset className="calling-hours">
      <legend>{t("import-hours")}</legend>
      <div className="checkbox-row">
        <input id={`${ids}-window`} type="checkbox" checked={enabled} onChange={(event) => onEnabled(event.target.checked)} data-testid="field-with-window" />
        <label htmlFor={`${ids}-window`}>{t("import-hours-only")}</label>
      </div>
      <p className="hint">{t("import-hours-hint")}</p>
      {enabled && (
        <>
          <div className="when-fields">
            <Field id={`${ids}-wfrom`} name="window_from" label={t("import-hours-from")} problem={problem("from")}>
              <input
                id={`${ids}-wfrom`}
                type="time"
                value={window.from}
                onChange={(event) => onWindow({ ...window, from: event.target.value })}
                data-testid="field-window-from"
              />
            </Field>
            <Field id={`${ids}-wto`} name="window_to" label={t("import-hours-to")} problem={problem("to")}>
              <input
                id={`${ids}-wto`}
                type="time"
                value={window.to}
                onChange={(event) => onWindow({ ...window, to: event.target.value })}
                data-testid="field-window-to"
              />
            </Field>
            <Field id={`${ids}-wzone`} name="window_zone" label={t("import-hours-zone")} hint={t("import-hours-zone-hint")} problem={problem("zone")}>
              <select
                id={`${ids}-wzone`}
                value={window.zone}
                onChange={(event) => onWindow({ ...window, zone: event.target.value })}
                data-testid="field-window-zone"
              >
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll("_", " ")}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="weekdays" role="group" aria-label={t("import-hours-days")}>
            {weekdays.map((day) => (
              <label key={day.value} className="weekday">
                <input
                  type="checkbox"
                  checked={window.days.includes(day.value)}
                  onChange={(event) => toggleDay(day.value, event.target.checked)}
                  data-testid={`field-day-${day.value}`}
                />{" "}
                {day.short}
              </label>
            ))}
          </div>
          {problem("days") && <p className="field-problem">{problem("days")}</p>}
          <p className="hint">
            {t("import-hours-words", {
              from: clock(window.from),
              to: clock(window.to),
              zone: window.zone.replaceAll("_", " "),
              days: describeDays(window.days),
            })}
          </p>
        </>
      )}
    </fieldset>
  );
}
