import { jest } from '@jest/globals';
import type { AppConfig } from '@app/config';
import { ExternalToolError, PermanentError } from '@app/core';
import type { ProcessRunner, RunOptions, RunResult } from '@app/platform';
import { Fingerprinter } from './fingerprinter.js';

type Run = (bin: string, args: string[], opts?: RunOptions) => Promise<RunResult>;

const RAW = '{"duration": 20.04, "fingerprint": [558758263,1,2]}';
const COMPRESSED = '{"duration": 20.04, "fingerprint": "AQAAjEmUaEkS"}';
const EOF_QUIRK = 'ERROR: Error decoding audio frame (End of file)\n';
const config = { tools: { fpcalc: '/opt/fpcalc' } } as AppConfig;

function setup(run: Run) {
  const mock = jest.fn<Run>(run);
  return { mock, sut: new Fingerprinter({ run: mock } as unknown as ProcessRunner, config) };
}

/** Prints what fpcalc would for the args, then ends as `exit` says. */
const fpcalc =
  (exit: (stdout: string) => Promise<RunResult>): Run =>
  async (_bin, args, opts) => {
    const stdout = args.includes('-raw') ? RAW : COMPRESSED;
    opts?.onStdoutLine?.(stdout);
    return exit(stdout);
  };

describe('Fingerprinter', () => {
  it('runs fpcalc for the raw and the compressed form, with a timeout and the signal', async () => {
    const { sut, mock } = setup(fpcalc(async (stdout) => ({ exitCode: 0, stdout, stderrTail: '' })));
    const signal = new AbortController().signal;
    await expect(sut.fingerprint('/tmp/job/audio/a.opus', { signal })).resolves.toEqual({
      fingerprint: [558758263, 1, 2],
      compressed: 'AQAAjEmUaEkS',
      durationSec: 20,
    });
    expect(mock.mock.calls.map(([bin, args]) => [bin, args])).toEqual([
      ['/opt/fpcalc', ['-raw', '-json', '/tmp/job/audio/a.opus']],
      ['/opt/fpcalc', ['-json', '/tmp/job/audio/a.opus']],
    ]);
    expect(mock.mock.calls[0]?.[2]).toMatchObject({ timeoutMs: 120_000, signal });
  });

  it('keeps the result fpcalc printed before its end-of-file exit code 3', async () => {
    const { sut } = setup(fpcalc(() => Promise.reject(new ExternalToolError('fpcalc', 3, EOF_QUIRK))));
    await expect(sut.fingerprint('a.flac')).resolves.toMatchObject({ compressed: 'AQAAjEmUaEkS', durationSec: 20 });
  });

  it('fails for good on a file fpcalc cannot open', async () => {
    const stderr = 'ERROR: Could not open the input file (Invalid data found when processing input)\n';
    const { sut } = setup(() => Promise.reject(new ExternalToolError('fpcalc', 2, stderr)));
    const error = await sut.fingerprint('/tmp/x.mp3').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermanentError);
    expect((error as Error).message).toBe(
      'fpcalc cannot read /tmp/x.mp3: Could not open the input file (Invalid data found when processing input)',
    );
  });

  it('passes other failures on unchanged, e.g. exit code 3 without a result', async () => {
    const failure = new ExternalToolError('fpcalc', 3, EOF_QUIRK);
    const { sut } = setup(() => Promise.reject(failure));
    await expect(sut.fingerprint('a.flac')).rejects.toBe(failure);
  });

  it('is available when fpcalc runs, and asks only once', async () => {
    const { sut, mock } = setup(async () => ({ exitCode: 0, stdout: 'fpcalc version 1.5.1', stderrTail: '' }));
    await expect(sut.available()).resolves.toBe(true);
    await expect(sut.available()).resolves.toBe(true);
    expect(mock).toHaveBeenCalledTimes(1);
    expect(mock).toHaveBeenCalledWith('/opt/fpcalc', ['-version'], { timeoutMs: 15_000 });
  });

  it('is not available when fpcalc cannot be started', async () => {
    const { sut } = setup(() => Promise.reject(new PermanentError('/opt/fpcalc was not found')));
    await expect(sut.available()).resolves.toBe(false);
  });
});
