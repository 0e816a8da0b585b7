import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "./source-files";

// docs/architecture.md draws the layers as a Mermaid diagram, and names the folders of each layer in
// `%% <layer>: <folder> …` lines inside it. This test reads that diagram and every import of app/,
// components/ and lib/, and fails when an import goes against the arrows, when a folder belongs to
// no layer, or when folders of lib/ import each other in a loop. The diagram stays true because the
// code is checked against it.

const root = path.resolve(import.meta.dirname, "../../..");

type Diagram = { layerOf: Map<string, string>; arrows: Map<string, Set<string>> };

function readDiagram(): Diagram {
  const doc = readFileSync(path.join(root, "docs/architecture.md"), "utf8");
  const block = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
  const layerOf = new Map<string, string>();
  const arrows = new Map<string, Set<string>>();
  for (const line of block.split("\n").map((text) => text.trim())) {
    const members = /^%% ([a-z]+): (.+)$/.exec(line);
    if (members) for (const folder of members[2]!.split(/\s+/)) layerOf.set(folder, members[1]!);
    const arrow = /^([a-z]+)(?:\[[^\]]*\])? --> ([a-z]+)/.exec(line);
    if (arrow) (arrows.get(arrow[1]!) ?? arrows.set(arrow[1]!, new Set()).get(arrow[1]!)!).add(arrow[2]!);
  }
  return { layerOf, arrows };
}

/** The folder an import lands in: "app", "components", "lib/<room>" or "lib/<file>.ts"; null outside. */
function folderOf(file: string): string | null {
  const parts = file.split("/");
  if (parts[0] === "app" || parts[0] === "components") return parts[0];
  if (parts[0] !== "lib" || parts.length < 2) return null;
  return parts.length === 2 ? `lib/${parts[1]!.replace(/\.tsx?$/, "")}.ts` : `lib/${parts[1]}`;
}

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const targets: string[] = [];
  for (const match of source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
    const specifier = match[1]!;
    if (specifier.startsWith("@/")) targets.push(specifier.slice(2));
    else if (specifier.startsWith(".")) targets.push(path.posix.join(path.posix.dirname(file), specifier));
  }
  return targets;
}

function reachable(arrows: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const layer = queue.shift()!;
    for (const next of arrows.get(layer) ?? []) {
      if (next === to) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

/** Folder-level import edges of the code, e.g. "lib/pairs" → "lib/cohorts". */
function edges(): Array<{ file: string; from: string; to: string }> {
  const found = [];
  for (const file of sourceFiles(root, ["app", "components", "lib"])) {
    const from = folderOf(file)!;
    for (const target of importsOf(file)) {
      const to = folderOf(target);
      if (to && to !== from) found.push({ file, from, to });
    }
  }
  return found;
}

function cycleIn(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return null;
}

describe("the layers of docs/architecture.md", () => {
  const diagram = readDiagram();
  const found = edges();

  it("name every folder of app/, components/ and lib/", () => {
    expect(diagram.layerOf.size).toBeGreaterThan(5);
    const folders = new Set(sourceFiles(root, ["app", "components", "lib"]).map((file) => folderOf(file)!));
    const unplaced = [...folders].filter((folder) => !diagram.layerOf.has(folder));
    expect(unplaced).toEqual([]);
  });

  it("hold in the code: every import follows the arrows or stays within its layer", () => {
    const against = found
      .filter(({ from, to }) => {
        const [a, b] = [diagram.layerOf.get(from), diagram.layerOf.get(to)];
        return a !== b && !(a && b && reachable(diagram.arrows, a, b));
      })
      .map(({ file, to }) => `${file} → ${to}`);
    expect(against).toEqual([]);
  });

  it("leave no loop of imports between the folders of lib/", () => {
    const graph = new Map<string, Set<string>>();
    for (const { from, to } of found) {
      if (from.startsWith("lib/") && to.startsWith("lib/")) (graph.get(from) ?? graph.set(from, new Set()).get(from)!).add(to);
    }
    expect(cycleIn(graph)).toBeNull();
  });

  it("would see a loop and an import against the arrows", () => {
    expect(
      cycleIn(
        new Map([
          ["a", new Set(["b"])],
          ["b", new Set(["a"])],
        ]),
      ),
    ).toEqual(["a", "b", "a"]);
    expect(reachable(diagram.arrows, "foundation", "features")).toBe(false);
  });
});
