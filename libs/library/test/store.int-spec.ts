// The atomic store on real files in temporary folders: copy and move (same file system, forced copy and, where
// the machine has one, a real second file system), no overwrite, identical files, symbolic links that lead out
// of the library, keep-both names and replace.
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermanentError } from '@app/core';
import { resolveInside } from '@app/library';
import { isTemporaryName } from '../src/store/staged-file.js';
import { LibraryFiles } from '../src/store/library-files.service.js';
import { PathEscapeError, TargetExistsError } from '../src/store/store.errors.js';
import { replaceFile } from '../src/store/replace-file.js';
import { storeFile } from '../src/store/store-file.js';
import { uniqueSibling } from '../src/store/unique-sibling.js';
import { makeTempDir, makeTestConfig } from '@app/testing';

let dir: { path: string; remove(): Promise<void> };
let root: string;
let inbox: string;
let outside: string;

beforeEach(async () => {
  dir = await makeTempDir('truetrack-store');
  root = join(dir.path, 'library');
  inbox = join(dir.path, 'inbox');
  outside = join(dir.path, 'outside');
  await Promise.all([mkdir(root), mkdir(inbox), mkdir(outside)]);
});

afterEach(async () => {
  await dir.remove();
});

async function source(name: string, content: string): Promise<string> {
  const file = join(inbox, name);
  await writeFile(file, content);
  return file;
}

