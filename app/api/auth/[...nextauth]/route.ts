import NextAuth from "next-auth";
import { credentialsProvider } from "@/lib/accounts/credentials";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth({ ...authOptions, providers: [credentialsProvider] });

export { handler as GET, handler as POST };
