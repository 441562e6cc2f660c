import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { CALL_STATUSES, OUTCOMES } from "../bindings";
import { WordsProvider } from "../i18n";
import { OutcomeBadge, callOutcomeGroups, outcomeColours, outcomeGroups, outcomeOfCallStatus } from "./OutcomeBadge";

describe("OutcomeBadge", () => {
  it("has a colour for every group Rust knows, and groups statuses as Rust does", () => {
    expect(outcomeGroups).toEqual(OUTCOMES.map((words) => words.group));
    expect(Object.keys(outcomeColours).sort()).toEqual([...outcomeGroups].sort());
    expect(callOutcomeGroups).not.toContain("done");
    for (const [word, group] of CALL_STATUSES) expect(outcomeOfCallStatus(word)).toBe(group);
    expect(outcomeOfCallStatus("No answer")).toBe("not_reached");
    expect(outcomeOfCallStatus("in-queue")).toBe("upcoming");
    expect(outcomeOfCallStatus("teleported")).toBe("needs_check");
  });

  it("says the group in words and shows the platform's own word on a click", async () => {
    const user = userEvent.setup();
    render(
      <>
        <OutcomeBadge outcome="reached" status="pickup" platform="awaz" />
        <OutcomeBadge outcome="done" />
      </>,
    );
    const [call, done] = screen.getAllByTestId("outcome-badge");
    expect(call.textContent).toBe("Reached");
    expect(call.getAttribute("aria-pressed")).toBe("false");
    await user.click(call);
    expect(call.textContent).toBe("Awaz: pickup");
    await user.click(call);
    expect(call.textContent).toBe("Reached");
    expect(done.tagName).toBe("SPAN");
    expect(done.textContent).toBe("Done");
    expect(done.getAttribute("title")).toBe("The platform applied it.");
  });

  // Last in the file: the provider leaves French as the language of code outside components.
  it("says the group and the platform's word in the language chosen", async () => {
    const user = userEvent.setup();
    render(
      <WordsProvider language="fr">
        <OutcomeBadge outcome="not_reached" status="no_answer" platform="getvocal" />
      </WordsProvider>,
    );
    const badge = screen.getByTestId("outcome-badge");
    expect(badge.textContent).toBe("Non joint");
    expect(badge.getAttribute("title")).toBe("Occupé, messagerie ou pas de réponse. Cliquez pour voir ce qu'indique GetVocal.");
    await user.click(badge);
    expect(badge.textContent).toBe("GetVocal\u202f: no answer");
  });
});
