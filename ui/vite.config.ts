import { defineConfig } from "vitest/config";

// Tauri's dev mode loads http://localhost:5173, so the port must not drift.
export default defineConfig({
  clearScreen: false,
  // The word catalogues live at the repository's root (`locales/`), shared with the Rust side.
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: { outDir: "dist", emptyOutDir: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/testing/setup.ts"],
    // Whole-screen flows in jsdom take a few seconds on a busy 2-core machine; the default 5 s
    // made them fail under load without anything being wrong.
    testTimeout: 20_000,
  },
});
