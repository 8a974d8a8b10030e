import { readFileSync } from 'node:fs';
import { readListenBrainzListen } from './listenbrainz-history.js';

const page = JSON.parse(
  readFileSync(new URL('../../test/fixtures/listenbrainz-user-listens-page.json', import.meta.url), 'utf8'),
) as { payload: { listens: unknown[] } };

describe('readListenBrainzListen', () => {
  it('reads the listens of a user listens page, keeping the mbid_mapping for the mapping', () => {
    const listens = page.payload.listens.map(readListenBrainzListen);
    expect(listens.map((l) => [l?.listenedAt, l?.artistName, l?.trackName])).toEqual([
      [1_653_588_533, '5 Seconds of Summer', 'Youngblood'],
      [1_653_503_416, 'Ariana Grande', 'One Last Time'],
      [1_653_475_050, 'Ofenbach, Lagique', 'Wasted Love (feat. Lagique)'],
    ]);
    expect(listens[0]).toMatchObject({
      releaseName: 'Youngblood (Deluxe)',
      durationMs: 203_417,
      additionalInfo: { mbid_mapping: { recording_mbid: '9541592c-0102-4b94-93cc-ee0f3cf83d64' } },
    });
  });

  it('skips a listen without a time, an artist or a title', () => {
    expect(readListenBrainzListen({ track_metadata: { artist_name: 'A', track_name: 'T' } })).toBeUndefined();
    expect(readListenBrainzListen({ listened_at: 1, track_metadata: { track_name: 'T' } })).toBeUndefined();
    expect(readListenBrainzListen(null)).toBeUndefined();
  });
});