/** Every file under `folder`, relative and sorted: shows stray temporary files too. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

const RELATIVE = 'Linkin Park/Meteora (2003)/13 - Numb.flac';

describe('storeFile', () => {
  it('copies into new folders, leaving the source and no temporary file', async () => {
    const file = await source('numb.flac', 'numb bytes');
    const result = await storeFile(file, root, RELATIVE, { mode: 'copy' });
    expect(result).toEqual({ path: join(root, RELATIVE), relative: RELATIVE, outcome: 'stored' });
    expect(await readFile(result.path, 'utf8')).toBe('numb bytes');
    expect(existsSync(file)).toBe(true);
    expect(await filesUnder(root)).toEqual([RELATIVE]);
  });

  it('moves by renaming on one file system: the library file is the same file', async () => {
    const file = await source('numb.flac', 'numb bytes');
    const inode = statSync(file).ino;
    const result = await storeFile(file, root, RELATIVE, { mode: 'move' });
    expect(result.outcome).toBe('stored');
    expect(existsSync(file)).toBe(false);
    expect(statSync(result.path).ino).toBe(inode);
    expect(await filesUnder(root)).toEqual([RELATIVE]);
  });

  it('moves by copying, then deleting the source, when it cannot rename (across file systems)', async () => {
    const file = await source('numb.flac', 'numb bytes');
    const inode = statSync(file).ino;
    const result = await storeFile(file, root, RELATIVE, { mode: 'move', forceCopy: true });
    expect(await readFile(result.path, 'utf8')).toBe('numb bytes');
    expect(statSync(result.path).ino).not.toBe(inode);
    expect(existsSync(file)).toBe(false);
    expect(await filesUnder(root)).toEqual([RELATIVE]);
  });

  // A tmpfs beside the disk that holds the temporary folders gives a real EXDEV where the machine has one.
  const shm = '/dev/shm';
  const otherFileSystem = existsSync(shm) && statSync(shm).dev !== statSync(tmpdir()).dev;
  (otherFileSystem ? it : it.skip)('moves from a real second file system (tmpfs) through EXDEV', async () => {
    const memory = await mkdtemp(join(shm, 'truetrack-store-'));
    try {
      const file = join(memory, 'numb.flac');
      await writeFile(file, 'numb bytes');
      const result = await storeFile(file, root, RELATIVE, { mode: 'move' });
      expect(await readFile(result.path, 'utf8')).toBe('numb bytes');
      expect(existsSync(file)).toBe(false);
      expect(await filesUnder(root)).toEqual([RELATIVE]);
    } finally {
      await rm(memory, { recursive: true, force: true });
    }
  });

  it.each(['copy', 'move'] as const)(
    'refuses to overwrite a different file (%s), keeping both as they were',
    async (mode) => {
      await mkdir(join(root, 'Linkin Park/Meteora (2003)'), { recursive: true });
      await writeFile(join(root, RELATIVE), 'older bytes');
      const file = await source('numb.flac', 'newer bytes');
      const attempt = storeFile(file, root, RELATIVE, { mode });
      await expect(attempt).rejects.toThrow(TargetExistsError);
      await expect(attempt).rejects.toMatchObject({ path: join(root, RELATIVE), relative: RELATIVE });
      expect(await readFile(join(root, RELATIVE), 'utf8')).toBe('older bytes');
      expect(await readFile(file, 'utf8')).toBe('newer bytes');
      expect(await filesUnder(root)).toEqual([RELATIVE]);
    },
  );

  it('reports identical bytes without writing; a copy keeps its source, a move deletes it', async () => {
    await mkdir(join(root, 'Linkin Park/Meteora (2003)'), { recursive: true });
    await writeFile(join(root, RELATIVE), 'numb bytes');
    const before = await stat(join(root, RELATIVE));
    const copied = await source('copy.flac', 'numb bytes');
    expect((await storeFile(copied, root, RELATIVE, { mode: 'copy' })).outcome).toBe('identical');
    expect(existsSync(copied)).toBe(true);
    const moved = await source('move.flac', 'numb bytes');
    expect((await storeFile(moved, root, RELATIVE, { mode: 'move' })).outcome).toBe('identical');
    expect(existsSync(moved)).toBe(false);
    expect((await stat(join(root, RELATIVE))).ino).toBe(before.ino);
  });

  it('never deletes a file moved onto itself', async () => {
    await mkdir(join(root, 'Linkin Park/Meteora (2003)'), { recursive: true });
    await writeFile(join(root, RELATIVE), 'numb bytes');
    const result = await storeFile(join(root, RELATIVE), root, RELATIVE, { mode: 'move' });
    expect(result.outcome).toBe('identical');
    expect(await readFile(join(root, RELATIVE), 'utf8')).toBe('numb bytes');
  });

  it('loses the race to another writer without overwriting it, putting a moved source back', async () => {
    const file = await source('numb.flac', 'our bytes');
    const otherWriter = async (_existing: string, target: string) => {
      await writeFile(target, 'their bytes');
      throw Object.assign(new Error('EEXIST: file already exists'), { code: 'EEXIST' });
    };
    await expect(storeFile(file, root, RELATIVE, { mode: 'move', link: otherWriter })).rejects.toThrow(
      TargetExistsError,
    );
    expect(await readFile(join(root, RELATIVE), 'utf8')).toBe('their bytes');
    expect(await readFile(file, 'utf8')).toBe('our bytes');
    expect(await filesUnder(root)).toEqual([RELATIVE]);
  });

  it('works on file systems without hard links, still refusing to overwrite', async () => {
    const noLinks = () => Promise.reject(Object.assign(new Error('ENOTSUP'), { code: 'ENOTSUP' }));
    const file = await source('numb.flac', 'numb bytes');
    expect((await storeFile(file, root, RELATIVE, { mode: 'copy', link: noLinks })).outcome).toBe('stored');
    const other = await source('other.flac', 'other bytes');
    await expect(storeFile(other, root, RELATIVE, { mode: 'copy', link: noLinks })).rejects.toThrow(TargetExistsError);
    expect(await readFile(join(root, RELATIVE), 'utf8')).toBe('numb bytes');
    expect(await filesUnder(root)).toEqual([RELATIVE]);
  });

  it('leaves no temporary file when the source cannot be read', async () => {
    await expect(storeFile(join(inbox, 'missing.flac'), root, RELATIVE, { mode: 'copy' })).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(await filesUnder(root)).toEqual([]);
  });

  it('names its temporary files so that scans can skip them', () => {
    expect(isTemporaryName('.truetrack-0b6d2f7e-1c1a-4e0e-9a53-3f1f2f0c9d11.part')).toBe(true);
    expect(isTemporaryName('13 - Numb.flac')).toBe(false);
  });
});

describe('resolveInside', () => {
  it.each([
    ['a way up', '../outside/x.flac'],
    ['a way up after a folder', 'Artist/../../outside/x.flac'],
    ['an absolute path', '/etc/passwd'],
    ['a NUL byte', 'Artist/x\u0000.flac'],
  ])('refuses %s', async (_case, relative) => {
    await expect(resolveInside(root, relative)).rejects.toThrow(PathEscapeError);
  });

  it('refuses a folder that is a link out of the library, and stores nothing there', async () => {
    await symlink(outside, join(root, 'Escape'));
    const file = await source('numb.flac', 'numb bytes');
    await expect(storeFile(file, root, 'Escape/Album/13 - Numb.flac', { mode: 'copy' })).rejects.toThrow(
      /is a link to .*outside the library/,
    );
    expect(await filesUnder(outside)).toEqual([]);
  });

  it('refuses a file that is a link out of the library', async () => {
    await writeFile(join(outside, 'secret.txt'), 'secret');
    await symlink(join(outside, 'secret.txt'), join(root, 'Numb.flac'));
    const file = await source('numb.flac', 'secret');
    await expect(replaceFile(file, root, 'Numb.flac')).rejects.toThrow(PathEscapeError);
    await expect(storeFile(file, root, 'Numb.flac', { mode: 'move' })).rejects.toThrow(PathEscapeError);
    expect(await readFile(join(outside, 'secret.txt'), 'utf8')).toBe('secret');
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a link that leads nowhere', async () => {
    await symlink(join(outside, 'gone'), join(root, 'Dangling'));
    await expect(resolveInside(root, 'Dangling/x.flac')).rejects.toThrow(/leads nowhere/);
  });

  it('accepts links that stay inside the library, and a library root that is itself a link', async () => {
    await mkdir(join(root, 'Artists/Linkin Park'), { recursive: true });
    await symlink(join(root, 'Artists/Linkin Park'), join(root, 'LP'));
    await symlink(root, join(dir.path, 'music'));
    const viaLink = join(dir.path, 'music');
    expect(await resolveInside(viaLink, 'LP/Numb.flac')).toBe(join(viaLink, 'LP/Numb.flac'));
  });

  it('refuses to work in a library root that does not exist, rather than create it', async () => {
    const file = await source('numb.flac', 'numb bytes');
    const missing = join(dir.path, 'unmounted');
    await expect(storeFile(file, missing, RELATIVE, { mode: 'copy' })).rejects.toThrow(PermanentError);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('uniqueSibling (keep both)', () => {
  it('numbers the new copy after the ones already there', async () => {
    const first = await source('a.flac', 'first');
    await storeFile(first, root, RELATIVE, { mode: 'copy' });
    const second = await uniqueSibling(root, RELATIVE);
    expect(second).toBe('Linkin Park/Meteora (2003)/13 - Numb (2).flac');
    await storeFile(await source('b.flac', 'second'), root, second, { mode: 'copy' });
    expect(await uniqueSibling(root, RELATIVE)).toBe('Linkin Park/Meteora (2003)/13 - Numb (3).flac');
  });
});

describe('replaceFile', () => {
  beforeEach(async () => {
    await mkdir(join(root, 'Linkin Park/Meteora (2003)'), { recursive: true });
    await writeFile(join(root, RELATIVE), 'old bytes');
  });

  it('puts the new file in place of the old one', async () => {
    const file = await source('numb.flac', 'better bytes');
    const result = await replaceFile(file, root, RELATIVE);
    expect(result).toEqual({ path: join(root, RELATIVE), relative: RELATIVE, outcome: 'replaced' });
    expect(await readFile(join(root, RELATIVE), 'utf8')).toBe('better bytes');
    expect(existsSync(file)).toBe(true);
    expect(await filesUnder(root)).toEqual([RELATIVE]);
  });

  it.each([false, true])('moves the new file in (forced copy: %s)', async (forceCopy) => {
    const file = await source('numb.flac', 'better bytes');
    expect((await replaceFile(file, root, RELATIVE, { mode: 'move', forceCopy })).outcome).toBe('replaced');
    expect(await readFile(join(root, RELATIVE), 'utf8')).toBe('better bytes');
    expect(existsSync(file)).toBe(false);
  });

  it('keeps the old file whole when the new one cannot be copied', async () => {
    await expect(replaceFile(join(inbox, 'missing.flac'), root, RELATIVE)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readFile(join(root, RELATIVE), 'utf8')).toBe('old bytes');
    expect(await filesUnder(root)).toEqual([RELATIVE]);
  });

  it('keeps the old file and the source when the target cannot be replaced', async () => {
    await mkdir(join(root, 'Linkin Park/Meteora (2003)/Folder.flac'));
    await writeFile(join(root, 'Linkin Park/Meteora (2003)/Folder.flac/inside'), 'x');
    const file = await source('numb.flac', 'better bytes');
    await expect(replaceFile(file, root, 'Linkin Park/Meteora (2003)/Folder.flac', { mode: 'move' })).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('better bytes');
    expect(await filesUnder(root)).toEqual([RELATIVE, 'Linkin Park/Meteora (2003)/Folder.flac/inside'].sort());
  });

  it('stores when there is nothing to replace, and reports identical bytes', async () => {
    const file = await source('numb.flac', 'old bytes');
    expect((await replaceFile(file, root, RELATIVE)).outcome).toBe('identical');
    expect((await replaceFile(file, root, 'Other/Numb.flac')).outcome).toBe('stored');
  });
});

describe('LibraryFiles', () => {
  it('uses the configured root, archive folder and import mode', async () => {
    const config = makeTestConfig({ library: { importMode: 'move', archiveFolder: '_inbox' } });
    try {
      const sut = new LibraryFiles(config);
      const file = await source('numb.mp3', 'numb bytes');
      const metadata = { title: 'Numb', artists: ['Linkin Park'], musicbrainz: {}, source: 'test' };
      const relative = sut.archivePath(metadata, 'mp3');
      expect(relative).toBe('_inbox/Linkin Park - Numb.mp3');
      const result = await sut.store(file, relative);
      expect(result.path).toBe(join(config.paths.libraryRoot, relative));
      expect(existsSync(file)).toBe(false);
    } finally {
      await rm(config.paths.dataDir, { recursive: true, force: true });
    }
  });
});
