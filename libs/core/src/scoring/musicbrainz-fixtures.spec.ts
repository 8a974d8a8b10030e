import { readFileSync } from 'node:fs';
import { recommend, rankScored } from './decide.js';
import { mergeDuplicates } from './merge.js';
import { parseRequest } from '../parsing/index.js';
import { scoreRecording, targetFromRequest } from './score-recording.js';
import type { RecordingCandidate, ScoreTarget, Scored } from './types.js';

// Recorded MusicBrainz WS/2 responses (see each fixture's .source.txt). Ids are compared on their first 8
// characters, as libs/core/test/fixtures/scoring and the provider-responses index name them.

interface MbRelease {
  title: string;
  date?: string;
  'release-group'?: { title?: string; 'secondary-types'?: string[] };
}

interface MbRecording {
  id: string;
  title: string;
  length?: number | null;
  video?: boolean | null;
  disambiguation?: string;
  isrcs?: string[];
  'artist-credit'?: { name: string }[];
  'first-release-date'?: string;
  releases?: MbRelease[];
}

/**
 * The fields scoring reads. The album is the release group of the first release; a recording found only on
 * live release groups counts as live, as MusicBrainz does not always say so in the title.
 */
function toCandidate(r: MbRecording): RecordingCandidate {
  const releases = r.releases ?? [];
  const first = releases.find((x) => x.date === r['first-release-date']) ?? releases[0];
  const onlyLive =
    releases.length > 0 && releases.every((x) => x['release-group']?.['secondary-types']?.includes('Live'));
  const note = [r.disambiguation, onlyLive ? 'live' : undefined].filter(Boolean).join(', ');
  return {
    provider: 'musicbrainz',
    providerId: r.id,
    mbid: r.id,
    title: r.title,
    artists: (r['artist-credit'] ?? []).map((credit) => credit.name),
    album: first?.['release-group']?.title ?? first?.title,
    durationMs: r.length ?? undefined,
    isrcs: r.isrcs,
    releaseDate: r['first-release-date'],
    disambiguation: note || undefined,
    isVideo: r.video === true,
  };
}

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/scoring/${name}`, import.meta.url), 'utf8'));
const search = (name: string) => (fixture(name) as { recordings: MbRecording[] }).recordings.map(toCandidate);
const lookup = (name: string) => toCandidate(fixture(name) as MbRecording);

const rank = (target: ScoreTarget, candidates: readonly RecordingCandidate[]) =>
  rankScored(candidates.map((c) => scoreRecording(target, c)));
const short = (s: Scored<RecordingCandidate>) => s.candidate.providerId.slice(0, 8);
const byId = (ranked: readonly Scored<RecordingCandidate>[], id: string) => ranked.find((s) => short(s) === id);

describe('MusicBrainz: "Smells Like Teen Spirit" (13 hits, 5 with score 100)', () => {
  const candidates = search('fuzzbin_recording_search_smells_like_teen_spirit_rgid.json');
  const spirit: ScoreTarget = { title: 'Smells Like Teen Spirit', artists: ['Nirvana'], versions: [] };

  describe('with the duration known (301 s)', () => {
    const ranked = rank({ ...spirit, durationMs: 301_000 }, candidates);

    it('ranks the canonical 301133 ms recording first, as a strong match', () => {
      expect(short(ranked[0]!)).toBe('5fb524f1');
      expect(recommend(ranked)).toMatchObject({ level: 'strong', best: { distance: ranked[0]!.distance } });
    });

    it.each([
      ['21d2ec78', 'listed as a video recording'],
      ['3da16e5f', 'listed as a video recording'],
      ['a227a9bd', 'duration 3:00 vs 5:01 (2:01 shorter)'],
      ['a76fdb9a', "title says 'Devonshire mix', the request did not"],
      ['6d70f7cd', "disambiguation says 'live', the request did not"],
      ['a10a1bb0', "title says 'live', the request did not"],
      ['bc3ed625', "title says 'live', the request did not"],
      ['5e189c27', "title says 'live', the request did not"],
      ['f561a381', "title 'Smells Like Teen Spirit (Boombox Rehearsals)' differs from 'Smells Like Teen Spirit'"],
    ])('%s comes with %j', (id, reason) => {
      expect(byId(ranked, id)?.reasons[0]).toBe(reason);
    });

    it('names the length of the other same-titled takes', () => {
      expect(byId(ranked, '21d2ec78')?.reasons).toContain('duration 4:45 vs 5:01 (16 s shorter)');
      expect(byId(ranked, '6d70f7cd')?.reasons).toContain('duration 4:50 vs 5:01 (11 s shorter)');
    });

    it('keeps every live take out of the medium band', () => {
      const live = ranked.filter((s) => s.reasons.some((r) => r.includes("'live'")));
      expect(live).toHaveLength(7);
      for (const s of live) expect(s.distance).toBeGreaterThan(0.25);
    });
  });

  it('does not decide on its own without a duration: several recordings share the title', () => {
    const sut = recommend(rank(spirit, candidates));
    expect(sut.level).toBe('medium');
    expect(sut.best?.candidate.providerId).toBe('5fb524f1-8cc8-4c04-a921-e34c0a911ea7');
    expect(sut.reason).toContain('no duration, ISRC or MusicBrainz id to tell it from same-titled recordings');
  });

  it('decides with the ISRC of the request instead of a duration', () => {
    const sut = recommend(rank({ ...spirit, isrcs: ['USGF19942501'] }, candidates));
    expect(sut).toMatchObject({
      level: 'strong',
      best: { candidate: { mbid: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7' } },
    });
  });
});

describe('MusicBrainz: Seether "Gasoline" (25 near-identical hits)', () => {
  const candidates = search('fuzzbin_recording_search_seether_gasoline.json');
  const gasoline: ScoreTarget = { title: 'Gasoline', artists: ['Seether'], durationMs: 169_000, versions: [] };

  it('ranks the original Disclaimer recording first once the album is known', () => {
    const ranked = rank({ ...gasoline, album: 'Disclaimer' }, candidates);
    expect(short(ranked[0]!)).toBe('a2777238');
  });

  it.each([
    ['ba7fd668', "album 'Fragile' differs from 'Disclaimer'"],
    ['7829b554', "album 'Disclaimer II' differs from 'Disclaimer'"],
    ['7b768a8f', "title says 'Live', the request did not"],
    ['79fe7a63', "title says 'live', the request did not"],
    ['4b6d7031', "disambiguation says 'live', the request did not"],
    ['2c737353', "title 'Gasoline, Part 2' differs from 'Gasoline'"],
  ])('penalises %s: %j', (id, reason) => {
    const ranked = rank({ ...gasoline, album: 'Disclaimer' }, candidates);
    expect(byId(ranked, id)?.reasons[0]).toBe(reason);
    expect(byId(ranked, id)!.distance).toBeGreaterThan(ranked[0]!.distance);
  });

  it('cannot single it out by title, artist and 169 s alone, so it asks', () => {
    const ranked = rank(gasoline, candidates);
    const tied = ranked.filter((s) => s.distance === ranked[0]!.distance).map(short);
    // Five at exactly 169000 ms, then four without a length (nothing to hold against them, less checked).
    expect(tied).toEqual([
      ...['b0d2e2a7', 'cdec59cd', '7829b554', 'a2777238', 'e8745db2'],
      ...['92d6c0ee', 'b1315bde', 'd4443046', '107fbdf8'],
    ]);
    expect(recommend(ranked)).toMatchObject({ level: 'medium', margin: 0 });
  });

  it('puts the recording with the requested ISRC first, ahead of same-titled ones without ISRC', () => {
    const ranked = rank({ ...gasoline, isrcs: ['USWU30200017'] }, candidates);
    expect(short(ranked[0]!)).toBe('a2777238');
    expect(byId(ranked, '7829b554')?.reasons[0]).toBe(
      'ISRC USWV40400006, USWU30400064 differs from USWU30200017 (a song can have several)',
    );
  });

  it.each([
    ['Seether - Gasoline (2002)', 169_000, 'b0d2e2a7', 'from 2002, as the request names'],
    ['Seether - Gasoline [2001]', 168_000, 'ba7fd668', 'from 2001, as the request names'],
    ['Seether - Gasoline (2004)', 169_000, '7829b554', 'from 2004, as the request names'],
  ])('puts the recording of the year %j names first among those of its length', (request, durationMs, id, reason) => {
    const target = targetFromRequest(parseRequest(request), { durationMs });
    const ranked = rank(target, candidates);
    expect(short(ranked[0]!)).toBe(id);
    expect(ranked[0]!.reasons).toContain(reason);
  });

  it('says which year a recording of another year is from', () => {
    const ranked = rank(
      targetFromRequest(parseRequest('Seether - Gasoline (2001)'), { durationMs: 169_000 }),
      candidates,
    );
    expect(byId(ranked, 'cdec59cd')?.reasons).toContain('from 2023; the request names 2001');
  });

  it('merges nothing: one provider keeps its recordings apart', () => {
    expect(mergeDuplicates(candidates)).toHaveLength(25);
  });
});

describe('MusicBrainz: Alice in Chains "Down in a Hole", studio vs MTV Unplugged', () => {
  const studio = lookup('fuzzbin_recording_lookup_down_in_a_hole_studio.json');
  const unplugged = lookup('fuzzbin_recording_lookup_down_in_a_hole_live_unplugged.json');
  const hole: ScoreTarget = { title: 'Down in a Hole', artists: ['Alice in Chains'], versions: [] };

  it('picks the studio recording for a plain request of 338 s', () => {
    const ranked = rank({ ...hole, durationMs: 338_000 }, [unplugged, studio]);
    expect(ranked.map(short)).toEqual(['b5502d6e', 'cab031ca']);
    expect(ranked[1]?.reasons.slice(0, 2)).toEqual([
      "disambiguation says 'live', the request did not",
      'duration 5:46 vs 5:38 (8 s longer)',
    ]);
    expect(recommend(ranked).level).toBe('strong');
  });

  it('picks the live recording for a live request of 346 s', () => {
    const ranked = rank({ ...hole, durationMs: 346_000, versions: [{ kind: 'live', text: 'Live' }] }, [
      studio,
      unplugged,
    ]);
    expect(ranked.map(short)).toEqual(['cab031ca', 'b5502d6e']);
    expect(ranked[1]?.reasons.slice(0, 2)).toEqual([
      "the request asks for 'Live', the candidate does not say so",
      'duration 5:38 vs 5:46 (8 s shorter)',
    ]);
  });

  it('tells them apart by the 8 s alone when the note is missing', () => {
    const bare = { ...unplugged, disambiguation: undefined };
    const ranked = rank({ ...hole, durationMs: 338_000 }, [bare, studio]);
    expect(ranked.map(short)).toEqual(['b5502d6e', 'cab031ca']);
  });
});
