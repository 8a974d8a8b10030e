// Helpers shared by setup.mjs and test.mjs. Plain Node only: this runs before node_modules exists.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const BUILD_STAMP = path.join(root, 'dist', '.build-stamp');

/** Debian's PostgreSQL keeps its server binaries out of PATH. */
export function postgresBinDirs() {
  const base = '/usr/lib/postgresql';
  let versions = [];
  try {
    versions = fs.readdirSync(base).filter((v) => /^\d+$/.test(v));
  } catch {
    return [];
  }
  return versions.sort((a, b) => Number(b) - Number(a)).map((v) => path.join(base, v, 'bin'));
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Like `command -v`: the first executable named `name` in PATH, then in `extraDirs`. */
export function which(name, extraDirs = []) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...extraDirs];
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (isExecutable(file)) return file;
  }
  return undefined;
}

export function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

const STAMP_ROOTS = ['apps', 'libs'];
const STAMP_SKIP = new Set(['node_modules', 'dist', 'dist-test', '.angular']);

function walk(dir, out) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (STAMP_SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
}

/** Hash of the paths, mtimes and sizes of everything the build reads. */
export function sourceStamp() {
  const files = [];
  for (const dir of STAMP_ROOTS) walk(path.join(root, dir), files);
  for (const name of fs.readdirSync(root)) {
    if (/^tsconfig.*\.json$/.test(name) || name === 'angular.json' || name === 'package-lock.json') {
      files.push(path.join(root, name));
    }
  }
  files.sort();
  const lines = files.map((file) => {
    const st = fs.statSync(file);
    return `${path.relative(root, file)}\t${st.mtimeMs}\t${st.size}`;
  });
  return sha256(lines.join('\n'));
}

export function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

export function writeBuildStamp(stamp) {
  fs.mkdirSync(path.dirname(BUILD_STAMP), { recursive: true });
  fs.writeFileSync(BUILD_STAMP, `${stamp}\n`);
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Connects to 127.0.0.1:port, sends `send` (if any) and tells whether the answer contains `expect`. */
export function tcpExchange(port, send, expect) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let data = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => (send ? socket.write(send) : done(true)));
    socket.on('data', (chunk) => {
      data += chunk;
      if (data.includes(expect)) done(true);
    });
  });
}
