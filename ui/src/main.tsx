import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ownLocale } from "./preferences";
import "./styles.css";
import { followTheme } from "./theme";

// The web view lays out date and time fields (day before month, a 24-hour clock) in the page's
// language: the person's, as when.ts writes every date, not index.html's fixed "en".
document.documentElement.lang = ownLocale();
followTheme();

function renderApp() {
  // No BackendProvider here: the default backend is the real one from bindings.ts.
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// index.html's frame is painted with the page; the screens render in a task of their own once the
// page has loaded, so their first style and layout (cold, the costliest step of a start) neither
// holds up the page nor keeps the window from answering meanwhile.
if (document.readyState === "complete") renderApp();
else window.addEventListener("load", () => setTimeout(renderApp), { once: true });
