#!/usr/bin/env node
// Rewrites README.md's settings tables (the <!-- settings:<id> --> regions) from the declarations in
// libs/config/src/settings. Builds dist-test first, as the benches do, to run the TypeScript declarations.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib/workspace.mjs';

const bin = (tool) => path.join(root, 'node_modules', '.bin', tool);
for (const tool of ['tsc', 'tsc-alias']) {
  const { status } = spawnSync(bin(tool), ['-p', 'tsconfig.test-build.json'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

const tables = path.join(root, 'dist-test', 'libs', 'config', 'src', 'settings', 'readme-tables.js');
const { withSettingsTables } = await import(pathToFileURL(tables).href);
const readmePath = path.join(root, 'README.md');
const before = fs.readFileSync(readmePath, 'utf8');
const after = withSettingsTables(before);
fs.writeFileSync(readmePath, after);
console.log(after === before ? 'README.md settings tables: unchanged' : 'README.md settings tables: rewritten');
