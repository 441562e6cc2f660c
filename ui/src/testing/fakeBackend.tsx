import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Backend } from "../backend";
import { BackendProvider } from "../backend";
import { fakePushes, type FakePushes } from "./fakePushes";
import type { AccountSummary, Explanation, Settings, UpdateStatus } from "../bindings";

/** A backend with no accounts and no demo; tests override the commands they care about. */
const defaults: Partial<Backend> = {
  appInfo: async () => ({
    version: "0.1.0",
    language: "en",
    demo: false,
    demo_servers: null,
    places: {
      settings_file: "/home/ana/.local/share/app.callboard.desktop/settings.json",
      journal_file: "/home/ana/.local/share/app.callboard.desktop/callboard.sqlite3",
      keychain: "your computer's keyring, under the name “app.callboard.desktop”",
    },
  }),
  listAccounts: async () => ({ status: "ok", data: [] }),
  getSettings: async () => settings(),
  savePreferences: async (preferences) => ({ status: "ok", data: settings({ preferences }) }),
  getvocalPersonas: async () => ({ status: "ok", data: [] }),
  awazAgents: async () => ({ status: "ok", data: [] }),
  awazPhones: async () => ({ status: "ok", data: [] }),
  bulkJobs: async () => ({ status: "ok", data: [] }),
  leadsBook: async () => ({ status: "ok", data: [] }),
  upcomingCalls: async () => ({ status: "ok", data: [] }),
  callsToCheck: async () => ({ status: "ok", data: [] }),
  awazTopUps: async () => ({ status: "ok", data: [] }),
  updateStatus: async () => ({ status: "ok", data: updateStatus() }),
  // An empty client book with nothing due and no batch.
  clientsList: async () => ({ status: "ok", data: [] }),
  clientsFillFromHistory: async () => ({ status: "ok", data: [] }),
  batchesList: async () => ({ status: "ok", data: [] }),
  dueTopUps: async () => ({ status: "ok", data: [] }),
  plansList: async () => ({ status: "ok", data: [] }),
  // Local times and do-not-call entries, as for numbers of unknown zones nobody listed.
  callingCallees: async (phones) => ({ status: "ok", data: phones.map((phone) => ({ phone, local_time: null, listed: null })) }),
};

/**
 * The fake backend. A command a test neither overrides nor finds in the defaults fails the way
 * an unreachable engine does (the promise rejects), so a forgotten fake shows up as an error
 * notice instead of passing silently.
 */
export function fakeBackend(overrides: Partial<Backend> = {}): Backend {
  const known: Record<string, unknown> = { ...defaults, ...overrides };
  const missing = new Map<string, () => Promise<never>>();
  return new Proxy(known, {
    get(target, name) {
      if (typeof name !== "string" || name in target) return target[name as string];
      // One function per name, so screens that load on a command's identity load once.
      if (!missing.has(name)) {
        missing.set(name, async () => {
          throw new Error(`The fake backend has no "${name}" in this test`);
        });
      }
      return missing.get(name);
    },
  }) as Backend;
}

/** Renders `ui` with `backend` and a cache of its own; `pushes` is what the engine pushes (nothing, unless the test pushes). */
export function renderWithBackend(ui: ReactElement, backend: Backend, pushes: FakePushes = fakePushes()) {
  return render(
    <BackendProvider backend={backend} pushes={pushes}>
      {ui}
    </BackendProvider>,
  );
}

export function explanation(overrides: Partial<Explanation> = {}): Explanation {
  return {
    code: "getvocal_unreachable",
    args: {},
    title: "GetVocal could not be reached",
    next_step: "Check your internet connection, then try again.",
    field: null,
    detail: "connection refused (127.0.0.1:9)",
    ...overrides,
  };
}

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    accounts: [],
    preferences: { default_country: "US", time_zone: null },
    recent_workspaces: [],
    ...overrides,
  };
}

export function account(overrides: Partial<AccountSummary> = {}): AccountSummary {
  return {
    id: "acc-getvocal",
    name: "Acme – GetVocal",
    platform: "getvocal",
    base_url: "https://nexus.production.getvocal.ai/v1",
    company_id: "acme",
    signed_in_as: "ana@acme.test",
    by_api_key: false,
    status: "Connected",
    remember: true,
    demo: false,
    ...overrides,
  };
}

/** Settings → Updates before any check: version 0.1.0, automatic checks on. */
export function updateStatus(overrides: Partial<UpdateStatus> = {}): UpdateStatus {
  return {
    current_version: "0.1.0",
    phase: "idle",
    found: null,
    up_to_date: false,
    downloaded: 0,
    download_size: null,
    problem: null,
    choices: { check_automatically: true, last_checked: null, updated_from: null },
    ...overrides,
  };
}
