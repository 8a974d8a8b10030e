import { ValidationError } from '@app/core';
import { isJsonObject, PayloadFields } from './payload-fields.js';

/** What TrueTrack reads from a Lidarr webhook (Connect → Webhook). */
export interface LidarrEvent {
  eventType: string;
  artist?: string;
  album?: string;
  /** `trackFiles[].path` of a Download (import) event, as Lidarr sees them. */
  paths: string[];
}

export function parseLidarrEvent(body: unknown): LidarrEvent {
  if (!isJsonObject(body)) throw new ValidationError('body', 'body must be a JSON object');
  const fields = new PayloadFields(body);
  const eventType = fields.text('eventType');
  if (!eventType) throw new ValidationError('eventType', 'eventType must be a non-empty string');
  const artist = fields.raw('artist');
  const album = fields.raw('album');
  const files = fields.raw('trackFiles');
  const paths = (Array.isArray(files) ? files : [])
    .map((file) => (isJsonObject(file) ? new PayloadFields(file).text('path') : undefined))
    .filter((path): path is string => path !== undefined);
  return {
    eventType,
    artist: isJsonObject(artist) ? new PayloadFields(artist).text('name') : undefined,
    album: isJsonObject(album) ? new PayloadFields(album).text('title') : undefined,
    paths,
  };
}
