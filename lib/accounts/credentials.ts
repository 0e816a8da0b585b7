import "server-only";
import Credentials from "next-auth/providers/credentials";
import { confirmInvitations } from "@/lib/accounts/invitations";
import { authenticate, type SignInResult } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/request/client-address";

// Signing in with an email and a password, by the sign-in form (signInAction) or over HTTP
// (next-auth's credentials route, for scripts and API clients): the same check of lib/auth, then
// what signing in changes beyond the session.

/** Checks the password; on success an invitation the person was waiting on becomes active. */
export async function signInWithPassword(input: unknown, ip: string | null): Promise<SignInResult> {
  const result = await authenticate(input, ip);
  if (result.ok) await confirmInvitations(result.user.id);
  return result;
}

/** next-auth's credentials provider, mounted by the route at app/api/auth/[...nextauth]. */
export const credentialsProvider = Credentials({
  name: "credentials",
  credentials: { email: { type: "email" }, password: { type: "password" } },
  async authorize(credentials, request) {
    const result = await signInWithPassword(credentials, clientAddress(new Headers(request?.headers as Record<string, string>)));
    // The error text is a code the sign-in page translates; it never reaches the user as is.
    if (!result.ok) throw new Error(result.reason);
    return { id: result.user.id, name: result.user.name, email: result.user.email };
  },
});
