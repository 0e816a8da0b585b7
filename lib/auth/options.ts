import "server-only";
import type { NextAuthOptions } from "next-auth";
import { paths } from "@/lib/paths";

// How sessions are kept. JWT sessions in a signed, encrypted cookie: any app instance can read them
// without shared state. The token holds only the user id; roles are looked up per request from the
// resource at hand. The secret comes from NEXTAUTH_SECRET, which the start script requires (it has
// no default). Reading a session needs no provider; the way in (the credentials provider, with what
// signing in changes for the account) is added where next-auth's route is mounted, from lib/accounts.
export const sessionMaxAgeSeconds = 60 * 60 * 12;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  pages: { signIn: paths.login(), error: paths.login() },
  providers: [],
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
