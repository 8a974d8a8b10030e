import { Agent, request } from 'node:http';
import type { HostileRequest } from './hostile-requests.js';

export interface RawAnswer {
  /** 0 when the connection ended without an answer. */
  status: number;
  error?: string;
}

const TIMEOUT_MS = 15_000;

/** Plain HTTP over keep-alive connections: bytes go out exactly as generated, nothing is fixed up on the way. */
export class RawClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 8 });

  constructor(private readonly baseUrl: string) {}

  /**
   * A request the server did not read to the end (a body on a route without one, a 413) makes it close the
   * connection, and the next request on that connection is cut off before it was read: such a request is sent
   * again once on a connection of its own, and only an answer missing there too counts.
   */
  async send(hostile: HostileRequest): Promise<RawAnswer> {
    const answer = await this.sendOn(hostile, this.agent);
    return answer.status === 0 ? this.sendOn(hostile, false) : answer;
  }

  private sendOn(hostile: HostileRequest, agent: Agent | false): Promise<RawAnswer> {
    const { hostname, port } = new URL(this.baseUrl);
    return new Promise((resolve) => {
      const req = request(
        { hostname, port, method: hostile.method, path: hostile.url, headers: hostile.headers, agent },
        (res) => {
          // An event stream never ends by itself: its status is all there is to check.
          if (String(res.headers['content-type']).startsWith('text/event-stream')) {
            res.destroy();
            resolve({ status: res.statusCode ?? 0 });
            return;
          }
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
          res.on('error', (error) => resolve({ status: res.statusCode ?? 0, error: error.message }));
        },
      );
      req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
      req.on('error', (error) => resolve({ status: 0, error: error.message }));
      req.end(hostile.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Runs `tasks` with at most `width` in flight, keeping their order in the results. */
export async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: width }, lane));
  return results;
}
