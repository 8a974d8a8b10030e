import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { JobDto, Page } from '@app/contracts';
import { startTestApp, type TestApp } from '../../server/test/support/test-app.js';

const BIN = fileURLToPath(new URL('../bin/truetrack.mjs', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../../dist/apps/cli/src/main.js', import.meta.url)));
const describeBuilt = BUILT ? describe : describe.skip;
const TITLE = 'the installed truetrack command (apps/cli/bin/truetrack.mjs on the compiled client)';

function truetrack(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { PATH: process.env['PATH'], ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describeBuilt(BUILT ? TITLE : `${TITLE} (SKIPPED: no dist build of the client)`, () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('talks to the server named by the environment and exits 0', async () => {
    const env = { TRUETRACK_URL: testApp.publicUrl, TRUETRACK_API_KEY: testApp.apiKey };
    await truetrack(['add', 'numb linkin park'], env);

    const run = await truetrack(['jobs', '--json'], env);

    expect(run).toMatchObject({ code: 0, err: '' });
    expect((JSON.parse(run.out) as Page<JobDto>).records[0]).toMatchObject({ query: 'numb linkin park' });
  });

  it('exits 1 with the message when the API refuses', async () => {
    const run = await truetrack(['jobs', '--url', testApp.publicUrl, '--api-key', 'wrong']);

    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^truetrack: .*\(HTTP 401\)/);
  });

  it('exits 2 on a usage error', async () => {
    const run = await truetrack(['jobs', '--colour']);

    expect(run.code).toBe(2);
    expect(run.err).toContain("truetrack: Unknown option '--colour'");
  });
});
