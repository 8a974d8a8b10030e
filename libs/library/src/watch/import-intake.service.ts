import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobKind } from '@app/contracts';
import { ExternalToolError } from '@app/core';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { JobsService } from '@app/jobs';
import { CLOCK, type Clock, ProcessRunner } from '@app/platform';
import { isAudioFileName } from '../scan/audio-file-names.js';
import { hashContent } from './content-hashes.js';
import { type DecodeVerdict, decodeArgs, judgeDecode } from './decode-check.js';
import { checkStructure } from './structure-check.js';
import { WatchLedger } from './watch-ledger.repository.js';

/** What became of one file handed to the intake. */
export type IntakeOutcome =
  | { kind: 'queued'; jobId: string; created: boolean }
  | { kind: 'known' }
  | { kind: 'rejected'; reason: string }
  | { kind: 'skipped'; reason: string };

const DECODE_TIMEOUT_MS = 120_000;

/**
 * A settled file of an import folder → one import job. The file must be whole: FLAC and MP3 are told by their
 * headers and last bytes in process; other formats, and files that check finds cut short, must decode to the
 * length their header claims (a copy cut short is rejected and reported, and tried again once it changes). The ledger and an
 * idempotency key made of path, size and time make it one job however often the file is seen, across restarts.
 */
@Injectable()
export class ImportIntake {
  private readonly logger = new Logger(ImportIntake.name);
  /** Delays from the end of the settle time to the job, for the bench and the System page. */
  readonly settleToJobMs: number[] = [];

  constructor(
    private readonly ledger: WatchLedger,
    private readonly jobs: JobsService,
    private readonly runner: ProcessRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async intake(path: string, settledAt = this.clock.now()): Promise<IntakeOutcome> {
    if (!isAudioFileName(basename(path))) return { kind: 'skipped', reason: 'not an audio file' };
    const facts = await stat(path).catch(() => undefined);
    if (!facts?.isFile()) return { kind: 'skipped', reason: 'gone or not a file' };
    const size = facts.size;
    const mtime = Math.floor(facts.mtimeMs);
    const known = await this.ledger.findByPath(path);
    if (known && known.size === size && known.mtime === mtime) return { kind: 'known' };

    const verdict = await this.check(path);
    const base = { path, size, mtime, settledAt, sha256: null, xxhash64: null, jobId: null };
    if (!verdict.ok) {
      await this.ledger.record({ ...base, state: 'rejected', reason: verdict.reason }, this.clock.now());
      this.logger.warn(`Not imported: ${path} ${verdict.reason}`);
      return { kind: 'rejected', reason: verdict.reason };
    }
    const hashes = await hashContent(path);
    if (hashes.size !== size) return { kind: 'skipped', reason: 'the file changed while it was read' };
    const key = `watch-${createHash('sha256').update(`${path}\0${size}\0${mtime}`).digest('hex')}`;
    const { job, created } = await this.jobs.create({ query: path, kind: JobKind.Import }, key);
    this.settleToJobMs.push(this.clock.now() - settledAt);
    await this.ledger.record(
      { ...base, sha256: hashes.sha256, xxhash64: hashes.xxhash64, state: 'queued', jobId: job.id, reason: null },
      this.clock.now(),
    );
    return { kind: 'queued', jobId: job.id, created };
  }

  private async check(path: string): Promise<DecodeVerdict> {
    const structure = await checkStructure(path).catch(() => ({ kind: 'unknown' as const }));
    if (structure.kind === 'whole') return { ok: true, durationMs: structure.durationMs };
    // Only a decode rejects: a file the structure check misreads is checked again, never lost.
    return this.decode(path);
  }

  private async decode(path: string): Promise<DecodeVerdict> {
    try {
      const run = await this.runner.run(this.config.tools.ffmpeg, decodeArgs(path), { timeoutMs: DECODE_TIMEOUT_MS });
      return judgeDecode(run.exitCode, run.stdout, run.stderrTail);
    } catch (error) {
      // A decoding error ends ffmpeg with a non-zero code, which the runner raises; its stderr says why.
      if (error instanceof ExternalToolError && error.exitCode !== null) {
        return judgeDecode(error.exitCode, '', error.stderrTail);
      }
      return { ok: false as const, reason: `could not be checked (${(error as Error).message})` };
    }
  }
}
