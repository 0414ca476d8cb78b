// Which client a request comes from, for per-address throttles. Pure: the caller passes what the
// request carries and how many reverse proxies it trusts.
//
// X-Forwarded-For is a list each proxy appends its peer to, so only the last `trustedProxies`
// entries were written by proxies we trust; anything to the left of those came from the client and
// may be forged. With no trusted proxy the header is ignored and the socket's peer is used.

/** The address to throttle by, or null when the request does not say. */
export function clientAddress(input: { forwardedFor: string | null; peer: string | null; trustedProxies: number }): string | null {
  if (input.trustedProxies > 0) {
    const hops = (input.forwardedFor ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    // The entry our outermost trusted proxy received the request from. If the list is shorter
    // than the configured chain, the request skipped a proxy: fall back to the socket.
    const entry = hops[hops.length - input.trustedProxies];
    if (entry) return normaliseAddress(entry);
  }
  return input.peer ? normaliseAddress(input.peer) : null;
}

/**
 * One key per client: IPv4-mapped IPv6 becomes plain IPv4, and IPv6 is cut to its /64, because one
 * home or one phone is usually given a whole /64 and could otherwise rotate through it.
 */
export function normaliseAddress(raw: string): string {
  let address = raw.trim().toLowerCase();
  // "[::1]:3000" and "1.2.3.4:5678" (some proxies add the port).
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, ""); // zone index, e.g. fe80::1%eth0
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const groups = expandIPv6(address);
  if (!groups) return address;
  // IPv4-mapped written in hex (::ffff:c000:280): the IPv4 address, not the /64 every such address shares.
  if (groups.slice(0, 5).every((g) => g === "0") && groups[5] === "ffff") {
    const [high, low] = [parseInt(groups[6]!, 16), parseInt(groups[7]!, 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return `${groups.slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] | null {
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) => (part ? part.split(":") : []);
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? head.length !== 8 : missing < 1) return null;
  const groups = [...head, ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => "0"), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ""));
}
