import { buildReleaseQuery, parseAlbumQuery } from './parse-album-query.js';

describe('parseAlbumQuery', () => {
  it.each([
    ['b84625af-6229-305f-9f1b-59c0185df016', { kind: 'release', releaseId: 'b84625af-6229-305f-9f1b-59c0185df016' }],
    ['  B84625AF-6229-305F-9F1B-59C0185DF016 ', { kind: 'release', releaseId: 'b84625af-6229-305f-9f1b-59c0185df016' }],
    [
      'https://musicbrainz.org/release/b84625af-6229-305f-9f1b-59c0185df016',
      { kind: 'release', releaseId: 'b84625af-6229-305f-9f1b-59c0185df016' },
    ],
    [
      'https://beta.musicbrainz.org/release/b84625af-6229-305f-9f1b-59c0185df016/discids?x=1',
      { kind: 'release', releaseId: 'b84625af-6229-305f-9f1b-59c0185df016' },
    ],
    ['Daft Punk - Discovery', { kind: 'search', artist: 'Daft Punk', title: 'Discovery' }],
    [
      'Simon & Garfunkel – Bridge Over Troubled Water',
      { kind: 'search', artist: 'Simon & Garfunkel', title: 'Bridge Over Troubled Water' },
    ],
    ['Jay-Z - The Blueprint', { kind: 'search', artist: 'Jay-Z', title: 'The Blueprint' }],
    ['Discovery', { kind: 'search', title: 'Discovery' }],
  ])('reads %j', (query, expected) => {
    expect(parseAlbumQuery(query)).toEqual(expected);
  });

  it.each([
    'https://musicbrainz.org/release-group/b84625af-6229-305f-9f1b-59c0185df016',
    'https://example.org/release/b84625af-6229-305f-9f1b-59c0185df016',
    'b84625af-6229-305f-9f1b',
  ])('does not take %j for a release id', (query) => {
    expect(parseAlbumQuery(query).kind).toBe('search');
  });
});

describe('buildReleaseQuery', () => {
  it('quotes title and artist as phrases', () => {
    expect(buildReleaseQuery({ title: 'Love AND "Hate"', artist: 'Band' })).toBe(
      'release:"Love AND \\"Hate\\"" AND artist:"Band"',
    );
    expect(buildReleaseQuery({ title: 'Discovery' })).toBe('release:"Discovery"');
  });
});
