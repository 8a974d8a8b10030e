import { readFileSync } from 'node:fs';
import { mapAcoustidLookup } from './acoustid.mapper.js';
import type { AcoustidLookup } from './acoustid.types.js';

const fixture = (name: string): AcoustidLookup =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/acoustid/${name}`, import.meta.url), 'utf8'),
  ) as AcoustidLookup;

describe('mapAcoustidLookup', () => {
  it('lists every recording of a recorded answer with its track score, title, artists and length', () => {
    expect(mapAcoustidLookup(fixture('picard_acoustid_no_metadata.json'))).toEqual([
      {
        mbid: '308d6e5a-52ff-41ca-aae8-7881e92472be',
        score: 0.946796,
        acoustId: '38338eff-b530-498c-a2ef-07e01d642187',
        title: 'Hocus Pocus',
        artists: ['Focus'],
        durationSec: 200,
      },
      {
        mbid: '8855169b-b148-4896-9ed3-a1065dc60cf4',
        score: 0.946796,
        acoustId: '38338eff-b530-498c-a2ef-07e01d642187',
      },
      {
        mbid: 'af578913-c456-4d27-bb69-612c8cea0799',
        score: 0.946796,
        acoustId: '38338eff-b530-498c-a2ef-07e01d642187',
        title: 'Hocus Pocus',
        artists: ['Focus'],
        durationSec: 204,
      },
    ]);
  });

  it('puts the best score first and keeps a recording linked twice once, with its best score', () => {
    const body: AcoustidLookup = {
      status: 'ok',
      results: [
        { id: 't1', score: 0.5, recordings: [{ id: 'a' }, { id: 'b' }] },
        { id: 't2', score: 0.9, recordings: [{ id: 'b' }] },
      ],
    };
    expect(mapAcoustidLookup(body).map((m) => [m.mbid, m.score, m.acoustId])).toEqual([
      ['b', 0.9, 't2'],
      ['a', 0.5, 't1'],
    ]);
  });

  it.each<[string, AcoustidLookup]>([
    ['no results', { status: 'ok', results: [] }],
    ['a track without recordings', { status: 'ok', results: [{ id: 't', score: 0.99 }] }],
    ['recordings without ids', { status: 'ok', results: [{ id: 't', score: 0.99, recordings: [{ title: 'x' }] }] }],
  ])('gives nothing for %s', (_case, body) => {
    expect(mapAcoustidLookup(body)).toEqual([]);
  });
});
