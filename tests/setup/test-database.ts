import { randomBytes } from "node:crypto";
import path from "node:path";
import { databaseAnswers, dropDatabase, ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";

// Where test databases are made: the server named by TANDEM_TEST_ADMIN_URL (set by `npm test`),
// TEST_DATABASE_URL or DATABASE_URL, or else an embedded server kept in .data/test-postgres.
// Each run creates its own database with a random name and drops it at the end, so nothing depends
// on what the server already holds.

export type TestServer = { adminUrl: string; stop: () => Promise<void> };

export async function findTestServer(log: (message: string) => void = () => undefined): Promise<TestServer> {
  const given = process.env.TANDEM_TEST_ADMIN_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (given) {
    const adminUrl = given;
    if (!(await databaseAnswers(adminUrl))) {
      throw new Error(
        `The test database server does not answer (TEST_DATABASE_URL / DATABASE_URL). Start it, or unset both to use an embedded server.`,
      );
    }
    return { adminUrl, stop: async () => undefined };
  }
  const server: EmbeddedServer = await startEmbeddedPostgres({
    dataDir: path.resolve(".data/test-postgres"),
    port: Number(process.env.TANDEM_TEST_PG_PORT ?? 54330),
    log,
  });
  return server;
}

export async function createTestDatabase(adminUrl: string, prefix: string): Promise<{ name: string; url: string }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const url = await ensureDatabase(adminUrl, name);
  return { name, url };
}

export { dropDatabase };
