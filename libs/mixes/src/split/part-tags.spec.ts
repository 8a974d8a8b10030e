import { partTags, type PartSource } from './part-tags.js';

const line: PartSource['line'] = {
  artist: 'Duke Ellington & Billy Strayhorn',
  title: "Take The 'A' Train",
  label: 'RCA',
  unidentified: false,
  recordingId: null,
  recordings: null,
};
const recording = {
  recordingId: 'r-1',
  artist: 'Duke Ellington and His Famous Orchestra',
  title: "Take the 'A' Train",
  score: 0.9,
  album: 'The Blanton–Webster Band',
  releaseDate: '1941-02-15',
  durationMs: 174_000,
  reasons: [],
};
const track: NonNullable<PartSource['track']> = {
  title: "Take The 'A' Train",
  artist: 'Duke Ellington',
  album: 'Ellington Indigos',
  year: 1958,
  isrc: null,
  mbRecordingId: 'mb-rec',
  mbReleaseId: 'mb-rel',
  mbReleaseGroupId: null,
  mbArtistId: 'mb-art',
  tags: null,
};

describe('partTags', () => {
  it.each<[string, PartSource, object]>([
    [
      'a library track: its own tags and MusicBrainz ids',
      { line, track },
      {
        title: "Take The 'A' Train",
        artists: ['Duke Ellington'],
        album: 'Ellington Indigos',
        releaseDate: '1958',
        musicbrainz: { recordingId: 'mb-rec', releaseId: 'mb-rel', artistIds: ['mb-art'] },
        source: 'library',
      },
    ],
    [
      "a library track's stored metadata wins over its index columns",
      {
        line,
        track: {
          ...track,
          tags: { metadata: { title: 'Take the A Train', artists: ['Duke Ellington', 'Ray Nance'] } },
        },
      },
      expect.objectContaining({ title: 'Take the A Train', artists: ['Duke Ellington', 'Ray Nance'] }),
    ],
    [
      "the resolver's recording the line settled on",
      { line: { ...line, recordingId: 'r-1', recordings: [recording] } },
      {
        title: "Take the 'A' Train",
        artists: ['Duke Ellington and His Famous Orchestra'],
        album: 'The Blanton–Webster Band',
        releaseDate: '1941-02-15',
        musicbrainz: { recordingId: 'r-1' },
        source: 'musicbrainz',
      },
    ],
    [
      "recordings found but none settled on: the line's text",
      { line: { ...line, recordings: [recording] } },
      {
        title: "Take The 'A' Train",
        artists: ['Duke Ellington', 'Billy Strayhorn'],
        artistCredit: 'Duke Ellington & Billy Strayhorn',
        label: 'RCA',
        musicbrainz: {},
        source: 'tracklist',
      },
    ],
    [
      'an ID line: no artist',
      { line: { ...line, artist: 'ID', title: 'ID', label: null, unidentified: true } },
      { title: 'ID', artists: [], musicbrainz: {}, source: 'tracklist' },
    ],
  ])('%s', (_, source, expected) => expect(partTags(source)).toEqual(expected));
});
