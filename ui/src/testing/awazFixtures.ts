import type { AccountSummary, ActionRecord, AwazDirectory, Call, Sent } from "../bindings";
import { getvocalAccount, record } from "./getvocalFixtures";

/** A connected Awaz account, as `listAccounts` returns it. */
export function awazAccount(overrides: Partial<AccountSummary> = {}): AccountSummary {
  return getvocalAccount({
    id: "acc-awaz",
    name: "Clinics – Awaz",
    platform: "awaz",
    base_url: "https://api.awaz.ai",
    company_id: null,
    signed_in_as: "API key",
    by_api_key: true,
    ...overrides,
  });
}

export const awazAccounts = async () => ({ status: "ok" as const, data: [awazAccount()] });

/** A journaled Awaz top-up; the rest as GetVocal's record. */
export function awazRecord(overrides: Partial<ActionRecord> = {}): ActionRecord {
  return record({
    id: 7,
    action_key: "key-7",
    kind: "awaz_credits",
    platform: "awaz",
    account_id: "acc-awaz",
    account_name: "Clinics – Awaz",
    summary: "Add 25 credits to north-clinic@callboard.test",
    subject: "north-clinic@callboard.test",
    request: "{}",
    ...overrides,
  });
}

export function sent<T>(answer: T | null, overrides: Partial<ActionRecord> = {}): { status: "ok"; data: Sent<T> } {
  return { status: "ok", data: { record: awazRecord(overrides), answer } };
}

export const directory: AwazDirectory = {
  agents: [
    { id: "agent-1", name: "Reception assistant" },
    { id: "agent-2", name: "Appointment reminder" },
  ],
  phones: [{ id: "phone-1", number: "+12025550101" }],
  contact_lists: [{ id: "list-1", name: "Spring campaign", size: 3 }],
  skipped: 0,
};

export function call(overrides: Partial<Call> = {}): Call {
  return {
    id: "call-1",
    contact: { id: "c-1", name: "Ann Example", phone: "+12025550146", email: null },
    status: "outcome",
    extracted_variables: { appointment_date: "2026-11-03", interested: true, callback_requested: null },
    ...overrides,
  };
}
