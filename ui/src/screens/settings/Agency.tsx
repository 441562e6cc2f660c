import { useEffect, useId, useState, type FormEvent } from "react";
import type { Explanation } from "../../bindings";
import { useBackend } from "../../backend";
import { Card } from "../../components/Card";
import { ErrorNotice } from "../../components/ErrorNotice";
import { Field } from "../../components/Field";
import { thrownToExplanation } from "../../errors";
import { useWords } from "../../i18n";

/** The agency's name and logo, printed at the top of every client statement. */
export function AgencySection() {
  const backend = useBackend();
  const { t } = useWords();
  const [name, setName] = useState("");
  const [logo, setLogo] = useState("");
  const [problem, setProblem] = useState<Explanation | null>(null);
  const [saved, setSaved] = useState(false);
  const ids = useId();

  useEffect(() => {
    backend.getSettings().then(
      (settings) => {
        setName(settings.agency_name ?? "");
        setLogo(settings.agency_logo_path ?? "");
      },
      (thrown: unknown) => setProblem(thrownToExplanation(thrown)),
    );
  }, [backend]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const answer = await backend
      .saveAgency(name, logo.trim() || null)
      .catch((thrown: unknown) => ({ status: "error" as const, error: thrownToExplanation(thrown) }));
    if (answer.status === "ok") {
      setProblem(null);
      setSaved(true);
    } else setProblem(answer.error);
  }

  return (
    <Card title={t("settings-agency-title")} description={t("settings-agency-description")}>
      <form className="form stacked-form" onSubmit={save} data-testid="agency-form">
        <Field id={`${ids}-name`} name="agency_name" label={t("settings-agency-name")}>
          <input id={`${ids}-name`} value={name} onChange={(event) => setName(event.target.value)} data-testid="agency-name" />
        </Field>
        <Field id={`${ids}-logo`} name="agency_logo_path" label={t("settings-agency-logo")} hint={t("settings-agency-logo-hint")}>
          <input id={`${ids}-logo`} value={logo} onChange={(event) => setLogo(event.target.value)} data-testid="agency-logo" />
        </Field>
        {problem && <ErrorNotice error={problem} />}
        <div className="form-actions">
          <button type="submit" className="button" data-testid="agency-save">
            {t("settings-agency-save")}
          </button>
          {saved && (
            <span role="status" className="muted">
              {t("settings-agency-saved")}
            </span>
          )}
        </div>
      </form>
    </Card>
  );
}
