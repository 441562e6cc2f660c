import { isTauri } from "@tauri-apps/api/core";
import type { Explanation } from "./bindings";

/**
 * Turns something thrown by a backend call (not a returned `Explanation`) into a `Explanation`,
 * so every failure reaches the user the same way.
 */
export function thrownToExplanation(thrown: unknown): Explanation {
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  if (!isTauri()) {
    return {
      code: "engine_unavailable",
      title: "The app's engine is not available",
      next_step: "Open Callboard from its desktop app. This window cannot reach GetVocal or Awaz on its own.",
      field: null,
      detail,
    };
  }
  return {
    code: "unexpected",
    title: "Something went wrong inside Callboard",
    next_step: "Try again. If it keeps happening, restart Callboard.",
    field: null,
    detail,
  };
}
