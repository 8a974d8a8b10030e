import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CreateListResponse, type JobDto, JobState, JobStatus, type Page } from '@app/contracts';
import { freePort, makeTempDir } from '@app/testing';
import { startTestApp, type TestApp } from '../../server/test/support/test-app.js';
import { waitForJob } from '../../server/test/support/wait-for-job.js';
import { runTrueTrack, type CliRunOptions } from './support/run-cli.js';

let testApp: TestApp;
let connection: string[];

beforeAll(async () => {
  testApp = await startTestApp();
  // The server itself, not the test door that adds the key: the client has to send it.
  connection = ['--url', testApp.publicUrl, '--api-key', testApp.apiKey];
});

afterAll(async () => {
  await testApp.close();
});

const cli = (argv: string[], options?: CliRunOptions) => runTrueTrack([...argv, ...connection], options);
const json = <T>(text: string) => JSON.parse(text) as T;
const settled = (id: string) => waitForJob(testApp.server, id, (job) => job.status !== JobStatus.Running);

describe('truetrack add', () => {
  it('requests a track and prints the job', async () => {
    const run = await cli(['add', 'numb linkin park']);

    expect(run).toMatchObject({ code: 0, err: '' });
    const id = /^Added job (\S+)$/m.exec(run.out)?.[1];
    expect(id).toBeDefined();
    expect(run.out).toMatch(/ID\s+KIND\s+STATUS\s+STATE\s+PROGRESS\s+UPDATED\s+QUERY/);
    expect(run.out).toContain('numb linkin park');
    expect(await settled(id!)).toMatchObject({ query: 'numb linkin park', state: JobState.Finalized });
  });

  it('passes --allow-large on, so a link to a channel is fetched', async () => {
    const run = await cli(['add', 'https://www.youtube.com/@someone', '--allow-large', '--json']);
    expect(run.code).toBe(0);
    expect(json<JobDto>(run.out)).toMatchObject({ options: { allowLarge: true } });
  });

  it('passes --ask and --format on and prints the API JSON with --json', async () => {
    const run = await cli(['add', 'hurt johnny cash', '--ask', '--format', 'mp3-v0', '--json']);

    expect(run.code).toBe(0);
    const job = json<JobDto>(run.out);
    expect(job).toMatchObject({ query: 'hurt johnny cash', kind: 'track', options: { ask: true, format: 'mp3-v0' } });
  });

  it('follows a job with --wait, drawing a progress bar, until it is done', async () => {
    const run = await cli(['add', 'slow:150 clocks', '--wait'], { terminal: 100 });

    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Job \S+ finished \(FINALIZED\)$/);
    expect(run.err).toMatch(/^Added job \S+$/);
    const bars = run.status.filter((line) => line.startsWith('['));
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.some((line) => /\]\s+\d+%\s+(SEARCHING|DOWNLOADING|RESOLVING_IDENTITY)/.test(line))).toBe(true);
    expect(run.status.at(-1)).toBe('');
    for (const line of run.status) expect([...line].length).toBeLessThanOrEqual(100);
  });

  it('without a terminal prints each state once instead of a bar', async () => {
    const run = await cli(['add', 'slow:50 yellow', '--wait']);

    expect(run.code).toBe(0);
    const states = run.err.split('\n').slice(1);
    expect(states).toEqual([...new Set(states)]);
    expect(states).toContain(JobState.Storing);
  });

  it('exits 1 with the reason when the followed job fails', async () => {
    const run = await cli(['add', 'doomed fatal@SEARCHING', '--wait']);

    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^Job (\S+) failed: scripted permanent failure in SEARCHING \(truetrack retry \1/);
  });

  it('stops following when the job waits for a choice, and says how to answer', async () => {
    const run = await cli(['add', 'ask me', '--wait', '--json']);

    expect(run.code).toBe(0);
    const job = json<JobDto>(run.out);
    expect(job).toMatchObject({ status: JobStatus.Waiting, state: JobState.UserIntentSelection });
    expect(job.candidates).toHaveLength(3);
  });

  it('creates a list job from --file', async () => {
    const dir = await makeTempDir('truetrack-cli-list-');
    writeFileSync(join(dir.path, 'road trip.txt'), 'Linkin Park - Numb\nJohnny Cash - Hurt\n\n');
    try {
      const run = await cli(['add', '--file', 'road trip.txt', '--json'], { cwd: dir.path });

      expect(run.code).toBe(0);
      const created = json<CreateListResponse>(run.out);
      expect(created).toMatchObject({ format: 'lines', job: { kind: 'list' } });
      expect(created.childIds).toHaveLength(2);

      const human = await cli(['add', '--file', join(dir.path, 'road trip.txt')]);
      expect(human.out).toMatch(/^Added list job \S+ \(lines, 2 tracks\)$/);
    } finally {
      await dir.remove();
    }
  });

  it.each([
    [['add'], 'add needs "QUERY" or --file LIST'],
    [['add', 'x', '--file', 'l.txt'], 'add takes "QUERY" or --file, not both'],
    [['add', 'x', '--format', 'wav'], '--format must be one of original, mp3-v0, mp3-320, flac, got "wav"'],
    [['add', 'x', '--kind', 'podcast'], '--kind must be one of track, album, got "podcast"'],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const run = await cli(argv);

    expect(run.code).toBe(2);
    expect(run.err).toContain(`truetrack: ${message}`);
    expect(run.err).toContain('truetrack --help');
  });

  it('exits 1 with the API message when it refuses the request', async () => {
    const run = await cli(['add', ' ']);

    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^truetrack: .*query.* \(HTTP 400\)$/);
  });

  it('exits 1 when the list file cannot be read', async () => {
    const run = await cli(['add', '--file', '/nonexistent/list.txt']);

    expect(run.code).toBe(1);
    expect(run.err).toContain('cannot read the list /nonexistent/list.txt');
  });
});

