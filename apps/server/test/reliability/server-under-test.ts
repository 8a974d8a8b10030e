import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type JobDto, JobStatus } from '@app/contracts';
import { type FakeMusicWorld, makeTempDir, type ProcessServer, startProcessServer, TEST_API_KEY } from '@app/testing';

/** Headers of every request to the server under test: it requires the API key like any other. */
export const AUTH = { 'x-api-key': TEST_API_KEY };

const ENTRY = new URL('../../../../dist/apps/server/src/main.js', import.meta.url).pathname;

export interface ServerUnderTest {
  server: ProcessServer;
  dataDir: string;
  libraryRoot: string;
  submit(query: string): Promise<JobDto>;
  job(id: string): Promise<JobDto | undefined>;
  /** Waits until every job has ended or `timeoutMs` passed; returns the last view of each. */
  settle(ids: string[], timeoutMs: number): Promise<Map<string, JobDto | undefined>>;
  /** Job temp folders left under `<data dir>/tmp`. */
  tempLeftovers(): string[];
  close(): Promise<void>;
}

export const isEnded = (job: JobDto | undefined): boolean =>
  job !== undefined && [JobStatus.Success, JobStatus.Error, JobStatus.Cancelled].includes(job.status);

/**
 * The built server as a child process against the fake music world: a SQLite file in a fresh data folder, and
 * leases, polls and retries short enough that a killed step is picked up again within about a second.
 */
export async function startServerUnderTest(
  world: FakeMusicWorld,
  env: Record<string, string> = {},
): Promise<ServerUnderTest> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first`);
  const data = await makeTempDir('truetrack-reliability');
  const libraryRoot = join(data.path, 'library');
  const server = await startProcessServer({
    entry: ENTRY,
    env: {
      ...world.env,
      TRUETRACK_DATA_DIR: data.path,
      MUSIC_LIBRARY_ROOT: libraryRoot,
      TRUETRACK_LOG_LEVEL: 'error',
      TRUETRACK_API_KEY: TEST_API_KEY,
      TRUETRACK_LEASE_MS: '1000',
      TRUETRACK_HEARTBEAT_MS: '100',
      TRUETRACK_POLL_MS: '50',
      TRUETRACK_RETRY_BASE_MS: '100',
      TRUETRACK_RETRY_MAX_MS: '1000',
      TRUETRACK_JOB_MAX_ATTEMPTS: '20',
      TRUETRACK_PROVIDER_TIMEOUT_MS: '2000',
      TRUETRACK_PROVIDER_CACHE_HOURS: '0',
      TRUETRACK_DOWNLOAD_TIMEOUT_MS: '20000',
      // Scenarios that are not about watch folders count only the jobs they submit; the watch kill test turns it on.
      TRUETRACK_WATCH: 'false',
      ...env,
    },
  });
  const get = async (path: string) =>
    fetch(`${server.baseUrl}${path}`, { headers: AUTH, signal: AbortSignal.timeout(5000) });
  const job = async (id: string) => {
    const response = await get(`/api/v1/jobs/${id}`);
    return response.ok ? ((await response.json()) as JobDto) : undefined;
  };
  return {
    server,
    dataDir: data.path,
    libraryRoot,
    submit: async (query) => {
      const response = await fetch(`${server.baseUrl}/api/v1/jobs`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      if (response.status !== 201) throw new Error(`POST /jobs answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as JobDto;
    },
    job,
    settle: async (ids, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      const seen = new Map<string, JobDto | undefined>();
      for (;;) {
        for (const id of ids) if (!isEnded(seen.get(id))) seen.set(id, await job(id).catch(() => undefined));
        if (ids.every((id) => isEnded(seen.get(id))) || Date.now() > deadline) return seen;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    tempLeftovers: () => {
      const tmp = join(data.path, 'tmp');
      return existsSync(tmp) ? readdirSync(tmp) : [];
    },
    close: async () => {
      await server.stop();
      await data.remove();
    },
  };
}
