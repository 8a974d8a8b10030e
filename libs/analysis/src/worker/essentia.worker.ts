/**
 * One analysis worker thread. It answers `{ id, pcm, sampleRate, rhythmMethod, keyProfile }` messages with
 * `{ id, features }` or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import essentiaJs from 'essentia.js';
import { analyseWindow } from './analyse-window.js';
import type { AnalyseMessage, AnalyseReply } from './raw-features.js';

const essentia = new essentiaJs.Essentia(essentiaJs.EssentiaWASM);

parentPort?.on('message', ({ id, pcm, sampleRate, rhythmMethod, keyProfile }: AnalyseMessage) => {
  let reply: AnalyseReply;
  try {
    reply = { id, features: analyseWindow(essentia, pcm, sampleRate, { rhythmMethod, keyProfile }) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
