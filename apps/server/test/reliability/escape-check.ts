import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

const SKIP = new Set(['node_modules', '.git', 'proc', 'sys', 'dev']);

/**
 * Files or folders whose name contains `marker`, under `roots` (to `depth` levels), that lie outside `allowed`:
 * what a request with a traversal path would have created had it escaped the data and library folders.
 */
export function findEscapes(marker: string, roots: string[], allowed: string[], depth = 3): string[] {
  const inside = (path: string) => allowed.some((root) => path === root || path.startsWith(`${resolve(root)}${sep}`));
  const found = new Set<string>();
  const walk = (dir: string, level: number) => {
    if (inside(dir)) return;
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (name.includes(marker) && !inside(path)) found.add(path);
      if (level < depth && !SKIP.has(name) && isFolder(path)) walk(path, level + 1);
    }
  };
  for (const root of roots) if (existsSync(root)) walk(resolve(root), 1);
  return [...found].sort();
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Names directly inside `dir` (sorted), to compare a folder before and after. */
export function listing(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
