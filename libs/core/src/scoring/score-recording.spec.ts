import { parseRequest } from '../parsing/index.js';
import { DEFAULT_THRESHOLDS } from './decide.js';
import { scoreRecording, targetFromRecording, targetFromRequest } from './score-recording.js';
import type { RecordingCandidate, ScoreTarget } from './types.js';

const numb: ScoreTarget = { title: 'Numb', artists: ['Linkin Park'], durationMs: 185_000, versions: [] };
const candidate = (over: Partial<RecordingCandidate> = {}): RecordingCandidate => ({
  provider: 'deezer',
  providerId: '1',
  title: 'Numb',
  artists: ['Linkin Park'],
  durationMs: 185_000,
  ...over,
});
const partsOf = (target: ScoreTarget, over: Partial<RecordingCandidate>) =>
  scoreRecording(target, candidate(over)).parts.map((p) => [p.name, p.weight, Math.round(p.distance * 1000) / 1000]);

describe('scoreRecording', () => {
  it('scores an exact match 1 with a sentence per part', () => {
    const sut = scoreRecording(numb, candidate());
    expect(sut).toMatchObject({ distance: 0, score: 1, label: "'Numb' by Linkin Park (deezer 1)" });
    expect(sut.reasons).toEqual([
      "title 'Numb' matches",
      "artist 'Linkin Park' matches",
      'duration 3:05 matches',
      'no version markers the request did not ask for',
    ]);
  });

  it.each<[string, ScoreTarget, Partial<RecordingCandidate>, number, string]>([
    ['featured artist in the title', numb, { title: 'Numb (feat. Someone)' }, 0, "title 'Numb' matches"],
    ['featured artist in the credit', numb, { artists: ['Linkin Park', 'Someone'] }, 0, "title 'Numb' matches"],
    ['album noise', { ...numb, album: 'Meteora' }, { album: 'Meteora (Bonus Edition)' }, 0, "title 'Numb' matches"],
    ['no duration on the candidate', numb, { durationMs: undefined }, 0, "title 'Numb' matches"],
    ['durations 8 s apart', numb, { durationMs: 193_000 }, 0.018, 'duration 3:13 vs 3:05 (8 s longer)'],
    ['durations 16 s apart', numb, { durationMs: 201_000 }, 0.062, 'duration 3:21 vs 3:05 (16 s longer)'],
    [
      'other album',
      { ...numb, album: 'Meteora' },
      { album: 'Hybrid Theory' },
      0.1,
      "album 'Hybrid Theory' differs from 'Meteora'",
    ],
    ['a video recording', numb, { isVideo: true }, 0.1, 'listed as a video recording'],
    [
      'other ISRC',
      { ...numb, isrcs: ['USWB10301500'] },
      { isrcs: ['USWB10400000'] },
      0.1,
      'ISRC USWB10400000 differs from USWB10301500 (a song can have several)',
    ],
    ['other MusicBrainz id', { ...numb, mbid: 'abc' }, { mbid: 'def' }, 0.1, 'MusicBrainz id def differs from abc'],
    ['a live take', numb, { title: 'Numb (Live)' }, 0.333, "title says 'Live', the request did not"],
    [
      'a studio take for a live request',
      { ...numb, versions: [{ kind: 'live', text: 'Live' }] },
      {},
      0.333,
      "the request asks for 'Live', the candidate does not say so",
    ],
  ])('%s: distance %d, worst reason %j', (_case, target, over, distance, reason) => {
    const sut = scoreRecording(target, candidate(over));
    expect(Math.round(sut.distance * 1000) / 1000).toBe(distance);
    expect(sut.reasons[0]).toBe(reason);
  });

  it('lets an agreeing ISRC outweigh a duration that is off', () => {
    const target = { ...numb, isrcs: ['USWB10301500'] };
    expect(partsOf(target, { isrcs: ['US-WB1-03-01500'], durationMs: 215_000 })).toEqual([
      ['title', 3, 0],
      ['artist', 3, 0],
      ['duration', 2, 0.7],
      ['isrc', 5, 0],
      ['version', 1, 0],
    ]);
    expect(scoreRecording(target, candidate({ isrcs: ['USWB10301500'], durationMs: 215_000 })).distance).toBeCloseTo(
      0.1,
    );
  });

  it('weighs an agreeing MusicBrainz id like beets (5)', () => {
    expect(partsOf({ ...numb, mbid: 'ABC' }, { mbid: 'abc' })).toContainEqual(['mbid', 5, 0]);
  });

  it('has no artist part when the request names no artist', () => {
    expect(partsOf({ ...numb, artists: [] }, {}).map(([name]) => name)).toEqual(['title', 'duration', 'version']);
  });
});