describe('truetrack jobs / show / choose / cancel / retry', () => {
  it('lists jobs as a table, filtered by status', async () => {
    const { out } = await cli(['add', 'hang@SEARCHING lingering', '--json']);
    const hanging = json<JobDto>(out);
    await waitForJob(testApp.server, hanging.id, (job) => job.state === JobState.Searching);

    const run = await cli(['jobs', '--status', 'running', '--limit', '50']);

    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/^ID\s+KIND/);
    expect(lines.some((line) => line.startsWith(hanging.id) && line.includes('SEARCHING'))).toBe(true);
    expect(lines.filter((line) => / (success|error|waiting) /.test(line))).toEqual([]);
    expect(lines.at(-1)).toMatch(/^page 1 of \d+, \d+ jobs$/);
    await cli(['cancel', hanging.id]);
  });

  it('prints the page as JSON with --json and cuts the table to the terminal', async () => {
    const page = json<Page<JobDto>>((await cli(['jobs', '--json', '--limit', '2'])).out);
    expect(page).toMatchObject({ page: 1, pageSize: 2 });
    expect(page.records.length).toBeLessThanOrEqual(2);

    const narrow = await cli(['jobs'], { terminal: 60 });
    for (const line of narrow.out.split('\n')) expect([...line].length).toBeLessThanOrEqual(60);
  });

  it('refuses an unknown status with exit code 2', async () => {
    const run = await cli(['jobs', '--status', 'sleeping']);

    expect(run.code).toBe(2);
    expect(run.err).toContain('--status must be one of running, waiting, success, error, cancelled, got "sleeping"');
  });

  it('shows a waiting job with its candidates, and choose moves it on', async () => {
    const job = json<JobDto>((await cli(['add', 'ask which one', '--json'])).out);
    await waitForJob(testApp.server, job.id, (j) => j.status === JobStatus.Waiting);

    const shown = await cli(['show', job.id]);
    expect(shown.code).toBe(0);
    expect(shown.out).toMatch(new RegExp(`^id\\s+${job.id}$`, 'm'));
    expect(shown.out).toMatch(/^state\s+USER_INTENT_SELECTION$/m);
    expect(shown.out).toContain(`Waiting for a choice: truetrack choose ${job.id} <#>`);
    expect(shown.out).toMatch(/^\s*1\s+0\.58\s+scripted\s+title: Recording 1$/m);
    expect(shown.out).toMatch(/^History\nAT\s+FROM\s+TO\s+REASON/m);

    const chosen = await cli(['choose', job.id, '1']);
    expect(chosen.code).toBe(0);
    expect(chosen.out).toMatch(new RegExp(`^Job ${job.id} took candidate 1: now \\S+ \\(running\\)$`));
    expect(await settled(job.id)).toMatchObject({ state: JobState.Finalized });

    const again = await cli(['choose', job.id, '1']);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/\(HTTP 409\)$/);
  });

  it('cancels a running job', async () => {
    const job = json<JobDto>((await cli(['add', 'hang@DOWNLOADING stuck', '--json'])).out);

    const run = await cli(['cancel', job.id, '--json']);

    expect(run.code).toBe(0);
    expect(json<JobDto>(run.out)).toMatchObject({ id: job.id, status: JobStatus.Cancelled });
    const human = await cli(['cancel', job.id]);
    expect(human.out).toBe(`Job ${job.id} cancelled: now CANCELLED (cancelled)`);
  });

  it('retries a failed job', async () => {
    const job = json<JobDto>((await cli(['add', 'flaky fatal@TAGGING', '--json'])).out);
    await settled(job.id);

    const run = await cli(['retry', job.id]);

    expect(run.code).toBe(0);
    expect(run.out).toBe(`Job ${job.id} retried: now TAGGING (running)`);
  });

  it('exits 1 with the API message for a job that does not exist', async () => {
    const run = await cli(['show', '00000000-0000-4000-8000-000000000000']);

    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^truetrack: .*\(HTTP 404\)$/);
  });
});

