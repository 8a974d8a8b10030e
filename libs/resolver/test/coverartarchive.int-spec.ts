import { readFileSync } from 'node:fs';
import { RetryableError } from '@app/core';
import { type FakeHandler, type FakeHttpServer, startFakeHttpServer } from '@app/testing';
import { CoverArtArchiveProvider } from '../src/providers/coverartarchive/coverartarchive.provider.js';
import { type ProviderHarness, providerHarness } from './support/provider-harness.js';

const RELEASE = 'c771f7fc-9e62-4349-a2e3-ceaf7122bf5b';
const LISTING: unknown = JSON.parse(
  readFileSync(new URL('./fixtures/coverartarchive/koel_caa_release_c771f7fc.json', import.meta.url), 'utf8'),
);

describe('CoverArtArchiveProvider over HTTP', () => {
  let fake: FakeHttpServer;
  let harness: ProviderHarness;

  async function start(handler: FakeHandler, overrides: Parameters<typeof providerHarness>[2] = {}) {
    fake = await startFakeHttpServer(handler);
    harness = await providerHarness('coverartarchive', fake.url, overrides);
    return new CoverArtArchiveProvider(harness.config, harness.http);
  }

  afterEach(async () => {
    await harness?.close();
    await fake?.close();
  });

  it('asks release/<mbid> with the TrueTrack User-Agent and answers the front image', async () => {
    const sut = await start(() => ({ body: LISTING }));

    const cover = await sut.frontCover(RELEASE);

    expect(cover).toMatchObject({
      url: `http://coverartarchive.org/release/${RELEASE}/30501372565.jpg`,
      releaseId: RELEASE,
    });
    expect(Object.keys(cover?.thumbnails ?? {})).toEqual(['250', '500', '1200']);
    expect(fake.requests[0]?.path).toBe(`/release/${RELEASE}`);
    expect(fake.requests[0]?.query.toString()).toBe('');
    expect(fake.requests[0]?.headers['user-agent']).toMatch(/^TrueTrack\/\S+ \( tests@truetrack\.invalid \)$/);
  });

  it('answers undefined for a release without art (HTTP 404), without retrying', async () => {
    const sut = await start(() => ({ status: 404, body: 'Not Found' }));

    await expect(sut.frontCover(RELEASE)).resolves.toBeUndefined();
    expect(fake.requests).toHaveLength(1);
  });

  it('gives up after three 500s with a retryable error naming the URL', async () => {
    const sut = await start(() => ({ status: 500 }));

    const error = await sut.frontCover(RELEASE).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toBe(`${fake.url}/release/${RELEASE}: HTTP 500`);
    expect(fake.requests).toHaveLength(3);
  });

  it('fails retryably on an answer that is not JSON', async () => {
    const sut = await start(() => ({ body: '<html>maintenance</html>' }));

    await expect(sut.frontCover(RELEASE)).rejects.toThrow(RetryableError);
  });

  it('answers a repeated question from the cache', async () => {
    const sut = await start(() => ({ body: LISTING }), { cacheTtlMs: 60_000 });

    await sut.frontCover(RELEASE);
    await expect(sut.frontCover(RELEASE)).resolves.toMatchObject({ releaseId: RELEASE });
    expect(fake.requests).toHaveLength(1);
  });

  it('test() asks for a release known to have art and reports the time', async () => {
    const sut = await start(() => ({ body: LISTING }));

    const result = await sut.test();

    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Cover Art Archive at \S+ answered in \d+ ms$/),
    });
    expect(fake.requests[0]?.path).toBe(`/release/${RELEASE}`);
  });

  it('test() says which URL failed and how', async () => {
    const sut = await start(() => ({ status: 404 }));

    await expect(sut.test()).resolves.toMatchObject({
      ok: false,
      message: `Cover Art Archive at ${fake.url} failed: HTTP 404`,
    });
  });

  it('test() fails on a timeout', async () => {
    const sut = await start(() => ({ delayMs: 1000, body: LISTING }), { timeoutMs: 100 });

    await expect(sut.test()).resolves.toMatchObject({
      ok: false,
      message: `Cover Art Archive at ${fake.url} failed: timed out`,
    });
  });
});
