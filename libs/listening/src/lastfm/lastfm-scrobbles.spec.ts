import type { ListenRelayEntity } from '../relay/listen-relay.entity.js';
import { ignoredScrobbles, LASTFM_SCROBBLE_BATCH, scrobbleBatches, scrobbleParams } from './lastfm-scrobbles.js';

type Listen = ListenRelayEntity['listen'];

const listen = (seconds: number, extra: Record<string, unknown> = {}, info: Record<string, unknown> = {}): Listen => ({
  listened_at: seconds,
  track_metadata: { artist_name: 'Portishead', track_name: `Roads ${seconds}`, ...extra, additional_info: info },
});

describe('scrobbleBatches', () => {
  it.each([
    [0, []],
    [1, [1]],
    [50, [50]],
    [51, [50, 1]],
    [120, [50, 50, 20]],
  ])('splits %i queued listens into calls of at most 50: %j', (count, sizes) => {
    const rows = Array.from({ length: count }, (_, i) => i);
    const batches = scrobbleBatches(rows);
    expect(batches.map((batch) => batch.length)).toEqual(sizes);
    expect(batches.flat()).toEqual(rows);
  });
});

describe('scrobbleParams', () => {
  it('indexes each listen’s fields, timestamps in seconds, optional fields only when known', () => {
    const params = scrobbleParams([
      listen(
        1_700_000_000,
        { release_name: 'Dummy' },
        { duration_ms: 303_500, recording_mbid: 'b1a9c0e9-d987-4042-ae91-78d6a3267d69' },
      ),
      listen(1_700_000_400, {}, { duration: 250 }),
      listen(1_700_000_800),
    ]);
    expect(params).toEqual({
      'artist[0]': 'Portishead',
      'track[0]': 'Roads 1700000000',
      'album[0]': 'Dummy',
      'duration[0]': '304',
      'mbid[0]': 'b1a9c0e9-d987-4042-ae91-78d6a3267d69',
      'timestamp[0]': '1700000000',
      'artist[1]': 'Portishead',
      'track[1]': 'Roads 1700000400',
      'duration[1]': '250',
      'timestamp[1]': '1700000400',
      'artist[2]': 'Portishead',
      'track[2]': 'Roads 1700000800',
      'timestamp[2]': '1700000800',
    });
  });

  it('refuses more than Last.fm takes in one call', () => {
    const many = Array.from({ length: LASTFM_SCROBBLE_BATCH + 1 }, (_, i) => listen(1_700_000_000 + i));
    expect(() => scrobbleParams(many)).toThrow(RangeError);
    expect(Object.keys(scrobbleParams(many.slice(0, LASTFM_SCROBBLE_BATCH)))).toContain('timestamp[49]');
  });
});

describe('ignoredScrobbles', () => {
  it.each([
    [
      'all taken',
      '{"scrobbles":{"@attr":{"accepted":"2","ignored":"0"},"scrobble":[{"ignoredMessage":{"code":"0","#text":""}},{"ignoredMessage":{"code":"0","#text":""}}]}}',
      [],
    ],
    [
      'one scrobble as an object',
      '{"scrobbles":{"@attr":{"accepted":0,"ignored":1},"scrobble":{"ignoredMessage":{"code":"3","#text":"Timestamp too old"}}}}',
      [{ index: 0, code: 3, message: 'Timestamp too old' }],
    ],
    [
      'the second of two',
      '{"scrobbles":{"@attr":{"accepted":"1","ignored":"1"},"scrobble":[{"ignoredMessage":{"code":"0","#text":""}},{"ignoredMessage":{"code":"5","#text":"Daily scrobble limit exceeded"}}]}}',
      [{ index: 1, code: 5, message: 'Daily scrobble limit exceeded' }],
    ],
    ['no per-scrobble detail', '{"scrobbles":{"@attr":{"accepted":1}}}', []],
  ])('%s', (_, body, expected) => {
    expect(ignoredScrobbles(JSON.parse(body) as Record<string, unknown>)).toEqual(expected);
  });
});
