import "dotenv/config";
import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file. Tandem applies migrations with its own runner
// (scripts/db-migrate.ts), so the CLI is only needed for `prisma generate` and,
// where the native engine can be downloaded, `prisma migrate deploy`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/tandem" },
});
