import type { StartupProblem } from "../../bindings";
import { ErrorNotice } from "../../components/ErrorNotice";

/**
 * Shown instead of the app when Callboard could not open its files (already open elsewhere,
 * a damaged settings file, a history from a newer version…): what happened, what to do, and
 * where the files are. Nothing else works in this state, so nothing else is offered.
 */
export function StartupProblemScreen({ problem }: { problem: StartupProblem }) {
  return (
    <div className="app">
      <main className="content" data-testid="startup-problem">
        <section className="screen" aria-labelledby="startup-problem-title">
          <h1 id="startup-problem-title">Callboard could not start</h1>
          <ErrorNotice error={problem.explanation} />
          {problem.data_folder && (
            <p>
              Callboard keeps its files (your settings and the history of what was sent) in{" "}
              <code data-testid="startup-problem-folder">{problem.data_folder}</code>
            </p>
          )}
          <p>Close this window when you are done, then open Callboard again.</p>
        </section>
      </main>
    </div>
  );
}
