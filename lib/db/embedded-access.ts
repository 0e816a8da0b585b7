import { readFileSync, statSync, type Stats } from "node:fs";
import path from "node:path";

// PostgreSQL refuses to run as root, so started by root the embedded server runs as the system
// user "postgres" (lib/db/embedded.ts). That user must be able to enter every folder on the way
// to the server's programs and to its data. A project cloned into a folder only its owner may
// enter (root's home folder, mode 0700) stops it with a bare "spawn … initdb EACCES"; checked
// here first, so that the start can say what to do instead.

export type SystemAccount = { uid: number; gid: number };

/** The account of a system user by name, from /etc/passwd; null where there is none (yet). */
export function systemAccount(name: string, passwd = "/etc/passwd"): SystemAccount | null {
  let lines: string[];
  try {
    lines = readFileSync(passwd, "utf8").split("\n");
  } catch {
    return null;
  }
  const fields = lines.map((line) => line.split(":")).find((entry) => entry[0] === name);
  return fields ? { uid: Number(fields[2]), gid: Number(fields[3]) } : null;
}

/**
 * The first folder on the way to `target` (itself included) that the account may not enter, or
 * null. Unix rules: the owner's bits count for the owner, else the group's for the group, else
 * the others'. An account that does not exist yet counts as one of the others. A folder not made
 * yet ends the walk: it will be made open to enter.
 */
export function firstClosedFolder(
  target: string,
  account: SystemAccount | null,
  stat: (folder: string) => Pick<Stats, "mode" | "uid" | "gid"> = statSync,
): string | null {
  const absolute = path.resolve(target);
  const folders = absolute
    .split(path.sep)
    .filter(Boolean)
    .map((_, index, parts) => path.sep + parts.slice(0, index + 1).join(path.sep));
  for (const folder of [path.sep, ...folders]) {
    let info: Pick<Stats, "mode" | "uid" | "gid">;
    try {
      info = stat(folder);
    } catch {
      return null;
    }
    const search = account && info.uid === account.uid ? 0o100 : account && info.gid === account.gid ? 0o010 : 0o001;
    if ((info.mode & search) === 0) return folder;
  }
  return null;
}

/** What to do when the server's user cannot reach `folder`, in one line. */
export function closedFolderMessage(folder: string): string {
  return (
    `Started as root, Tandem runs its PostgreSQL server as the user "postgres", who may not enter ${folder}. ` +
    `Start Tandem as an ordinary user, move the Tandem folder to one that others may enter (such as /opt/tandem), ` +
    `or set DATABASE_URL to a PostgreSQL server of your own.`
  );
}
