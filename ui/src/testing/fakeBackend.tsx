import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import type { Backend } from "../backend";
import { BackendProvider } from "../backend";
import type { Explanation } from "../bindings";

/** A backend with nothing in it and no demo; tests override the commands they care about. */
export function fakeBackend(overrides: Partial<Backend> = {}): Backend {
  return {
    appInfo: async () => ({
      version: "0.1.0",
      demo: false,
      getvocal_url: "https://getvocal.example",
      awaz_url: "https://awaz.example",
    }),
    getvocalPersonas: async () => ({ status: "ok", data: [] }),
    awazAgents: async () => ({ status: "ok", data: [] }),
    awazPhones: async () => ({ status: "ok", data: [] }),
    ...overrides,
  };
}

export function renderWithBackend(ui: ReactElement, backend: Backend) {
  return render(<BackendProvider backend={backend}>{ui}</BackendProvider>);
}

export function explanation(overrides: Partial<Explanation> = {}): Explanation {
  return {
    code: "getvocal_unreachable",
    title: "GetVocal could not be reached",
    next_step: "Check your internet connection, then try again.",
    field: null,
    detail: "connection refused (127.0.0.1:9)",
    ...overrides,
  };
}
