// The HTTP API under a steady read load while the embedded worker runs jobs: the real server (createApp)
// on a free loopback port, scripted slow steps, then autocannon (in its own process, so that the load
// generator does not share the server's event loop) at a fixed rate on GET /api/v1/jobs/:id.
// Run through `node scripts/bench.mjs api [--rate R] [--seconds S] [--connections C] [--jobs N]`.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { JobDto } from '@app/contracts';
import { loadConfig } from '@app/config';
import { scriptedStepProviders, TEST_API_KEY as BENCH_API_KEY } from '@app/testing';
import { createApp } from '../../../apps/server/src/create-app.js';
import { benchDataDir, fixed, numberOption } from './bench-utils.js';

/** The parts of autocannon's JSON report used here. */
interface LoadReport {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

async function autocannon(url: string, args: string[]): Promise<LoadReport> {
  const cli = fileURLToPath(import.meta.resolve('autocannon'));
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args, '--json', url], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as LoadReport;
}

const rate = numberOption('rate', 500);
const seconds = numberOption('seconds', 10);
const connections = numberOption('connections', 10);
const jobCount = numberOption('jobs', 20);

const dataDir = benchDataDir();
const config = loadConfig({
  TRUETRACK_DATA_DIR: dataDir,
  MUSIC_LIBRARY_ROOT: join(dataDir, 'library'),
  TRUETRACK_LOG_LEVEL: 'error',
  TRUETRACK_WORKER_CONCURRENCY: '4',
  TRUETRACK_API_KEY: BENCH_API_KEY,
});
const app = await createApp(
  { ...config, paths: { ...config.paths, adminDir: join(dataDir, 'admin') } },
  {
    extraProviders: scriptedStepProviders(),
    features: [],
  },
);
await app.listen(0, '127.0.0.1');
const { port } = app.getHttpServer().address() as { port: number };
const baseUrl = `http://127.0.0.1:${port}`;

try {
  // Slow steps keep the worker busy (claims, heartbeats, progress writes) while the reads run.
  const ids: string[] = [];
  for (let i = 0; i < jobCount; i += 1) {
    const response = await fetch(`${baseUrl}/api/v1/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': BENCH_API_KEY },
      body: JSON.stringify({ query: `bench ${i} slow:2000` }),
    });
    if (!response.ok) throw new Error(`POST /api/v1/jobs answered ${response.status}: ${await response.text()}`);
    ids.push(((await response.json()) as JobDto).id);
  }
  const result = await autocannon(`${baseUrl}/api/v1/jobs/${ids[0]}`, [
    ...['--headers', `x-api-key=${BENCH_API_KEY}`],
    ...['--connections', String(connections), '--duration', String(seconds), '--overallRate', String(rate)],
  ]);
  const errors = result.errors + result.timeouts + result.non2xx;
  process.stdout.write(
    `api GET /jobs/:id: ${fixed(result.requests.average)} req/s, p50 ${fixed(result.latency.p50, 2)} ms, ` +
      `p99 ${fixed(result.latency.p99, 2)} ms, errors ${errors} ` +
      `(${result.requests.total} requests at ${rate}/s for ${seconds} s over ${connections} connections, ` +
      `${jobCount} jobs running on ${config.db.type})\n`,
  );
} finally {
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0);
