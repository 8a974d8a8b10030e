import { setTimeout as sleep } from 'node:timers/promises';
import { ApiRoutes, type LibraryScanDto, type LibraryScanRequest, type LibraryScanStartedDto } from '@app/contracts';
import { ExitCode } from '../cli-error.js';
import { type CliCommand, output } from '../command.js';
import { renderFields } from '../table.js';
import { renderProgressBar } from '../progress-bar.js';

const POLL_MS = 500;

export const libraryScanCommand: CliCommand = {
  name: 'library scan',
  usage: 'library scan [FOLDER] [--wait]',
  summary: 'bring the library index in step with the files (the whole library or a folder in it)',
  spec: { args: { required: [], optional: ['FOLDER'] }, options: ['wait'] },
  async run(ctx) {
    const folder = ctx.args.args[0];
    const body: LibraryScanRequest = folder ? { path: folder } : {};
    const started = await ctx.client.post<LibraryScanStartedDto>(`/${ApiRoutes.prefix}/${ApiRoutes.libraryScan}`, body);
    if (!ctx.args.wait) {
      output(ctx, started, () => `Scan ${started.scanId} started; truetrack library scan --wait waits for it`);
      return ExitCode.Ok;
    }
    const path = `/${ApiRoutes.prefix}/${ApiRoutes.libraryScans}/${started.scanId}`;
    let scan = await ctx.client.get<LibraryScanDto>(path);
    while (scan.status === 'running') {
      const done = scan.counts.indexed + scan.counts.unchanged + scan.counts.failed;
      const fraction = scan.total ? done / scan.total : 0;
      ctx.io.status?.(renderProgressBar(fraction, `${scan.phase}  ${done}/${scan.total ?? '?'} files`, ctx.io.columns));
      await sleep(POLL_MS);
      scan = await ctx.client.get<LibraryScanDto>(path);
    }
    ctx.io.status?.('');
    output(ctx, scan, () => renderScan(scan));
    return scan.status === 'done' ? ExitCode.Ok : ExitCode.Failure;
  },
};

function renderScan(scan: LibraryScanDto): string {
  const { seen, indexed, unchanged, removed, failed } = scan.counts;
  const fields: [string, string][] = [
    ['scan', scan.id],
    ['folder', scan.path || '(library root)'],
    ['status', scan.status],
    ['files', `${seen} seen, ${indexed} indexed, ${unchanged} unchanged, ${removed} removed, ${failed} unreadable`],
  ];
  if (scan.durationMs !== null) fields.push(['took', `${(scan.durationMs / 1000).toFixed(1)} s`]);
  if (scan.error) fields.push(['error', scan.error]);
  const lines = [renderFields(fields)];
  for (const file of scan.unreadable) lines.push(`  ${file.path}: ${file.reason}`);
  return lines.join('\n');
}
