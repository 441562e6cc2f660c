import type { Backend } from "./backend";
import type { StartupProblem } from "./bindings";

/**
 * The backend once Callboard has opened. The engine opens its files (and demo mode's practice
 * platforms) after the window's first paint, so screens show at once with their own loading
 * state, and every command they send waits for the opening to end. `startupProblem` answers
 * with the one `opening` asked. Each command keeps one identity, since screens load again when
 * a command's identity changes.
 */
export function afterOpening(backend: Backend, opening: Promise<StartupProblem | null>): Backend {
  // Whatever the answer (a problem replaces the screens anyway), the command then runs.
  const opened = opening.then(
    () => undefined,
    () => undefined,
  );
  const waiting = new Map<string | symbol, unknown>();
  return new Proxy(backend, {
    get(target, name) {
      const command: unknown = Reflect.get(target, name);
      if (name === "startupProblem") return () => opening;
      if (typeof command !== "function") return command;
      if (!waiting.has(name)) {
        waiting.set(name, (...args: unknown[]) => opened.then(() => command(...args)));
      }
      return waiting.get(name);
    },
  });
}
