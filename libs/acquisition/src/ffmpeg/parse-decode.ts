const ERROR_LINE = /(^|\] )\[(error|fatal|panic)\] /;
const OUT_TIME = /^out_time_us=(\d+)$/gm;

/** Lines ffmpeg logged at error level or worse (needs `-loglevel level+…`). */
export function decodeErrorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => ERROR_LINE.test(line));
}

/** How far decoding got, from the last `out_time_us` that `-progress` wrote. */
export function decodedDurationMs(progress: string): number | undefined {
  const values = [...progress.matchAll(OUT_TIME)].map((m) => Number(m[1]));
  const last = values.at(-1);
  return last === undefined ? undefined : Math.round(last / 1000);
}
