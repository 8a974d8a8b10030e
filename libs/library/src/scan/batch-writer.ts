/**
 * Collects rows and writes them `size` at a time, one write after the other, while the caller goes on
 * producing. The caller whose row fills a batch waits for the writes before it, so memory stays bounded.
 * A failed batch is written again row by row, so that one row the database refuses costs only that row;
 * when every row fails alone too, the fault is not the rows' and the write rejects.
 */
export class BatchWriter<T> {
  private buffer: T[] = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly size: number,
    private readonly write: (rows: T[]) => Promise<void>,
    private readonly onRowRefused: (row: T, error: Error) => void,
  ) {}

  async add(row: T): Promise<void> {
    this.buffer.push(row);
    if (this.buffer.length >= this.size) await this.flush();
  }

  /** Writes what is left and waits for every write. */
  async finish(): Promise<void> {
    await this.flush();
  }

  private flush(): Promise<void> {
    const rows = this.buffer;
    this.buffer = [];
    if (rows.length) this.tail = this.tail.then(() => this.writeBatch(rows));
    return this.tail;
  }

  private async writeBatch(rows: T[]): Promise<void> {
    try {
      await this.write(rows);
    } catch (error) {
      if (rows.length === 1) return this.onRowRefused(rows[0]!, error as Error);
      const refused: [T, Error][] = [];
      for (const row of rows) {
        await this.write([row]).catch((rowError: Error) => refused.push([row, rowError]));
      }
      if (refused.length === rows.length) throw error;
      refused.forEach(([row, rowError]) => this.onRowRefused(row, rowError));
    }
  }
}
