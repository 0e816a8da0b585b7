import { readdirSync } from "node:fs";
import path from "node:path";

/** The TypeScript files under the given folders, relative to root, without generated code. */
export function sourceFiles(root: string, folders: string[]): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (child !== "lib/generated") walk(child);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        found.push(child);
      }
    }
  };
  for (const folder of folders) walk(folder);
  return found.sort();
}

/**
 * Where a file says "use server": at the top of the module (every export becomes a server action)
 * or inline, at the top of a function body. A directive is a string statement, outside comments.
 */
export function useServerDirectives(source: string): { moduleLevel: boolean; inline: boolean } {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const moduleLevel = /^\s*["']use server["'];?/.test(withoutComments);
  const all = withoutComments.match(/["']use server["']/g)?.length ?? 0;
  return { moduleLevel, inline: all > (moduleLevel ? 1 : 0) };
}
