import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { sessionMaxAgeSeconds } from "@/lib/auth/options";
import { env } from "@/lib/env";

// The sign-in form is a server action (it works before the page's JavaScript has loaded, and
// never puts a password in a URL). It issues the same encrypted JWT cookie that next-auth's own
// callback would, so getServerSession() reads it the same way.

function secureCookies(): boolean {
  return env().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export async function startSession(user: { id: string; name: string; email: string }): Promise<void> {
  const token = await encode({
    token: { sub: user.id, uid: user.id, name: user.name, email: user.email },
    secret: env().NEXTAUTH_SECRET,
    maxAge: sessionMaxAgeSeconds,
  });
  const store = await cookies();
  store.set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: sessionMaxAgeSeconds,
  });
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) {
    if (store.get(name)) store.delete(name);
  }
}
