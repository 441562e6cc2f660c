import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { explanation } from "../testing/fakeBackend";
import { ErrorNotice } from "./ErrorNotice";

describe("ErrorNotice", () => {
  it("offers Retry only when there is something to retry", () => {
    render(<ErrorNotice error={explanation()} />);

    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    expect(screen.getByRole("button", { name: "Show technical details" }).getAttribute("aria-expanded")).toBe("false");
  });
});
