import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // Data-layer tests each copy a migrated base database file; files run in parallel on 2 cores.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    setupFiles: ["lib/testing/vitest-setup.ts"],
    globalSetup: ["lib/testing/vitest-global-setup.ts"],
  },
});
