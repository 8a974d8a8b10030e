// What a request names (the remixer, a featured artist) outranks what it does not: real remix titles from the
// recorded MusicBrainz answers (Nirvana's Devonshire and Butch Vig mixes) and ListenBrainz listens (Metro Boomin's
// "Link Up (Spider-Verse remix)" with its featured artists).
import { parseRequest } from '../parsing/index.js';
import { rankScored } from './decide.js';
import { scoreRecording, targetFromRequest } from './score-recording.js';
import type { RecordingCandidate } from './types.js';

const recording = (providerId: string, title: string, artists: string[]): RecordingCandidate => ({
  provider: 'musicbrainz',
  providerId,
  title,
  artists,
});

const firstFor = (request: string, candidates: RecordingCandidate[]) => {
  const target = targetFromRequest(parseRequest(request));
  return rankScored(candidates.map((c) => scoreRecording(target, c)))[0]!;
};

const TEEN_SPIRIT_MIXES = [
  recording('devonshire', 'Smells Like Teen Spirit (Devonshire mix)', ['Nirvana']),
  recording('butch-vig', 'Smells Like Teen Spirit (Butch Vig mix)', ['Nirvana']),
  recording('original', 'Smells Like Teen Spirit', ['Nirvana']),
];

const LINK_UP = [
  recording('plain', 'Link Up', ['Metro Boomin', 'Don Toliver', 'Wizkid']),
  recording('other-remix', 'Link Up (Club Remix)', ['Metro Boomin', 'Don Toliver', 'Wizkid']),
  recording('named', 'Link Up (Spider-Verse remix)', ['Metro Boomin', 'Don Toliver', 'Wizkid', 'BEAM', 'Toian']),
];

describe('a request that names a version', () => {
  it.each([
    ['Nirvana - Smells Like Teen Spirit (Butch Vig Mix)', TEEN_SPIRIT_MIXES, 'butch-vig'],
    ['Nirvana - Smells Like Teen Spirit (Devonshire Mix)', TEEN_SPIRIT_MIXES, 'devonshire'],
    ['Nirvana - Smells Like Teen Spirit', TEEN_SPIRIT_MIXES, 'original'],
    ['Metro Boomin - Link Up (Spider-Verse Remix) (feat. BEAM & Toian)', LINK_UP, 'named'],
    ['Metro Boomin - Link Up (Spider-Verse Remix)', LINK_UP, 'named'],
    ['Metro Boomin - Link Up', LINK_UP, 'plain'],
  ])('%s finds %#', (request, candidates, expected) => {
    expect(firstFor(request, candidates).candidate.providerId).toBe(expected);
  });

  it('says why another remixer is not the one asked for', () => {
    const target = targetFromRequest(parseRequest('Nirvana - Smells Like Teen Spirit (Butch Vig Mix)'));
    const devonshire = scoreRecording(target, TEEN_SPIRIT_MIXES[0]!);
    expect(devonshire.reasons[0]).toBe("the request names 'Butch Vig Mix', the title says 'Devonshire mix'");
  });

  it('says when a featured artist the request names is not credited', () => {
    const target = targetFromRequest(parseRequest('Metro Boomin - Link Up (feat. BEAM)'));
    const plain = scoreRecording(target, LINK_UP[0]!);
    expect(plain.reasons).toContain("does not credit 'BEAM', whom the request names");
  });
});
