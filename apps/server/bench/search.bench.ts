// Requests in plain words on loopback: POST /api/v1/search against the fake music world (every provider a fake on
// 127.0.0.1, provider cache off), p50/p95 from request to questions or results; then a person's pick to the first
// progress event of the download it starts (real yt-dlp), as the job event stream delivers it, each pick on an idle
// pipeline; then yt-dlp alone to its first progress line, the floor of the pick's figure: the warm one (loaded and
// waiting, as DOWNLOADING finds it when TRUETRACK_YTDLP_WARM is on) and one started cold.
// Run through `node scripts/bench.mjs search [--runs N] [--picks N]`.
import 'reflect-metadata';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppConfig, loadConfig } from '@app/config';
import { JobState, JobStatus, JobStreamEvent, type SearchResponseDto } from '@app/contracts';
import { ProcessRunner } from '@app/platform';
import { YTDLP_OPTIONS, YtDlpRunner, YtDlpWarmPool, YtDlpWarnings } from '@app/acquisition';
import { JobEventBus } from '@app/jobs';
import { DEFAULT_SONGS, makeFakeSongs, startFakeMusicWorld, TEST_API_KEY, VERSIONED_SONGS } from '@app/testing';
import { createApp } from '../src/create-app.js';

const REQUESTS = [
  'hollow crown by marrow lane',
  'the acoustic version of hollow crown by marrow lane',
  'hollow crown live in Madrid, in flac',
  'paper lanterns by nova tide from around 2019',
  'something like the live album Marrow Lane did in Madrid',
  'can you get me Glass Orchard by The Quiet Engines in 320',
  'teardrop atlas ivo lark',
  'the studio version of copper sky',
];

/** Clear requests whose pick downloads at once (a vague one would wait for a person's choice first). */
const PICKS = [
  'Paper Lanterns by Nova Tide',
  'Glass Orchard by The Quiet Engines',
  'Teardrop Atlas by Ivo Lark',
  'hollow crown by marrow lane, live in Madrid',
  'Copper Sky by Mira Solen',
];
const PICK_WAIT_MS = 60_000;

function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

