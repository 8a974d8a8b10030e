import { toNewRelease } from './to-new-release.js';

describe('toNewRelease', () => {
  it('keeps media, tracks with their recording and the release facts', () => {
    const row = toNewRelease({
      id: 'rel',
      title: 'Double',
      date: '1999-04-01',
      status: 'Official',
      country: 'GB',
      artistCredit: 'Band',
      albumArtists: ['Band'],
      albumArtistIds: ['band-id'],
      labels: ['Label'],
      genres: [],
      media: [
        { position: 1, format: 'CD', tracks: [track('t1', 'r1', 1)] },
        {
          position: 2,
          format: 'CD',
          tracks: [track('t2', 'r2', 1), { ...track('t3', 'r3', 2), durationMs: undefined }],
        },
      ],
    });
    expect(row).toMatchObject({
      foreignReleaseId: 'rel',
      status: 'Official',
      country: 'GB',
      releaseDate: '1999-04-01',
      trackCount: 3,
      labels: ['Label'],
      media: [
        { number: 1, format: 'CD', trackCount: 1 },
        { number: 2, format: 'CD', trackCount: 2 },
      ],
    });
    expect(row.tracks[2]).toEqual({
      foreignTrackId: 't3',
      foreignRecordingId: 'r3',
      title: 'Song t3',
      position: 2,
      number: '2',
      mediumNumber: 2,
      durationMs: null,
    });
  });
});

function track(id: string, recordingId: string, position: number) {
  return {
    id,
    recordingId,
    position,
    number: String(position),
    title: `Song ${id}`,
    durationMs: 180_000,
    artists: ['Band'],
    artistIds: ['band-id'],
  };
}
