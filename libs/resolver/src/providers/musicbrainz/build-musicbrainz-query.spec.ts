import { buildRecordingQuery, escapeLucene, normalizeIsrc } from './build-musicbrainz-query.js';

describe('buildRecordingQuery', () => {
  it.each([
    [
      'title and artist as fielded phrases',
      { text: 'Nirvana - Smells Like Teen Spirit', title: 'Smells Like Teen Spirit', artist: 'Nirvana' },
      'recording:"Smells Like Teen Spirit" AND artist:"Nirvana"',
    ],
    [
      'quotes inside a title escaped',
      { text: '', title: 'The "Fox" Song', artist: 'Ylvis' },
      'recording:"The \\"Fox\\" Song" AND artist:"Ylvis"',
    ],
    [
      'a slash (regex in Lucene) escaped',
      { text: '', artist: 'AC/DC', title: 'T.N.T.' },
      'recording:"T.N.T." AND artist:"AC\\/DC"',
    ],
    [
      'every special character escaped',
      { text: '', title: 'Help! (Remastered) [2009] {x} ^ ~ * ? : \\ + - && ||' },
      'recording:"Help\\! \\(Remastered\\) \\[2009\\] \\{x\\} \\^ \\~ \\* \\? \\: \\\\ \\+ \\- \\&\\& \\|\\|"',
    ],
    ['the title alone', { text: 'x', title: '  Gasoline  ' }, 'recording:"Gasoline"'],
    ['the artist alone', { text: 'x', artist: 'Seether' }, 'artist:"Seether"'],
    [
      'the ISRC alone, whatever else is known',
      { text: 'x', title: 'The Runner', isrc: 'gb-bxm-86-10012' },
      'isrc:GBBXM8610012',
    ],
    ['plain text when nothing is fielded', { text: 'seether   gasoline' }, 'seether gasoline'],
    [
      'plain text with operators disarmed',
      { text: 'Simon AND Garfunkel - Mrs. Robinson' },
      'Simon and Garfunkel \\- Mrs. Robinson',
    ],
    ['blank fields ignored', { text: 'Guns N’ Roses', title: ' ', artist: '' }, 'Guns N’ Roses'],
    ['nothing for blank text', { text: '   ' }, ''],
    [
      'fuzzy terms for a retry after a typo: one edit in words of three letters or more',
      { text: 'x', title: 'Smels Like Teen Spirit', artist: 'Nirvana', fuzzy: true },
      'recording:(+Smels~1 +Like~1 +Teen~1 +Spirit~1) AND artist:(+Nirvana~1)',
    ],
    [
      'fuzzy words without operators or specials',
      { text: 'AC/DC - Highway to Hell!', fuzzy: true },
      '+AC +DC +Highway~1 +to +Hell~1',
    ],
    ['an ISRC is never fuzzy', { text: 'x', isrc: 'GBBXM8610012', fuzzy: true }, 'isrc:GBBXM8610012'],
  ])('builds %s', (_case, query, expected) => {
    expect(buildRecordingQuery(query)).toBe(expected);
  });
});

describe('escapeLucene', () => {
  it('leaves ordinary text alone', () => {
    expect(escapeLucene('Manfred Mann’s Earth Band')).toBe('Manfred Mann’s Earth Band');
  });
});

describe('normalizeIsrc', () => {
  it.each([
    ['USGF19942501', 'USGF19942501'],
    ['us-gf1-99-42501', 'USGF19942501'],
    [' GBBXM 8610012 ', 'GBBXM8610012'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeIsrc(raw)).toBe(expected);
  });
});
