#!/usr/bin/env node
// Runs the built server in the foreground and hands it SIGINT/SIGTERM/SIGHUP exactly once each.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './lib/workspace.mjs';

const entry = path.join(root, 'dist', 'apps', 'server', 'src', 'main.js');
if (!fs.existsSync(entry)) {
  console.error(`start: ${path.relative(root, entry)} not found; run \`npm run build\` (or \`npm start\`)`);
  process.exit(1);
}

// Own process group: a terminal's Ctrl-C reaches only this process, which forwards it once. A second copy
// arriving while Nest runs its shutdown hooks would kill the server before it has closed cleanly.
const child = spawn(process.execPath, [entry, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  detached: true,
});

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const lastForwarded = new Map();
for (const signal of SIGNALS) {
  process.on(signal, () => {
    // npm run-script also forwards the terminal's signal: drop that duplicate, keep a later deliberate one.
    const now = Date.now();
    if (now - (lastForwarded.get(signal) ?? 0) < 1000) return;
    lastForwarded.set(signal, now);
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

process.on('exit', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

child.on('error', (err) => {
  console.error(`start: cannot run the server: ${err.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (signal) {
    for (const s of SIGNALS) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