describe('connection and credentials', () => {
  it('sends the API key: a wrong one is refused with a hint', async () => {
    const run = await runTrueTrack(['jobs', '--url', testApp.publicUrl, '--api-key', 'not-the-key']);

    expect(run.code).toBe(1);
    expect(run.err).toMatch(/\(HTTP 401\): give the API key with --api-key or TRUETRACK_API_KEY$/);
  });

  it('reads TRUETRACK_URL and the key file of the data folder', async () => {
    const dir = await makeTempDir('truetrack-cli-data-');
    writeFileSync(join(dir.path, 'api-key'), `${testApp.apiKey}\n`, { mode: 0o600 });
    try {
      const env = { TRUETRACK_URL: testApp.publicUrl, TRUETRACK_DATA_DIR: dir.path };
      const run = await runTrueTrack(['jobs', '--json'], { env });

      expect(run.code).toBe(0);
      expect(json<Page<JobDto>>(run.out).totalRecords).toBeGreaterThan(0);
    } finally {
      await dir.remove();
    }
  });

  it('exits 1 naming the URL when nothing answers there', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const run = await runTrueTrack(['jobs', '--url', url]);

    expect(run.code).toBe(1);
    expect(run.err).toBe(
      `truetrack: cannot reach TrueTrack at ${url} (ECONNREFUSED); set it with --url or TRUETRACK_URL`,
    );
  });

  it('refuses a URL that is not http(s) with exit code 2', async () => {
    const run = await runTrueTrack(['jobs', '--url', 'nas:8000']);

    expect(run.code).toBe(2);
    expect(run.err).toContain('the server URL must start with http:// or https://, got "nas:8000"');
  });
});

