import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { BatchLineView, BatchView, Client, DueTopUp } from "../../bindings";
import { awazAccounts } from "../../testing/awazFixtures";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { fakePushes } from "../../testing/fakePushes";
import { ClientsScreen } from ".";

function client(id: number, name: string, overrides: Partial<Client> = {}): Client {
  return {
    id,
    name,
    workspace_email: `${name.toLowerCase().replace(/ /g, "-")}@callboard.test`,
    workspace_id: null,
    account_id: "acc-awaz",
    tags: ["retainer"],
    notes: "",
    archived: false,
    next_due_on: null,
    ...overrides,
  };
}

const book = [client(1, "North Clinic"), client(2, "South Dental"), client(3, "East Vets", { tags: [] })];

function line(id: number, name: string, overrides: Partial<BatchLineView> = {}): BatchLineView {
  return {
    id,
    position: id,
    client_id: id,
    client_name: name,
    workspace: `${name.toLowerCase().replace(/ /g, "-")}@callboard.test`,
    kind: "credits",
    amount: "25",
    reference: "NOV-2026",
    account_id: "acc-awaz",
    account_name: "Clinics – Awaz",
    stage: "waiting",
    reason: null,
    action_key: `key-${id}`,
    action_id: null,
    plan_id: null,
    due_on: null,
    ...overrides,
  };
}

const noCounts = { waiting: 0, sending: 0, done: 0, refused: 0, unknown: 0, blocked: 0, skipped: 0 };

function draft(lines: BatchLineView[], overrides: Partial<BatchView> = {}): BatchView {
  return {
    id: 9,
    state: "draft",
    lines,
    totals: [{ kind: "credits", total: "50", lines: lines.length }],
    counts: { ...noCounts, waiting: lines.length },
    question: "Add 50 credits to 2 workspaces?",
    problems: [],
    created_at: "2026-12-01T10:00:00Z",
    confirmed_at: null,
    finished_at: null,
    ...overrides,
  };
}

function backend(overrides = {}) {
  return fakeBackend({ listAccounts: awazAccounts, clientsList: async () => ({ status: "ok" as const, data: book }), ...overrides });
}

describe("the client book", () => {
  it("shows a refusal on its field and keeps everything typed", async () => {
    const clientsSave = vi.fn(async () => ({
      status: "error" as const,
      error: explanation({ code: "clients.workspace_email", title: "This is not an email address.", field: "workspace_email" }),
    }));
    renderWithBackend(<ClientsScreen />, backend({ clientsSave }));
    await userEvent.click(await screen.findByTestId("client-add"));
    await userEvent.type(screen.getByTestId("client-name"), "West Physio");
    await userEvent.type(screen.getByTestId("client-workspace-email"), "west-physio");
    await userEvent.type(screen.getByTestId("client-tags"), "retainer, Paris");
    await userEvent.click(screen.getByTestId("client-save"));

    expect((await screen.findByTestId("problem-workspace_email")).textContent).toContain("This is not an email address.");
    expect((screen.getByTestId("client-name") as HTMLInputElement).value).toBe("West Physio");
    expect((screen.getByTestId("client-workspace-email") as HTMLInputElement).value).toBe("west-physio");
    expect(clientsSave).toHaveBeenCalledWith(
      expect.objectContaining({ id: null, name: "West Physio", workspace_email: "west-physio", tags: ["retainer", "Paris"] }),
    );
  });

  it("fills an empty book from past top-ups on its first opening", async () => {
    const clientsFillFromHistory = vi.fn(async () => ({ status: "ok" as const, data: [client(4, "Old Client")] }));
    renderWithBackend(<ClientsScreen />, fakeBackend({ listAccounts: awazAccounts, clientsFillFromHistory }));
    expect((await screen.findByTestId("clients-filled")).textContent).toContain("Added 1 client from your past top-ups.");
    expect(clientsFillFromHistory).toHaveBeenCalledTimes(1);
  });
});

