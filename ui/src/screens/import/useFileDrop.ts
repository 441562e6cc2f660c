import { useEffect, useRef, useState } from "react";
import { isTauri } from "@tauri-apps/api/core";
import { getCurrentWebview } from "@tauri-apps/api/webview";

/**
 * Files dropped anywhere on the window: the first one's path goes to `onDrop`. Returns whether
 * a file is being dragged over the window right now, to say "let go to open it".
 */
export function useFileDrop(onDrop: (path: string) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onDrop);
  latest.current = onDrop;

  useEffect(() => {
    // Outside the desktop window (tests, a browser) nothing can be dropped.
    if (!isTauri()) return;
    let unlisten: (() => void) | null = null;
    let current = true;
    getCurrentWebview()
      .onDragDropEvent(({ payload }) => {
        if (payload.type === "enter" || payload.type === "over") setDragging(true);
        else if (payload.type === "leave") setDragging(false);
        else {
          setDragging(false);
          const [first] = payload.paths;
          if (first) latest.current(first);
        }
      })
      .then((stop) => {
        if (current) unlisten = stop;
        else stop();
      });
    return () => {
      current = false;
      unlisten?.();
    };
  }, []);

  return dragging;
}
