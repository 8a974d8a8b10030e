import { readListeningFile } from './listening-file.js';

// The fields of a Spotify extended streaming history entry, as Spotify's "Understanding my data" describes them;
// the values are made up.
const spotify = (overrides: Record<string, unknown>) => ({
  ts: '2024-03-01T12:03:33Z',
  platform: 'android',
  ms_played: 213_000,
  conn_country: 'FR',
  master_metadata_track_name: 'Never Gonna Give You Up',
  master_metadata_album_artist_name: 'Rick Astley',
  master_metadata_album_album_name: 'Whenever You Need Somebody',
  spotify_track_uri: 'spotify:track:4cOdK2wGLETKBW3PvgPWqT',
  episode_name: null,
  reason_start: 'trackdone',
  reason_end: 'trackdone',
  shuffle: false,
  skipped: false,
  ...overrides,
});

describe('readListeningFile', () => {
  it('reads a Spotify extended streaming history: dated at the start, podcasts and plays under 30 s left out', () => {
    const file = JSON.stringify([
      spotify({}),
      spotify({ ms_played: 29_999 }),
      spotify({ master_metadata_track_name: null, master_metadata_album_artist_name: null, episode_name: 'Talk' }),
    ]);
    expect(readListeningFile(file)).toEqual({
      format: 'spotify-extended-history',
      skipped: 2,
      listens: [
        {
          listenedAt: Date.parse('2024-03-01T12:00:00Z') / 1000,
          artistName: 'Rick Astley',
          trackName: 'Never Gonna Give You Up',
          releaseName: 'Whenever You Need Somebody',
          additionalInfo: {
            music_service: 'spotify.com',
            ms_played: 213_000,
            spotify_id: 'spotify:track:4cOdK2wGLETKBW3PvgPWqT',
          },
        },
      ],
    });
  });

  const listen = (at: number) => ({
    listened_at: at,
    track_metadata: { artist_name: 'Kanye West', track_name: 'Fade', additional_info: {} },
  });

  it('reads a ListenBrainz export as a JSON array and as one listen per line', () => {
    const array = readListeningFile(JSON.stringify([listen(1_486_466_946), listen(1_486_466_992)]));
    const lines = readListeningFile(
      `${JSON.stringify(listen(1_486_466_946))}\n${JSON.stringify(listen(1_486_466_992))}\n`,
    );
    expect(array?.format).toBe('listenbrainz-export');
    expect(array?.listens.map((l) => l.listenedAt)).toEqual([1_486_466_946, 1_486_466_992]);
    expect(lines).toEqual(array);
  });

  it('knows neither anything else nor broken JSON', () => {
    expect(readListeningFile('[{"hello": 1}]')).toBeUndefined();
    expect(readListeningFile('[{"ts": ')).toBeUndefined();
    expect(readListeningFile('')).toBeUndefined();
  });
});
