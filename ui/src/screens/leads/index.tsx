import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import type { AccountSummary, CreatedLead, LanguageOption, LeadForm, StaticDataRow } from "../../bindings";
import { useBackend } from "../../backend";
import { ForAccount } from "../../components/AccountPicker";
import { Card } from "../../components/Card";
import { ActionNotice } from "../../components/ActionNotice";
import { Field } from "../../components/Field";
import { Screen } from "../../components/Screen";
import { fieldProblem, useAction, type ActionState } from "../../useAction";
import "../../components/forms.css";
import "../getvocal.css";

export function LeadsScreen() {
  return (
    <Screen
      id="leads"
      title="Leads"
      purpose="A lead is a person GetVocal will call. Add one here; then choose when to call them in Schedule."
    >
      <ForAccount platform="getvocal">{(account) => <LeadFormCard account={account} />}</ForAccount>
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
    hint: "Optional: your own id for this person, for example from your CRM. If GetVocal already has a lead with this reference, it keeps that one.",
  },
];

function LeadFormCard({ account }: { account: AccountSummary }) {
  const backend = useBackend();
  const [form, setForm] = useState<LeadForm>(emptyForm);
  const action = useAction<CreatedLead>();
  const languages = useLanguages();
  const ids = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run((actionKey) => backend.getvocalCreateLead(account.id, actionKey, form));
  }

  function startOver() {
    setForm(emptyForm);
    action.reset();
  }

  const setRows = (rows: StaticDataRow[]) => setForm({ ...form, static_data: rows });

  return (
    <Card title="Add a lead" description="Only the phone number is required.">
      <form onSubmit={submit} className="form" data-testid="lead-form">
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
        <div className="form-actions">
          <button type="submit" className="button" disabled={action.busy || action.mustConfirm} data-testid="submit-lead">
            {action.busy ? "Creating…" : "Create lead"}
          </button>
          {action.current.state === "done" && (
            <button type="button" className="link-button" onClick={startOver} data-testid="new-lead">
              Add another lead
            </button>
          )}
        </div>
      </form>
      <ActionNotice current={action.current} accountId={account.id} onCheckedNotApplied={action.reset} />
      <LeadResult current={action.current} />
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

function LeadResult({ current }: { current: ActionState<CreatedLead> }) {
  const panel = useRef<HTMLDivElement>(null);
  const shown = current.state === "done";
  // The form is long: bring the answer into view where the person is looking.
  useEffect(() => {
    if (shown) panel.current?.scrollIntoView?.({ block: "nearest" });
  }, [shown]);
  if (current.state !== "done") return null;
  const lead = current.answer;
  const existed = lead.status === "EXISTING";
  return (
    <div className="result-panel" role="status" data-testid="result-lead" ref={panel}>
      <p className="result-title">
        {existed ? "GetVocal already had this lead, so it kept the existing one." : "The lead was created."}{" "}
        <span className={existed ? "badge" : "badge badge-ok"} data-testid="result-lead-status">
          {existed ? "Already existed" : lead.status === "CREATED" ? "Created" : lead.status}
        </span>
      </p>
      <dl className="facts">
        <dt>Who</dt>
        <dd>{lead.name.trim() || "(no name)"}</dd>
        <dt>Phone number</dt>
        <dd className="phone-number">{lead.phone_number}</dd>
        <dt>GetVocal lead id</dt>
        <dd>
          <code data-testid="result-lead-id">{lead.id}</code>
        </dd>
        {lead.customer_lead_id && (
          <>
            <dt>Your reference</dt>
            <dd>{lead.customer_lead_id}</dd>
          </>
        )}
      </dl>
      <p className="muted">To call this person, open Schedule: the lead is already in its list.</p>
    </div>
  );
}
