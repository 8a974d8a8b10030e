import { ListenBrainzError } from './listenbrainz-error.js';
import { MAX_LISTEN_PAYLOAD_SIZE } from './listenbrainz-limits.js';
import { readSubmission } from './submission.js';

const NOW = 1_735_732_900;
const track = { artist_name: 'Rick Astley', track_name: 'Never Gonna Give You Up' };
const single = (listen: unknown) => ({ listen_type: 'single', payload: [listen] });
const body = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

function refusal(value: unknown): { status: number; message: string } {
  try {
    readSubmission(body(value), NOW);
  } catch (error) {
    if (error instanceof ListenBrainzError) return { status: error.status, message: error.message };
    throw error;
  }
  throw new Error('the submission was accepted');
}

describe('readSubmission refuses as ListenBrainz does', () => {
  it.each<[string, unknown, string]>([
    ['a body that is not JSON', '{"payload": [', 'Cannot parse JSON document: '],
    [
      'a top level that is not an object',
      [1],
      'Invalid JSON document submitted. Top level of JSON document should be a json object.',
    ],
    ['no payload', { listen_type: 'single' }, 'Invalid JSON document submitted.'],
    [
      'a payload that is not a list',
      { listen_type: 'single', payload: {} },
      'The payload in the JSON document should be a list of listens.',
    ],
    ['an empty payload', { listen_type: 'import', payload: [] }, 'JSON document does not contain any listens'],
    ['no listen_type', { payload: [{ listened_at: NOW, track_metadata: track }] }, 'Invalid JSON document submitted.'],
    [
      'an unknown listen_type',
      { listen_type: 'scrobble', payload: [{ listened_at: NOW, track_metadata: track }] },
      'JSON document requires a valid listen_type key.',
    ],
    [
      'two listens in a single',
      {
        listen_type: 'single',
        payload: [
          { listened_at: NOW, track_metadata: track },
          { listened_at: NOW, track_metadata: track },
        ],
      },
      'JSON document contains more than listen for a single/playing_now. It should contain only one.',
    ],
    ['a null listen', single(null), 'Listen is empty and cannot be validated.'],
    [
      'no listened_at',
      single({ track_metadata: track }),
      'JSON document must contain the key listened_at at the top level.',
    ],
    [
      'a listened_at that is no integer',
      single({ listened_at: 'yesterday', track_metadata: track }),
      'JSON document must contain an int value for listened_at.',
    ],
    [
      'a listened_at more than an hour ahead',
      single({ listened_at: NOW + 3600, track_metadata: track }),
      'Value for key listened_at is too high.',
    ],
    [
      'a listened_at before 2002-10-01',
      single({ listened_at: 1_033_410_599, track_metadata: track }),
      'Value for key listened_at is too low. listened_at timestamp should be greater than 1033410600 (2002-10-01 00:00:00 UTC).',
    ],
    [
      'no track_metadata',
      single({ listened_at: NOW }),
      'JSON document must contain the key track_metadata at the top level.',
    ],
    [
      'another top-level key',
      single({ listened_at: NOW, track_metadata: track, user: 'x' }),
      'JSON document may only contain listened_at and track_metadata top level keys',
    ],
    [
      'a null track_metadata',
      single({ listened_at: NOW, track_metadata: null }),
      'JSON document may not have track_metadata with null value.',
    ],
    [
      'no track_name',
      single({ listened_at: NOW, track_metadata: { artist_name: 'A' } }),
      'JSON document does not contain required field track_metadata.track_name.',
    ],
    [
      'an artist_name list',
      single({ listened_at: NOW, track_metadata: { track_name: 'T', artist_name: ['A'] } }),
      'track_metadata.artist_name must be a single string.',
    ],
    [
      'a blank artist_name',
      single({ listened_at: NOW, track_metadata: { track_name: 'T', artist_name: '  ' } }),
      'field track_metadata.artist_name is empty.',
    ],
    [
      'an empty release_name',
      single({ listened_at: NOW, track_metadata: { ...track, release_name: '' } }),
      'field track_metadata.release_name is empty.',
    ],
    [
      'listened_at in playing_now',
      { listen_type: 'playing_now', payload: [{ listened_at: NOW, track_metadata: track }] },
      'JSON document must not contain listened_at while submitting playing_now.',
    ],
    [
      'another key in playing_now',
      { listen_type: 'playing_now', payload: [{ track_metadata: track, extra: 1 }] },
      'JSON document may only contain track_metadata as top level key when submitting playing_now.',
    ],
    [
      '51 tags',
      single({ listened_at: NOW, track_metadata: { ...track, additional_info: { tags: Array(51).fill('pop') } } }),
      'JSON document may not contain more than 50 items in track_metadata.additional_info.tags.',
    ],
    [
      'a 65-character tag',
      single({ listened_at: NOW, track_metadata: { ...track, additional_info: { tags: ['x'.repeat(65)] } } }),
      'JSON document may not contain track_metadata.additional_info.tags longer than 64 characters.',
    ],
    [
      'both duration and duration_ms',
      single({ listened_at: NOW, track_metadata: { ...track, additional_info: { duration: 1, duration_ms: 1000 } } }),
      'JSON document should not contain both duration and duration_ms.',
    ],
    [
      'a zero duration_ms',
      single({ listened_at: NOW, track_metadata: { ...track, additional_info: { duration_ms: 0 } } }),
      'Value for duration_ms is invalid, should be a positive integer.',
    ],
    [
      'a duration over 24 days',
      single({ listened_at: NOW, track_metadata: { ...track, additional_info: { duration: 2_073_601 } } }),
      'Value for duration is too large, max permitted value is 2073600',
    ],
    [
      'a malformed recording_mbid',
      single({ listened_at: NOW, track_metadata: { ...track, additional_info: { recording_mbid: 'nope' } } }),
      'recording_mbid MBID format invalid.',
    ],
    [
      'a malformed artist_mbids entry',
      single({ listened_at: NOW, track_metadata: { ...track, additional_info: { artist_mbids: ['<artist MBID>'] } } }),
      'artist_mbids MBID format invalid.',
    ],
    [
      'a unicode null',
      single({ listened_at: NOW, track_metadata: { ...track, release_name: 'B\u0000C' } }),
      'B\u0000C contains a unicode null',
    ],
  ])('%s', (_, value, message) => {
    const { status, message: got } = refusal(value);
    expect(status).toBe(400);
    expect(message.endsWith(': ') ? got.startsWith(message) : got).toBe(message.endsWith(': ') ? true : message);
  });

  it('refuses more than 1000 listens in one request', () => {
    const payload = Array.from({ length: 1001 }, (_, i) => ({ listened_at: NOW - i, track_metadata: track }));
    expect(refusal({ listen_type: 'import', payload }).message).toBe(
      'Too many listens. You may not submit more than 1000 listens at once.',
    );
  });

  it('refuses a request larger than 10,240 bytes per listen it carries', () => {
    const big = { ...track, additional_info: { note: 'x'.repeat(10_240) } };
    expect(refusal(single({ listened_at: NOW, track_metadata: big })).message).toBe(
      'JSON document is too large. Each listens may not be larger than 10240 bytes.',
    );
  });

  it('refuses a body over 10,240,000 bytes before reading it', () => {
    const raw = Buffer.alloc(MAX_LISTEN_PAYLOAD_SIZE + 1, 0x20);
    expect(() => readSubmission(raw, NOW)).toThrow('Payload too large. Payload cannot exceed 10240000 bytes');
  });
});

