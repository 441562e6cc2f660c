import { useId, useState, type FormEvent } from "react";
import type { AccountSummary, Explanation } from "../../bindings";
import { useBackend, type Backend, type Result } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { thrownToExplanation } from "../../errors";
import { useWords, type WordArgs } from "../../i18n";

/** The three ways to add an account, as offered to the person (`title`, `description`: catalogue ids). */
export const accountChoices = [
  {
    id: "getvocal-password",
    title: "accounts-choice-getvocal-password",
    description: "accounts-choice-getvocal-password.description",
  },
  {
    id: "getvocal-api-key",
    title: "accounts-choice-getvocal-api-key",
    description: "accounts-choice-getvocal-api-key.description",
  },
  {
    id: "awaz",
    title: "accounts-choice-awaz",
    description: "accounts-choice-awaz.description",
  },
] as const;

export type AccountChoice = (typeof accountChoices)[number]["id"];

type Values = Record<string, string>;

/**
 * One input of a form (`label`, `hint`: catalogue ids); `secret` inputs are emptied as soon as
 * an answer comes back.
 */
type Input = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  hint?: string;
  hintArgs?: WordArgs;
  secret?: boolean;
  autoComplete?: string;
};

const nameInput = (example: string): Input => ({
  name: "name",
  label: "accounts-field-name",
  hint: "accounts-field-name.hint",
  hintArgs: { example },
});
const companyInput: Input = {
  name: "company_id",
  label: "accounts-field-company-id",
  hint: "accounts-field-company-id.hint",
};

const forms: Record<
  AccountChoice,
  { inputs: Input[]; send: (backend: Backend, values: Values, baseUrl: string | null, remember: boolean) => Promise<Result<AccountSummary, Explanation>> }
> = {
  "getvocal-password": {
    inputs: [
      nameInput("Acme – GetVocal"),
      { name: "email", label: "accounts-field-email", type: "email", autoComplete: "username" },
      {
        name: "password",
        label: "accounts-field-password",
        type: "password",
        secret: true,
        autoComplete: "current-password",
        hint: "accounts-field-password.hint",
      },
      companyInput,
    ],
    send: (backend, v, base_url, remember) =>
      backend.addGetvocalAccountWithPassword({ name: v.name, email: v.email, password: v.password, company_id: v.company_id, base_url, remember }),
  },
  "getvocal-api-key": {
    inputs: [
      nameInput("Acme – GetVocal"),
      { name: "key_id", label: "accounts-field-key-id", hint: "accounts-field-key-id.hint" },
      { name: "secret", label: "accounts-field-secret", type: "password", secret: true, autoComplete: "off", hint: "accounts-field-secret.hint" },
      companyInput,
    ],
    send: (backend, v, base_url, remember) =>
      backend.addGetvocalAccountWithApiKey({ name: v.name, key_id: v.key_id, secret: v.secret, company_id: v.company_id, base_url, remember }),
  },
  awaz: {
    inputs: [
      nameInput("Acme – Awaz"),
      { name: "api_key", label: "accounts-field-awaz-key", type: "password", secret: true, autoComplete: "off", hint: "accounts-field-awaz-key.hint" },
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
  const { t } = useWords();
  const title = t(accountChoices.find((c) => c.id === choice)!.title);
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
          <Field
            key={input.name}
            id={id}
            name={input.name}
            label={t(input.label)}
            hint={input.hint && t(input.hint, input.hintArgs)}
            problem={problemFor(input.name)}
          >
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
        <summary data-testid="advanced">{t("accounts-advanced")}</summary>
        <Field
          id={`${idPrefix}-base_url`}
          name="base_url"
          label={t("accounts-field-base-url")}
          hint={t("accounts-field-base-url.hint", { platform: choice === "awaz" ? "Awaz" : "GetVocal" })}
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
          {t("accounts-remember")}
        </label>
        {!remember && <p className="hint">{t("accounts-remember-off")}</p>}
        {problemFor("remember") && (
          <p className="field-problem" role="alert" data-testid="problem-remember">
            {problem!.title} {problem!.next_step}
          </p>
        )}
      </div>
      {problem && !fieldNames.includes(problem.field ?? "") && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="submit-account">
          {busy ? t("accounts-checking") : t("accounts-add")}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy} data-testid="cancel-account">
          {t("accounts-cancel")}
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
