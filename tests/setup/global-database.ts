import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/schema-engine";
import { createTestDatabase, dropDatabase, findTestServer } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** Creates a fresh database with every migration applied for this run, and drops it afterwards. */
export default async function setup(project: TestProject) {
  const server = await findTestServer();
  const { name, url } = await createTestDatabase(server.adminUrl, "tandem_test");
  await applyMigrations(url);
  project.provide("databaseUrl", url);
  return async () => {
    await dropDatabase(server.adminUrl, name);
    await server.stop();
  };
}
