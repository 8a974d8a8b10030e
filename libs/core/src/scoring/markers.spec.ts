import { parseTitle, type VersionMarker } from '../parsing/index.js';
import { recordingMarkers, versionPart } from './markers.js';

const WEIGHTS = { full: 4, clean: 1 };
const live: VersionMarker = { kind: 'live', text: 'Live' };

describe('recordingMarkers', () => {
  it.each([
    ['Smells Like Teen Spirit', undefined, []],
    ['Smells Like Teen Spirit (live at the Paramount)', undefined, ['live:live:title']],
    ['Smells Like Teen Spirit (Devonshire mix)', undefined, ['remix:Devonshire mix:title']],
    ['Smells Like Teen Spirit', 'live, Amsterdam, Netherlands', ['live:live:disambiguation']],
    ['Down in a Hole', 'live, 1996‐04‐10: Majestic Theatre, Brooklyn, NY, USA', ['live:live:disambiguation']],
    ['Smells Like Teen Spirit', 'official music video', []],
    ['Gasoline', 'original Disclaimer version', []],
    ['Gasoline (live)', 'live', ['live:live:title']],
  ])('%j with note %j shows %j', (title, note, expected) => {
    const found = recordingMarkers(parseTitle(title).versions, note);
    expect(found.map((m) => `${m.kind}:${m.text}:${m.where}`)).toEqual(expected);
  });
});

describe('versionPart', () => {
  it.each([
    ['Numb', [], 1, 0, 'no version markers the request did not ask for'],
    ['Numb (Live)', [], 4, 1, "title says 'Live', the request did not"],
    ['Numb (Karaoke Version)', [], 4, 1, "title says 'Karaoke', the request did not"],
    ['Numb (Nightcore)', [], 4, 1, "title says 'Nightcore', the request did not"],
    ['Numb (Sped Up)', [], 4, 1, "title says 'Sped Up', the request did not"],
    ['Numb (Remastered 2011)', [], 4, 0.2, "title says 'Remastered', the request did not"],
    ['Numb (Radio Edit)', [], 4, 0.5, "title says 'Radio Edit', the request did not"],
    ['Numb (Clean)', [], 4, 0.3, "title says 'Clean', the request did not"],
    ['Numb (Explicit)', [], 1, 0, 'no version markers the request did not ask for'],
    ['Numb', [live], 4, 1, "the request asks for 'Live', the candidate does not say so"],
    ['Numb (Live in Texas)', [live], 4, 0, 'version as requested (Live)'],
    [
      'Numb',
      [{ kind: 'remaster', text: 'Remastered' }],
      4,
      0.3,
      "the request asks for 'Remastered', the candidate does not say so",
    ],
    [
      'Numb',
      [{ kind: 'explicit', text: 'Explicit' }],
      4,
      0.1,
      "the request asks for 'Explicit', the candidate does not say so",
    ],
  ] as const)('%j against %j: weight %d, distance %d, %j', (title, wanted, weight, distance, sentence) => {
    const part = versionPart(wanted, recordingMarkers(parseTitle(title).versions), WEIGHTS);
    expect(part).toEqual({ name: 'version', weight, distance, sentence });
  });

  it('adds up several markers, capped at 1, the costliest named first', () => {
    const found = recordingMarkers(parseTitle('Numb (Remastered) (Live)').versions);
    expect(versionPart([], found, WEIGHTS)).toEqual({
      name: 'version',
      weight: 4,
      distance: 1,
      sentence: "title says 'Live', the request did not; title says 'Remastered', the request did not",
    });
  });

  it('counts a wrong marker and a missing one', () => {
    const part = versionPart([live], recordingMarkers(parseTitle('Numb (Acoustic)').versions), WEIGHTS);
    expect(part.sentence).toBe(
      "title says 'Acoustic', the request did not; the request asks for 'Live', the candidate does not say so",
    );
  });
});
