import type { FileTags } from '@app/tagger';

/** Every field TrueTrack writes, with letters outside ASCII and two credited artists. */
export const FULL_TAGS: FileTags = {
  metadata: {
    title: 'Jökulsárlón (Live at Harpa)',
    artists: ['Björk', 'Ólafur Arnalds'],
    artistCredit: 'Björk feat. Ólafur Arnalds',
    album: 'Hljómskálagarðurinn',
    albumArtists: ['Björk', 'Ólafur Arnalds'],
    releaseDate: '2021-03-05',
    originalDate: '1999-11-02',
    trackNumber: 3,
    trackTotal: 12,
    discNumber: 1,
    discTotal: 2,
    genres: ['Electronic', 'Ambient'],
    isrc: 'ISA012100003',
    label: 'Smekkleysa',
    compilation: true,
    releaseType: 'Album',
    musicbrainz: {
      recordingId: '5fb524f1-8cc8-4c04-a921-e34c0a911ea7',
      releaseTrackId: '8a4f8bdf-3b53-4bd1-9c5f-8cd1c5b3f0aa',
      releaseId: '006cb56d-6eff-4b7d-853f-ecd2db97f3b2',
      releaseGroupId: '1b022e01-4da6-387b-8658-8678046e4cef',
      artistIds: ['87c5dedd-371d-4a53-9f7f-80522fb7f3cb', '1a1fc4e1-4ed1-4b4e-9a6b-5c8d3f7e7c0f'],
      albumArtistIds: ['87c5dedd-371d-4a53-9f7f-80522fb7f3cb', '1a1fc4e1-4ed1-4b4e-9a6b-5c8d3f7e7c0f'],
    },
    lyrics: { plain: 'Ég sé þig\nÍ norðurljósunum' },
    source: 'musicbrainz',
  },
  replayGain: { trackGainDb: -6.52, trackPeak: 0.988553 },
  sourceUrl: 'https://www.youtube.com/watch?v=hTWKbfoikeg',
};
