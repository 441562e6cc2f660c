import { useEffect, useMemo, useReducer, useState } from "react";
import type { AppInfo, StartupProblem } from "./bindings";
import { BackendProvider, useBackend, type Backend } from "./backend";
import { DemoBanner } from "./components/DemoBanner";
import { MainNav } from "./components/MainNav";
import { NavigationProvider, type Navigation } from "./navigation";
import { afterOpening } from "./opening";
import { rememberPreferences } from "./preferences";
import { screens, type ScreenId } from "./screens";
import { CallScreen } from "./screens/call";
import { StartupProblemScreen } from "./screens/startup-problem";

/** Commands after which demo mode may have ended (a real account was added). */
const ADDING_AN_ACCOUNT = new Set<string>(["addGetvocalAccountWithPassword", "addGetvocalAccountWithApiKey", "addAwazAccount"]);

/**
 * The backend the screens get: the same commands, except that adding an account calls
 * `changed` once it succeeds, so what depends on demo mode (the banner) is asked again.
 * Each command keeps one identity, since screens load again when a command's identity changes.
 */
function watchingAccountAdditions(backend: Backend, changed: () => void): Backend {
  const wrapped = new Map<string, unknown>();
  return new Proxy(backend, {
    get(target, name) {
      const command: unknown = Reflect.get(target, name);
      if (typeof name !== "string" || !ADDING_AN_ACCOUNT.has(name) || typeof command !== "function") return command;
      if (!wrapped.has(name)) {
        wrapped.set(name, async (...args: unknown[]) => {
          const result = await command(...args);
          if (result?.status === "ok") changed();
          return result;
        });
      }
      return wrapped.get(name);
    },
  });
}

export function App() {
  const engine = useBackend();
  // Callboard opens after the first paint: the frame and the screen show at once, and every
  // command waits for the opening (see opening.ts).
  const backend = useMemo(() => afterOpening(engine, engine.startupProblem()), [engine]);
  const [selected, setSelected] = useState<ScreenId>("home");
  // A call's page, shown over the screen it was opened from (kept, with its filters, for "Back").
  const [openedCall, setOpenedCall] = useState<string | null>(null);
  const navigation: Navigation = useMemo(() => ({ openCall: setOpenedCall }), []);
  // Unknown until the engine answers; without an answer the app simply shows no banner or version.
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<StartupProblem | null>(null);
  const [accountsAdded, accountAdded] = useReducer((count: number) => count + 1, 0);
  const screensBackend = useMemo(() => watchingAccountAdditions(backend, accountAdded), [backend]);

  useEffect(() => {
    let current = true;
    backend.startupProblem().then(
      (answer) => {
        if (current) setProblem(answer);
      },
      () => {
        // An engine that does not answer is reported by the screens themselves.
      },
    );
    return () => {
      current = false;
    };
  }, [backend]);

  // Dates and phone numbers are written for the person's region and zone (see when.ts, phone.ts).
  useEffect(() => {
    backend.getSettings().then(
      (settings) => rememberPreferences(settings.preferences),
      () => {
        // Without Settings, this computer's language and zone stand in.
      },
    );
  }, [backend]);

  useEffect(() => {
    let current = true;
    backend.appInfo().then(
      (answer) => {
        if (current) setInfo(answer);
      },
      () => {
        // Screens report an unreachable engine themselves, with a way to retry.
      },
    );
    return () => {
      current = false;
    };
    // Asked again after each account added: the first real one ends demo mode.
  }, [backend, accountsAdded]);

  if (problem) return <StartupProblemScreen problem={problem} />;

  const SelectedScreen = screens.find((screen) => screen.id === selected)!.Component;

  return (
    <div className="app">
      {info?.demo && <DemoBanner />}
      <div className="app-body">
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Callboard
          </div>
          <MainNav
            selected={selected}
            onSelect={(id) => {
              setOpenedCall(null);
              setSelected(id);
            }}
          />
          {info && <p className="version">Version {info.version}</p>}
        </aside>
        <main className="content">
          <BackendProvider backend={screensBackend}>
            <NavigationProvider value={navigation}>
              <div hidden={openedCall !== null}>
                <SelectedScreen />
              </div>
              {openedCall && <CallScreen key={openedCall} callKey={openedCall} onBack={() => setOpenedCall(null)} />}
            </NavigationProvider>
          </BackendProvider>
        </main>
      </div>
    </div>
  );
}
