import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { essentiaWorkerEntry } from './essentia-worker-entry.js';

describe('essentiaWorkerEntry', () => {
  it('starts the compiled worker beside a built module, with no loader', () => {
    const entry = essentiaWorkerEntry('file:///srv/truetrack/dist/libs/analysis/src/worker/essentia-worker-entry.js');
    expect(entry.url.href).toBe('file:///srv/truetrack/dist/libs/analysis/src/worker/essentia.worker.js');
    expect(entry.options).toEqual({});
  });

  it('starts the TypeScript worker, through an existing ts-node loader, when running from the sources', () => {
    const entry = essentiaWorkerEntry(new URL('./essentia-worker-entry.ts', import.meta.url).href);
    expect(existsSync(fileURLToPath(entry.url))).toBe(true);
    expect(entry.url.pathname.endsWith('/essentia.worker.ts')).toBe(true);
    const loader = /register\("([^"]+)"\)/.exec(entry.options.execArgv?.[1] ?? '')?.[1];
    expect(loader && existsSync(fileURLToPath(loader))).toBe(true);
  });
});
