import {
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  type WriteStream,
} from 'node:fs';
import { dirname } from 'node:path';

/**
 * An append-only log file that is rotated by size: `truetrack.log` becomes `truetrack.log.1`, and so on, keeping
 * `files` in all. Writes are buffered by the stream; only the rare rotation touches the disk synchronously.
 */
export class RotatingFile {
  private stream: WriteStream | undefined;
  private size: number;
  private closed = false;

  constructor(
    readonly file: string,
    private readonly maxBytes: number,
    private readonly files: number,
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.size = existsSync(file) ? statSync(file).size : 0;
  }

  write(line: string): boolean {
    if (this.closed) return true;
    const bytes = Buffer.byteLength(line);
    if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
    this.size += bytes;
    return this.open().write(line);
  }

  async close(): Promise<void> {
    this.closed = true;
    const stream = this.stream;
    this.stream = undefined;
    if (stream) await new Promise<void>((resolve) => stream.end(resolve));
  }

  private open(): WriteStream {
    if (!this.stream) {
      // Opened synchronously: a stream opening its path later could open the file after a rotation renamed it.
      this.stream = createWriteStream('', { fd: openSync(this.file, 'a') });
      // A full disk must not bring the server down; the lines also went to stdout.
      this.stream.on('error', () => undefined);
    }
    return this.stream;
  }

  /** Pending writes of the old stream still land in the renamed file: the descriptor follows it. */
  private rotate(): void {
    this.stream?.end();
    this.stream = undefined;
    this.size = 0;
    try {
      removeIfPresent(rotated(this.file, this.files - 1));
      for (let i = this.files - 2; i >= 1; i--) renameIfPresent(rotated(this.file, i), rotated(this.file, i + 1));
      if (this.files > 1) renameIfPresent(this.file, rotated(this.file, 1));
      else removeIfPresent(this.file);
    } catch {
      // Rotation is best effort: on failure the current file simply grows on.
    }
  }
}

/** The n-th older file of `file` (`truetrack.log.2`); n = 0 is the file itself. */
export function rotated(file: string, n: number): string {
  return n === 0 ? file : `${file}.${n}`;
}

function renameIfPresent(from: string, to: string): void {
  if (existsSync(from)) renameSync(from, to);
}

function removeIfPresent(file: string): void {
  if (existsSync(file)) unlinkSync(file);
}
