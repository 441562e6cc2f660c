import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A scrolling list that draws only the rows in view (plus a few either side), so a hundred
 * thousand rows scroll as smoothly as ten (TanStack Virtual). Every row has the same height.
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
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
    // The visible area is exactly `height` tall (its style says so): nothing to measure, and the
    // first paint (or a test without layout) already draws the right rows.
    initialRect: { width: 0, height },
    observeElementRect: (_, changed) => changed({ width: 0, height }),
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows.length === 0 ? 0 : rows[rows.length - 1].index + 1;
  const nearEnd = last + Math.ceil(height / rowHeight) >= items.length;

  useEffect(() => {
    if (nearEnd && items.length < total) onNearEnd?.();
  }, [nearEnd, items.length, total, onNearEnd]);

  return (
    <div
      className="virtual-list"
      role="list"
      aria-label={label}
      tabIndex={0}
      style={{ height, overflowY: "auto", position: "relative" }}
      ref={scroller}
      data-testid={testId}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {rows.map((row) => (
          <div
            key={row.key}
            role="listitem"
            className="virtual-row"
            aria-posinset={row.index + 1}
            aria-setsize={total}
            style={{ position: "absolute", top: row.start, left: 0, right: 0, height: rowHeight }}
          >
            {renderRow(items[row.index], row.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
