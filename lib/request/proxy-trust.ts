import { BlockList, isIP } from "node:net";

// Which address a request comes from (decision 0010). Without configuration it is the address of
// the connection: X-Forwarded-For is written by whoever sends the request, so it is ignored.
// Behind reverse proxies, the operator says which to trust:
//   TANDEM_TRUSTED_PROXIES=10.0.0.5,10.1.0.0/16   the proxies' addresses or ranges; the client is
//                                                the first address, from the right, that is not one
//   TANDEM_TRUSTED_PROXY_HOPS=1                   how many proxies stand in front; each appends the
//                                                address it was reached from

export type ProxyTrust = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "proxies"; proxies: BlockList };

/** An address as one spelling: no IPv4-mapped IPv6 prefix, no port, no brackets; null if it is none. */
export function normaliseAddress(value: string | undefined): string | null {
  let address = (value ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

function family(address: string): "ipv4" | "ipv6" {
  return isIP(address) === 4 ? "ipv4" : "ipv6";
}

function readProxyList(text: string): BlockList {
  const proxies = new BlockList();
  for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
    const [base, prefix, ...rest] = entry.split("/");
    const address = normaliseAddress(base);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = address && family(address) === "ipv4" ? 32 : 128;
    if (!address || rest.length > 0 || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))) {
      throw new Error(`TANDEM_TRUSTED_PROXIES: "${entry}" is not an address or a range such as 10.0.0.0/8.`);
    }
    if (bits === undefined) proxies.addAddress(address, family(address));
    else proxies.addSubnet(address, bits, family(address));
  }
  return proxies;
}

/** The proxies to trust, from the environment; throws with a readable message on a setting it cannot use. */
export function readProxyTrust(settings: Record<string, string | undefined> = process.env): ProxyTrust {
  const list = settings.TANDEM_TRUSTED_PROXIES?.trim();
  const hopsText = settings.TANDEM_TRUSTED_PROXY_HOPS?.trim();
  if (list && hopsText) throw new Error("Set TANDEM_TRUSTED_PROXIES or TANDEM_TRUSTED_PROXY_HOPS, not both.");
  if (list) return { kind: "proxies", proxies: readProxyList(list) };
  if (!hopsText) return { kind: "none" };
  const hops = Number(hopsText);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(`TANDEM_TRUSTED_PROXY_HOPS: "${hopsText}" is not a number of proxies from 0 to 10.`);
  }
  return hops === 0 ? { kind: "none" } : { kind: "hops", hops };
}

function isTrustedProxy(address: string | null, trust: ProxyTrust): boolean {
  if (!address) return false;
  if (trust.kind === "hops") return true;
  return trust.kind === "proxies" && trust.proxies.check(address, family(address));
}

/** True when the connection comes from a proxy whose X-Forwarded-* headers may be believed. */
export function trustsForwardedHeaders(socketAddress: string | undefined, trust: ProxyTrust): boolean {
  return isTrustedProxy(normaliseAddress(socketAddress), trust);
}

/**
 * The client's address: the connection's, unless it comes from a trusted proxy, in which case
 * X-Forwarded-For is read from the right, one entry per trusted proxy. Entries left of that were
 * written by the client and are never used.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: ProxyTrust,
): string | null {
  const peer = normaliseAddress(socketAddress);
  if (trust.kind === "none" || !peer) return peer;
  const chain = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);

  if (trust.kind === "hops") {
    const picked = chain.length >= trust.hops ? chain[chain.length - trust.hops] : chain[0];
    return normaliseAddress(picked) ?? peer;
  }
  let address = peer;
  for (let index = chain.length - 1; index >= 0 && isTrustedProxy(address, trust); index -= 1) {
    const next = normaliseAddress(chain[index]);
    if (!next) break;
    address = next;
  }
  return address;
}
