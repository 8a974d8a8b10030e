#!/usr/bin/env node
// The whole test suite, in order, stopping at the first failure. Starts its own Redis and PostgreSQL on free
// loopback ports in a temp folder and always stops them again. The last line is the test count summary.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, postgresBinDirs, tcpExchange, root, sourceStamp, which, writeBuildStamp } from './lib/workspace.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'truetrack-suite-'));
// The postgres user has to reach its data folder inside this one.
if (isRoot) fs.chmodSync(tmp, 0o711);

const env = { ...process.env, TZ: 'UTC' };
delete env.TRUETRACK_TEST_DB;
const totals = { passed: 0, failed: 0, skipped: 0 };
const results = [];
const services = [];
let current;
let finishing;

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class StageError extends Error {}

function runCommand(cmd, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
    current = child;
    child.on('error', (err) => {
      console.error(`cannot run ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      current = undefined;
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

async function command(cmd, args, extraEnv) {
  const code = await runCommand(cmd, args, extraEnv);
  if (code !== 0) throw new StageError(`\`${path.basename(cmd)} ${args.join(' ')}\` exited with ${code}`);
}

async function jest(project, extraArgs = [], extraEnv = {}) {
  const outputFile = path.join(tmp, `jest-${results.length}.json`);
  const args = ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning'];
  args.push(path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'));
  args.push('--selectProjects', project, '--passWithNoTests', '--ci', '--json', '--outputFile', outputFile);
  const code = await runCommand(process.execPath, [...args, ...extraArgs], extraEnv);
  let report;
  try {
    report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  } catch {
    // Jest failed before running anything (config or transform error): only the exit code tells.
  }
  if (report) {
    printSlowest(report);
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  if (code !== 0) throw new StageError(`jest --selectProjects ${project} exited with ${code}`);
}

/** The suites that took longest, so a slow stage says where its time went. */
function printSlowest(report, count = 5) {
  const suites = (report.testResults ?? [])
    .map((suite) => ({ name: path.relative(root, suite.name), seconds: (suite.endTime - suite.startTime) / 1000 }))
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, count);
  if (suites.length) console.log(`slowest: ${suites.map((s) => `${s.name} ${s.seconds.toFixed(0)} s`).join(', ')}`);
}

async function stage(name, body) {
  console.log(`\n==> ${name}`);
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true, ms: Date.now() - started });
    console.log(`<== ${name}: ok (${seconds(Date.now() - started)})`);
  } catch (err) {
    results.push({ name, ok: false, ms: Date.now() - started });
    console.error(`<== ${name}: FAILED (${seconds(Date.now() - started)}): ${err.message}`);
    throw err;
  }
}

// ---- services ---------------------------------------------------------------------------------------------

function tail(file, lines = 20) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function alive(child) {
  return child.exitCode === null && child.signalCode === null;
}

function waitExit(child, ms) {
  if (!alive(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function startService(name, cmd, args, logFile, stop) {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(cmd, args, { cwd: tmp, stdio: ['ignore', log, log], env });
  fs.closeSync(log);
  child.on('error', (err) => fs.appendFileSync(logFile, `spawn failed: ${err.message}\n`));
  const service = { name, child, logFile, stop: () => stop(child) };
  services.push(service);
  return service;
}

async function waitUntil(service, what, probe, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(service.child)) break;
    if (await probe()) return;
    await sleep(100);
  }
  const why = alive(service.child) ? `not ${what} after ${seconds(timeoutMs)}` : 'exited early';
  throw new StageError(`${service.name} ${why}; log:\n${tail(service.logFile)}`);
}

function postgresUser() {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new StageError('running as root, but there is no `postgres` user to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** PostgreSQL refuses to run as root: run it as the `postgres` user then. */
function asPostgres(file, args) {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
}

async function startRedis() {
  const redis = which('redis-server');
  if (!redis) throw new StageError('redis-server not found (run `node scripts/setup.mjs test`)');
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  args.push('--daemonize', 'no', '--dir', tmp);
  const service = startService('redis', redis, args, path.join(tmp, 'redis.log'), async (child) => {
    child.kill('SIGTERM');
    if (!(await waitExit(child, 10_000))) child.kill('SIGKILL');
    await waitExit(child, 5_000);
  });
  await waitUntil(service, 'answering PING', () => tcpExchange(port, 'PING\r\n', '+PONG'));
  return `redis://127.0.0.1:${port}`;
}

async function stopPostgres(child, dataDir) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const pid = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, 'utf8').split('\n')[0] : child.pid);
  const signal = (sig) => {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  };
  // SIGINT = fast shutdown; SIGQUIT = immediate shutdown.
  signal('SIGINT');
  if (await waitExit(child, 15_000)) return;
  signal('SIGQUIT');
  if (await waitExit(child, 5_000)) return;
  signal('SIGKILL');
  child.kill('SIGKILL');
  await waitExit(child, 5_000);
}

