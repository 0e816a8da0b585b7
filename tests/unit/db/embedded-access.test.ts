import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { closedFolderMessage, firstClosedFolder, systemAccount } from "@/lib/db/embedded-access";

const postgres = { uid: 101, gid: 104 };

/** A file system of folders with their mode and owner; anything else does not exist. */
function folders(entries: Record<string, { mode: number; uid?: number; gid?: number }>) {
  return (folder: string) => {
    const entry = entries[folder];
    if (!entry) throw Object.assign(new Error(`ENOENT: ${folder}`), { code: "ENOENT" });
    return { mode: 0o40000 | entry.mode, uid: entry.uid ?? 0, gid: entry.gid ?? 0 };
  };
}

describe("whether the embedded server's user can reach its programs and data", () => {
  it("finds the first folder on the way that the user may not enter", () => {
    const stat = folders({
      "/": { mode: 0o755 },
      "/root": { mode: 0o700 },
      "/root/tandem": { mode: 0o755 },
      "/opt": { mode: 0o755 },
      "/opt/tandem": { mode: 0o755 },
    });
    expect(firstClosedFolder("/root/tandem/node_modules/x", postgres, stat)).toBe("/root");
    expect(firstClosedFolder("/root", null, stat)).toBe("/root");
    expect(firstClosedFolder("/opt/tandem/node_modules/x", postgres, stat)).toBeNull();
  });

  it("counts the owner's bits for the owner, the group's for the group, the others' for the rest", () => {
    const stat = folders({
      "/": { mode: 0o755 },
      "/srv": { mode: 0o750, gid: postgres.gid },
      "/srv/own": { mode: 0o700, uid: postgres.uid, gid: postgres.gid },
      "/srv/others-only": { mode: 0o001, uid: postgres.uid, gid: postgres.gid },
    });
    expect(firstClosedFolder("/srv/own/data", postgres, stat)).toBeNull();
    // Not the owner, so the group's bits count.
    expect(firstClosedFolder("/srv", { uid: 999, gid: postgres.gid }, stat)).toBeNull();
    expect(firstClosedFolder("/srv", { uid: 999, gid: 999 }, stat)).toBe("/srv");
    // The owner's bits count for the owner, even where the others' would let anyone in.
    expect(firstClosedFolder("/srv/others-only", postgres, stat)).toBe("/srv/others-only");
  });

  it("reads the user's account from the password file, or none", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tandem-passwd-"));
    const file = path.join(dir, "passwd");
    writeFileSync(file, "root:x:0:0:root:/root:/bin/bash\npostgres:x:101:104:PostgreSQL administrator:/var/lib/postgresql:/bin/bash\n");
    expect(systemAccount("postgres", file)).toEqual({ uid: 101, gid: 104 });
    expect(systemAccount("nobody-here", file)).toBeNull();
    expect(systemAccount("postgres", path.join(dir, "missing"))).toBeNull();
    rmSync(dir, { recursive: true });
  });

  it.runIf(process.getuid?.() === 0)("started as root in a folder closed to others, says in one line what to do", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tandem-closed-"));
    chmodSync(dir, 0o755);
    const home = path.join(dir, "home");
    mkdirSync(path.join(home, "tandem"), { recursive: true });
    chmodSync(home, 0o700);
    try {
      const start = startEmbeddedPostgres({ dataDir: path.join(home, "tandem", ".data", "postgres"), port: 54_000 + (process.pid % 1000) });
      await expect(start).rejects.toThrow(closedFolderMessage(home));
      expect(closedFolderMessage(home)).not.toContain("\n");
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
