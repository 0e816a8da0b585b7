import { afterAll, beforeEach, inject, vi } from "vitest";
import { actAs, actingUserId } from "./acting";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-tests-secret-that-is-long-enough";

// The session comes from the test, not from a cookie.
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => {
    const id = actingUserId();
    return id ? { user: { id }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null;
  },
}));

// Next's cache and request APIs throw outside a request.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
const cookieJar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  }),
  headers: async () => new Headers(),
}));

// next-intl's server functions need React's server build, which Vitest does not load. Under test
// they translate with the same message files, in the language of the locale cookie (Swedish by default).
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("next-intl");
  const messages = { sv: (await import("@/messages/sv.json")).default, en: (await import("@/messages/en.json")).default };
  const locale = () => (cookieJar.get("NEXT_LOCALE") === "en" ? "en" : "sv");
  return {
    getLocale: async () => locale(),
    getTranslations: async (options?: string | { namespace?: string; locale?: "sv" | "en" }) => {
      const namespace = typeof options === "string" ? options : options?.namespace;
      const chosen = (typeof options === "object" && options?.locale) || locale();
      return createTranslator({ locale: chosen, messages: messages[chosen], namespace: namespace as never, timeZone: "Europe/Stockholm" });
    },
    getFormatter: async () => createFormatter({ locale: locale(), timeZone: "Europe/Stockholm" }),
  };
});

/** Sets the language the code under test sees (as the locale cookie would). */
export function useLocale(locale: "sv" | "en") {
  cookieJar.set("NEXT_LOCALE", locale);
}

const { db } = await import("@/lib/db");
const { resetClock } = await import("@/lib/clock");

beforeEach(async () => {
  actAs(null);
  resetClock();
  cookieJar.clear();
  const tables = await db.$queryRaw<Array<{ tablename: string }>>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
  }
});

afterAll(async () => {
  await db.$disconnect();
});
