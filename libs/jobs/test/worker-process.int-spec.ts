// A worker-only process (role worker, no Redis: the in-process dispatcher polling the database) has no HTTP
// server holding it open; the engine itself must keep it running. Runs compiled code: `npm run build:test`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type Engine, startEngine } from './engine-harness.js';
import { assertWorkerBuilt, childEnv, StepLog, WORKER_SCRIPT, waitExit } from './worker-processes.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a worker-only process', () => {
  let engine: Engine;

  beforeAll(() => assertWorkerBuilt());

  afterEach(async () => {
    await engine?.close();
  });

  it('stays up while there is nothing to do', async () => {
    engine = await startEngine('in-process', [], { role: 'api' });
    const log = new StepLog(join(engine.config.paths.dataDir, 'steps.log'));
    const child = spawn(process.execPath, [WORKER_SCRIPT, log.file, '--no-keep-alive'], {
      env: childEnv(engine.config, { TRUETRACK_POLL_MS: '50' }),
      stdio: 'ignore',
    });
    try {
      const deadline = Date.now() + 30_000;
      while (!log.isReady(child.pid!) && child.exitCode === null && Date.now() < deadline) await sleep(10);
      const exited = await waitExit(child, 2000);
      expect(exited ? `exited (${child.signalCode ?? child.exitCode})` : 'running').toBe('running');
    } finally {
      child.kill('SIGTERM');
      if (!(await waitExit(child, 10_000))) child.kill('SIGKILL');
    }
  }, 60_000);
});
