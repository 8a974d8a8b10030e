import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const SKIP = new Set(['node_modules', 'dist', 'dist-test', '.angular', '.git', 'test-results', 'data']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|mts|mjs|js|cjs)$/.test(entry.name) ? [path] : [];
  });
}

const rootFiles = readdirSync(root).filter((name) => /\.(ts|mjs|js|cjs)$/.test(name));
const sources = [...sourceFiles('apps'), ...sourceFiles('libs'), ...sourceFiles('scripts'), ...rootFiles]
  .map((file) => readFileSync(join(root, file), 'utf8'))
  .join('\n');
const text = (file: string) => readFileSync(join(root, file), 'utf8');
const peerOf = (pkg: string) =>
  Object.keys(
    (JSON.parse(text(`node_modules/${pkg}/package.json`)) as { peerDependencies?: object }).peerDependencies ?? {},
  );
const scripts = Object.values(manifest.scripts).join('\n');

/** Packages that are run or loaded by a tool rather than imported, each with the place that proves it. */
const RUN_NOT_IMPORTED: Record<string, () => boolean> = {
  '@angular/build': () => text('angular.json').includes('"@angular/build:'),
  '@angular/cli': () => /\bng (build|test)\b/.test(scripts),
  '@angular/compiler-cli': () => peerOf('@angular/build').includes('@angular/compiler-cli'),
  '@angular/compiler': () => peerOf('@angular/build').includes('@angular/compiler'),
  vitest: () => text('angular.json').includes('"runner": "vitest"'),
  jsdom: () => peerOf('vitest').includes('jsdom'),
  typescript: () => /\btsc\b/.test(scripts),
  'tsc-alias': () => /\btsc-alias\b/.test(scripts),
  'ts-jest': () => text('jest.config.ts').includes("'ts-jest'"),
  // Jest reads its TypeScript configuration file through ts-node.
  'ts-node': () => readdirSync(root).includes('jest.config.ts'),
  madge: () => /\bmadge\b/.test(scripts),
  prettier: () => /\bprettier\b/.test(scripts),
  'axe-core': () => sources.includes("'node_modules/axe-core/axe.min.js'"),
  autocannon: () => sources.includes("import.meta.resolve('autocannon')"),
};

function imported(name: string): boolean {
  const quoted = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(from|import|require\\()\\s*\\(?['"]${quoted}(/[^'"]*)?['"]`).test(sources);
}

/** `@types/x` is used when `x` is (or, for node and jest, when there is code for that runtime at all). */
function typesUsed(name: string): boolean {
  const target = name.slice('@types/'.length);
  if (target === 'node' || target === 'jest') return true;
  return imported(target.includes('__') ? `@${target.replace('__', '/')}` : target);
}

describe('package.json', () => {
  const all = [...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)];

  it.each(all)('%s is imported or run', (name) => {
    const used = name.startsWith('@types/') ? typesUsed(name) : imported(name) || !!RUN_NOT_IMPORTED[name]?.();
    expect(used).toBe(true);
  });

  it('names each package once (JSON.parse would hide a repeated key)', () => {
    const raw = text('package.json');
    const repeated = all.filter((name) => raw.split(`"${name}": "`).length - 1 > 1);
    expect(repeated).toEqual([]);
  });

  it('lists no package both as a dependency and as a dev dependency', () => {
    expect(Object.keys(manifest.dependencies).filter((name) => name in manifest.devDependencies)).toEqual([]);
  });

  it('knows how the matcher works: an unused name is found unused', () => {
    expect(imported('left-pad')).toBe(false);
    expect(imported('@nestjs/common')).toBe(true);
  });
});
