import { isIPv4, isIPv6 } from 'node:net';

/**
 * Loopback, private (RFC 1918), link-local and IPv6 unique-local addresses: what the *arr apps call
 * "local addresses". Anything unparsable is not local.
 */
export function isLocalAddress(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  if (isIPv4(plain)) {
    const [a, b] = plain.split('.').map(Number) as [number, number];
    return (
      a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
    );
  }
  if (isIPv6(plain)) {
    if (plain === '::1') return true;
    const first = parseInt(plain.split(':')[0] || '0', 16);
    return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
  }
  return false;
}
