import { hashPassword } from "@/lib/auth/password";
import type { Locale, Prisma, User } from "@/lib/generated/prisma/client";
import { type FactoryDb, uniqueSuffix } from "./factory-db";

/** The password factory users get unless told otherwise. */
export const TEST_PASSWORD = "tandem-test-password";

// argon2id takes tens of milliseconds by design: hash each distinct password once per process.
const hashes = new Map<string, Promise<string>>();

export function cachedPasswordHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

export type UserOverrides = {
  email?: string;
  name?: string;
  /** Null for an account without a password (invited, not yet set). */
  password?: string | null;
  /** A ready hash; wins over `password` (bulk inserts hash once). */
  passwordHash?: string | null;
  locale?: Locale;
};

export async function buildUserData(overrides: UserOverrides = {}): Promise<Prisma.UserCreateManyInput> {
  const suffix = uniqueSuffix();
  const password = overrides.password === undefined ? TEST_PASSWORD : overrides.password;
  const passwordHash =
    overrides.passwordHash !== undefined ? overrides.passwordHash : password === null ? null : await cachedPasswordHash(password);
  return {
    email: (overrides.email ?? `user-${suffix}@example.test`).toLowerCase(),
    name: overrides.name ?? `Test Person ${suffix}`,
    passwordHash,
    locale: overrides.locale ?? "sv",
  };
}

export async function createUser(db: FactoryDb, overrides: UserOverrides = {}): Promise<User> {
  return db.user.create({ data: await buildUserData(overrides) });
}
