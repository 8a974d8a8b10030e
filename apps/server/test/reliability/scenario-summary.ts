import { appendFileSync } from 'node:fs';

export interface ScenarioCounts {
  runs: number;
  kills: number;
  jobs: number;
  lost: number;
  duplicated: number;
}

/**
 * One line per scenario, e.g. `kills: runs 8, kills 32, jobs 40, lost 0, duplicated 0 (seed 1234)`. The test
 * command collects the lines from `TRUETRACK_RELIABILITY_REPORT`; run alone, they go to stdout.
 */
export function reportScenario(
  name: string,
  counts: ScenarioCounts,
  extra: Record<string, string | number> = {},
): string {
  const facts = Object.entries({ ...counts, ...extra }).map(([key, value]) => `${key} ${value}`);
  const line = `${name}: ${facts.join(', ')}`;
  const report = process.env['TRUETRACK_RELIABILITY_REPORT'];
  if (report) appendFileSync(report, `${line}\n`);
  else process.stdout.write(`${line}\n`);
  return line;
}
