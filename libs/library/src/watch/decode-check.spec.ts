import { readFileSync } from 'node:fs';
import { decodeArgs, judgeDecode } from './decode-check.js';

const recorded = (name: string) => ({
  stdout: readFileSync(new URL(`./decode-fixtures/${name}.stdout.txt`, import.meta.url), 'utf8'),
  stderr: readFileSync(new URL(`./decode-fixtures/${name}.stderr.txt`, import.meta.url), 'utf8'),
});

describe('judgeDecode on recorded ffmpeg output', () => {
  it.each([
    ['whole.flac', 0, { ok: true, durationMs: 3000 }],
    ['whole.mp3', 0, { ok: true, durationMs: 3000 }],
  ])('accepts %s', (name, exitCode, verdict) => {
    const { stdout, stderr } = recorded(name);
    expect(judgeDecode(exitCode, stdout, stderr)).toEqual(verdict);
  });

  it('rejects a FLAC cut short, with the decoder error', () => {
    const { stdout, stderr } = recorded('cut.flac');
    expect(judgeDecode(1, stdout, stderr)).toEqual({
      ok: false,
      reason: 'does not decode: [flac @ 0x561d7d18bf00] invalid residual',
    });
  });

  it('rejects an MP3 cut short: it decodes without error, but to less than its header claims', () => {
    const { stdout, stderr } = recorded('cut.mp3');
    expect(judgeDecode(0, stdout, stderr)).toEqual({
      ok: false,
      reason: 'is cut short: it decodes to 2.5 s of the 3.0 s its header claims',
    });
  });

  it('rejects output without any decoded time', () => {
    expect(judgeDecode(0, 'progress=end\n', 'Duration: 00:00:03.00')).toEqual({
      ok: false,
      reason: 'holds no audio that decodes',
    });
  });

  it('passes the file as one argument after -i', () => {
    const args = decodeArgs('/in/a b; rm -rf.mp3');
    expect(args[args.indexOf('-i') + 1]).toBe('/in/a b; rm -rf.mp3');
  });
});
