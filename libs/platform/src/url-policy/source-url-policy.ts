import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { embeddedIPv4, privateAddressKind } from './private-address.js';

/** Resolves a host name to every address it has (tests pass their own). */
export type ResolveHost = (host: string) => Promise<string[]>;

const UNRESOLVABLE_SUFFIX = ' cannot be resolved';

const resolveWithDns: ResolveHost = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Which URLs yt-dlp may be sent to on a person's behalf: http(s) to public addresses only, unless the host
 * or its subnet is allowed (`TRUETRACK_ALLOW_PRIVATE_SOURCES`). A URL job is otherwise a way to make the
 * server read its own loopback services, the LAN, or the cloud's metadata endpoint (SSRF).
 */
export class SourceUrlPolicy {
  private readonly allowedHosts: Set<string>;
  private readonly allowedSubnets = new BlockList();

  constructor(
    private readonly allow: true | readonly string[],
    private readonly resolve: ResolveHost = resolveWithDns,
  ) {
    this.allowedHosts = new Set();
    if (allow === true) return;
    for (const entry of allow) {
      const [network, prefix] = entry.split('/') as [string, string | undefined];
      const family = isIP(network);
      if (!family) this.allowedHosts.add(entry.toLowerCase().replace(/\.$/, ''));
      else if (prefix === undefined) this.allowedSubnets.addAddress(network, family === 4 ? 'ipv4' : 'ipv6');
      else this.allowedSubnets.addSubnet(network, Number(prefix), family === 4 ? 'ipv4' : 'ipv6');
    }
  }

  /**
   * Why the URL may not be fetched, as a sentence, or undefined when it may. `whenUnresolvable: 'allow'` lets a
   * host that does not resolve now through (a request is taken while DNS is down; the check before the fetch
   * repeats it).
   */
  async refusal(
    raw: string,
    { whenUnresolvable = 'refuse' }: { whenUnresolvable?: 'allow' | 'refuse' } = {},
  ): Promise<string | undefined> {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      return `${raw} is not a URL`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return `${url.protocol} URLs are not fetched; use http(s)`;
    if (url.username || url.password) return 'URLs with a user name or password are not fetched';
    if (this.allow === true) return undefined;
    const admitted = await this.admit(url.hostname);
    if ('refusal' in admitted) {
      return admitted.refusal.endsWith(UNRESOLVABLE_SUFFIX) && whenUnresolvable === 'allow'
        ? undefined
        : admitted.refusal;
    }
    return undefined;
  }

  /** Whether every URL is let through, so there is nothing to guard. */
  get unrestricted(): boolean {
    return this.allow === true;
  }

  /**
   * The addresses a host may be reached at, or why it may not be. A caller that connects should use these
   * addresses rather than resolve the name again: a second answer may point elsewhere (DNS rebinding).
   */
  async admit(hostname: string): Promise<{ addresses: string[] } | { refusal: string }> {
    // WHATWG parsing already turned decimal, octal and hex IPv4 spellings into dotted form.
    const host = hostname
      .replace(/^\[|\]$/g, '')
      .toLowerCase()
      .replace(/\.$/, '');
    const addresses = isIP(host) ? [host] : await this.resolve(host).catch(() => []);
    if (this.allow === true || this.allowedHosts.has(host)) {
      return addresses.length ? { addresses } : { refusal: host + UNRESOLVABLE_SUFFIX };
    }
    if (!addresses.length) return { refusal: host + UNRESOLVABLE_SUFFIX };
    for (const address of addresses) {
      const kind = privateAddressKind(address);
      if (kind && !this.allowed(address)) {
        const shown = address === host ? host : `${host} (${address})`;
        return {
          refusal:
            `${shown} is ${kind}; TrueTrack only fetches from public addresses unless ` +
            'TRUETRACK_ALLOW_PRIVATE_SOURCES names the host or its subnet',
        };
      }
    }
    return { addresses };
  }

  private allowed(address: string): boolean {
    const family = isIP(address);
    if (family === 0) return false;
    const inner = embeddedIPv4(address.toLowerCase());
    return (
      this.allowedSubnets.check(address, family === 4 ? 'ipv4' : 'ipv6') ||
      (inner !== undefined && this.allowedSubnets.check(inner, 'ipv4'))
    );
  }
}
