export interface Silence {
  silentMs: number;
  totalMs: number;
}

const EVENT = /silence_(start|end): (-?[\d.]+)/;

/** Sums the intervals `silencedetect` reports; a start without an end lasts to the end of the file. */
export function parseSilence(stderr: string, totalMs: number): Silence {
  let silentMs = 0;
  let openSince: number | undefined;
  for (const line of stderr.split('\n')) {
    const match = EVENT.exec(line);
    if (!match) continue;
    const atMs = Math.max(0, Math.round(Number(match[2]) * 1000));
    if (match[1] === 'start') openSince = atMs;
    else if (openSince !== undefined) {
      silentMs += atMs - openSince;
      openSince = undefined;
    }
  }
  if (openSince !== undefined) silentMs += Math.max(0, totalMs - openSince);
  return { silentMs: Math.min(silentMs, totalMs), totalMs };
}
