import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AwazWait } from "./awaz/AwazWait";
import type { ActionRecord } from "./bindings";
import { account, fakeBackend, renderWithBackend } from "./testing/fakeBackend";
import { fakePushes } from "./testing/fakePushes";
import { useAction } from "./useAction";
import { useLoad } from "./useLoad";

const record: ActionRecord = {
  id: 1,
  action_key: "key-1",
  kind: "awaz_credits",
  platform: "awaz",
  account_id: "acc-awaz",
  account_name: "Acme – Awaz",
  summary: "Add 10 credits",
  subject: "north-clinic@callboard.test",
  request: "{}",
  state: "Succeeded",
  response: null,
  error: null,
  created_at: "2026-12-01T10:00:00Z",
  finished_at: "2026-12-01T10:00:01Z",
};

function Accounts() {
  const [accounts] = useLoad("listAccounts");
  return <p data-testid="accounts">{accounts.state === "ready" ? accounts.data.map((one) => one.name).join(", ") : accounts.state}</p>;
}

/** Two screens reading the same thing, and a form whose action changes it. */
function TwoReadersAndAWrite() {
  const action = useAction<number>();
  return (
    <>
      <Accounts />
      <Accounts />
      <button type="button" onClick={() => void action.run(async () => ({ status: "ok", data: { record, answer: 1 } }))}>
        Send
      </button>
    </>
  );
}

describe("The data layer", () => {
  it("asks once for what two screens read, and again after an action", async () => {
    const user = userEvent.setup();
    const names = ["Acme – GetVocal", "Acme – Awaz"];
    const listAccounts = vi.fn(async () => ({ status: "ok" as const, data: [account({ name: names[0] })] }));
    renderWithBackend(<TwoReadersAndAWrite />, fakeBackend({ listAccounts }));

    await waitFor(() => expect(screen.getAllByTestId("accounts").map((shown) => shown.textContent)).toEqual([names[0], names[0]]));
    expect(listAccounts).toHaveBeenCalledTimes(1);

    listAccounts.mockResolvedValue({ status: "ok", data: [account({ name: names[1] })] });
    await user.click(screen.getByRole("button", { name: "Send" }));
    await waitFor(() => expect(screen.getAllByTestId("accounts").map((shown) => shown.textContent)).toEqual([names[1], names[1]]));
    expect(listAccounts).toHaveBeenCalledTimes(2);
  });

  it("reads again what is on screen when the engine says an action's outcome was recorded", async () => {
    const listAccounts = vi.fn(async () => ({ status: "ok" as const, data: [account()] }));
    const pushes = fakePushes();
    renderWithBackend(<Accounts />, fakeBackend({ listAccounts }), pushes);
    await waitFor(() => expect(listAccounts).toHaveBeenCalledTimes(1));

    pushes.push("actionRecorded", { record });
    await waitFor(() => expect(listAccounts).toHaveBeenCalledTimes(2));
  });

  it("shows Awaz's wait as the engine pushes it, without asking again", async () => {
    const awazThrottle = vi.fn(async () => ({ status: "ok" as const, data: { waiting: false, until: null, message: null } }));
    const pushes = fakePushes();
    renderWithBackend(<AwazWait accountId="acc-awaz" active />, fakeBackend({ awazThrottle }), pushes);
    await waitFor(() => expect(awazThrottle).toHaveBeenCalledWith("acc-awaz"));
    expect(screen.queryByTestId("awaz-wait")).toBeNull();

    const message = "Awaz asked us to wait — continuing at 14:05. Nothing is lost; keep this window open.";
    pushes.push("awazThrottleChanged", { account_id: "another-account", throttle: { waiting: true, until: "2026-12-01T13:05:00Z", message: "not this one" } });
    pushes.push("awazThrottleChanged", { account_id: "acc-awaz", throttle: { waiting: true, until: "2026-12-01T13:05:00Z", message } });
    expect((await screen.findByTestId("awaz-wait")).textContent).toBe(message);
    pushes.push("awazThrottleChanged", { account_id: "acc-awaz", throttle: { waiting: false, until: null, message: null } });
    await waitFor(() => expect(screen.queryByTestId("awaz-wait")).toBeNull());
    expect(awazThrottle).toHaveBeenCalledTimes(1);
  });
});
