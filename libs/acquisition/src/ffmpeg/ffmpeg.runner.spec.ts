import { readFileSync } from 'node:fs';
import { ExternalToolError, PermanentError } from '@app/core';
import type { ProcessRunner, RunResult } from '@app/platform';
import { jest } from '@jest/globals';
import { FfmpegRunner } from './ffmpeg.runner.js';

const probeJson = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/ffprobe/${name}.json`, import.meta.url), 'utf8');

const OPTIONS = { ffmpeg: 'bin/ffmpeg', ffprobe: 'bin/ffprobe', timeoutMs: 60_000 };

function setup(run: (bin: string, args: string[]) => Promise<RunResult>) {
  const mock = jest.fn(run);
  const runner = new FfmpegRunner({ run: mock } as unknown as ProcessRunner, OPTIONS);
  return { runner, mock };
}

const ok = (stdout = ''): Promise<RunResult> => Promise.resolve({ exitCode: 0, stdout, stderrTail: '' });

describe('FfmpegRunner', () => {
  it('refuses flac from an opus source before running ffmpeg', async () => {
    const { runner, mock } = setup(() => ok(probeJson('opus.opus')));
    await expect(runner.convert('in/a.opus', 'out', 'flac')).rejects.toThrow(PermanentError);
    expect(mock.mock.calls.map(([bin]) => bin)).toEqual(['bin/ffprobe']);
  });

  it('passes the probe argv unchanged, with the timeout', async () => {
    const { runner, mock } = setup(() => ok(probeJson('aac.m4a')));
    await runner.probe('in/a b.m4a');
    expect(mock).toHaveBeenCalledWith(
      'bin/ffprobe',
      ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', 'in/a b.m4a'],
      { timeoutMs: 60_000, signal: undefined },
    );
  });

  it.each([
    [
      'no index',
      '[mov,mp4,m4a,3gp,3g2,mj2 @ 0x55bf837605c0] moov atom not found\nx.m4a: Invalid data found when processing input\n',
    ],
    [
      'an HTML page',
      '[mp3 @ 0x55eafbd04180] Failed to read frame size: Could not seek to 1089.\nx.mp3: Invalid argument\n',
    ],
  ])('turns an unreadable file (%s) into a PermanentError', async (_name, stderr) => {
    const { runner } = setup(() => Promise.reject(new ExternalToolError('ffprobe', 1, stderr)));
    const attempt = runner.probe('in/x');
    await expect(attempt).rejects.toBeInstanceOf(PermanentError);
    await expect(attempt).rejects.toThrow(/^x is not a readable audio file$/);
  });

  it('leaves other tool failures retryable', async () => {
    const failure = new ExternalToolError('ffprobe', null, '[timed out after 60000 ms]');
    const { runner } = setup(() => Promise.reject(failure));
    await expect(runner.probe('in/x')).rejects.toBe(failure);
  });
});
