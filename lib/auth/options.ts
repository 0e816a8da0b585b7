import "server-only";
import type { NextAuthOptions } from "next-auth";
import { sessionMaxAgeSeconds } from "@/lib/auth/session-claims";
import { checkSession, claimsForNewSession, endAllSessions, SessionEnded } from "@/lib/auth/session-version";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";

// How sessions are kept. JWT sessions in a signed, encrypted cookie: any app instance can read them
// without shared state. The token holds the user id and what decides whether the session still
// holds (the account's session version, when it started, when it was last used); roles are looked
// up per request from the resource at hand. Every read of a session, getViewer()'s and next-auth's
// own route's, runs the jwt callback below, which checks those against the database and the clock.
// The secret comes from NEXTAUTH_SECRET, which the start script requires (it has no default).
// Reading a session needs no provider; the way in (the credentials provider, with what signing in
// changes for the account) is added where next-auth's route is mounted, from lib/accounts.

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: paths.login(), error: paths.login() },
  providers: [],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { ...token, ...(await claimsForNewSession(user.id)) };
      // A session that has ended throws: next-auth then answers "no session" and clears the cookie.
      await checkSession(token);
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
  events: {
    // Signing out through next-auth's route ends every session, as the sign-out button does.
    async signOut({ token }) {
      const claims = await checkSession(token).catch(() => null);
      if (claims) await endAllSessions(db, claims.uid);
    },
  },
  logger: {
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
