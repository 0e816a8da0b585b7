/**
 * The client's address, for rate limits. Behind a reverse proxy the address is the one the proxy
 * appended to X-Forwarded-For: the entry TANDEM_TRUSTED_PROXY_HOPS places from the right (default 1).
 * Entries further left are written by the client and not trusted.
 */
export function clientAddress(headers: Headers, hops = Number(process.env.TANDEM_TRUSTED_PROXY_HOPS ?? 1)): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[Math.max(0, chain.length - Math.max(1, hops))] ?? headers.get("x-real-ip") ?? null;
}
