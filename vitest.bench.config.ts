import path from "node:path";
import { defineConfig } from "vitest/config";

// `npm run bench:matching` runs the matching board's benchmarks with the integration tests'
// setup (a fresh database, the session from the code, Next's request APIs stood in for), so the
// server actions are timed as they run, database included. Not part of `npm test`: they print
// figures and assert nothing.
const root = import.meta.dirname;
const alias = { "@": root, "server-only": path.join(root, "tests/setup/server-only.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    name: "bench",
    environment: "node",
    include: ["tests/bench/**/*.bench-run.ts"],
    globalSetup: ["tests/setup/global-database.ts"],
    setupFiles: ["tests/setup/integration.ts"],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
