import { privateAddressKind } from './private-address.js';
import { type ResolveHost, SourceUrlPolicy } from './source-url-policy.js';

const DNS: Record<string, string[]> = {
  'music.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'rebound.example.com': ['93.184.215.14', '10.0.0.8'],
  'nas.lan': ['192.168.1.20'],
  'metadata.google.internal': ['169.254.169.254'],
};
const fakeDns: ResolveHost = async (host) => {
  const found = DNS[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found;
};
const policy = (allow: true | string[] = []) => new SourceUrlPolicy(allow, fakeDns);

describe('SourceUrlPolicy', () => {
  it.each([
    'https://www.youtube.com/watch?v=abc',
    'https://music.example.com/track.mp3',
    'http://93.184.215.14/a.ogg',
    'http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/a.ogg',
  ])('lets %s through', async (url) => {
    const withPublicYoutube = new SourceUrlPolicy([], async () => ['142.250.74.14']);
    expect(await (url.includes('youtube') ? withPublicYoutube : policy()).refusal(url)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['http://127.0.0.1:8000/api/v1/auth/api-key', '127.0.0.1 is a loopback address'],
    ['http://localhost/', 'localhost cannot be resolved'],
    ['http://10.1.2.3/', '10.1.2.3 is a private (RFC 1918) address'],
    ['http://172.17.0.1/', 'a private (RFC 1918) address'],
    ['http://192.168.0.1/', 'a private (RFC 1918) address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address (cloud metadata lives here)'],
    ['http://metadata.google.internal/', 'metadata.google.internal (169.254.169.254) is a link-local address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://0x7f.0.0.1/', '127.0.0.1 is a loopback address'],
    ['http://0177.0.0.1/', '127.0.0.1 is a loopback address'],
    ['http://127.1/', '127.0.0.1 is a loopback address'],
    ['http://0/', '0.0.0.0 is a "this network" address'],
    ['http://[::1]/', '::1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]/', 'is a loopback address'],
    ['http://[::ffff:a9fe:a9fe]/', 'is a link-local address'],
    ['http://[64:ff9b::a00:1]/', 'is a private (RFC 1918) address'],
    ['http://[fd12:3456::1]/', 'is a unique-local (private) address'],
    ['http://[fe80::1]/', 'is a link-local address'],
    ['http://[fd00:ec2::254]/', 'is a cloud metadata address'],
    ['http://100.64.1.1/', 'is a carrier-grade NAT address'],
    ['http://rebound.example.com/', 'rebound.example.com (10.0.0.8) is a private (RFC 1918) address'],
    ['file:///etc/passwd', 'file: URLs are not fetched; use http(s)'],
    ['http://user:pw@music.example.com/', 'URLs with a user name or password are not fetched'],
    ['http://nowhere.invalid/', 'nowhere.invalid cannot be resolved'],
  ])('refuses %s', async (url, reason) => {
    const refusal = await policy().refusal(url);
    expect(refusal).toContain(reason);
  });

  it('lets an unresolvable host through only when asked to (taking a request while DNS is down)', async () => {
    expect(await policy().refusal('http://nowhere.invalid/', { whenUnresolvable: 'allow' })).toBeUndefined();
    expect(await policy().refusal('http://10.0.0.1/', { whenUnresolvable: 'allow' })).toContain('private');
  });

  it('names the setting that allows a private host', async () => {
    expect(await policy().refusal('http://nas.lan/song.flac')).toMatch(/TRUETRACK_ALLOW_PRIVATE_SOURCES/);
  });

  it('allows named hosts, addresses and subnets, and everything with true', async () => {
    expect(await policy(['nas.lan']).refusal('http://nas.lan/song.flac')).toBeUndefined();
    expect(await policy(['192.168.1.0/24']).refusal('http://nas.lan/song.flac')).toBeUndefined();
    expect(await policy(['127.0.0.1']).refusal('http://127.0.0.1:9000/a.ogg')).toBeUndefined();
    expect(await policy(['127.0.0.1']).refusal('http://[::ffff:127.0.0.1]:9000/a.ogg')).toBeUndefined();
    expect(await policy(['127.0.0.1']).refusal('http://127.0.0.2/')).toContain('loopback');
    expect(await policy(['192.168.1.0/24']).refusal('http://169.254.169.254/')).toContain('link-local');
    expect(await policy(true).refusal('http://169.254.169.254/')).toBeUndefined();
    expect(await policy(true).refusal('file:///etc/passwd')).toContain('file:');
  });
});

describe('privateAddressKind', () => {
  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('%s is public', (a) =>
    expect(privateAddressKind(a)).toBeUndefined(),
  );
});
