import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { AccountSummary, CallForm, CancelledCalls, KnownLead, Persona, PlacedCall, ZoneChoices } from "../../bindings";
import { useBackend } from "../../backend";
import { ForAccount } from "../../components/AccountPicker";
import { Card } from "../../components/Card";
import { ActionNotice } from "../../components/ActionNotice";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { WhenPicker, scheduleAt, usePreview, type When } from "../../components/WhenPicker";
import { fieldProblem, useAction } from "../../useAction";
import { useLoad } from "../../useLoad";
import { formatMoment } from "../../when";
import { ConfirmCall, chosenMoment } from "./ConfirmCall";

/** The lead picker's choice for "a lead not created from Callboard". */
const TYPED = "typed";

export function GetVocalCall() {
  return <ForAccount platform="getvocal">{(account) => <CallPlanner account={account} />}</ForAccount>;
}

type Choices = { personas: Persona[]; leads: KnownLead[]; zones: ZoneChoices };

function CallPlanner({ account }: { account: AccountSummary }) {
  const backend = useBackend();
  const load = useCallback(async () => {
    const [personas, leads, zones] = await Promise.all([
      backend.getvocalPersonas(account.id),
      backend.getvocalKnownLeads(account.id),
      backend.scheduleTimeZones(),
    ]);
    if (personas.status === "error") return personas;
    if (leads.status === "error") return leads;
    return { status: "ok" as const, data: { personas: personas.data, leads: leads.data, zones } };
  }, [backend, account.id]);
  const [choices, retry] = useLoad<Choices>(load);

  if (choices.state === "loading") return <Loading label="Loading personas and leads…" />;
  if (choices.state === "failed") return <ErrorNotice error={choices.error} onRetry={retry} />;
  return <CallFormCard account={account} choices={choices.data} />;
}

