import { useCallback, useId, useState, type FormEvent } from "react";
import type { AccountSummary, CallForm, KnownLead, Persona, PlacedCall, ZoneChoices } from "../../bindings";
import { useBackend } from "../../backend";
import { useWords } from "../../i18n";
import { ForAccount } from "../../components/AccountPicker";
import { Card } from "../../components/Card";
import { ActionNotice } from "../../components/ActionNotice";
import { CancelWaitingCalls } from "../../components/CancelWaitingCalls";
import { Done, DoneButton } from "../../components/Done";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { OutcomeBadge, outcomeOfCallStatus } from "../../components/OutcomeBadge";
import { Loading } from "../../components/Loading";
import { WhenPicker, scheduleAt, usePreview, type When } from "../../components/WhenPicker";
import { fieldProblem, useAction } from "../../useAction";
import { useLoadWith } from "../../useLoad";
import { formatPhone } from "../../phone";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { formatMoment } from "../../when";
import { CallRules } from "./CallRules";
import { ConfirmCall, chosenMoment } from "./ConfirmCall";

/** The lead picker's choice for "a lead not created from Callboard". */
const TYPED = "typed";

export function GetVocalCall() {
  return <ForAccount platform="getvocal">{(account) => <CallPlanner account={account} />}</ForAccount>;
}

type Choices = { personas: Persona[]; leads: KnownLead[]; zones: ZoneChoices };

/** The call form of one account, its lead chosen beforehand when `leadId` is given (from the Leads list). */
export function CallPlanner({ account, leadId, onPlaced }: { account: AccountSummary; leadId?: string; onPlaced?: () => void }) {
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
  const [choices, retry] = useLoadWith<Choices>(["getvocalCallChoices", account.id], load);
  const { t } = useWords();

  if (choices.state === "loading") return <Loading label={t("schedule-getvocal-loading")} />;
  if (choices.state === "failed") return <ErrorNotice error={choices.error} onRetry={retry} />;
  return <CallFormCard account={account} choices={choices.data} initialLeadId={leadId} onPlaced={onPlaced} />;
}

function CallFormCard({
  account,
  choices,
  initialLeadId,
  onPlaced,
}: {
  account: AccountSummary;
  choices: Choices;
  initialLeadId?: string;
  onPlaced?: () => void;
}) {
  const backend = useBackend();
  const { t } = useWords();
  const ids = useId();
  const [personaId, setPersonaId] = useState(choices.personas[0]?.id ?? "");
  const [leadChoice, setLeadChoice] = useState(initialLeadId ?? choices.leads[0]?.id ?? TYPED);
  const [typedLeadId, setTypedLeadId] = useState("");
  const [when, setWhen] = useState<When>({ mode: "now" });
  const preview = usePreview(when);
  const [confirming, setConfirming] = useState(false);
  const call = useAction<PlacedCall>();

  const leadId = leadChoice === TYPED ? typedLeadId.trim() : leadChoice;
  const lead = choices.leads.find((known) => known.id === leadId);
  const persona = choices.personas.find((known) => known.id === personaId);
  const leadWords = lead ? leadLabel(lead) : t("schedule-getvocal-lead-by-id", { id: leadId });
  const done = call.current.state === "done";

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
    onPlaced?.();
  }

  function another() {
    call.reset();
    setWhen({ mode: "now" });
  }
  const error = call.current.state === "error" ? call.current.error : null;
  return (
    <>
      <Card title={t("schedule-getvocal-title")} description={t("schedule-getvocal-description")}>
        {call.current.state === "done" && <CallResult placed={call.current.answer} leadWords={leadWords} onAgain={another} />}
        <form className="form" onSubmit={review} data-testid="call-form">
          <fieldset className="form-lock" disabled={done || confirming}>
            <legend className="visually-hidden">{t("schedule-call-legend")}</legend>
            <div className="form-grid">
              <Field
                id={`${ids}-persona`}
                name="persona_id"
                label={t("schedule-getvocal-persona")}
                hint={t("schedule-getvocal-persona-hint")}
                problem={fieldProblem(call.current, "persona_id")}
              >
                <select id={`${ids}-persona`} value={personaId} onChange={(event) => setPersonaId(event.target.value)} data-testid="field-persona_id">
                  {choices.personas.length === 0 && <option value="">{t("schedule-getvocal-no-persona")}</option>}
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
                label={t("schedule-getvocal-lead")}
                hint={t("schedule-getvocal-lead-hint")}
                problem={fieldProblem(call.current, "lead_id")}
              >
                <select id={`${ids}-lead`} value={leadChoice} onChange={(event) => setLeadChoice(event.target.value)} data-testid="field-lead">
                  {choices.leads.map((known) => (
                    <option key={known.id} value={known.id}>
                      {leadLabel(known)}
                    </option>
                  ))}
                  <option value={TYPED}>{t("schedule-getvocal-lead-typed")}</option>
                </select>
                {leadChoice === TYPED && (
                  <input
                    aria-label={t("schedule-getvocal-lead-id")}
                    placeholder={t("schedule-getvocal-lead-id-placeholder")}
                    value={typedLeadId}
                    onChange={(event) => setTypedLeadId(event.target.value)}
                    data-testid="field-lead_id"
                  />
                )}
              </Field>
            </div>
            <WhenPicker
              value={when}
              onChange={setWhen}
              zones={choices.zones.zones}
              defaultZone={choices.zones.default_zone}
              preview={preview}
              problem={error}
            />
          </fieldset>
          <div className="form-actions">
            {done ? (
              <DoneButton />
            ) : (
              <button
                type="submit"
                className="button"
                disabled={call.busy || call.mustConfirm || confirming || !personaId || !leadId}
                data-testid="submit-call"
              >
                {t("schedule-review")}
              </button>
            )}
          </div>
        </form>
        {confirming && (
          <ConfirmCall
            testId="confirm-call-panel"
            confirmTestId="confirm-call"
            question={
              when.mode === "now"
                ? t("schedule-getvocal-confirm-now", { lead: leadWords, persona: persona?.name ?? personaId })
                : t("schedule-getvocal-confirm-at", { lead: leadWords, persona: persona?.name ?? personaId, moment: chosenMoment(preview) })
            }
            when={when}
            busy={call.busy}
            onConfirm={confirm}
            onCancel={() => setConfirming(false)}
          />
        )}
        {confirming && <CallRules accountId={account.id} name={lead?.name ?? ""} phone={lead?.phone_number ?? null} when={when} />}
        <ActionNotice current={call.current} accountId={account.id} onCheckedNotApplied={call.reset} />
      </Card>
      {leadId && <CancelCalls key={leadId} account={account} leadId={leadId} leadWords={leadWords} />}
    </>
  );
}

