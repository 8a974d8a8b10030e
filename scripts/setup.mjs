#!/usr/bin/env node
// Makes the workspace ready for `npm start` / `npm test`: system tools, npm dependencies, a fresh build.
// Plain Node ESM without npm packages: it runs before node_modules exists.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  BUILD_STAMP,
  postgresBinDirs,
  readText,
  root,
  sha256,
  sourceStamp,
  which,
  writeBuildStamp,
} from './lib/workspace.mjs';

const START_COMMANDS = { ffmpeg: 'ffmpeg', ffprobe: 'ffmpeg', 'yt-dlp': 'yt-dlp' };
const TEST_COMMANDS = {
  ...START_COMMANDS,
  'redis-server': 'redis-server',
  initdb: 'postgresql',
  pg_ctl: 'postgresql',
  postgres: 'postgresql',
  psql: 'postgresql',
  chromium: 'chromium',
  mid3v2: 'python3-mutagen',
  fpcalc: 'libchromaprint-tools',
  shellcheck: 'shellcheck',
  // The torrent end-to-end tests seed and download between two real clients on loopback.
  'qbittorrent-nox': 'qbittorrent-nox',
  'transmission-daemon': 'transmission-daemon',
};

const LOCK_FILE = path.join(root, 'package-lock.json');
const NODE_MODULES = path.join(root, 'node_modules');
const LOCK_STAMP = path.join(NODE_MODULES, '.truetrack-lock.sha256');

function say(line) {
  console.log(`setup: ${line}`);
}

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    say(`\`${[cmd, ...args].join(' ')}\` failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}

function missingCommands(commands) {
  const pgDirs = postgresBinDirs();
  return Object.keys(commands).filter((name) => !which(name, pgDirs));
}

function ensureSystemPackages(commands) {
  const missing = missingCommands(commands);
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map((name) => commands[name]))];
  const install = ['install', '-y', '--no-install-recommends', ...packages];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    say(`missing commands: ${missing.join(', ')}`);
    console.error(`Install them with:\n  sudo apt-get update && sudo apt-get ${install.join(' ')}`);
    process.exit(1);
  }
  say(`installing ${packages.join(' ')} (missing: ${missing.join(', ')})`);
  run('apt-get', ['update']);
  run('apt-get', install, { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
  const still = missingCommands(commands);
  if (still.length > 0) {
    say(`still missing after apt-get install: ${still.join(', ')}`);
    process.exit(1);
  }
}

/**
 * A node_modules installed before the stamp existed is adopted when npm's own record of it
 * (node_modules/.package-lock.json) has exactly the versions the lock file asks for.
 */
function installedTreeMatchesLock() {
  try {
    const wanted = JSON.parse(fs.readFileSync(LOCK_FILE, 'utf8')).packages ?? {};
    const have = JSON.parse(fs.readFileSync(path.join(NODE_MODULES, '.package-lock.json'), 'utf8')).packages ?? {};
    for (const [key, pkg] of Object.entries(wanted)) {
      if (key === '') continue;
      const installed = have[key];
      if (!installed) {
        if (pkg.optional || pkg.devOptional || pkg.peer) continue;
        return false;
      }
      if (installed.version !== pkg.version) return false;
    }
    return Object.keys(have).every((key) => key in wanted);
  } catch {
    return false;
  }
}

function ensureNpmDependencies() {
  const lockHash = sha256(fs.readFileSync(LOCK_FILE));
  const hasModules = fs.existsSync(NODE_MODULES);
  if (hasModules && readText(LOCK_STAMP) === lockHash) return;
  if (hasModules && !fs.existsSync(LOCK_STAMP) && installedTreeMatchesLock()) {
    fs.writeFileSync(LOCK_STAMP, `${lockHash}\n`);
    say('node_modules already matches package-lock.json (stamp written)');
    return;
  }
  const env = { ...process.env };
  // sqlite3 builds from source; without this node-gyp tries to download headers Debian already ships.
  if (fs.existsSync('/usr/include/node') && !env.npm_config_nodedir) env.npm_config_nodedir = '/usr';
  say(hasModules ? 'package-lock.json changed: npm ci' : 'no node_modules: npm ci');
  // `npm ci`, never `npm install`: it installs exactly the lock and never rewrites it, so setting up leaves the
  // checkout as it was. The lock lists every platform's optional packages (rollup's, msgpackr's) for that.
  run('npm', ['ci', '--no-audit', '--no-fund'], env);
  fs.writeFileSync(LOCK_STAMP, `${sha256(fs.readFileSync(LOCK_FILE))}\n`);
}

function ensureBuild() {
  const stamp = sourceStamp();
  if (readText(BUILD_STAMP) === stamp) return;
  say('sources changed: npm run build');
  run('npm', ['run', 'build']);
  writeBuildStamp(stamp);
}

const mode = process.argv[2];
if (mode !== 'start' && mode !== 'test') {
  console.error('usage: node scripts/setup.mjs start|test');
  process.exit(2);
}

// System tools first: failing there is instant, npm install takes minutes.
ensureSystemPackages(mode === 'start' ? START_COMMANDS : TEST_COMMANDS);
ensureNpmDependencies();
if (mode === 'start') ensureBuild();
