import { commandDisplayName, timeSpan, toCommandResource } from './command.resource.js';

describe('command resources', () => {
  it('names commands for people as Lidarr does', () => {
    expect(commandDisplayName('AlbumSearch')).toBe('Album Search');
    expect(commandDisplayName('DownloadedAlbumsScan')).toBe('Downloaded Albums Scan');
  });

  it.each([
    [0, '00:00:00.0000000'],
    [1234, '00:00:01.2340000'],
    [3_723_004, '01:02:03.0040000'],
  ])('writes %d ms as the TimeSpan %s', (ms, expected) => {
    expect(timeSpan(ms)).toBe(expected);
  });

  it('shows a finished command with its result, times and the body as sent', () => {
    const resource = toCommandResource({
      id: 17,
      name: 'DownloadedAlbumsScan',
      body: { path: '/downloads/x' },
      status: 'failed',
      trigger: 'manual',
      message: 'Failed: no such folder',
      queuedAt: Date.UTC(2025, 0, 1),
      startedAt: Date.UTC(2025, 0, 1, 0, 0, 1),
      endedAt: Date.UTC(2025, 0, 1, 0, 0, 3),
    });
    expect(resource).toMatchObject({
      id: 17,
      commandName: 'Downloaded Albums Scan',
      status: 'failed',
      result: 'unsuccessful',
      message: 'Failed: no such folder',
      body: { path: '/downloads/x', name: 'DownloadedAlbumsScan', sendUpdatesToClient: true },
      queued: '2025-01-01T00:00:00.000Z',
      ended: '2025-01-01T00:00:03.000Z',
      duration: '00:00:02.0000000',
      stateChangeTime: '2025-01-01T00:00:03.000Z',
    });
  });

  it('leaves out the times a queued command does not have yet', () => {
    const resource = toCommandResource({
      id: 1,
      name: 'AlbumSearch',
      body: {},
      status: 'queued',
      trigger: 'manual',
      message: null,
      queuedAt: 0,
      startedAt: null,
      endedAt: null,
    });
    expect(resource).toMatchObject({ result: 'unknown', stateChangeTime: '1970-01-01T00:00:00.000Z' });
    expect(resource).not.toHaveProperty('started');
    expect(resource).not.toHaveProperty('message');
  });
});
