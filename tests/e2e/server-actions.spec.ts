import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// The server actions of the production build these journeys run against, as Next lists them in its
// server-reference manifest: each must live in a lib/<room>/*-actions.ts module and be made by
// defineAction (or defineFormAction), so none bypasses the pipeline's checks. The integration test
// tests/integration/architecture/server-actions.test.ts checks the same modules at run time.

const root = path.resolve(import.meta.dirname, "../..");
const manifestFile = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json");

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

test("every server action of the build runs through the action pipeline", () => {
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  const actions = Object.values(manifest.node).map(({ filename, exportedName }) => ({ filename, exportedName }));
  expect(actions.length).toBeGreaterThan(20);
  const bypassing = actions.filter(({ filename, exportedName }) => {
    if (!/^lib\/[a-z0-9-]+\/[a-z0-9-]+-actions\.ts$/.test(filename)) return true;
    const source = readFileSync(path.join(root, filename), "utf8");
    return !new RegExp(`export const ${exportedName} = define(Form)?Action\\(`).test(source);
  });
  expect(bypassing).toEqual([]);
});
