import { useId, useState, type FormEvent } from "react";
import type { AccountSummary, Explanation } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { thrownToExplanation } from "../../errors";
import { words, useWords } from "../../i18n";

type Input = { name: string; label: string; secret: boolean };

/** What an account asks for to be signed in again: its password, or a key. */
function inputsFor(account: AccountSummary): Input[] {
  const { t } = words();
  if (account.platform === "awaz") return [{ name: "api_key", label: t("accounts-field-awaz-key"), secret: true }];
  if (account.by_api_key) {
    return [
      { name: "key_id", label: t("accounts-field-key-id"), secret: false },
      { name: "secret", label: t("accounts-field-secret"), secret: true },
    ];
  }
  return [{ name: "password", label: t("accounts-reconnect-password", { who: account.signed_in_as }), secret: true }];
}

/** Signs an account in again, right in its row; secrets are emptied once Callboard answers. */
export function Reconnect({ account, onDone, onCancel }: { account: AccountSummary; onDone: (account: AccountSummary) => void; onCancel: () => void }) {
  const backend = useBackend();
  const inputs = inputsFor(account);
  const { t } = useWords();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(inputs.map((input) => [input.name, ""])));
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const idPrefix = useId();

  function send(): Promise<Result<AccountSummary, Explanation>> {
    if (account.platform === "awaz") return backend.useAwazApiKey(account.id, values.api_key);
    if ("key_id" in values) return backend.useGetvocalApiKey(account.id, values.key_id, values.secret);
    return backend.signInAgain(account.id, values.password);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    let result: Result<AccountSummary, Explanation>;
    try {
      result = await send();
    } catch (thrown) {
      result = { status: "error", error: thrownToExplanation(thrown) };
    }
    setValues((typed) => Object.fromEntries(inputs.map((input) => [input.name, input.secret ? "" : typed[input.name]])));
    setBusy(false);
    if (result.status === "ok") onDone(result.data);
    else setProblem(result.error);
  }

  const problemFor = (field: string) => (problem?.field === field ? problem.title : null);
  const placed = inputs.some((input) => input.name === problem?.field);

  return (
    <form className="stacked-form" onSubmit={submit} aria-label={t("accounts-reconnect-label", { name: account.name })} data-testid="reconnect-form">
      {inputs.map((input) => {
        const id = `${idPrefix}-${input.name}`;
        return (
          <Field key={input.name} id={id} name={input.name} label={input.label} problem={problemFor(input.name)}>
            <input
              id={id}
              type={input.secret ? "password" : "text"}
              autoComplete={input.name === "password" ? "current-password" : "off"}
              value={values[input.name]}
              onChange={(event) => setValues((typed) => ({ ...typed, [input.name]: event.target.value }))}
              data-testid={`field-${input.name}`}
            />
          </Field>
        );
      })}
      {problem && !placed && <ErrorNotice error={problem} />}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy} data-testid="submit-sign-in-again">
          {busy ? t("accounts-signing-in") : t("accounts-sign-in")}
        </button>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          {t("accounts-cancel")}
        </button>
      </div>
    </form>
  );
}
