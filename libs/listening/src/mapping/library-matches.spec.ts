import { LibraryMatches } from './library-matches.js';
import { songKey } from './song-key.js';

const tracks = [
  { id: 'nirvana', artist: 'Nirvana', title: 'Smells Like Teen Spirit', mbRecordingId: null },
  { id: 'daft', artist: 'Daft Punk feat. Julian Casablancas', title: 'Instant Crush', mbRecordingId: null },
  { id: 'bahia', artist: 'Mike Bahía', title: 'De qué manera', mbRecordingId: 'D4328EB0-9F94-456E-A16B-67CC6FAF8AB0' },
  { id: 'second', artist: 'Mike Bahia', title: 'De Que Manera', mbRecordingId: null },
  { id: 'untitled', artist: 'Nobody', title: null, mbRecordingId: null },
];
const matches = new LibraryMatches(tracks);

describe('LibraryMatches', () => {
  it.each([
    ['by recording MBID, whatever the text', 'd4328eb0-9f94-456e-a16b-67cc6faf8ab0', 'Someone', 'Else', 'bahia'],
    [
      'by text when the MBID is not in the library',
      'aaaaaaaa-0000-0000-0000-000000000000',
      'NIRVANA',
      'Smells like teen spirit',
      'nirvana',
    ],
    [
      'by text with featured artists on either side',
      null,
      'Daft Punk',
      'Instant Crush (feat. Julian Casablancas)',
      'daft',
    ],
    ['the first track of a shared text key', null, 'mike bahia', 'de que manera', 'bahia'],
    ['no track for another song', null, 'Nirvana', 'Lithium', null],
    ['no track from a track without a title', null, 'Nobody', '', null],
  ])('links %s', (_why, mbid, artist, title, expected) => {
    expect(matches.trackOf(mbid, songKey(artist, title))).toBe(expected);
  });
});