async function startPostgres() {
  const dirs = postgresBinDirs();
  const initdb = which('initdb', dirs);
  const postgres = which('postgres', dirs);
  if (!initdb || !postgres) throw new StageError('PostgreSQL binaries not found (run `node scripts/setup.mjs test`)');
  const psql = which('psql', [path.dirname(postgres), ...dirs]);
  const dataDir = path.join(tmp, 'pg');
  fs.mkdirSync(dataDir, { mode: 0o700 });
  if (isRoot) {
    const { uid, gid } = postgresUser();
    fs.chownSync(dataDir, uid, gid);
  }
  const logFile = path.join(tmp, 'postgres.log');
  const [initCmd, initArgs] = asPostgres(initdb, ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const init = spawnSync(initCmd, [...initArgs, '-E', 'UTF8', '--locale=C'], { cwd: tmp, env, encoding: 'utf8' });
  fs.appendFileSync(logFile, `${init.stdout ?? ''}${init.stderr ?? ''}`);
  if (init.status !== 0) throw new StageError(`initdb failed; log:\n${tail(logFile)}`);

  const port = await freePort();
  const settings = ['listen_addresses=127.0.0.1', 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
  const [cmd, args] = asPostgres(postgres, ['-D', dataDir, '-p', String(port), '-k', dataDir]);
  const service = startService('postgres', cmd, [...args, ...settings.flatMap((s) => ['-c', s])], logFile, (child) =>
    stopPostgres(child, dataDir),
  );
  await waitUntil(service, 'accepting connections', () => tcpExchange(port, undefined, ''));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  if (psql) {
    const select = () => {
      const args = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-tAc', 'select 1'];
      const r = spawnSync(psql, args, { env: { ...env, PGCONNECT_TIMEOUT: '2' }, encoding: 'utf8' });
      return r.status === 0 && r.stdout.trim() === '1';
    };
    await waitUntil(service, 'answering `select 1`', async () => select());
  }
  return url;
}

async function stopServices() {
  for (const service of services.reverse()) {
    try {
      await service.stop();
    } catch (err) {
      console.error(`could not stop ${service.name}: ${err.message}`);
    }
  }
  services.length = 0;
}

// ---- run --------------------------------------------------------------------------------------------------

function printSummary() {
  console.log('\nstages:');
  for (const r of results) console.log(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${seconds(r.ms)})`);
  const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
}

function finish(code) {
  finishing ??= (async () => {
    if (current && alive(current)) {
      current.kill('SIGTERM');
      await waitExit(current, 5_000);
    }
    await stopServices();
    fs.rmSync(tmp, { recursive: true, force: true });
    printSummary();
    process.exit(code);
  })();
  return finishing;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping`);
    void finish(code);
  });
}

async function main() {
  await stage('lint: eslint', () => command(bin('eslint'), ['.']));
  await stage('lint: boundaries', () => command(process.execPath, [path.join('scripts', 'lint-boundaries.mjs')]));
  await stage('lint: prettier', () => command(bin('prettier'), ['--check', '.']));
  await stage('typecheck', () => command(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']));
  await stage('boundaries', () =>
    command(bin('madge'), [
      '--circular',
      '--extensions',
      'ts',
      '--ts-config',
      'tsconfig.json',
      'apps/server/src',
      'apps/cli/src',
      'libs',
    ]),
  );
  await stage('container files', async () => {
    const scripts = fs
      .readdirSync(path.join(root, 'docker'), { recursive: true })
      .filter((file) => String(file).endsWith('.sh'))
      .map((file) => path.join('docker', String(file)));
    const shellcheck = which('shellcheck');
    if (!shellcheck) throw new StageError('shellcheck not found (run `node scripts/setup.mjs test`)');
    if (scripts.length) await command(shellcheck, ['--shell=sh', ...scripts]);
    // hadolint is not packaged by Debian: it runs where it is installed; the Dockerfile's unit test checks the rest.
    const hadolint = which('hadolint');
    if (hadolint) await command(hadolint, [path.join('docker', 'Dockerfile')]);
    else console.log('hadolint not installed: the Dockerfile is checked by its unit test only');
  });
  await stage('unit', () => jest('unit'));
  await stage('admin unit', () => command('npm', ['run', '--silent', 'test:admin']));
  await stage('build', async () => {
    const stamp = sourceStamp();
    await command('npm', ['run', 'build']);
    writeBuildStamp(stamp);
    await command(bin('tsc'), ['-p', 'tsconfig.test-build.json']);
    await command(bin('tsc-alias'), ['-p', 'tsconfig.test-build.json']);
  });
  await stage('services', async () => {
    // allSettled: when one fails, the other must have finished registering itself before cleanup runs.
    const started = await Promise.allSettled([startRedis(), startPostgres()]);
    const failure = started.find((s) => s.status === 'rejected');
    if (failure) throw failure.reason;
    const [redisUrl, postgresUrl] = started.map((s) => s.value);
    env.TRUETRACK_TEST_REDIS_URL = redisUrl;
    env.TRUETRACK_TEST_POSTGRES_URL = postgresUrl;
    console.log(`redis ${redisUrl}\npostgres ${postgresUrl}`);
  });
  // Two workers per stage: most suites wait on child processes and loopback servers. Each suite has a database
  // of its own and each worker a Redis database of its own (testRedisUrl). A worker is replaced once it holds
  // more than 2 GB after a suite, as one process running all end-to-end suites grows to about 4 GB and slows.
  const twoWorkers = ['--maxWorkers=2', '--workerIdleMemoryLimit=2GB'];
  await stage('int (sqlite)', () => jest('int', twoWorkers));
  await stage('int (postgres)', () => jest('int', twoWorkers, { TRUETRACK_TEST_DB: 'postgres' }));
  await stage('e2e', () => jest('e2e', twoWorkers));
  await stage('reliability', async () => {
    // Each scenario appends one summary line here (runs, kills, jobs, lost, duplicated); printed even on failure.
    const report = path.join(tmp, 'reliability.txt');
    try {
      await jest('reliability', twoWorkers, { TRUETRACK_RELIABILITY_REPORT: report });
    } finally {
      if (fs.existsSync(report)) console.log(`\nreliability:\n${fs.readFileSync(report, 'utf8').trimEnd()}`);
    }
  });
}

main().then(
  () => finish(0),
  (err) => {
    if (!(err instanceof StageError)) console.error(err);
    return finish(1);
  },
);
