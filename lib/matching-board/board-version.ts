import "server-only";
import { createHash } from "node:crypto";

// What a coordinator confirms when publishing: the proposals on the board as they stood when the
// question was asked, as one short string. A proposal added, removed or replaced (a swap, a hand
// pair, suggesting again) changes it, even when the number of proposals stays the same.

/** The version of a board's proposals, from their ids in any order. */
export function proposalsVersion(ids: readonly string[]): string {
  return createHash("sha256")
    .update([...ids].sort().join(","))
    .digest("hex");
}
