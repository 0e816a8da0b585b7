import { describe, expect, it } from "vitest";
import { normaliseAddress, readProxyTrust, resolveClientAddress, trustsForwardedHeaders } from "@/lib/request/proxy-trust";

describe("the client's address", () => {
  it("is the connection's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const trust = readProxyTrust({});
    expect(resolveClientAddress("203.0.113.9", "6.6.6.6", trust)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", ["6.6.6.6", "7.7.7.7"], trust)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", undefined, readProxyTrust({ TANDEM_TRUSTED_PROXY_HOPS: "0" }))).toBe("203.0.113.9");
    expect(trustsForwardedHeaders("203.0.113.9", trust)).toBe(false);
  });

  it("is read from the right of X-Forwarded-For, one entry per proxy in front, with a hop count", () => {
    const one = readProxyTrust({ TANDEM_TRUSTED_PROXY_HOPS: "1" });
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", one)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", undefined, one)).toBe("10.0.0.2");
    const two = readProxyTrust({ TANDEM_TRUSTED_PROXY_HOPS: "2" });
    expect(resolveClientAddress("10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2", two)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.3", "203.0.113.9", two)).toBe("203.0.113.9");
  });

  it("is the first address from the right that is not a trusted proxy, with a list of proxies", () => {
    const trust = readProxyTrust({ TANDEM_TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8::1" });
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.1.2.3", trust)).toBe("203.0.113.9");
    expect(resolveClientAddress("[2001:db8::1]:443", "203.0.113.9:5123", trust)).toBe("203.0.113.9");
    // A connection from anywhere else is the client itself: its X-Forwarded-For is its own writing.
    expect(resolveClientAddress("198.51.100.4", "10.0.0.9, 6.6.6.6", trust)).toBe("198.51.100.4");
    // Nothing but proxies: the leftmost is as far as anyone can tell.
    expect(resolveClientAddress("10.0.0.2", "10.0.0.7", trust)).toBe("10.0.0.7");
    // Garbage where an address should be stops the walk at the proxy that passed it on.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, unknown", trust)).toBe("10.0.0.2");
    expect(trustsForwardedHeaders("::ffff:10.9.9.9", trust)).toBe(true);
    expect(trustsForwardedHeaders("198.51.100.4", trust)).toBe(false);
  });

  it("refuses settings it cannot use, naming the variable", () => {
    expect(() => readProxyTrust({ TANDEM_TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TANDEM_TRUSTED_PROXIES: "10.0.0.0\/33"/);
    expect(() => readProxyTrust({ TANDEM_TRUSTED_PROXIES: "proxy.example.org" })).toThrow(/TANDEM_TRUSTED_PROXIES/);
    expect(() => readProxyTrust({ TANDEM_TRUSTED_PROXY_HOPS: "one" })).toThrow(/TANDEM_TRUSTED_PROXY_HOPS/);
    expect(() => readProxyTrust({ TANDEM_TRUSTED_PROXIES: "10.0.0.1", TANDEM_TRUSTED_PROXY_HOPS: "1" })).toThrow(/not both/);
  });

  it("is written one way", () => {
    expect(normaliseAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normaliseAddress("127.0.0.1:8080")).toBe("127.0.0.1");
    expect(normaliseAddress("[::1]:3000")).toBe("::1");
    expect(normaliseAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normaliseAddress("not an address")).toBeNull();
    expect(normaliseAddress(undefined)).toBeNull();
  });
});
