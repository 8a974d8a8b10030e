import { readFileSync } from 'node:fs';
import { ValidationError } from '@app/core';
import { hasPoorTags, parseJellyfinEvent } from './jellyfin-event.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));

describe('parseJellyfinEvent', () => {
  it('reads a "send all properties" body: native JSON types, 32-hex ids', () => {
    const event = parseJellyfinEvent(fixture('jellyfin-webhook-itemadded-audio.sendallproperties.json'));
    expect(event).toEqual({
      notificationType: 'ItemAdded',
      itemType: 'Audio',
      itemId: '0f9a7166c0d1f8684b057d3b5060c2da',
      userId: undefined,
      name: 'Never Gonna Give You Up',
      album: 'Whenever You Need Somebody',
      artist: 'Rick Astley',
      year: 1987,
      musicbrainzTrackId: '<release-TRACK MBID (MUSICBRAINZ_RELEASETRACKID)>',
      musicbrainzRecordingId: '98255a8c-017a-4bc7-8dd6-1fa36124572b',
      username: undefined,
      runTimeTicks: 2_130_000_000,
      positionTicks: undefined,
      utcTimestamp: '2025-01-01T12:00:00.1234567Z',
    });
    expect(hasPoorTags(event)).toBe(false);
  });

  it('reads what a PlaybackStop adds: the user, and ticks past the 9 digits of other integers', () => {
    const event = parseJellyfinEvent(fixture('jellyfin-webhook-playbackstop-audio.sendallproperties.json'));
    expect(event).toMatchObject({
      notificationType: 'PlaybackStop',
      username: 'alice',
      runTimeTicks: 2_130_000_000,
      positionTicks: 2_129_000_000,
      utcTimestamp: '2025-01-01T12:00:00.1234567Z',
    });
  });

  it('reads a body rendered from the template: strings everywhere, empty placeholders as missing', () => {
    const event = parseJellyfinEvent(fixture('jellyfin-webhook-itemadded-audio.template-rendered.txt'));
    expect(event).toMatchObject({
      notificationType: 'ItemAdded',
      itemType: 'Audio',
      itemId: '3c5e7b1a-9d2f-4e8b-a6c4-1f0e2d3c4b5a',
      name: 'Teardrop',
      artist: 'Massive Attack',
      year: 1998,
    });
    expect(event.album).toBeUndefined();
    expect(event.userId).toBeUndefined();
    expect(event.musicbrainzTrackId).toBeUndefined();
    expect(hasPoorTags(event)).toBe(true);
  });

  it('matches keys whatever their case', () => {
    const event = parseJellyfinEvent({ notificationtype: 'ItemAdded', ITEMTYPE: 'Audio', itemId: 'x', year: ' 2019 ' });
    expect(event).toMatchObject({ notificationType: 'ItemAdded', itemType: 'Audio', itemId: 'x', year: 2019 });
  });

  it.each<[string, Record<string, string>, boolean]>([
    ['complete tags', { Album: 'A', Artist: 'B', Provider_musicbrainztrack: 'id' }, false],
    ['a recording id instead of a track id', { Album: 'A', Artist: 'B', Provider_musicbrainzrecording: 'id' }, false],
    ['no MusicBrainz id', { Album: 'A', Artist: 'B' }, true],
    ['no album', { Artist: 'B', Provider_musicbrainztrack: 'id' }, true],
    ['no artist', { Album: 'A', Provider_musicbrainztrack: 'id' }, true],
  ])('judges %s', (_name, fields, poor) => {
    expect(hasPoorTags(parseJellyfinEvent({ NotificationType: 'ItemAdded', ...fields }))).toBe(poor);
  });

  it.each<[string, unknown, string]>([
    ['an array', [{ NotificationType: 'ItemAdded' }], 'body'],
    ['a string', 'ItemAdded', 'body'],
    ['no NotificationType', { ItemType: 'Audio' }, 'NotificationType'],
    ['an empty NotificationType', { NotificationType: '' }, 'NotificationType'],
    ['an object as NotificationType', { NotificationType: { a: 1 } }, 'NotificationType'],
  ])('refuses %s, naming the field', (_name, body, field) => {
    expect(() => parseJellyfinEvent(body)).toThrow(ValidationError);
    try {
      parseJellyfinEvent(body);
    } catch (error) {
      expect((error as ValidationError).field).toBe(field);
    }
  });
});
