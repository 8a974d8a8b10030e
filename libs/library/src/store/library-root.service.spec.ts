import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '@app/config';
import { LibraryRoot } from './library-root.service.js';

describe('LibraryRoot', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'truetrack-root-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const start = (libraryRoot: string) =>
    new LibraryRoot({ paths: { libraryRoot } } as AppConfig).onApplicationBootstrap();

  it('creates a missing library folder at boot, parents included', async () => {
    const root = join(dir, 'Music', 'library');
    await start(root);
    expect((await stat(root)).isDirectory()).toBe(true);
  });

  it('leaves a file in the way alone and does not throw', async () => {
    const root = join(dir, 'library');
    await writeFile(root, 'x');
    await expect(start(root)).resolves.toBeUndefined();
    expect((await stat(root)).isFile()).toBe(true);
  });
});
