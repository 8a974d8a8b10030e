import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export interface WorkerEntry {
  url: URL;
  options: WorkerOptions;
}

/**
 * Where the essentia worker thread starts. Built, this module sits in dist beside the compiled
 * `essentia.worker.js`. Under test it runs from its TypeScript source, which Node 20 cannot load, so the thread
 * starts from `essentia.worker.ts` with ts-node's transpile-only loader; the worker imports nothing of the
 * project's, so no project settings are needed to transpile it.
 */
export function essentiaWorkerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  if (!moduleUrl.endsWith('.ts')) return { url: new URL('./essentia.worker.js', moduleUrl), options: {} };
  const loader = pathToFileURL(createRequire(moduleUrl).resolve('ts-node/esm/transpile-only')).href;
  return {
    url: new URL('./essentia.worker.ts', moduleUrl),
    options: {
      execArgv: [
        '--import',
        `data:text/javascript,import { register } from "node:module"; register(${JSON.stringify(loader)});`,
      ],
      env: {
        ...process.env,
        TS_NODE_SKIP_PROJECT: 'true',
        TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'nodenext', moduleResolution: 'nodenext' }),
      },
    },
  };
}
