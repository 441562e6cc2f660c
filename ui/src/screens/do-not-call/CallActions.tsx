import { useId, useState, type FormEvent } from "react";
import type { Explanation } from "../../bindings";
import { useBackend, type Result } from "../../backend";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { thrownToExplanation } from "../../errors";
import { useWords } from "../../i18n";
import { formatPhone } from "../../phone";

type Asking = "refusal" | "do-not-call";

/**
 * What a person can do from a call's details when the callee does not want to be called:
 * "They said no" (a refusal for this account's calls: in France, no call for 60 full days) and
 * "Don't call again" (the number goes on the one do-not-call list, for every account and both
 * platforms). Both protect the callee, so each asks a plain confirmation naming the number.
 */
export function CallerActions({
  accountId,
  accountName,
  phone,
  call,
  reached,
}: {
  accountId: string;
  accountName: string | null;
  /** The callee's number as the call shows it. */
  phone: string;
  /** The call, for the record: "Awaz call 8f2…". */
  call: string;
  /** The person picked up: only then can they have said no. */
  reached: boolean;
}) {
  const backend = useBackend();
  const { t } = useWords();
  const ids = useId();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [who, setWho] = useState("");
  const [done, setDone] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Explanation | null>(null);
  const number = formatPhone(phone);

  async function send<T>(request: () => Promise<Result<T, Explanation>>, words: (data: T) => string) {
    setBusy(true);
    setProblem(null);
    try {
      const result = await request();
      if (result.status === "ok") {
        setDone((before) => [...before, words(result.data)]);
        setAsking(null);
      } else {
        setProblem(result.error);
      }
    } catch (thrown) {
      setProblem(thrownToExplanation(thrown));
    } finally {
      setBusy(false);
    }
  }

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (asking === "refusal") {
      send(
        () => backend.callingRecordRefusal({ account_id: accountId, phone, call, recorded_by: who }),
        (recorded) => recorded.effect,
      );
    } else {
      send(
        () =>
          backend.doNotCallAdd({
            phone,
            added_by: who,
            reason: t("do-not-call-reason-from-call", { call }),
            source: "call_details",
            account_name: accountName,
          }),
        (listed) => t("do-not-call-listed-everywhere", { phone: listed.phone }),
      );
    }
  }

  function ask(what: Asking) {
    setProblem(null);
    setAsking(what);
  }

  return (
    <div className="caller-actions" data-testid="caller-actions">
      <h3>{t("do-not-call-caller-heading")}</h3>
      {done.map((words) => (
        <p key={words} className="success-note" role="status" data-testid="caller-action-done">
          {words}
        </p>
      ))}
      {!asking && (
        <div className="form-actions">
          {reached && (
            <button type="button" className="button secondary" onClick={() => ask("refusal")} data-testid="they-said-no">
              {t("do-not-call-they-said-no")}
            </button>
          )}
          <button type="button" className="button secondary" onClick={() => ask("do-not-call")} data-testid="dont-call-again">
            {t("do-not-call-dont-call-again")}
          </button>
        </div>
      )}
      {asking && (
        <form className="form confirm-panel" onSubmit={confirm} aria-label={t("do-not-call-confirm")} data-testid={`dialog-${asking}`}>
          {asking === "refusal" ? (
            <>
              <p className="result-title">{t("do-not-call-refusal-question", { number })}</p>
              <p>{accountName ? t("do-not-call-refusal-explained", { account: accountName }) : t("do-not-call-refusal-explained-any-account")}</p>
            </>
          ) : (
            <>
              <p className="result-title">{t("do-not-call-add-question", { number })}</p>
              <p>{t("do-not-call-add-explained")}</p>
            </>
          )}
          <Field
            id={`${ids}-who`}
            name="added_by"
            label={t("do-not-call-your-name")}
            hint={t("do-not-call-caller-name-hint")}
            problem={problem?.field === "added_by" || problem?.field === "recorded_by" ? problem.title : null}
          >
            <input id={`${ids}-who`} value={who} onChange={(event) => setWho(event.target.value)} data-testid="field-caller-action-who" />
          </Field>
          {problem && problem.field !== "added_by" && problem.field !== "recorded_by" && <ErrorNotice error={problem} />}
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy || who.trim() === ""} data-testid={`confirm-${asking}`}>
              {asking === "refusal" ? t("do-not-call-record-refusal") : t("do-not-call-add-everywhere")}
            </button>
            <button type="button" className="link-button" disabled={busy} onClick={() => setAsking(null)}>
              {t("do-not-call-not-now")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