describe("top-ups for several clients", () => {
  it("reviews the ticked clients with totals, confirms once naming them, then shows each outcome as it is pushed", async () => {
    const lines = [line(1, "North Clinic"), line(2, "South Dental")];
    const batchDraft = vi.fn(async () => ({ status: "ok" as const, data: draft(lines) }));
    const batchConfirm = vi.fn(async () => ({ status: "ok" as const, data: draft(lines, { state: "running" }) }));
    const pushes = fakePushes();
    renderWithBackend(<ClientsScreen />, backend({ batchDraft, batchConfirm }), pushes);

    const rows = await screen.findAllByTestId("client-row");
    await userEvent.click(within(rows[0]).getByTestId("client-pick"));
    await userEvent.click(within(rows[1]).getByTestId("client-pick"));
    await userEvent.click(screen.getByTestId("top-up-picked"));
    await userEvent.type(screen.getByTestId("batch-amount"), "25");
    await userEvent.type(screen.getByTestId("batch-reference"), "NOV-2026");
    await userEvent.click(screen.getByTestId("batch-review"));

    expect(batchDraft).toHaveBeenCalledWith({ from: "clients", client_ids: [1, 2], kind: "credits", amount: "25", reference: "NOV-2026" }, "acc-awaz");
    expect((await screen.findByTestId("batch-totals")).textContent).toContain("50 credits in total (2 lines)");
    expect(screen.getAllByTestId("batch-line")).toHaveLength(2);
    expect(batchConfirm).not.toHaveBeenCalled();

    await userEvent.click(screen.getByTestId("batch-send"));
    expect(screen.getByTestId("dialog-batch").textContent).toContain("Add 50 credits to 2 workspaces?");
    await userEvent.click(screen.getByTestId("confirm-batch"));
    await waitFor(() => expect(screen.getByTestId("batch").getAttribute("data-state")).toBe("running"));
    expect(batchConfirm).toHaveBeenCalledTimes(1);

    pushes.push("clientBatchProgress", {
      progress: { batch_id: 9, state: "running", line: { ...lines[0], stage: "done" }, counts: { ...noCounts, done: 1, waiting: 1 } },
    });
    pushes.push("clientBatchProgress", {
      progress: {
        batch_id: 9,
        state: "running",
        line: { ...lines[1], stage: "unknown", reason: "Awaz did not answer (502).", action_id: 31 },
        counts: { ...noCounts, done: 1, unknown: 1 },
      },
    });
    pushes.push("clientBatchProgress", { progress: { batch_id: 9, state: "finished", line: null, counts: { ...noCounts, done: 1, unknown: 1 } } });

    const outcomes = screen.getAllByTestId("batch-line-outcome");
    expect(outcomes[0].textContent).toContain("Done");
    expect(outcomes[1].textContent).toContain("Unknown — held for a check");
    expect(outcomes[1].textContent).toContain("Awaz did not answer (502).");
    expect(outcomes[1].textContent).toContain("It will not be sent again by itself.");
    expect(screen.getByTestId("batch-counts").textContent).toContain("Done: 1 · Refused: 0 · To check: 1 · Still to send: 0");
    expect(screen.getByTestId("batch").getAttribute("data-state")).toBe("finished");
  });

  it("pauses a running batch, and shows a batch left unfinished when the screen opens again", async () => {
    const paused = draft([line(1, "North Clinic", { stage: "done" }), line(2, "South Dental")], {
      state: "paused",
      counts: { ...noCounts, done: 1, waiting: 1 },
    });
    const batchResume = vi.fn(async () => ({ status: "ok" as const, data: { ...paused, state: "running" as const } }));
    const batchPause = vi.fn(async () => ({ status: "ok" as const, data: paused }));
    renderWithBackend(<ClientsScreen />, backend({ batchesList: async () => ({ status: "ok" as const, data: [paused] }), batchResume, batchPause }));

    expect((await screen.findByTestId("unfinished-batch")).textContent).toContain("1 of 2 done");
    await userEvent.click(screen.getByTestId("unfinished-open"));
    await userEvent.click(screen.getByTestId("batch-resume"));
    expect(batchResume).toHaveBeenCalledWith(9);
    await userEvent.click(await screen.findByTestId("batch-pause"));
    expect(batchPause).toHaveBeenCalledWith(9);
    await screen.findByTestId("batch-resume");
  });
});

