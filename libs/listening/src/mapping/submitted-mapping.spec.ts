import { readdirSync, readFileSync } from 'node:fs';
import { isMappingTrusted, readSubmittedMapping } from './submitted-mapping.js';

// Real ListenBrainz listens multi-scrobbler labels as correctly or incorrectly mapped by ListenBrainz.
const FOLDER = new URL('../../test/fixtures/multi-scrobbler-mapping/', import.meta.url);

interface Case {
  file: string;
  label: 'correct' | 'incorrect';
  artistName: string;
  trackName: string;
  info: Record<string, unknown>;
}

const cases: Case[] = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file) => {
    const listens = JSON.parse(readFileSync(new URL(file, FOLDER), 'utf8')) as {
      data: { track_metadata: { artist_name: string; track_name: string; mbid_mapping?: unknown } };
    }[];
    return listens.map(({ data: { track_metadata: track } }) => ({
      file,
      label: file.startsWith('correctlyMapped') ? ('correct' as const) : ('incorrect' as const),
      artistName: track.artist_name,
      trackName: track.track_name,
      info: track.mbid_mapping ? { mbid_mapping: track.mbid_mapping } : {},
    }));
  });

const mapped = cases.filter((c) => readSubmittedMapping(c.info));
const verdict = (c: Case) =>
  isMappingTrusted(c.artistName, c.trackName, readSubmittedMapping(c.info)!) ? 'correct' : 'incorrect';

/** Mulberry32: the split into tuning and holdout cases is drawn once, from a fixed seed. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function holdout(all: Case[]): Case[] {
  const random = seeded(20);
  const order = all.map((c) => ({ c, r: random() })).sort((a, b) => a.r - b.r);
  return order.slice(Math.ceil(order.length * (2 / 3))).map(({ c }) => c);
}

describe('trusting ListenBrainz’s mbid_mapping', () => {
  it('reads the mapping kept in additional info, and nothing from a listen without one', () => {
    expect(mapped.length).toBe(cases.length - 1);
    expect(readSubmittedMapping({})).toBeUndefined();
    expect(readSubmittedMapping({ mbid_mapping: { recording_name: 'no id' } })).toBeUndefined();
    expect(readSubmittedMapping(mapped[0]!.info)).toMatchObject({
      recordingMbid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      creditNames: expect.arrayContaining([expect.any(String)]),
    });
  });

  it.each(mapped.filter((c) => c.label === 'incorrect').map((c) => [c.artistName, c.trackName, c]))(
    'refuses a wrong mapping of %s – %s',
    (_artist, _track, c) => {
      expect(verdict(c)).toBe('incorrect');
    },
  );

  // A credit with fewer artists than the scrobbler named looks like a wrong recording ("Nakamarra (feat. Q-Tip)"
  // mapped to the recording without Q-Tip), so these right mappings are refused too: the resolver decides then.
  const refusedButRight = new Set([
    'Childish Gambino, 21 Savage, Ink, Kadhja Bonet|12.38',
    'Childish Gambino|12.38 (feat. 21 Savage, Ink & Kadhja Bonet)',
  ]);
  const right = mapped.filter((c) => c.label === 'correct');

  it.each(
    right
      .filter((c) => !refusedButRight.has(`${c.artistName}|${c.trackName}`))
      .map((c) => [c.artistName, c.trackName, c]),
  )('trusts a right mapping of %s – %s', (_artist, _track, c) => {
    expect(verdict(c)).toBe('correct');
  });

  it.each([...refusedButRight].map((key) => key.split('|')))(
    'refuses %s – %s, whose credit names fewer artists',
    (artist, track) => {
      const c = right.find((r) => r.artistName === artist && r.trackName === track)!;
      expect(verdict(c)).toBe('incorrect');
    },
  );

  // Holdout (fixed seed 20, a third of the 26 mapped listens): 7 of 8 agree, and every mapping trusted is right.
  it('on the holdout listens, trusts no wrong mapping and agrees with the labels on at least 85 %', () => {
    const held = holdout(mapped);
    const agreed = held.filter((c) => verdict(c) === c.label).length;
    const trusted = held.filter((c) => verdict(c) === 'correct');
    expect(held.length).toBeGreaterThanOrEqual(8);
    expect(trusted.every((c) => c.label === 'correct')).toBe(true);
    expect(agreed / held.length).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    ['Something Else', 'Nakamarra', ['Hiatus Kaiyote'], 'Nakamarra'],
    ['Hiatus Kaiyote', 'Time', ['Hiatus Kaiyote'], 'Time After Time'],
    ['Hiatus Kaiyote', 'Nakamarra', [], 'Nakamarra'],
    ['Hiatus Kaiyote', 'Nakamarra', ['Hiatus Kaiyote'], ''],
  ])('refuses %s – %s mapped to %j – %s', (artist, track, credit, recording) => {
    expect(isMappingTrusted(artist, track, { recordingMbid: 'x', recordingName: recording, creditNames: credit })).toBe(
      false,
    );
  });
});
