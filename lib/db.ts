import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

// One client per server process. In development the module is re-evaluated on every change,
// so the client is kept on globalThis to avoid opening a new pool each time.
const globalForDb = globalThis as unknown as { tandemDb?: Db };

export const db: Db = globalForDb.tandemDb ?? createPrismaClient(env().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForDb.tandemDb = db;
