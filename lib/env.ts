import "server-only";
import { z } from "zod";

// The app's configuration, read once and validated. Scripts (start, migrate, tests) set these
// variables before the app starts; see .env.example for what each one means.
const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set"),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  /** "1" when the app runs on the embedded database with demo data: the sign-in page lists the demo accounts. */
  TANDEM_DEMO: z.enum(["0", "1"]).default("0"),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Tandem is not configured: ${problems.join("; ")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= readEnv();
  return cached;
}

export const isDemo = () => env().TANDEM_DEMO === "1";
