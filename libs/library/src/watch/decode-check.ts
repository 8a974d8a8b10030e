/** Whether a settled file is whole audio: it opens, its header parses, and it decodes to the length it claims. */
export type DecodeVerdict = { ok: true; durationMs: number } | { ok: false; reason: string };

/** Encoder delay and padding make a whole file decode a little shorter or longer than its header says. */
const TOLERANCE_MS = 250;
const TOLERANCE_SHARE = 0.02;

/** ffmpeg arguments: decode everything, stop at the first error, report progress on stdout. */
export function decodeArgs(file: string): string[] {
  return ['-hide_banner', '-nostdin', '-nostats', '-xerror', '-i', file, '-progress', 'pipe:1', '-f', 'null', '-'];
}

/**
 * Reads ffmpeg's answer: the duration its header claims (stderr `Duration:`), how far decoding got (the last
 * `out_time_us` on stdout) and the exit code. A file cut short — a copy that never finished — decodes to less
 * than it claims, or stops with a decoding error.
 */
export function judgeDecode(exitCode: number, stdout: string, stderr: string): DecodeVerdict {
  const firstError = stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /error|invalid|failed/i.test(line) && !/^\s*Duration:/.test(line));
  if (exitCode !== 0) {
    const reason = firstError ?? lastLine(stderr) ?? `ffmpeg exited with code ${exitCode}`;
    return { ok: false, reason: `does not decode: ${reason}` };
  }
  const claimed = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(stderr);
  const decodedUs = [...stdout.matchAll(/^out_time_us=(\d+)$/gm)].map((m) => Number(m[1])).at(-1);
  if (decodedUs === undefined || decodedUs <= 0) return { ok: false, reason: 'holds no audio that decodes' };
  const decodedMs = Math.round(decodedUs / 1000);
  if (!claimed) return { ok: true, durationMs: decodedMs };
  const claimedMs = Math.round((Number(claimed[1]) * 3600 + Number(claimed[2]) * 60 + Number(claimed[3])) * 1000);
  const shortBy = claimedMs - decodedMs;
  if (shortBy > TOLERANCE_MS + claimedMs * TOLERANCE_SHARE) {
    return {
      ok: false,
      reason: `is cut short: it decodes to ${seconds(decodedMs)} of the ${seconds(claimedMs)} its header claims`,
    };
  }
  return { ok: true, durationMs: decodedMs };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function lastLine(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1);
}
