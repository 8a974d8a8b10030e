// The release a recording is offered on as evidence, with album names as the recorded provider answers give them
// (Harmony's iTunes lookup of the compilation "Hits of the 90s", koel's Skid Row search answered from a compilation).
import { parseRequest } from '../parsing/index.js';
import { rankScored } from './decide.js';
import { recordingMarkers } from './markers.js';
import { scoreRecording, targetFromRequest } from './score-recording.js';
import type { RecordingCandidate } from './types.js';

const skidRow = (providerId: string, album: string, title = 'I Remember You'): RecordingCandidate => ({
  provider: 'deezer',
  providerId,
  title,
  artists: ['Skid Row'],
  album,
  durationMs: 314_000,
});

describe('release evidence', () => {
  it.each([
    ['Hits of the 90s'],
    ['Greatest Hits'],
    ['The Best of Skid Row'],
    ['Now That’s What I Call Music! 22'],
    ['Power Ballads Hits, Vol. 2'],
  ])('ranks the original album over the compilation %j', (compilation) => {
    const target = targetFromRequest(parseRequest('Skid Row - I Remember You'));
    const ranked = rankScored(
      [skidRow('compilation', compilation), skidRow('original', 'Skid Row')].map((c) => scoreRecording(target, c)),
    );
    expect(ranked[0]?.candidate.providerId).toBe('original');
    expect(ranked[1]?.reasons).toContain(`on the compilation '${compilation}', not an original release`);
  });

  it('takes the album the request names, compilation or not', () => {
    const target = { ...targetFromRequest(parseRequest('Skid Row - I Remember You')), album: 'Hits of the 90s' };
    const ranked = rankScored(
      [skidRow('original', 'Skid Row'), skidRow('compilation', 'Hits of the 90s')].map((c) =>
        scoreRecording(target, c),
      ),
    );
    expect(ranked[0]?.candidate.providerId).toBe('compilation');
  });

  it.each([
    ['Karaoke Hits, Vol. 7', ['karaoke:Karaoke:album']],
    ['Sing Along Classics', ['karaoke:Sing Along:album']],
    ['Skid Row', []],
  ])('reads the album %j as %j', (album, expected) => {
    const found = recordingMarkers([], undefined, album);
    expect(found.map((m) => `${m.kind}:${m.text}:${m.where}`)).toEqual(expected);
  });

  it('never lets a karaoke album beat the original on text alone', () => {
    const target = targetFromRequest(parseRequest('Skid Row - I Remember You'));
    const karaoke = { ...skidRow('karaoke', 'Karaoke Hits, Vol. 7'), durationMs: undefined };
    const ranked = rankScored(
      [karaoke, { ...skidRow('original', 'Skid Row'), durationMs: undefined }].map((c) => scoreRecording(target, c)),
    );
    expect(ranked[0]?.candidate.providerId).toBe('original');
    expect(ranked[1]?.reasons[0]).toBe("album says 'Karaoke', the request did not");
  });
});