describe('readSubmission accepts what ListenBrainz accepts', () => {
  it('reads listened_at as Python int() does: a float is cut, a digit string is read', () => {
    const { listens } = readSubmission(
      body({
        listen_type: 'import',
        payload: [
          { listened_at: 1_486_466_946.9, track_metadata: track },
          { listened_at: ' 1486466992 ', track_metadata: track },
        ],
      }),
      NOW,
    );
    expect(listens.map((listen) => listen.listenedAt)).toEqual([1_486_466_946, 1_486_466_992]);
  });

  it('accepts a listen up to an hour ahead of the clock and exactly at 2002-10-01', () => {
    const payload = [NOW + 3599, 1_033_410_600].map((at) => ({ listened_at: at, track_metadata: track }));
    expect(readSubmission(body({ listen_type: 'import', payload }), NOW).listens).toHaveLength(2);
  });

  it('trims names, drops empty MBIDs and reads a duration given as a string', () => {
    const [listen] = readSubmission(
      body(
        single({
          listened_at: NOW,
          track_metadata: {
            artist_name: ' Rick Astley ',
            track_name: 'Never Gonna Give You Up\n',
            additional_info: {
              recording_mbid: '',
              artist_mbids: ['', 'DB92A151-1AC2-438B-BC43-B82E149DDD50'],
              duration_ms: '213000',
            },
          },
        }),
      ),
      NOW,
    ).listens;
    expect(listen?.trackMetadata).toEqual({
      artist_name: 'Rick Astley',
      track_name: 'Never Gonna Give You Up',
      additional_info: { artist_mbids: ['DB92A151-1AC2-438B-BC43-B82E149DDD50'], duration_ms: 213_000 },
    });
  });

  it('takes a playing_now without listened_at', () => {
    const submission = readSubmission(body({ listen_type: 'playing_now', payload: [{ track_metadata: track }] }), NOW);
    expect(submission).toEqual({ listenType: 'playing_now', listens: [{ trackMetadata: track }] });
  });
});
