// The worker pool on real essentia.js threads: threads are replaced after N files, a cancel stops the thread
// running it without losing the queue, and the pool never starts more threads than cores.
import { availableParallelism } from 'node:os';
import { AudioAnalyser } from '../src/extract/audio-analyser.js';
import { jest } from '@jest/globals';
import { clickTrack } from './support/synth.js';

jest.setTimeout(600_000);

const pcm = clickTrack(120, 2);
const DEGARA = { rhythmMethod: 'degara', keyProfile: 'bgate' } as const;
const analyser = (workers: number, recycleAfter: number) =>
  new AudioAnalyser({ ffmpeg: 'ffmpeg', windowSeconds: 0, workers, recycleAfter, rhythmMethod: 'degara' });

it('replaces a worker thread after recycleAfter files', async () => {
  const sut = analyser(1, 2);
  for (let i = 0; i < 5; i++) await sut.pool.analyse(pcm, DEGARA);
  expect(sut.pool.started).toBe(3);
  await sut.close();
});

it('stops the thread of a cancelled analysis and goes on with the next one', async () => {
  const sut = analyser(1, 100);
  const controller = new AbortController();
  const cancelled = sut.pool.analyse(
    clickTrack(120, 20),
    { rhythmMethod: 'multifeature', keyProfile: 'bgate' },
    controller.signal,
  );
  const next = sut.pool.analyse(pcm, DEGARA);
  controller.abort();
  await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  const features = await next;
  expect(features.beats.length).toBeGreaterThan(0);
  expect(sut.pool.started).toBe(2);
  await sut.close();
});

it('never runs more threads than cores', () => {
  expect(analyser(64, 1).pool.threads).toBe(availableParallelism());
  expect(analyser(0, 1).pool.threads).toBe(availableParallelism());
  expect(analyser(1, 1).pool.threads).toBe(1);
});

it('moves a window to the thread when asked to, and measures it as it measures a copy', async () => {
  const sut = analyser(1, 100);
  const copied = clickTrack(120, 4);
  const moved = clickTrack(120, 4);
  const fromCopy = await sut.pool.analyse(copied, DEGARA);
  const fromMove = await sut.pool.analyse(moved, DEGARA, undefined, { transfer: true });
  expect(copied.length).toBeGreaterThan(0);
  expect(moved.length).toBe(0);
  expect(fromMove).toEqual(fromCopy);
  await sut.close();
});
