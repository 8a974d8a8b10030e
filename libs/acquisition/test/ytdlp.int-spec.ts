import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermanentError, RetryableError } from '@app/core';
import { ProcessRunner, SystemClock } from '@app/platform';
import type { YtDlpProgress } from '../src/ytdlp/parse-ytdlp-progress.js';
import { YtDlpRunner } from '../src/ytdlp/ytdlp.runner.js';
import { YtDlpWarnings } from '../src/ytdlp/ytdlp-warnings.js';
import { type FileServer, routePacedOpus, startYtDlpFileServer } from './support/ytdlp-file-server.js';

const BINARY = 'yt-dlp';
let root: string;
let server: FileServer;
let opus: Buffer;
let m4a: Buffer;
let runCount = 0;

function lavfi(file: string, codec: string[]): Buffer {
  const out = join(root, file);
  execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=5', ...codec, out]);
  return readFileSync(out);
}

/** A fresh, uniquely named output folder, so `pgrep -f` can find a yt-dlp left running for it. */
function outputDir(): string {
  const dir = join(root, `out-${++runCount}`);
  mkdirSync(dir);
  return dir;
}

function runner(timeoutMs = 30_000): YtDlpRunner {
  return new YtDlpRunner(new ProcessRunner(), { binary: BINARY, timeoutMs }, new YtDlpWarnings(new SystemClock()));
}

function ytDlpRunningFor(dir: string): boolean {
  return spawnSync('pgrep', ['-f', dir]).status === 0;
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'tt-ytdlp-'));
  opus = lavfi('tone.opus', ['-c:a', 'libopus']);
  m4a = lavfi('tone.m4a', ['-c:a', 'aac']);
  server = await startYtDlpFileServer();
  server.route('/tone.opus', { kind: 'file', body: opus, contentType: 'audio/ogg' });
  server.route('/tone.m4a', { kind: 'file', body: m4a, contentType: 'audio/mp4' });
  routePacedOpus(server, opus);
  server.route('/cut.opus', { kind: 'truncated', body: opus, contentType: 'audio/ogg', sendBytes: 10_000 });
  server.route('/not-media.html', {
    kind: 'file',
    body: Buffer.from('<html><body>hi</body></html>'),
    contentType: 'text/html',
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('YtDlpRunner with the real yt-dlp', () => {
  it('reports its version', async () => {
    expect(await runner().version()).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
  });

  it.each([
    ['tone.opus', () => opus],
    ['tone.m4a', () => m4a],
  ])('downloads %s byte for byte', async (name, body) => {
    const dir = outputDir();
    const result = await runner().download({ url: `${server.url}/${name}`, outputDir: dir });
    expect(result.filePath).toBe(join(dir, name));
    expect(result.bytes).toBe(body().length);
    expect(readFileSync(result.filePath).equals(body())).toBe(true);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('reports progress while a slow server sends the file', async () => {
    const seen: YtDlpProgress[] = [];
    const dir = outputDir();
    const result = await runner().download(
      { url: `${server.url}/slow.opus`, outputDir: dir },
      { onProgress: (progress) => seen.push(progress) },
    );
    expect(result.bytes).toBe(opus.length);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toMatchObject({ downloadedBytes: opus.length, totalBytes: opus.length, fraction: 1 });
    const downloaded = seen.map((progress) => progress.downloadedBytes);
    expect(downloaded).toEqual([...downloaded].sort((a, b) => a - b));
  });

  it('stops yt-dlp and removes the partial file when cancelled', async () => {
    const dir = outputDir();
    const controller = new AbortController();
    let abortedAt = 0;
    const download = runner().download(
      { url: `${server.url}/crawl.opus`, outputDir: dir },
      {
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.downloadedBytes < 2048 || abortedAt) return;
          abortedAt = Date.now();
          controller.abort(new Error('user cancelled'));
        },
      },
    );
    await expect(download).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - abortedAt).toBeLessThan(2000);
    expect(ytDlpRunningFor(dir)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('turns an HTTP 500 into a RetryableError classified http-5xx', async () => {
    const dir = outputDir();
    const error = await runner()
      .download({ url: `${server.url}/fail.opus`, outputDir: dir })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryableError);
    expect(error).not.toBeInstanceOf(PermanentError);
    expect((error as RetryableError).details).toMatchObject({ kind: 'http-5xx' });
    expect((error as Error).message).toContain('HTTP Error 500');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops a download that outlasts the timeout and cleans up', async () => {
    const dir = outputDir();
    const started = Date.now();
    const error = await runner(2000)
      .download({ url: `${server.url}/crawl.opus`, outputDir: dir })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryableError);
    expect((error as Error).message).toMatch(/timed out after 2000 ms/);
    expect(Date.now() - started).toBeLessThan(6000);
    expect(ytDlpRunningFor(dir)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a page that holds no media as a PermanentError', async () => {
    const dir = outputDir();
    const url = `${server.url}/not-media.html`;
    const error = await runner()
      .download({ url, outputDir: dir })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as PermanentError).details).toMatchObject({ kind: 'unsupported-url' });
    expect((error as Error).message).toContain(`Unsupported URL: ${url}`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails on a body cut short and leaves no partial file', async () => {
    const dir = outputDir();
    const error = await runner()
      .download({ url: `${server.url}/cut.opus`, outputDir: dir })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryableError);
    expect((error as RetryableError).details).toMatchObject({ kind: 'network' });
    expect((error as Error).message).toContain(`Downloaded 10000 bytes, expected ${opus.length} bytes`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
