import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathExists } from './path-exists.js';

describe('pathExists', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'truetrack-exists-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('tells a file, a folder and a dangling link from nothing', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await symlink(join(dir, 'nowhere'), join(dir, 'link'));
    expect(await pathExists(join(dir, 'file'))).toBe(true);
    expect(await pathExists(dir)).toBe(true);
    expect(await pathExists(join(dir, 'link'))).toBe(true);
    expect(await pathExists(join(dir, 'missing'))).toBe(false);
  });

  it('throws what is not "not there", e.g. a path through a file', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await expect(pathExists(join(dir, 'file', 'inside'))).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});
