import type { IncomingHttpHeaders } from "node:http";

// A form sent to Tandem from another site. Next refuses such a server action request itself, but
// answers it with a 500; Tandem's server answers it first, with a 403 and a short message. The test
// is Next's own: the host of the Origin header against X-Forwarded-Host, else Host. A request
// without an Origin header (a script, an old browser) is left to Next, as Next leaves it.

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function first(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value?.split(",")[0])?.trim() || undefined;
}

function originHost(origin: string): string | null {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** True for a request that changes something and comes from a page of another site. */
export function isCrossOriginWrite(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (safeMethods.has((method ?? "GET").toUpperCase())) return false;
  const origin = first(headers.origin);
  if (!origin) return false;
  const host = first(headers["x-forwarded-host"]) ?? first(headers.host);
  return !host || originHost(origin) !== host;
}
