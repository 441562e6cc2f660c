import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { BulkReview, BulkRowView, Callee, ConsentForm } from "../../bindings";
import { account, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { importPreview, job, previewRow } from "../../testing/importFixtures";
import { FixRows, LOCAL_TIME_REFRESH_MS } from "./FixRows";
import { JobProgress } from "./Progress";
import { Send } from "./Send";

/** French, American (two zones) and a number without a known zone; one ready row is listed. */
const preview = importPreview({
  summary: { total: 4, valid: 3, with_problems: 1, duplicates: 0 },
  rows: [
    previewRow(2, ["+33 6 12 34 56 78", "Marie", ""], { values: { ...previewRow(2, []).values, phone: "+33612345678" } }),
    previewRow(3, ["+1 208 555 0100", "Ann", ""], { values: { ...previewRow(3, []).values, phone: "+12085550100" } }),
    previewRow(4, ["+33 6 11 11 11 11", "Jean", ""], { values: { ...previewRow(4, []).values, phone: "+33611111111" } }),
    previewRow(5, ["06 98 76", "Luc", ""], {
      values: { ...previewRow(5, []).values, phone: null },
      problems: [{ field: "phone", message: "Phone number: This number is too short. Check that no digit is missing." }],
    }),
  ],
});

function callees(minute: string): Callee[] {
  return [
    { phone: "+33612345678", local_time: { zones: ["Europe/Paris"], words: `19:${minute}, Europe/Paris` }, listed: null },
    {
      phone: "+12085550100",
      local_time: { zones: ["America/Denver", "America/Los_Angeles"], words: `11:${minute} America/Denver or 10:${minute} America/Los_Angeles` },
      listed: null,
    },
    {
      phone: "+33611111111",
      local_time: { zones: ["Europe/Paris"], words: `19:${minute}, Europe/Paris` },
      listed: "Not called: +33611111111 is on the do-not-call list (added by hand by Paul on 1 Dec 2026: Asked not to be called).",
    },
  ];
}

afterEach(() => {
  vi.useRealTimers();
});

describe("Import step 3: each person's local time", () => {
  it("shows each row's local time and zones, a listed number's reason, and reads them again every minute", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const answers = [callees("30"), callees("31")];
    const callingCallees = vi.fn(async (_phones: string[]) => ({ status: "ok" as const, data: answers.length > 1 ? answers.shift()! : answers[0] }));
    renderWithBackend(<FixRows preview={preview} busy={false} onFix={() => {}} />, fakeBackend({ callingCallees }));
    // Every row, not only those needing a fix.
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(screen.getByTestId("field-only-problems"));

    await waitFor(() => expect(screen.getByTestId("row-local-2").textContent).toBe("19:30, Europe/Paris"));
    expect(screen.getByRole("columnheader", { name: "Their local time" })).toBeTruthy();
    expect(screen.getByTestId("row-local-3").textContent).toBe("11:30 America/Denver or 10:30 America/Los Angeles");
    expect(screen.getByTestId("row-status-4").textContent).toBe("Do not call");
    expect(screen.getByTestId("row-status-2").textContent).toBe("Ready");
    expect(screen.getByTestId("row-local-5").textContent).toBe("—");
    expect(screen.getByTestId("row-listed-4").textContent).toMatch(/^Not called: \+33611111111 is on the do-not-call list/);
    expect(screen.queryByTestId("row-listed-2")).toBeNull();
    // Only the rows on screen are asked about, each number once.
    expect(callingCallees).toHaveBeenLastCalledWith(["+33612345678", "+12085550100", "+33611111111"]);

    await act(async () => {
      vi.advanceTimersByTime(LOCAL_TIME_REFRESH_MS);
    });
    await waitFor(() => expect(screen.getByTestId("row-local-2").textContent).toBe("19:31, Europe/Paris"));
  });

  it("says when a number's zone is unknown, and when the local times could not be read", async () => {
    const { unmount } = renderWithBackend(
      <FixRows preview={preview} busy={false} onFix={() => {}} />,
      fakeBackend({ callingCallees: async (phones) => ({ status: "ok", data: phones.map((phone) => ({ phone, local_time: null, listed: null })) }) }),
    );
    await userEvent.click(screen.getByTestId("field-only-problems"));
    await waitFor(() => expect(screen.getByTestId("row-local-2").textContent).toBe("Unknown time zone"));
    unmount();

    renderWithBackend(
      <FixRows preview={preview} busy={false} onFix={() => {}} />,
      fakeBackend({
        callingCallees: async () => {
          throw new Error("engine gone");
        },
      }),
    );
    await userEvent.click(screen.getByTestId("field-only-problems"));
    expect((await screen.findByTestId("local-times-failed")).textContent).toContain("could not be read just now");
    expect(screen.getByTestId("row-local-2").textContent).toBe("…");
  });
});

