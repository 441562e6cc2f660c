import type { HistoryRow } from "../../bindings";
import { words } from "../../i18n";

const kindIds: Record<HistoryRow["kind"], string> = {
  call: "history-kind-call",
  lead: "history-kind-lead",
  top_up: "history-kind-top-up",
  contact: "history-kind-contact",
  webhook: "history-kind-webhook",
  api_key: "history-kind-api-key",
  cancel: "history-kind-cancel",
};

/** What each entry is, in the language on screen: each name is worded when it is read. */
export const kinds = Object.defineProperties(
  {},
  Object.fromEntries(Object.entries(kindIds).map(([kind, id]) => [kind, { get: () => words().t(id), enumerable: true }])),
) as Record<HistoryRow["kind"], string>;
