import { describe, expect, it } from "vitest";
import { isCrossOriginWrite } from "@/lib/request/cross-origin";

describe("a form sent from another site", () => {
  const host = { host: "tandem.example.org" };

  it("is a write whose Origin names another host than the request's", () => {
    expect(isCrossOriginWrite("POST", { ...host, origin: "https://evil.example" })).toBe(true);
    expect(isCrossOriginWrite("POST", { ...host, origin: "null" })).toBe(true);
    expect(isCrossOriginWrite("PUT", { ...host, origin: "not a url" })).toBe(true);
    expect(isCrossOriginWrite("POST", { origin: "https://tandem.example.org" })).toBe(true);
  });

  it("is not Tandem's own form, a read, or a request without an Origin (as Next decides)", () => {
    expect(isCrossOriginWrite("POST", { ...host, origin: "https://tandem.example.org" })).toBe(false);
    expect(
      isCrossOriginWrite("POST", {
        host: "127.0.0.1:3000",
        "x-forwarded-host": "tandem.example.org",
        origin: "https://tandem.example.org",
      }),
    ).toBe(false);
    expect(isCrossOriginWrite("GET", { ...host, origin: "https://evil.example" })).toBe(false);
    expect(isCrossOriginWrite("POST", host)).toBe(false);
  });
});
