import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { ConflictError, RetryableError } from '@app/core';
import type { ProcessRunner } from '@app/platform';
import { FakeClock } from '@app/testing';
import type { YtDlpReleases } from './ytdlp-releases.js';
import { YtDlpUpdater } from './ytdlp-updater.js';
import type { YtDlpWarmPool } from './warm/ytdlp-warm-pool.js';

const HOUR = 3_600_000;

function setup(answers: (string | Error)[], updatable = true) {
  const clock = new FakeClock(Date.UTC(2025, 0, 1));
  let asked = 0;
  const releases = {
    latestVersion: async () => {
      const answer = answers[asked++] ?? new Error('no more answers');
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as YtDlpReleases;
  const binary = { path: updatable ? '/data/bin/yt-dlp' : 'yt-dlp', updatable };
  const sut = new YtDlpUpdater(releases, {} as ProcessRunner, binary, clock);
  return { sut, clock, asked: () => asked };
}

describe('YtDlpUpdater.latestRelease', () => {
  it('asks the release feed at most once a day', async () => {
    const { sut, clock, asked } = setup(['2025.01.01', '2025.02.01']);
    expect(await sut.latestRelease()).toEqual({ version: '2025.01.01', checkedAt: Date.UTC(2025, 0, 1) });
    clock.advance(23 * HOUR);
    expect((await sut.latestRelease()).version).toBe('2025.01.01');
    expect(asked()).toBe(1);
    clock.advance(HOUR);
    expect((await sut.latestRelease()).version).toBe('2025.02.01');
    expect(asked()).toBe(2);
  });

  it('shows a failed check instead of throwing, and checks again an hour later', async () => {
    const { sut, clock, asked } = setup([new RetryableError('https://api.github.com/…: HTTP 503'), '2025.03.01']);
    expect(await sut.latestRelease()).toEqual({
      version: null,
      checkedAt: Date.UTC(2025, 0, 1),
      problem: 'Could not check for a newer yt-dlp: https://api.github.com/…: HTTP 503',
    });
    clock.advance(HOUR - 1);
    await sut.latestRelease();
    expect(asked()).toBe(1);
    clock.advance(1);
    expect((await sut.latestRelease()).version).toBe('2025.03.01');
  });

  it('asks once for callers that come at the same time', async () => {
    const { sut, asked } = setup(['2025.01.01']);
    await Promise.all([sut.latestRelease(), sut.latestRelease(), sut.latestRelease()]);
    expect(asked()).toBe(1);
  });
});

describe('YtDlpUpdater.update', () => {
  it('refuses to replace a yt-dlp the system installed', async () => {
    const { sut } = setup([], false);
    const error = await sut.update().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/^yt-dlp is yt-dlp, a system program TrueTrack does not own; /);
  });

  describe('with a yt-dlp kept loaded', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'tt-ytdlp-update-'));
      writeFileSync(join(dir, 'yt-dlp'), 'old');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    function updater(published: string) {
      const releases = {
        publishedChecksum: async () => published,
        download: async (file: string) => (writeFileSync(file, 'new'), { bytes: 3, sha256: 'abc' }),
      } as unknown as YtDlpReleases;
      const processes = {
        run: async (bin: string) => ({
          exitCode: 0,
          stdout: bin.endsWith('.download') ? '2099.01.01\n' : '2024.01.01\n',
          stderrTail: '',
        }),
      } as unknown as ProcessRunner;
      const replace = jest.fn();
      const pool = { replace } as unknown as YtDlpWarmPool;
      const binary = { path: join(dir, 'yt-dlp'), updatable: true };
      return { sut: new YtDlpUpdater(releases, processes, binary, new FakeClock(0), pool), replace };
    }

    it('replaces the waiting one once the new yt-dlp is in place', async () => {
      const { sut, replace } = updater('abc');
      expect(await sut.update()).toMatchObject({ previousVersion: '2024.01.01', version: '2099.01.01' });
      expect(readFileSync(join(dir, 'yt-dlp'), 'utf8')).toBe('new');
      expect(replace).toHaveBeenCalledTimes(1);
    });

    it('keeps it when the update fails', async () => {
      const { sut, replace } = updater('another checksum');
      await expect(sut.update()).rejects.toThrow(/does not match the release's published SHA-256/);
      expect(readFileSync(join(dir, 'yt-dlp'), 'utf8')).toBe('old');
      expect(replace).not.toHaveBeenCalled();
    });
  });
});
