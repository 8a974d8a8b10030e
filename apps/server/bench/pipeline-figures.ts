import type { JobEventDto } from '@app/contracts';

/** How long each state lasted, from one history entry to the next. */
export function stateDurations(history: readonly JobEventDto[]): Map<string, number> {
  const durations = new Map<string, number>();
  for (let i = 0; i + 1 < history.length; i++) {
    const event = history[i]!;
    const ms = Date.parse(history[i + 1]!.at) - Date.parse(event.at);
    durations.set(event.to, (durations.get(event.to) ?? 0) + ms);
  }
  return durations;
}

export const median = (values: readonly number[]): number => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface RunFigures {
  label: string;
  jobs: number;
  succeeded: number;
  wallMs: number;
  /** Median milliseconds per state, over the jobs that passed through it. */
  medianMs: Map<string, number>;
}

/** One column per run: jobs per minute, then the median time of every state. */
export function formatTable(runs: readonly RunFigures[], states: readonly string[]): string {
  const rows: string[][] = [
    ['', ...runs.map((run) => run.label)],
    ['jobs finalized', ...runs.map((run) => `${run.succeeded}/${run.jobs}`)],
    ['wall time (s)', ...runs.map((run) => (run.wallMs / 1000).toFixed(1))],
    ['jobs per minute', ...runs.map((run) => ((run.succeeded / run.wallMs) * 60_000).toFixed(1))],
    ...states.map((state) => [
      `median ${state} (ms)`,
      ...runs.map((run) => {
        const ms = run.medianMs.get(state);
        return ms === undefined || Number.isNaN(ms) ? '-' : ms.toFixed(0);
      }),
    ]),
  ];
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
  return rows
    .map((row) => row.map((cell, col) => (col ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!))).join('  '))
    .join('\n');
}
