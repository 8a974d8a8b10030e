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
  /** PlaybackStop: the Jellyfin user, the track's length and the position reached (100 ns ticks), the stop time. */
  username?: string;
  runTimeTicks?: number;
  positionTicks?: number;
  utcTimestamp?: string;
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
    username: fields.text('NotificationUsername'),
    runTimeTicks: ticks(fields.text('RunTimeTicks')),
    positionTicks: ticks(fields.text('PlaybackPositionTicks')),
    utcTimestamp: fields.text('UtcTimestamp'),
  };
}

/** Ticks outgrow the 9 digits of PayloadFields.integer: a 4-minute track is 2,400,000,000. */
function ticks(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : undefined;
}

/** Tags Jellyfin found too thin to trust: no MusicBrainz track or recording id, no album or no artist. */
export function hasPoorTags(event: JellyfinEvent): boolean {
  const musicbrainz = event.musicbrainzTrackId ?? event.musicbrainzRecordingId;
  return !musicbrainz || !event.album || !event.artist;
}
