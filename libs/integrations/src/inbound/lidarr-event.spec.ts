import { readFileSync } from 'node:fs';
import { parseLidarrEvent } from './lidarr-event.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));

describe('parseLidarrEvent', () => {
  it('reads the imported files of a Download event', () => {
    expect(parseLidarrEvent(fixture('lidarr-webhook-download.json'))).toEqual({
      eventType: 'Download',
      artist: 'Rick Astley',
      album: 'Whenever You Need Somebody',
      paths: ['/music/Rick Astley/Whenever You Need Somebody (1987)/01 - Never Gonna Give You Up.flac'],
    });
  });

  it('reads a Test event, which has no files', () => {
    expect(parseLidarrEvent(fixture('lidarr-webhook-test.json'))).toMatchObject({ eventType: 'Test', paths: [] });
  });

  it('reads a Grab event (albums, no files)', () => {
    expect(parseLidarrEvent(fixture('lidarr-webhook-grab.json'))).toMatchObject({
      eventType: 'Grab',
      artist: 'Rick Astley',
      paths: [],
    });
  });

  it('skips track files without a usable path', () => {
    const event = parseLidarrEvent({
      eventType: 'Download',
      trackFiles: [{ path: '' }, { id: 1 }, 'x', { path: '/a.flac' }],
    });
    expect(event.paths).toEqual(['/a.flac']);
  });

  it('needs an eventType', () => {
    expect(() => parseLidarrEvent({ artist: {} })).toThrow('eventType must be a non-empty string');
  });
});
