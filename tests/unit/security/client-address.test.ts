import type { BlockList } from "node:net";
import { describe, expect, test } from "vitest";
import {
  addressBucket,
  CLIENT_ADDRESS_HEADER,
  clientAddressFromHeaders,
  parseAddressRange,
  parseTrustedProxies,
  resolveClientAddress,
  UNKNOWN_CLIENT_ADDRESS,
} from "@/lib/security/client-address";

const NONE = parseTrustedProxies([]);
const PROXIES = parseTrustedProxies(["10.0.0.0/8", "192.168.1.7", "fd00::/8"]);

type Row = [string | undefined, string | undefined, BlockList, string, string];

describe("resolveClientAddress", () => {
  test.each<Row>([
    // [forwarded-for, socket, trusted, expected, why]
    [undefined, "203.0.113.7", NONE, "203.0.113.7", "no header: the socket"],
    ["198.51.100.1", "203.0.113.7", NONE, "203.0.113.7", "a client's own header counts for nothing"],
    ["198.51.100.1, 10.0.0.2", "203.0.113.7", PROXIES, "203.0.113.7", "the peer is no trusted proxy"],
    ["198.51.100.1", "10.0.0.2", PROXIES, "198.51.100.1", "one trusted proxy in front"],
    ["1.1.1.1, 198.51.100.1", "10.0.0.2", PROXIES, "198.51.100.1", "left of the real client is forged"],
    ["1.1.1.1, 198.51.100.1, 10.0.0.3", "192.168.1.7", PROXIES, "198.51.100.1", "two trusted hops"],
    ["garbage, 10.0.0.3", "10.0.0.2", PROXIES, "10.0.0.3", "a malformed hop: the nearest trusted hop"],
    ["10.0.0.5, 10.0.0.3", "10.0.0.2", PROXIES, "10.0.0.5", "every hop trusted: the left-most"],
    [undefined, "10.0.0.2", PROXIES, "10.0.0.2", "a trusted peer that forwarded nothing"],
    ["2001:db8::1", "fd00::5", PROXIES, "2001:db8::1", "IPv6 proxy and client"],
    [undefined, "::ffff:203.0.113.7", NONE, "203.0.113.7", "IPv4-mapped socket address"],
    ["198.51.100.1", "::ffff:10.0.0.2", PROXIES, "198.51.100.1", "IPv4-mapped trusted proxy"],
    [undefined, undefined, NONE, UNKNOWN_CLIENT_ADDRESS, "a closed socket"],
  ])("%j from %j → %j (%s)", (forwardedFor, socketAddress, trustedProxies, expected) => {
    expect(resolveClientAddress({ forwardedFor, socketAddress, trustedProxies })).toBe(expected);
  });

  test("a fresh forged hop per request never yields a fresh address", () => {
    const seen = new Set(
      Array.from({ length: 50 }, (_, index) =>
        resolveClientAddress({
          forwardedFor: `172.16.${index}.1`,
          socketAddress: "203.0.113.7",
          trustedProxies: NONE,
        }),
      ),
    );
    expect([...seen]).toEqual(["203.0.113.7"]);
  });
});

describe("TRUSTED_PROXIES entries", () => {
  test.each(["10.0.0.0/8", "192.168.1.7", "::1", "fd00::/8", "0.0.0.0/0"])("accepts %j", (entry) => {
    expect(parseAddressRange(entry)).not.toBeNull();
  });
  test.each(["10.0.0.0/33", "fd00::/129", "localhost", "10.0.0.0/8/1", "10.0.0.0/x", ""])(
    "refuses %j",
    (entry) => {
      expect(parseAddressRange(entry)).toBeNull();
      expect(() => parseTrustedProxies([entry])).toThrow(/TRUSTED_PROXIES/);
    },
  );
});

describe("clientAddressFromHeaders", () => {
  const headers = (value: string) => new Headers({ [CLIENT_ADDRESS_HEADER]: value });
  test("believes the header only when scripts/server.ts wrote it", () => {
    expect(clientAddressFromHeaders(headers("203.0.113.7"), true)).toBe("203.0.113.7");
    expect(clientAddressFromHeaders(headers("203.0.113.7"), false)).toBe(UNKNOWN_CLIENT_ADDRESS);
  });
  test("ignores a value that is no address", () => {
    expect(clientAddressFromHeaders(headers("1.2.3.4, 5.6.7.8"), true)).toBe(UNKNOWN_CLIENT_ADDRESS);
    expect(clientAddressFromHeaders(new Headers(), true)).toBe(UNKNOWN_CLIENT_ADDRESS);
  });
});

describe("addressBucket", () => {
  test.each([
    ["203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:0db8:0001:0002::/64"],
    ["2001:db8:1:2::99", "2001:0db8:0001:0002::/64"],
    ["2001:db8::1", "2001:0db8:0000:0000::/64"],
    ["::1", "0000:0000:0000:0000::/64"],
    ["unknown", "unknown"],
  ])("%j → %j", (address, bucket) => {
    expect(addressBucket(address)).toBe(bucket);
  });
});