describe('truetrack config check', () => {
  it('passes with good settings, a reachable server and the right key', async () => {
    const dir = await makeTempDir('truetrack-cli-config-');
    try {
      const run = await cli(['config', 'check'], { env: { TRUETRACK_DATA_DIR: dir.path } });

      expect(run.code).toBe(0);
      expect(run.out.split('\n')).toEqual([
        expect.stringMatching(new RegExp(`^ok    settings: data folder ${dir.path}, library .+, database sqlite$`)),
        `ok    server: ${testApp.publicUrl} (from --url) answers`,
        'ok    API key: accepted (from --api-key)',
      ]);
    } finally {
      await dir.remove();
    }
  });

  it('lists every bad setting and a refused key, and exits 1', async () => {
    const dir = await makeTempDir('truetrack-cli-config-');
    mkdirSync(dir.path, { recursive: true });
    writeFileSync(join(dir.path, 'truetrack.yml'), 'TRUETRACK_PORT: 99999\n');
    try {
      const env = { TRUETRACK_DATA_DIR: dir.path, TRUETRACK_LOG_LEVEL: 'loud' };
      const run = await runTrueTrack(['config', 'check', '--url', testApp.publicUrl, '--api-key', 'wrong'], { env });

      expect(run.code).toBe(1);
      expect(run.out).toMatch(/^FAIL  settings: \n {2}- TRUETRACK_PORT: .*\n {2}- TRUETRACK_LOG_LEVEL: /m);
      expect(run.out).toMatch(/^ok    server: /m);
      expect(run.out).toMatch(/^FAIL  API key: .*HTTP 401/m);
    } finally {
      await dir.remove();
    }
  });

  it('does not try the key when the server does not answer', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const dir = await makeTempDir('truetrack-cli-config-');
    try {
      const run = await runTrueTrack(['config', 'check', '--url', url], { env: { TRUETRACK_DATA_DIR: dir.path } });

      expect(run.code).toBe(1);
      expect(run.out.split('\n').slice(1)).toEqual([
        `FAIL  server: cannot reach TrueTrack at ${url} (ECONNREFUSED); set it with --url or TRUETRACK_URL`,
        'FAIL  API key: not checked: the server did not answer',
      ]);
    } finally {
      await dir.remove();
    }
  });

  it('prints the checks as JSON', async () => {
    const run = await cli(['config', 'check', '--json'], { env: { TRUETRACK_DATA_DIR: testApp.config.paths.dataDir } });

    expect(json<{ ok: boolean; checks: { name: string; ok: boolean }[] }>(run.out)).toMatchObject({
      ok: true,
      checks: [{ name: 'settings' }, { name: 'server' }, { name: 'API key' }],
    });
  });
});

describe('truetrack setup-token', () => {
  it('shows the first-run token from the data folder, which the setup route takes', async () => {
    const fresh = await startTestApp();
    try {
      const run = await runTrueTrack(['setup-token'], { env: { TRUETRACK_DATA_DIR: fresh.config.paths.dataDir } });
      expect(run.code).toBe(0);
      const token = run.out.trim();
      expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      const setup = await fetch(`${fresh.publicUrl}/api/v1/auth/setup`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: 'a long enough secret', setupToken: token }),
      });
      expect(setup.status).toBe(201);
      const after = await runTrueTrack(['setup-token'], { env: { TRUETRACK_DATA_DIR: fresh.config.paths.dataDir } });
      expect(after.code).toBe(1);
      expect(after.err).toMatch(/No setup token in .*: the first user exists already/);
    } finally {
      await fresh.close();
    }
  });
});

describe('truetrack without a command', () => {
  it('prints the commands and exits 0', async () => {
    const run = await runTrueTrack([]);

    expect(run.code).toBe(0);
    for (const name of [
      'add',
      'import',
      'jobs',
      'show',
      'choose',
      'cancel',
      'retry',
      'library scan',
      'config check',
      'setup-token',
    ]) {
      expect(run.out).toMatch(new RegExp(`^  ${name}\\s{2,}\\S`, 'm'));
    }
  });

  it('exits 2 on an unknown command', async () => {
    const run = await runTrueTrack(['frobnicate']);

    expect(run).toMatchObject({ code: 2, err: expect.stringContaining('unknown command "frobnicate"') });
  });
});
