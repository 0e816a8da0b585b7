import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/request/client-address";

// Signing in through the form goes through signInAction (lib/accounts/sign-in-actions.ts); the
// credentials provider below offers the same check over HTTP for scripts and API clients.
// JWT sessions in a signed, encrypted cookie: any app instance can read them without shared state.
// The token holds only the user id; roles are looked up per request from the resource at hand.
// The secret comes from NEXTAUTH_SECRET, which the start script requires (it has no default).
export const sessionMaxAgeSeconds = 60 * 60 * 12;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(credentials, clientAddress(new Headers(request?.headers as Record<string, string>)));
        // The error text is a code the sign-in page translates; it never reaches the user as is.
        if (!result.ok) throw new Error(result.reason);
        return { id: result.user.id, name: result.user.name, email: result.user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};
