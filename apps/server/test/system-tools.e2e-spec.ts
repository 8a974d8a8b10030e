// The tool status a person checks first when downloads fail — which yt-dlp and ffmpeg, how current yt-dlp is,
// what YouTube pushed back with lately — and the yt-dlp updater, against a fake release server on loopback.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { type JobDto, JobStatus, type ToolStatusDto, type ToolUpdateDto } from '@app/contracts';
import { type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { NO_YTDLP, type PipelineApp, startPipelineApp } from './support/pipeline-app.js';
import { waitForJob } from './support/wait-for-job.js';

const LATEST_PATH = '/repos/yt-dlp/yt-dlp/releases/latest';
const DOWNLOAD_PATH = '/yt-dlp/yt-dlp/releases/latest/download/yt-dlp';
const SUMS_PATH = '/yt-dlp/yt-dlp/releases/latest/download/SHA2-256SUMS';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A stand-in yt-dlp: prints its version, and fails every download the way a rate-limited one does. */
const script = (version: string) =>
  [
    '#!/bin/sh',
    `if [ "$1" = "--version" ]; then echo '${version}'; exit 0; fi`,
    'echo "ERROR: [generic] x: Unable to download webpage: HTTP Error 429: Too Many Requests" >&2',
    'exit 1',
    '',
  ].join('\n');

let releases: FakeHttpServer;
let release: { status: number; body: string };
let sums: { status: number; body: string };

beforeAll(async () => {
  releases = await startFakeHttpServer((req) => {
    if (req.path === LATEST_PATH) return { body: { tag_name: '2099.01.01', name: 'yt-dlp 2099.01.01' } };
    if (req.path === DOWNLOAD_PATH) return release;
    if (req.path === SUMS_PATH) return sums;
    return { status: 404, body: 'Not Found' };
  });
});

afterAll(async () => {
  await releases.close();
});

beforeEach(() => {
  release = { status: 200, body: script('2099.01.01') };
  sums = { status: 200, body: `${sha256('other')}  yt-dlp.exe\n${sha256(script('2099.01.01'))}  yt-dlp\n` };
  releases.requests.length = 0;
});

const releaseSettings = () => ({
  ytdlpReleasesUrl: `${releases.url}${DOWNLOAD_PATH}`,
  ytdlpReleaseApiUrl: `${releases.url}${LATEST_PATH}`,
});

describe('with yt-dlp from the system', () => {
  let pipeline: PipelineApp;

  beforeAll(async () => {
    pipeline = await startPipelineApp({ tools: releaseSettings() });
  });

  afterAll(async () => {
    await pipeline.close();
  });

  it('reports each tool with its version, or the problem with it', async () => {
    const response = await request(pipeline.server).get('/api/v1/system/tools').expect(200);
    const tools = response.body as ToolStatusDto[];
    expect(tools.map((t) => t.name)).toEqual(['yt-dlp', 'ffmpeg', 'ffprobe']);
    expect(tools[0]).toEqual({
      name: 'yt-dlp',
      path: NO_YTDLP,
      ok: false,
      version: null,
      problem: expect.stringContaining(NO_YTDLP),
      updatable: false,
      latestVersion: '2099.01.01',
      latestCheckedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      warnings: [],
    });
    expect(tools[1]).toMatchObject({ path: 'ffmpeg', ok: true, version: expect.stringMatching(/^ffmpeg version \S+/) });
    expect(tools[2]).toMatchObject({
      path: 'ffprobe',
      ok: true,
      version: expect.stringMatching(/^ffprobe version \S+/),
    });
  });

  it('refuses to update it, saying why', async () => {
    const response = await request(pipeline.server).post('/api/v1/system/tools/yt-dlp/update').expect(409);
    expect(response.body.message).toMatch(
      new RegExp(`^yt-dlp is ${NO_YTDLP}, a system program TrueTrack does not own; update it with the system's`),
    );
    expect(releases.requests.filter((r) => r.path === DOWNLOAD_PATH)).toEqual([]);
  });
});

describe('with yt-dlp in the data folder', () => {
  let pipeline: PipelineApp;
  let dataDir: string;
  let binary: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'truetrack-ytdlp-data-'));
    binary = join(dataDir, 'bin', 'yt-dlp');
    mkdirSync(join(dataDir, 'bin'));
    writeFileSync(binary, script('2024.01.01'), { mode: 0o755 });
    // YTDLP_PATH left at its default: the data folder's binary is found and used.
    pipeline = await startPipelineApp({
      paths: { dataDir },
      tools: { ytdlp: 'yt-dlp', ...releaseSettings() },
      // The rate-limit case sends yt-dlp to a loopback URL, which URL jobs may only reach when allowed.
      sources: { allowPrivate: ['127.0.0.1'] },
    });
  });

  afterEach(async () => {
    await pipeline.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const server = () => pipeline.server;
  const ytdlpStatus = async () =>
    ((await request(server()).get('/api/v1/system/tools').expect(200)).body as ToolStatusDto[])[0]!;

  it('replaces it with the latest release once that runs, and reports the new version', async () => {
    expect(await ytdlpStatus()).toMatchObject({
      path: binary,
      ok: true,
      version: '2024.01.01',
      updatable: true,
      latestVersion: '2099.01.01',
    });

    const response = await request(server()).post('/api/v1/system/tools/yt-dlp/update').expect(200);

    expect(response.body as ToolUpdateDto).toEqual({
      name: 'yt-dlp',
      path: binary,
      previousVersion: '2024.01.01',
      version: '2099.01.01',
    });
    expect(readFileSync(binary, 'utf8')).toBe(script('2099.01.01'));
    expect(readdirSync(join(dataDir, 'bin'))).toEqual(['yt-dlp']);
    expect(await ytdlpStatus()).toMatchObject({ version: '2099.01.01', latestVersion: '2099.01.01' });
    // Two status reads and an update: the latest release was asked for once.
    expect(releases.requests.map((r) => r.path)).toEqual([LATEST_PATH, SUMS_PATH, DOWNLOAD_PATH]);
    expect(releases.requests[2]?.headers['user-agent']).toMatch(/^TrueTrack/);
  });

  it.each([
    [
      'a release that does not run',
      { status: 200, body: '<html>GitHub is down</html>' },
      /^The downloaded yt-dlp does not run \(.+\); the installed yt-dlp 2024\.01\.01 is kept$/,
    ],
    [
      'a release that prints no version',
      { status: 200, body: '#!/bin/sh\necho "usage: yt-dlp [OPTIONS] URL"\n' },
      /^The downloaded yt-dlp does not run \(it printed "usage: yt-dlp \[OPTIONS\] URL" as its version\); the installed yt-dlp 2024\.01\.01 is kept$/,
    ],
    [
      'a release that cannot be downloaded',
      { status: 404, body: 'Not Found' },
      /^Could not download the latest yt-dlp \(http:\S+\/download\/yt-dlp: HTTP 404\); the installed yt-dlp 2024\.01\.01 is kept$/,
    ],
  ])('keeps the old one after %s', async (_case, answer, message) => {
    release = answer;
    sums = { status: 200, body: `${sha256(answer.body)}  yt-dlp\n` };

    const response = await request(server()).post('/api/v1/system/tools/yt-dlp/update').expect(422);

    expect(response.body.message).toMatch(message);
    expect(readFileSync(binary, 'utf8')).toBe(script('2024.01.01'));
    expect(readdirSync(join(dataDir, 'bin'))).toEqual(['yt-dlp']);
    expect((await ytdlpStatus()).version).toBe('2024.01.01');
  });

  it.each([
    [
      'a binary that is not the one the release lists',
      () => (sums = { status: 200, body: `${sha256('the real release')}  yt-dlp\n` }),
      /^The downloaded yt-dlp does not match the release's published SHA-256 \(expected [0-9a-f]{64}, got [0-9a-f]{64}\); the installed yt-dlp 2024\.01\.01 is kept$/,
    ],
    [
      'a release without a checksum list',
      () => (sums = { status: 404, body: 'Not Found' }),
      /^Could not read the release's published checksum \(http:\S+\/SHA2-256SUMS: HTTP 404\); the installed yt-dlp 2024\.01\.01 is kept$/,
    ],
  ])('refuses %s and keeps the old one', async (_case, arrange, message) => {
    arrange();

    const response = await request(server()).post('/api/v1/system/tools/yt-dlp/update').expect(422);

    expect(response.body.message).toMatch(message);
    expect(readFileSync(binary, 'utf8')).toBe(script('2024.01.01'));
    expect(readdirSync(join(dataDir, 'bin'))).toEqual(['yt-dlp']);
  });

  it('lists recent rate limits among the warnings, with their count and time', async () => {
    const created = await request(server())
      .post('/api/v1/jobs')
      .send({ query: 'http://127.0.0.1:9/track.opus' })
      .expect(201);
    const job = await waitForJob(server(), (created.body as JobDto).id, (j) => j.status === JobStatus.Error);
    expect(job.error?.message).toMatch(/yt-dlp failed \(rate-limited\)/);

    const status = await ytdlpStatus();

    expect(status.warnings).toEqual([
      {
        kind: 'rate-limited',
        message: '[generic] x: Unable to download webpage: HTTP Error 429: Too Many Requests',
        count: pipeline.config.jobs.maxAttempts,
        firstAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        lastAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
    chmodSync(binary, 0o755);
  });
});
