import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CreatedLead, LeadForm } from "../../bindings";
import { explanation, fakeBackend, renderWithBackend } from "../../testing/fakeBackend";
import { accounts, done } from "../../testing/getvocalFixtures";
import { LeadsScreen } from ".";

const created: CreatedLead = {
  id: "lead-123",
  customer_lead_id: "crm-42",
  status: "CREATED",
  name: "Marie Dupont",
  phone_number: "+33612345678",
};

const languages = async () => [
  { code: "en", name: "English" },
  { code: "fr", name: "French" },
];

describe("Leads", () => {
  it("sends every field, extra details included, and shows the GetVocal id and status", async () => {
    const user = userEvent.setup();
    const getvocalCreateLead = vi.fn(async (_account: string, _key: string, _form: LeadForm) => done(created));
    renderWithBackend(<LeadsScreen />, fakeBackend({ listAccounts: accounts, leadLanguages: languages, getvocalCreateLead }));

    await user.type(await screen.findByTestId("field-phone_number"), "06 12 34 56 78");
    await user.type(screen.getByTestId("field-first_name"), "Marie");
    await user.type(screen.getByTestId("field-last_name"), "Dupont");
    await user.type(screen.getByTestId("field-customer_lead_id"), "crm-42");
    await user.selectOptions(screen.getByTestId("field-language"), "fr");
    await user.click(screen.getByTestId("add-static"));
    await user.type(screen.getByTestId("field-static-key-0"), "DATE_OF_BIRTH");
    await user.type(screen.getByTestId("field-static-value-0"), "06/04/1998");
    await user.click(screen.getByTestId("add-static"));
    await user.click(screen.getByTestId("remove-static-1"));
    await user.click(screen.getByTestId("submit-lead"));

    const result = await screen.findByTestId("result-lead");
    expect(within(result).getByTestId("result-lead-id").textContent).toBe("lead-123");
    expect(within(result).getByTestId("result-lead-status").textContent).toBe("Created");
    expect(getvocalCreateLead).toHaveBeenCalledTimes(1);
    const [accountId, actionKey, form] = getvocalCreateLead.mock.calls[0];
    expect(accountId).toBe("acc-1");
    expect(actionKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(form).toEqual({
      phone_number: "06 12 34 56 78",
      first_name: "Marie",
      last_name: "Dupont",
      email_address: "",
      company_name: "",
      customer_lead_id: "crm-42",
      static_data: [{ key: "DATE_OF_BIRTH", value: "06/04/1998" }],
      language: "fr",
    });
  });

  it("says when GetVocal already had the lead", async () => {
    const user = userEvent.setup();
    renderWithBackend(
      <LeadsScreen />,
      fakeBackend({ listAccounts: accounts, leadLanguages: languages, getvocalCreateLead: async () => done({ ...created, status: "EXISTING" }) }),
    );
    await user.type(await screen.findByTestId("field-phone_number"), "+33612345678");
    await user.click(screen.getByTestId("submit-lead"));
    expect((await screen.findByTestId("result-lead-status")).textContent).toBe("Already existed");
  });

  it("shows a refusal under its field and keeps everything typed", async () => {
    const user = userEvent.setup();
    const refusal = explanation({ code: "input.invalid_field", title: "This doesn't look like a phone number from France.", field: "phone_number" });
    renderWithBackend(
      <LeadsScreen />,
      fakeBackend({ listAccounts: accounts, leadLanguages: languages, getvocalCreateLead: async () => ({ status: "error", error: refusal }) }),
    );
    await user.type(await screen.findByTestId("field-phone_number"), "12");
    await user.type(screen.getByTestId("field-first_name"), "Marie");
    await user.click(screen.getByTestId("submit-lead"));

    expect((await screen.findByTestId("problem-phone_number")).textContent).toBe(refusal.title);
    expect((screen.getByTestId("field-phone_number") as HTMLInputElement).value).toBe("12");
    expect((screen.getByTestId("field-first_name") as HTMLInputElement).value).toBe("Marie");
    expect(screen.queryByTestId("error-notice")).toBeNull();
  });

  it("sends one request for a double click, and a new intent gets a new key", async () => {
    const user = userEvent.setup();
    let answer: (value: ReturnType<typeof done<CreatedLead>>) => void = () => {};
    const getvocalCreateLead = vi.fn(
      (_account: string, _key: string, _form: LeadForm) => new Promise<ReturnType<typeof done<CreatedLead>>>((resolve) => (answer = resolve)),
    );
    renderWithBackend(<LeadsScreen />, fakeBackend({ listAccounts: accounts, leadLanguages: languages, getvocalCreateLead }));
    await user.type(await screen.findByTestId("field-phone_number"), "+33612345678");

    await user.dblClick(screen.getByTestId("submit-lead"));
    await user.keyboard("{Enter}");
    expect(getvocalCreateLead).toHaveBeenCalledTimes(1);
    expect((screen.getByTestId("submit-lead") as HTMLButtonElement).disabled).toBe(true);
    answer(done(created));
    await screen.findByTestId("result-lead");

    // Done: the form is locked and says so until "Add another lead".
    expect((screen.getByTestId("field-phone_number") as HTMLInputElement).matches(":disabled")).toBe(true);
    expect(screen.queryByTestId("submit-lead")).toBeNull();
    expect(screen.getByTestId("result-lead").getAttribute("role")).toBe("status");
    await user.click(screen.getByTestId("done-again"));
    await user.type(screen.getByTestId("field-phone_number"), "+33698765432");
    await user.click(screen.getByTestId("submit-lead"));
    expect(getvocalCreateLead).toHaveBeenCalledTimes(2);
    expect(getvocalCreateLead.mock.calls[1][1]).not.toBe(getvocalCreateLead.mock.calls[0][1]);
  });

  it("asks to sign in again inline, keeping the form, then sends on the next press", async () => {
    const user = userEvent.setup();
    const signedOut = explanation({ code: "accounts.needs_sign_in", title: "You need to sign in to “Acme – GetVocal” again.", field: null });
    const getvocalCreateLead = vi.fn().mockResolvedValueOnce({ status: "error", error: signedOut }).mockResolvedValueOnce(done(created));
    const signInAgain = vi.fn(async () => ({ status: "ok" as const, data: (await accounts()).data[0] }));
    renderWithBackend(<LeadsScreen />, fakeBackend({ listAccounts: accounts, leadLanguages: languages, getvocalCreateLead, signInAgain }));

    await user.type(await screen.findByTestId("field-phone_number"), "+33612345678");
    await user.click(screen.getByTestId("submit-lead"));
    await user.type(await screen.findByTestId("field-password"), "s3cret");
    await user.click(screen.getByTestId("submit-sign-in-again"));

    expect(signInAgain).toHaveBeenCalledWith("acc-1", "s3cret");
    expect(await screen.findByTestId("result-signed-in")).toBeTruthy();
    expect((screen.getByTestId("field-phone_number") as HTMLInputElement).value).toBe("+33612345678");
    await user.click(screen.getByTestId("submit-lead"));
    expect(await screen.findByTestId("result-lead")).toBeTruthy();
  });

  it("asks to add a GetVocal account when there is none", async () => {
    renderWithBackend(<LeadsScreen />, fakeBackend({ leadLanguages: languages }));
    expect(await screen.findByTestId("no-getvocal-account")).toBeTruthy();
  });
});
