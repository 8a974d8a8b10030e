// How fast the resolver reads requests and decides between candidates, without any network: parseRequest
// over the real titles of the title-cleanup fixtures, then IdentityResolver.resolve over 100 recordings
// that a provider answers from memory (MusicBrainz search answers recorded in test/fixtures).
// Run through `node scripts/bench.mjs resolve`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRequest } from '@app/core';
import { fixed, percentile } from '../../jobs/bench/bench-utils.js';
import { IdentityResolver } from '../src/identity/identity-resolver.service.js';
import { mapRecordingSearch } from '../src/providers/musicbrainz/musicbrainz.mapper.js';
import type { MbRecordingSearch } from '../src/providers/musicbrainz/musicbrainz.types.js';
import type { ProviderRecording } from '../src/providers/provider-models.js';
import type { MetadataProvider, RecordingQuery } from '../src/providers/provider.types.js';

const TITLES = 'libs/core/test/fixtures/title-cleanup/title_cleanup_cases.jsonl';
const SEARCHES = [
  'fuzzbin_recording_search_smells_like_teen_spirit_rgid.json',
  'fuzzbin_recording_search_seether_gasoline.json',
  'fuzzbin_recording_search_isrc_the_runner.json',
];
const CANDIDATES = 100;
const RUNS = 200;

/** The repository root, found from here both in the sources and in dist-test. */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, TITLES))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${TITLES} not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

const root = repoRoot();

function realTitles(): string[] {
  const lines = readFileSync(join(root, TITLES), 'utf8').split('\n').filter(Boolean);
  const inputs = lines.map((line) => (JSON.parse(line) as { input: unknown }).input);
  return [...new Set(inputs.filter((input): input is string => typeof input === 'string' && input.trim() !== ''))];
}

/** `count` recordings cut from the recorded searches, each with its own id (one provider never merges). */
function recordedCandidates(count: number): ProviderRecording[] {
  const found = SEARCHES.flatMap((file) =>
    mapRecordingSearch(
      JSON.parse(
        readFileSync(join(root, 'libs/resolver/test/fixtures/musicbrainz', file), 'utf8'),
      ) as MbRecordingSearch,
    ),
  );
  return Array.from({ length: count }, (_, i) => {
    const recording = found[i % found.length]!;
    return { ...recording, providerId: `${recording.providerId}#${i}`, mbid: `${recording.mbid}#${i}` };
  });
}

/** A metadata provider that answers every search from memory. */
function memoryProvider(recordings: ProviderRecording[]): MetadataProvider {
  return {
    id: 'musicbrainz',
    displayName: 'MusicBrainz (in memory)',
    capabilities: ['recording-search'],
    isEnabled: () => true,
    test: async () => ({ ok: true, message: 'in memory', latencyMs: 0 }),
    searchRecordings: async (_query: RecordingQuery) => recordings,
  };
}

function benchParse(titles: string[]): number {
  for (const title of titles) parseRequest(title);
  let parsed = 0;
  const started = performance.now();
  while (performance.now() - started < 1000) {
    for (const title of titles) parseRequest(title);
    parsed += titles.length;
  }
  return parsed / ((performance.now() - started) / 1000);
}

async function benchScore(): Promise<number[]> {
  const resolver = new IdentityResolver([memoryProvider(recordedCandidates(CANDIDATES))]);
  const query = 'Nirvana - Smells Like Teen Spirit';
  const first = await resolver.resolve(query);
  if (first.ranked.length !== CANDIDATES) throw new Error(`expected ${CANDIDATES} ranked, got ${first.ranked.length}`);
  for (let i = 0; i < 20; i += 1) await resolver.resolve(query);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await resolver.resolve(query);
    times.push(performance.now() - started);
  }
  return times;
}

const titles = realTitles();
console.log(`parse: ${Math.round(benchParse(titles))}/s over ${titles.length} real titles`);
const times = await benchScore();
console.log(`score ${CANDIDATES} candidates: ${fixed(percentile(times, 0.5), 2)} ms (p50 over ${RUNS} runs)`);
