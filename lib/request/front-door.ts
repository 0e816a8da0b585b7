import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import en from "@/messages/en.json";
import sv from "@/messages/sv.json";
import { clientAddressHeader } from "@/lib/request/client-address";
import { isCrossOriginWrite } from "@/lib/request/cross-origin";
import { resolveClientAddress, trustsForwardedHeaders, type ProxyTrust } from "@/lib/request/proxy-trust";
import { newNonce, securityHeaders } from "@/lib/request/security-headers";

// What Tandem's HTTP server (scripts/serve.ts) does with every request before Next sees it: it
// records where the request comes from, sets the security headers of the response, and turns
// away a form sent from another site. Node's own request and response, so that the address of the
// connection, which the app's code cannot see, is at hand (decision 0010).

export type FrontDoorSettings = {
  trust: ProxyTrust;
  /** Next's development server (its scripts need eval). */
  dev: boolean;
  /** The address people reach Tandem at (NEXTAUTH_URL); https there means the browser uses https. */
  publicUrl?: string;
  /** The name of the cookie that keeps the reader's language. */
  localeCookie: string;
};

/** Request headers only Tandem's server may set; a client's copy is removed. */
const internalRequestHeaders = [clientAddressHeader, "content-security-policy", "content-security-policy-report-only", "x-nonce"];

function servedOverHttps(req: IncomingMessage, settings: FrontDoorSettings): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  if (settings.publicUrl?.startsWith("https://")) return true;
  const proto = req.headers["x-forwarded-proto"];
  const forwarded = (Array.isArray(proto) ? proto[0] : proto)?.split(",")[0]?.trim();
  return forwarded === "https" && trustsForwardedHeaders(req.socket.remoteAddress, settings.trust);
}

function languageOf(req: IncomingMessage, cookieName: string): "sv" | "en" {
  const cookies = req.headers.cookie ?? "";
  const chosen = cookies.split(";").find((cookie) => cookie.trim().startsWith(`${cookieName}=`));
  return chosen?.split("=")[1]?.trim() === "en" ? "en" : "sv";
}

function refuseCrossOrigin(req: IncomingMessage, res: ServerResponse, settings: FrontDoorSettings): void {
  const messages = languageOf(req, settings.localeCookie) === "en" ? en : sv;
  res.statusCode = 403;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end(`${messages.common.crossOrigin}\n`);
}

/**
 * Makes the function the server calls first for each request. It answers false when it has
 * answered the request itself, true when the request goes on to Next.
 */
export function createFrontDoor(settings: FrontDoorSettings) {
  return function admit(req: IncomingMessage, res: ServerResponse): boolean {
    for (const name of internalRequestHeaders) delete req.headers[name];
    const address = resolveClientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], settings.trust);
    if (address) req.headers[clientAddressHeader] = address;

    const pathname = (req.url ?? "/").split("?")[0]!;
    const nonce = newNonce();
    const headers = securityHeaders({ nonce, pathname, https: servedOverHttps(req, settings), dev: settings.dev });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);

    if (isCrossOriginWrite(req.method, req.headers)) {
      refuseCrossOrigin(req, res, settings);
      return false;
    }
    // Next reads the nonce from the request's policy and puts it on every script it renders.
    req.headers["content-security-policy"] = headers["Content-Security-Policy"];
    return true;
  };
}
