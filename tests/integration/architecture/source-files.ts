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
