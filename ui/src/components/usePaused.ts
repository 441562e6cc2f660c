import { useEffect, useState } from "react";

/** How long typing must stop before a search runs: one query per pause, not per key. */
export const TYPING_PAUSE_MS = 300;

/** `value` once it has stayed the same for `pauseMs`: what a search box asks for. */
export function usePaused<T>(value: T, pauseMs = TYPING_PAUSE_MS): T {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(value), pauseMs);
    return () => clearTimeout(timer);
  }, [value, pauseMs]);
  return paused;
}
