import { useEffect, useState, type ReactNode } from "react";

/**
 * A scrolling list that draws only the rows in view (plus a few either side), so a hundred
 * thousand rows scroll as smoothly as ten. Every row has the same height.
 *
 * For lists read a page at a time: `total` is how many rows exist (screen readers hear
 * "row 5 of 12,345"), and `onNearEnd` is called when the rows in view come within a screenful
 * of the last one loaded, to ask for the next page.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  height,
  overscan = 6,
  label,
  renderRow,
  testId,
  total = items.length,
  onNearEnd,
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
  /** Every row of the list, loaded or not. */
  total?: number;
  onNearEnd?: () => void;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const nearEnd = last + Math.ceil(height / rowHeight) >= items.length;

  useEffect(() => {
    if (nearEnd && items.length < total) onNearEnd?.();
  }, [nearEnd, items.length, total, onNearEnd]);

  return (
    <div
      className="virtual-list"
      role="list"
      aria-label={label}
      aria-rowcount={total}
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
              aria-setsize={total}
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
