import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xxhash64 } from 'hash-wasm';
import { hashContent } from './content-hashes.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'content-hashes-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('hashContent', () => {
  it('gives the published digests of known inputs', async () => {
    const empty = join(dir, 'empty');
    await writeFile(empty, '');
    // SHA-256 and xxHash64 (seed 0) of the empty input, as their specifications list them.
    await expect(hashContent(empty)).resolves.toEqual({
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      xxhash64: 'ef46db3751d8e999',
      size: 0,
    });
  });

  it('hashes a file larger than one chunk the same as hashing its bytes at once', async () => {
    const bytes = Buffer.alloc(2.5 * 1024 * 1024 + 17);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 9)) & 0xff;
    const file = join(dir, 'big.bin');
    await writeFile(file, bytes);
    const hashes = await hashContent(file);
    expect(hashes.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(hashes.xxhash64).toBe(await xxhash64(bytes));
    expect(hashes.size).toBe(bytes.length);
  });

  it('keeps the leading zeros of a small xxHash64 value', async () => {
    // Search a few inputs for a digest that starts with a zero, so the padding is exercised by a real value.
    for (let i = 0; i < 2000; i++) {
      const digest = await xxhash64(`input-${i}`);
      if (!digest.startsWith('0')) continue;
      const file = join(dir, `zero-${i}`);
      await writeFile(file, `input-${i}`);
      const hashes = await hashContent(file);
      expect(hashes.xxhash64).toHaveLength(16);
      expect(hashes.xxhash64).toBe(digest.padStart(16, '0'));
      return;
    }
    throw new Error('no input with a leading zero found');
  });
});
