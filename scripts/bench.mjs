#!/usr/bin/env node
// Benchmarks: `node scripts/bench.mjs <name> [options]`, one name of BENCHES below. Builds dist-test first (a few
// seconds), then runs the compiled bench; options after the name go to it (each bench's options are listed in
// README's benchmark table, e.g. engine: --jobs N --concurrency C; listens: --batches N --db URL). The engine and
// pipeline benches also run on Bull when redis-server is installed: a Redis is started here on a free loopback port
// and always stopped again.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, root, tcpExchange, which } from './lib/workspace.mjs';

const BENCHES = {
  engine: 'libs/jobs/bench/engine.bench.js',
  api: 'libs/jobs/bench/api.bench.js',
  resolve: 'libs/resolver/bench/resolve.bench.js',
  acquire: 'libs/acquisition/bench/acquire.bench.js',
  scan: 'libs/library/bench/scan.bench.js',
  pipeline: 'apps/server/bench/pipeline.bench.js',
  listens: 'libs/listening/bench/listens.bench.js',
  analysis: 'libs/analysis/bench/analysis.bench.js',
  'analysis-accuracy': 'libs/analysis/bench/accuracy.bench.js',
  match: 'libs/resolver/bench/match.bench.js',
  mixes: 'libs/mixes/bench/search-mixes.bench.js',
  watch: 'apps/server/bench/watch.bench.js',
  dashboard: 'libs/dashboard/bench/dashboard.bench.js',
  search: 'apps/server/bench/search.bench.js',
};
const [name, ...benchArgs] = process.argv.slice(2);
if (!BENCHES[name]) {
  console.error(`usage: node scripts/bench.mjs ${Object.keys(BENCHES).join('|')} [options]`);
  process.exit(2);
}

const bin = (tool) => path.join(root, 'node_modules', '.bin', tool);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups = [];

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`cannot run ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)));
  });
}

/** A throwaway Redis on a free loopback port, or undefined when redis-server is not installed. */
async function startRedis() {
  const redis = which('redis-server');
  if (!redis) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truetrack-bench-redis-'));
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir];
  const child = spawn(redis, args, { stdio: 'ignore' });
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const deadline = Date.now() + 10_000;
  while (!(await tcpExchange(port, 'PING\r\n', '+PONG'))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('redis-server did not start');
    await sleep(50);
  }
  return `redis://127.0.0.1:${port}`;
}

async function cleanup() {
  for (const step of cleanups.splice(0).reverse()) await step().catch((err) => console.error(err.message));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void cleanup().then(() => process.exit(130)));
}

async function main() {
  console.log('building dist-test…');
  if ((await run(bin('tsc'), ['-p', 'tsconfig.test-build.json'])) !== 0) return 1;
  if ((await run(bin('tsc-alias'), ['-p', 'tsconfig.test-build.json'])) !== 0) return 1;
  const args = [...benchArgs];
  if (name === 'engine' || name === 'pipeline') {
    const redisUrl = await startRedis();
    if (redisUrl) args.push('--redis', redisUrl);
  }
  return run(process.execPath, [path.join(root, 'dist-test', ...BENCHES[name].split('/')), ...args]);
}

main()
  .catch((err) => {
    console.error(err.message);
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
