// One lint setup for every workspace: typescript-eslint's recommended rules plus
// the two that keep the domain packages host-free (see ../shared/STYLE.md).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/test-artifacts/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    files: ["packages/**/*.ts"],
    // The one UI package: React and Fluent UI are its point, hosts and node:* stay out (below).
    ignores: ["packages/settings-ui/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*", "node:*", "fs", "path"],
              message: "packages/* are pure: no host libraries, no fs.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/settings-ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@microsoft/office-js", "office-js", "node:*", "fs", "path", "exceljs"],
              message: "@zsyz/settings-ui is shared by the pane and the page: no host, no fs.",
            },
          ],
        },
      ],
    },
  },
);
