import { defineConfig } from "vitest/config";

/**
 * The window renders with Preact's React-compatible layer, not React DOM: WebKitGTK compiles
 * React DOM's 211 kB on every start (about 75 ms on a 2-core machine, most of what "page ready"
 * cost beyond a bare Tauri app), Preact's in a few. The code and its types stay React's.
 */
const preactInPlaceOfReact = [
  { find: /^react$/, replacement: "preact/compat" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react-dom\/test-utils$/, replacement: "preact/test-utils" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
];

// Tauri's dev mode loads http://localhost:5173, so the port must not drift.
export default defineConfig({
  clearScreen: false,
  resolve: { alias: preactInPlaceOfReact },
  // The word catalogues live at the repository's root (`locales/`), shared with the Rust side.
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: { outDir: "dist", emptyOutDir: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/testing/setup.ts"],
    // The testing library asks for "react" and "react-dom" too: its ES module, bundled with the
    // tests, gets Preact like the screens it renders.
    alias: [{ find: /^@testing-library\/react$/, replacement: "@testing-library/react/dist/@testing-library/react.esm.js" }],
    server: { deps: { inline: [/@testing-library\/react/, /@tanstack\/react-/] } },
    // Whole-screen flows in jsdom take a few seconds on a busy 2-core machine; the default 5 s
    // made them fail under load without anything being wrong.
    testTimeout: 20_000,
  },
});
