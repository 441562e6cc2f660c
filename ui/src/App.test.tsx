import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "./App";
import { fakeBackend, renderWithBackend } from "./testing/fakeBackend";

const navigation = [
  ["home", "Home"],
  ["accounts", "Accounts"],
  ["leads", "Leads"],
  ["import", "Import"],
  ["schedule", "Schedule"],
  ["history", "History"],
  ["do-not-call", "Do not call"],
  ["credits", "Credits"],
  ["clients", "Clients"],
  ["api-keys", "API keys"],
  ["webhooks", "Webhooks"],
  ["settings", "Settings"],
] as const;

describe("App navigation", () => {
  it("lists every screen in order and opens on Home", async () => {
    renderWithBackend(<App />, fakeBackend());

    const items = within(screen.getByRole("navigation", { name: "Main" })).getAllByRole("button");
    expect(items.map((item) => [item.dataset.testid, item.textContent])).toEqual(navigation.map(([id, label]) => [`nav-${id}`, label]));
    // API keys and webhooks are what other programs use: grouped under one heading.
    expect(screen.getByTestId("nav-group-integrations").textContent).toBe("Integrations");
    expect(screen.getByTestId("nav-api-keys").getAttribute("aria-label")).toBe("API keys (Integrations)");
    expect(screen.getByTestId("screen-home")).toBeTruthy();
    expect(screen.getByTestId("nav-home").getAttribute("aria-current")).toBe("page");
    await screen.findByTestId("home-no-accounts");
  });

  it("shows the chosen screen, and only that one, for each item", async () => {
    const user = userEvent.setup();
    renderWithBackend(<App />, fakeBackend());

    for (const [id, label] of navigation) {
      await user.click(screen.getByTestId(`nav-${id}`));

      // A screen's code arrives the first time it is opened.
      const shown = await screen.findByTestId(`screen-${id}`);
      expect(within(shown).getByRole("heading", { level: 1 }).textContent).toBe(label);
      expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
      expect(screen.getByTestId(`nav-${id}`).getAttribute("aria-current")).toBe("page");
    }
  });
});

describe("Demo banner", () => {
  it("is shown in a demo workspace, saying nothing is really called or charged", async () => {
    const backend = fakeBackend({
      appInfo: async () => ({
        ...(await fakeBackend().appInfo()),
        demo: true,
        demo_servers: { getvocal_url: "http://127.0.0.1:1/v1", awaz_url: "http://127.0.0.1:2" },
      }),
    });
    renderWithBackend(<App />, backend);

    const banner = await screen.findByTestId("demo-banner");
    expect(banner.textContent).toContain("Demo workspace");
    expect(banner.textContent).toContain("Nothing is really called or charged");
  });

  it("is not shown with real accounts", async () => {
    renderWithBackend(<App />, fakeBackend());

    // The version appears once appInfo has answered, so the banner had its chance to show.
    await screen.findByText("Version 0.1.0");
    expect(screen.queryByTestId("demo-banner")).toBeNull();
  });

  it("is not shown, and the app still works, when the engine cannot be reached", async () => {
    const unreachable = async () => {
      throw new TypeError("window.__TAURI_INTERNALS__ is undefined");
    };
    renderWithBackend(<App />, fakeBackend({ appInfo: unreachable }));

    await userEvent.setup().click(screen.getByTestId("nav-credits"));
    expect(await screen.findByTestId("screen-credits")).toBeTruthy();
    expect(screen.queryByTestId("demo-banner")).toBeNull();
  });
});
