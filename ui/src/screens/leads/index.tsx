import { useEffect, useId, useState, type FormEvent } from "react";
import type { AccountSummary, CreatedLead, LanguageOption, LeadForm, StaticDataRow } from "../../bindings";
import { useBackend } from "../../backend";
import { ForAccount } from "../../components/AccountPicker";
import { Card } from "../../components/Card";
import { ActionNotice } from "../../components/ActionNotice";
import { Done, DoneButton } from "../../components/Done";
import { Field } from "../../components/Field";
import { TechnicalDetails } from "../../components/TechnicalDetails";
import { formatPhone } from "../../phone";
import { Screen } from "../../components/Screen";
import { fieldProblem, useAction, type ActionState } from "../../useAction";
import { useLoad } from "../../useLoad";
import { LeadsBook } from "./LeadsBook";
import "../../components/forms.css";
import "../getvocal.css";

export function LeadsScreen() {
  const backend = useBackend();
  const [book, , reloadBook] = useLoad(backend.leadsBook);
  const [accounts] = useLoad(backend.listAccounts);
  return (
    <Screen id="leads" title="Leads" purpose="A lead is a person GetVocal will call. Find the people you added, call them, or add someone new.">
      <LeadsBook book={book} accounts={accounts.state === "ready" ? accounts.data : []} onChanged={reloadBook} />
      <ForAccount platform="getvocal">{(account) => <LeadFormCard account={account} onCreated={reloadBook} />}</ForAccount>
    </Screen>
  );
}

const emptyForm: LeadForm = {
  phone_number: "",
  first_name: "",
  last_name: "",
  email_address: "",
  company_name: "",
  customer_lead_id: "",
  static_data: [],
  language: "",
};

type TextField = Exclude<keyof LeadForm, "static_data" | "language">;

const textFields: { name: TextField; label: string; hint: string; type?: string }[] = [
  {
    name: "phone_number",
    label: "Phone number",
    hint: "The number GetVocal will call. Write it as you like; a number without + and a country code is read with the default country from Settings.",
    type: "tel",
  },
  { name: "first_name", label: "First name", hint: "The AI agent may greet the person by name." },
  { name: "last_name", label: "Last name", hint: "Optional." },
  { name: "email_address", label: "Email address", hint: "Optional, for example marie.dupont@example.com.", type: "email" },
  { name: "company_name", label: "Company", hint: "Optional: where the person works." },
  {
    name: "customer_lead_id",
    label: "Your reference",
    hint: "Optional: your own ID for this person, for example from your CRM. If GetVocal already has a lead with this reference, it keeps that one.",
  },
];

