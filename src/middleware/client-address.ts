/**
 * The client address the platform limits and throttles by: Cloudflare's `CF-Connecting-IP` only.
 * `X-Forwarded-For` and friends are whatever the client wrote. An IPv6 client is its /64: one
 * subscriber usually holds a whole /64, so counting single addresses would give them 2^64 buckets.
 * Null when there is no such header (never on Cloudflare's edge; in some local tools).
 */
export function clientAddressOf(header: string | null | undefined): string | null {
  const address = header?.trim();
  if (!address) return null;
  if (!address.includes(":")) return isIPv4(address) ? address : null;
  const groups = expandIPv6(address);
  if (!groups) return null;
  // An IPv4 client written as an IPv4-mapped IPv6 address is that IPv4 client.
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

function isIPv4(address: string): boolean {
  const parts = address.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function expandIPv6(address: string): number[] | null {
  let text = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  // A trailing dotted quad (::ffff:192.0.2.1) is two groups.
  const quad = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (quad) {
    if (!isIPv4(quad[1]!)) return null;
    const [a, b, c, d] = quad[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, -quad[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === "" ? [] : part.split(":"));
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  return groups.map((g) => parseInt(g, 16));
}
