import { connect } from 'node:net';

/** Network failures people can act on, by the code Node puts on the error (or on its cause). */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'nothing listens there (connection refused)',
  ENOTFOUND: 'the host name is not known',
  EAI_AGAIN: 'the host name could not be looked up',
  EHOSTUNREACH: 'the host cannot be reached',
  ENETUNREACH: 'the network cannot be reached',
  ECONNRESET: 'the connection was dropped',
  ETIMEDOUT: 'it did not answer in time',
  UND_ERR_CONNECT_TIMEOUT: 'it did not answer in time',
  UND_ERR_HEADERS_TIMEOUT: 'it did not answer in time',
};

const PROBE_TIMEOUT_MS = 5000;

/** What a plain request to `url` says about the network: a reason when it fails, nothing when something answers. */
export type ReachProbe = (url: string) => Promise<string | undefined>;

/** The network's reason in an error or the errors that caused it, if any. */
export function networkReason(error: unknown): string | undefined {
  for (let at: unknown = error, depth = 0; at && depth < 6; at = (at as { cause?: unknown }).cause, depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_REASONS[code]) return NETWORK_REASONS[code];
    if ((at as { name?: unknown }).name === 'TimeoutError') return 'it did not answer in time';
  }
  return undefined;
}

/** Opens a TCP connection to the URL's host and port (fetch refuses some ports outright, such as 9). */
export const reachBySocket: ReachProbe = (url) => {
  const target = new URL(url);
  const port = Number(target.port) || (target.protocol === 'https:' ? 443 : 80);
  return new Promise((resolve) => {
    const socket = connect({ host: target.hostname.replace(/^\[|\]$/g, ''), port, timeout: PROBE_TIMEOUT_MS });
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(NETWORK_REASONS['ETIMEDOUT']);
    });
    socket.once('error', (error) => resolve(networkReason(error) ?? error.message));
  });
};

/**
 * Why a download client's test failed, in words. The client libraries often hide the network's reason (one
 * reports a refused connection as "Cannot read properties of undefined"), so when their error carries none, a plain
 * request to the URL tells "nothing listens there" from "it answers but refuses the login".
 */
export async function describeClientFailure(
  name: string,
  url: string,
  error: unknown,
  probe: ReachProbe = reachBySocket,
): Promise<string> {
  const reason = networkReason(error) ?? (await probe(url));
  if (reason) return `${name} at ${url} could not be reached: ${reason}`;
  return `${name} at ${url} answers, but refused the login or did not answer as ${name} does: ${(error as Error).message}`;
}
