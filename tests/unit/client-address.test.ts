import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress } from "@/lib/domain/client-address";

describe("clientAddress", () => {
  it.each<[string, string | null, string | null, number, string | null]>([
    ["no proxy: the socket, whatever X-Forwarded-For claims", "6.6.6.6", "10.0.0.7", 0, "10.0.0.7"],
    ["no proxy, no header", null, "203.0.113.9", 0, "203.0.113.9"],
    ["one proxy: the entry it appended", "6.6.6.6, 198.51.100.4", "10.0.0.1", 1, "198.51.100.4"],
    ["one proxy, a forged list before it is ignored", "1.1.1.1, 2.2.2.2, 198.51.100.4", "10.0.0.1", 1, "198.51.100.4"],
    ["two proxies: the entry the outer one appended", "6.6.6.6, 198.51.100.4, 10.1.1.1", "10.0.0.1", 2, "198.51.100.4"],
    ["a proxy configured but the header missing: the socket", null, "10.0.0.1", 1, "10.0.0.1"],
    ["a chain shorter than configured: the socket", "198.51.100.4", "10.0.0.1", 2, "10.0.0.1"],
    ["nothing known", null, null, 0, null],
  ])("%s", (_name, forwardedFor, peer, trustedProxies, expected) => {
    expect(clientAddress({ forwardedFor, peer, trustedProxies })).toBe(expected);
  });
});

describe("normaliseAddress", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    [" 203.0.113.9:51234 ", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["::1", "0:0:0:0::/64"],
    ["[::1]:3000", "0:0:0:0::/64"],
    ["2001:DB8:abcd:12::1", "2001:db8:abcd:12::/64"],
    ["2001:db8:abcd:0012:ffff:eeee:dddd:cccc", "2001:db8:abcd:12::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
  ])("%j → %j", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });

  it("puts two addresses of one /64 under one key, and of two /64s under two", () => {
    expect(normaliseAddress("2001:db8:1:2::aaaa")).toBe(normaliseAddress("2001:db8:1:2:ffff::1"));
    expect(normaliseAddress("2001:db8:1:2::1")).not.toBe(normaliseAddress("2001:db8:1:3::1"));
  });
});