function CallResult({ placed, leadWords, onAgain }: { placed: PlacedCall; leadWords: string; onAgain: () => void }) {
  const { call } = placed;
  const { t } = useWords();
  const scheduled = call.call_status === "scheduled";
  return (
    <Done
      testId="result-call"
      title={scheduled ? t("schedule-getvocal-scheduled", { lead: leadWords }) : t("schedule-getvocal-on-its-way", { lead: leadWords })}
      again={t("schedule-another-call")}
      onAgain={onAgain}
    >
      <dl className="facts">
        <dt>{t("schedule-result-status")}</dt>
        <dd>
          <span data-testid="result-call-status">
            <OutcomeBadge outcome={outcomeOfCallStatus(call.call_status)} status={call.call_status} platform="getvocal" />
          </span>
        </dd>
        <dt>{t("schedule-result-when")}</dt>
        <dd>{call.start_time ? formatMoment(call.start_time) : placed.when === "Now" ? t("schedule-result-when-now") : placed.when}</dd>
        <dt>{t("schedule-result-calls")}</dt>
        <dd className="phone-number">{formatPhone(call.to_phone_number) || "—"}</dd>
        <dt>{t("schedule-result-from")}</dt>
        <dd className="phone-number">{formatPhone(call.from_phone_number) || "—"}</dd>
      </dl>
      <p className="muted">{t("schedule-getvocal-listed")}</p>
      <TechnicalDetails>
        <p>
          {t("schedule-getvocal-call-id")} <code data-testid="result-call-id">{call.id}</code>
        </p>
      </TechnicalDetails>
    </Done>
  );
}

/** The cancel of this one lead's waiting calls: the same as for several people in the lists. */
function CancelCalls({ account, leadId, leadWords }: { account: AccountSummary; leadId: string; leadWords: string }) {
  const { t } = useWords();
  return (
    <Card title={t("schedule-cancel-title")} description={t("schedule-cancel-description")}>
      <div className="form-actions">
        <CancelWaitingCalls targets={[{ accountId: account.id, leadId, who: leadWords }]} onFinished={() => {}} />
      </div>
    </Card>
  );
}

export function leadLabel(lead: KnownLead): string {
  const phone = formatPhone(lead.phone_number);
  return lead.name.trim() ? `${lead.name.trim()} (${phone})` : phone;
}
