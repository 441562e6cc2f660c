import { useState, type ReactNode } from "react";

/**
 * A scrolling list that draws only the rows in view (plus a few either side), so ten
 * thousand rows scroll as smoothly as ten. Every row has the same height.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  overscan = 6,
  label,
  renderRow,
  testId,
}: {
  items: readonly T[];
  /** Pixels; every row is exactly this tall. */
  rowHeight: number;
  /** Pixels of the visible area. */
  height: number;
  /** Rows drawn beyond each edge, so a fast scroll never shows a blank. */
  overscan?: number;
  label: string;
  renderRow: (item: T, index: number) => ReactNode;
  testId?: string;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  return (
    <div
      className="virtual-list"
      role="list"
      aria-label={label}
      aria-rowcount={items.length}
      tabIndex={0}
      style={{ height, overflowY: "auto", position: "relative" }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      data-testid={testId}
    >
      <div style={{ height: items.length * rowHeight, position: "relative" }}>
        {items.slice(first, last).map((item, offset) => {
          const index = first + offset;
          return (
            <div
              key={index}
              role="listitem"
              className="virtual-row"
              aria-posinset={index + 1}
              aria-setsize={items.length}
              style={{ position: "absolute", top: index * rowHeight, left: 0, right: 0, height: rowHeight }}
            >
              {renderRow(item, index)}
            </div>
          );
        })}
      </div>
    </div>
  );
}
