import { BodyReader } from '../http/body-reader.js';

/** The commands TrueTrack runs; Lidarr has more, which are refused with a 400. */
export const COMMAND_NAMES = [
  'AlbumSearch',
  'ArtistSearch',
  'MissingAlbumSearch',
  'RefreshArtist',
  'RescanFolders',
  'DownloadedAlbumsScan',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandInput {
  name: CommandName;
  albumIds: number[];
  artistIds: number[];
  /** The body as sent, keys starting lower-case, kept for `GET command/:id`. */
  body: Record<string, unknown>;
}

/** Reads `POST /command`: the name in any case, `albumIds`, `artistId` or `artistIds`. */
export function readCommandInput(body: unknown): CommandInput {
  const reader = BodyReader.of(body);
  const sent = reader.string('name', true);
  const name = COMMAND_NAMES.find((known) => known.toLowerCase() === sent?.trim().toLowerCase());
  if (sent !== undefined && !name)
    reader.fail('name', `is not a command TrueTrack runs (${COMMAND_NAMES.join(', ')})`, sent);
  const albumIds = reader.intArray('albumIds') ?? [];
  const artistId = reader.int('artistId');
  const artistIds = [...(reader.intArray('artistIds') ?? []), ...(artistId === undefined ? [] : [artistId])];
  if (name === 'AlbumSearch' && !albumIds.length) reader.fail('albumIds', 'must not be empty');
  if (name === 'ArtistSearch' && !artistIds.length) reader.fail('artistId', 'must not be empty');
  reader.assertValid();
  return { name: name!, albumIds, artistIds, body: camelKeys(body as Record<string, unknown>) };
}

function camelKeys(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key.charAt(0).toLowerCase() + key.slice(1), value]),
  );
}
