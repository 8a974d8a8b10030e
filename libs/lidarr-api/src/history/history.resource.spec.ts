import { JobKind, JobState } from '@app/contracts';
import { historyEventType, toHistoryResource } from './history.resource.js';

describe('history resources', () => {
  it.each([
    [JobState.Downloading, JobKind.Track, 'grabbed'],
    [JobState.Finalized, JobKind.Track, 'trackFileImported'],
    [JobState.Finalized, JobKind.Import, 'trackFileImported'],
    [JobState.Finalized, JobKind.Album, 'downloadImported'],
    [JobState.Failed, JobKind.Track, 'downloadFailed'],
  ])('calls a move to %s of a %s job %s', (toState, kind, expected) => {
    expect(historyEventType({ toState, kind })).toBe(expected);
  });

  it("gives a track job's line the album its parent searched for", () => {
    const row = {
      eventId: 12,
      jobId: 'child',
      parentId: 'parent',
      kind: JobKind.Track,
      query: 'Band - Song',
      toState: JobState.Finalized,
      reason: 'stored',
      at: 0,
    };
    expect(toHistoryResource(row, { id: 42, artistId: 7 })).toMatchObject({
      id: 12,
      albumId: 42,
      artistId: 7,
      sourceTitle: 'Band - Song',
      downloadId: 'parent',
      eventType: 'trackFileImported',
      date: '1970-01-01T00:00:00.000Z',
    });
  });
});
