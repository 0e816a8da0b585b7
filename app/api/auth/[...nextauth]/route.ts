import NextAuth from "next-auth";
import { credentialsProvider } from "@/lib/accounts/credentials";
import { authOptions } from "@/lib/auth/options";

// next-auth 4 types its handler as `any`; in the App Router it is a route handler.
const handler = NextAuth({ ...authOptions, providers: [credentialsProvider] }) as (request: Request, context: unknown) => Promise<Response>;

export { handler as GET, handler as POST };
