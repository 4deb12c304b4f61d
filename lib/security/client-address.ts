// Which address a request comes from, for rate limits and session rows (ADR 016). Forwarding headers are
// written by whoever sends the request, so they count only when the socket peer is a proxy we were told to
// trust; then the right-most hop that no trusted proxy wrote is the client. Next.js gives route handlers
// no socket address, so scripts/server.ts resolves it here and hands it on in CLIENT_ADDRESS_HEADER.
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/** Written by scripts/server.ts on every request (a client's own value is overwritten); read nowhere else. */
export const CLIENT_ADDRESS_HEADER = "x-nutriweek-client-address";

/** The bucket for requests whose address is unknown (not served by scripts/server.ts): all share it. */
export const UNKNOWN_CLIENT_ADDRESS = "unknown";

/** "::ffff:203.0.113.7" (an IPv4 client on a dual-stack socket) is 203.0.113.7. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/** "10.0.0.0/8" or "fd00::1" as a subnet; null when it is no IP address or CIDR range. */
export function parseAddressRange(
  entry: string,
): { address: string; bits: number; family: "ipv4" | "ipv6" } | null {
  const [address = "", prefix, extra] = entry.trim().split("/");
  const family = isIP(address);
  const maxBits = family === 6 ? 128 : 32;
  if (!family || extra !== undefined || (prefix !== undefined && !/^\d+$/.test(prefix))) return null;
  const bits = prefix === undefined ? maxBits : Number(prefix);
  if (bits > maxBits) return null;
  return { address: normalizeAddress(address), bits, family: family === 6 ? "ipv6" : "ipv4" };
}

/** Parses TRUSTED_PROXIES ("10.0.0.0/8", "192.168.1.7", "fd00::/8"); throws for an entry that is neither. */
export function parseTrustedProxies(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const range = parseAddressRange(entry);
    if (!range) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    // An IPv4-mapped entry was normalized to IPv4, so its family follows the address, not the input.
    const family = isIP(range.address) === 6 ? "ipv6" : "ipv4";
    list.addSubnet(range.address, Math.min(range.bits, family === "ipv4" ? 32 : 128), family);
  }
  return list;
}

/**
 * The address scripts/server.ts wrote into CLIENT_ADDRESS_HEADER, when this process is served by it
 * (`servedByOurServer`); otherwise the header may be the client's own and UNKNOWN_CLIENT_ADDRESS is all
 * that is known.
 */
export function clientAddressFromHeaders(headers: Headers, servedByOurServer: boolean): string {
  const written = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  return servedByOurServer && written && isIP(written) ? written : UNKNOWN_CLIENT_ADDRESS;
}

function isTrusted(address: string, trustedProxies: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && trustedProxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

export interface ClientAddressInput {
  /** X-Forwarded-For as received (several headers joined by ", "), or undefined. */
  forwardedFor: string | undefined;
  /** The TCP peer (req.socket.remoteAddress); undefined once the socket is gone. */
  socketAddress: string | undefined;
  /** TRUSTED_PROXIES, parsed. Empty: no forwarding header is believed. */
  trustedProxies: BlockList;
}

/**
 * The client's address. Without a trusted peer that is the socket address. Behind trusted proxies each of
 * them appended the address it saw, so X-Forwarded-For is walked from the right past trusted hops; the first
 * untrusted one is the client (anything left of it was chosen by the client). A malformed hop cannot have
 * come from a trusted proxy's peer, so the nearest trusted hop stands in for it.
 */
export function resolveClientAddress({
  forwardedFor,
  socketAddress,
  trustedProxies,
}: ClientAddressInput): string {
  const peer = socketAddress ? normalizeAddress(socketAddress) : UNKNOWN_CLIENT_ADDRESS;
  if (!isTrusted(peer, trustedProxies)) return peer;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => normalizeAddress(hop))
    .filter(Boolean);
  let nearestTrusted = peer;
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index]!;
    if (!isIP(hop)) return nearestTrusted;
    if (!isTrusted(hop, trustedProxies)) return hop;
    nearestTrusted = hop;
  }
  return nearestTrusted;
}

/**
 * The rate-limit bucket of an address: IPv6 clients get a whole /64 each (one subscriber's prefix), so
 * hopping between its addresses earns no fresh bucket. IPv4 addresses stay as they are.
 */
export function addressBucket(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.padStart(4, "0"))
    .join(":")}::/64`;
}

/**
 * The rate-limit subject of a request's client (lib/api/with-route.ts): the address scripts/server.ts
 * resolved from the socket and TRUSTED_PROXIES, IPv6 as its /64 (addressBucket). "unknown" under a server
 * that does not write it (a bare `next start`, `next dev`): every client then shares one bucket.
 */
export function clientAddressOf(request: Request): string {
  return addressBucket(clientAddressFromHeaders(request.headers, env.NUTRIWEEK_SERVER));
}
