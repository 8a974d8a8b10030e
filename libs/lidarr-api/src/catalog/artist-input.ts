import { BodyReader } from '../http/body-reader.js';
import {
  MONITOR_TYPES,
  type MonitorType,
  NEW_ITEM_MONITOR_TYPES,
  type NewItemMonitorType,
} from '../http/parse-enum.js';

export interface AddOptions {
  monitor: MonitorType;
  albumsToMonitor: string[];
  searchForMissingAlbums: boolean;
}

/** The fields of an ArtistResource a client may set when adding or editing an artist. */
export interface ArtistInput {
  foreignArtistId?: string;
  artistName?: string;
  monitored?: boolean;
  monitorNewItems?: NewItemMonitorType;
  qualityProfileId?: number;
  metadataProfileId?: number;
  rootFolderPath?: string;
  tags?: number[];
  addOptions?: AddOptions;
}

const MBID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads `POST /artist` (which needs `foreignArtistId`) or `PUT /artist/:id`; unknown keys are ignored. */
export function readArtistInput(body: unknown, adding: boolean): ArtistInput {
  const reader = BodyReader.of(body);
  const foreignArtistId = reader.string('foreignArtistId', adding);
  if (foreignArtistId !== undefined && !MBID.test(foreignArtistId.trim())) {
    reader.fail('foreignArtistId', 'must be a MusicBrainz artist id', foreignArtistId);
  }
  const input: ArtistInput = {
    ...(foreignArtistId && { foreignArtistId: foreignArtistId.trim().toLowerCase() }),
    artistName: reader.string('artistName'),
    monitored: reader.bool('monitored'),
    monitorNewItems: reader.enumOf('monitorNewItems', NEW_ITEM_MONITOR_TYPES),
    qualityProfileId: positive(reader, 'qualityProfileId'),
    metadataProfileId: positive(reader, 'metadataProfileId'),
    rootFolderPath: reader.string('rootFolderPath'),
    tags: reader.intArray('tags'),
    addOptions: adding ? readAddOptions(reader) : undefined,
  };
  reader.assertValid();
  return input;
}

function readAddOptions(reader: BodyReader): AddOptions {
  const options = reader.object('addOptions');
  return {
    monitor: options?.enumOf('monitor', MONITOR_TYPES) ?? 'all',
    albumsToMonitor: options?.stringArray('albumsToMonitor') ?? [],
    searchForMissingAlbums: options?.bool('searchForMissingAlbums') ?? false,
  };
}

function positive(reader: BodyReader, key: string): number | undefined {
  const value = reader.int(key);
  if (value !== undefined && value < 1) return reader.fail(key, 'must be greater than 0', value);
  return value;
}
