/** A tempo as people read it in a list: whole beats per minute, one decimal only when it matters (`128`, `92.5`). */
export function formatBpm(bpm: number): string {
  const tenths = Math.round(bpm * 10) / 10;
  return Number.isInteger(tenths) || Math.abs(tenths - Math.round(tenths)) < 0.15
    ? String(Math.round(tenths))
    : tenths.toFixed(1);
}