describe("due top-ups", () => {
  const due: DueTopUp[] = [
    {
      plan_id: 5,
      due_on: "2026-11-01",
      missed: true,
      client_id: 1,
      client_name: "North Clinic",
      workspace: "north-clinic@callboard.test",
      kind: "minutes",
      amount: "500",
      reference: "Monthly",
      account_id: "acc-awaz",
    },
    {
      plan_id: 6,
      due_on: "2026-12-01",
      missed: false,
      client_id: 2,
      client_name: "South Dental",
      workspace: "south-dental@callboard.test",
      kind: "credits",
      amount: "10.5",
      reference: null,
      account_id: "acc-awaz",
    },
  ];

  it("says missed dates as such and reviews the ticked occurrences as one batch", async () => {
    const batchDraftDue = vi.fn(async () => ({ status: "ok" as const, data: draft([line(1, "South Dental", { plan_id: 6, due_on: "2026-12-01" })]) }));
    renderWithBackend(<ClientsScreen />, backend({ dueTopUps: async () => ({ status: "ok" as const, data: due }), batchDraftDue }));

    const dueLines = await screen.findAllByTestId("due-line");
    expect(dueLines[0].textContent).toContain("Missed date");
    expect(dueLines[0].textContent).toContain("500 minutes");
    expect(within(dueLines[1]).queryByTestId("due-missed")).toBeNull();
    expect(dueLines[1].textContent).toContain("10.50 credits");

    await userEvent.click(within(dueLines[0]).getByRole("checkbox"));
    await userEvent.click(screen.getByTestId("due-review"));
    expect(batchDraftDue).toHaveBeenCalledWith([{ plan_id: 6, due_on: "2026-12-01" }]);
    expect((await screen.findByTestId("batch")).getAttribute("data-state")).toBe("draft");
  });
});

describe("a client's page", () => {
  it("shows totals per month, plans a recurring top-up and saves a statement", async () => {
    const planSave = vi.fn(async () => ({
      status: "ok" as const,
      data: {
        id: 3,
        client_id: 1,
        kind: "credits" as const,
        amount: "40",
        day_of_month: 31,
        every_months: 1,
        reference: null,
        active: true,
        next_due_on: "2026-12-31",
      },
    }));
    const exportStatement = vi.fn(async () => ({ status: "ok" as const, data: { path: "/home/ana/Downloads/statement-north-clinic-2026-11.pdf", rows: 2 } }));
    const openFolder = vi.fn(async () => ({ status: "ok" as const, data: null }));
    const clientsHistory = async () => ({
      status: "ok" as const,
      data: { client: book[0], top_ups: [], months: [{ month: "2026-11", kind: "credits" as const, total: "75.5", count: 3 }] },
    });
    renderWithBackend(<ClientsScreen />, backend({ clientsHistory, planSave, exportStatement, openFolder }));

    await userEvent.click((await screen.findAllByTestId("client-open"))[0]);
    expect((await screen.findByTestId("client-months")).textContent).toContain("75.50 credits");

    await userEvent.click(screen.getByTestId("plan-add"));
    await userEvent.type(screen.getByTestId("plan-amount"), "40");
    await userEvent.clear(screen.getByTestId("plan-day"));
    await userEvent.type(screen.getByTestId("plan-day"), "31");
    await userEvent.click(screen.getByTestId("plan-save"));
    expect(planSave).toHaveBeenCalledWith({ id: null, client_id: 1, kind: "credits", amount: "40", day_of_month: 31, every_months: 1, reference: null });

    await userEvent.selectOptions(screen.getByTestId("statement-month"), "2026-11");
    await userEvent.click(screen.getByTestId("statement-save"));
    expect(exportStatement).toHaveBeenCalledWith(1, "2026-11", "pdf", null);
    expect((await screen.findByTestId("statement-saved")).textContent).toContain("statement-north-clinic-2026-11.pdf");
    await userEvent.click(screen.getByTestId("statement-saved-open-folder"));
    expect(openFolder).toHaveBeenCalledWith("downloads");
  });
});
