// Chromaprint fingerprints with the real fpcalc: the same audio re-encoded is recognised, other audio is not.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PermanentError } from '@app/core';
import { ProcessRunner } from '@app/platform';
import { Fingerprinter, fingerprintSimilarity, SAME_AUDIO_SIMILARITY } from '@app/tagger';
import { generateAudio, makeTempDir, makeTestConfig } from '@app/testing';

/** A tone over pink noise: varied enough for chromaprint to see more than one steady chord. */
const TONE_IN_NOISE =
  'sine=frequency=440:duration=30[s];anoisesrc=duration=30:color=pink:seed=7:amplitude=0.4[n];[s][n]amix=inputs=2[out0]';
/** A stepped melody over white noise: different audio. */
const MELODY =
  "aevalsrc=exprs='0.5*sin(2*PI*(300+150*floor(mod(t*2,4)))*t)':duration=30[s];" +
  'anoisesrc=duration=30:color=white:seed=3:amplitude=0.2[n];[s][n]amix=inputs=2[out0]';

let work: { path: string; remove(): Promise<void> };
const config = makeTestConfig();
const sut = new Fingerprinter(new ProcessRunner(), config);

beforeAll(async () => {
  work = await makeTempDir('truetrack-fingerprint');
});

afterAll(async () => {
  await work.remove();
  await rm(config.paths.dataDir, { recursive: true, force: true });
});

const file = (name: string) => join(work.path, name);

it('recognises the same audio encoded as FLAC and as MP3 128k, and tells other audio apart', async () => {
  const flac = await sut.fingerprint(await generateAudio(file('tone.flac'), TONE_IN_NOISE, ['-c:a', 'flac']));
  const mp3 = await sut.fingerprint(
    await generateAudio(file('tone.mp3'), TONE_IN_NOISE, ['-c:a', 'libmp3lame', '-b:a', '128k']),
  );
  const other = await sut.fingerprint(await generateAudio(file('melody.flac'), MELODY, ['-c:a', 'flac']));

  expect(flac.durationSec).toBe(30);
  expect(flac.fingerprint.length).toBeGreaterThan(200);
  expect(flac.compressed).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(fingerprintSimilarity(flac.fingerprint, flac.fingerprint)).toBe(1);
  expect(fingerprintSimilarity(flac.fingerprint, mp3.fingerprint)).toBeGreaterThan(SAME_AUDIO_SIMILARITY);
  expect(fingerprintSimilarity(flac.fingerprint, other.fingerprint)).toBeLessThan(SAME_AUDIO_SIMILARITY);
});

it('fails for good on a file that is not audio', async () => {
  await writeFile(file('page.mp3'), '<html>not audio</html>');
  await expect(sut.fingerprint(file('page.mp3'))).rejects.toThrow(PermanentError);
});

it('knows whether fpcalc is there', async () => {
  await expect(sut.available()).resolves.toBe(true);
  const missing = new Fingerprinter(new ProcessRunner(), {
    ...config,
    tools: { ...config.tools, fpcalc: 'truetrack-no-fpcalc' },
  });
  await expect(missing.available()).resolves.toBe(false);
});
