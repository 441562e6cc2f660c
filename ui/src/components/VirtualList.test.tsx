import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { VirtualList } from "./VirtualList";

const items = Array.from({ length: 10_000 }, (_, index) => `Row ${index + 1}`);

describe("VirtualList", () => {
  it("draws fewer than 100 of 10,000 rows, and the right ones after a scroll", () => {
    render(<VirtualList items={items} rowHeight={40} height={400} label="Rows" renderRow={(item) => <span>{item}</span>} />);

    const list = screen.getByRole("list", { name: "Rows" });
    expect(screen.getAllByRole("listitem").length).toBeLessThan(100);
    expect(screen.getByText("Row 1")).toBeTruthy();
    expect(screen.queryByText("Row 10000")).toBeNull();
    // The inner area is as tall as all the rows, so the scroll bar is true to the list.
    expect((list.firstElementChild as HTMLElement).style.height).toBe("400000px");

    list.scrollTop = 399_600;
    fireEvent.scroll(list);
    expect(screen.getAllByRole("listitem").length).toBeLessThan(100);
    expect(screen.getByText("Row 10000")).toBeTruthy();
    expect(screen.queryByText("Row 1")).toBeNull();
    expect(screen.getByText("Row 10000").parentElement!.style.top).toBe("399960px");
  });
});
