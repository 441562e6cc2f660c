import { render, screen } from "@testing-library/react";
import { Suspense, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { later } from ".";

describe("a screen loaded later", () => {
  it("loads its code once, early when asked, and tries again after a failed load", async () => {
    const load = vi
      .fn<() => Promise<{ Screen: () => ReactNode }>>()
      .mockRejectedValueOnce(new Error("the chunk could not be read"))
      .mockResolvedValue({ Screen: () => <p>Screen drawn</p> });
    const Screen = later(load, "Screen");

    // The pointer over the menu entry: the load starts (and fails), nothing is shown yet.
    Screen.preload();
    expect(load).toHaveBeenCalledTimes(1);
    // Asked again once that load has failed, it loads again; the click then finds the code loaded.
    await vi.waitFor(() => {
      Screen.preload();
      expect(load).toHaveBeenCalledTimes(2);
    });
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen />
      </Suspense>,
    );
    expect(await screen.findByText("Screen drawn")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
