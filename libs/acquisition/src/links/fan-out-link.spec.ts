import { JobKind, JobState } from '@app/contracts';
import { PermanentError } from '@app/core';
import { fanOutLink } from './fan-out-link.js';

const LINK = 'https://radiohead.bandcamp.com/album/in-rainbows';
const job = (options = {}) => ({ id: 'job-1', query: LINK, options });
const entries = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ url: `https://radiohead.bandcamp.com/track/t${i + 1}`, title: `T${i + 1}` }));

describe('fanOutLink', () => {
  it('turns the job into a list job with one track job per entry, each downloading its own link', () => {
    const outcome = fanOutLink(
      job({ ask: true, allowLarge: true }),
      {
        kind: 'playlist',
        title: 'In Rainbows',
        entries: entries(2),
        skipped: 1,
      },
      200,
    );
    expect(outcome).toMatchObject({
      next: JobState.AwaitingChildren,
      becomes: JobKind.List,
      reason: "The link is a playlist 'In Rainbows' of 2 entries (1 without a link left out): one job each",
      data: { sourceUrl: LINK, playlist: { title: 'In Rainbows', entries: 2, skipped: 1 } },
    });
    expect(outcome.children).toEqual([
      {
        kind: JobKind.Track,
        query: 'https://radiohead.bandcamp.com/track/t1',
        options: { ask: true },
        data: {
          sourceUrl: 'https://radiohead.bandcamp.com/track/t1',
          linkEntry: { url: 'https://radiohead.bandcamp.com/track/t1', title: 'T1', index: 1, of: 2, playlist: LINK },
        },
      },
      expect.objectContaining({ query: 'https://radiohead.bandcamp.com/track/t2' }),
    ]);
  });

  it('refuses a playlist larger than the limit, naming the option that allows it', () => {
    const large = { kind: 'playlist' as const, entries: entries(201), skipped: 0 };
    expect(() => fanOutLink(job(), large, 200)).toThrow(PermanentError);
    expect(() => fanOutLink(job(), large, 200)).toThrow(/201 entries, more than 200: .*options\.allowLarge/);
    expect(fanOutLink(job(), large, 201).children).toHaveLength(201);
    expect(fanOutLink(job({ allowLarge: true }), large, 200).children).toHaveLength(201);
  });

  it('fails for good on a playlist with nothing to fetch', () => {
    expect(() => fanOutLink(job(), { kind: 'playlist', entries: [], skipped: 3 }, 200)).toThrow(
      new PermanentError(`The link ${LINK} is a playlist without any entry that can be fetched`),
    );
  });
});
