import { randomBytes } from "node:crypto";

// The security headers of every response (decision 0010). Tandem loads nothing from other sites,
// so the policy is short: its own files, scripts only with the nonce of the request (Next puts it
// on its own scripts when it finds it in the request's Content-Security-Policy header), no framing.

/**
 * Pages whose address carries a one-time token: their URL must not leave for another site in a
 * Referer header. They send a referrer to Tandem only ("same-origin"): with "no-referrer" the
 * browser would also send `Origin: null` with the page's own form when it is sent before the
 * page's scripts have loaded, and the check against forms from other sites would refuse it.
 */
const tokenPagePrefixes = ["/set-password/"];

/** A path segment that looks like a token (32 or more URL-safe characters), for token pages added later. */
const tokenLikeSegment = /\/[A-Za-z0-9_-]{32,}(?:\/|$)/;

export function isTokenPage(pathname: string): boolean {
  return tokenPagePrefixes.some((prefix) => pathname.startsWith(prefix)) || tokenLikeSegment.test(pathname);
}

/** A fresh nonce for one response's scripts. */
export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

type Options = {
  nonce: string;
  /** The path of the request, without the query. */
  pathname: string;
  /** The browser reached Tandem over https (directly or through a trusted proxy). */
  https: boolean;
  /** Next's development server, which evaluates code and injects styles. */
  dev: boolean;
};

export function contentSecurityPolicy({ nonce, https, dev }: Omit<Options, "pathname">): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Every security header of one response. */
export function securityHeaders(options: Options): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": isTokenPage(options.pathname) ? "same-origin" : "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
