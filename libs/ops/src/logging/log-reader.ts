import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isAtLeast, type LogLineDto, type LogLineLevel, parseLogLine } from './log-line.js';
import { readLinesBackwards } from './read-lines-backwards.js';

export interface LogFilter {
  /** This level and the more severe ones. */
  level?: LogLineLevel;
  jobId?: string;
  limit: number;
}

const ROTATED = /^(.+\.log)(?:\.(\d+))?$/;

/**
 * The newest lines of every log file series in `dir` (the server's and the worker's), newest first. Each series
 * is read from its current file back through the rotated ones only until enough lines matched.
 */
export async function readLatestLines(dir: string, filter: LogFilter): Promise<LogLineDto[]> {
  const series = await listSeries(dir);
  const perSeries = await Promise.all(series.map((files) => readSeries(files, filter)));
  return perSeries
    .flat()
    .sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : 0))
    .slice(0, filter.limit);
}

/** Files grouped by their base name, each group newest first (`x.log`, `x.log.1`, `x.log.2`…). */
async function listSeries(dir: string): Promise<string[][]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const groups = new Map<string, { file: string; n: number }[]>();
  for (const name of names) {
    const match = ROTATED.exec(name);
    if (!match) continue;
    const group = groups.get(match[1]!) ?? [];
    group.push({ file: join(dir, name), n: Number(match[2] ?? 0) });
    groups.set(match[1]!, group);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => a.n - b.n).map((entry) => entry.file));
}

async function readSeries(files: string[], filter: LogFilter): Promise<LogLineDto[]> {
  const found: LogLineDto[] = [];
  for (const file of files) {
    for await (const raw of readLinesBackwards(file)) {
      // A cheap text check first: with a job filter most lines of a large file are not wanted.
      if (filter.jobId && !raw.includes(filter.jobId)) continue;
      const line = parseLogLine(raw);
      if (line && matches(line, filter)) found.push(line);
      if (found.length >= filter.limit) return found;
    }
  }
  return found;
}

function matches(line: LogLineDto, filter: LogFilter): boolean {
  if (filter.level && !isAtLeast(line.level, filter.level)) return false;
  return !filter.jobId || line.jobId === filter.jobId;
}
