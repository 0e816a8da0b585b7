import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The Prisma client and the argon2 binding are server-only packages with native or wasm parts.
  serverExternalPackages: ["@node-rs/argon2", "pg"],
  poweredByHeader: false,
  // Several builds can run side by side (e.g. a test build next to a development server).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  experimental: {
    // Above the largest form Tandem takes (a participant CSV file of up to 900 kB, checked by the
    // import itself), so that a file too large is answered by the import's own message rather than
    // Next's error. The same as Next's limit for a request passing through proxy.ts.
    serverActions: { bodySizeLimit: "10mb" },
  },
};

export default withNextIntl(nextConfig);
