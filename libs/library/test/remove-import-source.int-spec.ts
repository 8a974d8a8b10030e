// A move-mode import removes its original minutes after it checked it: only if it is still the same file at
// the same place inside an import folder.
import { existsSync, mkdirSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { makeTestConfig } from '@app/testing';
import { type ImportedFileIdentity, removeImportSource } from '../src/import/remove-import-source.js';

let config: AppConfig;
let importDir: string;
let outside: string;

const identityOf = (file: string): ImportedFileIdentity => {
  const facts = statSync(file);
  return { dev: facts.dev, ino: facts.ino, size: facts.size, mtimeMs: facts.mtimeMs };
};

beforeEach(() => {
  config = makeTestConfig();
  importDir = config.library.importDirs[0]!;
  outside = join(config.paths.dataDir, 'outside');
  mkdirSync(join(importDir, 'album'), { recursive: true });
  mkdirSync(outside, { recursive: true });
});

it('removes the original when it is still the file the import read', async () => {
  const file = join(importDir, 'album', 'song.mp3');
  writeFileSync(file, 'audio');
  expect(await removeImportSource(config, file, identityOf(file))).toBeUndefined();
  expect(existsSync(file)).toBe(false);
});

it('keeps a file that was replaced since the import read it', async () => {
  const file = join(importDir, 'album', 'song.mp3');
  writeFileSync(file, 'audio');
  const identity = identityOf(file);
  writeFileSync(join(importDir, 'album', 'other.mp3'), 'other audio');
  renameSync(join(importDir, 'album', 'other.mp3'), file);
  expect(await removeImportSource(config, file, identity)).toMatch(/changed since it was imported/);
  expect(existsSync(file)).toBe(true);
});

it('keeps a file outside the import folders reached through a folder swapped for a link', async () => {
  const file = join(importDir, 'album', 'song.mp3');
  writeFileSync(file, 'audio');
  const identity = identityOf(file);
  // The folder is moved away and a link to a folder outside takes its place, holding a file of the same name.
  renameSync(join(importDir, 'album'), join(importDir, 'moved'));
  writeFileSync(join(outside, 'song.mp3'), 'precious');
  symlinkSync(outside, join(importDir, 'album'));
  expect(await removeImportSource(config, file, identity)).toMatch(/no longer where it was imported from/);
  expect(existsSync(join(outside, 'song.mp3'))).toBe(true);
});

it('keeps a file that has become a link', async () => {
  const file = join(importDir, 'album', 'song.mp3');
  writeFileSync(join(importDir, 'album', 'target.mp3'), 'audio');
  symlinkSync(join(importDir, 'album', 'target.mp3'), file);
  expect(await removeImportSource(config, file, undefined)).toBeDefined();
  expect(existsSync(join(importDir, 'album', 'target.mp3'))).toBe(true);
});
