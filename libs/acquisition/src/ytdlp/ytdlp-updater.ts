import { randomUUID } from 'node:crypto';
import { chmod, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { ToolUpdateDto } from '@app/contracts';
import { ConflictError, UnprocessableError } from '@app/core';
import { CLOCK, type Clock, ProcessRunner } from '@app/platform';
import { YtDlpWarmPool } from './warm/ytdlp-warm-pool.js';
import type { YtDlpBinary } from './ytdlp-binary.js';
import { YtDlpReleases } from './ytdlp-releases.js';

/** Injection token of the {@link YtDlpBinary} this process runs. */
export const YTDLP_BINARY = Symbol('YTDLP_BINARY');

export interface LatestRelease {
  version: string | null;
  checkedAt: number | null;
  problem?: string;
}

const CHECK_EVERY_MS = 24 * 3_600_000;
/** A failed check is tried again sooner: the release feed may only have been unreachable for a moment. */
const RECHECK_AFTER_FAILURE_MS = 3_600_000;
const VERSION_TIMEOUT_MS = 15_000;
const VERSION = /^\d{4}\.\d{1,2}\.\d{1,2}(\.\d+)?$/;

/**
 * Keeps the data folder's yt-dlp current: YouTube changes often and an old yt-dlp soon fails. The new binary
 * is written beside the old one under a temporary name, must report a version, and only then is renamed over
 * it in one step, so a failed update never leaves a broken yt-dlp behind.
 */
@Injectable()
export class YtDlpUpdater {
  private readonly logger = new Logger(YtDlpUpdater.name);
  private latest: LatestRelease = { version: null, checkedAt: null };
  private checking: Promise<LatestRelease> | undefined;
  private installing: Promise<ToolUpdateDto> | undefined;

  constructor(
    private readonly releases: YtDlpReleases,
    private readonly processes: ProcessRunner,
    @Inject(YTDLP_BINARY) private readonly binary: YtDlpBinary,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly warm?: YtDlpWarmPool,
  ) {}

  /** The newest release as last checked; asks the release feed again once that answer is a day old. */
  latestRelease(): Promise<LatestRelease> {
    const { checkedAt, problem } = this.latest;
    const maxAge = problem ? RECHECK_AFTER_FAILURE_MS : CHECK_EVERY_MS;
    if (checkedAt !== null && this.clock.now() - checkedAt < maxAge) return Promise.resolve(this.latest);
    this.checking ??= this.check().finally(() => (this.checking = undefined));
    return this.checking;
  }

  /** Installs the latest release over the data folder's yt-dlp; a second call meanwhile joins the first. */
  async update(): Promise<ToolUpdateDto> {
    if (!this.binary.updatable) {
      throw new ConflictError(
        `yt-dlp is ${this.binary.path}, a system program TrueTrack does not own; update it with the system's ` +
          `package manager or pip, or leave YTDLP_PATH unset and put a standalone yt-dlp at <data folder>/bin/yt-dlp`,
      );
    }
    this.installing ??= this.install().finally(() => (this.installing = undefined));
    return this.installing;
  }

  private async check(): Promise<LatestRelease> {
    const checkedAt = this.clock.now();
    try {
      this.latest = { version: await this.releases.latestVersion(), checkedAt };
    } catch (error) {
      const problem = `Could not check for a newer yt-dlp: ${(error as Error).message}`;
      this.latest = { version: null, checkedAt, problem };
    }
    return this.latest;
  }

  private async install(): Promise<ToolUpdateDto> {
    const path = this.binary.path;
    const previousVersion = await this.versionOf(path).catch(() => null);
    const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.download`);
    try {
      // Checked against the checksum the release publishes: a mirror, a proxy or a hijacked redirect must not
      // get to replace a program TrueTrack runs.
      const expected = await this.releases.publishedChecksum().catch((error: Error) => {
        throw new UnprocessableError(
          `Could not read the release's published checksum (${oneLine(error)}); ${kept(previousVersion)}`,
        );
      });
      const { sha256 } = await this.releases.download(temp).catch((error: Error) => {
        throw new UnprocessableError(
          `Could not download the latest yt-dlp (${oneLine(error)}); ${kept(previousVersion)}`,
        );
      });
      if (sha256 !== expected) {
        throw new UnprocessableError(
          `The downloaded yt-dlp does not match the release's published SHA-256 (expected ${expected}, got ` +
            `${sha256}); ${kept(previousVersion)}`,
        );
      }
      await chmod(temp, 0o755);
      const version = await this.versionOf(temp).catch((error: Error) => {
        throw new UnprocessableError(
          `The downloaded yt-dlp does not run (${oneLine(error)}); ${kept(previousVersion)}`,
        );
      });
      await rename(temp, path);
      this.warm?.replace();
      this.logger.log(`yt-dlp updated from ${previousVersion ?? 'an unknown version'} to ${version} (${path})`);
      return { name: 'yt-dlp', path, previousVersion, version };
    } finally {
      await rm(temp, { force: true });
    }
  }

  private async versionOf(bin: string): Promise<string> {
    const { stdout } = await this.processes.run(bin, ['--version'], { timeoutMs: VERSION_TIMEOUT_MS });
    const version = stdout.trim().split('\n')[0]?.trim() ?? '';
    if (!VERSION.test(version)) throw new Error(`it printed ${JSON.stringify(version.slice(0, 60))} as its version`);
    return version;
  }
}

const kept = (version: string | null) => `the installed yt-dlp${version ? ` ${version}` : ''} is kept`;

/** Tool errors carry stderr; an API message stays on one line. */
const oneLine = (error: Error) => error.message.replace(/\s+/g, ' ').trim().slice(0, 300);
