import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

// Inserting thousands of rows in one statement with one parameter. Prisma's createMany sends one
// bind parameter per value (some 46,000 for 2,000 participations) and spends seconds of CPU
// preparing them; here the rows travel as one JSON array that PostgreSQL's jsonb_to_recordset
// turns back into records, which takes milliseconds. Used where a CSV import writes its rows.

/**
 * A time-ordered UUID (version 7), as Prisma makes for `@default(uuid(7))`: 48 bits of Unix
 * milliseconds, then random bits. Needed because raw inserts bypass Prisma's id defaults.
 */
export function newId(): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A column and its PostgreSQL type, e.g. ["role", '"ParticipantRole"'] or ["industries", "text[]"]. */
export type BulkColumn = readonly [name: string, sqlType: string];

/**
 * Inserts the rows into the table. Table and column names are constants of the calling module,
 * never input; every value is inside the one JSON parameter. Columns left out take their defaults.
 */
export async function insertRows(
  tx: Prisma.TransactionClient,
  table: string,
  columns: readonly BulkColumn[],
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const record = columns.map(([name, type]) => `"${name}" ${type}`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${record})`,
    JSON.stringify(rows),
  );
}
