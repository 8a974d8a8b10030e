import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLatestLines } from '../src/logging/log-reader.js';
import { readLinesBackwards } from '../src/logging/read-lines-backwards.js';
import { RotatingFile } from '../src/logging/rotating-file.js';

const line = (n: number, extra: Record<string, unknown> = {}) =>
  `${JSON.stringify({ level: 'info', time: `2026-11-21T03:00:${String(n).padStart(2, '0')}.000Z`, msg: `line ${String(n).padStart(2, '0')}`, ...extra })}\n`;

describe('log files', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'truetrack-logs-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rotates by size and keeps the configured number of files', async () => {
    const file = join(dir, 'truetrack.log');
    const sut = new RotatingFile(file, 3 * line(0).length, 3);
    for (let n = 0; n < 12; n++) sut.write(line(n));
    await sut.close();
    expect(readFileSync(file, 'utf8')).toBe(line(9) + line(10) + line(11));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line(6) + line(7) + line(8));
    expect(readFileSync(`${file}.2`, 'utf8')).toBe(line(3) + line(4) + line(5));
    expect(existsSync(`${file}.3`)).toBe(false);
  });

  it('goes on with an existing file after a restart, counting its size', async () => {
    const file = join(dir, 'truetrack.log');
    writeFileSync(file, line(0) + line(1));
    const sut = new RotatingFile(file, 3 * line(0).length, 2);
    sut.write(line(2));
    sut.write(line(3));
    await sut.close();
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line(0) + line(1) + line(2));
    expect(readFileSync(file, 'utf8')).toBe(line(3));
  });

  it('reads the newest lines first across rotated files and processes, filtered by level and job', async () => {
    writeFileSync(join(dir, 'truetrack.log.1'), line(1) + line(2, { level: 'warn', jobId: 'job-a' }) + 'not json\n');
    writeFileSync(join(dir, 'truetrack.log'), line(5) + line(6, { level: 'error', jobId: 'job-a' }));
    writeFileSync(join(dir, 'truetrack-worker.log'), line(3, { jobId: 'job-a' }) + line(7, { level: 'debug' }));
    writeFileSync(join(dir, 'other.txt'), line(9));

    const messages = async (filter: Parameters<typeof readLatestLines>[1]) =>
      (await readLatestLines(dir, filter)).map((l) => l.message);
    expect(await messages({ limit: 100 })).toEqual(['line 07', 'line 06', 'line 05', 'line 03', 'line 02', 'line 01']);
    expect(await messages({ limit: 3 })).toEqual(['line 07', 'line 06', 'line 05']);
    expect(await messages({ limit: 100, level: 'warn' })).toEqual(['line 06', 'line 02']);
    expect(await messages({ limit: 100, jobId: 'job-a' })).toEqual(['line 06', 'line 03', 'line 02']);
    expect((await readLatestLines(dir, { limit: 1, level: 'error' }))[0]).toEqual({
      time: '2026-11-21T03:00:06.000Z',
      level: 'error',
      message: 'line 06',
      jobId: 'job-a',
    });
  });

  it('reads a file of many chunks backwards, multi-byte characters across chunk edges intact', async () => {
    const lines = Array.from({ length: 9000 }, (_, n) => `${n} Beyoncé – Déjà Vu 🎵 ${'é'.repeat(n % 7)}`);
    const file = join(dir, 'big.log');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const read: string[] = [];
    for await (const line of readLinesBackwards(file)) read.push(line);
    expect(read).toEqual([...lines].reverse());
  });

  it('finds nothing in a folder that does not exist yet', async () => {
    await expect(readLatestLines(join(dir, 'missing'), { limit: 10 })).resolves.toEqual([]);
  });
});
