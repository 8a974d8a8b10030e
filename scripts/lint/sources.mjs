// Reading the workspace's TypeScript for the boundary checks: which files, parsed without type checking.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SKIP = new Set(['node_modules', 'dist', 'dist-test', '.angular', 'coverage', 'fixtures']);

/** Every .ts file under `dir` (relative to `root`, `/`-separated), skipping build output and fixtures. */
export function tsFiles(root, dir) {
  const absolute = path.join(root, dir);
  if (!fs.existsSync(absolute)) return [];
  return fs.readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : tsFiles(root, relative);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** The libraries: folders of libs/ with a public index. */
export function libNames(root) {
  const libs = path.join(root, 'libs');
  if (!fs.existsSync(libs)) return [];
  return fs
    .readdirSync(libs, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(libs, entry.name, 'src', 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

const parsed = new Map();

/** The file's syntax tree (cached per root and path). */
export function parse(root, file) {
  const key = path.join(root, file);
  let source = parsed.get(key);
  if (!source) {
    source = ts.createSourceFile(file, fs.readFileSync(key, 'utf8'), ts.ScriptTarget.Latest, true);
    parsed.set(key, source);
  }
  return source;
}

/** `libs/<name>/...` → name; anything else → undefined. */
export function libOf(file) {
  const match = /^libs\/([^/]+)\//.exec(file);
  return match?.[1];
}

export const isSpec = (file) => /\.(spec|int-spec|e2e-spec|reliability-spec)\.ts$/.test(file);

export function lineOf(source, node) {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}