/** Marie and Luc wait for Monday under the French hours; consent would let them go now. */
const held: BulkReview = {
  moved: 2,
  refused: 0,
  moved_groups: ["2 moved to Monday 7 December 10:00, Europe/Paris: French weekend"],
  consent_would_allow: 2,
  consent: null,
  rows: [
    {
      line: 2,
      name: "Marie",
      phone: "+33612345678",
      local_time: "19:30, Europe/Paris",
      call_at: "Mon 7 Dec 10:00, Europe/Paris",
      note: "French weekend: moved to Monday 7 December 10:00 (Europe/Paris)",
      refused: null,
    },
  ],
};
const acknowledged: BulkReview = {
  ...held,
  moved: 0,
  moved_groups: [],
  consent_would_allow: 0,
  consent: {
    account_name: "Acme – GetVocal",
    list: "imp-1",
    acknowledged_by: "Paul",
    statement: "Paul confirmed holding the prior consent of every person in “clients.csv” to be called for “Acme – GetVocal”.",
    created_at: "2026-12-05T18:31:00Z",
  },
  rows: [{ ...held.rows[0], call_at: "Sat 5 Dec 19:30, Europe/Paris", note: null }],
};

function renderSend(first: BulkReview) {
  const reviews = [first, acknowledged];
  const calls = {
    getvocalPersonas: async () => ({ status: "ok" as const, data: [{ id: "p-1", name: "Outbound", type: "outbound" }] }),
    scheduleTimeZones: async () => ({ zones: ["Europe/Paris"], default_zone: "Europe/Paris" }),
    bulkReview: vi.fn(async () => ({ status: "ok" as const, data: reviews.length > 1 ? reviews.shift()! : reviews[0] })),
    callingAcknowledgeConsent: vi.fn(async (form: ConsentForm) => ({
      status: "ok" as const,
      data: { ...acknowledged.consent!, acknowledged_by: form.acknowledged_by },
    })),
    bulkStart: vi.fn(async () => ({ status: "ok" as const, data: job() })),
  };
  renderWithBackend(<Send preview={importPreview()} account={account()} onStarted={() => {}} />, fakeBackend(calls));
  return calls;
}

