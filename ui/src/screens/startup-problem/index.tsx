import type { StartupProblem } from "../../bindings";
import { ErrorNotice } from "../../components/ErrorNotice";
import { useWords } from "../../i18n";

/**
 * Shown instead of the app when Callboard could not open its files (already open elsewhere,
 * a damaged settings file, a history from a newer version…): what happened, what to do, and
 * where the files are. Nothing else works in this state, so nothing else is offered.
 */
export function StartupProblemScreen({ problem }: { problem: StartupProblem }) {
  const { t } = useWords();
  return (
    <div className="app">
      <main className="content" data-testid="startup-problem">
        <section className="screen" aria-labelledby="startup-problem-title">
          <h1 id="startup-problem-title">{t("startup-title")}</h1>
          <ErrorNotice error={problem.explanation} />
          {problem.data_folder && (
            <p>
              {t("startup-folder")} <code data-testid="startup-problem-folder">{problem.data_folder}</code>
            </p>
          )}
          <p>{t("startup-close")}</p>
        </section>
      </main>
    </div>
  );
}
