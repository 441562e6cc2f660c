import type { AccountSummary, ActionRecord, Sent } from "../bindings";

/** A connected GetVocal account, as `listAccounts` returns it. */
export function getvocalAccount(overrides: Partial<AccountSummary> = {}): AccountSummary {
  return {
    id: "acc-1",
    name: "Acme – GetVocal",
    platform: "getvocal",
    base_url: "https://getvocal.example/v1",
    company_id: "acme",
    signed_in_as: "ana@acme.example",
    by_api_key: false,
    status: "Connected",
    remember: true,
    demo: false,
    ...overrides,
  };
}

export function record(overrides: Partial<ActionRecord> = {}): ActionRecord {
  return {
    id: 1,
    action_key: "key-1",
    kind: "get_vocal_lead",
    platform: "getvocal",
    account_id: "acc-1",
    account_name: "Acme – GetVocal",
    summary: "Create the lead Marie Dupont (+33612345678)",
    subject: "+33612345678",
    request: '{"phone_number":"+33612345678"}',
    state: "Succeeded",
    response: null,
    error: null,
    created_at: "2026-11-24T14:00:00Z",
    finished_at: "2026-11-24T14:00:01Z",
    ...overrides,
  };
}

/** A succeeded action's answer, as the engine returns it. */
export function done<T>(answer: T, overrides: Partial<ActionRecord> = {}): { status: "ok"; data: Sent<T> } {
  return { status: "ok", data: { record: record(overrides), answer } };
}

/** An action whose answer never came back. */
export function unknown<T>(): { status: "ok"; data: Sent<T> } {
  return {
    status: "ok",
    data: { record: record({ state: "Unknown", error: "GetVocal did not answer in time.", finished_at: null }), answer: null },
  };
}

export const accounts = async () => ({ status: "ok" as const, data: [getvocalAccount()] });
