import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { account, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { fakePushes } from "../../testing/fakePushes";
import { importPreview, job, previewRow } from "../../testing/importFixtures";
import { HomeScreen } from "../home";
import type { BulkRequest, BulkReview, BulkRowView } from "../../bindings";
import { ImportScreen } from ".";
import { JobProgress } from "./Progress";

const getvocal = account();
const persona = { id: "p-1", name: "Outbound Lead Qualification", type: "outbound" };
const zones = { zones: ["Europe/Paris", "America/New_York"], default_zone: "Europe/Paris" };

/** What the engine says the rules do to the run: Marie moves to Monday, Jean is on the do-not-call list. */
const review: BulkReview = {
  moved: 1,
  refused: 1,
  consent_would_allow: 0,
  consent: null,
  moved_groups: ["1 moved to Monday 7 December 10:00, Europe/Paris: French weekend"],
  rows: [
    {
      line: 2,
      name: "Marie",
      phone: "+33612345678",
      local_time: "19:30, Europe/Paris",
      call_at: "Mon 7 Dec 10:00, Europe/Paris",
      note: "French weekend: moved to Monday 7 December 10:00 (Europe/Paris) (rule fr.hours; Code de la consommation)",
      refused: null,
    },
    {
      line: 4,
      name: "Jean",
      phone: "+33698765432",
      local_time: "19:30, Europe/Paris",
      call_at: null,
      note: null,
      refused: "Not called: +33698765432 is on the do-not-call list (added by hand by Paul on 1 Dec 2026: Asked not to be called).",
    },
  ],
};

/** The preview once line 3's phone number is corrected. */
const fixedPreview = importPreview({
  summary: { total: 3, valid: 2, with_problems: 1, duplicates: 1 },
  rows: importPreview().rows.map((row) => (row.line === 3 ? previewRow(3, ["06 98 76 54 32", "Jean", "01/02/1980"]) : row)),
});

describe("Import", () => {
  it("goes from a file to a finished run: preview, fix a cell, confirm, progress, failed rows", async () => {
    const user = userEvent.setup();
    const importOpen = vi.fn(async () => ({ status: "ok" as const, data: importPreview() }));
    const importFixCell = vi.fn(async () => ({ status: "ok" as const, data: fixedPreview }));
    const bulkStart = vi.fn(async (_request: BulkRequest) => ({ status: "ok" as const, data: job() }));
    const bulkReview = vi.fn(async (_request: BulkRequest) => ({ status: "ok" as const, data: review }));
    const statuses = [
      job({ done: 1, waiting: 1, waiting_for_budget_until: "2026-11-24T14:05:00Z" }),
      job({ state: "finished", done: 1, failed: 1, waiting: 0, finished_at: "2026-11-24T14:06:00Z" }),
    ];
    const bulkRetryRows = vi.fn(async () => ({ status: "ok" as const, data: job({ state: "running", done: 1, waiting: 1 }) }));
    const pushes = fakePushes();
    renderWithBackend(
      <ImportScreen />,
      fakeBackend({
        listAccounts: async () => ({ status: "ok", data: [getvocal] }),
        getvocalPersonas: async () => ({ status: "ok", data: [persona] }),
        scheduleTimeZones: async () => zones,
        importOpen,
        importFixCell,
        bulkStart,
        bulkReview,
        bulkFailedRows: async () => ({
          status: "ok",
          data: [
            {
              line: 4,
              name: "Jean",
              phone: "+33698765432",
              stage: "lead",
              reason: "GetVocal refused the lead: invalid phone.",
              needs_check: false,
              skipped: false,
            },
          ],
        }),
        bulkRetryRows,
      }),
      pushes,
    );

    // 1. Choose a spreadsheet: the picker's bytes go to the engine, base64-encoded.
    await user.upload(screen.getByTestId("field-file"), new File(["Téléphone;Prénom\n"], "clients.csv", { type: "text/csv" }));
    await waitFor(() => expect(importOpen).toHaveBeenCalledTimes(1));
    const source = importOpen.mock.calls[0] as unknown as [{ kind: string; name: string; base64: string }];
    expect(source[0].kind).toBe("bytes");
    expect(source[0].name).toBe("clients.csv");
    expect(new TextDecoder().decode(Uint8Array.from(atob(source[0].base64), (c) => c.charCodeAt(0)))).toBe("Téléphone;Prénom\n");

    // 2. Check the columns: how the file is read, in words, and the guessed mapping.
    expect((await screen.findByTestId("reading-words")).textContent).toBe(
      "Separated by semicolons, Western European characters (Windows), first row is a header.",
    );
    expect((screen.getByTestId("field-mapping-2") as HTMLSelectElement).value).toBe("static");
    expect(screen.getByTestId("mapping-ok")).toBeTruthy();
    await waitFor(() => expect((screen.getByTestId("field-account") as HTMLSelectElement).value).toBe("acc-getvocal"));
    await user.click(screen.getByTestId("step-next"));

    // 3. Fix the rows: counts, problems under their cell, duplicates explained.
    expect(screen.getByTestId("import-summary").textContent).toContain("1 ready");
    expect(screen.getByTestId("import-summary").textContent).toContain("1 need a fix");
    expect(screen.getByTestId("import-summary").textContent).toContain("1 duplicate");
    expect(screen.getByTestId("problem-3-0").textContent).toBe("This number is too short. Check that no digit is missing.");
    expect(screen.getByTestId("row-status-4").textContent).toBe("Duplicate of line 2");
    const cell = screen.getByTestId("field-cell-3-0");
    await user.clear(cell);
    await user.type(cell, "06 98 76 54 32{Enter}");
    await waitFor(() => expect(screen.getByTestId("row-line-3").dataset.state).toBe("ready"));
    expect(importFixCell).toHaveBeenCalledTimes(1);
    expect(importFixCell).toHaveBeenCalledWith("imp-1", 3, 0, "06 98 76 54 32");
    expect(screen.getByTestId("row-status-3").textContent).toBe("Fixed — ready");
    await user.click(screen.getByTestId("step-next"));

    // 4. Send: leads and calls within calling hours, confirmed in words, started once.
    await user.click(await screen.findByTestId("field-with-calls"));
    await user.click(screen.getByTestId("field-with-window"));
    await user.click(screen.getByTestId("submit-review-send"));
    expect((await screen.findByTestId("send-question")).textContent).toBe(
      "Create 2 leads in “Acme – GetVocal” and schedule 2 calls with “Outbound Lead Qualification” between 9:00 and 18:00 Europe/Paris, Monday to Friday, starting now, one every 60 seconds?",
    );
    // The calling rules, reviewed by the engine with the exact request: who moves where, why, and each local time.
    expect(bulkReview.mock.calls[0][0].calls?.spacing_seconds).toBe(60);
    expect(screen.getByTestId("review-moved").textContent).toBe("1 moved to Monday 7 December 10:00, Europe/Paris: French weekend");
    expect(screen.getByTestId("review-refused").textContent).toBe("1 row is refused and will not be sent: see why below.");
    expect(screen.getByTestId("review-local-2").textContent).toBe("19:30, Europe/Paris");
    expect(screen.getByTestId("review-row-2").dataset.state).toBe("moved");
    expect(screen.getByTestId("review-why-4").textContent).toMatch(/^Not called: \+33698765432 is on the do-not-call list/);
    const confirm = screen.getByTestId("confirm-send");
    await user.dblClick(confirm);
    expect(bulkStart).toHaveBeenCalledTimes(1);
    expect(bulkStart.mock.calls[0][0]).toEqual({
      import_id: "imp-1",
      account_id: "acc-getvocal",
      calls: {
        who: { platform: "getvocal", persona_id: "p-1" },
        start: { kind: "now" },
        window: { from: "09:00", to: "18:00", zone: "Europe/Paris", days: ["mon", "tue", "wed", "thu", "fri"] },
        spacing_seconds: 60,
      },
    });

    // Progress: pushed by the engine while running, Awaz's wait said in words, then the failed rows.
    await screen.findByTestId("job-7");
    pushes.push("bulkProgress", { job: statuses[0] });
    expect((await screen.findByTestId("job-throttled")).textContent).toMatch(/^Awaz asked us to wait — continuing at /);
    // Another run's progress is not this one's.
    pushes.push("bulkProgress", { job: job({ id: 8, state: "finished" }) });
    await act(() => new Promise((settled) => setTimeout(settled, 20)));
    expect(screen.getByTestId("job-7").dataset.state).toBe("running");
    pushes.push("bulkProgress", { job: statuses[1] });
    const failed = await screen.findByTestId("failed-rows");
    expect(screen.getByTestId("job-7").dataset.state).toBe("finished");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Finished: 1 done, 1 failed");
    expect(within(failed).getByTestId("failed-line-4").textContent).toContain("GetVocal refused the lead: invalid phone.");
    await user.click(screen.getByTestId("job-retry-failed"));
    expect(bulkRetryRows).toHaveBeenCalledWith(7, [4]);
    await waitFor(() => expect(screen.getByTestId("job-7").dataset.state).toBe("running"));
  });

  it("lists what keeps the mapping from being used and won't go on", async () => {
    const user = userEvent.setup();
    const importUpdate = vi.fn(async () => ({
      status: "ok" as const,
      data: importPreview({
        mapping: { columns: [{ kind: "ignored" }, { kind: "field", field: "first_name" }, { kind: "static_data", key: "DATE_DE_NAISSANCE" }] },
        mapping_problems: ["Choose the column that holds the phone number."],
      }),
    }));
    renderWithBackend(
      <ImportScreen />,
      fakeBackend({
        listAccounts: async () => ({ status: "ok", data: [getvocal] }),
        importOpen: async () => ({ status: "ok", data: importPreview() }),
        importUpdate,
      }),
    );
    await user.type(screen.getByTestId("field-path"), "/home/ana/clients.csv");
    await user.click(screen.getByTestId("submit-open-path"));

    await user.selectOptions(await screen.findByTestId("field-mapping-0"), "ignored");
    expect(importUpdate).toHaveBeenCalledWith("imp-1", {
      options: null,
      target: null,
      default_country: null,
      mapping: { columns: [{ kind: "ignored" }, { kind: "field", field: "first_name" }, { kind: "static_data", key: "DATE_DE_NAISSANCE" }] },
    });
    expect((await screen.findByTestId("mapping-problems")).textContent).toContain("Choose the column that holds the phone number.");
    expect((screen.getByTestId("step-next") as HTMLButtonElement).disabled).toBe(true);
  });

  it("asks before cancelling a running import", async () => {
    const user = userEvent.setup();
    const bulkCancel = vi.fn(async () => ({ status: "ok" as const, data: job({ state: "cancelled", done: 1, waiting: 0 }) }));
    renderWithBackend(<JobProgress initial={job({ state: "paused", done: 1, waiting: 1 })} />, fakeBackend({ bulkCancel }));

    await user.click(screen.getByTestId("job-cancel"));
    expect(screen.getByTestId("dialog-cancel-job").textContent).toContain("Stop now and leave the 1 person not yet sent?");
    expect(bulkCancel).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("confirm-cancel-job"));
    expect(bulkCancel).toHaveBeenCalledWith(7);
    await waitFor(() => expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Stopped — 1 of 2 done"));
  });
});

describe("Rows to check after a run", () => {
  const finished = job({
    platform: "awaz",
    target: "awaz_contacts",
    account_name: "Clinics – Awaz",
    state: "finished",
    total: 5,
    done: 2,
    failed: 1,
    unknown: 2,
    waiting: 0,
    finished_at: "2026-11-24T14:06:00Z",
  });
  const rows: BulkRowView[] = [
    { line: 4, name: "Jean", phone: "+33698765432", stage: "contact", reason: "Awaz refused the contact: invalid phone.", needs_check: false, skipped: false },
    {
      line: 5,
      name: "Marie",
      phone: "+33612345678",
      stage: "contact",
      reason: "No answer came back from Awaz, so this contact may or may not have been saved.",
      needs_check: true,
      skipped: false,
    },
    {
      line: 6,
      name: "Paul",
      phone: "+33611223344",
      stage: "call",
      reason: "Callboard could not find out whether this went through.",
      needs_check: true,
      skipped: false,
    },
  ];

  function render(overrides = {}) {
    const calls = {
      bulkRetryRows: vi.fn(async () => ({ status: "ok" as const, data: { ...finished, state: "running" as const, failed: 0, waiting: 1 } })),
      bulkResolveRows: vi.fn(async () => ({ status: "ok" as const, data: { ...finished, state: "running" as const, unknown: 0, waiting: 2 } })),
      bulkStatus: async () => ({ status: "ok" as const, data: { ...finished, state: "running" as const } }),
      bulkFailedRows: async () => ({ status: "ok" as const, data: rows }),
      ...overrides,
    };
    renderWithBackend(<JobProgress initial={finished} />, fakeBackend(calls));
    return calls;
  }

  it("are set apart from refused rows, and 'Retry' sends only the refused ones", async () => {
    const user = userEvent.setup();
    const { bulkRetryRows, bulkResolveRows } = render();

    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Finished: 2 done, 1 failed, 2 to check");
    const toCheck = await screen.findByTestId("rows-to-check");
    expect(within(toCheck).getByTestId("check-line-5").textContent).toContain("No answer came back from Awaz");
    expect(within(toCheck).getByTestId("check-line-6").textContent).toContain("Placing the call");
    expect(within(toCheck).queryByTestId("check-line-4")).toBeNull();
    expect(screen.getByTestId("refused-rows").textContent).not.toContain("Marie");

    const retry = screen.getByTestId("job-retry-failed");
    expect(retry.textContent).toBe("Retry these 1 row");
    await user.click(retry);
    expect(bulkRetryRows).toHaveBeenCalledWith(7, [4]);
    expect(bulkResolveRows).not.toHaveBeenCalled();
  });

  it("'did not go through' asks first, naming how many people may be called, then sends only the chosen rows", async () => {
    const user = userEvent.setup();
    const { bulkResolveRows, bulkRetryRows } = render();

    await user.click(await screen.findByTestId("field-check-line-6"));
    await user.click(screen.getByTestId("rows-not-through"));
    const dialog = screen.getByTestId("dialog-resolve-rows");
    expect(dialog.textContent).toContain("Send 1 row again?");
    expect(within(dialog).getByTestId("resolve-calls").textContent).toContain("Up to 1 person may be called.");
    expect(bulkResolveRows).not.toHaveBeenCalled();

    await user.click(within(dialog).getByTestId("confirm-resolve-rows"));
    expect(bulkResolveRows).toHaveBeenCalledWith(7, [5], "not_applied");
    expect(bulkRetryRows).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId("job-7").dataset.state).toBe("running"));
  });

  it("'went through' asks first, saying who may still be called, then settles the rows", async () => {
    const user = userEvent.setup();
    const { bulkResolveRows } = render();

    await user.click(await screen.findByTestId("rows-went-through"));
    const dialog = screen.getByTestId("dialog-resolve-rows");
    expect(dialog.textContent).toContain("Mark 2 rows as gone through?");
    expect(within(dialog).getByTestId("resolve-calls").textContent).toContain("up to 1 person may be called now");
    await user.click(within(dialog).getByTestId("cancel-resolve-rows"));
    expect(bulkResolveRows).not.toHaveBeenCalled();

    await user.click(screen.getByTestId("rows-went-through"));
    await user.click(screen.getByTestId("confirm-resolve-rows"));
    expect(bulkResolveRows).toHaveBeenCalledWith(7, [5, 6], "applied");
  });

  it("can't be settled with none chosen", async () => {
    const user = userEvent.setup();
    render();
    await user.click(await screen.findByTestId("check-all-rows"));
    expect((screen.getByTestId("rows-went-through") as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId("rows-not-through") as HTMLButtonElement).disabled).toBe(true);
  });
});

