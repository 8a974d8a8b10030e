import { ValidationError } from '@app/core';
import { isJsonObject, PayloadFields } from './payload-fields.js';

/** What TrueTrack reads from a Jellyfin Webhook plugin notification (either value style). */
export interface JellyfinEvent {
  notificationType: string;
  itemType?: string;
  itemId?: string;
  userId?: string;
  name?: string;
  album?: string;
  artist?: string;
  year?: number;
  musicbrainzTrackId?: string;
  musicbrainzRecordingId?: string;
}

export function parseJellyfinEvent(body: unknown): JellyfinEvent {
  if (!isJsonObject(body)) throw new ValidationError('body', 'body must be a JSON object');
  const fields = new PayloadFields(body);
  const notificationType = fields.text('NotificationType');
  if (!notificationType) throw new ValidationError('NotificationType', 'NotificationType must be a non-empty string');
  return {
    notificationType,
    itemType: fields.text('ItemType'),
    itemId: fields.text('ItemId'),
    userId: fields.text('UserId'),
    name: fields.text('Name'),
    album: fields.text('Album'),
    artist: fields.text('Artist'),
    year: fields.integer('Year'),
    musicbrainzTrackId: fields.text('Provider_musicbrainztrack'),
    musicbrainzRecordingId: fields.text('Provider_musicbrainzrecording'),
  };
}

/** Tags Jellyfin found too thin to trust: no MusicBrainz track or recording id, no album or no artist. */
export function hasPoorTags(event: JellyfinEvent): boolean {
  const musicbrainz = event.musicbrainzTrackId ?? event.musicbrainzRecordingId;
  return !musicbrainz || !event.album || !event.artist;
}
