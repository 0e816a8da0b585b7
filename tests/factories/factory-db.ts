import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Factories work on the client or inside a transaction. */
export type FactoryDb = Db | Prisma.TransactionClient;

// Unique defaults must not collide across test files that share a database, so each process
// adds its own random tag to the counter.
const processTag = Math.random().toString(36).slice(2, 7);
let counter = 0;

/** A short string unique within this database for the life of the process, e.g. "k3f9a12". */
export function uniqueSuffix(): string {
  counter += 1;
  return `${processTag}${counter}`;
}

/** The object without its undefined properties, so spreading it over defaults keeps the defaults. */
export function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
