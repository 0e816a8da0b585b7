import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files";

// Every read of a room (`*-queries.ts`) takes the viewer as its first argument and checks it
// itself, so no page or action can forget to. A read that is public by an unguessable key (a
// public application link, a set-password link) takes `Viewer | null` and says so.

const root = path.resolve(import.meta.dirname, "../../..");
const queryFiles = sourceFiles(root, ["lib"]).filter((file) => file.endsWith("-queries.ts"));

/** Exported functions and the name of their first parameter. */
function exportedReads(source: string): Array<{ name: string; first: string | null }> {
  const reads = [];
  const pattern = /export (?:async function (\w+)|function (\w+)|const (\w+) = cache\(async)\s*\(\s*(\w*)/g;
  for (const match of source.matchAll(pattern)) reads.push({ name: (match[1] ?? match[2] ?? match[3])!, first: match[4] || null });
  return reads;
}

describe("queries", () => {
  it("are found in the rooms of lib/", () => {
    expect(queryFiles.length).toBeGreaterThan(8);
  });

  it.each(queryFiles)("%s: every exported read takes the viewer first", (file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    expect(source.startsWith('import "server-only";')).toBe(true);
    const reads = exportedReads(source);
    expect(reads.length).toBeGreaterThan(0);
    const without = reads.filter((read) => read.first !== "viewer" && read.first !== "_viewer").map((read) => read.name);
    expect(without).toEqual([]);
  });

  it("would notice a read that does not take the viewer", () => {
    expect(exportedReads("export async function getThing(thingId: string) {}")).toEqual([{ name: "getThing", first: "thingId" }]);
  });
});
