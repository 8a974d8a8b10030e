import { readFileSync } from 'node:fs';
import { checkSchema, responseSchema } from './openapi-check.js';

const minimal = JSON.parse(
  readFileSync(
    new URL('../../../../libs/lidarr-api/test/fixtures/lidarr-minimal-responses.example.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;

describe('checkSchema against Lidarr openapi', () => {
  it.each([
    ['get', '/api/v1/system/status', 'GET /api/v1/system/status'],
    ['get', '/api/v1/artist', 'GET /api/v1/artist'],
    ['get', '/api/v1/album', 'GET /api/v1/album?artistId=7'],
    ['get', '/api/v1/wanted/missing', 'GET /api/v1/wanted/missing'],
    ['get', '/api/v1/queue/status', 'GET /api/v1/queue/status'],
    ['get', '/api/v1/queue', 'GET /api/v1/queue'],
    ['get', '/api/v1/rootfolder', 'GET /api/v1/rootfolder'],
    ['get', '/api/v1/qualityprofile', 'GET /api/v1/qualityprofile'],
    ['get', '/api/v1/metadataprofile', 'GET /api/v1/metadataprofile'],
    ['post', '/api/v1/command', 'POST /api/v1/command -> 201'],
  ])('accepts the example answer of %s %s', (method, path, example) => {
    expect(checkSchema(minimal[example], responseSchema(method, path))).toEqual([]);
  });

  it('names what breaks the schema', () => {
    const schema = responseSchema('get', '/api/v1/artist');
    const broken = [
      { id: 'seven', monitored: 'yes', added: 'yesterday', statistics: { sizeOnDisk: 1.5 }, status: 'alive' },
    ];
    expect(checkSchema(broken, schema)).toEqual([
      '$[0].id: "seven" is not an integer',
      '$[0].status: "alive" is not in the enum',
      '$[0].monitored: "yes" is not a boolean',
      '$[0].added: "yesterday" is not a date-time',
      '$[0].statistics.sizeOnDisk: 1.5 is not an integer',
    ]);
  });

  it('refuses null where the schema does not allow it, and int32 overflow', () => {
    const schema = responseSchema('get', '/api/v1/queue/status');
    expect(checkSchema({ totalCount: null }, schema)).toEqual(['$.totalCount: null is not allowed']);
    expect(checkSchema({ totalCount: 2 ** 31 }, schema)).toEqual(['$.totalCount: 2147483648 is not an int32']);
    expect(checkSchema({ artistName: null }, responseSchema('get', '/api/v1/artist/{id}'))).toEqual([]);
  });
});
