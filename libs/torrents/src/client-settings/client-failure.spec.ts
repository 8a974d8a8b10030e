import { createServer } from 'node:net';
import { describeClientFailure, networkReason, reachBySocket } from './client-failure.js';

/** An error as undici raises it: "fetch failed", with the socket's error as its cause. */
const fetchFailed = (code: string) =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(`connect ${code}`), { code }) });

describe('networkReason', () => {
  it.each([
    [fetchFailed('ECONNREFUSED'), 'nothing listens there (connection refused)'],
    [fetchFailed('ENOTFOUND'), 'the host name is not known'],
    [fetchFailed('UND_ERR_CONNECT_TIMEOUT'), 'it did not answer in time'],
    [
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      'it did not answer in time',
    ],
    [new TypeError("Cannot read properties of undefined (reading 'status')"), undefined],
    [new Error('Login failed'), undefined],
  ])('reads %s as %j', (error, reason) => {
    expect(networkReason(error)).toBe(reason);
  });
});

describe('describeClientFailure', () => {
  const url = 'http://127.0.0.1:9';

  it('gives the network reason the client error carries, without probing', async () => {
    const probe = async () => {
      throw new Error('must not probe');
    };
    await expect(describeClientFailure('qBittorrent', url, fetchFailed('ECONNREFUSED'), probe)).resolves.toBe(
      'qBittorrent at http://127.0.0.1:9 could not be reached: nothing listens there (connection refused)',
    );
  });

  it('probes the URL when the client error hides the reason', async () => {
    const hidden = new TypeError("Cannot read properties of undefined (reading 'status')");
    await expect(
      describeClientFailure('Transmission', url, hidden, async () => 'nothing listens there (connection refused)'),
    ).resolves.toBe(
      'Transmission at http://127.0.0.1:9 could not be reached: nothing listens there (connection refused)',
    );
  });

  it('says the client answers when the URL is reachable, with the client error', async () => {
    await expect(
      describeClientFailure('qBittorrent', url, new Error('Login failed'), async () => undefined),
    ).resolves.toBe(
      'qBittorrent at http://127.0.0.1:9 answers, but refused the login or did not answer as qBittorrent does: Login failed',
    );
  });
});

describe('reachBySocket', () => {
  it('says nothing when something listens, and why not when nothing does', async () => {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(reachBySocket(`http://127.0.0.1:${port}/transmission/rpc`)).resolves.toBeUndefined();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    await expect(reachBySocket(`http://127.0.0.1:${port}`)).resolves.toBe('nothing listens there (connection refused)');
  });
});