function CallFormCard({ account, choices }: { account: AccountSummary; choices: Choices }) {
  const backend = useBackend();
  const ids = useId();
  const [personaId, setPersonaId] = useState(choices.personas[0]?.id ?? "");
  const [leadChoice, setLeadChoice] = useState(choices.leads[0]?.id ?? TYPED);
  const [typedLeadId, setTypedLeadId] = useState("");
  const [when, setWhen] = useState<When>({ mode: "now" });
  const preview = usePreview(when);
  const [confirming, setConfirming] = useState(false);
  const call = useAction<PlacedCall>();

  const leadId = leadChoice === TYPED ? typedLeadId.trim() : leadChoice;
  const lead = choices.leads.find((known) => known.id === leadId);
  const persona = choices.personas.find((known) => known.id === personaId);
  const leadWords = lead ? leadLabel(lead) : `the lead ${leadId}`;

  function review(event: FormEvent) {
    event.preventDefault();
    call.reset();
    setConfirming(true);
  }

  async function confirm() {
    const at = scheduleAt(when);
    const form: CallForm = { persona_id: personaId, lead_id: leadId, when: at ? { kind: "at", ...at } : { kind: "now" } };
    await call.run((actionKey) => backend.getvocalPlaceCall(account.id, actionKey, form));
    setConfirming(false);
  }

  const error = call.current.state === "error" ? call.current.error : null;
  return (
    <>
      <Card title="Call a lead" description="The persona is the AI agent that speaks; the lead is the person it calls.">
        <form className="form" onSubmit={review} data-testid="call-form">
          <div className="form-grid">
            <Field
              id={`${ids}-persona`}
              name="persona_id"
              label="Persona (AI agent)"
              hint="Set up in GetVocal: each persona has its own script and voice."
              problem={fieldProblem(call.current, "persona_id")}
            >
              <select id={`${ids}-persona`} value={personaId} onChange={(event) => setPersonaId(event.target.value)} data-testid="field-persona_id">
                {choices.personas.length === 0 && <option value="">No persona yet — create one in GetVocal</option>}
                {choices.personas.map((persona) => (
                  <option key={persona.id} value={persona.id}>
                    {persona.name || persona.id}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              id={`${ids}-lead`}
              name="lead_id"
              label="Lead (who is called)"
              hint="Leads you added in Callboard, newest first. For another lead, choose “Another lead” and paste its GetVocal lead id."
              problem={fieldProblem(call.current, "lead_id")}
            >
              <select id={`${ids}-lead`} value={leadChoice} onChange={(event) => setLeadChoice(event.target.value)} data-testid="field-lead">
                {choices.leads.map((known) => (
                  <option key={known.id} value={known.id}>
                    {leadLabel(known)}
                  </option>
                ))}
                <option value={TYPED}>Another lead (type its GetVocal id)</option>
              </select>
              {leadChoice === TYPED && (
                <input
                  aria-label="GetVocal lead id"
                  placeholder="GetVocal lead id, e.g. 3f2b…"
                  value={typedLeadId}
                  onChange={(event) => setTypedLeadId(event.target.value)}
                  data-testid="field-lead_id"
                />
              )}
            </Field>
          </div>
          <WhenPicker value={when} onChange={setWhen} zones={choices.zones.zones} defaultZone={choices.zones.default_zone} preview={preview} problem={error} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={call.busy || call.mustConfirm || !personaId || !leadId} data-testid="submit-call">
              Review the call…
            </button>
          </div>
        </form>
        {confirming && (
          <ConfirmCall
            testId="confirm-call-panel"
            confirmTestId="confirm-call"
            question={
              when.mode === "now"
                ? `Call ${leadWords} now with “${persona?.name ?? personaId}”?`
                : `Schedule a call to ${leadWords} with “${persona?.name ?? personaId}” on ${chosenMoment(preview)}?`
            }
            when={when}
            busy={call.busy}
            onConfirm={confirm}
            onCancel={() => setConfirming(false)}
          />
        )}
        <ActionNotice current={call.current} accountId={account.id} onCheckedNotApplied={call.reset} />
        {call.current.state === "done" && <CallResult placed={call.current.answer} />}
      </Card>
      {leadId && <CancelCalls key={leadId} account={account} leadId={leadId} leadWords={leadWords} />}
    </>
  );
}

function CallResult({ placed }: { placed: PlacedCall }) {
  const { call } = placed;
  const scheduled = call.call_status === "scheduled";
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.scrollIntoView?.({ block: "nearest" }), []);
  return (
    <div className="result-panel" role="status" data-testid="result-call" ref={panel}>
      <p className="result-title">
        {scheduled ? "The call is scheduled." : "The call is in GetVocal's queue and will start shortly."}{" "}
        <span className="badge badge-ok" data-testid="result-call-status">
          {statusWords(call.call_status)}
        </span>
      </p>
      <dl className="facts">
        <dt>When</dt>
        <dd>{placed.when === "Now" ? "Now" : placed.when}</dd>
        {call.start_time && (
          <>
            <dt>Start time</dt>
            <dd>{formatMoment(call.start_time)}</dd>
          </>
        )}
        <dt>Calls</dt>
        <dd className="phone-number">{call.to_phone_number ?? "—"}</dd>
        <dt>From</dt>
        <dd className="phone-number">{call.from_phone_number ?? "—"}</dd>
        <dt>GetVocal call id</dt>
        <dd>
          <code data-testid="result-call-id">{call.id}</code>
        </dd>
      </dl>
      <p className="muted">GetVocal has no list of calls: this one is kept in History → What Callboard did.</p>
    </div>
  );
}

function CancelCalls({ account, leadId, leadWords }: { account: AccountSummary; leadId: string; leadWords: string }) {
  const backend = useBackend();
  const [confirming, setConfirming] = useState(false);
  const cancel = useAction<CancelledCalls>();

  async function confirm() {
    await cancel.run((actionKey) => backend.getvocalCancelCalls(account.id, actionKey, leadId));
    setConfirming(false);
  }

  const cancelled = cancel.current.state === "done" ? cancel.current.answer.cancelled : null;
  return (
    <Card title="Cancel waiting calls" description="Stops every call of this lead that is scheduled or waiting in the queue. Calls already made are not affected.">
      {!confirming && (
        <button
          type="button"
          className="button danger-outline"
          disabled={cancel.busy || cancel.mustConfirm}
          onClick={() => {
            cancel.reset();
            setConfirming(true);
          }}
          data-testid="submit-cancel-calls"
        >
          Cancel the waiting calls of {leadWords}…
        </button>
      )}
      {confirming && (
        <div className="confirm-panel" role="dialog" aria-label="Confirm cancelling" data-testid="confirm-cancel-panel">
          <p className="result-title">Cancel every waiting call of {leadWords}?</p>
          <p>Scheduled and queued calls are removed from GetVocal. This can't be undone.</p>
          <div className="form-actions">
            <button type="button" className="button danger" disabled={cancel.busy} onClick={confirm} data-testid="confirm-cancel-calls">
              {cancel.busy ? "Cancelling…" : "Cancel the calls"}
            </button>
            <button type="button" className="link-button" disabled={cancel.busy} onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        </div>
      )}
      <ActionNotice current={cancel.current} accountId={account.id} onCheckedNotApplied={cancel.reset} />
      {cancelled !== null && (
        <p className="success-note" role="status" data-testid="result-cancelled">
          {cancelled === 0
            ? "There was no waiting call to cancel."
            : `${cancelled} waiting ${cancelled === 1 ? "call was" : "calls were"} cancelled.`}
        </p>
      )}
    </Card>
  );
}

function leadLabel(lead: KnownLead): string {
  return lead.name.trim() ? `${lead.name.trim()} (${lead.phone_number})` : lead.phone_number;
}

function statusWords(status: string): string {
  if (status === "scheduled") return "Scheduled";
  if (status === "in_queue") return "In the queue";
  return status;
}
