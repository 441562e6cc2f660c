import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
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

describe("VirtualList read a page at a time", () => {
  it("asks for the next page only when the rows in view near the last one loaded", () => {
    const loaded = items.slice(0, 200);
    const onNearEnd = vi.fn();
    render(
      <VirtualList items={loaded} total={12_345} rowHeight={40} height={400} label="Pages" onNearEnd={onNearEnd} renderRow={(item) => <span>{item}</span>} />,
    );

    const list = screen.getByRole("list", { name: "Pages" });
    expect(onNearEnd).not.toHaveBeenCalled();
    expect(screen.getAllByRole("listitem")[0].getAttribute("aria-setsize")).toBe("12345");

    list.scrollTop = 40 * 150;
    fireEvent.scroll(list);
    expect(onNearEnd).not.toHaveBeenCalled();
    list.scrollTop = 40 * 185;
    fireEvent.scroll(list);
    expect(onNearEnd).toHaveBeenCalledTimes(1);
  });

  it("asks for nothing once every row is loaded", () => {
    const onNearEnd = vi.fn();
    render(
      <VirtualList
        items={items.slice(0, 5)}
        total={5}
        rowHeight={40}
        height={400}
        label="All"
        onNearEnd={onNearEnd}
        renderRow={(item) => <span>{item}</span>}
      />,
    );
    expect(onNearEnd).not.toHaveBeenCalled();
  });
});
