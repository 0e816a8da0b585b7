import { describe, expect, it } from "vitest";
import { isTokenPage, newNonce, securityHeaders } from "@/lib/request/security-headers";

describe("security headers", () => {
  const nonce = "bm9uY2Utb2YtdGhlLXRlc3Q=";

  it("allow scripts only with the response's nonce, no framing and no guessing of types", () => {
    const headers = securityHeaders({ nonce, pathname: "/login", https: false, dev: false });
    const csp = headers["Content-Security-Policy"];
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"]).toContain("camera=()");
    expect(headers["Strict-Transport-Security"]).toBeUndefined();
  });

  it("send no referrer to other sites from a page whose address carries a token", () => {
    const token = "Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg";
    expect(securityHeaders({ nonce, pathname: `/set-password/${token}`, https: false, dev: false })["Referrer-Policy"]).toBe("same-origin");
    expect(isTokenPage(`/some-later-link/${token}`)).toBe(true);
    expect(isTokenPage("/coordinator/cohorts/cm0abcdefghijklmnopqrstuv")).toBe(false);
    expect(isTokenPage("/apply/abcdefghijklmnopqrstuvwx")).toBe(false);
  });

  it("add HSTS and upgrade requests over https, and let the development server evaluate code", () => {
    const https = securityHeaders({ nonce, pathname: "/", https: true, dev: false });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
    expect(securityHeaders({ nonce, pathname: "/", https: false, dev: true })["Content-Security-Policy"]).toContain("'unsafe-eval'");
  });

  it("use a new nonce each time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });
});
