import { useId, useState, type FormEvent } from "react";
import type { Explanation } from "../bindings";
import { useBackend } from "../backend";
import { thrownToExplanation } from "../errors";
import { ErrorNotice } from "./ErrorNotice";
import { useWords } from "../i18n";

/**
 * Renews an account's sign-in with its password right where the person is, so the form they
 * were filling stays as it is; afterwards they press their action's button again.
 */
export function SignInAgain({ accountId }: { accountId: string }) {
  const backend = useBackend();
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const [done, setDone] = useState(false);
  const passwordId = useId();
  const { t } = useWords();

  async function submit(event: FormEvent) {
    event.preventDefault();
    // This form may sit inside the action's own form: its submit must not send that one.
    event.stopPropagation();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await backend.signInAgain(accountId, password);
      if (result.status === "ok") {
        setPassword("");
        setDone(true);
      } else {
        setProblem(result.error);
      }
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <p className="success-note" role="status" data-testid="result-signed-in">
        {t("components-sign-in-done")}
      </p>
    );
  }

  return (
    <form className="inline-form" onSubmit={submit} data-testid="sign-in-again" aria-label={t("components-sign-in-again")}>
      <label htmlFor={passwordId}>{t("components-sign-in-password")}</label>
      <div className="inline-row">
        <input
          id={passwordId}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          data-testid="field-password"
        />
        <button type="submit" className="button" disabled={busy || password === ""} data-testid="submit-sign-in-again">
          {busy ? t("components-sign-in-signing") : t("components-sign-in-again")}
        </button>
      </div>
      {problem && <ErrorNotice error={problem} />}
    </form>
  );
}