function LeadFormCard({ account, onCreated }: { account: AccountSummary; onCreated?: () => void }) {
  const backend = useBackend();
  const [form, setForm] = useState<LeadForm>(emptyForm);
  const action = useAction<CreatedLead>();
  const languages = useLanguages();
  const ids = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run((actionKey) => backend.getvocalCreateLead(account.id, actionKey, form));
    onCreated?.();
  }

  function startOver() {
    setForm(emptyForm);
    action.reset();
  }

  const setRows = (rows: StaticDataRow[]) => setForm({ ...form, static_data: rows });
  const done = action.current.state === "done";

  return (
    <Card title="Add a lead" description="Only the phone number is required.">
      <LeadResult current={action.current} onAgain={startOver} />
      <form onSubmit={submit} className="form" data-testid="lead-form">
        <fieldset className="form-lock" disabled={done}>
          <legend className="visually-hidden">The lead</legend>
          <div className="form-grid">
            {textFields.map(({ name, label, hint, type }) => (
              <Field key={name} id={`${ids}-${name}`} name={name} label={label} hint={hint} problem={fieldProblem(action.current, name)}>
                <input
                  id={`${ids}-${name}`}
                  type={type ?? "text"}
                  value={form[name]}
                  onChange={(event) => setForm({ ...form, [name]: event.target.value })}
                  data-testid={`field-${name}`}
                />
              </Field>
            ))}
            <Field
              id={`${ids}-language`}
              name="language"
              label="Language"
              hint="The language the AI agent speaks to this person."
              problem={fieldProblem(action.current, "language")}
            >
              <select
                id={`${ids}-language`}
                value={form.language}
                onChange={(event) => setForm({ ...form, language: event.target.value })}
                data-testid="field-language"
              >
                <option value="">GetVocal's default</option>
                {languages.map((language) => (
                  <option key={language.code} value={language.code}>
                    {language.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <StaticData rows={form.static_data} onChange={setRows} problem={fieldProblem(action.current, "static_data")} />
        </fieldset>
        <div className="form-actions">
          {done ? (
            <DoneButton />
          ) : (
            <button type="submit" className="button" disabled={action.busy || action.mustConfirm} data-testid="submit-lead">
              {action.busy ? "Creating…" : "Create lead"}
            </button>
          )}
        </div>
      </form>
      <ActionNotice current={action.current} accountId={account.id} onCheckedNotApplied={action.reset} />
    </Card>
  );
}

/** The language list comes from the engine; without it the select still offers the default. */
function useLanguages(): LanguageOption[] {
  const backend = useBackend();
  const [languages, setLanguages] = useState<LanguageOption[]>([]);
  useEffect(() => {
    backend.leadLanguages().then(setLanguages, () => setLanguages([]));
  }, [backend]);
  return languages;
}

/** Extra details as name/value rows; GetVocal receives them as `static_data`. */
function StaticData({ rows, onChange, problem }: { rows: StaticDataRow[]; onChange: (rows: StaticDataRow[]) => void; problem: string | null }) {
  const update = (index: number, change: Partial<StaticDataRow>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  return (
    <fieldset className={problem ? "static-data has-problem" : "static-data"}>
      <legend>Extra details</legend>
      <p className="hint">
        Facts the AI agent can use during the call, each with a name and a value, for example DATE_OF_BIRTH → 06/04/1998.
      </p>
      {rows.map((row, index) => (
        <div className="static-row" key={index} data-testid={`row-static-${index}`}>
          <input
            aria-label={`Name of detail ${index + 1}`}
            placeholder="Name, e.g. DATE_OF_BIRTH"
            value={row.key}
            onChange={(event) => update(index, { key: event.target.value })}
            data-testid={`field-static-key-${index}`}
          />
          <input
            aria-label={`Value of detail ${index + 1}`}
            placeholder="Value, e.g. 06/04/1998"
            value={row.value}
            onChange={(event) => update(index, { value: event.target.value })}
            data-testid={`field-static-value-${index}`}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(rows.filter((_, at) => at !== index))}
            data-testid={`remove-static-${index}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button secondary small" onClick={() => onChange([...rows, { key: "", value: "" }])} data-testid="add-static">
        Add a detail
      </button>
      {problem && (
        <p className="field-problem" role="alert" data-testid="problem-static_data">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

function LeadResult({ current, onAgain }: { current: ActionState<CreatedLead>; onAgain: () => void }) {
  if (current.state !== "done") return null;
  const lead = current.answer;
  const existed = lead.status === "EXISTING";
  const who = lead.name.trim() || formatPhone(lead.phone_number);
  return (
    <Done
      testId="result-lead"
      title={existed ? `GetVocal already had ${who}, so it kept the existing lead.` : `${who} was added as a lead.`}
      again="Add another lead"
      onAgain={onAgain}
    >
      <dl className="facts">
        <dt>Who</dt>
        <dd>
          {lead.name.trim() || "(no name)"}{" "}
          <span className={existed ? "badge" : "badge badge-ok"} data-testid="result-lead-status">
            {existed ? "Already existed" : lead.status === "CREATED" ? "Created" : lead.status}
          </span>
        </dd>
        <dt>Phone number</dt>
        <dd className="phone-number">{formatPhone(lead.phone_number)}</dd>
        {lead.customer_lead_id && (
          <>
            <dt>Your reference</dt>
            <dd>{lead.customer_lead_id}</dd>
          </>
        )}
      </dl>
      <p className="muted">The lead is in the list above: choose “Call” there, or open Schedule.</p>
      <TechnicalDetails>
        <p>
          GetVocal lead ID: <code data-testid="result-lead-id">{lead.id}</code>
        </p>
      </TechnicalDetails>
    </Done>
  );
}
