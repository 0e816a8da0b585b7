import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/request/client-address";

describe("clientAddress", () => {
  const headers = (forwarded?: string, real?: string) => {
    const h = new Headers();
    if (forwarded) h.set("x-forwarded-for", forwarded);
    if (real) h.set("x-real-ip", real);
    return h;
  };

  it("takes the address our proxy appended, not the one the client wrote", () => {
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("uses the only entry there is, then X-Real-IP, else nothing", () => {
    expect(clientAddress(headers("203.0.113.9"), 2)).toBe("203.0.113.9");
    expect(clientAddress(headers(undefined, "198.51.100.4"), 1)).toBe("198.51.100.4");
    expect(clientAddress(headers(), 1)).toBeNull();
  });
});
