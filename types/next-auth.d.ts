import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  // What decides whether a session still holds: lib/auth/session-claims.ts.
  interface JWT {
    uid?: string;
    sv?: number;
    signedInAt?: number;
    seenAt?: number;
  }
}
