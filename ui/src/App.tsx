import { Suspense, useCallback, useEffect, useMemo, useReducer, useState, type ComponentProps, type ReactNode } from "react";
import type { CallScreen as CallPage } from "./screens/call";
import type { AppInfo, StartupProblem } from "./bindings";
import { BackendProvider, useBackend, type Backend } from "./backend";
import { CommandPalette, MODIFIER, type PaletteTarget } from "./components/CommandPalette";
import { DemoBanner } from "./components/DemoBanner";
import { Loading } from "./components/Loading";
import { DueTopUpsBanner } from "./screens/clients/DueTopUps";
import { isLanguage, languageOfSystem, useWords, WordsProvider, type Language } from "./i18n";
import { MainNav } from "./components/MainNav";
import { NavigationProvider, type Navigation } from "./navigation";
import { afterOpening } from "./opening";
import { PhonesReady } from "./phone";
import { rememberPreferences } from "./preferences";
import { later, screens, type ScreenId } from "./screens";
import { StartupProblemScreen } from "./screens/startup-problem";

/** A call's page: its code loads the first time a call is opened, like a screen's. */
const CallScreen = later<"CallScreen", ComponentProps<typeof CallPage>>(() => import("./screens/call"), "CallScreen");

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

/** The product's name; its words come from the catalogue like every other (the pseudo-locale marks it). */
function Brand() {
  const { t } = useWords();
  return <>{t("app-brand")}</>;
}

function Version({ version }: { version: string }) {
  const { t } = useWords();
  return <p className="version">{t("app-version", { version })}</p>;
}

export function App() {
  const engine = useBackend();
  // Callboard opens after the first paint: the frame and the screen show at once, and every
  // command waits for the opening (see opening.ts).
  const backend = useMemo(() => afterOpening(engine, engine.startupProblem()), [engine]);
  const [selected, setSelected] = useState<ScreenId>("home");
  // A call's page, shown over the screen it was opened from (kept, with its filters, for "Back").
  const [openedCall, setOpenedCall] = useState<string | null>(null);
  // Unknown until the engine answers; without an answer the app simply shows no banner or version.
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<StartupProblem | null>(null);
  // The system's language until the engine says which one Settings chose.
  const [language, setLanguage] = useState<Language>(() => languageOfSystem(navigator.language));
  // The window switches at once; the engine saves the choice and words its own sentences in it.
  const chooseLanguage = useCallback(
    (chosen: Language) => {
      setLanguage(chosen);
      backend.setLanguage(chosen).catch(() => {
        // Not saved: the window still speaks it until the next start.
      });
    },
    [backend],
  );
  const [paletteOpen, setPaletteOpen] = useState(false);
  const openScreen = useCallback((id: ScreenId) => {
    setOpenedCall(null);
    setSelected(id);
  }, []);
  const navigation: Navigation = useMemo(
    () => ({
      openCall: setOpenedCall,
      openScreen: (id: string) => {
        if (screens.some((screen) => screen.id === id)) openScreen(id as ScreenId);
      },
    }),
    [openScreen],
  );
  useShortcuts(openScreen, () => setPaletteOpen(true));
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
        if (!current) return;
        setInfo(answer);
        if (isLanguage(answer.language)) setLanguage(answer.language);
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

  const SelectedScreen = screens.find((screen) => screen.id === selected)!.Component;

  return (
    <WordsProvider language={language} choose={chooseLanguage}>
      {problem ? (
        <StartupProblemScreen problem={problem} />
      ) : (
        <div className="app">
          {info?.demo && <DemoBanner />}
          <div className="app-body">
            <aside className="sidebar">
              <div className="brand">
                <span className="brand-mark" aria-hidden="true" />
                <Brand />
              </div>
              <button type="button" className="palette-button" data-testid="open-palette" onClick={() => setPaletteOpen(true)}>
                <GoToLabel />
              </button>
              <MainNav selected={selected} onSelect={openScreen} />
              {info && <Version version={info.version} />}
            </aside>
            <main className="content">
              <BackendProvider backend={screensBackend}>
                <NavigationProvider value={navigation}>
                  {selected !== "clients" && <DueTopUpsBanner onOpen={() => openScreen("clients")} />}
                  <div hidden={openedCall !== null}>
                    <WhenLoaded>
                      <SelectedScreen />
                    </WhenLoaded>
                  </div>
                  {openedCall && (
                    <WhenLoaded>
                      <CallScreen key={openedCall} callKey={openedCall} onBack={() => setOpenedCall(null)} />
                    </WhenLoaded>
                  )}
                  {paletteOpen && (
                    <Palette
                      onClose={() => setPaletteOpen(false)}
                      onChoose={(target) => {
                        setPaletteOpen(false);
                        if ("call" in target) setOpenedCall(target.call);
                        else openScreen(target.screen);
                      }}
                    />
                  )}
                </NavigationProvider>
              </BackendProvider>
            </main>
          </div>
        </div>
      )}
    </WordsProvider>
  );
}

/** Ctrl/Cmd+K opens the palette; Ctrl/Cmd+1…9 open the screens in the sidebar's order. */
function useShortcuts(openScreen: (id: ScreenId) => void, openPalette: () => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() === "k") {
        event.preventDefault();
        openPalette();
        return;
      }
      const screen = /^[1-9]$/.test(event.key) ? screens[Number(event.key) - 1] : undefined;
      if (screen) {
        event.preventDefault();
        openScreen(screen.id);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [openScreen, openPalette]);
}

/** The palette, giving focus back to where it was when it closes. */
function Palette({ onChoose, onClose }: { onChoose: (target: PaletteTarget) => void; onClose: () => void }) {
  const [before] = useState(() => document.activeElement as HTMLElement | null);
  useEffect(() => () => before?.focus(), [before]);
  return <CommandPalette onChoose={onChoose} onClose={onClose} />;
}

function GoToLabel() {
  const { t } = useWords();
  return <>{t("palette-open", { modifier: MODIFIER })}</>;
}

/** A page once its code and the phone library have loaded, "Loading" until then. */
function WhenLoaded({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<ScreenLoading />}>
      <PhonesReady>{children}</PhonesReady>
    </Suspense>
  );
}

function ScreenLoading() {
  const { t } = useWords();
  return <Loading label={t("app-loading-screen")} />;
}
