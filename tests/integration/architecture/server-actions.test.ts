import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDefinedAction } from "@/lib/actions/define-action";
import { sourceFiles, useServerDirectives } from "./source-files";

// Every server action runs through defineAction (lib/actions/define-action.ts), so each one checks
// who is asking, validates its input, authorizes from the resource and translates its answers the
// same way. This finds every module the build turns into server actions (a "use server" directive)
// and fails on an action that bypasses the pipeline, or on a directive outside lib/**/*-actions.ts.

const root = path.resolve(import.meta.dirname, "../../..");

const found = sourceFiles(root, ["app", "components", "lib"]).map((file) => ({
  file,
  ...useServerDirectives(readFileSync(path.join(root, file), "utf8")),
}));
const files = found.filter((entry) => entry.moduleLevel || entry.inline);
const actionModules = files.filter((entry) => entry.moduleLevel).map((entry) => entry.file);

describe("server actions", () => {
  it("are found where the house keeps them: lib/<room>/*-actions.ts, never inline in a component or page", () => {
    expect(actionModules.length).toBeGreaterThan(5);
    for (const { file, inline } of files) {
      expect({ file, inline }).toEqual({ file, inline: false });
      expect(file).toMatch(/^lib\/[a-z0-9-]+\/[a-z0-9-]+-actions\.ts$/);
    }
  });

  it.each(actionModules)("%s exports only actions defined through the pipeline", async (file) => {
    const exported = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const names = Object.keys(exported);
    expect(names.length).toBeGreaterThan(0);
    const bypassing = names.filter((name) => !isDefinedAction(exported[name]));
    expect(bypassing).toEqual([]);
  });

  it("knows a function that bypasses the pipeline when it sees one", () => {
    expect(isDefinedAction(async () => ({ ok: true }))).toBe(false);
  });
});
