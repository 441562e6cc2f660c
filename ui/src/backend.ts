import { createContext, createElement, useContext, type ReactNode } from "react";
import { commands, type Explanation } from "./bindings";

/** Everything the UI may ask of the Rust side: exactly the generated `commands`. */
export type Backend = typeof commands;

// Screens read the backend from context, so tests can hand them a fake with the same type.
const BackendContext = createContext<Backend>(commands);

export function BackendProvider({ backend, children }: { backend: Backend; children: ReactNode }) {
  return createElement(BackendContext.Provider, { value: backend }, children);
}

export function useBackend(): Backend {
  return useContext(BackendContext);
}

/** What every fallible command resolves to (the shape tauri-specta's runtime returns). */
export type Result<T, E = Explanation> = { status: "ok"; data: T } | { status: "error"; error: E };
