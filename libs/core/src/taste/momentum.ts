/** Exponential moving average of weekly vectors; span 4 weighs the newest week by 2 / (4 + 1). */
export function ema(series: (number[] | null)[], span = 4): (number[] | null)[] {
  const alpha = 2 / (span + 1);
  let current: number[] | null = null;
  return series.map((value) => {
    if (value) current = current ? current.map((c, d) => c + alpha * ((value[d] ?? 0) - c)) : [...value];
    return current && [...current];
  });
}

/** How the smoothed taste moved in the last week: the change of the EMA, per axis and as a length. */
export function momentum(series: (number[] | null)[], span = 4): { change: number[]; speed: number } | null {
  const smoothed = ema(series, span).filter((v): v is number[] => v !== null);
  const last = smoothed.at(-1);
  const before = smoothed.at(-2);
  if (!last || !before) return null;
  const change = last.map((x, d) => x - (before[d] ?? 0));
  return { change, speed: Math.sqrt(change.reduce((s, c) => s + c * c, 0)) };
}
