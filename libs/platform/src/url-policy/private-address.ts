import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** What a range is, for the sentence that refuses it. */
const V4_RANGES: [string, number, string][] = [
  ['0.0.0.0', 8, 'a "this network" address'],
  ['10.0.0.0', 8, 'a private (RFC 1918) address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address (cloud metadata lives here)'],
  ['172.16.0.0', 12, 'a private (RFC 1918) address'],
  ['192.0.0.0', 24, 'an IETF protocol address'],
  ['192.168.0.0', 16, 'a private (RFC 1918) address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];
const V6_RANGES: [string, number, string][] = [
  ['fd00:ec2::254', 128, 'a cloud metadata address'],
  ['::', 128, 'the unspecified address'],
  ['::1', 128, 'a loopback address'],
  ['fc00::', 7, 'a unique-local (private) address'],
  ['fe80::', 10, 'a link-local address'],
  ['fec0::', 10, 'a site-local address'],
  ['ff00::', 8, 'a multicast address'],
];

const lists = [...V4_RANGES.map((r) => [r, 'ipv4'] as const), ...V6_RANGES.map((r) => [r, 'ipv6'] as const)].map(
  ([[network, prefix, kind], family]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return { list, family, kind };
  },
);

/**
 * Why an address is not on the public internet (loopback, private, link-local, metadata, multicast…), or
 * undefined when it is. IPv4 inside IPv6 (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`)
 * is judged as the IPv4 address it carries.
 */
export function privateAddressKind(address: string): string | undefined {
  const plain = address.replace(/^\[|\]$/g, '').toLowerCase();
  const embedded = embeddedIPv4(plain);
  if (embedded) return privateAddressKind(embedded);
  const family = isIPv4(plain) ? 'ipv4' : isIPv6(plain) ? 'ipv6' : undefined;
  if (!family) return 'not an IP address';
  return lists.find((entry) => entry.family === family && entry.list.check(plain, family))?.kind;
}

/** The IPv4 address an IPv6 address carries in its mapped, NAT64 or 6to4 forms. */
export function embeddedIPv4(address: string): string | undefined {
  if (!isIPv6(address)) return undefined;
  const words = expandIPv6(address);
  const v4 = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  const zero = (from: number, to: number) => words.slice(from, to).every((w) => w === 0);
  if (zero(0, 5) && words[5] === 0xffff) return v4(words[6]!, words[7]!);
  if (words[0] === 0x64 && words[1] === 0xff9b && zero(2, 6)) return v4(words[6]!, words[7]!);
  if (words[0] === 0x2002) return v4(words[1]!, words[2]!);
  return undefined;
}

function expandIPv6(address: string): number[] {
  let text = address;
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parts = (s: string) => (s ? s.split(':').map((w) => parseInt(w, 16)) : []);
  const left = parts(head);
  const right = tail === undefined ? [] : parts(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}
