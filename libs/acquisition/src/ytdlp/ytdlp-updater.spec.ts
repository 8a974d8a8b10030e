import { ConflictError, RetryableError } from '@app/core';
import type { ProcessRunner } from '@app/platform';
import { FakeClock } from '@app/testing';
import type { YtDlpReleases } from './ytdlp-releases.js';
import { YtDlpUpdater } from './ytdlp-updater.js';

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
});