describe("Interrupted imports", () => {
  const interrupted = job({ id: 3, state: "interrupted", total: 1000, done: 620, waiting: 380 });

  it("are offered on Home, and resume there", async () => {
    const user = userEvent.setup();
    const bulkResume = vi.fn(async () => ({ status: "ok" as const, data: { ...interrupted, state: "running" as const } }));
    renderWithBackend(
      <HomeScreen />,
      fakeBackend({
        bulkJobs: async () => ({ status: "ok", data: [interrupted, job({ id: 2, state: "finished" })] }),
        bulkResume,
        bulkStatus: async () => ({ status: "ok", data: { ...interrupted, state: "running" } }),
      }),
    );

    const offer = await screen.findByTestId("interrupted-job-3");
    expect(within(offer).getByText("An import was interrupted (620 of 1,000 done).")).toBeTruthy();
    expect(screen.queryByTestId("interrupted-job-2")).toBeNull();
    await user.click(within(offer).getByTestId("resume-job-3"));
    expect(bulkResume).toHaveBeenCalledWith(3);
    expect((await screen.findByTestId("job-3")).dataset.state).toBe("running");
    expect(screen.queryByTestId("interrupted-job-3")).toBeNull();
  });

  it("can be discarded from the Import screen, after a confirmation", async () => {
    const user = userEvent.setup();
    const bulkCancel = vi.fn(async () => ({ status: "ok" as const, data: { ...interrupted, state: "cancelled" as const } }));
    renderWithBackend(<ImportScreen />, fakeBackend({ bulkJobs: async () => ({ status: "ok", data: [interrupted] }), bulkCancel }));

    await user.click(await screen.findByTestId("discard-job-3"));
    expect(bulkCancel).not.toHaveBeenCalled();
    await user.click(screen.getByTestId("confirm-discard-job-3"));
    expect(bulkCancel).toHaveBeenCalledWith(3);
    await waitFor(() => expect(screen.queryByTestId("interrupted-job-3")).toBeNull());
  });
});
