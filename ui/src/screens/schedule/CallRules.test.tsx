import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { BackendProvider } from "../../backend";
import { fakePushes } from "../../testing/fakePushes";
import type { CallReview, CallWhen } from "../../bindings";
import { fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { CallRules } from "./CallRules";

function review(overrides: Partial<CallReview> = {}): CallReview {
  return {
    phone: "+33612345678",
    local_time: { zones: ["Europe/Paris"], words: "19:30, Europe/Paris" },
    starts: "Mon 7 Dec 10:00, Europe/Paris",
    moved: null,
    refused: null,
    ...overrides,
  };
}

describe("CallRules", () => {
  it("names the person's local time and the rule that moves the call", async () => {
    const callingReviewCall = vi.fn(async (_account: string, _phone: string | null, _when: CallWhen) => ({
      status: "ok" as const,
      data: review({ moved: "French weekend: moved to Monday 7 December 10:00 (Europe/Paris) (rule fr.hours; Code de la consommation D223-9)" }),
    }));
    renderWithBackend(<CallRules accountId="acc-awaz" name="Marie" phone="+33 6 12 34 56 78" when={{ mode: "now" }} />, fakeBackend({ callingReviewCall }));

    expect((await screen.findByTestId("call-rules-local")).textContent).toBe("Marie's local time: 19:30, Europe/Paris");
    expect(screen.getByTestId("call-rules-moved").textContent).toBe(
      "The calling rules move this call: French weekend: moved to Monday 7 December 10:00 (Europe/Paris) (rule fr.hours; Code de la consommation D223-9)",
    );
    expect(screen.queryByTestId("call-rules-refused")).toBeNull();
    expect(callingReviewCall).toHaveBeenCalledWith("acc-awaz", "+33 6 12 34 56 78", { kind: "now" });
  });

  it("asks again with the chosen time, and shows a refusal in the rule's words", async () => {
    const callingReviewCall = vi.fn(async (_account: string, _phone: string | null, when: CallWhen) => ({
      status: "ok" as const,
      data:
        when.kind === "now"
          ? review()
          : review({
              starts: null,
              refused: "Not called: +33612345678 is on the do-not-call list (added by hand by Paul on 1 Dec 2026: Asked not to be called).",
            }),
    }));
    const backend = fakeBackend({ callingReviewCall });
    const pushes = fakePushes();
    const { rerender } = renderWithBackend(<CallRules accountId="acc-awaz" name="" phone="+33612345678" when={{ mode: "now" }} />, backend, pushes);
    expect((await screen.findByTestId("call-rules-local")).textContent).toBe("The person's local time: 19:30, Europe/Paris");

    const later = { mode: "later" as const, date: "2026-12-08", time: "11:00", zone: "Europe/Paris" };
    rerender(
      <BackendProvider backend={backend} pushes={pushes}>
        <CallRules accountId="acc-awaz" name="" phone="+33612345678" when={later} />
      </BackendProvider>,
    );
    await waitFor(() =>
      expect(callingReviewCall).toHaveBeenLastCalledWith("acc-awaz", "+33612345678", { kind: "at", date: "2026-12-08", time: "11:00", zone: "Europe/Paris" }),
    );
    expect((await screen.findByTestId("call-rules-refused")).textContent).toMatch(/^Not called: \+33612345678 is on the do-not-call list/);
  });

  it("says when the number is not known, instead of a local time", async () => {
    const callingReviewCall = vi.fn(async () => ({ status: "ok" as const, data: review({ phone: null, local_time: null, starts: null }) }));
    renderWithBackend(<CallRules accountId="acc-getvocal" name="Lead 42" phone={null} when={{ mode: "now" }} />, fakeBackend({ callingReviewCall }));
    expect((await screen.findByTestId("call-rules-unknown")).textContent).toContain("does not know this lead's number");
    expect(screen.queryByTestId("call-rules-local")).toBeNull();
  });
});