async function post<T>(url: string, body: object): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': TEST_API_KEY },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function idle(running: ReadonlySet<string>): Promise<void> {
  const deadline = performance.now() + PICK_WAIT_MS;
  while (running.size && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function main(): Promise<void> {
  const runs = option('runs', 80);
  const picks = option('picks', 5);
  const songs = [...DEFAULT_SONGS, ...VERSIONED_SONGS, ...makeFakeSongs(200)].map((s) => ({ ...s }));
  const world = await startFakeMusicWorld({ songs });
  const dataDir = mkdtempSync(join(tmpdir(), 'truetrack-search-bench-'));
  const loaded = loadConfig({
    ...world.env,
    TRUETRACK_DATA_DIR: dataDir,
    MUSIC_LIBRARY_ROOT: join(dataDir, 'library'),
    DATABASE_URL: `sqlite:${join(dataDir, 'truetrack.db')}`,
    TRUETRACK_OUTPUT_POLICY: 'original',
    TRUETRACK_LOG_LEVEL: 'error',
    TRUETRACK_API_KEY: TEST_API_KEY,
    // A worker is woken when a job is created; the poll (the default is 1 s) only finds work of other processes.
    TRUETRACK_POLL_MS: process.env['TRUETRACK_POLL_MS'] ?? '50',
    TRUETRACK_PROVIDER_CACHE_HOURS: '0',
  });
  mkdirSync(loaded.paths.libraryRoot, { recursive: true });
  const config: AppConfig = { ...loaded, server: { ...loaded.server, host: '127.0.0.1', port: 0 } };
  const app = await createApp(config, {});
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${port}/api/v1/search`;
  try {
    const times: number[] = [];
    const outcomes = { questions: 0, results: 0 };
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const answer = await post<SearchResponseDto>(url, { query: REQUESTS[i % REQUESTS.length] });
      times.push(performance.now() - started);
      outcomes[answer.status]++;
    }
    console.log(
      `search: ${runs} requests, ${outcomes.questions} answered with questions, ${outcomes.results} with results; ` +
        `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
    );
    // The first download progress of each job, whenever it comes (possibly before the pick has answered).
    const firstProgressAt = new Map<string, number>();
    const waiters = new Map<string, (at: number) => void>();
    // Where the time goes: when each job entered each state, as the event stream told it.
    const entered = new Map<string, { state: string; at: number }[]>();
    const running = new Set<string>();
    const stop = app.get(JobEventBus).subscribe((m) => {
      if (m.type === JobStreamEvent.Created || m.type === JobStreamEvent.Updated) {
        const seen = entered.get(m.job.id) ?? [];
        if (seen.at(-1)?.state !== m.job.state) seen.push({ state: m.job.state, at: performance.now() });
        entered.set(m.job.id, seen);
        if (m.job.status === JobStatus.Running) running.add(m.job.id);
        else running.delete(m.job.id);
      }
      if (m.type !== JobStreamEvent.Progress || m.state !== JobState.Downloading || firstProgressAt.has(m.jobId))
        return;
      firstProgressAt.set(m.jobId, performance.now());
      waiters.get(m.jobId)?.(performance.now());
    });
    // When DOWNLOADING's yt-dlp got its argv: splits the wait into TrueTrack's part and yt-dlp's own.
    const pool = app.get(YtDlpWarmPool);
    const takeWarm = pool.take.bind(pool);
    let handedAt = NaN;
    pool.take = async () => {
      const taken = await takeWarm();
      handedAt = performance.now();
      return taken;
    };
    // The fake watch pages encode each video's audio on first request, which YouTube's never do: made beforehand.
    const picked = songs.filter((s) => PICKS.some((pick) => pick.toLowerCase().includes(s.title.toLowerCase())));
    for (const videoId of picked.flatMap((s) => s.videoIds)) {
      await (await fetch(`${config.providers.youtubeWatchUrl}?v=${videoId}`)).arrayBuffer();
    }
    const toProgress: number[] = [];
    const toDownloading: number[] = [];
    for (let i = 0; i < picks; i++) {
      // Each pick meets an idle pipeline: the previous job's later steps would otherwise hold the worker's slots.
      await idle(running);
      const answer = await post<SearchResponseDto>(url, { query: PICKS[i % PICKS.length], skip: true });
      const started = performance.now();
      handedAt = NaN;
      const { id } = await post<{ id: string }>(`${url}/pick`, { searchId: answer.searchId, resultId: 'r1' });
      const at =
        firstProgressAt.get(id) ??
        (await new Promise<number>((resolve) => {
          waiters.set(id, resolve);
          setTimeout(() => resolve(NaN), PICK_WAIT_MS).unref();
        }));
      const steps = (entered.get(id) ?? []).map((e) => `${e.state} +${(e.at - started).toFixed(0)}`).join(', ');
      const downloading = entered.get(id)?.find((e) => e.state === JobState.Downloading);
      if (downloading) toDownloading.push(downloading.at - started);
      if (Number.isNaN(at))
        console.log(`pick ${i + 1}: no download progress within ${PICK_WAIT_MS / 1000} s (${steps})`);
      else {
        toProgress.push(at - started);
        const handed = Number.isNaN(handedAt) ? '' : `, yt-dlp handed its argv +${(handedAt - started).toFixed(0)}`;
        console.log(`pick ${i + 1}: ${steps}${handed}, first progress +${(at - started).toFixed(0)} ms`);
      }
    }
    stop();
    pool.take = takeWarm;
    const figures = (values: number[]) =>
      `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, ` +
      `max ${Math.max(...values).toFixed(1)} ms`;
    console.log(`pick → job in DOWNLOADING: ${toDownloading.length} of ${picks} picks; ${figures(toDownloading)}`);
    console.log(`pick → first download progress event: ${toProgress.length} of ${picks} picks; ${figures(toProgress)}`);
    // The floor: yt-dlp alone, started the way DOWNLOADING starts it, to its first progress line.
    const song = songs.find((s) => s.key === 'lanterns')!;
    const alone = async (runner: YtDlpRunner, before: () => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < picks; i++) {
        await before();
        const outputDir = mkdtempSync(join(dataDir, 'ytdlp-alone-'));
        const started = performance.now();
        let first = NaN;
        await runner.download(
          { url: `${config.providers.youtubeWatchUrl}?v=${song.videoIds[0]}`, outputDir },
          { onProgress: () => (first = Number.isNaN(first) ? performance.now() - started : first) },
        );
        if (!Number.isNaN(first)) times.push(first);
      }
      return times;
    };
    // Each warm run finds the next yt-dlp loaded, as a download does that does not follow another within seconds.
    const warm = await alone(app.get(YtDlpRunner), () => pool.waitingReady());
    const warmNote = pool.coldReason ? ` (cold: ${pool.coldReason})` : '';
    console.log(`yt-dlp warm → its first progress line: ${warm.length} of ${picks} runs; ${figures(warm)}${warmNote}`);
    const coldRunner = new YtDlpRunner(app.get(ProcessRunner), app.get(YTDLP_OPTIONS), app.get(YtDlpWarnings));
    const cold = await alone(coldRunner, async () => undefined);
    console.log(`yt-dlp cold → its first progress line: ${cold.length} of ${picks} runs; ${figures(cold)}`);
  } finally {
    await app.close();
    await world.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
