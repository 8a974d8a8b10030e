import { buildTrackFilter, containsPattern, escapeLike, trackOrder, underFolderPattern } from './track-query.js';

describe('escapeLike', () => {
  it.each([
    ['100%', '100\\%'],
    ['snake_case', 'snake\\_case'],
    ['back\\slash', 'back\\\\slash'],
    ['plain words', 'plain words'],
    ['%_\\', '\\%\\_\\\\'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeLike(text)).toBe(escaped);
  });

  it('makes a contains pattern in lower case', () => {
    expect(containsPattern('AC/DC 100%')).toBe('%ac/dc 100\\%%');
  });

  it('matches every path under a folder, and the whole library for the root', () => {
    expect(underFolderPattern('Artist_1/Album')).toBe('Artist\\_1/Album/%');
    expect(underFolderPattern('')).toBeUndefined();
  });
});

describe('buildTrackFilter', () => {
  it('has no condition without filters', () => {
    expect(buildTrackFilter({})).toEqual({ clauses: [], params: {} });
  });

  it('searches title, artist and album with one escaped, lower-case pattern', () => {
    const { clauses, params } = buildTrackFilter({ search: 'Mr_Brightside%' });
    expect(clauses).toEqual([
      "(LOWER(t.title) LIKE :search ESCAPE '\\' OR LOWER(t.artist) LIKE :search ESCAPE '\\' OR LOWER(t.album) LIKE :search ESCAPE '\\')",
    ]);
    expect(params).toEqual({ search: '%mr\\_brightside\\%%' });
  });

  it('combines every filter', () => {
    const { clauses, params } = buildTrackFilter({
      artist: 'The Killers',
      album: 'Hot Fuss',
      format: 'flac',
      hasMusicBrainzId: false,
      hasCover: true,
      jobId: '6b1c8f0e-2f55-4c1e-9a7b-0d9a5f3c2e11',
    });
    expect(clauses).toEqual([
      'LOWER(t.artist) = :artist',
      'LOWER(t.album) = :album',
      't.format = :format',
      't.mbRecordingId IS NULL',
      't.hasCover = :hasCover',
      't.jobId = :jobId',
    ]);
    expect(params).toEqual({
      artist: 'the killers',
      album: 'hot fuss',
      format: 'flac',
      hasCover: 1,
      jobId: '6b1c8f0e-2f55-4c1e-9a7b-0d9a5f3c2e11',
    });
  });

  it('asks for a recording id with hasMusicBrainzId', () => {
    expect(buildTrackFilter({ hasMusicBrainzId: true }).clauses).toEqual(['t.mbRecordingId IS NOT NULL']);
  });
});

describe('trackOrder', () => {
  it('sorts artists in album order, the direction on the key only, the path last', () => {
    expect(trackOrder('artist', 'desc')).toEqual([
      { expression: 'LOWER(t.artist)', direction: 'DESC' },
      { expression: 'LOWER(t.album)', direction: 'ASC' },
      { expression: 't.discNumber', direction: 'ASC' },
      { expression: 't.trackNumber', direction: 'ASC' },
      { expression: 'LOWER(t.title)', direction: 'ASC' },
      { expression: 't.path', direction: 'ASC' },
    ]);
  });

  it.each([
    ['title', 'LOWER(t.title)'],
    ['album', 'LOWER(t.album)'],
    ['year', 't.year'],
    ['addedAt', 't.createdAt'],
    ['duration', 't.durationMs'],
  ] as const)('sorts by %s first', (key, expression) => {
    const order = trackOrder(key, 'asc');
    expect(order[0]).toEqual({ expression, direction: 'ASC' });
    expect(order.at(-1)).toEqual({ expression: 't.path', direction: 'ASC' });
  });
});
