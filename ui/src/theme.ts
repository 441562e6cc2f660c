/** "system" follows the desktop's light or dark setting; the others override it. */
export type ThemeChoice = "system" | "light" | "dark";

const STORAGE_KEY = "callboard.theme";
const darkQuery = typeof window !== "undefined" && window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

/** The theme chosen on this computer (a display preference, not a secret: kept in the web view). */
export function chosenTheme(): ThemeChoice {
  const saved = typeof localStorage === "undefined" ? null : localStorage.getItem(STORAGE_KEY);
  return saved === "light" || saved === "dark" ? saved : "system";
}

function apply(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && (darkQuery?.matches ?? false));
  document.documentElement.dataset.theme = dark ? "dark" : "light";
}

/** Saves the choice and repaints at once. */
export function chooseTheme(choice: ThemeChoice) {
  if (choice === "system") localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, choice);
  apply(choice);
}

/** Paints in the chosen theme and keeps following the system while the choice is "system". */
export function followTheme() {
  apply(chosenTheme());
  darkQuery?.addEventListener("change", () => apply(chosenTheme()));
}