type JunkRow = [why: string, target: ScoreTarget, offered: Partial<RecordingCandidate>];

const nobodyElse: ScoreTarget = { title: 'Nobody Else', artists: ['Abstrakt'], durationMs: 162_000, versions: [] };
const JUNK: JunkRow[] = [
  ['similar title, similar artist', nobodyElse, { title: 'Nobody', artists: ['Abstract'], durationMs: 187_000 }],
  ['similar title, no duration', { ...nobodyElse, durationMs: undefined }, { title: 'Nobody', artists: ['Abstrakt'] }],
  ['"No One Else"', nobodyElse, { title: 'No One Else', artists: ['Abstract & Logic'], durationMs: 304_000 }],
  [
    '"No One Else", no duration',
    { ...nobodyElse, durationMs: undefined },
    { title: 'No One Else', artists: ['Abstrakt'] },
  ],
  ['a remix of the song', nobodyElse, { title: 'Nobody Else (VIP Remix)', artists: ['Abstrakt'], durationMs: 170_000 }],
  ['another song of the artist', numb, { title: 'Faint', durationMs: 162_000 }],
  ['the title by another artist', numb, { artists: ['Nirvana'] }],
  [
    'a mash-up that contains the title',
    numb,
    { title: 'Numb / Encore', artists: ['JAY-Z', 'Linkin Park'], durationMs: 205_000 },
  ],
  ['a live take, length unknown', { ...numb, durationMs: undefined }, { title: 'Numb (Live)' }],
];

describe('scoreRecording: junk', () => {
  it.each(JUNK)('%s scores worse than medium', (_why, target, offered) => {
    const sut = scoreRecording(target, candidate(offered));
    expect(sut.distance).toBeGreaterThan(DEFAULT_THRESHOLDS.mediumDistance);
    expect(sut.reasons[0]).toMatch(/differs|says/);
  });
});

describe('targetFromRequest', () => {
  it('takes title, artists and asked-for markers from the parsed request, plus what is known', () => {
    expect(targetFromRequest(parseRequest('Linkin Park - Numb (Live)'), { durationMs: 185_000 })).toEqual({
      title: 'Numb',
      artists: ['Linkin Park'],
      versions: [{ kind: 'live', text: 'Live' }],
      durationMs: 185_000,
    });
  });

  it('falls back to the cleaned text when no title was found', () => {
    expect(targetFromRequest(parseRequest('numb linkin park')).title).toBe('numb linkin park');
  });
});

describe('targetFromRecording', () => {
  it('asks a source for the recording, its markers included', () => {
    const recording = candidate({
      provider: 'musicbrainz',
      title: 'Down in a Hole',
      artists: ['Alice in Chains'],
      durationMs: 346_000,
      disambiguation: 'live, 1996-04-10: Majestic Theatre',
      mbid: 'cab031ca-fb14-470b-9336-528524007ed1',
    });
    expect(targetFromRecording(recording)).toEqual({
      title: 'Down in a Hole',
      artists: ['Alice in Chains'],
      durationMs: 346_000,
      mbid: 'cab031ca-fb14-470b-9336-528524007ed1',
      versions: [{ kind: 'live', text: 'live' }],
    });
  });
});
