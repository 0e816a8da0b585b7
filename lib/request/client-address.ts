/**
 * The header that carries the client's address into the app. Tandem's HTTP server
 * (`scripts/serve.ts`, through `lib/request/front-door.ts`) removes any copy a client sent and sets
 * it from the connection, trusting X-Forwarded-For only as far as TANDEM_TRUSTED_PROXIES or
 * TANDEM_TRUSTED_PROXY_HOPS allow (`lib/request/proxy-trust.ts`, decision 0010).
 */
export const clientAddressHeader = "x-tandem-client-address";

/**
 * The client's address, for rate limits and the audit log: what the server found out about the
 * connection, never a header the client wrote. Null when the request did not come through
 * Tandem's server (a test calling an action directly).
 */
export function clientAddress(headers: Headers): string | null {
  return headers.get(clientAddressHeader) || null;
}
