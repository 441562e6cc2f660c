import { useCallback, useId, useRef, useState, type FormEvent } from "react";
import type { AccountSummary, AwazDirectory, BulkCalls, BulkRequest, BulkReview, CallingWindow, Explanation, ImportPreview, JobView, Persona, Weekday, ZoneChoices } from "../../bindings";
import { ConsentForList } from "./Consent";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { scheduleAt, usePreview, WhenPicker, type Preview, type When } from "../../components/WhenPicker";
import { thrownToExplanation } from "../../errors";
import { useLoad } from "../../useLoad";
import { useBackend } from "../../backend";
import { clock, describeDays, plural, targetWords, weekdays } from "./words";

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
  const [choices, retry] = useLoad<Choices>(load);

  if (choices.state === "loading") return <Loading label="Loading the AI agents of this account…" />;
  if (choices.state === "failed") return <ErrorNotice error={choices.error} onRetry={retry} />;
  return <SendForm preview={preview} account={account} choices={choices.data} onStarted={onStarted} />;
}

function SendForm({ preview, account, choices, onStarted }: { preview: ImportPreview; account: AccountSummary; choices: Choices; onStarted: (job: JobView) => void }) {
  const backend = useBackend();
  const ids = useId();
  const getvocal = account.platform === "getvocal";
  const agents = getvocal ? choices.personas : (choices.directory?.agents ?? []);
  const phones = choices.directory?.phones ?? [];

  const [withCalls, setWithCalls] = useState(false);
  const [agentId, setAgentId] = useState(agents[0]?.id ?? "");
  const [fromPhoneId, setFromPhoneId] = useState(phones[0]?.id ?? "");
  const [when, setWhen] = useState<When>({ mode: "now" });
  const startPreview = usePreview(when);
  const [withWindow, setWithWindow] = useState(false);
  const [window, setWindow] = useState<CallingWindow>({ from: "09:00", to: "18:00", zone: choices.zones.default_zone, days: ["mon", "tue", "wed", "thu", "fri"] });
  const [spacing, setSpacing] = useState("60");
  const [confirming, setConfirming] = useState(false);
  const [review, setReview] = useState<BulkReview | null>(null);
  const [problem, setProblem] = useState<Explanation | null>(null);
  // One confirmed intent starts one job, however often the button is pressed.
  const starting = useRef(false);
  const [busy, setBusy] = useState(false);

  const { valid, total } = preview.summary;
  const [one, many] = targetWords(preview.target).record;
  const left = total - valid;
  const agent = agents.find((known) => known.id === agentId);
  const phone = phones.find((known) => known.id === fromPhoneId);
  const spacingSeconds = Number(spacing);
  const localProblem = withCalls ? formProblem() : null;

  function formProblem(): string | null {
    if (!agentId) return getvocal ? "Choose the persona that makes the calls." : "Choose the AI agent that makes the calls.";
    if (!getvocal && !fromPhoneId) return "Choose the number the calls come from.";
    if (when.mode === "later" && startPreview.state !== "ok") return "Choose a start date and time in the future.";
    if (withWindow && window.days.length === 0) return "Tick at least one day for the calling hours.";
    if (withWindow && window.from >= window.to) return "The calling hours must end after they start.";
    if (!Number.isInteger(spacingSeconds) || spacingSeconds < 1) return "The time between two calls must be a whole number of seconds, 1 or more.";
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
    <section className="card" aria-label="Send">
      <header className="card-header">
        <h2>4. Send</h2>
        <p className="muted">
          {plural(valid, one, many)} will be created in “{account.name}”.
          {left > 0 && ` ${plural(left, "row is", "rows are")} left out (they need a fix or are duplicates).`}
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
          <label htmlFor={`${ids}-calls`}>Also schedule a call for each person</label>
        </div>
        {withCalls && (
          <>
            <div className="form-grid">
              <Field
                id={`${ids}-agent`}
                name="agent"
                label={getvocal ? "Persona (AI agent)" : "AI agent"}
                hint={getvocal ? "The persona that speaks; set up in GetVocal." : "The agent that speaks; set up in Awaz."}
                problem={fieldProblem("persona_id") ?? fieldProblem("agent_id")}
              >
                <select id={`${ids}-agent`} value={agentId} onChange={(event) => setAgentId(event.target.value)} data-testid="field-agent">
                  {agents.length === 0 && <option value="">{getvocal ? "No persona yet — create one in GetVocal" : "No AI agent yet — create one in Awaz"}</option>}
                  {agents.map((known) => (
                    <option key={known.id} value={known.id}>
                      {known.name || known.id}
                    </option>
                  ))}
                </select>
              </Field>
              {!getvocal && (
                <Field id={`${ids}-from`} name="from_phone_id" label="Call from" hint="The number people see when their phone rings." problem={fieldProblem("from_phone_id")}>
                  <select id={`${ids}-from`} value={fromPhoneId} onChange={(event) => setFromPhoneId(event.target.value)} data-testid="field-from_phone_id">
                    {phones.length === 0 && <option value="">No phone number yet — add one in Awaz</option>}
                    {phones.map((known) => (
                      <option key={known.id} value={known.id}>
                        {known.number || known.id}
                      </option>
                    ))}
                  </select>
                </Field>
              )}
            </div>
            <WhenPicker value={when} onChange={setWhen} zones={choices.zones.zones} defaultZone={choices.zones.default_zone} preview={startPreview} problem={problem} />
            <CallingHours ids={ids} enabled={withWindow} onEnabled={setWithWindow} window={window} onWindow={setWindow} zones={choices.zones.zones} problem={fieldProblem} />
            <Field
              id={`${ids}-spacing`}
              name="spacing_seconds"
              label="Seconds between two calls"
              hint="Calls start one after the other, this far apart, so your team and the lines are not flooded. 60 suits most teams."
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
            Review…
          </button>
        </div>
      </form>
      {confirming && (
        <div className="confirm-panel" role="alertdialog" aria-label="Confirm the import" data-testid="dialog-send" ref={showConfirmation}>
          <p className="result-title" data-testid="send-question">
            {question()}
          </p>
          {left > 0 && <p>The {plural(left, "row", "rows")} that need a fix or are duplicates are not sent.</p>}
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
          <p className="muted">You can pause or cancel while it runs. If Callboard is closed, it offers to finish the rest when you open it again.</p>
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={start} data-testid="confirm-send">
              {busy ? "Starting…" : "Yes, start"}
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={() => setConfirming(false)} data-testid="cancel-send">
              Not now
            </button>
          </div>
        </div>
      )}
      {problem && !problem.field && <ErrorNotice error={problem} />}
    </section>
  );

  function question(): string {
    const create = `Create ${plural(valid, one, many)} in “${account.name}”`;
    if (!withCalls) return `${create}?`;
    const from = !getvocal && phone ? ` from ${phone.number}` : "";
    const hours = withWindow ? ` between ${clock(window.from)} and ${clock(window.to)} ${window.zone}, ${describeDays(window.days)}` : "";
    return `${create} and schedule ${plural(valid, "call", "calls")} with “${agent?.name ?? agentId}”${from}${hours}, ${startWords(startPreview)}, one every ${plural(spacingSeconds, "second", "seconds")}?`;
  }

  function startWords(preview: Preview): string {
    if (when.mode === "now") return "starting now";
    return preview.state === "ok" ? `starting ${preview.description}` : "starting at the chosen time";
  }
}

/** What the calling rules and the do-not-call list do to this run, row by row, in plain words. */
function RulesReview({ review }: { review: BulkReview }) {
  const changed = review.rows.filter((row) => row.refused || row.note);
  return (
    <div className="rules-review" data-testid="rules-review">
      {review.refused > 0 && (
        <p className="field-problem" data-testid="review-refused">
          {plural(review.refused, "row is", "rows are")} refused and will not be sent: see why below.
        </p>
      )}
      {review.moved_groups.map((group) => (
        <p key={group} data-testid="review-moved">
          {group}
        </p>
      ))}
      {review.moved === 0 && review.refused === 0 && <p className="muted">Every call is inside its callee's calling hours.</p>}
      <details open={changed.length > 0 && changed.length <= 20}>
        <summary>Each person's local time and call time</summary>
        <table className="table" data-testid="review-rows">
          <thead>
            <tr>
              <th>Line</th>
              <th>Person</th>
              <th>Their local time now</th>
              <th>Call starts (their time)</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            {review.rows.map((row) => (
              <tr key={row.line} data-testid={`review-row-${row.line}`} data-state={row.refused ? "refused" : row.note ? "moved" : "ok"}>
                <td>{row.line}</td>
                <td>
                  {row.name} <span className="phone-number">{row.phone}</span>
                </td>
                <td data-testid={`review-local-${row.line}`}>{row.local_time ?? "unknown zone"}</td>
                <td>{row.refused ? "Not called" : (row.call_at ?? "—")}</td>
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
  function toggleDay(day: Weekday, on: boolean) {
    const days = on ? [...window.days, day] : window.days.filter((known) => known !== day);
    onWindow({ ...window, days: weekdays.map((known) => known.value).filter((known) => days.includes(known)) });
  }
  return (
    <fieldset className="calling-hours">
      <legend>Calling hours</legend>
      <div className="checkbox-row">
        <input id={`${ids}-window`} type="checkbox" checked={enabled} onChange={(event) => onEnabled(event.target.checked)} data-testid="field-with-window" />
        <label htmlFor={`${ids}-window`}>Only call during these hours</label>
      </div>
      <p className="hint">Calls that would fall outside these hours wait for the next allowed day, in the time zone you choose.</p>
      {enabled && (
        <>
          <div className="when-fields">
            <Field id={`${ids}-wfrom`} name="window_from" label="From" problem={problem("from")}>
              <input id={`${ids}-wfrom`} type="time" value={window.from} onChange={(event) => onWindow({ ...window, from: event.target.value })} data-testid="field-window-from" />
            </Field>
            <Field id={`${ids}-wto`} name="window_to" label="To" problem={problem("to")}>
              <input id={`${ids}-wto`} type="time" value={window.to} onChange={(event) => onWindow({ ...window, to: event.target.value })} data-testid="field-window-to" />
            </Field>
            <Field id={`${ids}-wzone`} name="window_zone" label="Time zone" hint="Usually the zone of the people called." problem={problem("zone")}>
              <select id={`${ids}-wzone`} value={window.zone} onChange={(event) => onWindow({ ...window, zone: event.target.value })} data-testid="field-window-zone">
                {zones.map((zone) => (
                  <option key={zone} value={zone}>
                    {zone.replaceAll("_", " ")}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="weekdays" role="group" aria-label="Days">
            {weekdays.map((day) => (
              <label key={day.value} className="weekday">
                <input type="checkbox" checked={window.days.includes(day.value)} onChange={(event) => toggleDay(day.value, event.target.checked)} data-testid={`field-day-${day.value}`} />{" "}
                {day.short}
              </label>
            ))}
          </div>
          {problem("days") && <p className="field-problem">{problem("days")}</p>}
          <p className="hint">
            Calls between {clock(window.from)} and {clock(window.to)} {window.zone.replaceAll("_", " ")}, {describeDays(window.days)}.
          </p>
        </>
      )}
    </fieldset>
  );
}
