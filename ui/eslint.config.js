// ESLint for the UI: the recommended JavaScript, TypeScript and React hooks rules.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // Generated from the Rust commands (tauri-specta), and the built app.
  { ignores: ["dist", "src/bindings.ts"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // The two rules of hooks. The plugin's other recommended rules (set-state-in-effect, refs,
    // immutability, purity…) check code for the React Compiler, which Callboard does not use.
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
