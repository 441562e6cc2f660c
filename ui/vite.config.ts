import { defineConfig } from "vitest/config";

// Tauri's dev mode loads http://localhost:5173, so the port must not drift.
export default defineConfig({
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { outDir: "dist", emptyOutDir: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.tsx"],
    setupFiles: ["src/testing/setup.ts"],
  },
});
