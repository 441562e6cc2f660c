import { useId, useState, type FormEvent } from "react";
import type { AccountSummary, Explanation } from "../../bindings";
import { useBackend, type Backend, type Result } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { thrownToExplanation } from "../../errors";

/** The three ways to add an account, as offered to the person. */
export const accountChoices = [
  {
    id: "getvocal-password",
    title: "GetVocal — email and password",
    description: "Sign in the way you sign in to GetVocal's website.",
  },
  {
    id: "getvocal-api-key",
    title: "GetVocal — API key",
    description: "Use an API key ID and secret created in GetVocal.",
  },
  {
    id: "awaz",
    title: "Awaz — API key",
    description: "Use an API key from Awaz (Settings → Integrations → API Keys).",
  },
] as const;

export type AccountChoice = (typeof accountChoices)[number]["id"];

type Values = Record<string, string>;

/** One input of a form; `secret` inputs are emptied as soon as an answer comes back. */
type Input = { name: string; label: string; type?: "text" | "email" | "password"; hint?: string; secret?: boolean; autoComplete?: string };

const nameInput = (example: string): Input => ({
  name: "name",
  label: "Account name",
  hint: `Your own label for it, for example “${example}”.`,
});
const companyInput: Input = {
  name: "company_id",
  label: "Company ID",
  hint: "Given to you by GetVocal.",
};

const forms: Record<AccountChoice, { inputs: Input[]; send: (backend: Backend, values: Values, baseUrl: string | null, remember: boolean) => Promise<Result<AccountSummary, Explanation>> }> = {
  "getvocal-password": {
    inputs: [
      nameInput("Acme – GetVocal"),
      { name: "email", label: "Email", type: "email", autoComplete: "username" },
      { name: "password", label: "Password", type: "password", secret: true, autoComplete: "current-password", hint: "Used once to sign in. Callboard never stores your password." },
      companyInput,
    ],
    send: (backend, v, base_url, remember) =>
      backend.addGetvocalAccountWithPassword({ name: v.name, email: v.email, password: v.password, company_id: v.company_id, base_url, remember }),
  },
  "getvocal-api-key": {
    inputs: [
      nameInput("Acme – GetVocal"),
      { name: "key_id", label: "API key ID", hint: "Shown in GetVocal next to the key's name." },
      { name: "secret", label: "API key secret", type: "password", secret: true, autoComplete: "off", hint: "Shown once by GetVocal when the key was created." },
      companyInput,
    ],
    send: (backend, v, base_url, remember) =>
      backend.addGetvocalAccountWithApiKey({ name: v.name, key_id: v.key_id, secret: v.secret, company_id: v.company_id, base_url, remember }),
  },
  awaz: {
    inputs: [
      nameInput("Acme – Awaz"),
      { name: "api_key", label: "Awaz API key", type: "password", secret: true, autoComplete: "off", hint: "In Awaz: Settings → Integrations → API Keys." },
    ],
    send: (backend, v, base_url, remember) => backend.addAwazAccount({ name: v.name, api_key: v.api_key, base_url, remember }),
  },
};

/**
 * The form for one way of adding an account. What the person typed is kept when something is
 * wrong, except secrets: they are emptied as soon as Callboard answers, so the window never
 * holds them longer than the request.
 */
export function AddAccountForm({ choice, onAdded, onCancel }: { choice: AccountChoice; onAdded: (account: AccountSummary) => void; onCancel: () => void }) {
  const backend = useBackend();
  const form = forms[choice];
  const title = accountChoices.find((c) => c.id === choice)!.title;
  const [values, setValues] = useState<Values>(() => Object.fromEntries(form.inputs.map((input) => [input.name, ""])));
  const [baseUrl, setBaseUrl] = useState("");
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const [showAdvanced, setShowAdvanced] = useState(false);
  const idPrefix = useId();
  const fieldNames = [...form.inputs.map((input) => input.name), "base_url", "remember"];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    let result: Result<AccountSummary, Explanation>;
    try {
      result = await form.send(backend, values, baseUrl.trim() === "" ? null : baseUrl.trim(), remember);
    } catch (thrown) {
      result = { status: "error", error: thrownToExplanation(thrown) };
    }
    setValues((typed) => clearSecrets(form.inputs, typed));
    setBusy(false);
    if (result.status === "ok") {
      onAdded(result.data);
    } else {
      setProblem(result.error);
      if (result.error.field === "base_url") setShowAdvanced(true);
    }
  }

  const problemFor = (field: string) => (problem?.field === field ? problem.title : null);

  return (
    <form className="stacked-form" ref={reveal} onSubmit={submit} aria-label={title} data-testid={`form-${choice}`}>
      <h2>{title}</h2>
      {form.inputs.map((input) => {
        const id = `${idPrefix}-${input.name}`;
        return (
          <Field key={input.name} id={id} name={input.name} label={input.label} hint={input.hint} problem={problemFor(input.name)}>
            <input
              id={id}
              name={input.name}
              type={input.type ?? "text"}
              autoComplete={input.autoComplete ?? "off"}
              value={values[input.name]}
              onChange={(event) => setValues((typed) => ({ ...typed, [input.name]: event.target.value }))}
              aria-invalid={problemFor(input.name) ? true : undefined}
              data-testid={`field-${input.name}`}
            />
          </Field>
        );
      })}
      <details className="advanced" open={showAdvanced} onToggle={(event) => setShowAdvanced(event.currentTarget.open)}>
        <summary data-testid="advanced">Advanced</summary>
        <Field
          id={`${idPrefix}-base_url`}
          name="base_url"
          label="Server address"
          hint={`Leave blank to use the real ${choice === "awaz" ? "Awaz" : "GetVocal"} service. Only fill it in if you were given another address.`}
          problem={problemFor("base_url")}
        >
          <input
            id={`${idPrefix}-base_url`}
            type="url"
            placeholder="https://…"
            value={baseUrl}
            onChange={(event) => setBaseUrl(event.target.value)}
            data-testid="field-base_url"
          />
        </Field>
      </details>
      <div className={problemFor("remember") ? "field checkbox-field has-problem" : "field checkbox-field"}>
        <label>
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} data-testid="field-remember" />
          Remember on this computer (saved in your computer's keychain)
        </label>
        {!remember && <p className="hint">You will need to sign in again each time you open Callboard.</p>}
        {problemFor("remember") && (
          <p className="field-problem" role="alert" data-testid="problem-remember">
            {problem!.title} {problem!.next_step}
          </p>
        )}
      </div>
      {problem && !fieldNames.includes(problem.field ?? "") && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="submit-account">
          {busy ? "Checking with the service…" : "Add account"}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy} data-testid="cancel-account">
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Brings the form into view when it opens below a long list of accounts. */
function reveal(form: HTMLFormElement | null) {
  form?.scrollIntoView?.({ block: "nearest" });
}

function clearSecrets(inputs: Input[], values: Values): Values {
  const cleared = { ...values };
  for (const input of inputs) if (input.secret) cleared[input.name] = "";
  return cleared;
}
