#!/usr/bin/env node
// The `truetrack` command: runs the compiled client (`npm run build:server` builds it).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../../../dist/apps/cli/src/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  console.error('truetrack: the client is not built yet; run `npm run build:server` first');
  process.exit(1);
}
await import(main.href);
