// Two API processes on one database racing with the same idempotency keys. Runs compiled code in the
// second process: `npm run build:test` first.
import { spawn } from 'node:child_process';
import { type Engine, startEngine } from './engine-harness.js';
import { assertWorkerBuilt, childEnv, CREATE_JOBS_SCRIPT } from './worker-processes.js';

interface Creation {
  key: string;
  id: string;
  created: boolean;
}

const PER_PROCESS = 100;
const KEYS = 20;

/** Starts the second process; `go()` makes it create its jobs, `results` are what it got. */
function secondCreator(engine: Engine): Promise<{ go(): void; results: Promise<Creation[]> }> {
  const args = [CREATE_JOBS_SCRIPT, String(PER_PROCESS), String(KEYS), 'burst'];
  const child = spawn(process.execPath, args, { env: childEnv(engine.config), stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const results = exited.then((code) => {
    const line = stdout.split('\n').find((l) => l.startsWith('['));
    if (code !== 0 || !line) throw new Error(`the second creator exited with ${code}:\n${stderr.slice(-2000)}`);
    return JSON.parse(line) as Creation[];
  });
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (stdout.includes('ready\n')) {
        clearInterval(poll);
        resolve({ go: () => child.stdin.write('go\n'), results });
      }
    }, 10);
    results.catch((error: Error) => {
      clearInterval(poll);
      reject(error);
    });
  });
}

describe('idempotency keys across processes', () => {
  let engine: Engine;

  beforeAll(() => assertWorkerBuilt(CREATE_JOBS_SCRIPT));

  afterEach(async () => {
    await engine?.close();
  });

  it(`makes one job per key when two processes create ${2 * PER_PROCESS} jobs with ${KEYS} keys at once`, async () => {
    engine = await startEngine('in-process', [], { role: 'api' });
    const other = await secondCreator(engine);
    other.go();
    const here = await Promise.all(
      Array.from({ length: PER_PROCESS }, async (_, i) => {
        const key = `burst-${i % KEYS}`;
        const { job, created } = await engine.jobs.create({ query: `song ${i % KEYS}` }, key);
        return { key, id: job.id, created };
      }),
    );
    const all = [...here, ...(await other.results)];

    const idsByKey = new Map<string, Set<string>>();
    for (const { key, id } of all) idsByKey.set(key, (idsByKey.get(key) ?? new Set()).add(id));
    expect([...idsByKey.values()].filter((ids) => ids.size !== 1)).toEqual([]);
    expect(idsByKey.size).toBe(KEYS);
    expect(all.filter((c) => c.created)).toHaveLength(KEYS);
    expect((await engine.jobs.list({ pageSize: 500 })).totalRecords).toBe(KEYS);
  }, 60_000);
});
