import { isTauri } from "@tauri-apps/api/core";
import type { Explanation } from "./bindings";
import { words } from "./i18n";

/**
 * Turns something thrown by a backend call (not a returned `Explanation`) into a `Explanation`,
 * so every failure reaches the user the same way.
 */
export function thrownToExplanation(thrown: unknown): Explanation {
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  const { t } = words();
  if (!isTauri()) {
    return {
      code: "engine_unavailable",
      args: {},
      title: t("app-error-engine-unavailable"),
      next_step: t("app-error-engine-unavailable.next"),
      field: null,
      detail,
    };
  }
  return {
    code: "unexpected",
    args: {},
    title: t("app-error-unexpected"),
    next_step: t("app-error-unexpected.next"),
    field: null,
    detail,
  };
}