describe("Import step 4: I have consent for this list", () => {
  it("is offered when consent would let held calls go, says what it lifts and keeps, and is journaled before the run is reviewed again", async () => {
    const user = userEvent.setup();
    const { bulkReview, callingAcknowledgeConsent, bulkStart } = renderSend(held);
    await user.click(await screen.findByTestId("field-with-calls"));
    await user.click(screen.getByTestId("submit-review-send"));

    const form = await screen.findByTestId("consent-form");
    expect(within(form).getByTestId("consent-would-allow").textContent).toBe(
      "2 calls are moved or refused by rules that do not apply to people who agreed to be called.",
    );
    const lifts = within(form).getByTestId("consent-lifts").textContent!;
    expect(lifts).toContain("French calling days and hours");
    expect(lifts).toContain("47 CFR 64.1200(c)(1)");
    const keeps = within(form).getByTestId("consent-keeps").textContent!;
    for (const kept of ["limit on calls per person", "60 days after someone said no", "Florida", "Settings", "this client's own rules", "do-not-call list"]) {
      expect(keeps).toContain(kept);
    }
    expect(form.textContent).toContain("recorded in Callboard's journal");

    // Explicit: both the box and a name, before anything is recorded.
    const submit = within(form).getByTestId("submit-consent") as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    await user.click(within(form).getByTestId("field-consent-holds"));
    expect(submit.disabled).toBe(true);
    await user.type(within(form).getByTestId("field-consent-name"), "Paul");
    expect(callingAcknowledgeConsent).not.toHaveBeenCalled();
    await user.click(submit);

    expect(callingAcknowledgeConsent).toHaveBeenCalledWith({ account_id: "acc-getvocal", list: "imp-1", list_name: "clients.csv", acknowledged_by: "Paul" });
    expect((await screen.findByTestId("consent-acknowledged")).textContent).toContain("Paul confirmed holding the prior consent");
    expect(bulkReview).toHaveBeenCalledTimes(2);
    expect(screen.queryByTestId("consent-form")).toBeNull();
    expect(screen.queryByTestId("review-moved")).toBeNull();
    expect(screen.getByTestId("review-why-2").textContent).toBe("");

    await user.click(screen.getByTestId("confirm-send"));
    expect(bulkStart).toHaveBeenCalledTimes(1);
  });

  it("is not offered when no rule that consent lifts holds a call back", async () => {
    const user = userEvent.setup();
    renderSend({ ...held, consent_would_allow: 0 });
    await user.click(await screen.findByTestId("field-with-calls"));
    await user.click(screen.getByTestId("submit-review-send"));
    await screen.findByTestId("rules-review");
    expect(screen.queryByTestId("consent-form")).toBeNull();
    expect(screen.queryByTestId("consent-acknowledged")).toBeNull();
  });
});

describe("Rows the calling rules skipped", () => {
  const finished = job({ state: "finished", total: 3, done: 1, failed: 1, skipped: 1, waiting: 0, finished_at: "2026-12-05T18:40:00Z" });
  const rows: BulkRowView[] = [
    { line: 3, name: "Ann", phone: "+12125550100", stage: "lead", reason: "GetVocal refused the lead: invalid phone.", needs_check: false, skipped: false },
    {
      line: 2,
      name: "Marie",
      phone: "+33612345678",
      stage: "call",
      reason:
        "Not called: French refusal cool-down: said no on Tuesday 1 December 2026 22:00 (Europe/Paris); may be called again from Sunday 31 January 2027 00:00 (Europe/Paris) (Code de la consommation D223-9)",
      needs_check: false,
      skipped: true,
    },
  ];

  it("are shown apart with the rule and from when, and are never offered a retry", async () => {
    const user = userEvent.setup();
    const bulkRetryRows = vi.fn(async () => ({ status: "ok" as const, data: { ...finished, state: "running" as const } }));
    renderWithBackend(
      <JobProgress initial={finished} />,
      fakeBackend({ bulkFailedRows: async () => ({ status: "ok", data: rows }), bulkRetryRows, bulkStatus: async () => ({ status: "ok", data: finished }) }),
    );
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Finished: 1 done, 1 skipped by the calling rules, 1 failed");
    expect(screen.getByTestId("job-skipped").textContent).toBe("1");
    const skipped = await screen.findByTestId("skipped-rows");
    expect(within(skipped).getByTestId("skipped-line-2").textContent).toContain("may be called again from Sunday 31 January 2027");
    expect(screen.getByTestId("refused-rows").textContent).not.toContain("Marie");

    await user.click(screen.getByTestId("job-retry-failed"));
    expect(bulkRetryRows).toHaveBeenCalledWith(7, [3]);
  });

  it("alone, leave no retry button, only the export", async () => {
    const onlySkipped = { ...finished, failed: 0, total: 2 };
    renderWithBackend(<JobProgress initial={onlySkipped} />, fakeBackend({ bulkFailedRows: async () => ({ status: "ok", data: [rows[1]] }) }));
    await screen.findByTestId("skipped-rows");
    expect(screen.queryByTestId("job-retry-failed")).toBeNull();
    expect(screen.getByTestId("export-failed")).toBeTruthy();
  });
});
