// Lint rules that keep the README's architecture checkable (ADR 0018): layering, no import cycles,
// no test code in production modules, React hook rules and Next.js rules.
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import claimdesk from "./scripts/eslint-rules/index.mjs";

const testFiles = ["**/*.test.ts", "**/*.test.tsx", "lib/testing/**", "e2e/**", "bench/**", "scripts/**"];

/** Test helpers and fixtures never ship in production modules. */
const noTestCode = {
  group: ["@/lib/testing/*", "**/test-*", "**/*.test", "@/bench/*"],
  message: "Production code must not import test helpers, fixtures or benchmarks (lib/testing, test-*).",
};

/** The database is reached only through the data-access layers. */
const noDatabase = {
  group: ["@/lib/db/client", "@/generated/*", "@prisma/*"],
  message: "Only lib/services, lib/auth, lib/db and lib/search talk to the database; call a service instead.",
};

/** Components render; domain logic and data access stay in lib/ behind services and actions. */
const noDomainInComponents = {
  group: [
    "@/lib/services/*",
    "@/lib/db/*",
    "@/lib/search/engine",
    "@/lib/search/sqlite*",
    "@/lib/search/postgres*",
    "@/lib/extract/*",
    "@/lib/anchoring/*",
    "@/lib/match/*",
    "@/lib/cli/*",
    "@/lib/http/*",
    "@/lib/auth/current",
    "@/lib/auth/sessions",
    "@/lib/auth/password",
  ],
  allowTypeImports: true,
  message: "Components get data from their page and write through lib/actions; import types and validation only.",
};

export default defineConfig([
  globalIgnores([".next/**", "generated/**", "node_modules/**", "test-results/**", "data/**", "next-env.d.ts"]),
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX, "@next/next": nextPlugin, "react-hooks": reactHooks },
    settings: {
      // Parse TypeScript dependencies too, or no-cycle cannot follow imports through .ts files.
      "import-x/extensions": [".ts", ".tsx", ".js", ".mjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "import-x/no-cycle": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [noTestCode, noDatabase] }],
    },
  },
  {
    files: ["components/**/*.tsx", "app/**/*.tsx"],
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["lib/services/**", "lib/auth/**", "lib/db/**", "lib/search/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [noTestCode] }] },
  },
  {
    // Entry points check the principal first; transaction helpers take the transaction first (ADR 0022).
    files: ["lib/services/**/*.ts"],
    ignores: ["**/*.test.ts"],
    plugins: { claimdesk },
    rules: { "claimdesk/service-exports": "error" },
  },
  {
    // Test helpers, fixtures and factories live in lib/testing, benchmarks in bench/ (ADR 0022).
    files: ["**/*.ts", "**/*.tsx", "**/*.mjs", "**/*.js"],
    ignores: [...testFiles, "*.config.*"],
    plugins: { claimdesk },
    rules: { "claimdesk/test-code-location": "error" },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { patterns: [noTestCode, noDatabase, noDomainInComponents] },
      ],
    },
  },
  {
    files: testFiles,
    rules: { "@typescript-eslint/no-restricted-imports": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
