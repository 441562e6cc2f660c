import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { LeadEntry, UpcomingCall } from "../../bindings";
import { fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { accounts, done } from "../../testing/getvocalFixtures";
import { ScheduleScreen } from "../schedule";
import { NavigationProvider } from "../../navigation";
import { rememberPreferences } from "../../preferences";
import { formatMoment } from "../../when";
import { UpcomingCalls } from "../schedule/Upcoming";
import { LeadsScreen } from ".";

// Dates are written for a reader in Paris, the way Settings would set it.
beforeEach(() => rememberPreferences({ default_country: "FR", time_zone: "Europe/Paris" }));

function lead(overrides: Partial<LeadEntry>): LeadEntry {
  return {
    account_id: "acc-1",
    account_name: "Acme – GetVocal",
    lead_id: "lead-1",
    name: "Marie Dupont",
    phone_number: "+33612345678",
    customer_lead_id: null,
    created_at: "2026-11-24T13:00:00Z",
    last_call: null,
    last_call_key: null,
    calls: "no_call",
    imported: false,
    callee_zones: ["Europe/Paris"],
    ...overrides,
  };
}

const book = [
  lead({ lead_id: "lead-1", name: "Marie Dupont", calls: "waiting", last_call: "2026-11-25T14:00:00Z" }),
  lead({ lead_id: "lead-2", name: "Jean Martin", phone_number: "+33698765432", customer_lead_id: "CRM-7" }),
  lead({
    lead_id: "lead-3",
    name: "Ann Lee",
    phone_number: "+442079460958",
    calls: "called",
    imported: true,
    callee_zones: ["Europe/London"],
    last_call_key: "bulk:3:2:call",
  }),
];

describe("Leads list", () => {
  it("lists the leads with their calls in words, searches them, and offers no Edit (GetVocal has no route for it)", async () => {
    const user = userEvent.setup();
    renderWithBackend(<LeadsScreen />, fakeBackend({ listAccounts: accounts, leadsBook: async () => ({ status: "ok", data: book }) }));
    const rows = await screen.findAllByTestId("lead-row");
    expect(rows.map((row) => within(row).getByTestId("lead-calls").textContent)).toEqual(["Call waiting", "Not called yet", "Called"]);
    expect(screen.queryByText(/^Edit/)).toBeNull();
    expect(screen.getByText(/GetVocal has no way to change a lead/)).toBeTruthy();
    // Ann Lee came from an import, lives on London's clock, and her last call can be opened.
    expect(rows.map((row) => within(row).getByTestId("lead-their-time").textContent)).toEqual([
      "Same as yours",
      "Same as yours",
      expect.stringMatching(/^\d{1,2}:\d{2}( [AP]M)? \(London time\)$/),
    ]);
    expect(within(rows[2]).getByText("Import")).toBeTruthy();
    expect(rows.map((row) => within(row).queryByTestId("lead-open-call") !== null)).toEqual([false, false, true]);

    await user.type(screen.getByTestId("leads-search"), "crm-7");
    expect(screen.getAllByTestId("lead-row").map((row) => row.textContent)).toEqual([expect.stringContaining("Jean Martin")]);
    await user.clear(screen.getByTestId("leads-search"));
    await user.type(screen.getByTestId("leads-search"), "7946");
    expect(screen.getAllByTestId("lead-row").map((row) => row.textContent)).toEqual([expect.stringContaining("Ann Lee")]);
  });

  it("cancels the waiting calls of several people once each, after one red confirmation, and says how it finished", async () => {
    const user = userEvent.setup();
    const getvocalCancelCalls = vi.fn(async (_account: string, _key: string, leadId: string) =>
      done({ lead_id: leadId, cancelled: leadId === "lead-1" ? 2 : 0 }),
    );
    renderWithBackend(<LeadsScreen />, fakeBackend({ listAccounts: accounts, leadsBook: async () => ({ status: "ok", data: book }), getvocalCancelCalls }));
    const rows = await screen.findAllByTestId("lead-row");
    await user.click(within(rows[0]).getByTestId("lead-choose"));
    await user.click(within(rows[1]).getByTestId("lead-choose"));
    await user.click(screen.getByTestId("cancel-selected"));
    expect(screen.getByTestId("dialog-cancel-selected").textContent).toContain("Cancel every waiting call of 2 people?");
    expect(getvocalCancelCalls).not.toHaveBeenCalled();
    await user.dblClick(screen.getByTestId("confirm-cancel-selected"));

    const finished = await screen.findByTestId("result-cancel-selected");
    expect(finished.textContent).toContain("Finished: 2 waiting calls of 2 people cancelled.");
    expect(getvocalCancelCalls.mock.calls.map((call) => call[2])).toEqual(["lead-1", "lead-2"]);
    expect(new Set(getvocalCancelCalls.mock.calls.map((call) => call[1])).size).toBe(2);
  });

  it("opens the call form for one lead, with that lead chosen", async () => {
    const user = userEvent.setup();
    renderWithBackend(
      <LeadsScreen />,
      fakeBackend({
        listAccounts: accounts,
        leadsBook: async () => ({ status: "ok", data: book }),
        getvocalPersonas: async () => ({ status: "ok", data: [{ id: "p-1", name: "Clara", type: null }] }),
        getvocalKnownLeads: async () => ({
          status: "ok",
          data: book.map((entry) => ({
            id: entry.lead_id,
            name: entry.name,
            phone_number: entry.phone_number,
            customer_lead_id: null,
            created_at: entry.created_at,
          })),
        }),
        scheduleTimeZones: async () => ({ zones: ["Europe/Paris"], default_zone: "Europe/Paris" }),
      }),
    );
    const rows = await screen.findAllByTestId("lead-row");
    await user.click(within(rows[2]).getByTestId("lead-call"));
    const panel = screen.getByTestId("lead-call-panel");
    expect(((await within(panel).findByTestId("field-lead")) as HTMLSelectElement).value).toBe("lead-3");
  });
});

describe("Upcoming calls", () => {
  const upcoming: UpcomingCall[] = [
    {
      key: "journal:7",
      platform: "getvocal",
      account_id: "acc-1",
      account_name: "Acme – GetVocal",
      who: "Marie Dupont",
      phone_number: "+33612345678",
      at: "2026-11-25T14:00:00Z",
      agent_id: "p-1",
      lead_id: "lead-1",
      callee_zones: ["Europe/Paris"],
    },
    {
      key: "bulk:3:2:call",
      platform: "awaz",
      account_id: "acc-awaz",
      account_name: "Acme – Awaz",
      who: "Ann Lee",
      phone_number: "+442079460958",
      at: "2026-11-26T09:00:00+01:00",
      agent_id: "ag-1",
      lead_id: null,
      callee_zones: ["Europe/London"],
    },
  ];

  it("shows both platforms in one list, with agent names, and cancel only where the platform allows it", async () => {
    const user = userEvent.setup();
    renderWithBackend(
      <ScheduleScreen />,
      fakeBackend({
        listAccounts: accounts,
        upcomingCalls: async () => ({ status: "ok", data: upcoming }),
        getvocalPersonas: async () => ({ status: "ok", data: [{ id: "p-1", name: "Clara", type: null }] }),
        getvocalKnownLeads: async () => ({ status: "ok", data: [] }),
        scheduleTimeZones: async () => ({ zones: ["Europe/Paris"], default_zone: "Europe/Paris" }),
      }),
    );
    await user.click(await screen.findByTestId("tab-upcoming"));
    const rows = await screen.findAllByTestId("upcoming-row");
    expect(rows.map((row) => row.dataset.platform)).toEqual(["getvocal", "awaz"]);
    expect(await within(rows[0]).findByText("Clara")).toBeTruthy();
    expect(within(rows[0]).queryByTestId("upcoming-choose")).not.toBeNull();
    expect(within(rows[1]).queryByTestId("upcoming-choose")).toBeNull();
    expect(screen.getByText(/Awaz calls can't be cancelled from Callboard/)).toBeTruthy();
    // A Paris reader: the London callee's own clock is named, a Paris callee's is not repeated.
    expect(within(rows[0]).queryByTestId("upcoming-their-time")).toBeNull();
    expect(within(rows[1]).getByTestId("upcoming-their-time").textContent).toBe(`Their time: ${formatMoment("2026-11-26T08:00:00Z", "Europe/London")}`);
    expect(within(rows[1]).getByTestId("upcoming-their-time").textContent).toMatch(/8:00.*\(London time\)$/);
  });

  it("opens a call's page from its row", async () => {
    const user = userEvent.setup();
    const openCall = vi.fn();
    renderWithBackend(
      <NavigationProvider value={{ openCall }}>
        <UpcomingCalls />
      </NavigationProvider>,
      fakeBackend({ listAccounts: accounts, upcomingCalls: async () => ({ status: "ok", data: upcoming }) }),
    );
    const rows = await screen.findAllByTestId("upcoming-row");
    await user.click(within(rows[1]).getByTestId("open-call"));
    expect(openCall).toHaveBeenCalledWith("bulk:3:2:call");
  });
});
