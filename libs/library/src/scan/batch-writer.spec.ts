import { BatchWriter } from './batch-writer.js';

describe('BatchWriter', () => {
  it('writes full batches as they fill, and the rest at the end', async () => {
    const writes: number[][] = [];
    const sut = new BatchWriter<number>(3, async (rows) => void writes.push(rows), fail);
    for (const row of [1, 2, 3, 4, 5, 6, 7]) await sut.add(row);
    expect(writes).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    await sut.finish();
    expect(writes.at(-1)).toEqual([7]);
  });

  it('writes batches one after the other even when rows keep coming', async () => {
    let active = 0;
    let most = 0;
    const sut = new BatchWriter<number>(
      2,
      async () => {
        most = Math.max(most, ++active);
        await new Promise((resolve) => setImmediate(resolve));
        active -= 1;
      },
      fail,
    );
    await Promise.all([1, 2, 3, 4, 5, 6].map((row) => sut.add(row)));
    await sut.finish();
    expect(most).toBe(1);
  });

  it('retries a refused batch row by row and reports only the rows refused alone', async () => {
    const written: number[] = [];
    const refused: [number, string][] = [];
    const sut = new BatchWriter<number>(
      4,
      async (rows) => {
        if (rows.includes(13)) throw new Error('value too long');
        written.push(...rows);
      },
      (row, error) => refused.push([row, error.message]),
    );
    for (const row of [11, 12, 13, 14]) await sut.add(row);
    await sut.finish();
    expect(written).toEqual([11, 12, 14]);
    expect(refused).toEqual([[13, 'value too long']]);
  });

  it('rejects when every row fails alone too: the database, not the rows, is at fault', async () => {
    const sut = new BatchWriter<number>(2, () => Promise.reject(new Error('database is locked')), fail);
    await expect(Promise.all([sut.add(1), sut.add(2)])).rejects.toThrow('database is locked');
  });
});

function fail(row: unknown, error: Error): never {
  throw new Error(`row ${String(row)} should not be refused (${error.message})`);
}
