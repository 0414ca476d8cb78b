// Per-address throttles need one key per client, however the address is written.
import { describe, expect, it } from "vitest";
import { normaliseAddress } from "@/lib/domain/client-address";

describe("IPv4-mapped IPv6 in hex", () => {
  it.each([
    ["::ffff:cb00:7109", "203.0.113.9"],
    ["0:0:0:0:0:ffff:c633:6446", "198.51.100.70"],
    ["[::FFFF:C633:6446]:443", "198.51.100.70"],
  ])("%j is the IPv4 address %j, not a /64 every mapped address shares", (raw, expected) => {
    expect(normaliseAddress(raw)).toBe(expected);
  });

  it("keeps two mapped addresses apart, and other IPv6 cut to its /64", () => {
    expect(normaliseAddress("::ffff:cb00:7109")).not.toBe(normaliseAddress("::ffff:cb00:710a"));
    expect(normaliseAddress("::fffe:cb00:7109")).toBe("0:0:0:0::/64");
  });
});
