import { useEffect, useState } from "react";
import type { AppInfo } from "./bindings";
import { useBackend } from "./backend";
import { DemoBanner } from "./components/DemoBanner";
import { screens, type ScreenId } from "./screens";

export function App() {
  const backend = useBackend();
  const [selected, setSelected] = useState<ScreenId>("home");
  // Unknown until the engine answers; without an answer the app simply shows no banner or version.
  const [info, setInfo] = useState<AppInfo | null>(null);

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
  }, [backend]);

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
          <nav aria-label="Main">
            <ul>
              {screens.map((screen) => (
                <li key={screen.id}>
                  <button
                    type="button"
                    className="nav-item"
                    data-testid={`nav-${screen.id}`}
                    aria-current={screen.id === selected ? "page" : undefined}
                    onClick={() => setSelected(screen.id)}
                  >
                    {screen.label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {info && <p className="version">Version {info.version}</p>}
        </aside>
        <main className="content">
          <SelectedScreen />
        </main>
      </div>
    </div>
  );
}
