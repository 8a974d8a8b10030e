import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

/** TrueTrack's version from its package.json, found from this file upward (works from src and from dist). */
export function truetrackVersion(): string {
  version ??= findVersion(dirname(fileURLToPath(import.meta.url)));
  return version;
}

function findVersion(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === 'truetrack' && parsed.version) return parsed.version;
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
