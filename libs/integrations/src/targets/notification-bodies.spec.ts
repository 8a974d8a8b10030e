import { IntegrationEvent } from '@app/contracts';
import { buildNotification } from '../outbound/notification-message.js';
import { discordBody, gotifyBody, ntfyBody } from './notification-bodies.js';

const AT = Date.parse('2026-11-21T12:00:00Z');
const imported = buildNotification({
  type: IntegrationEvent.Import,
  at: AT,
  jobId: 'job-1',
  query: 'numb',
  jobKind: 'track',
  state: 'FINALIZED',
  path: '/music/Linkin Park/Meteora/13 - Numb.flac',
});
const failed = buildNotification({
  type: IntegrationEvent.Failure,
  at: AT,
  jobId: 'job-2',
  query: 'x',
  reason: 'geo-blocked',
});

describe('buildNotification', () => {
  it('writes a Lidarr-like payload for generic webhooks', () => {
    expect(imported.payload).toEqual({
      eventType: 'Download',
      instanceName: 'TrueTrack',
      applicationUrl: '',
      message: '"numb" landed in the library: /music/Linkin Park/Meteora/13 - Numb.flac',
      job: { id: 'job-1', query: 'numb', kind: 'track', state: 'FINALIZED' },
      trackFiles: [{ path: '/music/Linkin Park/Meteora/13 - Numb.flac' }],
      date: '2026-11-21T12:00:00.000Z',
    });
    expect(failed.payload).toMatchObject({ eventType: 'DownloadFailure', reason: 'geo-blocked' });
    expect(failed.text).toBe('"x" failed: geo-blocked');
  });

  it.each<[IntegrationEvent, string]>([
    [IntegrationEvent.Grab, 'Grab'],
    [IntegrationEvent.NeedsInput, 'ManualInteractionRequired'],
    [IntegrationEvent.Health, 'Health'],
    [IntegrationEvent.Test, 'Test'],
  ])('names %s as Lidarr does (%s)', (type, eventType) => {
    expect(buildNotification({ type, at: AT }).payload['eventType']).toBe(eventType);
  });
});

describe('notification bodies', () => {
  it('Discord: one embed with title, description, colour and time', () => {
    expect(discordBody(imported)).toEqual({
      username: 'TrueTrack',
      embeds: [
        {
          title: 'TrueTrack – Imported',
          description: '"numb" landed in the library: /music/Linkin Park/Meteora/13 - Numb.flac',
          color: 0x2ecc71,
          timestamp: '2026-11-21T12:00:00.000Z',
        },
      ],
    });
  });

  it('Discord: cuts a description to 4096 characters', () => {
    const long = buildNotification({ type: IntegrationEvent.Health, at: AT, reason: 'x'.repeat(5000) });
    const [embed] = discordBody(long)['embeds'] as { description: string }[];
    expect(embed!.description).toHaveLength(4096);
  });

  it('ntfy: JSON publishing with topic, tags and a higher priority for failures', () => {
    expect(ntfyBody(imported, 'music')).toEqual({
      topic: 'music',
      title: 'TrueTrack – Imported',
      message: imported.text,
      tags: ['musical_note'],
      priority: 3,
    });
    expect(ntfyBody(failed, 'music')).toMatchObject({ tags: ['x'], priority: 4 });
  });

  it('Gotify: title, message and priority', () => {
    expect(gotifyBody(imported)).toEqual({ title: 'TrueTrack – Imported', message: imported.text, priority: 5 });
    expect(gotifyBody(failed)['priority']).toBe(8);
  });
});
